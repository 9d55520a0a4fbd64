"""The look of every spreadsheet juesuan writes, once: fonts, cell styles (number format, font,
fill, border, alignment) and page setup, with the translations into each writer's terms — and the
look of the 决算公开 as the 2024 上海 template prints it, its tables in every writer (.xlsx, Word/PDF,
the workbook's 决算公开 sheet) and its text (Word/PDF).

The unit workbook (``workbook/build`` with xlsxwriter, ``juesuan recalc`` with openpyxl, the
buttons with xlwings), the 决算公开 .xlsx (``disclosure/xlsx``) and the 汇总 .xlsx
(``batch/summary``) all take their formats and page setup from here; none defines its own.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from .fonts import DENGXIAN, FANGSONG, HEI, KAI, SONG  # fonts are named once, in export/fonts

# -- number formats -------------------------------------------------------------------------------
MONEY, PCT, WAN, COUNT, INT, TEXT_FORMAT, PLAIN_PCT = "#,##0.00", "0.00%", "0.00", "#,##0", "0", "@", "0.00"
INPUT_FILL = "FFF2CC"
ERROR_FILL = "FFC7CE"  # an input cell an 错误 is about, until the next clean recalculation


@dataclass(frozen=True)
class Style:
    number_format: str = "General"
    bold: bool = False
    size: float = 10
    font: str | None = SONG  # None: the writer's default (conditional formats)
    color: str | None = None  # hex RGB, no '#'
    fill: str | None = None
    border: bool = False
    wrap: bool = False
    align: str | None = None  # "center" | "right"
    valign: str | None = None  # default: top when wrapped, else centre
    underline: bool = False
    italic: bool = False

    @property
    def vertical(self) -> str:
        return self.valign or ("top" if self.wrap else "vcenter")


STYLES: dict[str, Style] = {  # the unit workbook
    "text": Style(border=True), "money": Style(MONEY, border=True), "pct": Style(PCT, border=True),
    "count": Style(COUNT, border=True), "wan": Style(WAN, border=True),
    "total_text": Style(bold=True, border=True), "total_money": Style(MONEY, bold=True, border=True),
    "total_pct": Style(PCT, bold=True, border=True), "total_count": Style(COUNT, bold=True, border=True),
    "header": Style(bold=True, fill="D9E2F3", border=True, wrap=True, align="center"),
    "title": Style(bold=True, size=14), "note": Style(color="595959"),
    "note_wrap": Style(color="595959", wrap=True), "caption": Style(bold=True, size=11),
    "subtitle": Style(align="center"), "h1": Style(bold=True, size=12, font=HEI),
    "h2": Style(bold=True, size=11, font=KAI), "h3": Style(bold=True), "h4": Style(), "body": Style(wrap=True),
    "wrap": Style(border=True, wrap=True),
    "error": Style(bold=True, color="C00000", border=True), "warning": Style(color="C65911", border=True),
    "link": Style(color="0563C1", underline=True, border=True),
    "link_wrap": Style(color="0563C1", underline=True, wrap=True),
    "signature": Style(color="BFBFBF", size=8),
    # input sheets (written by the builder only): input cells are visibly distinct and unlocked
    "label": Style(border=True), "input_money": Style(MONEY, fill=INPUT_FILL, border=True),
    "input_text": Style(fill=INPUT_FILL, border=True, wrap=True), "input_int": Style(INT, fill=INPUT_FILL, border=True),
}
INPUT_STYLES = ("input_money", "input_text", "input_int")

PUBLIC_TABLE_SIZE = 10.5  # pt: the 上海 template's table text (五号); the Word tables start from it too
_P = PUBLIC_TABLE_SIZE
# The nine public tables as the 2024 上海 template prints them: title, unit line, headers, rows and notes
# all in regular 宋体 五号, white headers, totals no heavier than their rows (the template's 合计/总计 rows
# differ only in their centred labels). Every writer of the tables takes its look from here: the .xlsx
# (disclosure/xlsx), the Word/PDF tables (disclosure/word) and the workbook's 决算公开 sheet.
DISCLOSURE_STYLES: dict[str, Style] = {
    "title": Style(size=_P, align="center"),
    "left": Style(size=_P), "center": Style(align="center", size=_P), "right": Style(align="right", size=_P),
    "head": Style(align="center", valign="vcenter", border=True, wrap=True, size=_P),
    "text": Style(border=True, wrap=True, valign="vcenter", size=_P),  # a long 科目名称 on two lines, as the template
    "wrap": Style(border=True, wrap=True, valign="vcenter", size=_P),
    "code": Style(TEXT_FORMAT, border=True, size=_P), "money": Style(MONEY, border=True, align="right", size=_P),
    "note": Style(size=_P, wrap=True),
    "total_text": Style(border=True, wrap=True, valign="vcenter", size=_P),
    "total_text_center": Style(border=True, align="center", size=_P),
    "total_code": Style(TEXT_FORMAT, border=True, size=_P),
    "total_money": Style(MONEY, border=True, align="right", size=_P),
}
# The report tables whose columns have a width of their own (characters), by table key and column key: the
# workbook sheet's column widths, and the Word table's shares of the text width (a column no narrower than its
# figures; 类别's 行政单位/事业单位 on one line). The 财务指标 sheet's 单位 column is the workbook's only.
REPORT_TABLE_WIDTHS: dict[str, dict[str, float]] = {
    "indicators": {"name": 22, "family": 12, "formula": 50, "value": 16, "unit": 8},
}


# The nine tables as the template prints them (anchors/…template.pdf, pages 5–14, measured): each column's
# width in cm. The workbook's 决算公开 sheet gives each table its own columns at these widths, each widened
# only where its content needs it (a figure on one line, a 科目名称 up to PUBLIC_NAME_CHARS on one line).
PUBLIC_TABLE_CM: dict[str, tuple[float, ...]] = {
    "公开01": (6.36, 2.05, 5.89, 2.29),
    "公开02": (2.70, 4.84, 2.74, 2.75, 2.75, 2.50, 2.13, 2.12, 3.02),
    "公开03": (2.81, 4.60, 2.90, 2.90, 2.90, 2.90, 2.90, 2.90),
    "公开04": (7.07, 3.45, 5.69, 2.07, 2.06, 2.07, 2.06),
    "公开05": (2.58, 2.84, 2.65, 2.91, 2.81),
    "公开06": (1.90, 5.08, 1.90, 1.89, 4.14, 1.90),
    "公开07": (1.90,) * 12,
    "公开08": (2.13, 3.81, 2.54, 2.86, 2.86, 2.50, 2.90, 3.49),
    "公开09": (2.13, 3.81, 2.54, 2.86, 2.86, 2.50, 2.90, 3.49),
}
PUBLIC_NAME_CHARS = 20  # a 科目名称 longer than this wraps (the template wraps long names too)
CHAR_PX, CELL_PAD_PX = 7, 5  # a column width unit (the default font's digit) and a cell's padding, px at 96 dpi
PUBLIC_GAP = 2.0  # characters: the empty column between two tables on the sheet


def cm_chars(cm: float) -> float:
    """A width in cm as a column width in characters (to one decimal)."""
    return round((cm / 2.54 * 96 - CELL_PAD_PX) / CHAR_PX, 1)


def text_units(text: str) -> float:
    """Column-width characters ``text`` takes at the tables' 五号: a CJK character two, anything else one."""
    return float(sum(2 if ord(ch) > 0x2E7F else 1 for ch in text))


