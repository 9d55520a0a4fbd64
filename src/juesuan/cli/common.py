"""What every sub-command shares: reading a unit, printing findings, the exit code findings
decide, and the guards before writing (an existing file, the input itself)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from .exits import Exit, Refused, Unreadable


def input_file(path: str | Path, what: str = "文件") -> Path:
    """``path`` as an input file, or ``Unreadable`` saying which it is: missing, a folder, not
    readable (one wording for every command)."""
    import os

    p = Path(path)
    if p.is_dir():
        raise Unreadable(f"{p} 是一个文件夹，不是{what}。请给出{what}本身的路径。")
    if not p.exists():
        hint = "（符号链接指向的文件不存在）" if p.is_symlink() else ""
        raise Unreadable(f"找不到{what}：{p}{hint}。请检查路径和文件名。")
    if not p.is_file():
        raise Unreadable(f"{p} 不是普通文件（如设备或管道），无法作为{what}读入。")
    if not os.access(p, os.R_OK):
        raise Unreadable(f"没有读取 {p} 的权限。")
    return p


def refuse_missing(inputs: Iterable[str], expand: Callable[[list[str]], list[Path]]) -> None:
    """Files, folders or patterns: one that names nothing is refused, not skipped (a unit left
    out silently changes a department's sums)."""
    missing = [text for text in inputs if not Path(text).exists() and not expand([text])]
    if missing:
        raise Unreadable("找不到输入：" + "、".join(missing) + "（不是文件或文件夹，也没有匹配的文件）。")


def load(path: str | Path):
    """The unit in ``path`` (``juesuan.load.load_unit``); read errors reach ``run`` (exit 2)."""
    from ..load import SAMPLE, load_unit

    return load_unit(path if str(path) == SAMPLE else input_file(path, "单位文件"))


def _level(f: Any) -> str:
    return f["level"] if isinstance(f, dict) else f.level.value


AUDIT = "审核结果"
READ_CHECK = "读取检查（只核对能否完整、准确地读出，不是表内表间审核；审核请运行 juesuan analyze 或 juesuan disclose）"


def print_findings(findings: Iterable[Any], out=None, where: Callable[[str], str] | None = None, *,
                   counts: bool = True, title: str = AUDIT) -> None:
    """The count line headed ``title`` — what was checked: 审核结果 after the checks, READ_CHECK where a
    command only read (unless ``counts`` is off) — then each finding with its place (a workbook cell, else
    its location). The one printer of findings for every command."""
    out = out if out is not None else sys.stdout
    findings = list(findings)
    levels = [_level(f) for f in findings]
    if counts:
        print(f"{title}：错误{levels.count('错误')}项，警告{levels.count('警告')}项，提示{levels.count('提示')}项",
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
    if path.is_dir():
        raise Refused(f"{path} 是一个文件夹，未写入。请给出输出文件的路径（含文件名）。")
    if (path.exists() or path.is_symlink()) and not force:
        raise Refused(f"{path} 已存在，未写入。如要覆盖请加 --force（旧文件保留为 .bak）。")


def not_an_input(out: Path, *inputs: str | Path) -> None:
    """Refuse to write an output over a file it is made from (exit 3)."""
    from ..export.files import refuse_input

    refuse_input(out, inputs)  # a WriteError: exit 3


def output_folder(path: Path) -> Path:
    """An output folder (created when missing); an existing file of that name is refused."""
    if path.exists() and not path.is_dir():
        raise Refused(f"{path} 是一个文件，不是文件夹，未写入。请给出输出文件夹。")
    path.mkdir(parents=True, exist_ok=True)
    return path


def write_workbook(path: Path, make: Callable[[], bytes], force: bool, *inputs: str | Path) -> None:
    """A new .xlsm at ``path`` (made only once every guard has passed)."""
    from ..export.files import write_atomic

    if path.suffix.lower() != ".xlsm":
        raise Refused("工作簿文件名须以 .xlsm 结尾（含按钮宏）。")
    not_an_input(path, *inputs)
    free(path, force)
    write_atomic(path, make())
