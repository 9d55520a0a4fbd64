"""The “三公” 经费: a 完成预算的X% of an item whose 预算 is 0 — the budget read from the 三公 table
(公开07), or, without it, from the text itself (the total budget less the budgets the other items'
rates imply)."""

from __future__ import annotations

import re
from decimal import Decimal

from ...core.codes import CODES
from ..base import ReviewFinding, finding, iv, iv_sum, meets
from ..blocks import Block, table_unit
from ..figures import Figure
from ..levels import CONTRADICTION, SLIP
from ..rewrite import deleted_span
from ..sentences import Fig, levels_of, sentences, text_sentences
from .text_table import _cell_value, table_kind

ITEMS = ("因公出国", "公务用车", "公务接待")
NAMES = {"因公出国": "因公出国（境）费", "公务用车": "公务用车购置及运行维护费", "公务接待": "公务接待费"}
_T7 = "财政拨款“三公”经费支出决算表"
Range = tuple[Decimal, Decimal]
ZERO = Decimal(100)  # 元: what is left of the 三公 budget at the written values, when it is no budget


def _sane(budget: list[Figure], final: list[Figure]) -> bool:
    """合计 = 出国 + 公务用车 + 接待 and 公务用车 = 购置 + 运行维护, in both blocks (within rounding)."""
    for v in (budget, final):
        if not (meets(iv_sum([iv(v[1]), iv(v[2]), iv(v[5])]), iv(v[0])) and meets(iv_sum([iv(v[3]), iv(v[4])]),
                                                                                    iv(v[2]))):
            return False
    return True


def table_budgets(blocks: list[Block]) -> dict[str, Range] | None:
    """The items' budgets from the 三公 table's data row (12 amounts: 合计, 出国, 公务用车 小计, 购置,
    运行维护, 接待 — each 预算 then 决算, or all 预算 then all 决算); None when not read sanely."""
    for b in blocks:
        if not b.is_table or table_kind(b) != _T7:
            continue
        unit = table_unit(b)
        for row in b.rows:
            values = [v for x in row if (v := _cell_value(x, unit)) is not None]
            if len(values) != 12:
                continue
            layouts = [(values[0::2], values[1::2]), (values[:6], values[6:])]
            read = [bud for bud, fin in layouts if _sane(bud, fin)]
            if not read or any(x.yuan() != y.yuan() for x, y in zip(read[0], read[-1], strict=True)):
                return None  # no layout adds up, or two do and differ: not read
            bud = read[0]  # a 0 printed in the table is no budget at all, however it is written
            return {k: (Decimal(0), Decimal(0)) if v.value == 0 else iv(v)
                    for k, v in (("因公出国", bud[1]), ("公务用车", bud[2]), ("公务接待", bud[5]))}
    return None


def _item(text: str) -> str:
    found = [w for w in ITEMS if w in text]
    return found[-1] if found else ""


def text_budgets(blocks: list[Block]) -> dict[str, Range]:
    """Budgets the text implies: "“三公”经费…预算为B" and, for each item with a 决算 and a rate, 决算 ÷
    rate; an item with 决算 0 (its rate says nothing) gets what is left of B when only one is left."""
    for b in blocks:
        if b.is_table:
            continue
        for s in sentences(b.text):
            if "三公" not in s.text or "完成" not in s.text:
                continue
            clauses = re.split(r"[；;]|其中[：:]", s.text)
            head = levels_of(s.figs)
            budget = next((g.f for g in head if g.kind == "预算" and not _item(g.pre)), None)
            if budget is None:
                continue
            known: dict[str, Range] = {}
            zero: list[str] = []
            for clause in clauses[1:]:
                item = _item(clause)
                fin = re.search(r"决算(?:为|数为|数)?\s*(\d[\d,]*(?:\.\d+)?)\s*万元", clause)
                rate = re.search(r"完成(?:年初|全年)?预算的\s*(\d+(?:\.\d+)?)\s*%", clause)
                if not item or not fin or not rate:
                    continue
                f = Decimal(fin.group(1).replace(",", ""))
                r = Decimal(rate.group(1))
                if f == 0:
                    zero.append(item)
                elif r:
                    fd = Decimal(5).scaleb(-len(fin.group(1).split(".")[-1]) - 1) if "." in fin.group(1) else 0
                    rd = Decimal(5).scaleb(-len(rate.group(1).split(".")[-1]) - 1) if "." in rate.group(1) else 0
                    known[item] = ((f - fd) / (r + rd) * 100 * 10000, (f + fd) / (r - rd) * 100 * 10000)
            if len(known) + len(zero) != len(ITEMS) or not known or not zero:
                return {}
            # what is left of the total at the written values (the rates' own rounding makes any
            # range wide): an item budget of a few 元 is no budget
            left = budget.yuan() - sum((x[0] + x[1]) / 2 for x in known.values())
            if abs(left) > min(ZERO, budget.half_yuan()):
                return {}  # more than the total's own rounding is left: a budget of a few 元 (50.58元) may be real
            return {**known, **{z: (Decimal(0), Decimal(0)) for z in zero}}
    return {}


def rule_sangong_zero_budget(blocks: list[Block]) -> list[ReviewFinding]:
    """ "因公出国（境）费决算为0万元，完成预算的0%" while that item had no budget: no rate of a zero
    budget (the template: 未安排预算 / 不计算完成率)."""
    budgets = table_budgets(blocks)
    source = f"{_T7}：{{}}预算数为0"
    if not budgets:
        budgets = text_budgets(blocks)
        source = "{}预算为0（“三公”经费预算减去其余各项由完成率推算的预算）"
    if not budgets:
        return []
    out = []
    for bi, b, s in text_sentences(blocks):
        if "完成" not in s.text:
            continue
        for k, rate in enumerate(s.figs):
            if rate.role != "rate" or (k and _named_zero(s.figs[k - 1], rate)):
                continue
            start = max(s.text.rfind(x, 0, rate.f.start) for x in "；;：:")
            item = _item(s.text[start + 1 : rate.f.start])
            if not item or item not in budgets:
                continue
            lo, hi = budgets[item]
            if lo <= 0 <= hi and hi - lo <= 2 * ZERO:
                span = deleted_span(s.text, rate.f.start)
                out.append(finding(
                    CODES["R-RATE-ZERO"].level, "R-RATE-ZERO",
                    f"{NAMES[item]}未安排预算，不计算完成率：“{span.strip('，,；;。 ')}”应删去。",
                    bi, b, s.text, rate.f, f"删去“{span}”", source.format(NAMES[item]),
                    nature=SLIP if rate.f.value == 0 else CONTRADICTION,  # 0% of nothing: a habit
                ))
    return out


def _named_zero(before: Fig, rate: Fig) -> bool:
    """「完成全年预算0万元的0%」: a rate of 0 of the budget it names as 0 — the template's blanks filled with zeros,
    every one said, no rate claimed (disclosure._rate_of_named_zero leaves it too)."""
    return before.role == "budget" and before.f.is_money and before.f.value == 0 and rate.f.value == 0
