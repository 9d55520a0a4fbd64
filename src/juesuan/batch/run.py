"""The batch on Dask: one code path, ``distributed.Client.map`` over chunks of unit files.

Locally it starts a ``LocalCluster`` of worker processes (``workers``); with ``scheduler`` it
runs the same tasks on an existing dask.distributed cluster (every worker needs juesuan
installed and the files on a path it can read). A task is ``worker.process_batch`` on a chunk
of files: it writes that chunk's outputs, converts its PDFs in one LibreOffice call, and
returns rows only (and partial sums for the 部门汇总), so the client's memory does not grow
with the reports. The reduction (pandas) writes the cross-unit workbook.
"""

from __future__ import annotations

import contextlib
import glob
import os
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .worker import DONE, FAILED, PDF_PREFIX, UNREADABLE, UP_TO_DATE, WORKBOOK_SUFFIXES, Options, process_batch

SUFFIXES = (".toml", *WORKBOOK_SUFFIXES)
SUMMARY_NAME = "汇总.xlsx"
OUTPUT_MARKER = ".juesuan-batch"  # in every batch output folder (see ``expand``)


@dataclass
class BatchResult:
    rows: list[dict[str, Any]]
    findings: list[dict[str, str]]
    consolidation: Any = None  # consolidate.Consolidation
    summary: Path | None = None
    seconds: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def failed(self) -> list[dict[str, Any]]:
        """The units (and the 部门汇总) that could not be processed."""
        department = self.extra.get("department_row")
        rows = [*self.rows, *([department] if department is not None else [])]
        return [r for r in rows if r["status"] in (UNREADABLE, FAILED)]


def expand(inputs: list[str], out: Path | None = None) -> list[Path]:
    """Files, folders (searched recursively) and glob patterns → unit files, in a stable order.

    A file reached twice (given by a relative and an absolute path, by a folder and a pattern, or
    through a link) is one unit. A batch output folder (one holding ``OUTPUT_MARKER``: an earlier
    run's recalculated workbooks and 部门汇总) is not searched inside a folder nor matched by a
    pattern, and ``out`` never is; a folder or file given by its own name is read as given."""
    found: list[Path] = []
    seen: set[Path] = set()
    skip = out.resolve() if out is not None else None
    for text in inputs:
        path = Path(text)
        if path.is_dir():
            candidates = _files_in(path, skip)
        elif path.exists():
            candidates = [path]
        else:  # a pattern: what it matches inside an output folder is an earlier run's output
            candidates = sorted(p for p in map(Path, glob.glob(text, recursive=True))
                                if not (p.parent / OUTPUT_MARKER).exists())
        for p in candidates:
            if p.name.startswith(("~$", ".")) or not p.is_file():
                continue
            real = p.resolve()
            if skip is not None and skip in real.parents:
                continue  # our own outputs
            if real not in seen:
                seen.add(real)
                found.append(p)
    return found


def _files_in(folder: Path, skip: Path | None) -> list[Path]:
    """The unit files under ``folder``, batch output folders below it left out."""
    out: list[Path] = []
    for root, dirs, files in os.walk(folder):
        here = Path(root)
        dirs[:] = sorted(d for d in dirs if not (here / d / OUTPUT_MARKER).exists()
                         and (skip is None or (here / d).resolve() != skip))
        out += [here / f for f in files if Path(f).suffix.lower() in SUFFIXES]
    return sorted(out)


def plan(paths: list[Path], reserved: Sequence[str] = ()) -> list[tuple[str, str]]:
    """(file, output stem) pairs. Stems are unique without regard to case (two units named alike
    in two folders: ``a``, ``a(2)``; a third file itself named ``a(2)`` then gets ``a(2)(2)``) and
    never one of ``reserved`` (the 汇总's and the 部门汇总's own names)."""
    used = {name.lower() for name in reserved}
    out = []
    for p in paths:
        stem, n = p.stem, 1
        while stem.lower() in used:
            n += 1
            stem = f"{p.stem}({n})"
        used.add(stem.lower())
        out.append((str(p), stem))
    return out


