"""Which figure a sum that does not add up blames: the total, one of its parts, or — when the document
cannot tell — neither by name.

A sum that does not add up (R-SUM) says only that the total and its parts disagree. The part is the
wrong one when a correction of it is supported by something else: another check on that very figure
names the corrected value, another check that computed with it holds once it is corrected, or the
same subject elsewhere states the corrected value (the last only where the total is confirmed). A
total the document confirms (the same subject's amount in another section, a sum elsewhere that
checks with it, a rate written with it) with no part to blame gets no 应为: 「总数或某项有误」."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from ..core.codes import CODES
from ..core.findings import Level
from .arith import holds, recomputed, turned
from .base import HUNDRED, ReviewFinding, show
from .extract import Block
from .figures import MONEY_UNITS, Figure, find_figures
from .places import named
from .sentences import sentence_at

# a term of a sum's arithmetic: "1,293.60万元", "− 20.06万元", "+ 0.04万元"
_TERM = re.compile(r"([+−-])?\s*(\d[\d,]*(?:\.\d+)?)(万元|亿元|元)?")
_SIGNS = ("−", "-")
_NUMBERS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def amount(text: str) -> str:
    m = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    return m.group(0).replace(",", "") if m else ""


def value(text: str) -> Decimal | None:
    try:
        return Decimal(amount(text)) if amount(text) else None
    except InvalidOperation:
        return None


def _terms(why: str) -> list[Decimal] | None:
    """The signed terms of a sum's arithmetic ("a + b − c = s"); None for anything else."""
    left = why.split(" = ")[0] if " = " in why else ""
    if not left or re.search(r"[÷×（(；]", left):
        return None
    terms = [Decimal(m.group(2).replace(",", "")) * (-1 if m.group(1) in _SIGNS else 1) for m in _TERM.finditer(left)]
    return terms if len(terms) >= 2 else None


def figures_of(blocks: list[Block]) -> list[tuple[int, Figure]]:
    """Every amount of the document's paragraphs and tables, with its block."""
    out: list[tuple[int, Figure]] = []
    for bi, b in enumerate(blocks):
        texts = [c for row in b.rows for c in row] if b.is_table else [b.text]
        for t in texts:
            out.extend((bi, g) for g in find_figures(t, bare_money=b.is_table) if not g.is_percent)
    return out


def _own_span(f: ReviewFinding, blocks: list[Block]) -> tuple[int, int]:
    here = blocks[f.block].text if 0 <= f.block < len(blocks) else ""
    start = here.find(f.quote) if f.quote else -1
    return start, start + len(f.quote)


def _by_rate(f: ReviewFinding, total: Figure, amounts, instead: Decimal | None = None) -> str:
    """A rate written after ``total`` that it and another stated amount make (a 完成率 of a 预算, an 增减率
    of a 上年 or 本年 figure); with ``instead`` (元), only a rate that the same amount and ``instead`` in the
    total's place do not make: the rate tells the written total from the sum of its parts."""
    at = f.quote.find(total.raw)
    rest = f.quote[at + len(total.raw):] if at >= 0 else ""
    rate = next((g for g in find_figures(re.split(r"[；;。]", rest)[0]) if g.is_percent), None)
    if rate is None:
        return ""
    t, half = total.yuan(), total.half_yuan()

    def fits(t: Decimal, a: Figure, sign: int) -> bool:
        base, slack = a.yuan() + sign * t, a.half_yuan() + (half if sign else 0)
        room = rate.half + HUNDRED * (half / base + t * slack / base / base) if base > 0 else 0
        return base > 0 and abs(t / base * HUNDRED - rate.value) <= room

    for _, a in amounts:
        if not a.is_money or a.value == total.value or a.yuan() <= 0:
            continue
        for sign in (0, 1, -1):
            if fits(t, a, sign) and (instead is None or not fits(abs(instead), a, sign)):
                return f"与其后的{rate.raw}及文中的{a.raw}相符"
    return ""


