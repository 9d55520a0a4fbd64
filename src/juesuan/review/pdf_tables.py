"""A PDF table's cells as the rules read them: one header row, one code column, one side a table.

What published 决算 tables need (pdfplumber gives ``None`` for a cell covered by a merged one):

- **Split codes.** 功能/经济分类 codes printed in 类|款|项 columns (a header row "类 款 项" under a
  merged "…科目编码" cell) are joined into one code ("207" "01" "01" → 2070101; a blank 类 takes the
  one of the row above). A label spanning those cells (合计, 人员经费合计) goes to the name column.
- **Merged header cells.** The header rows above the split codes become one row: each column is
  named by the lowest header cell over it ("项目 / 功能分类科目编码 / 类" → 功能分类科目编码).
- **Two-sided tables.** The 基本支出决算表 prints 人员经费 on the left and 公用经费 on the right,
  each with its own code column: the right half is put below the left (one list, each half ending
  with its own 合计, a 合计 printed first put last), so a code is never read as an amount of the other
  side and 302xx lines are never children of 301/303.
"""

from __future__ import annotations

import re

Raw = list[list[str | None]]

_PARTS = ("类", "款", "项")
_DIGITS = re.compile(r"\d+")
_CODE_HEADER = re.compile(r"编码|代码")


def _text(cell: str | None) -> str:
    return cell or ""


def _code_groups(rows: Raw) -> tuple[int, list[list[int]]]:
    """(the header row naming 类|款|项, the column groups it names) or (-1, [])."""
    for r, row in enumerate(rows[:5]):
        groups = []
        c = 0
        while c < len(row):
            # "类" "款" "项" a cell each, or two of them in one (an unruled table's narrow columns: "类款" "项")
            width, named = 0, ""
            while c + width < len(row) and "类款项".startswith(named + _text(row[c + width]).replace(" ", "")) \
                    and _text(row[c + width]).strip():
                named += _text(row[c + width]).replace(" ", "")
                width += 1
            if width >= 2 and named in ("类款", "类款项"):
                groups.append(list(range(c, c + width)))
                c += width
            else:
                c += 1
        if groups:
            return r, groups
    return _unnamed_groups(rows)


def _unnamed_groups(rows: Raw) -> tuple[int, list[list[int]]]:
    """Code columns with no "类 款 项" row over them: a column of 3-digit 类 codes followed by one
    or two of 2-digit parts (filled on some rows). The header ends above the first code."""
    width = max((len(r) for r in rows), default=0)

    def column(c: int) -> list[str]:
        return [_text(r[c]) for r in rows if c < len(r)]

    def only(c: int, pattern: str, least: int = 1) -> bool:
        cells = [x for x in column(c) if x and _DIGITS.fullmatch(x)]
        texts = [x for x in column(c) if x and not _DIGITS.fullmatch(x)]
        return len(cells) >= least and all(re.fullmatch(pattern, x) for x in cells) and len(texts) <= 4

    groups: list[list[int]] = []
    for c in range(width - 1):
        if any(c in g for g in groups) or not only(c, r"\d{3}", 2) or not only(c + 1, r"\d{2}"):
            continue
        groups.append([c, c + 1, c + 2] if c + 2 < width and only(c + 2, r"\d{2}") else [c, c + 1])
    if not groups:
        return -1, []
    first = min(r for r, row in enumerate(rows) if any(re.fullmatch(r"\d{3}", _text(row[g[0]])) for g in groups))
    return first - 1, groups


def _header(rows: Raw, bottom: int, columns: list[list[int]]) -> list[str]:
    """One header row: each (group of) column(s) named by its lowest header cell."""
    out = []
    for cols in columns:
        name = ""
        for r in range(bottom, -1, -1):
            cell = _text(rows[r][cols[0]]) if cols[0] < len(rows[r]) else ""
            if cell and not (len(cols) > 1 and cell in _PARTS):
                name = cell
                break
        out.append(name or ("科目编码" if len(cols) > 1 else ""))
    return out


def _join_codes(row: list[str | None], cols: list[int], previous: str) -> tuple[str, str]:
    """(the code, a label written across the code cells) of one row's split code cells."""
    cells = [_text(row[c]) if c < len(row) else "" for c in cols]
    if not any(cells):
        return "", ""
    if not all(_DIGITS.fullmatch(x) or not x for x in cells):
        return "", "".join(cells)
    if not cells[0] and previous:  # a 类 printed once for its lines
        cells[0] = previous[:3]
        if len(cells) > 2 and not cells[1] and cells[2]:
            cells[1] = previous[3:5]
    return "".join(cells), ""


