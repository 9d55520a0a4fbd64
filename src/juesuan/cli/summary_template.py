"""``juesuan summary-template``: the department's 汇总 workbook (单位清单 and the 汇总 button)."""

from __future__ import annotations

from pathlib import Path

from .common import write_workbook
from .exits import Exit


def add_parser(sub) -> None:
    st = sub.add_parser("summary-template", help="主管部门的汇总工作簿（单位清单 + 汇总按钮）")
    st.add_argument("out", help="输出的 .xlsm 路径")
    st.add_argument("--force", action="store_true", help="覆盖已有文件（旧文件保留为 .bak）")
    st.set_defaults(func=run)


def run(args) -> int:
    from ..workbook.summary_book import build_summary_template

    out = Path(args.out)
    write_workbook(out, build_summary_template, args.force)
    print(f"已生成汇总工作簿：{out}（在“单位清单”填写单位工作簿路径后点击“汇总”）")
    return Exit.OK