def _confirmation(f: ReviewFinding, total: Figure, blocks: list[Block], amounts) -> str:
    """How the document confirms ``total`` without the list that does not add up to it: the same amount
    stated in another sentence or a table, or a rate written with it. "" when nothing does."""
    start, end = _own_span(f, blocks)
    for bi, g in amounts:
        if g.value == total.value and not (bi == f.block and start <= g.start < end):
            return f"{named(blocks[bi])}也为此数"
    return _by_rate(f, total, amounts)


def _sentence_amounts(f: ReviewFinding, total: Figure, blocks: list[Block], amounts) -> list:
    """The amounts of the clause that states ``total`` (what a rate written with it is computed from)."""
    here = blocks[f.block].text if 0 <= f.block < len(blocks) else ""
    at = here.find(total.raw, max(here.find(f.quote), 0)) if f.quote else -1
    if at < 0:
        return []
    start = max(here.rfind(x, 0, at) for x in "。；;") + 1
    end = min((k for x in "。；;" if (k := here.find(x, at)) >= 0), default=len(here))
    return [(bi, g) for bi, g in amounts if bi == f.block and start <= g.start < end]


def adds_up(figs: list[Figure], g: Figure) -> bool:
    """Whether one amount of a sentence is the sum of the others, ``g`` among them (a sum that checks)."""
    money = [x for x in figs if x.is_money and x.unit == g.unit]
    if len(money) < 3 or not any(x.start == g.start for x in money):
        return False
    for h in money:
        rest = [x for x in money if x is not h]
        room = h.half + sum((x.half for x in rest), Decimal(0))
        if h.start != g.start and abs(h.value - sum((x.value for x in rest), Decimal(0))) <= room:
            return True
    return False


def _same_subject(a: str, b: str) -> bool:
    a, b = (re.sub(r"^(?:本年度?|本单位|一般公共预算|政府性基金预算|财政拨款)+", "", x) for x in (a, b))
    short, long = sorted((a, b), key=len)
    return len(short) >= 2 and long.endswith(short)


def _strict_confirmation(f: ReviewFinding, total: Figure, blocks: list[Block]) -> str:
    """How another section confirms ``total``: the same subject's amount stated there, or a sum there that
    checks with it. "" when nothing does."""
    at = f.quote.find(total.raw)
    key = _subject(f.quote, at) if at >= 0 else ""
    start, end = _own_span(f, blocks)
    for bi, b in enumerate(blocks):
        if b.is_table:
            continue
        for s in re.finditer(r"[^。\n]+", b.text):
            if (bi == f.block and start <= s.start() < end) or s.group(0).strip() in f.quote:
                continue  # the finding's own sentences (its quote may join a paragraph to the one before)
            figs = find_figures(s.group(0))
            for g in figs:
                if not g.is_money or g.unit != total.unit or g.value != total.value:
                    continue
                where = named(blocks[bi])
                there = _subject(s.group(0), g.start)
                if _same_subject(key, there):
                    return f"{where}也为此数"
                if adds_up(figs, g) and not _other_kind(key, there):
                    return f"{where}以此数相加相符"
    return ""


def _other_kind(key: str, there: str) -> bool:
    """The total is a budget (「涉及预算金额」) and the amount elsewhere is not (「项目支出」, a 决算), or the other
    way: the same number there is no confirmation (the slip is often that very number put in the budget's place)."""
    return bool(key and there) and ("预算" in key) != ("预算" in there)


def _subject(text: str, pos: int) -> str:
    """A part's subject, the Han words of its clause before the figure less the verbs: "公务接待费"."""
    clause = re.split(r"[，,；;：:。]", text[:pos])[-1]
    words = re.sub(r"支出|决算|增加|减少|增长|下降|为|共|计|了|比.*", "", clause)
    return "".join(re.findall(r"[\u4e00-\u9fff]", words))


