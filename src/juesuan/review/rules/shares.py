"""Rules on rates: 增减率, 执行率 / 完成率 and a 占X% checked against its two amounts (totals and their parts'
shares: share_totals.py)."""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from ...core.findings import Level
from ...core.fmt import number
from ..base import (
    DIR,
    ReviewFinding,
    finding,
    iv,
    iv_neg,
    iv_ratio,
    iv_sum,
    last_year_line,
    meets,
    mid,
    pct,
    point,
    result,
    show,
)
from ..figures import Figure
from ..sentences import PREFIX, Fig, item_named, reason_sign, word_of
from .change_slips import change_finding
from .rate_words import base_taken, rate_message, rate_term, with_item
from .reversed_words import reversed_message
from .turned_rates import OPPOSITE, turned
from .two_readings import with_second_reading


def check_pct(bi, b, quote, cur, g: Fig) -> list[ReviewFinding]:
    """A percentage of a comparison in progress (``cur``: A, B, C): 增减率 or 执行率."""
    a, base, c, sign = cur["A"], cur["B"], cur["C"], cur["Csign"]
    budget = "预算" in (cur["target"] or g.target)
    a_iv = iv(a) if a else None
    b_iv = iv(base) if base else None
    c_iv = None if c is None else (iv(c) if sign > 0 else iv_neg(iv(c)))
    if b_iv is None and a_iv is not None and c_iv is not None:
        b_iv = iv_sum([a_iv, iv_neg(c_iv)])
    if a_iv is None and b_iv is not None and c_iv is not None:
        a_iv = iv_sum([b_iv, c_iv])
    if c_iv is None and a_iv is not None and b_iv is not None:
        c_iv = iv_sum([a_iv, iv_neg(b_iv)])
    if g.role == "pct":
        # the direction A − B shows when both amounts are written (not derived from C)
        truth = _sign(iv_sum([a_iv, iv_neg(b_iv)])) if a is not None and base is not None else 0
        if c is not None and sign and g.sign and g.sign != sign and not truth:
            return _said_both(bi, b, quote, g, cur, a_iv)
        if c is not None and (both_turned := turned(bi, b, quote, g, cur, a_iv, _word_before(quote, c))):
            return both_turned  # 「增加C，增长R%」 with R the rate of a decrease: the words are the slip
        found = _check_change(bi, b, quote, g, c, sign, budget, a_iv, b_iv, c_iv, truth, c or a or base,
                              cur["target"] or g.target or "")
        slip = (change_finding(bi, b, quote, a, c, sign, g.f) if base is None and a is not None and c is not None
                and any(f.code == "R-PERCENT" and f.figure == g.f.raw for f in found) else None)
        if slip is not None:  # the change is the slip, not the rate (change_slips)
            return [f for f in found if not (f.code == "R-PERCENT" and f.figure == g.f.raw)] + [slip]
        if base is None and a is not None and c is not None and b_iv is not None:  # say where the base comes from
            base_note = last_year_line(cur["target"], _digits(a), sign, _digits(c), show(mid(b_iv), c))
            found = [with_second_reading(replace(f, why=base_note + f.why) if f.code == "R-PERCENT" and f.why else f,
                                         a, c, sign, g.f, quote) for f in found]
        return found
    return _check_rate(bi, b, quote, g, a_iv, b_iv, a or base)


