"""Each chart's title names what its bars and slices are; a pie of one slice is words, not a chart."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal as D

import pytest

from juesuan.report import analyze
from tests.rich import rich_unit

# the word a reader takes a chart's figures for, by the group they come from
WORDS = {"income": ("收入", "支出"), "spending": ("支出", "收入"), "functions": ("支出", "收入"),
         "three_public": ("三公", "收入")}


def _source(report, chart) -> str:
    """The one group whose lines the chart's categories are."""
    f = report.figures
    found = [g.key for g in (f.income, f.spending, f.functions, f.three_public)
             if g and set(chart.categories) <= {x.name for x in g.lines}]
    assert len(found) == 1, (chart.key, chart.categories, found)
    return found[0]


@pytest.mark.parametrize("unit", ["sample", "rich"])
def test_each_chart_title_names_the_group_its_series_come_from(unit, sample):
    report = analyze(sample if unit == "sample" else rich_unit())
    assert len(report.charts) >= 6
    for chart in report.charts:
        said, never = WORDS[_source(report, chart)]
        assert said in chart.title and never not in chart.title, (chart.key, chart.title)
    # the text's pointers and the workbook's charts carry the same titles (one definition)
    titles = {c.key: c.title for c in report.charts}
    assert titles["budget_execution"] == "支出预、决算执行情况"
    assert report.as_dict()["charts"][1]["title"] == report.charts[1].title


def test_a_single_slice_pie_is_said_in_words(sample):
    report = analyze(sample)  # all income is 一般公共预算财政拨款收入
    assert "income_structure" not in {c.key for c in report.charts}
    assert "spending_structure" in {c.key for c in report.charts}
    text = report.text()
    assert "本年收入合计4,677,326.79元，全部为一般公共预算财政拨款收入。" in text
    assert "占本年收入合计的100.00%" not in text
    assert all(p.ref != "income_structure" for p in report.paragraphs)


def test_a_second_source_brings_the_pie_and_the_shares_back():
    unit = rich_unit()
    report = analyze(unit)
    pie = {c.key: c for c in report.charts}["income_structure"]
    assert pie.title == "收入结构" and len(pie.categories) == 2
    assert "占本年收入合计的" in report.text() and "全部为" not in report.text()
    # the same unit with the second source zero: one slice again
    second = unit.income[1]
    zeroed = replace(unit, income=tuple(
        replace(x, values={**x.values, "final": D("0.00")}) if x is second else x for x in unit.income))
    report = analyze(zeroed)
    assert "income_structure" not in {c.key for c in report.charts}
    assert f"全部为{unit.income[0].name}。" in report.text()

