"""Shared by the twenty-sixth hand's 上海市竹屿区 (unit_zy_*): the 功能分类 names the units add to ``make.NAMES``, the
figure formatters of the three offices' texts, and the records of one error put in (``Slip`` / ``TableSlip`` of the
thirteenth hand, ``Tolerated`` of the twenty-second), each correct value computed in Decimal from the figures."""

from __future__ import annotations

from decimal import Decimal

import make
import shared
from unit_ct_common import Tolerated
from unit_hj_common import Slip, TableSlip, errors_of, table_errors_of

Unit, plain, grouped, rate = shared.Unit, shared.plain, shared.sep, shared.rate
pc = shared.rate_str

__all__ = ["Slip", "TableSlip", "Tolerated", "Unit", "Z", "budget_total", "errors_of", "grouped", "pc", "plain",
           "rate", "table_errors_of"]

Z = Decimal("0.00")

_NAMES = {
    "2010302": "一般行政管理事务",
    "20499": "其他公共安全支出",
    "2049999": "其他公共安全支出",
    "20703": "体育",
    "2070305": "体育竞赛",
    "2070306": "体育训练",
    "2070307": "体育场馆",
    "211": "节能环保支出",
    "21103": "污染防治",
    "2110301": "大气",
    "21203": "城乡社区公共设施",
    "2120399": "其他城乡社区公共设施支出",
}
for _code, _name in _NAMES.items():  # a code another hand added must carry the same name
    assert make.NAMES.setdefault(_code, _name) == _name, _code


def budget_total(unit: make.Unit, fund: str = "gp") -> Decimal:
    return sum((it["budget"] for it in unit.items.values() if it["fund"] == fund), Z)
