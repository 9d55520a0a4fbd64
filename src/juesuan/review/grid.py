"""Tables as the rules read them: a 科目编码 printed in split 类 | 款 | 项 cells ("207" "01" "01",
under a header row "类" "款" "项") is one code again ("2070101"), and the split columns go, so that
every row is code | name | amounts on each side of the table (公开06 has two sides)."""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Block, Blocks

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


def model(blocks: list[Block]) -> list[Block]:
    """The blocks the rules read: tables with their codes joined (the document's own blocks untouched)."""
    out = [join_codes(b) for b in blocks]
    if all(x is y for x, y in zip(out, blocks, strict=True)):
        return blocks  # nothing joined: keep the reader's list (and its notes)
    if not isinstance(blocks, Blocks):
        return out
    kept = Blocks(out)
    kept.notes, kept.pages, kept.coverage = blocks.notes, blocks.pages, blocks.coverage
    return kept