def chunks(items: list, workers: int, size: int | None = None, *, pdf: bool = False) -> list[list]:
    """Chunks small enough to balance the workers and show progress (at least four a worker),
    large enough that a LibreOffice start (seconds) is shared by many documents: up to 25 units,
    100 when PDFs are made."""
    if size is None:
        size = max(1, min(100 if pdf else 25, -(-len(items) // (max(workers, 1) * 4))))
    return [items[i:i + size] for i in range(0, len(items), size)]


class Progress:
    """完成/失败/预计剩余 on a terminal, one line redrawn; silent when not a TTY (CI, logs)."""

    def __init__(self, total: int, stream=None):
        self.total, self.done, self.failed = total, 0, 0
        self.stream = stream if stream is not None else sys.stderr
        self.live = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.start = time.monotonic()

    def update(self, rows: list[dict]) -> None:
        self.done += len(rows)
        self.failed += sum(1 for r in rows if r["status"] in (UNREADABLE, FAILED))
        if not self.live:
            return
        elapsed = time.monotonic() - self.start
        left = elapsed / self.done * (self.total - self.done) if self.done else 0
        width = 30
        bar = "█" * int(width * self.done / max(self.total, 1))
        self.stream.write(f"\r[{bar:<{width}}] 已处理 {self.done}/{self.total}，失败 {self.failed}，"
                          f"预计剩余 {int(left) // 60:02d}:{int(left) % 60:02d} ")
        self.stream.flush()

    def close(self) -> None:
        if self.live:
            self.stream.write("\n")
            self.stream.flush()


def _cleanup(out: Path, since: float | None = None) -> None:
    """Our own temporary files and folders in ``out`` (``write_atomic``'s and the PDF folders'
    prefixes, never another name): before a run, those an earlier killed run left (stale); after
    it, those made since ``since`` (a worker stopped mid-write). Finished outputs are never touched."""
    import shutil

    from ..export.files import STALE_SECONDS, TEMP_PREFIX

    if not out.is_dir():
        return
    now = time.time()
    for entry in out.iterdir():
        if not entry.name.startswith((TEMP_PREFIX, PDF_PREFIX)) or entry.is_symlink():
            continue
        with contextlib.suppress(OSError):
            mtime = entry.stat().st_mtime
            if (since is not None and mtime >= since - 1) or (since is None and now - mtime >= STALE_SECONDS):
                if entry.is_dir():
                    shutil.rmtree(entry, ignore_errors=True)
                else:
                    entry.unlink()


def mark_output(out: Path) -> None:
    """The marker that makes ``out`` a batch output folder: never read as units by a later run."""
    marker = out / OUTPUT_MARKER
    if not marker.exists():
        with contextlib.suppress(OSError):
            marker.write_text("juesuan batch 的输出文件夹：其中的文件不会被当作单位读入。\n", encoding="utf-8")


def worker_failed(batch: list[tuple[str, str]], exc: BaseException, opts: Options) -> dict[str, Any]:
    """The part of a chunk whose worker process died: each of its units listed as failed."""
    reason = f"工作进程异常退出（{type(exc).__name__}），该批单位未处理完，请重新运行（已完成的单位会跳过）。"
    rows = [{"source": source, "stem": stem, "unit": "", "status": FAILED, "reason": reason}
            for source, stem in batch]
    sums = None
    if opts.consolidate:
        from .consolidate import Accumulator

        sums = Accumulator()
        for source, _ in batch:
            sums.add(None, source=Path(source).name, reason=reason)
    return {"rows": rows, "findings": [], "sums": sums}


def run_batch(inputs: list[str], out: str | Path, *, pdf: bool = False, workers: int = 2,
              scheduler: str | None = None, force: bool = False, consolidate: str | None = None,
              write: bool = True, summary: bool = True, chunk: int | None = None,
              stream=None) -> BatchResult:
    """Process every unit in ``inputs`` into ``out``; the cross-unit workbook ``out/汇总.xlsx``.

    Local workers are spawned processes: a script calling this needs ``if __name__ == "__main__":``."""
    from distributed import as_completed

    from .cluster import capped, client

    start, start_wall = time.monotonic(), time.time()
    out = Path(out)
    if any(Path(i).is_dir() and Path(i).resolve() == out.resolve() for i in inputs):
        raise ValueError("输出目录不能与输入目录相同（输出的工作簿会被当作单位再次读入）。请另指定 --out。")
    out.mkdir(parents=True, exist_ok=True)
    mark_output(out)
    _cleanup(out)
    department = department_stem(consolidate) if consolidate is not None else None
    items = plan(expand(inputs, out), reserved=[Path(SUMMARY_NAME).stem, *([department] if department else [])])
    opts = Options(out=str(out), pdf=pdf, force=force, consolidate=consolidate is not None, write=write)
    order = {stem: i for i, (_, stem) in enumerate(items)}
    rows: list[dict] = []
    findings: list[dict] = []
    work: dict[int, dict[str, float]] = {}
    parts: dict[int, Any] = {}  # the 部门汇总's partial sums by chunk, merged in chunk order (stable)
    progress = Progress(len(items), stream)
    if not scheduler:
        workers, note = capped(workers)
        if note:
            print(note, file=stream if stream is not None else sys.stderr)
    futures: list = []
    try:
        with client(workers, scheduler) as dask_client:
            n = len(dask_client.scheduler_info().get("workers", {})) or workers
            batches = chunks(items, n, chunk, pdf=pdf and write)
            try:
                futures = dask_client.map(process_batch, batches, opts=opts, pure=False)
                index = {f.key: i for i, f in enumerate(futures)}
                for future in as_completed(futures):
                    i = index[future.key]
                    try:
                        part = future.result()
                    except Exception as exc:  # the worker died (memory, killed): its units are listed
                        part = worker_failed(batches[i], exc, opts)
                    rows.extend(part["rows"])
                    if "work" in part:  # CPU and wall seconds per worker process (the benchmark's)
                        busy = work.setdefault(part["work"]["pid"], {"cpu": 0.0, "wall": 0.0, "units": 0})
                        busy["cpu"] += part["work"]["cpu"]
                        busy["wall"] += part["work"]["wall"]
                        busy["units"] += len(part["rows"])
                    findings.extend(part["findings"])
                    if part["sums"] is not None:
                        parts[i] = part["sums"]
                    progress.update(part["rows"])
                    future.release()
            except KeyboardInterrupt:
                for future in futures:
                    future.cancel()
                raise
    finally:
        progress.close()
        _cleanup(out, since=start_wall)
    rows.sort(key=lambda r: order[r["stem"]])
    level = {"错误": 0, "警告": 1, "提示": 2}
    findings.sort(key=lambda f: (level[f["level"]], order[f["stem"]]))
    result = BatchResult(rows, findings, extra={"workers": work})
    if consolidate is not None:
        sums = None
        for i in sorted(parts):
            sums = parts[i] if sums is None else sums.merge(parts[i])
        result.consolidation = _department(sums, consolidate, str(department), out, opts, result)
    if summary:
        from .summary import write_summary

        result.summary = write_summary(result, out / SUMMARY_NAME)
    result.seconds = time.monotonic() - start
    return result


def department_stem(name: str) -> str:
    """The file name (without suffix) of the 部门汇总's data file, workbook and report."""
    from ..export.files import output_name

    return output_name(name, "部门汇总", fallback="部门", limit=235)


def _department(sums, name: str, stem: str, out: Path, opts: Options, result: BatchResult):
    """The 部门汇总 data file, and its own workbook and report (the same code as any unit); none
    when a sum breaks an input limit (the findings say which)."""
    from ..core.findings import sort_findings
    from ..export.document import write_atomic
    from .consolidate import Accumulator, dumps
    from .worker import convert_pdfs, finding_row, process_unit

    done = (sums or Accumulator()).finish(name)
    path = out / f"{stem}.toml"
    if not done.writable:
        result.extra["department_row"] = {
            "source": str(path), "stem": stem, "unit": name, "status": FAILED, "role": "部门汇总",
            "reason": "部门汇总数超出数据文件的上限，未生成部门汇总文件（见审核汇总）。"}
    else:
        write_atomic(path, dumps(done).encode("utf-8"))  # a rerun keeps the last one as .bak
    if opts.write and done.writable:
        row, found, _ = process_unit(path, stem, Options(out=opts.out, pdf=opts.pdf, force=True))
        if opts.pdf and row["status"] == DONE:
            for _, error in convert_pdfs([out / f"{stem}.docx"], opts).items():
                row["reason"] = error
        row["role"] = "部门汇总"
        result.extra["department_row"] = row
        result.extra["department_findings"] = found
    result.findings[:0] = [finding_row(name, stem, f) for f in sort_findings(list(done.findings))]
    return done


def collect(paths: Sequence[str | Path], name: str | None = None) -> BatchResult:
    """Analyse unit files in this process (no Dask, no per-unit files): the rows, every finding and
    the 部门汇总 when ``name`` is given. For the 汇总 button and ``summarize_workbooks``."""
    from .consolidate import Accumulator
    from .worker import process_unit

    opts = Options(out=str(Path.cwd()), write=False)
    rows, findings, acc = [], [], Accumulator()
    for i, p in enumerate(paths):
        row, found, unit = process_unit(p, f"{Path(p).stem}#{i}", opts)
        rows.append(row)
        findings.extend(found)
        if unit is None:
            acc.add(None, source=Path(p).name, reason=row["reason"] or row["status"])
        else:
            acc.add(unit[0], unit[1], source=str(p))
    done = None
    if name:  # the 部门汇总 and its own findings (internal flows that disagree, units left out)
        from ..core.findings import sort_findings
        from .worker import finding_row

        done = acc.finish(name)
        findings[:0] = [finding_row(name, "部门汇总", f) for f in sort_findings(list(done.findings))]
    level = {"错误": 0, "警告": 1, "提示": 2}
    findings.sort(key=lambda f: level[f["level"]])
    return BatchResult(rows, findings, done)


def summarize_workbooks(paths: Sequence[str | Path], target: str | Path, name: str | None = None) -> Path:
    """The cross-unit workbook ``target`` for these unit files, analysed in this process."""
    from .summary import write_summary

    return write_summary(collect(paths, name), Path(target))


__all__ = ["DONE", "UP_TO_DATE", "BatchResult", "collect", "run_batch", "summarize_workbooks"]
