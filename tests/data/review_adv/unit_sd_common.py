"""What the three offices of the imaginary 上海市石埭区 share (the twenty-seventh hand): the 功能分类 names their units
add to ``make.NAMES``, the money and rate formats each office types, and the errors as records
(``Slip``/``TableSlip``/``Tolerated`` of unit_tx_common: the replacement make.py puts in and the expected entry in one
place).

The offices write the way Shanghai's own district offices fill the 2024 template — close to its sentences, with their
own deviations and leftovers (taken from published Shanghai texts: a 闵行 局's 三公 statement with its completion rate
to one decimal beside the parts' two, 「下降100%」 and 「主要原因一是…，二是…」; the 长宁 and 杨浦 budget reports;
a 普陀 office's 决算 contents and 项目 self-evaluations):
- 区人民政府办公室: `12,345.67万元`, the template's sentences almost word for word (「与2023年度相比，…增加…万元，
  增长…%。主要原因：一是…；二是…。」, 「主要原因：同上。」 where the figure is the same as above), the 三公 总体
  completion rate to one decimal and its parts' to two, the template's own
  「国内公务接待支出…万（含外宾接待支出…万元）」, every vehicle class of the template listed even at 0辆, the
  单位构成 as the template's 序号/单位名称/备注 table.
- 区精神卫生中心: `12345.67万元`, 「本院」, 「比上年上升/下降…」 (「上升」 for a rise), rates and shares to one
  decimal, the 事业收入 split into 门诊收入 and 住院收入 in brackets, 「此外，使用年初结转和结余…」, 项 paragraphs
  「（1）…（项）。」 with the completion rate, empty tables named by their title in 《》.
- 区投资促进服务中心: `1,234.56万元`, 「同比增加…，增幅…%」/「同比减少…，降幅…%」, 「占本年收入合计的比重为…%」,
  「预算执行率…%」 instead of 完成年初预算, 项 paragraphs 「1.…（类）…（款）…（项）：年初预算…，决算…」, the
  因公出国（境） 团组 with its countries and days in brackets, the 绩效 issues found and rectified.
"""

from __future__ import annotations

from decimal import Decimal

import make
import shared
from unit_tx_common import Slip, TableSlip, Tolerated, errors_of, table_errors_of

q, comma, plain, rate = shared.q, shared.sep_q, shared.plain_q, shared.rate
rate1, subject, lines_of, budget_of = shared.rate1, shared.subject, shared.lines_of, shared.budget_of

__all__ = ["Slip", "TableSlip", "Tolerated", "errors_of", "table_errors_of"]

Z = Decimal("0.00")
CENT = Decimal("0.01")
TENTH = Decimal("0.1")

make.NAMES.update({  # the 功能分类 codes of the twenty-seventh district's units (none already named otherwise)
    c: n for c, n in {
        "2010302": "一般行政管理事务",
        "2010306": "政务公开审批",
        "2010308": "信访事务",
        "20113": "商贸事务",
        "2011308": "招商引资",
        "2011350": "事业运行",
        "216": "商业服务业等支出",
        "21606": "涉外发展服务支出",
        "2160699": "其他涉外发展服务支出",
        "21002": "公立医院",
        "2100205": "精神病医院",
        "2101101": "行政单位医疗",
        "2101102": "事业单位医疗",
    }.items() if c not in make.NAMES
})


def sangong(figures: dict) -> dict[str, tuple[Decimal, Decimal]]:
    return {k: (Decimal(b), Decimal(a)) for k, (b, a) in figures["sangong"].items()}


def glossary(income: str, other: str) -> list[str]:
    """第四部分 名词解释 in the template's eleven entries (事业收入 and 经营收入 kept where there is none)."""
    out = [
        "财政拨款收入：指单位本年度从本级财政部门取得的财政拨款，包括一般公共预算财政拨款、政府性基金预算财政拨款和"
        "国有资本经营预算财政拨款。",
        f"事业收入：指事业单位开展专业业务活动及其辅助活动取得的收入。{income}",
        "经营收入：指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入。",
        f"其他收入：指单位取得的除“财政拨款收入”、“事业收入”、“经营收入”等以外的收入。{other}",
        "年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。",
        "年末结转和结余：指本年度或以前年度预算安排、因客观条件发生变化无法按原计划实施，需延迟到以后年度按有关规定"
        "继续使用的资金。",
        "基本支出：指单位为保障机构正常运转、完成日常工作任务而发生的各项支出。",
        "项目支出：指单位为完成特定的行政工作任务或事业发展目标，在基本支出之外发生的各项支出。",
        "经营支出：指事业单位在专业活动及辅助活动之外开展非独立核算经营活动发生的支出。",
        "“三公”经费：指单位使用本级财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。",
        "机关运行经费：指行政单位和参照公务员法管理的事业单位使用一般公共预算财政拨款安排的基本支出中的日常公用经费"
        "支出。",
    ]
    return ["第四部分 名词解释"] + [f"{make.cn(k)}、{t}" for k, t in enumerate(out, start=1)]
