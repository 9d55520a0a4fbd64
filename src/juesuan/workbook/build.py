"""Build the workbook (.xlsm) with xlsxwriter: input sheets, analysis sheets, native charts,
buttons and the VBA project. Reproducible: fixed document properties and creation date."""

from __future__ import annotations

import copy
import datetime as dt
import io
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import xlsxwriter

from ..core import catalog as c
from ..core.model import UnitData
from ..export.escape import xlsx_workbook
from ..export.sheet_style import CHART, INPUT_STYLES, LANDSCAPE, PORTRAIT, STYLES, page_xlsxwriter, xlsxwriter_formats
from ..report import Report
from ..sources import layout as L
from .input_sheets import AMOUNT_RULE, INPUT_SHEETS
from .outputs import LINE_POINTS, Cell, SheetOut, all_sheets, excel_value, text_height
from .sheet_spec import (
    BUTTON_GAP,
    BUTTON_HEIGHT,
    BUTTON_WIDTH,
    HEAD_ROW_HEIGHT,
    TITLE_ROW_HEIGHT,
    TOOL_LOOKS,
    SheetLook,
    areas_ref,
    input_print_areas,
    look,
)

MACROS_DIR = Path(__file__).resolve().parent.parent / "macros"  # a link to the repository's macros/
FIXED_DATE = dt.datetime(2026, 1, 1)
GUIDE_LINES = (
    "juesuan 部门决算分析报告工作簿",
    "1. 在“单位信息”至“文字材料”各输入表的浅黄色单元格填写本年数据（金额以元为单位，保留两位小数）。",
    "2. 点击“重新计算”：程序读入数据、审核，并填写分析表、财务指标、分析报告和图表。",
    "3. 查看“审核结果”：每条问题都指明单元格，点击位置即可跳转。改正或补充原因后再次点击“重新计算”。",
    "4. 点击“导出报告”：在工作簿旁生成 Word（和 PDF）报告。",
    "5. 次年点击“结转下年”：另存一份下年度工作簿，本年决算转入上年列，预算清空，文字保留。",
    "6. 点击“生成公开”：九张公开表填在“决算公开”表，并在工作簿旁生成决算公开的 Word（和 PDF）与 Excel。"
    "有事业收入、其他收入或多种资金的单位，先在“公开科目”表按项级科目填写分列的数字（“公开经济分类”表填公开06）；"
    "情况说明七至十一和名词解释所需的数字和文字（绩效、政府采购、车辆等）填在“公开说明”表；"
    "有下属单位的部门在该表最上面逐行填写部门决算单位构成（含本级）。",
    "7. 审阅别人写的报告：在“审阅”表A列粘贴全文（或在B3填文件路径），点该表的“审阅”按钮。",
    "原因说明与文字材料由您填写，重新计算不会改动任何输入表。"
    "不用 Excel 的单位（WPS、LibreOffice）可在命令行运行 juesuan recalc。",
    "按钮需要 Python 和 juesuan：见 README 的安装步骤，并运行 juesuan setup 写入 Python 路径"
    "（或在隐藏的“xlwings.conf”表中填写：右键工作表标签→取消隐藏）。",
)


def macros_dir() -> Path:
    """The VBA sources: the repository's ``macros/`` (installed as package data)."""
    return MACROS_DIR


class _Formats:
    """The workbook's formats, one per style of ``sheet_style.STYLES`` (input styles unlocked)."""

    def __init__(self, wb: xlsxwriter.Workbook):
        self.styles = xlsxwriter_formats(wb, STYLES, unlocked=INPUT_STYLES)
        s = self.styles
        self.title, self.note, self.header, self.label = s["title"], s["note"], s["header"], s["label"]
        self.input_money, self.input_text, self.input_int = s["input_money"], s["input_text"], s["input_int"]


