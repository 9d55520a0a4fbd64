"""The buttons through xlwings' remote engine: the very functions the VBA calls, with a mock caller."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from juesuan.excel import remote
from tests.buttons import click, sample_book

remote.enable()  # before xlwings is imported


from juesuan import excel  # noqa: E402
from juesuan.sources import layout as L  # noqa: E402
from juesuan.workbook.edit import read_workbook_located, recalc  # noqa: E402

OUTPUTS = set(L.OUTPUT_SHEETS)


@pytest.fixture
def book_file(sample, tmp_path, monkeypatch) -> Path:
    return sample_book(sample, tmp_path, monkeypatch)


def written_grids(actions) -> dict[str, list[list]]:
    grids = {}
    for a in actions:
        if a["func"] == "setValues":
            name = L.SHEETS[a["sheet_position"]]
            assert (a["start_row"], a["start_column"]) == (0, 0)
            grids[name] = a["values"]
    return grids


def test_recalculate_writes_what_juesuan_recalc_writes(book_file):
    outcome, actions = click(book_file, excel.recalculate)
    assert outcome.message.startswith("重新计算完成：错误0项，警告2项")
    alerts = [a for a in actions if a["func"] == "alert"]
    assert len(alerts) == 1 and "重新计算完成" in alerts[0]["args"][0]
    grids = written_grids(actions)
    assert set(grids) == OUTPUTS
    recalc(book_file)
    wb = openpyxl.load_workbook(book_file)
    for name, grid in grids.items():
        ws = wb[name]
        for r, row in enumerate(grid):
            for c, value in enumerate(row):
                got = ws.cell(r + 1, c + 1).value
                if isinstance(value, str) and value.startswith("'"):
                    value = value[1:]
                assert got == value or (got is None and value in (None, "")), (name, r, c, value, got)


def test_no_action_touches_an_input_sheet(book_file):
    """Only the print area of the input sheets whose lines grow (down to the last line read)."""
    _, actions = click(book_file, excel.recalculate)
    touched = {L.SHEETS[a["sheet_position"]] for a in actions if a.get("sheet_position") is not None
               and a["func"] != "setPrintArea"}
    assert touched <= OUTPUTS
    printed = {L.SHEETS[a["sheet_position"]] for a in actions if a["func"] == "setPrintArea"}
    assert printed - OUTPUTS == {b.sheet for b in L.BLOCKS if b.name in L.GROWING}


def test_round_trips_are_whole_blocks(book_file):
    """Same layout as last time: per output sheet one clear and one write, nothing else."""
    _, actions = click(book_file, excel.recalculate)
    by_sheet = {}
    for a in actions:
        if a.get("sheet_position") is not None:
            by_sheet.setdefault(L.SHEETS[a["sheet_position"]], []).append(a["func"])
    wrapped = {L.NARRATIVE, L.FINDINGS, L.INDICATORS}  # + one autofit of the row heights of their long texts
    growing = {b.sheet for b in L.BLOCKS if b.name in L.GROWING}
    assert by_sheet == {**{name: ["sheetClearContents", "setValues"] + (["setSheetAutofit"] if name in wrapped else [])
                           for name in L.OUTPUT_SHEETS}, **{name: ["setPrintArea"] for name in growing}}
    assert [a["func"] for a in actions if a.get("sheet_position") is None] == ["alert"]


def test_charts_follow_a_change_of_categories(book_file):
    wb = openpyxl.load_workbook(book_file, keep_vba=True)
    f = wb[L.FUNCTIONS]
    r = L.FUNCTIONS_BLOCK.row + 4 + 1
    f.cell(r, 1).value, f.cell(r, 2).value, f.cell(r, 4).value, f.cell(r, 6).value = "213", "农林水支出", 0, 0
    wb.save(book_file)
    _, actions = click(book_file, excel.recalculate)
    charts = [a for a in actions if a["func"] == "addChart"]
    assert len(charts) == 6  # the sample has one income source: no 收入结构 pie
    values = written_grids(actions)[L.CHARTS]
    column_a = [row[0] for row in values]
    assert "农林水支出" in column_a
    functions_chart = next(a for a in charts if a["args"][3].startswith("$A$") and
                           values[int(a["args"][3].split("$")[2].split(":")[0]) - 1][0] == "支出功能科目预、决算对比")
    first, last = (int(x.split("$")[-1]) for x in functions_chart["args"][3].split(":"))
    assert last - first == 5  # header and exactly the five categories present
    assert any(a["func"] == "setNumberFormat" for a in actions)


def _edit(path: Path, cell_value=None, reason_line=None) -> None:
    wb = openpyxl.load_workbook(path, keep_vba=True)
    if cell_value is not None:
        row, col = L.SPENDING_BLOCK.cell(0, "budget")
        wb[L.AMOUNTS].cell(row + 1, col + 1).value = cell_value
    if reason_line is not None:
        r = L.REASONS_BLOCK.row + 40
        ws = wb[L.REASONS]
        ws.cell(r + 1, 1).value = "决算与预算对比"
        ws.cell(r + 1, 2).value = reason_line
        ws.cell(r + 1, 3).value = "这条原因的项目已删除"
    wb.save(path)


def test_orphaned_reason_is_shown_and_kept(book_file):
    _edit(book_file, reason_line="299")
    _outcome, actions = click(book_file, excel.recalculate)
    findings = written_grids(actions)[L.FINDINGS]
    flat = [v for row in findings for v in row]
    assert "这条原因的项目已删除" in flat
    assert any(isinstance(v, str) and "W-REASON-ORPHAN" in v for v in flat)
    # the reason itself stays in 原因说明: nothing was written there
    assert not [a for a in actions if a.get("sheet_position") == L.SHEETS.index(L.REASONS)
                and a["func"] != "setPrintArea"]


@pytest.mark.parametrize("value", ["abc", "１２３", "1.2万", -5])
def test_bad_input_gives_the_same_findings_as_the_file_path(book_file, value):
    from juesuan.excel.live import read

    _edit(book_file, cell_value=value)
    _, file_findings, file_loc = read_workbook_located(book_file)
    book = remote.book_from_file(book_file)
    _, live_findings, live_loc = read(book)
    assert [(f.code, f.message, file_loc.address(f.path)) for f in file_findings] == \
        [(f.code, f.message, live_loc.address(f.path)) for f in live_findings]
    assert file_findings


def test_check_fills_only_the_findings_sheet(book_file):
    outcome, actions = click(book_file, excel.check)
    assert outcome.message.startswith("审核完成：错误0项，警告2项")
    assert set(written_grids(actions)) == {L.FINDINGS}


def test_not_a_juesuan_workbook_gets_a_message(tmp_path):
    other = tmp_path / "other.xlsm"
    wb = openpyxl.Workbook()
    wb.active["A1"] = 1
    wb.save(other)
    outcome, actions = click(other, excel.recalculate)
    assert "不是 juesuan 工作簿" in outcome.message
    assert [a["func"] for a in actions] == ["alert"]


def test_a_python_error_ends_in_a_message_and_a_log(book_file, monkeypatch):
    from juesuan.excel import live

    def boom(*_):
        raise RuntimeError("simulated")

    monkeypatch.setattr(live, "analyze_for_test", boom, raising=False)
    monkeypatch.setitem(live.ACTIONS, "recalculate", boom)
    outcome, actions = click(book_file, excel.recalculate)
    assert "juesuan 运行出错" in outcome.message
    log = Path(outcome.message.split("错误详情已写入：")[1].splitlines()[0])
    assert "RuntimeError: simulated" in log.read_text(encoding="utf-8")
    assert [a["func"] for a in actions] == ["alert"]


def test_roll_over_writes_next_year_as_a_new_file(book_file, sample):
    raw = book_file.read_bytes()
    outcome, _ = click(book_file, excel.roll_over)
    assert outcome.path is not None and outcome.path.name == "奈曼旗政务服务中心2022.xlsm"
    assert book_file.read_bytes() == raw
    data, _findings, _ = read_workbook_located(outcome.path)
    assert data.unit.year == 2022
    personnel = next(x for x in data.spending if x.key == "人员经费")
    assert personnel.get("prior_final") == sample.spending[0].get("final")
    assert personnel.get("budget") is None and personnel.get("final") is None
    assert data.text == sample.text
    cash = next(x for x in data.assets if x.key == "货币资金")
    assert str(cash.get("prior_year_end")) == "225976.86"


def test_export_report_button(book_file):
    outcome, actions = click(book_file, excel.export_report)
    assert outcome.path is not None and outcome.path.exists()
    assert outcome.path.name == "奈曼旗政务服务中心2021年度部门决算分析报告.docx"
    assert "已生成报告" in next(a for a in actions if a["func"] == "alert")["args"][0]


def test_button_module_imports_no_heavy_library():
    code = ("import sys, juesuan.excel; "
            "print(sorted(m for m in ('matplotlib', 'docx', 'openpyxl', 'xlsxwriter') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**__import__("os").environ, "XLWINGS_LICENSE_KEY": "noncommercial"})
    assert out.stdout.strip() == "[]"


def test_setup_writes_the_interpreter(book_file):
    from juesuan.workbook.edit import setup_interpreter

    setup_interpreter(book_file, "/opt/python/bin/python3")
    ws = openpyxl.load_workbook(book_file)[L.CONF]
    values = {ws.cell(r, 1).value: ws.cell(r, 2).value for r in range(1, ws.max_row + 1)}
    assert values["Interpreter_Mac"] == "/opt/python/bin/python3"


def test_an_input_cell_with_an_error_is_highlighted_by_the_button(book_file):
    """The same red cell as ``juesuan recalc`` (tests/test_first_try.py), one call a cell."""
    wb = openpyxl.load_workbook(book_file, keep_vba=True)
    row, col = L.SPENDING_BLOCK.cell(0, "fiscal_final")
    wb[L.AMOUNTS].cell(row + 1, col + 1).value = 99999999  # 其中财政拨款 above the line's 决算
    wb.save(book_file)
    _, actions = click(book_file, excel.recalculate)
    colored = [a for a in actions if a["func"] == "setRangeColor" and L.SHEETS[a["sheet_position"]] == L.AMOUNTS]
    assert [(a["start_row"], a["start_column"], a["args"]) for a in colored] == [(row, col, ["#ffc7ce"])]
