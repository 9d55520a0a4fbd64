"""原因说明 keys as an accountant types them into the blank template: every name the official tables print
for a figure is accepted (one alias table, ``core.reason_keys``), and where 财政拨款 has one source the two
names are one figure — asked once, explained by a reason under either."""

from __future__ import annotations

import openpyxl
import pytest

from juesuan.core import catalog as c
from juesuan.core import reason_keys as rk
from juesuan.load import load_unit
from juesuan.report import analyze
from juesuan.sources import layout as L
from tests.test_workbook_findings import _typed_blank
from tests.test_workbook_public import _cell

REASON = "档案数字化项目追加经费。"


def _typed(tmp_path, reasons: dict[tuple[str, str], str]):
    """The first-time unit of ``_typed_blank`` with 其他收入 besides 财政拨款 and ``reasons`` typed on 原因说明."""
    path = _typed_blank(tmp_path)
    wb = openpyxl.load_workbook(path, keep_vba=True)
    other = c.INCOME_ITEMS.index("其他收入")
    for column, value in (("final", 30000), ("prior_final", 20000), ("budget", 30000)):
        _cell(wb[L.AMOUNTS], L.INCOME_BLOCK, other, column).value = value
    for r, ((comparison, key), text) in enumerate(reasons.items()):
        for column, value in (("comparison", c.REASON_COMPARISONS[comparison]), ("line", key), ("text", text)):
            _cell(wb[L.REASONS], L.REASONS_BLOCK, r, column).value = value
    wb.save(path)
    return load_unit(path)


def _fiscal_asks(report, comparison: str) -> list[str]:
    return [f.message for f in report.findings if f.code == "W-REASON-MISSING" and f.path[1] == comparison
            and "财政拨款" in f.message]


def test_one_fiscal_source_is_asked_once(tmp_path):
    unit = _typed(tmp_path, {})
    report = analyze(unit.data, unit.findings)
    assert len(_fiscal_asks(report, "final_vs_budget")) == 1, _fiscal_asks(report, "final_vs_budget")


@pytest.mark.parametrize("key", ["一般公共预算财政拨款", "一般公共预算财政拨款收入", "财政拨款", "财政拨款收入"])
def test_a_reason_under_any_printed_name_of_the_fiscal_figure_reaches_the_report(tmp_path, key):
    unit = _typed(tmp_path, {("final_vs_budget", key): REASON})
    report = analyze(unit.data, unit.findings)
    assert REASON in report.text(), key
    assert not _fiscal_asks(report, "final_vs_budget"), key
    assert not [f for f in report.findings if f.code in ("W-REASON-ORPHAN", "W-REASON-UNUSED")], key


def test_every_printed_name_is_one_alias_of_its_line():
    table = rk.aliases()
    for item, names in rk.PRINTED_NAMES.items():
        assert item in c.INCOME_ITEMS + c.SPENDING_ITEMS + c.CONTROLLED_ITEMS
        assert all(table[name] == item for name in names)
    for name in ("本年收入合计", "本年支出合计", "收入支出总计"):
        assert table[name] == rk.TOTAL
    assert table["一般公共预算财政拨款"] == "一般公共预算财政拨款收入"


@pytest.mark.parametrize("typed", ["主要是档案数字化项目追加经费", "主要原因是：档案数字化项目追加经费。",
                                   "主要原因：档案数字化项目追加经费"])
def test_a_reason_typed_with_its_own_lead_words_reads_once(tmp_path, typed):
    """「主要原因：主要是…」 never: the report, the 决算公开 情况说明 and the workbook's 分析报告 sheet print a typed
    reason after their own 主要原因 without its lead words."""
    from juesuan.disclosure.api import disclose

    unit = _typed(tmp_path, {("final_vs_budget", "合计"): typed, ("final_yoy", "合计"): typed})
    report = analyze(unit.data, unit.findings)
    public = disclose(unit.data, unit.findings).text.plain()
    for text in (report.text(), public):
        assert "档案数字化项目追加经费" in text
        assert not any(f"{a}{b}" in text for a in ("主要原因：", "主要原因是：", "主要原因是")
                       for b in ("主要是", "主要原因")), text


def test_the_key_disclose_asks_for_spending_by_fund_is_no_income_reason(tmp_path):
    """「一般公共预算财政拨款支出」 (what disclose asks for under 决算与预算对比) explains the 决算公开's spending
    sentence; the 分析报告 never prints it as the 一般公共预算财政拨款收入's reason (another figure), and with a
    [disclosure] it is no orphan."""
    from dataclasses import replace

    from juesuan.core.public_model import Disclosure
    from juesuan.disclosure.api import disclose

    unit = _typed(tmp_path, {("final_vs_budget", rk.GENERAL_SPENDING): REASON})
    data = replace(unit.data, disclosure=unit.data.disclosure or Disclosure())
    report = analyze(data, unit.findings)
    assert REASON not in report.text()
    assert not [f for f in report.findings if f.code in ("W-REASON-ORPHAN", "W-REASON-UNUSED")], report.findings
    assert REASON in disclose(data, unit.findings).text.plain()


@pytest.mark.parametrize("key", ["2010101 行政运行", "2010101行政运行", "2010101　行政运行"])
def test_a_reason_keyed_code_and_name_as_the_tables_print_them_is_read(tmp_path, key):
    unit = _typed(tmp_path, {("final_vs_budget", key): REASON})
    report = analyze(unit.data, unit.findings)
    assert REASON in report.text(), key
    assert not [f for f in report.findings if f.code in ("W-REASON-ORPHAN", "W-REASON-UNUSED")], key
