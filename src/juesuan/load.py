"""A unit's file read once, whatever its kind: a data file (.toml) or a juesuan workbook
(.xlsm/.xlsx). The one place that chooses between the two readers (command line, batch)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .core.findings import Finding
from .core.model import UnitData

WORKBOOK_SUFFIXES = (".xlsm", ".xlsx")
SAMPLE = "-sample"  # the built-in sample unit, for trying a command


@dataclass
class Loaded:
    data: UnitData
    findings: list[Finding] = field(default_factory=list)
    locator: Any = None  # a workbook's cell locator (None for a data file)
    workbook: Any = None  # the open ``Recalculation``, when asked to keep it

    def where(self, path: str) -> str:
        """The place of a finding's key path: a workbook cell, or '' for a data file."""
        return self.locator.address(path) if self.locator is not None else ""

    def place(self, path: tuple) -> str:
        """The place in a workbook user's words (sheet, cell, row label and column head; a sheet where no
        cell), or '' for a data file."""
        if self.locator is None:
            return ""
        from .sources.layout import uncelled_place

        return self.locator.place(path) or (uncelled_place(path) if path else "")


def is_workbook(path: str | Path) -> bool:
    return Path(path).suffix.lower() in WORKBOOK_SUFFIXES


def load_unit(path: str | Path, *, keep_workbook: bool = False) -> Loaded:
    """Read a unit's file. Raises ``DataFileError`` or ``WorkbookError`` (Chinese messages).

    ``keep_workbook`` keeps the workbook open as a ``workbook.edit.Recalculation`` (macros kept, every
    recalc guard applied) so its output sheets can be written back with ``save_recalc``.
    """
    from .sources.datafile import load, load_sample

    if str(path) == SAMPLE:
        return Loaded(*load_sample())
    path = Path(path)
    if not is_workbook(path):
        return Loaded(*load(path))
    if keep_workbook:  # to write outputs back: the one recalculation API, with all its guards
        from .workbook.edit import open_recalc

        job = open_recalc(path)
        return Loaded(job.data, job.findings, job.locator, job)
    from .sources.blocks import read_sheets
    from .workbook.edit import check_juesuan, open_workbook, sheets_of

    wb = open_workbook(path, keep_vba=False)
    check_juesuan(wb, path)
    data, findings, locator = read_sheets(sheets_of(wb, path), wb.sheetnames)
    return Loaded(data, findings, locator)
