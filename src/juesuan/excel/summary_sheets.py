"""The 汇总 workbook's three result sheets as ``SheetOut`` (the data the unit workbook's writers
render): the columns, headers, kinds and widths of ``batch/summary`` — the same spec as
``juesuan batch``'s 汇总.xlsx — under a title row that holds the 汇总 button, and the 文件
column a link to each unit's workbook.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..export.sheet_style import SUMMARY_STYLES
from ..sources import layout as L
from ..workbook.outputs import LINE_POINTS, Cell, SheetOut, text_height

HEADER_ROW = 1  # row 0: the sheet's title and the button
NOTE_CHARS = 70  # a longer 部门汇总 note wraps across the table (batch.summary's rule)
TITLES = {L.SUMMARY_UNITS: "单位一览", L.SUMMARY_FINDINGS: "审核汇总", L.SUMMARY_DEPARTMENT: "部门汇总"}


def summary_sheets(result, units, findings) -> dict[str, SheetOut]:
    """单位一览, 审核汇总 and 部门汇总 of a ``batch.run.collect`` result (``units`` and ``findings``
    the DataFrames of ``batch.summary.frames``)."""
    from ..batch.summary import FINDING_COLUMNS, UNITS_COLUMNS, department_rows

    sources = {r.get("stem"): r.get("source") for r in result.rows}
    out = {}
    s = _titled(L.SUMMARY_UNITS, "每行一个单位；“文件”可点击打开该单位的工作簿。")
    columns = [(key, header, "wrap" if kind == "text" and width >= 30 else kind, width)  # as batch's
               for key, header, kind, width in UNITS_COLUMNS]
    _table(s, columns, units.values.tolist(), sources)
    _marks(s, [key for key, *_ in columns], len(units))
    out[L.SUMMARY_UNITS] = s
    s = _titled(L.SUMMARY_FINDINGS, "全部单位的全部审核结果，按级别排序；可按单位、级别筛选。")
    columns = [(key, header, "wrap" if key == "message" else "text", width) for key, header, width in FINDING_COLUMNS]
    _table(s, columns, findings.values.tolist(), sources)
    _marks(s, [key for key, *_ in columns], len(findings))
    out[L.SUMMARY_FINDINGS] = s
    s = _titled(L.SUMMARY_DEPARTMENT, "")
    s.widths = {0: 44, **{j: 16 for j in range(1, 7)}}
    row = HEADER_ROW
    for kind, cells in department_rows(result, units):
        if kind == "note" and len(str(cells[0])) > NOTE_CHARS:  # as batch's: wrapped across the table
            s.put(row, 0, Cell(cells[0], style="note_wrap"))
            s.merges.append((row, 0, row, 6))
        else:
            for j, value in enumerate(cells):
                s.put(row, j, _department_cell(kind, j, value))
        row += 1
    out[L.SUMMARY_DEPARTMENT] = s
    for sheet in out.values():
        _heights(sheet)
    return {name: sheet.signed() for name, sheet in out.items()}


def _heights(s: SheetOut) -> None:
    """Rows of wrapped text as tall as their lines (the button then fits them)."""
    spans = {(r1, c1): sum(s.widths.get(c, 8.43) for c in range(c1, c2 + 1)) for r1, c1, _, c2 in s.merges}
    for (r, c), cell in s.cells.items():
        if cell.value and s.style_of(cell.style).wrap:
            height = text_height(str(cell.value), spans.get((r, c)) or s.widths.get(c, 8.43))
            if height > LINE_POINTS:
                s.heights[r] = max(s.heights.get(r, 0), height)


def _marks(s: SheetOut, keys: list[str], rows: int) -> None:
    """What batch's 汇总.xlsx marks by conditional formats, as fills of the cells (the button
    writes the list anew each time): a unit that failed, its whole row; a count of errors above 0;
    a finding's level 错误 or 警告."""
    from ..batch.worker import FAILED, UNREADABLE

    for r in range(HEADER_ROW + 1, HEADER_ROW + 1 + rows):
        value = {key: s.cells[(r, j)].value if (r, j) in s.cells else None for j, key in enumerate(keys)}
        marks = {}
        if value.get("status") in (UNREADABLE, FAILED):
            marks = {j: "failed" for j in range(len(keys))}
        errors = value.get("errors")
        if isinstance(errors, int | float) and errors > 0:
            marks[keys.index("errors")] = "error"
        if "level" in value and value["level"] in ("错误", "警告"):
            marks[keys.index("level")] = "error" if value["level"] == "错误" else "warning"
        for j, over in marks.items():
            cell = s.cells.get((r, j), Cell(None))
            s.put(r, j, Cell(cell.value, cell.formula, _over(s, cell.style, over), cell.link))


