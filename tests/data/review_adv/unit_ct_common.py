"""Shared by the twenty-second hand's 上海市潮塘区 (unit_ct_*): the 功能分类 names the units add to ``make.NAMES``, the
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
    "20133": "宣传事务",
    "2013301": "行政运行",
    "2013302": "一般行政管理事务",
    "2013350": "事业运行",
    "2013399": "其他宣传事务支出",
    "20708": "广播电视",
    "2070899": "其他广播电视支出",
    "20799": "其他文化旅游体育与传媒支出",
    "2079902": "宣传文化发展专项支出",
    "2080501": "行政单位离退休",
    "220": "自然资源海洋气象等支出",
    "22005": "气象事务",
    "2200501": "行政运行",
    "2200506": "气象探测",
    "2200508": "气象预报预测",
    "2200509": "气象服务",
    "2200599": "其他气象事务支出",
    "21003": "基层医疗卫生机构",
    "2100301": "城市社区卫生机构",
    "2100408": "基本公共卫生服务",
}
for _code, _name in _NAMES.items():  # a code another hand added must carry the same name
    assert make.NAMES.setdefault(_code, _name) == _name, _code

