"""``juesuan demo``: the whole path on the built-in sample, workbook → 重新计算 → reports."""

from __future__ import annotations

import sys
from pathlib import Path

from .common import output_folder, print_report
from .exits import Exit


def add_parser(sub) -> None:
    d = sub.add_parser("demo", help="用内置示例单位演示：输出报告文字并导出报告")
    d.add_argument("--out", default="out", help="输出目录（默认 out/）")
    d.set_defaults(func=run)


def run(args) -> int:
    from ..disclosure.api import disclose, write_files
    from ..export.document import export_report, report_filename
    from ..export.files import output_name, write_atomic
    from ..export.office import ConversionError, convert, find_soffice
    from ..load import load_unit
    from ..report import analyze
    from ..sources.datafile import load_sample, sample_path
    from ..workbook.build import build
    from ..workbook.edit import read_workbook, recalc, write_disclosure

    data, findings = load_sample()
    out = output_folder(Path(args.out))
    book = out / output_name(data.unit.name, f"{data.unit.year}.xlsm")
    write_atomic(book, build(data, analyze(data, findings)))
    report, _ = recalc(book)
    print_report(report, sys.stdout, load_unit(book).place)  # each finding's sheet, cell, row and column
    report = analyze(*read_workbook(book))
    result = export_report(report, docx=out / f"{report_filename(report)}.docx", pdf=True, overwrite=True)
    print()
    print(f"示例数据文件：{sample_path()}")
    print(f"示例工作簿（已重新计算）：{book}")
    print(f"Word 报告：{result.docx}")
    print(f"PDF 报告：{result.pdf}" if result.pdf else f"PDF 报告：{result.pdf_message}")
    if result.font_message:
        print(f"提示：{result.font_message}")
    disclosed = disclose(*read_workbook(book))
    write_disclosure(book, disclosed)  # what 生成公开 writes: the nine tables on the 决算公开 sheet
    if find_soffice():
        try:
            print(f"工作簿 PDF（含图表、决算公开表）：{convert(book, 'pdf', out)}")
        except ConversionError as exc:
            print(f"工作簿 PDF 未生成：{exc}")
    public = write_files(disclosed, book, pdf=True, xlsx=True, overwrite=True)
    print(f"决算公开（九张公开表、情况说明、名词解释）：{public.docx}" + (f"、{public.pdf}" if public.pdf else ""))
    print(f"公开表 Excel：{public.xlsx}")
    print("空白模板：workbook/juesuan.xlsm；汇总工作簿：workbook/juesuan-summary.xlsm")
    print(f"试试审阅：.venv/bin/juesuan review \"{result.docx}\"（或审阅任何手写的报告 .docx/.pdf/.txt）")
    return Exit.OK
