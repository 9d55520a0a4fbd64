"""The 决算公开's per-line inputs typed in the workbook: 公开科目 ([[disclosure.lines]]) and 公开经济分类
([[disclosure.basic_economics]]) — built, read by every reader, the sheet the source, findings at its cells."""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from io import BytesIO
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, given, settings

from juesuan import excel
from juesuan.core import catalog as c
from juesuan.disclosure.api import disclose
from juesuan.export.sheet_style import INPUT_FILL
from juesuan.load import load_unit
from juesuan.report import analyze
from juesuan.sources import layout as L
from juesuan.sources.blocks import public_data_cells
from juesuan.sources.datafile import dumps, load, to_document
from juesuan.workbook.build import build
from juesuan.workbook.edit import read_workbook, read_workbook_located
from juesuan.workbook.input_sheets import INPUT_SHEETS
from tests.buttons import click
from tests.conftest import examples
from tests.disclosure_units import disclosure_documents

RICH = Path(__file__).parent / "data" / "disclosure_rich.toml"
LINES, ECON = L.PUBLIC_LINES_BLOCK, L.PUBLIC_ECONOMICS_BLOCK


def _built(data, path: Path) -> Path:
    path.write_bytes(build(data, analyze(data)))
    return path


def _cell(ws, block: L.Block, r: int, column: str):
    row, col = block.cell(r, column)
    return ws.cell(row + 1, col + 1)


def _hidden(wb) -> str:
    return "".join(str(row[0].value or "") for row in wb[L.PUBLIC_DATA].iter_rows(max_col=1))


def test_build_puts_the_lines_on_their_sheets_and_the_rest_in_the_hidden_sheet(tmp_path):
    data, _ = load(RICH)
    wb = openpyxl.load_workbook(_built(data, tmp_path / "部门.xlsm"))
    lines, economics = data.disclosure.lines, data.disclosure.basic_economics
    ws, we = wb[L.PUBLIC_LINES], wb[L.PUBLIC_ECONOMICS]
    for r, line in enumerate(lines):
        assert _cell(ws, LINES, r, "code").value == line.code
        for key, value in line.values.items():
            assert Decimal(str(_cell(ws, LINES, r, key).value)) == value
        assert (_cell(ws, LINES, r, "purpose").value or "") == line.purpose
    assert _cell(ws, LINES, len(lines), "code").value is None
    assert [(_cell(we, ECON, r, "code").value, Decimal(str(_cell(we, ECON, r, "final").value)))
            for r in range(len(economics))] == [(e.code, e.final) for e in economics]
    hidden = _hidden(wb)
    assert "[[disclosure.lines]]" not in hidden and "basic_economics" not in hidden
    assert "units" not in hidden and "procurement" not in hidden  # 公开说明 holds the units and procurement
    assert ws.print_area == f"'{L.PUBLIC_LINES}'!$A$1:$AH${LINES.row + len(lines)}"  # to the last line


