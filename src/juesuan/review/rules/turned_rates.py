"""A change said the wrong way round in both its words, told by its rate: 「支出322.46万元，较上年增加12.72万元，增长
3.79%」 where 3.79% is 12.72 ÷ (322.46 + 12.72) — the rate of a decrease from 335.18, and of no increase (from
309.74 it is 4.11%, and a rate taken of the amount after the change is 12.72 ÷ 322.46 = 3.94%). The amount's
direction word is the slip (R-DIRECTION on it, the rate's word with it); not where the reason right after says
the written way, nor where the rate fits the written way too (a change small beside its amount) or is the amount
after the change's (C ÷ A, the usual slip at one decimal: 571.6 ÷ 36,399 = 1.6% as 571.6 ÷ 35,827.4 is), nor,
where the amount is not stated in the comparison's own sentence, unless the reason after says the other way
(「减少28.56万元，下降1.69%，主要原因是在编人员增加」)."""

from __future__ import annotations

from dataclasses import replace

from ...core.findings import Level
from ...core.fmt import number
from ..base import (
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
    show,
)
from ..sentences import Fig, reason_sign, word_of
from .breakdowns import TEMPLATE_WORD
from .reversed_words import rate_before, rate_beside
from .wording import _SOLVING

# a direction word and the one that says the other way, in the same style ("减" → "增", "下降" → "增长")
OPPOSITE = {"增加": "减少", "减少": "增加", "增长": "下降", "下降": "增长", "上升": "下降", "提高": "降低",
             "降低": "提高", "增": "减", "减": "增", "降": "增",
             "增收": "减收", "减收": "增收", "增支": "减支", "减支": "增支"}


def turned(bi, b, quote: str, g: Fig, cur: dict, a_iv, cword: str) -> list[ReviewFinding] | None:
    """The R-DIRECTION finding of a change whose rate (``g``, its word the amount's way) fits only the other
    direction, with the amount ``cur["A"]`` stated and the base derived from it; None when that is not so.
    ``cword`` is the direction word written before the change (「增加」)."""
    if _SOLVING.get():
        return None  # a rule trying a reading of a template's alternative or a blank: that reading's rate is what fails
    a, base, c, sign = cur["A"], cur["B"], cur["C"], cur["Csign"]
    if base is not None or a is None or c is None or not c.value or not sign or g.sign != sign or a_iv is None:
        return None
    if TEMPLATE_WORD.search(quote):
        return None  # a template's 增加（减少）
    written = iv_sum([a_iv, iv_neg(iv(c))] if sign > 0 else [a_iv, iv(c)])
    other = iv_sum([a_iv, iv(c)] if sign > 0 else [a_iv, iv_neg(iv(c))])
    if written[0] <= 0 or other[0] <= 0:
        return None
    r_written, r_other = iv_ratio(iv(c), written), iv_ratio(iv(c), other)
    if r_written is None or r_other is None or meets(r_written, iv(g.f)) or not meets(r_other, iv(g.f)):
        return None
    if (after := iv_ratio(iv(c), a_iv)) is not None and meets(after, iv(g.f)):
        return None  # the rate of the amount after the change too (the usual slip, R-PERCENT says so)
    at = b.text.find(quote)
    # the reason after the change and its rate, whichever is said last (「下降1.69%，减少28.56万元，主要原因是…」)
    end = max(g.f.end, c.end) if quote[c.start : c.end] == c.raw else g.f.end
    told = reason_sign(b.text[at + end:] if at >= 0 else quote[end:])
    if told == sign:
        return None  # the reason says the written way: the rate is the slip (R-PERCENT)
    if quote[a.start : a.end] != a.raw and told != -sign:
        # the amount stated before (a list's item compared as its head, a sentence earlier): only a reason that
        # says the other way tells the words from a base derived the wrong way
        return None
    if not cword:
        return None
    right = OPPOSITE.get(cword.rstrip("了 "), "减少" if sign > 0 else "增加")
    rword = word_of(g)
    also = f"，“{rword}{g.f.raw}”也应为“{OPPOSITE[rword]}{g.f.raw}”" if rword in OPPOSITE else ""
    calc = (last_year_line(cur["target"], show(mid(a_iv), c), -sign, show(mid(iv(c)), c), show(mid(other), c),
                           by=-sign)
            + f"{show(mid(iv(c)), c)} ÷ {show(mid(other), c)} × 100% = {number(point(iv(c), other))}%")
    made = finding(
        Level.ERROR, "R-DIRECTION",
        f"“{cword}{c.raw}”与增减幅度不符：{g.f.raw}正是按{'减少' if sign > 0 else '增加'}算得的幅度"
        f"（按{cword}算为{pct(point(iv(c), written), g.f)}%），应为“{right}{c.raw}”{also}。",
        bi, b, quote, replace(c, raw=cword + c.raw), right + c.raw, calc,
    )
    return [with_rate(made, quote, c, sign > 0, cword.rstrip("了 "))]


def with_rate(f: ReviewFinding, quote: str, c, up: bool, cword: str = "") -> ReviewFinding:
    """A change said the wrong way whose rate right after it is said the same wrong way (「增加12.72万元，增长3.79%」):
    its 应为 carries the rate's words turned too (「减少12.72万元，下降3.79%」, what the reader pastes over both), the
    Word comment on both; so with the rate said first (「增长3.79%，增加12.72万元」 → 「下降3.79%，减少12.72万元」); the
    finding as it is where no such rate stands beside the change in its clause."""
    if quote[c.start : c.end] != c.raw or not f.expected:
        return f
    start = c.start - len(cword) if cword and quote[: c.start].endswith(cword) else c.start
    if (beside := rate_beside(quote, c.end, up)) is not None:
        end = quote.find(beside[0], c.end) + len(beside[0])
        return replace(f, expected=f"{f.expected}，{beside[1]}", anchor=quote[start:end])
    if start < c.start and (before := rate_before(quote, start, up)) is not None:  # the rate first (「下降R%，减少C」)
        return replace(f, expected=before[1] + f.expected, anchor=quote[before[0] : c.end])
    return f
