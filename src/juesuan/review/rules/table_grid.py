"""A table as the rules read it: its cells as figures, its code and label columns, its unit, its total rows
(the grid every in-table rule of tables.py works on)."""
from __future__ import annotations

import re
from decimal import Decimal

from ...core.findings import Level
from ...core.fmt import number
from ..base import (
    ReviewFinding,
    amt,
    iv,
    iv_ratio,
    iv_sum,
    meets,
    point,
    show,
)
from ..extract import Block
from ..figures import Figure, find_figures

CODE = re.compile(r"^(\d{3}(?:\d{2}){0,2})(?!\d)")


def cells(b: Block) -> list[list[Figure | None]]:
    out = []
    for row in b.rows:
        line = []
        for cell in row:
            figs = find_figures(cell, bare_money=True)
            line.append(figs[0] if len(figs) == 1 and figs[0].raw.strip() == cell.strip() else None)
        out.append(line)
    return out


def code_of(label: str) -> str:
    """The 科目编码 a row's label starts with ("20500 20500": a line named by its code)."""
    m = CODE.match(label.strip()) or CODE.match(label.replace(" ", ""))
    return m.group(1) if m else ""


def code_columns(b: Block, width: int) -> set[int]:
    """Columns of 科目编码: headed 编码/代码, or holding only codes (3, 5, 7 digits) of which one
    is another's parent. Their cells are codes, never amounts."""
    out = set()
    for c in range(width):
        column = [r[c].replace(" ", "") for r in b.rows if c < len(r)]
        if any(re.search(r"编码|代码", x) for x in column[:4]):
            out.add(c)
            continue
        body = [x for x in column if x]
        if (
            len(body) >= 3
            and all(re.fullmatch(r"\d{3}(?:\d{2}){0,2}", x) for x in body)
            and any(x != y and y.startswith(x) for x in body for y in body)
        ):
            out.add(c)
    return out


def table_unit(b: Block) -> str:
    # the reader's unit (grid.model), else "单位：万元" above the table or in its title
    return b.unit or ("万元" if "万元" in (b.title + b.caption) else "元")


def as_unit(f: Figure | None, unit: str) -> Figure | None:
    if f is None or f.unit:
        return f
    return Figure(f.value, unit, f.raw, f.start, f.end, f.decimals, f.problems)


def total_level(label: str) -> int:
    """小计 1, 合计 2, 总计 3; 0 for a line that is no total."""
    if "总计" in label:
        return 3
    if "合计" in label:
        return 2
    return 1 if "小计" in label else 0


def without_parts(figs: list[Figure]) -> list[list[Figure]]:
    """The lines to add when a line is followed, at the end, by two or more lines that are its parts."""
    out = []
    for i in range(len(figs) - 2):
        parts = figs[i + 1 :]
        if meets(iv_sum([iv(f) for f in parts]), iv(figs[i])):
            out.append(figs[: i + 1])
    return out


