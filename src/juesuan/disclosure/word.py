"""The 公开 document (python-docx) in the 2024 上海 template's order: 封面 → 目录 → 第一部分 概况 (with the
决算单位构成 table) → 第二部分 the nine tables (each on its own page, landscape where the table is wide)
→ 第三部分 情况说明 → 第四部分 名词解释.

Styles, fonts, page setup and cell helpers are those of the 分析报告 (``export.word``)."""

from __future__ import annotations

from io import BytesIO

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
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


def build(name: str, year: int, department: bool, tables: Tables, text: DisclosureText,
          units: tuple[tuple[str, str], ...] = ()) -> bytes:
    """The document; ``units`` are the 部门's member units (name, 备注) for the 决算单位构成 table."""
    doc = Document()
    base._styles(doc)
    base._page(doc)
    kind = "部门" if department else "单位"
    _cover(doc, name, f"{year}年度{kind}决算")
    _contents(doc, name, f"{year}年度{kind}决算", tables, text)
    _part(doc, f"第一部分　{name}概况")
    for sec in text.overview:
        doc.add_paragraph(sec.heading, style="Heading 2")
        for p in sec.paragraphs:
            for line in p.splitlines():
                if line.strip():
                    doc.add_paragraph(line.strip(), style="Normal")
        if units and "单位构成" in sec.heading:
            _units_table(doc, units)
    for i, t in enumerate(tables):
        _table_page(doc, grid(t), heading=f"{name}{year}年度{kind}决算表" if i == 0 else "")
    _section(doc, landscape=False)
    _part(doc, f"第三部分　{name}{year}年度{kind}决算情况说明")
    for sec in text.sections:
        doc.add_paragraph(sec.heading, style="Heading 2" if sec.level == 1 else "Heading 3")
        for p in sec.paragraphs:
            doc.add_paragraph(p, style="Normal")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    _part(doc, "第四部分　名词解释")
    for i, (term, meaning) in enumerate(text.glossary):
        doc.add_paragraph(f"{chinese_number(i + 1)}、{term}：{meaning}", style="Normal")
    props = doc.core_properties
    props.title = f"{name}{year}年度{kind}决算"
    props.author = props.last_modified_by = "juesuan"
    props.subject = f"{kind}决算公开"
    out = BytesIO()
    doc.save(out)
    return out.getvalue()


COVER_SIZE, COVER_MIN = 36.0, 22.0  # pt: the template's 封面 title, and the least before a line is split
CONTENTS_SIZE = 15.0  # pt: the template's 目录 lines (黑体 / 楷体 15pt)
CHAR_EM = 1.02  # a CJK character's advance, in ems (with the title's letter gap)


def cover_lines(name: str, width_pt: float) -> tuple[list[str], float]:
    """The 封面's name as lines and their size (pt): one line at the largest size up to 36pt that fits,
    else (a name too long even at 22pt) two balanced lines — never one character alone on a line."""
    size = min(COVER_SIZE, width_pt / (len(name) * CHAR_EM))
    if size >= COVER_MIN:
        return [name], size
    half = (len(name) + 1) // 2
    return [name[:half], name[half:]], min(COVER_SIZE, width_pt / (half * CHAR_EM))


def _cover(doc, name: str, title: str) -> None:
    """The 封面: the unit's name and 「YYYY年度部门决算」, centred, alone on the first page."""
    width = base.TEXT_WIDTH.pt
    lines, size = cover_lines(name, width)
    size = min(size, width / (len(title) * CHAR_EM))
    for i, line in enumerate([*lines, title]):
        p = doc.add_paragraph(style="Title")
        p.paragraph_format.space_before = Pt(160 if i == 0 else 12)
        base.set_font(p.add_run(line), base.FONTS["title"], Pt(size))
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


PART_SIZE = 16.0  # pt: a 部分 heading, made smaller (down to 12pt) where that keeps it on one line


def part_size(text: str, width_pt: float) -> float:
    return max(12.0, min(PART_SIZE, width_pt / (base.text_ems(text) + 0.5)))


def _part(doc, text: str) -> None:
    """A 第…部分 heading: 黑体, centred, without first-line indent (as the template), on one line."""
    p = doc.add_paragraph(style="Heading 1")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.first_line_indent = Cm(0)
    p.add_run(text).font.size = Pt(part_size(text, base.TEXT_WIDTH.pt))


