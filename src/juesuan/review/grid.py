"""Tables as the rules read them, typed.

- A 科目编码 printed in split 类 | 款 | 项 cells ("207" "01" "01", under a header row "类" "款" "项")
  is one code again ("2070101"), and the split columns go, so that every row is code | name |
  amounts on each side of the table (公开06 has two sides).
- The export's numbering goes (``unnumbered``): a 「栏次」 row closing the header (「栏次 | 1 | 2 …」, a 三公 table's
  bare 「1 … 12」) and a 「行次」 column of row numbers are no figures, rows or parts of a sum; the columns keep
  their names.
- Each table is named as one of the nine 公开 tables (``Block.kind``) by its title however a unit
  words it ("部门收支决算总表", "XX局2024年度财政拨款收支决算总表"), by its number ("公开04表"), or,
  with neither, by its column heads.
- Each paragraph's section (``Block.section``): the heading it stands under (review/places.py).
- Each table's unit (``Block.unit``): "单位：元 / 万元 / 千元" in its caption or its own first rows;
  a table in 千元 is given to the rules in 元 (its amounts × 1,000).
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from itertools import pairwise

from .blocks import Block, Blocks
from .places import sections

PUBLIC_TABLES = (
    "收入支出决算总表", "收入决算表", "支出决算表", "财政拨款收入支出决算总表", "一般公共预算财政拨款支出决算表",
    "一般公共预算财政拨款基本支出决算表", "财政拨款“三公”经费支出决算表", "政府性基金预算财政拨款收入支出决算表",
    "国有资本经营预算财政拨款收入支出决算表",
)

_PART = re.compile(r"\d{2}")
_HEAD = re.compile(r"\d{3}")


def _split_columns(rows: list[list[str]]) -> list[tuple[int, int]]:
    """(first, width) of each 类|款(|项) column group: a header row whose cells there read 类, 款 (, 项)."""
    for row in rows[:6]:
        cells = [c.strip() for c in row]
        groups = []
        for i, c in enumerate(cells):
            if c == "类" and cells[i + 1 : i + 2] == ["款"]:
                groups.append((i, 3 if cells[i + 2 : i + 3] == ["项"] else 2))
        if groups:
            return groups
    return []


def _joined(row: list[str], first: int, width: int) -> list[str]:
    cells = [c.strip() for c in row[first : first + width]]
    if len(cells) == width and _HEAD.fullmatch(cells[0]) and all(not c or _PART.fullmatch(c) for c in cells[1:]):
        parts = [cells[0]] + [c for c in cells[1:] if c]
        if all(cells[1 : len(parts)]):  # no gap: "207" "" "01" is no code
            return [*row[:first], "".join(parts), *row[first + width :]]
        return row
    if set(cells) <= {"类", "款", "项", ""}:  # the 类 | 款 | 项 header row itself
        return [*row[:first], "", *row[first + width :]]
    label = next((c for c in cells if c), "")
    if all(not c or c == label for c in cells):  # "合计" spanning the code cells, or a header row
        return [*row[:first], label, *row[first + width :]]
    return [*row[:first], " ".join(c for c in cells if c), *row[first + width :]]


def join_codes(block: Block) -> Block:
    """The block with its split code columns joined (the block itself when it has none)."""
    if not block.is_table:
        return block
    groups = _split_columns(block.rows)
    if not groups:
        return block
    rows = [list(r) for r in block.rows]
    for first, width in sorted(groups, reverse=True):  # right side first: the left's indices hold
        rows = [_joined(r, first, width) if len(r) >= first + width else r for r in rows]
    rows = [r for r in rows if any(c.strip() for c in r)]
    return replace(block, rows=rows, text="\n".join("\t".join(r) for r in rows))


# the export's numbering of a table's columns and rows: a 「栏次」 row closing the header (「栏次 | 1 | 2 …」, or the
# bare 「1 2 3 … n」 under a header), a 「行次」 column beside the names (1, 2, … down the rows); no figures
_ORDINAL = re.compile(r"\d{1,3}")
_NUMBERING = ("栏次", "栏号", "行次", "行号")
_DECIMAL = re.compile(r"-?[\d,]*\d\.\d+|-?\d{1,3}(?:,\d{3})+")


def _numbering_row(cells: list[str]) -> bool:
    """A header row numbering the columns: its cells empty, 「栏次」 (「行次」 over a 行次 column) or increasing small
    whole numbers; with no label, every cell filled and the numbers 1, 2, … n (n ≥ 3)."""
    cells = [c.replace(" ", "").replace("\u3000", "") for c in cells]
    numbers = [int(c) for c in cells if _ORDINAL.fullmatch(c)]
    words = [c for c in cells if c and not _ORDINAL.fullmatch(c)]
    if not numbers or any(w not in _NUMBERING for w in words) or any(b <= a for a, b in pairwise(numbers)):
        return False
    return bool(words) or (all(cells) and numbers == list(range(1, len(numbers) + 1)) and len(numbers) >= 3)


def unnumbered(block: Block) -> Block:
    """The table without its export's numbering (the block itself when it has none): a 「栏次」 row among the header
    rows (those above the first amount) dropped, and a column headed 「行次」 holding only row numbers; the columns
    numbered keep their names (the header rows above)."""
    if not block.is_table:
        return block
    rows = block.rows
    head = next((k for k, r in enumerate(rows) if any(_DECIMAL.fullmatch(c.strip()) for c in r)), len(rows))
    drop_rows = {k for k in range(min(head, 8)) if _numbering_row(rows[k])}
    width = max(len(r) for r in rows)
    drop_cols = {c for c in range(width)
                 if any(len(r) > c and r[c].replace(" ", "") in _NUMBERING[2:] for r in rows[:head])
                 and all(len(r) <= c or not r[c].strip() or _ORDINAL.fullmatch(r[c].strip())
                         for r in rows[head:])}
    if not drop_rows and not drop_cols:
        return block
    kept = [[c for i, c in enumerate(r) if i not in drop_cols] for k, r in enumerate(rows) if k not in drop_rows]
    return replace(block, rows=kept, text="\n".join("\t".join(r) for r in kept))


def plain(text: str) -> str:
    """A title compared as words: no spaces or quotes, 收支 as 收入支出."""
    return re.sub(r"[\s“”\"'‘’「」]", "", text).replace("收支", "收入支出")


_NAMES = [(plain(n), n) for n in PUBLIC_TABLES]
_NUMBER = re.compile(r"公开\s*0?([1-9])\s*表")
# column heads (or row labels) that only one of the nine tables has, for a table without a title
# (in this order: 公开04 has 公开01's 本年收入合计 and 本年支出合计 too, 公开01 公开02's 财政拨款收入)
_HEADS = (
    ("财政拨款“三公”经费支出决算表", ("因公出国", "公务接待费")),
    ("一般公共预算财政拨款基本支出决算表", ("人员经费", "公用经费")),
    ("财政拨款收入支出决算总表", ("政府性基金预算财政拨款", "一般公共预算财政拨款", "收入")),
    ("收入支出决算总表", ("本年收入合计", "本年支出合计")),
    ("收入决算表", ("本年收入合计", "财政拨款收入", "事业收入")),
    ("支出决算表", ("本年支出合计", "基本支出", "项目支出")),
)


def kind_of(b: Block, heads: bool = True) -> str:
    """Which of the nine 公开 tables ``b`` is ("" when none can be told): the name its title ends
    with (the last named, the longest of names ending there), else its number, else (``heads``)
    its column heads."""
    caption = plain(b.caption if b.title in b.caption else f"{b.caption} {b.title}")
    hits = [(caption.rfind(p) + len(p), len(p), n) for p, n in _NAMES if p in caption]
    if hits:
        return max(hits)[2]
    if m := _NUMBER.search(caption):
        return PUBLIC_TABLES[int(m.group(1)) - 1]
    if not heads or "表" in caption or b.text.startswith("图："):
        return ""  # a table of its own title (a 情况说明's table) or a chart, not one of the nine
    cells = {plain(c) for r in b.rows for c in r if c and not c[:1].isdigit()}
    for name, needed in _HEADS:
        if all(any(n in h for h in cells) for n in needed):
            return name
    return ""


_UNIT = re.compile(r"单位[：:]\s*(万元|千元|元)")


def unit_of(b: Block) -> str:
    """The unit of a table's amounts: "单位：…" in its caption or its first rows, else "万元" when
    its caption names 万元, else 元 (the 决算 tables' unit when none is printed)."""
    return printed_unit(b) or ("万元" if "万元" in (b.caption + b.title) else "元")


def printed_unit(b: Block) -> str:
    """The unit a table prints: "单位：…" in its caption or its first rows, else its header's cells, all alike
    (「年初预算（万元）」「支出决算（万元）」); "" when none."""
    for text in (b.caption, b.title, *(c for r in b.rows[:3] for c in r)):
        if m := _UNIT.search(text.replace(" ", "")):
            return m.group(1)
    if len(said := {m.group(1) for c in (b.rows or [[]])[0] if (m := re.search(r"[（(](万元|千元|元)[）)]", c))}) == 1:
        return said.pop()
    return ""


_AMOUNT = re.compile(r"-?\d{1,3}(?:,\d{3})*(?:\.\d+)?|-?\d+(?:\.\d+)?")


def _thousands(cell: str) -> str:
    """A 千元 amount in 元, shown as the tables show amounts (digit groups, two decimals)."""
    if not _AMOUNT.fullmatch(cell.strip()):
        return cell
    try:
        value = Decimal(cell.strip().replace(",", "")) * 1000
    except InvalidOperation:
        return cell
    return f"{value:,.2f}"


def typed(block: Block) -> Block:
    """The table with its kind (by its title or number) and unit (a 千元 table's amounts in 元)."""
    if not block.is_table:
        return block
    return _typed(block, kind_of(block, heads=False))


def _typed(block: Block, kind: str) -> Block:
    unit = unit_of(block)
    rows = block.rows
    if unit == "千元":
        rows = [[_thousands(c) for c in r] for r in rows]
        unit = "元"
    if kind == block.kind and unit == block.unit and rows is block.rows:
        return block
    if rows is block.rows:
        return replace(block, kind=kind, unit=unit)
    return replace(block, kind=kind, unit=unit, rows=rows, text="\n".join("\t".join(r) for r in rows))


INDENT = "\u3000"
# the 公开 tables of 科目 in 类/款/项 (功能分类) or 类/款 (经济分类), whose rows are parents and children
_OUTLINED = tuple(PUBLIC_TABLES[k] for k in (1, 2, 4, 5, 7, 8))
_TOTAL = re.compile(r"^(?:合\s*计|总\s*计|小\s*计)$|合计$")
_FIGURE = re.compile(r"[-(（]?\d[\d,]*(?:\.\d+)?[)）]?")


def outline(block: Block) -> Block:
    """A table whose names are indented by 「　」 (as typed; a PDF's indent given back so by its reader): the 「　」
    gone from its cells, and where its names show its hierarchy by indentation alone — one of the 科目 tables, no
    row coded (codes show it), its first named row flush, each row at most one level below the row above, some
    row indented — each row's level (``Block.levels``: flush 1, one 「　」 2, …; 0 for the header and totals)."""
    if not block.is_table or not any(c.startswith(INDENT) for r in block.rows for c in r):
        return block
    rows = [[c.lstrip(INDENT) for c in r] for r in block.rows]
    depth = [len(r[0]) - len(r[0].lstrip(INDENT)) if r else 0 for r in block.rows]
    body = [k for k, r in enumerate(rows) if any(_FIGURE.fullmatch(c.strip()) for c in r[1:])
            and r[0].strip() and not _TOTAL.search(r[0].replace(" ", ""))]
    levels = [0] * len(rows)
    for k in body:
        levels[k] = depth[k] + 1
    named = [levels[k] for k in body]
    coded = any(re.match(r"\d{3}(?:\d{2}){0,2}(?![\d.,])", r[0].strip()) for r in rows if r)
    shaped = bool(named) and named[0] == 1 and max(named) > 1 \
        and all(b <= a + 1 for a, b in pairwise(named))
    kept = tuple(levels) if block.kind in _OUTLINED and not coded and shaped else ()
    return replace(block, rows=rows, text="\n".join("\t".join(r) for r in rows), levels=kept)


def model(blocks: list[Block]) -> list[Block]:
    """The blocks the rules read: tables typed, their codes joined, each paragraph with the section it
    stands under (places.sections; the document's own blocks untouched)."""
    out = [typed(unnumbered(join_codes(b))) for b in blocks]
    out = [b if b.is_table or b.section == s else replace(b, section=s)
           for b, s in zip(out, sections(out), strict=True)]
    # a table without a title among the nine (after one of them, only short lines between: no
    # 情况说明 paragraph) is named by its column heads
    last: Block | None = None
    for i, b in enumerate(out):
        if not b.is_table:
            if len(b.text) >= 40 or "。" in b.text:
                last = None
            continue
        if not b.kind and last is not None and last.kind and (kind := kind_of(b)):
            out[i] = b = replace(b, kind=kind)
        if not b.kind and not printed_unit(b) and "万元" not in b.caption + b.title:
            from .text_grids import small_table, text_unit  # a small table typed in the text: the text's unit

            if small_table(b) and (unit := text_unit(out, i)) != b.unit:
                out[i] = b = replace(b, unit=unit)
        last = b
    out = [outline(b) for b in out]  # (by its kind: named by its heads above, maybe)
    if all(x is y for x, y in zip(out, blocks, strict=True)):
        return blocks  # nothing changed: keep the reader's list (and its notes)
    if not isinstance(blocks, Blocks):
        return out
    kept = Blocks(out)
    kept.notes, kept.pages, kept.coverage, kept.unread = blocks.notes, blocks.pages, blocks.coverage, blocks.unread
    return kept
