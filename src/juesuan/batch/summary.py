"""The cross-unit workbook (pandas → xlsxwriter): 单位一览, 审核汇总 and 部门汇总."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..core import catalog as c
from ..sources.layout import SUMMARY_FINDING_COLUMNS as FINDING_COLUMNS  # the one spec of both 汇总 writers
from ..sources.layout import SUMMARY_UNIT_COLUMNS as UNITS_COLUMNS
from .worker import FAILED, UNREADABLE, as_number

LEVELS = ("错误", "警告", "提示")


def frames(result) -> tuple[Any, Any]:
    """(单位一览, 审核汇总) as pandas DataFrames with Chinese headers."""
    import pandas as pd  # type: ignore[import-untyped]  # pandas has no inline types; no pandas-stubs installed

    rows = list(result.rows)
    dept = result.extra.get("department_row")
    if dept is not None:
        rows.append(dept)
    units = pd.DataFrame([{header: (i + 1 if key == "no" else as_number(r.get(key)))
                           for key, header, _, _ in UNITS_COLUMNS} for i, r in enumerate(rows)],
                         columns=[h for _, h, _, _ in UNITS_COLUMNS])
    found = list(result.findings) + list(result.extra.get("department_findings", []))
    findings = pd.DataFrame(found, columns=[k for k, _, _ in FINDING_COLUMNS])
    findings["level"] = pd.Categorical(findings["level"], categories=LEVELS, ordered=True)
    findings = findings.sort_values("level", kind="stable").reset_index(drop=True)
    findings["level"] = findings["level"].astype(str)
    findings.columns = [h for _, h, _ in FINDING_COLUMNS]
    return units, findings


def write_summary(result, target: Path) -> Path:
    """Write the workbook through a temporary file (atomic); return its path."""
    import io

    import pandas as pd

    from ..export.document import write_atomic

    units, findings = frames(result)
    buffer = io.BytesIO()
    from ..export.escape import XLSX_OPTIONS

    with pd.ExcelWriter(buffer, engine="xlsxwriter", engine_kwargs={"options": XLSX_OPTIONS}) as writer:
        wb = writer.book
        f = _formats(wb)
        _units_sheet(writer, units, f)
        _findings_sheet(writer, findings, f)
        _department_sheet(wb, result, units, f)
    write_atomic(Path(target), buffer.getvalue())  # a rerun keeps the last one (and a sheet added to it) as .bak
    return Path(target)


def _formats(wb) -> dict[str, Any]:
    from ..export.sheet_style import SUMMARY_STYLES, xlsxwriter_formats

    return xlsxwriter_formats(wb, SUMMARY_STYLES)


def _units_sheet(writer, units, f) -> None:
    name = "单位一览"
    units.to_excel(writer, sheet_name=name, index=False, startrow=1, header=False)
    ws = writer.sheets[name]
    for col, (_, header, kind, width) in enumerate(UNITS_COLUMNS):
        ws.write(0, col, header, f["header"])
        ws.set_column(col, col, width, f["wrap" if kind == "text" and width >= 30 else kind])
    last = len(units)
    ws.set_row(0, 30)
    ws.freeze_panes(1, 2)
    ws.autofilter(0, 0, max(last, 1), len(UNITS_COLUMNS) - 1)
    cols = [k for k, _, _, _ in UNITS_COLUMNS]
    status, errors = cols.index("status"), cols.index("errors")
    if last:
        ws.conditional_format(1, 0, last, len(cols) - 1, {
            "type": "formula", "criteria": f'=OR(${_col(status)}2="{UNREADABLE}",${_col(status)}2="{FAILED}")',
            "format": f["failed"]})
        ws.conditional_format(1, errors, last, errors, {"type": "cell", "criteria": ">", "value": 0,
                                                        "format": f["error"]})
    _print(ws)
    ws.repeat_rows(0)


def _findings_sheet(writer, findings, f) -> None:
    name = "审核汇总"
    findings.to_excel(writer, sheet_name=name, index=False, startrow=1, header=False)
    ws = writer.sheets[name]
    last = max(len(findings), 1)
    ws.add_table(0, 0, last, len(FINDING_COLUMNS) - 1, {
        "name": "审核汇总表", "style": "Table Style Light 9", "autofilter": True,
        "columns": [{"header": h, "header_format": f["header"]} for _, h, _ in FINDING_COLUMNS],
    })
    for col, (key, _, width) in enumerate(FINDING_COLUMNS):
        ws.set_column(col, col, width, f["wrap"] if key == "message" else f["text"])
    per_line = FINDING_COLUMNS[3][2] // 2  # CJK characters a line of the 说明 column holds
    for i, message in enumerate(findings["说明"], start=1):
        lines = -(-len(str(message)) // per_line)
        if lines > 1:
            ws.set_row(i, 13.5 * lines)
    if len(findings):
        for level, fmt in (("错误", f["error"]), ("警告", f["warning"])):
            ws.conditional_format(1, 1, last, 1, {"type": "cell", "criteria": "==", "value": f'"{level}"',
                                                  "format": fmt})
    ws.freeze_panes(1, 0)
    _print(ws)
    ws.repeat_rows(0)


Row = tuple[str, list[Any]]  # (kind: title | note | header | line | total | blank, cells)


def department_rows(result, units) -> list[Row]:
    """The 部门汇总 sheet as rows (the same for the batch's workbook and the 汇总 button)."""
    done = result.consolidation
    out: list[Row] = []
    if done is None:
        out.append(("title", ["各单位关键数字合计"]))
        out.append(("note", ["未指定部门（--consolidate 部门名，或汇总工作簿的部门名称）："
                             "下表为成功读取单位的简单合计，未抵销内部往来。"]))
        out.append(("blank", []))
        for header in ("本年收入决算（元）", "本年支出决算（元）", "三公经费决算（元）"):
            out.append(("total", [header, float(units[header].fillna(0).sum())]))
        return out
    data = done.data
    out.append(("title", [f"{data.unit.name}{data.unit.year}年度部门决算汇总"]))
    out.append(("note", [done.composition()]))
    out.append(("blank", []))
    from ..report import analyze

    fig = analyze(data).figures
    for title, group in (("收入（按来源）", fig.income), ("支出（按性质）", fig.spending),
                         ("支出功能分类（类）", fig.functions), ("“三公”经费", fig.three_public)):
        if not group:
            continue
        columns = [k for k in c.SCENARIOS if any(x.get(k) is not None for x in group.lines)]
        out.append(("header", [title, *(f"{c.SCENARIOS[k]}（元）" for k in columns)]))
        for line in (*group.lines, group.total):
            values = [None if (v := line.get(k)) is None else float(v) for k in columns]
            out.append(("total" if line is group.total else "line", [line.name, *values]))
        out.append(("blank", []))
    if done.offsets:
        out.append(("header", ["内部往来抵销", "对比列", "所属单位一方", "上级一方", "抵销金额（元）", "差额（元）"]))
        for o in done.offsets:
            out.append(("line", [f"{o.child_item}↔{o.parent_item}（{o.parent}）", c.SCENARIOS[o.column],
                                 *(float(v) for v in (o.children_amount, o.parent_amount, o.amount,
                                                      o.children_amount - o.parent_amount))]))
        out.append(("blank", []))
    out.append(("header", ["部门决算单位构成", "单位代码", "上级单位", "构成", "是否纳入", "原因"]))
    for m in done.members:
        out.append(("line", [m.name, m.code or "", m.parent or "", m.role, "是" if m.included else "否", m.reason]))
    return out


def _department_sheet(wb, result, units, f) -> None:
    ws = wb.add_worksheet("部门汇总")
    ws.set_column(0, 0, 44)
    ws.set_column(1, 6, 16)
    for row, (kind, cells) in enumerate(department_rows(result, units)):
        if kind in ("title", "note"):
            if kind == "note" and len(str(cells[0])) > 70:
                ws.merge_range(row, 0, row, 6, cells[0], f["note_wrap"])
                ws.set_row(row, 13.5 * -(-len(str(cells[0])) // 70))
            else:
                ws.write_string(row, 0, str(cells[0]), f[kind])
            continue
        for j, value in enumerate(cells):
            bold = kind == "total"
            if kind == "header":
                ws.write_string(row, j, str(value), f["header"])
            elif isinstance(value, float):
                ws.write_number(row, j, value, f["bold_money" if bold else "money"])
            elif value is None:
                ws.write_blank(row, j, None, f["money"])
            else:
                ws.write_string(row, j, str(value), f["bold" if bold else ("wrap" if j == 0 else "text")])
    _print(ws)


def _print(ws) -> None:
    from ..export.sheet_style import SUMMARY_PAGE, page_xlsxwriter

    page_xlsxwriter(ws, SUMMARY_PAGE)


def _col(index: int) -> str:
    from xlsxwriter.utility import xl_col_to_name

    return xl_col_to_name(index)
