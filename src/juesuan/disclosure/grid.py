"""A public table as a printable grid (header rows with merges, body cells, notes), shared by the
.xlsx and the Word writers so both show the same layout."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..core import fmt
from . import spec as s
from .tables import PublicTable


@dataclass(frozen=True)
class Merge:
    row: int
    col: int
    last_row: int
    last_col: int
    text: str


@dataclass(frozen=True)
class Grid:
    title: str
    unit_line: tuple[str, str, str]  # 编制单位 | 年度 | 公开0X表 单位：万元
    header: list[Merge]
    header_rows: int
    kinds: list[str]
    body: list[list[Decimal | str | None]]  # money cells in 万元, exact (display rounds)
    bold: list[bool]
    indent: list[int]
    notes: list[str]
    landscape: bool


def grid(t: PublicTable) -> Grid:
    cols = t.spec.columns
    grouped = any(col.group for col in cols)
    merges: list[Merge] = []
    if grouped:
        j = 0
        while j < len(cols):
            group = cols[j].group
            k = j
            while k + 1 < len(cols) and group and cols[k + 1].group == group:
                k += 1
            if group and (k > j or group != cols[j].label):
                merges.append(Merge(0, j, 0, k, group))
                for x in range(j, k + 1):
                    merges.append(Merge(1, x, 1, x, cols[x].label))
            else:
                merges.append(Merge(0, j, 1, j, cols[j].label))
            j = k + 1
    else:
        merges = [Merge(0, j, 0, j, col.label) for j, col in enumerate(cols)]
    body, bold, indent = [], [], []
    for row in t.rows:
        cells: list[Decimal | str | None] = []
        for col in cols:
            value = row.values.get(col.key)
            if col.kind == s.MONEY:
                cells.append(value / fmt.TEN_THOUSAND if isinstance(value, Decimal) else None)
            else:
                cells.append("" if value is None else str(value))
        body.append(cells)
        bold.append(row.total)
        indent.append(row.level)
    notes = [n for n in (t.note, s.NOTES.get(t.key, "")) if n]
    return Grid(
        title=t.title,
        unit_line=(f"编制单位：{t.unit}", f"{t.year}年度", f"{t.key}表　单位：万元"),
        header=merges, header_rows=2 if grouped else 1,
        kinds=[col.kind for col in cols], body=body, bold=bold, indent=indent, notes=notes,
        landscape=t.spec.landscape,
    )


def widths(g: Grid) -> list[float]:
    """Relative column widths: names wide, codes narrow, amounts even."""
    out = []
    for j, kind in enumerate(g.kinds):
        if kind == s.CODE:
            out.append(9.0)
        elif kind == s.TEXT:
            longest = max((len(str(r[j])) + 2 * lvl for r, lvl in zip(g.body, g.indent, strict=True)), default=6)
            out.append(min(max(longest * 1.9, 12.0), 36.0))
        else:
            out.append(13.0)
    return out
