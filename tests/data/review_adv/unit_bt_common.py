"""What the three offices of the imaginary 上海市碧汀区 (the thirty-seventh set, unit_bt_*.py) share: the 功能分类
names they add to ``make.NAMES`` (商业流通事务 款's 行政运行/一般行政管理事务/事业运行, 公共卫生 款's 采供血机构), the
figure formatters (from shared.py), the pair of words for a change, and the error records of slips.py (each error one
record: the replacement make.py puts in, its figure as written and its correct value computed in Decimal from the
unit's figures).

Habits were taken from real published texts found with the search tool ("pages"): 乌海市供销合作社联合社 2023年度
决算 and 重庆市綦江区供销合作社联合社 2020年度部门决算 (numbered 职责, 「一是…；二是…」), 江门市供销合作联社 2016年
部门决算 (「纳入…部门决算编报范围的单位共N个」), 怀化市中心血站 2024年度部门决算 and 昌吉州中心血站 2014年部门决算
(「我站」, 采血车 counted, 「主要因为」), 北京市劳动人民文化宫 2020年财政决算信息 (公益性职工文化服务, 「学校和
乐园」)."""

from __future__ import annotations

from decimal import Decimal

import make
import shared
from slips import Slip, TableSlip, Tolerated, split

__all__ = ["NAMES", "D", "Slip", "TableSlip", "Tolerated", "Unit", "Z", "budget_of", "lines_of", "pc", "pc1",
           "plain", "sep", "split", "swap", "turn"]

D = Decimal
Z = D("0.00")
make.NAMES.update({
    "216": "商业服务业等支出",
    "21602": "商业流通事务",
    "2160299": "其他商业流通事务支出",
    "21004": "公共卫生",
    "2100499": "其他公共卫生支出",
    "2101101": "行政单位医疗",
    "20129": "群众团体事务",
    "2012950": "事业运行",
    "2012999": "其他群众团体事务支出",
    "20701": "文化和旅游",
    "2070109": "群众文化",
    "2160201": "行政运行",
    "2160202": "一般行政管理事务",
    "2160250": "事业运行",
    "2100406": "采供血机构",
})
NAMES = make.NAMES
Unit = shared.Unit
sep = shared.sep_q  # 「12,345.67」
plain = shared.plain_q  # 「12345.67」
pc = shared.pc  # 「12.34%」
pc1 = shared.pc1  # 「12.3%」
budget_of = shared.budget_of
lines_of = shared.lines_of


def turn(now: Decimal, before: Decimal) -> tuple[str, Decimal, str]:
    """(「增加」/「减少」, the amount, 「增长」/「下降」) for a change from ``before`` to ``now``."""
    dd = now - before
    return ("增加", dd, "增长") if dd >= 0 else ("减少", -dd, "下降")


def swap(s: str, i: int) -> str:
    """``s`` with its characters ``i`` and ``i + 1`` swapped (two digits typed the wrong way round)."""
    return s[:i] + s[i + 1] + s[i] + s[i + 2:]
