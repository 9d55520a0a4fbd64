"""The nine public tables as an .xlsx workbook (xlsxwriter): one sheet per table, titled, with
单位：万元, two-level headers, 2-decimal number formats, notes and a print setup that fits each
table on one A4 page. Cells hold the exact 万元 value (the format rounds at display); totals and
parent rows are formulas over their parts, with the computed value cached — where the parts add to
the total exactly; a published total beside its rounded parts is written as the figure."""

from __future__ import annotations

import math
from dataclasses import replace
from decimal import Decimal
from io import BytesIO

from ..export.sheet_style import DISCLOSURE_STYLES, MONEY, PUBLIC_TABLE, page_xlsxwriter, xlsxwriter_formats
from . import spec as s
from .grid import grid, header_lines, sums, widths
from .tables import Tables

ROW_POINTS = 14.5  # one line of 五号 text


def text_lines(text: str, width: float) -> int:
    """Lines ``text`` takes in a column ``width`` characters wide (a CJK character 1.9 of them, as
    ``grid.widths`` counts)."""
    units = sum(1.9 if ord(ch) > 0xFF else 1.0 for ch in text)
    return max(1, math.ceil(units / max(width, 1.0)))


def build(tables: Tables) -> bytes:
    from xlsxwriter.utility import xl_rowcol_to_cell

    from ..export.escape import xlsx_workbook

    out = BytesIO()
    book = xlsx_workbook(out)  # a title or name that starts with "=" stays text
    book.set_properties({"title": "部门决算公开表", "author": "juesuan"})
    # a money cell's zero as the table prints it ("blank", "0.00", "0"), formulas included
    zero_forms = {"blank": ";", "0": ";0", "0.00": "", "-": ';"-"'}
    f = xlsxwriter_formats(book, {
        **DISCLOSURE_STYLES,
        **{f"{name}:{z}": replace(DISCLOSURE_STYLES[name], number_format=f"{MONEY};-{MONEY}{form}" if form else MONEY)
           for name in ("money", "total_money") for z, form in zero_forms.items()}})
    for t in tables:
        g = grid(t)
        ws = book.add_worksheet(t.key)
        n = len(g.kinds)
        cols = widths(g)
        for j, w in enumerate(cols):
            ws.set_column(j, j, w)
        ws.merge_range(0, 0, 0, n - 1, g.title, f["title"])
        ws.set_row(0, 24)
        ws.write(1, 0, g.unit_line[0], f["left"])
        if n >= 3:
            ws.write(1, n // 2, g.unit_line[1], f["center"])
        ws.write(1, n - 1, g.unit_line[2], f["right"])
        top = 2
        lines = [1] * g.header_rows
        for m in g.header:  # a label broken in balanced lines where its cell is narrow (功能分类 | 科目编码)
            text = header_lines(m.text, int(sum(cols[m.col:m.last_col + 1]) / 2))
            lines[m.last_row] = max(lines[m.last_row], text.count("\n") + 1 - (m.last_row - m.row))
            if (m.row, m.col) == (m.last_row, m.last_col):
                ws.write(top + m.row, m.col, text, f["head"])
            else:
                ws.merge_range(top + m.row, m.col, top + m.last_row, m.last_col, text, f["head"])
        first = top + g.header_rows
        for k in range(g.header_rows):
            ws.set_row(top + k, 15 * lines[k] + 3)
        formulas = sums(t)
        for i, cells in enumerate(g.body):
            r = first + i
            tall = max((text_lines("　" * g.indent[i] + str(v), cols[j]) for j, v in enumerate(cells)
                         if g.kinds[j] == s.TEXT and v), default=1)
            if tall > 1:  # a long 科目名称 wraps (the spec's text cells): its row as tall as its lines
                ws.set_row(r, ROW_POINTS * tall)
            total = "total_" if g.bold[i] else ""  # a 合计/总计 row: its own look (the spec's)
            for j, value in enumerate(cells):
                kind = g.kinds[j]
                zero = (g.column_zeros[j] if j < len(g.column_zeros) else "") or g.zeros
                money = f[f"{total}money:{zero}"]
                if kind == s.MONEY:
                    parts = [g.body[a][b] for a, b in formulas.get((i, j), [])]
                    exact = sum((x for x in parts if isinstance(x, Decimal)), Decimal(0))
                    if (i, j) in formulas and value == exact:
                        refs = "+".join(xl_rowcol_to_cell(first + a, b) for a, b in formulas[(i, j)])
                        ws.write_formula(r, j, f"={refs}", money, float(value or 0))
                    elif value is None or not g.text(i, j):  # not determined, or a zero printed blank
                        ws.write_blank(r, j, None, money)
                    else:
                        ws.write_number(r, j, float(value), money)
                elif kind == s.CODE:
                    ws.write_string(r, j, str(value), f[total + "code"])
                else:
                    text = ("　" * g.indent[i] + str(value)) if value else ""
                    centre = "_center" if total and g.align(i, j) == "center" else ""
                    ws.write_string(r, j, text, f[total + "text" + centre])
        for m in g.spans:  # a total's label over code + name
            ws.merge_range(first + m.row, m.col, first + m.row, m.last_col, m.text,
                           f["total_text" + ("_center" if g.align(m.row, m.last_col) == "center" else "")
                             if g.bold[m.row] else "text"])
        r = first + len(g.body)
        for note in g.notes:
            ws.merge_range(r, 0, r, n - 1, note, f["note"])
            ws.set_row(r, 30 if len(note) > 60 else 18)
            r += 1
        page_xlsxwriter(ws, replace(PUBLIC_TABLE, landscape=g.landscape))
        ws.repeat_rows(top, first - 1)
        ws.print_area(0, 0, r - 1, n - 1)
        ws.freeze_panes(first, 0)
    book.close()
    return out.getvalue()

