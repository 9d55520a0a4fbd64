"""A comparison whose written base is the odd one of its four figures: 「A（2023年度：B），增加C，增长R%」 where
A − B is not C, but C and R agree with each other and with A (R = C ÷ (A − C)) — the base is mistyped (last year's
figure copied from another line), not the change; the change and its rate stay quiet."""
from __future__ import annotations

from ...core.findings import Level
from ...core.fmt import number
from ..base import ReviewFinding, amt, finding, iv, iv_neg, iv_ratio, iv_sum, meets, point, show
from ..sentences import Fig


def odd_base(bi, b, quote: str, cur: dict, figs: list[Fig], i: int, first: Fig | None = None) -> list[ReviewFinding]:
    """The finding on the base ``cur["B"]`` of the change ``figs[i]`` (``cur``: A, B, C, this year's amount and the
    base both written in its sentence) when the rate said right after the change, with the same direction, is the
    change's rate against A − C and not against B; [] otherwise. The base is then dropped from ``cur``: the rate is
    read against A − C, as the text computed it."""
    g = figs[i]
    rate = figs[i + 1] if i + 1 < len(figs) else None
    if first is not None and first.clause == g.clause and (rate is None or rate.role != "pct"):
        rate = first  # 「…（2023年度：B），增长R%，增加C」: the rate said first (``first``) is the change's as well
    sign = cur.get("Csign") or g.sign
    if rate is None or rate.role != "pct" or rate.sign * sign < 0 \
            or (rate.clause != g.clause and not cur.get("open")) \
            or not all(any(x.f is cur[k] for x in figs[:i]) for k in ("A", "B")):
        return []  # (an amount from another sentence or the text's context: other rules weigh those; a rate of
        # another clause only where the comparison runs on into it: 「…；对比减少C；减少率D」)
    found = _odd(bi, b, quote, cur, g, rate)
    if found:
        cur["B"] = None
    return found


def _odd(bi, b, quote: str, cur: dict, g: Fig, rate: Fig) -> list[ReviewFinding]:
    a, base, c, sign = cur["A"], cur["B"], cur["C"], cur.get("Csign") or g.sign
    if a is None or base is None or c is None or c is not g.f or not sign or c.value == 0:
        return []
    signed = iv(c) if sign > 0 else iv_neg(iv(c))
    if meets(iv_sum([iv(a), iv_neg(iv(base))]), signed):
        return []  # A − B is the change: nothing wrong with the base
    derived = iv_sum([iv(a), iv_neg(signed)])
    if derived[0] <= 0:
        return []  # no base to speak of: the change is the odd one
    gap = iv_sum([iv(a), iv_neg(iv(base))])
    if not (gap[0] > 0 if sign > 0 else gap[1] < 0):
        return []  # the direction is off as well: the directions' own findings
    said_rate, base_rate = iv_ratio(iv(c), derived), iv_ratio(gap if sign > 0 else iv_neg(gap), iv(base))
    if said_rate is None or not meets(said_rate, iv(rate.f)):
        return []
    if base_rate is not None and meets(base_rate, iv(rate.f)):
        return []  # A and B make the rate too: the change is the odd one (R-DIFF on it)
    right = a.yuan() - c.yuan() if sign > 0 else a.yuan() + c.yuan()
    op = "−" if sign > 0 else "+"
    what = "预算数" if "预算" in (cur["target"] or g.target or "") else "上年数"
    return [finding(
        Level.ERROR, "R-DIFF",
        f"{what}与增减额、增减幅度不符：按{amt(a)}和“{'增加' if sign > 0 else '减少'}{c.raw}”，"
        f"{what}应为{show(right, base)}（{rate.f.raw}正是按此算得），不是{base.raw}。",
        bi, b, quote, base, show(right, base),
        f"{amt(a)} {op} {amt(c)} = {show(right, base)}；{amt(c)} ÷ {show(right, base)} × 100% = "
        f"{number(point(iv(c), derived))}%",
    )]
