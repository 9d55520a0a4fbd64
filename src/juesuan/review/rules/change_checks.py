"""A change sentence's operands checked once they are read (rules/directions.py reads them): the change against the
difference of its two amounts (R-DIFF, R-DIRECTION, 持平), and an amount left out that the change makes negative."""

from __future__ import annotations

from dataclasses import replace

from ...core.findings import Level
from ..base import ReviewFinding, amt, finding, iv, iv_neg, iv_sum, meets, mid, result, show
from ..figures import MONEY_UNITS
from ..sentences import Fig, word_of
from .reversed_words import rate_beside, reversed_message
from .turned_rates import with_rate


def check_diff(bi, b, quote, cur, g: Fig) -> list[ReviewFinding]:
    """A change against the two amounts it is the difference of: 持平 for equal amounts, the direction, the size."""
    a, base, c = cur["A"], cur["B"], cur["C"]
    if a is None or base is None or c is None:
        return []
    d = iv_sum([iv(a), iv_neg(iv(base))])
    if meets(d, iv(c) if g.sign > 0 else iv_neg(iv(c))):
        return []
    exact = a.yuan() - base.yuan()
    why = f"{amt(a)} − {amt(base)} = {result(exact, c)}" + (f"（{cur['from']}）" if cur.get("from") else "")
    if exact == 0:
        return [
            finding(
                Level.ERROR,
                "R-DIRECTION",
                f"两数相等，应为“持平”而不是“{word_of(g)}{c.raw}”。",
                bi,
                b,
                quote,
                c,
                "持平",
                why,
            )
        ]
    if (exact > 0) != (g.sign > 0) and (d[0] >= 0 if exact > 0 else d[1] <= 0):  # not a sign rounding can flip
        right = "增加" if exact > 0 else "减少"
        if meets(iv_sum([iv(a), iv_neg(iv(base))]), iv(c) if exact > 0 else iv_neg(iv(c))):
            # 「减少0.78万元，下降9.8%」: the rate's word turns too, said in the message (as turned_rates says it;
            # 原文数字 and 应为 stay the change's, the figure a reviewer's list names)
            rate = rate_beside(quote, c.end, g.sign > 0)
            return [
                with_rate(finding(
                    Level.ERROR,
                    "R-DIRECTION",
                    reversed_message(amt(a), amt(base), exact > 0, right, word_of(g), cur["target"] or g.target,
                                     "预算" in (cur["target"] or g.target or ""), rate),
                    bi,
                    b,
                    quote,
                    c,
                    f"{right}{c.raw}",
                    why,
                ), quote, c, g.sign > 0, word_of(g))
            ]
        return [
            finding(
                Level.ERROR,
                "R-DIFF",
                f"增减额与两数之差不符（方向也不对）：应为{right}{show(abs(exact), c)}。",
                bi,
                b,
                quote,
                c,
                f"{right}{show(abs(exact), c)}",
                why,
            )
        ]
    return [
        finding(
            Level.ERROR,
            "R-DIFF",
            f"增减额与两数之差不符：应为{show(abs(exact), c)}，不是{c.raw}。",
            bi,
            b,
            quote,
            c,
            show(abs(exact), c),
            why,
        )
    ]


def check_derived(bi, b, quote, cur, g: Fig) -> list[ReviewFinding]:
    """An amount left out of "A元，比预算增加C元" cannot come out negative."""
    a, base, c = cur["A"], cur["B"], cur["C"]
    if c is None or (a is None) == (base is None) or c.value == 0:
        return []
    signed = iv(c) if g.sign > 0 else iv_neg(iv(c))
    if a is not None:
        other = iv_sum([iv(a), iv_neg(signed)])
        what = "比较基数"
    else:
        other = iv_sum([iv(base), signed])
        what = "本期金额"
    if other[1] >= 0:
        return []
    given = a if a is not None else base
    if given.unit != c.unit and given.unit in MONEY_UNITS and c.unit in MONEY_UNITS:
        # 「支出323.65元，较上年增加14.47万元」: read in the change's unit the base is sound — the unit is the slip
        as_c = iv(replace(given, unit=c.unit))
        if (iv_sum([as_c, iv_neg(signed)]) if a is not None else iv_sum([as_c, signed]))[1] >= 0:
            return []
    right = "减少" if g.sign > 0 else "增加"
    why = (
        f"{amt(a)} {'−' if g.sign > 0 else '+'} {amt(c)} = {result(mid(other), c)}"
        if a is not None
        else f"{amt(base)} {'+' if g.sign > 0 else '−'} {amt(c)} = {result(mid(other), c)}"
    )
    return [
        finding(
            Level.ERROR,
            "R-DIRECTION",
            f"按“{word_of(g)}{c.raw}”推算，{what}为负数：方向应为“{right}”。",
            bi,
            b,
            quote,
            c,
            f"{right}{c.raw}",
            why,
        )
    ]
