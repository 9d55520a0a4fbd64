"""Tables a PDF's text copy sets in whitespace columns (``pdftotext -layout``): each row a line, its cells
parted by runs of spaces, amounts right-aligned in their columns. Read as tables (as text_tables reads
tables printed with "|"), so that the text is compared with them and their rows are not read as prose.

- **Rows**: lines with amounts (two decimals, digit groups, 0, a dash), one set apart by two spaces or
  more (prose has one space around its figures), words without a sentence's punctuation; a row of codes
  and names with blank amounts inside a table; a name wrapped in its cell ("险缴费支出") joins its row.
- **Columns**: the amounts' right edges, which drift by a character or two (pdftotext rounds widths to
  characters): edges within two characters are one column. Words stand in label slots before, between
  (a two-sided table's other half) or after the amount columns; a slot of codes is a code and a name.
- **Header**: the lines of words just above the rows. pdftotext sets Chinese narrower than its columns:
  a line with one word over each amount column names them in order; the rest of a head wrapped in its
  cell goes with the word above it.
- **Only whole tables**: none when a column holds few of the rows' amounts (pdftotext squeezed some
  rows), two amounts of a row fall in one column, words stand among the amounts of a few rows, a name
  holds digits (a code or figure wrapped in its cell), no amount column is named, or no note, sentence,
  heading or title follows the rows (a table reaching a page's foot goes on overleaf: read alone it
  would miss rows), or the "header" stands right under a row of amounts (the piece of a wrapped name in
  a table whose rows could not be read: no table starts halfway down another). Those lines stay text, as
  before (and a 公开 table left so is named and set aside: pdf_coverage.fold_unread).
"""

from __future__ import annotations

import re

from .blocks import normalize
from .pdf_tables import tidy

# an amount as tables print it: two decimals (or one, or digit groups), a zero, a dash; not a code part "01"
_AMOUNT = re.compile(r"[-－]?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{1,2}%?|[-－]?\d{1,3}(?:,\d{3})+|0|[-－—]")
_TOKEN = re.compile(r"\S+(?: (?! )\S+)*")  # words parted by single spaces; two spaces part cells
_CODE = re.compile(r"(\d{3})((?: *\d{2}){0,2}) +(\S.*)")  # "208 05 01 行政单位离退休"
_PROSE = re.compile(r"[。；;，,：:]")
_TITLE = re.compile(r"单位[：:]|表$|^注|^—|[（(]续[）)]")
_GAP = 2  # right edges of one column's amounts drift by a character or two (widths rounded to characters)
MIN_ROWS = 3
_CODED = re.compile(r"\s*(?:\d{3}(?: +\d{2}){0,2} +[^\d\s，。；：]+\s*)+")  # codes and names, amounts blank
# what visibly ends a table: a note, a sentence, a heading, another table's title (not a page's foot)
_NUM = "一二三四五六七八九十"
_CLOSED = re.compile(rf"^注|^说明|。|表$|^[{_NUM}]+、|^[（(][{_NUM}]+[）)]|^第[{_NUM}]+部分")
Span = tuple[int, int, str]  # start, end (character columns), text


def _spans(line: str) -> list[Span]:
    """A line's cells: runs parted by two spaces or more, and an amount parted from words by one space
    ("4,733.14 一、一般公共服务支出": pdftotext keeps one space where two cells meet)."""
    out: list[Span] = []
    for m in _TOKEN.finditer(line):
        words: list[Span] = []
        for w in re.finditer(r"\S+", m.group()):
            s, e, t = m.start() + w.start(), m.start() + w.end(), w.group()
            if words and not _AMOUNT.fullmatch(t) and not _AMOUNT.fullmatch(words[-1][2]):
                words[-1] = (words[-1][0], e, f"{words[-1][2]} {t}")
            else:
                words.append((s, e, t))
        out += words
    return out


def _amounts(spans: list[Span]) -> list[Span]:
    return [s for s in spans if _AMOUNT.fullmatch(s[2])]


