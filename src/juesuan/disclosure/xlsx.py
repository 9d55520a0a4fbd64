"""The nine public tables as an .xlsx workbook (xlsxwriter): one sheet per table, titled, with
单位：万元, two-level headers, 2-decimal number formats, notes and a print setup that fits each
table on one A4 page. Cells hold the exact 万元 value (the format rounds at display); totals and
parent rows are formulas over their parts, with the computed value cached."""

from __future__ import annotations

from io import BytesIO

from ..export import fonts
from . import spec as s
from .grid import grid, sums, widths
from .tables import Tables

FONT = fonts.SONG
NUMBER = "#,##0.00"


def build(tables: Tables) -> bytes:
    from xlsxwriter.utility import xl_rowcol_to_cell

    from ..export.escape import xlsx_workbook

    out = BytesIO()
    book = xlsx_workbook(out)  # a title or name that starts with "=" stays text
    book.set_properties({"title": "部门决算公开表", "author": "juesuan"})
    f = {
        "title": book.add_format({"font_name": fonts.HEI, "font_size": 16, "align": "center", "valign": "vcenter"}),
        "left": book.add_format({"font_name": FONT, "font_size": 10}),
        "center": book.add_format({"font_name": FONT, "font_size": 10, "align": "center"}),
        "right": book.add_format({"font_name": FONT, "font_size": 10, "align": "right"}),
        "head": book.add_format({"font_name": FONT, "font_size": 10, "bold": True, "align": "center",
                                 "valign": "vcenter", "border": 1, "text_wrap": True, "bg_color": "#F2F2F2"}),
        "text": book.add_format({"font_name": FONT, "font_size": 10, "border": 1, "valign": "vcenter"}),
        "code": book.add_format({"font_name": FONT, "font_size": 10, "border": 1, "valign": "vcenter",
                                 "num_format": "@"}),
        "money": book.add_format({"font_name": FONT, "font_size": 10, "border": 1, "num_format": NUMBER,
                                  "align": "right", "valign": "vcenter"}),
        "note": book.add_format({"font_name": FONT, "font_size": 9, "text_wrap": True, "valign": "top"}),
    }
    for key in ("text", "money", "code"):
        f[f"{key}_bold"] = book.add_format({**_props(f[key]), "bold": True})
    for t in tables:
        g = grid(t)
        ws = book.add_worksheet(t.key)
        n = len(g.kinds)
        for j, w in enumerate(widths(g)):
            ws.set_column(j, j, w)
        ws.merge_range(0, 0, 0, n - 1, g.title, f["title"])
        ws.set_row(0, 28)
        ws.write(1, 0, g.unit_line[0], f["left"])
        if n >= 3:
            ws.write(1, n // 2, g.unit_line[1], f["center"])
        ws.write(1, n - 1, g.unit_line[2], f["right"])
        top = 2
        for m in g.header:
            if (m.row, m.col) == (m.last_row, m.last_col):
                ws.write(top + m.row, m.col, m.text, f["head"])
            else:
                ws.merge_range(top + m.row, m.col, top + m.last_row, m.last_col, m.text, f["head"])
        first = top + g.header_rows
        for k in range(g.header_rows):
            longest = max((len(m.text) for m in g.header if m.row == k), default=0)
            ws.set_row(top + k, 30 if longest > 8 else 18)
        formulas = sums(t)
        for i, cells in enumerate(g.body):
            r = first + i
            suffix = "_bold" if g.bold[i] else ""
            for j, value in enumerate(cells):
                kind = g.kinds[j]
                if kind == s.MONEY:
                    if (i, j) in formulas:
                        refs = "+".join(xl_rowcol_to_cell(first + a, b) for a, b in formulas[(i, j)])
                        ws.write_formula(r, j, f"={refs}", f["money" + suffix], float(value or 0))
                    elif value is None:
                        ws.write_blank(r, j, None, f["money" + suffix])
                    else:
                        ws.write_number(r, j, float(value), f["money" + suffix])
                elif kind == s.CODE:
                    ws.write_string(r, j, str(value), f["code" + suffix])
                else:
                    text = ("　" * g.indent[i] + str(value)) if value else ""
                    ws.write_string(r, j, text, f["text" + suffix])
        r = first + len(g.body)
        for note in g.notes:
            ws.merge_range(r, 0, r, n - 1, note, f["note"])
            ws.set_row(r, 30 if len(note) > 60 else 18)
            r += 1
        ws.set_paper(9)
        if g.landscape:
            ws.set_landscape()
        else:
            ws.set_portrait()
        ws.set_margins(left=0.5, right=0.5, top=0.6, bottom=0.6)
        ws.center_horizontally()
        ws.fit_to_pages(1, 1)
        ws.repeat_rows(top, first - 1)
        ws.print_area(0, 0, r - 1, n - 1)
        ws.freeze_panes(first, 0)
    book.close()
    return out.getvalue()


def _props(fmt) -> dict:
    return {"font_name": FONT, "font_size": 10, "border": 1, "valign": "vcenter",
            **({"num_format": NUMBER, "align": "right"} if fmt.num_format == NUMBER else {}),
            **({"num_format": "@"} if fmt.num_format == "@" else {})}
