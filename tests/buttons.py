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
                         "title_rows": ws.print_title_rows, "title_cols": ws.print_title_cols,
                         "col_breaks": [b.id for b in ws.col_breaks.brk], "scale": ws.page_setup.scale,
                         "row_breaks": [b.id for b in ws.row_breaks.brk],
                         "freeze": ws.freeze_panes,
                         "protected": bool(ws.protection.sheet),
                         "fit": _fit(ws),
                         "merged": sorted(str(m) for m in ws.merged_cells.ranges)}
    return out


def _fit(ws) -> tuple[int, int] | None:
    """(pages wide, pages tall) of a fit-to-page sheet (1 where the file leaves the default out)."""
    setup = ws.sheet_properties.pageSetUpPr
    if setup is None or not setup.fitToPage:
        return None
    return tuple(1 if v is None else int(v) for v in (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight))


def _area(value) -> str | None:
    if not value:
        return None
    parts = value if isinstance(value, list | tuple) else str(value).split(",")
    return ",".join(part.split("!")[-1].replace("$", "") for part in parts)


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
            sheet["formats"], sheet["merged"] = {}, []
        elif a["func"] == "setNumberFormat":
            for r in range(r0, r0 + rows):
                for c in range(c0, c0 + cols):
                    sheet["formats"][(r, c)] = a["args"][0] if isinstance(a["args"], list) else a["args"]
        elif a["func"] == "setColumnWidth":
            for c in range(c0, c0 + cols):
                sheet["widths"][c] = width_chars(a["args"][0] if isinstance(a["args"], list) else a["args"])
        elif a["func"] == "setPrintArea":
            sheet["print_area"] = _area(a["args"][0])
        elif a["func"] == "rangeMerge":
            from juesuan.sources.layout import range_ref

            sheet["merged"] = sorted({*sheet["merged"], range_ref(r0, c0, r0 + rows - 1, c0 + cols - 1)})
    return out


def apply_actions(path: Path, actions: list[dict], target: Path) -> Path:
    """A file holding what a click did to the workbook at ``path`` (values, formats, widths,
    print areas, charts), to look at or print: the remote engine's actions replayed with openpyxl."""
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    from juesuan.excel.sheet_format import width_chars
    from juesuan.sources import layout as L

    wb = openpyxl.load_workbook(path, keep_vba=True)
    thin = Side(style="thin")
    charts: dict[str, list] = {}
    for a in actions:
        if a.get("sheet_position") is None:
            continue
        ws = wb.worksheets[a["sheet_position"]]
        args = a["args"] if isinstance(a["args"], list) else [a["args"]]
        r0, c0 = (a.get("start_row") or 0) + 1, (a.get("start_column") or 0) + 1
        cells = [ws.cell(r, c) for r in range(r0, r0 + (a.get("row_count") or 1))
                 for c in range(c0, c0 + (a.get("column_count") or 1))]
        func = a["func"]
        if func == "sheetClearContents":
            for row in ws.iter_rows():
                for cell in row:
                    cell.value = None
        elif func == "sheetClearFormats":
            for merged in list(ws.merged_cells.ranges):
                ws.unmerge_cells(str(merged))
            for row in ws.iter_rows():
                for cell in row:
                    cell.style = "Normal"
        elif func == "setValues":
            for i, row in enumerate(a["values"]):
                for j, value in enumerate(row):
                    cell = ws.cell(r0 + i, c0 + j)
                    text = isinstance(value, str) and value.startswith("'")
                    cell.value = value[1:] if text else (None if value == "" else value)
                    if text:
                        cell.data_type = "s"
        elif func == "setNumberFormat":
            for cell in cells:
                cell.number_format = args[0]
        elif func == "setFontProperty":
            key, value = args
            for cell in cells:
                f = cell.font
                font = {"name": f.name, "size": f.size, "bold": f.bold, "italic": f.italic, "underline": f.underline,
                        "color": f.color}
                font[key] = value.lstrip("#") if key == "color" else value
                cell.font = Font(**font)
        elif func == "setRangeColor":
            for cell in cells:
                cell.fill = PatternFill("solid", fgColor=args[0].lstrip("#"))
        elif func in ("setWrapText", "setHorizontalAlignment", "setVerticalAlignment"):
            key = {"setWrapText": "wrap_text", "setHorizontalAlignment": "horizontal",
                   "setVerticalAlignment": "vertical"}[func]
            value = args[0] if func == "setWrapText" else str(args[0]).lower()
            for cell in cells:
                al = cell.alignment
                kept = {"wrap_text": al.wrap_text, "horizontal": al.horizontal, "vertical": al.vertical}
                kept[key] = value
                cell.alignment = Alignment(**kept)
        elif func == "setBorderProperty" and args[1] == "line_style":
            for cell in cells:
                cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        elif func == "setColumnWidth":
            from juesuan.workbook.edit import column_width

            for c in range(c0, c0 + (a.get("column_count") or 1)):
                ws.column_dimensions[L.column_letter(c - 1)].width = column_width(width_chars(args[0]))
        elif func == "setPrintArea":
            ws.print_area = args[0].split(",")
        elif func == "setRowHeight":
            for r in range(r0, r0 + (a.get("row_count") or 1)):
                ws.row_dimensions[r].height = args[0]
        elif func == "rangeMerge":
            ws.merge_cells(start_row=r0, start_column=c0, end_row=r0 + (a.get("row_count") or 1) - 1,
                           end_column=c0 + (a.get("column_count") or 1) - 1)
        elif func == "setSheetAutofit":  # rows of wrapped text as tall as their lines
            _autofit_rows(ws)
        elif func == "addChart":
            charts.setdefault(ws.title, []).append(_chart(ws, args))
        elif func == "setChartTitle":
            charts[ws.title][args[0]].title = args[1]
    wb.save(target)
    return target


