"""Counts and their parts: 「共有车辆5辆，其中：机要通信用车2辆，执法执勤用车3辆，应急保障用车1辆」 — parts that
add up to more than their total are wrong whatever else the list leaves out (国有资产 车辆/设备, 人员, 项目 counts)."""

from __future__ import annotations

import re
from dataclasses import replace

from ...core.codes import CODES
from ..base import ReviewFinding, finding
from ..blocks import Block
from ..places import named, quoted
from ..sentences import Sentence, split_top, text_sentences

_UNITS = "辆|台（套）|台\\(套\\)|台|套|人|个|项|家|批次|人次|次"
# a count in figures or in Chinese numerals (「3辆」「三辆」「二十八人次」; not an ordinal 「第一项」 nor 「之一」)
_N = r"(\d+|(?<![第之])[零〇一二两三四五六七八九十百]+)"
_CN = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
# the total: 「共有车辆5辆」「共计12个」「合计3台（套）」, then 其中 right after it
# — or named as a count: 「年末实有人数3人，其中：在职人员3人，离休人员0人，退休人员3人」
_TOTAL = re.compile(rf"(?:(?:共有|共计|共|合计|总计)[^，,；;。\d]{{0,12}}?|(?:实有|编制|总)人数|总数)"
                    rf"{_N}\s*({_UNITS})\s*[，,]?\s*其中\s*[：:]?")
# — or a count whose parts follow in parentheses: 「绩效自评的项目3个（其中，评级为“优”的项目2个；“良”的项目2个）」,
# the last count before them (「跟踪评价的项目1个，涉及A，自评的项目3个，涉及B（其中，…）」: 3个)
_N_AHEAD = _N.replace("(", "(?:", 1)  # (the same, no group: in a lookahead)
_PAREN_TOTAL = re.compile(rf"{_N}\s*({_UNITS})(?:(?!{_N_AHEAD}\s*(?:{_UNITS}))[^；;。（()]){{0,60}}?"
                          rf"[（(]\s*其中\s*[，,：:]?")
_PART = re.compile(rf"{_N}\s*({_UNITS})")
# the kinds not listed said to be none (「其余类别车辆均无」): no part, and the list names every kind
_NONE_ELSE = re.compile(r"^\s*(?:其他|其余)[^，,；;。\d]{0,12}?(?:均无|均为零|均为0|无)\s*$")


def count_of(text: str) -> int:
    """A count as written: 「12」, 「十二」, 「二十八」, 「一百零五」, 「零」."""
    if text.isdigit():
        return int(text)
    total, digit = 0, 0
    for ch in text:
        if ch in _CN:
            digit = _CN[ch]
        else:  # 十 or 百: the digit before it (none: one) times its place
            total += (digit or 1) * (10 if ch == "十" else 100)
            digit = 0
    return total + digit


def as_written(n: int, like: str) -> str:
    """``n`` as the count ``like`` is written: in figures, or in Chinese numerals (「两」 for 2 before its measure word:
    「两辆」 beside 「一辆」, not 「二辆」 — unless the text writes its own counts so, ``like`` 「二」)."""
    if like.isdigit() or not 0 <= n < 100:
        return str(n)
    if n == 2 and like != "二":
        return "两"
    tens, ones = divmod(n, 10)
    digits = "零一二三四五六七八九"
    return (digits[ones] if not tens else ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else ""))


# a remark in parentheses without a count of its own (「（洒水车、高空作业车）」), not the unit's 「（套）」; a remark
# with one (「（含新购1辆）」) stays, so that the item is not read as a part of the list
_REMARK = re.compile(r"[（(](?!套[）)])[^（）()\d]*[）)]")


