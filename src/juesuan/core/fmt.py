"""Every number shown to a person is formatted here: money, 万元, percentages.

Amounts are exact ``Decimal`` 元; rounding is half-up, once, at display.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
TEN_THOUSAND = Decimal(10000)
HUNDRED = Decimal(100)


def round2(value: Decimal) -> Decimal:
    """Round half-up to 2 decimals; never returns -0.00."""
    result = value.quantize(CENT, rounding=ROUND_HALF_UP)
    return result + 0 if result else abs(result)


def to_wan(yuan: Decimal) -> Decimal:
    """元 → 万元, rounded half-up to 2 decimals."""
    return round2(yuan / TEN_THOUSAND)


def number(value: Decimal) -> str:
    """``1234567.891`` → ``1,234,567.89`` (half-up, thousands separators)."""
    return f"{round2(value):,.2f}"


def yuan(value: Decimal) -> str:
    """An amount in 元 with its unit: ``2,656,000.00元``."""
    return f"{number(value)}元"


def wan(value: Decimal) -> str:
    """An amount in 万元 with its unit: ``265.60万元``."""
    return f"{number(value / TEN_THOUSAND)}万元"


def money(value: Decimal, unit: str = "元") -> str:
    """An amount in the report's unit ("元" or "万元")."""
    return wan(value) if unit == "万元" else yuan(value)


def percent(ratio_pct: Decimal) -> str:
    """A percentage already multiplied by 100: ``78.8376`` → ``78.84%``."""
    return f"{number(ratio_pct)}%"


def change_percent(ratio_pct: Decimal) -> str:
    """The size of a change, without sign (the direction word carries it)."""
    shown = round2(abs(ratio_pct))
    if not shown and ratio_pct:
        return "不足0.01%"
    return percent(shown)


def integer(value: int | Decimal) -> str:
    """A count or area: ``1234`` → ``1,234``; decimals kept only when present."""
    if isinstance(value, int) or value == value.to_integral_value():
        return f"{int(value):,}"
    return number(value)