def _on_it(part: Figure, bi: int, v: Decimal, found: list[ReviewFinding], f: ReviewFinding) -> list[ReviewFinding]:
    """Other findings that question that very figure there and name ``v`` (the 预算 it would equal, the
    difference of two other figures)."""
    return [g for g in found if g is not f and g.block == bi and value(g.figure) == part.value
            and abs(v) in {Decimal(x.replace(",", "")) for x in _NUMBERS.findall(g.why + " " + g.expected)}]


def _settled(part: Figure, v: Decimal, found: list[ReviewFinding], f: ReviewFinding) -> list[ReviewFinding]:
    """Other findings that computed with the part's figure (a change, a rate of it elsewhere) and hold once
    it is read as ``v``: consequences of the wrong part."""
    room = part.half * 2
    out = []
    for g in found:
        if g is f or not g.figure or not g.why or value(g.figure) == part.value:
            continue
        got = recomputed(g.why, part.value, (abs(v) - room, abs(v) + room))
        fig = value(g.figure)
        if got is not None and fig is not None and holds(fig, amount(g.figure), got):
            out.append(g)
    return out


def _turned(part: Figure, bi: int, v: Decimal, found: list[ReviewFinding], f: ReviewFinding) -> list[ReviewFinding]:
    """Findings on the part's figure that hold its direction word wrong (「决算数小于年初预算数」 beside a 决算 larger
    than the 预算) by a difference that the corrected part turns round: the word was written for the right figure."""
    room = part.half * 2
    return [g for g in found if g is not f and g.code == "R-DIRECTION" and g.block == bi and g.why
            and value(g.figure) == part.value and turned(g.why, part.value, (abs(v) - room, abs(v) + room))]


def _stated_elsewhere(part: Figure, bi: int, v: Decimal, blocks: list[Block]) -> bool:
    """Whether another clause about the part's subject states ``v``."""
    key = _subject(blocks[bi].text, part.start)
    if len(key) < 2:
        return False
    return any(g.is_money and g.unit == part.unit and g.value == abs(v) and key[:4] in _subject(b.text, g.start)
               for b in blocks if not b.is_table for g in find_figures(b.text))


def parts_blamed(found: list[ReviewFinding], blocks: list[Block]) -> list[ReviewFinding]:
    """Each sum that does not add up (R-SUM) said of the figure the document shows wrong: of the one part
    whose correction by the difference something else supports (R-PART, the findings that follow from it
    folded in); else, where the total is confirmed in another section, of neither by name (no 应为)."""
    amounts = None
    out = list(found)
    for f in found:
        if f.code != "R-SUM" or f.level == Level.INFO or not f.figure or (terms := _terms(f.why)) is None:
            continue
        figs = find_figures(f.figure)
        if len(figs) != 1 or not figs[0].is_money:
            continue
        total = figs[0]
        s = sum(terms, Decimal(0))
        t = -total.value if s < 0 else total.value
        d = t - s
        if not d:
            continue
        amounts = amounts if amounts is not None else figures_of(blocks)
        confirmed, slip = _confirmation(f, total, blocks, amounts), ""
        blamed = []
        for k, p in enumerate(terms):
            v = p + d
            if not v or (v > 0) != (p > 0):
                continue
            where = _written(abs(p), total.unit, f, blocks)
            if where is None:
                continue
            bi, part = where
            # findings that support the corrected part: on the figure itself, or computed with it elsewhere
            backed = _on_it(part, bi, v, out, f) + [g for g in _settled(part, v, out, f)
                                                     if not any(g is x for x in _on_it(part, bi, v, out, f))]
            if backed or (confirmed and _stated_elsewhere(part, bi, v, blocks)):
                blamed.append((k, bi, part, v, backed))
        held = "" if blamed else _strict_confirmation(f, total, blocks) or _by_siblings(f, total, blocks, amounts)
        if held:  # a total confirmed with no part backed: the one part two swapped digits away from its share
            blamed = [(k, bi, part, v, []) for k, bi, part, v in _slipped(f, total, terms, d, blocks)]
            if len(blamed) == 1:
                confirmed, slip = held, "（二者只是两位数字颠倒）"
            elif not blamed and len(stray := _stray(f, total, terms, d, blocks)) == 1:
                blamed, confirmed, slip = [(*stray[0], [])], held, "（各项之和多出的正是此项的金额）"
        if len(blamed) != 1:
            # (not a total read with its thousands comma as a point: 「4.647万元」 for 4,647)
            if held and abs(s) != total.value * 1000:
                out = [_undecided(f, total, s, held) if g is f else g for g in out]
            elif not blamed and (rated := _by_rate(f, total, _sentence_amounts(f, total, blocks, amounts),
                                                   s * MONEY_UNITS[total.unit])):
                # a rate written with the total that the parts' sum would not make: the total may be a slip the
                # rate was not computed from, or the writer's own sum the rate was computed from — either way
                # the parts' sum is no safe 应为
                out = [_undecided(f, total, s, rated, by_rate=True) if g is f else g for g in out]
            continue
        k, bi, part, v, folded = blamed[0]
        folded = folded + [g for g in _turned(part, bi, v, out, f) if not any(g is x for x in folded)]
        out = [_blamed(f, total, terms, (k, bi, part, v, folded), t, confirmed, blocks, slip) if g is f else g
               for g in out if not any(g is x for x in folded)]
    return out


