"""Many documents reviewed at once (a 财政局 checking what dozens of units send in): the documents a folder
holds, each reviewed on its own — a file that cannot be read is one row, the run goes on — in parallel
processes when there are several, and what they come to: one line a document (worst first), a list as JSON,
and an .xlsx with a 汇总 sheet (one row a document) and a 明细 sheet (one row a finding)."""

from __future__ import annotations

import json
import os
import re
import time
import zipfile
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from typing import Any

from .base import ReviewFinding
from .outputs import MARK

SUFFIXES = (".pdf", ".docx", ".txt")
# documents a unit may send that cannot be read: listed as unreadable rather than passed over in silence
UNSUPPORTED = {".doc": "Word 97-2003 格式（.doc）", ".wps": "WPS 文字格式（.wps）"}
# our own outputs beside a document: 「<原名>-审阅.docx」, 「<原名>-审阅(2).docx」 (outputs.beside, files.free_path)
_OWN_OUTPUT = re.compile(re.escape(MARK) + r"(?:\(\d+\))?$")
PARALLEL_FROM = 3  # fewer documents are reviewed in this process: starting workers costs more than it saves


def own_output(path: Path) -> bool:
    return bool(_OWN_OUTPUT.search(path.stem))


def _candidate(path: Path) -> bool:
    name = path.name
    if name.startswith(("~$", ".")) or own_output(path):  # an Office lock file, a hidden or temporary file
        return False
    return path.suffix.lower() in SUFFIXES or path.suffix.lower() in UNSUPPORTED


def documents(inputs: Iterable[Path]) -> list[tuple[Path, str]]:
    """The documents to review, each with the name it is shown by: a file given as it was given; a folder's
    documents (its sub-folders too, hidden ones left out), by their path inside it. Office lock files (~$…),
    backups (.bak), hidden and temporary files and this command's own outputs (…-审阅.docx) are left out; a
    file given twice is reviewed once."""
    out: dict[str, tuple[Path, str]] = {}
    for given in inputs:
        given = Path(given)
        if not given.is_dir():
            out.setdefault(os.path.realpath(given), (given, str(given)))
            continue
        found = []
        for root, dirs, files in os.walk(given):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            found += [Path(root) / f for f in files if _candidate(Path(root) / f)]
        for path in sorted(found, key=lambda p: p.relative_to(given).parts):
            out.setdefault(os.path.realpath(path), (path, path.relative_to(given).as_posix()))
    return list(out.values())


# the state of a document's review, worst first: how the documents are sorted, and which one decides the exit code
# (cli/review.py: errors 1, failed or unreadable 2, incomplete 5, clean 0)
STATES = ("errors", "failed", "unreadable", "incomplete", "clean")
STATE_LABELS = {"errors": "有错误", "failed": "审阅出错", "unreadable": "无法读取", "incomplete": "审阅不完整",
                "clean": "未发现错误"}


@dataclass
class Reviewed:
    """One document's review: its findings and what was read from it, or why it could not be read."""

    path: Path
    name: str
    findings: list[ReviewFinding] = field(default_factory=list)
    unit: str = ""  # the unit's name as the document writes it
    year: int | None = None  # the year the document reports on, as it says
    pages: int | None = None  # a PDF's pages read; a .docx's pages as its last save recorded them
    seconds: float = 0.0
    problem: str = ""  # 「无法读取：…」 or 「审阅出错：…」: no review
    summary: dict[str, Any] = field(default_factory=dict)  # outputs.as_json's summary (counts, what was checked)
    clean_line: str = ""  # with no finding: what was checked (review.tally), or that nothing could be
    commented: bytes | None = None  # a .docx with a finding: its copy with the findings as comments

    def count(self, level: str) -> int:
        return sum(1 for f in self.findings if f.level.value == level)

    @property
    def incomplete(self) -> bool:
        from .outputs import incomplete

        return incomplete(self.findings)

    @property
    def state(self) -> str:
        if self.problem:
            return "failed" if self.problem.startswith("审阅出错") else "unreadable"
        if self.count("错误"):
            return "errors"
        return "incomplete" if self.incomplete else "clean"

    def rank(self) -> tuple:
        return STATES.index(self.state), -self.count("错误"), -self.count("警告"), -self.count("提示"), self.name

    def as_dict(self) -> dict[str, Any]:
        """The JSON of one document: ``juesuan review FILE --json``'s (file, summary, findings) and what a
        list of many adds (unit, year, pages, seconds, state, problem)."""
        return {"file": self.name, "unit": self.unit, "year": self.year, "pages": self.pages,
                "seconds": round(self.seconds, 2), "state": self.state, "problem": self.problem,
                "summary": self.summary, "findings": [f.as_dict() for f in self.findings]}