def _chart(ws, args: list):
    """A chart of the remote engine's ``addChart`` (name, type, sheet, source, left, top, width,
    height in points): its first column the categories, its first row the series names."""
    from openpyxl.chart import BarChart, PieChart, Reference
    from openpyxl.utils import range_boundaries

    _, kind, _, source, left, top, width, height = args[:8]
    c1, r1, c2, r2 = range_boundaries(source.replace("$", ""))
    chart = PieChart() if kind == "Pie" else BarChart()
    chart.add_data(Reference(ws, min_col=c1 + 1, min_row=r1, max_col=c2, max_row=r2), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=c1, min_row=r1 + 1, max_row=r2))
    chart.width, chart.height = width / 72 * 2.54, height / 72 * 2.54
    col, x = 1, 0.0
    while True:  # the cell under the chart's top left corner
        w = ws.column_dimensions[_letter(col)].width or 8.43
        step = (int(w * 7 + 0.5) + 5) * 0.75 if ws.column_dimensions[_letter(col)].customWidth else 48
        if x + step > left + 0.5:
            break
        x, col = x + step, col + 1
    row, y = 1, 0.0
    while y + (ws.row_dimensions[row].height or 15) <= top + 0.5:
        y, row = y + (ws.row_dimensions[row].height or 15), row + 1
    ws.add_chart(chart, f"{_letter(col)}{row}")
    return chart


def _letter(col: int) -> str:  # 1-based
    from openpyxl.utils import get_column_letter

    return get_column_letter(col)


def _autofit_rows(ws) -> None:
    from juesuan.workbook.outputs import text_height

    for row in ws.iter_rows():
        heights = [text_height(str(c.value), (ws.column_dimensions[c.column_letter].width or 8.43) - 0.7)
                   for c in row if c.value is not None and c.alignment.wrap_text
                   and c.coordinate not in ws.merged_cells]  # Excel never fits a row to a merged cell
        if heights:
            ws.row_dimensions[row[0].row].height = max(heights)


