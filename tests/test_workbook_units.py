"""部门决算单位构成 typed on 公开说明: two or more units make the 部门 form of the 决算公开 (概况 二、部门决算单位构成
and its table), one or none keeps 机构设置; the blank template has the block; 重新计算 never changes it; the data
file round trip (extract → build) keeps it."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import openpyxl

from juesuan.core.public_inputs import read as read_disclosure
from juesuan.core.public_inputs import to_document as disclosure_document
from juesuan.disclosure.api import disclose, docx_bytes
from juesuan.load import load_unit
from juesuan.sources import layout as L
from juesuan.sources.datafile import dumps, load
from juesuan.workbook.edit import read_workbook, recalc
from tests.test_workbook_public import _built, _typed_bytes

UNITS = L.PUBLIC_UNITS_BLOCK
TEMPLATE = Path(__file__).resolve().parent.parent / "workbook" / "juesuan.xlsm"
TYPED = ((1, "某县农业农村局（本级）", None), (2, "某县农业技术推广中心", "独立核算"),
         (3, "某县动物疫病预防控制中心", "预算不单列，并入本级"))


def _cell(ws, r: int, column: str):
    row, col = UNITS.cell(r, column)
    return ws.cell(row + 1, col + 1)


def _with_units(tmp_path: Path, units) -> Path:
    """The blank template as a first-time user types it (test_workbook_public), with ``units`` on 公开说明."""
    wb = openpyxl.load_workbook(BytesIO(_typed_bytes(True)), keep_vba=True)
    ws = wb[L.PUBLIC_NOTES]
    for r, row in enumerate(units):
        for column, value in zip(UNITS.columns, row, strict=True):
            _cell(ws, r, column).value = value
    path = tmp_path / "部门.xlsm"
    wb.save(path)
    return path


def _overview(path: Path):
    unit = load_unit(path)
    found = disclose(unit.data, unit.findings)
    return found, [s.heading.split("、", 1)[-1] for s in found.text.overview]


def test_typed_units_make_the_department_form(tmp_path):
    found, headings = _overview(_with_units(tmp_path, TYPED))
    assert headings == ["主要职能", "部门决算单位构成"]
    assert found.books.d.department and "部门决算公开" in found.filename()
    assert [(u.name, u.note) for u in found.books.d.units] == [(n, note or "") for _, n, note in TYPED]
    assert not [f for f in found.findings if f.path[:2] == ("disclosure", "units")]
    from docx import Document

    doc = Document(BytesIO(docx_bytes(found)))
    table = next(t for t in doc.tables if t.rows[0].cells[0].text == "序号")
    assert [[c.text for c in row.cells] for row in table.rows] == [
        ["序号", "单位名称", "备注"], *([str(i), n, note or ""] for i, n, note in TYPED)]


def test_one_unit_or_none_keeps_the_unit_form(tmp_path):
    for units in ((), ((None, "某县农业农村局", None),)):
        found, headings = _overview(_with_units(tmp_path, units))
        assert headings == ["主要职能", "机构设置"], units
        assert not found.books.d.department and "单位决算公开" in found.filename()


def test_a_note_without_a_name_is_a_finding_at_its_row(tmp_path):
    unit = load_unit(_with_units(tmp_path, (*TYPED[:2], (None, None, "并入本级"))))
    missing = [f for f in unit.findings if f.code == "E-ITEM-MISSING"]
    assert len(missing) == 1 and "单位名称" in missing[0].message
    assert unit.where(missing[0].path) == L.sheet_cell(L.PUBLIC_NOTES, *UNITS.cell(2, "name"))


def test_the_blank_template_has_the_block():
    ws = openpyxl.load_workbook(TEMPLATE, keep_vba=True)[L.PUBLIC_NOTES]
    top = UNITS.row - UNITS.heads  # the section's head over its three columns, then their labels
    assert ws.cell(top + 1, 1).value == L.UNITS_HEAD and f"A{top + 1}:C{top + 1}" in ws.merged_cells
    assert [ws.cell(UNITS.row, j + 1).value for j in range(3)] == ["序号", "单位名称", "备注"]
    for r in (0, UNITS.rows - 1):
        for column in UNITS.columns:
            cell = _cell(ws, r, column)
            assert cell.value is None and cell.protection.locked is False and cell.fill.fgColor.rgb != "00000000"
    first = L.PUBLIC_FIELD_BLOCKS[0]
    assert first.row - 2 > UNITS.last_row and ws.cell(first.row, 1).value.startswith("七、")


def test_recalc_never_changes_the_units(tmp_path):
    path = _with_units(tmp_path, TYPED)
    recalc(path)
    ws = openpyxl.load_workbook(path, keep_vba=True)[L.PUBLIC_NOTES]
    got = [tuple(_cell(ws, r, column).value for column in UNITS.columns) for r in range(len(TYPED) + 1)]
    assert got == [*TYPED, (None, None, None)]


def test_the_data_file_round_trip_keeps_the_units(tmp_path):
    data, findings = read_workbook(_with_units(tmp_path, TYPED))
    assert not [f for f in findings if f.level.value == "错误" and f.path[:1] == ("disclosure",)]
    text = dumps(data)  # extract
    assert "某县农业技术推广中心\", note = \"独立核算\"" in text and "department" not in text  # the units say it
    (tmp_path / "部门.toml").write_text(text, encoding="utf-8")
    again, _ = load(tmp_path / "部门.toml")
    path = _built(again, tmp_path / "再建.xlsm")  # build
    ws = openpyxl.load_workbook(path, keep_vba=True)[L.PUBLIC_NOTES]
    assert [tuple(_cell(ws, r, column).value for column in UNITS.columns) for r in range(len(TYPED))] == list(TYPED)
    back, _ = read_workbook(path)
    assert back.disclosure.units == data.disclosure.units and back.disclosure.department


def test_department_follows_the_units_unless_given():
    two = {"units": [{"name": "本级"}, {"name": "某中心"}]}
    assert read_disclosure(two)[0].department and not read_disclosure({"units": [{"name": "本级"}]})[0].department
    for given in (True, False):  # said in the file: kept, and written back where the units do not say it
        d, found = read_disclosure({"department": given, "units": [{"name": "本级"}]})
        assert d.department is given and not found
        assert read_disclosure(disclosure_document(d))[0] == d
    d, _ = read_disclosure({**two, "department": False})
    assert disclosure_document(d)["department"] is False and read_disclosure(disclosure_document(d))[0] == d


def test_an_older_layout_is_not_read_as_units(tmp_path):
    """A 公开说明 of an older layout (七's rows where the units now are): nothing there is read as a unit; one
    E-ROW-LABEL at the head, and the units the hidden 公开数据 holds are kept."""
    from juesuan.sources.blocks import public_data_cells
    from juesuan.sources.datafile import load as load_file
    from tests.test_workbook_public import RICH

    data, _ = load_file(RICH)
    path = _built(data, tmp_path / "旧.xlsm")
    wb = openpyxl.load_workbook(path, keep_vba=True)
    for r, value in enumerate(public_data_cells(disclosure_document(data.disclosure))):
        wb[L.PUBLIC_DATA].cell(r + 1, 1).value = value  # an older workbook kept the units there
    ws = wb[L.PUBLIC_NOTES]
    ws.cell(UNITS.row, 1).value = "因公出国（境）费开支内容包括"  # the older layout's first label
    for r in range(UNITS.rows):
        _cell(ws, r, "no").value, _cell(ws, r, "name").value, _cell(ws, r, "note").value = "标签", "文字", "提示"
    wb.save(path)
    unit = load_unit(path)
    assert unit.data.disclosure.units == data.disclosure.units and unit.data.disclosure.department
    moved = [f for f in unit.findings if f.code == "E-ROW-LABEL" and "表头应为“序号”" in f.message]
    assert len(moved) == 1 and unit.where(moved[0].path) == L.sheet_cell(L.PUBLIC_NOTES, UNITS.row - 1, 0)


def test_a_department_without_units_is_told_where_to_type_them(tmp_path):
    """部门 said in the hidden 公开数据 (from a data file) and no unit typed: the 概况 says 未填报 and the finding
    points at the block's first row, in the sheet's words (never a data-file key to a workbook user)."""
    from juesuan.sources.blocks import public_data_cells

    path = _with_units(tmp_path, ())
    wb = openpyxl.load_workbook(path, keep_vba=True)
    for r, value in enumerate(public_data_cells({"department": True})):
        wb[L.PUBLIC_DATA].cell(r + 1, 1).value = value
    wb.save(path)
    unit = load_unit(path)
    found = disclose(unit.data, unit.findings)
    blank = [f for f in found.findings if f.code == "D-TEXT-BLANK" and f.path == ("disclosure", "units")]
    assert len(blank) == 1 and f"工作簿的“{L.PUBLIC_NOTES}”表“部门决算单位构成”中逐行填写" in blank[0].message
    assert "[[disclosure.units]]" not in blank[0].message and "name（" not in blank[0].message
    assert unit.where(blank[0].path) == L.sheet_cell(L.PUBLIC_NOTES, *UNITS.cell(0, "name"))


def test_next_year_keeps_the_units(tmp_path):
    """结转下年: the units stay typed on the new year's 公开说明 (the 部门 does not change with the year)."""
    from juesuan.core.rollover import next_year

    data, _ = read_workbook(_with_units(tmp_path, TYPED))
    path = _built(next_year(data), tmp_path / "下年.xlsm")
    ws = openpyxl.load_workbook(path, keep_vba=True)[L.PUBLIC_NOTES]
    assert [tuple(_cell(ws, r, column).value for column in UNITS.columns) for r in range(len(TYPED))] == list(TYPED)


def test_a_typed_number_out_of_sequence_is_a_finding_at_its_cell(tmp_path):
    """A 序号 with a gap, a repeat, a step back or a word: a 警告 at that 序号 cell saying what is wrong and
    the number the 公开 prints (it numbers by row order); the units are read all the same. Numbers in order,
    a blank 序号, and numbered rows left empty below the units are no finding."""
    names = ["某县农业农村局（本级）", "某县农业技术推广中心", "某县动物疫病预防控制中心", "某县农机站", "某县种子站"]
    cases = {
        (1, 2, 4, 5, 6): {2: "跳过了3"},
        (1, 2, 2, 3, 4): {2: "序号2重复"},
        (1, 3, 2, 4, 5): {1: "跳过了2", 2: "排在序号3之后"},
        (1, 2, "三", 4, 5): {2: "“三”不是数字"},
        (2, 3, 4, 5, 6): {0: "跳过了1"},
        (0, 1, 2, 3, 4): {0: "为0，应从1开始"},
        (1, None, 3, 4, 5): {},
    }
    for numbers, wanted in cases.items():
        rows = [(no, name, None) for no, name in zip(numbers, names, strict=True)]
        unit = load_unit(_with_units(tmp_path, [*rows, (6, None, None), (7, None, None)]))
        found = [f for f in unit.findings if f.code == "W-SEQUENCE"]
        assert {unit.where(f.path): f.level.value for f in found} == {
            L.sheet_cell(L.PUBLIC_NOTES, *UNITS.cell(r, "no")): "警告" for r in wanted}, numbers
        for f, (r, said) in zip(found, sorted(wanted.items()), strict=True):
            assert said in f.message and f"此行的单位印为第{r + 1}个" in f.message, (numbers, f.message)
        assert [u.name for u in unit.data.disclosure.units] == names
