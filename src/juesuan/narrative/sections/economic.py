"""二(二)3 支出按经济分类: 三公经费, 会议费, 培训费 and the other large items."""

from __future__ import annotations

from decimal import Decimal

from ...core import catalog as c
from ...core import fmt
from ...core import reason_keys as rk
from ...core.compare import diff, rate, ratio
from ...core.figures import PLAN
from ...core.model import Line
from .. import phrases as ph
from ..context import Block, Context
from ..outline import Paragraph

# (quantity, the phrase of this year's count, its unit: last year's count is written with it too)
QUANTITY_PHRASES = (("出国团组数", "因公出国（境）团组{}", "个"), ("出国人次", "出国{}", "人次"),
                    ("公务用车购置数", "购置公务用车{}", "辆"), ("公务用车保有量", "年末公务用车保有量{}", "辆"),
                    ("接待批次", "公务接待{}", "批次"), ("接待人次", "接待{}", "人次"))


def per_capita(ctx: Context, amount: Decimal | None) -> str:
    if not amount:
        return ""
    value = ratio(amount, ctx.data.people.get("staff_average"))
    if value is None or ph.shows_zero(value, ctx.unit):  # never 「人均0.00万元」 beside an amount
        return ""
    return f"，人均{ctx.m(value)}"


def _items(ctx: Context) -> list[tuple[str, Decimal, str]]:
    """(label, 决算, detail) of the three 三公 items with a 决算; the car pair is one item."""
    tp, car, out = ctx.fig.three_public, ctx.fig.car, []
    abroad, reception = tp.line(c.ABROAD), tp.line(c.RECEPTION)
    if abroad is not None and (v := abroad.get("final")):
        out.append(("因公出国（境）费", v, ""))
    total = car.total.get("final") if car else None
    spent = [x for x in car.lines if x.get("final")] if car else []  # an item of 0 is not listed
    if total and len(spent) > 1:
        inner = "，".join(f"{x.name}{ctx.m(x.get('final') or Decimal(0))}" for x in spent)
        out.append(("公务用车购置及运行维护费", total, f"（{inner}）"))
    elif total:
        out.append((spent[0].name, total, ""))
    if reception is not None and (v := reception.get("final")):
        out.append(("公务接待费", v, ""))
    return out


def three_public_total(ctx: Context) -> str:
    """The 决算公开 sentence: 预算, 决算, 完成预算的 X%, change, 人均; each item with 占 X%."""
    tp, u = ctx.fig.three_public, ctx.unit
    final, plan = tp.total.get("final"), tp.total.get(PLAN)
    if final is None:
        return ""
    head = f"{ctx.year}“三公”经费"
    if plan == 0:  # no budget: 「支出决算X元（未安排预算）」, never 「预算0.00元」
        head += f"支出决算{ctx.m(final)}" + (f"（{ph.unbudgeted(ctx.plan_word([tp.total]))}）" if final else "")
    elif plan is not None:
        w = ctx.plan_word([tp.total])
        head += f"{w}{ctx.m(plan)}，决算{ctx.m(final)}"
        r = rate(final, plan)
        if r is None:
            head += f"（{ph.unbudgeted(w)}）"
        elif ph.shows_zero(plan, u):
            head += f"（{w}{ph.under_cent(u)}，不计算完成率）"
        else:
            head += f"，完成{w}的{fmt.percent(r)}"
        head += ctx.define(w)
    else:
        head += f"支出决算{ctx.m(final)}"
    ch = ph.change(final, tp.total.get("prior_final"), yoy=True, noun="支出", unit=u)
    head += (f"，{ch}" if ch else "") + "。"
    items = _items(ctx)
    share = ph.shares([v for _, v, _ in items], final) if items else None
    parts = [f"{label}{ctx.m(v)}" + (f"，占{fmt.percent(share[i])}" if share and v else "") + detail
             for i, (label, v, detail) in enumerate(items)]
    # 人均 after the items: "其中" must follow the total it breaks down, not a per-head figure
    each = per_capita(ctx, final)
    note = ph.tail_note([v for _, v, _ in items], final, [label for label, _, _ in items])
    return head + ph.joined(parts) + note + (f"“三公”经费{each.lstrip('，')}。" if each else "")


