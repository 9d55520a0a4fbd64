"""The 决算公开's look follows the 2024 上海 template in every writer, through one specification
(export/sheet_style DISCLOSURE_STYLES / DISCLOSURE_TEXT): table titles, headers, rows and totals in
regular 宋体 五号, headers white — the .xlsx, the Word/PDF tables and the workbook's 决算公开 sheet alike
(the template's pages: no fill anywhere, every table character SimSun 10.5pt, 部分 titles 黑体 15pt,
一、/（一） 楷体 15pt, body 仿宋 15pt)."""

from __future__ import annotations

from io import BytesIO

import pytest
from openpyxl import Workbook, load_workbook

from juesuan.disclosure.api import docx_bytes, xlsx_bytes
from juesuan.disclosure.grid import grid
from juesuan.export.fonts import SONG
from juesuan.export.sheet_style import DISCLOSURE_STYLES, DISCLOSURE_TEXT, PUBLIC_TABLE_SIZE
from juesuan.sources import layout as L
from tests.test_published_unit import disclosed


def test_the_spec_is_the_templates():
    for name, look in DISCLOSURE_STYLES.items():
        assert not look.bold and look.fill is None, name
        assert look.size == PUBLIC_TABLE_SIZE and look.font == SONG, name
    assert DISCLOSURE_TEXT["part"].size == 15 and not DISCLOSURE_TEXT["part"].bold
    assert DISCLOSURE_TEXT["h1"].bold and DISCLOSURE_TEXT["body"].size == 15


@pytest.fixture(scope="module")
def book():
    return load_workbook(BytesIO(xlsx_bytes(disclosed("putuo_wenlv_2025"))))


@pytest.mark.parametrize("key", [f"公开0{i}" for i in range(1, 10)])
def test_xlsx_tables_regular_and_white(book, key):
    ws = book[key]
    cells = [c for row in ws.iter_rows() for c in row if c.value not in (None, "")]
    assert ws["A1"].value == grid(disclosed("putuo_wenlv_2025").tables[key]).title
    for c in cells:
        assert not c.font.b, (key, c.coordinate, c.value)
        assert c.fill.fill_type is None, (key, c.coordinate, c.value)
        assert c.font.sz == PUBLIC_TABLE_SIZE, (key, c.coordinate, c.value)


def test_xlsx_long_names_wrap_on_taller_rows(book):
    ws = book["公开02"]
    long = [c for c in ws["B"] if isinstance(c.value, str) and len(c.value) >= 25]
    assert long and all(c.alignment.wrap_text for c in long)
    assert all((ws.row_dimensions[c.row].height or 0) > 20 for c in long)


def test_word_tables_regular_and_white():
    from docx import Document
    from docx.oxml.ns import qn

    doc = Document(BytesIO(docx_bytes(disclosed("putuo_wenlv_2025"))))
    tables = [t for t in doc.tables if len(t.columns) > 3]  # the nine (the 单位构成 table has three columns)
    assert len(tables) == 9
    for t in tables:
        assert not t._tbl.xpath(".//w:shd"), t.rows[0].cells[0].text  # no shading: the template's headers are white
        assert not [r for r in t._tbl.iter(qn("w:b"))], t.rows[0].cells[0].text
    captions = [p for p in doc.paragraphs if p.style.name == "表格标题"]
    assert len(captions) == 9
    assert {r.font.size.pt for p in captions for r in p.runs} == {PUBLIC_TABLE_SIZE}
    assert all(r.bold is False for p in captions for r in p.runs)


def test_word_text_sizes_are_the_templates():
    from docx import Document

    doc = Document(BytesIO(docx_bytes(disclosed("putuo_wenlv_2025"))))
    assert doc.styles["Normal"].font.size.pt == DISCLOSURE_TEXT["body"].size
    assert doc.styles["Heading 2"].font.size.pt == DISCLOSURE_TEXT["h1"].size
    assert doc.styles["Normal"].paragraph_format.first_line_indent.pt == 2 * DISCLOSURE_TEXT["body"].size


def test_workbook_sheet_regular_and_white():
    """The 决算公开 sheet (workbook/outputs.disclosure_sheet) written as ``juesuan disclose 工作簿.xlsm`` does."""
    from juesuan.workbook.edit import write_outputs
    from juesuan.workbook.outputs import disclosure_sheet

    sheet = disclosure_sheet(disclosed("putuo_wenlv_2025"))
    wb = Workbook()
    write_outputs(wb, {L.DISCLOSURE: sheet})
    ws = wb[L.DISCLOSURE]
    titles = {grid(t).title for t in disclosed("putuo_wenlv_2025").tables}
    seen = 0
    for (r, col), cell in sheet.cells.items():
        if r < 2 or cell.value in (None, "") or cell.style in ("signature", "error"):
            continue  # the sheet's own title and status line
        c = ws.cell(r + 1, col + 1)
        assert not c.font.b and c.fill.fill_type is None, (r, col, cell.value)
        seen += cell.value in titles
    assert seen == 9
