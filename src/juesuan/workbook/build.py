"""Build the workbook (.xlsm) with xlsxwriter: input sheets, analysis sheets, native charts,
buttons and the VBA project. Reproducible: fixed document properties and creation date."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal
from pathlib import Path
from typing import Any

import xlsxwriter

from ..core import catalog as c
from ..core.model import UnitData
from ..report import Report
from . import layout as L
from .outputs import Cell, SheetOut, all_sheets, excel_value
from .styles import INPUT_STYLES, STYLES, Style

MACROS_DIR = Path(__file__).resolve().parent.parent / "macros"  # a link to the repository's macros/
FIXED_DATE = dt.datetime(2026, 1, 1)
BUTTONS = (("JuesuanRecalculate", "重新计算"), ("JuesuanCheck", "审核"),
           ("JuesuanExportReport", "导出报告"), ("JuesuanRollOver", "结转下年"))
GUIDE_LINES = (
    "juesuan 部门决算分析报告工作簿",
    "1. 在“单位信息”至“文字材料”各输入表的浅黄色单元格填写本年数据（金额以元为单位，保留两位小数）。",
    "2. 点击“重新计算”：程序读入数据、审核，并填写分析表、财务指标、分析报告和图表。",
    "3. 查看“审核结果”：每条问题都指明单元格，点击位置即可跳转。改正或补充原因后再次点击“重新计算”。",
    "4. 点击“导出报告”：在工作簿旁生成 Word（和 PDF）报告。",
    "5. 次年点击“结转下年”：另存一份下年度工作簿，本年决算转入上年列，预算清空，文字保留。",
    "原因说明与文字材料由您填写，重新计算不会改动任何输入表。"
    "不用 Excel 的单位（WPS、LibreOffice）可在命令行运行 juesuan recalc。",
    "按钮需要 Python 和 juesuan：见 README 的安装步骤，并在“xlwings.conf”表填写 Python 路径（或运行 juesuan setup）。",
)


def macros_dir() -> Path:
    """The VBA sources: the repository's ``macros/`` (installed as package data)."""
    return MACROS_DIR


class _Formats:
    """The workbook's formats, one per style of ``styles.STYLES``."""

    def __init__(self, wb: xlsxwriter.Workbook):
        self.styles = {name: wb.add_format(_xlsxwriter_format(name, spec)) for name, spec in STYLES.items()}
        s = self.styles
        self.title, self.note, self.header, self.label = s["title"], s["note"], s["header"], s["label"]
        self.input_money, self.input_text, self.input_int = s["input_money"], s["input_text"], s["input_int"]


def _xlsxwriter_format(name: str, spec: Style) -> dict:
    out = {"locked": name not in INPUT_STYLES, "font_name": spec.font, "font_size": spec.size, "bold": spec.bold,
           "num_format": spec.number_format,
           "valign": "top" if spec.wrap else "vcenter", "text_wrap": spec.wrap}
    if spec.color:
        out["font_color"] = f"#{spec.color}"
    if spec.fill:
        out["bg_color"] = f"#{spec.fill}"
    if spec.border:
        out["border"] = 1
    if spec.align:
        out["align"] = spec.align
    if spec.underline:
        out["underline"] = 1
    return out


def _write_input(ws, fmt: _Formats, block: L.Block, rows: list[list[Any]], kinds: dict[str, str]) -> None:
    for r in range(block.rows):
        for j, column in enumerate(block.columns):
            value = rows[r][j] if r < len(rows) else None
            kind = kinds.get(column, "money")
            style = {"money": fmt.input_money, "text": fmt.input_text, "int": fmt.input_int}[kind]
            row, col = block.row + r, block.col + j
            if value is None:
                ws.write_blank(row, col, None, style)
            elif isinstance(value, str):
                ws.write_string(row, col, value, style)  # never a formula, whatever it starts with
            elif isinstance(value, bool):
                ws.write_boolean(row, col, value, style)
            else:
                ws.write_number(row, col, float(value) if isinstance(value, Decimal) else value, style)


def _header(ws, fmt: _Formats, title: str, note: str, block: L.Block, first_label: str | None) -> None:
    ws.write_string(0, 0, title, fmt.title)
    ws.write_string(1, 0, note, fmt.note)
    if first_label is not None:
        ws.write_string(block.row - 1, block.col - 1, first_label, fmt.header)
    for j, label in enumerate(block.labels):
        ws.write_string(block.row - 1, block.col + j, label, fmt.header)


def _row_labels(ws, fmt: _Formats, block: L.Block) -> None:
    for r, label in enumerate(L.ROW_LABELS[block.name]):
        ws.write_string(block.row + r, block.col - 1, label, fmt.label)


