"""The 公开 document (python-docx): 第一部分 概况 → 第二部分 the nine tables (each on its own page,
landscape where the table is wide) → 第三部分 情况说明 → 第四部分 名词解释.

Styles, fonts, page setup and cell helpers are those of the 分析报告 (``export.word``)."""

from __future__ import annotations

from io import BytesIO

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Emu, Pt
from docx.table import _Cell

from ..export import word as base
from ..narrative.outline import chinese_number
from . import spec as s
from .grid import Grid, grid, widths
from .tables import Tables
from .text import DisclosureText

PORTRAIT_WIDTH, LANDSCAPE_WIDTH = Cm(15.6), Cm(25.7)
TABLE_SIZE = Pt(8)


def build(name: str, year: int, department: bool, tables: Tables, text: DisclosureText) -> bytes:
    doc = Document()
    base._styles(doc)
    base._page(doc)
    kind = "部门" if department else "单位"
    doc.add_paragraph(f"{name}{year}年度{kind}决算", style="Title")
    doc.add_paragraph("第一部分　" + f"{name}概况", style="Heading 1")
    for sec in text.overview:
        doc.add_paragraph(sec.heading, style="Heading 2")
        for p in sec.paragraphs:
            for line in p.splitlines():
                if line.strip():
                    doc.add_paragraph(line.strip(), style="Normal")
    for i, t in enumerate(tables):
        heading = f"第二部分　{name}{year}年度{kind}决算表" if i == 0 else ""
        _table_page(doc, grid(t), heading=heading)
    _section(doc, landscape=False)
    doc.add_paragraph(f"第三部分　{name}{year}年度{kind}决算情况说明", style="Heading 1")
    for sec in text.sections:
        doc.add_paragraph(sec.heading, style="Heading 2" if sec.level == 1 else "Heading 3")
        for p in sec.paragraphs:
            doc.add_paragraph(p, style="Normal")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_paragraph("第四部分　名词解释", style="Heading 1")
    for i, (term, meaning) in enumerate(text.glossary):
        doc.add_paragraph(f"{chinese_number(i + 1)}、{term}：{meaning}", style="Normal")
    props = doc.core_properties
    props.title = f"{name}{year}年度{kind}决算"
    props.author = props.last_modified_by = "juesuan"
    props.subject = "部门决算公开"
    out = BytesIO()
    doc.save(out)
    return out.getvalue()


def _section(doc, *, landscape: bool) -> None:
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21)
        section.top_margin, section.bottom_margin = Cm(2), Cm(2)
        section.left_margin, section.right_margin = Cm(2), Cm(2)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.5)
        section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)


def _table_page(doc, g: Grid, *, heading: str = "") -> None:
    _section(doc, landscape=g.landscape)
    if heading:
        doc.add_paragraph(heading, style="Heading 1")
    doc.add_paragraph(g.title, style=base.TABLE_CAPTION)
    line = doc.add_paragraph(style=base.TABLE_NOTE)
    line.add_run(f"{g.unit_line[0]}　　{g.unit_line[1]}　　{g.unit_line[2]}")
    n = len(g.kinds)
    total_width = LANDSCAPE_WIDTH if g.landscape else PORTRAIT_WIDTH
    rel = widths(g)
    col_w = [Emu(int(total_width * w / sum(rel))) for w in rel]
    t = doc.add_table(rows=g.header_rows + len(g.body), cols=n)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    base._cell_margins(t, Cm(0.05))
    style_id = doc.styles[base.TABLE_TEXT].style_id
    grid_rows = [[_Cell(tc, t) for tc in tr.tc_lst] for tr in t._tbl.tr_lst]  # before any merge
    for j in range(n):
        t.columns[j].width = col_w[j]
        for row in grid_rows:
            row[j].width = col_w[j]
    for m in g.header:
        cell = grid_rows[m.row][m.col]
        if (m.row, m.col) != (m.last_row, m.last_col):
            cell = cell.merge(grid_rows[m.last_row][m.last_col])
        base.fill_cell(cell, m.text, WD_ALIGN_PARAGRAPH.CENTER, TABLE_SIZE, style_id, bold=True)
        base._shade(cell, "F2F2F2")
    for i, cells in enumerate(g.body):
        row = grid_rows[g.header_rows + i]
        for j, value in enumerate(cells):
            kind = g.kinds[j]
            if kind == s.MONEY:
                text = g.text(i, j)
                align = WD_ALIGN_PARAGRAPH.RIGHT
            else:
                text = ("　" * g.indent[i] + str(value)) if value and kind == s.TEXT else str(value or "")
                align = WD_ALIGN_PARAGRAPH.CENTER if kind == s.CODE else WD_ALIGN_PARAGRAPH.LEFT
            base.fill_cell(row[j], text, align, TABLE_SIZE, style_id, bold=g.bold[i])
    for note in g.notes:
        p = doc.add_paragraph(style=base.TABLE_TEXT)
        p.add_run(note).font.size = Pt(9)
