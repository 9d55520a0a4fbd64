"""What the three offices of the imaginary 上海市麦浦区 (the thirty-first set, unit_mp_*.py) share: the 功能分类 names
they add to ``make.NAMES`` (粮油物资储备支出 类 with 粮油物资事务 and 粮油储备 款, 群众团体事务 款, 社会福利事业单位 and
临时救助 款), the figure formatters each office's habits need, the template's comparison words, a ``make.Unit`` whose
nine tables print 元 (粮储局 exports them from the 决算 software in 元), and the records (``Slip``/``TableSlip``/
``Tolerated`` of slips.py: one error each, the replacement make.py puts in and its record, the correct value computed
in Decimal from the figures)."""

from __future__ import annotations

import re
from decimal import Decimal

import make
import shared
from slips import Slip, TableSlip, Tolerated, split

__all__ = ["NAMES", "D", "Slip", "TableSlip", "Tolerated", "Unit", "YuanUnit", "budget_of", "g", "item_name",
           "lines_of", "p", "pc", "q", "rate", "split", "turn", "yuan"]

D = Decimal
make.NAMES.update({
    "20129": "群众团体事务",
    "2012901": "行政运行",
    "2012902": "一般行政管理事务",
    "2012999": "其他群众团体事务支出",
    "2081005": "社会福利事业单位",
    "20820": "临时救助",
    "2082001": "临时救助支出",
    "2082002": "流浪乞讨人员救助支出",
    "222": "粮油物资储备支出",
    "22201": "粮油物资事务",
    "2220101": "行政运行",
    "2220102": "一般行政管理事务",
    "2220106": "专项业务活动",
    "2220150": "事业运行",
    "22204": "粮油储备",
    "2220401": "储备粮油补贴",
    "2220499": "其他粮油储备支出",
})
NAMES = make.NAMES
q = shared.q
budget_of = shared.budget_of
lines_of = shared.lines_of
rate = shared.rate
yuan = shared.yuan
AMOUNT = re.compile(r"^-?[\d,]+\.\d\d$")


class Unit(shared.Unit):
    """make.Unit as the module ``make`` defines it (whose NAMES hold the names above)."""


class YuanUnit(Unit):
    """The nine tables in 元 (「单位：元」): every amount cell of make.Unit's 万元 tables times 10,000."""

    def tables(self) -> dict:
        tables = super().tables()
        for t in tables.values():
            for r in t["rows"]:
                for k, c in enumerate(r):
                    if AMOUNT.match(c):  # an amount (codes and labels have no 「.dd」)
                        r[k] = yuan(D(c.replace(",", "")))
        return tables


def g(x: Decimal) -> str:
    """「12,345.67」"""
    return shared.sep_q(x)


def p(x: Decimal) -> str:
    """「12345.67」"""
    return shared.plain_q(x)


def pc(a: Decimal, b: Decimal, places: int = 2) -> str:
    return shared.pc(a, b, places)


def turn(now: Decimal, before: Decimal) -> tuple[str, Decimal, str]:
    """The template's pair of words for a change: (「增加」/「减少」, the amount, 「增长」/「下降」)."""
    dd = now - before
    return ("增加", dd, "增长") if dd >= 0 else ("减少", -dd, "下降")


def item_name(code: str) -> str:
    """「粮油物资储备支出（类）粮油储备（款）储备粮油补贴（项）」 as the template names a 项."""
    return shared.subject(code)
