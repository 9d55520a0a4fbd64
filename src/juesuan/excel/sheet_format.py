"""The live writer's half of the sheet specification (xlwings): cell styles by rectangles that
share a style, column widths, print area and page breaks — the same data ``workbook/build``
(xlsxwriter) and ``workbook/edit`` (openpyxl) apply, so a click gives the built workbook's look.

Every call is one round trip: styles go by rectangles, widths by runs of equal columns.
"""

from __future__ import annotations

import contextlib

from ..export.sheet_style import CELL_PAD_PX, CHAR_PX, Style  # Excel's default digit width, cell padding (px)
from ..sources import layout as L


def width_points(chars: float) -> float:
    """A column width in characters as points (what Office.js measures widths in)."""
    return (int(chars * CHAR_PX + 0.5) + CELL_PAD_PX) * 0.75


def width_chars(points: float) -> float:
    """Inverse of ``width_points``, to one decimal."""
    return round((points / 0.75 - CELL_PAD_PX) / CHAR_PX, 1)


def in_points(book) -> bool:
    """Whether the host measures column widths in points (the remote/Office.js engines) rather
    than characters (desktop Excel)."""
    try:
        return book.app.engine.name not in ("excel", "calamine")
    except Exception:
        return True


def apply_sheet(book, ws, sheet) -> None:
    """Widths, print area, merged cells and page breaks of one written sheet (``workbook.sheet_spec``)."""
    from ..workbook.sheet_spec import areas_ref

    points = in_points(book)
    for (c1, c2), width in _width_runs(sheet.widths):
        ws.range((1, c1 + 1), (1, c2 + 1)).column_width = width_points(width) if points else width
    ws.page_setup.print_area = areas_ref(sheet.print_areas())
    for r1, c1, r2, c2 in sheet.merges:  # after clear_formats, which unmerges the last layout's
        ws.range((r1 + 1, c1 + 1), (r2 + 1, c2 + 1)).merge()
    if sheet.breaks:  # desktop Excel only: the remote engines have no page breaks
        with contextlib.suppress(Exception):
            ws.api.ResetAllPageBreaks()
            for row in sheet.breaks:
                ws.api.HPageBreaks.Add(ws.range((row + 1, 1)).api)


def page_setup(ws, page) -> None:
    """A sheet the button adds prints as the specification says (``export.sheet_style.PageSetup``: A4,
    orientation, one page wide or its fixed scale, margins): desktop Excel only (COM); the remote
    engines have no page setup. A sheet the template holds already has its own."""
    with contextlib.suppress(Exception):
        setup = ws.api.PageSetup
        setup.PaperSize = page.paper
        setup.Orientation = 2 if page.landscape else 1  # xlLandscape / xlPortrait
        if page.scale:
            setup.Zoom = page.scale
        else:
            setup.Zoom = False  # fit to pages: so many wide, as many tall as needed (False)
            setup.FitToPagesWide = page.fit_width
            setup.FitToPagesTall = page.fit_height or False
        if page.margins is not None:
            setup.LeftMargin, setup.RightMargin, setup.TopMargin, setup.BottomMargin = (
                72 * inches for inches in page.margins)
        if page.footer:
            setup.CenterFooter = page.footer.removeprefix("&C")


def _width_runs(widths: dict[int, float]) -> list[tuple[tuple[int, int], float]]:
    out: list[tuple[tuple[int, int], float]] = []
    for col in sorted(widths):
        if out and out[-1][0][1] + 1 == col and out[-1][1] == widths[col]:
            out[-1] = ((out[-1][0][0], col), widths[col])
        else:
            out.append(((col, col), widths[col]))
    return out


BASE = Style()  # what every written cell starts from: one call for the whole block


def apply_styles(ws, sheet) -> None:
    """Number format, font, fill, borders, alignment and wrapping: the base style over the whole
    block in one call each, then by rectangles of one style only what differs from it."""
    rows, cols = sheet.extent
    base = Style(font=sheet.style_of("text").font)  # the sheet's font (the 汇总 lists have their own)
    if rows:
        block = ws.range((1, 1), (rows, cols))
        block.font.name, block.font.size = base.font, base.size
        block.vertical_alignment = "center"
    for attribute, setter in SETTERS.items():  # each attribute by its own rectangles: fewest calls
        for (r1, c1, r2, c2), value in format_runs(
                sheet, lambda name, a=attribute: _differs(sheet.style_of(name), a, base)):
            setter(ws.range((r1 + 1, c1 + 1), (r2 + 1, c2 + 1)), value)