def _join(rows: Raw) -> list[list[str]]:
    """Split code columns joined and the header rows made one (unchanged when there are none)."""
    bottom, groups = _code_groups(rows)
    if not groups:
        return [[_text(c) for c in row] for row in rows]
    width = max(len(r) for r in rows)
    grouped = {c for g in groups for c in g}
    columns: list[list[int]] = []
    for c in range(width):
        g = next((g for g in groups if g[0] == c), None)
        if g is not None:
            columns.append(g)
        elif c not in grouped:
            columns.append([c])
    out = [_header(rows, bottom, columns)]
    last = {g[0]: "" for g in groups}
    for row in rows[bottom + 1:]:
        new: list[str] = []
        pending = ""  # a label across the code cells, for the name column after them
        for cols in columns:
            if len(cols) > 1:
                code, label = _join_codes(row, cols, last[cols[0]])
                if code:
                    last[cols[0]] = code
                new.append(code)
                pending = label
                continue
            cell = row[cols[0]] if cols[0] < len(row) else None
            if pending and not cell:
                new.append(pending)
            else:
                new.append(_text(cell) if not pending else f"{pending}{_text(cell)}")
            pending = ""
        out.append(new)
    return out


def _halves(rows: list[list[str]]) -> list[list[list[str]]] | None:
    """A table printed as two equal halves side by side, each with its own code column."""
    header = rows[0]
    codes = [c for c, h in enumerate(header) if _CODE_HEADER.search(h)]
    if len(codes) != 2 or codes[0] != 0:
        return None
    half = codes[1]
    if len(header) != 2 * half or header[:half] != header[half:]:
        return None
    return [[row[:half] for row in rows], [row[half:] for row in rows]]


def _stack(rows: list[list[str]]) -> list[list[str]]:
    """The halves one below the other; header rows over the code row ("人员经费 | 公用经费") left out."""
    for top in range(min(4, len(rows))):
        if (halves := _halves(rows[top:])) is not None:
            break
    else:
        return rows
    out = [halves[0][0]]
    for half in halves:
        body = [r for r in half[1:] if any(r)]
        if body and _total(body[0]) and not _total(body[-1]):
            body = [*body[1:], body[0]]  # (a half printing its 合计 first: below its rows, as the rules read it)
        out += body
    return out


def _total(row: list[str]) -> bool:
    """A half's 合计 row: a label ending in 合计, no code."""
    return any(c.replace(" ", "").endswith("合计") for c in row) and not any(re.fullmatch(r"\d{3,7}", c) for c in row)


def tidy(rows: Raw) -> list[list[str]]:
    """A table read by pdfplumber (merged cells ``None``) as rows of cell texts for the rules."""
    return [r for r in _stack(_join(rows)) if any(r)]



_AMOUNT = re.compile(r"[-(（]?\d[\d,]*\.\d+[)）]?")


def spanned(cells: list[list[tuple[float, float, float, float] | None]], texts: Raw) -> Raw:
    """A ruled table's cells (``texts``, by pdfplumber's ``cells`` boxes) with the header's last row given the text
    of each cell merged down over it (pdfplumber gives None under it; a .docx reader the text again: 「年初结转和结余」
    over a header's two rows), so that the row names every column as in the .docx."""
    out = [list(r) for r in texts]
    # the header: the rows of words (each cell printed or merged) from the top; a row's rest broken over from the
    # page before (「缴费」 and blank cells) or the first amounts end it
    body = next((r for r, row in enumerate(out) if any(_AMOUNT.fullmatch((t or "").strip()) for t in row)
                 or not all(t is None or t.strip() for t in row)), 0)
    above: dict[int, tuple[float, str | None]] = {}  # by column: the bottom of its last cell and the cell's text
    for r, row in enumerate(cells[:body]):
        boxes = [b for b in row if b is not None]
        bottom = min((b[3] for b in boxes), default=0.0)
        for c in range(len(out[r])):
            box = row[c] if c < len(row) else None
            if box is not None:
                above[c] = (box[3], out[r][c])
            elif r == body - 1 and out[r][c] is None and c in above and above[c][1] and above[c][0] >= bottom - 1.0:
                out[r][c] = above[c][1]  # (the header's last row only: the one that names the columns)
    return out
