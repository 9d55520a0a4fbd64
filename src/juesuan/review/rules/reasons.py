"""Reasons against directions: "X增加的主要原因是" against the direction the figures gave X just before."""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from itertools import islice

from ...core.findings import Level
from ..base import DIR, LIST_MARK, UP, ReviewFinding, amt, finding, iv, iv_sum, meets, show
from ..extract import Block
from ..sentences import (
    against,
    classify,
    clause_subject,
    last_clause,
    norm_label,
    sentence_at,
    sentence_lists,
    sentences,
    split_top,
    target_of,
)
from .breakdowns import signed_items
from .flat import WORDS, flat_slip
from .turned_rates import OPPOSITE

# 「X增加的主要原因是」, and a reason's heading: 「X增加的主要情况：」, 「X减少的主要原因如下：」
_REASON = re.compile(r"([^。：:；;，,（）]{2,60}?)(?:的主要原因是|主要是由于|是由于|是因为|的原因是"
                     r"|的主要(?:原因|情况)(?:如下)?[：:])")



def _line_key(words: str) -> str:
    """The line a direction is said of, as the figures and the reasons both name it: without its direction
    word ("…支出决算增加") and its fund scope ("“三公”经费财政拨款支出" is the “三公”经费 the reason names)."""
    return norm_label(re.sub(rf"(?:{DIR})了?$", "", words).replace("财政拨款", ""))


# a year that opens a clause (「2024年度机关运行经费支出…」), with the unit's name before it (「上海市某某办公室2024年度
# 机关运行经费支出…」): whose and when, not which line
_OWNER_YEAR = re.compile(r"(?:(?<=^)|(?<=[。；;，,：:]))[^。；;，,：:\d“”（）()]{0,30}?(?:19|20)\d\d年度?")


def _subject(text: str, pos: int) -> str:
    """The line the clause of ``pos`` is about (sentences.clause_subject), read past a year that opens it and the
    unit's name before that year."""
    said = clause_subject(text, pos)
    if said and re.search(re.escape(said) + r"(?:19|20)\d\d年", text[:pos]):
        said = ""  # the unit's name: the line follows its year
    return said or clause_subject(_OWNER_YEAR.sub(lambda m: " " * len(m.group(0)), text), pos)


def _directions(b: Block) -> dict[str, set[tuple[int, str]]]:
    """For each line named in a paragraph, the directions its figures give (+1, −1, 0), each with
    what it is against ("预算", "上年" or "" when the text does not say)."""
    found: dict[str, set[tuple[int, str]]] = {}
    if b.is_table:
        return found
    for s in sentences(b.text):
        for g in s.figs:
            if g.role in ("diff", "pct") and g.sign:
                key = _line_key(_subject(s.text, g.f.start))
                if key:
                    # a rate after its change ("比上年减少0.01万元，下降100.00%") is against what the change was
                    clause = last_clause(s.text, g.f.start)
                    target = g.target or ("上年" if g.tongbi else "") or target_of(clause)
                    found.setdefault(key, set()).add((g.sign, against(target)))
        for m in re.finditer(r"持平", s.text):
            key = _line_key(clause_subject(s.text, m.start()))
            if key and not re.search(r"占比", s.text[max(0, m.start() - 12) : m.start()]):
                # "本年末A元，上年末B元，比上年末持平" with A ≠ B: the figures' direction, not the word's
                two = [g for g in s.figs if g.f.end <= m.start() and g.role in ("level", "base") and not g.paren
                       and g.f.is_money][-2:]
                differ = len(two) == 2 and two[0].clause == two[1].clause and not meets(iv(two[0].f), iv(two[1].f))
                sign = (1 if two[0].f.yuan() > two[1].f.yuan() else -1) if differ else 0
                found.setdefault(key, set()).add((sign, against(target_of(s.text[: m.start()] + "增加"))))
        for i, g in enumerate(s.figs):  # "X预算A元、决算B元": the direction of B − A
            if g.role == "level" and g.kind == "决算" and g.f.is_money:
                bud = list(islice((
                    x
                    for x in reversed(s.figs[:i])
                    if x.role == "level" and x.kind == "预算" and x.clause == g.clause and x.f.is_money
                ), 2))  # one budget in the clause, or more (which one is not known): two tell
                if len(bud) == 1:
                    key = _line_key(clause_subject(s.text, bud[0].f.start))
                    d = g.f.yuan() - bud[0].f.yuan()
                    if key and not meets(iv(g.f), iv(bud[0].f)):
                        found.setdefault(key, set()).add((1 if d > 0 else -1, "预算"))
    return found


