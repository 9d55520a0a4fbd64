"""The buttons' logic on an ``xw.Book``: read every input block in one call each, run the
engine, write every output sheet in one call each. The same code runs from a button (desktop
Excel through ``RunPython``), from a test (xlwings' remote engine) and from a server.
"""

from __future__ import annotations

import contextlib
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..sources import layout as L
from ..sources.blocks import read_sheets

TEXT_LEADERS = ("=", "+", "-", "@")


class NotJuesuan(Exception):
    pass


@dataclass(frozen=True)
class Outcome:
    message: str
    report: Any = None
    path: Path | None = None


def status(book, text: str | None) -> None:
    """The status bar while it runs (not every Excel host has one: ignored where missing)."""
    with contextlib.suppress(Exception):
        book.app.status_bar = text if text else False


def read(book):
    """(data, findings, locator) of the calling workbook: one range read per input sheet."""
    names = [s.name for s in book.sheets]
    marker = book.sheets[L.GUIDE].range((L.MARKER_CELL[0] + 1, L.MARKER_CELL[1] + 1)).value \
        if L.GUIDE in names else None
    if not L.is_juesuan(names, marker):
        raise NotJuesuan(f"这{L.NOT_JUESUAN}")
    grids = {}
    for sheet in L.INPUT_SHEETS:
        if sheet not in names:
            grids[sheet] = None
            continue
        rows, cols = L.sheet_extent(sheet)
        grids[sheet] = book.sheets[sheet].range((1, 1), (rows, cols)).options(ndim=2).value
    if L.PUBLIC_DATA in names:
        grids[L.PUBLIC_DATA] = book.sheets[L.PUBLIC_DATA].range(
            (1, 1), (L.PUBLIC_DATA_CELLS, 1)).options(ndim=2).value
    return read_sheets(grids, names)


def _text_safe(value: Any) -> Any:
    """A text that Excel would take for a formula is written with a leading apostrophe."""
    if isinstance(value, str) and value.startswith(TEXT_LEADERS):
        return "'" + value
    return value


def write(book, sheets: dict) -> None:
    """Every output sheet: clear, then one block of values and formulas. Where the layout changed
    (its signature differs), also the number formats by column runs and the charts, re-created
    so they show exactly the categories present."""
    from ..workbook.outputs import Cell, excel_value, highlight_changes

    names = [s.name for s in book.sheets]
    old = None
    if L.FINDINGS in names and L.FINDINGS in sheets:
        old = book.sheets[L.FINDINGS].range((L.HIGHLIGHT_CELL[0] + 1, L.HIGHLIGHT_CELL[1] + 1)).value
    unmark, mark = highlight_changes(old, sheets)
    for name, sheet in sheets.items():
        if name not in names:
            book.sheets.add(name, after=book.sheets[len(names) - 1])
            names.append(name)
        ws = book.sheets[name]
        signature = sheet.signature()
        same_layout = ws.range((L.SIGNATURE_CELL[0] + 1, L.SIGNATURE_CELL[1] + 1)).value == signature
        sheet.put(*L.SIGNATURE_CELL, Cell(signature, style="signature"))
        ws.clear_contents()
        rows, cols = sheet.extent
        if rows:
            grid = [[None] * cols for _ in range(rows)]
            for (r, c), cell in sheet.cells.items():
                grid[r][c] = cell.formula if cell.formula else _text_safe(excel_value(cell))
            ws.range((1, 1), (rows, cols)).value = grid
        if sheet.heights:
            ws.autofit("rows")  # long texts wrap: one call for the sheet
        if same_layout:
            continue  # formats kept by clear_contents; charts follow their bound ranges
        ws.clear_formats()  # the formats of the last layout (rows shifted) go; this layout's are set
        for (r1, c1, r2, c2), number_format in format_runs(sheet):
            ws.range((r1 + 1, c1 + 1), (r2 + 1, c2 + 1)).number_format = number_format
        _styles(ws, sheet)
        if name == L.CHARTS:
            for chart in list(ws.charts):
                chart.delete()
            for spec in sheet.charts:
                _chart(ws, spec)
    _highlight(book, names, unmark, mark)


def _highlight(book, names: list[str], unmark, mark) -> None:
    """Input cells an 错误 is about are filled red until the next clean recalculation (one call a cell)."""
    from ..export.sheet_style import ERROR_FILL, INPUT_FILL

    for fill, cells in ((INPUT_FILL, unmark), (ERROR_FILL, mark)):
        rgb = _rgb(fill)
        for sheet, r, c in cells:
            if sheet in names:
                book.sheets[sheet].range((r + 1, c + 1)).color = rgb


