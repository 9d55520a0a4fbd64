"""``juesuan review FILE``: proofread a report (.txt, .docx, .pdf) someone else wrote."""

from __future__ import annotations

import sys
from pathlib import Path

from .common import input_file, outcome
from .exits import Exit, Unreadable


def add_parser(sub) -> None:
    r = sub.add_parser(
        "review", help="审阅他人编写的报告（.txt/.docx/.pdf），指出相互矛盾的数字",
        epilog="退出码：0 没有「错误」级结果；1 有「错误」级结果；2 文件无法读取；"
               "5 没有「错误」级结果，但审阅不完整（有未能读取核对的部分，如未能按表格读取的公开表、扫描页）。",
    )
    r.add_argument("file", help="报告文件：.txt、.docx 或 .pdf")
    r.add_argument("--json", action="store_true", help="以 JSON 输出审阅结果")
    r.add_argument("--xlsx", metavar="PATH", help="把审阅结果写入 Excel 清单（.xlsx）")
    r.add_argument(
        "--comments",
        metavar="PATH",
        help="（仅 .docx）另存一份带批注的 Word 文件，每条结果批注在原句处；默认 <原名>-审阅.docx",
        nargs="?",
        const="",
    )
    r.add_argument("--force", action="store_true", help="覆盖已有输出文件（旧文件保留为 .bak）")
    r.add_argument("--verbose", action="store_true", help="每条结果后注明审阅规则的代码（R-…）")
    r.set_defaults(func=run)


def run(args) -> int:
    from ..export.files import output_name, output_path, write_atomic
    from ..review import outputs
    from ..review.extract import ReadError, read
    from ..review.rules import run as review

    source = input_file(args.file, "报告文件")
    try:
        blocks = read(source)
    except ReadError as exc:
        raise Unreadable(str(exc)) from None
    findings = review(blocks)
    if args.json:
        print(outputs.as_json(findings, str(source), blocks))
    else:
        print(outputs.text(findings, source.name, verbose=args.verbose, blocks=blocks))

    def target(path: str, suffix: str) -> Path:
        out = Path(path) if path else source.with_name(output_name(source.stem, f"-审阅{suffix}"))
        return output_path(out, overwrite=args.force, inputs=[source])  # never over the document reviewed

    if args.xlsx:
        out = target(args.xlsx, ".xlsx")
        write_atomic(out, outputs.xlsx(findings, source.name))
        print(f"审阅清单：{out}", file=sys.stderr)
    if args.comments is not None:
        if source.suffix.lower() != ".docx":
            print("提示：只有 .docx 文件可以加批注；未生成带批注的副本。", file=sys.stderr)
        else:
            out = target(args.comments, ".docx")
            write_atomic(out, outputs.commented_docx(source, blocks, findings))
            print(f"带批注的副本：{out}", file=sys.stderr)
    if outcome(findings) is Exit.OK and outputs.incomplete(findings):
        return Exit.INCOMPLETE  # a batch screening by exit code must not pass a review that read only part
    return outcome(findings)
