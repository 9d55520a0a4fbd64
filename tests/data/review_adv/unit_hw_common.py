"""上海市鹤湾区 (ninth set, written sealed): what the three units share — the 功能分类 names they add to
``make.NAMES``, a ``Unit`` that can print 公开05's 合计 row first, number formatters, and the error records
(``Slip``: a replacement in the text; ``TableSlip``: a cell of a table), each with its correct value computed in
Decimal from the unit's figures where the error has one."""

from __future__ import annotations

from decimal import Decimal

import make
import shared
import slips

Slip, TableSlip = slips.Slip, slips.TableSlip  # the unit modules import their records from here
split = slips.split

grouped, plain, q = shared.sep, shared.plain, shared.q

make.NAMES.update({
    "20113": "商贸事务",
    "2011301": "行政运行",
    "2011302": "一般行政管理事务",
    "2011308": "招商引资",
    "2011399": "其他商贸事务支出",
    "2010350": "事业运行",
    "2010399": "其他政府办公厅（室）及相关机构事务支出",
    "216": "商业服务业等支出",
    "21602": "商业流通事务",
    "2160299": "其他商业流通事务支出",
    "220": "自然资源海洋气象等支出",
    "22001": "自然资源事务",
    "2200101": "行政运行",
    "2200104": "自然资源规划及管理",
    "2200106": "自然资源利用与保护",
    "2200109": "自然资源调查与确权登记",
    "2200150": "事业运行",
    "2200199": "其他自然资源事务支出",
    "2120802": "土地开发支出",
})
NAMES = make.NAMES
Z = Decimal("0.00")
CENT = Decimal("0.01")


def rate(a: Decimal, b: Decimal, places: int = 2) -> Decimal:
    """a as a percentage of b, rounded half-up once."""
    return q(a / b * 100, places)


def pc(a: Decimal, b: Decimal, places: int = 2) -> str:
    return f"{rate(a, b, places)}%"


def yuan(x: Decimal) -> str:
    """万元 as 元, grouped: 26.85 → 268,500.00."""
    return f"{x * 10000:,.2f}"


class Unit(make.Unit):
    """make.Unit, with 公开05's 合计 row printed first where ``FIGURES['totals_first']`` says so."""

    def tables(self) -> dict:
        tables = super().tables()
        if self.raw.get("totals_first"):
            rows = tables["公开05"]["rows"]
            rows.insert(0, rows.pop())
        return tables