def _styles(ws, sheet) -> None:
    """Fill, bold, font colour and size, wrapping: by rectangles of cells sharing a style."""
    from ..export.sheet_style import style

    for (r1, c1, r2, c2), name in style_runs(sheet):
        spec = style(name)
        rng = ws.range((r1 + 1, c1 + 1), (r2 + 1, c2 + 1))
        if spec.fill:
            rng.color = _rgb(spec.fill)
        if spec.bold:
            rng.font.bold = True
        if spec.color:
            rng.font.color = _rgb(spec.color)
        if spec.size != 10:
            rng.font.size = spec.size
        if spec.wrap:
            rng.wrap_text = True


def _rgb(hex_color: str) -> tuple[int, int, int]:
    return (int(hex_color[0:2], 16), int(hex_color[2:4], 16), int(hex_color[4:6], 16))


def style_runs(sheet) -> list[tuple[tuple[int, int, int, int], str]]:
    """Rectangles of cells sharing a style that sets more than a number format."""
    from ..export.sheet_style import style

    def visible(name: str) -> str | None:
        s = style(name)
        return name if (s.fill or s.bold or s.color or s.size != 10 or s.wrap) else None

    return format_runs(sheet, visible)


def format_runs(sheet, key=None) -> list[tuple[tuple[int, int, int, int], str]]:
    """Rectangles of cells sharing a number format (or another ``key`` of their style name): a
    column's consecutive rows, then merged side by side when neighbouring columns have the same run."""
    from ..export.sheet_style import number_formats

    formats = number_formats()
    key = key or formats.get
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


CHART_LEFT, ROW_POINTS = 400, 15


def _chart(ws, spec) -> None:
    from ..export.sheet_style import CHART

    r1, c1, r2, _ = spec.categories
    last_col = spec.series[-1][1][3]
    # positions in points from the layout (a range's position cannot be read on every engine)
    chart = ws.charts.add(left=CHART_LEFT, top=spec.anchor[0] * ROW_POINTS, width=CHART.width_pt,
                          height=CHART.height_pt)
    chart.chart_type = "pie" if spec.kind == "pie" else "column_clustered"
    chart.set_source_data(ws.range((r1, c1 + 1), (r2 + 1, last_col + 1)))
    with contextlib.suppress(Exception):
        chart.title = spec.title


# -- the four buttons -----------------------------------------------------------------------------

def _summary(report) -> str:
    return f"错误{report.errors}项，警告{report.warnings}项，提示{report.notes}项"


def recalculate(book) -> Outcome:
    from ..report import analyze
    from ..workbook.outputs import all_sheets

    status(book, "juesuan：正在读取输入表……")
    data, findings, locator = read(book)
    status(book, "juesuan：正在计算……")
    report = analyze(data, findings)
    status(book, "juesuan：正在填写分析表、报告和图表……")
    write(book, all_sheets(report, locator))
    return Outcome(f"重新计算完成：{_summary(report)}；已更新分析表、财务指标、分析报告、审核结果和图表。", report)


def check(book) -> Outcome:
    from ..report import analyze
    from ..workbook.outputs import findings_sheet

    status(book, "juesuan：正在审核……")
    data, findings, locator = read(book)
    report = analyze(data, findings)
    write(book, {L.FINDINGS: findings_sheet(report, locator)})
    return Outcome(f"审核完成：{_summary(report)}。详见“{L.FINDINGS}”表。", report)


def export_report(book) -> Outcome:
    from ..export.document import export_report as export
    from ..report import analyze

    status(book, "juesuan：正在生成 Word 报告……")
    data, findings, _ = read(book)
    report = analyze(data, findings)
    result = export(report, next_to=book_path(book), pdf=True)
    text = f"已生成报告：{result.docx}"
    text += f"\nPDF：{result.pdf}" if result.pdf else f"\n{result.pdf_message}"
    if result.font_message:
        text += f"\n{result.font_message}"
    if report.errors:
        text += f"\n注意：审核有{report.errors}项错误，报告中的相关数字可能不完整。"
    return Outcome(text, report, result.docx)