def rule_count_parts(blocks: list[Block]) -> list[ReviewFinding]:
    """A count whose 其中 parts, each in the total's own unit, add up to more than it (or to less, where other
    statements confirm the total and decide the part); a count whose kinds a table below lists (_table_parts)."""
    out: list[ReviewFinding] = _table_parts(blocks)
    for bi, b, s in text_sentences(blocks):
        for m, items, parts, none_else, _ in _count_lists(s.text):
            total, unit = count_of(m.group(1)), m.group(2)
            summed = sum(count_of(p.group(1)) for p in parts if p is not None)
            complete = _complete(items) or bool(none_else)
            said = s.text[m.start(1) : m.end(2)]  # as written: 「5辆」「五辆」
            if summed > total or (summed < total and complete):
                shown = " + ".join(f"{n}{unit}" for p in parts if p is not None and (n := count_of(p.group(1))))
                sum_said = f"{as_written(summed, m.group(1))}{unit}"
                rest = "其余类别写明为无" if none_else else "所列各类已含“其他”"
                named = total_named(s.text, m)
                message = (f"总数小于所列各项之和：“其中”各项合计{sum_said}，多于总数{named}" if summed > total
                           else f"总数大于所列各项之和：{rest}，各类合计{sum_said}，少于总数{named}")
                if confirmed := _confirmed(blocks, bi, s, m, said):
                    out.extend(x for x in [_undecided(blocks, bi, s, confirmed, (items, parts), m,
                                                      complete)] if x)
                    continue
                out.append(finding(
                    CODES["R-SUM"].level, "R-SUM", f"{message}。",
                    bi, b, s.text, None, f"{as_written(summed, m.group(1))}{unit}", f"{shown} = {summed}{unit}",
                ))
                out[-1] = replace(out[-1], figure=said)  # the total as written: 「5辆」
            # fewer: a list may leave items out (or projects no grade) — wrong only when a statement elsewhere
            # says which part
            elif (summed < total and (confirmed := _confirmed(blocks, bi, s, m, said))
                  and (less := _undecided(blocks, bi, s, confirmed, (items, parts), m)) is not None):
                out.append(less)
            elif summed < total and (agreeing := _confirmed(blocks, bi, s, m, f"{summed}{unit}", str(summed))):
                # fewer, and other statements of the total's count give the parts' sum (「编报…项目3个；跟踪…项目3个；
                # 自评…项目4个（其中优2个、良1个）」): the total is the slip
                shown = " + ".join(f"{n}{unit}" for p in parts if p is not None and (n := count_of(p.group(1))))
                out.append(replace(finding(
                    CODES["R-SUM"].level, "R-SUM",
                    f"总数大于所列各项之和：“其中”各项合计{summed}{unit}，少于总数{total_named(s.text, m)}；"
                    f"他处所说也是"
                    f"{summed}{unit}（{'；'.join(agreeing)}），应是总数有误：应为{summed}{unit}。",
                    bi, b, s.text, None, f"{as_written(summed, m.group(1))}{unit}",
                    f"{shown or f'0{unit}'} = {summed}{unit}",
                ), figure=_at_total(s.text, m)))
    return out


def _count_lists(text: str):
    """Each count total of ``text`` with its 其中 list: (the total's match, the items, each item's count, the items
    saying the rest is none, where the list ends) — lists whose every item states one count in the total's unit."""
    for m in [*_TOTAL.finditer(text), *_PAREN_TOTAL.finditer(text)]:
        unit = m.group(2)
        paren = m.re is _PAREN_TOTAL
        # a list in parentheses ends at its 。 too: 「（其中，优2个；良1个。共发现问题1个，已整改1个）」
        body = re.split(r"[）)。]" if paren else r"[。；;]", text[m.end() :])[0]
        # items split outside parentheses, a remark in parentheses left out: 「特种专业技术用车3辆（洒水车、
        # 高空作业车）」 is one item of one count
        items = [_REMARK.sub("", x) for x in (re.split(r"[，,、；;]", body) if paren
                                              else [t for _, t in split_top(body, "，,、")])]
        items = [x for x in items if x.strip(" 。")]
        none_else = [x for x in items if _NONE_ELSE.match(x)]
        items = [x for x in items if x not in none_else]
        parts = [_PART.search(x) for x in items]
        # every item states one count in the total's unit (a remark or another unit: not this list)
        if len(parts) < 2 or any(p is None or p.group(2) != unit or len(_PART.findall(x)) != 1
                                 for p, x in zip(parts, items, strict=True)):
            continue
        if not _outside_posts(text[: m.start(1)], items):
            yield m, items, parts, none_else, m.end() + len(body)


_TRIAL = "987654321"  # a count no list holds: the slot's place in its list


