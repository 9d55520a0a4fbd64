"""上海市云溪区 (the sixth set): the 功能分类 names its units add to ``make.NAMES``, number formatters, and ``Slip`` /
``TableSlip``: one error each, the replacement make.py puts in and the record the expected file holds, its correct
value computed in Decimal from the unit's figures by the unit module itself."""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import make
import shared
import slips

errors, table_errors = slips.errors_of, slips.table_errors_of

r2, plain, m, yuan = shared.q, shared.plain_q, shared.sep_q, shared.yuan
pc = shared.pc

ADDED = {
    "20104": "发展与改革事务",
    "2010401": "行政运行",
    "2010402": "一般行政管理事务",
    "2010404": "战略规划与实施",
    "2010408": "物价管理",
    "2010450": "事业运行",
    "2010499": "其他发展与改革事务支出",
    "20105": "统计信息事务",
    "2010501": "行政运行",
    "2010502": "一般行政管理事务",
    "2010505": "专项统计业务",
    "2010507": "专项普查活动",
    "2010508": "统计抽样调查",
    "224": "灾害防治及应急管理支出",
    "22401": "应急管理事务",
    "2240101": "行政运行",
    "2240102": "一般行政管理事务",
    "2240106": "安全监管",
    "2240108": "应急救援",
    "2240109": "应急管理",
    "2240150": "事业运行",
}
make.NAMES.update(ADDED)
_main = sys.modules.get("__main__")
if Path(getattr(_main, "__file__", "") or "").name == "make.py":  # make.py run as a script: its own NAMES too
    _main.NAMES.update(ADDED)  # type: ignore[union-attr]
NAMES = make.NAMES
Z = Decimal("0.00")
CENT = Decimal("0.01")


def rise(now: Decimal, before: Decimal, fmt=m, unit: str = "万元") -> str:
    """「增加X万元，增幅Y%」 / 「减少X万元，降幅Y%」"""
    dd = now - before
    return f"{'增加' if dd >= 0 else '减少'}{fmt(abs(dd))}{unit}，{'增幅' if dd >= 0 else '降幅'}{pc(abs(dd), before)}"


class Slip(slips.Slip):
    """This hand passes the kind before the section."""

    POSITIONAL = ("old", "new", "figure", "kind", "section", "correct", "why")


class TableSlip(slips.TableSlip):
    """This hand passes the kind before the section."""

    POSITIONAL = ("table", "row", "col", "value", "kind", "section", "correct", "why")


def budget(u, fund: str = "gp") -> Decimal:
    return sum((it["budget"] for it in u.items.values() if it["fund"] == fund), Z)


def unit_of(figures: dict):
    """The unit with its tables computed (``eco``, ``p_total``, ``u_total`` set)."""
    u = make.Unit(figures)
    u.tables()
    return u


GLOSSARY = [
    "第四部分 名词解释",
    "一、财政拨款收入：指单位本年度从本级财政部门取得的财政拨款，包括一般公共预算财政拨款、政府性基金预算财政拨款和国有资本"
    "经营预算财政拨款。",
    "二、事业收入：指事业单位开展专业业务活动及其辅助活动取得的收入。",
    "三、经营收入：指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入。",
    "四、其他收入：指单位取得的除“财政拨款收入”、“事业收入”、“经营收入”等以外的收入。{other}",
    "五、年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。",
    "六、年末结转和结余：指本年度或以前年度预算安排、因客观条件发生变化无法按原计划实施，需延迟到以后年度按有关规定继续使用"
    "的资金。",
    "七、基本支出：指单位为保障机构正常运转、完成日常工作任务而发生的各项支出。",
    "八、项目支出：指单位为完成特定的行政工作任务或事业发展目标，在基本支出之外发生的各项支出。",
    "九、经营支出：指事业单位在专业活动及辅助活动之外开展非独立核算经营活动发生的支出。",
    "十、“三公”经费：指单位使用本级财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。",
    "十一、机关运行经费：指行政单位和参照公务员法管理的事业单位使用一般公共预算财政拨款安排的基本支出中的日常公用经费支出。",
]


def glossary(other: str = "") -> list[str]:
    return [p.format(other=other) for p in GLOSSARY]
