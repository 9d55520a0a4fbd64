"""结转下年: next year's inputs from this year's (决算 → 上年决算, budgets cleared, text kept)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from .model import Line, UnitData


def _shift(line: Line) -> Line | None:
    values: dict[str, Decimal] = {}
    if (final := line.get("final")) is not None:
        values["prior_final"] = final
    plan = line.get("adjusted_budget") if line.get("adjusted_budget") is not None else line.get("budget")
    if plan is not None:
        values["prior_budget"] = plan
    return Line(line.key, line.name, line.index, values) if values else None


def _lines(lines: tuple[Line, ...]) -> tuple[Line, ...]:
    out = [_shift(x) for x in lines]
    return tuple(Line(x.key, x.name, i, x.values) for i, x in enumerate(y for y in out if y is not None))


def next_year(data: UnitData) -> UnitData:
    """The unit's inputs for the following year: this year's 决算 and budget become 上年 columns;
    本年 budgets and 决算 are left for the accountant; balances and assets carry over; the
    unit's text is kept; reasons (which explain this year's variances) are not carried."""
    balances = tuple(
        Line(x.key, x.name, i, {} if (closing := x.get("closing")) is None
             else {"opening": closing, "prior_closing": closing})
        for i, x in enumerate(data.balances)
    )
    assets = tuple(Line(x.key, x.name, i, {"prior_year_end": year_end})
                   for i, x in enumerate(data.assets) if (year_end := x.get("year_end")) is not None)
    quantities = {k: {"prior_final": v["final"]} for k, v in data.quantities.items() if "final" in v}
    return replace(
        data,
        unit=replace(data.unit, year=data.unit.year + 1),
        income=_lines(data.income), spending=_lines(data.spending), functions=_lines(data.functions),
        economics=_lines(data.economics), controlled=_lines(data.controlled),
        quantities=quantities, balances=balances, assets=assets, reasons={}, text=dict(data.text),
    )