def public_widths(key: str, needs: list[float]) -> list[float]:
    """The columns of public table ``key`` on a sheet, in characters: the template's widths, each at least
    what its content ``needs`` (characters, as ``text_units`` counts; two for the cell margins added here). A
    table the spec does not size (another column count) takes its needs."""
    cm = PUBLIC_TABLE_CM.get(key, ())
    base = [cm_chars(x) for x in cm] if len(cm) == len(needs) else [0.0] * len(needs)
    return [max(b, round(n + 2, 1)) for b, n in zip(base, needs, strict=True)]


# The workbook's 决算公开 sheet: the tables as above, under the unit workbook's names for them (caption,
# header, wrap, money, total_*, note); the sheet's own title and error line as every sheet's.
DISCLOSURE_SHEET_STYLES: dict[str, Style] = {
    **STYLES, "caption": DISCLOSURE_STYLES["title"], "header": DISCLOSURE_STYLES["head"],
    **{k: DISCLOSURE_STYLES[k] for k in ("wrap", "money", "total_text", "total_text_center", "total_money")},
    "note": DISCLOSURE_STYLES["left"], "note_wrap": DISCLOSURE_STYLES["note"],
    "center": DISCLOSURE_STYLES["center"], "right": DISCLOSURE_STYLES["right"],
    "error_wrap": Style(bold=True, color="C00000", wrap=True),
}

