"""The rounding a unit's figures carry: amounts typed from published 万元 tables (×10,000) are
whole multiples of 100 元 (0.01万元), and a 合计 published beside its parts may differ from their
sum by the parts' rounding. The tolerance comes from the data, never a global setting."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from .model import UnitData

ZERO = Decimal(0)
WAN_CENT = Decimal(100)  # 0.01万元 in 元


def amounts(data: UnitData) -> Iterable[Decimal]:
    """Every amount of the unit: its amount rows and its [disclosure] figures."""
    for lines in (data.income, data.spending, data.functions, data.economics, data.controlled,
                  data.balances, data.assets):
        for line in lines:
            yield from line.values.values()
    d = data.disclosure
    if d is not None:
        for fl in d.lines:
            yield from fl.values.values()
        yield from (e.final for e in d.basic_economics)
        for part in (d.operating_costs, d.procurement, d.prior):
            yield from part.values()


MIN_AMOUNTS = 20  # fewer round figures may be a coincidence (a small file typed in whole 元)


def typed_from_wan(data: UnitData) -> bool:
    """Every non-zero amount is a whole number of 0.01万元, over at least ``MIN_AMOUNTS`` of them."""
    nonzero = [a for a in amounts(data) if a]
    return len(nonzero) >= MIN_AMOUNTS and all(a % WAN_CENT == 0 for a in nonzero)


def tolerance(data: UnitData) -> Decimal:
    """The gap (元) a check accepts as rounding: one 0.01万元 for figures typed from 万元 tables
    (a 合计 rounded once beside parts each rounded), 0 for figures in 元."""
    return WAN_CENT if typed_from_wan(data) else ZERO


def printed_unit(tol: Decimal, figure: Decimal) -> Decimal:
    """The rounding unit of a figure a published table printed (a data file's printed total): the data's
    ``tol``, else 0.01万元 where the figure is a whole number of it (a small unit's few figures may not tell)."""
    return tol or (WAN_CENT if figure % WAN_CENT == 0 else ZERO)


def slack(tol: Decimal, parts: int) -> Decimal:
    """The gap (元) a printed figure may show beside the sum of ``parts`` printed figures when each was
    rounded on its own to the unit ``tol`` (one 0.01万元 = 100 元): half a unit per rounded figure, the
    total's own included (±0.005万元 each). 0 where the figures are exact (``tol`` 0)."""
    return tol * (max(parts, 1) + 1) / 2
