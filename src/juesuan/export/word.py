"""The report as a Word document, laid out like the reference report and the conventions of
Chinese official documents (GB/T 9704): A4, 三号 fonts, 28-point lines, page numbers.

Fonts are set on the East Asian slot too, and theme fonts removed, so Word honours them.
"""

from __future__ import annotations

import os
import re
import threading
from copy import deepcopy
from datetime import UTC, datetime
from decimal import Decimal
from functools import cache
from io import BytesIO

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import _Cell

from ..core import fmt
from ..core.figures import PLAN
from ..core.tables import Table
from ..report import Report
from . import fonts
from .chart_images import render
from .sheet_style import REPORT_TABLE_WIDTHS

FONTS = {"title": fonts.TITLE, "h1": fonts.H1, "h2": fonts.H2, "body": fonts.BODY, "table": fonts.TABLE}
SIZE_TITLE, SIZE_BODY, SIZE_TABLE = Pt(22), Pt(16), Pt(9)
TEXT_WIDTH = Cm(15.6)  # A4 less the 2.8 cm and 2.6 cm side margins
LINE = Pt(28)
STYLE_OF = {"title": "Title", "subtitle": "Subtitle", "h1": "Heading 1", "h2": "Heading 2",
            "h3": "Heading 3", "h4": "Heading 4", "body": "Normal"}
TABLE_CAPTION, TABLE_NOTE, FIGURE, TABLE_TEXT = "表格标题", "表注", "图", "表格文字"
THEME_ATTRS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")


def set_font(target, name: str, size=None, bold: bool | None = None) -> None:
    """Set a style's or run's font on every script slot, East Asian included."""
    font = target.font
    font.name = name
    if size is not None:
        font.size = size
    if bold is not None:
        font.bold = bold
    rpr = target.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in THEME_ATTRS:
        rfonts.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), name)


def _clear_theme_defaults(doc) -> None:
    """The document's defaults: the body font on every slot (no theme fonts), and Chinese as the
    East Asian language (the template says en-US: LibreOffice then lays out with Japanese glyphs
    and rules)."""
    rfonts = doc.styles.element.find(qn("w:docDefaults"))
    if rfonts is None:
        return
    for el in rfonts.iter(qn("w:rFonts")):
        for attr in THEME_ATTRS:
            el.attrib.pop(qn(attr), None)
        for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            el.set(qn(attr), FONTS["body"])
    for el in rfonts.iter(qn("w:lang")):
        el.set(qn("w:eastAsia"), "zh-CN")


def _paragraph_style(style, *, align=None, indent: bool = False, before=0, after=0, line=LINE) -> None:
    pf = style.paragraph_format
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    if line is None:
        pf.line_spacing_rule = WD_LINE_SPACING.SINGLE
    else:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = line
    if align is not None:
        pf.alignment = align
    pf.first_line_indent = SIZE_BODY * 2 if indent else Pt(0)


def _styles(doc) -> None:
    _clear_theme_defaults(doc)
    styles = doc.styles
    normal = styles["Normal"]
    set_font(normal, FONTS["body"], SIZE_BODY)
    # Left, not justified: a Chinese line justified before a long figure ("2,061,935.16元，同比")
    # is stretched character by character. No widow control: 公文 pages are filled line by line.
    _paragraph_style(normal, align=WD_ALIGN_PARAGRAPH.LEFT, indent=True)
    normal.paragraph_format.widow_control = False
    spec = {
        "Title": (FONTS["title"], SIZE_TITLE, False, WD_ALIGN_PARAGRAPH.CENTER, Pt(40)),
        "Subtitle": (FONTS["body"], SIZE_BODY, False, WD_ALIGN_PARAGRAPH.CENTER, LINE),
        # 一、 in bold 黑体: never lighter than the 楷体 （一） under it (a sans face that stands in
        # for 黑体 is thinner than 黑体 itself); 1． in bold 仿宋
        "Heading 1": (FONTS["h1"], SIZE_BODY, True, None, LINE),
        "Heading 2": (FONTS["h2"], SIZE_BODY, False, None, LINE),
        "Heading 3": (FONTS["body"], SIZE_BODY, True, None, LINE),
        "Heading 4": (FONTS["body"], SIZE_BODY, False, None, LINE),
    }
    for name, (font, size, bold, align, line) in spec.items():
        style = styles[name]
        set_font(style, font, size, bold)
        style.font.italic = False
        style.font.color.rgb = RGBColor(0, 0, 0)
        _paragraph_style(style, align=align, indent=name.startswith("Heading"), line=line)
        pPr = style.element.get_or_add_pPr()
        for tag in ("w:pBdr", "w:numPr"):  # the template's Title underline, Subtitle numbering
            for el in pPr.findall(qn(tag)):
                pPr.remove(el)
        rPr = style.element.get_or_add_rPr()
        for tag in ("w:spacing", "w:kern"):  # the template's letter-spacing of Title and Subtitle
            for el in rPr.findall(qn(tag)):
                rPr.remove(el)
    from docx.enum.style import WD_STYLE_TYPE

    for name, align, size, bold in ((TABLE_CAPTION, WD_ALIGN_PARAGRAPH.CENTER, Pt(12), True),
                                    (TABLE_NOTE, WD_ALIGN_PARAGRAPH.RIGHT, Pt(10.5), False),
                                    (FIGURE, WD_ALIGN_PARAGRAPH.CENTER, Pt(10.5), False),
                                    (TABLE_TEXT, None, SIZE_TABLE, False)):
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        set_font(style, FONTS["table"] if name != FIGURE else FONTS["body"], size, bold)
        _paragraph_style(style, align=align, line=None, before=6 if name == TABLE_CAPTION else 0)