@settings(max_examples=examples(8), deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(doc=disclosure_documents())
def test_build_then_extract_gives_the_data_file_back(doc, tmp_path):
    """Random units with [[disclosure.lines]] and [[disclosure.basic_economics]]: lossless both ways."""
    from juesuan.sources.datafile import parse_document

    data, _ = parse_document(doc)
    assert data.disclosure is not None and data.disclosure.lines and data.disclosure.basic_economics
    path = tmp_path / "r.xlsm"
    path.write_bytes(build(data, None))
    again, _ = read_workbook(path)
    assert to_document(again) == to_document(data)  # what extract writes
    assert again.disclosure == data.disclosure


def test_the_sheet_is_the_source_when_the_hidden_data_has_lines_too(tmp_path):
    """An older workbook kept the lines in 公开数据; a line typed on the sheet wins, and extract
    writes the sheet's lines."""
    data, _ = load(RICH)
    path = _built(data, tmp_path / "部门.xlsm")
    wb = openpyxl.load_workbook(path, keep_vba=True)
    from juesuan.core.public_inputs import to_document as disclosure_document

    stale = disclosure_document(data.disclosure)
    stale["lines"] = [{"code": "2010101", "name": "行政运行", "basic": Decimal(1)}]
    for r, text in enumerate(public_data_cells(stale)):
        wb[L.PUBLIC_DATA].cell(r + 1, 1).value = text
    _cell(wb[L.PUBLIC_LINES], LINES, 0, "purpose").value = "新的用途"
    wb.save(path)
    again, _ = read_workbook(path)
    assert [x.code for x in again.disclosure.lines] == [x.code for x in data.disclosure.lines]
    assert again.disclosure.lines[0].purpose == "新的用途"
    assert again.disclosure.procurement == data.disclosure.procurement
    assert "新的用途" in dumps(again) and "2010101" not in dumps(again)


def test_an_emptied_sheet_has_no_lines_whatever_the_hidden_data_holds(tmp_path):
    data, _ = load(RICH)
    path = _built(data, tmp_path / "部门.xlsm")
    wb = openpyxl.load_workbook(path, keep_vba=True)
    from juesuan.core.public_inputs import to_document as disclosure_document

    for r, text in enumerate(public_data_cells(disclosure_document(data.disclosure))):
        wb[L.PUBLIC_DATA].cell(r + 1, 1).value = text
    for row in wb[L.PUBLIC_LINES].iter_rows(min_row=LINES.row + 1):
        for cell in row:
            cell.value = None
    wb.save(path)
    again, _ = read_workbook(path)
    assert again.disclosure.lines == () and again.disclosure.basic_economics == data.disclosure.basic_economics


def test_a_workbook_made_before_the_sheets_reads_its_hidden_lines(tmp_path):
    data, _ = load(RICH)
    path = _built(data, tmp_path / "部门.xlsm")
    wb = openpyxl.load_workbook(path, keep_vba=True)
    from juesuan.core.public_inputs import to_document as disclosure_document

    for r, text in enumerate(public_data_cells(disclosure_document(data.disclosure))):
        wb[L.PUBLIC_DATA].cell(r + 1, 1).value = text
    del wb[L.PUBLIC_LINES], wb[L.PUBLIC_ECONOMICS], wb[L.PUBLIC_NOTES]
    wb.save(path)
    again, findings = read_workbook(path)
    assert to_document(again) == to_document(data)
    assert not [f for f in findings if f.code == "E-SHEET-MISSING"]


# -- an accountant in the blank template ------------------------------------------------------------

UNIT = {"unit.name": "上海市某某文化中心", "unit.year": 2024, "unit.kind": "事业单位", "settings.report_unit": "万元"}
INCOME = {"一般公共预算财政拨款收入": 800000, "事业收入": 200000}
SPENDING = {"人员经费": (500000, 450000), "公用经费": (200000, 150000), "项目支出": (300000, 200000)}
FUNCTIONS = ((2070109, "群众文化", 800000), (2080505, "机关事业单位基本养老保险缴费支出", 200000))
TYPED_LINES = (  # as typed: codes as numbers, a blank name, blank cells for what does not apply
    {"code": 2070109, "name": "群众文化", "general": 600000, "business": 200000, "basic": 500000, "project": 300000,
     "general_basic": 400000, "general_project": 200000, "purpose": "开展群众文化活动"},
    {"code": 2080505, "general": 200000, "basic": 200000, "general_basic": 200000},
)
TYPED_ECONOMICS = ((301, "工资福利支出", 450000), (30101, "基本工资", 450000), (302, "商品和服务支出", 150000),
                   (30201, "办公费", 150000))


def _typed(tmp_path: Path, lines: bool) -> Path:
    """The blank template as a first-time user types it (``lines``: the 公开 lines too), in ``tmp_path``."""
    path = tmp_path / "单位.xlsm"
    path.write_bytes(_typed_bytes(lines))
    return path


@cache
def _typed_bytes(lines: bool) -> bytes:  # typed once a session: openpyxl's load and save take seconds
    wb = openpyxl.load_workbook(BytesIO(build(None, None)), keep_vba=True)

    def put(block: L.Block, r: int, column: str, value) -> None:
        _cell(wb[block.sheet], block, r, column).value = value

    for i, (field, _, _) in enumerate(L.UNIT_FIELDS):
        if field in UNIT:
            put(L.UNIT_BLOCK, i, "value", UNIT[field])
    for item, final in INCOME.items():
        put(L.INCOME_BLOCK, c.INCOME_ITEMS.index(item), "final", final)
    for item, (final, fiscal) in SPENDING.items():
        put(L.SPENDING_BLOCK, c.SPENDING_ITEMS.index(item), "final", final)
        put(L.SPENDING_BLOCK, c.SPENDING_ITEMS.index(item), "fiscal_final", fiscal)
    for r, (code, name, final) in enumerate(FUNCTIONS):
        put(L.FUNCTIONS_BLOCK, r, "code", code)
        put(L.FUNCTIONS_BLOCK, r, "name", name)
        put(L.FUNCTIONS_BLOCK, r, "final", final)
    if lines:
        for r, line in enumerate(TYPED_LINES):
            for key, value in line.items():
                put(LINES, r, key, value)
        for r, (code, name, final) in enumerate(TYPED_ECONOMICS):
            put(ECON, r, "code", code)
            put(ECON, r, "name", name)
            put(ECON, r, "final", final)
    out = BytesIO()
    wb.save(out)
    return out.getvalue()


def test_lines_needed_points_at_the_sheet(tmp_path):
    unit = load_unit(_typed(tmp_path, lines=False))
    found = disclose(unit.data, unit.findings)
    needed = [f for f in found.findings if f.code == "D-LINES-NEEDED"]
    assert len(needed) == 1
    message = needed[0].message
    assert f"工作簿的“{L.PUBLIC_LINES}”表" in message and "2070109、2080505" in message
    assert "[[disclosure.lines]]" not in message and "basic" not in message
    assert unit.where(needed[0].path) == L.sheet_cell(L.PUBLIC_LINES, LINES.row, 0)  # the first row to type
    missing = next(f for f in found.findings if f.code == "D-ECONOMICS-MISSING")
    assert f"“{L.PUBLIC_ECONOMICS}”表" in missing.message and unit.where(missing.path) == f"'{L.PUBLIC_ECONOMICS}'!A4"


def test_lines_needed_in_a_data_file_still_names_its_table(tmp_path):
    unit = load_unit(_typed(tmp_path, lines=False))
    text = dumps(unit.data)
    toml = tmp_path / "单位.toml"
    toml.write_text(text, encoding="utf-8")
    again = load_unit(toml)
    needed = next(f for f in disclose(again.data, again.findings).findings if f.code == "D-LINES-NEEDED")
    assert "数据文件的[[disclosure.lines]]" in needed.message and again.where(needed.path) == ""


def test_lines_typed_in_the_workbook_give_the_nine_tables(tmp_path):
    unit = load_unit(_typed(tmp_path, lines=True))
    found = disclose(unit.data, unit.findings)
    assert found.errors == 0, [f.message for f in found.findings if f.level.value == "错误"]
    t3 = {r.values.get("code"): r.values for r in found.tables["公开03"].rows}
    assert t3["2070109"]["basic"] == Decimal(500000) and t3["2070109"]["project"] == Decimal(300000)
    t2 = {r.values.get("code"): r.values for r in found.tables["公开02"].rows}
    assert t2["2070109"]["business"] == Decimal(200000)
    t5 = {r.values.get("code"): r.values for r in found.tables["公开05"].rows}
    assert t5["2080505"]["basic"] == Decimal(200000)
    assert all(found.tables[key].rows for key in ("公开01", "公开02", "公开03", "公开04", "公开05", "公开06", "公开07"))


def test_the_button_reads_the_typed_sheets(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = _typed(tmp_path, lines=True)
    outcome, _ = click(path, excel.disclose)
    assert "错误0项" in outcome.message, outcome.message
    from_file = disclose(load_unit(path).data)
    assert [r.values for r in outcome.report.tables["公开03"].rows] == \
        [r.values for r in from_file.tables["公开03"].rows]


def test_a_bad_cell_on_the_sheet_is_named(tmp_path):
    path = _typed(tmp_path, lines=True)
    wb = openpyxl.load_workbook(path, keep_vba=True)
    _cell(wb[L.PUBLIC_LINES], LINES, 1, "project").value = "十万"
    _cell(wb[L.PUBLIC_ECONOMICS], ECON, 1, "code").value = 40101
    wb.save(path)
    _, findings, locator = read_workbook_located(path)
    bad = next(f for f in findings if f.code == "E-NOT-NUMBER")
    assert locator.address(bad.path) == L.sheet_cell(L.PUBLIC_LINES, *LINES.cell(1, "project"))
    code = next(f for f in findings if f.code == "E-CODE")
    assert locator.address(code.path) == L.sheet_cell(L.PUBLIC_ECONOMICS, ECON.row + 1, 0)


def test_typed_below_the_block_is_a_finding(tmp_path):
    path = _typed(tmp_path, lines=True)
    wb = openpyxl.load_workbook(path, keep_vba=True)
    wb[L.PUBLIC_LINES].cell(LINES.last_row + 3, 1).value = 2070199
    wb.save(path)
    _, findings = read_workbook(path)
    assert [f.code for f in findings if f.path[:2] == ("cell", L.PUBLIC_LINES)] == ["E-OUTSIDE-BLOCK"]


def test_the_headers_are_grouped_as_the_public_tables_head_them(tmp_path):
    """公开02's 财政拨款收入 over the three funds, 本年支出 over 基本/项目 …, one merged cell a group."""
    wb = openpyxl.load_workbook(_typed(tmp_path, lines=False))
    ws = wb[L.PUBLIC_LINES]
    spec = next(s for s in INPUT_SHEETS if s.name == L.PUBLIC_LINES).blocks[0]
    merged = {str(m) for m in ws.merged_cells.ranges}
    for r1, c1, r2, c2, text in spec.header_cells():
        assert ws.cell(r1 + 1, c1 + 1).value == text
        if (r1, c1) != (r2, c2):
            assert L.range_ref(r1, c1, r2, c2) in merged
    texts = {text: (r1, c1, r2, c2) for r1, c1, r2, c2, text in spec.header_cells()}
    r1, c1, r2, c2 = texts["财政拨款收入"]
    assert (r1, r2, c2 - c1) == (LINES.row - 2, LINES.row - 2, 2)
    assert ws.cell(LINES.row, LINES.col + LINES.columns.index("business") + 1).value is None  # merged down
    assert ws.cell(LINES.row - 1, LINES.col + LINES.columns.index("business") + 1).value == "事业收入"
    assert not ws.protection.sheet
    for block in (LINES, ECON):  # yellow, unlocked input cells
        cell = _cell(wb[block.sheet], block, block.rows - 1, block.columns[-1])
        assert cell.fill.fgColor.rgb.endswith(INPUT_FILL) and not cell.protection.locked


def test_a_blank_template_reads_no_disclosure(tmp_path):
    blank = tmp_path / "blank.xlsm"
    blank.write_bytes(build(None, None))
    empty, _ = read_workbook(blank)
    assert empty.disclosure is None


def test_disclose_prints_the_typed_lines(tmp_path, monkeypatch):
    """生成公开 (command and button) sets the input sheets' print areas down to the lines typed."""
    from juesuan.workbook.edit import write_disclosure
    from tests.buttons import look_after_actions

    path = _typed(tmp_path, lines=True)
    last = f"$AH${LINES.row + len(TYPED_LINES)}"
    monkeypatch.chdir(tmp_path)
    _, actions = click(path, excel.disclose)
    assert look_after_actions(path, actions)[L.PUBLIC_LINES]["print_area"] == "A1:" + last.replace("$", "")
    unit = load_unit(path)
    write_disclosure(path, disclose(unit.data, unit.findings))
    wb = openpyxl.load_workbook(path)
    assert wb[L.PUBLIC_LINES].print_area == f"'{L.PUBLIC_LINES}'!$A$1:{last}"
    assert wb[L.PUBLIC_ECONOMICS].print_area == f"'{L.PUBLIC_ECONOMICS}'!$A$1:$C${ECON.row + len(TYPED_ECONOMICS)}"


def _table(path: tuple) -> str:
    """The data-file table a finding's path is in: ``performance`` for ("disclosure", "performance", …)."""
    return str(path[1] if path[0] == "disclosure" else path[0])


def test_text_blanks_from_a_workbook_say_where_to_fill(tmp_path):
    """An input sheet where the workbook has one; else how to fill it (extract → edit → build), never a bare
    data-file key to a person who has only the workbook."""
    unit = load_unit(_typed(tmp_path, lines=True))
    blanks = {_table(f.path): f.message for f in disclose(unit.data, unit.findings).findings
              if f.code in ("D-TEXT-BLANK", "D-TEXT-INCOMPLETE")}
    assert "工作簿的“三公经费”表" in blanks["controlled"]
    notes = f"工作簿的“{L.PUBLIC_NOTES}”表"  # 十、十一 and the 名词解释: typed on 公开说明, by its labels
    assert notes in blanks["performance"] and "“编报绩效目标的项目个数”" in blanks["performance"]
    assert "target_projects" not in blanks["performance"] and "juesuan extract" not in blanks["performance"]
    assert notes in blanks["glossary"] and "“事业收入”一行" in blanks["glossary"]  # 事业收入's 主要是：……
    assert unit.where(("disclosure", "performance")) == L.sheet_cell(L.PUBLIC_NOTES, *L.PUBLIC_FIELDS[
        ("performance", "systems")][0].cell(0, "value"))
    assert "工作簿的“公开科目”表" in blanks["lines"]
    toml = tmp_path / "单位.toml"
    toml.write_text(dumps(unit.data), encoding="utf-8")
    again = load_unit(toml)
    from_file = {_table(f.path): f.message for f in disclose(again.data, again.findings).findings
                 if f.code == "D-TEXT-BLANK"}
    assert "juesuan extract" not in from_file["performance"] and "[disclosure.performance]" in from_file["performance"]


def test_the_public_sheet_leaves_zeros_blank_as_the_tables_print_them(tmp_path):
    """上海's template prints a zero blank: the 决算公开 sheet as the Word/PDF/.xlsx, never 0.00 in every empty cell."""
    from juesuan.workbook.outputs import disclosure_sheet

    unit = load_unit(_typed(tmp_path, lines=True))
    sheet = disclosure_sheet(disclose(unit.data, unit.findings))
    money = [cell for cell in sheet.cells.values() if cell.style.endswith("money")]
    assert money and not [cell for cell in money if cell.value is not None and cell.value == 0]
    assert any(cell.value == Decimal(80) for cell in money)  # 万元
