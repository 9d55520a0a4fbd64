"""The 公开 document (python-docx) in the 2024 上海 template's order: 封面 → 目录 → 第一部分 概况 (with the
决算单位构成 table) → 第二部分 the nine tables (each on its own page, landscape where the table is wide)
→ 第三部分 情况说明 → 第四部分 名词解释.

Styles, fonts, page setup and cell helpers are those of the 分析报告 (``export.word``)."""

from __future__ import annotations

from io import BytesIO

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.shared import Cm, Emu, Pt
from docx.table import _Cell

from ..export import word as base
from ..export.sheet_style import (
    DISCLOSURE_STYLES,
    DISCLOSURE_TEXT,
    DISCLOSURE_TEXT_LINE,
    DISCLOSURE_TEXT_WIDTH,
    PUBLIC_TABLE_SIZE,
)
from ..narrative.outline import chinese_number
from . import spec as s
from .grid import Grid, grid, header_lines
from .tables import Tables
from .text import DisclosureText

# a table page's width, as the template's tables (16.6–16.8 cm portrait, 25.5 cm landscape, centred on the page)
PORTRAIT_WIDTH, LANDSCAPE_WIDTH = Cm(16.6), Cm(25.7)
TEXT_WIDTH = Cm(DISCLOSURE_TEXT_WIDTH)  # the text pages' (the template's 28 characters a line)
TEXT = DISCLOSURE_TEXT
TABLE_SIZES = (PUBLIC_TABLE_SIZE, 10.0, 9.0, 8.0)  # pt: the template's 五号, smaller only where a table needs it
CELL_MARGIN = Cm(0.05)
ROW_HEIGHT = 1.5  # a table row's height in ems, one line of the 表格文字 style (measured in the PDF)
PAGE_ROOM = {False: Cm(29.7 - 5.0).pt - 50, True: Cm(21 - 3.2).pt - 50}  # a table page's height less its
# margins, caption and unit line (landscape or not)
LOOK = DISCLOSURE_STYLES  # the template's look of the tables, as the .xlsx and the workbook sheet print them
ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}


def column_ems(g: Grid, width_pt: float) -> list[float]:
    """Each column's width in ems at which its content stands on one line (a digit half an em, a name up
    to 20 characters) and its header label on one line — on two where one line each does not fit the page
    at the template's size (a code's 功能分类 | 科目编码 always, as the template); the page shares its
    width in these proportions."""
    needs = []
    for j, kind in enumerate(g.kinds):
        need: float
        if kind == s.TEXT:
            need = max((len(str(r[j] or "")) + lvl for r, lvl in zip(g.body, g.indent, strict=True)), default=6)
            need = min(max(need, 6), 20)
        else:
            need = max([len(g.text(i, j)) * 0.55 for i in range(len(g.body))] + [4.0])
        head = max((len(m.text) for m in g.header if m.col == m.last_col == j), default=0)
        if kind == s.CODE:  # the template: 功能分类 | 科目编码 on two lines over narrow codes
            head = head // 2
        needs.append((need + 0.6, head + 0.6))
    one_line = [max(need, head) for need, head in needs]
    if sum(one_line) * TABLE_SIZES[0] <= width_pt:
        return one_line
    return [max(need, head / 2) for need, head in needs]


