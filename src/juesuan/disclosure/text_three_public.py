"""情况说明 七: 财政拨款“三公”经费 — against 年初预算, against last year (each item's reason matched
by direction), and item by item — in the template's words."""

from __future__ import annotations

from decimal import Decimal

from ..core import catalog as c
from ..narrative import phrases as ph
from ..narrative.phrases import sentence_end
from .tables import controlled
from .text_writer import NOT_REPORTED, Writer, direction, unexplained, unreported

CAR = "公务用车购置及运行维护费"
ITEMS = ((c.ABROAD, "因公出国（境）费"), (CAR, CAR), (c.RECEPTION, "公务接待费"))
PARTS = {c.ABROAD: (c.ABROAD,), CAR: (CAR, c.CAR_PURCHASE, c.CAR_RUNNING), c.RECEPTION: (c.RECEPTION,)}
TOTAL_KEY = "三公经费"


def _zero(amount: Decimal) -> bool:
    return ph.wan_number(amount) == "0.00"


def _typed(w: Writer, column: str, keys: tuple[str, ...] = c.THREE_PUBLIC) -> bool:
    return any(x.get(column) is not None for x in w.b.data.controlled if x.key in keys)


def _moves(w: Writer, keys: tuple[str, ...], base: str) -> list[tuple[str, int]]:
    """Each key with the direction of its own change (决算 against ``base``)."""
    return [(k, direction(controlled(w.b, k, "final"), controlled(w.b, k, base))) for k in keys]


def _change(w: Writer, current: Decimal, prior: Decimal) -> str:
    """``增加5.07万元，增长42.68%`` / ``与2023年度持平`` (the template's 比2023年度… form); nothing in
    either year: ``为0.00万元，与2023年度持平`` (as published: a bare 持平 reads as if there were some)."""
    ch = ph.change_wan(current, prior, base=w.base)
    if ch == f"与{w.base}持平" and _zero(current) and _zero(prior):
        return f"为{ph.wan(current)}，{ch}"
    lead = f"与{w.base}相比，"
    return ch.removeprefix(lead) if ch.startswith(lead) else ch


def s7_three_public(w: Writer) -> None:
    w.add("财政拨款“三公”经费支出决算情况说明")
    b = w.b
    if not any(_typed(w, column) for column in ("budget", "final", "prior_final")):  # not 0: not given
        w.para(f"{w.who}{NOT_REPORTED}“三公”经费财政拨款支出情况。")
        w.blank("“三公”经费财政拨款支出情况", "controlled",
                (f"{'、'.join(w.row_label('controlled', k) for k in c.THREE_PUBLIC)}"
                 + ("各行的" if w.on_sheet("controlled") else "各一行（item = \"…\"），每行的 ")
                 + "、".join(w.field("controlled", k, g) for k, g in (("budget", "年初预算"), ("final", "决算"),
                                                                     ("prior_final", "上年决算"))),),
                at=("controlled", c.THREE_PUBLIC[0], "budget"))
        return
    total, budget, prior = (controlled(b, "合计", col) for col in ("final", "budget", "prior_final"))
    if _zero(total) and _zero(budget) and _zero(prior):
        w.para(f"{w.who}无“三公”经费财政拨款支出。")
        return
    w.add("“三公”经费财政拨款支出决算总体情况说明", level=2)
    _against_budget(w, total, budget)
    _against_last_year(w, total, prior)
    w.add("“三公”经费财政拨款支出决算具体情况说明", level=2)
    if _zero(total):
        w.para(f"{w.who}无“三公”经费财政拨款支出。")
        return
    f = w.fig
    by_item = [(f"{label}支出决算{f('公开07', ('', ''), f'final:{item}')}", controlled(b, item, "final"))
               for item, label in ITEMS]
    listed = "；".join(w.shares(by_item, total, "“三公”经费财政拨款支出"))
    w.para(f"“三公”经费财政拨款支出决算中，{listed}。具体情况如下：")
    unsaid: list[str] = []
    _abroad(w, unsaid)
    _cars(w, unsaid)
    _reception(w, unsaid)
    if unsaid:
        w.blank("“三公”经费财政拨款支出决算具体情况说明", "disclosure.three_public", tuple(unsaid), partly=True,
                shown=NOT_REPORTED)