def _conditional(ws, cell) -> list:
    """The formats of the conditional rules that hold for ``cell``: a comparison with a constant,
    or an OR of equalities of cells of its row with texts (what the 汇总 writers use)."""
    import re

    from openpyxl.utils import column_index_from_string, range_boundaries

    out = []
    for cf in ws.conditional_formatting:
        for ref in str(cf.sqref).split():
            c1, r1, c2, r2 = range_boundaries(ref)
            if not (c1 <= cell.column <= c2 and r1 <= cell.row <= r2):
                continue
            for rule in cf.rules:
                if rule.type == "cellIs":
                    want = rule.formula[0]
                    want = want.strip('"') if want.startswith('"') else float(want)
                    ok = {"equal": cell.value == want, "greaterThan": isinstance(cell.value, int | float)
                          and not isinstance(want, str) and cell.value > want}.get(rule.operator, False)
                elif rule.type == "expression":
                    tests = re.findall(r'\$([A-Z]+)(\d+)="([^"]*)"', rule.formula[0])
                    ok = any(ws.cell(cell.row + int(row) - r1, column_index_from_string(col)).value == text
                             for col, row, text in tests)
                else:
                    ok = False
                if ok:
                    out.append(rule.dxf)
    return out


def table_look(path: Path, sheet: str, header: int) -> dict:
    """The look of a list under its header row ``header`` (0-based), rows counted from the header:
    widths, the header cells' style, each column's number format, font, border and wrapping in
    the data rows (a cell without its own style takes its column's), the frozen panes, the filter
    and the 文件 links. For comparing two writers whose lists start on different rows."""
    import openpyxl
    from openpyxl.utils import coordinate_to_tuple, range_boundaries

    wb = openpyxl.load_workbook(path)
    ws = wb[sheet]
    widths = {}
    columns = {}
    for dim in ws.column_dimensions.values():
        for col in range(dim.min, dim.max + 1):
            columns[col] = dim
            if dim.width and dim.customWidth:
                widths[col - 1] = round(dim.width - 5 / 7, 1)

    def look(cell) -> tuple:
        styled = columns[cell.column] if not cell.has_style and cell.column in columns else cell  # Excel: the column's
        font, border = styled.font, styled.border
        fill = styled.fill.fgColor.rgb[-6:].upper() if styled.fill.fill_type == "solid" else None
        bold = bool(font.b)
        for dxf in _conditional(ws, cell):  # what a conditional format shows over the cell
            fill = dxf.fill.bgColor.rgb[-6:].upper() if dxf.fill is not None and dxf.fill.bgColor.rgb else fill
            bold = bold or bool(dxf.font is not None and dxf.font.b)
        return (styled.number_format, font.name, bold, bool(border.left and border.left.style),
                bool(styled.alignment.wrap_text), fill)

    head = [ws.cell(header + 1, c + 1) for c in range(ws.max_column)]
    head = [c for c in head if c.value not in (None, "")]
    body: dict[int, set] = {}
    links: dict[int, list] = {}
    for row in ws.iter_rows(min_row=header + 2):
        for cell in row:
            if cell.value in (None, ""):
                continue
            body.setdefault(cell.column - 1, set()).add(look(cell))
            if isinstance(cell.value, str) and cell.value.startswith("=HYPERLINK("):
                font = (columns[cell.column] if not cell.has_style and cell.column in columns else cell).font
                rgb = font.color.rgb if font.color else None
                color = rgb[-6:].upper() if isinstance(rgb, str) else None
                links.setdefault(cell.column - 1, []).append(color)
    filters = ws.auto_filter.ref or next((t.ref for t in ws.tables.values()), None)
    if filters:
        c1, r1, c2, _ = range_boundaries(filters)
        filters = (r1 - 1 - header, c1 - 1, c2 - 1)
    freeze = None
    if ws.freeze_panes:
        r, c = coordinate_to_tuple(ws.freeze_panes)
        freeze = (r - 1 - header, c - 1)
    return {"widths": widths, "header": [(c.value, c.font.name, bool(c.font.b), c.fill.fgColor.rgb[-6:].upper(),
                                          bool(c.alignment.wrap_text), c.alignment.horizontal) for c in head],
            "body": body, "freeze": freeze, "filter": filters, "links": links}