def _amount_validation(ws, block: L.Block, columns: tuple[str, ...]) -> None:
    for column in columns:
        j = block.col + block.columns.index(column)
        ws.data_validation(block.row, j, block.last_row, j, {
            "validate": "decimal", "criteria": ">=", "value": 0,
            "error_title": "金额不能为负", "error_message": "请输入不小于0的数字（元，最多两位小数）。",
            "input_title": "金额（元）", "input_message": "以元为单位，最多两位小数。",
        })


def _name(wb, block: L.Block) -> None:
    wb.define_name(block.name, f"={block.ref()}")


def _print_setup(ws, landscape: bool = False) -> None:
    ws.set_paper(9)  # A4
    if landscape:
        ws.set_landscape()
    ws.fit_to_pages(1, 0)
    ws.set_margins(left=0.5, right=0.5, top=0.6, bottom=0.6)
    ws.set_footer("&C第 &P 页，共 &N 页")


def input_rows(data: UnitData | None) -> tuple[dict[str, list[list[Any]]], L.Locator]:
    """The values of every input block for ``data`` (all blank for the template)."""
    blocks = {b.name: [[None] * len(b.columns) for _ in range(b.rows)] for b in L.BLOCKS}
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
    return blocks, L.Locator(rows, reasons_at)


def build(data: UnitData | None, report: Report | None, vba_project: bytes | None = None) -> bytes:
    """The .xlsm bytes: the template when ``data`` is None, else filled and analysed."""
    from .vba import macro_modules, workbook_project

    blocks, locator = input_rows(data)
    out = io.BytesIO()
    wb = xlsxwriter.Workbook(out, {"in_memory": True, "strings_to_formulas": False,
                                   "strings_to_numbers": False})
    wb.set_properties({"title": "部门决算分析报告工作簿", "author": "juesuan", "company": "",
                       "created": FIXED_DATE, "comments": L.MARKER})
    wb.set_size(1600, 1000)
    fmt = _Formats(wb)
    sheets = {name: wb.add_worksheet(name) for name in L.SHEETS}
    if vba_project is None:
        vba_project, _ = workbook_project([L.CODENAMES[n] for n in L.SHEETS], macro_modules(macros_dir()))
    wb.add_vba_project(io.BytesIO(vba_project), is_stream=True)
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
    for name in L.BUTTON_SHEETS:
        _buttons(sheets[name], first_col=1 if name == L.GUIDE else 10)
    conf = sheets[L.CONF]
    for r, (key, value) in enumerate(L.CONF_ROWS):
        conf.write_string(r, 0, key)
        conf.write_string(r, 1, value)
    conf.set_column(0, 0, 18)
    conf.set_column(1, 1, 60)
    wb.close()
    return out.getvalue()


def _guide(ws, fmt: _Formats) -> None:
    ws.write_string(0, 0, GUIDE_LINES[0], fmt.title)
    for i, line in enumerate(GUIDE_LINES[1:], start=2):
        ws.write_string(i, 0, line)
    ws.write_string(*L.MARKER_CELL, L.MARKER, fmt.styles["signature"])
    ws.set_column(0, 0, 100)
    ws.hide_gridlines(2)
    _print_setup(ws)
    ws.print_area(0, 0, len(GUIDE_LINES) + 1, 0)
    ws.activate()


