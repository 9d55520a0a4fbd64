"""情况说明 五 (一般公共预算财政拨款支出: 总体, 结构, 具体到项) and 六 (基本支出), in the template's words."""

from __future__ import annotations

from decimal import Decimal

from ..core import catalog as c
from ..core import public_vocab as v
from ..core import reason_keys as rk
from ..narrative import phrases as ph
from .books import ZERO, parent_of
from .tables import economic_lines
from .text_writer import NOT_REPORTED, Claim, Writer, unreported


def chain(w: Writer, code: str) -> str:
    """``教育支出（类）普通教育（款）初中教育（项）``: the line and its parents by name."""
    parts = []
    c_: str | None = code
    while c_ is not None:
        parts.append(c_)
        c_ = parent_of(c_)
    words = {3: "类", 5: "款", 7: "项"}
    return "".join(f"{w.b.names.get(x, x)}（{words[len(x)]}）" for x in reversed(parts))


def leaves(w: Writer) -> list[str]:
    """The lowest lines with 一般公共预算财政拨款 spending or 年初预算 (五(三)'s items)."""
    codes = [code for code in w.b.codes() if (w.b.general_spending(code) or w.b.get(code, "general_budget"))]
    parents = {parent_of(x) for x in codes}
    return [code for code in codes if code not in parents]


def item(w: Writer, i: int, code: str, final_text: str, final: Decimal, budget: Decimal | None) -> str:
    """One 项 of 五(三) (or 八/九): ``n、…（项）。主要用于：…。年初预算为…，支出决算为…。决算数大于
    预算数的主要原因：…`` — the template gives no 完成% per 项; equal figures need no reason."""
    line = w.b.d.line(code)
    text = f"{i}、{chain(w, code)}。"
    # the template's blanks the unit has not filled stay visible (purposes_needed and the callers' blank
    # name the keys): 主要用于：未填报。年初预算未填报，…
    text += ph.used_for(line.purpose) if line is not None and line.purpose else unreported("主要用于：")
    if budget is None:
        return text + f"年初预算{NOT_REPORTED}，支出决算为{final_text}。"
    # a 项 without a 年初预算 reads as the published documents print it (「年初预算为0万元」), never doubled
    # with 「（年初未安排预算）」
    text += f"年初预算为{ph.wan(budget)}，支出决算为{final_text}。"
    if ph.wan_number(final) == ph.wan_number(budget):
        return text + "决算数与预算数持平。"
    named = f"科目{code}“{line.name}”" if line is not None and line.name else f"科目{code}"
    return text + w.explain("final_vs_budget", f"{named}决算数与年初预算数的差异", (code,),
                            lead=f"决算数{ph.more_less(final, budget)}预算数的主要原因：")


def purposes_needed(w: Writer, what: str, codes: list[str]) -> None:
    """One 警告 for the 项 whose 主要用于 is not given (the template states it for every 项; the text
    prints 「主要用于：未填报」)."""
    missing = [x for x in codes if (line := w.b.d.line(x)) is None or not line.purpose]
    if missing:
        shown = "、".join(missing[:6]) + ("等" if len(missing) > 6 else "")
        w.blank(what, "disclosure.lines",
                (f"科目{shown}的" + w.field("disclosure.lines", "purpose", "主要用于", spaced=True),), partly=True,
                at=w.line_at(missing, "purpose"), shown=unreported("主要用于：").rstrip("。"))


