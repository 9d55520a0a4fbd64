"""A pie's labels are the shares the text states (尾差 on the largest part, two decimals), in the
native chart of every writer and in the report's figure, never the application's own percents."""

from __future__ import annotations

import re
import zipfile
from decimal import Decimal as D
from pathlib import Path

import pytest

from juesuan.core.parse import parse
from juesuan.report import analyze
from juesuan.sources import layout as L
from juesuan.workbook import outputs
from juesuan.workbook.build import build, input_rows
from tests.rich import rich_document


def tail_unit():
    """Two income sources whose shares round to 2.35% + 97.66% = 100.01%: the text prints 97.65%,
    an application's own percent label 97.66% (or 98%)."""
    doc = rich_document()
    doc["income"][0]["final"], doc["income"][1]["final"] = D("3906200.00"), D("93800.00")
    data, _ = parse(doc)
    return data


def test_the_text_and_the_pie_state_the_tail_adjusted_shares():
    report = analyze(tail_unit())
    pie = next(c for c in report.charts if c.key == "income_structure")
    assert pie.shares == (D("97.65"), D("2.35"))
    assert "占本年收入合计的97.65%" in report.text()


def _pie_rows(sheet, title):
    top = next(r for (r, c), cell in sheet.cells.items() if c == 0 and cell.value == title)
    return top, [sheet.cells[(r, 1)] for r in range(top + 1, top + 3)]


def test_the_charts_sheet_binds_each_pie_to_its_share_cells():
    data = tail_unit()
    report = analyze(data)
    sheet = outputs.all_sheets(report, input_rows(data)[1])[L.CHARTS]
    top, cells = _pie_rows(sheet, "收入结构")
    assert sheet.cells[(top, 1)].value == "占比"
    assert [c.value for c in cells] == [D("97.65"), D("2.35")] and all(c.style == "pct" for c in cells)
    # the 尾差 goes to the largest part in the formula as well (expr.tail_share over 分析表's 本年决算)
    assert all("MATCH(MAX(" in c.formula and f"'{L.ANALYSIS}'!" in c.formula for c in cells)
    spec = next(s for s in sheet.charts if s.key == "income_structure")
    assert spec.series == (("占比", (top + 1, 1, top + 2, 1)),)
    # the spending pie takes the 分析表's 占比 cells themselves
    _, spending = _pie_rows(sheet, "支出结构")
    assert all(re.fullmatch(r"=IF\(ISNUMBER\('分析表'!C\d+\),'分析表'!C\d+,\"\"\)", c.formula) for c in spending)


def _pie_xml(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as z:
        return [z.read(n).decode() for n in z.namelist() if n.startswith("xl/charts/chart")
                and "pieChart" in z.read(n).decode()]


def _labels_from_cells(xml: str) -> None:
    """The pie's values are the 占比 column (B) and its labels show them as 0.00%, not Excel's percent."""
    assert re.search(r"<(c:)?val><(c:)?numRef><(c:)?f>'?图表'?!\$B\$\d+:\$B\$\d+<", xml), xml[:600]
    labels = re.search(r"<(c:)?dLbls>.*?</(c:)?dLbls>", xml, re.S)
    assert labels, xml[:600]
    found = labels.group(0)
    assert re.search(r'showVal val="1"', found) and not re.search(r'showPercent val="1"', found)
    assert 'formatCode="0.00%"' in found


def test_built_and_recalculated_pies_label_their_share_cells(tmp_path):
    from juesuan.workbook.edit import recalc

    data = tail_unit()
    path = tmp_path / "单位.xlsm"
    path.write_bytes(build(data, analyze(data)))
    pies = _pie_xml(path)
    assert len(pies) == 2
    for xml in pies:
        _labels_from_cells(xml)
    recalc(path)
    pies = _pie_xml(path)
    assert len(pies) == 2
    for xml in pies:
        _labels_from_cells(xml)


@pytest.mark.parametrize("key", ["income_structure", "spending_structure"])
def test_the_report_figure_states_the_shares_the_text_does(key):
    from juesuan.export import chart_images

    report = analyze(tail_unit())
    chart = next(c for c in report.charts if c.key == key)
    said = chart_images.pie_labels(chart)
    for share in chart.shares:
        assert any(f"（{share:.2f}%）" in label for label in said)
    if key == "income_structure":
        assert any("97.65%" in label for label in said) and not any("97.66%" in label for label in said)


# -- an indicator and the share list that print one ratio -----------------------------------------

def test_an_indicator_whose_ratio_the_share_list_prints_with_the_tail_says_why_they_differ(sample):
    from tests.test_narrative import thirds

    text = analyze(tail_unit()).text()  # 一般公共预算 is the only 财政拨款: 依存度 is its share of income
    assert "占本年收入合计的97.65%" in text
    assert ("财政拨款依存度＝财政拨款收入÷收入总额×100%：97.66%（前文一般公共预算财政拨款收入占本年收入合计的"
            "97.65%，含各项占比四舍五入后的尾差）。") in text
    text = analyze(thirds(sample)).text()  # 事业单位 without deductions: 人员支出比率 is 人员经费's share
    assert "人员支出比率＝人员支出÷事业支出×100%：33.33%（前文人员经费占本年支出合计的33.34%，含各项占比" in text
    assert "公用支出比率＝公用支出÷事业支出×100%：33.33%。" in text  # its share is 33.33% too: no word


def test_no_word_where_the_indicator_and_the_share_agree(sample):
    report = analyze(sample)
    assert all(ind.listed is None for ind in report.indicators)
    assert "含各项占比四舍五入后的尾差" not in report.text()


def test_the_json_names_the_listed_share():
    found = {i["key"]: i for i in analyze(tail_unit()).as_dict()["indicators"]}
    assert found["fiscal_dependency"]["listed"] == {"part": "一般公共预算财政拨款收入", "whole": "本年收入合计",
                                                    "share": "97.65"}
    assert found["personnel_ratio"]["listed"] is None