def _write_input(ws, fmt: _Formats, block: L.Block, rows: list[list[Any]], kinds: dict[str, str],
                 row_kinds: tuple[str, ...] = ()) -> None:
    by_kind = {"money": fmt.input_money, "text": fmt.input_text, "int": fmt.input_int, "score": fmt.input_money}
    styles = [by_kind[kinds.get(column, "money")] for column in block.columns]
    for r in range(block.rows):
        if row_kinds:  # a block of keys, one a row (公开说明): each row its own kind
            styles = [by_kind[row_kinds[r]]] * len(block.columns)
        for j, style in enumerate(styles):
            value = rows[r][j] if r < len(rows) else None
            row, col = block.row + r, block.col + j
            if value is None:
                ws.write_blank(row, col, None, style)
            elif isinstance(value, str):
                ws.write_string(row, col, value, style)  # never a formula, whatever it starts with
            elif isinstance(value, bool):
                ws.write_boolean(row, col, value, style)
            else:
                ws.write_number(row, col, float(value) if isinstance(value, Decimal) else value, style)


def _print_setup(ws, landscape: bool = False) -> None:
    page_xlsxwriter(ws, LANDSCAPE if landscape else PORTRAIT)


def input_rows(data: UnitData | None) -> tuple[dict[str, list[list[Any]]], L.Locator]:
    """The values of every input block for ``data`` (all blank for the template)."""
    blocks: dict[str, list[list[Any]]] = {b.name: [[None] * len(b.columns) for _ in range(b.rows)] for b in L.BLOCKS}
    rows: dict[str, dict[int, int]] = {}
    reasons_at: dict[tuple[str, str], int] = {}
    if data is None:
        return blocks, L.Locator()
    values = {
        "unit.name": data.unit.name, "unit.year": data.unit.year, "unit.kind": data.unit.kind,
        "unit.edition": data.unit.edition, "unit.code": data.unit.code, "unit.parent": data.unit.parent,
        "settings.report_unit": data.settings.report_unit,
        "settings.threshold_pct": data.settings.threshold_pct,
        "settings.threshold_amount": data.settings.threshold_amount,
        **{f"people.{k}": v for k, v in data.people.items()},
    }
    for i, (path, _, _) in enumerate(L.UNIT_FIELDS):
        blocks["in_unit"][i][0] = values.get(path)
    for table, block, items in (("income", L.INCOME_BLOCK, c.INCOME_ITEMS),
                                ("spending", L.SPENDING_BLOCK, c.SPENDING_ITEMS),
                                ("controlled", L.CONTROLLED_BLOCK, c.CONTROLLED_ITEMS),
                                ("balances", L.BALANCES_BLOCK, c.BALANCE_ITEMS)):
        for line in getattr(data, table):
            r = items.index(line.key)
            rows.setdefault(table, {})[line.index] = r
            blocks[block.name][r] = [line.get(col) for col in block.columns]
    for table, block in (("functions", L.FUNCTIONS_BLOCK), ("economics", L.ECONOMICS_BLOCK),
                         ("assets", L.ASSETS_BLOCK)):
        lines = getattr(data, table)
        if len(lines) > block.rows:
            raise ValueError(f"{table}: {len(lines)} lines, the workbook has room for {block.rows}")
        for r, line in enumerate(lines):
            rows.setdefault(table, {})[line.index] = r
            head = [line.key, line.name] if table != "assets" else [line.key]
            blocks[block.name][r] = head + [line.get(col) for col in block.columns[len(head):]]
    disclosure = data.disclosure
    for key, block in L.PUBLIC_TABLES:  # typed on their sheets (the hidden 公开数据 keeps the rest)
        public_lines = getattr(disclosure, key) if disclosure is not None else ()
        if len(public_lines) > block.rows:
            raise ValueError(f"disclosure.{key}: {len(public_lines)} lines, the workbook has room for {block.rows}")
        for r, x in enumerate(public_lines):
            rows.setdefault(f"disclosure.{key}", {})[x.index] = r
            blocks[block.name][r] = _public_row(x, block)
    units = disclosure.units if disclosure is not None else ()
    if len(units) > L.PUBLIC_UNITS_BLOCK.rows:
        raise ValueError(f"disclosure.units: {len(units)} units, the workbook has room for {L.PUBLIC_UNITS_BLOCK.rows}")
    for r, unit in enumerate(units):  # 部门决算单位构成, numbered as the 公开 prints them
        rows.setdefault("disclosure.units", {})[r] = r
        blocks[L.PUBLIC_UNITS_BLOCK.name][r] = [r + 1, unit.name, unit.note or None]
    terms = _public_fields(disclosure, blocks)
    for r, key in enumerate(c.QUANTITY_KEYS):
        for j, column in enumerate(L.QUANTITY_BLOCK.columns):
            blocks["in_quantities"][r][j] = data.quantity(key, column)
    r = 0
    for comparison, lines in data.reasons.items():
        for line, text in lines.items():
            reasons_at[(comparison, line)] = r
            blocks["in_reasons"][r] = [c.REASON_COMPARISONS.get(comparison, comparison),
                                       L.TOTAL_LABEL if line == c.TOTAL else line, text]
            r += 1
    for i, key in enumerate(c.TEXT_KEYS):
        blocks["in_text"][i][0] = data.text.get(key)
    return blocks, L.Locator(rows, reasons_at, terms)


