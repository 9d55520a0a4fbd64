"""Workbook files on disk (openpyxl): read the input blocks, write the analysis back in place.

``juesuan recalc`` is the headless 重新计算 for WPS/LibreOffice users and servers: it never
changes an input cell, keeps the person's own sheets, comments and column widths, writes to a
temporary file and renames it, and keeps the previous file as a backup.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from ..core.findings import Finding
from ..core.model import UnitData
from ..sources.blocks import Grid, read_blocks
from . import layout as L


class WorkbookError(Exception):
    """The file is not a workbook juesuan can use, or cannot be opened/written (Chinese message)."""


def open_workbook(path: Path, *, keep_vba: bool = False):
    import openpyxl

    path = Path(path)
    if not path.exists():
        raise WorkbookError(f"找不到工作簿：{path}")
    try:
        with open(path, "rb"):
            pass
        return openpyxl.load_workbook(path, keep_vba=keep_vba, data_only=False)
    except PermissionError:
        raise WorkbookError(f"无法打开 {path}：文件被占用（可能正在 Excel/WPS 中打开），请关闭后重试。") from None
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise WorkbookError(f"{path.name} 不是有效的 Excel 工作簿（.xlsm/.xlsx）：{exc}") from None


def check_juesuan(wb, path: Path) -> None:
    names = set(wb.sheetnames)
    has_marker = L.GUIDE in names and \
        wb[L.GUIDE].cell(L.MARKER_CELL[0] + 1, L.MARKER_CELL[1] + 1).value == L.MARKER
    inputs = len(names & set(L.INPUT_SHEETS))
    if not has_marker and inputs < 3:
        raise WorkbookError(f"{path.name} 不是 juesuan 工作簿（缺少“{L.GUIDE}”表的标记和输入表），未作任何修改。"
                            "请用 juesuan template 生成的模板。")


def grids_of(wb) -> dict[str, Grid | None]:
    """Every input block as one 2-D list of values (one range read per block)."""
    out: dict[str, Grid | None] = {}
    for block in L.BLOCKS:
        if block.sheet not in wb.sheetnames:
            out[block.name] = None
            continue
        ws = wb[block.sheet]
        out[block.name] = [list(row) for row in ws.iter_rows(
            min_row=block.row + 1, max_row=block.last_row + 1, min_col=block.col + 1,
            max_col=block.last_col + 1, values_only=True)]
    return out


def read_workbook(path: str | Path) -> tuple[UnitData, list[Finding]]:
    """The unit's data in a workbook file, with the findings (cells named in the messages)."""
    data, findings, _ = read_workbook_located(path)
    return data, findings


def read_workbook_located(path: str | Path):
    path = Path(path)
    wb = open_workbook(path)
    check_juesuan(wb, path)
    return read_blocks(grids_of(wb), wb.sheetnames)


# -- writing the analysis back (openpyxl) ----------------------------------------------------------

def _openpyxl_styles() -> dict[str, dict]:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    from .styles import STYLES

    thin = Side(style="thin", color="808080")
    out = {}
    for name, spec in STYLES.items():
        out[name] = {
            "number_format": spec.number_format,
            "font": Font(name=spec.font, size=spec.size, bold=spec.bold, color=spec.color,
                         underline="single" if spec.underline else None),
            "fill": PatternFill("solid", fgColor=spec.fill) if spec.fill else PatternFill(),
            "border": Border(left=thin, right=thin, top=thin, bottom=thin) if spec.border else Border(),
            "alignment": Alignment(wrap_text=spec.wrap, vertical="top" if spec.wrap else "center",
                                   horizontal=spec.align),
        }
    return out


def write_outputs(wb, sheets: dict) -> None:
    """Replace the content of the analysis sheets (values, formulas, charts); nothing else."""
    from openpyxl.styles import PatternFill

    from .outputs import excel_value, highlight_changes
    from .styles import ERROR_FILL, INPUT_FILL

    old = None
    if L.FINDINGS in wb.sheetnames:
        old = wb[L.FINDINGS].cell(L.HIGHLIGHT_CELL[0] + 1, L.HIGHLIGHT_CELL[1] + 1).value
    unmark, mark = highlight_changes(old, sheets)
    styles = _openpyxl_styles()
    for name, sheet in sheets.items():
        ws = wb[name] if name in wb.sheetnames else wb.create_sheet(name)
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None or cell.hyperlink is not None:
                    cell.value = None
                    cell.hyperlink = None
        for row in ws.iter_rows():  # formatting left from last time (rows shift) is cleared
            for cell in row:
                if (cell.row - 1, cell.column - 1) not in sheet.cells and cell.has_style:
                    cell.style = "Normal"
        for (r, col), spec in sheet.cells.items():
            cell = ws.cell(r + 1, col + 1)
            value = excel_value(spec)
            if spec.formula:
                cell.value = spec.formula
            else:
                cell.value = value
                if isinstance(value, str):
                    cell.data_type = "s"  # a text that starts with = stays text
            st = styles.get(spec.style, styles["text"])
            cell.number_format = st["number_format"]
            cell.font, cell.fill, cell.border, cell.alignment = st["font"], st["fill"], st["border"], st["alignment"]
        for r in list(ws.row_dimensions):
            if ws.row_dimensions[r].height is not None and r - 1 not in sheet.heights:
                ws.row_dimensions[r].height = None  # a row that held a long text last time
        for r, height in sheet.heights.items():
            ws.row_dimensions[r + 1].height = height
        rows, cols = sheet.print_extent
        if name == L.CHARTS:
            rows, cols = rows + 18, max(cols, L.CHART_COL + 8)
        ws.print_area = f"A1:{L.cell_ref(rows - 1, cols - 1)}"
        if sheet.charts or name == L.CHARTS:
            ws._charts = []
            for spec in sheet.charts:
                ws.add_chart(_chart(ws, spec), f"{L.column_letter(spec.anchor[1])}{spec.anchor[0] + 1}")


    # input cells an 错误 is about are highlighted until the next clean recalculation
    fills = (PatternFill("solid", fgColor=INPUT_FILL), PatternFill("solid", fgColor=ERROR_FILL))
    for fill, cells in zip(fills, (unmark, mark), strict=True):
        for sheet_name, r, col in cells:
            if sheet_name in wb.sheetnames:
                wb[sheet_name].cell(r + 1, col + 1).fill = fill


