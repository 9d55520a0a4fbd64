"""What the three offices of the imaginary 上海市泖湖区 (the thirty-sixth set, unit_mh_*.py) share: the 功能分类
names they add to ``make.NAMES`` (党委办公厅（室）及相关机构事务 款 and its 项, 文化和旅游 款 行政运行/一般行政管理事务,
城乡社区公共设施 款), the formatters their habits need (「1,234.56」, 「1234.56」, rates to one or two places), the pair
of words for a change, and the shared ``Slip``/``TableSlip``/``Tolerated`` records of slips.py (one error each: the
replacement make.py puts in and its record, the correct value computed in Decimal from the unit's figures).

The habits were taken from real published texts found with the search tool ("pages"): 中国共产党重庆市渝中区委员会办公室
2022年度部门决算情况说明 (职能 numbered 1.–11. in one run, 区委运行保障, 机要保密), 北京市通州区文学艺术界联合会 and
重庆市万州区文学艺术界联合会 预算 texts (「（简称万州区文联）」, 群众团体机构, 「无下属预算单位」),
金平县文学艺术界联合会
2023年度部门决算 (职责 as 「团结引导、联络协调、服务管理、自律维权」), 北京市陶然亭公园管理处 2024年度部门决算
(「2024年度收、支总计…万元，比上年减少…万元，下降…%。」, 「（一）收入决算说明」, 公益二类 with 科室 and 队),
随州市白云公园管理处 2020 决算 (园林绿化养护、基础设施管护、环境卫生保护)."""

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
    "chain",
    "g",
    "p",
    "pc",
    "pc1",
    "q",
    "sangong_of",
    "split",
    "turn",
]

Slip, TableSlip, Tolerated, split = slips.Slip, slips.TableSlip, slips.Tolerated, slips.split
Unit, q, g, p, pc, pc1 = shared.Unit, shared.q, shared.sep_q, shared.plain_q, shared.pc, shared.pc1
budget_of = shared.budget_of
D = Decimal
make.NAMES.update({
    "20131": "党委办公厅（室）及相关机构事务",
    "2013101": "行政运行",
    "2013102": "一般行政管理事务",
    "2013103": "机关服务",
    "2013105": "专项业务",
    "2013150": "事业运行",
    "2013199": "其他党委办公厅（室）及相关机构事务支出",
    "2070101": "行政运行",
    "2070102": "一般行政管理事务",
    "21203": "城乡社区公共设施",
    "2120399": "其他城乡社区公共设施支出",
})
NAMES = make.NAMES


def turn(now: Decimal, before: Decimal) -> tuple[str, Decimal, str]:
    """(「增加」/「减少」, the amount, 「增长」/「下降」) for a change from ``before`` to ``now``."""
    dd = now - before
    return ("增加", dd, "增长") if dd >= 0 else ("减少", -dd, "下降")


def chain(code: str) -> str:
    """「一般公共服务支出（类）党委办公厅（室）及相关机构事务（款）」: a 项's 类 and 款."""
    return f"{NAMES[code[:3]]}（类）{NAMES[code[:5]]}（款）"


def sangong_of(figures: dict) -> dict[str, tuple[Decimal, Decimal]]:
    """The 三公 (budget, actual) pairs, 出国/购置/运行/接待, with 「车」 (购置 + 运行) and 「合计」."""
    sg = {k: (D(b), D(a)) for k, (b, a) in figures["sangong"].items()}
    sg["车"] = (sg["购置"][0] + sg["运行"][0], sg["购置"][1] + sg["运行"][1])
    sg["合计"] = (sum(sg[k][0] for k in ("出国", "购置", "运行", "接待")),
                sum(sg[k][1] for k in ("出国", "购置", "运行", "接待")))
    return sg
