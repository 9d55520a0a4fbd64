"""The workbook's 决算公开 sheet as data: the nine public tables (公开01–09, 万元) side by side, each in
columns of its own at the template's widths (``export/sheet_style.public_widths``) and each its own print
area, so every table prints on a page of its own as the template sizes it — not at the widest column any
of the nine needs. The three writers (builder, ``juesuan disclose``, the 生成公开 button) write it as it is.
"""

from __future__ import annotations

from typing import Any

from ..export.sheet_style import DISCLOSURE_SHEET_STYLES, PUBLIC_GAP, PUBLIC_NAME_CHARS, public_widths, text_units
from ..sources import layout as L
from .outputs import LINE_POINTS, Cell, SheetOut, text_height
from .sheet_spec import TOOL_LOOKS

TOP = 3  # the first table title's row: the sheet's title, the status line and a blank row above
INDENT = "　"  # a child 科目's name, indented by level as the template


def public_sheet(disclosed: Any, locator: L.Locator | None = None) -> SheetOut:
    """The nine tables of ``disclosed`` (a ``juesuan.disclosure.api.Disclosed``) left to right, one empty
    column between two, their bodies from one row (a table with fewer header rows starts lower); each laid
    out as the published .xlsx (``disclosure.grid``): title, 编制单位/年度/单位, headers, rows, notes. Below
    them the disclosure's findings, each with a link to the cell it is about (``locator``: the workbook's)."""
    from ..disclosure.grid import grid

    s = SheetOut(L.DISCLOSURE, palette=DISCLOSURE_SHEET_STYLES)  # the template's look (export/sheet_style)
    s.widths = {}  # every column is a table's own (the look's widths are the blank sheet's)
    s.put(0, 0, Cell(TOOL_LOOKS[L.DISCLOSURE].title, style="title"))
    errors = disclosed.errors
    status = (f"存在 {errors} 项审核错误，仅供核对" if errors
              else "表间审核通过。Word/PDF 与 Excel 文件已生成在工作簿旁。")
    col = 0
    tables: dict[str, str] = {}  # each table's title cell: where a finding about the table links to
    grids = [grid(table) for table in disclosed.tables]
    heads = max(g.header_rows for g in grids)
    for table, g in zip(disclosed.tables, grids, strict=True):
        n = len(g.kinds)
        widths = public_widths(table.key, _needs(g))
        s.widths.update({col + j: w for j, w in enumerate(widths)})
        s.widths[col + n] = PUBLIC_GAP
        first = TOP + heads - g.header_rows  # every table's rows on the same rows (row heights are shared)
        last = _table(s, g, first, col, widths)
        tables[table.key] = L.sheet_cell(L.DISCLOSURE, first, col)
        s.areas.append((first, col, last, col + n - 1))  # a page each, as the template's (the sheet's title not)
        col += n + 1
    _findings(s, disclosed.findings, locator or L.Locator(), tables, max(a[2] for a in s.areas) + 3)
    right = s.areas[0][3]  # the status line wraps over the first table
    text = f"{disclosed.filename()}（单位：万元），公开01–09从左到右排列，审核结果列在表下方。{status}"
    s.put(1, 0, Cell(text, style="error_wrap" if errors else "note_wrap"))
    s.merges.append((1, 0, 1, right))
    s.heights[1] = text_height(text, sum(s.widths[j] for j in range(right + 1)))
    return s


def _findings(s: SheetOut, findings: list, locator: L.Locator, tables: dict[str, str], row: int) -> None:
    """The disclosure's findings from ``row`` (under the tallest table, not printed): each as the command
    prints it, wrapped over the first table's name and amount columns, and a link to the cell to fill or
    correct (the 位置 column) — or, for a finding about a public table (公开05 ≠ 公开06), to that table here."""
    from ..core.findings import Level as Lv
    from ..core.findings import count, sort_findings
    from .outputs import link_cell

    right = s.areas[0][3]
    said = "、".join(f"{lv.value}{count(findings, lv)}项" for lv in (Lv.ERROR, Lv.WARNING, Lv.INFO))
    click = "点击“位置”跳到要填写或改正的单元格。" if findings else ""
    s.put(row, 0, Cell(f"审核结果：{said}。{click}", style="note"))
    s.put(row + 1, 0, Cell("说明", style="header"))
    s.merges.append((row + 1, 0, row + 1, right - 1))
    s.put(row + 1, right, Cell("位置", style="header"))
    width = sum(s.widths[j] for j in range(right))
    if not findings:
        s.put(row + 2, 0, Cell("无", style="wrap"))
        s.merges.append((row + 2, 0, row + 2, right - 1))
    for i, f in enumerate(sort_findings(findings), start=row + 2):
        text = f"[{f.level.value}] {f.code} {f.message}"
        s.put(i, 0, Cell(text, style="wrap"))
        s.merges.append((i, 0, i, right - 1))
        _at_least(s, i, text_height(text, width))
        address = locator.address(f.path) or (tables.get(str(f.path[0]), "") if f.path else "")
        s.put(i, right, link_cell(address) if address else Cell(None, style="wrap"))  # a part no sheet holds: the
        # message says how to fill it (never a data-file path to a workbook user)