def _public_fields(disclosure, blocks: dict[str, list[list[Any]]]) -> dict[str, int]:
    """公开说明: each [disclosure] key on its row; a 名词解释 beyond the template's a row of its own
    (term → that row)."""
    if disclosure is None:
        return {}
    for (table, key), (block, r, _) in L.PUBLIC_FIELDS.items():
        blocks[block.name][r][0] = getattr(disclosure, table).get(key)
    extra = [(term, text) for term, text in disclosure.glossary.items() if ("glossary", term) not in L.PUBLIC_FIELDS]
    if len(extra) > L.PUBLIC_TERMS_BLOCK.rows:
        raise ValueError(f"disclosure.glossary: {len(extra)} terms, the workbook has room for "
                         f"{L.PUBLIC_TERMS_BLOCK.rows}")
    for r, (term, text) in enumerate(extra):
        blocks[L.PUBLIC_TERMS_BLOCK.name][r] = [term, text]
    return {term: r for r, (term, _) in enumerate(extra)}


def _public_row(line, block: L.Block) -> list[Any]:
    """A [disclosure] line (``FunctionLine`` or ``EconomicLine``) as its sheet row."""
    values = {"code": line.code, "name": line.name or None, **getattr(line, "values", {}),
              "purpose": getattr(line, "purpose", "") or None, "final": getattr(line, "final", None)}
    return [values.get(col) for col in block.columns]


LOSSY = ("E-TEXT-TOO-LONG", "E-TOO-PRECISE", "E-NAME-TOO-LONG")  # the workbook could not hold what was typed