def roll_over(book) -> Outcome:
    from ..core.rollover import next_year
    from ..export.files import free_path, output_name, write_atomic
    from ..report import analyze
    from ..workbook.build import build

    status(book, "juesuan：正在生成下年度工作簿……")
    data, findings, _ = read(book)
    errors = [f for f in findings if f.level.value == "错误"]
    if errors:
        return Outcome(f"本年数据有{len(errors)}项错误，请先改正再结转下年（详见“{L.FINDINGS}”表）。")
    nxt = next_year(data)
    here = book_path(book)
    target = free_path(here.parent / output_name(nxt.unit.name, f"{nxt.unit.year}.xlsm"))
    write_atomic(target, build(nxt, analyze(nxt)))
    return Outcome(f"已生成{nxt.unit.year}年度工作簿：{target}\n"
                   "本年决算已转入上年列，预算已清空，文字材料已保留；当前文件未改动。", path=target)


def disclose(book) -> Outcome:
    """生成公开: the nine public tables on 决算公开, and the 公开 Word/PDF and .xlsx beside the book."""
    from ..disclosure.api import disclose as make
    from ..disclosure.api import write_files
    from ..workbook.outputs import disclosure_sheet

    status(book, "juesuan：正在生成决算公开……")
    data, findings, _ = read(book)
    disclosed = make(data, findings)
    write(book, {L.DISCLOSURE: disclosure_sheet(disclosed)})
    written = write_files(disclosed, book_path(book), pdf=True, xlsx=True)
    errors, warnings = disclosed.errors, sum(1 for f in disclosed.findings if f.level.value == "警告")
    text = f"已生成决算公开：{written.docx}\n九张表（Excel）：{written.xlsx}"
    text += f"\nPDF：{written.pdf}" if written.pdf else f"\n{written.message}"
    text += f"\n九张表已填在“{L.DISCLOSURE}”表。审核：错误{errors}项，警告{warnings}项。"
    if errors:
        text += "\n注意：有错误时公开表之间或与说明不一致，请改正后重新生成（命令 juesuan disclose 列出每一项）。"
    return Outcome(text, disclosed, written.docx)


def review(book) -> Outcome:
    """审阅: proofread the report pasted on 审阅 (or the file named in B3); the findings go beside it."""
    from ..review import ReadError, review_path, review_text

    names = [s.name for s in book.sheets]
    if L.REVIEW not in names:
        return Outcome(f"工作簿中没有“{L.REVIEW}”表：请用新的模板（juesuan template）。")
    ws = book.sheets[L.REVIEW]
    status(book, "juesuan：正在审阅……")
    path_cell = ws.range((L.REVIEW_PATH_CELL[0] + 1, L.REVIEW_PATH_CELL[1] + 1)).value
    first = L.REVIEW_FIRST + 1
    if isinstance(path_cell, str) and path_cell.strip():
        path = Path(path_cell.strip().strip('"'))
        if not path.is_absolute():
            path = book_path(book).parent / path
        try:
            found = review_path(path)
        except ReadError as exc:
            return Outcome(f"无法读取要审阅的文件：{exc}")
        source = str(path)
    else:
        column = ws.range((first, L.REVIEW_TEXT_COL + 1),
                          (first + L.REVIEW_TEXT_ROWS - 1, L.REVIEW_TEXT_COL + 1)).options(ndim=2).value
        lines = [str(row[0]).strip() for row in column or [] if row and row[0] not in (None, "")]
        if not lines:
            return Outcome(f"请把报告全文粘贴到“{L.REVIEW}”表A列（第{first}行起），或在B3填写文件路径，再点“审阅”。")
        found = review_text("\n".join(lines))
        source = f"A列粘贴的{len(lines)}段"
    rows = [[f.level.value, f.code, f.message, f.quote, f.place, f.expected, f.why]
            for f in found[:L.REVIEW_OUT_ROWS]]
    width = len(L.REVIEW_COLUMNS)
    out = ws.range((first, L.REVIEW_OUT_COL + 1), (first + L.REVIEW_OUT_ROWS - 1, L.REVIEW_OUT_COL + width))
    out.clear_contents()
    if rows:
        ws.range((first, L.REVIEW_OUT_COL + 1), (first + len(rows) - 1, L.REVIEW_OUT_COL + width)).value = [
            [_text_safe(v) for v in row] for row in rows]
    errors = sum(1 for f in found if f.level.value == "错误")
    text = f"审阅完成（{source}）：发现{len(found)}处问题，其中错误{errors}处。详见“{L.REVIEW}”表右侧。"
    if not found:
        text = f"审阅完成（{source}）：没有发现数字之间的矛盾。"
    return Outcome(text, found)