def _by_siblings(f: ReviewFinding, total: Figure, blocks: list[Block], amounts) -> str:
    """「事业收入中，医疗收入A（门诊收入a1、住院收入a2），科教收入B」: the total of the bracket and the amounts beside
    it, outside brackets, in its sentence make an amount stated in another sentence or a table (事业收入 = A + B): the
    total is confirmed by that sum. "" when they make none."""
    here = blocks[f.block].text if 0 <= f.block < len(blocks) else ""
    at = here.find(total.raw, max(here.find(f.quote), 0)) if f.quote else -1
    if at < 0:
        return ""
    start = here.rfind("。", 0, at) + 1
    end = here.find("。", at) if "。" in here[at:] else len(here)
    sentence = here[start:end]
    depth, top = 0, []
    figs = {g.start: g for g in find_figures(sentence)}
    for k, ch in enumerate(sentence):
        depth += ch in "（("
        depth -= ch in "）)" and depth > 0
        g = figs.get(k)
        if g is not None and not depth and g.is_money and g.unit == total.unit and start + g.start != at:
            top.append(g)
    if not 1 <= len(top) <= 4:
        return ""
    whole = total.value + sum((g.value for g in top), Decimal(0))
    room = total.half + sum((g.half for g in top), Decimal(0))
    for bi, g in amounts:
        if g.is_money and g.unit == total.unit and abs(g.value - whole) <= room and not (
                bi == f.block and start <= g.start < end):
            return f"与同句的{'、'.join(x.raw for x in top)}相加为{g.raw}，{named(blocks[bi])}也为此数"
    return ""


def _slipped(f: ReviewFinding, total: Figure, terms: list[Decimal], d: Decimal, blocks: list[Block]) -> list:
    """The parts whose written digits are the value that makes the sum hold with two digits beside each other swapped
    (「33,168.52」 for 33,186.52; a single digit off is too common a gap to choose a part by): (index, block, figure,
    value)."""
    from .rules.digit_slips import slip_kind
    from .rules.digit_slips import written_digits as _digits  # (the rules import this module)

    out = []
    for k, p in enumerate(terms):
        v = p + d
        if not v or (v > 0) != (p > 0) or (where := _written(abs(p), total.unit, f, blocks)) is None:
            continue
        bi, part = where
        a, b = _digits(part.yuan(), part), _digits(abs(v) * MONEY_UNITS[part.unit], part)
        if slip_kind(a, b) == "两位数字颠倒":
            out.append((k, bi, part, v))
    return out


