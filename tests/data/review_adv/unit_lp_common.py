"""What the three offices of the imaginary 上海市蓼浦区 (the thirty-eighth set, unit_lp_*.py) share: the 功能分类 names
they add to ``make.NAMES`` (政府办公厅（室）及相关机构事务's 一般行政管理事务, 组织事务 and its 项,
公务员医疗补助), the formatters of shared.py, and the ``Slip``/``TableSlip``/``Tolerated`` records of slips.py (one
error each: the replacement make.py puts in and its record, the correct value computed in Decimal from the unit's
figures)."""

from __future__ import annotations

from decimal import Decimal

import make
from shared import Unit, budget_of, lines_of, plain_q, q, rate, sep_q
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
    "move",
    "plain_q",
    "q",
    "rate",
    "sep_q",
    "split",
    "swap",
]

D = Decimal
Z = Decimal("0.00")
make.NAMES.update({
    "2010302": "一般行政管理事务",
    "20132": "组织事务",
    "2013201": "行政运行",
    "2013202": "一般行政管理事务",
    "2013299": "其他组织事务支出",
    "2101103": "公务员医疗补助",
})
NAMES = make.NAMES


def move(now: Decimal, before: Decimal, up: str = "增加", down: str = "减少") -> tuple[str, Decimal]:
    """The word for a change and its size: (``up``/``down``, the amount)."""
    dd = now - before
    return (up, dd) if dd >= 0 else (down, -dd)


def swap(text: str, i: int) -> str:
    """``text`` with its characters ``i`` and ``i + 1`` exchanged (two digits typed the wrong way round)."""
    return text[:i] + text[i + 1] + text[i] + text[i + 2:]
