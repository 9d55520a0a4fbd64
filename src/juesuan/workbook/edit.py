"""Workbook files on disk (openpyxl): read the input blocks, write the analysis back in place.

``juesuan recalc`` is the headless 重新计算 for WPS/LibreOffice users and servers: it never
changes an input cell, keeps the person's own sheets, comments and column widths, writes to a
temporary file and renames it, and keeps the previous file as a backup.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..core.findings import Finding
from ..core.model import UnitData
from ..sources import layout as L
from ..sources.blocks import Grid, read_sheets
from .sheet_spec import TITLE_ROW_HEIGHT


class WorkbookError(Exception):
    """The file is not a workbook juesuan can use, or cannot be opened/written (Chinese message)."""


class WorkbookRefused(WorkbookError):
    """The workbook is readable but writing it would lose something: nothing was written."""


def open_workbook(path: Path, *, keep_vba: bool = False, rich_text: bool = False):
    import openpyxl

    path = Path(path)
    if not path.exists():
        raise WorkbookError(f"找不到工作簿：{path}")
    try:
        with open(path, "rb"):
            pass
        check_size(path)
        return openpyxl.load_workbook(path, keep_vba=keep_vba, data_only=False, rich_text=rich_text)
    except PermissionError:
        raise WorkbookError(f"无法打开 {path}：文件被占用（可能正在 Excel/WPS 中打开），请关闭后重试。") from None
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise WorkbookError(f"{path.name} 不是有效的 Excel 工作簿（.xlsm/.xlsx）：{exc}") from None


def check_juesuan(wb, path: Path) -> None:
    marker = wb[L.GUIDE].cell(L.MARKER_CELL[0] + 1, L.MARKER_CELL[1] + 1).value if L.GUIDE in wb.sheetnames else None
    if not L.is_juesuan(wb.sheetnames, marker):
        raise WorkbookError(f"{path.name} {L.NOT_JUESUAN}")


def sheets_of(wb, path: Path | None = None) -> dict[str, Grid | None]:
    """Every input sheet as one 2-D list of values from A1 over ``L.sheet_extent`` (one range
    read per sheet). A formula typed into an input cell is read as the value Excel last computed
    for it (what the button reads); a formula never computed stays a formula text (a finding)."""
    out: dict[str, Grid | None] = {}
    if L.PUBLIC_DATA in wb.sheetnames:
        out[L.PUBLIC_DATA] = [[row[0]] for row in wb[L.PUBLIC_DATA].iter_rows(
            min_row=1, max_row=L.PUBLIC_DATA_CELLS, min_col=1, max_col=1, values_only=True)]
    formulas: list[tuple[str, int, int]] = []
    for sheet in L.INPUT_SHEETS:
        if sheet not in wb.sheetnames:
            out[sheet] = None
            continue
        rows, cols = L.sheet_extent(sheet)
        grid = []
        for i, row in enumerate(wb[sheet].iter_rows(min_row=1, max_row=rows, min_col=1, max_col=cols)):
            values = []
            for j, cell in enumerate(row):
                if cell.data_type == "f":
                    formulas.append((sheet, i, j))
                values.append(cell.value)
            grid.append(values)
        out[sheet] = grid
    if formulas and path is not None:
        cached = _cached_values(path, {sheet for sheet, _, _ in formulas})
        for sheet, i, j in formulas:
            value = cached.get((sheet, i, j))
            if value is not None:
                out[sheet][i][j] = value  # type: ignore[index]
    return out


def _cached_values(path: Path, sheets: set[str]) -> dict[tuple[str, int, int], Any]:
    import openpyxl

    wb = openpyxl.load_workbook(path, data_only=True, read_only=True)
    out = {}
    for sheet in sheets:
        rows, cols = L.sheet_extent(sheet)
        for i, row in enumerate(wb[sheet].iter_rows(min_row=1, max_row=rows, min_col=1, max_col=cols,
                                                    values_only=True)):
            for j, value in enumerate(row):
                out[(sheet, i, j)] = value
    wb.close()
    return out


MAX_PART_BYTES = 100_000_000  # one XML part of a juesuan workbook is well under 10 MB
MAX_SHARED_STRINGS = 500_000


def check_size(path: Path) -> None:
    """Refuse, before parsing, a file whose parts are far beyond any juesuan workbook."""
    import re

    try:
        with zipfile.ZipFile(path) as z:
            for info in z.infolist():
                if info.file_size > MAX_PART_BYTES:
                    raise WorkbookError(
                        f"{path.name} 的部件 {info.filename} 解压后有{info.file_size // 1_000_000}MB，"
                        f"超过上限{MAX_PART_BYTES // 1_000_000}MB，未读入。请复制输入表到新的模板。")
            if "xl/sharedStrings.xml" in z.namelist():
                with z.open("xl/sharedStrings.xml") as f:
                    head = f.read(2000).decode("utf-8", "replace")
                found = re.search(r'uniqueCount="(\d+)"', head) or re.search(r'count="(\d+)"', head)
                if found and int(found.group(1)) > MAX_SHARED_STRINGS:
                    raise WorkbookError(
                        f"{path.name} 含{int(found.group(1))}个文字串，超过上限{MAX_SHARED_STRINGS}个，未读入。"
                        "请把输入表的内容复制到新的模板（juesuan template）。")
    except zipfile.BadZipFile:
        return  # openpyxl says it is not a workbook, with its own message


def read_workbook(path: str | Path) -> tuple[UnitData, list[Finding]]:
    """The unit's data in a workbook file, with the findings (cells named in the messages)."""
    data, findings, _ = read_workbook_located(path)
    return data, findings


