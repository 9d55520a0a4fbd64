"""二(一) 预算安排, 二(二) 预算执行 and 二(二)1 预、决算差异."""

from __future__ import annotations

from ...core import catalog as c
from ...core.compare import diff
from ...core.figures import PLAN, TOTAL_KEY, Group
from .. import phrases as ph
from ..context import Block, Context
from ..outline import Paragraph


def totals_sentence(ctx: Context, column: str, when: str, what: str) -> str:
    """``本年度单位收入、支出年初预算均为X元。`` (or each side when they differ)."""
    income, spending = ctx.fig.income.total.get(column), ctx.fig.spending.total.get(column)
    if income is not None and income == spending:
        return f"{when}单位收入、支出{what}均为{ctx.m(income)}。"
    parts = []
    if income is not None:
        parts.append(f"收入{what}为{ctx.m(income)}")
    if spending is not None:
        parts.append(f"支出{what}为{ctx.m(spending)}")
    return f"{when}单位" + "，".join(parts) + "。" if parts else ""


def arrangement(ctx: Context) -> list[Paragraph]:
    """二(一): 本年年初预算 by nature, and against 上年预算."""
    b, s, u = Block(ctx), ctx.fig.spending, ctx.unit
    if not any(x.get("budget") is not None for x in s.lines):
        b.body("未填写本年年初预算。")
        return b.out
    b.body(totals_sentence(ctx, "budget", "本年度", "年初预算"), ph.listing(s.lines, "budget", unit=u))
    if s.total.get("prior_budget") is not None:
        b.body(totals_sentence(ctx, "prior_budget", ctx.prior_year, "年初预算"),
               ph.listing(s.lines, "prior_budget", unit=u))
        parts = []
        for x in s.lines:
            ch = ph.change(x.get("budget"), x.get("prior_budget"), yoy=False, noun="预算", unit=u)
            if ch:
                parts.append(f"{x.name}预算{ch}")
        total = ph.change(s.total.get("budget"), s.total.get("prior_budget"), yoy=False, noun="预算", unit=u)
        b.body(f"本年预算总额{total}。" if total else "", ph.joined(parts))
        head = [(TOTAL_KEY, "预算总额", diff(s.total.get("budget"), s.total.get("prior_budget")))]
        b.body(ctx.reasons("budget_yoy", head + ctx.entries(s.lines, "budget", "prior_budget")))
    b.table("budget_by_nature")
    b.chart("budget_arrangement")
    return b.out


def _final_sentence(ctx: Context) -> tuple[str, list[str]]:
    """``本年度单位收入决算为X元，比预算…，完成预算的…%；支出决算为Y元，比预算…，预算执行率…%。`` — each
    side with its own budget (one clause for both only when their 决算 and budget are the same), and
    the budget words used."""
    sides = []  # (name, final, plan, comparison, budget word)
    f = ctx.fig
    for name, total, word in (("收入", f.income.total, "完成预算"), ("支出", f.spending.total, "预算执行率")):
        final = total.get("final")
        if final is not None:
            w = ctx.plan_word([total])
            vs = ph.vs_budget(final, total.get(PLAN), word=word, show_base=True, unit=ctx.unit, budget_word=w)
            sides.append((name, final, total.get(PLAN), vs, w))
    if len(sides) == 2 and sides[0][1:3] == sides[1][1:3]:
        _, final, _, vs, w = sides[1]
        return f"本年度单位收入、支出决算均为{ctx.m(final)}" + (f"，{vs}。" if vs else "。"), [w] if vs else []
    clauses = [f"{name}决算为{ctx.m(final)}" + (f"，{vs}" if vs else "") for name, final, _, vs, _ in sides]
    return "本年度单位" + "；".join(clauses) + "。", [w for *_, vs, w in sides if vs]


