"""The ``juesuan`` command line.

Exit codes (README): 0 no 错误; 1 错误 found (outputs still written); 2 the input cannot be read;
3 nothing written (an existing file without --force, a file that cannot be written, a limit of
the workbook); 4 an unexpected error (details in a log file); 130 interrupted (Ctrl-C).
Exceptions are turned into these codes in one place, ``run``.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from pathlib import Path

EXIT_OK, EXIT_ERRORS, EXIT_UNREADABLE, EXIT_NOT_WRITTEN, EXIT_INTERNAL, EXIT_INTERRUPTED = 0, 1, 2, 3, 4, 130


class Refused(Exception):
    """Nothing was written, on purpose (message in Chinese): exit 3."""


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
    """A data file (.toml) or a workbook (.xlsm/.xlsx): (data, findings, where)."""
    from .sources.datafile import load, load_sample

    if path == "-sample":
        return (*load_sample(), None)
    if Path(path).suffix.lower() in (".xlsm", ".xlsx"):
        from .workbook.edit import read_workbook_located

        data, findings, locator = read_workbook_located(path)
        return data, findings, locator.address
    return (*load(path), None)


def cmd_analyze(args) -> int:
    from .report import analyze

    data, findings, where = _load(args.file)
    report = analyze(data, findings)
    if args.json:
        json.dump(report.as_dict(), sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        _print_report(report, sys.stdout, where)
    return EXIT_ERRORS if report.errors else EXIT_OK


def cmd_export(args) -> int:
    from .export.document import export_report
    from .report import analyze

    source = Path(args.source)
    data, findings, where = _load(args.source)
    report = analyze(data, findings)
    docx = Path(args.docx) if args.docx else None
    if docx is not None:
        _not_the_input(docx, source)
    result = export_report(report, docx=docx, next_to=source, pdf=args.pdf, overwrite=args.force)
    print(f"已生成 Word 报告：{result.docx}")
    if result.pdf:
        print(f"已生成 PDF：{result.pdf}")
    elif args.pdf:
        print(f"提示：{result.pdf_message}")
    if result.font_message:
        print(f"提示：{result.font_message}")
    _print_findings(report, sys.stdout, where)
    return EXIT_ERRORS if report.errors else EXIT_OK


def cmd_template(args) -> int:
    from .workbook.build import build

    out = Path(args.out)
    _write_new(out, build(None, None), args.force)
    print(f"已生成空白模板：{out}")
    return EXIT_OK


def cmd_summary_template(args) -> int:
    from .workbook.summary_book import build_summary_template

    out = Path(args.out)
    _write_new(out, build_summary_template(), args.force)
    print(f"已生成汇总工作簿：{out}（在“单位清单”填写单位工作簿路径后点击“汇总”）")
    return EXIT_OK


def _write_new(path: Path, data: bytes, force: bool) -> None:
    from .export.document import write_atomic

    if path.suffix.lower() != ".xlsm":
        raise Refused("工作簿文件名须以 .xlsm 结尾（含按钮宏）。")
    _free(path, force)
    write_atomic(path, data)


def _free(path: Path, force: bool) -> None:
    if (path.exists() or path.is_symlink()) and not force:
        raise Refused(f"{path} 已存在，未写入。如要覆盖请加 --force（旧文件保留为 .bak）。")


def _not_the_input(out: Path, source: Path) -> None:
    """Refuse to write an output over the file it is made from."""
    import os

    try:
        same = out.exists() and os.path.samefile(out, source)
    except OSError:
        same = False
    if same or out.resolve() == source.resolve():
        raise Refused(f"输出文件 {out} 就是输入文件，未写入（否则会覆盖输入）。请换一个输出文件名。")


def cmd_build(args) -> int:
    from .report import analyze
    from .workbook.build import build, overflow

    data, findings, _ = _load(args.data)
    report = analyze(data, findings)
    out = Path(args.out)
    _not_the_input(out, Path(args.data))
    blocking = overflow(report.data, findings)
    if blocking:
        for f in blocking:
            print(f"  [{f.level.value}] {f.code} {f.message}" + (f"（{f.location}）" if f.location else ""),
                  file=sys.stderr)
        raise Refused(f"数据超出工作簿的容量或精度（{len(blocking)}项，见上），未生成 {out}，以免丢失数据。")
    _write_new(out, build(report.data, report), args.force)
    print(f"已生成工作簿：{out}")
    _print_findings(report, sys.stdout)
    return EXIT_ERRORS if report.errors else EXIT_OK


def cmd_extract(args) -> int:
    from .export.document import write_atomic
    from .sources.datafile import dumps
    from .workbook.edit import read_workbook_located

    out = Path(args.out)
    _not_the_input(out, Path(args.book))
    if out.suffix.lower() in (".xlsm", ".xlsx", ".xls", ".docx"):
        raise Refused(f"数据文件应以 .toml 结尾，未写入 {out}（以免用文本覆盖工作簿或文档）。")
    data, findings, locator = read_workbook_located(args.book)
    _free(out, args.force)
    write_atomic(out, dumps(data).encode("utf-8"))
    print(f"已导出数据文件：{out}")
    for f in findings:
        where = locator.address(f.path) or f.location
        print(f"  [{f.level.value}] {f.code} {f.message}（{where}）")
    return EXIT_ERRORS if any(f.level.value == "错误" for f in findings) else EXIT_OK


def cmd_recalc(args) -> int:
    from .workbook.edit import recalc

    report, backup = recalc(args.book)
    print(f"重新计算完成：错误{report.errors}项，警告{report.warnings}项，提示{report.notes}项；"
          f"已更新分析表、财务指标、分析报告、审核结果和图表。")
    print(f"原文件已备份为：{backup}")
    return EXIT_ERRORS if report.errors else EXIT_OK


def cmd_setup(args) -> int:
    from .workbook.edit import install_runpython_mac, setup_interpreter

    interpreter = args.python or sys.executable
    windowless = Path(interpreter).with_name("pythonw.exe")
    if interpreter.lower().endswith("python.exe") and windowless.exists():
        interpreter = str(windowless)  # no console window flashing at each click
    notes: list[str] = []
    backup = setup_interpreter(args.book, interpreter, notes)
    print(f"已在 {args.book} 的 xlwings.conf 表写入 Python 解释器：{interpreter}")
    print("\n".join(notes + [f"已启用 macOS 的 RunPython：{p}" for p in [install_runpython_mac()] if p]))
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
    book = out / f"{data.unit.name}{data.unit.year}.xlsm"  # the built-in sample: a short name
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
    if result.font_message:
        print(f"提示：{result.font_message}")
    if find_soffice():
        try:
            print(f"工作簿 PDF（含图表）：{convert(book, 'pdf', out)}")
        except ConversionError as exc:
            print(f"工作簿 PDF 未生成：{exc}")
    from .disclosure.api import disclose, write_files

    public = write_files(disclose(*read_workbook(book)), book, pdf=True, xlsx=True, overwrite=True)
    print(f"决算公开（九张表、情况说明、名词解释）：{public.docx}" + (f"、{public.pdf}" if public.pdf else ""))
    print(f"公开表 Excel：{public.xlsx}")
    print("空白模板：workbook/juesuan.xlsm；汇总工作簿：workbook/juesuan-summary.xlsm")
    print(f"试试审阅：.venv/bin/juesuan review \"{result.docx}\"（或审阅任何手写的报告 .docx/.pdf/.txt）")
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
    st = sub.add_parser("summary-template", help="主管部门的汇总工作簿（单位清单 + 汇总按钮）")
    st.add_argument("out", help="输出的 .xlsm 路径")
    st.add_argument("--force", action="store_true", help="覆盖已有文件（旧文件保留为 .bak）")
    st.set_defaults(func=cmd_summary_template)
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
    from .disclosure.cli import add_parser as add_disclosure

    add_disclosure(sub)
    from .batch import cli as batch_cli  # standard library only: dask/pandas load when a batch runs

    batch_cli.add_parser(sub)
    from .review.cli import add_parser as add_review

    add_review(sub)
    return p


def run(func, args) -> int:
    """Run one command; every exception becomes a Chinese message and the README's exit code."""
    from .export.files import WriteError
    from .sources.datafile import DataFileError
    from .workbook.edit import WorkbookError, WorkbookRefused

    try:
        return func(args)
    except KeyboardInterrupt:
        print("\n已中断：未完成的文件没有写入（临时文件已删除），原文件未改动。", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # output piped into `head`
        return EXIT_OK
    except (Refused, WriteError, WorkbookRefused) as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return EXIT_NOT_WRITTEN
    except (DataFileError, WorkbookError) as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    except OSError as exc:  # a file operation outside the readers and the atomic writer
        print(f"错误：文件操作失败：{exc.filename or ''} {exc.strerror or exc}。未写入任何文件。", file=sys.stderr)
        return EXIT_NOT_WRITTEN
    except Exception:
        import traceback

        from .excel.live import internal_error_message

        print(internal_error_message(traceback.format_exc()), file=sys.stderr)
        return EXIT_INTERNAL


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(encoding="utf-8")
    previous = _terminate_as_interrupt()
    try:
        args = build_parser().parse_args(argv)
        return run(args.func, args)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    finally:
        if previous is not None:
            import signal

            signal.signal(signal.SIGTERM, previous)


def _terminate_as_interrupt():
    """A termination signal ends the run as Ctrl-C does: temporary files removed, nothing
    half-written. Returns the previous handler (None where signals cannot be set)."""
    import signal

    def interrupt(*_):
        raise KeyboardInterrupt

    try:
        return signal.signal(signal.SIGTERM, interrupt)
    except (ValueError, OSError, AttributeError):  # not the main thread, or no SIGTERM here
        return None
