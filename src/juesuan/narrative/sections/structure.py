"""二(二)2 结构分析, 二(二)4 财政拨款 and 二(二)5 非财政拨款."""

from __future__ import annotations

from decimal import Decimal

from ...core import catalog as c
from ...core import fmt
from ...core import reason_keys as rk
from ...core.charts import sole_part
from ...core.compare import diff
from ...core.figures import TOTAL_KEY, has_adjusted
from ...core.indicators import listed_shares
from ...core.model import Line
from ...core.tables import fiscal_spending, nonfiscal_income
from .. import phrases as ph
from ..context import Block, Context
from ..outline import Paragraph


def shares(ctx: Context) -> list[Paragraph]:
    """2(1): each source's share of 本年收入合计 and each nature's of 本年支出合计."""
    b = Block(ctx)
    for g, whole in ((ctx.fig.income, "本年收入合计"), (ctx.fig.spending, "本年支出合计")):
        t = g.total.get("final")
        if t is None:
            continue
        sole = sole_part(g)
        if sole is not None and sole.get("final") == t:  # one part: no pie, and no 占100.00%
            b.body(f"{whole}{ctx.m(t)}，全部为{sole.name}。")
            continue
        listed = listed_shares(g)  # an item of 0 is not listed; the indicators quote the same list
        parts = [f"{x.name}{ctx.m(a)}，占{whole}的{fmt.percent(r)}" for x, a, r in listed]
        b.body(f"{whole}{ctx.m(t)}。", ph.joined(parts),
               ph.tail_note([a for _, a, _ in listed], t, [x.name for x, _, _ in listed]))
    b.table("structure_spending")
    b.chart("income_structure")
    b.chart("spending_structure")
    return b.out


def year_on_year(ctx: Context) -> list[Paragraph]:
    """2(2): income and spending against 上年决算, and the spending structure's moves."""
    b, u = Block(ctx), ctx.unit
    inc, s = ctx.fig.income, ctx.fig.spending
    written = False
    both = [(g.total.get("final"), g.total.get("prior_final")) for g in (inc, s)]
    sides = [("收入、支出", both[0])] if both[0] == both[1] else list(zip(("收入", "支出"), both, strict=True))
    for whole, (now, before) in sides:  # one sentence where income and spending are the same figures
        if now is None or before is None:
            continue
        written = True
        d = ph.delta(now, before, yoy=True, noun=whole[-2:], unit=u)
        if not d:
            continue
        are = "均为" if "、" in whole else "为"
        b.body(f"{ctx.year}决算{whole}{are}{ctx.m(now)}，"
               + (f"与{ctx.prior_year}持平（{ctx.m(before)}）。" if d == "持平"
                  else f"比{ctx.prior_year}{ctx.m(before)}{d}。"))
    now, before = s.total.get("final"), s.total.get("prior_final")
    if now and before:
        moves = []
        # the shares as 2(1) prints them (one 尾差 rule, phrases.shares), this year's and last year's
        this, last = _listed_shares(s.lines, "final", now), _listed_shares(s.lines, "prior_final", before)
        for x in s.lines:
            if not ph.stated(x, "final", "prior_final") or x.get("final") is None or x.get("prior_final") is None:
                continue
            a2, p2 = this.get(x.key, Decimal(0)), last.get(x.key, Decimal(0))
            if a2 == p2:
                moves.append(f"{x.name}占比与上年持平（{fmt.percent(a2)}）")
            else:
                word = "上升" if a2 > p2 else "下降"
                moves.append(f"{x.name}占比由上年的{fmt.percent(p2)}{word}至{fmt.percent(a2)}")
        b.body(ph.joined(moves, prefix="从支出结构看，", sep="，"))
    if written:
        t = ctx.fig.summary(TOTAL_KEY)  # spending's totals, income's where spending lacks 上年
        assert t is not None
        b.body(ctx.reasons("final_yoy", [(TOTAL_KEY, "收入支出总额", diff(t.get("final"), t.get("prior_final")))]))
    else:
        gap = next((col for col in ("final", "prior_final") for g in (inc, s) if col in g.incomplete), None)
        b.body(f"{c.SCENARIOS[gap]}未填写完整（见审核结果），不作上下年对比。" if gap
               else "未填写上年决算，不作上下年对比。")
    return b.out


