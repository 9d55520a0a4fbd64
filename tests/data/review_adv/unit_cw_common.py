"""What the three offices of the imaginary 上海市漕湾区 share (the twenty-fourth hand): the 功能分类 names their units
add to ``make.NAMES``, the money and rate formats each office types, and the errors as records
(``Slip``/``TableSlip``/``Tolerated`` of unit_tx_common: the replacement make.py puts in and the expected entry in one
place).

The offices' own habits (taken from real published 决算 texts of 广东, 重庆, 广西, 甘肃, 四川 and 北京 offices, none of
them an earlier district's):
- 区委统战部: `1,234.56万元`, rates and shares to one decimal (「增长6.4%」), the budget inside the completion rate
  (「完成年初预算1,205.00万元的98.5%」), 「比上年决算数增加/减少」, reasons after 「增长原因是：」/「下降原因是：」 (the
  word follows the direction), a growth on a zero base written 「增长--（基数为0，不可比）」, 「“三公”经费支出决算小于
  预算数的主要情况：」, the 单位构成 as a 序号/单位名称/备注 table.
- 区劳动人事争议仲裁院: `1,234.56万元`, every income source a numbered line of its own, zero ones too, each with
  「较2023年度决算数…，主要原因是：…」 or 「与上年相比无变化」; 项 paragraphs that give the difference in money
  (「完成年初预算的98.77%，决算数小于预算数7.62万元，主要原因：…」); 人员/公用经费 as shares of the 基本支出; a
  政府购买服务 paragraph of its own.
- 区青少年科技活动中心: `1234.56万元`, last year's figure in a sentence of its own (「上年决算数为…万元。」) before
  the change, the 项 of each 款 in one 「分别为：」 list with the code written before the name (「2060703青少年科技
  活动215.60万元」), then one line per 项 saying whether it is 基本 or 项目支出, the 绩效 scores and their average.
"""

from __future__ import annotations

from decimal import Decimal

import make
import shared
from unit_tx_common import Slip, TableSlip, Tolerated, errors_of, table_errors_of

q, comma, plain, rate = shared.q, shared.sep_q, shared.plain_q, shared.rate
subject, lines_of, budget_of = shared.subject, shared.lines_of, shared.budget_of
rate1 = shared.rate1

__all__ = ["Slip", "TableSlip", "Tolerated", "errors_of", "table_errors_of"]

Z = Decimal("0.00")
CENT = Decimal("0.01")
TENTH = Decimal("0.1")

make.NAMES.update({  # the 功能分类 codes of the twenty-fourth district's units (none already named otherwise)
    c: n for c, n in {
        "20134": "统战事务",
        "2013401": "行政运行",
        "2013402": "一般行政管理事务",
        "2013404": "宗教事务",
        "2013405": "华侨事务",
        "2013499": "其他统战事务支出",
        "206": "科学技术支出",
        "20607": "科学技术普及",
        "2060701": "机构运行",
        "2060702": "科普活动",
        "2060703": "青少年科技活动",
        "20801": "人力资源和社会保障管理事务",
        "2080101": "行政运行",
        "2080108": "信息化建设",
        "2080112": "劳动人事争议调解仲裁",
        "2080199": "其他人力资源和社会保障管理事务支出",
        "2080501": "行政单位离退休",
        "2101102": "事业单位医疗",
    }.items() if c not in make.NAMES
})


def glossary(income: str, other: str) -> list[str]:
    """第四部分 名词解释 in the template's entries (事业收入 kept even where there is none, its content not listed)."""
    out = [
        "第四部分 名词解释",
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
    return [out[0]] + [f"{make.cn(k)}、{t}" for k, t in enumerate(out[1:], start=1)]
