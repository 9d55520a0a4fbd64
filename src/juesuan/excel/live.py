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

from ..export.escape import typed
from ..sources import layout as L
from ..sources.blocks import read_sheets
from .sheet_format import apply_sheet, apply_styles, in_points, page_setup, protect, rgb, width_points


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
    return typed(value)


def write(book, sheets: dict) -> None:
    """Every output sheet: clear, then one block of values and formulas. Where the layout changed
    (its signature differs), also the number formats by column runs and the charts, re-created
    so they show exactly the categories present."""
    from ..workbook.outputs import Cell, excel_value, highlight_changes
    from ..workbook.sheet_spec import look

    names = [s.name for s in book.sheets]
    old = None
    if L.FINDINGS in names and L.FINDINGS in sheets:
        old = book.sheets[L.FINDINGS].range((L.HIGHLIGHT_CELL[0] + 1, L.HIGHLIGHT_CELL[1] + 1)).value
    unmark, mark = highlight_changes(old, sheets)
    for name, sheet in sheets.items():
        if name not in names:  # an older workbook without this sheet: added, printing as specified
            book.sheets.add(name, after=book.sheets[len(names) - 1])
            names.append(name)
            if (found := look(name)) is not None:
                page_setup(book.sheets[name], found.page)
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
        if not same_layout:  # else formats kept by clear_contents; charts follow their bound ranges
            ws.clear_formats()  # the formats of the last layout (rows shifted) go; this layout's are set
            apply_styles(ws, sheet)
            apply_sheet(book, ws, sheet)
        merged = {r1 for r1, _, _, _ in sheet.merges}
        fitted = any(r not in merged for r in sheet.heights)
        if fitted:
            ws.autofit("rows")  # long texts wrap (once wrapping is set): one call for the sheet
        if fitted or not same_layout:  # Excel never fits a row to a merged cell: its height is set
            for row in sorted(merged & set(sheet.heights)):
                ws.range((row + 1, 1)).row_height = sheet.heights[row]
        if same_layout:
            continue
        if name == L.CHARTS:
            for chart in list(ws.charts):
                chart.delete()
            for spec in sheet.charts:
                _chart(ws, spec, sheet.widths)
    _highlight(book, names, unmark, mark)


def print_inputs(book, locator) -> None:
    """The print areas of the input sheets whose lines grow, down to the last line read."""
    from ..workbook.sheet_spec import area_ref, input_print_areas

    names = [s.name for s in book.sheets]
    growing = {b.sheet for b in L.BLOCKS if b.name in L.GROWING}
    for sheet, area in input_print_areas(locator).items():
        if sheet in growing and sheet in names:
            book.sheets[sheet].page_setup.print_area = area_ref(area)


def _highlight(book, names: list[str], unmark, mark) -> None:
    """Input cells an 错误 is about are filled red until the next clean recalculation (one call a cell)."""
    from ..export.sheet_style import ERROR_FILL, INPUT_FILL

    for fill, cells in ((INPUT_FILL, unmark), (ERROR_FILL, mark)):
        color = rgb(fill)
        for sheet, r, c in cells:
            if sheet in names:
                book.sheets[sheet].range((r + 1, c + 1)).color = color


ROW_POINTS, DEFAULT_WIDTH = 15, 8.43


