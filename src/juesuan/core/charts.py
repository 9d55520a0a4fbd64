"""Chart data for every chart of the report: categories, series, 万元 values, Chinese titles.

The workbook binds native charts to these figures and the Word export draws the same ones.
A chart shows exactly the categories present: lines the unit has, pies without empty slices; a
pie with one slice is not drawn (the text says the whole is that one part). Each title begins with
the subject of the group its series come from (``SUBJECTS``), so a title cannot name 收入 over
支出 figures.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from . import fmt
from .compare import shares
from .figures import PLAN, Figures, Group
from .model import Line


class ChartKind(StrEnum):
    BAR = "bar"
    PIE = "pie"


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[Decimal | None, ...]  # 万元, rounded half-up to 2 decimals
    column: str = "final"  # the figure charted (a column of the chart's source table)


@dataclass(frozen=True)
class Chart:
    key: str
    title: str
    kind: ChartKind
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    unit: str = "万元"
    shares: tuple[Decimal, ...] = ()  # pies: each slice's share in % as the text and table print it (尾差)

    def as_dict(self) -> dict[str, Any]:
        return {
            "key": self.key, "title": self.title, "kind": self.kind.value, "unit": self.unit,
            "categories": list(self.categories),
            "series": [{"name": s.name, "values": [None if v is None else str(v) for v in s.values],
                        "column": s.column} for s in self.series],
            "shares": [str(v) for v in self.shares],
        }


def _wan(value: Decimal | None) -> Decimal | None:
    return None if value is None else fmt.to_wan(value)


# what a group's lines are, as a chart title names them
SUBJECTS = {"income": "收入", "spending": "支出", "functions": "支出功能科目", "three_public": "“三公”经费"}


def sole_part(g: Group) -> Line | None:
    """The group's only line with a non-zero 本年决算, when there is exactly one (a one-slice pie)."""
    parts = [x for x in g.lines if x.get("final")]
    return parts[0] if len(parts) == 1 else None


def _bar(key: str, what: str, g: Group, series: list[tuple[str, str]]) -> Chart | None:
    """A bar chart over the group's lines; a series with no figure at all is left out."""
    title = SUBJECTS[g.key] + what
    kept = [(name, col) for name, col in series if any(x.get(col) is not None for x in g.lines)]
    if not g.lines or not kept:
        return None
    return Chart(
        key, title, ChartKind.BAR, tuple(x.name for x in g.lines),
        tuple(Series(name, tuple(_wan(x.get(col)) for x in g.lines), col) for name, col in kept),
    )


def _pie(key: str, what: str, g: Group) -> Chart | None:
    """The group's 本年决算 by line; none for fewer than two non-zero slices."""
    slices = [(x.name, value) for x in g.lines if (value := x.get("final"))]
    if len(slices) < 2:
        return None
    title = SUBJECTS[g.key] + what
    whole = sum((value for _, value in slices), Decimal(0))
    return Chart(key, title, ChartKind.PIE, tuple(name for name, _ in slices),
                 (Series("本年决算", tuple(_wan(value) for _, value in slices)),),
                 shares=tuple(shares([value for _, value in slices], whole) or ()))


def build(fig: Figures) -> list[Chart]:
    year = fig.data.unit.year
    prior = f"{year - 1}年" if year else "上年"
    this = f"{year}年" if year else "本年"
    charts = [
        _bar("budget_arrangement", "年初预算安排情况", fig.spending,
             [(f"{prior}预算", "prior_budget"), (f"{this}预算", "budget")]),
        _bar("budget_execution", "预、决算执行情况", fig.spending,
             [("预算", PLAN), ("决算", "final")]),
        _bar("final_yoy", "决算上下年对比", fig.spending,
             [(f"{prior}决算", "prior_final"), (f"{this}决算", "final")]),
        _bar("functions", "预、决算对比", fig.functions, [("预算", PLAN), ("决算", "final")]),
        _pie("income_structure", "结构", fig.income),
        _pie("spending_structure", "结构", fig.spending),
        _bar("three_public", "上下年对比", fig.three_public,
             [(f"{prior}决算", "prior_final"), (f"{this}决算", "final")]),
    ]
    return [chart for chart in charts if chart is not None]
