"""What the three offices of the imaginary 上海市岚桥区 (the thirty-second set, unit_lq_*.py) share: the 功能分类 names
they add to ``make.NAMES`` (外交支出 类 with 外交管理事务 and 对外合作与交流 款, the 体育 款's 项 the 体育局 uses, the
司法 款's 公共法律服务/其他司法支出), the figure formatters each office's habits need (from shared.py), the template's
pair of words for a change, and the error records of slips.py (each error one record: the replacement make.py puts in,
its figure as written and its correct value computed in Decimal from the unit's figures)."""

from __future__ import annotations

from decimal import Decimal

import make
import shared
from slips import Slip, TableSlip, Tolerated, split

__all__ = ["NAMES", "D", "Slip", "TableSlip", "Tolerated", "Unit", "Z", "budget_of", "item_name", "one", "pc", "pc1",
           "plain", "q", "sep", "split", "swap", "turn"]

D = Decimal
Z = D("0.00")
make.NAMES.update({
    "202": "外交支出",
    "20201": "外交管理事务",
    "2020101": "行政运行",
    "2020102": "一般行政管理事务",
    "20205": "对外合作与交流",
    "2020504": "国际交流活动",
    "2020505": "对外合作活动",
    "20703": "体育",
    "2070301": "行政运行",
    "2070305": "体育竞赛",
    "2070307": "体育场馆",
    "2070308": "群众体育",
    "2070399": "其他体育支出",
    "20406": "司法",
    "2040607": "公共法律服务",
    "2040650": "事业运行",
    "2040699": "其他司法支出",
})
NAMES = make.NAMES
Unit = shared.Unit
q = shared.q
sep = shared.sep_q  # 「12,345.67」
plain = shared.plain_q  # 「12345.67」
pc = shared.pc  # 「12.34%」
pc1 = shared.pc1  # 「12.3%」
budget_of = shared.budget_of


def one(a: Decimal, b: Decimal) -> str:
    """「16.7」: a rate to one place without its 「%」."""
    return str(shared.rate1(a, b))


def turn(now: Decimal, before: Decimal) -> tuple[str, Decimal, str]:
    """The template's pair of words for a change: (「增加」/「减少」, the amount, 「增长」/「下降」)."""
    dd = now - before
    return ("增加", dd, "增长") if dd >= 0 else ("减少", -dd, "下降")


def item_name(code: str) -> str:
    """「文化旅游体育与传媒支出（类）体育（款）体育场馆（项）」."""
    return shared.subject(code)


def swap(s: str, i: int) -> str:
    """``s`` with its characters ``i`` and ``i + 1`` swapped (two digits typed the wrong way round)."""
    return s[:i] + s[i + 1] + s[i] + s[i + 2:]
