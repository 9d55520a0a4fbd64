"""``juesuan setup``: this machine's Python written into the workbook for its buttons."""

from __future__ import annotations

import sys
from pathlib import Path

from .common import input_file
from .exits import Exit


def add_parser(sub) -> None:
    u = sub.add_parser("setup", help="把本机 Python 写入工作簿的 xlwings.conf 表，按钮据此找到 Python")
    u.add_argument("book", help="工作簿（.xlsm）")
    u.add_argument("--python", help="Python 解释器路径（默认：当前运行 juesuan 的 Python）")
    u.set_defaults(func=run)


def run(args) -> int:
    from ..workbook.edit import install_runpython_mac, setup_interpreter

    interpreter = args.python or sys.executable
    windowless = Path(interpreter).with_name("pythonw.exe")
    if interpreter.lower().endswith("python.exe") and windowless.exists():
        interpreter = str(windowless)  # no console window flashing at each click
    notes: list[str] = []
    backup = setup_interpreter(input_file(args.book, "工作簿"), interpreter, notes)
    print(f"已在 {args.book} 的 xlwings.conf 表写入 Python 解释器：{interpreter}")
    print("\n".join(notes + [f"已启用 macOS 的 RunPython：{p}" for p in [install_runpython_mac()] if p]))
    print(f"原文件已备份为：{backup}")
    return Exit.OK