def overflow(data: UnitData, findings=()) -> list:
    """Why ``data`` cannot become a workbook without loss: lines beyond a block's rows (a finding
    naming the limit) and the parser's findings of values a cell cannot hold. Empty: it fits."""
    from ..core.findings import Finding, Level

    out = [f for f in findings if f.code in LOSSY]
    sizes = {"functions": (L.FUNCTIONS_BLOCK, "功能分类"), "economics": (L.ECONOMICS_BLOCK, "经济分类"),
             "assets": (L.ASSETS_BLOCK, "资产负债")}
    for table, (block, label) in sizes.items():
        n = len(getattr(data, table))
        if n > block.rows:
            out.append(Finding(Level.ERROR, "E-TOO-MANY-LINES",
                               f"{label}有{n}行，工作簿的“{block.sheet}”表最多{block.rows}行。请合并或删减后再生成工作簿。",
                               (table,)))
    disclosure = data.disclosure
    for key, block in L.PUBLIC_TABLES:
        n = len(getattr(disclosure, key)) if disclosure is not None else 0
        if n > block.rows:
            out.append(Finding(Level.ERROR, "E-TOO-MANY-LINES",
                               f"决算公开的[[disclosure.{key}]]有{n}行，工作簿的“{block.sheet}”表最多{block.rows}行。"
                               "请合并或删减后再生成工作簿。", ("disclosure", key)))
    units = len(disclosure.units) if disclosure is not None else 0
    if units > L.PUBLIC_UNITS_BLOCK.rows:
        out.append(Finding(Level.ERROR, "E-TOO-MANY-LINES",
                           f"部门决算单位构成有{units}个单位，工作簿的“{L.PUBLIC_NOTES}”表最多{L.PUBLIC_UNITS_BLOCK.rows}个。"
                           "请删减后再生成工作簿。", ("disclosure", "units")))
    terms = disclosure.glossary if disclosure is not None else {}
    extra = [t for t in terms if ("glossary", t) not in L.PUBLIC_FIELDS]
    if len(extra) > L.PUBLIC_TERMS_BLOCK.rows:
        out.append(Finding(Level.ERROR, "E-TOO-MANY-LINES",
                           f"名词解释中模板以外的名词有{len(extra)}个，工作簿的“{L.PUBLIC_NOTES}”表最多"
                           f"{L.PUBLIC_TERMS_BLOCK.rows}个。请合并或删减后再生成工作簿。", ("disclosure", "glossary")))
    reasons = sum(len(v) for v in data.reasons.values())
    if reasons > L.REASONS_BLOCK.rows:
        out.append(Finding(Level.ERROR, "E-TOO-MANY-LINES",
                           f"原因说明有{reasons}条，工作簿的“{L.REASONS}”表最多{L.REASONS_BLOCK.rows}行。请合并后再生成工作簿。",
                           ("reasons",)))
    return out


@cache
def vba_project() -> bytes:
    """The workbook's vbaProject.bin: our macros and the installed xlwings' module, made once
    per process (a batch builds many workbooks from the same project)."""
    from .vba import macro_modules, workbook_project

    project, _ = workbook_project([L.CODENAMES[n] for n in L.SHEETS], macro_modules(macros_dir()))
    return project


def build(data: UnitData | None, report: Report | None, vba_project_bin: bytes | None = None) -> bytes:
    """The .xlsm bytes: the template when ``data`` is None, else filled and analysed.

    ``vba_project_bin`` is the VBA project to embed (default: ``vba_project()``)."""
    blocks, locator = input_rows(data)
    out = io.BytesIO()
    wb = xlsx_workbook(out)
    wb.set_properties({"title": "部门决算分析报告工作簿", "author": "juesuan", "company": "",
                       "created": FIXED_DATE, "comments": L.MARKER})
    wb.set_size(1600, 1000)
    fmt = _Formats(wb)
    sheets = {name: wb.add_worksheet(name) for name in L.SHEETS}
    for ws in sheets.values():
        _formulas_kept(ws)
    wb.add_vba_project(io.BytesIO(vba_project_bin or vba_project()), is_stream=True)
    wb.set_vba_name("ThisWorkbook")
    for name, ws in sheets.items():
        ws.set_vba_name(L.CODENAMES[name])

    _guide(sheets[L.GUIDE], fmt)
    _inputs(wb, sheets, fmt, blocks)
    if report is not None:
        outs = all_sheets(report, locator)
    else:
        outs = {name: SheetOut(name) for name in L.OUTPUT_SHEETS}
        outs[L.ANALYSIS].put(0, 0, Cell("请填写输入表后点击“重新计算”。", style="note"))
    for name, sheet in outs.items():
        write_output(wb, sheets[name], sheet, fmt)
    _disclosure_sheet(sheets[L.DISCLOSURE], fmt)
    for name, area in input_print_areas(locator).items():
        sheets[name].print_area(*area)
    wrapped = {c: fmt.styles["body"] for c in (L.REVIEW_TEXT_COL, *range(L.REVIEW_OUT_COL,
                                                                      L.REVIEW_OUT_COL + len(L.REVIEW_COLUMNS)))}
    wrapped[L.REVIEW_OUT_COL + L.REVIEW_COLUMNS.index("位置")] = fmt.styles["link_wrap"]  # links to the paragraph
    for name in L.SHEETS:
        found = look(name)
        if found is not None:
            apply_look(sheets[name], found, wrapped if name == L.REVIEW else None)
    _public_data_sheet(sheets[L.PUBLIC_DATA], data)
    _review_sheet(sheets[L.REVIEW], fmt)
    conf = sheets[L.CONF]
    for r, (key, value) in enumerate(L.CONF_ROWS):
        conf.write_string(r, 0, key)
        conf.write_string(r, 1, value)
    conf.set_column(0, 0, 18)
    conf.set_column(1, 1, 60)
    conf.hide()  # read by the buttons, never printed (right-click a sheet tab → 取消隐藏 to see it)
    wb.close()
    return out.getvalue()


