"""货币资金 that rose while the text says there is no 年末结转和结余 (the seed's #13, `analyze`'s
W-CASH-UP-NO-BALANCE): money kept at the year's end with nothing carried over is to be verified — 应付未付
款项, or a 结转结余 left out."""

from __future__ import annotations

import re

from ...core.codes import CODES
from ...core.compare import is_material
from ...core.model import Settings
from ..base import ReviewFinding, finding
from ..blocks import Block, table_unit
from ..figures import Figure
from ..sentences import report_year
from ..subjects import cell_amount

_NONE = re.compile(r"^[（(]?无[）)]?[。.]?$")
_YEAR = re.compile(r"^((?:19|20)\d\d)\s*年")


def _said_none(blocks: list[Block]) -> int | None:
    """The block of a bare "无。" written as the 年末结转和结余 总体情况 (under its heading or its template
    instruction; not the one under "消化结转和结余的对策")."""
    for bi, b in enumerate(blocks):
        if b.is_table or not _NONE.match(b.text.strip()):
            continue
        before = [x.text for x in blocks[max(0, bi - 2) : bi] if not x.is_table and not _NONE.match(x.text.strip())]
        if before and re.search(r"结转(?:和)?结余", before[-1]) and not re.search(r"对策|消化|措施", before[-1]):
            return bi
    return None


def _cash_by_year(blocks: list[Block]) -> tuple[int, Figure, Figure] | None:
    """(table block, last year's, this year's) 货币资金 of a table with a 货币资金 column and a row per year."""
    year = report_year(blocks)
    if year is None:
        return None
    for bi, b in enumerate(blocks):
        if not b.is_table:
            continue
        unit = table_unit(b)
        header = next((r for r in b.rows if any(c.strip() == "货币资金" for c in r)), None)
        if header is None:
            continue
        col = [c.strip() for c in header].index("货币资金")
        by_year: dict[int, Figure] = {}
        for row in b.rows:
            m = _YEAR.match(row[0].strip()) if row else None
            if m and col < len(row) and (v := cell_amount(row[col], unit)) is not None and v.raw:
                by_year[int(m.group(1))] = v
        if year in by_year and year - 1 in by_year:
            return bi, by_year[year - 1], by_year[year]
    return None


def rule_cash_without_balance(blocks: list[Block]) -> list[ReviewFinding]:
    """货币资金 up by more than the usual threshold (10% or 10万元) while the 年末结转和结余 is said to be 无."""
    at = _said_none(blocks)
    cash = _cash_by_year(blocks) if at is not None else None
    if at is None or cash is None:
        return []
    _, before, now = cash
    rise = now.yuan() - before.yuan()
    if rise <= 0 or not is_material(now.yuan(), before.yuan(), Settings()):  # analyze's threshold, one engine
        return []
    value = rise / 10000 if now.unit == "万元" else rise
    shown = Figure(value, now.unit, f"{value:,.2f}{now.unit}", 0, 0, 2)
    return [finding(
        CODES["R-CASH-BALANCE"].level, "R-CASH-BALANCE",
        f"货币资金比上年增加{shown.raw}（{before.raw} → {now.raw}），而年末结转和结余写为“无”：资金增加却无结转结余，"
        "请核实是否有应付未付款项，或结转结余漏报。",
        at, blocks[at], blocks[at].text, expected="核实年末结转和结余",
        why=f"{now.raw} − {before.raw} = {shown.raw}",
    )]


