"""``juesuan build``: a filled and calculated workbook from a data file."""

from __future__ import annotations

import sys
from pathlib import Path

from .common import load, not_an_input, outcome, print_findings, write_workbook
from .exits import Refused


def add_parser(sub) -> None:
    b = sub.add_parser("build", help="由数据文件生成已填好并计算的工作簿")
    b.add_argument("data", help="单位数据文件（TOML）")
    b.add_argument("out", help="输出的 .xlsm 路径")
    b.add_argument("--force", action="store_true", help="覆盖已有文件（旧文件保留为 .bak）")
    b.set_defaults(func=run)


def run(args) -> int:
    from ..report import analyze
    from ..workbook.build import build, overflow

    unit = load(args.data)
    report = analyze(unit.data, unit.findings)
    out = Path(args.out)
    not_an_input(out, args.data)
    blocking = overflow(report.data, unit.findings)
    if blocking:
        for f in blocking:
            print(f"  [{f.level.value}] {f.code} {f.message}" + (f"（{f.location}）" if f.location else ""),
                  file=sys.stderr)
        raise Refused(f"数据超出工作簿的容量或精度（{len(blocking)}项，见上），未生成 {out}，以免丢失数据。")
    write_workbook(out, lambda: build(report.data, report), args.force)
    print(f"已生成工作簿：{out}")
    print_findings(report.findings, sys.stdout)
    return outcome(report.findings)
