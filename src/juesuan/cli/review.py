"""``juesuan review FILE``: proofread a report (.txt, .docx, .pdf) someone else wrote; ``juesuan review FOLDER``
(or several files): every report in it, one line each, with an .xlsx 汇总 and 明细 (review/many.py)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from .common import input_file, outcome
from .exits import Exit, Refused, Unreadable


def add_parser(sub) -> None:
    r = sub.add_parser(
        "review", help="审阅他人编写的报告（.txt/.docx/.pdf），指出相互矛盾的数字；可审阅整个文件夹",
        epilog="退出码：0 没有「错误」级结果；1 有「错误」级结果；2 文件无法读取；"
               "5 没有「错误」级结果，但审阅不完整（有未能读取核对的部分，如未能按表格读取的公开表、扫描页）。"
               "审阅多个文件时取最严重的一份：1 有错误 > 2 无法读取或审阅出错 > 5 审阅不完整 > 0。",
    )
    r.add_argument("file", nargs="+", metavar="FILE",
                   help="报告文件：.txt、.docx 或 .pdf；也可以是文件夹（审阅其中及子文件夹中的全部报告）或多个文件")
    r.add_argument("--json", action="store_true", help="以 JSON 输出审阅结果（多个文件时为每份文件一项的列表）")
    r.add_argument("--xlsx", metavar="PATH", nargs="?", const="",
                   help="把审阅结果写入 Excel 清单（.xlsx），默认 <原名>-审阅.xlsx；多个文件时含「汇总」"
                        "（每份文件一行）和「明细」（每条结果一行）两张表，默认 <文件夹名>-审阅.xlsx（写在文件夹旁）")
    r.add_argument(
        "--comments",
        metavar="PATH",
        help="（仅 .docx）另存一份带批注的 Word 文件，每条结果批注在原句处；默认 <原名>-审阅.docx。"
             "审阅多个文件时不带 PATH：每份有结果的 .docx 的带批注副本写在原文件旁",
        nargs="?",
        const="",
    )
    r.add_argument("--force", action="store_true", help="覆盖已有输出文件（旧文件保留为 .bak）")
    r.add_argument("--verbose", action="store_true",
                   help="每条结果后注明审阅规则的代码（R-…）；多个文件时另列每份文件的结果")
    r.add_argument("--workers", type=int, metavar="N",
                   help="审阅多个文件时的并行进程数（默认：3份及以上时每个 CPU 核一个进程）")
    r.set_defaults(func=run)


def run(args) -> int:
    files = args.file if isinstance(args.file, list) else [args.file]
    if len(files) > 1 or Path(files[0]).is_dir():
        return run_many(args, files)
    return run_one(args, files[0])


def run_one(args, file: str) -> int:
    from ..export.files import output_path, write_atomic
    from ..review import outputs
    from ..review.extract import ReadError, read
    from ..review.rules import run as review

    source = input_file(file, "报告文件")
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
        out = Path(path) if path else outputs.beside(source, suffix)
        return output_path(out, overwrite=args.force, inputs=[source])  # never over the document reviewed

    if args.xlsx is not None:
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


def run_many(args, files: list[str]) -> int:
    """Every report in the folders and files given, each on its own; the summary, the .xlsx, the commented
    copies beside the .docx files; the exit code of the worst document."""
    from ..export.files import WriteError, output_path, write_atomic
    from ..review import many, outputs

    for text in files:
        if not Path(text).is_dir():
            input_file(text, "报告文件")  # a path that names nothing is refused, not skipped
    items = many.documents(Path(f) for f in files)
    if not items:
        folder = next(f for f in files if Path(f).is_dir())
        raise Unreadable(f"{folder} 是一个文件夹，其中没有可审阅的报告（.pdf、.docx、.txt）。")
    if args.comments:
        raise Refused("审阅多个文件时 --comments 不带文件名：每份 .docx 的带批注副本写在原文件旁（<原名>-审阅.docx）。")
    if args.workers is not None and args.workers < 1:
        raise Refused("--workers 应为 1 或更大的整数。")
    sources = [p for p, _ in items]
    reviewed = next((Path(f) for f in files if Path(f).is_dir()), Path(files[0]).absolute().parent)
    named = Path(args.xlsx) if args.xlsx else outputs.beside(reviewed, ".xlsx")
    summary = output_path(named, overwrite=args.force, inputs=sources) if args.xlsx is not None else None
    if summary is not None and summary.is_dir():
        raise Refused(f"{summary} 是一个文件夹，未写入。请给出 .xlsx 文件的路径（含文件名）。")

    def done(r: many.Reviewed, k: int, n: int) -> None:
        print(f"[{k}/{n}] {r.name}", file=sys.stderr)
        if r.commented is not None:  # written as each finishes; the bytes are not kept
            beside = outputs.beside(r.path, ".docx")
            try:
                out = output_path(beside, overwrite=args.force, inputs=sources)
                write_atomic(out, r.commented)
            except WriteError as exc:  # one copy not written: said, and the other documents go on
                print(f"错误：{exc}（{r.name} 的带批注副本未写入）", file=sys.stderr)
            else:
                print(f"带批注的副本：{out}", file=sys.stderr)
            r.commented = None

    start = time.perf_counter()
    try:
        results = many.review_many(items, comments=args.comments is not None, workers=args.workers, done=done)
    except KeyboardInterrupt:
        raise KeyboardInterrupt("已中断：审阅汇总未写入；已写出的带批注副本完整保留，报送的原文件未改动。") from None
    seconds = time.perf_counter() - start
    if args.json:
        print(many.as_json(results))
    else:
        for r in results:
            print(many.line(r))
        if args.verbose:
            for r in results:
                if r.findings:
                    print(f"\n== {r.name} ==")
                    print(outputs.text(r.findings, r.name, verbose=True))
        print(many.totals(results, seconds, hint=not args.verbose and summary is None))
    if summary is not None:
        write_atomic(summary, many.xlsx(results))
        print(f"审阅汇总：{summary}", file=sys.stderr)
    worst = results[0].state  # sorted worst first: errors, failed, unreadable, incomplete, clean
    if worst in ("failed", "unreadable"):  # as batch: the others done, the run ends as unreadable (exit 2)
        unread = sum(1 for r in results if r.state in ("failed", "unreadable"))
        raise Unreadable(f"{unread}份文件无法读取或审阅出错（见上），其余{len(results) - unread}份已审阅。")
    return {"errors": Exit.ERRORS, "incomplete": Exit.INCOMPLETE}.get(worst, Exit.OK)
