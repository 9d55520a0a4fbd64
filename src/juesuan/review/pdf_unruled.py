"""Tables printed without rules (a spreadsheet or Word table with its borders off): found among a
page's lines by their columns, read as tables.

pdfplumber finds tables by their rules; without them each row comes out as one line of text
("201 一般公共服务支出 1,200.00 1,000.00 200.00") and the rules would read a row as a sentence.

- **Rows**: lines cut into three cells or more by gaps of a character, two of them amounts as
  tables print them ("1,200.00", "0"; not a code part "01"). Three rows or more make a body, or
  fewer of six amounts or more each (the 三公 table's one row under its header).
- **Pieces of wrapped cells** (a name too long for its cell: "机关事业单位基本养老保" above the row's
  figures, "险缴费支出" below) lie between the rows: each joins the row it stands nearest to.
- **Header**: the lines of words just above the body (no sentence, no figure), each a row.
- **Columns** part where no glyph of any body row stands; a cell crossing such a gap is cut
  there (a 项 code centred close to its name); a two-character label spread over its cells
  ("合    计") is one cell.
- **Figures wrapped in their cells** ("4,733.1" above the row's line, "4" below it: a column too
  narrow for the figure) are pieces too, each joining the row it stands clearly nearest to; the
  joined cell must be an amount.
- **Only whole tables**: none when a piece holds digits beside words or a figure's piece stands
  about as near to two rows (which row it belongs to cannot be told), when two cells of a row fall
  in one column, when a piece stands above the header, or when no sentence, note, heading or
  title follows the body (a table reaching the page's foot goes on overleaf: read alone it would
  miss rows and its sums would be wrong). Those
  stay lines of text, as before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .pdf_indent import indented, is_name, steps
from .pdf_rows import broken, homes
from .pdf_unruled_heads import (  # noqa: F401 (_AMOUNT, Cell: pdf_overleaf's)
    _AMOUNT,
    _CODE,
    Cell,
    _column_width,
    _header_gaps,
    _heads,
    _labels,
    _one_header,
    _spanning,
)

if TYPE_CHECKING:
    from .pdf_lines import Line
    from .pdf_tables import Raw

MIN_ROWS = 3
_DECIMALS = re.compile(r"(?:^|[^\d.])\d[\d,，]*\.\d\d[)）]?$")


def cells(line: Line, gaps: tuple[tuple[float, float], ...] = ()) -> list[Cell]:
    """The line cut where a gap of a character (of its height) or more parts its glyphs (a code
    centred in its narrow column is that close to the name beside it), and where a space between
    two glyphs (a tenth of a character or more) meets one of ``gaps`` (where columns part: a figure
    right-aligned in its cell close to a label left-aligned in the next)."""
    em = max(line.bottom - line.top, 1.0)
    out: list[Cell] = []
    for c in line.chars:
        text = c["text"]
        apart = out and c["x0"] - out[-1][1] >= 0.1 * em
        # an amount's two decimals, then a space and a digit: the next column's figure (right-aligned
        # figures of narrow columns a fraction of a character apart: "4,733.14 4,733.14")
        after_amount = apart and c["x0"] - out[-1][1] >= 0.15 * em and text[:1] in "0123456789-(（" \
            and _DECIMALS.search(out[-1][2])
        if out and c["x0"] - out[-1][1] < em and not after_amount and not (apart and any(
                out[-1][1] < hi and c["x0"] > lo for lo, hi in gaps)):
            x0, _, t = out[-1]
            out[-1] = (x0, c["x1"], t + text)
        else:
            out.append((c["x0"], c["x1"], text))
    return [(x0, x1, t.strip()) for x0, x1, t in out if t.strip()]


# an amount with two decimals inside a cell's text (one set close to a label: "2,949.02公用经费合计")
_DECIMAL = re.compile(r"(?<![\d,.，])-?(?:\d{1,3}(?:[,，]\d{3})+|\d+)\.\d{2}(?![\d.])")


def _row(parts: list[Cell]) -> bool:
    """A table's row: three cells or more, two of them amounts (or two amounts in its cells), or a
    code first and an amount last (a row of one half of a two-sided table)."""
    if len(parts) < 3:
        return False
    texts = [t for _, _, t in parts]
    return (sum(bool(_AMOUNT.fullmatch(t)) for t in texts) >= 2 or sum(len(_DECIMAL.findall(t)) for t in texts) >= 2
            or (bool(re.fullmatch(r"\d{3,7}", texts[0])) and bool(_AMOUNT.fullmatch(texts[-1]))))


def _coded(parts: list[Cell]) -> bool:
    """Within a table's body, a row whose amounts are left blank (a unit printing none for 0) or
    wrapped onto lines of their own: a code first, then its name (no sentence)."""
    return bool(parts) and bool(re.fullmatch(r"\d{3,7}", parts[0][2]) or (
        re.match(r"\d{3}(?: ?\d{2}){0,2}(?![\d.,])", parts[0][2]) and not _FRAGMENT.fullmatch(parts[0][2]))) \
        and (len(parts) >= 2 or not _FRAGMENT.fullmatch(parts[0][2]) or len(parts[0][2]) >= 3) \
        and not any(re.search(r"[。；，]", t) for _, _, t in parts)


def _half(parts: list[Cell]) -> bool:
    """Within a table's body, a row of one half of a two-sided table (公开01/04: 收入 left, 支出 right, the
    支出 side longer): a label (no figure, no sentence) and an amount; not one of a single decimal (「229.6」: the
    head of a figure wrapped in its cell beside a name's, 「7」 on the line below)."""
    if len(parts) == 1:  # a zero 「—」 set at its cell's left, close after a long label: 「三、国有资本经营…拨款 —」
        glued = re.fullmatch(r"(.{2,30}[\u4e00-\u9fff])\s*[-－—]", parts[0][2])
        return glued is not None and not re.search(r"\d|[。；，—]", glued.group(1))
    return len(parts) == 2 and bool(_AMOUNT.fullmatch(parts[1][2])) and not re.search(r"\.\d$", parts[1][2]) \
        and not re.search(r"\d|[。；，]", parts[0][2]) and len(parts[0][2]) <= 30


def _wrapped_around(lines: list[Line], k: int) -> bool:
    """A row's own line whose label is wrapped above and below it: amounts alone (the label's lines, words
    without digits, just above and just below: a half row's "三、国有资本经营预算财政拨" / "0.00" / "款"; a row of
    a table without codes whose zeros are blank, "　　机关事业单位基本养老保险" / "229.67 229.67" / "缴费支出")."""
    parts = cells(lines[k])
    if not parts or not all(re.fullmatch(r"(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2}|0|[-－—]", t) for _, _, t in parts) \
            or not 0 < k < len(lines) - 1:
        return False
    height = max(lines[k].bottom - lines[k].top, 1.0)
    return all(abs(lines[j].top - lines[k].top) < 1.2 * height and not re.search(r"\d|[。；，]", lines[j].text)
               and lines[j].x0 < lines[k].x0 for j in (k - 1, k + 1))


def _total(parts: list[Cell]) -> bool:
    """A 合计/总计 row whose amounts are wrapped onto lines of their own: its label alone."""
    return "".join(t for _, _, t in parts).replace(" ", "") in ("合计", "总计")


def _wide(parts: list[Cell], wrapped: int = 0) -> bool:
    """A row of six amounts or more (``wrapped`` of them wrapped in their cells, their heads on the line above):
    a table's however few its rows (the 三公 table has one)."""
    return sum(bool(_AMOUNT.fullmatch(t)) for _, _, t in parts) + wrapped >= 6


def _heads_above(lines: list[Line], k: int) -> int:
    """How many figures of row ``k`` are wrapped in their cells, their heads on a line of pieces of figures
    just above it (「２１．０」 over the row's line, 「０」 below)."""
    if k == 0 or not _fragments(lines[k - 1]) or lines[k].top - lines[k - 1].top >= 1.2 * max(
            lines[k].bottom - lines[k].top, 1.0):
        return 0
    return sum(bool(_FRAGMENT.fullmatch(t)) for _, _, t in cells(lines[k - 1]))


def _head(parts: list[Cell]) -> bool:
    """A header line: three cells or more, words (no sentence, no figure: a row's codes are none)."""
    return len(parts) >= 3 and not any(re.search(r"[。；]|^[\d.,\s]+$", t) or len(t) > 30 for _, _, t in parts)


def _columns(body: list[Line], coded: bool = False, head: list[Line] | None = None,
             pieces: list[Line] | None = None) -> tuple[tuple[float, float], ...]:
    """Where columns part: the gaps in the union of the glyphs of the body's rows and the ``pieces``
    of their wrapped cells a fifth of a character wide or more (a name and the figure after it may
    stand that close), and of the ``head`` lines' glyphs right of the body (columns left blank in
    every row: "上级补助收入"). With ``coded``, when most rows open with a code, the others (合计 rows,
    whose label may span the code and name cells) are left out."""
    opening = [ln for ln in body if re.match(r"\d{3,7}(?!\S)", ln.text)]
    if coded and len(opening) >= 0.6 * len(body):
        body = opening
    body = body + list(pieces or ())  # (a column whose names are all wrapped has glyphs on no row's line)
    spans = sorted((c["x0"], c["x1"]) for line in body for c in line.chars if c["text"].strip())
    edge = max(x1 for _, x1 in spans) if spans else 0.0
    em = max(body[0].bottom - body[0].top, 1.0)
    # (a head wholly right of the body, and not over the body's last column: a head over a short 「—」 set at
    # its cell's left reaches past it, and so do the other lines of that head wrapped in its cell)
    words: list[tuple[float, float]] = []  # (each line's glyphs less than a fifth of a character apart, joined)
    for line in head or ():
        start = len(words)
        for c in (c for c in line.chars if c["text"].strip()):
            if len(words) > start and c["x0"] - words[-1][1] < 0.2 * em:
                words[-1] = (words[-1][0], c["x1"])
            else:
                words.append((c["x0"], c["x1"]))
    across = [(x0, x1) for x0, x1 in words if x0 <= edge < x1]
    spans = sorted(spans + [(x0, x1) for x0, x1 in words
                            if x0 > edge and not any(a < x1 and b > x0 for a, b in across)])
    out, right = [], spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 > right + 0.2 * em:
            out.append((right, x0))
        right = max(right, x1)
    return tuple(out)


def _slots(parts: list[Cell], cuts: tuple[float, ...], em: float) -> list[list[str]]:
    """A line's cells by column; a label spread by spaces ("合  计") is one cell."""
    slots: list[list[str]] = [[] for _ in range(len(cuts) + 1)]
    ends: list[float] = [-1e9] * len(slots)  # where the slot's last cell ends
    for x0, x1, t in parts:
        k = sum(1 for cut in cuts if (x0 + x1) / 2 > cut)
        if slots[k] and x0 - ends[k] < 1.5 * em:
            slots[k][-1] += t
        else:
            slots[k].append(t)
        ends[k] = x1
    return slots


def _grid(rows: list[list[Cell]], pieces: dict[int, list[tuple[bool, list[Cell]]]], cuts: tuple[float, ...],
          head: int, em: float, bands: list[tuple[float, float]]) -> Raw | None:
    """The rows as cells of the columns, each with the pieces of its wrapped cells (``pieces``: by
    row, (above it, cells)) joined in; in the ``head`` rows two cells in one column beside an empty
    one (a header set left over right-aligned figures) take one each. None when two cells of a body
    row fall in one column (the columns were not told apart)."""
    out: Raw = []
    for r, parts in enumerate(rows):
        slots = _slots(parts, cuts, em)
        for k, here in enumerate(slots):
            if len(here) == 2 and r < head and k + 1 < len(slots) and not slots[k + 1]:
                slots[k + 1] = [here.pop()]
            elif len(here) == 2 and r < head and k and not slots[k - 1]:
                slots[k - 1] = [here.pop(0)]
        if any(len(here) > 1 for here in slots):
            return None
        row = ["".join(x) for x in slots]
        heads, tails = [""] * len(row), [""] * len(row)
        for above, cells_ in pieces.get(r, []):  # in the order printed
            for k, extra in enumerate(_slots(cells_, cuts, em)):
                if above:
                    heads[k] += "".join(extra)
                else:
                    tails[k] += "".join(extra)
        for k, cell in enumerate(row):
            joined = heads[k] + cell + tails[k]
            if re.search(r"\d", heads[k] + tails[k]) and not _AMOUNT.fullmatch(joined):
                return None  # pieces of a figure that make none
            if heads[k] + tails[k] and cell.isdigit() and not re.search(r"\d", heads[k] + tails[k]):
                return None  # a code part between a name's pieces: the code's and the name's columns not parted
            row[k] = joined
        out.append(list[str | None](row))
    out = _indents(rows, pieces, cuts, head, em, out)
    if head >= 2:
        out = [*_one_header(rows[:head], out[:head], cuts, bands), *out[head:]]
    used = [k for k in range(len(cuts) + 1) if any(row[k] for row in out)]  # no column left empty
    return _spanning([[row[k] for k in used] for row in out])


def _indents(rows: list[list[Cell]], pieces: dict[int, list[tuple[bool, list[Cell]]]], cuts: tuple[float, ...],
             head: int, em: float, out: Raw) -> Raw:
    """``out`` with each body row's names indented as printed (pdf_indent: leading 「　」 for each character its
    first line starts right of its column's), the first line a piece above the row's line where its name wraps."""
    starts: dict[int, list[float | None]] = {}
    for r in range(head, len(rows)):
        first: dict[int, float] = {}
        for _, parts in (p for p in pieces.get(r, []) if p[0]):
            for x0, x1, _t in parts:
                first.setdefault(sum(1 for cut in cuts if (x0 + x1) / 2 > cut), x0)
        for x0, x1, _t in rows[r]:
            first.setdefault(sum(1 for cut in cuts if (x0 + x1) / 2 > cut), x0)
        for k, x in first.items():
            if is_name(out[r][k]):
                starts.setdefault(k, [None] * len(rows))[r] = x
    for k, xs in starts.items():
        for r, n in enumerate(steps(xs, em)):
            if n:
                out[r][k] = indented(out[r][k] or "", n)
    return out


def _piece(line: Line, near: Line) -> bool:
    """A line close to a table's row (within three and a half of its heights) that is a piece of a
    cell, not a sentence, title, unit or note: a name or header wrapped in its cell."""
    height = max(near.bottom - near.top, 1.0)
    if abs(line.top - near.top) > 3.5 * height:
        return False
    text = line.text.replace(" ", "")
    # a long name wrapped in a wide cell ("国有土地使用权出让收入对应专项债务收入安") has no comma
    return (len(text) < 20 or (len(text) < 40 and not re.search(r"[，：:]|,(?!\d)", text))) \
        and not re.search(r"[。；]|单位[：:]|表$|^注|续表|[（(]续[）)]", text)


# what a figure too long for its cell leaves on a line of its own: its head ("4,733.1") or its tail ("4")
_FRAGMENT = re.compile(r"[-－]?\d[\d,.，]*%?|[-－]?[.,]\d+%?")


def _fragments(line: Line) -> bool:
    """A line holding pieces of figures wrapped in their cells ("4,733.1", "9"), each cell such a
    piece or words without digits (a name wrapped beside them: "生态环境监测与信 1,493.3")."""
    parts = [t for _, _, t in cells(line)]
    return any(_FRAGMENT.fullmatch(t) for t in parts) \
        and all(_FRAGMENT.fullmatch(t) or not re.search(r"\d", t) for t in parts)


def _rows(lines: list[Line], split: list[list[Cell]]) -> list[bool]:
    """Which lines are a table's rows: cells with amounts, and not the first or second line of
    figures wrapped in their cells beside the row's own line (closer to it than rows stand apart,
    with fewer cells)."""
    out = [_row(parts) for parts in split]
    for k in range(len(lines)):
        height = max(lines[k].bottom - lines[k].top, 1.0)
        if out[k] and any(0 <= j < len(lines) and abs(lines[j].top - lines[k].top) < 1.2 * height and (
                (_row(split[j]) and len(split[j]) > len(split[k]))
                or (_coded(split[j]) and not _coded(split[k]) and _fragments(lines[k])))  # "…的 0 0" below "212 19 99"
                          for j in (k - 1, k + 1)):
            out[k] = False
    return out


def _body(lines: list[Line], is_row: list[bool], i: int) -> tuple[int, list[int]] | None:
    """From row ``i``: (the end of the table's body, its rows): rows with the pieces of wrapped
    cells between and after them. None when a piece holds digits within words (a row of another
    shape: which row it goes with cannot be told); pieces of figures wrapped in their cells
    ("4,733.1" above a row, "4" below it, beside a name's piece or not) are pieces like a name's."""
    rows, k = [i], i + 1
    while k < len(lines):
        if is_row[k] or _coded(cells(lines[k])) or _total(cells(lines[k])) or _half(cells(lines[k])) \
                or _wrapped_around(lines, k):
            rows.append(k)
        elif not _piece(lines[k], lines[k - 1]):
            break
        elif re.search(r"\d", lines[k].text) and not _fragments(lines[k]):
            return None
        k += 1
    return k, rows


def _two_sided(lines: list[Line], split: list[list[Cell]], is_row: list[bool], i: int, open_end: bool = False,
               turn: int | None = None) -> tuple[int, tuple[int, list[int]], dict[int, int]] | None:
    """From a header line naming 项目 twice (a two-sided table, 收入 | 支出, printing its zeros blank: few of
    its lines hold two amounts), (its first row, (the end of its body, its rows)): every line up to the
    note or sentence that closes it, each a row of labels and amounts; None when a line is no
    such row (a sentence, digits within words), nothing closes it on the page, or most of its lines are
    rows of their own (zeros printed: read from its rows as any table); third, each other line's row.
    ``turn``: the first line overleaf, the rest of the row above when it is (``_goes_on``)."""
    em = max(lines[i].bottom - lines[i].top, 1.0)
    if [t.replace(" ", "") for _, _, t in _labels(split[i], em)].count("项目") != 2:
        return None
    while i + 1 < len(lines) and not re.search(r"\d", lines[i + 1].text) \
            and lines[i + 1].top - lines[i].top < 1.35 * max(lines[i].bottom - lines[i].top, 1.0):
        i += 1  # the heads wrapped in their cells below the header line ("算财政拨款")
    k = i + 1
    while k < len(lines) and not _NOTE.search(lines[k].text.replace(" ", "")):  # (its rows are numbered "一、")
        # (a figure set close after a label, left-aligned in its cell: 「一、一般公共预算财政拨款4,733.14」)
        if any(re.search(r"[。；]", t) or (re.search(r"\d", t) and not re.fullmatch(r"[(（]?[\d,.，\-]+[)）]?\D*", t)
                                          and not re.fullmatch(r"\D+" + _DECIMAL.pattern, t)) for _, _, t in split[k]):
            return None
        k += 1
    # lines closer than rows stand apart are one row's, its cells wrapped: one is the row's own line, the
    # others pieces of its cells
    steps = sorted(lines[j + 1].top - lines[j].top for j in range(i + 1, k - 1)) or [0.0]
    pitch = steps[len(steps) // 2]  # how far apart rows stand (most rows take one line)
    clusters: list[list[int]] = []
    for j in range(i + 1, k):
        if clusters and (lines[j].top - lines[clusters[-1][-1]].top < max(
                1.2 * max(lines[j].bottom - lines[j].top, 1.0), 0.85 * pitch) or (j == turn and _goes_on(lines, j, i))):
            clusters[-1].append(j)
        else:
            clusters.append([j])
    if (k == len(lines) and not open_end) or len(clusters) < MIN_ROWS \
            or sum(is_row[j] for j in range(i + 1, k)) >= len(clusters) / 2:
        return None  # (most lines rows of their own: read as any table, from its rows; one reaching the
        # page's foot is read with its rows overleaf, with ``open_end``)
    # the row's own line: the one with its figures (cells set at the row's top or foot), else the middle one;
    # the cluster's other lines are its row's (pieces of its cells)
    own = [max(c, key=lambda j: (sum(bool(_AMOUNT.fullmatch(t)) for _, _, t in split[j]), -abs(j - c[len(c) // 2])))
           for c in clusters]
    return i + 1, (k, own), {j: r for c, r in zip(clusters, own, strict=True) for j in c if j != r}


_NUMBERED = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．]|合\s*计|总\s*计)")


def _goes_on(lines: list[Line], j: int, head: int) -> bool:
    """Whether line ``j``, the first overleaf of a table without figures in its last row (zeros blank), is the
    rest of that row's label broken across the page (Word, WPS and LibreOffice break a row by default): words
    alone, not numbered like a row's label, where the line above, in the rows below the header ``head``, fills
    its cell (it reaches as far right as the labels of its column reach: a label ending short of that is whole)."""
    here, above = cells(lines[j]), cells(lines[j - 1])
    if not here or not above or re.search(r"\d", lines[j].text) or any(_NUMBERED.match(t) for _, _, t in here):
        return False
    em = max(lines[j].bottom - lines[j].top, 1.0)
    x0, x1, _ = min(above, key=lambda c: abs(c[0] - here[0][0]))
    if abs(x0 - here[0][0]) > em:
        return False  # (not in the same column)
    reach = max((c[1] for k in range(head + 1, j) for c in cells(lines[k]) if abs(c[0] - x0) < em), default=x1)
    return x1 >= reach - em


_NOTE = re.compile(r"。|^注|表$|[（(]续[）)]")
_AFTER = re.compile(r"。|^注|表$|[（(]续[）)]|^[一二三四五六七八九十]+、|^[（(][一二三四五六七八九十]+[）)]")


def _closed(lines: list[Line], end: int) -> bool:
    """The table visibly ends: a sentence, a note, a heading or another table's title follows it on
    the page (one reaching the page's foot may go on overleaf: read alone it would miss rows)."""
    return end < len(lines) and bool(_AFTER.search(lines[end].text.replace(" ", "")))


def unruled(lines: list[Line], open_end: bool = False,
            turn: int | None = None) -> tuple[list[Line], list[tuple[Line, Raw]], list[Line]]:
    """The page's lines without those of its unruled tables, those tables (first line, rows), and,
    with ``open_end``, the lines of a table reaching the page's foot (to be read with the rows
    overleaf; else they stay lines of text). ``turn``: the first line overleaf (of a table's rows
    read on from the page before)."""
    split = [cells(ln) for ln in lines]
    is_row = _rows(lines, split)
    keep = [True] * len(lines)
    tables: list[tuple[Line, Raw]] = []
    tail: list[Line] = []
    i = 0
    while i < len(lines):
        found: tuple[int, list[int]] | None
        given: dict[int, int] = {}  # a piece's row, known beforehand
        if not is_row[i] and (two := _two_sided(lines, split, is_row, i, open_end, turn)) is not None:
            i, found, given = two  # a two-sided table whose zeros are left blank: its rows from its header on
        elif not is_row[i]:
            i += 1
            continue
        else:
            found = _body(lines, is_row, i)
        if found is None or (len(found[1]) < MIN_ROWS and not all(_wide(split[k], _heads_above(lines, k))
                                                                   for k in found[1])):
            i += 1
            while i < len(lines) and is_row[i]:
                i += 1
            continue
        end, rows = found
        while (up := _wrapped_above(lines, split, keep, is_row, i)) < i:
            i = up  # rows whose figures are wrapped in their cells above the first one read as a row
            if _coded(split[i]) or _total(split[i]):  # (a code alone, "207", is a row's, not a figure's piece)
                rows.insert(0, i)
        start = i  # header lines: cells or pieces of cells, just above
        while start > i - 8 and start > 0 and keep[start - 1] and not is_row[start - 1] and (
                _head(split[start - 1]) or (_piece(lines[start - 1], lines[start])
                                            and not re.search(r"\d", lines[start - 1].text))):
            start -= 1
        top = i - _names_above(lines, is_row, i, start)  # the header's end
        # (a 合计 row's label spanning the code and name cells hides their gap: columns from the coded rows)
        grid = _table(lines, rows, start, top, end, coded=True, given=given, turn=turn)
        if grid is None:
            grid = _table(lines, rows, start, top, end, given=given, turn=turn)
        whole = grid is not None and not (start and _piece(lines[start - 1], lines[start]))
        if grid is not None and whole and _closed(lines, end):
            tables.append((lines[start], grid))
        elif whole and open_end and end == len(lines):
            tail = lines[start:end]
        else:
            start = end  # none: its lines stay text
        for k in range(start, end):
            keep[k] = False
        i = end
    return [ln for ln, k in zip(lines, keep, strict=True) if k], tables, tail


def _wrapped_above(lines: list[Line], split: list[list[Cell]], keep: list[bool], is_row: list[bool], i: int) -> int:
    """The line above row ``i`` that is a piece of a row whose figures are wrapped in their cells (a piece
    of figures, a code or a 合计 label alone), over the first lines of a name wrapped in its cell between
    them (「4,733.1 4,733.1」 / 「合 计」 / 「4 4」 / 「社会保障和就业」 over 「208 471.44 471.44」); else ``i``."""
    j = i - 1
    while j > 0 and keep[j] and not is_row[j] and _piece(lines[j], lines[j + 1]) \
            and not re.search(r"\d", lines[j].text) and not _total(split[j]) and i - j < 3:
        j -= 1  # (a name's first lines)
    if j >= 0 and keep[j] and not is_row[j] and _piece(lines[j], lines[j + 1]) and (
            _fragments(lines[j]) or _coded(split[j]) or _total(split[j])):
        return j
    return i


def _names_above(lines: list[Line], is_row: list[bool], i: int, start: int) -> int:
    """How many of the lines just above the first row ``i`` (below the header's first, ``start``) are the
    first lines of its name wrapped in its cell: the one of ``_name_above``, or two or more set at the
    row's foot (each where a cell of the row's line starts, one lead apart, further below the header)."""
    if i - 1 <= start:
        return 0
    if _name_above(lines, is_row, i):
        return 1
    height = max(lines[i].bottom - lines[i].top, 1.0)
    starts = [x0 for x0, _, _ in cells(lines[i])]
    up, n = lines[i].top - lines[i - 1].top, 0
    while i - n - 1 > start and up < 1.5 * height and not re.search(r"\d", lines[i - n - 1].text) \
            and abs(lines[i - n].top - lines[i - n - 1].top - up) < 0.2 * height \
            and all(any(abs(a[0] - x) < 0.5 * height for x in starts) for a in cells(lines[i - n - 1])):
        n += 1
    return n if n >= 2 and lines[i - n].top - lines[i - n - 1].top > up + 0.2 * height else 0


def _name_above(lines: list[Line], is_row: list[bool], i: int) -> bool:
    """Whether the line just above the first row ``i`` is the first line of its name wrapped in its cell,
    nearer to the row than the header's lines stand to it, not the header's last line: centred, as far
    above the row's line as the name's last line below it; or set at the row's foot, each of its cells
    where a cell of the row's line starts (the name's last line beside the figures)."""
    if not (1 < i < len(lines) - 1) or re.search(r"\d", lines[i - 1].text):
        return False
    up, down = lines[i].top - lines[i - 1].top, lines[i + 1].top - lines[i].top
    height = max(lines[i].bottom - lines[i].top, 1.0)
    if lines[i - 1].top - lines[i - 2].top <= up + 0.2 * height:
        return False
    above, below = cells(lines[i - 1]), cells(lines[i + 1])  # (in both halves of a two-sided table, maybe)
    starts = [x0 for x0, _, _ in cells(lines[i])]
    if all(any(abs(a[0] - x) < 0.5 * height for x in starts) for a in above) and up < 1.5 * height:
        return True  # (the row's cells set at its foot)
    return not is_row[i + 1] and not re.search(r"\d", lines[i + 1].text) and abs(up - down) < 0.1 * height \
        and len(above) == len(below) and all(abs(a[0] - b[0]) < height for a, b in zip(above, below, strict=True))


def _table(lines: list[Line], rows: list[int], start: int, i: int, end: int, coded: bool = False,
           given: dict[int, int] | None = None, turn: int | None = None) -> Raw | None:
    """The grid of the table whose header lines are ``start``..``i`` and body rows ``rows`` (the
    lines between them pieces of wrapped cells, each of its row in ``given`` or placed by the table's
    cell setting), columns parted by the body rows' gaps (by the rows opening with a code only, with
    ``coded``; a row broken at ``turn``, the first line overleaf, has its rest there); None when its cells
    do not fall in the columns."""
    # (with the pieces of figures wrapped in their cells: "1,367.7" reaches further left than "0.00")
    gaps = _columns([lines[k] for k in range(i, end) if k in rows or _fragments(lines[k])], coded, lines[start:i],
                    [lines[k] for k in range(i, end) if k not in rows and not _fragments(lines[k])])
    em = max(lines[i].bottom - lines[i].top, 1.0)
    if start < i:  # (by the header's line of the most heads: its last may be a head's wrapped tail, 「助支出」)
        heads = max(range(start, i), key=lambda k: (len(_heads(lines[k], em)), k))
        gaps = _header_gaps(lines[heads], lines[i:end], gaps, em)
    cuts = tuple((lo + hi) / 2 for lo, hi in gaps)
    if len(cuts) < 2 or start >= i:
        return None
    split = {k: cells(lines[k], gaps) for k in range(start, end)}  # cells parted at the columns
    for k in rows:
        split[k] = _labels(split[k], em)
    pieces: dict[int, list[tuple[bool, list[Cell]]]] = {}
    loose = [k for k in range(i, end) if k not in rows]

    def placed(k: int) -> tuple[float, frozenset[int]]:
        return lines[k].top, frozenset(c for c, x in enumerate(_slots(split[k], cuts, em)) if x)

    # each piece's row: the cells' lines stand where the table sets them (top, middle, foot of the row)
    anchors, loose_at = [placed(r) for r in rows], [placed(k) for k in loose]
    found = homes(anchors, loose_at, em)
    if turn is not None and i < turn < end:
        found = broken(anchors, loose_at, found, lines[turn].top, em)
    for k, home in zip(loose, (rows[h] for h in found), strict=True):
        home = (given or {}).get(k, home)
        top = lines[k].top
        near = sorted(rows, key=lambda r: (abs(lines[r].top - top), r))
        if len(near) > 1 and _fragments(lines[k]) \
                and abs(lines[near[1]].top - top) < 1.5 * abs(lines[near[0]].top - top):
            return None  # a piece of a figure about as near to two rows: whose it is cannot be told
        pieces.setdefault(i - start + rows.index(home), []).append((k < home, split[k]))
    body = [split[k] for k in range(start, i)] + [split[k] for k in rows]
    bands = [(ln.top, max(ln.bottom - ln.top, 1.0)) for ln in lines[start:i]]  # the header lines'
    return _grid(body, pieces, cuts, i - start, em, bands)