def _said_both(bi, b, quote, g: Fig, cur: dict, a_iv) -> list[ReviewFinding]:
    """ "比上年减少C，增长R%" with no base amount to tell the direction: the rate is checked both ways
    (C ÷ (A − C) for an increase, C ÷ (A + C) for a decrease); the one it fits, or else the reason
    told right after (「主要原因是…增加」), decides which word is wrong, and the corrected clause is
    given; a rate that fits neither way is reported too."""
    c, sign, base = cur["C"], cur["Csign"], cur["B"]
    bases = {d: iv_sum([a_iv, iv_neg(iv(c)) if d > 0 else iv(c)]) for d in (1, -1)} if a_iv and base is None else {}
    if base is not None:
        bases = {d: iv(base) for d in (1, -1)}
    rates = {d: r for d, x in bases.items() if x[0] > 0 and (r := iv_ratio(iv(c), x))}
    fits = [d for d, r in rates.items() if meets(r, iv(g.f))]
    at = b.text.find(quote)
    reason = reason_sign(b.text[at + g.f.end:] if at >= 0 else quote[g.f.end:])
    right, by = (fits[0], "rate") if len(fits) == 1 and len(rates) == 2 and base is None else (reason, "reason")

    def calc(d: int) -> str:
        x = bases[d]
        head = "" if base is not None else last_year_line(cur["target"], _digits(cur["A"]), d, _digits(c),
                                                           show(mid(x), c), by=d)
        return f"{head}{show(abs(mid(iv(c))), c)} ÷ {show(mid(x), c)} × 100% = {number(point(iv(c), x))}%"

    out: list[ReviewFinding] = []
    cword = _word_before(quote, c)
    if right:
        wrong_c = right != sign
        target = c if wrong_c else g.f
        word = cword if wrong_c else word_of(g)
        new = OPPOSITE.get(word.rstrip("了 ")) or (
            ("增加" if right > 0 else "减少") if wrong_c else ("增长" if right > 0 else "下降"))
        why = (f"{g.f.raw}正是按{'增加' if right > 0 else '减少'}算得的幅度" if by == "rate"
               else f"其后的原因说明写的是“{'增加' if right > 0 else '减少'}”")
        out.append(finding(
            Level.ERROR, "R-DIRECTION",
            f"同一比较中既说“{cword.rstrip('了 ') or ('增加' if sign > 0 else '减少')}”又说“{word_of(g)}”："
            f"{why}，应为“{new}”。",
            bi, b, quote, replace(target, raw=word + target.raw),
            new + target.raw,
            calc(right) if by == "rate" else "",
        ))
    else:
        out.append(finding(
            Level.ERROR, "R-DIRECTION",
            f"同一比较中既说“{'增加' if sign > 0 else '减少'}”又说“{word_of(g)}”，请核对哪一个正确。",
            bi, b, quote, _with_word(g),
        ))
    if not rates or fits:
        return out
    if right and right in rates:
        exact = point(iv(c), bases[right])
        out.append(finding(
            Level.ERROR, "R-PERCENT", f"增减幅度与金额不符：应为{pct(exact, g.f)}%，不是{g.f.raw}。",
            bi, b, quote, g.f, f"{pct(exact, g.f)}%", calc(right),
        ))
    elif len(rates) == 2:
        up, down = (pct(point(iv(c), bases[d]), g.f) for d in (1, -1))
        out.append(finding(
            Level.ERROR, "R-PERCENT",
            f"增减幅度与金额不符：按增加算为{up}%，按减少算为{down}%，都不是{g.f.raw}（方向确定后改正）。"
            if up != down else f"增减幅度与金额不符：应为{up}%，不是{g.f.raw}。",
            bi, b, quote, g.f, "" if up != down else f"{up}%", "；".join(calc(d) for d in (1, -1)),
        ))
    return out


def _word_before(quote: str, f: Figure) -> str:
    """The direction word written right before a figure ("减少4.68万元" → "减少", "减支4.68万元" → "减支"), as
    written."""
    m = (re.search(rf"(?:{DIR}|增收|减收|增支|减支|增|减|降)了?\s*$", quote[max(0, f.start - 6): f.start])
         if quote[f.start: f.end] == f.raw else None)
    return m.group(0) if m else ""


def _digits(f: Figure) -> str:
    """A figure as written, without its unit: "185.41"."""
    return re.sub(r"[^\d.,，-]", "", f.raw)


def _with_word(g: Fig) -> Figure:
    """The figure with its direction word when the word is written against it ("增0.01%"): what a
    finding that cannot tell which of the two is wrong points at."""
    w = word_of(g)
    return replace(g.f, raw=w + g.f.raw) if w and g.pre.endswith(w) else g.f


_OTHER_BASIS = re.compile(r"同口径|可比口径|按可比|可比价|扣除[^，,；;。]*后")


def _sign(i) -> int:
    return 1 if i[0] > 0 else -1 if i[1] < 0 else 0