def _against_budget(w: Writer, total: Decimal, budget: Decimal) -> None:
    f = w.fig
    if _zero(budget):  # no 年初预算 to compare with (none, or 0.00万元): the 决算 alone
        if not _typed(w, "budget"):
            w.blank("“三公”经费财政拨款支出决算总体情况说明", "controlled",
                    ("各项的" + w.field("controlled", "budget", "年初预算", spaced=True),), partly=True,
                    at=("controlled", c.THREE_PUBLIC[0], "budget"))
        items = "；".join(f"{label}支出决算为{f('公开07', ('', ''), f'final:{item}')}" for item, label in ITEMS)
        w.para(f"“三公”经费财政拨款支出决算为{f('公开07', ('', ''), 'final:合计')}，其中：{items}。")
        return
    text = (f"“三公”经费财政拨款支出年初预算为{f('公开07', ('', ''), 'budget:合计')}，"
            f"支出决算为{f('公开07', ('', ''), 'final:合计')}")
    done = ph.completion(total, budget, word="完成预算的")
    text += f"，{done}，其中：" if done else "，其中："
    bits = []
    for item, label in ITEMS:
        # the template: 因公出国（境）费决算为…; 公务用车购置及运行维护费支出决算为…
        bit = f"{label}{'' if item == c.ABROAD else '支出'}决算为{f('公开07', ('', ''), f'final:{item}')}"
        d = ph.completion(controlled(w.b, item, "final"), controlled(w.b, item, "budget"), word="完成预算的")
        bits.append(bit + (f"，{d}" if d else ""))
    text += "；".join(bits) + "。"
    if ph.wan_number(total) == ph.wan_number(budget):
        text += f"{w.year}年度“三公”经费支出决算数与预算数持平。"
    else:
        way = direction(total, budget)
        r = w.reason("final_vs_budget", TOTAL_KEY) or w.reasons_along(
            "final_vs_budget", _moves(w, c.THREE_PUBLIC, "budget"), way)
        lead = f"{w.year}年度“三公”经费支出决算数{ph.more_less(total, budget)}预算数的主要原因："
        if r:
            text += lead + r
        else:
            w.missing_reason("“三公”经费决算数与年初预算数的差异", "final_vs_budget", TOTAL_KEY)
            text += unexplained(lead)
    w.para(text)


def _needed(w: Writer, item: str) -> tuple[str, ...]:
    """The parts of ``item`` whose last-year figure a comparison needs: those with a row typed
    (公务用车购置费 not typed at all is no part of the unit's 公务用车 figures); none where no part is but
    another 三公 item is (the row left blank as 公开07 leaves an item the unit did not have: 0, core/blanks);
    every part where no 三公 row is typed."""
    parts = PARTS[item][1:] if item == CAR else PARTS[item]
    rows = {x.key for x in w.b.data.controlled if x.values}
    typed = tuple(k for k in parts if k in rows)
    return typed or (() if rows & set(c.THREE_PUBLIC) else parts)


def _known(w: Writer, item: str, column: str) -> bool:
    """Whether ``column`` is typed for every part of ``item`` that needs it."""
    return all(_typed(w, column, (k,)) for k in _needed(w, item))


def _prior(w: Writer, item: str) -> Decimal | None:
    """``item``'s 上年决算: its parts' where typed; for 公务用车购置及运行维护费 whose 上年 split is not known
    (a published text gives the sum only), [disclosure.prior] car; else None."""
    if _known(w, item, "prior_final"):
        return controlled(w.b, item, "prior_final")
    return w.b.d.prior.get("car") if item == CAR else None


def _prior_moves(w: Writer, item: str, prior: Decimal) -> list[tuple[str, int]]:
    """The keys whose reasons may explain ``item``'s change against last year, with their directions: each
    part's own where its 上年 is typed; all of them the item's where only the item's 上年 is known."""
    if _known(w, item, "prior_final"):
        return _moves(w, PARTS[item], "prior_final")
    moved = direction(controlled(w.b, item, "final"), prior)
    return [(k, moved) for k in PARTS[item]]


def _against_last_year(w: Writer, total: Decimal, prior: Decimal) -> None:
    priors = {item: p for item, _ in ITEMS if (p := _prior(w, item)) is not None}
    known = [(item, label) for item, label in ITEMS if item in priors]
    if len(known) == len(ITEMS):
        prior = sum(priors.values(), Decimal(0))
    if len(known) < len(ITEMS):
        missing = [k for item, _ in ITEMS if item not in priors
                   for k in _needed(w, item) if not _typed(w, "prior_final", (k,))]
        w.blank("“三公”经费财政拨款支出决算总体情况说明", "controlled",
                tuple(f"{w.row_label('controlled', k)}的"
                      + w.field("controlled", "prior_final", "上年决算", spaced=True) for k in missing),
                partly=True, at=("controlled", missing[0], "prior_final") if missing else ())
    if not known:
        return
    bits = []
    for item, label in known:
        ch = _change(w, controlled(w.b, item, "final"), priors[item])
        whole = len(known) == len(ITEMS)  # the items follow the total's 比2023年度
        bits.append(f"{label}支出决算{ch if whole or ch.startswith(('与', '为')) else f'比{w.base}{ch}'}")
    if len(known) == len(ITEMS):
        ch = _change(w, total, prior)
        text = f"{w.year}年度“三公”经费财政拨款支出决算数{ch if ch.startswith(('与', '为')) else f'比{w.base}{ch}'}"
        text += "，其中：" + "；".join(bits) + "。"
        way = direction(total, prior)
        r = w.reason("final_yoy", TOTAL_KEY) if way else ""
        text += f"“三公”经费支出{ph.up_down(total - prior)}的主要原因是{r}" if r else ""
    else:
        text = f"{w.year}年度“三公”经费财政拨款支出中，" + "；".join(bits) + "。"
    for item, label in known:
        a, p = controlled(w.b, item, "final"), priors[item]
        moved = direction(a, p)
        if not moved:
            continue  # the template: 持平 needs no reason
        moves = _prior_moves(w, item, p)
        r = w.reasons_along("final_yoy", moves, moved)
        lead = f"{label}支出{ph.up_down(a - p)}的主要原因是"
        if r:
            text += lead + r
        else:  # name the part that moved this way (the key one types)
            key = next((k for k, m in moves[1:] if m == moved), PARTS[item][0])
            w.missing_reason(f"{label}与上年的变化", "final_yoy", key)
            text += unexplained(lead)
    w.para(text)