def _is_row(line: str, spans: list[Span]) -> bool:
    """A table's row: amounts, one of them set apart by two spaces or more (prose has one around its
    figures), words without a sentence's punctuation and no unit after an amount ("4,733.14 万元")."""
    amounts = _amounts(spans)
    words = [t for _, _, t in spans if not _AMOUNT.fullmatch(t)]
    return bool(amounts) and any(line[max(s - 2, 0):s] == "  " or s == 0 for s, _, _ in amounts) \
        and not any(_PROSE.search(t) or re.match(r"(?:万|亿)?元|%", t) for t in words)


def _is_piece(spans: list[Span]) -> bool:
    """A piece of a name wrapped in its cell ("险缴费支出"): short words, no digits."""
    return 0 < len(spans) <= 2 and all(len(t) <= 12 and not re.search(r"[\d。；，：]", t) for _, _, t in spans)


def _is_head(line: str, spans: list[Span]) -> bool:
    """A header line: words set in columns (two spaces apart), or single characters ("类 款 项"), or a
    short word set in (an indented "编码"); no amount, no sentence, no title or unit line."""
    text = line.strip()
    if not spans or _amounts(spans) or _PROSE.search(text) or _TITLE.search(text.replace(" ", "")):
        return False
    return "  " in text or all(len(w) <= 2 for w in text.split()) or (line.startswith("  ") and len(text) <= 10)


def _clusters(edges: list[int]) -> list[tuple[int, int]]:
    """Right edges of amounts grouped into columns (edges within ``_GAP`` of the last): (min, max)."""
    out: list[list[int]] = []
    for e in sorted(edges):
        if out and e - out[-1][-1] <= _GAP:
            out[-1].append(e)
        else:
            out.append([e])
    return [(c[0], c[-1]) for c in out]


def column_table(lines: list[str], i: int) -> tuple[list[list[str]], int] | None:
    """(the table's rows, the line after it) of a table set in whitespace columns from line ``i`` (its
    header lines, then rows whose amounts align in columns, names wrapped in their cells joined); None
    when none starts there: fewer than three rows (one of six amounts or more), amounts of one row in
    one column, a name standing over a column of amounts."""
    if i and _is_row(lines[i - 1], _spans(lines[i - 1])):
        return None  # under a row of amounts: a name wrapped in its cell ("业年金缴费支出"), not a header
    k, head = i, list[list[Span]]()
    while k < len(lines) and len(head) < 6 and _is_head(lines[k], _spans(lines[k])):
        head.append([(w.start(), w.end(), w.group()) for w in re.finditer(r"\S+", lines[k])])  # each word
        k += 1
    if not head:
        return None
    body: list[list[Span]] = []
    while k < len(lines) and lines[k].strip():
        spans = _spans(lines[k])
        if _is_row(lines[k], spans) or (body and _CODED.fullmatch(lines[k])):  # (a row whose amounts are blank)
            body.append(spans)
        elif body and _is_piece(spans) and not _amounts(spans):
            body[-1] = body[-1] + [(s, e, "\0" + t) for s, e, t in spans]  # "\0": joins its cell's text
        else:
            break
        k += 1
    if len(body) < MIN_ROWS and not any(len(_amounts(r)) >= 6 for r in body):
        return None
    after = next((ln.strip() for ln in lines[k:k + 8] if ln.strip()), "")
    if not _CLOSED.search(after.replace(" ", "")):
        return None  # a table reaching the page's foot goes on overleaf: read alone it would miss rows
    columns = _clusters([e for r in body for _, e, _ in _amounts(r)])
    if any(3 * sum(1 for r in body if any(lo <= e <= hi for _, e, _ in _amounts(r))) < len(body)
           for lo, hi in columns):
        return None  # a column of few amounts: the rows' figures do not align (pdftotext squeezed some)
    starts = [min(s for r in body for s, e, t in _amounts(r) if lo <= e <= hi) for lo, hi in columns]
    rows = _body_rows(body, columns)
    if rows is None:
        return None
    labels, coded = rows
    grid = _head_row(head, columns, starts, labels, coded)
    if grid is None:
        return None
    raw: list[list[str | None]] = [list(r) for r in (grid[0], *_row_cells(labels, coded, len(columns)))]
    return tidy(raw), k  # two halves with codes: one below the other


def _slot(mid: float, columns: list[tuple[int, int]]) -> int:
    """The label slot a word's middle falls in: left of the first amount column (0), or after column k (k+1)."""
    return sum(1 for _, hi in columns if hi < mid)