def read_workbook_located(path: str | Path):
    path = Path(path)
    wb = open_workbook(path)
    check_juesuan(wb, path)
    return read_sheets(sheets_of(wb, path), wb.sheetnames)


# -- writing the analysis back (openpyxl) ----------------------------------------------------------

def _openpyxl_styles(palette=None) -> dict[str, dict]:
    from ..export.sheet_style import STYLES, openpyxl_style

    return {name: openpyxl_style(spec) for name, spec in (palette or STYLES).items()}


def write_outputs(wb, sheets: dict) -> None:
    """Replace the content of the analysis sheets (values, formulas, charts); nothing else."""
    from openpyxl.styles import PatternFill
    from openpyxl.worksheet.pagebreak import Break, RowBreak

    from ..export.escape import set_text
    from ..export.sheet_style import ERROR_FILL, INPUT_FILL
    from .outputs import excel_value, highlight_changes
    from .sheet_spec import area_ref, look

    old = None
    if L.FINDINGS in wb.sheetnames:
        old = wb[L.FINDINGS].cell(L.HIGHLIGHT_CELL[0] + 1, L.HIGHLIGHT_CELL[1] + 1).value
    unmark, mark = highlight_changes(old, sheets)
    styles = _openpyxl_styles()
    for name, sheet in sheets.items():
        ws = wb[name] if name in wb.sheetnames else wb.create_sheet(name)
        for merged in list(ws.merged_cells.ranges):  # the last layout's; this one's merged below
            ws.unmerge_cells(str(merged))
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None or cell.hyperlink is not None:
                    cell.value = None
                    cell.hyperlink = None
        for row in ws.iter_rows():  # formatting left from last time (rows shift) is cleared
            for cell in row:
                if (cell.row - 1, cell.column - 1) not in sheet.cells and cell.has_style:
                    cell.style = "Normal"
        table = styles if sheet.palette is None else _openpyxl_styles(sheet.palette)  # a sheet's own look
        for (r, col), spec in sheet.cells.items():
            cell = ws.cell(r + 1, col + 1)
            value = excel_value(spec)
            if spec.formula:
                cell.value = spec.formula
            else:
                if isinstance(value, str):
                    set_text(cell, value)  # a text that starts with = stays text
                else:
                    cell.value = value
            st = table.get(spec.style, table["text"])
            cell.number_format = st["number_format"]
            cell.font, cell.fill, cell.border, cell.alignment = st["font"], st["fill"], st["border"], st["alignment"]
        for r1, c1, r2, c2 in sheet.merges:
            ws.merge_cells(start_row=r1 + 1, start_column=c1 + 1, end_row=r2 + 1, end_column=c2 + 1)
        for r in list(ws.row_dimensions):
            if ws.row_dimensions[r].height is not None and r - 1 not in sheet.heights:
                ws.row_dimensions[r].height = None  # a row that held a long text last time
        for r, height in sheet.heights.items():
            ws.row_dimensions[r + 1].height = height
        found = look(name)
        if found is not None:
            apply_look(ws, found)
        for col, width in sheet.widths.items():
            ws.column_dimensions[L.column_letter(col)].width = column_width(width)
        ws.print_area = [area_ref(a) for a in sheet.print_areas()]
        ws.row_breaks = RowBreak(brk=[Break(id=row) for row in sheet.breaks])
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


