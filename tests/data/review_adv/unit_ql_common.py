"""What the three offices of the imaginary 上海市青澜区 (the tenth set, unit_ql_*.py) share: the 功能分类 names they
add to ``make.NAMES``, a ``Unit`` that prints zero cells the way an office's export does (「-」 or blank), the
formatters (amounts kept in 元 or 万元, written in 万元), and ``Slip``/``TableSlip``: one error each, the replacement
make.py puts in and its record (correct value computed in Decimal from the figures) together."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import make
import shared
import slips

Slip, TableSlip = slips.Slip, slips.TableSlip  # the unit modules import their records from here
split = slips.split

Unit, g, p = shared.ZeroUnit, shared.sep, shared.plain

D = Decimal
CENT = D("0.01")
make.NAMES.update({
    "20103": "政府办公厅（室）及相关机构事务",
    "2010302": "一般行政管理事务",
    "2010303": "机关服务",
    "20129": "群众团体事务",
    "2012950": "事业运行",
    "2012999": "其他群众团体事务支出",
    "21301": "农业农村",
    "2130101": "行政运行",
    "2130104": "事业运行",
    "2130106": "科技转化与推广服务",
    "2130108": "病虫害控制",
    "2130122": "农业生产发展",
    "2130153": "农田建设",
    "2130199": "其他农业农村支出",
    "21307": "农村综合改革",
    "2130705": "对村民委员会和村党支部的补助",
    "22102": "住房改革支出",
    "2210202": "提租补贴",
})
NAMES = make.NAMES


ONE = D(1)


def wan(x: Decimal, scale: Decimal = ONE) -> Decimal:
    """An amount (kept in 元 when ``scale`` is 10000) in 万元, rounded half-up to the cent."""
    return (x / scale).quantize(CENT, ROUND_HALF_UP)


def pc(a: Decimal, b: Decimal, places: int = 2) -> str:
    return f"{(a / b * 100).quantize(D(1).scaleb(-places), ROUND_HALF_UP)}%"