def _settings(doc) -> None:
    """Chinese punctuation compressed at line ends (Word), as typeset Chinese text is."""
    settings = doc.settings.element
    control = settings.find(qn("w:characterSpacingControl"))
    if control is None:
        control = OxmlElement("w:characterSpacingControl")
        settings.append(control)
    control.set(qn("w:val"), "compressPunctuation")


def _page(doc) -> None:
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.paragraph_format.first_line_indent = None
    footer.add_run("— ")
    _field(footer, "PAGE")
    footer.add_run(" —")
    for run in footer.runs:
        set_font(run, fonts.SONG, Pt(14))


def _error_mark(doc, mark: str) -> None:
    """A report with 审核 errors says so in the header of every page and atop the first page."""
    header = doc.sections[0].header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    header.paragraph_format.first_line_indent = None
    run = header.add_run(f"【{mark}】")
    set_font(run, FONTS["h1"], Pt(12), bold=True)
    run.font.color.rgb = RGBColor(0xC0, 0, 0)
    para = doc.add_paragraph(style="Normal")
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para.paragraph_format.first_line_indent = Pt(0)
    run = para.add_run(f"【{mark}：请先在审核结果中改正错误，再报送】")
    set_font(run, FONTS["h1"], SIZE_BODY, bold=True)
    run.font.color.rgb = RGBColor(0xC0, 0, 0)


def _field(paragraph, code: str) -> None:
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, code), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text == code:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {code} "
        else:
            el = OxmlElement("w:t")
            el.text = text
        run._r.append(el)


def cell_text(value, kind: str) -> str:
    """A table cell as shown: 元 with 2 decimals, percentages, counts; "—" when absent."""
    if value is None or value == "":
        return "—" if kind != "text" else ""
    if kind == "money":
        return fmt.number(value)
    if kind == "pct":
        return fmt.percent(value)
    if kind == "count":
        return fmt.integer(value)
    if isinstance(value, Decimal):
        return fmt.number(value)
    return str(value)


