"""What the three offices of the imaginary 上海市金塘区 (the thirtieth set, unit_jt_*.py) share: the 功能分类
names they add to ``make.NAMES`` (其他共产党事务支出 款, 离退休人员管理机构, 农业农村 款 事业运行/病虫害控制/
农产品质量安全, 公立医院 款 综合医院), the formatters their habits need (「1,234.56」, 「1234.56」, rates to two
places), the template's pairs of comparison words, and the shared ``Slip``/``TableSlip``/``Tolerated`` records
(slips.py: one error each, the replacement make.py puts in and its record, the correct value computed in Decimal)."""

from __future__ import annotations

from decimal import Decimal

import make
import shared
import slips

__all__ = [
    "NAMES",
    "D",
    "Slip",
    "TableSlip",
    "Tolerated",
    "Unit",
    "budget_of",
    "g",
    "item_name",
    "p",
    "pc",
    "q",
    "sangong",
    "split",
    "turn",
]

Slip, TableSlip, Tolerated, split = slips.Slip, slips.TableSlip, slips.Tolerated, slips.split
Unit, q, g, p, pc = shared.Unit, shared.q, shared.sep_q, shared.plain_q, shared.pc
budget_of = shared.budget_of
D = Decimal
make.NAMES.update({
    "20136": "其他共产党事务支出",
    "2013601": "行政运行",
    "2013602": "一般行政管理事务",
    "2013650": "事业运行",
    "2013699": "其他共产党事务支出",
    "2080503": "离退休人员管理机构",
    "21301": "农业农村",
    "2130104": "事业运行",
    "2130108": "病虫害控制",
    "2130109": "农产品质量安全",
    "21002": "公立医院",
    "2100201": "综合医院",
})
NAMES = make.NAMES


def turn(now: Decimal, before: Decimal) -> tuple[str, Decimal, str]:
    """The template's pair of words for a change: (「增加」/「减少」, the amount, 「增长」/「下降」)."""
    dd = now - before
    return ("增加", dd, "增长") if dd >= 0 else ("减少", -dd, "下降")


def item_name(code: str) -> str:
    """「卫生健康支出（类）公立医院（款）综合医院（项）」 as the template names a 项."""
    return f"{NAMES[code[:3]]}（类）{NAMES[code[:5]]}（款）{NAMES[code]}（项）"


def sangong(figures: dict) -> dict[str, tuple[Decimal, Decimal]]:
    """The 三公 (budget, actual) pairs, 出国/购置/运行/接待, with 「车」 (购置 + 运行) and 「合计」."""
    sg = {k: (D(b), D(a)) for k, (b, a) in figures["sangong"].items()}
    sg["车"] = (sg["购置"][0] + sg["运行"][0], sg["购置"][1] + sg["运行"][1])
    sg["合计"] = (sum(sg[k][0] for k in ("出国", "购置", "运行", "接待")),
                sum(sg[k][1] for k in ("出国", "购置", "运行", "接待")))
    return sg
