"""Tables printed without rules (a spreadsheet or Word table with its borders off): found among a
page's lines by their columns, read as tables.

pdfplumber finds tables by their rules; without them each row comes out as one line of text
("201 一般公共服务支出 1,200.00 1,000.00 200.00") and the rules would read a row as a sentence. A run
of three or more lines, each cut into cells by gaps of a character or more and holding two amounts
or more, is a table when the lines of cells just above it (no sentence) are its header and no
piece of a wrapped cell lies next to it (its rows would be incomplete: better read as text than as
a table missing rows). The columns are where no row of the body has ink; each cell goes to the
column its middle is in.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .pdf import Line
    from .pdf_tables import Raw

_AMOUNT = re.compile(r"[-－]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?|[-－—]")
MIN_ROWS = 3
Cell = tuple[float, float, str]  # x0, x1, text


def cells(line: Line) -> list[Cell]:
    """The line cut where a gap of a character (of its height) or more parts its glyphs (a code
    centred in its narrow column is that close to the name beside it)."""
    em = max(line.bottom - line.top, 1.0)
    out: list[Cell] = []
    for c in line.chars:
        text = c["text"]
        if out and c["x0"] - out[-1][1] < em:
            x0, _, t = out[-1]
            out[-1] = (x0, c["x1"], t + text)
        else:
            out.append((c["x0"], c["x1"], text))
    return [(x0, x1, t.strip()) for x0, x1, t in out if t.strip()]


def _row(parts: list[Cell]) -> bool:
    return len(parts) >= 3 and sum(bool(_AMOUNT.fullmatch(t)) for _, _, t in parts) >= 2


def _head(parts: list[Cell]) -> bool:
    return len(parts) >= 3 and not any(re.search(r"[。；]", t) or len(t) > 30 for _, _, t in parts)


def _columns(body: list[list[Cell]]) -> list[float]:
    """Where columns part: the gaps in the union of the body's cells (their middles)."""
    spans = sorted((x0, x1) for parts in body for x0, x1, _ in parts)
    out, right = [], spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 > right:
            out.append((right + x0) / 2)
        right = max(right, x1)
    return out


def _grid(rows: list[list[Cell]], cuts: list[float], head: int, em: float) -> Raw | None:
    """The rows as cells of the columns; in the ``head`` rows two cells in one column beside an
    empty one (a header set left over right-aligned figures) take one each. None when two cells of
    a body row fall in one column (the columns were not told apart)."""
    out: Raw = []
    for r, parts in enumerate(rows):
        slots: list[list[str]] = [[] for _ in range(len(cuts) + 1)]
        ends: list[float] = [-1e9] * len(slots)  # where the slot's last cell ends
        for x0, x1, t in parts:
            k = sum(1 for cut in cuts if (x0 + x1) / 2 > cut)
            if slots[k] and x0 - ends[k] < 1.5 * em:
                slots[k][-1] += t  # a label spread by spaces ("合  计") is one cell
            else:
                slots[k].append(t)
            ends[k] = x1
        for k, here in enumerate(slots):
            if len(here) == 2 and r < head and k + 1 < len(slots) and not slots[k + 1]:
                slots[k + 1] = [here.pop()]
            elif len(here) == 2 and r < head and k and not slots[k - 1]:
                slots[k - 1] = [here.pop(0)]
        if any(len(here) > 1 for here in slots):
            return None
        out.append(["".join(x) for x in slots])
    return out


def _loose(line: Line, near: Line) -> bool:
    """A line close to a table's row (within one and a half lines) that is a piece of a cell, not a
    sentence, title, unit or note: a name or header wrapped in its cell. Such a table is not read
    as one (its rows would be incomplete)."""
    height = max(near.bottom - near.top, 1.0)
    if abs(line.top - near.top) > 3.5 * height:
        return False
    text = line.text.replace(" ", "")
    return len(text) < 20 and not re.search(r"[。；]|单位[：:]|表$|^注", text)


def unruled(lines: list[Line]) -> tuple[list[Line], list[tuple[float, Raw]]]:
    """The page's lines without those of its unruled tables, and those tables (top, rows)."""
    split = [cells(ln) for ln in lines]
    keep = [True] * len(lines)
    tables: list[tuple[float, Raw]] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _row(split[j]):
            j += 1
        if j - i < MIN_ROWS:
            i = max(j, i + 1)
            continue
        start = i
        while start > i - 6 and start > 0 and keep[start - 1] and _head(split[start - 1]) \
                and not _row(split[start - 1]):
            start -= 1
        cuts = _columns(split[i:j])
        em = max(lines[i].bottom - lines[i].top, 1.0)
        grid = _grid(split[start:j], cuts, i - start, em) if len(cuts) >= 2 and start < i else None
        loose = (start and _loose(lines[start - 1], lines[start])) \
            or (j < len(lines) and _loose(lines[j], lines[j - 1]))
        if grid is not None and not loose:
            tables.append((lines[start].top, grid))
            for k in range(start, j):
                keep[k] = False
        i = j
    return [ln for ln, k in zip(lines, keep, strict=True) if k], tables