def _shade(cell, color: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcpr.append(shd)


DIGIT_EM = 0.6  # a digit, comma, point or minus of the table font (DejaVu/Arial-like), in ems
BOLD = 1.08  # total rows are bold
CELL_PAD = Cm(0.3)  # both side margins of a cell and a little air


FIGURE_TEXT = re.compile(r"^[-+]?[\d,]+(\.\d+)?(%|:1|元/人|㎡/人)?$")


def is_figure(text: str) -> bool:
    """An amount, a percentage or an indicator value: shown on one line."""
    return bool(FIGURE_TEXT.match(text))


def text_ems(text: str) -> float:
    """The width of a cell's text in ems: figures narrow, 汉字 and % one em."""
    return sum(DIGIT_EM if ch in "0123456789,.-+:— " else 1.0 for ch in text)


def _widths(table: Table, cols, size) -> list[int] | None:
    """Column widths (EMU) over the text width at a font size, or None when the figures do not fit.

    A figure column is as wide as its longest figure (figures never wrap); the label columns
    share the rest, the 项目 name wrapping if it must.
    """
    need: list[int] = []
    flexible: list[float] = []
    for col in cols:
        if col.key in ("name", "formula"):
            need.append(Cm(2.4) if col.key == "name" else Cm(3.5))
            longest = max((len(str(r.values.get(col.key, ""))) + 2 * r.level for r in table.rows), default=4)
            flexible.append(float(max(longest, 4)))
            continue
        texts = [cell_text(r.values.get(col.key), col.kind) for r in table.rows]
        label = max(2, min(len(col.label), 4))  # a header wraps, but keeps 2-4 characters a line
        if col.kind == "text":  # words may wrap; a figure among them (an indicator's value) may not
            ems = max((text_ems(t) for t in texts if is_figure(t)), default=1.0)
            flexible.append(float(max((len(t) for t in texts), default=2)))
        else:
            ems = max((text_ems(t) for t in texts), default=1.0)
            flexible.append(0.0)
        need.append(int(max(ems * BOLD, label) * size + CELL_PAD))
    spare = TEXT_WIDTH - sum(need) - 635 * len(need)  # Word rounds each width to a twip (635 EMU)
    if spare < 0:
        return None
    if (own := REPORT_TABLE_WIDTHS.get(table.key)) is not None:
        return _shared(need, [own[col.key] for col in cols])
    weight = sum(flexible)
    if not weight:
        return [n + int(spare / len(need)) for n in need]
    return [n + int(spare * f / weight) for n, f in zip(need, flexible, strict=True)]


def _shared(need: list[int], shares: list[float]) -> list[int]:
    """The text width in the ``shares`` of the style specification (``REPORT_TABLE_WIDTHS``), a column whose
    share is less than its ``need`` at its need and the others sharing the rest."""
    fixed: set[int] = set()
    while True:
        rest = TEXT_WIDTH - 635 * len(need) - sum(need[j] for j in fixed)
        weight = sum(w for j, w in enumerate(shares) if j not in fixed)
        short = {j for j, w in enumerate(shares) if j not in fixed and rest * w / weight < need[j]}
        if not short:
            return [need[j] if j in fixed else int(rest * w / weight) for j, w in enumerate(shares)]
        fixed |= short


SMALL_TABLE = 12  # rows: a table this small moves to the next page whole rather than split


def _layout(table: Table, cols) -> tuple[list[int], object]:
    """Widths and font size: the largest size (9 pt down to 6.5 pt) at which every figure fits."""
    start = Pt(8) if len(cols) >= 7 else SIZE_TABLE
    for size in (start, Pt(7.5), Pt(7), Pt(6.5)):
        if size > start:
            continue
        widths = _widths(table, cols, size)
        if widths is not None:
            return widths, size
    even = int(TEXT_WIDTH / len(cols))
    return [even] * len(cols), Pt(6.5)


def _parts(table: Table) -> list[tuple[str, list]]:
    """A table too wide for A4 portrait split in two: 与预算对比 and 与上年对比."""
    keys = [col.key for col in table.columns]
    if "prior_final" not in keys or "r_plan" not in keys:
        return [(table.title, list(table.columns))]
    by_key = {col.key: col for col in table.columns}
    first = [by_key[k] for k in keys[: keys.index("prior_final")]]
    second = [by_key[k] for k in keys if k in ("code", "name", "final")] + \
        [by_key[k] for k in keys[keys.index("prior_final"):]]
    return [(f"{table.title}——与预算对比", first), (f"{table.title}——与上年对比", second)]


def _table(doc, table: Table) -> None:
    for title, columns in _parts(table):
        own = [col for col in columns if col.key not in ("code", "name", "final")]
        if any(row.values.get(col.key) is not None for row in table.rows for col in own):
            _table_part(doc, table, title, columns)


def _table_part(doc, table: Table, title: str, columns: list) -> None:
    # the caption (and unit note) stay on the page of the table's first rows
    _add_paragraph(doc, title, TABLE_CAPTION).paragraph_format.keep_with_next = True
    if table.unit_note:
        _add_paragraph(doc, table.unit_note, TABLE_NOTE).paragraph_format.keep_with_next = True
    cols = [col for col in columns if col.key != "code"]
    coded = len(cols) < len(table.columns)
    cols, dropped = _given_columns(table, cols)
    t = doc.add_table(rows=1, cols=len(cols))  # its row: the template of every row
    t._tbl.tblStyle_val = _style_id(doc, "Table Grid")  # by id: by name walks every style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    _cell_margins(t, Cm(0.06))
    widths, size = _layout(table, cols)
    for j in range(len(cols)):
        t.columns[j].width = widths[j]
    _rows(doc, t, table, cols, (widths, size, _style_id(doc, TABLE_TEXT)), coded)
    if dropped:
        _add_paragraph(doc, dropped, TABLE_TEXT).paragraph_format.first_line_indent = Pt(0)
    if table.note and any(col.key == PLAN for col in cols):  # the note explains the budget column
        note = _add_paragraph(doc, table.note, TABLE_TEXT)
        note.paragraph_format.first_line_indent = Pt(0)
        for run in note.runs:
            run.font.size = Pt(9)


def _given_columns(table: Table, cols: list) -> tuple[list, str]:
    """The columns with a figure in some row, and a note naming those left out (a column of 「—」 only,
    such as 上年预算 not given and the 增减 worked from it, is no column an accountant prints)."""
    empty = [col for col in cols if col.kind != "text" and all(r.values.get(col.key) is None for r in table.rows)]
    if not empty:
        return cols, ""
    given = [col.label for col in empty if not col.op]
    if not given:  # figures given but nothing to work out (every budget 0): the 「—」 say so
        return cols, ""
    return [col for col in cols if col not in empty], \
        f"注：未填报{'、'.join(given)}，表中不列{'、'.join(c.label for c in empty)}。"


def _rows(doc, t, table: Table, cols: list, look: tuple, coded: bool) -> None:
    """The header and the rows, in place of the table's template row. Each cell is a copy of a
    cell prepared once per document and format (width, alignment, bold, one line, kept with the
    next row, shaded) by the same calls as cell by cell, its text then set: python-docx's calls
    per cell cost more than everything else in the report's tables."""
    widths, size, text_style = look
    template = t.rows[0]._tr
    blank = template.tc_lst[0]  # the template's cells differ only in the width each cell sets
    for tc in template.tc_lst:
        template.remove(tc)
    template.get_or_add_trPr().append(OxmlElement("w:cantSplit"))  # a row never breaks across pages
    t._tbl.remove(template)

    def add(tr, key: tuple, text: str) -> None:
        tr.append(_cell_copy(t, blank, key, text))

    head = deepcopy(template)
    for j, col in enumerate(cols):
        add(head, (widths[j], WD_ALIGN_PARAGRAPH.CENTER, size, text_style, True, False, True, True), col.label)
    tbl_header = OxmlElement("w:tblHeader")  # the header repeats on every page
    tbl_header.set(qn("w:val"), "true")
    head.get_or_add_trPr().append(tbl_header)
    t._tbl.append(head)
    for i, row in enumerate(table.rows, start=1):
        tr = deepcopy(template)
        for j, col in enumerate(cols):
            text = cell_text(row.values.get(col.key), col.kind)
            if col.key == "name" and coded and row.values.get("code"):
                text = f"{row.values['code']} {text}"
            if col.key == "name" and row.level:
                text = "　" * row.level + text
            align = WD_ALIGN_PARAGRAPH.LEFT if col.kind == "text" else WD_ALIGN_PARAGRAPH.RIGHT
            # the header stays with the first row, and a small table's rows together (a table of
            # SMALL_TABLE rows or fewer is never split over two pages); the last row keeping with the
            # next would pull the next paragraph (a chart) and the whole chain before it over the page
            keep = i < len(table.rows) and (i == 1 or len(table.rows) <= SMALL_TABLE)
            add(tr, (widths[j], align, size, text_style, bool(row.total),
                     col.kind != "text" or is_figure(text), keep, False), text)
        t._tbl.append(tr)


_PREPARED = threading.local()  # per thread: lxml trees are not shared across threads


def _cell_copy(t, blank, key: tuple, text: str):
    """A copy of the empty cell formatted as ``key`` (see ``_prepared_cell``) holding ``text``.

    The formatted cell is prepared once per process and format apart from its width (a handful
    of formats, used by every report); a copy gets the width and the text set straight on its
    ``w:tcW`` and ``w:r``, as python-docx's setters would set them."""
    width, look = key[0], key[1:]
    cells = _PREPARED.__dict__.setdefault("cells", {})
    if look not in cells:
        tc = _prepared_cell(t, deepcopy(blank), (width, *look))
        cells[look] = (tc, _path(tc, tc.tcPr.tcW), _path(tc, tc.p_lst[0].r_lst[0]))
    prepared, to_width, to_run = cells[look]
    tc = deepcopy(prepared)
    _at(tc, to_width).width = width
    _set_text(_at(tc, to_run), text)
    return tc


def _set_text(run, text: str) -> None:
    """An empty ``w:r``'s text as python-docx's ``run.text = text`` sets it; plain text (one
    ``w:t``) without its loop over every character."""
    if text and not _SPECIAL_CHARS.search(text):
        w_t = run.makeelement(W_T, {})
        w_t.text = text
        run.append(w_t)
        if len(text.strip()) < len(text):
            w_t.set(XML_SPACE, "preserve")
    else:  # tabs and line breaks become w:tab and w:br
        run.text = text


_SPECIAL_CHARS = re.compile(r"[\t\r\n]")
W_T, XML_SPACE = qn("w:t"), qn("xml:space")


def _path(root, element) -> tuple[int, ...]:
    """The child indexes leading from ``root`` to ``element``."""
    path = []
    while element is not root:
        parent = element.getparent()
        path.append(parent.index(element))
        element = parent
    return tuple(reversed(path))


def _at(root, path: tuple[int, ...]):
    for i in path:
        root = root[i]
    return root


def _prepared_cell(t, tc, key: tuple):
    """An empty cell formatted as ``key`` = (width, alignment, size, style id, bold, one line,
    kept with the next row, header shading)."""
    width, align, size, style_id, bold, one_line, keep, shaded = key
    cell = _Cell(tc, t)
    cell.width = width
    fill_cell(cell, "", align, size, style_id, bold=bold)
    if one_line:
        _no_wrap(cell)
    if keep:
        cell.paragraphs[0].paragraph_format.keep_with_next = True
    if shaded:
        _shade(cell, "D9E2F3")
    return tc


def _style_id(doc, name: str) -> str | None:
    """A paragraph style's id, resolved once per document (``p.style = name`` looks it up by
    walking every style each time); None for the default style, which needs no reference."""
    cache = doc.__dict__.setdefault("_juesuan_style_ids", {})
    if name not in cache:
        style = doc.styles[name]
        cache[name] = None if style.style_id == doc.styles.default(style.type).style_id else style.style_id
    return cache[name]


def _add_paragraph(doc, text: str, style: str):
    """``doc.add_paragraph(text, style=style)``, with the style id resolved once."""
    para = doc.add_paragraph()
    if text:
        _set_text(para._p.add_r(), text)
    _set_style(para, _style_id(doc, style))
    return para


def _set_style(para, style_id: str | None) -> None:
    if style_id is not None:
        para._p.get_or_add_pPr().style = style_id


def fill_cell(cell, text: str, align, size, style_id: str | None, bold: bool = False) -> None:
    """A table cell's one paragraph: style by id (not by name: that walks every style each
    time), alignment, and one run of ``text`` at ``size``. Every Word table uses it."""
    p = cell.paragraphs[0]
    if style_id is not None:
        p._p.get_or_add_pPr().get_or_add_pStyle().val = style_id
    p.alignment = align
    run = p.add_run(text)
    run.font.size = size
    if bold:
        run.bold = True


def _no_wrap(cell) -> None:
    cell._tc.get_or_add_tcPr().append(OxmlElement("w:noWrap"))


def _cell_margins(table, margin) -> None:
    tblpr = table._tbl.tblPr
    mar = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:w"), str(margin.twips))
        el.set(qn("w:type"), "dxa")
        mar.append(el)
    tblpr.append(mar)


@cache
def _template() -> bytes:
    """python-docx's default document with the report's styles, settings and page (made once per
    process, then read afresh for each report: reading it costs less than making it)."""
    doc = Document()
    _styles(doc)
    _settings(doc)
    _page(doc)
    out = BytesIO()
    doc.save(out)
    return out.getvalue()


def made_at() -> datetime:
    """When a document is made: now (UTC, whole seconds), or ``SOURCE_DATE_EPOCH`` when set (the
    reproducible-builds convention), so two builds of the same input can be made identical."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=UTC).replace(tzinfo=None)
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def set_properties(doc: DocxDocument, title: str, subject: str, keywords: str = "") -> None:
    """The document properties every juesuan .docx carries (the 分析报告 and the 决算公开 alike):
    our title/subject/author, the time it was made — never python-docx's template date (2013) or
    its 「generated by python-docx」 comment."""
    props = doc.core_properties
    props.title, props.subject, props.keywords = title, subject, keywords
    props.author = props.last_modified_by = "juesuan"
    props.comments = props.category = props.identifier = ""
    props.created = props.modified = made_at()
    props.revision = 1


def build(report: Report) -> bytes:
    """The .docx bytes of the report. Document properties are fixed (reproducible output)."""
    doc = Document(BytesIO(_template()))
    if report.error_mark:
        _error_mark(doc, report.error_mark)
    charts = {c.key: c for c in report.charts}
    for p in report.paragraphs:
        if p.style == "table":
            _table(doc, report.tables[p.ref])
        elif p.style == "chart":
            para = _add_paragraph(doc, "", FIGURE)
            para.add_run().add_picture(BytesIO(render(charts[p.ref])), width=Cm(15))
        else:
            _add_paragraph(doc, p.text, STYLE_OF[p.style])
    set_properties(doc, report.title, "部门决算分析报告", f"{report.data.unit.name} {report.data.unit.year}")
    out = BytesIO()
    doc.save(out)
    return out.getvalue()

