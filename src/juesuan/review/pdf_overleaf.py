"""Unruled tables that go on overleaf: each page's lines read with the top of the next page, so that
a table reaching a page's foot is one grid (its header printed again, its title "（续）" and unit
line dropped, the rows overleaf set right below its last row and lined up under its columns)."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from .pdf_apart import read
from .pdf_unruled import _AMOUNT, _coded, _piece, _row, cells

if TYPE_CHECKING:
    from .pdf_lines import Line
    from .pdf_tables import Raw

_CAPTIONS = re.compile(r"续表|[（(]续[）)]|^单位[：:]|表$")


def overleaf(pages: list[list[Line]]) -> list[tuple[list[Line], list[tuple[float, Raw]]]]:
    """Each page's lines (headers and footers gone) without those of its unruled tables, and those
    tables (top, rows). A table reaching a page's foot is read with the top of the next page: its
    header lines printed again there, its title "（续）" and unit line dropped, the rows overleaf
    (only a 合计 row, or only the right half of a two-sided table) set right below its last row, so
    that one grid is read with the same columns. The table is the page's where it starts."""
    out: list[tuple[list[Line], list[tuple[float, Raw]]]] = [([], []) for _ in pages]
    where: dict[int, tuple[Line, int]] = {}  # id(a line as read) -> (the line on its page, the page)
    alive: list[Line] = []  # the moved copies (their ids stay theirs)
    carry: list[Line] = []
    for p, page in enumerate(pages):
        where |= {id(ln): (ln, p) for ln in page}
        lines, turn = page, None
        if carry:
            rest = _without_repeats(carry, page)
            moved = _below(carry, rest)
            alive += moved
            where |= {id(m): (o, p) for m, o in zip(moved, rest, strict=True)}
            lines, turn = carry + moved, len(carry)  # (the first line overleaf)
        kept, tables, carry = read(lines, open_end=p + 1 < len(pages), turn=turn)
        for ln in kept:
            line, q = where[id(ln)]
            out[q][0].append(line)
        for ln, grid in tables:
            line, q = where[id(ln)]
            out[q][1].append((line.top, grid))
    for lines, _ in out:
        lines.sort(key=lambda ln: ln.top)
    return out


def _squash(line: Line) -> str:
    return line.text.replace(" ", "")


def _without_repeats(carry: list[Line], page: list[Line]) -> list[Line]:
    """The page without the lines over a table going on from the page before (its header lines
    again, its title "（续）", its unit line) when its rows follow them; else the page."""
    first = next((k for k, ln in enumerate(carry) if _row(cells(ln))), 0)
    heads = {_squash(ln) for ln in carry[:first]}
    k = again = 0
    while k < len(page) and "。" not in page[k].text and (
            _squash(page[k]) in heads or _CAPTIONS.search(_squash(page[k]))):
        again += again < len(carry) and _squash(page[k]) == _squash(carry[again])  # (its header again, in order)
        k += 1
    # its rows follow (the first one's name wrapped above it, maybe); or its header's lines of two rows or
    # more are printed again (a two-sided table with blank zeros goes on with lines of labels alone)
    rows = [j for j in range(k, min(k + 3, len(page))) if _row(cells(page[j])) or _coded(cells(page[j]))]
    if again >= 2 and k < len(page):
        return page[k:]
    return page[k:] if rows and all(_piece(page[j], page[j + 1]) for j in range(k, rows[0])) else page


def _below(carry: list[Line], rest: list[Line]) -> list[Line]:
    """``rest`` moved up (copies) to stand one row below the carried lines (as far as rows stand apart
    there: the widest of their last steps, the last two lines may be one cell's)."""
    if not rest:
        return []
    last = carry[-1]
    steps = [b.top - a.top for a, b in pairwise(carry[-6:])]
    pitch = max(steps) if steps else 1.5 * (last.bottom - last.top)
    shift = last.top + max(pitch, 1.0) - rest[0].top
    dx = _sideways(carry, rest)
    return [replace(ln, top=ln.top + shift, bottom=ln.bottom + shift, x0=ln.x0 + dx, x1=ln.x1 + dx,
                    chars=[{**c, "x0": c["x0"] + dx, "x1": c["x1"] + dx} for c in ln.chars] if dx else ln.chars)
            for ln in rest]


def _sideways(carry: list[Line], rest: list[Line]) -> float:
    """How far the columns overleaf stand off those above (a table's rest laid out again by hand): the
    shift, within a character and a half, that puts the most right edges of figures overleaf on right
    edges of figures above (right-aligned figures end where their column ends); 0 when none does
    better than none."""
    def edges(lines: list[Line]) -> list[float]:
        return [x1 for ln in lines for _, x1, t in cells(ln) if _AMOUNT.fullmatch(t) and t not in "-－—"]

    above, below = edges(carry), edges(rest)
    em = max(carry[-1].bottom - carry[-1].top, 1.0)

    def fits(dx: float) -> int:
        return sum(any(abs(f + dx - e) < 0.5 for e in above) for f in below)

    shifts = {round(e - f, 1) for e in above for f in below if abs(e - f) <= 1.5 * em}
    best = max(sorted(shifts, key=abs), key=fits, default=0.0)
    return best if fits(best) > fits(0.0) else 0.0