def count_blank(text: str, start: int, end: int) -> tuple[str, str]:
    """A count left as a placeholder (``text[start:end]``, 「绩效评级为“合格”的项目XX个」) in a 其中 list of a count
    total: the count that makes the list add up to the total, as the list writes its counts (「1个」), and how;
    ("", "") where the list does not settle it (another slot left, the others more than the total)."""
    trial = text[:start] + _TRIAL + text[end:]
    for m, _, parts, _, stop in _count_lists(trial):
        mine = [p for p in parts if p is not None and p.group(1) == _TRIAL]
        if m.end() > start or stop < start or len(mine) != 1:
            continue
        others = [p for p in parts if p is not None and p is not mine[0]]
        right = count_of(m.group(1)) - sum(count_of(p.group(1)) for p in others)
        if right < 0:
            return "", ""
        unit = m.group(2)
        said = "".join(f" − {count_of(p.group(1))}{unit}" for p in others)
        return f"{as_written(right, m.group(1))}{unit}", f"{m.group(1)}{unit}（总数）{said} = {right}{unit}"
    return "", ""


# people a 编制 (the posts a unit may fill) does not hold: the retired
# (「总编制人数9人，其中：在职实有人数5人，退休5人」)
_NOT_POSTS = re.compile(r"退休|离休|遗属|离退")


def _outside_posts(total: str, items: list[str]) -> bool:
    """Whether the total counts posts (编制) and a part counts people outside them (退休): the parts are the unit's
    people, not shares of its posts, and need not add up to it."""
    return "编制" in re.split(r"[，,；;。]", total)[-1] and any(_NOT_POSTS.search(x) for x in items)


# an item for the rest (「其他用车1辆」): the list names every kind, its parts add up to the total
_REST = re.compile(r"\s*(?:其他|其余)")


def _complete(items: list[str]) -> bool:
    """Whether a 其中 list names every kind of what it counts: one of its items is the rest (其他…)."""
    return any(_REST.match(x) for x in items)


# the words a count is of, right before it: 「编报绩效目标的2024年度项目3个」 → 项目
_NOUN = re.compile(r"([\u4e00-\u9fff]{2})\s*$")


def _confirmed(blocks: list[Block], bi: int, s: Sentence, m: re.Match[str], said: str,
               number: str = "") -> list[str]:
    """Other statements of the total's count (the same count of the same unit, said of the total's noun: a
    character of it in the words before): in the sentence, 「编报绩效目标的项目3个；绩效跟踪评价的项目3个；绩效自评
    的项目3个（其中…）」; elsewhere, 「共有车辆8辆，其中…」 and 七's 「公务用车保有量为8辆」 — the total is right.
    With ``number``: the statements of that count of the total's noun instead."""
    noun = _NOUN.search(s.text[: m.start(1)])
    if noun is None:
        return []
    unit = m.group(2)
    n = count_of(number or m.group(1))
    # the count in figures or in Chinese numerals, whichever the text writes it in
    said = "|".join(dict.fromkeys((str(n), as_written(n, "一"), as_written(n, "二"))))  # 2: 两 or 二
    count = re.compile(rf"(?<![\d.零〇一二两三四五六七八九十百])(?:{said})\s*{re.escape(unit)}")
    out = []
    for k, b in enumerate(blocks):
        if b.is_table:
            continue
        for x in count.finditer(b.text):
            if k == bi and s.start <= x.start() < s.start + len(s.text) and x.start() >= s.start + m.start(1) - 2:
                continue  # the total itself and its parts
            head = re.split(r"[，,；;。：:（(]", b.text[: x.start()])[-1].strip()
            if head and set(noun.group(1)) & set(head) and not head.endswith(("其中", "含")):
                same = k == bi and s.start <= x.start() < s.start + len(s.text)
                out.append(f"{_HERE}{head}{x.group(0)}" if same else f"{named(b)}：{head}{x.group(0)}")
    return out


_HERE = "本句"  # a confirming statement of the total's own sentence