_FORMULAS: dict[tuple[str, bool, bool], str] = {}
FORMULAS_KEPT = 50_000


def _formulas_kept(ws) -> None:
    """``ws`` prepares each formula once per process: xlsxwriter runs some 30 regular expressions
    over every formula (the _xlfn. prefixes of newer functions), and every unit's workbook has
    the same few hundred formulas. The preparation is a function of the formula and two flags,
    which key the memo."""
    prepare = ws._prepare_formula

    def prepared(formula: str, expand_future_functions: bool = False) -> str:
        key = (formula, expand_future_functions, ws.use_future_functions)
        found = _FORMULAS.get(key)
        if found is None:
            if len(_FORMULAS) >= FORMULAS_KEPT:
                _FORMULAS.clear()
            found = _FORMULAS[key] = prepare(formula, expand_future_functions)
        return found

    ws._prepare_formula = prepared


GUIDE_WIDTH = 80  # characters: the column fits an A4 portrait page, so nothing is cut off


def _guide(ws, fmt: _Formats) -> None:
    ws.write_string(0, 0, GUIDE_LINES[0], fmt.title)
    for i, line in enumerate(GUIDE_LINES[1:], start=2):  # wrapped, so the page prints whole
        ws.write_string(i, 0, line, fmt.styles["body"])
        ws.set_row(i, text_height(line, GUIDE_WIDTH))
    ws.write_string(*L.MARKER_CELL, L.MARKER, fmt.styles["signature"])
    ws.hide_gridlines(2)
    ws.print_area(0, 0, len(GUIDE_LINES) + 1, 0)
    ws.activate()


