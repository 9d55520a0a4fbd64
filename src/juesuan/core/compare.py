"""Exact arithmetic of comparisons: differences, changes in %, 执行率, shares, sums.

Every function returns ``None`` when an input is missing or a base is zero: a figure whose
inputs are missing is absent, never 0, and no percentage is taken over a zero base.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from .fmt import HUNDRED
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
