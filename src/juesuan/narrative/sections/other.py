"""一 单位情况 (people), 二(三) 结转结余, 二(四) 资产负债 and 附 财务分析指标."""

from __future__ import annotations

from ...core import catalog as c
from ...core import fmt
from ...core.compare import diff
from ...core.indicators import Indicator
from ...core.tables import indicator_value
from .. import phrases as ph
from ..context import Block, Context, Entry
from ..outline import Node, Paragraph

PEOPLE = (
    ("authorized_posts", "核定编制", "名"), ("staff_year_end", "年末在职人员", "人"),
    ("staff_average", "年平均在职人员", "人"), ("retirees", "离退休人员", "人"),
    ("vehicles", "年末公务用车", "辆"), ("office_area_m2", "办公用房使用面积", "平方米"),
)
FAMILY_HEADINGS = {"行政单位": "行政单位财务分析指标", "事业单位": "事业单位财务分析指标",
                   "通用": "其他财务分析指标"}


def people_sentence(ctx: Context) -> str:
    p = ctx.data.people
    parts = [f"{label}{fmt.integer(p[key])}{unit}" for key, label, unit in PEOPLE if key in p]
    return "本单位" + "，".join(parts) + "。" if parts else ""


def people(ctx: Context) -> list[Paragraph]:
    """一(一)3 人员情况: the unit's text, else a sentence from the staffing figures."""
    b = Block(ctx)
    if ctx.text("人员情况"):
        b.own_text("人员情况")
    else:
        b.body(people_sentence(ctx) or ph.placeholder("人员情况"))
    return b.out


def balances(ctx: Context) -> list[Paragraph]:
    """二(三)1: 年初/年末结转和结余, by funding, with the change and reasons."""
    b, u, bal = Block(ctx), ctx.unit, ctx.fig.balances
    opening, closing = bal.total.get("opening"), bal.total.get("closing")
    if opening is None:
        opening = ctx.fig.extra_item(c.OPENING_BALANCE)
    if closing is None:
        closing = ctx.fig.extra_item(c.CLOSING_BALANCE)
    if opening is None and closing is None:
        b.body(ph.placeholder("结转和结余"))
        return b.out
    if not opening and not closing and (opening, closing) != (None, None):  # 0 (or one 0, one blank)
        b.body(f"{ctx.year}年初、年末均无结转和结余。" if opening == closing else f"{ctx.year}无年末结转和结余。"
               if closing == 0 else f"{ctx.year}无年初结转和结余。")
        b.table("balances")
        return b.out
    head = []
    if opening is not None:
        head.append(f"年初结转和结余{ctx.m(opening)}")
    if closing is not None:
        head.append(f"年末结转和结余{ctx.m(closing)}")
    text = f"{ctx.year}" + "，".join(head)
    ch = ph.change(closing, opening, yoy=False, base_word="年初", noun="结转结余", unit=u)
    if ch:
        text += "，" + ch
    text += "。"
    parts = []
    for x in bal.lines:
        if not ph.stated(x, "opening", "closing"):
            continue
        bits = [f"{w}{ctx.m(v)}" for k, w in (("opening", "年初"), ("closing", "年末")) if (v := x.get(k)) is not None]
        parts.append(x.name + "、".join(bits))
    text += ph.joined(parts)
    b.body(text)
    found: list[Entry] = [(x.key, x.name, diff(x.get("closing"), x.get("opening"))) for x in bal.lines]
    b.body(ctx.reasons("balances", found))
    b.table("balances")
    return b.out


def assets(ctx: Context) -> list[Paragraph]:
    """二(四): each asset/liability 本年末 against 上年末, with reasons."""
    b, u, items = Block(ctx), ctx.unit, ctx.fig.assets
    if not items:
        b.body(ph.placeholder("资产负债"))
        return b.out
    parts = []
    for x in items:
        now, before = x.get("year_end"), x.get("prior_year_end")
        if now is None or not ph.stated(x, "year_end", "prior_year_end"):
            continue
        text = f"{x.name}本年末{ctx.m(now)}"
        if before is not None:
            text += f"，上年末{ctx.m(before)}，" + ph.change(now, before, yoy=False, base_word="上年末",
                                                          noun="资产", unit=u)
        parts.append(text)
    b.body(ph.joined(parts, prefix="资产、负债与上年末对比：") or "无。")
    b.table("assets")
    found: list[Entry] = [(x.key, x.name, diff(x.get("year_end"), x.get("prior_year_end"))) for x in items]
    b.body(ctx.reasons("assets", found))
    return b.out


def indicator_family(family: str) -> Node[Context]:
    """One family of 财务分析指标 under its heading, numbered as a list."""

    def body(ctx: Context) -> list[Paragraph]:
        b = Block(ctx)
        for i, ind in enumerate([x for x in ctx.indicators if x.family == family], 1):
            b.body(f"{i}．{ind.name}＝{ind.formula}：{indicator_value(ind)}{_listed_note(ind)}。")
        return b.out

    return Node(FAMILY_HEADINGS[family], body)


def indicator_families(ctx: Context) -> tuple[Node[Context], ...]:
    families: list[str] = []
    for ind in ctx.indicators:
        if ind.family not in families:
            families.append(ind.family)
    return tuple(indicator_family(f) for f in families)


def indicator_table(ctx: Context) -> list[Paragraph]:
    b = Block(ctx)
    b.table("indicators")
    return b.out


def _listed_note(ind: Indicator) -> str:
    """Why the 结构分析 list gives the same ratio another figure: its share took the list's 尾差."""
    if ind.listed is None:
        return ""
    x = ind.listed
    return f"（前文{x.part}占{x.whole}的{fmt.percent(x.share)}，含各项占比四舍五入后的尾差）"
