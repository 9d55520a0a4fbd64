"""应为 as wording an accountant can paste: the writer's own clause, edited where the finding says.

A finding whose correction is not a figure (a rate that must not be written, a direction word that
contradicts 持平) states the clause rewritten from the sentence itself, never a template of the rule:
「因公出国（境）费决算为0万元，完成预算的0%」 → 「因公出国（境）费决算为0万元（未安排预算）」."""

from __future__ import annotations

import re
from decimal import Decimal

from .base import DIR

# where a clause ends: a semicolon, a colon (其中：), the sentence's end
_CLAUSE_END = "；;：:。！？\n"
# a list number opening a clause: 「1.」「（一）」「二、」
_NUMBERED = re.compile(r"^\s*(?:\d+[.、．]|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、)\s*")
# a comma between parts, not a thousands separator ("2,061,935.16元")
_COMMA = re.compile(r"，|,(?!\d{3})")


def clause_span(text: str, pos: int) -> tuple[int, int]:
    """The clause of ``text`` around ``pos`` (between semicolons, colons and sentence ends), outside
    parentheses."""
    start = max(text.rfind(ch, 0, pos) for ch in _CLAUSE_END) + 1
    ends = [k for k in (text.find(ch, pos) for ch in _CLAUSE_END) if k >= 0]
    return start, min(ends) if ends else len(text)


def clause_at(text: str, pos: int) -> str:
    start, end = clause_span(text, pos)
    return text[start:end].strip()


def _unnumbered(text: str) -> str:
    return _NUMBERED.sub("", text)


def _parts(clause: str) -> list[tuple[int, int]]:
    """The comma-separated parts of a clause as (start, end) offsets, commas inside parentheses kept."""
    out, start, depth = [], 0, 0
    for k, ch in enumerate(clause):
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth = max(depth - 1, 0)
        elif depth == 0 and _COMMA.match(clause, k):
            out.append((start, k))
            start = k + 1
    out.append((start, len(clause)))
    return out


def without_part(text: str, pos: int, note: str = "") -> str:
    """The clause of ``text`` at ``pos`` up to the comma part holding ``pos``, that part left out and ``note`` (in
    full-width parentheses) after the part before it: 「增加0.40万元，增长100%，主要原因是…」 with the 100% left
    out and 「上年无此项支出」 noted → 「增加0.40万元（上年无此项支出）」 — what a reviewer pastes over the clause
    up to the part left out, its commas as the writer typed them (「,」 stays 「,」). Empty when the part is the
    clause's first (nothing before it to keep)."""
    start, end = clause_span(text, pos)
    clause = text[start:end]
    parts = _parts(clause)
    k = next((i for i, (a, b) in enumerate(parts) if a <= pos - start <= b), -1)
    if k <= 0:
        return ""
    out = "".join(clause[a:b] + clause[b] for a, b in parts[: k - 1])  # each with the comma after it
    a, b = parts[k - 1]
    out += clause[a:b].rstrip() + (f"（{note}）" if note else "")
    return _unnumbered(out).strip(" ，,")


def deleted_span(text: str, pos: int) -> str:
    """The words of ``text`` to delete so that the comma part holding ``pos`` goes, as the text writes them: the
    part with the comma before it (「，完成年初预算的100.00%」); a clause's first part with the comma after it; a
    part that is its clause whole with the clause's end mark (「完成预算的0%。」)."""
    start, end = clause_span(text, pos)
    parts = _parts(text[start:end])
    k = next((i for i, (a, b) in enumerate(parts) if a <= pos - start <= b), 0)
    a, b = parts[k]
    if k > 0:
        part = text[start + parts[k - 1][1] : start + b].rstrip()
        # a bracket after the figure says why (「完成年初预算的100.00%（主要是年中追加…）」): it stays, the figure goes
        said = re.search(r"[（(][^（）()]{2,}[）)]$", part)
        return part[: said.start()] if said and said.start() > pos - start - parts[k - 1][1] else part
    if len(parts) > 1:
        return text[start + a : start + parts[1][0]].lstrip()
    return text[start + a : min(end + 1, len(text))].strip()


def paste(fact: str, clause: str, otherwise: str) -> str:
    """应为 a reviewer can paste over the clause: the clause rewritten (「…增加0.40万元（上年无此项支出）」);
    the fact (「上年为0」) and what not to write (「不写增长率」) are the finding's message, so without a
    clause there is no 应为."""
    del fact, otherwise  # said in the message
    return clause


def replaced(text: str, start: int, end: int, new: str) -> str:
    """The clause of ``text`` holding ``start`` with ``text[start:end]`` replaced by ``new``."""
    a, b = clause_span(text, start)
    return (text[a:start] + new + text[end:b]).strip(" ，,")


_FLAT_WORDS = re.compile(r"[，,]?\s*(?:与[^，,。；;]{0,12}?|保持|基本)?持平")


_AMOUNT_CHANGE = re.compile(r"(增加|减少)了?\s*(\d[\d,]*(?:\.\d+)?)\s*万元")
_TO = re.compile(r"(?:增加|减少)(?:为|至|到)")


def _change_of(text: str) -> Decimal | None:
    """The signed change a clause states in 万元 (0 for a 持平 with no change word), None when unsure."""
    found = [m for m in _AMOUNT_CHANGE.finditer(text) if not _TO.search(text[m.start(): m.start() + 3])]
    if len(found) == 1:
        value = Decimal(found[0].group(2).replace(",", ""))
        return value if found[0].group(1) == "增加" else -value
    if not found and "持平" in text and not _TO.search(text):
        return Decimal(0)
    return None


def settled_by_total(sentence: str, clause: str) -> str:
    """Which reading of ``clause`` (a change and 持平 at once) the sentence's own sums settle: "flat"
    when the other items' changes after 其中 add up to the total's change (this item's is 0), "change"
    when they do not, "" when a change is not stated plainly."""
    return settlement(sentence, clause)[0]


