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


def _prior(w: Writer, item: str) -> Decimal | None:
    """Last year's final of one income row; None when the row is absent or has no ``prior_final``."""
    return next((x.get("prior_final") for x in w.b.data.income if x.key == item), None)


def _prior_total(w: Writer) -> Decimal | None:
    """Last year's 收入支出总计 derived like for like with this year's (公开01: 本年收入合计 + 使用非财政拨款
    结余 + 年初结转和结余), or None: a balance row with an amount this year needs its ``prior_final``, else
    this year's 总计 (with its 年初结转) would be compared with last year's income alone."""
    priors = [x.get("prior_final") for x in w.b.data.income if x.key in c.INCOME_CURRENT]
    if all(p is None for p in priors):
        return None
    total = sum((p or ZERO for p in priors), ZERO)
    for item in (c.USE_OF_NONFISCAL_SURPLUS, c.OPENING_BALANCE):
        prior = _prior(w, item)
        if prior is None and w.b.income(item):
            return None
        total += prior or ZERO
    return total


def s1_total(w: Writer) -> None:
    w.add("收入支出决算总体情况说明")
    total = w.cell(w.t["公开01"], ("in_name", "总计"), "in_amount")
    text = f"{w.who}收入支出总计{w.fig('公开01', ('in_name', '总计'), 'in_amount')}。"
    prior = w.b.d.prior.get("total")
    if prior is None:
        prior = _prior_total(w)
    if prior is None:
        w.blank("收入支出决算总体情况说明", "disclosure.prior",
                ("total（上年收入支出总计，含上年年初结转和结余）",), partly=True)
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
    text += ("，其中：" + "；".join(w.shares(parts, whole, "本年收入合计")) + "。") if parts else "。"
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
    text += ("，其中：" + "；".join(w.shares(parts, whole, "本年支出合计")) + "。") if parts else "。"
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
            opening = _prior(w, c.OPENING_BALANCE)
            this_opening = w.cell(w.t["公开04"], ("in_name", "年初财政拨款结转和结余"), "in_amount")
            if w.b.only_general and opening is not None:
                prior = prior_income + opening  # all last year's 年初结转和结余 was 财政拨款
            elif not this_opening and not opening:
                prior = prior_income  # no 财政拨款结转和结余 this year nor (as given) last year
            else:  # like for like: this year's 财政拨款收入 against last year's; the 总计 is asked for
                current = w.cell(w.t["公开04"], ("in_name", "本年收入合计"), "in_amount")
                prior = prior_income
                subject = "本年财政拨款收入"
                text += f"其中，本年财政拨款收入{w.fig('公开04', ('in_name', '本年收入合计'), 'in_amount')}。"
                w.blank("财政拨款收入支出决算总体情况说明", "disclosure.prior",
                        ("fiscal_total（上年财政拨款收入支出总计，含上年年初财政拨款结转和结余）",), partly=True)
    if prior is None:
        w.blank("财政拨款收入支出决算总体情况说明", "disclosure.prior", ("fiscal_total（上年财政拨款收入支出总计）",),
                partly=True)
    keys = ("财政拨款", *(("total",) if w.b.only_general else ()))
    w.para(text + _yoy(w, current, prior, subject, f"{subject}与上年的变化", keys))
