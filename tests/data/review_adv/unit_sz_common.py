"""What the three offices of the imaginary 上海市沙洲区 (the twenty-eighth set, unit_sz_*.py) share: the 功能分类 names
they add to ``make.NAMES`` (其他共产党事务支出 款, 国家司法救助支出, 农村基础设施建设支出, 其他专业公共卫生机构), the
formatters each office's habits need, the template's comparison words, and the ``Slip``/``TableSlip``/``Tolerated``
records of the eighteenth set (one error each: the replacement make.py puts in and its record, the correct value
computed in Decimal from the figures)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import make
from unit_ma_common import Slip, TableSlip, Tolerated, split

__all__ = ["NAMES", "D", "Slip", "TableSlip", "Tolerated", "Unit", "g", "item_name", "p", "pc", "q", "split", "turn"]

D = Decimal
make.NAMES.update({
    "20136": "其他共产党事务支出",
    "2013601": "行政运行",
    "2013602": "一般行政管理事务",
    "2013650": "事业运行",
    "20499": "其他公共安全支出",
    "2049902": "国家司法救助支出",
    "2049999": "其他公共安全支出",
    "2010302": "一般行政管理事务",
    "2120804": "农村基础设施建设支出",
    "2100407": "其他专业公共卫生机构",
    "2100408": "基本公共卫生服务",
    "21301": "农业农村",
    "2130104": "事业运行",
    "2130153": "农田建设",
    "21307": "农村综合改革",
    "2130705": "对村民委员会和村党支部的补助",
})
NAMES = make.NAMES


class Unit(make.Unit):
    """make.Unit as the module ``make`` defines it (whose NAMES hold the names above), for make.py run as a
    script: its own ``Unit`` would look the codes up in ``__main__.NAMES``."""


def q(x: Decimal, places: int = 2) -> Decimal:
    return x.quantize(D(1).scaleb(-places), ROUND_HALF_UP)


def g(x: Decimal) -> str:
    """「12,345.67」"""
    return f"{q(x):,.2f}"


def p(x: Decimal) -> str:
    """「12345.67」"""
    return f"{q(x):.2f}"


def pc(a: Decimal, b: Decimal, places: int = 2) -> str:
    return f"{q(a / b * 100, places)}%"


def turn(now: Decimal, before: Decimal) -> tuple[str, Decimal, str]:
    """The template's pair of words for a change: (「增加」/「减少」, the amount, 「增长」/「下降」)."""
    dd = now - before
    return ("增加", dd, "增长") if dd >= 0 else ("减少", -dd, "下降")


def item_name(code: str) -> str:
    """「城乡社区支出（类）城乡社区环境卫生（款）城乡社区环境卫生（项）」 as the template names a 项."""
    return f"{NAMES[code[:3]]}（类）{NAMES[code[:5]]}（款）{NAMES[code]}（项）"