def column_width(chars: float) -> float:
    """The width xlsxwriter stores for ``chars`` characters (digit 7 px, padding 5 px, 1/256)."""
    pixels = int(chars * 7 + 0.5) + 5
    return int(pixels / 7 * 256) / 256


def one_per_column(ws) -> None:
    """Each run of columns a file stores as one (the builder's ``B:M`` at one width) as a width per column:
    a column set alone after it would otherwise be hidden under the run (Excel and LibreOffice take the
    run's width)."""
    for dim in list(ws.column_dimensions.values()):
        if dim.min and dim.max and dim.max > dim.min:
            first, last, width = dim.min, dim.max, dim.width
            dim.max = first
            for col in range(first + 1, last + 1):
                letter = L.column_letter(col - 1)
                if letter not in ws.column_dimensions or ws.column_dimensions[letter].width is None:
                    ws.column_dimensions[letter].width = width


def apply_look(ws, found) -> None:
    """The data-independent part of the sheet specification (``sheet_spec.SheetLook``), as the
    builder writes it: widths, frozen panes, printed title rows, page setup, protection."""
    from openpyxl.worksheet.properties import PageSetupProperties

    from ..export.sheet_style import page_openpyxl
    from ..sources.layout import cell_ref

    one_per_column(ws)
    for first, last, width in found.widths:
        for col in range(first, last + 1):
            ws.column_dimensions[L.column_letter(col)].width = column_width(width)
    ws.freeze_panes = cell_ref(*found.freeze) if found.freeze != (0, 0) else None
    if found.title_rows is not None:
        ws.print_title_rows = f"{found.title_rows[0] + 1}:{found.title_rows[1] + 1}"
    if found.title_cols is not None:
        ws.print_title_cols = f"{L.column_letter(found.title_cols[0])}:{L.column_letter(found.title_cols[1])}"
    if found.col_breaks:
        from openpyxl.worksheet.pagebreak import Break, ColBreak

        ws.col_breaks = ColBreak(brk=[Break(id=col) for col in found.col_breaks])
    if found.row_breaks:
        from openpyxl.worksheet.pagebreak import Break, RowBreak

        ws.row_breaks = RowBreak(brk=[Break(id=row) for row in found.row_breaks])
    if ws.sheet_properties.pageSetUpPr is None:
        ws.sheet_properties.pageSetUpPr = PageSetupProperties()
    page_openpyxl(ws, found.page)
    ws.row_dimensions[1].height = TITLE_ROW_HEIGHT
    if found.protect:
        ws.protection.sheet = True
        ws.protection.formatColumns = ws.protection.formatRows = False  # False: allowed
        ws.protection.objects = ws.protection.scenarios = True


