"""Small tables typed inside a text section of the 情况说明 (not one of the nine 公开 tables): a 项 list
「项名称 | 年初预算（万元） | 支出决算（万元） | 完成率 | 原因」, a 三公 table 「项目 | 预算数 | 决算数 | 完成率」. Each
row is tied to its subject (the label in its first cell) with its figures by what their column says, so that
the rules that read a 项 sentence or a 三公 sentence read the row the same way.

Three forms give the same rows:
- **a Word table** (.docx; a ruled grid a PDF reader reads as a table): a table block of no 公开 kind whose
  first row names the columns;
- **lines of text** (a PDF that prints the table's cells without rules, Word/WPS glyph by glyph): a header
  line (「项名称年初预算（万元）支出决算（万元）完成率原因」: column words only), then one line a row — its label,
  its figures, glued where the cells touch (「310.00326.15 105.21%」: each amount has the decimals the others
  show), then its words; a row broken over two lines (the label alone, or the figures going on) is joined.
- The unit: the header's 「（万元）」, else a 「单位：…」 before the table, else the unit of the paragraph before it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .blocks import Block
from .figures import Figure, find_figures
from .grid import PUBLIC_TABLES
from .subjects import heading, memo

# what a column holds, by the words of its header cell (most specific first)
_ROLES = (
    ("rate", r"完成率|执行率|完成(?:年初)?预算(?:的)?(?:比例|百分比)?"),
    ("change_rate", r"增减率|增长率|变动率|增幅|增减幅度"),
    ("change", r"(?:比上年)?增减(?:额|数)?|增加额|变动额|差额"),
    ("prior", r"上年(?:决算)?(?:数)?|(?:19|20)\d\d年度?决算(?:数)?"),
    ("full", r"(?:全年|调整(?:后)?)预算(?:数)?"),
    ("budget", r"年初预算(?:数)?|预算(?:数)?"),
    ("final", r"(?:支出)?决算(?:数)?|实际支出(?:数)?|(?:实际)?执行(?:数|金额)"),
    ("words", r"原因|说明|备注|主要用途|用途"),
    ("other", r"(?:自评)?得分|评分|(?:绩效|自评)?等级"),  # a column of no amount: read past
)
_UNIT = r"\s*(?:[（(](?:单位[：:])?(?P<unit>万元|元)[）)])?"
_HEAD_CELL = re.compile("|".join(f"(?P<{role}>{words}){_UNIT.replace('?P<unit>', f'?P<u_{role}>')}"
                                 for role, words in _ROLES))
MONEY_ROLES = ("budget", "full", "final", "prior", "change")
PERCENT_ROLES = ("rate", "change_rate")


@dataclass(frozen=True)
class GridRow:
    """A row of a small table in the text: its label (the subject), its figures by column role, its words."""

    block: int  # the block the row stands in (a Word table's block; a PDF's first line of the row)
    label: str
    quote: str  # the row as printed, its cells apart by 「　」 where the form parts them
    cells: dict[str, Figure] = field(default_factory=dict)  # role → figure; a blank or 「-」 cell is not there
    words: str = ""
    blocks: tuple[int, ...] = ()  # every block of the row (a PDF row printed over two lines)
    dash: tuple[str, ...] = ()  # roles whose cell is 「-」 (a rate left out on purpose)
    table: int = -1  # the block of its table (a Word table) or of its header line (a PDF's lines)
    head: tuple[str, ...] = ()  # the header's cells, the label column's first
    texts: tuple[str, ...] = ()  # its cells after the label as printed, in the header's order


def _role(cell: str) -> tuple[str, str]:
    """(role, unit) of a header cell; ("", "") when it names none."""
    m = _HEAD_CELL.search(cell.replace(" ", ""))
    if not m:
        return "", ""
    role = next(r for r, _ in _ROLES if m.group(r))
    return role, m.group(f"u_{role}") or ""


def _header(cells: list[str]) -> list[tuple[str, str]] | None:
    """The (role, unit) of each column after the label, when ``cells`` name a small table's columns: a label
    column, then at least two money columns (预算, 决算, 上年, 增减)."""
    if len(cells) < 3 or _role(cells[0])[0] or any(re.search(r"\d", c) and not re.search(r"(?:19|20)\d\d年", c)
                                                   for c in cells):
        return None
    roles = [_role(c) for c in cells[1:]]
    if any(not r for r, _ in roles) or sum(r in MONEY_ROLES for r, _ in roles) < 2:
        return None
    return roles


def _line_header(text: str) -> tuple[tuple[str, ...], list[tuple[str, str]]] | None:
    """(its cells, the columns' roles) of a header printed as one line of column words
    (「项名称年初预算（万元）…原因」)."""
    text = text.strip()
    if re.search(r"[。，,；;：:]", text) or len(text) > 80:
        return None
    cells = []
    pos = None
    for m in _HEAD_CELL.finditer(text):
        if pos is None:
            pos = m.start()
        elif text[pos:m.start()].strip():
            return None
        cells.append(m.group(0))
        pos = m.end()
    if pos is None or text[pos:].strip() or not cells:
        return None
    label = text[: text.find(cells[0])].strip()
    if not label or len(label) > 8:
        return None
    roles = _header([label, *cells])
    return ((label, *cells), roles) if roles else None


def text_unit(blocks: list[Block], bi: int) -> str:
    """The unit of the table at ``bi`` where its header names none: a 「单位：…」 just before, else the money unit
    the paragraph before it writes most."""
    for k in range(bi - 1, max(-1, bi - 3), -1):
        b = blocks[k]
        if b.is_table:
            break
        if m := re.search(r"单位[：:]\s*(万元|元)", b.text):
            return m.group(1)
        units = Counter(f.unit for f in find_figures(b.text) if f.unit in ("万元", "元"))
        if units:
            return units.most_common(1)[0][0]
    return "万元"


def _figure(cell: str, role: str, unit: str, at: int) -> Figure | None:
    cell = cell.strip()
    if not cell or re.fullmatch(r"[-—－–]+", cell):
        return None
    figs = find_figures(cell, bare_money=True)
    if len(figs) != 1 or figs[0].raw.strip() != cell.replace("％", "%"):
        return None
    f = figs[0]
    if (role in PERCENT_ROLES) != f.is_percent:
        return None
    return Figure(f.value, f.unit or unit, f.raw, at + f.start, at + f.end, f.decimals)


def _row(bi: int, label: str, texts: list[str], roles: list[tuple[str, str]], unit: str,
         blocks_of: tuple[int, ...], table: int, head: tuple[str, ...]) -> GridRow:
    quote, cells, dash, words = label, {}, [], []
    for text, (role, own) in zip(texts, roles, strict=False):
        quote += "　"
        at = len(quote)
        quote += text.strip()
        if role == "words":
            words.append(text.strip())
        elif role == "other":
            continue
        elif (f := _figure(text, role, own or unit, at)) is not None:
            cells[role] = f
        elif text.strip():
            dash.append(role)
    return GridRow(bi, label, quote, cells, "　".join(words), blocks_of or (bi,), tuple(dash), table, head,
                   tuple(t.strip() for t in texts))


def small_table(b: Block) -> bool:
    """Whether a table block is a small table of the text: no 公开 kind, its first row naming its columns."""
    return bool(b.rows) and b.kind not in PUBLIC_TABLES and _header([c.strip() for c in b.rows[0]]) is not None


def _table_rows(blocks: list[Block], bi: int) -> list[GridRow]:
    b = blocks[bi]
    if not b.rows or b.kind in PUBLIC_TABLES:
        return []
    roles = _header([c.strip() for c in b.rows[0]])
    if roles is None:
        return []
    unit = next((u for _, u in roles if u), "") or _caption_unit(b) or text_unit(blocks, bi)
    head = tuple(c.strip() for c in b.rows[0])
    return [_row(bi, r[0].strip(), list(r[1:]), roles, unit, (bi,), bi, head) for r in b.rows[1:] if r and r[0].strip()]


def _caption_unit(b: Block) -> str:
    m = re.search(r"单位[：:]\s*(万元|元)", f"{b.caption} {b.title}")
    return m.group(1) if m else ""


def _amounts(run: str, places: int) -> list[tuple[int, str]] | None:
    """The cells of a run of figures as printed on a line (each with where it starts): apart by spaces, or glued
    where two cells touch — each amount then has ``places`` decimals; 「-」 is an empty cell."""
    amount = (rf"-?(?:\d{{1,3}}(?:,\d{{3}})+|\d+)\.\d{{{places}}}%?" if places
              else r"-?(?:\d{1,3}(?:,\d{3})+|\d+)%?")
    # a percentage has the decimals it has (「105.2%」 beside amounts to the 分): tried first, it takes no amount's
    # digits (「268.36100.00%」: 「268.36」 is followed by no 「%」)
    token = re.compile(rf"\s*(?:(-?\d+(?:\.\d{{1,4}})?%|(?:{amount})(?:万元|元)?)|([-—－–]))")
    out, pos = [], 0
    while pos < len(run) and run[pos:].strip():
        m = token.match(run, pos)
        if not m:
            return None
        out.append((m.start(1) if m.group(1) else m.start(2), m.group(1) or m.group(2)))
        pos = m.end()
    return out


_RUN = re.compile(r"[-—－–]?\d(?:[\d,.%\s—－–-]|万元|元)*")  # figures, each maybe with its unit (「91.20万元」)


def _places(lines: list[str]) -> int:
    """The decimals the table's amounts have: those of the figures printed apart from the others."""
    seen: Counter[int] = Counter()
    for line in lines:
        for tok in re.findall(r"(?<![\d.,])\d[\d,]*(?:\.(\d+))?%?(?![\d.,])", line):
            seen[len(tok)] += 1
    return seen.most_common(1)[0][0] if seen else 2


def _split(text: str, n: int, places: int) -> tuple[str, list[str], str] | None:
    """(label, the n figure cells, the words after) of a row printed as a line; None when it is not one."""
    m = _RUN.search(text)
    if not m and (dashes := re.search(r"(?:\s*[-—－–]){2,}\s*$", text)) and text[: dashes.start()].strip():
        # a row of empty cells: 「因公出国（境）费----」 (each 「-」 a cell)
        empty = re.findall(r"[-—－–]", dashes.group(0))
        return (text[: dashes.start()].strip(), empty, "") if len(empty) <= n else None
    if not m:
        return (text.strip(), [], "") if text.strip() and not re.search(r"[。；;]", text) else None
    label, rest = text[: m.start()].strip(), text[m.start():]
    run = re.match(r"[-—－–]?\d(?:[\d,.%\s—－–-]|万元|元)*?(?=[^\d,.%\s—－–万元-]|$)", rest)
    cells = _amounts(run.group(0) if run else "", places)
    if cells is None or len(cells) > n:
        return None
    texts = [c for _, c in cells]
    if len(texts) + sum(1 for c in texts if c.startswith("-")) == n:
        # as many cells short as figures read as negative: each 「-」 an empty cell glued to the figure after it
        # (「38.00万元35.68万元-35.68万元」: 上年 「-」, 增减 35.68万元)
        texts = [x for c in texts for x in (["-", c[1:]] if c.startswith("-") else [c])]
    return label, texts, rest[run.end() if run else 0:].strip()


def _line_rows(blocks: list[Block], bi: int, head: tuple[str, ...], roles: list[tuple[str, str]],
               unit: str) -> tuple[list[GridRow], int]:
    """The rows printed as lines after the header line at ``bi`` and the block after the last."""
    n = sum(r != "words" for r, _ in roles)
    lines: list[int] = []
    k = bi + 1
    while k < len(blocks) and not blocks[k].is_table and not heading(blocks[k].text.strip()) and len(lines) < 60:
        lines.append(k)
        k += 1
    places = _places([blocks[i].text for i in lines])
    rows: list[GridRow] = []
    pending: list = []  # label, cells, words, blocks of the row being read

    def flush() -> None:
        if pending and len(pending[1]) == n and pending[0]:
            label, cells, words, at = pending
            texts = iter(cells)
            rows.append(_row(at[0], label, [words if r == "words" else next(texts) for r, _ in roles],
                             roles, unit, tuple(at), bi, head))
        pending.clear()

    end = bi + 1
    for i in lines:
        part = _split(blocks[i].text.strip(), n, places)
        if part is None:
            break
        label, cells, words = part
        if pending and len(pending[1]) < n and (not label or not pending[1]):
            # the row goes on: its figures (「1,920.00」 / 「1,920.00 100.00%按预算执行」), or its label's end
            pending[:] = [pending[0] + label, pending[1] + cells, pending[2] + words, [*pending[3], i]]
        elif pending and len(pending[1]) == n and label and not cells and not _starts_row(blocks, i):
            pending[2] += label  # the words cell goes on
            pending[3].append(i)
        else:
            flush()
            pending[:] = [label, cells, words, [i]]
        if len(pending[1]) > n:
            pending.clear()
            break
        end = i + 1
    flush()
    return rows, end


def _starts_row(blocks: list[Block], i: int) -> bool:
    """Whether line ``i`` (figures-less) is a label whose figures follow on the next line."""
    return i + 1 < len(blocks) and bool(re.match(r"\s*[-—－–]?\d", blocks[i + 1].text))


@memo
def grid_rows(blocks: list[Block]) -> list[GridRow]:
    """Every row of every small table typed inside the text (see the module's docstring)."""
    out: list[GridRow] = []
    bi = 0
    while bi < len(blocks):
        b = blocks[bi]
        if b.is_table:
            out += _table_rows(blocks, bi)
            bi += 1
            continue
        head = _line_header(b.text)
        if head is None:
            bi += 1
            continue
        cells, roles = head
        unit = next((u for _, u in roles if u), "") or text_unit(blocks, bi)
        rows, end = _line_rows(blocks, bi, cells, roles, unit)
        out += rows
        bi = max(end, bi + 1)
    return out


def row_blocks(blocks: list[Block]) -> set[int]:
    """The text blocks that are rows of a small table printed as lines (read as rows, not as sentences)."""
    return {k for r in grid_rows(blocks) if not blocks[r.block].is_table for k in r.blocks}


def line_tables(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each small table printed as lines given as the table block a Word table is (at its header
    line; its row lines left as they are), for the rules that read tables: the same table in every form."""
    out = list(blocks)
    tables: dict[int, list[GridRow]] = {}
    for r in grid_rows(blocks):
        if not blocks[r.table].is_table:
            tables.setdefault(r.table, []).append(r)
    for at, rows in tables.items():
        cells = [list(rows[0].head), *([r.label, *r.texts] for r in rows)]
        b = blocks[at]
        unit = next((f.unit for r in rows for f in r.cells.values() if f.is_money), "万元")
        out[at] = Block("\n".join("\t".join(c) for c in cells), b.place, cells, index=b.index, section=b.section,
                        unit=unit)
    return out
