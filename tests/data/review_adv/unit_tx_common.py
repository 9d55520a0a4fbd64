"""What the three offices of the imaginary 上海市桐溪区 share (the sixteenth hand): the 功能分类 names their units add
to ``make.NAMES``, the money formats each office types, and the errors as records (``Slip`` in the text, ``TableSlip``
in a table cell: the replacement make.py puts in and the expected entry in one place).

The offices' own habits (none of them another district's):
- 区卫生健康委员会: `12,345.67万元`, the year written out (「2024年度」「2023年度」), 「较上年决算数增加/减少」,
  reasons 「主要原因是……所致」, 项 paragraphs 「年初预算为X万元，支出决算为Y万元，完成预算Z%」 (no 「年初」, no
  「的」 before the rate), a 「编制单位：…　金额单位：万元」 line over every table.
- 区妇女联合会: amounts as a spreadsheet's General format leaves them — trailing zeros dropped, no thousands separator
  (「45.8万元」「0万元」「312.46万元」, 「增长5.2%」), 「比2023年度」, reasons after 「原因是」.
- 区实验幼儿园: section 一 in four lead-in paragraphs 「1.总体情况。」…「4.结转结余情况。」, every source of income
  spelled out even when zero (「经营收入0.00万元，占0.00%」), 「此外，…」 for the 结转, `1345.67万元`,
  「截至2024年12月31日」.
"""

from __future__ import annotations

from decimal import Decimal

import make
import shared
import slips

Slip, TableSlip = slips.SectionSlip, slips.SectionTableSlip  # the unit modules import their records from here
errors_of, table_errors_of = slips.errors_of, slips.table_errors_of
Tolerated = slips.Tolerated

q, comma, plain, rate = shared.q, shared.sep_q, shared.plain_q, shared.rate
subject, lines_of, budget_of = shared.subject, shared.lines_of, shared.budget_of

Z = Decimal("0.00")
CENT = Decimal("0.01")

make.NAMES.update({  # the 功能分类 codes of the sixteenth district's units (none of them already named otherwise)
    c: n for c, n in {
        "20129": "群众团体事务",
        "2012901": "行政运行",
        "2012902": "一般行政管理事务",
        "2012999": "其他群众团体事务支出",
        "21001": "卫生健康管理事务",
        "2100101": "行政运行",
        "2100102": "一般行政管理事务",
        "2100199": "其他卫生健康管理事务支出",
        "21003": "基层医疗卫生机构",
        "2100301": "城市社区卫生机构",
        "2100402": "卫生监督机构",
        "2100408": "基本公共卫生服务",
    }.items() if c not in make.NAMES
})


def general(x: Decimal) -> str:
    """A spreadsheet's General format: two places at most, trailing zeros dropped, no separator (「45.8」「0」)."""
    s = f"{q(x):.2f}".rstrip("0").rstrip(".")
    return s or "0"


def pc(a: Decimal, b: Decimal) -> str:
    return f"{rate(a, b)}%"


def pc_general(a: Decimal, b: Decimal) -> str:
    return f"{general(rate(a, b))}%"


def cut(a: Decimal, b: Decimal) -> str:
    """A share cut after two places instead of rounded (a spreadsheet's TRUNC, or a calculator's display)."""
    return f"{(a / b * 100).quantize(CENT, rounding='ROUND_DOWN')}%"


def glossary(first: str) -> list[str]:
    """第四部分 名词解释, as the district's 财政局 circulated it (the first entry each office words its own way)."""
    return [
        "第四部分 名词解释",
        f"一、财政拨款收入：{first}",
        "二、事业收入：指事业单位开展专业业务活动及其辅助活动取得的收入。",
        "三、其他收入：指单位取得的除上述收入以外的各项收入。",
        "四、年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。",
        "五、年末结转和结余：指本年度或以前年度预算安排、因客观条件发生变化无法按原计划实施，需延迟到以后年度按有关规定"
        "继续使用的资金。",
        "六、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。",
        "七、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
        "八、“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。",
        "九、机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务等的各项资金。",
    ]