def _docx_pages(path: Path) -> int | None:
    """The page count a .docx's last save recorded (docProps/app.xml), when it recorded one that can hold: a
    writer that never lays out pages (python-docx and others) leaves its template's 「1」 in a document with
    more hard page breaks than that — then no count, rather than a wrong one."""
    try:
        with zipfile.ZipFile(path) as z:
            m = re.search(rb"<(?:\w+:)?Pages>(\d+)<", z.read("docProps/app.xml"))
            body = z.read("word/document.xml")
    except (OSError, KeyError, zipfile.BadZipFile):
        return None
    breaks = len(re.findall(rb"<w:br\b[^>]*w:type=\"page\"", body)) + len(re.findall(rb"<w:pageBreakBefore\b", body))
    pages = int(m.group(1)) if m else 0
    return pages if pages > breaks else None


def review_one(path: Path, name: str, comments: bool = False) -> Reviewed:
    """Review one document, never raising: a file that cannot be read, or a review that fails, is said in
    ``problem`` (the other documents go on)."""
    from .extract import ReadError, read
    from .outputs import as_json, commented_docx
    from .rules import run
    from .rules.unit_name import unit_name
    from .sentences import report_year
    from .tally import clean_line, tally

    start = time.perf_counter()
    out = Reviewed(Path(path), name)
    suffix = out.path.suffix.lower()
    try:
        if suffix in UNSUPPORTED:
            raise ReadError(f"不支持{UNSUPPORTED[suffix]}，请另存为 .docx 或 PDF 后再审阅")
        blocks = read(out.path)
        out.findings = run(blocks)
        out.unit, out.year = unit_name(blocks), report_year(blocks)
        out.pages = getattr(blocks, "pages", 0) or (_docx_pages(out.path) if suffix == ".docx" else None)
        out.summary = json.loads(as_json(out.findings, name, blocks))["summary"]
        if not out.findings:
            out.clean_line = clean_line(tally(blocks))
        if comments and suffix == ".docx" and out.findings:
            out.commented = commented_docx(out.path, blocks, out.findings)
    except ReadError as exc:  # the reader's own words, without its 「无法读取 <name>：」
        out.findings, out.problem = [], f"无法读取：{str(exc).removeprefix(f'无法读取 {out.path.name}：')}"
    except MemoryError:
        out.findings, out.problem = [], "审阅出错：文件太大，内存不足"
    except Exception as exc:  # a fault of ours on this document: said, and the others reviewed
        from ..export.files import write_log

        out.findings = []
        out.problem = f"审阅出错：{type(exc).__name__}（{_logged(write_log, exc)}）"
    out.seconds = time.perf_counter() - start
    return out


def _logged(write_log, exc: Exception) -> str:
    import traceback

    try:
        return f"详情已写入 {write_log(''.join(traceback.format_exception(exc)))}，请把文件和该日志发给技术支持"
    except OSError:
        return "请把文件发给技术支持"


def _worker_start(parent: int) -> None:
    """A worker leaves Ctrl-C to the parent (which ends the workers, writes nothing half-way and says so), ends
    on a termination signal without a traceback, and ends when its parent is gone (killed, say, for its memory)
    instead of waiting on the pool's queue for ever."""
    import signal
    import threading

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
    threading.Thread(target=_orphaned, args=(parent,), daemon=True).start()


