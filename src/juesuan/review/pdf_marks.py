"""Characters on a PDF page that are no text of the report, though printed upright among it.

- **Sidebars**: a line of text set vertically at the page's margin, glyph under glyph ("内部资料 注意
  保存", a 装订线 note; Word and WPS write an upright vertical text box so): characters stacked one
  under another, as close as a line's characters stand side by side, with no character beside any
  of them. The report's own lines are never such a stack (each character has one beside it), nor
  are a table's columns (its rows stand further apart than a glyph's height).
- **Watermarks printed across the text without turning** ("样稿" in large light letters): characters
  twice the page's usual height or more whose boxes overlap the report's own characters. A large
  title stands clear of every other character.

- **Turned characters**: a watermark at a slant ("公开" at 45° across the text and the tables), a round seal
  (公章: the unit's name round a circle, each glyph turned to face out) — characters turned askew (a cell's
  text set vertically, turned a quarter, stays a cell's). The seal's glyph at the top of its arc stands
  upright, those at its sides may be turned a quarter: they go with the seal's askew glyphs near them, the
  upright ones when of the seal's own colour (no colour of the page's text) and inside its box.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter

MIN_STACK = 3  # characters one under another, at least, to be a vertical line
WATERMARK = 2.0  # times the page's median character height


def _height(c: dict) -> float:
    return max(c["bottom"] - c["top"], 0.1)


def _stacks(chars: list[dict]) -> set[int]:
    """The ids of characters in vertical stacks with nothing beside them."""
    by_top = sorted(chars, key=lambda c: c["top"])
    tops = [c["top"] for c in by_top]

    def alone(c: dict) -> bool:  # no other character on its band within a glyph's width and a half
        h, w = _height(c), max(c["x1"] - c["x0"], 1.0)
        lo, hi = bisect_left(tops, c["top"] - h), bisect_right(tops, c["top"] + h)
        return not any(o is not c and abs(o["top"] - c["top"]) < 0.5 * h
                       and o["x0"] < c["x1"] + 1.5 * w and o["x1"] > c["x0"] - 1.5 * w for o in by_top[lo:hi])

    columns: dict[int, list[dict]] = {}
    for c in chars:
        if c["text"].strip():
            columns.setdefault(round((c["x0"] + c["x1"]) / 4), []).append(c)  # 2-point buckets of the middle
    out: set[int] = set()
    for key in sorted(columns):
        column = sorted(columns[key] + columns.get(key + 1, []), key=lambda c: c["top"])
        runs: list[list[dict]] = []
        for c in column:
            if runs and c["top"] - runs[-1][-1]["bottom"] <= 0.5 * _height(c) and c["top"] > runs[-1][-1]["top"]:
                runs[-1].append(c)
            else:
                runs.append([c])
        for run in runs:
            if len(run) >= MIN_STACK and sum(not x["text"].isascii() for x in run) >= MIN_STACK \
                    and all(alone(x) for x in run):
                out |= {id(x) for x in run}
    return out


def _overprinted(chars: list[dict]) -> set[int]:
    """The ids of large characters printed over the page's other characters."""
    heights = sorted(_height(c) for c in chars if c["text"].strip())
    if not heights:
        return set()
    usual = heights[len(heights) // 2]
    big = [c for c in chars if c["text"].strip() and _height(c) >= WATERMARK * usual]
    out = set()
    for c in big:
        under = sum(1 for o in chars if o is not c and _height(o) < 0.6 * _height(c) and o["text"].strip()
                    and o["x0"] < c["x1"] and o["x1"] > c["x0"] and o["top"] < c["bottom"] and o["bottom"] > c["top"])
        if under >= 2:
            out.add(id(c))
    return out


def slanted(c: dict) -> bool:
    """A character drawn turned (its text matrix rotates its baseline). A sheared one (an italic faked by
    slanting the glyphs) keeps its baseline."""
    a, b = c.get("matrix", (1, 0))[:2]
    return abs(b) > 0.05 * (abs(a) + abs(b))


def _colour(c: dict) -> tuple:
    colour = c.get("non_stroking_color")
    return tuple(colour) if isinstance(colour, (list, tuple)) else (colour,)


def _askew(c: dict) -> bool:
    """Turned neither upright nor a quarter (a cell's text set vertically, a sideways page, stays)."""
    a, b = c.get("matrix", (1, 0))[:2]
    return min(abs(a), abs(b)) > 0.05 * (abs(a) + abs(b))


def _turned(chars: list[dict]) -> set[int]:
    """The ids of characters turned askew; with three or more of them close together (a seal), the group's
    other turned characters and the upright ones of its colour (no colour of the page's text) inside its box."""
    turned = [c for c in chars if c["text"].strip() and slanted(c)]
    out = {id(c) for c in turned if _askew(c)}
    if len(turned) < 3:
        return out
    usual = Counter(_colour(c) for c in chars if c["text"].strip() and not slanted(c)).most_common(1)
    groups: list[list[dict]] = []
    for c in sorted(turned, key=lambda c: c["x0"]):  # neighbours within three glyphs of each other
        reach = 3 * max(c["x1"] - c["x0"], c["bottom"] - c["top"])
        home = next((g for g in groups if _colour(g[0]) == _colour(c) and any(
            abs(o["x0"] - c["x0"]) < reach and abs(o["top"] - c["top"]) < reach for o in g)), None)
        if home is None:
            groups.append([c])
        else:
            home.append(c)
    for g in groups:
        if len(g) < 3 or not any(_askew(c) for c in g):
            continue
        out |= {id(c) for c in g}
        if usual and _colour(g[0]) == usual[0][0]:
            continue
        x0, x1 = min(c["x0"] for c in g), max(c["x1"] for c in g)
        t0, t1 = min(c["top"] for c in g), max(c["bottom"] for c in g)
        out |= {id(c) for c in chars if _colour(c) == _colour(g[0]) and x0 <= (c["x0"] + c["x1"]) / 2 <= x1
                and t0 <= (c["top"] + c["bottom"]) / 2 <= t1}
    return out


def marks(chars: list[dict]) -> set[int]:
    """The ids of the page's characters that are sidebars, watermarks or seals."""
    return _stacks(chars) | _overprinted(chars) | _turned(chars)
