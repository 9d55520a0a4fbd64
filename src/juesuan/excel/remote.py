"""xlwings' remote engine: the payload Excel sends (every sheet's values and the defined names),
built from a workbook file, so the buttons' code runs without Excel (tests, servers).

The remote engine is xlwings PRO code (PolyForm Noncommercial 1.0.0, which permits use by
government institutions); the desktop path (``RunPython``) is BSD.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

LICENSE_ENV = "XLWINGS_LICENSE_KEY"


def enable() -> None:
    """Must run before xlwings is first imported."""
    os.environ.setdefault(LICENSE_ENV, "noncommercial")


def _json_value(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat() + ("Z" if isinstance(value, dt.datetime) else "T00:00:00Z")
    return value


def payload_from_file(path: str | Path) -> dict:
    """What Excel would send for this workbook: cached values (not formulas), A1 to the used range."""
    import openpyxl
    import xlwings as xw

    wb = openpyxl.load_workbook(path, data_only=True)
    sheets = []
    for ws in wb.worksheets:
        rows = [[_json_value(v) for v in row] for row in ws.iter_rows(min_row=1, min_col=1, values_only=True)]
        sheets.append({"name": ws.title, "values": rows or [[""]], "pictures": [], "tables": [], "charts": []})
    names = []
    for name, defn in wb.defined_names.items():
        refers_to = "=" + defn.attr_text
        sheet_index, address = None, None
        destinations = list(defn.destinations)
        if destinations:
            sheet, ref = destinations[0]
            sheet_index = wb.sheetnames.index(sheet)
            address = ref.replace("$", "")
        names.append({"name": name, "refers_to": refers_to, "sheet_index": sheet_index, "address": address,
                      "book_scope": True, "scope_sheet_name": None, "scope_sheet_index": None})
    return {
        "client": "Office.js", "version": xw.__version__,
        "book": {"name": Path(path).name, "active_sheet_index": 0, "selection": "A1"},
        "names": names, "sheets": sheets,
    }


def book_from_file(path: str | Path):
    """An ``xw.Book`` on the remote engine holding the workbook's payload."""
    enable()
    import xlwings as xw

    return xw.Book(json=payload_from_file(path))
