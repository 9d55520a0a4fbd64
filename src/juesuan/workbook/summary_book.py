"""The 汇总 workbook of a 主管部门's accountant: a list of unit workbooks (单位清单) and a button
**汇总** that fills 单位一览, 审核汇总 and 部门汇总 in place (``juesuan.excel.summarize``).

Built with xlsxwriter like the unit workbook, with the same VBA module and xlwings' module.
"""

from __future__ import annotations

import io
from functools import cache

from ..export.escape import xlsx_workbook
from ..sources import layout as L
from .build import FIXED_DATE, _Formats, apply_look, macros_dir
from .outputs import text_height
from .sheet_spec import SUMMARY_LOOKS

GUIDE_LINES = (
    "juesuan 汇总工作簿（主管部门、财政局）",
    "1. 在“单位清单”表填写部门名称（用于部门汇总）和各单位 juesuan 工作簿的路径，每行一个；"
    "不填路径时，汇总本工作簿所在文件夹中的全部 .xlsm 单位工作簿。",
    "2. 点击“汇总”：逐个读入单位工作簿（不修改它们），审核，填写“单位一览”“审核汇总”“部门汇总”三张表。",
    "3. “审核汇总”列出每个单位的每条审核结果，可按单位、级别筛选；无法读取的单位在“单位一览”中注明原因。",
    "4. 部门汇总按各单位决算数相加，抵销上下级之间的内部往来（上级补助收入与对附属单位补助支出、"
    "附属单位上缴收入与上缴上级支出），不一致时列为警告。",
    "大量单位（数百上千个）请用命令行 juesuan batch，可多进程并行并生成每个单位的报告。",
)


@cache
def summary_vba_project() -> bytes:
    from .vba import macro_modules, workbook_project

    project, _ = workbook_project([L.SUMMARY_CODENAMES[n] for n in L.SUMMARY_SHEETS], macro_modules(macros_dir()))
    return project


def build_summary_template() -> bytes:
    """The .xlsm bytes of the empty 汇总 workbook."""
    out = io.BytesIO()
    wb = xlsx_workbook(out)
    wb.set_properties({"title": "部门决算汇总工作簿", "author": "juesuan", "company": "",
                       "created": FIXED_DATE, "comments": L.SUMMARY_MARKER})
    fmt = _Formats(wb)
    sheets = {name: wb.add_worksheet(name) for name in L.SUMMARY_SHEETS}
    wb.add_vba_project(io.BytesIO(summary_vba_project()), is_stream=True)
    wb.set_vba_name("ThisWorkbook")
    for name, ws in sheets.items():
        ws.set_vba_name(L.SUMMARY_CODENAMES[name])

    ws = sheets[L.GUIDE]
    ws.write_string(0, 0, GUIDE_LINES[0], fmt.title)
    for i, line in enumerate(GUIDE_LINES[1:], start=2):  # wrapped, so the page prints whole
        ws.write_string(i, 0, line, fmt.styles["body"])
        ws.set_row(i, text_height(line, SUMMARY_LOOKS[L.GUIDE].widths[0][2]))
    ws.write_string(*L.MARKER_CELL, L.SUMMARY_MARKER, fmt.styles["signature"])
    ws.hide_gridlines(2)
    ws.print_area(0, 0, len(GUIDE_LINES), 0)
    ws.activate()

    ws = sheets[L.SUMMARY_LIST]
    ws.write_string(0, 0, "单位清单", fmt.title)
    ws.write_string(1, 0, "填写部门名称和单位工作簿的路径（完整路径，或相对于本工作簿所在文件夹）。", fmt.note)
    r, c = L.SUMMARY_NAME_CELL
    ws.write_string(r, c - 1, "部门名称（部门汇总用，可不填）", fmt.label)
    ws.write_blank(r, c, None, fmt.input_text)
    ws.write_string(L.SUMMARY_LIST_FIRST - 1, 0, "单位工作簿路径", fmt.header)
    ws.write_string(L.SUMMARY_LIST_FIRST - 1, 1, "备注", fmt.header)
    for i in range(L.SUMMARY_LIST_ROWS):
        ws.write_blank(L.SUMMARY_LIST_FIRST + i, 0, None, fmt.input_text)
    ws.print_area(0, 0, L.SUMMARY_LIST_FIRST + 20, 1)

    for name in L.SUMMARY_OUTPUTS:
        sheets[name].write_string(0, 0, SUMMARY_LOOKS[name].title, fmt.title)
        sheets[name].write_string(1, 0, "点击“汇总”后填写。", fmt.note)
    for name, spec in ((L.SUMMARY_UNITS, L.SUMMARY_UNIT_COLUMNS), (L.SUMMARY_FINDINGS, L.SUMMARY_FINDING_COLUMNS)):
        sheets[name].autofilter(1, 0, 1 + L.SUMMARY_LIST_ROWS, len(spec) - 1)  # filters on the header row
    for name, found in SUMMARY_LOOKS.items():
        apply_look(sheets[name], found)
    conf = sheets[L.CONF]
    for i, (key, value) in enumerate(L.CONF_ROWS):
        conf.write_string(i, 0, key)
        conf.write_string(i, 1, value)
    conf.hide()
    wb.close()
    return out.getvalue()
