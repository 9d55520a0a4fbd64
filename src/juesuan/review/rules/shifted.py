"""A coded 公开 table whose figures slipped against its labels (a row left out of the figures, or one too
many among the labels): the first row that carries figures not its own, found against the table that
shows the same codes for all funds (公开05/08/09 against 公开03), and the table's right 合计 from
another table (公开04's column of the fund; 公开01 for 公开03) — never a sum of the misplaced rows."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..base import amt, iv, iv_sum, meets
from ..blocks import Block, table_unit
from ..figures import Figure
from ..subjects import T1, T3, T4, T5, T8, T9, cell_amount, coded_rows, plain, t4_classes
from .text_table import table_kind

# the fund tables: their all-funds reference (same codes) and 公开04's column of their fund
_FUND_COLUMN = {T5: 1, T8: 2, T9: 3}
_CODE = re.compile(r"^\d{3}(?:\d{2}){0,2}$")


@dataclass(frozen=True)
class Shift:
    """The first row out of line: its label, and whose figures it carries (a label, "" when unknown)."""

    row: str
    figures: str
    carries: str
    rows: int  # how many rows apart the label and its figures' own row stand (0: unknown)


def _rows(b: Block) -> list[tuple[str, str, tuple[Figure | None, ...]]]:
    """(code, name, amounts) of each coded row with figures, in the table's order."""
    unit = table_unit(b)
    out = []
    for row in b.rows:
        cells = [x.strip() for x in row]
        if len(cells) < 3 or not _CODE.match(cells[0]) or not cells[1]:
            continue
        amounts = tuple(cell_amount(x, unit) for x in cells[2:5])
        if any(a is not None and a.raw for a in amounts):
            out.append((cells[0], plain(cells[1]), amounts))
    return out


def _same(a: tuple[Figure | None, ...], b: tuple[Figure | None, ...]) -> bool:
    return len(a) <= len(b) and all(x is not None and y is not None and x.yuan() == y.yuan()
                                    for x, y in zip(a, b, strict=False))


def _within(part: Figure | None, whole: Figure | None) -> bool:
    """A fund's amount of a line can be at most the line's amount for all funds (within rounding)."""
    if part is None or whole is None:
        return True
    return part.yuan() <= whole.yuan() or meets(iv(part), iv(whole))


def first_shifted(blocks: list[Block], bi: int) -> Shift | None:
    """The first row of the fund table ``blocks[bi]`` whose figures are not its line's: more than 公开03
    shows for the line (all funds), or 公开03's figures of another line while not its own."""
    b = blocks[bi]
    if table_kind(b) not in _FUND_COLUMN:
        return None
    reference = coded_rows(blocks, T3)
    if not reference:
        return None
    rows = _rows(b)
    for k, (code, name, amounts) in enumerate(rows):
        own = reference.get(code)
        if own is None:
            continue
        mine = tuple(a for a in amounts[: len(own.amounts)])
        if _same(mine, own.amounts):
            continue
        other = next((c for c, r in reference.items() if c != code and _same(mine, r.amounts)), "")
        if other or not all(_within(x, y) for x, y in zip(mine, own.amounts, strict=False)):
            at = next((j for j, r in enumerate(rows) if r[0] == other), -1)
            carries = f"{other} {reference[other].name}" if other else ""
            shown = next((a.raw for a in mine if a is not None and a.raw), "")
            return Shift(f"{code} {name}", shown, carries, abs(at - k) if at >= 0 else 0)
    return None


def right_total(blocks: list[Block], kind: str) -> tuple[Figure, str] | None:
    """The 合计 another table gives for the table ``kind`` and where: 公开04's 本年支出合计 in the fund's
    column (when it is the sum of 公开04's 类 lines), 公开01's 本年支出合计 for 公开03."""
    if kind == T3:
        for b in blocks:
            if b.is_table and table_kind(b) == T1 and (v := _after(b)) is not None:
                return v, f"{T1}的本年支出合计"
        return None
    column = _FUND_COLUMN.get(kind)
    found = t4_spending(blocks, column) if column is not None else None
    if column is None or found is None or found[0].value <= 0:
        return None
    classes = [a[column] for a in t4_classes(blocks).values() if len(a) > column]
    if classes and not meets(iv_sum([iv(c) for c in classes]), iv(found[0])):
        return None  # 公开04 does not add up itself: no value to give
    fund = ("", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款")[column]
    return found[0], f"{T4}本年支出合计中的{fund}"


def t4_spending(blocks: list[Block], column: int) -> tuple[Figure, int] | None:
    """公开04's 本年支出合计 in ``column`` (0 合计, 1 一般公共预算, 2 政府性基金, 3 国有资本经营) and its block."""
    for bi, b in enumerate(blocks):
        if b.is_table and table_kind(b) == T4:
            unit = table_unit(b)
            for row in b.rows:
                for c, cell in enumerate(row):
                    if plain(cell) == "本年支出合计" and len(row) > c + 1 + column:
                        value = cell_amount(row[c + 1 + column], unit)
                        if value is not None and value.raw and cell_amount(row[c + 1], unit) is not None:
                            return value, bi
    return None


def _after(b: Block, label: str = "本年支出合计") -> Figure | None:
    """The amount right of ``label`` in the table ``b``."""
    unit = table_unit(b)
    for row in b.rows:
        for c, cell in enumerate(row):
            if plain(cell) == label and c + 1 < len(row):
                return cell_amount(row[c + 1], unit)
    return None


def describe(blocks: list[Block], bi: int, count: int) -> tuple[str, Figure | None]:
    """The garbled table's finding text (``count`` lines not adding up) and its right 合计, if known."""
    kind = table_kind(blocks[bi])
    shift = first_shifted(blocks, bi)
    total = right_total(blocks, kind)
    if shift is None:
        head = f"{kind or '表'}中有{count}处上级科目或合计与下级之和不符：数字可能与科目错行，请逐行核对"
    else:
        whose = (f"该行所列{shift.figures}是{T3}中“{shift.carries}”的数"
                 + (f"（相隔{shift.rows}行）" if shift.rows else "")) if shift.carries else \
            f"该行所列{shift.figures}大于{T3}中本科目的数"
        head = (f"{kind}从“{shift.row}”行起，各行数字与科目错行：{whose}；上级科目与合计因此有{count}处与下级之和不符，"
                f"请逐行核对")
    if total is None:
        return head + "。", None
    return f"{head}。合计应为{amt(total[0])}（{total[1]}）。", total[0]