class Grid:
    """A table read for the checks: figures by cell, header, body rows, sides; and its findings."""

    def __init__(self, bi: int, b: Block) -> None:
        self.bi, self.b = bi, b
        unit = table_unit(b)
        self.width = max(len(r) for r in b.rows)
        self.code_cols = code_columns(b, self.width)
        self.cells = [[None if c in self.code_cols else as_unit(f, unit) for c, f in enumerate(row)]
                      for row in cells(b)]
        # header rows: the rows above the first figure ("收入 | 支出" over "项目 | 决算数 | …")
        top = next((r for r in range(len(b.rows)) if any(c is not None for c in self.cells[r])), len(b.rows))
        self.top = top  # 0: a table with no header row (its first row has figures already)
        self.header = b.rows[0] if top else [""] * self.width
        if self.top > 1 and len(b.rows[self.top - 1]) == self.width:
            self.header = b.rows[self.top - 1]
        self.body = list(range(self.top, len(b.rows)))
        self.sides = self._sides()
        self.out: list[ReviewFinding] = []
        self.named: dict[str, str] = {}  # an indented outline's stand-in codes (_outline): each its row's name
        self.summed: set[tuple[int, int]] = set()  # (row, column) of the totals that add up (table_blame)
        self.said: dict[str, set[Decimal]] = {}  # the text's amounts by their names (table_blame.amounts_by_label)

    def cell(self, r: int, c: int) -> Figure | None:
        return self.cells[r][c] if c < len(self.cells[r]) else None

    def _sides(self) -> list[int]:
        """A two-sided table (收入 | 支出): a second name column right of an amount column;
        each amount column belongs to the name column on its left."""
        sides = [0]
        rows = self.b.rows
        for c in range(1, self.width):
            filled = [r for r in self.body if c < len(rows[r]) and rows[r][c].strip()]
            texts = [rows[r][c] for r in filled]
            words = [r for r in filled if self.cell(r, c) is None]
            if (
                texts
                and len(words) * 2 > len(texts)
                and any(self.cell(r, x) is not None for r in self.body for x in range(sides[-1] + 1, c))
            ):
                sides.append(c)
        return sides

    def side_of(self, c: int) -> int:
        return max(x for x in self.sides if x <= c)

    def side_cells(self, r: int, c: int = 0) -> list[str]:
        """Row ``r``'s cells on the side of column ``c`` after its first (a two-sided table's other half and its
        code column left out: 「30107：绩效工资、1,426.80」, not 「…、30205、水费、18.60」)."""
        row = self.b.rows[r]
        start = self.side_of(c)
        end = next((x for x in self.sides if x > start), len(row))
        while end - 1 > start and end - 1 in self.code_cols:
            end -= 1
        return row[start + 1 : end]

    def label(self, r: int, c: int = 0) -> str:
        row = self.b.rows[r]
        side = self.side_of(c)
        if side >= len(row):
            return ""
        if (not row[side] and side + 1 < len(row) and (side in self.code_cols or side == 0)
                and not find_figures(row[side + 1], bare_money=True)):
            return row[side + 1]  # "合计" written in the name column, the code column left empty
        return row[side]

    def emit(self, code, msg, r, fig, expected, why, level=Level.ERROR, col=0) -> None:
        b = self.b
        self.out.append(
            ReviewFinding(
                level,
                code,
                msg,
                quote=f"{self.label(r, col)}：" + "、".join(x for x in self.side_cells(r, col)
                                                            if x and x != self.label(r, col)),
                place=f"{b.place}，“{self.label(r, col)}”行",
                expected=expected,
                why=why,
                block=self.bi,
                figure=fig.raw if fig else "",
            )
        )

    def percent_cell(self, code, what, r, num, base, p) -> None:
        """A percentage cell against num ÷ base × 100 (an increase rate, 执行率 or share)."""
        if num is None or base is None or p is None or not p.is_percent:
            return
        rr = iv_ratio(iv(num), iv(base))
        if rr is not None and iv(base)[0] > 0 and not meets(rr, iv(p)):
            shown = f"{number(point(iv(num), iv(base)))}%"
            self.emit(code, f"{what}：应为{shown}。", r, p, shown, f"{amt(num)} ÷ {amt(base)} × 100% = {shown}")

    def sum_finding(self, code, msg, r, tot, figs, col=0, rows=(), named=()) -> None:
        """A total ``tot`` that is not the sum of ``figs``; each addend named in the 计算 line by its row (``rows``,
        the rows the figures stand in) or its column (``named``, their headers), a lone part's row so (「下方只有一行：
        “229”行为1,600.00万元」, not 「1,600.00 = 1,600.00」)."""
        exact = sum((f.yuan() for f in figs), Decimal(0))
        # each addend labelled by its row as the row shows it (「“30201”6.84万元 + “30202”3.26万元」)
        labels = [f"“{k}”" for k in named or [self.label(x, col) for x in rows]]
        labels = labels if len(labels) == len(figs) else [""] * len(figs)
        why = " + ".join(f"{k}{amt(f)}" for k, f in zip(labels, figs, strict=True)) + f" = {show(exact, tot)}"
        if len(figs) == 1 and len(rows) == 1:
            why = f"下方只有一行：“{self.label(rows[0], col)}”行为{amt(figs[0])}"
        # the cell as it is and what it should be: 「…为2,459.18万元，…：应为2,495.18万元」
        self.emit(code, msg.format(show(exact, tot), written=show(tot.yuan(), tot)), r, tot, show(exact, tot), why,
                  col=col)

    def column_names(self, cols: list[int], r: int) -> str:
        """Row ``r``'s columns by their headers, those with an amount (all where none has): 「基本支出＋项目支出」."""
        named = [c for c in cols if c < len(self.header) and self.header[c].strip()]
        shown = [c for c in named if (f := self.cell(r, c)) is not None and f.value] or named
        return "＋".join(self.header[c].strip() for c in shown)