def _chart(ws, spec):
    from openpyxl.chart import BarChart, PieChart, Reference
    from openpyxl.chart.label import DataLabelList

    from ..export.sheet_style import CHART

    chart = PieChart() if spec.kind == "pie" else BarChart()
    r1, c1, r2, c2 = spec.categories
    categories = Reference(ws, min_col=c1 + 1, min_row=r1 + 1, max_col=c2 + 1, max_row=r2 + 1)
    for _name, (s1, k1, s2, k2) in spec.series:
        data = Reference(ws, min_col=k1 + 1, min_row=s1, max_col=k2 + 1, max_row=s2 + 1)
        chart.add_data(data, titles_from_data=True)
    chart.set_categories(categories)
    chart.title = spec.title
    pie = spec.kind == "pie"
    chart.dataLabels = DataLabelList(showVal=True, showPercent=False, showCatName=pie, showSerName=False,
                                     showLegendKey=False, showLeaderLines=pie,
                                     numFmt=CHART.share_format if pie else None)  # a pie: its 占比 cells
    if not pie:
        chart.y_axis.title = CHART.axis_title
        chart.y_axis.numFmt = CHART.number_format
        chart.y_axis.delete = False
        chart.x_axis.delete = False
        chart.type = "col"
        chart.legend.position = CHART.legend[0]  # "t"
    chart.width, chart.height = CHART.width_cm, CHART.height_cm
    return chart


def save_atomic(wb, path: Path) -> Path:
    """Save through the one atomic writer (temporary file, rename, old file kept as ``.bak``)."""
    from ..export.files import write_atomic

    path = Path(path)
    return write_atomic(path, wb.save) or path.with_name(path.name + ".bak")


def unkept_drawings(path: Path) -> list[str]:
    """Sheets with text boxes, shapes or pictures that openpyxl would drop on saving."""
    import posixpath
    import re

    found = []
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            wbxml = z.read("xl/workbook.xml").decode("utf-8", "replace")
            rels = z.read("xl/_rels/workbook.xml.rels").decode("utf-8", "replace")
            targets = dict(re.findall(r'Id="([^"]+)"[^>]*?Target="([^"]+)"', rels))
            targets.update({k: v for v, k in re.findall(r'Target="([^"]+)"[^>]*?Id="([^"]+)"', rels)})
            for name, rid in re.findall(r'<(?:\w+:)?sheet [^>]*?name="([^"]+)"[^>]*?r:id="([^"]+)"', wbxml):
                if name in L.OUTPUT_SHEETS:
                    continue
                sheet = posixpath.normpath(posixpath.join("xl", targets.get(rid, "").lstrip("/")))
                sheet_rels = posixpath.join(posixpath.dirname(sheet), "_rels", posixpath.basename(sheet) + ".rels")
                if sheet_rels not in names:
                    continue
                text = z.read(sheet_rels).decode("utf-8", "replace")
                controls = _form_controls(z.read(sheet)) if "vmlDrawing" in text else set()
                for target in re.findall(r'Target="([^"]+drawing\d+\.xml)"', text):
                    drawing = posixpath.normpath(posixpath.join(posixpath.dirname(sheet), target))
                    if drawing in names and _shapes(z.read(drawing)) - controls:
                        found.append(name)
                        break
    except (zipfile.BadZipFile, KeyError, OSError):
        return []
    return found


def _shapes(drawing: bytes) -> set[bytes]:
    """Ids of the text boxes, shapes, pictures and groups of a DrawingML part."""
    import re

    out = set()
    for i, part in enumerate(re.split(rb"<xdr:(?:sp|pic|grpSp|cxnSp)\b", drawing)[1:]):
        found = re.search(rb"<xdr:cNvPr [^>]*?id=\"(\d+)\"", part)
        out.add(found.group(1) if found else b"?%d" % i)  # a shape without an id is no control
    return out


def _form_controls(sheet_xml: bytes) -> set[bytes]:
    """Ids of the shapes that only mirror a form control (a button) kept in the sheet's VML
    drawing, as LibreOffice saves our buttons: openpyxl keeps the VML, so nothing is lost."""
    import re

    return set(re.findall(rb"<control [^>]*?shapeId=\"(\d+)\"", sheet_xml))


@dataclass
class Recalculation:
    """A workbook file opened for 重新计算: its inputs read, its guards passed (``open_recalc``)."""

    path: Path
    wb: Any
    data: UnitData
    findings: list[Finding]
    locator: L.Locator


