"""One sheet specification for the unit workbook: what makes each sheet look finished and print
right, as data — column widths, frozen panes, the rows repeated on every printed page, page
setup, the print area, protection and the buttons.

The builder (xlsxwriter), ``juesuan recalc`` (openpyxl) and the buttons (xlwings) all apply it;
the blank template carries every part that does not depend on the data (widths, frozen panes,
print titles, protection, buttons), so it prints right before the first click. Cell styles and
page setups themselves live in ``export/sheet_style``.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace

from ..export.sheet_style import LANDSCAPE, PORTRAIT, PUBLIC_SHEET, REPORT_TABLE_WIDTHS, PageSetup
from ..sources import layout as L

Widths = tuple[tuple[int, int, float], ...]  # (first column, last column, width in characters)
Buttons = tuple[tuple[str, str], ...]  # (macro, caption)

MAIN_BUTTONS: Buttons = (("JuesuanRecalculate", "重新计算"), ("JuesuanCheck", "审核"),
                         ("JuesuanExportReport", "导出报告"), ("JuesuanRollOver", "结转下年"),
                         ("JuesuanDisclose", "生成公开"))
REVIEW_BUTTONS: Buttons = (("JuesuanReview", "审阅"),)
SUMMARY_BUTTONS: Buttons = (("JuesuanSummarize", "汇总"),)
BUTTON_WIDTH, BUTTON_HEIGHT, BUTTON_GAP = 72, 24, 4  # pixels
TITLE_ROW_HEIGHT = 22.5  # points: row 1 holds the title and the buttons (30 px)
HEAD_ROW_HEIGHT = 30  # points: a row of grouped (merged) input headers, two wrapped lines
TITLE_CHAR_PX = 10  # a half-width character of a 14 pt title, in pixels (a CJK character counts 2)


@dataclass(frozen=True)
class SheetLook:
    """How one sheet looks and prints. Rows and columns 0-based."""

    widths: Widths
    page: PageSetup = PORTRAIT
    freeze: tuple[int, int] = (1, 0)  # the title row (with the buttons) always in view
    title_rows: tuple[int, int] | None = None  # rows printed at the top of every page
    title_cols: tuple[int, int] | None = None  # columns printed at the left of every page (a wide sheet)
    col_breaks: tuple[int, ...] = ()  # a wide sheet's pages start at these columns (with ``page.scale``)
    row_breaks: tuple[int, ...] = ()  # a long input sheet's pages start at these rows (公开说明's sections)
    protect: bool = False  # output sheets: their cells are written by juesuan only
    buttons: Buttons = MAIN_BUTTONS
    title: str = ""  # the fixed title in A1, the buttons to its right

    def widths_by_column(self) -> dict[int, float]:
        return {col: w for first, last, w in self.widths for col in range(first, last + 1)}

    def button_offset(self) -> int:
        """Pixels from the left edge of A1 to the first button: right of the title."""
        units = sum(2 if ord(ch) > 0x2E7F else 1 for ch in self.title)
        return units * TITLE_CHAR_PX + 16


OUTPUT_LOOKS: dict[str, SheetLook] = {
    L.ANALYSIS: SheetLook(((0, 0, 30), (1, 9, 16)), LANDSCAPE, (2, 0), protect=True, title="分析表"),
    L.INDICATORS: SheetLook(tuple((j, j, w) for j, w in enumerate(REPORT_TABLE_WIDTHS["indicators"].values())),
                            PORTRAIT, (3, 0),
                            (2, 2), protect=True, title="财务分析指标"),
    L.NARRATIVE: SheetLook(((0, 0, 80),), PORTRAIT, (2, 0), protect=True, title="分析报告"),
    L.FINDINGS: SheetLook(((0, 0, 8), (1, 1, 24), (2, 2, 90), (3, 3, 26)), LANDSCAPE, (3, 0), (2, 2),
                          protect=True, title="审核结果"),
    L.CHARTS: SheetLook(((0, 0, 22), (1, 3, 12)), PORTRAIT, (2, 0), protect=True, title="图表"),
    L.TAKEN: SheetLook(((0, 0, 26), (1, 1, 10), (2, 2, 18)), PORTRAIT, (3, 0), (2, 2), protect=True, title="取数"),
}
TOOL_LOOKS: dict[str, SheetLook] = {
    L.GUIDE: SheetLook(((0, 0, 80),), PORTRAIT, (1, 0), title="juesuan 部门决算分析报告工作簿"),
    # blank until 生成公开 (workbook/public_sheet: the nine tables side by side, each its own columns and page)
    L.DISCLOSURE: SheetLook(((0, 0, 34), (1, 12, 13)), PUBLIC_SHEET, (2, 0), protect=True,
                            title="决算公开：九张公开表"),
    # column B a narrow gap: the results right beside the pasted text; the file cell B3 spans B:I
    L.REVIEW: SheetLook(((0, 0, 60), (1, 1, 2), (2, 2, 6), (3, 3, 16), (4, 4, 50), (5, 5, 40), (6, 6, 10),
                         (7, 7, 16), (8, 8, 40)), LANDSCAPE, (L.REVIEW_FIRST, 1), (L.REVIEW_FIRST - 1,) * 2,
                        buttons=REVIEW_BUTTONS, title="审阅：核对别人写的报告"),
}


def _columns(spec) -> Widths:
    return tuple((j, j, float(column[-1])) for j, column in enumerate(spec))


SUMMARY_LOOKS: dict[str, SheetLook] = {  # the 汇总 workbook (its own 说明)
    L.GUIDE: SheetLook(((0, 0, 100),), PORTRAIT, (1, 0), buttons=SUMMARY_BUTTONS,
                       title="juesuan 汇总工作簿（主管部门、财政局）"),
    L.SUMMARY_LIST: SheetLook(((0, 0, 70), (1, 1, 36)), PORTRAIT, (L.SUMMARY_LIST_FIRST, 0),
                              (L.SUMMARY_LIST_FIRST - 1,) * 2, buttons=SUMMARY_BUTTONS, title="单位清单"),
    L.SUMMARY_UNITS: SheetLook(_columns(L.SUMMARY_UNIT_COLUMNS), LANDSCAPE, (2, 2), (1, 1), buttons=SUMMARY_BUTTONS,
                               title="单位一览"),
    L.SUMMARY_FINDINGS: SheetLook(_columns(L.SUMMARY_FINDING_COLUMNS), LANDSCAPE, (2, 0), (1, 1),
                                  buttons=SUMMARY_BUTTONS, title="审核汇总"),
    L.SUMMARY_DEPARTMENT: SheetLook(((0, 0, 44), (1, 6, 16)), LANDSCAPE, (1, 0), buttons=SUMMARY_BUTTONS,
                                    title="部门汇总"),
}


def _input_looks() -> dict[str, SheetLook]:
    from .input_sheets import INPUT_SHEETS

    return {spec.name: SheetLook(spec.widths, replace(LANDSCAPE if spec.landscape else PORTRAIT, scale=spec.scale),
                                 spec.freeze or (1, 0), spec.title_rows or input_title_rows(spec.name),
                                 spec.title_cols, spec.col_breaks, spec.row_breaks, title=spec.title)
            for spec in INPUT_SHEETS}


def look(sheet: str) -> SheetLook | None:
    return OUTPUT_LOOKS.get(sheet) or TOOL_LOOKS.get(sheet) or INPUT_LOOKS.get(sheet)


def used_rows(locator: L.Locator) -> dict[str, int]:
    """Rows from A1 in use on each input sheet with growing blocks: to the last line read."""
    last: dict[str, int] = {}
    tables = {"functions": L.FUNCTIONS_BLOCK, "economics": L.ECONOMICS_BLOCK, "assets": L.ASSETS_BLOCK,
              **{f"disclosure.{key}": block for key, block in L.PUBLIC_TABLES}}
    for table, block in tables.items():
        rows = locator.rows.get(table, {})
        if rows:
            last[block.sheet] = block.row + max(rows.values()) + 1
    if locator.reasons:
        last[L.REASONS] = L.REASONS_BLOCK.row + max(locator.reasons.values()) + 1
    if locator.terms:  # 公开说明's 名词解释 beyond the template's
        last[L.PUBLIC_NOTES] = L.PUBLIC_TERMS_BLOCK.row + max(locator.terms.values()) + 1
    return last


def input_print_areas(locator: L.Locator) -> dict[str, tuple[int, int, int, int]]:
    """The print area of every input sheet for the lines read (or written)."""
    rows = used_rows(locator)
    return {sheet: input_print_area(sheet, rows.get(sheet, 0)) for sheet in L.INPUT_SHEETS}


def print_area(sheet: str, rows: int, cols: int) -> tuple[int, int, int, int]:
    """(first row, first col, last row, last col) printed of an output sheet whose content takes
    ``rows`` × ``cols``: the content (never the signature cells far right), and on 图表 the charts."""
    rows, cols = L.print_area(sheet, rows, cols)
    return 0, 0, rows - 1, cols - 1


def print_areas(sheet: str, rows: int, cols: int, breaks: Sequence[int] = (),
                used: Collection[tuple[int, int]] = ()) -> tuple[tuple[int, int, int, int], ...]:
    """The print area of an output sheet cut at its page breaks, one area a page (or pages): every
    host prints each area of a print area on a page of its own, so a chart or a 公开 table is never
    split even where page breaks cannot be set (Excel on the web, the buttons on macOS). With the
    ``used`` cells, each area only as wide as what it holds, so each prints as large as it can
    (图表 keeps the charts' width)."""
    r1, c1, r2, c2 = print_area(sheet, rows, cols)
    starts = [r1, *(b for b in sorted(set(breaks)) if r1 < b <= r2)]
    ends = [*(b - 1 for b in starts[1:]), r2]
    out = []
    for first, last in zip(starts, ends, strict=True):
        right = max((c for r, c in used if first <= r <= last), default=c2) if sheet != L.CHARTS else c2
        out.append((first, c1, last, min(right, c2)))
    return tuple(out)


def areas_ref(areas) -> str:
    """``$A$1:$M$54,$A$55:$M$108``: the print area of several areas, as every writer takes it."""
    return ",".join(area_ref(area) for area in areas)


def input_print_area(sheet: str, used_rows: int) -> tuple[int, int, int, int]:
    """What an input sheet prints: its title, headers and blocks down to the last row in use
    (``used_rows`` rows from A1), never hundreds of empty input rows."""
    blocks = [b for b in L.BLOCKS if b.sheet == sheet]
    fixed = max((b.last_row for b in blocks if b.name not in L.GROWING), default=max(b.row for b in blocks))
    last_col = max(b.last_col + (b.name in L.NOTED) for b in blocks)  # the hints right of a block's rows
    return 0, 0, max(fixed, used_rows - 1, L.FIRST), last_col


def input_title_rows(sheet: str) -> tuple[int, int]:
    """The rows repeated on every printed page of an input sheet: title, note and the header."""
    first = min(b.row for b in L.BLOCKS if b.sheet == sheet)
    return 0, first - 1


INPUT_LOOKS: dict[str, SheetLook] = _input_looks()


def area_ref(area: tuple[int, int, int, int]) -> str:
    return L.range_ref(*area, absolute=True)