def rule_reasons(blocks: list[Block]) -> list[ReviewFinding]:
    """ "X增加的主要原因是" against the direction the figures gave X just before."""
    stated = [_directions(b) for b in blocks]
    out = []
    for bi, b in enumerate(blocks):
        if b.is_table:
            continue
        for m in _REASON.finditer(b.text):
            window = set().union(*(stated[k].keys() for k in range(max(bi - 3, 0), bi + 1)))
            whole = re.match(r"(.+?)(增加|减少|持平|增长|下降|上升|提高|降低)$", m.group(1))
            # one line whose name has 及/和 in it ("公务用车购置及运行维护费支出减少"), when the figures name it so
            segs = [m.group(1)] if whole and _line_key(whole.group(1)) in window else re.split(r"[、和及]", m.group(1))
            said: list[tuple[str, int]] = []
            pending: list[str] = []
            for seg in segs:
                w = re.search(r"(增加|减少|持平|增长|下降|上升|提高|降低)$", seg)
                if not w:
                    pending.append(seg)
                    continue
                sign = 0 if w.group(1) == "持平" else 1 if w.group(1) in UP else -1
                for name in [*pending, seg[: w.start()]]:
                    said.append((name, sign))
                pending = []
            base = against(target_of(m.group(1)))
            for name, sign in said:
                key = _line_key(name)
                if not key:
                    continue
                # every direction the last few paragraphs give this line against what the reason names (vs
                # 预算 or vs 上年; all when it names neither): only when they all agree can the reason's word be wrong
                given = set().union(*(stated[k].get(key, set()) for k in range(max(bi - 3, 0), bi + 1)))
                signs = {sg for sg, t in given if not base or not t or t == base}
                if len(signs) == 1 and sign not in signs:
                    right = WORDS[next(iter(signs))]
                    if right == "持平" and (flat := _flat_refuted(blocks, range(max(bi - 3, 0), bi + 1), key, sign)):
                        out.append(flat)  # the 持平 is the slip: its list's total says how much the line changed
                        continue
                    out.append(
                        finding(
                            Level.ERROR,
                            "R-REASON-DIRECTION",
                            f"“{name}”前文为“{right}”，原因说明却写“{WORDS[sign]}”。",
                            bi,
                            b,
                            sentence_at(b.text, m.start()),
                            expected=f"{name}{right}",
                        )
                    )
    return out


# 「与上年持平」「与2023年度持平」: the words a 持平 is said in
_FLAT_WORDS = re.compile(r"(?:与|比|较)[^，,。；;：:]{0,12}?持平")


def _flat_refuted(blocks: list[Block], window: range, key: str, sign: int) -> ReviewFinding | None:
    """「总数比上年减少C，其中：甲持平；乙持平。乙减少的主要原因是…」: a 持平 said of ``key`` in a breakdown whose
    total's change, less the other items' stated changes (breakdowns.signed_items), leaves it a change the way its
    reason says (``sign``): flat.flat_slip's verdict."""
    for bi in window:
        b = blocks[bi]
        for s in [] if b.is_table else sentences(b.text):
            mark = LIST_MARK.search(s.text)
            heads = [g for g in s.figs if mark and g.f.end <= mark.start() and g.role == "diff" and g.sign
                     and g.f.is_money and not g.paren]
            if mark is None or len(heads) != 1:
                continue
            body = s.text[mark.end():].rstrip("。；; ")
            parts = split_top(body, "；;" if re.search(r"[；;]", body) else "，,")
            signed = signed_items([classify(t) for _, t in parts], [t for _, t in parts])
            if not signed or any(sg == 2 for sg, _ in signed):
                continue
            for j, (_, t) in enumerate(parts):
                m = _FLAT_WORDS.search(t)
                if m is None or signed[j] != (0, None) or _line_key(clause_subject(t, m.start())) != key:
                    continue
                if found := flat_slip(bi, b, t, m.group(0), heads[0].f, heads[0].sign, signed, sign):
                    return found
    return None


# --- reasons whose changes add up to more than the change they explain ---------------------------------------

_BECAUSE = re.compile(r"(?:主要)?(?:原因(?:是|为|系|在于|：|:)|是由于|由于)|主要是(?!用于)")


