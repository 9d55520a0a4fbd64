"""Clicking a workbook button in a test: xlwings' remote engine with a mock caller."""

from __future__ import annotations

from pathlib import Path

from juesuan.excel import remote

remote.enable()  # before xlwings is imported

import xlwings as xw  # noqa: E402


def click(path: Path, button):
    """Run ``button`` (a ``juesuan.excel`` entry point) on the workbook file; (outcome, actions)."""
    book = remote.book_from_file(path)
    xw.Book.set_mock_caller(book)
    outcome = button()
    return outcome, book.json()["actions"]


def sample_book(sample, tmp_path: Path, monkeypatch) -> Path:
    """The sample unit's workbook in ``tmp_path`` (also the working folder, where outputs go)."""
    from juesuan.report import analyze
    from juesuan.workbook.build import build

    monkeypatch.chdir(tmp_path)
    path = tmp_path / "单位.xlsm"
    path.write_bytes(build(sample, analyze(sample)))
    return path


def typed_template(data, path: Path) -> Path:
    """The blank template with ``data``'s inputs typed into the input cells (saved once), as a
    person fills it before the first click."""
    import openpyxl

    from juesuan.sources import layout as L
    from juesuan.workbook.build import build, input_rows

    path.write_bytes(build(None, None))
    blocks, _ = input_rows(data)
    wb = openpyxl.load_workbook(path, keep_vba=True)
    for block in L.BLOCKS:
        ws = wb[block.sheet]
        for r, row in enumerate(blocks[block.name]):
            for j, value in enumerate(row):
                if value is not None:
                    ws.cell(block.row + r + 1, block.col + j + 1).value = value
    wb.save(path)
    return path


# -- the look of a workbook, to compare one writer with another -----------------------------------

def look_of_file(path: Path) -> dict[str, dict]:
    """Per sheet: column widths (characters), print area, print title rows and the number format
    of every cell that has one, as a workbook file holds them."""
    import openpyxl

    wb = openpyxl.load_workbook(path)
    out = {}
    for ws in wb.worksheets:
        widths = {}
        for dim in ws.column_dimensions.values():
            if dim.width and dim.customWidth:
                for col in range(dim.min, dim.max + 1):
                    widths[col - 1] = round(dim.width - 5 / 7, 1)
        formats = {(c.row - 1, c.column - 1): c.number_format for row in ws.iter_rows() for c in row
                   if c.number_format != "General"}
        out[ws.title] = {"widths": widths, "print_area": _area(ws.print_area), "formats": formats,
                         "title_rows": ws.print_title_rows, "freeze": ws.freeze_panes,
                         "protected": bool(ws.protection.sheet)}
    return out


def _area(value) -> str | None:
    if not value:
        return None
    text = value[0] if isinstance(value, list | tuple) else str(value)
    return text.split("!")[-1].replace("$", "")


def look_after_actions(template: Path, actions: list[dict]) -> dict[str, dict]:
    """The look of ``template`` after the remote engine's ``actions`` (a click) were applied."""
    from juesuan.excel.sheet_format import width_chars

    out = look_of_file(template)
    names = list(out)
    for a in actions:
        if a.get("sheet_position") is None:
            continue
        sheet = out[names[a["sheet_position"]]]
        r0, c0 = a.get("start_row") or 0, a.get("start_column") or 0
        rows, cols = a.get("row_count") or 1, a.get("column_count") or 1
        if a["func"] in ("sheetClearFormats", "sheetClear"):
            sheet["formats"] = {}
        elif a["func"] == "setNumberFormat":
            for r in range(r0, r0 + rows):
                for c in range(c0, c0 + cols):
                    sheet["formats"][(r, c)] = a["args"][0] if isinstance(a["args"], list) else a["args"]
        elif a["func"] == "setColumnWidth":
            for c in range(c0, c0 + cols):
                sheet["widths"][c] = width_chars(a["args"][0] if isinstance(a["args"], list) else a["args"])
        elif a["func"] == "setPrintArea":
            sheet["print_area"] = _area(a["args"][0])
    return out
