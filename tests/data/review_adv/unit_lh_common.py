"""What the three offices of the imaginary 上海市菱湖区 (the twenty-fifth set, unit_lh_*.py) share: the 功能分类 names
they add to ``make.NAMES`` (纪检监察事务, 公共卫生's 应急救治机构, 进修及培训's 教师进修), the formatters their habits
need, and the ``Slip``/``TableSlip``/``Tolerated`` records of the eighteenth set (one error each: the replacement
make.py puts in and its record, the correct value computed in Decimal from the figures)."""

from __future__ import annotations

from decimal import Decimal

import make
import shared
from unit_ma_common import Slip, TableSlip, Tolerated, split

Unit, q, g, p = shared.Unit, shared.q, shared.sep_q, shared.plain_q
pc, pc1 = shared.pc, shared.pc1

__all__ = ["NAMES", "D", "Slip", "TableSlip", "Tolerated", "Unit", "g", "p", "pc", "pc1", "q", "split"]

D = Decimal
make.NAMES.update({
    "20111": "纪检监察事务",
    "2011101": "行政运行",
    "2011102": "一般行政管理事务",
    "2011104": "大案要案查处",
    "2011105": "派驻派出机构",
    "2011106": "巡视工作",
    "2011150": "事业运行",
    "2011199": "其他纪检监察事务支出",
    "2100405": "应急救治机构",
    "2050801": "教师进修",
})
NAMES = make.NAMES