def s5_general(w: Writer) -> None:
    w.add("一般公共预算财政拨款支出决算情况说明")
    general = w.cell(w.t["公开05"], ("name", "合计"), "total")
    spending = w.cell(w.t["公开01"], ("out_name", "本年支出合计"), "out_amount")
    w.add("一般公共预算财政拨款支出决算总体情况", level=2)
    t5 = w.t["公开05"]
    total_row = t5.find("name", "合计")
    if total_row is None or total_row.value("total") is None:  # D-LINES-NEEDED says what to fill
        w.para(f"{w.who}{NOT_REPORTED}一般公共预算财政拨款支出。")
        w.add("一般公共预算财政拨款支出决算结构情况", level=2)
        w.para(f"（{NOT_REPORTED}一般公共预算财政拨款支出按功能分类科目的明细。）")
        w.add("一般公共预算财政拨款支出决算具体情况", level=2)
        w.para(f"（{NOT_REPORTED}一般公共预算财政拨款支出按功能分类科目的明细。）")
        return
    text = f"一般公共预算财政拨款支出{w.fig('公开05', ('name', '合计'), 'total')}"
    sh = ph.share_of(general, spending)
    text += f"，占本年支出合计的{sh}。" if sh else "。"
    prior = w.b.d.prior.get("general_spending")
    if prior is None and w.b.only_general:
        priors = [x.get("prior_final") for x in w.b.data.spending if x.key in c.SPENDING_CURRENT]
        if any(p is not None for p in priors):
            prior = sum((p or ZERO for p in priors), ZERO)
    ch = w.change(general, prior, subject="一般公共预算财政拨款支出")
    if ch:
        text += ch + "。"
        if general != prior:
            text += w.explain("final_yoy", "一般公共预算财政拨款支出与上年的变化", general_keys(w))
    elif general:
        w.blank("一般公共预算财政拨款支出决算总体情况", "disclosure.prior",
                ("general_spending（上年一般公共预算财政拨款支出）",), partly=True)
    w.para(text)
    _s5_structure(w, general)


def general_keys(w: Writer) -> tuple[str, ...]:
    """The reason keys of a sentence on 一般公共预算财政拨款支出: its own (asked for when none is
    given), then the fund's (一般公共预算财政拨款, typed for its income: the 分析报告 never reads the spending
    key for income), then 财政拨款 where that is all the unit's 财政拨款, then the total where it is all its money."""
    return (rk.GENERAL_SPENDING, c.FISCAL_INCOME[0], *((rk.FISCAL,) if w.b.fiscal_is_general else ()),
            *(("total",) if w.b.only_general else ()))


def _s5_structure(w: Writer, general: Decimal) -> None:
    t5 = w.t["公开05"]
    w.add("一般公共预算财政拨款支出决算结构情况", level=2)
    classes = [(str(r.values["code"]), r) for r in t5.rows if len(str(r.values.get("code") or "")) == 3]
    if not w.b.all_known("funds"):
        w.para(f"一般公共预算财政拨款支出{ph.wan(general)}（{NOT_REPORTED}按功能分类科目的明细）。")
        w.add("一般公共预算财政拨款支出决算具体情况", level=2)
        w.para(f"（{NOT_REPORTED}一般公共预算财政拨款支出按功能分类科目的明细。）")
        return
    parts = [(f"{r.values['name']}（类）{w.fig('公开05', ('code', code), 'total')}", r.amount("total"))
             for code, r in classes if r.amount("total")]
    if parts:
        w.para(f"一般公共预算财政拨款支出{ph.wan(general)}，主要用于以下方面："
               + "；".join(w.shares(parts, general, "一般公共预算财政拨款支出")) + "。")
    else:
        w.para(f"{w.who}无一般公共预算财政拨款支出。")
    _s5_detail(w, general)


