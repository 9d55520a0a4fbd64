"""What the three offices of the imaginary 上海市枣泾区 (the thirty-third set, unit_zj_*.py) share: the 功能分类 names
they add to ``make.NAMES`` (纪检监察事务 款 and its 项, 成人教育 款's 成人广播电视教育/其他成人教育支出, 公共卫生 款's
应急救治机构), the figure formatters each office's habits need (from shared.py), the pair of words for a change, and
the error records of slips.py (each error one record: the replacement make.py puts in, its figure as written and its
correct value computed in Decimal from the unit's figures).

Habits were taken from real published texts found with the search tool ("pages"): 合肥市庐阳区纪委监委 2024年度部门
决算 (「部门职责」, 合署办公 wording, 「区纪委监委」), 昆明市盘龙区纪委 2021年度部门决算, 梧州开放大学 2023年度部门
决算 and 锦州开放大学 2022年度部门决算 (开放教育/社区教育/非学历培训, 「学校」 habits), a 上海 区医疗急救中心 2019年度
决算 (「一室五科」, 医疗急救分站 listed by name), 临湘市120医疗急救指挥中心 and 鄂州市急救中心 (「比上年增加…，增加…%」,
「收入增加原因：…」)."""

from __future__ import annotations

from decimal import Decimal

import make
import shared
from slips import Slip, TableSlip, Tolerated, split

__all__ = [
    "NAMES",
    "D",
    "Slip",
    "TableSlip",
    "Tolerated",
    "Unit",
    "Z",
    "budget_of",
    "lines_of",
    "pc",
    "pc1",
    "plain",
    "q",
    "sep",
    "split",
    "swap",
    "turn",
]

D = Decimal
Z = D("0.00")
make.NAMES.update({
    "20111": "纪检监察事务",
    "2011101": "行政运行",
    "2011102": "一般行政管理事务",
    "2011104": "大案要案查处",
    "2011106": "巡视工作",
    "2011150": "事业运行",
    "2011199": "其他纪检监察事务支出",
    "20504": "成人教育",
    "2050404": "成人广播电视教育",
    "2050499": "其他成人教育支出",
    "2100405": "应急救治机构",
})
NAMES = make.NAMES
Unit = shared.Unit
q = shared.q
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