def _agrees(confirmed: list[str]) -> str:
    """Where the total is confirmed: 「总数与本句所说一致（编报…4个；跟踪…4个）」 when every statement is of its own
    sentence, 「总数与他处所说一致（七（二）…：保有量为8辆）」 when none is, else both named."""
    here = [c for c in confirmed if c.startswith(_HERE)]
    if len(here) == len(confirmed):
        return f"总数与本句所说一致（{'；'.join(c.removeprefix(_HERE) for c in here)}）"
    if not here:
        return f"总数与他处所说一致（{'；'.join(confirmed)}）"
    return f"总数与本句及他处所说一致（{'；'.join(confirmed)}）"


def _label(item: str, part: re.Match[str]) -> str:
    """The words a part counts: 「其中：应急保障用车 2 辆」 → 应急保障用车, 「绩效评级为“优”的项目2个」 →
    绩效评级为“优”的项目."""
    head = re.sub(r"^\s*(?:其中\s*[：:，,]?)?", "", item[: part.start()])
    return re.sub(r"\s+", "", head).removesuffix("均为").removesuffix("为")


def _short(label: str) -> str:
    """A part's name in a message: the quoted words of 「绩效评级为“优”的项目」 (优; 「“合格”和“不合格”的项目」 →
    合格或不合格), else the label."""
    quoted = re.findall(r"[“\"]([^”\"]{1,6})[”\"]", label)
    return "或".join(quoted) if quoted else label


def _stated(blocks: list[Block], bi: int, s: Sentence, label: str, unit: str) -> list[tuple[int, str]]:
    """Other statements of a part's count outside the sentence that lists it: its label, then the count in its unit
    within a few characters (「公务用车保有量为5辆，其中执法执勤用车4辆」 → [(4, "第12段“执法执勤用车4辆”")]), or a
    table row of the label with one whole number (a 车辆 table: 「执法执勤用车 | 4」)."""
    words = r"\s*".join(map(re.escape, label))
    said = re.compile(rf"{words}[^，,；;。\d]{{0,6}}?{_N}\s*{re.escape(unit)}")
    out = []
    for k, b in enumerate(blocks):
        if b.is_table:
            # a row of a table of counts (车辆 by kind): the label's cell and one whole number beside it
            for row in b.rows:
                cells = [re.sub(r"\s+", "", c) for c in row]
                counts = [c for c in cells if re.fullmatch(r"\d+", c)]
                if label in cells and len(counts) == 1:
                    out.append((int(counts[0]), f"{named(b)}“{label}”行{counts[0]}{unit}"))
            continue
        for x in said.finditer(b.text):
            if k == bi and s.start <= x.start() < s.start + len(s.text):
                continue
            out.append((count_of(x.group(1)), named(b) + "“" + re.sub(r"\s+", "", x.group(0)) + "”"))
    return out


def _decided(blocks: list[Block], bi: int, s: Sentence, total: int, unit: str,
             listed: list[tuple[str, int]]) -> tuple[int, int, str] | None:
    """The one part other statements make wrong: (its index, 应为, the statement) — a part stated elsewhere with the
    count that makes the parts add up, or the one part left that could be wrong when the others are stated elsewhere
    as listed (or are less than the excess)."""
    stated = [_stated(blocks, bi, s, label, unit) for label, _ in listed]
    whole = sum(n for _, n in listed)
    for i, (_, n) in enumerate(listed):
        right = total - (whole - n)
        if (hit := next((w for m, w in stated[i] if m == right != n), None)) is not None:
            return i, right, hit
    # the parts that could be wrong: not stated elsewhere as listed, and at least the excess (a part can only be less)
    unconfirmed = [i for i, (_, n) in enumerate(listed)
                   if not any(m == n for m, _ in stated[i]) and n >= whole - total]
    if len(unconfirmed) == 1 and len(listed) > 1 and (right := total - (whole - listed[unconfirmed[0]][1])) >= 0:
        others = "、".join(w for j in range(len(listed)) if j != unconfirmed[0]
                          for m, w in stated[j] if m == listed[j][1])
        return unconfirmed[0], right, others
    return None