def summarize(book) -> Outcome:
    """汇总 (the 汇总 workbook): every listed unit workbook (or every one in its folder) read and
    checked, never changed; 单位一览, 审核汇总 and 部门汇总 filled in place, one block each."""
    names = [s.name for s in book.sheets]
    marker = book.sheets[L.GUIDE].range((L.MARKER_CELL[0] + 1, L.MARKER_CELL[1] + 1)).value \
        if L.GUIDE in names else None
    if marker != L.SUMMARY_MARKER or L.SUMMARY_LIST not in names:
        return Outcome(f"这不是 juesuan 汇总工作簿（缺少“{L.SUMMARY_LIST}”表），未作任何修改。"
                       "请用 juesuan summary-template 生成的汇总工作簿。")
    from ..batch.run import collect
    from ..batch.summary import FINDING_COLUMNS, UNITS_COLUMNS, department_rows, frames

    ws = book.sheets[L.SUMMARY_LIST]
    name = ws.range((L.SUMMARY_NAME_CELL[0] + 1, L.SUMMARY_NAME_CELL[1] + 1)).value
    first = L.SUMMARY_LIST_FIRST + 1
    listed = ws.range((first, 1), (first + L.SUMMARY_LIST_ROWS - 1, 1)).options(ndim=2).value or []
    here = book_path(book)
    paths = []
    for row in listed:
        if row and isinstance(row[0], str) and row[0].strip():
            p = Path(row[0].strip().strip('"'))
            paths.append(p if p.is_absolute() else here.parent / p)
    if not paths:
        paths = sorted(p for p in here.parent.glob("*.xlsm") if p.resolve() != here.resolve()
                       and not p.name.startswith("~$"))
    if not paths:
        return Outcome(f"没有要汇总的单位工作簿：请在“{L.SUMMARY_LIST}”表A列（第{first}行起）填写路径，"
                       "或把单位工作簿放在本工作簿所在的文件夹。")
    status(book, f"juesuan：正在汇总{len(paths)}个单位……")
    result = collect(paths, name.strip() if isinstance(name, str) and name.strip() else None)
    units, findings = frames(result)

    def fill(sheet: str, grid: list[list[Any]]) -> None:
        target = book.sheets[sheet]
        target.clear_contents()
        width = max(len(r) for r in grid)
        rows = [[_text_safe(_plain(v)) for v in r] + [None] * (width - len(r)) for r in grid]
        target.range((1, 1), (len(rows), width)).value = rows

    fill(L.SUMMARY_UNITS, [[h for _, h, _, _ in UNITS_COLUMNS], *units.values.tolist()])
    fill(L.SUMMARY_FINDINGS, [[h for _, h, _ in FINDING_COLUMNS], *findings.values.tolist()])
    fill(L.SUMMARY_DEPARTMENT, [cells or [None] for _, cells in department_rows(result, units)])
    failed = sum(1 for r in result.rows if r["status"] not in ("完成", "已是最新"))
    levels = findings["级别"].value_counts().to_dict() if len(findings) else {}
    text = (f"汇总完成：{len(paths)}个单位，其中{failed}个无法读取或处理失败（见“{L.SUMMARY_UNITS}”）；"
            f"审核结果错误{levels.get('错误', 0)}条、警告{levels.get('警告', 0)}条、提示{levels.get('提示', 0)}条"
            f"（见“{L.SUMMARY_FINDINGS}”）。")
    if result.consolidation is None:
        text += f"\n未填部门名称：“{L.SUMMARY_DEPARTMENT}”只列简单合计，未抵销内部往来。"
    return Outcome(text, result)


def _plain(value: Any) -> Any:
    """A pandas cell as Excel takes it: NaN → blank, numpy numbers → Python numbers."""
    if value is None:
        return None
    if isinstance(value, float) and value != value:
        return None
    if hasattr(value, "item"):
        return value.item()
    return value




def book_path(book) -> Path:
    try:
        full = Path(book.fullname)
    except Exception:
        full = Path(book.name)
    return full if full.is_absolute() else Path.cwd() / full.name


ACTIONS = {"recalculate": recalculate, "check": check, "export_report": export_report, "roll_over": roll_over,
           "disclose": disclose, "review": review, "summarize": summarize}


def run(book, action: str) -> Outcome:
    """Run one button; every failure ends in a readable Chinese message and a log file."""
    from ..export.files import WriteError

    try:
        outcome = ACTIONS[action](book)
    except (NotJuesuan, WriteError) as exc:
        outcome = Outcome(str(exc))
    except Exception:
        outcome = Outcome(internal_error_message(traceback.format_exc()))
    finally:
        status(book, None)
    with contextlib.suppress(Exception):
        book.app.alert(outcome.message, title="juesuan")
    return outcome


def internal_error_message(details: str) -> str:
    from ..export.files import internal_error_message as message

    return message(details)