def _stray(f: ReviewFinding, total: Figure, terms: list[Decimal], d: Decimal, blocks: list[Block]) -> list:
    """The parts the sum exceeds the confirmed total by exactly (「…政府性基金预算拨款收入0万元，…其他收入3.00万元」
    over a total the parts other than 3.00 make): an amount written on a line that is 0 — (index, block, figure, 0)."""
    out = []
    for k, p in enumerate(terms):
        if p and p + d == 0 and (where := _written(abs(p), total.unit, f, blocks)) is not None:
            out.append((k, *where, Decimal(0)))
    return out


def _undecided(f: ReviewFinding, total: Figure, s: Decimal, confirmed: str, by_rate: bool = False) -> ReviewFinding:
    """A total another section confirms (or a rate written with it agrees with), with no part shown wrong:
    which figure to correct is not known."""
    summed = _signed(s, total)
    why = (f"总数{confirmed}（比率可能就是按此总数算的），无法判断是总数还是某项有误，请核对" if by_rate
           else f"总数与他处相符（{confirmed}），更可能是某项有误，请逐项核对")
    return ReviewFinding(
        f.level, f.code,
        f"总数与所列各项之和不符：各项之和为{summed}，总数为{total.raw}，总数或某项有误；{why}（未给出应为值）。",
        quote=f.quote, place=f.place, expected="", block=f.block, figure=f.figure, why=f"{f.why}；{confirmed}",
    )


def _blamed(f: ReviewFinding, total: Figure, terms: list[Decimal], blamed, t: Decimal, confirmed: str,
            blocks: list[Block], slip: str = "") -> ReviewFinding:
    k, bi, part, v, folded = blamed
    shown = show(abs(v) * MONEY_UNITS[part.unit], part)
    others = sum((x for i, x in enumerate(terms) if i != k), Decimal(0))
    def where(g: ReviewFinding) -> str:
        return named(blocks[g.block], g.place) if 0 <= g.block < len(blocks) else g.place

    also = "".join(f"；{'同处另一条' if g.block == bi else where(g) + '的一条'}"
                   f"（{g.message.rstrip('。')}）也由此数而起，此数改正后即相符" for g in folded)
    if confirmed:
        message = (f"{part.raw}与总数不符：总数{total.raw}已由他处印证（{confirmed}），其余各项与总数相符，"
                   f"此项应为{shown}{slip}")
    else:
        message = f"{part.raw}与总数不符：此项应为{shown}，改正后各项之和即等于总数{total.raw}"
        confirmed = "另一项核对据此数改正后相符"
    return ReviewFinding(
        CODES["R-PART"].level, "R-PART", f"{message}{also}。",
        quote=sentence_at(blocks[bi].text, part.start).strip(), place=blocks[bi].place, expected=shown, block=bi,
        figure=part.raw, why=f"{_signed(t, part)} − ({_signed(others, part)}) = {_signed(v, part)}；{confirmed}",
    )


def _signed(v: Decimal, like: Figure) -> str:
    shown = show(abs(v) * MONEY_UNITS[like.unit], like)
    return f"−{shown}" if v < 0 else shown


def _written(v: Decimal, unit: str, f: ReviewFinding, blocks: list[Block]) -> tuple[int, Figure] | None:
    """Where a part of ``f``'s list is written: in its sentence after the total, else the first paragraph
    after it that states the amount."""
    here = blocks[f.block].text if 0 <= f.block < len(blocks) else ""
    start = here.find(f.quote) if f.quote else -1
    for bi in range(max(f.block, 0), len(blocks)):
        b = blocks[bi]
        if b.is_table:
            continue
        for g in find_figures(b.text):
            if g.value == v and g.unit == unit and (bi > f.block or g.start > start + f.quote.find(f.figure)):
                return bi, g
    return None


def bare_value(expected: str) -> str:
    """The figure of an 应为 without its direction word (「减少0.97万元」 → 「0.97万元」)."""
    m = re.search(r"\d[\d,]*(?:\.\d+)?\s*(?:万元|亿元|元|%)?", expected)
    return m.group(0) if m else expected