def table_size(g: Grid, col_pt: list[float], height_pt: float) -> float:
    """The largest of TABLE_SIZES at which every amount and code fits its cell on one line and every
    name takes at most two lines (a digit is half an em, a CJK character one) — and, where a smaller
    size down to 9pt keeps the table on one page (``height_pt``), the largest that does: a table is not
    broken for a few rows."""
    room = [w - 2 * CELL_MARGIN.pt - 1 for w in col_pt]
    fitting = []
    for size in TABLE_SIZES:
        fits = True
        lines = [1] * len(g.body)
        for j, kind in enumerate(g.kinds):
            if kind == s.TEXT:
                for i, (r, lvl) in enumerate(zip(g.body, g.indent, strict=True)):
                    need = -(-int((len(str(r[j] or "")) + lvl) * size) // max(int(room[j]), 1))
                    lines[i] = max(lines[i], need)
                fits &= max(lines, default=1) <= 2
            else:
                texts = [g.text(i, j) for i in range(len(g.body))]
                fits &= max((len(x) for x in texts), default=0) * size * 0.55 <= room[j]
        if fits:
            fitting.append((size, (sum(lines) + 2 * g.header_rows) * size * ROW_HEIGHT))
    if not fitting:
        return TABLE_SIZES[-1]
    one_page = [size for size, h in fitting if h <= height_pt and size >= 9]
    return one_page[0] if one_page else fitting[0][0]


def build(name: str, year: int, department: bool, tables: Tables, text: DisclosureText,
          units: tuple[tuple[str, str], ...] = ()) -> bytes:
    """The document; ``units`` are the 部门's member units (name, 备注) for the 决算单位构成 table."""
    doc = Document()
    base._styles(doc)
    base._page(doc)
    _text_look(doc)
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
    for sec in text.sections:  # the template: 一、 and （一） both in bold 楷体
        heading = doc.add_paragraph(style="Heading 2" if sec.level == 1 else "Heading 3")
        heading.add_run(sec.heading).bold = TEXT["h1" if sec.level == 1 else "h2"].bold
        for p in sec.paragraphs:
            doc.add_paragraph(p, style="Normal")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    _part(doc, "第四部分　名词解释")
    for i, (term, meaning) in enumerate(text.glossary):
        doc.add_paragraph(f"{chinese_number(i + 1)}、{term}：{meaning}", style="Normal")
    base.set_properties(doc, f"{name}{year}年度{kind}决算", f"{kind}决算公开", f"{name} {year}")
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
    width = TEXT_WIDTH.pt
    lines, size = cover_lines(name, width)
    size = min(size, width / (len(title) * CHAR_EM))
    for i, line in enumerate([*lines, title]):
        p = doc.add_paragraph(style="Title")
        p.paragraph_format.space_before = Pt(160 if i == 0 else 12)
        base.set_font(p.add_run(line), base.FONTS["title"], Pt(size))
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


PART_SIZE = TEXT["part"].size  # pt: a 部分 heading, made smaller (down to 12pt) where that keeps it on one line


def part_size(text: str, width_pt: float) -> float:
    return max(12.0, min(PART_SIZE, width_pt / (base.text_ems(text) + 0.5)))


def _part(doc, text: str) -> None:
    """A 第…部分 heading: 黑体, centred, without first-line indent (as the template), on one line."""
    p = doc.add_paragraph(style="Heading 1")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.first_line_indent = Cm(0)
    run = p.add_run(text)
    run.font.size = Pt(part_size(text, TEXT_WIDTH.pt))
    run.bold = TEXT["part"].bold  # the template's 黑体, not emboldened
    p.paragraph_format.space_after = Pt(DISCLOSURE_TEXT_LINE)  # the template: a line between it and the text


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
    head = p.add_run("目　　录")
    head.font.size, head.bold = Pt(TEXT["contents_title"].size), TEXT["contents_title"].bold
    p.paragraph_format.space_after = Pt(DISCLOSURE_TEXT_LINE)  # the template: a line between it and the list
    width = TEXT_WIDTH.pt
    for level, line in contents(name, title, tables, text):  # all flush left (黑体 部分, 楷体 items), as the template
        para = doc.add_paragraph(style="Normal")
        para.paragraph_format.first_line_indent = Pt(0)
        size = min(CONTENTS_SIZE, width / (base.text_ems(line) + 0.5))  # one line each
        base.set_font(para.add_run(line), base.FONTS["h1" if level == 0 else "h2"], Pt(size))
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _units_table(doc, units: tuple[tuple[str, str], ...]) -> None:
    """The 决算单位构成 table: 序号 | 单位名称 | 备注 (the template's form: the text's 仿宋 15pt, regular, rows a
    text line tall, columns in the template's proportions across the text width)."""
    look = TEXT["units"]
    t = doc.add_table(rows=len(units) + 1, cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    style_id = doc.styles[base.TABLE_TEXT].style_id
    size = Pt(look.size)
    for j, share in enumerate((42, 280, 86)):  # 序号 | 单位名称 | 备注, pt in the template
        width = Emu(int(TEXT_WIDTH * share / 408))
        t.columns[j].width = width
        for row in t.rows:
            row.cells[j].width = width
    rows = [("序号", "单位名称", "备注"), *((str(i), unit, note) for i, (unit, note) in enumerate(units, start=1))]
    for i, (row, texts) in enumerate(zip(t.rows, rows, strict=True)):
        row.height = Pt(DISCLOSURE_TEXT_LINE)
        for j, (cell, text) in enumerate(zip(row.cells, texts, strict=True)):
            centred = j == 0 or i == 0  # the header and the 序号 centred
            base.fill_cell(cell, text, WD_ALIGN_PARAGRAPH.CENTER if centred else WD_ALIGN_PARAGRAPH.LEFT, size,
                           style_id, bold=look.bold)
            base.set_font(cell.paragraphs[0].runs[0], look.font or base.FONTS["body"])
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def _section(doc, *, landscape: bool, table: bool = False) -> None:
    """A new page: landscape for a wide table; a portrait table page's sides as wide as its table."""
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
        if table:
            section.left_margin, section.right_margin = Cm(2.2), Cm(2.2)
        else:
            _text_margins(section)


def _table_page(doc, g: Grid, *, heading: str = "") -> None:
    _section(doc, landscape=g.landscape, table=True)
    if heading:  # the template's 部门决算表 heading on table 1's page (its 第二部分 is in the 目录 only)
        _part(doc, heading)
    _look(doc.add_paragraph(style=base.TABLE_CAPTION).add_run(g.title), LOOK["title"])
    line = doc.add_paragraph(style=base.TABLE_NOTE)
    _look(line.add_run("　　".join(x for x in g.unit_line if x)), LOOK["right"])
    n = len(g.kinds)
    total_width = LANDSCAPE_WIDTH if g.landscape else PORTRAIT_WIDTH
    rel = column_ems(g, total_width.pt)
    col_w = [Emu(int(total_width * w / sum(rel))) for w in rel]
    t = doc.add_table(rows=g.header_rows + len(g.body), cols=n)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    base._cell_margins(t, CELL_MARGIN)
    style_id = doc.styles[base.TABLE_TEXT].style_id
    room = PAGE_ROOM[g.landscape] - 16 * len(g.notes) - (40 if heading else 0)
    size = table_size(g, [w.pt for w in col_w], room)
    grid_rows = [[_Cell(tc, t) for tc in tr.tc_lst] for tr in t._tbl.tr_lst]  # before any merge
    for j in range(n):
        t.columns[j].width = col_w[j]
        for row in grid_rows:
            row[j].width = col_w[j]
    for tr in t._tbl.tr_lst[:g.header_rows]:  # the header repeats on every page of a long table
        tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    for tr in t._tbl.tr_lst:  # a row is never split over two pages
        tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    for m in g.header:
        cell = grid_rows[m.row][m.col]
        if (m.row, m.col) != (m.last_row, m.last_col):
            cell = cell.merge(grid_rows[m.last_row][m.last_col])
        room = (sum(col_w[m.col:m.last_col + 1]) - 2 * CELL_MARGIN) / Pt(size)
        base.fill_cell(cell, header_lines(m.text, int(room)), WD_ALIGN_PARAGRAPH.CENTER, Pt(size), style_id,
                       bold=LOOK["head"].bold)
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        if LOOK["head"].fill:
            base._shade(cell, LOOK["head"].fill)
    spans = {(m.row, m.col): m for m in g.spans}  # a total's label over code + name, as the template
    covered = {(m.row, j) for m in g.spans for j in range(m.col + 1, m.last_col + 1)}
    for i, cells in enumerate(g.body):
        row = grid_rows[g.header_rows + i]
        for j, value in enumerate(cells):
            if (i, j) in covered:
                continue
            if (i, j) in spans:
                m = spans[(i, j)]
                cell = row[j].merge(row[m.last_col])
                base.fill_cell(cell, m.text, ALIGN[g.align(i, m.last_col)], Pt(size), style_id,
                               bold=LOOK["total_text"].bold)
                cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                continue
            kind = g.kinds[j]
            if kind == s.MONEY:
                text = g.text(i, j)
            elif g.bold[i]:  # a total row's label: no indent
                text = str(value or "")
            else:
                text = ("　" * g.indent[i] + str(value)) if value and kind == s.TEXT else str(value or "")
            base.fill_cell(row[j], text, ALIGN[g.align(i, j)], Pt(size), style_id,
                           bold=g.bold[i] and LOOK["total_money" if kind == s.MONEY else "total_text"].bold)
            row[j].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    for note in g.notes:
        p = doc.add_paragraph(style=base.TABLE_TEXT)
        _look(p.add_run(note), LOOK["note"], min(LOOK["note"].size, size))


def _look(run, look, size: float | None = None) -> None:
    """A run of a table page (title, unit line, note) in the spec's size and weight."""
    run.font.size = Pt(size or look.size)
    run.bold = look.bold


def _text_look(doc) -> None:
    """The text's styles and page as the template's (``DISCLOSURE_TEXT``): 部分 titles (Heading 1), 一、
    (Heading 2), （一） (Heading 3) and the body (Normal), on 31.2-point lines, two characters' indent."""
    for name, key in (("Normal", "body"), ("Heading 1", "part"), ("Heading 2", "h1"), ("Heading 3", "h2")):
        look, style = TEXT[key], doc.styles[name]
        base.set_font(style, look.font or base.FONTS["body"], Pt(look.size), look.bold)
        pf = style.paragraph_format
        pf.line_spacing = Pt(DISCLOSURE_TEXT_LINE)
        if pf.first_line_indent:
            pf.first_line_indent = Pt(2 * look.size)
    _text_margins(doc.sections[0])


def _text_margins(section) -> None:
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.5)
    side = (Cm(21) - TEXT_WIDTH) / 2
    section.left_margin, section.right_margin = Emu(int(side)), Emu(int(side))