def _needs(g) -> list[float]:
    """Each column's content on one line (characters, ``text_units``): its figures and codes, its names
    up to ``PUBLIC_NAME_CHARS`` (a longer one wraps, as in the template), its own header label on at most
    two lines (功能分类 | 科目编码, as the template)."""
    from ..disclosure import spec as public

    heads = {m.col: text_units(m.text) / 2 + 1 for m in g.header if m.col == m.last_col}
    out = []
    for j, kind in enumerate(g.kinds):
        if kind == public.TEXT:
            longest = max((text_units(INDENT * lvl + str(row[j] or "")) for row, lvl in zip(g.body, g.indent,
                                                                                             strict=True)), default=0)
            out.append(max(min(longest, 2.0 * PUBLIC_NAME_CHARS), heads.get(j, 0)))
        else:
            out.append(max([text_units(g.text(i, j)) for i in range(len(g.body))] + [heads.get(j, 0)]))
    return out


def _table(s: SheetOut, g, at: int, col: int, widths: list[float]) -> int:
    """One table at row ``at``, column ``col``; its last row."""
    from ..disclosure import spec as public
    from ..disclosure.grid import header_lines

    n = len(g.kinds)
    s.put(at, col, Cell(g.title, style="caption"))
    s.merges.append((at, col, at, col + n - 1))  # centred over its table, as the template
    left, middle, right = g.unit_line  # 编制单位 left, 年度 centred, 单位：万元 right: the template's line
    s.put(at + 1, col, Cell(left, style="note"))
    if n >= 3 and middle:
        s.put(at + 1, col + n // 2, Cell(middle, style="center"))
    s.put(at + 1, col + n - 1, Cell(right, style="right"))
    top = at + 2
    for m in g.header:  # a merged header: one cell, centred over its columns, every cell of it framed
        room = sum(widths[m.col:m.last_col + 1]) - 2
        label = header_lines(m.text, int(room / 2))  # in balanced lines, as the .xlsx (功能分类 | 科目编码)
        for hr in range(m.row, m.last_row + 1):
            for hc in range(m.col, m.last_col + 1):
                s.put(top + hr, col + hc, Cell(label if (hr, hc) == (m.row, m.col) else None, style="header"))
        if (m.last_row, m.last_col) != (m.row, m.col):
            s.merges.append((top + m.row, col + m.col, top + m.last_row, col + m.last_col))
        lines = sum(-(-max(text_units(x), 1) // room) for x in label.split("\n"))
        _at_least(s, top + m.last_row, LINE_POINTS * lines / (m.last_row - m.row + 1))
    first = top + g.header_rows
    for i, row in enumerate(g.body):
        total = "total_" if g.bold[i] else ""
        for j, value in enumerate(row):
            if g.kinds[j] == public.MONEY:  # a zero the table prints blank is blank here too
                s.put(first + i, col + j, Cell(value if g.text(i, j) else None, style=f"{total}money"))
            else:  # wrapped: a long 科目名称 shows whole in its column
                text = (INDENT * g.indent[i] if j == 0 else "") + str(value or "")
                centred = "_center" if total and g.align(i, j) == "center" else ""  # 合计/总计, as the template
                s.put(first + i, col + j, Cell(text, style="wrap" if not total else f"total_text{centred}"))
                if text:
                    _at_least(s, first + i, text_height(text, widths[j]))
    for m in g.spans:  # a total's label over code + name, one merged cell as the .xlsx
        label = "total_text" + ("_center" if g.align(m.row, m.last_col) == "center" else "")
        for j in range(m.col, m.last_col + 1):
            s.put(first + m.row, col + j, Cell(m.text if j == m.col else None, style=label))
        s.merges.append((first + m.row, col + m.col, first + m.row, col + m.last_col))
    r = first + len(g.body)
    for note in g.notes:  # wrapped over the table's width, never cut at its print area's edge
        s.put(r, col, Cell(note, style="note_wrap"))
        s.merges.append((r, col, r, col + n - 1))
        _at_least(s, r, text_height(note, sum(widths)))
        r += 1
    return r - 1


def _at_least(s: SheetOut, row: int, height: float) -> None:
    """Row ``row`` as tall as ``height`` points where that is more than one line (rows are shared by the
    tables side by side: the tallest need of any)."""
    if height > LINE_POINTS:
        s.heights[row] = max(s.heights.get(row, 0), height)
