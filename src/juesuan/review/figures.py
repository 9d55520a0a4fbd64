"""Figures in running text: every amount (元/万元/亿元) and percentage, with what it says it is.

A figure is read exactly (``Decimal``) together with how it was written, so that a
malformed figure ("54,7,774.03", "442，400.00", "78.84%%", "225,976.861") is both used at
its evident value and reported. Pure standard library.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

# a number as people type it: digits with "," or "，" separators, optional decimals
_NUMBER = re.compile(
    # ("1, 537.4万元": a stored page's space after the thousands comma, before an amount's unit, is one number)
    r"(?<![\d.])(?P<sign>[-－])?(?P<body>\d{1,3}, (?=\d{3}(?:\.\d|\s*(?:亿元|万元|元)))\d{3}(?:\.\d+)?"
    r"|\d(?:[\d,，]*\d)?(?:\.\d+)?)(?P<unit>\s*(?:亿元|億元|万元|萬元|元|%%|%|％|万(?=[。\s]*$|[（(，,。；;）)、])))?"
)
_GOOD_GROUPING = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
MAX_DIGITS = 15  # integer digits of the largest amount read (Excel's precision)
# amount units and what one of them is in 元
MONEY_UNITS = {"元": Decimal(1), "万元": Decimal(10000), "亿元": Decimal(100000000)}
CJK_DIGITS = str.maketrans("０１２３４５６７８９．", "0123456789.")


@dataclass(frozen=True)
class Figure:
    """One figure as written: its value, unit ("元", "万元", "亿元", "%" or "" when none is given)."""

    value: Decimal
    unit: str
    raw: str
    start: int
    end: int
    decimals: int
    problems: tuple[tuple[str, str], ...] = ()  # (code, corrected text)

    @property
    def is_percent(self) -> bool:
        return self.unit == "%"

    @property
    def is_money(self) -> bool:
        return self.unit in MONEY_UNITS

    @property
    def half(self) -> Decimal:
        """Half of the last shown digit: the display rounding this figure may carry."""
        return Decimal(5).scaleb(-self.decimals - 1)

    def yuan(self) -> Decimal:
        return self.value * MONEY_UNITS.get(self.unit, 1)

    def half_yuan(self) -> Decimal:
        return self.half * MONEY_UNITS.get(self.unit, 1)


def _grouping_ok(body: str) -> bool:
    integer = body.split(".")[0]
    if "," not in integer:
        return True
    return bool(_GOOD_GROUPING.match(body))


def find_figures(text: str, *, bare_money: bool = False) -> list[Figure]:
    """Every amount and percentage in ``text``.

    Numbers without a unit are taken only when ``bare_money`` (table cells) or when they
    look like money (two decimals or digit groups) inside parentheses.
    """
    text = text.translate(CJK_DIGITS)
    out: list[Figure] = []
    for m in _NUMBER.finditer(text):
        body, unit_raw = m.group("body"), (m.group("unit") or "")
        unit = unit_raw.strip()
        # a full-width comma ends the number unless three digits follow and the number goes on
        if "，" in body:
            parts = re.split(r"(，)", body)
            keep = parts[0]
            for i in range(1, len(parts), 2):
                nxt = parts[i + 1]
                if re.match(r"^\d{3}(?:[,.]|$)", nxt) and (unit or "." in nxt or "," in nxt):
                    keep += "，" + nxt
                else:
                    break
            if keep != body:
                body, unit_raw, unit = keep, "", ""
        if body.endswith((",", "，")):
            body = body.rstrip(",，")
        end = m.start("body") + len(body) + len(unit_raw)
        after = text[end : end + 1]
        if not unit:
            if text[m.start() - 1 : m.start()] in _JOINED or (after in _JOINED and after):
                continue  # a clock time, phone number, date or range: "8:00-11:30,13:30"
            if "," in body and "." not in body and not _grouping_ok(body):
                continue  # "30,13": two numbers of a list (the stored pages' "," for "、"), not one amount
            looks_money = ("." in body and len(body.split(".")[1]) == 2) or "," in body
            if after in "年月日号个名项件次人辆台套批期" and after:
                continue
            if not (bare_money or (looks_money and _in_parens(text, m.start()))):
                continue
        # "增收4,376万" ending a text cut short (a page window, a line lost): the 元 is what is cut; 「0.52万（含
        # 外宾接待支出0万元）」 as the official 2024 template writes an amount in 万元 (rules.wording: R-UNIT-MISSING
        # when unsure)
        if unit == "万" and not re.search(r"[,.]", body):
            continue  # "达5万。": a count, not an amount whose 元 was cut
        unit_norm = "%" if unit in ("%%", "％") else {"萬元": "万元", "億元": "亿元", "万": "万元"}.get(unit, unit)
        clean = body.replace(",", "").replace("，", "").replace(" ", "")
        if len(clean.split(".")[0]) > MAX_DIGITS or len(clean) > MAX_DIGITS + 8:
            continue  # no amount has that many digits (see reading.rule_reading)
        try:
            value = Decimal(clean)
        except InvalidOperation:
            continue
        if m.group("sign"):
            value = -value
        decimals = len(clean.split(".")[1]) if "." in clean else 0
        problems: list[tuple[str, str]] = []
        shown = _display(value, decimals, unit_norm)
        if "，" in body or "％" in unit:
            problems.append(("R-FORMAT-WIDTH", shown))
        if not _grouping_ok(body.replace("，", ",").replace(", ", ",")):  # "1, 537.4": a page's space, kept
            problems.append(("R-FORMAT-GROUP", shown))
        if unit == "%%":
            problems.append(("R-FORMAT-PERCENT", shown))
        # 元 to the 分 at most; 万元 may be exact to the 元 ("0.498万元" is 4,980元) or to the 分 ("5915.867653万元",
        # a 采购 sum in 元 converted whole); 亿元 likewise: any other precision is a slip
        if ((unit_norm in ("元", "") and decimals > 2) or (unit_norm == "万元" and decimals not in (0, 1, 2, 3, 4, 6))
                or (unit_norm == "亿元" and decimals > 8 and decimals != 10)):
            problems.append(("R-FORMAT-DECIMALS", _display(value, 2, unit_norm)))
        out.append(Figure(value, unit_norm, text[m.start() : end], m.start(), end, decimals, tuple(problems)))
    return _whole_amounts(out)


def _whole_amounts(figs: list[Figure]) -> list[Figure]:
    """A whole amount beside amounts of the same unit written to the 分 ("预算为1万元，支出决算为
    0.53万元") is a whole number written without its zeros (a budget set in whole 万元), not one
    rounded to the 万: it carries the others' precision."""
    for unit in ("万元", "元"):  # a whole 亿元 is a rounded one (no budget is set in whole 亿元)
        shown = [f.decimals for f in figs if f.unit == unit and f.decimals > 0]
        if shown:
            d = max(shown)
            figs = [replace(f, decimals=d) if f.unit == unit and f.decimals == 0 else f for f in figs]
    return figs


_JOINED = set(":：-－/／")


def _in_parens(text: str, pos: int) -> bool:
    before = text[:pos]
    return before.rfind("（") > before.rfind("）") or before.rfind("(") > before.rfind(")")


def _display(value: Decimal, decimals: int, unit: str) -> str:
    from ..core.fmt import round2

    if decimals >= 2 or unit != "%":
        number = f"{round2(value):,.2f}" if decimals >= 2 else f"{value:,}"
    else:
        number = f"{value:,}"
    return number + unit


_STATED = re.compile(r"(-?\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元|%)?")


def in_yuan(stated: str, unit: str = "") -> Decimal | None:
    """The first figure of ``stated`` (a finding's figure or 应为: 「1,600.00万元」, 「减少0.97万元」, a bare cell
    「16,000,000.00」) as an amount in 元: by its own unit, a bare one by ``unit`` (its table's), as written when
    neither is known; a percentage as written. None when there is no figure."""
    m = _STATED.search(stated.replace("，", ","))
    if m is None:
        return None
    try:
        value = Decimal(m.group(1).replace(",", ""))
    except InvalidOperation:
        return None
    return value * MONEY_UNITS.get(m.group(2) or unit, Decimal(1))


def stated_unit(stated: str) -> str:
    """The money unit the first figure of ``stated`` is written with (「1,250.00万元」 → 万元; "" for a bare one)."""
    m = _STATED.search(stated.replace("，", ","))
    return (m.group(2) or "") if m is not None else ""


def usual_unit(texts: list[str]) -> str:
    """The unit most amounts of ``texts`` are written in (「元」 for a text that states its amounts in 元, else
    「万元」)."""
    counts = {"元": 0, "万元": 0}
    for text in texts:
        for f in find_figures(text):
            if f.unit in counts:
                counts[f.unit] += 1
    return "元" if counts["元"] > counts["万元"] else "万元"


# --- a 元 text whose amounts are 万元 × 10,000 ------------------------------------------------------------------

# on while a text is reviewed whose every 元 amount is a whole 100 元 (a 万元 figure of two decimals or fewer, written
# in 元): such an amount carries the 万元 figure's rounding, not a 元 one's
_WAN_GRAIN: ContextVar[bool] = ContextVar("wan_grain", default=False)
_HUNDRED, _THOUSAND, _WAN = Decimal(100), Decimal(1000), Decimal(10000)


def yuan_of_wan(texts: Iterable[str], least: int = 5) -> bool:
    """Whether the 元 amounts of ``texts`` (at least ``least`` of them, zeros aside) are all whole hundreds of 元, and
    some not whole 万元: 「29,000.00元」「48,311,900.00元」 — a 万元 text turned into 元 (「2.9万元」「4,831.19万元」).
    Amounts all of whole 万元 (「100,000.00元」 six times) show no 万元 decimals: nothing says they were rounded."""
    amounts = [f.value for t in texts for f in find_figures(t) if f.unit == "元" and f.value]
    return (len(amounts) >= least and all(v % _HUNDRED == 0 for v in amounts)
            and any(v % _WAN for v in amounts))


@contextmanager
def wan_grain(on: bool) -> Iterator[None]:
    """Review with 元 amounts read as 万元 figures (``yuan_rounding``) while ``on``."""
    token = _WAN_GRAIN.set(on)
    try:
        yield
    finally:
        _WAN_GRAIN.reset(token)


def yuan_rounding(f: Figure) -> Decimal:
    """The rounding a 元 amount of two decimals or fewer carries: none — or, in a 万元 text written in 元
    (``wan_grain``), half of the 万元 digit its zeros leave (29,000.00元 is 2.9万元: ±500元; 48,311,900.00元 is
    4,831.19万元: ±50元)."""
    if not _WAN_GRAIN.get() or f.unit != "元" or not f.value or f.value % _HUNDRED:
        return Decimal(0)
    return (_THOUSAND if f.value % _THOUSAND == 0 else _HUNDRED) / 2
