"""``juesuan export``: the Word report (and PDF) next to its source, never over it."""

from __future__ import annotations

import sys
from pathlib import Path

from .common import load, not_an_input, outcome, print_findings


def add_parser(sub) -> None:
    e = sub.add_parser("export", help="导出 Word（和 PDF）报告")
    e.add_argument("source", help="工作簿（.xlsm）或数据文件（.toml）")
    e.add_argument("--docx", help="输出的 .docx 路径（默认：与输入同目录，以单位和年度命名）")
    e.add_argument("--pdf", action="store_true", help="同时生成 PDF（需要 LibreOffice）")
    e.add_argument("--force", action="store_true", help="覆盖已有文件（旧文件保留为 .bak）")
    e.set_defaults(func=run)


def run(args) -> int:
    from ..export.document import export_report
    from ..report import analyze

    source = Path(args.source)
    unit = load(source)
    report = analyze(unit.data, unit.findings)
    docx = Path(args.docx) if args.docx else None
    if docx is not None:
        not_an_input(docx, source)
    result = export_report(report, docx=docx, next_to=source, pdf=args.pdf, overwrite=args.force)
    print(f"已生成 Word 报告：{result.docx}")
    if result.pdf:
        print(f"已生成 PDF：{result.pdf}")
    elif args.pdf:
        print(f"提示：{result.pdf_message}")
    if result.font_message:
        print(f"提示：{result.font_message}")
    print_findings(report.findings, sys.stdout, unit.where)
    return outcome(report.findings)