def _chart(ws, spec, widths: dict[int, float]) -> None:
    from ..export.sheet_style import CHART

    r1, c1, r2, _ = spec.categories
    last_col = spec.series[-1][1][3]
    # positions in points from the layout (a range's position cannot be read on every engine)
    left = sum(width_points(widths.get(col, DEFAULT_WIDTH)) for col in range(spec.anchor[1]))  # as built: at its column
    chart = ws.charts.add(left=left, top=spec.anchor[0] * ROW_POINTS, width=CHART.width_pt,
                          height=CHART.height_pt)
    chart.chart_type = "pie" if spec.kind == "pie" else "column_clustered"
    chart.set_source_data(ws.range((r1, c1 + 1), (r2 + 1, last_col + 1)))
    with contextlib.suppress(Exception):
        chart.title = spec.title
    if spec.kind != "pie":  # the built workbook's look (export/sheet_style.CHART): 万元 axis, legend on top
        with contextlib.suppress(Exception):
            chart.value_axis.title = CHART.axis_title
            chart.value_axis.number_format = CHART.number_format
            chart.legend.position = CHART.legend
    with contextlib.suppress(Exception):  # data labels and the title font: desktop Excel only (COM)
        chart.api[1].ChartTitle.Font.Name = CHART.title_font
        chart.api[1].ChartTitle.Font.Size = CHART.title_size
        for i in range(1, chart.api[1].SeriesCollection().Count + 1):
            series = chart.api[1].SeriesCollection(i)
            series.HasDataLabels = True
            if spec.kind == "pie":  # the 占比 cells the series is, not Excel's own whole percents
                labels = series.DataLabels()
                labels.ShowPercentage, labels.ShowValue, labels.ShowCategoryName = False, True, True
                labels.NumberFormat = CHART.share_format


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
    print_inputs(book, locator)
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
    totals = None
    if data.disclosure is not None:
        from ..disclosure.api import disclose as make
        from ..disclosure.api import year_totals

        totals = year_totals(make(data))
    nxt = next_year(data, totals)
    here = book_path(book)
    target = free_path(here.parent / output_name(nxt.unit.name, f"{nxt.unit.year}.xlsm"))
    write_atomic(target, build(nxt, analyze(nxt)))
    public = ("公开科目、公开经济分类和公开说明中本年的采购、车辆、绩效等数字已清空，待填下年数字；"
              if data.disclosure is not None else "")
    return Outcome(f"已生成{nxt.unit.year}年度工作簿：{target}\n"
                   f"本年决算已转入上年列，预算已清空，文字材料已保留；{public}当前文件未改动。", path=target)


def disclose(book) -> Outcome:
    """生成公开: the nine public tables on 决算公开, and the 公开 Word/PDF and .xlsx beside the book."""
    from ..disclosure.api import disclose as make
    from ..disclosure.api import write_files
    from ..workbook.outputs import disclosure_sheet

    status(book, "juesuan：正在生成决算公开……")
    data, findings, locator = read(book)
    disclosed = make(data, findings)
    write(book, {L.DISCLOSURE: disclosure_sheet(disclosed, locator)})
    print_inputs(book, locator)  # the 公开科目 lines just typed print too
    written = write_files(disclosed, book_path(book), pdf=True, xlsx=True)
    errors, warnings = disclosed.errors, sum(1 for f in disclosed.findings if f.level.value == "警告")
    text = f"已生成决算公开：{written.docx}\n九张表（Excel）：{written.xlsx}"
    text += f"\nPDF：{written.pdf}" if written.pdf else f"\n{written.message}"
    text += f"\n九张表已填在“{L.DISCLOSURE}”表。审核：错误{errors}项，警告{warnings}项。"
    if errors:
        text += (f"\n注意：有错误时公开表之间或与说明不一致，请改正后重新生成（每一项列在“{L.DISCLOSURE}”表"
                 "的九张表下方）。")
    return Outcome(text, disclosed, written.docx)


