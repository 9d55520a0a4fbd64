"""The totals a published 万元 table prints where they are not what ``disclose`` adds up from the imported
figures: each cell of a published table is rounded from 元 on its own, so a 合计, 总计 or 人员经费合计 may
differ from the sum of its printed parts by 尾差. ``import-tables`` keeps them as
[disclosure.layout."公开NN".printed] (row label → column key → 元) so that the regenerated tables print
them as published; the 科目 lines' own totals are [disclosure.lines] keys (importer)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..core.rounding import WAN_CENT, slack
from . import import_read as r
from . import spec as s
from .tables import PublicTable, Row, row_label

CODED = ("公开02", "公开03", "公开05", "公开08", "公开09")
Printed = dict[str, dict[str, Decimal]]


def printed_totals(sheets: dict[str, Any], doc: dict[str, Any]) -> dict[str, Printed]:
    """Per table: the published figures of its total rows (and 公开01/04/06/07's rows) that differ, by their
    rounding only, from what the tables built from ``doc`` print."""
    from ..sources.datafile import parse_document
    from .books import compute
    from .tables import build

    data, _ = parse_document(_without_printed(doc))
    built = build(compute(data))
    out: dict[str, Printed] = {}
    for key, sheet in sheets.items():
        table = built[key]
        for row in table.rows:
            if key in CODED and not row.total:
                continue  # a 科目 line: its total is a [disclosure.lines] key
            shown = _published(sheet, key, table, row)
            for column, value in shown.items():
                now = row.values.get(column)
                if isinstance(now, Decimal) and value != now \
                        and abs(value - now) <= slack(WAN_CENT, len(table.rows)):
                    out.setdefault(key, {}).setdefault(row_label(table.spec, row), {})[column] = value
    return out


def _without_printed(doc: dict[str, Any]) -> dict[str, Any]:
    disc = dict(doc.get("disclosure", {}))
    layout = {k: ({x: y for x, y in v.items() if x != "printed"} if isinstance(v, dict) else v)
              for k, v in dict(disc.get("layout", {})).items()}
    disc["layout"] = {k: v for k, v in layout.items() if v != {}}
    return {**doc, "disclosure": disc}


def _published(sheet: Any, key: str, table: PublicTable, row: Row) -> dict[str, Decimal]:
    """The published figures of the built ``row``, by column key (those the sheet shows for certain)."""
    from .importer import _amount, _total_row

    spec = table.spec
    if key in CODED:
        labels = {c.key: c.label for c in spec.columns if c.kind == s.MONEY}
        return _total_row(sheet, labels) if row.total else {}
    if key == "公开07":
        return _t7(sheet)
    texts = [r.norm(row.values[c.key]) for c in spec.columns if c.kind == s.TEXT and row.values.get(c.key)]
    found = next((cells for cells in sheet.rows if _labels(cells) == texts), None)
    if found is None or not texts:
        return {}
    out: dict[str, Decimal] = {}
    groups = _groups(spec)
    at = 0
    for text_key, money in groups:
        if not row.values.get(text_key):
            continue
        j = next((k for k in range(at, len(found)) if r.norm(found[k]) == r.norm(row.values[text_key])), None)
        if j is None:
            return {}
        cells = [x for x in found[j + 1:]]
        while cells and isinstance(cells[0], str) and r.norm(cells[0]) == r.norm(row.values[text_key]):
            cells.pop(0)  # the label's merged copies
        if cells and cells[0] in (None, "") and any(_amount(x) is not None for x in cells[1:2]):
            cells.pop(0)  # a spacer column (公开06: 人员经费合计 over two columns)
        for column, cell in zip(money, cells, strict=False):
            if isinstance(cell, str) and _amount(cell) is None and r.norm(cell) not in r.DASHES:
                break  # the next label: fewer figures than columns
            out[column] = _amount(cell) or Decimal(0)
        at = j + 1
    return out


def _groups(spec: s.TableSpec) -> list[tuple[str, list[str]]]:
    """Each text column of a two-sided table with the money columns that follow it."""
    out: list[tuple[str, list[str]]] = []
    for c in spec.columns:
        if c.kind == s.TEXT:
            out.append((c.key, []))
        elif c.kind == s.MONEY and out:
            out[-1][1].append(c.key)
    return out


def _labels(cells: list[Any]) -> list[str]:
    """A sheet row's label texts, left to right (merged copies once)."""
    from .importer import _amount

    out: list[str] = []
    for j, x in enumerate(cells):
        if isinstance(x, str) and r.norm(x) not in r.DASHES and _amount(x) is None \
                and not (j and cells[j - 1] == x):  # a merged cell's copies: once
            out.append(r.norm(x))
    return out


def _t7(sheet: Any) -> dict[str, Decimal]:
    """公开07's one data row by column key (``final:合计``): each column's item read from the header above."""
    from .importer import _amount, _blank

    rows = sheet.rows
    top = min((i for i, row in enumerate(rows[:12]) for x in row if r.norm(x) in ("预算数", "决算数")), default=None)
    if top is None:
        return {}
    data_i = next((i for i in range(top + 1, len(rows)) if any(_amount(x) is not None for x in rows[i])), None)
    if data_i is None:
        return {}
    heads = {r.norm(s.T7_HEADS.get(item, ("", s.T7_LABELS[item]))[-1]): item for item in s.THREE_PUBLIC_ITEMS}
    out: dict[str, Decimal] = {}
    for j, cell in enumerate(rows[data_i]):
        texts = [r.norm(row[j]) for row in rows[max(0, top - 4):data_i] if j < len(row)]
        scenario = next(({"预算数": "budget", "决算数": "final"}[x] for x in texts if x in ("预算数", "决算数")), None)
        items = [heads[x] for x in texts if x in heads]
        if not items and r.norm(s.T7_CAR) in texts:
            items = ["公务用车购置及运行维护费"]
        if scenario is None or not items:
            continue
        a = Decimal(0) if _blank(cell) else _amount(cell)
        if a is not None:
            out[f"{scenario}:{items[-1]}"] = a
    return out
