"""Findings (审核结果): what the checks and the reader say about a unit's inputs.

Errors in a person's input are data, not exceptions: each has a level, a stable code,
a Chinese message that says what to do, and the place it refers to.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

Path = tuple[str | int, ...]


class Level(StrEnum):
    """The three levels of the official 审核公式."""

    ERROR = "错误"
    WARNING = "警告"
    INFO = "提示"


LEVEL_ORDER = {Level.ERROR: 0, Level.WARNING: 1, Level.INFO: 2}


@dataclass(frozen=True)
class Finding:
    """One check result.

    ``path`` is the key path in the data file, e.g. ``("spending", 2, "final")`` (0-based
    index of the array table); the workbook layout turns it into a sheet and cell.
    """

    level: Level
    code: str
    message: str
    path: Path = ()
    label: str = ""

    @property
    def location(self) -> str:
        """The key path as a person reads it in the data file: ``spending[3].final``."""
        return format_path(self.path)

    def as_dict(self) -> dict[str, str]:
        return {
            "level": self.level.value,
            "code": self.code,
            "message": self.message,
            "location": self.location,
        }


def format_path(path: Path) -> str:
    if len(path) == 4 and path[0] == "cell" and isinstance(path[2], int) and isinstance(path[3], int):
        return f"'{path[1]}'!{column_name(path[3])}{path[2] + 1}"  # a workbook cell outside the data
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part + 1}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def count(findings: list[Finding], level: Level) -> int:
    return sum(1 for f in findings if f.level is level)


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """Errors first, then warnings, then notes; stable within a level."""
    return sorted(findings, key=lambda f: LEVEL_ORDER[f.level])


def column_name(col: int) -> str:
    """Excel's letters of a 0-based column: 0 → A, 26 → AA."""
    name = ""
    col += 1
    while col:
        col, rest = divmod(col - 1, 26)
        name = chr(65 + rest) + name
    return name