def _inputs(wb, sheets, fmt: _Formats, blocks) -> None:
    """The input sheets as ``input_sheets`` describes them, filled with ``blocks``."""
    for spec in INPUT_SHEETS:
        ws = sheets[spec.name]
        ws.write_string(0, 0, spec.title, fmt.title)
        ws.write_string(1, 0, spec.note, fmt.note)
        for b in spec.blocks:
            block = b.block
            if b.corner is not None:
                ws.write_string(block.row - 1, block.col - 1, b.corner, fmt.header)
            for r in range(block.row - block.heads, block.row) if block.heads > 1 else ():
                ws.set_row(r, HEAD_ROW_HEIGHT)  # grouped headers wrap: merged cells are never fitted
            for r1, c1, r2, c2, label in b.header_cells():
                if (r1, c1) == (r2, c2):
                    ws.write_string(r1, c1, label, fmt.header)
                else:
                    ws.merge_range(r1, c1, r2, c2, label, fmt.header)
            heights: dict[int, float] = {}
            label_width = next((w for first, last, w in spec.widths if first <= block.col - 1 <= last), 8.43)
            for r, label in enumerate(L.ROW_LABELS.get(block.name, ())):  # long labels wrapped (公开说明)
                ws.write_string(block.row + r, block.col - 1, label, fmt.styles["wrap"] if b.wrap else fmt.label)
                heights[r] = text_height(label, label_width) if b.wrap else LINE_POINTS
            width = next((w for first, last, w in spec.widths if first <= block.last_col + 1 <= last), 8.43)
            for r, note in enumerate(b.notes):  # wrapped within the page, its row as tall as its lines
                ws.write_string(block.row + r, block.last_col + 1, note, fmt.styles["note_wrap"])
                heights[r] = max(heights.get(r, LINE_POINTS), text_height(note, width))
            for r, height in heights.items():
                if height > LINE_POINTS:
                    ws.set_row(block.row + r, height)
            _write_input(ws, fmt, block, blocks[block.name], b.kinds, b.row_kinds)
        for b in spec.blocks:
            for column in b.amounts:
                j = b.block.col + b.block.columns.index(column)
                ws.data_validation(b.block.row, j, b.block.last_row, j, copy.deepcopy(AMOUNT_RULE))
        for v in spec.validations:
            ws.data_validation(*v.area(), copy.deepcopy(v.rule))
        for b in spec.blocks:
            wb.define_name(b.block.name, f"={b.block.ref()}")


def write_output(wb, ws, sheet: SheetOut, fmt: _Formats) -> None:
    merged = {(r1, c1): (r2, c2) for r1, c1, r2, c2 in sheet.merges}
    for (r, col), cell in sorted(sheet.cells.items()):
        style = fmt.styles.get(cell.style, fmt.styles["text"])
        value = excel_value(cell)
        if (r, col) in merged:
            ws.merge_range(r, col, *merged[(r, col)], "" if value is None else value, style)
        elif cell.formula:
            ws.write_formula(r, col, cell.formula, style, "" if value is None else value)
        elif value is None:
            ws.write_blank(r, col, None, style)
        elif isinstance(value, str):
            ws.write_string(r, col, value, style)
        else:
            ws.write_number(r, col, value, style)
    for col, width in sheet.widths.items():
        ws.set_column(col, col, width)
    if sheet.breaks:
        ws.set_h_pagebreaks(sheet.breaks)
    for row, height in sheet.heights.items():
        ws.set_row(row, height)
    for spec in sheet.charts:
        chart = wb.add_chart({"type": spec.kind})
        for name, (r1, c1, r2, c2) in spec.series:
            series: dict[str, Any] = {"name": name, "categories": [sheet.name, *spec.categories],
                      "values": [sheet.name, r1, c1, r2, c2]}
            if spec.kind == "pie":
                # the labels are the 占比 cells the series is (the text's shares, two decimals), never
                # the application's own whole percents, which can differ from them by the 尾差
                series["data_labels"] = {"value": True, "category": True, "leader_lines": True,
                                         "num_format": CHART.share_format}
            else:
                series["data_labels"] = {"value": True, "num_format": "0.00"}
            chart.add_series(series)
        chart.set_title({"name": spec.title, "name_font": {"name": CHART.title_font, "size": CHART.title_size}})
        if spec.kind != "pie":
            chart.set_y_axis({"name": CHART.axis_title, "num_format": CHART.number_format,
                              "major_gridlines": {"visible": False}})
            chart.set_legend({"position": CHART.legend})
        chart.set_size({"width": CHART.width_px, "height": CHART.height_px})
        ws.insert_chart(*spec.anchor, chart)
    areas = sheet.print_areas()
    ws.print_area(*areas[0])
    if len(areas) > 1:  # xlsxwriter sets one range: the defined name it writes, given them all
        from xlsxwriter.utility import quote_sheetname

        sheet_name = quote_sheetname(sheet.name)
        ws.print_area_range = ",".join(f"{sheet_name}!{ref}" for ref in areas_ref(areas).split(","))


