"""What the three 上海市南湖区 stand-ins (unit_nh_*.py, the fifth hand) share: the 功能分类 names make.py lacks,
number formatters, and ``Slip``: one error put in, with the correct value computed from the figures in Decimal.

Each unit module lists its errors as ``SLIPS``; ``ERRORS`` (what make.py replaces) and the expected file's entries
(unit_nh_expected.py) are both read from them, so the replacement and its record cannot drift apart."""

from __future__ import annotations

from decimal import Decimal

import make
import shared
import slips

Slip, TableSlip = slips.Slip, slips.TableSlip  # the unit modules import their records from here
errors, table_errors = slips.errors_of, slips.table_errors_of

r2, m, mc, yuan = shared.q, shared.plain_q, shared.sep_q, shared.yuan

# 2024 政府收支分类科目 names of the codes the 南湖区 units use (added to make.NAMES, which the tables read)
make.NAMES.update(
    {
        "20406": "司法",
        "2040601": "行政运行",
        "2040602": "一般行政管理事务",
        "2040604": "基层司法业务",
        "2040605": "普法宣传",
        "2040607": "公共法律服务",
        "2040610": "社区矫正",
        "2040612": "法治建设",
        "2040650": "事业运行",
        "20126": "档案事务",
        "2012601": "行政运行",
        "2012602": "一般行政管理事务",
        "2012604": "档案馆",
        "2012699": "其他档案事务支出",
        "20811": "残疾人事业",
        "2081199": "其他残疾人事业支出",
        "21203": "城乡社区公共设施",
        "2120399": "其他城乡社区公共设施支出",
        "21301": "农业农村",
        "2130104": "事业运行",
        "2130199": "其他农业农村支出",
        "21303": "水利",
        "2130306": "水利工程运行与维护",
        "21307": "农村综合改革",
        "2130705": "对村民委员会和村党支部的补助",
    }
)
NAMES = make.NAMES
Z = Decimal("0.00")
CENT = Decimal("0.01")


def pc(a: Decimal, b: Decimal) -> str:
    """a / b as a percentage, 2 decimals, without the % sign"""
    return f"{r2(a / b * 100):.2f}"


def diff(a: Decimal, b: Decimal) -> Decimal:
    return r2(a) - r2(b)


def swapped(shown: str, at: int) -> str:
    """``shown`` with the characters at ``at`` and ``at + 1`` exchanged: a transposed digit."""
    return shown[:at] + shown[at + 1] + shown[at] + shown[at + 2:]


def glossary(other: str) -> list[str]:
    """第四部分 in the template's words; ``other``: what the unit's 其他收入 mainly is."""
    return [
        "第四部分 名词解释",
        "一、财政拨款收入：指单位本年度从本级财政部门取得的财政拨款，包括一般公共预算财政拨款、政府性基金预算财政拨款和国有资本"
        "经营预算财政拨款。",
        "二、事业收入：指事业单位开展专业业务活动及其辅助活动取得的收入。",
        "三、经营收入：指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入。",
        "四、其他收入：指单位取得的除“财政拨款收入”、“事业收入”、“经营收入”等以外的收入。主要是："
        f"{other}等。",
        "五、年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。",
        "六、年末结转和结余：指本年度或以前年度预算安排、因客观条件发生变化无法按原计划实施，需延迟到以后年度按有关规定继续使用"
        "的资金。",
        "七、基本支出：指单位为保障机构正常运转、完成日常工作任务而发生的各项支出。",
        "八、项目支出：指单位为完成特定的行政工作任务或事业发展目标，在基本支出之外发生的各项支出。",
        "九、经营支出：指事业单位在专业活动及辅助活动之外开展非独立核算经营活动发生的支出。",
        "十、“三公”经费：指单位使用本级财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。",
        "十一、机关运行经费：指行政单位和参照公务员法管理的事业单位使用一般公共预算财政拨款安排的基本支出中的日常公用经费支出。",
    ]