def _over(s: SheetOut, base: str, over: str) -> str:
    """The style ``base`` under the fill (and boldness) of the conditional style ``over``."""
    from dataclasses import replace

    name = f"{base}+{over}"
    if s.palette is not None and name not in s.palette:
        top = SUMMARY_STYLES[over]
        s.palette[name] = replace(s.palette[base], fill=top.fill, bold=s.palette[base].bold or top.bold)
    return name


def _titled(name: str, note: str) -> SheetOut:
    """The title in A1; the note in row 1 right of the 汇总 button, never over the title or under it."""
    s = SheetOut(name, palette=dict(SUMMARY_STYLES))  # a copy: the marked styles are added to it
    s.put(0, 0, Cell(TITLES[name], style="title"))
    if note:
        s.put(0, _free_column(name), Cell(note, style="note"))
    return s


def _free_column(name: str) -> int:
    """The first column of row 1 whose left edge is right of the sheet's buttons."""
    from ..workbook.sheet_spec import BUTTON_GAP, BUTTON_WIDTH, SUMMARY_LOOKS

    look = SUMMARY_LOOKS[name]
    right = look.button_offset() + len(look.buttons) * (BUTTON_WIDTH + BUTTON_GAP)
    widths = look.widths_by_column()
    col, left = 0, 0
    while left < right:
        left += int(widths.get(col, 8.43) * 7 + 0.5) + 5  # pixels, as Excel draws a column
        col += 1
    return col


def _table(s: SheetOut, columns, rows: list[list[Any]], sources: dict) -> None:
    for j, (_, header, _, width) in enumerate(columns):
        s.put(HEADER_ROW, j, Cell(header, style="header"))
        s.widths[j] = width
    for i, values in enumerate(rows, start=HEADER_ROW + 1):
        for j, ((key, _, style, _), value) in enumerate(zip(columns, values, strict=True)):
            value = _plain(value)
            if key == "stem" and sources.get(value):
                s.put(i, j, _file_link(Path(sources[value])))
                continue
            s.put(i, j, Cell(value, style=style))


def _file_link(path: Path) -> Cell:
    """The unit's workbook as a link (its file name shown), the same in every writer."""
    from ..export.escape import formula_string

    return Cell(path.name, f"=HYPERLINK({formula_string(path)},{formula_string(path.name)})", "link")


def _department_cell(kind: str, j: int, value: Any) -> Cell:
    if kind in ("title", "note", "header"):
        return Cell(value, style={"title": "title", "note": "note", "header": "header"}[kind])
    total = kind == "total"
    if isinstance(value, float) or value is None:
        return Cell(value, style="bold_money" if total else "money")
    return Cell(value, style="bold" if total else ("wrap" if j == 0 else "text"))


def _plain(value: Any) -> Any:
    """A pandas cell as Excel takes it: NaN → blank, numpy numbers → Python numbers."""
    if value is None:
        return None
    if isinstance(value, float) and value != value:
        return None
    if hasattr(value, "item"):
        return value.item()
    return value
