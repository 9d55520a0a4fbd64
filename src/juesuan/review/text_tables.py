"""Tables a web page's text copy prints one cell a line (a published 决算 copied from a site that
flattens its tables): each cell on a line of its own ending in "|" ("预 算 数 |", "49.9 |", an empty
cell "|"), or each cell a line followed by a line "|" alone. Read as tables, so that the text beside
them is compared with them.

- **Width**: the distance between the first two row labels (a cell of words followed by a figure
  or an empty cell: "合 计" then "49.9"); the cells before the first label are the header.
- **Header**: as many cells as the width make one row; one cell more, with a 合计/小计 printed
  twice, is a head spanning the cells from the second 合计 on (「公车购置及运行维护费」 over
  「合计 | 车辆购置 | 车辆运行」): two rows.
- **Only whole tables**: every row a label then figures or empty cells (the last row may stop short);
  anything else stays text, as before.
"""

from __future__ import annotations

import re

from .blocks import normalize

_FIGURE = re.compile(r"-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?")
_CELL_LINE = re.compile(r"^\s*([^|]*?)\s*\|\s*$")  # a cell ending in "|" (one pipe), or "|" alone: empty
MIN_CELLS = 8


def _figure(cell: str) -> bool:
    return not cell or bool(_FIGURE.fullmatch(cell.replace(" ", "")))


def _cells(lines: list[str], i: int) -> tuple[list[str], int]:
    """The cells of the one-cell-a-line run from line ``i`` and where it ends: lines "cell |", or
    lines "cell" each followed by a line "|" alone."""
    cells: list[str] = []
    k = i
    alternating = k + 1 < len(lines) and lines[k].strip() not in ("", "|") and "|" not in lines[k] \
        and lines[k + 1].strip() == "|"
    while k < len(lines):
        if alternating:
            if k + 1 < len(lines) and lines[k].strip() not in ("", "|") and "|" not in lines[k] \
                    and lines[k + 1].strip() == "|":
                cells.append(normalize(lines[k]))
                k += 2
                continue
            if lines[k].strip() and "|" not in lines[k] and _figure(lines[k].strip()) and cells:
                cells.append(normalize(lines[k]))  # the last cell, its "|" not printed
                k += 1
            break
        m = _CELL_LINE.match(lines[k])
        if not m:
            break
        cells.append(normalize(m.group(1)))
        k += 1
    return cells, k


def _header(cells: list[str], width: int) -> list[list[str]] | None:
    if len(cells) == width:
        return [cells]
    if len(cells) != width + 1:
        return None
    again = [p for p in range(1, len(cells)) if cells[p] in ("合计", "小计") and cells[p] in cells[:p]]
    if len(again) != 1:
        return None
    p = again[0]
    span = len(cells) - p  # the cells under the spanning head cells[p - 1]
    return [cells[:p] + [""] * (span - 1), [""] * (width - span) + cells[p:]]


def pipe_table(lines: list[str], i: int) -> tuple[list[list[str]], int] | None:
    """(the table's rows, the line after it) of a one-cell-a-line table starting at line ``i``;
    None when none starts there or its cells do not make whole rows."""
    cells, end = _cells(lines, i)
    if len(cells) < MIN_CELLS:
        return None
    labels = [k for k in range(len(cells) - 1) if cells[k] and not _figure(cells[k]) and _figure(cells[k + 1])
              and any(cells[k + 1: k + 2])]
    if len(labels) < 2:
        return None
    first, width = labels[0], labels[1] - labels[0]
    if width < 2:
        return None
    header = _header(cells[:first], width)
    if header is None:
        return None
    body = [cells[k:k + width] for k in range(first, len(cells), width)]
    body[-1] += [""] * (width - len(body[-1]))
    if len(body) < 2 or not all(r[0] and not _figure(r[0]) and all(_figure(c) for c in r[1:]) for r in body):
        return None
    return [*header, *body], end
