"""The look of the output sheets, once: each style's number format, font and fill.

The three writers translate these specs into their library's formats (xlsxwriter, openpyxl,
xlwings number formats); none defines a style of its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..export import fonts

MONEY, PCT, WAN, COUNT = "#,##0.00", "0.00%", "0.00", "#,##0"
INPUT_FILL = "FFF2CC"
ERROR_FILL = "FFC7CE"  # an input cell an 错误 is about, until the next clean recalculation


@dataclass(frozen=True)
class Style:
    number_format: str = "General"
    bold: bool = False
    size: float = 10
    font: str = fonts.SONG
    color: str | None = None  # hex RGB, no '#'
    fill: str | None = None
    border: bool = False
    wrap: bool = False
    align: str | None = None  # "center"
    underline: bool = False


STYLES: dict[str, Style] = {
    "text": Style(border=True), "money": Style(MONEY, border=True), "pct": Style(PCT, border=True),
    "count": Style(COUNT, border=True), "wan": Style(WAN, border=True),
    "total_text": Style(bold=True, border=True), "total_money": Style(MONEY, bold=True, border=True),
    "total_pct": Style(PCT, bold=True, border=True), "total_count": Style(COUNT, bold=True, border=True),
    "header": Style(bold=True, fill="D9E2F3", border=True, wrap=True, align="center"),
    "title": Style(bold=True, size=14), "note": Style(color="595959"), "caption": Style(bold=True, size=11),
    "subtitle": Style(align="center"), "h1": Style(bold=True, size=12, font=fonts.HEI),
    "h2": Style(bold=True, size=11, font=fonts.KAI), "h3": Style(bold=True), "h4": Style(), "body": Style(wrap=True),
    "wrap": Style(border=True, wrap=True),
    "error": Style(bold=True, color="C00000", border=True), "warning": Style(color="C65911", border=True),
    "link": Style(color="0563C1", underline=True), "signature": Style(color="BFBFBF", size=8),
    # input sheets (written by the builder only): input cells are visibly distinct and unlocked
    "label": Style(border=True), "input_money": Style(MONEY, fill=INPUT_FILL, border=True),
    "input_text": Style(fill=INPUT_FILL, border=True, wrap=True), "input_int": Style("0", fill=INPUT_FILL, border=True),
}
INPUT_STYLES = ("input_money", "input_text", "input_int")


@dataclass(frozen=True)
class ChartLook:
    """How every native chart looks, in every writer (xlsxwriter px, openpyxl cm, xlwings points)."""

    width_px: int = 560
    height_px: int = 300
    title_font: str = fonts.HEI
    title_size: int = 12
    axis_title: str = "万元"
    number_format: str = WAN
    legend: str = "top"

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


@dataclass(frozen=True)
class PageSetup:
    """Printing: A4, one page wide, margins in inches, page numbers in the footer."""

    landscape: bool = False
    paper: int = 9  # A4
    fit_width: int = 1
    margins: tuple[float, float, float, float] = (0.5, 0.5, 0.6, 0.6)  # left, right, top, bottom
    footer: str = "&C第 &P 页，共 &N 页"


CHART = ChartLook()
PORTRAIT, LANDSCAPE = PageSetup(), PageSetup(landscape=True)


def style(name: str) -> Style:
    return STYLES.get(name, STYLES["text"])


def number_formats() -> dict[str, str]:
    """The styles whose cells need a number format (what the live writer sets)."""
    return {name: s.number_format for name, s in STYLES.items() if s.number_format != "General"}
