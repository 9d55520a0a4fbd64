"""A name column whose hierarchy is shown by indentation only (类 flush, 款 one 「　」 in, 项 two): where each
cell's text starts in its cell, given back as the leading 「　」 the writer typed (as a .docx cell keeps them), so
that the table model (grid.outline) reads the levels of every form alike.

A PDF prints no space glyph for an indent as a rule (LibreOffice sets the text further right): the indent is
told by where the cell's first line starts, against the other cells of its column, in steps of a character's
width. A column counts when its cells start at whole steps apart (a centred column starts anywhere) and some at
the first step (a cell centred in a wider one is no indent)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

INDENT = "\u3000"
_AMOUNT = re.compile(r"[-(（]?\d[\d,]*\.\d+[)）]?")


def steps(starts: list[float | None], em: float, flush: float | None = None) -> list[int]:
    """Each cell's indent in characters (``starts``: where its text starts, None for an empty cell or one that
    is no name; ``flush``: where a name not indented starts, when known — the part of a table overleaf may have
    none); all 0 when the column shows no indentation."""
    known = [x for x in starts if x is not None]
    if len(known) < 3 or em <= 0:
        return [0] * len(starts)
    left = min(known)
    if flush is not None and flush < left and abs((left - flush) / em - round((left - flush) / em)) <= 0.2:
        left = flush
    out = [0 if x is None else round((x - left) / em) for x in starts]
    whole = all(abs((x - left) / em - k) <= 0.2 for x, k in zip(starts, out, strict=True) if x is not None)
    if not whole or 1 not in out or max(out) > 4:
        return [0] * len(starts)
    return out


def indented(text: str, n: int) -> str:
    """``text`` indented ``n`` characters (its own leading 「　」 replaced)."""
    return INDENT * n + text.lstrip(INDENT) if n and text else text


def is_name(text: str | None) -> bool:
    """A cell that may be an indented name: words, not a code, an amount or a total's label (「合　计」, centred)."""
    t = (text or "").replace(" ", "").replace(INDENT, "")
    return bool(t) and not t[0].isdigit() and t[0] not in "-－—" and not t.startswith(("合计", "总计"))


def ruled(cells: list[list[tuple[float, float, float, float] | None]], texts: list[list[str | None]],
          chars: list[dict], flush: list[float]) -> list[list[str | None]]:
    """A ruled table's cell texts (``texts``, by ``cells``' bounding boxes) with the indent of each name given
    back as leading 「　」. ``flush``: how far from its cell's left edge a name not indented starts in the tables
    before (a cell's padding, one for the document), kept up to date."""
    width = max((len(r) for r in cells), default=0)
    out = [list(r) for r in texts]

    def text(r: int, c: int) -> str | None:
        return texts[r][c] if r < len(texts) and c < len(texts[r]) else None

    # (the body's rows: those with an amount; a header's heads are centred)
    body = [r for r in range(len(cells)) if any(_AMOUNT.fullmatch((t or "").strip()) for t in texts[r])]
    columns = [c for c in range(width) if sum(is_name(text(r, c)) for r in body) >= 3]
    if not columns:
        return out
    glyphs = sorted((c for c in chars if c["text"].strip()), key=lambda c: (c["top"] + c["bottom"]) / 2)
    middles = [(c["top"] + c["bottom"]) / 2 for c in glyphs]
    starts: dict[int, list[float | None]] = {c: [None] * len(cells) for c in columns}
    ems: dict[int, list[float]] = {c: [] for c in columns}
    for r in body:
        for col in columns:
            box = cells[r][col] if col < len(cells[r]) else None
            if box is None or not is_name(text(r, col)):
                continue
            x0, top, x1, bottom = box
            inside = [g for g in glyphs[bisect_left(middles, top):bisect_right(middles, bottom)]
                      if x0 <= (g["x0"] + g["x1"]) / 2 <= x1]
            if inside:
                first = min(inside, key=lambda g: (round(g["top"]), g["x0"]))
                starts[col][r] = first["x0"] - x0
                ems[col].append(first["x1"] - first["x0"])
    for col in columns:
        if len(ems[col]) < 3:
            continue
        em = sorted(ems[col])[len(ems[col]) // 2]
        found = steps(starts[col], em, min(flush) if flush else None)
        for r, n in enumerate(found):
            if n:
                out[r][col] = indented(out[r][col] or "", n)
        flush += [x for x, n in zip(starts[col], found, strict=True) if x is not None and n == 0 and any(found)]
    return out