def _undecided(blocks: list[Block], bi: int, s: Sentence, confirmed: list[str],
               listed: tuple[list[str], list], m: re.Match[str],
               complete: bool = False) -> ReviewFinding | None:
    """A count total other statements confirm, its parts adding to more (or less): the part that is wrong, with its
    应为 when other statements decide it (_decided); else the parts that could be (for more, each at least the
    excess) are named, no 应为, and the comment sits on the list's total (no one part is singled out). Fewer,
    undecided: None (even 优、良、合格、不合格 may leave projects not yet graded) — unless the list has its 「其他」
    kind (complete): then any part may be short."""
    b = blocks[bi]
    items, parts = listed
    total, unit = count_of(m.group(1)), m.group(2)
    counted = [(_label(x, p), count_of(p.group(1)), p) for x, p in zip(items, parts, strict=True) if p is not None]
    summed = sum(n for _, n, _ in counted)
    nonzero = [(label, n, p) for label, n, p in counted if n]
    shown = "、".join(f"{_short(label)}{p.group(1)}{unit}" for label, n, p in nonzero)
    why = f"{' + '.join(f'{n}{unit}' for _, n, _ in nonzero) or f'0{unit}'} = {summed}{unit}"
    head = (f"“其中”各项合计{as_written(summed, m.group(1))}{unit}（{shown or '均为0'}），"
            f"{'多' if summed > total else '少'}于总数{total_named(s.text, m)}；{_agrees(confirmed)}")
    if (decided := _decided(blocks, bi, s, total, unit, [(label, n) for label, n, _ in counted])) is not None:
        i, right, hit = decided
        label, _, p = counted[i]
        return replace(finding(
            CODES["R-SUM"].level, "R-SUM",
            f"{head}；另据{hit}，应是{_short(label)}有误：应为{as_written(right, p.group(1))}{unit}。",
            bi, b, s.text, None, f"{as_written(right, p.group(1))}{unit}",
            f"{why}；{total}{unit}{''.join(f' − {m}{unit}' for j, (_, m, _) in enumerate(counted) if j != i and m)}"
            f" = {right}{unit}",
        ), figure=p.group(0))
    if summed < total and not complete:
        return None
    could = [(label, n, p) for label, n, p in nonzero if n >= summed - total]  # fewer: every part could be short
    which = "或".join(dict.fromkeys(_short(label) for label, _, _ in could)) if could else "各项"
    kind = '个数' if unit == '个' else '数量'
    if could and len({n for _, n, _ in could}) == 1:  # whichever part it is, the same figure needs the same fix
        n = could[0][1]
        right = n + total - summed
        like = could[0][2].group(1)
        # said short (a reader reads it beside the sentence): which parts, their one value, and that which is not said
        both = f"（{'两' if len(could) == 2 else '各'}项都是{like}{unit}，无法判断是哪一项）" if len(could) > 1 else ""
        return replace(finding(
            CODES["R-SUM"].level, "R-SUM",
            f"{head}：{which}应为{as_written(right, like)}{unit}{both}。",
            bi, b, s.text, None, f"{as_written(right, like)}{unit}",
            f"{why}；{n}{unit} − ({summed}{unit} − {total}{unit}) = {right}{unit}" if summed > total
            else f"{why}；{n}{unit} + ({total}{unit} − {summed}{unit}) = {right}{unit}",
        ), figure=could[0][2].group(0), anchor=_listed_span(s.text, items) if len(could) > 1 else "")
    # no one part decided: the comment sits on the list's total (the place the counts disagree), never on one part a
    # reader would take for the wrong one
    return replace(finding(
        CODES["R-SUM"].level, "R-SUM",
        f"{head}，应是{which}的{kind}有误，请核对"
        "（从文中无法判断是哪一项，未给出应为值）。",
        bi, b, s.text, None, "", why,
    ), figure=_at_total(s.text, m))


def _listed_span(text: str, items: list[str]) -> str:
    """The words of a sentence from its list's first item to its last (「绩效评级为“优”的项目2个；…“不合格”的项目0个」):
    where a comment sits when no one part is to blame; "" where the items are not found in order."""
    first = text.find(items[0].strip()) if items else -1
    last = text.find(items[-1].strip(), max(first, 0)) if items else -1
    return text[first: last + len(items[-1].strip())] if 0 <= first <= last else ""


