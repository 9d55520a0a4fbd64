"""Shared by the thirteenth hand's 上海市濠泾区 (unit_hj_*): the 功能分类 names the units add to ``make.NAMES``, a
``Unit`` whose figures are kept in 元 (to the 分, as the 决算 ledger holds them) and whose nine tables print 万元, each
cell rounded on its own from its 元 amount (so a 合计 may differ from its rows' sum by a 分 of 万元, as the offices'
tables do), the figure formatters of the district's texts (every amount in 元 with separators), and ``Slip`` /
``TableSlip``: one error put in, with its correct value computed in Decimal from the figures."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from typing import ClassVar

import make
import shared
import slips

Slip, TableSlip = slips.SectionSlip, slips.SectionTableSlip  # the unit modules import their records from here
errors_of, table_errors_of = slips.errors_of, slips.table_errors_of

bare = shared.sep

Z = Decimal("0.00")
CENT = Decimal("0.01")
TEN_THOUSAND = Decimal(10000)

make.NAMES.update({
    "2010302": "一般行政管理事务",
    "2010308": "信访事务",
    "2081005": "社会福利事业单位",
    "2081006": "养老服务",
})


def yuan(x: Decimal) -> str:
    """「1,234,567.89元」: the district's way of writing every amount in its texts."""
    return f"{x:,.2f}元"


def wan(x: Decimal) -> Decimal:
    """An amount in 元 as its table cell shows it, in 万元 (rounded half-up to the 分 of 万元)."""
    return (x / TEN_THOUSAND).quantize(CENT, ROUND_HALF_UP)


def pc(a: Decimal, b: Decimal, places: int = 2) -> str:
    """a as a percentage of b, rounded half-up once (「96.13%」)."""
    q = Decimal(1).scaleb(-places)
    return f"{(a / b * 100).quantize(q, ROUND_HALF_UP)}%"


def rate(a: Decimal, b: Decimal, places: int = 2) -> Decimal:
    q = Decimal(1).scaleb(-places)
    return (a / b * 100).quantize(q, ROUND_HALF_UP)


_CELL = re.compile(r"^-?[\d,]+\.\d{2}$")


class Unit(make.Unit):
    """make.Unit with figures in 元: the tables computed in 元, then each amount cell printed in 万元."""

    NOTES: ClassVar[dict[str, list[str]]] = {}

    def tables(self) -> dict:
        tables = super().tables()
        for key, t in tables.items():
            t["rows"] = [[self._wan(c) for c in r] for r in t["rows"]]
            if key in self.NOTES:
                t["notes"] = [n.format(name=self.name) for n in self.NOTES[key]]
        return tables

    @staticmethod
    def _wan(c: str) -> str:
        if not _CELL.match(c):
            return c
        return make.cell(wan(Decimal(c.replace(",", ""))))


def versus(now: Decimal, before: Decimal, *, word: str = "同比") -> str:
    """「同比增长1,234.56元，增长率为3.21%」 / 「同比减少…，降幅为…%」 / 「与上年持平」."""
    diff = now - before
    if diff == 0:
        return "与上年持平"
    if diff > 0:
        return f"{word}增长{yuan(diff)}，增长率为{pc(diff, before)}"
    return f"{word}减少{yuan(-diff)}，降幅为{pc(-diff, before)}"


def against_budget(actual: Decimal, budget: Decimal) -> str:
    """「与年初预算相比增加…元，预算执行率为…%」 (no rate where the 年初预算 is 0)."""
    diff = actual - budget
    if budget == 0:
        return f"年初未安排预算，年中追加{yuan(actual)}"
    if diff == 0:
        return "与年初预算持平，预算执行率为100.00%"
    return f"与年初预算相比{'增加' if diff > 0 else '减少'}{yuan(abs(diff))}，预算执行率为{pc(actual, budget)}"