def _listed_shares(lines: tuple[Line, ...], column: str, whole: Decimal) -> dict[str, Decimal]:
    """Each line's share of ``whole`` in ``column`` as a share list prints it (items of 0 left out,
    the 尾差 on the largest): the same figure wherever the report states that share."""
    listed = [(x.key, v) for x in lines if (v := x.get(column))]
    return dict(zip((k for k, _ in listed), ph.shares([v for _, v in listed], whole) or [], strict=False))


def fiscal(ctx: Context) -> list[Paragraph]:
    """4: 财政拨款 income (预算, 决算) and spending: 基本支出 (人员/公用) and 项目支出."""
    b = Block(ctx)
    fiscal_income = [x for x in ctx.fig.income.lines if x.key in c.FISCAL_INCOME]
    # a source the unit does not have (0 in every column) is not listed
    fiscal_income = [x for x in fiscal_income if ph.stated(x, *x.values)] or fiscal_income
    if not fiscal_income:
        b.body("无。" if ctx.fig.income.lines else ph.placeholder("收入"))
        return b.out
    # 财政拨款 spending is known by its 年初 budget only, so income is compared on the same basis
    budget_word = ctx.budget_word
    b.body(_fiscal_income(ctx, fiscal_income, budget_word))
    if not nonfiscal_income(ctx.fig):
        b.body("单位收入全部为财政拨款，财政拨款支出即本年支出。")
    _fiscal_changes(b, fiscal_income)
    g = fiscal_spending(ctx.fig)
    if g is None:  # not given for a unit with other income: 审核 says which cells (I-FISCAL-SPENDING)
        return b.out
    for column, word in (("budget", budget_word), ("final", "决算")):
        t = g.total.get(column)
        if t is None:
            continue
        basic = [(x, v) for x in g.lines if x.key in c.BASIC_SPENDING and (v := x.get(column))]
        parts = []
        total = sum((v for _, v in basic), Decimal(0))
        project = g.line(c.PROJECT)
        pv = (project.get(column) if project is not None else None) or Decimal(0)
        got = ph.shares([total, pv], t)  # one 尾差 rule for every share list
        pcts: list[Decimal | None] = [None, None] if got is None else list(got)
        if basic:
            inner = "，".join(f"{x.name}{ctx.m(v)}" for x, v in basic)
            parts.append(f"基本支出{ctx.m(total)}（{inner}）" + _pct(pcts[0]))
        if pv:
            parts.append(f"项目支出{ctx.m(pv)}" + _pct(pcts[1]))
        parts += [f"{x.name}{ctx.m(v)}" for x in g.lines
                  if x.key not in (*c.BASIC_SPENDING, c.PROJECT) and (v := x.get(column))]
        b.body(f"财政拨款支出{word}{ctx.m(t)}。" + ph.joined(parts),
               ph.tail_note([total, pv], t, ["基本支出", "项目支出"]))
    fiscal_line = ctx.fig.summary(rk.FISCAL)
    same = fiscal_line is not None and all(g.total.get(k) == fiscal_line.get(k) for k in ("budget", "final"))
    vs = ph.vs_budget(g.total.get("final"), g.total.get("budget"), word="完成预算", unit=ctx.unit,
                      budget_word=budget_word)
    if vs and not same:  # the income sentence has already said it, figure for figure
        b.body(f"财政拨款支出决算{vs}。")
    b.table("fiscal")
    return b.out


def _pct(share: Decimal | None) -> str:
    return "" if share is None else f"，占{fmt.percent(share)}"


