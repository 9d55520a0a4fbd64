"""Direction words against two figures in one sentence: "由A%上升至B%", "与上年持平" after two
amounts, "与上年增加" with no amount; shares that cannot pass 100% or must add to it; and a 持平 item of a list
the total's change refutes (flat_slip: the one verdict breakdowns and reasons both ask)."""
from __future__ import annotations

import re
from decimal import Decimal

from ...core.findings import Level
from ...core.fmt import number
from ..base import HUNDRED, LIST_MARK, UP, ReviewFinding, amt, finding, iv, iv_sum, meets, result, show
from ..extract import Block
from ..figures import Figure
from ..sentences import Fig
from .reversed_words import reversed_message


def from_to(bi: int, b: Block, quote: str, figs: list[Fig]) -> list[ReviewFinding]:
    """"由A%上升至B%": the direction word against the two percentages."""
    out: list[ReviewFinding] = []
    for i, g in enumerate(figs):
        if g.role == "to" and i > 0 and figs[i - 1].role == "from":
            a, c = figs[i - 1].f, g.f
            if meets(iv(a), iv(c)):
                if a.value != c.value:
                    continue
                right = "持平"
            else:
                right = "上升" if c.value > a.value else "下降"
            if (g.sign > 0) != (right == "上升") or right == "持平":
                out.append(
                    finding(
                        Level.ERROR,
                        "R-DIRECTION",
                        f"由{a.raw}到{c.raw}应为“{right}”。",
                        bi,
                        b,
                        quote,
                        c,
                        right,
                        f"{number(c.value)}% {'>' if c.value > a.value else '<'} {number(a.value)}%"
                        if right != "持平"
                        else f"{number(c.value)}% = {number(a.value)}%",
                    )
                )
    return out


def flat_said(bi: int, b: Block, quote: str, figs: list[Fig]) -> list[ReviewFinding]:
    """"与上年持平" (or a direction word with no amount) after two amounts; "与上年增加" wording."""
    out: list[ReviewFinding] = []
    for m in re.finditer(r"(?P<w>与|比|较)(?P<t>[^，,。；;\d]{0,8}?)(持平|增加|减少|增长|下降)(?=[，,。；;]|$)", quote):
        before = [g for g in figs if g.f.end <= m.start() and g.role == "level" and not g.paren and g.f.is_money]
        if len(before) < 2 or before[-1].clause != before[-2].clause:
            continue
        if quote[before[-1].f.end : m.start()].strip("，, 元") != "":
            continue
        said = m.group(3)
        between = quote[before[-2].f.end : before[-1].f.start]
        if LIST_MARK.search(between) or any(before[-2].f.end <= g.f.start < before[-1].f.start for g in figs):
            continue  # "决算8.00万元，完成预算的80.00%，其中：出国费0.00万元，与上年持平": a part, not last year
        if m.group("w") != "与" and (said != "持平" or not _names_target(before[-2:], m.group("t"))):
            continue  # "本年末A元，上年末B元，比上年末持平": only where one amount is named as the base
        x, y = before[-2].f, before[-1].f
        at = y  # the finding sits on the later amount, whichever is the base
        if _names_target(before[-2:-1], m.group("t")) and not _names_target(before[-1:], m.group("t")):
            x, y = y, x  # "年初预算为B，支出决算为A，与年初预算持平": the base is said first
        equal = meets(iv(x), iv(y))
        d = x.yuan() - y.yuan()
        why = f"{amt(x)} − {amt(y)} = {result(d, x)}"
        if said == "持平" and not equal:
            word = "增加" if d > 0 else "减少"
            out.append(
                finding(
                    Level.ERROR,
                    "R-FLAT",
                    f"两个金额不相等，不能说“持平”：{x.raw}与{y.raw}。",
                    bi,
                    b,
                    quote,
                    at,
                    f"{word}{show(abs(d), x)}",
                    why,
                )
            )
        elif said != "持平" and equal:
            out.append(
                finding(
                    Level.ERROR,
                    "R-DIRECTION",
                    f"两个金额相等，应为“持平”而不是“{said}”。",
                    bi,
                    b,
                    quote,
                    at,
                    "持平",
                    why,
                )
            )
        elif said != "持平" and (d > 0) != (said in UP):
            right = (
                ("增加" if said in ("增加", "减少") else "增长")
                if d > 0
                else ("减少" if said in ("增加", "减少") else "下降")
            )
            out.append(
                finding(
                    Level.ERROR,
                    "R-DIRECTION",
                    reversed_message(amt(x), amt(y), d > 0, right, said, m.group("t"), "预算" in m.group("t")),
                    bi,
                    b,
                    quote,
                    at,
                    right,
                    why,
                )
            )
    for m in re.finditer(r"与(上年|上年末|年初|预算|年初预算)(增加|减少|增长|下降)(?=[，,。；;（(]|$)", quote):
        out.append(
            finding(
                Level.INFO,
                "R-WORDING",
                f"“{m.group(0)}”没有增减金额，无法核对：应写“比{m.group(1)}"
                f"{m.group(2)}…元”，相等时写“与{m.group(1)}持平”。",
                bi,
                b,
                quote,
                None,
                f"与{m.group(1)}持平",
            )
        )
    return out


