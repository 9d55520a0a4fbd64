"""上海市松岚区 (eighth set, written sealed): what the three unit modules share — the 功能分类 names they add to
``make.NAMES``, figure formatters (the offices write 万元 with and without thousands separators, 「%」 and 「％」),
``Slip`` / ``TableSlip`` (one error: the replacement make.py puts in and its record, the correct value computed in
Decimal from the unit's figures) and ``render`` (a unit's ``<id>.expected.toml``)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

import make

make.NAMES.update({
    "20138": "市场监督管理事务",
    "2013801": "行政运行",
    "2013802": "一般行政管理事务",
    "2013804": "市场主体管理",
    "2013805": "市场秩序执法",
    "2013808": "信息化建设",
    "2013810": "质量基础",
    "2013815": "质量安全监管",
    "2013816": "食品安全监管",
    "2013850": "事业运行",
    "21303": "水利",
    "2130301": "行政运行",
    "2130302": "一般行政管理事务",
    "2130305": "水利工程建设",
    "2130306": "水利工程运行与维护",
    "2130311": "水资源节约管理与保护",
    "2130314": "防汛",
    "2130399": "其他水利支出",
    "2120803": "城市建设支出",
})
Z = Decimal("0.00")
CENT = Decimal("0.01")


def wan(x: Decimal, sep: bool = True) -> str:
    """An amount as the office writes it in 万元: ``12,345.67`` or ``12345.67`` (no unit)."""
    return f"{x:,.2f}" if sep else f"{x:.2f}"


def rate(a: Decimal, b: Decimal) -> Decimal:
    return (a / b * 100).quantize(CENT, ROUND_HALF_UP)


def pc(a: Decimal, b: Decimal, full: bool = False) -> str:
    """``a`` of ``b`` in per cent, two decimals, with 「%」 or the full-width 「％」."""
    return f"{rate(a, b)}{'％' if full else '%'}"


@dataclass(frozen=True)
class Slip:
    """An error in the text: ``old`` (exactly once in the clean text) becomes ``new``; ``figure`` as written."""

    old: str
    new: str
    figure: str
    kind: str
    correct: str
    why: str
    section: str
    calc: str = ""
    context: str = ""
    also: tuple[tuple[str, str, str], ...] = ()  # (figure, correct, calc): another figure the same slip shows in


@dataclass(frozen=True)
class TableSlip:
    """An error in a table: the cell (``table``, the row whose code or label is ``row``, column ``col``)."""

    table: str
    row: str
    col: int
    value: str
    kind: str
    correct: str
    why: str
    section: str
    rows: tuple[str, ...] = ()

    @property
    def figure(self) -> str:
        return self.value


def errors_of(slips) -> list[tuple[str, str]]:
    return [(s.old, s.new) for s in slips if isinstance(s, Slip)]


def table_errors_of(slips) -> list[tuple[str, str, int, str]]:
    return [(s.table, s.row, s.col, s.value) for s in slips if isinstance(s, TableSlip)]


def _q(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def render(mod, opened: str = "") -> str:
    """``mod``'s expected file: the corpus's document schema plus ``section``."""
    f = mod.FIGURES
    out = [
        f"# {f['name']} 2024年度部门决算 (stand-in, 上海市松岚区, eighth hand): the errors put in on purpose.",
        "# Written by unit_sl_expected.py from the unit module's SLIPS; every correct value computed in Decimal.",
        f"id = {_q(f['id'])}",
        f"title = {_q(f['name'] + '2024年度部门决算（虚构样本）')}",
        f"source = {_q('invented: tests/data/review_adv/' + mod.__name__ + '.py')}",
        f"unit = {_q(f['name'])}",
        "year = 2024",
        'doc = "决算"',
        "held_out = true",
    ]
    if opened:
        out.append(f"opened = {_q(opened)}")
    out += [
        'complete = "the whole document: 目录, 第一部分, the nine tables, 第三部分 情况说明, 第四部分 名词解释"',
        "no_errors_found = false",
        f"checked = {_q(mod.CHECKED)}",
        "",
    ]
    for s in mod.SLIPS:
        out.append("[[errors]]")
        out.append(f"figure = {_q(s.figure)}")
        out.append(f"kind = {_q(s.kind)}")
        out.append(f"correct = {_q(s.correct)}")
        if getattr(s, "calc", ""):
            out.append(f"calc = {_q(s.calc)}")
        if getattr(s, "context", ""):
            out.append(f"context = {_q(s.context)}")
        if isinstance(s, TableSlip):
            out.append('where = "table"')
            out.append("rows = [" + ", ".join(_q(r) for r in (s.rows or (s.row,))) + "]")
        out.append(f"section = {_q(s.section)}")
        out.append(f"why = {_q(s.why)}")
        for figure, correct, calc in getattr(s, "also", ()):
            out += ["[[errors.also]]", f"figure = {_q(figure)}", f"correct = {_q(correct)}"]
            out += [f"calc = {_q(calc)}"] if calc else []
        out.append("")
    for figure, why in getattr(mod, "TOLERATED", []):
        out += ["[[tolerated]]", f"figure = {_q(figure)}", f"why = {_q(why)}", ""]
    return "\n".join(out)
