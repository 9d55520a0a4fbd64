"""What the three offices of the imaginary 上海市芦汀区 share (the fifteenth hand): the money words, the errors as
records (``Slip`` in the text, ``TableSlip`` in a table: the replacement make.py puts in and the expected entry in one
place), the 功能分类 names the district's units use, and a ``Unit`` that writes 「本部门无…」 inside an empty 公开08/09
instead of a note under it. The offices' habits: the 总体情况 in whole 万元 (「收入总计1,235万元」, half-up from the
tables), the detail in two decimals, 「本年」「本年度」「上年」 and never the year number, reasons in parentheses
「（主要是…）」, a second reading 「（上年为X万元）」, 三公 items 「未发生」/「决算数为0」 in words."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

import make
import shared
import slips

Slip, TableSlip = slips.SectionSlip, slips.SectionTableSlip  # the unit modules import their records from here
errors_of, table_errors_of = slips.errors_of, slips.table_errors_of

subject, lines_of = shared.subject, shared.lines_of

Z = Decimal("0.00")
CENT = Decimal("0.01")

make.NAMES.update({  # the 功能分类 codes of the fifteenth district's units (none of them already named otherwise)
    c: n for c, n in {
        "20101": "人大事务",
        "2010101": "行政运行",
        "2010102": "一般行政管理事务",
        "2010104": "人大会议",
        "2010106": "人大监督",
        "2010107": "人大代表履职能力提升",
        "2010108": "代表工作",
        "20199": "其他一般公共服务支出",
        "2019999": "其他一般公共服务支出",
        "2050802": "干部教育",
    }.items() if c not in make.NAMES
})


def comma(x: Decimal) -> str:
    return f"{x.quantize(CENT, ROUND_HALF_UP):,.2f}"


def whole(x: Decimal) -> str:
    """An amount in whole 万元, rounded half-up (「1,235」)."""
    return f"{x.quantize(Decimal('1'), ROUND_HALF_UP):,}"


def pc(a: Decimal, b: Decimal) -> str:
    return f"{(a / b * 100).quantize(CENT, ROUND_HALF_UP)}%"


def times(new: Decimal, old: Decimal) -> str:
    """「增长X倍」: the growth over the old figure, in times."""
    return f"增长{((new - old) / old).quantize(CENT, ROUND_HALF_UP)}倍"


@dataclass(frozen=True)
class Office:
    name: str
    short: str  # 「区国资委」
    we: str  # 「本委」「本办」「本校」

    @staticmethod
    def m(x: Decimal) -> str:
        return f"{comma(x)}万元"

    @staticmethod
    def w(x: Decimal) -> str:
        return f"{whole(x)}万元"

    def change(self, new: Decimal, old: Decimal, money: Callable[[Decimal], str] | None = None,
               before: bool = True) -> str:
        """「比上年增加X万元，增长Y%（上年为Z万元）」 (the second reading in brackets when ``before``)."""
        money = money or self.m
        if new == old:
            return "与上年持平"
        up = new > old
        out = (f"比上年{'增加' if up else '减少'}{money(abs(new - old))}，"
               f"{'增长' if up else '下降'}{pc(abs(new - old), old)}")
        return out + (f"（上年为{money(old)}）" if before else "")


def item_para(of: Office, k: int, code: str, spent: Decimal, budget: Decimal, use: str, why: str) -> str:
    """One 项 of 五（三）: budget, 决算, completion, the reason in parentheses."""
    head = f"{k}.{subject(code)}：年初预算为{of.m(budget)}，支出决算为{of.m(spent)}"
    if budget == Z:
        return f"{head}（主要是{why}），主要用于{use}。"
    done = f"{head}，完成年初预算的{pc(spent, budget)}"
    if spent == budget:
        return f"{done}，决算数与年初预算数相等，主要用于{use}。"
    word = "大于" if spent > budget else "小于"
    return f"{done}，决算数{word}年初预算数（主要是{why}），主要用于{use}。"


class Unit(make.Unit):
    """make.Unit, but an empty 公开08/09 says so in a row of the table itself (「本部门无…」), as these offices
    type it into the sheet, instead of a note under it."""

    def tables(self) -> dict:
        tables = super().tables()
        for key, word in (("公开08", "政府性基金"), ("公开09", "国有资本经营")):
            t = tables[key]
            if len(t["rows"]) == 1 and t["rows"][0][2] == "":
                t["rows"].append(["", f"本部门无{word}预算财政拨款收入、支出及结转和结余。", *[""] * 6])
                t["notes"] = t["notes"][:1]
        return tables


GLOSSARY = [
    "第四部分 名词解释",
    "一、财政拨款收入：指单位从同级财政部门取得的财政预算资金，包括一般公共预算财政拨款、政府性基金预算财政拨款和国有"
    "资本经营预算财政拨款。",
    "二、其他收入：指单位取得的除上述收入以外的各项收入。",
    "三、年初结转和结余：指单位上年结转本年使用的基本支出结转、项目支出结转和结余、经营结余。",
    "四、年末结转和结余：指单位按有关规定结转到下年或以后年度继续使用的资金，或项目已完成等产生的结余资金。",
    "五、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。",
    "六、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
    "七、“三公”经费：指部门用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。其中，因公出国"
    "（境）费反映单位公务出国（境）的国际旅费、国外城市间交通费、住宿费、伙食费、培训费、公杂费等支出；公务用车购置"
    "及运行维护费反映单位公务用车购置支出（含车辆购置税、牌照费）及燃料费、维修费、过桥过路费、保险费、安全奖励费用"
    "等支出；公务接待费反映单位按规定开支的各类公务接待（含外宾接待）支出。",
    "八、机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务等的各项资金，包括办公"
    "及印刷费、邮电费、差旅费、会议费、福利费、日常维修费、专用材料及一般设备购置费、办公用房水电费、办公用房取暖费、"
    "办公用房物业管理费、公务用车运行维护费以及其他费用。",
]