def total_named(text: str, m: re.Match[str]) -> str:
    """A count total with what it counts, as the sentence says it, quoted: 「“绩效自评的2024年度项目四个”」 (the words
    of its clause before it), for a message to name which total it is about."""
    return quoted(re.split(r"[，,；;。：:（(]", text[: m.start(1)])[-1].strip() + text[m.start(1) : m.end(2)])


def _at_total(text: str, m: re.Match[str]) -> str:
    """A count total as written (「6辆」), with the words before it where the same count comes earlier in the sentence
    (「编报…项目4个；…；绩效自评的2024年度项目4个（其中…」 → 「绩效自评的2024年度项目4个」): one place to comment on."""
    said = text[m.start(1) : m.end(2)]
    if text.find(said) == m.start(1):
        return said
    return re.split(r"[，,；;。：:（(]", text[: m.start(1)])[-1].lstrip() + said


# a paragraph that ends announcing the table of a count's kinds: 「截至2024年12月31日，本局共有车辆5辆，具体如下：」
_ANNOUNCED = re.compile(rf"(?:共有|共计|共|合计|总计|实有|现有)[^，,；;。\d]{{0,12}}?(\d+)\s*({_UNITS})"
                        r"[^。；;\d]{0,16}?(?:具体如下|如下表?|见下表|详见下表|分类如下|其中)\s*[：:]?\s*$")
_UNIT_NOTE = re.compile(r"\s*[（(]?\s*单位[：:][^）)]{1,6}[）)]?\s*")


def _count_rows(b: Block) -> tuple[list[tuple[str, int]], int | None] | None:
    """(each kind's label and count, the 合计 row's count) of a table of counts (「车辆类型 | 数量（辆）」): every row
    below the header a label and one whole number; None for another table (a part row 「其中…」: nested)."""
    rows = [[c.strip() for c in r] for r in b.rows if any(c.strip() for c in r)]
    body = [r for r in rows if any(re.fullmatch(r"\d{1,5}", c) for c in r[1:])]
    if not body or not rows or body[0] is rows[0]:
        return None
    kinds, total = [], None
    for r in body:
        counts = [c for c in r[1:] if re.fullmatch(r"\d{1,5}", c)]
        label = r[0] if not re.fullmatch(r"\d{1,3}", r[0]) else (r[1] if len(r) > 2 else "")
        if len(counts) != 1 or not label or label.startswith("其中"):
            return None
        if re.search(r"合计|总计|小计", label):
            if total is not None:
                return None
            total = int(counts[0])
        else:
            kinds.append((label, int(counts[0])))
    return (kinds, total) if len(kinds) >= 2 else None


def _table_parts(blocks: list[Block]) -> list[ReviewFinding]:
    """A count the paragraph states and announces a table of its kinds for (「共有车辆5辆，具体如下：」, then
    「车辆类型 | 数量」): the table's 合计 row, else its rows' sum, is the count (「具体如下」: all of them); 应为 that,
    where the table agrees with itself."""
    out = []
    for bi, b in enumerate(blocks[:-1]):
        if b.is_table or (m := _ANNOUNCED.search(b.text.rstrip().rstrip("。"))) is None:
            continue
        k = bi + 1
        while k < len(blocks) - 1 and not blocks[k].is_table and _UNIT_NOTE.fullmatch(blocks[k].text):
            k += 1
        if not blocks[k].is_table or (read := _count_rows(blocks[k])) is None:
            continue
        kinds, total = read
        n, unit = int(m.group(1)), m.group(2)
        summed = sum(c for _, c in kinds)
        if (total is not None and total != summed) or summed == n:
            continue  # the table's own 合计 against its rows: not this count's to say
        shown = " + ".join(f"{c}{unit}" for _, c in kinds if c)
        text = b.text.rstrip()
        start = max(text.rfind(c, 0, m.start()) for c in "。；;") + 1
        out.append(replace(finding(
            CODES["R-SUM"].level, "R-SUM",
            f"“{text[m.start():m.end(2)]}”与下表所列各类{'合计' if total is not None else '之和'}{summed}{unit}不符："
            f"应为{summed}{unit}（也可能是表中某类有误，请核对）。",
            bi, b, text[start:], None, f"{summed}{unit}", f"{shown} = {summed}{unit}",
        ), figure=f"{n}{unit}"))
    return out
