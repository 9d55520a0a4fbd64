"""The ``juesuan`` command line. Exit 0: no 错误; 1: 错误 found; 2: the input cannot be read."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

EXIT_OK, EXIT_ERRORS, EXIT_UNREADABLE = 0, 1, 2


def _print_report(report, out, where=None) -> None:
    print(report.text(), file=out)
    print(file=out)
    _print_findings(report, out, where)


def _print_findings(report, out, where=None) -> None:
    """Each finding with its place: the cell for a workbook, the key path for a data file."""
    print(f"审核结果：错误{report.errors}项，警告{report.warnings}项，提示{report.notes}项", file=out)
    for f in report.findings:
        place = (where(f.path) if where else "") or f.location
        print(f"  [{f.level.value}] {f.code} {f.message}" + (f"（{place}）" if place else ""), file=out)


def _load(path: str):
    """A data file (.toml) or a workbook (.xlsm/.xlsx); None (after a message) when unreadable."""
    from .sources.datafile import DataFileError, load, load_sample

    if path == "-sample":
        return (*load_sample(), None)
    if Path(path).suffix.lower() in (".xlsm", ".xlsx"):
        from .workbook.edit import WorkbookError, read_workbook_located

        try:
            data, findings, locator = read_workbook_located(path)
            return data, findings, locator.address
        except WorkbookError as exc:
            print(f"错误：{exc}", file=sys.stderr)
            return None
    try:
        return (*load(path), None)
    except DataFileError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return None


def cmd_analyze(args) -> int:
    from .report import analyze

    loaded = _load(args.file)
    if loaded is None:
        return EXIT_UNREADABLE
    data, findings, where = loaded
    report = analyze(data, findings)
    if args.json:
        json.dump(report.as_dict(), sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        _print_report(report, sys.stdout, where)
    return EXIT_ERRORS if report.errors else EXIT_OK


def cmd_export(args) -> int:
    from .export.document import ExportError, export_report
    from .report import analyze

    source = Path(args.source)
    loaded = _load(args.source)
    if loaded is None:
        return EXIT_UNREADABLE
    data, findings, where = loaded
    report = analyze(data, findings)
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
    _print_findings(report, sys.stdout, where)
    return EXIT_ERRORS if report.errors else EXIT_OK


def _workbook_error(exc) -> int:
    print(f"错误：{exc}", file=sys.stderr)
    return EXIT_UNREADABLE


def cmd_template(args) -> int:
    from .workbook.build import build

    out = Path(args.out)
    _write_new(out, build(None, None), args.force)
    print(f"已生成空白模板：{out}")
    return EXIT_OK


def _write_new(path: Path, data: bytes, force: bool) -> None:
    from .export.document import write_atomic

    if path.suffix.lower() != ".xlsm":
        raise SystemExit("错误：工作簿文件名须以 .xlsm 结尾（含按钮宏）。")
    if path.exists() and not force:
        raise SystemExit(f"错误：{path} 已存在。如要覆盖请加 --force（旧文件保留为 .bak）。")
    write_atomic(path, data)


def cmd_build(args) -> int:
    from .report import analyze
    from .workbook.build import build

    loaded = _load(args.data)
    if loaded is None:
        return EXIT_UNREADABLE
    report = analyze(*loaded[:2])
    out = Path(args.out)
    _write_new(out, build(report.data, report), args.force)
    print(f"已生成工作簿：{out}")
    _print_findings(report, sys.stdout)
    return EXIT_ERRORS if report.errors else EXIT_OK


def cmd_extract(args) -> int:
    from .export.document import write_atomic
    from .sources.datafile import dumps
    from .workbook.edit import WorkbookError, read_workbook_located

    try:
        data, findings, locator = read_workbook_located(args.book)
    except WorkbookError as exc:
        return _workbook_error(exc)
    out = Path(args.out)
    if out.exists() and not args.force:
        print(f"错误：{out} 已存在。如要覆盖请加 --force（旧文件保留为 .bak）。", file=sys.stderr)
        return EXIT_UNREADABLE
    write_atomic(out, dumps(data).encode("utf-8"))
    print(f"已导出数据文件：{out}")
    for f in findings:
        where = locator.address(f.path) or f.location
        print(f"  [{f.level.value}] {f.code} {f.message}（{where}）")
    return EXIT_ERRORS if any(f.level.value == "错误" for f in findings) else EXIT_OK


def cmd_recalc(args) -> int:
    from .workbook.edit import WorkbookError, recalc

    try:
        report, backup = recalc(args.book)
    except WorkbookError as exc:
        return _workbook_error(exc)
    print(f"重新计算完成：错误{report.errors}项，警告{report.warnings}项，提示{report.notes}项；"
          f"已更新分析表、财务指标、分析报告、审核结果和图表。")
    print(f"原文件已备份为：{backup}")
    return EXIT_ERRORS if report.errors else EXIT_OK


def cmd_setup(args) -> int:
    from .workbook.edit import WorkbookError, setup_interpreter

    interpreter = args.python or sys.executable
    windowless = Path(interpreter).with_name("pythonw.exe")
    if interpreter.lower().endswith("python.exe") and windowless.exists():
        interpreter = str(windowless)  # no console window flashing at each click
    try:
        backup = setup_interpreter(args.book, interpreter)
    except WorkbookError as exc:
        return _workbook_error(exc)
    print(f"已在 {args.book} 的 xlwings.conf 表写入 Python 解释器：{interpreter}")
    print(f"原文件已备份为：{backup}")
    return EXIT_OK


def cmd_demo(args) -> int:
    """The whole path on the built-in sample: workbook → 重新计算 → report (and PDFs)."""
    from .export.document import export_report, write_atomic
    from .export.office import ConversionError, convert, find_soffice
    from .report import analyze
    from .sources.datafile import load_sample, sample_path
    from .workbook.build import build
    from .workbook.edit import read_workbook, recalc

    data, findings = load_sample()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    book = out / f"{data.unit.name}{data.unit.year}.xlsm"
    write_atomic(book, build(data, analyze(data, findings)))
    report, _ = recalc(book)
    _print_report(report, sys.stdout)
    report = analyze(*read_workbook(book))
    result = export_report(report, docx=out / f"{data.unit.name}{data.unit.year}年度部门决算分析报告.docx",
                           pdf=True, overwrite=True)
    print()
    print(f"示例数据文件：{sample_path()}")
    print(f"示例工作簿（已重新计算）：{book}")
    print(f"Word 报告：{result.docx}")
    print(f"PDF 报告：{result.pdf}" if result.pdf else f"PDF 报告：{result.pdf_message}")
    if find_soffice():
        try:
            print(f"工作簿 PDF（含图表）：{convert(book, 'pdf', out)}")
        except ConversionError as exc:
            print(f"工作簿 PDF 未生成：{exc}")
    print("空白模板：workbook/juesuan.xlsm")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="juesuan", description="部门决算分析报告：分析、审核、生成报告")
    sub = p.add_subparsers(dest="command", required=True)
    a = sub.add_parser("analyze", help="分析数据文件，输出报告文字和审核结果")
    a.add_argument("file", help="单位数据文件（TOML）或工作簿（.xlsm）")
    a.add_argument("--json", action="store_true", help="以 JSON 输出全部计算结果和审核结果")
    a.set_defaults(func=cmd_analyze)
    e = sub.add_parser("export", help="导出 Word（和 PDF）报告")
    e.add_argument("source", help="工作簿（.xlsm）或数据文件（.toml）")
    e.add_argument("--docx", help="输出的 .docx 路径（默认：与输入同目录，以单位和年度命名）")
    e.add_argument("--pdf", action="store_true", help="同时生成 PDF（需要 LibreOffice）")
    e.add_argument("--force", action="store_true", help="覆盖已有文件（旧文件保留为 .bak）")
    e.set_defaults(func=cmd_export)
    t = sub.add_parser("template", help="生成空白工作簿模板（.xlsm）")
    t.add_argument("out", help="输出的 .xlsm 路径")
    t.add_argument("--force", action="store_true", help="覆盖已有文件（旧文件保留为 .bak）")
    t.set_defaults(func=cmd_template)
    b = sub.add_parser("build", help="由数据文件生成已填好并计算的工作簿")
    b.add_argument("data", help="单位数据文件（TOML）")
    b.add_argument("out", help="输出的 .xlsm 路径")
    b.add_argument("--force", action="store_true", help="覆盖已有文件（旧文件保留为 .bak）")
    b.set_defaults(func=cmd_build)
    x = sub.add_parser("extract", help="把工作簿的输入表导出为数据文件（TOML）")
    x.add_argument("book", help="工作簿（.xlsm）")
    x.add_argument("out", help="输出的 .toml 路径")
    x.add_argument("--force", action="store_true", help="覆盖已有文件（旧文件保留为 .bak）")
    x.set_defaults(func=cmd_extract)
    r = sub.add_parser("recalc", help="不用 Excel 重新计算工作簿（WPS/LibreOffice 用户、服务器）")
    r.add_argument("book", help="工作簿（.xlsm）")
    r.set_defaults(func=cmd_recalc)
    u = sub.add_parser("setup", help="把本机 Python 写入工作簿的 xlwings.conf 表，按钮据此找到 Python")
    u.add_argument("book", help="工作簿（.xlsm）")
    u.add_argument("--python", help="Python 解释器路径（默认：当前运行 juesuan 的 Python）")
    u.set_defaults(func=cmd_setup)
    d = sub.add_parser("demo", help="用内置示例单位演示：输出报告文字并导出报告")
    d.add_argument("--out", default="out", help="输出目录（默认 out/）")
    d.set_defaults(func=cmd_demo)
    from .review.cli import add_parser as add_review

    add_review(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")
        sys.stderr.reconfigure(encoding="utf-8")
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:  # output piped into `head`
        return EXIT_OK