def execution(ctx: Context) -> list[Paragraph]:
    """二(二): 本年决算 against the budget in force and against 上年决算."""
    b, s, u = Block(ctx), ctx.fig.spending, ctx.unit
    final, plan = s.total.get("final"), s.total.get(PLAN)
    if final is None:
        b.body(_gap(s, "final"))
        return b.out
    head, words = _final_sentence(ctx)
    parts = []
    for x in s.lines:
        a = x.get("final")
        if a is None or not ph.stated(x, "final", PLAN):
            continue
        xw = ctx.plan_word([x])  # each line names its own budget: 调整预算 or 年初预算
        detail = ph.vs_budget(a, x.get(PLAN), unit=u, budget_word=xw)
        words += [xw] if detail else []
        parts.append(f"{x.name}决算{ctx.m(a)}" + (f"，{detail}" if detail else ""))
    b.body(head, ctx.define(*words), ph.joined(parts))
    total_entry = [(TOTAL_KEY, "决算总额", diff(final, plan))]
    b.body(ctx.reasons("final_vs_budget", total_entry + ctx.entries(s.lines, "final", PLAN)))
    prior = s.total.get("prior_final")
    if prior is not None:
        parts = []
        for x in s.lines:
            ch = ph.delta(x.get("final"), x.get("prior_final"), yoy=True, noun="支出", unit=u)
            if ch:
                parts.append(f"{x.name}{ch}")
        # the total's change is stated once, in 2(2) 收入支出与上年度对比; here its parts, this year's against
        # the year just named (after 「2023年度支出决算为X。」 a bare 与上年相比 reads as 2023's own change)
        b.body(f"{ctx.prior_year}支出决算为{ctx.m(prior)}。", ph.joined(parts, prefix=f"本年与{ctx.prior_year}相比，"))
        b.body(ctx.reasons("final_yoy", ctx.entries(s.lines, "final", "prior_final")))
    b.table("final_by_nature")
    b.chart("budget_execution")
    b.chart("final_yoy")
    return b.out


def differences(ctx: Context) -> list[Paragraph]:
    """二(二)1(1): 预、决算 by income source and by function class."""
    b, u = Block(ctx), ctx.unit
    f, inc = ctx.fig.functions, ctx.fig.income
    if inc.lines and inc.total.get("final") is not None:
        parts, words = [], []
        for x in inc.lines:
            plan, final = x.get(PLAN), x.get("final")
            if plan is not None and final is not None and ph.stated(x, PLAN, "final"):
                words.append(w := ctx.plan_word([x]))
                parts.append(x.name + ph.plan_and_final(plan, final, unit=u, budget_word=w,
                                                         rate_word=c.RATE_WORDS["income"]))
        b.body(ph.joined(parts, prefix="按收入来源："), ctx.define(*words))
        if len(inc.lines) > 1:
            b.table("final_by_income")
    if f:
        parts, words = [], []
        for x in f.lines:
            plan, final = x.get(PLAN), x.get("final")
            if not ph.stated(x, PLAN, "final"):
                continue
            w = ctx.plan_word([x])  # a 类 whose 款/项 mix says 全年预算
            words += [w] if plan else []
            parts.append(x.name + ph.plan_and_final(plan, final, unit=u, budget_word=w))
        total = ""
        t_plan, t_final = f.total.get(PLAN), f.total.get("final")
        if t_plan is not None and t_final is not None:
            words.insert(0, w := ctx.plan_word([f.total]))
            total = f"按支出功能分类，本年支出{w}{ctx.m(t_plan)}，决算{ctx.m(t_final)}。"
        b.body(total, ctx.define(*words), ph.joined(parts, prefix="其中：" if total else "按支出功能分类："))
        if f.total.get("prior_final") is not None:
            yoy = [f"{x.name}{ph.change(x.get('final'), x.get('prior_final'), yoy=True, noun='支出', unit=u)}"
                   for x in f.lines if x.get("final") is not None and x.get("prior_final") is not None]
            b.body(ph.joined(yoy, prefix="与上年决算相比："))
        b.table("final_by_function")
    elif not inc.lines:
        b.body(ph.placeholder("收入及支出功能分类"))
    return b.out


def difference_reasons(ctx: Context) -> list[Paragraph]:
    """二(二)1(2): the unit's reasons for the differences, grouped."""
    b = Block(ctx)
    f, inc = ctx.fig.functions, ctx.fig.income
    # spending classes and income sources are never one subject: each kind gets its own sentence
    text = ctx.reasons("final_vs_budget", ctx.entries(f.lines, "final", PLAN),
                       ("final_yoy", ctx.entries(f.lines, "final", "prior_final")))
    if len(inc.lines) > 1:
        text += ctx.reasons("final_vs_budget", ctx.entries(inc.lines, "final", PLAN))
    b.body(text or "预、决算无需说明的重大差异。" if f or inc.lines else ph.placeholder("收入及支出功能分类"))
    b.chart("functions")
    return b.out


def _gap(g: Group, column: str) -> str:
    """What the report says for a column it cannot total: never filled, or filled with a gap (a cell
    the 审核 rejected, or a line left blank in a column other lines do not fill)."""
    label = c.SCENARIOS[column]
    if column in g.incomplete:
        return f"{label}未填写完整（见审核结果），{g.title}合计及相关分析不计算。"
    return f"未填写{label}。"