def review(book) -> Outcome:
    """审阅: proofread the report pasted on 审阅 (or the file named in B3). The findings about a
    pasted paragraph go beside it, on its sheet row (several joined in one cell); a file's
    findings are listed from the first row."""
    from ..review import ReadError, read_text, review_path, run

    names = [s.name for s in book.sheets]
    if L.REVIEW not in names:
        return Outcome(f"工作簿中没有“{L.REVIEW}”表：请用新的模板（juesuan template）。")
    ws = book.sheets[L.REVIEW]
    status(book, "juesuan：正在审阅……")
    path_cell = ws.range((L.REVIEW_PATH_CELL[0] + 1, L.REVIEW_PATH_CELL[1] + 1)).value
    first = L.REVIEW_FIRST + 1
    rows: dict[int, list] = {}  # sheet row (0-based offset from the first) → findings
    lines: list[str] = []
    if isinstance(path_cell, str) and path_cell.strip():
        path = Path(path_cell.strip().strip('"'))
        if not path.is_absolute():
            path = book_path(book).parent / path
        try:
            found = review_path(path)
        except ReadError as exc:
            return Outcome(f"无法读取要审阅的文件：{exc}")
        source = str(path)
        rows = {i: [f] for i, f in enumerate(found[:L.REVIEW_OUT_ROWS])}
    else:
        column = ws.range((first, L.REVIEW_TEXT_COL + 1),
                          (first + L.REVIEW_TEXT_ROWS - 1, L.REVIEW_TEXT_COL + 1)).options(ndim=2).value
        lines = [str(row[0]).strip() if row and row[0] not in (None, "") else "" for row in column or []]
        if not any(lines):
            return Outcome(f"请把报告全文粘贴到“{L.REVIEW}”表A列（第{first}行起），或在B3填写文件路径，再点“审阅”。")
        blocks = read_text("\n".join(lines))  # line i of the text is sheet row first + i
        found = run(blocks)
        for f in found:
            rows.setdefault(_line_of(blocks, f), []).append(f)
        source = f"A列粘贴的{sum(1 for x in lines if x)}段"
    pasted = not (isinstance(path_cell, str) and path_cell.strip())
    if pasted:  # text pasted from Word keeps Word's look: wrapped, so a paragraph shows whole beside its results
        used = max(i for i, x in enumerate(lines) if x) + 1
        ws.range((first, L.REVIEW_TEXT_COL + 1), (first + used - 1, L.REVIEW_TEXT_COL + 1)).wrap_text = True
    _write_review(ws, rows, pasted)
    last = max([*rows, *(i for i, x in enumerate(lines) if x)] if pasted else [*rows, 0])
    ws.page_setup.print_area = L.range_ref(0, 0, L.REVIEW_FIRST + last,
                                           L.REVIEW_OUT_COL + len(L.REVIEW_COLUMNS) - 1, absolute=True)
    errors = sum(1 for f in found if f.level.value == "错误")
    text = (f"审阅完成（{source}）：发现{len(found)}处问题，其中错误{errors}处。"
            f"结果写在“{L.REVIEW}”表右侧，与所说的段落同行。")
    if not found:
        text = f"审阅完成（{source}）：没有发现数字之间的矛盾。"
    return Outcome(text, found)


def _line_of(blocks, finding) -> int:
    """The pasted line a finding is about: the paragraph its quote comes from (its own block
    first), else its block's first line."""
    import re

    head = finding.quote.split("\n")[0][:16]
    own = [blocks[finding.block]] if 0 <= finding.block < len(blocks) else []
    for block in (*own, *blocks):
        if head and head in block.text:
            found = re.match(r"第(\d+)行", block.place)
            if found:
                return int(found.group(1)) - 1
    for place in ([own[0].place] if own else []) + [finding.place]:
        found = re.match(r"第(\d+)行", place)
        if found:
            return int(found.group(1)) - 1
    return 0


