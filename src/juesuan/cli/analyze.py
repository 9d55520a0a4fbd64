"""``juesuan analyze``: the report's text and every finding (or all of it as JSON)."""

from __future__ import annotations

import json
import sys

from .common import load, outcome, print_report


def add_parser(sub) -> None:
    a = sub.add_parser("analyze", help="分析数据文件，输出报告文字和审核结果")
    a.add_argument("file", help="单位数据文件（TOML）或工作簿（.xlsm）")
    a.add_argument("--json", action="store_true", help="以 JSON 输出全部计算结果和审核结果")
    a.set_defaults(func=run)


def run(args) -> int:
    from ..report import analyze

    unit = load(args.file)
    report = analyze(unit.data, unit.findings)
    if args.json:
        json.dump(report.as_dict(), sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print_report(report, sys.stdout, unit.where)
    return outcome(report.findings)
