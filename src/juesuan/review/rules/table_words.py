"""A table's 合计 row whose amount cells hold words of its header ("合计 | 基本支出 | 项目支出" where the
本年支出 amounts belong: the 2024 template's 公开08/09 put those sub-headers next to the 合计 row): the row
shows no total there. One 提示 per row, with the amounts the lines below give."""

from __future__ import annotations

import re
from decimal import Decimal

from ...core.codes import CODES
from ..base import ReviewFinding, show
from ..blocks import Block, table_unit
from ..figures import Figure
from ..subjects import cell_amount, plain
from .text_table import table_kind

_TOTAL = ("合计", "总计")
_CLASS = re.compile(r"^\d{3}$")
_CODE = re.compile(r"^\d{3}(?:\d{2}){0,2}$")
# words that head an amount column of a 公开 table
_HEAD_WORD = re.compile(r"^(?:合计|小计|总计|基本支出|项目支出|人员经费|公用经费|本年收入|本年支出|决算数|预算数|"
                        r"年初结转和结余|年末结转和结余|上缴上级支出|经营支出|对附属单位补助支出)$")


def _label_at(row: list[str]) -> int | None:
    """The column of a 合计 row's label (the code column or the name column beside it), else None."""
    for c in (0, 1):
        if c < len(row) and plain(row[c]) in _TOTAL and not any(x.strip() for x in row[:c]):
            return c
    return None


def _column(b: Block, rows: list[list[str]], c: int, unit: str) -> tuple[list[Figure], bool]:
    """The amounts of column ``c`` in the 类 lines below (every line when none is coded), and whether
    its zeros are printed blank."""
    classes = [r for r in rows if r and _CLASS.match(r[0].strip())]
    lines = classes or [r for r in rows if r and not _CODE.match(r[0].strip())]
    cells = [r[c] if c < len(r) else "" for r in lines]
    figures = [f for x in cells if (f := cell_amount(x, unit)) is not None]
    return (figures if len(figures) == len(cells) else []), any(not x.strip() for x in cells)


def rule_total_header_words(blocks: list[Block]) -> list[ReviewFinding]:
    """A 合计 row with header words (合计, 基本支出, 项目支出 …) in amount columns the lines below fill:
    a 提示 naming the cells and what they should hold (the sum of the 类 lines)."""
    out = []
    for bi, b in enumerate(blocks):
        if not b.is_table or len(b.rows) < 3:
            continue
        unit = table_unit(b)
        for r, row in enumerate(b.rows):
            at = _label_at(row)
            if at is None:
                continue
            below = b.rows[r + 1 :]
            cells = []  # (header word, what the cell should hold, whether it is not 0)
            for c in range(at + 1, len(row)):
                word = plain(row[c])
                figures, blank = _column(b, below, c, unit) if _HEAD_WORD.match(word) else ([], False)
                if figures:
                    total = sum((f.yuan() for f in figures), Decimal(0))
                    shown = "空白" if total == 0 and blank else show(total, figures[0]).removesuffix(unit)
                    cells.append((word, shown, total != 0))
            if not any(nonzero for _, _, nonzero in cells):
                continue
            words = "、".join(f"“{w}”" for w, _, _ in cells)
            out.append(ReviewFinding(
                CODES["R-TABLE-HEADER-CELL"].level, "R-TABLE-HEADER-CELL",
                f"{table_kind(b) or '表'}的合计行在金额栏里写的是表头文字{words}，没有合计金额："
                "应填下方各类级科目之和。",
                quote="合计：" + "、".join(x for x in row[at + 1 :] if x.strip()),
                place=f"{b.place}，“合计”行", expected="；".join(f"“{w}”改为{v}" for w, v, _ in cells),
                why="下方各类级科目之和", block=bi, figure=cells[0][0],
            ))
            break
    return out
