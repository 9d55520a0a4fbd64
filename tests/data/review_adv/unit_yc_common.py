"""What the three offices of the imaginary 上海市蕴川区 (the twenty-third set, unit_yc_*.py) share: the 功能分类 names
they add to ``make.NAMES`` (城乡社区管理事务 and 国有土地使用权出让收入安排的支出 项, 保障性安居工程, 国防动员,
特殊教育), the formatters each office's habits need, and the ``Slip``/``TableSlip``/``Tolerated`` records of the
eighteenth set (one error each: the replacement make.py puts in and its record, the correct value computed in
Decimal from the figures)."""

from __future__ import annotations

from decimal import Decimal

import make
import shared
from unit_ma_common import Slip, TableSlip, Tolerated, split

Unit, q, g, p = shared.Unit, shared.q, shared.sep_q, shared.plain_q
pc, pc1 = shared.pc, shared.pc1

__all__ = ["NAMES", "D", "Slip", "TableSlip", "Tolerated", "Unit", "g", "p", "pc", "pc1", "q", "rate1", "split"]

D = Decimal
make.NAMES.update({
    "2120102": "一般行政管理事务",
    "2120106": "工程建设管理",
    "22101": "保障性安居工程支出",
    "2210106": "公共租赁住房",
    "2210107": "保障性住房租金补贴",
    "2210108": "老旧小区改造",
    "203": "国防支出",
    "20306": "国防动员",
    "2030603": "人民防空",
    "2030699": "其他国防动员支出",
    "20507": "特殊教育",
    "2050701": "特殊学校教育",
})
NAMES = make.NAMES


def rate1(a: Decimal, b: Decimal) -> str:
    """one decimal, half-up, a trailing 「.0」 dropped as a spreadsheet's General format leaves it: 「38.1%」「14%」
    (the 人防办's habit, as 深圳罗湖's 「三公」 notes write)."""
    s = str(q(a / b * 100, 1))
    return (s[:-2] if s.endswith(".0") else s) + "%"