def _write_review(ws, rows: dict[int, list], pasted: bool) -> None:
    """One block: C–I beside each row, several findings of a row joined line by line; 位置 the
    sheet row of the paragraph, a link to it."""
    first = L.REVIEW_FIRST + 1
    width = len(L.REVIEW_COLUMNS)
    ws.range((first, L.REVIEW_OUT_COL + 1), (first + L.REVIEW_OUT_ROWS - 1, L.REVIEW_OUT_COL + width)).clear_contents()
    if not rows:
        ws.autofit("rows")  # the pasted paragraphs, wrapped
        return
    grid: list[list] = [[None] * width for _ in range(max(rows) + 1)]
    for i, found in rows.items():
        row = first + i
        where = f"A{row}"
        cells = [[f.level.value, f.code, f.message, f.quote, f"第{row}行" if pasted else f.place, f.expected, f.why]
                 for f in found]
        grid[i] = ["\n".join(str(c[j]) for c in cells if c[j]) or None for j in range(width)]
        if pasted:
            grid[i][4] = f'=HYPERLINK("#\'{L.REVIEW}\'!{where}","第{row}行")'
    ws.range((first, L.REVIEW_OUT_COL + 1), (first + len(grid) - 1, L.REVIEW_OUT_COL + width)).value = [
        [v if isinstance(v, str) and v.startswith("=HYPERLINK") else _text_safe(v) for v in row] for row in grid]
    ws.autofit("rows")


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
    from ..batch.summary import frames
    from .summary_sheets import summary_sheets

    ws = book.sheets[L.SUMMARY_LIST]
    name = ws.range((L.SUMMARY_NAME_CELL[0] + 1, L.SUMMARY_NAME_CELL[1] + 1)).value
    first = L.SUMMARY_LIST_FIRST + 1
    listed = ws.range((first, 1), (first + L.SUMMARY_LIST_ROWS, 1)).options(ndim=2).value or []
    if len(listed) > L.SUMMARY_LIST_ROWS and any(_filled(r) for r in listed[L.SUMMARY_LIST_ROWS:]):
        return Outcome(f"“{L.SUMMARY_LIST}”表最多列{L.SUMMARY_LIST_ROWS:,}个单位（第{first}–"
                       f"{first + L.SUMMARY_LIST_ROWS - 1}行），第{first + L.SUMMARY_LIST_ROWS}行起还有，未作任何修改。"
                       "请分成几个汇总工作簿，或用命令 juesuan batch（单位数不限）。")
    here = book_path(book)
    paths = []
    for row in listed:
        if _filled(row):
            p = Path(row[0].strip().strip('"'))
            paths.append(p if p.is_absolute() else here.parent / p)
    paths, twice = _once(paths)
    if not paths:
        paths = sorted(p for p in here.parent.glob("*.xlsm") if p.resolve() != here.resolve()
                       and not p.name.startswith("~$"))
    if not paths:
        return Outcome(f"没有要汇总的单位工作簿：请在“{L.SUMMARY_LIST}”表A列（第{first}行起）填写路径，"
                       "或把单位工作簿放在本工作簿所在的文件夹。")
    status(book, f"juesuan：正在汇总{len(paths)}个单位……")
    result = collect(paths, name.strip() if isinstance(name, str) and name.strip() else None)
    units, findings = frames(result)

    write(book, summary_sheets(result, units, findings))
    failed = sum(1 for r in result.rows if r["status"] not in ("完成", "已是最新"))
    levels = findings["级别"].value_counts().to_dict() if len(findings) else {}
    text = (f"汇总完成：{len(paths)}个单位，其中{failed}个无法读取或处理失败（见“{L.SUMMARY_UNITS}”）；"
            f"审核结果错误{levels.get('错误', 0)}条、警告{levels.get('警告', 0)}条、提示{levels.get('提示', 0)}条"
            f"（见“{L.SUMMARY_FINDINGS}”）。")
    if twice:
        text += f"\n“{L.SUMMARY_LIST}”中有{twice}行与前面列出的是同一个工作簿，已只算一次。"
    if result.consolidation is None:
        text += f"\n未填部门名称：“{L.SUMMARY_DEPARTMENT}”只列简单合计，未抵销内部往来。"
    return Outcome(text, result)


def _once(paths: list[Path]) -> tuple[list[Path], int]:
    """Each workbook once (listed by name and by full path, or through a link, it is one unit) and
    how many repeats were dropped."""
    seen: set[Path] = set()
    out = []
    for p in paths:
        real = p.resolve()
        if real not in seen:
            seen.add(real)
            out.append(p)
    return out, len(paths) - len(out)


def _filled(row) -> bool:
    return bool(row) and isinstance(row[0], str) and bool(row[0].strip())


def book_path(book) -> Path:
    """Where the workbook is saved, so that what a button writes goes beside it; never the Python
    folder: an unsaved workbook, or one open from OneDrive/SharePoint as a web address that
    xlwings cannot map to a local folder, is refused with what to do. (The remote engines, which
    have no folder, write to the working folder.)"""
    from ..export.files import WriteError

    try:
        full = str(book.fullname)
    except Exception:
        full = str(book.name)
    if "://" in full:
        raise WriteError(f"工作簿是从网址打开的（{full}），生成的文件无处存放。请把工作簿另存到本机文件夹"
                         "（或 OneDrive 同步到本机的文件夹）后再点按钮。")
    path = Path(full)
    if path.is_absolute():
        return path
    if not in_points(book):  # desktop Excel: a workbook never saved
        raise WriteError("工作簿还没有保存：请先保存到本机文件夹，生成的文件写在工作簿旁。")
    return Path.cwd() / path.name  # the remote engines (a server, the tests): their working folder


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
        protect(book)
    with contextlib.suppress(Exception):
        book.app.alert(outcome.message, title="juesuan")
    return outcome


def internal_error_message(details: str) -> str:
    from ..export.files import internal_error_message as message

    return message(details)
