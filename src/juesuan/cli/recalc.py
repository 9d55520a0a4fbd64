"""``juesuan recalc``: the workbook's output sheets recalculated without Excel."""

from __future__ import annotations

from .common import input_file, outcome


def add_parser(sub) -> None:
    r = sub.add_parser("recalc", help="不用 Excel 重新计算工作簿（WPS/LibreOffice 用户、服务器）")
    r.add_argument("book", help="工作簿（.xlsm）")
    r.set_defaults(func=run)


def run(args) -> int:
    from ..workbook.edit import recalc

    report, backup = recalc(input_file(args.book, "工作簿"))
    print(f"重新计算完成：错误{report.errors}项，警告{report.warnings}项，提示{report.notes}项；"
          f"已更新分析表、财务指标、分析报告、审核结果和图表。")
    print(f"原文件已备份为：{backup}")
    return outcome(report.findings)