def open_recalc(path: str | Path) -> Recalculation:
    """Open a unit workbook to recalculate it, with every guard: an Excel file, a juesuan
    workbook; its inputs read (raises ``WorkbookError``)."""
    path = Path(path)
    if path.suffix.lower() not in (".xlsm", ".xlsx"):
        raise WorkbookError(f"{path.name} 不是 Excel 工作簿（应为 .xlsm）。")
    wb = open_workbook(path, keep_vba=path.suffix.lower() == ".xlsm", rich_text=True)
    check_juesuan(wb, path)
    data, findings, locator = read_sheets(sheets_of(wb, path), wb.sheetnames)
    return Recalculation(path, wb, data, findings, locator)


def save_recalc(job: Recalculation, report, target: str | Path | None = None) -> Path:
    """Write ``report``'s analysis sheets into the opened workbook and save it (atomically) to
    ``target`` (default: in place, refused while the file is open elsewhere); returns the backup's
    path. Refuses (``WorkbookRefused``, nothing written) where saving would lose drawings."""
    from .outputs import all_sheets

    target = job.path if target is None else Path(target)
    if target == job.path:
        _check_unlocked(job.path)
    drawn = unkept_drawings(job.path)
    if drawn:
        raise WorkbookRefused(
            f"工作表“{'”“'.join(drawn)}”上有文本框、图形或图片，juesuan recalc 保存时会丢失它们，"
            "因此未作任何修改。请在 Excel 中点“重新计算”按钮，或把其中的文字移到单元格后再运行。")
    for name in L.OUTPUT_SHEETS:  # the analysis sheets are rewritten whole: merges there would hide cells
        if name in job.wb.sheetnames:
            for rng in list(job.wb[name].merged_cells.ranges):
                job.wb[name].unmerge_cells(str(rng))
    write_outputs(job.wb, all_sheets(report, job.locator))
    _print_inputs(job)
    if target.suffix.lower() == ".xlsm":
        keep_macros_and_buttons(job.wb)
    return save_atomic(job.wb, target)


def _print_inputs(job: Recalculation) -> None:
    """The input sheets' print areas, down to the last line read."""
    from .sheet_spec import area_ref, input_print_areas

    for name, area in input_print_areas(job.locator).items():
        if name in job.wb.sheetnames:
            job.wb[name].print_area = area_ref(area)


VBA_PART = "xl/vbaProject.bin"
VBA_TYPE = "application/vnd.ms-office.vbaProject"


def keep_macros_and_buttons(wb) -> None:
    """What openpyxl would not write again: the buttons of every sheet (their VML drawings, which
    it copies only under a name ``vmlDrawing<one digit>.vml``) and the VBA project — put back
    from ``build`` where the file lost it (LibreOffice may save an .xlsm without one)."""
    import io
    import re

    old = wb.vba_archive
    if old is None:
        old = zipfile.ZipFile(io.BytesIO(), "a", zipfile.ZIP_DEFLATED)
    renamed = {}
    for i, ws in enumerate(wb.worksheets, start=1):
        vml = ws.legacy_drawing
        if vml and not re.match(r"xl/drawings/.*vmlDrawing\d\.vml$", vml):
            renamed[vml] = ws.legacy_drawing = f"xl/drawings/buttons{i}_vmlDrawing1.vml"
    parts = {renamed.get(name, name): old.read(name) for name in old.namelist()}
    if VBA_PART not in parts:
        from .build import vba_project

        parts[VBA_PART] = vba_project()
        types = parts.get("[Content_Types].xml", b'<Types xmlns="http://schemas.openxmlformats.org/'
                                                 b'package/2006/content-types"></Types>').decode()
        if f'PartName="/{VBA_PART}"' not in types:
            parts["[Content_Types].xml"] = types.replace(
                "</Types>", f'<Override PartName="/{VBA_PART}" ContentType="{VBA_TYPE}"/></Types>').encode()
        parts.setdefault("_rels/.rels", b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                                        b'relationships"></Relationships>')
        wb.code_name = "ThisWorkbook"  # the document modules of the project are these code names
        for ws in wb.worksheets:
            if ws.title in L.CODENAMES:
                ws.sheet_properties.codeName = L.CODENAMES[ws.title]
    new = zipfile.ZipFile(io.BytesIO(), "a", zipfile.ZIP_DEFLATED)
    for name, data in parts.items():
        new.writestr(name, data)
    wb.vba_archive = new