def _check_change(bi, b, quote, g: Fig, c, sign, budget, a_iv, b_iv, c_iv, truth: int = 0,
                  like: Figure | None = None, cur_target: str = "") -> list[ReviewFinding]:
    """ "增长D%" against C ÷ B, its direction, and 同比 used for a budget comparison."""
    out: list[ReviewFinding] = []
    if c is not None and sign and g.sign != sign:
        if truth and truth == g.sign:
            return out  # the 增加/减少 of C is the wrong word: said once, at C
        right = truth or sign  # with no A − B, which word is wrong is not known: the contradiction only
        word = "增长" if right > 0 else "下降"
        out.append(
            finding(
                Level.ERROR,
                "R-DIRECTION",
                reversed_message(_shown(mid(a_iv), like), _shown(mid(b_iv), like), truth > 0, word, word_of(g),
                                 cur_target, budget) if truth
                else f"同一比较中既说“{'增加' if sign > 0 else '减少'}”又说“{word_of(g)}”，请核对哪一个正确。",
                bi,
                b,
                quote,
                g.f if truth else _with_word(g),
                word + g.f.raw if truth else "",
                f"{_shown(mid(a_iv), like)} − {_shown(mid(b_iv), like)} = {_result(mid(a_iv) - mid(b_iv), like)}"
                if truth else "",
            )
        )
        return out
    if g.tongbi and budget and a_iv is not None and b_iv is not None:
        r = iv_ratio(a_iv, b_iv)
        done = f"完成预算的{number(mid(r))}%" if r else "与预算比较"
        out.append(
            finding(
                Level.WARNING,
                "R-WORD-TONGBI",
                f"“同比”只用于与上年同期比较；与预算比较应写“{done}”。",
                bi,
                b,
                quote,
                g.f,
                done,
                f"{mid(a_iv):,.2f} ÷ {mid(b_iv):,.2f} × 100% = {number(mid(r))}%" if r else "",
            )
        )
        return out
    if c_iv is None or b_iv is None or _OTHER_BASIS.search(g.pre):
        return out  # "同口径增长X%": a rate on a comparable base the text does not state
    r = iv_ratio(
        (abs(c_iv[0]), abs(c_iv[1])) if c_iv[0] >= 0 or c_iv[1] <= 0 else (Decimal(0), max(-c_iv[0], c_iv[1])), b_iv
    )
    if r is None or b_iv[0] < 0:
        return out
    if not meets(r, iv(g.f)):
        exact = point((abs(mid(c_iv)), abs(mid(c_iv))), b_iv)
        if c is not None:
            why = f"{show(abs(mid(c_iv)), c)} ÷ {show(mid(b_iv), c)} × 100% = {number(exact)}%"
        else:
            why = f"{number(abs(mid(c_iv)))} ÷ {number(mid(b_iv))} × 100% = {number(exact)}%"
        out.append(
            finding(
                Level.ERROR,
                "R-PERCENT",
                f"增减幅度与金额不符：应为{pct(exact, g.f)}%，不是{g.f.raw}{_after_base(g.f, b_iv, c_iv, c or like)}。",
                bi,
                b,
                quote,
                g.f,
                f"{pct(exact, g.f)}%",
                why,
            )
        )
    direction = 1 if mid(c_iv) > 0 else -1 if mid(c_iv) < 0 else 0
    if not sign and direction and direction != g.sign and not meets(c_iv, (Decimal(0), Decimal(0))):
        right = "增长" if direction > 0 else "下降"
        out.append(
            finding(
                Level.ERROR,
                "R-DIRECTION",
                reversed_message(_shown(mid(a_iv), like), _shown(mid(b_iv), like), direction > 0, right, word_of(g),
                                 cur_target, budget),
                bi,
                b,
                quote,
                g.f,
                right + g.f.raw,
                f"{_shown(mid(a_iv), like)} − {_shown(mid(b_iv), like)} = {_result(mid(c_iv), like)}",
            )
        )
    return out


def _check_rate(bi, b, quote, g: Fig, a_iv, b_iv, like: Figure | None = None) -> list[ReviewFinding]:
    """ "执行率X%" against 决算 ÷ 预算 (the arithmetic shown in the amounts' own unit, ``like``'s)."""
    out: list[ReviewFinding] = []
    if a_iv is None or b_iv is None:
        return out
    r = iv_ratio(a_iv, b_iv)
    if r is None or b_iv[0] < 0:
        return out
    if not meets(r, iv(g.f)):
        exact = point(a_iv, b_iv)
        inverted = iv_ratio(b_iv, a_iv) if a_iv[0] > 0 else None
        # 「119.16%」 = 预算 ÷ 决算: the writer divided the other way — said, as R-PERCENT says a base after the change
        term = rate_term(quote, g.f.start)  # the document's own word for the rate
        why = (f"（{g.f.raw}是用预算除以决算：{_shown(mid(b_iv), like)} ÷ {_shown(mid(a_iv), like)}；"
               f"{term}应是决算除以预算）" if inverted is not None and meets(inverted, iv(g.f))
               else base_taken(b.text, a_iv, b_iv, g.f))
        out.append(
            finding(
                Level.ERROR,
                "R-RATE",
                rate_message(term, f"{pct(exact, g.f)}%", g.f.raw, why),
                bi,
                b,
                quote,
                g.f,
                f"{pct(exact, g.f)}%",
                f"{_shown(mid(a_iv), like)} ÷ {_shown(mid(b_iv), like)} × 100% = {number(exact)}%",
            )
        )
    # the line the rate is of, named where the sentence names one (「公务用车运行维护费的执行率…」)
    item = item_named(quote, g.f.start) if quote[g.f.start:g.f.end] == g.f.raw else ""
    return [replace(f, message=with_item(item, f.message)) if item else f for f in out]


