"""``juesuan disclose`` (生成公开): the nine public tables, 情况说明 and 名词解释."""

from __future__ import annotations

import sys
from pathlib import Path

from .common import load, outcome, print_findings
from .exits import Exit


def add_parser(sub) -> None:
    d = sub.add_parser("disclose", help="生成决算公开：九张公开表、情况说明、名词解释（Word，可选 PDF/Excel）")
    d.add_argument("source", help="工作簿（.xlsm）或数据文件（.toml）")
    d.add_argument("--pdf", action="store_true", help="同时生成 PDF（需要 LibreOffice）")
    d.add_argument("--xlsx", action="store_true", help="同时生成九张公开表的 Excel 文件")
    d.add_argument("--text", action="store_true", help="在屏幕上输出情况说明")
    d.add_argument("--force", action="store_true", help="覆盖已有文件（旧文件保留为 .bak）；审核有错误时仍生成")
    d.set_defaults(func=run)


def run(args) -> int:
    from ..disclosure.api import disclose, write_files

    unit = load(args.source)
    result = disclose(unit.data, unit.findings)
    if args.text:
        print(result.text.plain())
    print_findings(result.findings, sys.stdout, unit.where)
    if result.errors and not args.force:
        print("审核有错误，未生成公开文件。请改正后重试（或用 --force 仍然生成）。", file=sys.stderr)
        return Exit.ERRORS
    written = write_files(result, Path(args.source), pdf=args.pdf, xlsx=args.xlsx, overwrite=args.force)
    print(f"Word 公开文件：{written.docx}")
    if Path(args.source).suffix.lower() in (".xlsm", ".xlsx"):  # the workbook's 决算公开 sheet, as the button
        from ..workbook.edit import WorkbookError, write_disclosure

        try:
            write_disclosure(args.source, result)
            print(f"九张表已填在工作簿的“决算公开”表：{args.source}")
        except WorkbookError as exc:
            print(f"未能填写工作簿的“决算公开”表：{exc}", file=sys.stderr)
    if written.xlsx:
        print(f"Excel 公开表：{written.xlsx}")
    if args.pdf:
        print(f"PDF 公开文件：{written.pdf}" if written.pdf else f"PDF：{written.message}")
    if written.pdf:
        from ..export.pdf_fonts import message

        if message():
            print(f"提示：{message()}")
    return outcome(result.findings)