def _s5_detail(w: Writer, general: Decimal) -> None:
    w.add("一般公共预算财政拨款支出决算具体情况", level=2)
    items = leaves(w)
    without = [x for x in items if "general_budget" not in w.b.lines[x]]
    if without:  # a sum over part of the 项 is not the unit's 年初预算
        shown = "、".join(without[:6]) + ("等" if len(without) > 6 else "")
        key = (f"科目{shown}的{w.field('disclosure.lines', 'general_budget')}（只有一般公共预算财政拨款的单位"
               f"也可在“功能分类”表的{w.field('functions', 'budget')}填写）" if w.on_sheet("disclosure.lines")
               else f"科目{shown}的 general_budget（一般公共预算财政拨款年初预算；只有一般公共预算财政拨款的单位"
                    f"也可在 [[functions]] 填 budget）")
        w.blank("一般公共预算财政拨款支出决算具体情况", "disclosure.lines", (key,), partly=True,
                at=w.line_at(without, "general_budget"))
    if items and not without:
        budget = sum((w.b.get(code, "general_budget") for code in w.b.lines if len(code) == 3), ZERO)
        head = (f"一般公共预算财政拨款支出年初预算为{ph.wan(budget)}，"
                f"支出决算为{w.fig('公开05', ('name', '合计'), 'total')}")
        done = ph.completion(general, budget)
        head += f"，{done}。" if done else "。"
        if ph.wan_number(general) == ph.wan_number(budget):
            head += "决算数与预算数持平。"
        else:
            r = w.explain("final_vs_budget", "一般公共预算财政拨款支出决算数与年初预算数的差异",
                          general_keys(w),
                          lead=f"决算数{ph.more_less(general, budget)}预算数的主要原因：")
            head += r
        w.para(head + "其中：")
    elif items:
        w.para(f"一般公共预算财政拨款支出决算为{w.fig('公开05', ('name', '合计'), 'total')}。其中：")
    for i, code in enumerate(items, start=1):
        final = w.b.general_spending(code)
        w.claim(Claim(w.section, ph.wan_number(final), "公开05", ("code", code), "total"))
        w.para(item(w, i, code, ph.wan(final), final, w.b.lines[code].get("general_budget")))
    purposes_needed(w, "一般公共预算财政拨款支出决算具体情况", items)


def s6_basic(w: Writer) -> None:
    w.add("一般公共预算财政拨款基本支出决算情况说明")
    t6 = w.t["公开06"]
    p = w.cell(t6, ("p_name", "人员经费合计"), "p_amount")
    q = w.cell(t6, ("p_name", "人员经费合计"), "c_amount")
    basic = w.cell(w.t["公开05"], ("name", "合计"), "basic")
    total6 = t6.find("p_name", "人员经费合计")
    basic_row = w.t["公开05"].find("name", "合计")
    if total6 is None or basic_row is None or None in (total6.value("p_amount"), total6.value("c_amount"),
                                                       basic_row.value("basic")):
        w.para(f"{w.who}{NOT_REPORTED}一般公共预算财政拨款基本支出的人员经费、公用经费。")
        w.blank("一般公共预算财政拨款基本支出的人员经费、公用经费", "disclosure.basic_economics",
                ("、".join(w.field("disclosure.basic_economics", k) for k in ("code", "name", "final"))
                 + "（一般公共预算财政拨款基本支出按经济分类的各科目）",))
        return
    if not basic and not p and not q:
        w.para(f"{w.who}无一般公共预算财政拨款基本支出。")
        return
    lines = economic_lines(w.b)
    text = f"一般公共预算财政拨款基本支出{w.fig('公开05', ('name', '合计'), 'basic')}。其中："
    bits = []
    unlisted = []
    for panel, column, amount in (("人员经费", "p_amount", p), ("公用经费", "c_amount", q)):
        heads = v.ECONOMIC_PANELS[panel]
        names = [name for code, name, amount in lines if code[:3] in heads and len(code) == 5 and amount]
        if not names:
            names = [name for code, name, amount in lines if code[:3] in heads and amount]
        bit = f"{panel}{w.fig('公开06', ('p_name', '人员经费合计'), column)}"
        if names:  # the template: 不涉及的不列
            bit += f"，主要包括：{'、'.join(names)}"
        elif amount:
            unlisted.append(panel)
        bits.append(bit)
    w.para(text + "；".join(bits) + "。")
    if unlisted and lines:  # the template lists what each is made of; no lines at all: D-ECONOMICS-MISSING
        w.blank("一般公共预算财政拨款基本支出决算情况说明", "disclosure.basic_economics",
                (f"{'、'.join(unlisted)}按经济分类的各款（"
                 + "、".join(w.field("disclosure.basic_economics", k) for k in ("code", "name", "final"))
                 + "），以写出“主要包括”",), partly=True)
