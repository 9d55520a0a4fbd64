"""What the three offices of the imaginary 上海市白沙区 (the twenty-ninth set, unit_bs_*.py) share: the 功能分类 names
they add to ``make.NAMES`` (民族事务 and 统战事务's 宗教事务, 就业补助 and 公共就业服务和职业技能鉴定机构),
the formatters each office's habits need (from shared.py), the template's comparison words, and the
``Slip``/``TableSlip``/``Tolerated`` records of slips.py (one error each: the replacement make.py puts in and its
record, the correct value computed in Decimal from the figures)."""

from __future__ import annotations

from decimal import Decimal

import make
from shared import Unit, budget_of, lines_of, pc, plain_q, q, sep_q, subject
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
    "plain_q",
    "q",
    "sep_q",
    "split",
    "subject",
    "swap",
    "turn",
]

D = Decimal
Z = Decimal("0.00")
make.NAMES.update({
    "20123": "民族事务",
    "2012301": "行政运行",
    "2012302": "一般行政管理事务",
    "2012304": "民族工作专项",
    "2012350": "事业运行",
    "2012399": "其他民族事务支出",
    "20134": "统战事务",
    "2013404": "宗教事务",
    "20801": "人力资源和社会保障管理事务",
    "2080111": "公共就业服务和职业技能鉴定机构",
    "20807": "就业补助",
    "2080701": "就业创业服务补贴",
    "2080702": "职业培训补贴",
    "2080704": "社会保险补贴",
    "2080705": "公益性岗位补贴",
    "2080711": "就业见习补贴",
    "2080799": "其他就业补助支出",
})
NAMES = make.NAMES


def turn(now: Decimal, before: Decimal) -> tuple[str, Decimal, str]:
    """The template's pair of words for a change: (「增加」/「减少」, the amount, 「增长」/「下降」)."""
    dd = now - before
    return ("增加", dd, "增长") if dd >= 0 else ("减少", -dd, "下降")


def swap(text: str, i: int) -> str:
    """``text`` with its characters ``i`` and ``i + 1`` exchanged (two digits typed the wrong way round)."""
    return text[:i] + text[i + 1] + text[i] + text[i + 2:]
