"""Which row of an unruled table each piece of a wrapped cell belongs to.

A name too long for its cell wraps onto two lines or more; the row's figures and code stand on one
line (the row's anchor). Where the cell's lines stand against that line is the table's own setting,
the same for every row: at the row's top (Word's default: the first line beside the figures), at its
middle (a 决算 template's cells: the lines centred on the figures) or at its foot (a spreadsheet's
default: the last line beside them). The nearest row is often not the right one: a four-line name
centred on its figures has its first line nearer the row above.

So the pieces between two anchors are parted once for the whole table: the first ones go down to the
row above, the rest up to the row below, the parting chosen (dynamic programming over the rows) so
that every row's cells stand where the setting puts them; of the three settings the one that
explains the table best.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

Placed = tuple[float, frozenset[int]]  # a line's top, the columns it has text in

_SETTINGS = ("center", "top", "bottom")


def _offset(setting: str, anchor: float, tops: list[float]) -> float:
    if setting == "top":
        return abs(min(tops) - anchor)
    if setting == "bottom":
        return abs(max(tops) - anchor)
    return abs((min(tops) + max(tops)) / 2 - anchor)


def _cost(setting: str, anchor: Placed, lines: Sequence[Placed], lead: float) -> float:
    """How far the row's cells stand from where ``setting`` puts them, and their lines from one ``lead``
    apart (points, summed over columns)."""
    columns: dict[int, list[float]] = {}
    for top, cols in (anchor, *lines):
        for c in cols:
            columns.setdefault(c, []).append(top)
    out = 0.0
    for tops in columns.values():
        tops.sort()
        out += _offset(setting, anchor[0], tops) + sum(abs(b - a - lead) for a, b in pairwise(tops))
    return out


def _lead(anchors: list[Placed], pieces: list[Placed], em: float) -> float:
    """How far apart the lines of one cell stand: the commonest distance (to half a point) from a piece
    to the nearer of the lines before and after it in its column, less than two and a half characters
    (the next line of its cell; rows stand further apart)."""
    seen: dict[int, list[tuple[float, bool]]] = {}
    for top, cols, piece in sorted([(t, c, False) for t, c in anchors] + [(t, c, True) for t, c in pieces]):
        for c in cols:
            seen.setdefault(c, []).append((top, piece))
    steps: Counter[int] = Counter()
    for tops in seen.values():
        for k, (top, piece) in enumerate(tops):
            near = min((abs(tops[j][0] - top) for j in (k - 1, k + 1) if 0 <= j < len(tops)), default=0.0)
            if piece and 0.8 * em <= near <= 2.5 * em:
                steps[round(2 * near)] += 1
    return steps.most_common(1)[0][0] / 2 if steps else 1.2 * em


def _parted(setting: str, anchors: list[Placed], gaps: list[list[Placed]], lead: float) -> tuple[float, list[int]]:
    """(the cost, each gap's parting: how many of its pieces go to the row above) under ``setting``;
    ``gaps[j]`` the pieces between anchor j and j + 1 (the first, before anchor 0, all go to it; the
    last, after the last anchor, to it)."""
    m = len(anchors)
    # best[s]: the least cost of rows 0..j with s pieces of gap j (between rows j and j+1) going to row j
    before = gaps[0]
    best: dict[int, tuple[float, list[int]]] = {}
    for j in range(m):
        inner = gaps[j + 1] if j + 1 < m else []
        last = j == m - 1
        options = [len(inner)] if last else range(len(inner) + 1)
        new: dict[int, tuple[float, list[int]]] = {}
        for s in options:
            below = inner[:s] if not last else [*inner, *gaps[m]]
            if j == 0:
                cost = _cost(setting, anchors[0], [*before, *below], lead)
                new[s] = (cost, [s])
                continue
            prev = gaps[j]
            new[s] = min(((c + _cost(setting, anchors[j], [*prev[t:], *below], lead), [*p, s])
                          for t, (c, p) in best.items()), key=lambda x: x[0])
        best = new
    cost, parts = min(best.values(), key=lambda x: x[0])
    return cost, parts


def homes(anchors: list[Placed], pieces: list[Placed], em: float) -> list[int]:
    """For each piece (in the order printed, tops rising), the index of the anchor whose row it belongs to
    (``em``: the lines' height)."""
    if not anchors:
        return []
    gaps: list[list[Placed]] = [[] for _ in range(len(anchors) + 1)]
    where = []  # each piece's gap
    for piece in pieces:
        g = sum(1 for a in anchors if a[0] < piece[0])
        where.append((g, len(gaps[g])))
        gaps[g].append(piece)
    lead = _lead(anchors, pieces, em)
    _, parts = min((_parted(s, anchors, gaps, lead) for s in _SETTINGS), key=lambda x: x[0])
    out = []
    for g, k in where:
        if g == 0:
            out.append(0)
        elif g == len(anchors):
            out.append(len(anchors) - 1)
        else:
            out.append(g - 1 if k < parts[g - 1] else g)
    return out


def broken(anchors: list[Placed], pieces: list[Placed], found: list[int], turn: float, em: float) -> list[int]:
    """``found`` (each piece's anchor, by ``homes``) with the pieces at the top of the page overleaf (from
    ``turn``, the top of its first line) given back to the last row above them where they are no lines
    of the first row's cells there: a row broken across the pages prints its rest at the top overleaf,
    whatever the table's setting. The first row overleaf keeps the pieces above its anchor that stand a
    lead apart or less from it and from each other, going up; those above a wider step (a row's padding)
    are the broken row's."""
    first = next((a for a, (top, _) in enumerate(anchors) if top >= turn), None)
    if not first:  # (no row overleaf, or none above the turn)
        return found
    lead = _lead(anchors, pieces, em)
    mine = sorted((k for k, (top, _) in enumerate(pieces) if turn <= top < anchors[first][0] and found[k] == first),
                  key=lambda k: -pieces[k][0])
    out, at = list(found), anchors[first][0]
    for n, k in enumerate(mine):
        if at - pieces[k][0] > 1.15 * lead:
            for j in mine[n:]:
                out[j] = first - 1
            break
        at = pieces[k][0]
    return out
