"""结转下年: next year's inputs from this year's (决算 → 上年决算, budgets cleared, text kept)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from decimal import Decimal

from .model import Line, UnitData
from .public_model import Disclosure


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


def next_disclosure(d: Disclosure, totals: Mapping[str, Decimal] | None = None) -> Disclosure:
    """The 公开 inputs of the following year: who publishes (部门/单位, member units, region, layout),
    the 名词解释 and the 三公 texts are kept; this year's 机关运行经费 决算 becomes 上年决算; this year's
    published totals (``totals``: total / fiscal_total / general_spending, from the 公开 tables) become
    the 上年 totals; every other figure of the year (项 lines, 经济分类, 采购, 车辆, 绩效) is left for the
    accountant — last year's would otherwise be published as this year's."""
    operating = {"prior_final": v} if (v := d.operating_costs.get("final")) is not None else {}
    return replace(
        d, lines=(), basic_economics=(), operating_costs=operating, procurement={}, vehicles={}, other={},
        performance={}, prior={k: v for k, v in (totals or {}).items() if v is not None},
    )


def next_year(data: UnitData, totals: Mapping[str, Decimal] | None = None) -> UnitData:
    """The unit's inputs for the following year: this year's 决算 and budget become 上年 columns;
    本年 budgets and 决算 are left for the accountant; balances and assets carry over; the
    unit's text is kept; reasons (which explain this year's variances) are not carried; the 公开
    inputs as ``next_disclosure`` (``totals``: this year's published totals, when it was disclosed)."""
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
        disclosure=None if data.disclosure is None else next_disclosure(data.disclosure, totals),
    )