def rule_reason_amounts(blocks: list[Block]) -> list[ReviewFinding]:
    """ "增加60.81万元，主要原因是甲增加28.37万元，乙增加18.04万元，丙增加7.74万元，丁增加9.66万元": the reasons'
    changes, all in the change's direction, add up to more than the change. A reason list may leave items out
    (less is fine) but cannot explain more than there is: a 提示 (which amount is off is not known)."""
    out: list[ReviewFinding] = []
    for bi, b, sents in sentence_lists(blocks):
        for k, s in enumerate(sents):
            m = _BECAUSE.search(s.text)
            if m is None:
                continue
            before = [g for g in s.figs if g.f.start < m.start()]
            head = s.text[: m.start()]
            if not any(g.f.is_money for g in before) and k:  # 「…增加60.81万元。主要原因是…」
                before, head = sents[k - 1].figs, sents[k - 1].text
            changes = [g for g in before if g.role == "diff" and g.sign and g.f.is_money and not g.paren]
            reason = s.text[m.end():]
            parts = [g for g in s.figs if g.f.start >= m.end() and g.role == "diff" and g.f.is_money and not g.paren]
            if len(changes) != 1 or len(parts) < 2 or re.search(r"其中|含|包括|分别|合计|共计|累计", reason):
                continue  # one change and its reasons' own amounts, none a breakdown of another
            whole = changes[0]
            if (flipped := _one_word_off(bi, b, s.text, whole, parts)) is not None:
                out.append(flipped)
                continue
            if re.search(r"收[、，,和及与]?支|收入[、和及与]支出", head):
                continue
            if any(g.sign != whole.sign or meets(iv(g.f), iv(whole.f)) for g in parts):
                continue  # reasons that offset each other, or one restating the whole
            lo, _ = iv_sum([iv(g.f) for g in parts])
            if lo <= iv(whole.f)[1]:
                continue
            total = sum((g.f.yuan() for g in parts), Decimal(0))
            word = WORDS[whole.sign]
            out.append(finding(
                Level.INFO, "R-SUM",
                f"原因所列各项{word}额之和{show(total, whole.f)}大于总{word}额{whole.f.raw}："
                f"请核对各项金额或总{word}额。",
                bi, b, s.text, whole.f, "",
                " + ".join(g.f.raw for g in parts) + f" = {show(total, whole.f)} > {whole.f.raw}",
            ))
    return out


def _one_word_off(bi, b, text: str, whole, parts) -> ReviewFinding | None:
    """「支出较去年增加31.79万元，主要是基本支出减少49.13万元，项目支出减少了17.34万元」: the reasons' changes, as
    their words sign them, do not add up to the change — but with one word turned (the total's, or one reason's)
    they add up to it exactly, within the figures' rounding, and with no other word turned: that word is the slip.
    (A reason list may leave items out: changes that add up to less, or to more, are no such proof.)"""
    signs = [whole.sign] + [g.sign for g in parts]
    figs = [whole.f] + [g.f for g in parts]

    def adds(sg: list[int]) -> bool:
        total = iv(figs[0]) if sg[0] > 0 else (-iv(figs[0])[1], -iv(figs[0])[0])
        ivs = [iv(f) if x > 0 else (-iv(f)[1], -iv(f)[0]) for x, f in zip(sg[1:], figs[1:], strict=True)]
        return meets(iv_sum(ivs), total)

    if any(x not in (1, -1) for x in signs) or adds(signs):
        return None
    hits = [k for k in range(len(signs)) if adds([-x if j == k else x for j, x in enumerate(signs)])]
    if len(hits) != 1:
        return None
    k = hits[0]
    f = figs[k]
    m = re.search(r"(增加|减少|增长|下降|上升|降低|增收|减收|增支|减支)了?\s*$", text[: f.start])
    if m is None or text[f.start: f.end] != f.raw:
        return None
    word = m.group(1)
    new = OPPOSITE[word]
    terms = "".join((" + " if (-x if j == k else x) > 0 else " − ") + amt(g)
                    for j, (x, g) in enumerate(zip(signs[1:], figs[1:], strict=True), 1))
    terms = terms[3:] if terms.startswith(" + ") else "−" + terms[3:]
    what = "总的增减" if k == 0 else "此项"
    return replace(finding(
        Level.ERROR, "R-DIRECTION",
        f"增减方向与所列原因的金额不符：{what}写“{word}{f.raw}”，但把它改为“{new}”后，所列各项的增减"
        f"（{terms}）正好等于总的{'增加' if (-signs[0] if k == 0 else signs[0]) > 0 else '减少'}"
        f"{figs[0].raw}；应为“{new}{f.raw}”。",
        bi, b, text, f, new + f.raw,
        f"{terms} = {'−' if (-signs[0] if k == 0 else signs[0]) < 0 else ''}{figs[0].raw}",
    ), figure=word + f.raw)