def _fiscal_changes(b: Block, sources: list[Line]) -> None:
    """财政拨款收入 against 上年决算 (each source where there are several), and the unit's reasons
    for it and for its difference from the 年初预算 (the 合计 reason where all income is 财政拨款)."""
    ctx, u = b.ctx, b.ctx.unit
    line = ctx.fig.summary(rk.FISCAL)
    if line is None:
        return
    now, before = line.get("final"), line.get("prior_final")
    ch = ph.change(now, before, yoy=True, noun="收入", show_base=True, unit=u)
    many = sources if len(sources) > 1 else []
    parts = [f"{x.name}{t}" for x in many
             if (t := ph.change(x.get("final"), x.get("prior_final"), yoy=True, noun="收入", unit=u))]
    all_fiscal = not nonfiscal_income(ctx.fig)
    if ch:  # the section's own comparison (where all income is fiscal, 2(2)'s change once more)
        b.body(f"财政拨款收入决算{ch}。", ph.joined(parts))

    def key(comparison: str) -> str:
        if ctx.fig.reason(comparison, rk.FISCAL) or not all_fiscal:
            return rk.FISCAL
        return TOTAL_KEY if comparison == "final_yoy" or not has_adjusted(ctx.data) else rk.FISCAL

    yoy = [(key("final_yoy"), "财政拨款收入", diff(now, before)), *ctx.entries(many, "final", "prior_final")]
    vs = [(key("final_vs_budget"), "财政拨款收入", diff(now, line.get("budget")))]
    b.body(ctx.reasons("final_yoy", yoy, ("final_vs_budget", vs)))


def _fiscal_income(ctx: Context, lines: list[Line], budget_word: str) -> str:
    """``本年度财政拨款收入年初预算X元，决算Y元，比年初预算增加Z元，完成年初预算的R%。``"""
    bits: list[str] = []
    totals: dict[str, Decimal] = {}
    for column, word in (("budget", budget_word), ("final", "决算")):
        values = [x.get(column) for x in lines]
        known = [v for v in values if v is not None]
        if len(known) < len(values):
            continue
        totals[column] = sum(known, Decimal(0))
        inner = "，".join(f"{x.name}{ctx.m(v)}" for x, v in zip(lines, known, strict=True)) \
            if len(lines) > 1 else ""
        bits.append(f"{word}{ctx.m(totals[column])}" + (f"（{inner}）" if inner else ""))
    if not bits:
        return ""
    vs = ph.vs_budget(totals.get("final"), totals.get("budget"), word="完成预算", unit=ctx.unit,
                      budget_word=budget_word)
    return "本年度财政拨款收入" + "，".join([*bits, *([vs] if vs else [])]) + "。"


def nonfiscal(ctx: Context) -> list[Paragraph]:
    """5: 非财政拨款 income with its share and change; 无 when there is none."""
    b, u = Block(ctx), ctx.unit
    shown = {x.key for x in ctx.fig.income_changes()}
    lines = [x for x in nonfiscal_income(ctx.fig) if x.key in shown]
    if not lines:
        b.body("无。" if ctx.fig.income.lines else ph.placeholder("收入"))
        return b.out
    if any(x.get("final") is None and ctx.fig.unread(x, "final") for x in lines):
        b.body("非财政拨款收入的本年决算未填写完整（见审核结果），不作分析。")
        return b.out
    t = sum((x.get("final") or Decimal(0) for x in lines), Decimal(0))
    parts = []
    for x in lines:
        ch = ph.change(x.get("final"), x.get("prior_final"), yoy=True, noun="收入", unit=u)
        parts.append(f"{x.name}{ctx.m(x.get('final') or Decimal(0))}" + (f"，{ch}" if ch else ""))
    b.body(f"本年度非财政拨款收入{ctx.m(t)}" + ph.share(t, ctx.fig.income.total.get("final"), "本年收入合计的")
           + "。其中：" + "；".join(parts) + "。")
    b.body(ctx.reasons("final_yoy", ctx.entries(lines, "final", "prior_final")))
    return b.out