# The 决算公开 document's text (Word/PDF) as the template's pages: the 目录 title and the 部分 titles in
# regular 黑体, 一、 and （一） headings in bold 楷体, the body in 仿宋, all at 15 pt on 31.2-point lines
# (the template's pitch), 28 characters a line (DISCLOSURE_TEXT_WIDTH, cm).
DISCLOSURE_TEXT: dict[str, Style] = {
    "contents_title": Style(font=HEI, size=16), "part": Style(font=HEI, size=15),
    "h1": Style(font=KAI, size=15, bold=True), "h2": Style(font=KAI, size=15, bold=True),
    "body": Style(font=FANGSONG, size=15),
    "units": Style(font=FANGSONG, size=15),  # the 决算单位构成 table (序号 | 单位名称 | 备注), rows one text line tall
}
DISCLOSURE_TEXT_LINE, DISCLOSURE_TEXT_WIDTH = 31.2, 14.9

SUMMARY_STYLES: dict[str, Style] = {  # the 汇总 lists (batch .xlsx and the 汇总 workbook)
    "title": Style(font=DENGXIAN, bold=True, size=14),
    "note": Style(font=DENGXIAN, italic=True, color="595959"),
    "note_wrap": Style(font=DENGXIAN, italic=True, color="595959", wrap=True),
    "header": Style(font=DENGXIAN, bold=True, fill="DDEBF7", border=True, wrap=True, align="center",
                    valign="vcenter"),
    "text": Style(font=DENGXIAN, border=True), "wrap": Style(font=DENGXIAN, border=True, wrap=True, valign="vcenter"),
    "money": Style(MONEY, font=DENGXIAN, border=True), "pct": Style(PLAIN_PCT, font=DENGXIAN, border=True),
    "int": Style(INT, font=DENGXIAN, border=True),
    "bold_money": Style(MONEY, font=DENGXIAN, border=True, bold=True),
    "bold": Style(font=DENGXIAN, border=True, bold=True),
    "link": Style(font=DENGXIAN, border=True, color="0563C1", underline=True),
    # conditional formats: a fill over the cell's own look
    "error": Style(font=None, fill="F8CBAD"), "warning": Style(font=None, fill="FFE699"),
    "failed": Style(font=None, fill="F4B084", bold=True),
}

REVIEW_STYLES: dict[str, Style] = {  # the 审阅 .xlsx (one document's list, a batch's 汇总 and 明细): the 汇总 lists'
    **SUMMARY_STYLES,                 # look, every cell read from its top (a one-line 级别 beside a 400-character 原文)
    **{k: replace(SUMMARY_STYLES[k], valign="top") for k in ("text", "wrap", "int", "bold")},
    "bold_int": Style(INT, font=DENGXIAN, border=True, bold=True, valign="top"),
}


# -- writers' terms -------------------------------------------------------------------------------

def xlsxwriter_props(spec: Style, locked: bool = True) -> dict[str, Any]:
    """An xlsxwriter format's properties for ``spec``."""
    out: dict[str, Any] = {"bold": spec.bold, "num_format": spec.number_format}
    if spec.font is not None:
        out.update(font_name=spec.font, font_size=spec.size, valign=spec.vertical, text_wrap=spec.wrap)
        out["locked"] = locked
    if spec.color:
        out["font_color"] = f"#{spec.color}"
    if spec.fill:
        out["bg_color"] = f"#{spec.fill}"
    if spec.border:
        out["border"] = 1
    if spec.align:
        out["align"] = spec.align
    if spec.underline:
        out["underline"] = 1
    if spec.italic:
        out["italic"] = True
    if spec.font is None:  # a conditional format: only what it changes
        out = {k: v for k, v in out.items() if v and v != "General"}
    return out


def xlsxwriter_formats(wb, styles: dict[str, Style], unlocked: tuple[str, ...] = ()) -> dict[str, Any]:
    """One xlsxwriter format per style."""
    return {name: wb.add_format(xlsxwriter_props(spec, locked=name not in unlocked)) for name, spec in styles.items()}


