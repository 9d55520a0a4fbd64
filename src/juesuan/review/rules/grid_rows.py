"""The rows of small tables typed in the text (review/text_grids.py: a 项 list, a 三公 table inside the 情况说明),
each read as its sentence would be: its 完成率 against its own 决算 ÷ 预算 (none on a 预算 of 0: the cell is 「-」),
and the words of its 原因 cell (「决算数小于年初预算数，主要是…」) against its figures."""

from __future__ import annotations

from dataclasses import replace

from ...core.codes import CODES
from ..base import ReviewFinding, finding
from ..blocks import Block
from ..levels import SLIP
from ..subjects import CHAIN
from ..text_grids import GridRow, grid_rows, line_tables


def _name(r: GridRow) -> str:
    """The row's subject as a message names it: a 项 by its own name, else the label."""
    c = CHAIN.fullmatch(r.label.strip())
    return f"{c.group('xiang').strip()}（项）" if c else r.label.strip()


def _rate(r: GridRow, blocks: list[Block]) -> list[ReviewFinding]:
    from .disclosure import _reachable

    rate, fin = r.cells.get("rate"), r.cells.get("final")
    bud = r.cells.get("budget") or r.cells.get("full")
    if rate is None or fin is None or bud is None:
        return []
    b = blocks[r.block]
    word = "年初预算" if "budget" in r.cells else "预算"
    if not bud.value:
        if _reachable(fin, bud, rate):
            return []
        return [finding(
            CODES["R-RATE-ZERO"].level, "R-RATE-ZERO",
            f"“{_name(r)}”{word}为{bud.raw}，不计算完成率：表中完成率{rate.raw}应填“-”。",
            r.block, b, r.quote, rate, f"删去“{rate.raw}”，改填“-”（不计算完成率）", f"{word}{bud.raw}，决算{fin.raw}",
            nature=SLIP if not (rate.value or fin.value) else "",
        )]
    return []  # a rate on a budget: the table rules (tables.rule_tables, on line_tables for a PDF's lines)


def _words(r: GridRow, blocks: list[Block]) -> list[ReviewFinding]:
    from .disclosure import _VERSUS, budget_word

    fin, bud = r.cells.get("final"), r.cells.get("budget") or r.cells.get("full")
    if fin is None or bud is None:
        return []
    out = []
    for m in _VERSUS.finditer(r.words):
        found = budget_word(m.group("word") or "持平", fin, bud, _name(r), r.block, blocks[r.block], r.quote,
                            m.group(0))
        if found is not None:
            out.append(found)
    return out


def _as_tables(blocks: list[Block]) -> list[ReviewFinding]:
    """What the table rules (合计 rows, 完成率 and 增减 columns) find in the small tables a PDF prints as lines, read
    as the table a Word table is; each finding on the line its row starts on."""
    from .tables import rule_tables

    lines = {r.table for r in grid_rows(blocks) if not blocks[r.table].is_table}
    if not lines:
        return []
    out = []
    for f in rule_tables(line_tables(blocks)):
        if f.block not in lines:
            continue
        row = next((r for r in grid_rows(blocks) if r.table == f.block and f.quote.startswith(r.label)), None)
        at = row.block if row else f.block
        out.append(replace(f, block=at, place=blocks[at].place))
    return out


def rule_grid_rows(blocks: list[Block]) -> list[ReviewFinding]:
    """Each row of a small table in the text: a 完成率 on a 预算 of 0, its 决算-vs-预算 words against its figures;
    the table rules on the tables printed as lines."""
    out = _as_tables(blocks)
    for r in grid_rows(blocks):
        out += _rate(r, blocks) + _words(r, blocks)
    return out
