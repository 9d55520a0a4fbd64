"""Batch throughput on generated units (not a test): units/second, 2 workers vs 1, peak memory,
and LibreOffice one-process-per-file vs one call for many files.

    .venv/bin/python benchmarks/bench_batch.py                 # the full plan (long)
    .venv/bin/python benchmarks/bench_batch.py --sizes 20 200 --modes analysis word

Modes: ``analysis`` (read + analyse, no files), ``word`` (recalculated workbook + Word report),
``pdf`` (workbook + Word + PDF). Memory is the peak resident size of this process and of the
whole process tree (scheduler and workers included), sampled every 0.2 s.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import threading
import time
from pathlib import Path

import psutil

from juesuan.batch import generate
from juesuan.batch.run import run_batch


class PeakMemory:
    """Peak RSS of this process and of this process plus its children, sampled in a thread."""

    def __init__(self, interval: float = 0.2):
        self.interval, self.own, self.tree = interval, 0, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = psutil.Process()
        while not self._stop.is_set():
            try:
                own = me.memory_info().rss
                tree = own + sum(c.memory_info().rss for c in me.children(recursive=True))
            except psutil.Error:
                continue
            self.own, self.tree = max(self.own, own), max(self.tree, tree)
            self._stop.wait(self.interval)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def units(folder: Path, n: int) -> Path:
    target = folder / f"units-{n}"
    if not target.exists():
        generate.write(target, generate.department(2026, n, broken=max(1, n // 50)))
    return target


def batch(folder: Path, n: int, mode: str, workers: int) -> dict:
    out = folder / f"out-{mode}-{n}-{workers}"
    shutil.rmtree(out, ignore_errors=True)
    source = units(folder, n)  # generated before the clock starts
    with PeakMemory() as mem:
        start = time.perf_counter()
        result = run_batch([str(source)], out, workers=workers, pdf=mode == "pdf",
                           write=mode != "analysis")
        seconds = time.perf_counter() - start
    assert len(result.rows) == n
    return {"n": n, "mode": mode, "workers": workers, "seconds": seconds, "rate": n / seconds,
            "own_mb": mem.own / 2**20, "tree_mb": mem.tree / 2**20, "failed": len(result.failed)}


def libreoffice(folder: Path, n: int) -> tuple[float, float]:
    """Seconds to convert n documents: one soffice per file, then one soffice for all."""
    from juesuan.export.office import convert, convert_many

    docs = sorted((folder / "out-word-20-2").glob("*.docx"))[:n]
    if len(docs) < n:
        run_batch([str(units(folder, 20))], folder / "out-word-20-2", workers=2)
        docs = sorted((folder / "out-word-20-2").glob("*.docx"))[:n]
    single, many = folder / "lo-single", folder / "lo-many"
    for d in (single, many):
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir()
    start = time.perf_counter()
    for doc in docs:
        convert(doc, "pdf", single)
    one_each = time.perf_counter() - start
    start = time.perf_counter()
    made = convert_many(docs, "pdf", many)
    batched = time.perf_counter() - start
    assert all(made.values())
    return one_each, batched


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--sizes", type=int, nargs="+", default=[20, 200, 2000])
    p.add_argument("--modes", nargs="*", default=["analysis", "word", "pdf"])
    p.add_argument("--skip", nargs="*", default=["word:2000", "pdf:2000"],
                   help="mode:size pairs not run (too slow on this machine)")
    p.add_argument("--speedup", type=int, default=40, help="units for the 1 vs 2 workers run (word mode)")
    p.add_argument("--lo", type=int, default=10, help="documents for the LibreOffice comparison")
    p.add_argument("--dir", help="working folder (default: a temporary one)")
    args = p.parse_args()
    folder = Path(args.dir or tempfile.mkdtemp(prefix="juesuan-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"working folder: {folder}; CPUs: {psutil.cpu_count()}; load average: {psutil.getloadavg()}")
    print(f"{'mode':<9}{'units':>6}{'workers':>8}{'seconds':>9}{'units/s':>9}{'client MB':>11}{'tree MB':>9}")
    rows = []
    for mode in args.modes:
        for n in args.sizes:
            if f"{mode}:{n}" in args.skip:
                print(f"{mode:<9}{n:>6}   skipped")
                continue
            r = batch(folder, n, mode, 2)
            rows.append(r)
            print(f"{mode:<9}{n:>6}{2:>8}{r['seconds']:>9.1f}{r['rate']:>9.2f}{r['own_mb']:>11.0f}{r['tree_mb']:>9.0f}",
                  flush=True)
    if args.speedup:
        one = batch(folder, args.speedup, "word", 1)
        two = batch(folder, args.speedup, "word", 2)
        print(f"speed-up word mode, {args.speedup} units: 1 worker {one['seconds']:.1f} s, 2 workers "
              f"{two['seconds']:.1f} s → {one['seconds'] / two['seconds']:.2f}×", flush=True)
    if args.lo:
        single, batched = libreoffice(folder, args.lo)
        print(f"LibreOffice, {args.lo} documents: one process per file {single:.1f} s, one call {batched:.1f} s "
              f"→ {single / batched:.1f}× faster batched", flush=True)
    print(f"load average at the end: {psutil.getloadavg()}")


if __name__ == "__main__":
    main()
