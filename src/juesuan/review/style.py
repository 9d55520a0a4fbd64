"""应为 in the document's own number style, so that a reviewer can paste it over the figure it replaces.

A document writes its amounts one way: with thousands separators or without (「10644.55万元」), to the 分 or
in whole 万元 (「10855万元」), with a space before the unit or not (「12345.67 万元」), in 元 or in 万元. A
finding's 应为 that is a plain figure is rendered in the style of the figure it replaces; what that figure
cannot show (a separator in 「937.25」) is the document's majority. A bound (「≤937.25万元」) is said in words
(「不大于937.25万元」): a sign a reviewer cannot paste."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal
from functools import partial

from ..core.findings import Level
from .base import ReviewFinding, finding
from .extract import Block
from .figures import MONEY_UNITS, Figure, find_figures
from .sentences import sentences

# a figure written alone: sign, integer part (with or without separators), decimals, space, unit
_PLAIN = re.compile(r"(?P<sign>[-−－]?)(?P<int>\d[\d,]*)(?:\.(?P<dec>\d+))?(?P<space>\s*)(?P<unit>万元|亿元|元|%)?")
_BOUND = {"≤": "不大于", "≥": "不小于"}
# what may stand before the figure of an 应为: a bound, a direction word (「减少0.97万元」)
_HEAD = re.compile(r"[≤≥]|(?:不大于|不小于|增加|减少|增长|下降|上升|降低)")
# findings whose 应为 is the format itself (the separator, the width of a comma, the decimals): kept as stated
_FORMAT = frozenset({"R-FORMAT-GROUP", "R-FORMAT-WIDTH", "R-FORMAT-DECIMALS", "R-FORMAT-PERCENT"})
# findings whose 应为 names the unit the figure lacks: the unit is the correction, not a style
_UNIT_IS_FIX = frozenset({"R-UNIT-MISSING"})


@dataclass(frozen=True)
class Style:
    """How a figure is written: separators (None: not shown, as in 「937.25」), decimals, a space before its
    unit (None: no unit), its unit, the minus sign it types (「-」, 「－」, 「−」; "" when it has none)."""

    grouped: bool | None
    decimals: int
    spaced: bool | None
    unit: str
    minus: str = ""


def style_of(raw: str) -> Style | None:
    """The style of a figure written alone (「10664.55万元」, 「8,680.03」, 「64,800元」); None for anything else."""
    m = _PLAIN.fullmatch(raw.strip())
    if m is None:
        return None
    integer = m.group("int")
    grouped = True if "," in integer else (False if len(integer) >= 4 else None)
    unit = m.group("unit") or ""
    return Style(grouped, len(m.group("dec") or ""), bool(m.group("space")) if unit else None, unit, m.group("sign"))


# a place and unit of amounts, each with its own style: (in a table, unit) — 「1521.94万元」 in the text beside
# 「68,400元」 in the same text and 「1,521.94」 in the tables is one house style, not three slips
Unit = tuple[bool, str]


@dataclass(frozen=True)
class Spelled:
    """An amount that shows whether it groups its digits (four integer digits or more), where it stands."""

    block: int
    sentence: str
    figure: Figure
    grouped: bool


def spelled(blocks: list[Block]) -> dict[Unit, list[Spelled]]:
    """The amounts of the document that show their grouping, by place and unit: the text's by their own unit
    (万元 apart from 元), a table's by the table's unit (a bare cell, not a code: decimals or a separator)."""
    out: dict[Unit, list[Spelled]] = {}
    for i, b in enumerate(blocks):
        parts = [c for row in b.rows for c in row] if b.is_table else [s.text for s in sentences(b.text)]
        for part in parts:
            for g in find_figures(part, bare_money=b.is_table):
                s = style_of(g.raw)
                if s is None or s.grouped is None or g.is_percent:
                    continue
                if b.is_table and not (g.unit or g.decimals or "," in g.raw):
                    continue  # 「2010101」: a 科目 code
                if not b.is_table and g.unit not in MONEY_UNITS:
                    continue
                out.setdefault((b.is_table, g.unit if not b.is_table else b.unit), []).append(
                    Spelled(i, part, g, s.grouped))
    return out


@dataclass(frozen=True)
class Majority:
    """The document's usual style of amounts: separators in amounts of four integer digits or more, by place and
    unit (``by_unit``; the place's where a unit shows none), a space before the unit."""

    text_grouped: bool = True
    table_grouped: bool = True
    spaced: bool = False
    by_unit: dict[Unit, bool] = field(default_factory=dict)
    in_yuan: bool = False  # the text writes its amounts in 元 (nine in ten or more): a 万元 there is a slip
    minus: str = "−"  # the minus sign the text types before a negative figure most often (「增长-3.2%」: 「-」)

    def grouped(self, in_table: bool, unit: str) -> bool:
        return self.by_unit.get((in_table, unit), self.table_grouped if in_table else self.text_grouped)


def _usual(amounts: list[Spelled]) -> bool:
    return 2 * sum(a.grouped for a in amounts) >= len(amounts)


def majority(blocks: list[Block]) -> Majority:
    amounts = spelled(blocks)
    spaces = [0, 0]  # [spaced, not]
    units = {"元": 0, "万元": 0}
    signs: dict[str, int] = {}
    for b in blocks:
        if not b.is_table:
            for g in find_figures(b.text):
                s = style_of(g.raw)
                if s is not None and s.spaced is not None and g.unit in MONEY_UNITS:
                    spaces[0 if s.spaced else 1] += 1
                if g.unit in units and g.value:
                    units[g.unit] += 1
                if s is not None and s.minus:
                    signs[s.minus] = signs.get(s.minus, 0) + 1
    places = {side: [a for (t, _), got in amounts.items() if t == side for a in got] for side in (False, True)}
    return Majority(_usual(places[False]), _usual(places[True]), spaces[0] > spaces[1],
                    {unit: _usual(got) for unit, got in amounts.items()}, units["元"] >= max(9 * units["万元"], 5),
                    max(signs, key=lambda k: (signs[k], k == "−"), default="−"))


def render(value: Decimal, decimals: int, unit: str, grouped: bool, spaced: bool, minus: str = "−") -> str:
    """``value`` shown with ``decimals`` (rounded half-up, as everywhere at display: Decimal's own format
    would round half-even), grouped or not, ``unit`` after it (a space before it if ``spaced``), ``minus`` before
    it if it is negative (the sign the document types: 「-」 where it writes 「增长-58.72%」)."""
    shown = abs(value).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    body = f"{shown:,f}" if grouped else f"{shown:f}"
    return (minus if value < 0 else "") + body + (" " if spaced and unit else "") + unit


def _needed(value: Decimal) -> int:
    """The decimals ``value`` needs to be shown exactly."""
    exponent = value.normalize().as_tuple().exponent
    return max(-exponent, 0) if value and isinstance(exponent, int) else 0


def restyled_value(expected: str, figure: str, code: str, usual: Majority, in_table: bool, table_unit: str = "") -> str:
    """``expected`` (a plain figure, a bound 「≤…」, a change 「减少…」) in the style of ``figure``, the figure it
    replaces; the document's majority for its place and unit where that figure does not show it (``table_unit``:
    the unit of the table it stands in). Anything else as stated."""
    head = _HEAD.match(expected)
    words = head.group(0) if head else ""  # 「减少0.97万元」: the direction word before the figure stays
    written, m = style_of(expected[len(words):]), _PLAIN.fullmatch(expected[len(words):].strip())
    if written is None or m is None or code in _FORMAT:
        return expected
    words = _BOUND.get(words, words)
    value = Decimal(m.group("int").replace(",", "") + "." + (m.group("dec") or "0"))
    if m.group("sign"):
        value = -value
    unit, decimals = written.unit, written.decimals
    like = style_of(figure)
    if in_table and like is not None and not like.unit and table_unit in MONEY_UNITS:
        like = replace(like, unit=table_unit)  # a bare cell: in the unit its table's header gives
    if like is not None and not in_table and like.unit == "万元" and usual.in_yuan and code not in _UNIT_IS_FIX:
        like = replace(like, unit="元")  # a 元 text's stray 万: 应为 in 元 (「12,600.00元」 for 「12,600.00万元」)
    if like is not None and like.unit != unit and {like.unit, unit} == {"元", "万元"} and code not in _UNIT_IS_FIX:
        value = value * MONEY_UNITS[unit] / MONEY_UNITS[like.unit]  # the unit of the figure it replaces
        unit, decimals = like.unit, max(_needed(value), 2)
    # the figure's decimals where they lose nothing (「68,400.00元」 over 「64,800元」 → 「68,400元」)
    if like is not None and like.unit == unit and _needed(value) <= like.decimals <= decimals:
        decimals = like.decimals
    grouped = like.grouped if like is not None and like.grouped is not None else (
        usual.grouped(True, table_unit) if in_table else usual.grouped(False, unit))
    spaced = like.spaced if like is not None and like.spaced is not None and like.unit == unit else usual.spaced
    # the minus sign the figure it replaces types (「-50.00%」 → 「-58.72%」), else the document's usual one
    minus = like.minus if like is not None and like.minus else usual.minus
    return words + render(value, decimals, unit, grouped, spaced, minus)


_TERM = r"(?:“[^”]*”)?\d[\d,]*(?:\.\d+)?(?:万元|亿元|元)?"  # (a term labelled by its row: 「“30201”6.84万元」)
_SUM = re.compile(rf"(?P<terms>{_TERM}(?: [+−] {_TERM})+) = (?P<total>[^；]+)")


def without_zeros(why: str) -> str:
    """A 计算 line's sums without their zero terms (a table's row of 24 lines, 20 of them 「0.00万元」):
    「1,967.05万元 + 316.68万元 + 92.55万元 + 118.90万元 = 2,495.18万元」. A sum left with one term is as written."""
    def plain(m: re.Match) -> str:
        terms = re.findall(rf"(^|[+−]) ?({_TERM})", m.group("terms"))
        kept = [(sign, t) for sign, t in terms if any(ch in "123456789" for ch in re.sub(r"“[^”]*”", "", t))]
        if len(kept) < 2 or len(kept) == len(terms):
            return m.group(0)
        body = " ".join(f"{sign or '+'} {t}" for sign, t in kept)
        return (body[2:] if body.startswith("+ ") else "−" + body[2:]) + " = " + m.group("total")
    return "；".join(_SUM.sub(plain, part) if _SUM.fullmatch(part) else part for part in why.split("；"))


def verbatim(quote: str, block: Block) -> str:
    """The quote as the document has it: the 「。」 the sentence splitter closes a paragraph's last sentence
    with is not the writer's (「支出具体情况如下：」, a text cut off at 「为调整预算的」)."""
    if block.is_table or not quote.endswith("。") or quote in block.text:
        return quote
    return quote[:-1] if block.text.rstrip().endswith(quote[:-1]) else quote


# a 项-level subject named in a paragraph: 「…法院（款）一般行政管理事务（项）」
# (a short bracket inside the name is part of it: 「其他政府办公厅（室）及相关机构事务支出（项）」; 「（款）」 is not)
_ITEM = re.compile(r"((?:[^（）()，,。；;：:、\s]|[（(](?![类款项][）)])[^（）()，,。；;\d\s]{1,3}[）)]){2,40})"
                   r"[（(]项[）)]")


def item_named(f: ReviewFinding, block: Block) -> str:
    """The 项 the paragraph names last before the figure of ``f`` (before the end of its quote when it has no
    figure there) — in the quote or before it (「决算数大于预算数的主要原因：…」 under 「2、…一般行政管理事务
    （项）。」) — where the message does not name it: every 项-paragraph finding names its 项; "" otherwise."""
    at = block.text.find(f.quote) if f.quote and not block.is_table else -1
    if at < 0:
        return ""
    end = at + (f.quote.find(f.figure) if f.figure and f.figure in f.quote else len(f.quote))
    if re.search(r"[（(][类款][）)]$", f.figure) and f.figure in f.quote:
        # the figure is a 类/款 name: its 项 is the one its chain goes on to name (in a paragraph of 项 joined by
        # 「；」, the 项 before it is the clause before's)
        chain = _CHAIN.match(block.text, end + len(f.figure))
        if chain and chain.group(1):
            return f"{chain.group(1)}（项）" if chain.group(1) not in f.message else ""
    # the name without the paragraph's numbering: 「2.统计抽样调查（项）」 → 统计抽样调查
    named = [(m.start(), re.sub(r"^[\d０-９]+[.．]", "", m.group(1)), "项") for m in _ITEM.finditer(block.text, 0, end)]
    # a 项 named by its code: 「（2013804）市场主体管理：…」 → 市场主体管理（2013804）
    named += [(m.start(), m.group(3), m.group(1) or m.group(2)) for m in _CODED_ITEM.finditer(block.text, 0, end)]
    if not named:
        return ""
    _, name, mark = max(named)
    return f"{name}（{mark}）" if name and name not in f.message else ""


# what follows a 类/款 name in its chain, up to the 项's name: 「（款）」-ended names, then 「X（项）」
_CHAIN = re.compile(r"(?:[^（）()，,。；;：:、\s]{2,40}[（(]款[）)])?([^（）()，,。；;：:、\s]{2,40})[（(]项[）)]")
_CODED_ITEM = re.compile(r"(?:[（(](\d{7})[）)]|(?<![\d.,])(\d{7}))\s*([^（）()，,。；;：:、\s\d]{2,40})"
                         r"(?=\s*[：:。，,]|\s*主要用于)")


def named_bound(expected: str, message: str) -> str:
    """A bound with the name the message gives its figure: 「不大于937.25万元」 beside 「…大于政府采购金额937.25万元」
    → 「不大于政府采购金额937.25万元」; as it is where the message names none."""
    words, figure = expected[:3], expected[3:]
    m = re.search(rf"(?:大于|小于|超过|高于|低于)([^\d，,。；;：:、“”]{{2,24}}?){re.escape(figure)}", message)
    return f"{words}{m.group(1)}{figure}" if m else expected


_BARE_END = re.compile(r"为(\d[\d,]*(?:\.\d+)?)$")


def with_unit(why: str, expected: str) -> str:
    """A 计算 that ends on a table cell as printed (「…决算表合计行本年支出为2,350.00」) with the unit of the
    应为 it gives — only where the two are the same number (a table in 元 beside a text in 万元 is not)."""
    m, e = _BARE_END.search(why), _PLAIN.fullmatch(expected)
    if m is None or e is None or not e.group("unit") or e.group("sign"):
        return why
    stated = Decimal(e.group("int").replace(",", "") + "." + (e.group("dec") or "0"))
    return why + e.group("unit") if Decimal(m.group(1).replace(",", "")) == stated else why


# a term of a 计算 line: an amount (its decimals or separators tell it from a year, a code, a page, a count) with
# its unit; a bare one ends where no word follows it (「为1244.96 − 146.51」, not 「2024年度」, 「第17页」, 「3个」)
_CALC_TERM = re.compile(r"(?<![\d.,A-Za-z_])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)"
                        r"(?:(?P<space>\s*)(?P<unit>万元|亿元|元|%|％)|(?![\d.,\w（(]))")


def _terms_unit(step: str, in_table: str, table_units: set[str]) -> str:
    """The unit a bare amount of one 计算 step is in: the one money unit its other terms state, else the unit of the
    table the finding stands in, else — where the step quotes a table — the one unit of the document's tables."""
    units = {m.group("unit") for m in _CALC_TERM.finditer(step) if m.group("unit") in MONEY_UNITS}
    if len(units) == 1:
        return units.pop()
    if units:
        return ""
    if in_table:
        return in_table
    return next(iter(table_units)) if "表" in step and len(table_units) == 1 else ""


@dataclass(frozen=True)
class Amounts:
    """A document's amounts as a 计算 line may quote them: the text's as written (by value and unit; each paragraph's
    own apart, then the document's first), the tables' as printed, the tables' units — read once per document."""

    written: dict[int, dict[tuple[Decimal, str], str]]
    anywhere: dict[tuple[Decimal, str], str]
    printed: frozenset[tuple[Decimal, str]]
    table_units: frozenset[str]


def amounts(blocks: list[Block]) -> Amounts:
    written: dict[int, dict[tuple[Decimal, str], str]] = {}
    anywhere: dict[tuple[Decimal, str], str] = {}
    for i, x in enumerate(blocks):
        if x.is_table:
            continue
        for g in find_figures(x.text):
            if g.unit in MONEY_UNITS and style_of(g.raw) is not None:  # (not a malformed 「442，400.00元」)
                written.setdefault(i, {}).setdefault((g.value, g.unit), g.raw.strip())
                anywhere.setdefault((g.value, g.unit), g.raw.strip())
    printed = frozenset((g.value, x.unit) for x in blocks if x.is_table and x.unit in MONEY_UNITS
                        for row in x.rows for c in row for g in find_figures(c, bare_money=True))
    units = frozenset(x.unit for x in blocks if x.is_table and x.unit in MONEY_UNITS)
    return Amounts(written, anywhere, printed, units)


def calc_line(why: str, f: ReviewFinding, blocks: list[Block], usual: Majority, known: Amounts | None = None) -> str:
    """A 计算 line a reviewer can check: one equals sign (「 = 」); every amount with its unit; an amount the finding's
    document writes, as it writes it (「1244.96万元」), its own paragraph's first; in a step about a table, the
    table's as the tables print it (「8,002.54万元」); a result, in the document's style — grouping of its place and
    unit, the decimals of the figure it replaces where they lose nothing (「68,400元」 beside 「64,800元」)."""
    why = re.sub(r"\s*＝\s*", " = ", why)  # (rules write 「 = 」; a converted unit was written 「＝」)
    known = known or amounts(blocks)
    b = blocks[f.block] if 0 <= f.block < len(blocks) else None
    in_table = b.unit if b is not None and b.is_table and b.unit in MONEY_UNITS else ""
    own = known.written.get(f.block, {})
    like = style_of(f.figure)

    def term(m: re.Match, unit: str, quotes_table: bool) -> str:
        got = m.group("unit") or unit
        if got not in MONEY_UNITS:
            return m.group(0)
        number = m.group("num")
        value = Decimal(number.replace(",", ""))
        decimals = len(number.split(".")[1]) if "." in number else 0
        key = (value, got)
        text = own.get(key) or known.anywhere.get(key)
        if text and not (quotes_table and key in known.printed):
            return text
        if key in known.printed or (quotes_table and b is not None and b.is_table):
            return render(value, decimals, got, usual.grouped(True, got), False)
        if like is not None and like.unit == got and _needed(value) <= like.decimals < decimals:
            decimals = like.decimals
        return render(value, decimals, got, usual.grouped(False, got), usual.spaced)

    steps = []
    for step in why.split("；"):
        unit = _terms_unit(step, in_table, set(known.table_units))
        # a step about a table (the finding's own, or one it names) unless it quotes the text (「正文：…」)
        table = ("表" in step or in_table != "" or (b is not None and b.is_table)) and "正文" not in step
        steps.append(_CALC_TERM.sub(partial(term, unit=unit, quotes_table=table), step))
    return "；".join(steps)


def as_the_document_writes(f: ReviewFinding, known: Amounts, usual: Majority | None = None) -> str:
    """``f``'s message with each amount the document writes (its own paragraph's first) as it writes it — its
    separators and spaces, the same decimals (「1244.96万元」, not 「1,244.96万元」); one it does not write nor its
    tables print (a computed base) in the text's style (``usual``; None: as stated, a table's finding); its 应为 as
    the 应为 line states it."""
    own = known.written.get(f.block, {})
    keep = _bare(f.expected)

    def term(m: re.Match) -> str:
        number, unit = m.group("num"), m.group("unit")
        if unit not in MONEY_UNITS or _bare(m.group(0)) == keep:
            return m.group(0)
        key = (Decimal(number.replace(",", "")), unit)
        text = own.get(key) or known.anywhere.get(key)
        decimals = len(number.split(".")[1]) if "." in number else 0
        same = text is not None and len(text.split(".")[1].rstrip(unit + " ") if "." in text else "") == decimals
        if text is not None:
            return text if same else m.group(0)
        if key in known.printed or usual is None:  # a table's amount: as the tables print it
            return m.group(0)
        return render(key[0], decimals, unit, usual.grouped(False, unit), usual.spaced)  # computed: the text's style

    return _CALC_TERM.sub(term, f.message)


def _bare(text: str) -> str:
    return re.sub(r"[\s,]", "", text)


def as_cell(expected: str, figure: str, table_unit: str) -> str:
    """The 应为 of a bare table cell as the cell is written, without the unit its table's header gives
    (「1,600.00万元」 → 「1,600.00」: what can be typed into the cell); anything else as it is."""
    like, m = style_of(figure), _PLAIN.fullmatch(expected)
    if like is None or like.unit or m is None or m.group("unit") not in MONEY_UNITS:
        return expected
    if table_unit and m.group("unit") != table_unit:
        return expected  # a figure in another unit than the table's: its unit says which
    return expected[: m.start("space")]


# one unsigned term in brackets after an operator: 「− (0.06万元)」 (a signed one keeps them: 「− (−0.65万元)」)
_BRACKETED = re.compile(r"([−+]) \((\d[\d,]*(?:\.\d+)?(?:万元|亿元|元|%|个)?)\)")


def plain_signs(why: str) -> str:
    """A 计算 with an unsigned bracketed term said without its bracket: 「−0.50万元 − (0.06万元)」 →
    「−0.50万元 − 0.06万元」; a negative term keeps its bracket (「20.00万元 − (−10.00万元)」)."""
    return _BRACKETED.sub(r"\1 \2", why)


_ENDS_PERCENT = re.compile(r"= (-?\d[\d,]*\.(\d+))%$")


def rounded_as_written(why: str, expected: str) -> str:
    """A 计算 whose result has more decimals than the 应为 the document's precision gives (「= 4.09%」 for 「4.1%」)
    says the rounding, so that the two figures a reviewer sees agree: 「= 4.09%，保留一位小数为4.1%」."""
    m, e = _ENDS_PERCENT.search(why), re.fullmatch(r"-?\d[\d,]*(?:\.(\d+))?%", expected)
    if m is None or e is None or len(e.group(1) or "") >= len(m.group(2)):
        return why
    places = len(e.group(1) or "")
    value = Decimal(m.group(1).replace(",", "")).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    if f"{value}%" != expected.replace(",", ""):
        return why
    return f"{why}，保留{'一位小数' if places == 1 else '整数' if places == 0 else f'{places}位小数'}为{expected}"


def restyled(found: list[ReviewFinding], blocks: list[Block]) -> list[ReviewFinding]:
    """Each finding with its 应为 — and that 应为 where its message states it — in the document's number style
    (a table cell's 应为 without its unit),
    its 计算 without zero terms and with its terms' units (calc_line), its 原文 verbatim, its 项 named where the
    sentence it quotes does not."""
    usual, known = majority(blocks), amounts(blocks)
    out = []
    for f in found:
        if 0 <= f.block < len(blocks) and (quote := verbatim(f.quote, blocks[f.block])) != f.quote:
            f = replace(f, quote=quote)
        if 0 <= f.block < len(blocks) and (item := item_named(f, blocks[f.block])):
            f = replace(f, message=f"{item}：{f.message}")  # the subject a reviewer looks for
        if f.why and (why := calc_line(with_unit(without_zeros(f.why), f.expected), f, blocks, usual, known)) != f.why:
            f = replace(f, why=why)
        f = replace(f, why=plain_signs(rounded_as_written(f.why, f.expected)))
        in_table = 0 <= f.block < len(blocks) and blocks[f.block].is_table
        table_unit = blocks[f.block].unit if in_table else ""
        new = restyled_value(f.expected, f.figure, f.code, usual, in_table, table_unit) if f.expected else ""
        if new and new != f.expected:
            # the message states the 应为's figure as the 应为 line does
            was, now = (x[len(m.group(0)):] if (m := _HEAD.match(x)) else x for x in (f.expected, new))
            # (a whole number only: 「0.00%」 inside 「10.00%」 is another figure)
            f = replace(f, expected=new, message=re.sub(rf"(?<![\d.,]){re.escape(was)}(?!\d)", now, f.message))
        if (message := as_the_document_writes(f, known, None if in_table else usual)) != f.message:
            f = replace(f, message=message)
        if f.expected.startswith(tuple(_BOUND.values())):
            f = replace(f, expected=named_bound(f.expected, f.message))
        if in_table and (cell := as_cell(f.expected, f.figure, table_unit)) != f.expected:
            f = replace(f, expected=cell)
        out.append(f)
    return out


def _where(unit: Unit) -> str:
    in_table, name = unit
    return ("表格中" if in_table else "正文中") + "{n}处" + (name if name else "") + "金额"


def with_format_note(found: list[ReviewFinding], blocks: list[Block],
                     rows: dict[tuple[int, str], ReviewFinding] | None = None) -> list[ReviewFinding]:
    """The findings with at most one 提示 on the document's separators: the amounts that leave out the thousands
    separator that three in four amounts of their place and unit use, listed in one finding (a document that writes its
    万元 bare and its 元 grouped is consistent: no note). No format 提示 on a figure that carries an 错误 or 警告:
    its 应为 is that finding's. One cell, one finding: a table cell in a row another finding names and quotes
    (``rows``: (block, cell text) → that finding) is said in that finding (「本行的2002.80也未用千位分隔符：应为
    2,002.80」), not in a 提示 of its own."""
    rows = rows or {}
    alarmed = {(f.block, f.figure.strip()) for f in found if f.level != Level.INFO and f.figure}
    said_in: dict[int, list[str]] = {}  # id of a row's finding: the format slips of its cells it says
    kept = []
    for f in found:
        cell = (f.block, f.figure.strip())
        if f.level == Level.INFO and f.code in _FORMAT and (cell in alarmed or (cell in rows and rows[cell] is not f)):
            if cell not in alarmed and f.expected:
                said_in.setdefault(id(rows[cell]), []).append(f"{f.figure.strip()}{_slip(f.code)}：应为{f.expected}")
            continue
        kept.append(f)
    said, first = [], None
    for unit, amounts in spelled(blocks).items():
        if not _usual(amounts):
            continue
        bare = [a for a in amounts if not a.grouped]
        left = [a for a in bare if (a.block, a.figure.raw.strip()) not in alarmed]
        if not left or 4 * len(bare) > len(amounts):
            continue  # a style is the unit's where three in four of its amounts keep it: 2 of 5 bare is a mix
        for a in [a for a in left if (a.block, a.figure.raw.strip()) in rows]:
            g, like = a.figure, style_of(a.figure.raw)
            fixed = render(g.value, g.decimals, g.unit, True, bool(like and like.spaced))
            said_in.setdefault(id(rows[(a.block, g.raw.strip())]), []).append(f"{g.raw}也未用千位分隔符：应为{fixed}")
        left = [a for a in left if (a.block, a.figure.raw.strip()) not in rows]
        if not left:
            continue
        first = first or left[0]
        raws = list(dict.fromkeys(a.figure.raw for a in left))  # each as written once: 「6930.00万元」 said thrice
        shown = "、".join(raws[:3]) + ("等" if len(raws) > 3 else "")
        rest = len(amounts) - len(bare)
        said.append(f"{_where(unit).format(n=len(left))}未用千位分隔符（如{shown}），其余{rest}处用了")
    found = [replace(f, message=f"{f.message.rstrip('。')}；本行的{'；'.join(dict.fromkeys(said_in[id(f)]))}。")
             if id(f) in said_in else f for f in kept]
    if first is None:
        return found
    g, b = first.figure, blocks[first.block]
    like = style_of(g.raw)
    fixed = render(g.value, g.decimals, g.unit, True, bool(like and like.spaced))
    note = finding(Level.INFO, "R-FORMAT-GROUP", "千位分隔符前后不一致：" + "；".join(said) + "。", first.block, b,
                   first.sentence, g, fixed)
    at = next((k for k, f in enumerate(found) if f.block > first.block), len(found))
    return [*found[:at], note, *found[at:]]


def _slip(code: str) -> str:
    """What a format finding says of its figure, in a row finding's words."""
    return {"R-FORMAT-GROUP": "的千位分隔符错位", "R-FORMAT-WIDTH": "混用了全角字符",
            "R-FORMAT-DECIMALS": "超过两位小数", "R-FORMAT-PERCENT": "的百分号重复"}.get(code, "的写法有误")
