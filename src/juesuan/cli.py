"""The ``juesuan`` command line. Exit 0: no 错误; 1: 错误 found; 2: the input cannot be read."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

EXIT_OK, EXIT_ERRORS, EXIT_UNREADABLE = 0, 1, 2


def _print_report(report, out) -> None:
    print(report.text(), file=out)
    print(file=out)
    _print_findings(report, out)


def _print_findings(report, out) -> None:
    print(f"审核结果：错误{report.errors}项，警告{report.warnings}项，提示{report.notes}项", file=out)
    for f in report.findings:
        where = f"（{f.location}）" if f.path else ""
        print(f"  [{f.level.value}] {f.code} {f.message}{where}", file=out)


def _load(path: str):
    from .datafile import DataFileError, load, load_sample

    if path == "-sample":
        return load_sample()
    try:
        return load(path)
    except DataFileError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return None


def cmd_analyze(args) -> int:
    from .report import analyze

    loaded = _load(args.file)
    if loaded is None:
        return EXIT_UNREADABLE
    report = analyze(*loaded)
    if args.json:
        json.dump(report.as_dict(), sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        _print_report(report, sys.stdout)
    return EXIT_ERRORS if report.errors else EXIT_OK


def cmd_export(args) -> int:
    from .export import ExportError, export_report
    from .report import analyze

    source = Path(args.source)
    if source.suffix.lower() in (".xlsm", ".xlsx"):
        from .workbook_io import WorkbookError, read_workbook

        try:
            loaded = read_workbook(source)
        except WorkbookError as exc:
            print(f"错误：{exc}", file=sys.stderr)
            return EXIT_UNREADABLE
    else:
        loaded = _load(args.source)
        if loaded is None:
            return EXIT_UNREADABLE
    report = analyze(*loaded)
    docx = Path(args.docx) if args.docx else None
    try:
        result = export_report(report, docx=docx, next_to=source, pdf=args.pdf, overwrite=args.force)
    except ExportError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    print(f"已生成 Word 报告：{result.docx}")
    if result.pdf:
        print(f"已生成 PDF：{result.pdf}")
    elif args.pdf:
        print(f"提示：{result.pdf_message}")
    _print_findings(report, sys.stdout)
    return EXIT_ERRORS if report.errors else EXIT_OK


def cmd_demo(args) -> int:
    from .datafile import load_sample, sample_path
    from .report import analyze

    data, findings = load_sample()
    report = analyze(data, findings)
    _print_report(report, sys.stdout)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    print()
    print(f"示例数据文件：{sample_path()}")
    try:
        from .export import export_report

        result = export_report(report, docx=out / f"{report.data.unit.name}{report.data.unit.year}"
                               "年度部门决算分析报告.docx", pdf=True, overwrite=True)
        print(f"Word 报告：{result.docx}")
        print(f"PDF 报告：{result.pdf}" if result.pdf else f"PDF：{result.pdf_message}")
    except ImportError:
        pass
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="juesuan", description="部门决算分析报告：分析、审核、生成报告")
    sub = p.add_subparsers(dest="command", required=True)
    a = sub.add_parser("analyze", help="分析数据文件，输出报告文字和审核结果")
    a.add_argument("file", help="单位数据文件（TOML）")
    a.add_argument("--json", action="store_true", help="以 JSON 输出全部计算结果和审核结果")
    a.set_defaults(func=cmd_analyze)
    e = sub.add_parser("export", help="导出 Word（和 PDF）报告")
    e.add_argument("source", help="工作簿（.xlsm）或数据文件（.toml）")
    e.add_argument("--docx", help="输出的 .docx 路径（默认：与输入同目录，以单位和年度命名）")
    e.add_argument("--pdf", action="store_true", help="同时生成 PDF（需要 LibreOffice）")
    e.add_argument("--force", action="store_true", help="覆盖已有文件（旧文件保留为 .bak）")
    e.set_defaults(func=cmd_export)
    d = sub.add_parser("demo", help="用内置示例单位演示：输出报告文字并导出报告")
    d.add_argument("--out", default="out", help="输出目录（默认 out/）")
    d.set_defaults(func=cmd_demo)
    return p


def main(argv: list[str] | None = None) -> int:
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")
        sys.stderr.reconfigure(encoding="utf-8")
    args = build_parser().parse_args(argv)
    return args.func(args)
