"""上海市松岚区 (eighth set, written sealed): what the three unit modules share — the 功能分类 names they add to
``make.NAMES``, figure formatters (the offices write 万元 with and without thousands separators, 「%」 and 「％」),
``Slip`` / ``TableSlip`` (one error: the replacement make.py puts in and its record, the correct value computed in
Decimal from the unit's figures; slips.py's, unit_sl_expected.py writes them)."""

from __future__ import annotations

from decimal import Decimal

import make
import shared
import slips

Slip, TableSlip = slips.Slip, slips.TableSlip  # the unit modules import their records from here
errors_of, table_errors_of = slips.errors_of, slips.table_errors_of

rate, wan = shared.rate, shared.wan

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


def pc(a: Decimal, b: Decimal, full: bool = False) -> str:
    """``a`` of ``b`` in per cent, two decimals, with 「%」 or the full-width 「％」."""
    return f"{rate(a, b)}{'％' if full else '%'}"
