"""What a review read and checked, for the summary of a review that found nothing: the figures of the
text (amounts and percentages) and the tables read, the 公开 tables among them by number. A document of
which no amount was read (an unfilled template, 「XX万元」) is said to be unchecked, not clean."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .blocks import Block
from .figures import find_figures
from .grid import PUBLIC_TABLES, model

# an amount as tables print them (decimals, or digit groups): not a 行次 "1", a code "20502"
_AMOUNT = re.compile(r"-?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)")


@dataclass(frozen=True)
class Tally:
    figures: int  # amounts and percentages in the text
    cells: int  # amounts in table cells (with decimals or digit groups)
    tables: int  # tables read with amounts in them
    public: tuple[int, ...]  # the 公开 tables among them, by number (公开01 → 1)
    empty: tuple[int, ...] = ()  # 公开 tables read with no amount in them (公开08 left blank), by number

    @property
    def checked(self) -> bool:
        """Figures that can be held against each other: two in the text, or a table's amounts."""
        return self.figures >= 2 or self.cells > 0


def _amounts(b: Block) -> int:
    return sum(1 for r in b.rows for c in r if _AMOUNT.fullmatch(c.strip()))


def tally(blocks: list[Block]) -> Tally:
    shaped = model(blocks)
    tables = [b for b in shaped if b.is_table and _amounts(b)]  # an empty grid (公开09 left blank) is no check
    return Tally(
        figures=sum(len(find_figures(b.text)) for b in shaped if not b.is_table),
        cells=sum(_amounts(b) for b in tables),
        tables=len(tables),
        public=(public := tuple(sorted({PUBLIC_TABLES.index(b.kind) + 1 for b in tables if b.kind}))),
        empty=tuple(sorted({n for b in shaped if b.is_table and b.kind and not _amounts(b)
                            if (n := PUBLIC_TABLES.index(b.kind) + 1) not in public})),
    )


def clean_line(t: Tally) -> str:
    """The summary of a review with no finding: what was checked, or that nothing could be."""
    if not t.checked:
        return "未读出金额，未作核对（文中没有可相互核对的数字，如未填写的模板）。"
    return f"未发现相互矛盾的数字（{checked_line(t)}）。"


def checked_line(t: Tally) -> str:
    """What was checked (「核对了正文中的100个数字，以及公开01…07表；公开08、09为空表」): the clean summary's
    parenthesis, and the line after the counts of a review with findings."""
    if not t.checked:
        return "未读出金额，未作核对"
    read = [f"正文中的{t.figures}个数字"] if t.figures else []
    if t.public:
        read.append("公开" + "、".join(f"{n:02d}" for n in t.public) + "表")
    if t.tables > len(t.public):
        read.append(f"{'其他' if t.public else ''}{t.tables - len(t.public)}张表格")
    said = "，".join(read[:-1]) + "，以及" + read[-1] if len(read) > 1 else read[0]  # 「以及」 once, before the last
    empty = "；公开" + "、".join(f"{n:02d}" for n in t.empty) + "为空表" if t.empty else ""
    return f"核对了{said}{empty}"
