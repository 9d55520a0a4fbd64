"""The header and labels of a table printed without rules (pdf_unruled): heads wrapped in their cells
made whole again, heads standing close, labels spread over their cells, and the gaps between heads that
no glyph of the body covers (columns blank in every row)."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .pdf_lines import Line
    from .pdf_tables import Raw

# an amount as tables print them: two decimals (or one, or digit groups), a zero, a dash; not a
# bare number (a code part "01", the tail "6" of a figure wrapped in its cell). Its groups may be parted by
# a full-width 「，」 (「1，234.56」, typed so: the cell reads it as the amount, the rules report the width). A
# negative amount is 「-12.34」 or, as accountants print it, 「(12.34)」
_POSITIVE = r"(?:\d{1,3}(?:[,，]\d{3})+|\d+)\.\d{1,2}|\d{1,3}(?:[,，]\d{3})+"
_AMOUNT = re.compile(r"[-－]?(?:\d{1,3}(?:[,，]\d{3})+|\d+)\.\d{1,2}%?|[-－]?\d{1,3}(?:[,，]\d{3})+"
                     rf"|[(（](?:{_POSITIVE})[)）]|0|[-－—]")
Cell = tuple[float, float, str]  # x0, x1, text

_CODE = re.compile(r"\d{3,7}")


def _labels(parts: list[Cell], em: float) -> list[Cell]:
    """A row's cells with a two-character label spread over its cells ("合    计") as one."""
    out: list[Cell] = []
    for x0, x1, t in parts:
        if out and len(t) == len(out[-1][2]) == 1 and t >= "\u2e80" <= out[-1][2] and x0 - out[-1][1] < 6 * em:
            out[-1] = (out[-1][0], x1, out[-1][2] + t)
        else:
            out.append((x0, x1, t))
    return out


def _one_header(lines: list[list[Cell]], rows: Raw, cuts: tuple[float, ...], bands: list[tuple[float, float]]) -> Raw:
    """The header rows with each head wrapped in its cell whole again ("本年收" over "入合计": a
    column's cells on lines less than a line and a third apart, ``bands``: top, height), set on the
    line of the most cells from the first of them to the last; a head spanning columns
    ("一般公共预算财政拨款支出决算数") and the row of 类 | 款 | 项 (the split code columns are told
    by it) as they stand."""
    out = [list(r) for r in rows]
    filled = [sum(1 for x in r if x) for r in rows]
    keep = [{x for x in r if x} <= {"类", "款", "项"} for r in rows]
    # (a head centred in its cell may reach over the cut right-aligned figures leave within the cell's
    # left part: a head spanning columns is wider than the column its middle stands in)
    spanning = [{t for x0, x1, t in cells_ if any(x0 + 1 < cut < x1 - 1 for cut in cuts)
                 and x1 - x0 > _column_width(cuts, (x0 + x1) / 2)} for cells_ in lines]

    def whole(chain: list[int], k: int) -> None:
        if len(chain) > 1:
            home = max((r for r in range(chain[0], chain[-1] + 1) if not keep[r]), key=lambda r: (filled[r], r))
            text = "".join(rows[r][k] or "" for r in chain)
            for r in chain:
                out[r][k] = ""
            out[home][k] = text

    for k in range(len(rows[0])):
        chain: list[int] = []
        for r in range(len(rows)):
            if not rows[r][k] or keep[r] or rows[r][k] in spanning[r]:
                continue
            if chain and bands[r][0] - bands[chain[-1]][0] >= 1.35 * bands[r][1]:
                whole(chain, k)
                chain = []
            chain.append(r)
        whole(chain, k)
    return [r for r in out if any(r)]


def _column_width(cuts: tuple[float, ...], x: float) -> float:
    """The width between the cuts around ``x`` (unbounded in the first and last column)."""
    lo = max((c for c in cuts if c < x), default=None)
    hi = min((c for c in cuts if c > x), default=None)
    return hi - lo if lo is not None and hi is not None else float("inf")


def _spanning(rows: Raw) -> Raw:
    """A label spanning cells ("合计" across the code and name cells, set left of codes printed
    right-aligned) is no column of its own: a column holding only labels, each beside an empty cell,
    joins the column to its right; a label in the code column beside an empty name is the name's."""
    k = 0
    # (only where labels stand: left of the amounts; a blank column's head stays its own)
    first = min((c for r in rows for c, x in enumerate(r) if x and _AMOUNT.fullmatch(x) and x not in "-－—"),
                default=len(rows[0]))
    while k + 1 < min(len(rows[0]), first):
        filled = [r for r in rows if r[k]]
        if filled and all(not r[k + 1] and not re.search(r"\d", r[k] or "") for r in filled) \
                and any(r[k + 1] for r in rows):
            for r in rows:
                r[k + 1] = r[k] or r[k + 1]
                del r[k]
            first -= 1
        else:
            k += 1
    for c in range(len(rows[0]) - 1):
        if sum(1 for r in rows if _CODE.fullmatch(r[c] or "")) >= 2:  # the code column
            for r in rows:
                label = r[c] or ""
                if label and not re.search(r"\d", label) and not r[c + 1]:
                    r[c], r[c + 1] = "", label
            break
    return rows


def _heads(line: Line, em: float) -> list[Cell]:
    """A header line's cells: heads of narrow columns may stand less than a character apart (a fifth of
    one: 「预算数决算数」 in 12 pt type in cells made for 8 pt); a two-character head spread over its cell
    (「项  目」) is one."""
    heads: list[Cell] = []
    for c in (c for c in line.chars if c["text"].strip()):
        if heads and c["x0"] - heads[-1][1] < 0.2 * em:
            heads[-1] = (heads[-1][0], c["x1"], heads[-1][2] + c["text"])
        else:
            heads.append((c["x0"], c["x1"], c["text"]))
    return _labels(heads, em)


def _header_gaps(head: Line, body: list[Line], gaps: tuple[tuple[float, float], ...],
                 em: float) -> tuple[tuple[float, float], ...]:
    """``gaps`` with those between the cells of the header's last line that no glyph of the body covers:
    columns left blank in every row (the 三公 table's 预算数 | 决算数 pairs, its one row blank in some). A gap
    of the body holding two of them or more is those; one holding one stays as it is."""
    heads = _heads(head, em)
    glyphs = sorted((c["x0"], c["x1"]) for ln in body for c in ln.chars if c["text"].strip())
    between = []
    for (_, lo, _), (hi, _, _) in pairwise(heads):
        free, at = [], lo  # the stretches between the heads no glyph of the body covers (a figure
        for x0, x1 in glyphs:  # right-aligned in its cell may reach past its head's end)
            if x1 > at and x0 < hi:
                free.append((at, min(x0, hi)))
                at = max(at, x1)
        free.append((at, hi))
        # (a stretch where the body's columns already part first: a 「—」 set at its cell's left, under no head,
        # leaves a wider stretch between it and the head centred over it, which is no column's edge)
        widest = max(free, key=lambda g: (any(a < g[1] and b > g[0] for a, b in gaps), g[1] - g[0]))
        if widest[1] - widest[0] > 0.2 * em:
            between.append(widest)
    out = [(lo, hi) for lo, hi in between if not any(a < hi and b > lo for a, b in gaps)]
    for a, b in gaps:
        inside = [(lo, hi) for lo, hi in between if a < hi and b > lo]
        out += [(max(a, lo), min(b, hi)) for lo, hi in inside] if len(inside) > 1 else [(a, b)]
    return tuple(sorted(out))