def _inputs(wb, sheets, fmt: _Formats, blocks) -> None:
    ws = sheets[L.UNIT]
    _header(ws, fmt, "单位信息", "浅黄色单元格为输入项。人数为整数。", L.UNIT_BLOCK, "项目")
    _row_labels(ws, fmt, L.UNIT_BLOCK)
    for i, (_, _, note) in enumerate(L.UNIT_FIELDS):
        ws.write_string(L.UNIT_BLOCK.row + i, 2, note, fmt.note)
    kinds = {"value": "text"}
    _write_input(ws, fmt, L.UNIT_BLOCK, blocks["in_unit"], kinds)
    paths = [p for p, _, _ in L.UNIT_FIELDS]
    lists = {"unit.kind": c.UNIT_KINDS, "unit.edition": c.EDITIONS, "settings.report_unit": c.REPORT_UNITS}
    for path, choices in lists.items():
        ws.data_validation(L.UNIT_BLOCK.row + paths.index(path), 1, L.UNIT_BLOCK.row + paths.index(path), 1,
                           {"validate": "list", "source": list(choices)})
    year_row = L.UNIT_BLOCK.row + paths.index("unit.year")
    ws.data_validation(year_row, 1, year_row, 1, {"validate": "integer", "criteria": "between",
                                                  "minimum": 1950, "maximum": 2199,
                                                  "error_message": "请填写四位年份。"})
    ws.set_column(0, 0, 22)
    ws.set_column(1, 1, 36)
    ws.set_column(2, 2, 44)
    _name(wb, L.UNIT_BLOCK)
    ws.freeze_panes(L.FIRST, 0)
    _print_setup(ws)

    ws = sheets[L.AMOUNTS]
    _header(ws, fmt, "收入支出预决算", "单位：元。未发生的填0；没有该项数据的留空（留空表示未填报，不是0）。",
            L.INCOME_BLOCK, "收入项目")
    _row_labels(ws, fmt, L.INCOME_BLOCK)
    _write_input(ws, fmt, L.INCOME_BLOCK, blocks["in_income"], {})
    ws.write_string(L.SPENDING_BLOCK.row - 1, 0, "支出项目", fmt.header)
    for j, label in enumerate(L.SPENDING_BLOCK.labels):
        ws.write_string(L.SPENDING_BLOCK.row - 1, L.SPENDING_BLOCK.col + j, label, fmt.header)
    _row_labels(ws, fmt, L.SPENDING_BLOCK)
    _write_input(ws, fmt, L.SPENDING_BLOCK, blocks["in_spending"], {})
    _amount_validation(ws, L.INCOME_BLOCK, L.INCOME_BLOCK.columns)
    _amount_validation(ws, L.SPENDING_BLOCK, L.SPENDING_BLOCK.columns)
    ws.set_column(0, 0, 28)
    ws.set_column(1, 8, 16)
    for block in (L.INCOME_BLOCK, L.SPENDING_BLOCK):
        _name(wb, block)
    ws.freeze_panes(L.FIRST, 1)
    _print_setup(ws, landscape=True)

    for sheet, block, title in ((L.FUNCTIONS, L.FUNCTIONS_BLOCK, "支出功能分类"),
                                (L.ECONOMICS, L.ECONOMICS_BLOCK, "支出经济分类")):
        ws = sheets[sheet]
        lengths = "3位（类）、5位（款）或7位（项）" if sheet == L.FUNCTIONS else "3位（类）或5位（款）"
        _header(ws, fmt, title, f"单位：元。科目编码为{lengths}数字；上级科目可只填下级，程序自动汇总。", block, None)
        _write_input(ws, fmt, block, blocks[block.name], {"code": "text", "name": "text"})
        _amount_validation(ws, block, block.columns[2:])
        ws.set_column(0, 0, 12)
        ws.set_column(1, 1, 30)
        ws.set_column(2, 6, 16)
        _name(wb, block)
        ws.freeze_panes(L.FIRST, 2)
        _print_setup(ws, landscape=True)

    ws = sheets[L.CONTROLLED]
    _header(ws, fmt, "“三公”经费、会议费、培训费",
            "单位：元。“三公”经费合计和公务用车购置及运行维护费由程序计算，不需填写。", L.CONTROLLED_BLOCK, "项目")
    _row_labels(ws, fmt, L.CONTROLLED_BLOCK)
    _write_input(ws, fmt, L.CONTROLLED_BLOCK, blocks["in_controlled"], {})
    _amount_validation(ws, L.CONTROLLED_BLOCK, L.CONTROLLED_BLOCK.columns)
    ws.write_string(L.QUANTITY_BLOCK.row - 1, 0, "实物量", fmt.header)
    for j, label in enumerate(L.QUANTITY_BLOCK.labels):
        ws.write_string(L.QUANTITY_BLOCK.row - 1, L.QUANTITY_BLOCK.col + j, label, fmt.header)
    _row_labels(ws, fmt, L.QUANTITY_BLOCK)
    _write_input(ws, fmt, L.QUANTITY_BLOCK, blocks["in_quantities"], {"final": "int", "prior_final": "int"})
    ws.data_validation(L.QUANTITY_BLOCK.row, 1, L.QUANTITY_BLOCK.last_row, 2,
                       {"validate": "integer", "criteria": ">=", "value": 0, "error_message": "请输入非负整数。"})
    ws.set_column(0, 0, 24)
    ws.set_column(1, 5, 16)
    _name(wb, L.CONTROLLED_BLOCK)
    _name(wb, L.QUANTITY_BLOCK)
    ws.freeze_panes(L.FIRST, 1)
    _print_setup(ws)

    ws = sheets[L.BALANCES]
    _header(ws, fmt, "年末结转和结余", "单位：元。年初数应等于上年年末数。", L.BALANCES_BLOCK, "项目")
    _row_labels(ws, fmt, L.BALANCES_BLOCK)
    _write_input(ws, fmt, L.BALANCES_BLOCK, blocks["in_balances"], {})
    _amount_validation(ws, L.BALANCES_BLOCK, L.BALANCES_BLOCK.columns)
    ws.set_column(0, 0, 24)
    ws.set_column(1, 3, 16)
    _name(wb, L.BALANCES_BLOCK)
    _print_setup(ws)

    ws = sheets[L.ASSETS]
    _header(ws, fmt, "资产负债", "单位：元。项目名称自行填写，如货币资金、固定资产、资产总额、负债总额。",
            L.ASSETS_BLOCK, None)
    _write_input(ws, fmt, L.ASSETS_BLOCK, blocks["in_assets"], {"item": "text"})
    _amount_validation(ws, L.ASSETS_BLOCK, L.ASSETS_BLOCK.columns[1:])
    ws.set_column(0, 0, 24)
    ws.set_column(1, 2, 16)
    _name(wb, L.ASSETS_BLOCK)
    ws.freeze_panes(L.FIRST, 1)
    _print_setup(ws)

    ws = sheets[L.REASONS]
    _header(ws, fmt, "原因说明", "每行一条：选择对比，填写项目名称（如人员经费）或科目编码（如210），合计填“合计”。"
            "相同的原因文字会合并说明。", L.REASONS_BLOCK, None)
    _write_input(ws, fmt, L.REASONS_BLOCK, blocks["in_reasons"], {"comparison": "text", "line": "text", "text": "text"})
    ws.data_validation(L.REASONS_BLOCK.row, 0, L.REASONS_BLOCK.last_row, 0,
                       {"validate": "list", "source": list(c.REASON_COMPARISONS.values())})
    ws.set_column(0, 0, 22)
    ws.set_column(1, 1, 26)
    ws.set_column(2, 2, 90)
    _name(wb, L.REASONS_BLOCK)
    ws.freeze_panes(L.FIRST, 0)
    _print_setup(ws, landscape=True)

    ws = sheets[L.TEXT]
    _header(ws, fmt, "文字材料", "报告中由单位自行撰写的部分。一个单元格可写多段（Alt+Enter 换行）。",
            L.TEXT_BLOCK, "部分")
    _row_labels(ws, fmt, L.TEXT_BLOCK)
    _write_input(ws, fmt, L.TEXT_BLOCK, blocks["in_text"], {"text": "text"})
    ws.set_column(0, 0, 20)
    ws.set_column(1, 1, 100)
    _name(wb, L.TEXT_BLOCK)
    _print_setup(ws)


