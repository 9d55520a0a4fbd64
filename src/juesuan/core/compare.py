"""Exact arithmetic of comparisons: differences, changes in %, 执行率, shares, sums.

Every function returns ``None`` when an input is missing or a base is zero: a figure whose
inputs are missing is absent, never 0, and no percentage is taken over a zero base.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal

from .fmt import CENT, HUNDRED, round2
from .model import Settings

Amount = Decimal | None


def diff(current: Amount, base: Amount) -> Amount:
    if current is None or base is None:
        return None
    return current - base


def pct_change(current: Amount, base: Amount) -> Amount:
    """(current − base) ÷ base × 100; ``None`` over a zero or missing base."""
    if current is None or base is None or base == 0:
        return None
    return (current - base) / base * HUNDRED


def rate(current: Amount, base: Amount) -> Amount:
    """current ÷ base × 100 (执行率, 完成率, shares); ``None`` over a zero or missing base."""
    if current is None or base is None or base == 0:
        return None
    return current / base * HUNDRED


def ratio(numerator: Amount, denominator: Amount | int) -> Amount:
    """numerator ÷ denominator, e.g. 元/人; ``None`` over zero or missing."""
    if numerator is None or denominator is None or denominator == 0:
        return None
    return Decimal(numerator) / Decimal(denominator)


def total(values: Iterable[Amount]) -> Amount:
    """The exact sum, or ``None`` when any part is missing or there is no part."""
    given = list(values)
    parts = [v for v in given if v is not None]
    if not given or len(parts) < len(given):
        return None
    return sum(parts, Decimal(0))


def is_material(current: Amount, base: Amount, settings: Settings) -> bool:
    """Whether a variance is over the unit's threshold (by % or by amount) and so needs a reason."""
    d = diff(current, base)
    if d is None or d == 0:
        return False
    if abs(d) > settings.threshold_amount:
        return True
    p = pct_change(current, base)
    return p is None or abs(p) > settings.threshold_pct


def shares(parts: Sequence[Decimal], whole: Decimal) -> list[Decimal] | None:
    """Each part's share of the whole in %, rounded half-up once; ``None`` over a zero whole. Where
    the parts make up the whole, the printed shares add to exactly 100.00%: the largest part takes
    the rounding remainder (尾差调整, as Shanghai units print it: 52.20+44.48+0.98+2.35 = 100.01
    becomes 52.19+44.48+0.98+2.35). The one function for every share juesuan prints: the text's share
    lists (whose ``phrases.tail_note`` says so) and the tables' 占比 columns (``tables``), so a table and
    the sentence quoting it show one figure."""
    if not whole:
        return None
    out = [round2(p / whole * 100) for p in parts]
    i = tail_adjusted(parts, whole)
    if i is not None:
        out[i] += HUNDRED - sum(out, Decimal(0))
    return out


def tail_adjusted(parts: Sequence[Decimal], whole: Decimal) -> int | None:
    """The position of the share that takes the 尾差 in ``shares`` (the largest part), or None where
    the rounded shares already add to 100.00% or the parts are not the whole."""
    if not whole or len(parts) < 2 or sum(parts, Decimal(0)) != whole:
        return None
    rest = HUNDRED - sum((round2(p / whole * 100) for p in parts), Decimal(0))
    if not rest or abs(rest) > CENT * len(parts):
        return None
    return max(range(len(parts)), key=lambda i: abs(parts[i]))