def _disclosure_sheet(ws, fmt: _Formats) -> None:
    ws.write_string(0, 0, TOOL_LOOKS[L.DISCLOSURE].title, fmt.title)
    ws.write_string(1, 0, "点击“生成公开”：由输入表生成公开01–09表（万元）填在本表，"
                    "并在工作簿旁生成决算公开 Word/PDF 和 Excel（命令 juesuan disclose 也填本表）。", fmt.note)
    ws.print_area(0, 0, 1, 12)


def _public_data_sheet(ws, data: UnitData | None) -> None:
    """The data file's [disclosure] table but the parts typed on the input sheets (hidden: edited
    through the data file)."""
    from ..core.public_inputs import to_document as disclosure_document
    from ..core.public_model import of_unit
    from ..sources.blocks import public_data_cells

    found = of_unit(data) if data is not None else None
    document = disclosure_document(found) if found else {}
    for key in L.PUBLIC_SHEETS:  # on their own input sheets
        document.pop(key, None)
    for r, text in enumerate(public_data_cells(document or None)):
        ws.write_string(r, 0, text)
    ws.hide()


def _review_sheet(ws, fmt: _Formats) -> None:
    ws.write_string(0, 0, TOOL_LOOKS[L.REVIEW].title, fmt.title)
    ws.write_string(1, 0, "把报告全文粘贴到A列（从第6行起，每段一行），或在B3填写报告文件的完整路径"
                    "（.docx/.pdf/.txt），然后点击“审阅”。每条结果写在它所说的段落那一行的右侧。", fmt.note)
    r, c = L.REVIEW_PATH_CELL
    ws.write_string(r, c - 1, "报告文件（可不填）", fmt.label)
    ws.merge_range(r, c, r, L.REVIEW_OUT_COL + len(L.REVIEW_COLUMNS) - 1, "", fmt.input_text)  # room for a path
    ws.write_string(L.REVIEW_FIRST - 1, L.REVIEW_TEXT_COL, "报告原文（每段一行）", fmt.header)
    ws.write_string(L.REVIEW_FIRST - 1, L.REVIEW_TEXT_COL + 1, "", fmt.header)
    for j, label in enumerate(L.REVIEW_COLUMNS):
        ws.write_string(L.REVIEW_FIRST - 1, L.REVIEW_OUT_COL + j, label, fmt.header)
    ws.print_area(0, 0, L.REVIEW_FIRST, L.REVIEW_OUT_COL + len(L.REVIEW_COLUMNS) - 1)


def apply_look(ws, found: SheetLook, column_formats: dict | None = None) -> None:
    """The parts of the sheet specification that do not depend on the data: widths, frozen
    panes, rows printed on every page, page setup, protection and the buttons right of the title
    (``column_formats``: a default format of some columns, e.g. wrapped text)."""
    for first, last, width in found.widths:
        for col in range(first, last + 1):
            ws.set_column(col, col, width, (column_formats or {}).get(col))
    ws.freeze_panes(*found.freeze)
    if found.title_rows is not None:
        ws.repeat_rows(*found.title_rows)
    if found.title_cols is not None:
        ws.repeat_columns(*found.title_cols)
    if found.col_breaks:
        ws.set_v_pagebreaks(list(found.col_breaks))
    if found.row_breaks:
        ws.set_h_pagebreaks(list(found.row_breaks))
    page_xlsxwriter(ws, found.page)
    ws.set_row(0, TITLE_ROW_HEIGHT)
    if found.protect:  # output cells are juesuan's; widths and rows may still be adjusted
        ws.protect("", {"format_columns": True, "format_rows": True})
    x = found.button_offset()
    for macro, caption in found.buttons:
        ws.insert_button(0, 0, {"macro": macro, "caption": caption, "width": BUTTON_WIDTH,
                                "height": BUTTON_HEIGHT, "x_offset": x, "y_offset": 3})
        x += BUTTON_WIDTH + BUTTON_GAP
