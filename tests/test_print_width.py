"""Every printed sheet is one page wide: fitted to the page's width, or — where manual column breaks
must hold (公开科目 at 70%) — each group of columns between two breaks, with the columns repeated on
every page, no wider than the page at its scale (so no column is cut on the page's edge)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from juesuan.export.sheet_style import CELL_PAD_PX, CHAR_PX
from juesuan.report import analyze
from juesuan.sources import layout as L
from juesuan.workbook.build import build
from juesuan.workbook.edit import recalc
from tests.buttons import typed_template

A4 = (595.3, 841.9)  # points, portrait width and height


def _points(chars: float) -> float:
    """A column of ``chars`` characters in points: int(n·7 + 0.5) + 5 pixels (Calibri 11, as Excel)."""
    return (int(chars * CHAR_PX + 0.5) + CELL_PAD_PX) * 0.75


def _widths(ws) -> dict[int, float]:
    out: dict[int, float] = {}
    for dim in ws.column_dimensions.values():
        if dim.width and dim.min and dim.max:
            for col in range(dim.min, dim.max + 1):
                out[col] = dim.width
    return out


def _titles(ws) -> list[int]:
    from openpyxl.utils import column_index_from_string

    if not ws.print_title_cols:
        return []
    first, last = (column_index_from_string(x.strip("$")) for x in ws.print_title_cols.split(":"))
    return list(range(first, last + 1))


def too_wide(ws) -> list[str]:
    """What of ``ws`` prints wider than its page: [] where it fits (``fitToPage`` with one page wide)."""
    from openpyxl.utils import range_boundaries

    setup = ws.sheet_properties.pageSetUpPr
    if setup is not None and setup.fitToPage:
        wide = ws.page_setup.fitToWidth
        return [] if wide in (None, 1) else [f"{ws.title}: fitted {wide} pages wide"]
    if not ws.print_area:
        return [f"{ws.title}: neither fitted nor a print area"]
    scale = (ws.page_setup.scale or 100) / 100
    page = A4[1] if ws.page_setup.orientation == "landscape" else A4[0]
    room = page - 72 * (ws.page_margins.left + ws.page_margins.right)
    widths, titles = _widths(ws), _titles(ws)
    out = []
    for area in str(ws.print_area).split(","):
        c1, _, c2, _ = range_boundaries(area.split("!")[-1])
        breaks = sorted(b.id for b in ws.col_breaks.brk if c1 <= b.id < c2)
        for first, last in zip([c1 - 1, *breaks], [*breaks, c2], strict=True):
            cols = [*(c for c in titles if c <= first), *range(first + 1, last + 1)]
            used = scale * sum(_points(widths.get(c, 8.43)) for c in cols)
            if used > room:
                out.append(f"{ws.title}: columns {first + 1}–{last} take {used:.0f} pt of {room:.0f}")
    return out


def _visible(path: Path):
    wb = openpyxl.load_workbook(path)
    return [ws for ws in wb.worksheets if ws.sheet_state == "visible"]


@pytest.mark.parametrize("which", ["template", "built", "recalculated", "summary", "public"])
def test_every_sheet_prints_one_page_wide(sample, tmp_path, which):
    path = tmp_path / "单位.xlsm"
    if which == "template":
        path.write_bytes(build(None, None))
    elif which == "built":
        path.write_bytes(build(sample, analyze(sample)))
    elif which == "recalculated":
        recalc(typed_template(sample, path))
    elif which == "summary":
        from juesuan.workbook.summary_book import build_summary_template

        path.write_bytes(build_summary_template())
    else:  # the nine 公开 tables' Excel
        from juesuan.disclosure.api import disclose, xlsx_bytes

        path = tmp_path / "公开.xlsx"
        path.write_bytes(xlsx_bytes(disclose(sample, [])))
    sheets = _visible(path)
    assert len(sheets) >= {"summary": 4, "public": 9}.get(which, 20)
    assert [problem for ws in sheets for problem in too_wide(ws)] == []


def test_the_public_lines_sheet_is_cut_only_at_its_breaks():
    """公开科目 prints at a fixed scale (its column breaks must hold): the check measures each group."""
    path = Path(__file__).parents[1] / "workbook" / "juesuan.xlsm"
    ws = openpyxl.load_workbook(path)[L.PUBLIC_LINES_BLOCK.sheet]
    assert not ws.sheet_properties.pageSetUpPr.fitToPage and ws.col_breaks.brk
    assert too_wide(ws) == []
    for dim in ws.column_dimensions.values():  # one column twice as wide: its group no longer fits
        if dim.min and dim.min > 2 and dim.width:
            dim.width *= 6
            break
    assert too_wide(ws)


class _Api:
    """A desktop worksheet's COM object as far as ``page_setup`` touches it."""

    def __init__(self):
        self.PageSetup = type("PageSetup", (), {})()


class _Sheet:
    def __init__(self, name: str):
        self.name, self.api = name, _Api()


def test_a_sheet_the_button_adds_prints_one_page_wide(sample, tmp_path, monkeypatch):
    """An older workbook without an output sheet: the button adds it with the specification's page
    setup (desktop Excel, COM), so it prints one page wide like the template's own sheets."""
    from juesuan import excel
    from juesuan.excel import live, sheet_format
    from juesuan.export.sheet_style import LANDSCAPE
    from juesuan.workbook.sheet_spec import look
    from tests.buttons import click

    sheet = _Sheet("x")
    sheet_format.page_setup(sheet, LANDSCAPE)
    setup = sheet.api.PageSetup
    assert (setup.Orientation, setup.Zoom, setup.FitToPagesWide, setup.FitToPagesTall) == (2, False, 1, False)
    assert setup.CenterFooter == "第 &P 页，共 &N 页" and setup.LeftMargin == 36

    path = tmp_path / "单位.xlsm"
    path.write_bytes(build(sample, analyze(sample)))
    wb = openpyxl.load_workbook(path, keep_vba=True)
    del wb[L.TAKEN]
    wb.save(path)
    given = []
    monkeypatch.setattr(live, "page_setup", lambda ws, page: given.append((ws.name, page)))
    monkeypatch.chdir(tmp_path)
    click(path, excel.recalculate)
    assert given == [(L.TAKEN, look(L.TAKEN).page)]
