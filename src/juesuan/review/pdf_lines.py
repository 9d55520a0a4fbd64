"""A PDF page's characters into lines (by vertical overlap, so digits set lower than the Chinese
beside them stay on their line) and a table cell's text."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import pairwise

from .blocks import _figures, normalize
from .pdf_indent import INDENT


@dataclass
class Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float  # the width of one character, to judge indents and short lines
    lead: float = 0.0  # the width of the first word (a number runs on): what a short line before could not fit
    chars: list[dict] = field(default_factory=list, repr=False)  # its glyphs, left to right
    # the line as its glyphs print it: Kangxi radicals (「⽀出」), full-width figures, the space glyphs between
    # words (none where glyphs only stand apart): what a reviewer finds searching the PDF
    raw: str = ""


@dataclass
class _Band:
    top: float
    bottom: float
    chars: list[dict] = field(default_factory=list)


def group_lines(chars: list[dict]) -> list[Line]:
    """Characters into lines by vertical overlap, each line read left to right.

    A character joins the line whose band it overlaps by at least half of the smaller height
    (so digits set lower than the Chinese beside them stay on their line); bands are kept in
    order, so the work is linear in the characters of a page.
    """
    bands: list[_Band] = []
    spaces: list[dict] = []  # space glyphs: no part of a line's layout, of its text as printed
    for c in sorted(chars, key=lambda c: (round(c["top"], 1), c["x0"])):
        if not c["text"].strip():
            spaces.append(c)
            continue
        top, bottom = c["top"], c["bottom"]
        height = max(bottom - top, 0.1)
        home = None
        for band in reversed(bands[-4:]):
            overlap = min(band.bottom, bottom) - max(band.top, top)
            if overlap >= 0.5 * min(height, band.bottom - band.top):
                home = band
                break
        if home is None:
            bands.append(_Band(top, bottom, [c]))
        else:
            home.chars.append(c)
            # the band keeps the extent of its tallest characters, not the union of offsets
            if height > home.bottom - home.top:
                home.top, home.bottom = top, bottom
    lines = []
    for band in sorted(bands, key=lambda b: b.top):
        row = _ascii(sorted(band.chars, key=lambda c: c["x0"]))
        widths = sorted(c["x1"] - c["x0"] for c in row)
        size = widths[len(widths) // 2] if widths else 10.0
        text = _spaced(row, size)
        word = 1
        while word < len(row) and re.match(r"[\w,.%％()（）]", row[word]["text"]) and row[0]["text"].isascii() \
                and row[word]["text"].isascii():
            word += 1
        lead = row[word - 1]["x1"] - row[0]["x0"]
        lines.append(Line(text, row[0]["x0"], max(c["x1"] for c in row), band.top, band.bottom, size, lead, row,
                          _printed(row, band, spaces)))
    return lines


def _printed(row: list[dict], band: _Band, spaces: list[dict]) -> str:
    """The line's glyphs as printed (``Line.raw``): each glyph's own character, a space where a space glyph
    stands between two of them."""
    between = sorted((c["x0"] + c["x1"]) / 2 for c in spaces
                     if band.top <= (c["top"] + c["bottom"]) / 2 <= band.bottom)
    out = row[0].get("raw", row[0]["text"]) if row else ""
    for a, b in pairwise(row):
        k = bisect_left(between, a["x1"] - 0.5)
        if k < len(between) and between[k] <= b["x0"] + 0.5:
            out += " "
        out += b.get("raw", b["text"])
    return out


_FIGURE = re.compile(r"[\d.,%％\-．]")
# a figure's run of glyphs; a full-width point before full-width digits opens one too (「．４７」: a figure's tail
# wrapped in its cell onto the line below, its decimals)
_RUN = re.compile(r"(?:[0-9０-９]|．(?=[０-９]))[0-9０-９.,．，]*")


# the head of a figure typed wholly in full width, wrapped in its cell before its decimals (「１，３６７．」 over
# 「７６」, 「３，７４２」 over 「．４７」): its 「，」 parts groups of three, its 「．」 is the point
_HEAD = re.compile(r"[０-９]{1,3}(?:，[０-９]{3})+．?|[０-９]+．")


def _ascii(row: list[dict]) -> list[dict]:
    """A line's glyphs with a figure typed wholly in full width (「１，２３４．５６」) in ASCII, as
    ``normalize`` reads it, glyph by glyph (so tables without rules find their amounts): a copy of a
    glyph changed, the rest as they are. Figures stand apart where a gap parts their glyphs (cells)."""
    if not any("０" <= c["text"][:1] <= "９" for c in row):
        return row
    text, at = "", []  # the line's text, a space where glyphs stand apart; each character's glyph
    for k, c in enumerate(row):
        if k and c["x0"] - row[k - 1]["x1"] > 0.3 * min(c["x1"] - c["x0"], row[k - 1]["x1"] - row[k - 1]["x0"]):
            text += " "
            at.append(-1)
        text += c["text"][:1] or " "
        at.append(k)
    out = list(row)
    for m in _RUN.finditer(text):
        folded = "." + _figures(m.group()[1:]) if m.group()[0] == "．" else _figures(m.group())
        if _HEAD.fullmatch(m.group()) and text[m.end():m.end() + 1] in ("", " "):
            folded = _figures(m.group()).replace("，", ",").replace("．", ".")  # (a figure's head, wrapped)
        for k, ch in enumerate(folded if len(folded) == len(m.group()) else ""):
            if ch != text[m.start() + k]:
                glyph = row[at[m.start() + k]]
                out[at[m.start() + k]] = {**glyph, "text": ch, "raw": glyph.get("raw", glyph["text"])}
    return out


def _spaced(row: list[dict], size: float) -> str:
    """A line's characters as text, a space where a gap wider than 0.6 of a character parts them,
    none between the glyphs of a figure spread by character spacing (WPS 分散对齐, a justified
    line: "1 2 . 5 0"): two figure characters whose gap equals a gap beside it (character spacing
    adds the same to every glyph) and is no wider than 2.5 characters (columns are wider), or any gap
    evenly inside one amount (a line of a figure alone spread over the whole width: 「4 , 1 9 4 . 8 9」)."""
    gaps = [b["x0"] - a["x1"] for a, b in pairwise(row)]
    text = row[0]["text"] if row else ""
    even = _distributed(row, gaps, size)
    spread = _spread_amount(row, gaps)
    # a row of words in cells (two gaps of two characters or more, no sentence, no figure): the cells
    # kept apart, "本年收 | 入合计" (a table's header left as text is no "收入入")
    columns = sum(1 for g in gaps if g >= 2 * size and abs(g - even) > max(0.5, 0.05 * g)) >= 2 \
        and not any(c["text"] in "。，；：,;" or c["text"].isdigit() for c in row)
    for k, gap in enumerate(gaps):
        a, b = row[k], row[k + 1]
        if columns and gap >= 2 * size and abs(gap - even) > max(0.5, 0.05 * gap):
            text += " | "
        elif k in spread:
            pass
        elif gap > 0.6 * size and not (abs(gap - even) <= max(0.5, 0.05 * gap)) and not (
            _FIGURE.fullmatch(a["text"]) and _FIGURE.fullmatch(b["text"]) and gap <= 2.5 * size
            and any(abs(g - gap) <= max(0.5, 0.05 * gap) for g in (gaps[k - 1] if k else -99.0,
                                                                   gaps[k + 1] if k + 1 < len(gaps) else -99.0))
        ):
            text += " "
        text += b["text"]
    return text


_SPREAD_AMOUNT = re.compile(r"-?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)%?")


def _spread_amount(row: list[dict], gaps: list[float]) -> set[int]:
    """The gaps inside an amount whose glyphs stand evenly apart, however wide (分散对齐 spreads a line of a figure
    alone over the whole width): runs of four figure glyphs or more, every gap between them the same, that make
    one amount with its point or its thousands' 「,」 (single figures in columns, 「1 2 3 4 5」, make none)."""
    out: set[int] = set()
    k = 0
    while k < len(row):
        end = k
        while end + 1 < len(row) and _FIGURE.fullmatch(row[end + 1]["text"]) and _FIGURE.fullmatch(row[k]["text"]):
            end += 1
        inner = gaps[k:end]
        if end - k >= 3 and min(inner) > 0 and max(inner) - min(inner) <= max(0.5, 0.05 * max(inner)) \
                and _SPREAD_AMOUNT.fullmatch("".join(c["text"] for c in row[k:end + 1])):
            out.update(range(k, end))
        k = end + 1
    return out