def openpyxl_style(spec: Style) -> dict[str, Any]:
    """The openpyxl objects of ``spec`` (number_format, font, fill, border, alignment)."""
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin")  # automatic colour, as xlsxwriter's border 1
    vertical = {"vcenter": "center"}.get(spec.vertical, spec.vertical)
    return {
        "number_format": spec.number_format,
        "font": Font(name=spec.font, size=spec.size, bold=spec.bold, italic=spec.italic, color=spec.color,
                     underline="single" if spec.underline else None),
        "fill": PatternFill("solid", fgColor=spec.fill) if spec.fill else PatternFill(),
        "border": Border(left=thin, right=thin, top=thin, bottom=thin) if spec.border else Border(),
        "alignment": Alignment(wrap_text=spec.wrap, vertical=vertical, horizontal=spec.align),
    }


# -- charts ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ChartLook:
    """How every native chart looks, in every writer (xlsxwriter px, openpyxl cm, xlwings points)."""

    width_px: int = 560
    height_px: int = 300
    title_font: str = HEI
    title_size: int = 12
    axis_title: str = "万元"
    number_format: str = WAN
    legend: str = "top"
    share_format: str = "0.00%"  # a pie's labels: its 占比 cells, two decimals as the text quotes them
    # a pie in the report's picture: its box (figure fractions: left, bottom, width, height), the same for
    # every pie whatever its legend holds, the legend to its right with each slice on two lines
    pie_box: tuple[float, float, float, float] = (0.12, 0.04, 0.40, 0.80)

    @property
    def width_cm(self) -> float:
        return round(self.width_px * 2.54 / 96, 1)

    @property
    def height_cm(self) -> float:
        return round(self.height_px * 2.54 / 96, 1)

    @property
    def width_pt(self) -> float:
        return self.width_px * 0.75

    @property
    def height_pt(self) -> float:
        return self.height_px * 0.75


CHART = ChartLook()


# -- page setup -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class PageSetup:
    """Printing: A4, ``fit_width`` pages wide (``fit_height`` 0: as many as needed), margins in
    inches, page numbers in the footer."""

    landscape: bool = False
    paper: int = 9  # A4
    fit_width: int = 1
    fit_height: int = 0
    scale: int = 0  # a fixed print scale (%) instead of fitting, where manual column breaks must hold
    margins: tuple[float, float, float, float] | None = (0.5, 0.5, 0.6, 0.6)  # left, right, top, bottom
    footer: str = "&C第 &P 页，共 &N 页"
    center: bool = False  # centred horizontally


PORTRAIT, LANDSCAPE = PageSetup(), PageSetup(landscape=True)
PUBLIC_TABLE = PageSetup(fit_height=1, footer="", center=True)  # one 公开 table a page
PUBLIC_SHEET = PageSetup(landscape=True, fit_height=1)  # the 决算公开 sheet: each table's print area one page
SUMMARY_PAGE = PageSetup(landscape=True, margins=None)  # the 汇总 lists


def page_xlsxwriter(ws, page: PageSetup) -> None:
    ws.set_paper(page.paper)
    if page.landscape:
        ws.set_landscape()
    else:
        ws.set_portrait()
    if page.margins is not None:
        left, right, top, bottom = page.margins
        ws.set_margins(left=left, right=right, top=top, bottom=bottom)
    if page.center:
        ws.center_horizontally()
    if page.scale:
        ws.set_print_scale(page.scale)
    else:
        ws.fit_to_pages(page.fit_width, page.fit_height)
    if page.footer:
        ws.set_footer(page.footer)


def page_openpyxl(ws, page: PageSetup) -> None:
    ws.page_setup.paperSize = page.paper
    ws.page_setup.orientation = "landscape" if page.landscape else "portrait"
    ws.page_setup.fitToWidth = page.fit_width
    ws.page_setup.fitToHeight = page.fit_height
    ws.sheet_properties.pageSetUpPr.fitToPage = not page.scale
    if page.scale:
        ws.page_setup.scale = page.scale
    if page.margins is not None:
        left, right, top, bottom = page.margins
        ws.page_margins.left, ws.page_margins.right = left, right
        ws.page_margins.top, ws.page_margins.bottom = top, bottom
    ws.print_options.horizontalCentered = page.center
    if page.footer:
        ws.oddFooter.center.text = page.footer.removeprefix("&C")