def three_public(ctx: Context) -> list[Paragraph]:
    """(1) 三公经费: the total, each item against 上年 and 预算, 实物量, reasons."""
    b, tp, u = Block(ctx), ctx.fig.three_public, ctx.unit
    if not tp:
        b.body(ph.placeholder("“三公”经费"))
        return b.out
    sentences = [three_public_total(ctx)]
    listed = bool(sentences[0])  # the total's sentence has given each item's amount
    for x in tp.lines:
        a = x.get("final")
        if not a and not x.get("prior_final") and not x.get(PLAN):
            continue
        bits = [ph.change(a, x.get("prior_final"), yoy=True, noun="支出", show_base=True, unit=u),
                ph.vs_budget(a, x.get(PLAN), word="完成预算", show_base=True, unit=u,
                             budget_word=ctx.plan_word([x]))]
        bits = [t for t in bits if t]
        if a is not None and (bits or a):
            if listed and bits:  # the amount is stated once, in the total's sentence
                sentences.append(f"{ph.plain(x.name)}" + "；".join(bits) + per_capita(ctx, a) + "。")
                continue
            sentences.append(f"{ph.plain(x.name)}{ctx.m(a)}" + ("，" + "；".join(bits) if bits else "")
                             + per_capita(ctx, a) + "。")
    zero = [x.name for x in tp.lines if x.get("final") == 0 and not x.get("prior_final")]
    if zero:
        sentences.append(f"{ctx.year}未发生{'、'.join(ph.plain(n) for n in zero)}支出。")
    b.body(*sentences)
    b.body(quantity_sentence(ctx))
    t = tp.total
    b.body(ctx.reasons("final_yoy", [(rk.THREE_PUBLIC, "“三公”经费", diff(t.get("final"), t.get("prior_final"))),
                                     *ctx.entries(tp.lines, "final", "prior_final")],
                       ("final_vs_budget", [(rk.THREE_PUBLIC, "“三公”经费", diff(t.get("final"), t.get(PLAN))),
                                            *ctx.entries(tp.lines, "final", PLAN)])))
    b.chart("three_public")
    return b.out


def quantity_sentence(ctx: Context) -> str:
    """实物量 of the 三公: only the counts given, each with last year's where given."""
    parts = []
    for key, phrase, unit in QUANTITY_PHRASES:
        now, before = ctx.data.quantity(key), ctx.data.quantity(key, "prior_final")
        if now is None:
            continue
        text = phrase.format(fmt.integer(now)) + unit
        if before is not None:
            text += f"（上年{fmt.integer(before)}{unit}）"
        parts.append(text)
    return f"实物量方面：{ctx.year}" + "，".join(parts) + "。" if parts else ""


def _meeting_like(ctx: Context, line: Line | None, noun: str, times: str, people: str) -> list[Paragraph]:
    b, u, label = Block(ctx), ctx.unit, f"{noun}费"
    a = line.get("final") if line is not None else None
    if line is None or a is None:
        b.body(ph.placeholder(f"{label}本年决算"))
        return b.out
    prior = line.get("prior_final")
    if a == 0 and not prior:
        tail = "及上年度均" if prior == 0 else ""
        b.body(f"{ctx.year}{tail}无{label}支出。")
        return b.out
    w = ctx.plan_word([line])
    bits = [ph.change(a, prior, yoy=True, noun="支出", show_base=True, unit=u),
            ph.vs_budget(a, line.get(PLAN), word="完成预算", show_base=True, unit=u, budget_word=w)]
    text = f"{ctx.year}{label}支出{ctx.m(a)}" + "".join(f"，{t}" for t in bits if t)
    text += per_capita(ctx, a) + "。"
    n, p = ctx.data.quantity(times), ctx.data.quantity(people)
    if n is not None or p is not None:
        counts = []
        if n is not None:
            counts.append(f"{noun}{fmt.integer(n)}次")
        if p is not None:
            counts.append(f"{fmt.integer(p)}人次")
        text += f"全年{'、'.join(counts)}"
        per = ratio(a, p)
        text += f"，每人次{ctx.m(per)}。" if per is not None else "。"
    b.body(text)
    b.body(ctx.reasons("final_vs_budget", ctx.entries([line], "final", PLAN),
                       ("final_yoy", ctx.entries([line], "final", "prior_final"))))
    return b.out


def meeting(ctx: Context) -> list[Paragraph]:
    """(2) 会议费."""
    return _meeting_like(ctx, ctx.fig.meeting, "会议", "会议次数", "会议人次")


def training(ctx: Context) -> list[Paragraph]:
    """(3) 培训费, then the tables of controlled spending and 实物量."""
    b = Block(ctx, _meeting_like(ctx, ctx.fig.training, "培训", "培训次数", "培训人次"))
    b.table("controlled")
    b.table("quantities")
    return b.out


def other_large(ctx: Context) -> list[Paragraph]:
    """(4) spending by economic class with shares, and the unit's text."""
    b, econ = Block(ctx), ctx.fig.economics
    t = econ.total.get("final") if econ else None
    if not t:
        b.own_text("其他重要支出")
        return b.out
    listed = [(x, v) for x in econ.lines if (v := x.get("final"))]  # an item of 0 is not listed
    pcts = ph.shares([v for _, v in listed], t) or []
    parts = [f"{x.name}{ctx.m(v)}，占{fmt.percent(r)}" for (x, v), r in zip(listed, pcts, strict=True)]
    b.body(f"按支出经济分类，本年支出{ctx.m(t)}。其中：" + "；".join(parts) + "。",
           ph.tail_note([v for _, v in listed], t, [x.name for x, _ in listed]))
    if ctx.text("其他重要支出"):
        b.own_text("其他重要支出")
    return b.out