def _result(value: Decimal, like: Figure | None) -> str:
    """A 计算 result in 元 shown signed (−) in the unit of the text's figure, as written when there is none."""
    if like is not None and like.is_money:
        return result(value, like)
    return ("−" if value < 0 else "") + number(abs(value))


def _after_base(rate: Figure, b_iv, c_iv, like: Figure | None) -> str:
    """Why a rate is wrong when it was taken of the amount after the change (C ÷ (B + C), the usual slip): said
    with both bases; "" when the rate is not that."""
    after = (b_iv[0] + c_iv[0], b_iv[1] + c_iv[1])
    r = iv_ratio((abs(c_iv[0]), abs(c_iv[1])) if c_iv[0] >= 0 or c_iv[1] <= 0 else (Decimal(0), max(-c_iv[0], c_iv[1])),
                 after)
    if r is None or after[0] <= 0 or not meets(r, iv(rate)):
        return ""
    return (f"（{rate.raw}是按增减后的{_shown(mid(after), like)}计算的，增减幅度应以增减前的"
            f"{_shown(mid(b_iv), like)}为基数）")


def _shown(value: Decimal, like: Figure | None) -> str:
    """An amount in 元 shown in the unit of the text's figure ("4,733.14万元"), as written when there is none."""
    return show(value, like) if like is not None and like.is_money else number(value)


def rate_from_labels(bi, b, quote, figs: list[Fig], i: int, seen: dict[str, Figure]) -> list[ReviewFinding]:
    """ "财政拨款支出预算执行率X%" after "财政拨款支出预算A元。…财政拨款支出决算B元。"."""
    g = figs[i]
    m = re.search(r"([^，,；;：:。]*?)(?:预算)?(?:执行率|完成率)$", g.pre.strip().rstrip("为是达：:"))
    if not m or figs[:i]:
        return []
    line = PREFIX.sub("", m.group(1))
    fin, bud = seen.get(line + "决算"), seen.get(line + "预算")
    if not line or fin is None or bud is None:
        return []
    cur = {"A": fin, "B": bud, "C": None, "Csign": 0, "target": "预算", "clause": g.clause}
    return check_pct(bi, b, quote, cur, g)


def rate_from_kinds(bi, b, quote, figs: list[Fig], i: int) -> list[ReviewFinding] | None:
    """ "预算A元、决算B元，执行率X%" with no 比: the 决算 and 预算 amounts of the clause."""
    clause = figs[i].clause
    levels = [g for g in figs[:i] if g.role == "level" and g.clause == clause and not g.paren and g.f.is_money]
    fin = [g for g in levels if g.kind == "决算"]
    bud = [g for g in levels if g.kind == "预算"]
    # 「支出决算为A万元，完成年初（全年）预算B万元的X%」: the budget the rate names, of the 决算 just before it
    named = figs[i - 1] if i else None
    if named is not None and named.role == "budget" and named.f.is_money and named.clause == clause \
            and named.f.value and not bud and quote[named.f.end : figs[i].f.start].strip() == "的":
        bud = [named]
        spent = figs[i - 2] if i > 1 else None
        if spent is not None and spent in levels and spent.kind in ("决算", ""):
            fin = [spent]
    if len(bud) > 1:
        bud = _rate_budget(quote, bud, figs[i])
    if len(fin) != 1 or len(bud) != 1:
        return None if not levels else []
    cur = {"A": fin[0].f, "B": bud[0].f, "C": None, "Csign": 0, "target": "预算", "clause": clause}
    return check_pct(bi, b, quote, cur, figs[i])


# an adjustment of the budget (「年中追加预算50.00万元」): no budget a completion rate is of, alone
_ADJUSTMENT = re.compile(r"追加|追减|调增|调减|增加|减少")
_RATE_OF = re.compile(r"(年初|全年|调整后?)预算(?:数)?的\s*$")


def _rate_budget(quote: str, bud: list[Fig], rate: Fig) -> list[Fig]:
    """The budget a completion rate is of, where its clause states several: not an adjustment (「年中追加预算B」 is
    part of the 全年预算, not a budget of its own), and the one of the kind the rate names (「完成年初预算的」: the
    年初预算) where that leaves more than one."""
    def label(g: Fig) -> str:
        return re.split(r"[，,；;：:]", quote[: g.f.start])[-1]

    left = [g for g in bud if not _ADJUSTMENT.search(label(g))]
    if len(left) > 1 and (m := _RATE_OF.search(quote[: rate.f.start])):
        left = [g for g in left if m.group(1)[:2] in label(g)]
    return left
