"""A change said the wrong way in both its words: 「比上年减少28.56万元，下降1.69%，主要原因是在编人员增加」 where the
year's amount (1,717.83万元) and the change make 1.69% only as an increase (28.56 ÷ (1,717.83 − 28.56)), not as the
decrease written (28.56 ÷ (1,717.83 + 28.56) = 1.64%), and the reason says an increase. The rate was computed for
the change as it is; the two direction words were written the other way: one finding, on the amount with its word
(「减少28.56万元」 → 「增加28.56万元」), that says the rate's word too — not a wrong rate."""

from __future__ import annotations

import re
from dataclasses import replace

from ...core.findings import Level
from ...core.fmt import number
from ..base import ReviewFinding, finding, iv, iv_neg, iv_ratio, iv_sum, meets, mid, pct, point, show
from ..sentences import Fig, reason_sign, word_of
from .wording import _SOLVING

# a direction word and the one that says the other way, in the same style ("减" → "增", "下降" → "增长")
OPPOSITE = {"增加": "减少", "减少": "增加", "增长": "下降", "下降": "增长", "上升": "下降", "提高": "降低",
            "降低": "提高", "增": "减", "减": "增", "降": "增"}

_YEARS = re.compile(r"\d{4}年|上年|去年")


def both_words_reversed(bi, b, quote: str, g: Fig, cur: dict, a_iv, cword: str) -> ReviewFinding | None:
    """The finding on C (written after ``cword``) where C and the rate ``g`` say one direction, the year's amount A
    is written and the base is not: the rate is C ÷ (A ∓ C) only for the other direction — and the reason told right
    after (「主要原因是…增加」) says that other direction too, and C ÷ A (the amount after the change taken as the
    base) does not make the rate either. None otherwise, and while a rule tries a reading of a template's
    alternative or a blank: the reading's own rate is then what fails."""
    if _SOLVING.get():
        return None
    c, sign = cur["C"], cur["Csign"]
    word = cword.rstrip("了 ")
    said, other = OPPOSITE.get(word), OPPOSITE.get(word_of(g))
    if c is None or not sign or a_iv is None or cur["B"] is not None or said is None or other is None:
        return None
    bases = {d: iv_sum([a_iv, iv_neg(iv(c)) if d > 0 else iv(c)]) for d in (1, -1)}
    if any(x[0] <= 0 for x in bases.values()):
        return None
    rates = {d: iv_ratio(iv(c), x) for d, x in bases.items()}
    if any(r is None for r in rates.values()) or meets(rates[sign], iv(g.f)) or not meets(rates[-sign], iv(g.f)):
        return None
    if (after := iv_ratio(iv(c), a_iv)) is None or meets(after, iv(g.f)):
        return None  # C ÷ A too: the usual slip of a base taken after the change fits as well (R-PERCENT says it)
    at = b.text.find(quote)
    if reason_sign(b.text[at + g.f.end:] if at >= 0 else quote[g.f.end:]) != -sign:
        # the rate alone does not tell the words wrong from a base derived the wrong way (A + C for an increase):
        # without a reason that says the other direction, the rate is what is off (R-PERCENT)
        return None
    label = cur["target"] if _YEARS.search(cur["target"] or "") else "上年"
    right = -sign
    digits, change = (re.sub(r"[^\d.,，-]", "", f.raw) for f in (cur["A"], c))
    calc = (f"按{said}：{label}为{digits} {'−' if right > 0 else '+'} {change} = "
            f"{show(mid(bases[right]), c)}；{show(abs(mid(iv(c))), c)} ÷ {show(mid(bases[right]), c)} × 100% = "
            f"{number(point(iv(c), bases[right]))}%")
    wrong = pct(point(iv(c), bases[sign]), g.f)
    right_c = said + cword[len(word):] + c.raw  # 「减少了28.56万元」 → 「增加了28.56万元」
    return finding(
        Level.ERROR, "R-DIRECTION",
        f"增减方向写反：{g.f.raw}正是按{said}算得的幅度（按{word}算应为{wrong}%），"
        f"应为“{right_c}，{other}{g.f.raw}”，不是“{cword}{c.raw}，{word_of(g)}{g.f.raw}”。",
        bi, b, quote, replace(c, raw=cword + c.raw), right_c, calc,
    )