def _orphaned(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(1)


def workers_for(count: int, asked: int | None = None) -> int:
    """The processes to review ``count`` documents in: one below PARALLEL_FROM, else the cores (at most
    ``asked``)."""
    if asked is not None:
        return max(1, min(asked, count))
    return 1 if count < PARALLEL_FROM else max(1, min(os.cpu_count() or 1, count))


def review_many(items: list[tuple[Path, str]], *, comments: bool = False, workers: int | None = None,
                done: Callable[[Reviewed, int, int], None] | None = None) -> list[Reviewed]:
    """Each document reviewed on its own (``review_one``), in ``workers_for`` processes; ``done`` is told of
    each as it finishes. Sorted worst first (errors, failures, unreadable, incomplete, clean)."""
    out: list[Reviewed] = []

    def finished(r: Reviewed) -> None:
        out.append(r)
        if done is not None:
            done(r, len(out), len(items))

    n = workers_for(len(items), workers)
    if n == 1:
        for path, name in items:
            finished(review_one(path, name, comments))
    else:
        _parallel(items, comments, n, finished)
    return sorted(out, key=Reviewed.rank)


def _parallel(items: list[tuple[Path, str]], comments: bool, workers: int,
              finished: Callable[[Reviewed], None]) -> None:
    """Each review from a pool of processes, handed to ``finished`` as it ends. A worker that dies (the system
    ends it for its memory) breaks the pool: the documents not finished are then reviewed one pool each, so
    only the one that kills its worker becomes a 审阅出错 row. Interrupted (Ctrl-C, a termination signal, an
    error in ``finished``), the workers are ended at once, not left to finish their documents."""
    from concurrent.futures import as_completed

    left: list[tuple[Path, str]] = []
    with _pool(workers) as pool:
        futures: dict[Future, tuple[Path, str]] = {pool.submit(review_one, p, n, comments): (p, n) for p, n in items}
        for future in as_completed(futures):
            try:
                result = future.result()
            except BrokenProcessPool:
                left.append(futures[future])
                continue
            finished(result)
    for path, name in left:
        with _pool(1) as alone:
            try:
                result = alone.submit(review_one, path, name, comments).result()
            except BrokenProcessPool:
                result = Reviewed(path, name, problem="审阅出错：审阅进程意外退出（文件可能过大或已损坏）")
        finished(result)


SHUTDOWN_SECONDS = 30  # an interrupted pool's manager thread, its workers killed, ends in well under a second


@contextmanager
def _pool(workers: int) -> Iterator[ProcessPoolExecutor]:
    """A pool of ``workers`` review processes, shut down on the way out with its manager thread ended: a thread
    still tearing the pool down when the interpreter exits races the exit's own wake-up of it (CPython 3.11's
    ``concurrent.futures.process._python_exit`` writes to a pipe that thread closes), and the reviewer sees
    「Exception ignored … OSError: [Errno 9] Bad file descriptor」 after a complete run."""
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_worker_start, initargs=(os.getpid(),))
    try:
        yield pool
    except BaseException:
        # the workers ignore SIGINT (_worker_start): ended here, or the interpreter's exit would wait for them
        manager = getattr(pool, "_executor_manager_thread", None)
        for proc in list((getattr(pool, "_processes", None) or {}).values()):
            with suppress(OSError):
                proc.kill()
        pool.shutdown(wait=False, cancel_futures=True)
        if manager is not None:  # it sees its workers gone and ends; bounded, so an interruption never hangs
            manager.join(SHUTDOWN_SECONDS)
        raise
    pool.shutdown(wait=True)  # every future is done: this only waits for the workers to leave


# --- what the review of many comes to -------------------------------------------------------------

def line(r: Reviewed) -> str:
    """One document in the terminal's list: its state, its name, the unit and year it names, the counts."""
    head = f"[{STATE_LABELS[r.state]}] {r.name}"
    if r.problem:
        return f"{head}：{r.problem}"
    named = "，".join(x for x in (r.unit, f"{r.year}年度" if r.year else "") if x)
    counts = f"错误{r.count('错误')}条，警告{r.count('警告')}条，提示{r.count('提示')}条"
    tail = "；审阅不完整（有未能读取核对的部分）" if r.incomplete else ""
    if not r.findings and r.clean_line:
        counts = r.clean_line.rstrip("。")
    return f"{head}（{named}）：{counts}{tail}" if named else f"{head}：{counts}{tail}"


def by_state(results: list[Reviewed]) -> str:
    """The documents by state: 「有错误1份，无法读取1份，未发现错误1份」 (有错误 and 未发现错误 always said)."""
    by = {s: sum(1 for r in results if r.state == s) for s in STATES}
    return "，".join(f"{STATE_LABELS[s]}{by[s]}份" for s in STATES if by[s] or s in ("errors", "clean"))


def totals(results: list[Reviewed], seconds: float, hint: bool = False) -> str:
    """The terminal's last line: the documents by state, the findings by level, the time; with ``hint`` (the
    findings listed nowhere else), how to see them."""
    counts = "，".join(f"{level}{sum(r.count(level) for r in results)}条" for level in ("错误", "警告", "提示"))
    rate = f"，每分钟{len(results) * 60 / seconds:.1f}份" if seconds > 0 and results else ""
    found = any(r.findings for r in results)
    see = "\n逐条结果：加 --verbose 在此列出，或加 --xlsx 写入 Excel 清单（“明细”表）。" if hint and found else ""
    return (f"共审阅{len(results)}份文件：{by_state(results)}。" + (f"共有{counts}。" if found else "")
            + f"用时{seconds:.1f}秒{rate}。" + see)


def as_json(results: list[Reviewed]) -> str:
    return json.dumps([r.as_dict() for r in results], ensure_ascii=False, indent=2)


