"""A two-sided table (公开06: 人员经费 left, 公用经费 right, each with its own 科目编码 | 科目名称 | 决算数
columns) printed as two tables side by side, without rules, as WPS and ONLYOFFICE print one laid out in two
text columns or as two tables set beside each other: each half's rows as tall as its own cells, so a name
wrapped in one half moves that half's rows down and the halves' rows stand apart from the row beside them
(a Word table's halves share their rows: tests/pdf_glyphs.Writer.table).

``apart(writer, grid, size, name_width)`` prints the grid's halves so glyph by glyph (the half's header rows, then
its body rows without those it leaves blank: 人员经费 has fewer lines than 公用经费), each half from the same top, on
one page; ``apart_docx(doc, grid, …)`` as two Word tables in the two cells of a table without rules, which
LibreOffice breaks across pages (each half going on overleaf under its header again).
"""

from __future__ import annotations

from tests import pdf_docs, pdf_glyphs

GAP = 0.8  # cm between the halves


def halves(grid: pdf_docs.Grid) -> tuple[pdf_docs.Grid, pdf_docs.Grid]:
    """The two halves of a two-sided grid (its header's first row the same twice), each a grid of its own:
    body rows blank on a half left out of it, merges moved onto the half they stand on."""
    n = len(grid.widths) // 2
    out = []
    for a in (0, n):
        body = [(r, row[a:a + n]) for r, row in enumerate(grid.body) if any(row[a:a + n])]
        at = {r: k for k, (r, _) in enumerate(body)}
        merges = [(at[r], c0 - a, c1 - a) for r, c0, c1 in grid.body_merges if a <= c0 < a + n and r in at]
        heads = [(r0, c0 - a, r1, c1 - a) for r0, c0, r1, c1 in grid.merges if a <= c0 < a + n]
        out.append(pdf_docs.Grid([h[a:a + n] for h in grid.header], heads, [row for _, row in body], merges,
                                 grid.widths[a:a + n]))
    return out[0], out[1]


def whole(half: pdf_docs.Grid) -> pdf_docs.Grid:
    """A half with its 类|款 code cells one 「科目编码」 column (a spreadsheet's numeric code, right-aligned in it)."""
    body = [[r[0], "", r[3]] if r[0].endswith("合计") else [r[0] + r[1], r[2], r[3]] for r in half.body]
    return pdf_docs.Grid([["科目编码", "科目名称", "决算数"]], [], body, [(r, 0, 1) for r, _, _ in half.body_merges],
                         [1.6, *half.widths[2:]])


def apart(w: pdf_glyphs.Writer, grid: pdf_docs.Grid, size: float, name_width: float = 0.0,
          codes: str = "split") -> None:
    """``grid``'s halves printed side by side from the writer's top, each half's rows on their own (one page:
    the table is set to fit it); the writer goes on under the longer half. ``codes`` "whole": each half's code in
    one column (``whole``); "mixed": the left half's only (its columns one fewer than the right half's, whose code
    stands in 类|款 cells), "mixed-right": the right half's only."""
    left, right = halves(grid)
    if codes in ("whole", "mixed"):
        left = whole(left)
    if codes in ("whole", "mixed-right"):
        right = whole(right)
    names = [c for c, head in enumerate(left.header[0]) if head == "科目名称"]
    # the left half's names narrower (wrapped where the right half's are not): the halves' rows drift apart
    widths = [list(left.widths), list(right.widths)]
    for c in names:
        widths[0][c] = name_width or left.widths[c] * 0.55
        widths[1][c] = (name_width or left.widths[c] * 0.55) * 1.4
    total = sum(widths[0]) + sum(widths[1]) + GAP
    x = (w.page.width - total * pdf_glyphs.CM) / 2
    top, page, bottoms = w.top, len(w.pages), []
    for half, ws in zip((left, right), widths, strict=True):
        xs = [x + sum(ws[:k]) * pdf_glyphs.CM for k in range(len(ws) + 1)]
        w.top = top
        w._row(half.header, half.merges, xs, size, header=True)
        for r, row in enumerate(half.body):
            cells: list[str | None] = list(row)
            merges = []
            for c0, c1 in sorted((c0, c1) for k, c0, c1 in half.body_merges if k == r):
                cells = [*cells[:c0], cells[c0], *[None] * (c1 - c0), *cells[c1 + 1:]]
                merges.append((0, c0, 0, c1))
            w._row([cells], merges, xs, size)
        assert len(w.pages) == page, "a table printed apart is set on one page"
        bottoms.append(w.top)
        x = xs[-1] + GAP * pdf_glyphs.CM
    w.top = max(bottoms)



def apart_docx(doc, grid: pdf_docs.Grid, lowered: int, size: float, name_width: float = 0.0, **options) -> None:
    """``grid``'s halves as two Word tables set beside each other (each in a cell of a one-row table without
    rules), each as tests/pdf_docs._write_grid writes a table (``options``), the left half's names narrower."""
    from docx.shared import Cm

    outer = doc.add_table(rows=1, cols=2)
    outer.autofit = False
    for k, half in enumerate(halves(grid)):
        widths = [(name_width or w * 0.55) * (1.4 if k else 1.0) if head == "科目名称" else w
                  for head, w in zip(half.header[0], half.widths, strict=True)]
        cell = outer.cell(0, k)
        cell.width = Cm(sum(widths) + GAP)
        pdf_docs._write_grid(cell, pdf_docs.Grid(half.header, half.merges, half.body, half.body_merges, widths),
                             lowered, size, **options)