def _differs(spec: Style, attribute: str, base: Style = BASE):
    value = getattr(spec, attribute) if attribute != "vertical" else spec.vertical
    return None if value == getattr(base, attribute) or value in (None, False) else value


def _underline(rng, _value) -> None:
    with contextlib.suppress(Exception):  # not on every host (the remote engines have no underline)
        rng.api.Font.Underline = 2


def _font(name: str):
    def set_it(rng, value) -> None:
        setattr(rng.font, name, rgb(value) if name == "color" else value)
    return set_it


SETTERS = {
    "number_format": lambda rng, v: setattr(rng, "number_format", v),
    "font": _font("name"), "size": _font("size"), "bold": _font("bold"), "italic": _font("italic"),
    "color": _font("color"),
    "fill": lambda rng, v: setattr(rng, "color", rgb(v)),
    "wrap": lambda rng, v: setattr(rng, "wrap_text", True),
    "vertical": lambda rng, v: setattr(rng, "vertical_alignment", "top"),
    "align": lambda rng, v: setattr(rng, "horizontal_alignment", v),
    "border": lambda rng, v: setattr(rng.borders, "line_style", "continuous"),  # thin, automatic colour
    "underline": _underline,
}


def rgb(hex_color: str) -> tuple[int, int, int]:
    return (int(hex_color[0:2], 16), int(hex_color[2:4], 16), int(hex_color[4:6], 16))


def format_runs(sheet, key=None) -> list[tuple[tuple[int, int, int, int], str]]:
    """Rectangles of cells sharing a number format (or another ``key`` of their style name): a
    column's consecutive rows, then merged side by side when neighbouring columns have the same run."""
    def number_format(name: str) -> str | None:
        found = sheet.style_of(name).number_format
        return None if found == "General" else found

    key = key or number_format
    by_col: dict[tuple[int, str], list[int]] = {}
    for (r, c), cell in sheet.cells.items():
        if (r, c) in (L.SIGNATURE_CELL, L.HIGHLIGHT_CELL):
            continue
        fmt = key(cell.style)
        if fmt:
            by_col.setdefault((c, fmt), []).append(r)
    runs: list[tuple[int, int, int, str]] = []  # (col, r1, r2, fmt)
    for (c, fmt), rows in by_col.items():
        rows.sort()
        start = prev = rows[0]
        for r in rows[1:]:
            if r != prev + 1:
                runs.append((c, start, prev, fmt))
                start = r
            prev = r
        runs.append((c, start, prev, fmt))
    runs.sort(key=lambda x: (x[1], x[2], x[3], x[0]))
    out: list[tuple[tuple[int, int, int, int], str]] = []
    for c, r1, r2, fmt in runs:
        if out:
            (pr1, pc1, pr2, pc2), pfmt = out[-1]
            if (pr1, pr2, pfmt) == (r1, r2, fmt) and pc2 + 1 == c:
                out[-1] = ((pr1, pc1, pr2, c), fmt)
                continue
        out.append(((r1, c, r2, c), fmt))
    return out


def protect(book) -> None:
    """Protect again the output sheets the macro unprotected for the click (desktop Excel: COM
    on Windows, AppleScript on macOS; the remote engines have no protection)."""
    from ..workbook.sheet_spec import look

    for ws in book.sheets:
        found = look(ws.name)
        if found is None or not found.protect:
            continue
        with contextlib.suppress(Exception):
            api = ws.api
            if hasattr(api, "Protect"):
                api.Protect(DrawingObjects=True, Contents=True, Scenarios=True, AllowFormattingColumns=True,
                            AllowFormattingRows=True)
            else:
                api.protect_worksheet(drawing_objects=True, contents=True, scenarios=True,
                                      allow_formatting_columns=True, allow_formatting_rows=True)