SUMMARY_COLUMNS = (  # (header, width, style)
    ("文件", 36, "wrap"), ("单位", 30, "wrap"), ("年度", 8, "int"), ("错误数", 8, "int"), ("警告数", 8, "int"),
    ("提示数", 8, "int"), ("审阅是否完整", 12, "text"), ("页数", 8, "int"), ("说明", 60, "wrap"),
)
DETAIL_LEAD = (("文件", 30), ("单位", 24))  # 明细: whose finding a row is, then outputs.COLUMNS


def _note(r: Reviewed) -> str:
    """汇总's 说明 of a document: why it was not reviewed, what was not read, its first 错误, or what was checked."""
    if r.problem:
        return r.problem
    if r.incomplete:
        unread = [f.message for f in r.findings if f.code in ("R-UNREAD", "R-INCOMPLETE")]
        return "审阅不完整：" + "；".join(unread)[:500]
    first = next((f for f in r.findings if f.level.value == "错误"), None)
    if first is not None:
        more = r.count("错误") - 1
        return f"首条错误：{first.place}：{first.message}" + (f"（另有错误{more}条，见“明细”）" if more else "")
    return r.clean_line


def xlsx(results: list[Reviewed]) -> bytes:
    """The .xlsx of a review of many: 汇总 (one row a document, worst first — filled: not read, with 错误, not
    read whole — and a 合计 row below the filtered list) and 明细 (one row a finding, outputs.findings_sheet's
    columns after 文件 and 单位), in the review's look (export.sheet_style.REVIEW_STYLES)."""
    from xlsxwriter.utility import xl_rowcol_to_cell

    from ..export.escape import xlsx_workbook
    from ..export.sheet_style import REVIEW_STYLES, SUMMARY_PAGE, page_xlsxwriter, xlsxwriter_formats
    from .outputs import findings_sheet

    buf = BytesIO()
    book = xlsx_workbook(buf)  # a file name or a quoted sentence starting with "=" stays text
    f = xlsxwriter_formats(book, REVIEW_STYLES)
    sheet = book.add_worksheet("汇总")
    for c, (head, width, _) in enumerate(SUMMARY_COLUMNS):
        sheet.write_string(0, c, head, f["header"])
        sheet.set_column(c, c, width)
    for row, r in enumerate(results, start=1):
        read = not r.problem
        counts = [r.count(level) if read else None for level in ("错误", "警告", "提示")]
        values: list[Any] = [r.name, r.unit, r.year, *counts, "是" if read and not r.incomplete else "否", r.pages,
                             _note(r)]
        for c, ((_, _, style), value) in enumerate(zip(SUMMARY_COLUMNS, values, strict=True)):
            if value is None or value == "":
                sheet.write_blank(row, c, None, f[style])
            elif isinstance(value, str):
                sheet.write_string(row, c, value, f[style])
            else:
                sheet.write_number(row, c, value, f[style])
    last = len(results)
    if last:
        span = (1, 0, last, len(SUMMARY_COLUMNS) - 1)
        for criteria, look in (("=ISBLANK($D2)", "failed"), ("=$D2>0", "error"), ('=$G2="否"', "warning")):
            sheet.conditional_format(*span, {"type": "formula", "criteria": criteria, "format": f[look]})
    _total(sheet, f, results, xl_rowcol_to_cell)
    sheet.autofilter(0, 0, max(last, 1), len(SUMMARY_COLUMNS) - 1)  # the 合计 row below it: summing what is shown
    sheet.freeze_panes(1, 1)
    sheet.repeat_rows(0)
    page_xlsxwriter(sheet, SUMMARY_PAGE)
    detail = book.add_worksheet("明细")
    findings_sheet(detail, f, [((r.name, r.unit), x) for r in results for x in r.findings], lead=DETAIL_LEAD)
    book.close()
    return buf.getvalue()


def _total(sheet, f: dict, results: list[Reviewed], cell) -> None:
    """汇总's 合计 row: the documents, the findings by level and the pages of the rows the filter shows
    (SUBTOTAL, written with its value for a reader that does not recalculate), the documents by state."""
    row = len(results) + 1
    if not results:
        return
    sheet.write_string(row, 0, f"合计（{len(results)}份）", f["bold"])
    for c in (1, 2, 6):
        sheet.write_blank(row, c, None, f["bold"])
    for c, level in ((3, "错误"), (4, "警告"), (5, "提示"), (7, "")):
        value = sum((r.count(level) if level else r.pages or 0) for r in results if not r.problem)
        span = f"{cell(1, c)}:{cell(max(row - 1, 1), c)}"
        sheet.write_formula(row, c, f"=SUBTOTAL(109,{span})", f["bold_int"], value)
    sheet.write_string(row, 8, by_state(results), f["bold"])