def contents(name: str, title: str, tables: Tables, text: DisclosureText) -> list[tuple[int, str]]:
    """The 目录 as (level, line): the four 部分 (level 0) and their items (level 1), as the template."""
    out = [(0, f"第一部分　{name}概况"), *((1, sec.heading) for sec in text.overview),
           (0, f"第二部分　{name}{title}表"),
           *((1, f"{chinese_number(i + 1)}、{t.title}") for i, t in enumerate(tables)),
           (0, f"第三部分　{name}{title}情况说明"), *((1, sec.heading) for sec in text.sections if sec.level == 1),
           (0, "第四部分　名词解释")]
    return out


def _contents(doc, name: str, title: str, tables: Tables, text: DisclosureText) -> None:
    p = doc.add_paragraph(style="Heading 1")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.first_line_indent = Cm(0)
    p.add_run("目　　录")
    width = base.TEXT_WIDTH.pt
    for level, line in contents(name, title, tables, text):
        para = doc.add_paragraph(style="Normal")
        indent = 0.0 if level == 0 else 31.0
        para.paragraph_format.first_line_indent = Pt(indent)
        size = min(CONTENTS_SIZE, (width - indent) / (base.text_ems(line) + 0.5))  # one line each
        base.set_font(para.add_run(line), base.FONTS["h1" if level == 0 else "h2"], Pt(size))
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _units_table(doc, units: tuple[tuple[str, str], ...]) -> None:
    """The 决算单位构成 table: 序号 | 单位名称 | 备注 (the template's form)."""
    t = doc.add_table(rows=len(units) + 1, cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    style_id = doc.styles[base.TABLE_TEXT].style_id
    size = Pt(12)
    for j, (label, width) in enumerate((("序号", Cm(2)), ("单位名称", Cm(9.5)), ("备注", Cm(4)))):
        t.columns[j].width = width
        for row in t.rows:
            row.cells[j].width = width
        base.fill_cell(t.rows[0].cells[j], label, WD_ALIGN_PARAGRAPH.CENTER, size, style_id, bold=True)
    for i, (unit, note) in enumerate(units, start=1):
        cells = t.rows[i].cells
        base.fill_cell(cells[0], str(i), WD_ALIGN_PARAGRAPH.CENTER, size, style_id)
        base.fill_cell(cells[1], unit, WD_ALIGN_PARAGRAPH.LEFT, size, style_id)
        base.fill_cell(cells[2], note, WD_ALIGN_PARAGRAPH.LEFT, size, style_id)


def _section(doc, *, landscape: bool) -> None:
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21)
        section.top_margin, section.bottom_margin = Cm(1.6), Cm(1.6)
        section.left_margin, section.right_margin = Cm(2), Cm(2)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.5)
        section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)


def _table_page(doc, g: Grid, *, heading: str = "") -> None:
    _section(doc, landscape=g.landscape)
    if heading:  # the template's 部门决算表 heading on table 1's page (its 第二部分 is in the 目录 only)
        _part(doc, heading)
    doc.add_paragraph(g.title, style=base.TABLE_CAPTION)
    line = doc.add_paragraph(style=base.TABLE_NOTE)
    line.add_run("　　".join(x for x in g.unit_line if x))
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
    for tr in t._tbl.tr_lst[:g.header_rows]:  # the header repeats on every page of a long table
        tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    for m in g.header:
        cell = grid_rows[m.row][m.col]
        if (m.row, m.col) != (m.last_row, m.last_col):
            cell = cell.merge(grid_rows[m.last_row][m.last_col])
        base.fill_cell(cell, m.text, WD_ALIGN_PARAGRAPH.CENTER, TABLE_SIZE, style_id, bold=True)
        base._shade(cell, "F2F2F2")
    for i, cells in enumerate(g.body):
        row = grid_rows[g.header_rows + i]
        for j, value in enumerate(cells):
            # a total's label (g.spans) is centred in its own cell, not merged over the code cell: a reader
            # of Word tables that collapses merged cells (juesuan's own review) would shift the columns
            kind = g.kinds[j]
            if kind == s.MONEY:
                text = g.text(i, j)
                align = WD_ALIGN_PARAGRAPH.RIGHT
            elif g.bold[i]:  # a total row's label: centred, as the template (本年收入合计, 总计)
                text, align = str(value or ""), WD_ALIGN_PARAGRAPH.CENTER
            else:
                text = ("　" * g.indent[i] + str(value)) if value and kind == s.TEXT else str(value or "")
                align = WD_ALIGN_PARAGRAPH.LEFT  # codes and names flush left, as the template
            base.fill_cell(row[j], text, align, TABLE_SIZE, style_id)
    for note in g.notes:
        p = doc.add_paragraph(style=base.TABLE_TEXT)
        p.add_run(note).font.size = Pt(9)
