"""结转下年 with a 决算公开: what is kept, what becomes 上年, what is left for the accountant."""

from __future__ import annotations

from pathlib import Path

from juesuan import excel
from juesuan.core.rollover import next_year
from juesuan.disclosure.api import disclose, year_totals
from juesuan.sources.datafile import load
from juesuan.workbook.edit import read_workbook_located
from tests.buttons import click, sample_book

RICH = Path(__file__).parent / "data" / "disclosure_rich.toml"


def test_next_year_disclosure_keeps_who_and_texts_and_clears_the_years_figures():
    data, findings = load(RICH)
    d = data.disclosure
    assert d is not None and d.lines and d.procurement and d.performance  # the file has them all
    totals = year_totals(disclose(data, findings))
    assert set(totals) == {"total", "fiscal_total", "general_spending"}
    nxt = next_year(data, totals).disclosure
    assert nxt is not None
    assert (nxt.department, nxt.units, nxt.region, nxt.glossary, nxt.three_public, nxt.layout) == (
        d.department, d.units, d.region, d.glossary, d.three_public, d.layout)
    assert nxt.prior == totals  # this year's published totals are next year's 上年
    assert not (nxt.lines or nxt.basic_economics or nxt.procurement or nxt.vehicles or nxt.other
                or nxt.performance)
    assert nxt.operating_costs == ({"prior_final": d.operating_costs["final"]}
                                   if "final" in d.operating_costs else {})


def test_roll_over_button_carries_the_published_totals_into_next_years_book(tmp_path, monkeypatch):
    data, findings = load(RICH)
    book = sample_book(data, tmp_path, monkeypatch)
    outcome, _ = click(book, excel.roll_over)
    assert outcome.path is not None and "公开说明中本年的采购" in outcome.message
    nxt, _f, _ = read_workbook_located(outcome.path)
    assert nxt.unit.year == data.unit.year + 1
    assert nxt.disclosure is not None
    assert nxt.disclosure.prior == year_totals(disclose(data, findings))
    assert not nxt.disclosure.lines and not nxt.disclosure.procurement