def _wan(x: Decimal) -> str:
    return f"{'增加' if x > 0 else '减少' if x < 0 else '增减'}{abs(x):,.2f}万元"


def settlement(sentence: str, clause: str) -> tuple[str, str, str]:
    """settled_by_total's verdict with why, in words and as 计算, each amount named by its subject:
    「“三公”经费总数增加5.07万元，其余各项（因公出国（境）费持平、公务用车购置及运行维护费增加5.07万元）合计也是增加
    5.07万元」, 「5.07万元（“三公”经费） − 0.00万元（因公出国（境）费） − 5.07万元（公务用车…） = 0.00万元」;
    ("", "", "") when not settled."""
    head, sep, rest = sentence.partition("其中")
    if not sep or clause not in rest:
        return "", "", ""
    total = _change_of(head)
    parts = [c for c in re.split(r"[；;]", rest.lstrip("：:")) if c.strip(" 。") and clause not in c]
    others = [_change_of(c) for c in parts]
    if total is None or not others or any(x is None for x in others):
        return "", "", ""
    known = [x for x in others if x is not None]
    left = total - sum(known, Decimal(0))
    flat = abs(left) <= Decimal("0.005") * (len(others) + 1)
    said = sum(known, Decimal(0))
    names = [_subject_of(c) for c in parts]
    listed = "、".join(f"{n}{'持平' if not x else _wan(x)}" for n, x in zip(names, known, strict=True) if n)
    whole = _subject_of(re.split(r"[。；;]", head)[-1])
    why = (f"{whole}总数{_wan(total)}，其余各项{f'（{listed}）' if len(listed) and all(names) else ''}"
           f"合计{'也是' if flat else '为'}{_wan(said)}")
    terms = [f"{x:,.2f}万元" if x >= 0 else f"({x:,.2f}万元)" for x in [total, *known]]
    labels = [whole or "总数", *names]
    calc = " − ".join(f"{t}（{n}）" if n else t for t, n in zip(terms, labels, strict=True)) + f" = {left:,.2f}万元"
    if own := _subject_of(clause):
        calc += f"（{own}）"
    return ("flat" if flat else "change"), why, calc


# the subject of a clause of a 其中 list: its words before the amount's own words (「公务接待费支出决算减少为…」 →
# 公务接待费), without the year it opens with (「2025年度“三公”经费财政拨款支出决算数比…」 → “三公”经费)
_SUBJECT = re.compile(r"^\s*(?:\d{4}年度?)?\s*(?P<s>[^，,。；;\d]{2,24}?)(?:财政拨款)?"
                      r"(?:支出|决算|比|较|与|增加|减少|为)")


def _subject_of(clause: str) -> str:
    m = _SUBJECT.match(clause.lstrip("：:，, "))
    return m.group("s") if m else ""


def _without_changes(clause: str) -> str:
    """The clause with every change it states left out — 「减少为0.00万元」 keeps its level (「为0.00万元」),
    「比上年减少0.30万元」 and 「下降25.00%」 go, the subject before them stays: the 持平 reading."""
    out, cut = "", False  # cut: the last part kept is a subject whose change went ("X减少0.30万元" → "X")
    for a, b in _parts(clause):
        part = clause[a:b]
        if re.search(rf"(?:{DIR})了?\s*(?:为|至|到)\s*\d", part):
            part, now = re.sub(rf"(?:{DIR})了?\s*(?=为|至|到)", "", part, count=1), False
        elif m := re.search(rf"(?:(?:比|较)[^，,]*?)?(?:{DIR})了?\s*-?\d", part):
            part, now = part[: m.start()].strip(), True
            if not part:
                continue
        else:
            now = False
        joint = "" if not out or (cut and part.startswith("与")) else "，"
        out, cut = out + joint + part, now
    return out.strip(" ，,")


def flat_fix(clause: str, word: str, sentence: str) -> tuple[str, str, str]:
    """The span to delete from a clause that says a change and 持平 at once where the sentence's sums settle it, with
    why: (「删去“减少”」 for 「…减少为0.00万元，与2024年持平」, the reason, its 计算); the change word only where it
    states the level it changed to (「减少为0.00万元」) — else ("", "", "")."""
    settled, why, calc = settlement(sentence, clause.strip(" ，,。"))
    flat = _FLAT_WORDS.search(clause)
    if settled == "flat" and re.search(rf"{word}了?\s*(?:为|至|到)\s*\d", clause):
        return f"删去“{word}”", f"{why}，本项两年相同，应删去“{word}”", calc
    if settled == "change" and flat is not None:
        return f"删去“{flat.group(0)}”", f"{why}，本项有增减，应删去“{flat.group(0).strip('，,')}”", calc
    return "", "", ""


def flat_or_change(clause: str, word: str, sentence: str = "") -> str:
    """Both readings of a clause that says a change and 持平 at once, each the writer's clause with
    one of them left out: 「公务接待费支出决算减少为0.00万元，与2024年持平」 →
    「公务接待费支出决算为0.00万元，与2024年持平」或「公务接待费支出决算减少为0.00万元」; the one
    reading only where the sentence's total and its other items settle it."""
    settled = settled_by_total(sentence, clause.strip(" ，,。")) if sentence else ""
    clause = _unnumbered(clause).strip(" ，,。")
    flat = _FLAT_WORDS.search(clause)
    if word not in clause or flat is None:
        return ""
    level = _without_changes(clause)
    changed = (clause[: flat.start()] + clause[flat.end():]).strip(" ，,")
    if settled == "flat":
        return level
    if settled == "change":
        return changed
    return f"“{level}”或“{changed}”"
