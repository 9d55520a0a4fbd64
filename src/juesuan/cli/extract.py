"""``juesuan extract``: a workbook's input sheets as a data file (TOML), without loss."""

from __future__ import annotations

import sys
from pathlib import Path

from .common import READ_CHECK, free, input_file, load, not_an_input, outcome, print_findings
from .exits import Refused, Unreadable


def add_parser(sub) -> None:
    x = sub.add_parser("extract", help="把工作簿的输入表导出为数据文件（TOML）")
    x.add_argument("book", help="工作簿（.xlsm）")
    x.add_argument("out", help="输出的 .toml 路径")
    x.add_argument("--force", action="store_true", help="覆盖已有文件（旧文件保留为 .bak）")
    x.set_defaults(func=run)


def run(args) -> int:
    from ..export.files import write_atomic
    from ..load import is_workbook
    from ..sources.datafile import dumps

    out = Path(args.out)
    input_file(args.book, "工作簿")
    not_an_input(out, args.book)
    if out.suffix.lower() in (".xlsm", ".xlsx", ".xls", ".docx"):
        raise Refused(f"数据文件应以 .toml 结尾，未写入 {out}（以免用文本覆盖工作簿或文档）。")
    if not is_workbook(args.book):
        raise Unreadable(f"{args.book} 不是工作簿（.xlsm/.xlsx）：extract 把工作簿的输入表导出为数据文件。")
    unit = load(args.book)
    free(out, args.force)
    write_atomic(out, dumps(unit.data).encode("utf-8"))
    print(f"已导出数据文件：{out}")
    print_findings(unit.findings, sys.stdout, unit.where, title=READ_CHECK)  # read problems only: not an audit
    return outcome(unit.findings)
