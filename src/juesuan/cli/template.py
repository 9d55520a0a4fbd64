"""``juesuan template``: the blank workbook (the same as workbook/juesuan.xlsm)."""

from __future__ import annotations

from pathlib import Path

from .common import write_workbook
from .exits import Exit


def add_parser(sub) -> None:
    t = sub.add_parser("template", help="生成空白工作簿模板（.xlsm）")
    t.add_argument("out", help="输出的 .xlsm 路径")
    t.add_argument("--force", action="store_true", help="覆盖已有文件（旧文件保留为 .bak）")
    t.set_defaults(func=run)


def run(args) -> int:
    from ..workbook.build import build

    out = Path(args.out)
    write_workbook(out, lambda: build(None, None), args.force)
    print(f"已生成空白模板：{out}")
    return Exit.OK