def write_output(wb, ws, sheet: SheetOut, fmt: _Formats) -> None:
    for (r, col), cell in sorted(sheet.cells.items()):
        style = fmt.styles.get(cell.style, fmt.styles["text"])
        value = excel_value(cell)
        if cell.formula:
            ws.write_formula(r, col, cell.formula, style, "" if value is None else value)
        elif value is None:
            ws.write_blank(r, col, None, style)
        elif isinstance(value, str):
            ws.write_string(r, col, value, style)
        else:
            ws.write_number(r, col, value, style)
    for col, width in sheet.widths.items():
        ws.set_column(col, col, width)
    for row, height in sheet.heights.items():
        ws.set_row(row, height)
    for spec in sheet.charts:
        chart = wb.add_chart({"type": spec.kind})
        for name, (r1, c1, r2, c2) in spec.series:
            series = {"name": name, "categories": [sheet.name, *spec.categories],
                      "values": [sheet.name, r1, c1, r2, c2]}
            if spec.kind == "pie":
                series["data_labels"] = {"percentage": True, "category": True, "leader_lines": True}
            else:
                series["data_labels"] = {"value": True, "num_format": "0.00"}
            chart.add_series(series)
        chart.set_title({"name": spec.title, "name_font": {"name": "黑体", "size": 12}})
        if spec.kind != "pie":
            chart.set_y_axis({"name": "万元", "num_format": "0.00", "major_gridlines": {"visible": False}})
            chart.set_legend({"position": "top"})
        chart.set_size({"width": 560, "height": 300})
        ws.insert_chart(*spec.anchor, chart)
    _print_setup(ws, landscape=sheet.name == L.ANALYSIS)
    rows, cols = sheet.print_extent
    if sheet.name == L.CHARTS:
        cols = max(cols, L.CHART_COL + 8)  # the charts stand to the right of their data
    ws.print_area(0, 0, rows - 1 + (18 if sheet.name == L.CHARTS else 0), cols - 1)


def _buttons(ws, first_col: int) -> None:
    for i, (macro, caption) in enumerate(BUTTONS):
        ws.insert_button(1 + i * 2, first_col, {"macro": macro, "caption": caption, "width": 110, "height": 28})
