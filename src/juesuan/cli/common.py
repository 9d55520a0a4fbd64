"""What every sub-command shares: reading a unit, printing findings, the exit code findings
decide, and the guards before writing (an existing file, the input itself)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from .exits import Exit, Refused


def load(path: str | Path):
    """The unit in ``path`` (``juesuan.load.load_unit``); read errors reach ``run`` (exit 2)."""
    from ..load import load_unit

    return load_unit(path)


def _level(f: Any) -> str:
    return f["level"] if isinstance(f, dict) else f.level.value


def print_findings(findings: Iterable[Any], out=None, where: Callable[[str], str] | None = None) -> None:
    """The count line, then each finding with its place (a workbook cell, else its location)."""
    out = out if out is not None else sys.stdout
    findings = list(findings)
    levels = [_level(f) for f in findings]
    print(f"审核结果：错误{levels.count('错误')}项，警告{levels.count('警告')}项，提示{levels.count('提示')}项",
          file=out)
    for f in findings:
        if isinstance(f, dict):
            place = f.get("location", "")
            print(f"  [{f['level']}] {f['code']} {f['message']}" + (f"（{place}）" if place else ""), file=out)
            continue
        place = (where(f.path) if where else "") or f.location
        print(f"  [{f.level.value}] {f.code} {f.message}" + (f"（{place}）" if place else ""), file=out)


def print_report(report, out=None, where=None) -> None:
    out = out if out is not None else sys.stdout
    print(report.text(), file=out)
    print(file=out)
    print_findings(report.findings, out, where)


def outcome(findings: Iterable[Any]) -> Exit:
    """ERRORS when any finding is a 错误, else OK: the only codes a sub-command returns."""
    return Exit.ERRORS if any(_level(f) == "错误" for f in findings) else Exit.OK


def free(path: Path, force: bool) -> None:
    """Refuse an existing file unless ``force`` (the old file then becomes .bak)."""
    if (path.exists() or path.is_symlink()) and not force:
        raise Refused(f"{path} 已存在，未写入。如要覆盖请加 --force（旧文件保留为 .bak）。")


def not_an_input(out: Path, *inputs: str | Path) -> None:
    """Refuse to write an output over a file it is made from (exit 3)."""
    from ..export.files import refuse_input

    refuse_input(out, inputs)  # a WriteError: exit 3


def write_workbook(path: Path, make: Callable[[], bytes], force: bool, *inputs: str | Path) -> None:
    """A new .xlsm at ``path`` (made only once every guard has passed)."""
    from ..export.files import write_atomic

    if path.suffix.lower() != ".xlsm":
        raise Refused("工作簿文件名须以 .xlsm 结尾（含按钮宏）。")
    not_an_input(path, *inputs)
    free(path, force)
    write_atomic(path, make())