def _body_rows(body, columns):
    """Each row as {slot: label} and {column: amount}; None when two amounts of a row fall in one column."""
    out = []
    for r in body:
        labels: dict[int, str] = {}
        amounts: dict[int, str] = {}
        for s, e, t in r:
            if _AMOUNT.fullmatch(t):
                c = next(n for n, (lo, hi) in enumerate(columns) if lo <= e <= hi)
                if c in amounts:
                    return None
                amounts[c] = t
                continue
            slot = _slot((s + e) / 2, columns)
            joined = t.startswith("\0")
            labels[slot] = (labels.get(slot, "") + ("" if joined else " ") + t.lstrip("\0")).strip()
        out.append((labels, amounts))
    coded = {slot for labels, _ in out for slot, text in labels.items() if _CODE.fullmatch(text)}
    for labels, _ in out:
        for slot, text in labels.items():
            m = _CODE.fullmatch(text) if slot in coded else None
            if re.search(r"\d", m.group(3) if m else text) or (slot in coded and not m and re.match(r"\d", text)):
                return None  # digits among a name's words: a code or figure wrapped in its cell, rows not told apart
    filled = [sum(1 for labels, _ in out if slot in labels) for slot in range(len(columns) + 1)]
    if any(0 < n < len(out) / 2 for n in filled[1:]):
        return None  # words among the amounts of a few rows (no side of a two-sided table): columns not told apart
    return out, coded


def _row_cells(rows, coded: set[int], width: int) -> list[list[str]]:
    """The rows as cells: each label slot (a code and a name where the slot holds codes) before its
    amount column; slots no row fills left out."""
    used = sorted({slot for labels, _ in rows for slot in labels})
    out = []
    for labels, amounts in rows:
        cells: list[str] = []
        for c in range(width + 1):
            if c in used:
                text = labels.get(c, "")
                if c in coded:
                    m = _CODE.fullmatch(text)
                    code, name = (m.group(1) + m.group(2).replace(" ", ""), m.group(3)) if m else ("", text)
                    cells += [code, normalize(name)]
                else:
                    cells.append(normalize(text))
            if c < width:
                cells.append(amounts.get(c, ""))
        out.append(cells)
    return out


def _head_row(head: list[list[Span]], columns: list[tuple[int, int]], starts: list[int], rows,
              coded: set[int]) -> list[list[str]] | None:
    """One header row: each amount column named by the header words over it, each label slot by the words
    over it (类 款 项 left out). pdftotext sets a header's Chinese narrower than its columns: a line with a
    word for each amount column names them in order; a word of another line (the rest of a head wrapped in
    its cell: "本年收入合" over "计") goes with the word above it it stands nearest to, else the column it
    overlaps most. None when no amount column is named (no header: a table's part cut off)."""
    names = ["" for _ in columns]
    slots: dict[int, str] = {}
    anchors: list[tuple[int, int]] = []  # (a word's start, its column)
    for line in head:
        line = [w for w in line if w[2] not in ("类", "款", "项")]  # the split code columns' heads
        over = [w for w in line if w[1] > starts[0] - 1]
        if len(over) == len(columns):
            placed = {id(w): c for c, w in enumerate(over)}
        else:
            placed = {}
            for w in over:
                near = min(((abs(a - w[0]), c) for a, c in anchors), default=None)
                if near is not None and near[0] <= 3:
                    placed[id(w)] = near[1]
                else:
                    cover = [(min(w[1], hi) - max(w[0], starts[c]), c) for c, (_, hi) in enumerate(columns)]
                    if max(cover)[0] > 0:
                        placed[id(w)] = max(cover)[1]
        anchors += [(w[0], c) for w in over if (c := placed.get(id(w))) is not None]
        for w in line:
            if (c := placed.get(id(w))) is not None:
                names[c] += w[2]
            else:
                slot = _slot((w[0] + w[1]) / 2, columns)
                slots[slot] = slots.get(slot, "") + w[2]
    if not any(names):
        return None
    used = sorted({slot for labels, _ in rows for slot in labels})
    cells: list[str] = []
    for c in range(len(columns) + 1):
        if c in used:
            cells += ["科目编码", "科目名称"] if c in coded else [slots.get(c, "")]
        if c < len(columns):
            cells.append(names[c])
    return [[normalize(x) for x in cells]]
