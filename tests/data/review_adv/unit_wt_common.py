"""Shared by the fourteenth hand's 上海市苇塘区 (unit_wt_*): the 功能分类 names the units add to ``make.NAMES``, a
``Unit`` (empty tables noted 「本表无数据。」; 款/项 names indented by full-width spaces where the office's WPS export
does), ``Slip``/``TableSlip`` (one error: the replacement make.py puts in and its record together) and the 情况说明 as
the district's offices write it: long paragraphs that run several sections' facts together,
「比上年决算数增加了/减少了」, 项 paragraphs numbered 「1.」 with the reason after a colon, the 三公 one item a
paragraph (公务用车 split into 购置 and 运行, 「购置车辆1辆」), 政府采购 as 货物/工程/服务 with 授予中小企业合同金额
as a share, 车辆 by kind."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import make
import shared
import slips

Slip, TableSlip = slips.SectionSlip, slips.SectionTableSlip  # the unit modules import their records from here
errors_of, table_errors_of = slips.errors_of, slips.table_errors_of

comma, plain, r2, pc = shared.sep, shared.plain, shared.q, shared.pc
item_name = shared.subject

Z = Decimal("0.00")
CENT = Decimal("0.01")
_NAMES = {
    "20129": "群众团体事务",
    "2012901": "行政运行",
    "2012902": "一般行政管理事务",
    "2012906": "工会事务",
    "20503": "职业教育",
    "2050302": "中等职业教育",
    "20508": "进修及培训",
    "2050803": "培训支出",
    "2120102": "一般行政管理事务",
    "2120106": "工程建设管理",
    "2120107": "市政公用行业市场监管",
    "21203": "城乡社区公共设施",
    "2120399": "其他城乡社区公共设施支出",
}
for _code, _name in _NAMES.items():
    make.NAMES.setdefault(_code, _name)
    assert make.NAMES[_code] == _name, _code


class Unit(make.Unit):
    """make.py's tables; an empty 公开08/09 noted 「本表无数据。」 under its 注, and (``INDENT``) the 款 and 项 names
    of the coded tables indented by one and two full-width spaces, as a WPS sheet shows its levels."""

    INDENT = False

    def tables(self) -> dict:
        tables = super().tables()
        for key in ("公开08", "公开09"):
            t = tables[key]
            if all(c == "" for c in t["rows"][0][2:]):
                t["notes"] = [t["notes"][0], "本表无数据。"]
        if self.INDENT:
            for key in ("公开02", "公开03", "公开05", "公开08", "公开09"):
                for row in tables[key]["rows"]:
                    if row[0].isdigit() and len(row[0]) > 3:
                        row[1] = "　" * ((len(row[0]) - 3) // 2) + row[1]
        return tables


@dataclass(frozen=True)
class Office:
    """An office's ways with figures: how an amount is written, its own word for itself, and its unit's
    short name."""

    name: str  # the full name
    short: str  # 「区建管委」
    own: str  # 「本委」
    money: object  # Decimal -> 「12,345.67万元」

    def m(self, x: Decimal) -> str:
        return self.money(x)  # type: ignore[operator]

    def change(self, now: Decimal, before: Decimal) -> str:
        """「增加了X万元，增长Y%」 / 「减少了X万元，下降Y%」 against last year's 决算."""
        diff = now - before
        if diff == 0:
            return "持平"
        word, rate = ("增加了", "增长") if diff > 0 else ("减少了", "下降")
        return f"{word}{self.m(abs(diff))}，{rate}{pc(abs(diff), before)}"


def item_para(o: Office, k: int, code: str, fin: Decimal, budget: Decimal, purpose: str, reason: str) -> str:
    """「1.X（类）Y（款）Z（项）。主要用于：…。年初预算为A，支出决算为B，完成年初预算的C%。决算数大于预算数的主要原因：…。」"""
    head = f"{k}.{item_name(code)}。主要用于：{purpose}。"
    if budget == 0:
        return head + (f"年初预算为0万元，支出决算为{o.m(fin)}。决算数大于预算数的主要原因：{reason}。")
    head += f"年初预算为{o.m(budget)}，支出决算为{o.m(fin)}，完成年初预算的{pc(fin, budget)}。"
    if fin == budget:
        return head + "决算数与预算数持平。"
    return head + f"决算数{'大于' if fin > budget else '小于'}预算数的主要原因：{reason}。"


GLOSSARY = [
    "第四部分 名词解释",
    "一、财政拨款收入：指单位本年度从本级财政部门取得的财政拨款，包括一般公共预算财政拨款、政府性基金预算财政拨款和国有"
    "资本经营预算财政拨款。",
    "二、事业收入：指事业单位开展专业业务活动及其辅助活动取得的收入。",
    "三、经营收入：指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入。",
    "四、其他收入：指单位取得的除“财政拨款收入”、“事业收入”、“经营收入”等以外的收入。",
    "五、年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。",
    "六、年末结转和结余：指本年度或以前年度预算安排、因客观条件发生变化无法按原计划实施，需延迟到以后年度按有关规定继续"
    "使用的资金。",
    "七、基本支出：指单位为保障机构正常运转、完成日常工作任务而发生的各项支出。",
    "八、项目支出：指单位为完成特定的行政工作任务或事业发展目标，在基本支出之外发生的各项支出。",
    "九、经营支出：指事业单位在专业活动及辅助活动之外开展非独立核算经营活动发生的支出。",
    "十、“三公”经费：指单位使用本级财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。",
    "十一、机关运行经费：指行政单位和参照公务员法管理的事业单位使用一般公共预算财政拨款安排的基本支出中的日常公用经费"
    "支出。",
]


def lines_of(u: make.Unit, codes) -> list[str]:
    """The names of the 经济分类 款 of ``codes`` with a non-zero amount in 公开06, in the table's order."""
    return [name for code, name in codes if len(code) == 5 and u.eco[code] != 0]