def _distributed(row: list[dict], gaps: list[float], size: float) -> float:
    """The gap of a line set 分散对齐 (WPS: every glyph, Chinese and figures alike, a same extra
    space apart, a paragraph's short last line spread over the whole width): -1 when the line is
    not one. Four gaps or more, nine in ten of them equal and none narrower, Chinese among the
    glyphs (a table's row parts its cells by columns, not evenly). A last line of three or four glyphs
    (「名称)」) has too few gaps to count: its gaps all the same and each three characters wide or more (spread
    over the width, wider than a header's single-glyph cells 「类 款 项」)."""
    if len(gaps) < 2 or not any(not c["text"].isascii() for c in row):
        return -1.0
    even = sorted(gaps)[len(gaps) // 2]
    if len(gaps) < 4:
        alike = all(abs(g - even) <= max(0.5, 0.05 * even) for g in gaps)
        return even if alike and even >= 3 * size else -1.0
    same = sum(1 for g in gaps if abs(g - even) <= max(0.5, 0.05 * even))
    if even <= 0.6 * size or same < 0.9 * len(gaps) or min(gaps) < even - max(0.5, 0.05 * even):
        return -1.0
    return even


_SPREAD = re.compile(r"-?[\d.,%％](?: +[\d.,%％])+")


def _celltext(text: str) -> str:
    """A cell's text: its lines joined (a long name broken in its cell), a figure spread across the
    cell by character spacing (分散对齐: "1 , 2 3 4 . 5 0") one figure again; a name's indent kept (「　」)."""
    indent = len(text) - len(text.lstrip(INDENT))  # a name's indent (pdf_indent), kept for the table model
    text = normalize(text.replace("\n", ""))
    return INDENT * indent + (text.replace(" ", "") if _SPREAD.fullmatch(text) else text)