def _said(w: Writer, key: str, lead: str, amount: Decimal, unsaid: list[str]) -> str:
    """The unit's own words for a template blank of 七(二) ([disclosure.three_public]); where spent and
    not given, the key goes to ``unsaid`` (one 警告 names them all: the text prints 未填报)."""
    text = ph.without_lead(sentence_end(w.b.d.three_public.get(key, "")), (lead, *ph.USED_FOR))
    if text:
        return lead + text
    if _zero(amount):
        return ""
    unsaid.append(key)
    return unreported(lead)  # never the program's words for the unit's


def _own(said: str) -> bool:
    """Whether ``said`` is the unit's own words (not empty, not the 未填报 mark)."""
    return bool(said) and not said.endswith(f"{NOT_REPORTED}。")


def _abroad(w: Writer, unsaid: list[str]) -> None:
    q = w.b.data.quantity
    amount = controlled(w.b, c.ABROAD, "final")
    text = f"1、因公出国（境）费支出{ph.wan(amount)}。"
    groups, persons = q("出国团组数"), q("出国人次")
    if groups is not None and persons is not None:
        text += f"全年安排因公出国（境）团组{groups}个、累计{persons}人次。"
    elif not _zero(amount):
        w.blank("“三公”经费财政拨款支出决算具体情况说明", "quantities", ("出国团组数", "出国人次"), partly=True)
    w.para(text + _said(w, "abroad", "开支内容包括：", amount, unsaid))


def _cars(w: Writer, unsaid: list[str]) -> None:
    b, q = w.b, w.b.data.quantity
    w.para(f"2、{CAR}支出{ph.wan(controlled(b, CAR, 'final'))}。其中：")
    bought = controlled(b, c.CAR_PURCHASE, "final")
    said = _said(w, "car_purchase", "主要用于", bought, unsaid)
    count = q("公务用车购置数")
    if count is not None and (count or not _zero(bought)):  # the template: 主要用于…，列明购置数量
        bought_n = f"购置公务用车{count}辆。"
        said = f"{said[:-1]}，{bought_n}" if _own(said) else bought_n + said
    w.para(f"公务用车购置支出为{ph.wan(bought)}。{said}")
    running = controlled(b, c.CAR_RUNNING, "final")
    text = f"公务用车运行维护支出{ph.wan(running)}。"
    text += _said(w, "car_running", "主要用于", running, unsaid)
    held: object = q("公务用车保有量")
    if held is None:
        held = b.data.people.get("vehicles")
    if held is not None:
        whose = f"{w.name}所属各预算单位" if b.d.department else w.name  # the template's words are a 部门's
        text += f"{w.year}年，{whose}开支财政拨款的公务用车保有量为{held}辆。"
    else:
        w.blank("“三公”经费财政拨款支出决算具体情况说明", "quantities", ("公务用车保有量",), partly=True)
    w.para(text)


def _reception(w: Writer, unsaid: list[str]) -> None:
    b, q, other = w.b, w.b.data.quantity, w.b.d.other
    amount = controlled(b, c.RECEPTION, "final")
    w.para(f"3、公务接待费支出{ph.wan(amount)}。其中：")
    text = f"国内公务接待支出{ph.wan(amount)}"
    if "foreign_amount" in other:
        text += f"（含外宾接待支出{ph.wan(Decimal(other['foreign_amount']))}）"
    text += "。"
    home = (f"公务接待{q('接待批次')}批次、{q('接待人次')}人次"
            if q("接待批次") is not None and q("接待人次") is not None else "")
    foreign = (f"接待外宾{other['foreign_batches']}批次、{other['foreign_persons']}人次"
               if "foreign_batches" in other and "foreign_persons" in other else "")
    counts = f"{home}，其中：{foreign}" if home and foreign else home or (f"其中：{foreign}" if foreign else "")
    said = _said(w, "reception", "主要用于", amount, unsaid)  # the template: 主要用于…，列明批次、人次
    if _own(said):
        text += said[:-1] + (f"，{counts}。" if counts else "。")
    else:
        text += (counts + "。" if counts else "") + said
    if not _zero(amount) and not home:
        w.blank("“三公”经费财政拨款支出决算具体情况说明", "quantities", ("接待批次", "接待人次"), partly=True)
    w.para(text)
