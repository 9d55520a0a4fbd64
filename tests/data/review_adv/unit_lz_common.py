"""What the three offices of the imaginary 上海市鹭洲区 (the thirty-fourth set, unit_lz_*.py) share: the 功能分类 names
they add to ``make.NAMES`` (政府办公厅（室）及相关机构事务's 项, 群众团体事务, 公立医院's 精神病医院 and 公共卫生's
基本/重大公共卫生服务), the formatters of shared.py each office's habits need, and the ``Slip``/``TableSlip``/
``Tolerated`` records of slips.py (one error each: the replacement make.py puts in and its record, the correct value
computed in Decimal from the unit's figures)."""

from __future__ import annotations

from decimal import Decimal

import make
from shared import Unit, budget_of, lines_of, pc, plain_q, q, rate, sep_q
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
    "pc",
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
    "2010305": "专项业务活动",
    "2010306": "政务公开审批",
    "20129": "群众团体事务",
    "2012901": "行政运行",
    "2012902": "一般行政管理事务",
    "2012999": "其他群众团体事务支出",
    "21002": "公立医院",
    "2100205": "精神病医院",
    "2100408": "基本公共卫生服务",
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
