"""What ``import-tables`` writes beside the figures: [disclosure.layout] as the tables print — a zero
(``zeros``) and the totals whose 尾差 the figures do not give (``printed``, import_printed) — and
``department`` where the tables say 部门决算."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from . import spec as s

if TYPE_CHECKING:
    from .importer import _Sheet


def printed_layout(sheets: dict[str, _Sheet], doc: dict[str, Any]) -> None:
    """[disclosure.layout."公开NN".printed]: the published totals that differ from what the imported figures
    add up to by 尾差 (import_printed); replaces what the file had."""
    from .import_printed import printed_totals

    printed = printed_totals(sheets, doc)
    disc = dict(doc.get("disclosure", {}))
    layout = {k: (dict(v) if isinstance(v, dict) else v) for k, v in dict(disc.get("layout", {})).items()}
    for key in sheets:
        own = layout.get(key)
        if isinstance(own, dict):
            own.pop("printed", None)
        if key in printed:
            layout.setdefault(key, {})["printed"] = printed[key]
    layout = {k: v for k, v in layout.items() if v != {}}
    if layout or "layout" in disc:
        disc["layout"] = layout
        doc["disclosure"] = disc


KIND_RE = re.compile(r"(部门|单位)决算|本表反映(部门|单位)")


def kind(sheets: dict[str, _Sheet]) -> str | None:
    """部门 or 单位, as the tables print it (「…2024年度部门决算表」, 「注：本表反映部门本年度…」); None where
    they say neither or both."""
    said = {m.group(1) or m.group(2) for sheet in sheets.values() for row in sheet.rows for x in row
            if isinstance(x, str) for m in KIND_RE.finditer(x)}
    return next(iter(said)) if len(said) == 1 else None


def zero_layout(sheets: dict[str, _Sheet], doc: dict[str, Any], disc: dict[str, Any]) -> None:
    """[disclosure.layout] ``zeros`` as the imported tables print a zero, where that differs from how
    ``disclose`` would print it now: one setting for all tables where every table that shows a zero shows
    it alike, else one per table. The file's own settings are kept."""
    layout = {k: dict(v) for k, v in dict(disc.get("layout", {})).items() if isinstance(v, dict)}
    if "zeros" in dict(disc.get("layout", {})):  # a setting for all tables: the unit's choice
        return
    year, region = year_region(doc, disc)
    shown = {key: sheet.zeros for key, sheet in sheets.items()
             if sheet.zeros is not None and "zeros" not in layout.get(key, {})}
    forms = {z for z in shown.values() if isinstance(z, str)}
    if shown and len(forms) == 1 and len(shown) == len([z for z in shown.values() if isinstance(z, str)]):
        (form,) = forms
        if form != s.zeros_for(next(iter(shown)), year, region, {}):
            disc["layout"] = {**dict(disc.get("layout", {})), "zeros": form}
        return
    for key, zeros in shown.items():
        if zeros != s.zeros_for(key, year, region, layout):
            layout.setdefault(key, {})["zeros"] = zeros
    if layout:
        disc["layout"] = {**dict(disc.get("layout", {})), **layout}


def year_region(doc: dict[str, Any], disc: dict[str, Any]) -> tuple[int, str]:
    """The template's year and region, as books.compute reads them."""
    from .books import region_of

    unit = doc.get("unit", {}) if isinstance(doc.get("unit"), dict) else {}
    year = int(unit.get("year", 0) or 0) if str(unit.get("year", "")).isdigit() else 0
    return year, str(disc.get("region", "")) or region_of(str(unit.get("name", "")))