def write_disclosure(path: str | Path, disclosed) -> Path:
    """Fill the workbook's 决算公开 sheet with the nine tables (what the 生成公开 button writes), so
    WPS/LibreOffice users of ``juesuan disclose`` see them too; returns the backup's path."""
    from .outputs import disclosure_sheet

    path = Path(path)
    _check_unlocked(path)
    job = open_recalc(path)
    write_outputs(job.wb, {L.DISCLOSURE: disclosure_sheet(disclosed, job.locator)})
    _print_inputs(job)  # the 公开科目 lines just typed print too
    if path.suffix.lower() == ".xlsm":
        keep_macros_and_buttons(job.wb)
    return save_atomic(job.wb, path)


def recalc(path: str | Path) -> tuple[Any, Path]:
    """Headless 重新计算 of a workbook file in place; returns the report and the backup's path."""
    from ..report import analyze

    path = Path(path)
    if path.suffix.lower() in (".xlsm", ".xlsx"):
        _check_unlocked(path)
    job = open_recalc(path)
    report = analyze(job.data, job.findings)
    return report, save_recalc(job, report)


def _check_unlocked(path: Path) -> None:
    """Excel and LibreOffice leave a lock file beside an open workbook (or beside a link's target)."""
    from ..export.files import resolve_target

    target = resolve_target(path)
    for lock in (path.with_name("~$" + path.name), path.with_name(f".~lock.{path.name}#"),
                 target.with_name("~$" + target.name), target.with_name(f".~lock.{target.name}#")):
        if lock.exists():
            raise WorkbookError(
                f"{path.name} 正在被其他程序打开（发现锁文件 {lock.name}），请关闭后重试。原文件未改动。")


def setup_interpreter(path: str | Path, interpreter: str, notes: list[str] | None = None) -> Path:
    """Write the Python interpreter into the workbook's ``xlwings.conf`` sheet (Windows and Mac
    keys) and make the buttons' xlwings module the installed version (macOS calls the AppleScript
    of exactly that version); what was done besides goes to ``notes``."""
    from ..export.escape import set_text
    from .vba import embedded_xlwings_version, installed_xlwings_version

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
        set_text(ws.cell(r, 2), interpreter)
    if wb.vba_archive is not None:
        names = wb.vba_archive.namelist()
        embedded = embedded_xlwings_version(wb.vba_archive.read(VBA_PART)) if VBA_PART in names else None
        installed = installed_xlwings_version()
        if installed and embedded != installed:
            _replace_parts(wb, {VBA_PART})  # the project is made again from the installed xlwings
            if notes is not None:
                notes.append(f"按钮的 xlwings 模块已由 {embedded or '（无）'} 换为本机安装的 {installed}。")
    keep_macros_and_buttons(wb)
    return save_atomic(wb, path)


def _replace_parts(wb, drop: set[str]) -> None:
    import io

    old = wb.vba_archive
    new = zipfile.ZipFile(io.BytesIO(), "a", zipfile.ZIP_DEFLATED)
    for name in old.namelist():
        if name not in drop:
            new.writestr(name, old.read(name))
    wb.vba_archive = new


def install_runpython_mac() -> Path | None:
    """macOS: Excel runs Python through ``xlwings-<version>.applescript`` in its scripts folder
    (what ``xlwings runpython install`` does); the path written, or None elsewhere."""
    import shutil
    import sys

    from .vba import installed_xlwings_version, xlwings_files

    version = installed_xlwings_version()
    if sys.platform != "darwin" or version is None:
        return None
    folder = Path.home() / "Library" / "Application Scripts" / "com.microsoft.Excel"
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy(xlwings_files() / f"xlwings-{version}.applescript", folder))
