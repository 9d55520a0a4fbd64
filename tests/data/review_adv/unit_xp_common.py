"""Shared by the nineteenth hand's 上海市杏浦区 (unit_xp_*): the 功能分类 names the units add to ``make.NAMES``, the
figure formatters of the three offices' texts, ``Tolerated`` (a right figure a reviewer might question) and the
thirteenth hand's ``Slip`` / ``TableSlip`` records (one error put in, with its correct value computed in Decimal
from the figures)."""

from __future__ import annotations

from decimal import Decimal

import make
import shared
from slips import Tolerated
from unit_hj_common import Slip, TableSlip, errors_of, table_errors_of

Unit, plain, grouped, rate = shared.Unit, shared.plain, shared.sep, shared.rate
budget_total, pc = shared.budget_of, shared.rate_str

__all__ = ["Slip", "TableSlip", "Tolerated", "Unit", "Z", "budget_total", "errors_of", "grouped", "pc", "plain", "rate",
           "table_errors_of"]

Z = Decimal("0.00")

_NAMES = {
    "20102": "政协事务",
    "2010201": "行政运行",
    "2010202": "一般行政管理事务",
    "2010204": "政协会议",
    "2010205": "委员视察",
    "2010206": "参政议政",
    "2070101": "行政运行",
    "2070102": "一般行政管理事务",
    "2070110": "文化和旅游交流与合作",
    "2070112": "文化和旅游市场管理",
    "2070113": "旅游宣传",
    "20702": "文物",
    "2070204": "文物保护",
    "2080501": "行政单位离退休",
    "2100403": "妇幼保健机构",
}
for _code, _name in _NAMES.items():  # a code another hand added must carry the same name
    assert make.NAMES.setdefault(_code, _name) == _name, _code