def _chart(ws, spec):
    from openpyxl.chart import BarChart, PieChart, Reference
    from openpyxl.chart.label import DataLabelList

    chart = PieChart() if spec.kind == "pie" else BarChart()
    r1, c1, r2, c2 = spec.categories
    categories = Reference(ws, min_col=c1 + 1, min_row=r1 + 1, max_col=c2 + 1, max_row=r2 + 1)
    for _name, (s1, k1, s2, k2) in spec.series:
        data = Reference(ws, min_col=k1 + 1, min_row=s1, max_col=k2 + 1, max_row=s2 + 1)
        chart.add_data(data, titles_from_data=True)
    chart.set_categories(categories)
    chart.title = spec.title
    pie = spec.kind == "pie"
    chart.dataLabels = DataLabelList(showVal=not pie, showPercent=pie, showCatName=False, showSerName=False,
                                     showLegendKey=False, showLeaderLines=False)
    if not pie:
        chart.y_axis.title = "万元"
        chart.y_axis.numFmt = "0.00"
        chart.y_axis.delete = False
        chart.x_axis.delete = False
        chart.type = "col"
        chart.legend.position = "t"
    chart.width, chart.height = 15, 8
    return chart


def save_atomic(wb, path: Path) -> Path:
    """Save via a temporary file beside ``path``, keep the old file as ``.bak``, rename."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=path.suffix, dir=path.parent)
    os.close(fd)
    try:
        wb.save(tmp)
        backup = path.with_name(path.name + ".bak")
        if path.exists():
            shutil.copy2(path, backup)
        os.replace(tmp, path)
    except PermissionError:
        Path(tmp).unlink(missing_ok=True)
        raise WorkbookError(
            f"无法写入 {path}：文件被占用（可能正在 Excel/WPS 中打开），请关闭后重试。原文件未改动。") from None
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise WorkbookError(f"无法写入 {path}：{exc.strerror or exc}。原文件未改动。") from None
    return path.with_name(path.name + ".bak")


def recalc(path: str | Path) -> tuple[Any, Path]:
    """Headless 重新计算 of a workbook file; returns the report and the backup's path."""
    from ..report import analyze
    from .outputs import all_sheets

    path = Path(path)
    if path.suffix.lower() not in (".xlsm", ".xlsx"):
        raise WorkbookError(f"{path.name} 不是 Excel 工作簿（应为 .xlsm）。")
    _check_unlocked(path)
    wb = open_workbook(path, keep_vba=path.suffix.lower() == ".xlsm")
    check_juesuan(wb, path)
    data, findings, locator = read_blocks(grids_of(wb), wb.sheetnames)
    report = analyze(data, findings)
    write_outputs(wb, all_sheets(report, locator))
    backup = save_atomic(wb, path)
    return report, backup


def _check_unlocked(path: Path) -> None:
    """Excel and LibreOffice leave a lock file beside an open workbook."""
    for lock in (path.with_name("~$" + path.name), path.with_name(f".~lock.{path.name}#")):
        if lock.exists():
            raise WorkbookError(
                f"{path.name} 正在被其他程序打开（发现锁文件 {lock.name}），请关闭后重试。原文件未改动。")


def setup_interpreter(path: str | Path, interpreter: str) -> Path:
    """Write the Python interpreter into the workbook's ``xlwings.conf`` sheet (Windows and Mac keys)."""
    path = Path(path)
    _check_unlocked(path)
    wb = open_workbook(path, keep_vba=path.suffix.lower() == ".xlsm")
    check_juesuan(wb, path)
    ws = wb[L.CONF] if L.CONF in wb.sheetnames else wb.create_sheet(L.CONF)
    rows = {ws.cell(r, 1).value: r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value}
    key = "Interpreter_Win" if interpreter.lower().endswith(".exe") or "\\" in interpreter else "Interpreter_Mac"
    for name in (key,):
        r = rows.get(name) or (max(rows.values(), default=0) + 1)
        ws.cell(r, 1).value = name
        ws.cell(r, 2).value = interpreter
        ws.cell(r, 2).data_type = "s"
    return save_atomic(wb, path)
