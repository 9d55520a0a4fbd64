"""What the three offices of the imaginary 上海市荻洲区 share (the twenty-first hand): the 功能分类 names their units
add to ``make.NAMES``, the money formats each office types, and the errors as records
(``Slip``/``TableSlip``/``Tolerated`` of unit_tx_common: the replacement make.py puts in and the expected entry in one
place).

The offices' own habits (taken from real published 决算 texts, none of them an earlier district's):
- 区委组织部: `1,234.56万元`; 二 and 三 of the template merged into one section, so the 情况说明 runs 一–十;
  last year's figure in brackets inside the comparison (「较上年决算数（X万元）增加Y万元，增长Z%」); the change of
  a share in 「个百分点」; 项 paragraphs grouped under their 款 (「1.…（类）…（款）」) and each 项 named with its
  code in brackets (「（1）行政运行（2013201）：」); counts of vehicles in Chinese numerals (「四辆」).
- 区工商联: `1234.56万元`; every comparison with last year's figure in brackets after this year's
  (「547.65万元（2023年度：512.30万元）」), reasons after 「变动原因：」; all 项 in one run-on paragraph joined by
  「；」;
  the 三公 with 团组数/人次 and each item's share of the 三公 total; 绩效 with a score and a grade.
- 区环境卫生管理所: every figure set off by spaces, the percent sign too (「收入总计 9,012.34 万元，增长 4.42 %」,
  as Word files typed by some offices read); 「同比无增减变化」 for no change; reasons as one long run-on clause;
  the 绩效 scores and grades of each 项目; vehicles counted in Chinese numerals (「二十六辆」).
"""

from __future__ import annotations

from decimal import Decimal

import make
import shared
from unit_tx_common import Slip, TableSlip, Tolerated, errors_of, table_errors_of

q, comma, plain, rate = shared.q, shared.sep_q, shared.plain_q, shared.rate
subject, lines_of, budget_of = shared.subject, shared.lines_of, shared.budget_of

__all__ = ["Slip", "TableSlip", "Tolerated", "errors_of", "table_errors_of"]

Z = Decimal("0.00")
CENT = Decimal("0.01")

make.NAMES.update({  # the 功能分类 codes of the twenty-first district's units (none already named otherwise)
    c: n for c, n in {
        "20128": "民主党派及工商联事务",
        "2012801": "行政运行",
        "2012802": "一般行政管理事务",
        "2012804": "参政议政",
        "2012899": "其他民主党派及工商联事务支出",
        "20132": "组织事务",
        "2013201": "行政运行",
        "2013202": "一般行政管理事务",
        "2013204": "公务员事务",
        "2013250": "事业运行",
        "2013299": "其他组织事务支出",
        "2080503": "离退休人员管理机构",
    }.items() if c not in make.NAMES
})

CN_DIGITS = "零一二三四五六七八九"


def count(n: int) -> str:
    """A count in Chinese numerals, as some offices type them (「四」「二十六」), below a hundred."""
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + ("" if ones == 0 else CN_DIGITS[ones])


def glossary(income: str, business: bool = False) -> list[str]:
    """第四部分 名词解释, in the template's entries (经营收入/经营支出 only where the unit has them)."""
    out = [
        "第四部分 名词解释",
        "财政拨款收入：指单位本年度从本级财政部门取得的财政拨款，包括一般公共预算财政拨款、政府性基金预算财政拨款和"
        "国有资本经营预算财政拨款。",
        f"事业收入：指事业单位开展专业业务活动及其辅助活动取得的收入。{income}",
    ]
    if business:
        out.append("经营收入：指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入。主要是有偿清运、"
                   "保洁服务收入等。")
    out += [
        "其他收入：指单位取得的除“财政拨款收入”“事业收入”“经营收入”等以外的收入。",
        "年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。",
        "年末结转和结余：指本年度或以前年度预算安排、因客观条件发生变化无法按原计划实施，需延迟到以后年度按有关规定"
        "继续使用的资金。",
        "基本支出：指单位为保障机构正常运转、完成日常工作任务而发生的各项支出。",
        "项目支出：指单位为完成特定的行政工作任务或事业发展目标，在基本支出之外发生的各项支出。",
    ]
    if business:
        out.append("经营支出：指事业单位在专业活动及辅助活动之外开展非独立核算经营活动发生的支出。")
    out += [
        "“三公”经费：指单位使用本级财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。",
        "机关运行经费：指行政单位和参照公务员法管理的事业单位使用一般公共预算财政拨款安排的基本支出中的日常公用经费"
        "支出。",
    ]
    return [out[0]] + [f"{make.cn(k)}、{t}" for k, t in enumerate(out[1:], start=1)]
