"""情况说明 一 to 四: 收入支出总计, 收入, 支出, 财政拨款收入支出总计 — in the template's words."""

from __future__ import annotations

from decimal import Decimal

from ..core import catalog as c
from ..core import public_vocab as v
from .books import ZERO
from .text_writer import Writer


def _yoy(w: Writer, current: Decimal, prior: Decimal | None, subject: str, what: str,
         keys: tuple[str, ...]) -> str:
    """``与2023年度相比，<subject>增加…。主要原因：…`` / ``<subject>与2023年度持平。``"""
    ch = w.change(current, prior, subject=subject)
    if not ch:
        return ""
    text = ch + "。"
    if current != prior:
        text += w.explain("final_yoy", what, keys)
    return text


def s1_total(w: Writer) -> None:
    w.add("收入支出决算总体情况说明")
    total = w.cell(w.t["公开01"], ("in_name", "总计"), "in_amount")
    text = f"{w.who}收入支出总计{w.fig('公开01', ('in_name', '总计'), 'in_amount')}。"
    prior = w.b.d.prior.get("total")
    if prior is None and any(x.get("prior_final") is not None for x in w.b.data.income):
        prior = sum((x.get("prior_final") or ZERO for x in w.b.data.income), ZERO)
    if prior is None:
        w.blank("收入支出决算总体情况说明", "disclosure.prior", ("total（上年收入支出总计）",), partly=True)
    w.para(text + _yoy(w, total, prior, "收入支出总计", "收入支出总计与上年的变化", ("total",)))


def s2_income(w: Writer) -> None:
    w.add("收入决算情况说明")
    whole = w.cell(w.t["公开01"], ("in_name", "本年收入合计"), "in_amount")
    text = f"本年收入合计{w.fig('公开01', ('in_name', '本年收入合计'), 'in_amount')}"
    parts = []
    t2 = w.t["公开02"]
    for key, label in (("fiscal", "财政拨款收入"), ("superior", "上级补助收入"), ("business", "事业收入"),
                       ("operating", "经营收入"), ("affiliated", "附属单位上缴收入"), ("other", "其他收入")):
        amount = w.cell(t2, ("name", "合计"), key)
        if amount:  # the template: 不涉及的不列
            parts.append((f"{label}{w.fig('公开02', ('name', '合计'), key)}", amount))
    text += ("，其中：" + "；".join(w.shares(parts, whole)) + "。") if parts else "。"
    w.para(text)


def s3_spending(w: Writer) -> None:
    w.add("支出决算情况说明")
    whole = w.cell(w.t["公开01"], ("out_name", "本年支出合计"), "out_amount")
    text = f"本年支出合计{w.fig('公开01', ('out_name', '本年支出合计'), 'out_amount')}"
    parts = []
    for key, label in v.NATURE_COLUMNS.items():
        amount = w.cell(w.t["公开03"], ("name", "合计"), key)
        if amount:
            parts.append((f"{label}{w.fig('公开03', ('name', '合计'), key)}", amount))
    text += ("，其中：" + "；".join(w.shares(parts, whole)) + "。") if parts else "。"
    w.para(text)


def s4_fiscal(w: Writer) -> None:
    """总计 against last year's 总计 (本年收入 + 年初结转和结余 both years, as section 一); where last
    year's 年初财政拨款结转和结余 is not known, 本年财政拨款收入 against last year's."""
    w.add("财政拨款收入支出决算总体情况说明")
    total = w.cell(w.t["公开04"], ("in_name", "总计"), "in_amount")
    text = f"{w.who}财政拨款收入支出总计{w.fig('公开04', ('in_name', '总计'), 'in_amount')}。"
    prior = w.b.d.prior.get("fiscal_total")
    current = total
    subject = "财政拨款收入支出总计"
    if prior is None:
        priors = [x.get("prior_final") for x in w.b.data.income if x.key in c.FISCAL_INCOME]
        if any(p is not None for p in priors):
            prior_income = sum((p or ZERO for p in priors), ZERO)
            opening = [x.get("prior_final") for x in w.b.data.income if x.key == c.OPENING_BALANCE]
            if w.b.only_general and opening and opening[0] is not None:
                prior = prior_income + opening[0]  # all last year's 年初结转和结余 was 财政拨款
            elif w.b.only_general and not opening:
                prior = prior_income  # a unit that reports no 结转结余 in either year
            else:
                current = w.cell(w.t["公开04"], ("in_name", "本年收入合计"), "in_amount")
                prior = prior_income
                subject = "本年财政拨款收入"
                text += f"其中，本年财政拨款收入{w.fig('公开04', ('in_name', '本年收入合计'), 'in_amount')}。"
    if prior is None:
        w.blank("财政拨款收入支出决算总体情况说明", "disclosure.prior", ("fiscal_total（上年财政拨款收入支出总计）",),
                partly=True)
    keys = ("财政拨款", *(("total",) if w.b.only_general else ()))
    w.para(text + _yoy(w, current, prior, subject, "财政拨款收入支出总计与上年的变化", keys))
