"""The 取数 sheet: every input cell the analysis uses, taken once as the engine takes it (an
amount: a number, not negative, to the cent; a count: a whole number), so that each formula of
分析表 and 财务指标 reads ``='取数'!C12`` instead of repeating the check: click it, and 取数 shows
the input cell (a link) and the check over it.
"""

from __future__ import annotations

from decimal import Decimal

from ..sources import layout as L
from .outputs import Cell, SheetOut, link_cell

FIRST = 3  # first row of the list: title, note, header above
KINDS = {"amount": ("金额", "money"), "count": ("人数/个数", "count")}


def amount_check(ref: str, otherwise: str = '""') -> str:
    """An input amount as the engine takes it (``parse.amount``): a number, not negative, under
    1000万亿, at most 2 decimals once the noise beyond 15 significant digits is dropped, to the
    cent; anything else is blank, as the engine leaves it out (with its finding) — or ``otherwise``
    (0 for a cell of a column filled elsewhere in its table, which the engine reads as 0: core.blanks)."""
    ok = f"AND({ref}>=0,{ref}<1E+15,ABS({ref}-ROUND({ref},2))<=ABS({ref})*1E-14)"
    return f"IF(ISNUMBER({ref}),IF({ok},ROUND({ref},2),{otherwise}),{otherwise})"


def count_check(ref: str) -> str:
    """An input count as the engine takes it (``parse.count``): a whole number from 0 to 10^7."""
    return f'IF(ISNUMBER({ref}),IF(AND({ref}>=0,{ref}<1E+7,{ref}=INT({ref})),{ref},""),"")'


class Taken:
    """Builds the 取数 sheet while the analysis formulas ask for input cells."""

    def __init__(self) -> None:
        self.sheet = SheetOut(L.TAKEN)
        s = self.sheet
        s.put(0, 0, Cell(L.TAKEN, style="title"))
        s.put(1, 0, Cell("分析表、财务指标所用的每个输入单元格，按程序的口径取数（金额到分、不为负；人数为整数），"
                         "不符合的留空并在审核结果中说明。点击“输入单元格”可跳转。", style="note"))
        for j, label in enumerate(("输入单元格", "类别", "取数")):
            s.put(2, j, Cell(label, style="header"))
        self.rows: dict[tuple[str, int, int], int] = {}

    def amount(self, cell: tuple[str, int, int] | None, value: Decimal | int | None,
               blank_is_zero: bool = False) -> str | None:
        """``blank_is_zero``: the engine reads this blank cell as 0 (``core.blanks``: its column is
        filled on other lines of its table), and so does 取数."""
        return self._take(cell, "amount", value, blank_is_zero)

    def count(self, cell: tuple[str, int, int] | None, value: Decimal | int | None) -> str | None:
        return self._take(cell, "count", value)

    def _take(self, cell: tuple[str, int, int] | None, kind: str, value, blank_is_zero: bool = False) -> str | None:
        """The 取数 cell holding the input ``cell`` checked as ``kind`` (None: no input cell)."""
        if cell is None:
            return None
        if cell not in self.rows:
            r = FIRST + len(self.rows)
            self.rows[cell] = r
            ref = L.sheet_cell(*cell)
            label, style = KINDS[kind]
            check = (amount_check(ref, "0" if blank_is_zero else '""') if kind == "amount"
                     else count_check(ref))
            self.sheet.put(r, 0, link_cell(ref))
            self.sheet.put(r, 1, Cell(label))
            self.sheet.put(r, 2, Cell(value, f"={check}", style))
        return f"'{L.TAKEN}'!{L.cell_ref(self.rows[cell], 2, absolute=True)}"