def share_lists(bi: int, b: Block, quote: str, figs: list[Fig]) -> list[ReviewFinding]:
    """Shares cannot pass 100%; "占比由a%…至b%" lists add to at most 100%."""
    out: list[ReviewFinding] = []
    for g in figs:
        if (
            g.f.is_percent
            and (g.role == "share" or (g.role in ("from", "to") and "占比" in g.pre))
            and iv(g.f)[0] > HUNDRED
        ):
            out.append(finding(Level.ERROR, "R-SHARE-RANGE", f"占比不能超过100%：{g.f.raw}。", bi, b, quote, g.f))
    lists = {role: [g.f for g in figs if g.role in (role, "same") and g.f.is_percent] for role in ("from", "to")}
    whole = {
        role: len(xs) >= 2 and meets(iv_sum([iv(x) for x in xs]), (HUNDRED, HUNDRED)) for role, xs in lists.items()
    }
    for role in ("from", "to"):
        xs = lists[role]
        opposite = "to" if role == "from" else "from"
        if len(xs) >= 2 and "占比" in quote and len(lists[opposite]) == len(xs):
            lo, _ = iv_sum([iv(x) for x in xs])
            if lo > HUNDRED or (whole[opposite] and not whole[role]):
                total = sum((x.value for x in xs), Decimal(0))
                out.append(
                    finding(
                        Level.ERROR,
                        "R-SHARE-SUM",
                        f"各项占比之和为{total}%，应为100%。",
                        bi,
                        b,
                        quote,
                        xs[-1],
                        "100.00%",
                        " + ".join(f"{x.value}%" for x in xs) + f" = {total}%",
                    )
                )
    return out


def _names_target(pair: list[Fig], target: str) -> bool:
    """Whether one of two amounts is named as the comparison's base ("上年末B元" for "比上年末")."""
    t = target.strip().removesuffix("相比").removesuffix("数")
    return bool(t) and any(t in re.split(r"[，,；;：:、]", g.pre)[-1] for g in pair)


def flat_against_base(bi: int, b: Block, quote: str, figs: list[Fig]) -> list[ReviewFinding]:
    """ "决算均为A元，比预算B元持平": a base written with its amount, then 持平, where A ≠ B."""
    out: list[ReviewFinding] = []
    for i, g in enumerate(figs):
        if g.role != "base" or not re.match(r"\s*(?:基本)?持平", quote[g.f.end :]):
            continue
        a = next((x for x in reversed(figs[:i]) if x.role == "level" and not x.paren and x.f.is_money
                  and x.clause == g.clause), None)
        if a is None or meets(iv(a.f), iv(g.f)):
            continue
        d = a.f.yuan() - g.f.yuan()
        out.append(finding(
            Level.ERROR, "R-FLAT", f"两个金额不相等，不能说“持平”：{a.f.raw}与{g.f.raw}。", bi, b, quote, g.f,
            f"{'增加' if d > 0 else '减少'}{show(abs(d), a.f)}", f"{amt(a.f)} − {amt(g.f)} = {result(d, a.f)}",
        ))
    return out


# "与上年持平（上年为B万元）": last year's amount written in brackets right after the word
_FLAT_BRACKET = re.compile(r"(?:与|比|较)(?P<t>上年度?|去年)(?:同期)?(?:决算数?)?(?:基本)?持平\s*[（(]\s*"
                           r"(?P=t)(?:同期)?(?:决算数?)?(?:为|是|：|:)?\s*$")


def flat_bracket_base(bi: int, b: Block, quote: str, figs: list[Fig]) -> list[ReviewFinding]:
    """ "支出A万元，与上年持平（上年为B万元）": the base in brackets after 持平, where A ≠ B."""
    out: list[ReviewFinding] = []
    for i, g in enumerate(figs):
        if not (g.paren and g.f.is_money and i > 0):
            continue
        m = _FLAT_BRACKET.search(quote[: g.f.start])
        a = figs[i - 1]
        if m is None or a.paren or not a.f.is_money or quote[a.f.end : m.start()].strip("，, ") != "":
            continue
        if meets(iv(a.f), iv(g.f)):
            continue
        d = a.f.yuan() - g.f.yuan()
        out.append(finding(
            Level.ERROR, "R-FLAT", f"两个金额不相等，不能说“持平”：本年{a.f.raw}，上年{g.f.raw}。", bi, b, quote, a.f,
            f"{'增加' if d > 0 else '减少'}{show(abs(d), a.f)}", f"{amt(a.f)} − {amt(g.f)} = {result(d, a.f)}",
        ))
    return out


# --- a 持平 in a list the total's change refutes ------------------------------------------------------------

WORDS = {1: "增加", -1: "减少", 0: "持平"}


def flat_slip(bi: int, b: Block, item: str, flat_words: str, head: Figure, head_sign: int,
              signed: list[tuple[int, Figure | None]], sign: int) -> ReviewFinding | None:
    """``item`` (its words ``flat_words``, 「与上年持平」) said 持平 in a list whose total ``head`` changed by
    ``head_sign`` and whose items' changes are ``signed`` (breakdowns.signed_items: the 持平 item (0, None)); its
    reason says it moved ``sign``. The finding when the gap the others leave is a change that way, else None."""
    others = sum(((f.yuan() if sg > 0 else -f.yuan()) for sg, f in signed if f), Decimal(0))
    change = (head.yuan() if head_sign > 0 else -head.yuan()) - others
    if change == 0 or (change > 0) != (sign > 0):
        return None
    right = f"{WORDS[1 if change > 0 else -1]}{show(abs(change), head)}"
    terms = "".join((" + " if sg > 0 else " − ") + amt(f) for sg, f in signed if f)
    rest = f"其余各项的增减合计{result(others, head)}" if terms else "其余各项均持平"
    return ReviewFinding(
        Level.ERROR, "R-FLAT",
        f"“{item.strip()}”与总数的增减不符：总数{WORDS[head_sign]}{head.raw}，{rest}，此项应为{right}"
        f"（后文说明原因时亦写“{WORDS[sign]}”），不是“持平”。",
        quote=item.strip(), place=b.place, expected=right, block=bi, figure=flat_words,
        why=f"{result(change + others, head)} − ({terms.lstrip(' +') if terms else '0'}) = {result(change, head)}")
