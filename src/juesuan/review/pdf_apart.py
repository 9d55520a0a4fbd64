"""Two tables printed side by side without rules whose rows do not line up: a two-sided table (公开06: 人员经费
left, 公用经费 right, each with its own 科目编码 | 科目名称 | 决算数 columns) laid out by WPS or ONLYOFFICE as two
tables beside each other (or in two text columns), each half's rows as tall as its own cells.

A page's lines are bands of glyphs the same height across the page, so where a name wraps in one half and not
in the other, a line holds a row of one half and a piece of the other's, or one half's row alone, and no
column of the table is found. Such a table is read half by half:

- **The gutter**: a strip no glyph of the table crosses, between one half's last column and the other's code
  column: where a row's amount stands just before a code (「2,857.05 302」), or where a header line names the
  same heads twice (「科目编码 科目名称 决算数 科目编码 科目名称 决算数」). The lines from the table's header to
  its last row all leave that strip blank; the title and the note under the table cross it.
- **Each half** is grouped into lines of its own (its glyphs only; a code right-aligned close before its name,
  as a spreadsheet sets a numeric code, set apart as a cell) and read as an unruled table (pdf_unruled), closed
  by the line that closes the whole table (its note).
- **The halves joined** row by row under one header, the table the rules read as a two-sided one
  (pdf_tables.tidy stacks it: 公用经费 under 人员经费).
- **Overleaf**: a table reaching the page's foot, each half a table's head there, is carried to the next page's
  lines as pdf_overleaf carries any (its header printed again dropped, the rows there moved below its last row),
  and read half by half with them.

Only where the halves' rows do not line up (a row of the half with fewer rows with no row of the other beside
it): halves whose rows line up are read as one table of two sides, as before. Halves of different columns (one
half's code in one 科目编码 column, the other's in 类|款 cells) are made alike before they are joined. Nothing is read
so when a half is not read as one table, the halves' columns cannot be matched, or the table is neither closed on
the page nor carried.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from .pdf_lines import group_lines
from .pdf_unruled import _AFTER, _AMOUNT, _heads, cells, unruled

if TYPE_CHECKING:
    from .pdf_lines import Line
    from .pdf_tables import Raw

_CODE = re.compile(r"\d{3,7}(?![\d.,，．])")  # a code, alone or close before its name


def read(lines: list[Line], open_end: bool = False,
         turn: int | None = None) -> tuple[list[Line], list[tuple[Line, Raw]], list[Line]]:
    """pdf_unruled.unruled, with a two-sided table printed as two tables side by side read half by half (one
    reaching the page's foot, with ``open_end``, the tail to read with the rows overleaf)."""
    found = _apart(lines, open_end)
    if found is None:
        return unruled(lines, open_end, turn)
    rest, table = found
    if isinstance(table, list):  # (the table goes on overleaf: its lines are the tail)
        kept, tables, _ = unruled(rest)
        return kept, tables, table
    kept, tables, tail = read(rest, open_end)  # (the lines carried from the page before are the table's)
    return kept, sorted([*tables, table], key=lambda t: t[0].top), tail


def _gutters(lines: list[Line]) -> list[tuple[int, float, float]]:
    """(line, gap's left, gap's right) of each line showing where two halves part: an amount right before a
    code (alone, or close before its name), or a header line naming the same heads twice."""
    out = []
    for k, line in enumerate(lines):
        parts = cells(line)
        if len(parts) < 3:
            continue
        texts = [t.replace(" ", "") for _, _, t in parts]
        for (_, x1, a), (x0, _, b) in pairwise(parts):
            if _AMOUNT.fullmatch(a) and a not in "-－—" and _CODE.match(b):
                out.append((k, x1, x0))
        if any(re.search(r"\d", t) for t in texts):
            continue
        marks = _heads(line, max(line.bottom - line.top, 1.0))
        heads = [t.replace(" ", "") for _, _, t in marks]
        n = len(heads) // 2
        if n >= 2 and len(heads) == 2 * n and heads[:n] == heads[n:]:
            out.append((k, marks[n - 1][1], marks[n][0]))
    return out


def _crosses(line: Line, at: float) -> bool:
    return any(c["x0"] < at < c["x1"] for c in line.chars)


def _apart(lines: list[Line], open_end: bool = False) -> tuple[list[Line], tuple[Line, Raw] | list[Line]] | None:
    """(the lines without the table's, (its first line, its grid)) of the first two-sided table printed as two
    tables side by side whose rows do not line up; with ``open_end``, one reaching the page's foot: (the lines
    before it, its lines); None when there is none."""
    found = _gutters(lines)
    if len(found) < 2:
        return None
    # the gap most lines agree on (all of them overlapping it)
    lo, hi = max(found, key=lambda g: sum(1 for _, a, b in found if a < g[2] and b > g[1]))[1:]
    agree = [(k, a, b) for k, a, b in found if a < hi and b > lo]
    at = (max(a for _, a, _ in agree) + min(b for _, _, b in agree)) / 2
    if len(agree) < 2 or any(_crosses(lines[k], at) for k, _, _ in agree):
        return None
    first, last = min(k for k, _, _ in agree), max(k for k, _, _ in agree)
    if any(_crosses(lines[k], at) for k in range(first, last + 1)):
        return None
    while first > 0 and not _crosses(lines[first - 1], at):
        first -= 1
    while last + 1 < len(lines) and not _crosses(lines[last + 1], at):
        last += 1
    region = lines[first:last + 1]
    pairs = [(m, c) for ln in region for m, c in zip(_placed(ln), ln.chars, strict=True)]
    moved = {id(m): id(c) for m, c in pairs}  # (a glyph as placed here: the one on its page)
    chars = [m for m, _ in pairs]
    sides = [[_unglued(ln) for ln in group_lines([c for c in chars if ((c["x0"] + c["x1"]) / 2 < at) == left])]
             for left in (True, False)]
    if _aligned(sides):
        return None
    if last + 1 == len(lines):  # (not closed on the page: it goes on overleaf, or is no table)
        going = open_end and all(unruled(side, open_end=True)[2] for side in sides)  # (each half a table's head)
        return (lines[:first], region) if going else None
    closer = lines[last + 1]
    if not _AFTER.search(closer.text.replace(" ", "")):
        return None
    read_sides = []
    for side in sides:
        kept, tables, _ = unruled([*side, closer])
        if len(tables) != 1:
            return None
        read_sides.append((kept, tables[0][1]))
    grid = _joined(read_sides[0][1], read_sides[1][1])
    if grid is None:
        return None
    loose = {moved.get(id(c), id(c)) for kept, _ in read_sides for ln in kept if ln is not closer for c in ln.chars}
    used = [ln for ln in region if any(id(c) not in loose for c in ln.chars)]
    rest = [ln for ln in lines if not any(ln is u for u in used)]
    return rest, (used[0], grid)


def _unglued(line: Line) -> Line:
    """A half's row whose code stands close before its name (a numeric code right-aligned in its narrow column, as
    a spreadsheet sets it: 「30101基本工资」) with the code's glyphs set a character apart from the name, so that
    they read as a cell of their own (as they do beside the other half's cells); else the line."""
    chars, em = line.chars, max(line.bottom - line.top, 1.0)
    k = 1 if chars and chars[0]["text"].isdigit() else 0
    while k and k < len(chars) and chars[k]["text"].isdigit() and chars[k]["x0"] - chars[k - 1]["x1"] < 0.1 * em:
        k += 1
    if not 3 <= k <= 7 or k == len(chars) or not re.match(r"[\u2e80-\u9fff]", chars[k]["text"]) \
            or (gap := chars[k]["x0"] - chars[k - 1]["x1"]) >= em:
        return line
    shift = em - gap + 0.5
    return replace(line, x0=line.x0 - shift,
                   chars=[{**c, "x0": c["x0"] - shift, "x1": c["x1"] - shift} for c in chars[:k]] + chars[k:])


def _placed(line: Line) -> list[dict]:
    """The line's glyphs where the line stands: a line moved up from the next page (pdf_overleaf: a table's rows
    overleaf set below its last row here) has its glyphs where that page prints them, moved by as much."""
    if not line.chars:
        return []
    tallest = max(c["bottom"] - c["top"] for c in line.chars)
    shifts = [round(line.top - c["top"], 2) for c in line.chars if c["bottom"] - c["top"] >= tallest - 0.01]
    dy = 0.0 if min(map(abs, shifts)) < 0.01 else Counter(shifts).most_common(1)[0][0]
    return line.chars if not dy else [{**c, "top": c["top"] + dy, "bottom": c["bottom"] + dy} for c in line.chars]


def _aligned(sides: list[list[Line]]) -> bool:
    """Whether the rows of the half with fewer rows each stand level with a row of the other: their lines holding
    a code or an amount (a row's own line, its figures beside the code; its zeros may be blank) level with one of
    the other half's (a table's rows shared by its halves, however their cells wrap)."""
    def tops(side: list[Line]) -> list[float]:
        return [ln.top for ln in side if any((_AMOUNT.fullmatch(t) and t not in "-－—") or _CODE.match(t)
                                             for _, _, t in cells(ln))]

    left, right = sorted((tops(sides[0]), tops(sides[1])), key=len)
    em = max((ln.bottom - ln.top for side in sides for ln in side), default=1.0)
    return all(any(abs(a - b) < 0.3 * em for b in right) for a in left)


def _joined(left: Raw, right: Raw) -> Raw | None:
    """The halves' grids side by side, row by row (the shorter padded with blank rows), under one header on both
    sides; None when their columns cannot be matched. Halves of different columns or header rows (one half's code in
    one 科目编码 column, the other's in 类|款 cells; a column more on one side) are made alike first: their code
    cells joined and their header rows made one (pdf_tables), then each column of the narrower half set under the
    wider's column of its name."""
    def header(grid: Raw) -> int:
        return next((r for r, row in enumerate(grid) if any(_AMOUNT.fullmatch(x or "") for x in row)), len(grid))

    def alike(a: Raw, b: Raw) -> bool:
        return len({len(r) for r in [*a, *b]}) == 1 and header(a) == header(b) > 0

    if not alike(left, right):
        left, right = _one_header(left), _one_header(right)
        if len(left[0]) != len(right[0]):
            wide, narrow = (left, right) if len(left[0]) > len(right[0]) else (right, left)
            if (placed := _under(wide, narrow)) is None:
                return None
            left, right = (wide, placed) if wide is left else (placed, wide)
        if not alike(left, right):
            return None
    h = header(left)
    width = len(left[0])
    body = max(len(left), len(right)) - h
    pad: list[str | None] = [""] * width
    return [[*left[r], *left[r]] for r in range(h)] + [
        [*(left[h + r] if h + r < len(left) else pad), *(right[h + r] if h + r < len(right) else pad)]
        for r in range(body)]


def _one_header(grid: Raw) -> Raw:
    """A half with its 类|款|项 code cells joined into one code and its header rows made one (pdf_tables._join);
    a half without split codes with its header rows made one too (each column named by its lowest head)."""
    from .pdf_tables import _join

    rows = _join(grid)
    h = next((r for r, row in enumerate(rows) if any(_AMOUNT.fullmatch(x or "") for x in row)), len(rows))
    if h > 1:
        named = [next((rows[r][c] for r in range(h - 1, -1, -1) if rows[r][c]), "") for c in range(len(rows[0]))]
        rows = [named, *rows[h:]]
    return [list[str | None](r) for r in rows]


def _under(wide: Raw, narrow: Raw) -> Raw | None:
    """The narrower half's rows with each column set under the wider half's column of the same head (in order),
    the wider's other columns blank; None when a head of the narrower is not found so."""
    at, k = [], 0
    for name in narrow[0]:
        while k < len(wide[0]) and (wide[0][k] or "") != (name or ""):
            k += 1
        if k == len(wide[0]):
            return None
        at.append(k)
        k += 1
    out: Raw = [list(wide[0])]
    for row in narrow[1:]:
        new: list[str | None] = [""] * len(wide[0])
        for c, x in zip(at, row, strict=True):
            new[c] = x
        out.append(new)
    return out
