"""Batch throughput on generated units (not a test): units/second, 2 workers vs 1, peak memory,
and LibreOffice one-process-per-file vs one call for many files.

    .venv/bin/python benchmarks/bench_batch.py                 # the full plan (long)
    .venv/bin/python benchmarks/bench_batch.py --sizes 20 200 --modes analysis word
    .venv/bin/python benchmarks/bench_batch.py --sizes --speedup 0 --lo 0 --memory 40 160
    .venv/bin/python benchmarks/bench_batch.py --sizes --speedup 0 --lo 0 --profile 20   # 20 units, Word mode, CPU time

    .venv/bin/python benchmarks/bench_batch.py --sizes --speedup 200 --lo 0 --memory   # 1 vs 2 workers, ~2 min
    nice -n 19 .venv/bin/python benchmarks/bench_batch.py --sizes 2000 --modes word --skip --speedup 0 --lo 0 \
        --memory --progress 120                                        # 2,000 units, a progress line every 2 minutes

``--speedup N``: N units with 1 worker, then with 2: the wall-clock ratio (meaningful on a quiet
machine only) and the ratio on dedicated cores projected from CPU time (each run's serial part,
the wall seconds no worker is busy, plus its busiest worker's CPU seconds), with each worker's
units, CPU and wall seconds. ``--progress S``: every S seconds the units done, the tree's CPU
seconds and the projected end (for long runs left in the background).
``--memory A B``: Word mode at A and B units; the peak of the process tree and of the largest
worker at each, and their ratio (flat memory: B/A near 1). ``--profile N``: cProfile (CPU time) of N
units in Word mode (after a first unit has warmed the imports), the functions taking the most time.

Modes: ``analysis`` (read + analyse, no files), ``word`` (recalculated workbook + Word report),
``pdf`` (workbook + Word + PDF). Memory is the peak resident size of this process and of the
whole process tree (scheduler and workers included), sampled every 0.2 s.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import threading
import time
from pathlib import Path

import psutil

from juesuan.batch import generate
from juesuan.batch.run import run_batch


class PeakMemory:
    """Peak RSS of this process (client and scheduler), of the largest child (a worker) and of the
    whole tree, sampled in a thread."""

    def __init__(self, interval: float = 0.2):
        self.interval, self.own, self.tree, self.worker = interval, 0, 0, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = psutil.Process()
        while not self._stop.is_set():
            try:
                own = me.memory_info().rss
                children = [c.memory_info().rss for c in me.children(recursive=True)]
            except psutil.Error:
                continue
            self.own, self.tree = max(self.own, own), max(self.tree, own + sum(children))
            self.worker = max(self.worker, *children, 0)
            self._stop.wait(self.interval)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


CORES = psutil.cpu_count() or 1


def _cpu() -> float:
    """CPU seconds of this process and of its ended children (the workers, once closed), LibreOffice included."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def units(folder: Path, n: int) -> Path:
    target = folder / f"units-{n}"
    if not target.exists():
        generate.write(target, generate.department(2026, n, broken=max(1, n // 50)))
    return target


class Progress:
    """Every ``interval`` seconds a line: units with a Word report and with a PDF so far, the
    process tree's CPU seconds, and the run's end projected from the rate so far (wall clock and
    dedicated cores). For long runs left in the background."""

    def __init__(self, out: Path, n: int, mode: str, workers: int, interval: float):
        self.out, self.n, self.mode, self.workers, self.interval = out, n, mode, workers, interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _tree_cpu(self) -> float:
        total = 0.0
        for p in [psutil.Process(), *psutil.Process().children(recursive=True)]:
            try:
                t = p.cpu_times()
            except psutil.Error:
                continue
            total += t.user + t.system + t.children_user + t.children_system
        return total

    def _run(self) -> None:
        start, cpu0 = time.perf_counter(), self._tree_cpu()
        while not self._stop.wait(self.interval):
            wall, cpu = time.perf_counter() - start, self._tree_cpu() - cpu0
            docx = sum(1 for _ in self.out.glob("*.docx"))
            pdf = sum(1 for _ in self.out.glob("*.pdf"))
            # in PDF mode a unit with its Word report but no PDF yet counts for the Word part's
            # share of the work (about a third, from 20 units)
            done = pdf + (docx - pdf) * WORD_SHARE if self.mode == "pdf" else docx
            line = (f"{time.strftime('%H:%M:%S')} {wall:7.0f} s: {docx}/{self.n} Word, {pdf}/{self.n} PDF; "
                    f"tree CPU {cpu:.0f} s; load average {psutil.getloadavg()[0]:.1f}")
            if done:
                line += (f"; projected total {wall * self.n / done / 60:.0f} min wall clock, "
                         f"{cpu * self.n / done / min(self.workers, CORES) / 60:.0f} min on dedicated cores "
                         f"({cpu / done:.2f} CPU-s a unit)")
            print(line, flush=True)

    def __enter__(self) -> Progress:
        if self.interval:
            self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        if self.interval:
            self._thread.join()


PROGRESS_SECONDS = 0.0  # --progress
WORD_SHARE = 0.3


def batch(folder: Path, n: int, mode: str, workers: int) -> dict:
    out = folder / f"out-{mode}-{n}-{workers}"
    shutil.rmtree(out, ignore_errors=True)
    source = units(folder, n)  # generated before the clock starts
    with PeakMemory() as mem, Progress(out, n, mode, workers, PROGRESS_SECONDS):
        start, cpu, own = time.perf_counter(), _cpu(), _own_cpu()
        result = run_batch([str(source)], out, workers=workers, pdf=mode == "pdf",
                           write=mode != "analysis")
        seconds, cpu, own = time.perf_counter() - start, _cpu() - cpu, _own_cpu() - own
    assert len(result.rows) == n
    busy = sorted(result.extra.get("workers", {}).values(), key=lambda w: -w["cpu"])
    task = sum(w["cpu"] for w in busy)
    return {"n": n, "mode": mode, "workers": workers, "seconds": seconds, "rate": n / seconds,
            "cpu": cpu, "cpu_rate": n / (cpu / min(workers, CORES)),
            "task_cpu": task, "own_cpu": own, "busy": busy,
            # the part of the run no worker is busy (start, imports, the 汇总): serial by nature
            "serial": max(0.0, seconds - max((w["wall"] for w in busy), default=0.0)),
            "own_mb": mem.own / 2**20, "tree_mb": mem.tree / 2**20, "worker_mb": mem.worker / 2**20,
            "failed": len(result.failed)}


def _own_cpu() -> float:
    """CPU seconds of this process alone (the client and the scheduler)."""
    t = os.times()
    return t.user + t.system


def per_worker(r: dict) -> str:
    """Each worker's units, CPU seconds in its tasks, wall seconds in its tasks and their ratio (1.0
    on a core of its own; lower when the machine's other work takes turns on it)."""
    return "; ".join(f"worker {i + 1}: {w['units']} units, CPU {w['cpu']:.1f} s, wall {w['wall']:.1f} s "
                     f"({w['cpu'] / w['wall']:.0%} of a core)" for i, w in enumerate(r["busy"]) if w["wall"])


def speedup(folder: Path, n: int) -> None:
    """1 worker vs 2 on ``n`` units, Word mode: the wall-clock ratio (meaningful on a quiet
    machine) and the ratio on dedicated cores projected from CPU time: each run's serial part
    (wall seconds no worker was busy) plus its busiest worker's CPU seconds."""
    one = batch(folder, n, "word", 1)
    two = batch(folder, n, "word", 2)
    projected = [r["serial"] + r["busy"][0]["cpu"] for r in (one, two)]
    print(f"speed-up word mode, {n} units: 1 worker {one['seconds']:.1f} s, 2 workers {two['seconds']:.1f} s "
          f"→ {one['seconds'] / two['seconds']:.2f}× wall clock (load average {psutil.getloadavg()[0]:.1f}); "
          f"on dedicated cores (serial part + busiest worker's CPU): {projected[0]:.1f} s vs {projected[1]:.1f} s "
          f"→ {projected[0] / projected[1]:.2f}× (target ≥ 1.7×)", flush=True)
    for r in (one, two):
        print(f"  {r['workers']} worker(s): serial {r['serial']:.1f} s, client {r['own_cpu']:.1f} CPU-s, "
              f"tasks {r['task_cpu'] / n:.3f} CPU-s a unit; {per_worker(r)}", flush=True)


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


def memory(folder: Path, sizes: list[int]) -> None:
    """Peak memory in Word mode at each size, and the ratio of the largest to the smallest."""
    runs = [batch(folder, n, "word", 2) for n in sizes]
    for r in runs:
        print(f"memory, word mode, {r['n']:>5} units: tree {r['tree_mb']:.0f} MB (client {r['own_mb']:.0f} MB, "
              f"largest worker {r['worker_mb']:.0f} MB), {r['rate']:.2f} units/s (CPU {r['cpu_rate']:.2f})", flush=True)
    print(f"peak memory {sizes[-1]} vs {sizes[0]} units: tree {runs[-1]['tree_mb'] / runs[0]['tree_mb']:.2f}×, "
          f"worker {runs[-1]['worker_mb'] / runs[0]['worker_mb']:.2f}× (target ≤ 1.25×)", flush=True)


def profile(folder: Path, n: int, top: int = 25) -> None:
    """cProfile of ``n`` units in Word mode (workbook + Word report), imports warmed by a first unit.

    The profiler counts CPU time of this process (not wall time): on a shared machine the wall
    clock measures the neighbours as much as the code."""
    import cProfile
    import pstats

    from juesuan.batch.worker import Options, process_unit

    files = sorted(units(folder, 20).glob("*.toml"))
    opts = Options(out=str(folder / "out-profile"), force=True)
    process_unit(files[0], "warm", opts)
    prof = cProfile.Profile(time.process_time)
    start = time.process_time()
    for i in range(n):
        prof.runcall(process_unit, files[1 + i % (len(files) - 1)], f"profiled-{i}", opts)
    print(f"{n} units, Word mode: {(time.process_time() - start) / n:.3f} s CPU per unit under the profiler")
    pstats.Stats(prof).sort_stats("cumulative").print_stats(top)
    pstats.Stats(prof).sort_stats("tottime").print_stats(top)


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--sizes", type=int, nargs="*", default=[20, 200, 2000])
    p.add_argument("--modes", nargs="*", default=["analysis", "word", "pdf"])
    p.add_argument("--skip", nargs="*", default=["word:2000", "pdf:2000"],
                   help="mode:size pairs not run (too slow on this machine)")
    p.add_argument("--speedup", type=int, default=200, help="units for the 1 vs 2 workers run (word mode)")
    p.add_argument("--lo", type=int, default=10, help="documents for the LibreOffice comparison")
    p.add_argument("--memory", type=int, nargs="*", default=[40, 160],
                   help="sizes for the memory comparison (word mode); none to skip")
    p.add_argument("--profile", type=int, nargs="?", const=10, default=0, metavar="UNITS",
                   help="cProfile UNITS units (default 10) in Word mode, CPU time")
    p.add_argument("--progress", type=float, default=0.0, metavar="SECONDS",
                   help="a progress line with the projected end every SECONDS (long runs)")
    p.add_argument("--dir", help="working folder (default: a temporary one)")
    args = p.parse_args()
    global PROGRESS_SECONDS
    PROGRESS_SECONDS = args.progress
    folder = Path(args.dir or tempfile.mkdtemp(prefix="juesuan-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"working folder: {folder}; CPUs: {psutil.cpu_count()}; load average: {psutil.getloadavg()}")
    if args.profile:
        profile(folder, args.profile)
    print("units/s: wall clock (on a machine shared with other work it is lower than the machine can do); "
          "CPU units/s: units per CPU-second × workers, the rate on dedicated cores; 2,000 units: "
          "projected from the wall-clock rate (CPU rate in brackets)")
    print("CPU s/unit: the whole process tree's CPU seconds a unit (client, scheduler, workers' start "
          "and tasks); task s/unit: the workers' CPU seconds inside their tasks a unit")
    print(f"{'mode':<9}{'units':>6}{'workers':>8}{'seconds':>9}{'units/s':>9}{'CPU units/s':>12}"
          f"{'CPU s/unit':>10}{'task s/u':>10}{'client MB':>11}"
          f"{'tree MB':>9}{'2,000 units':>20}")
    rows = []
    for mode in args.modes:
        for n in args.sizes:
            if f"{mode}:{n}" in args.skip:
                print(f"{mode:<9}{n:>6}   skipped")
                continue
            r = batch(folder, n, mode, 2)
            rows.append(r)
            wall, cpu = 2000 / r["rate"] / 60, 2000 / r["cpu_rate"] / 60
            print(f"{mode:<9}{n:>6}{2:>8}{r['seconds']:>9.1f}{r['rate']:>9.2f}{r['cpu_rate']:>12.2f}"
                  f"{r['cpu'] / n:>10.3f}{r['task_cpu'] / n:>10.3f}{r['own_mb']:>11.0f}"
                  f"{r['tree_mb']:>9.0f}{wall:>9.1f} min ({cpu:.1f} min)", flush=True)
            print(f"  {per_worker(r)}; client {r['own_cpu']:.1f} CPU-s; serial {r['serial']:.1f} s", flush=True)
    if args.speedup:
        speedup(folder, args.speedup)
    if args.memory:
        memory(folder, sorted(args.memory))
    if args.lo:
        single, batched = libreoffice(folder, args.lo)
        print(f"LibreOffice, {args.lo} documents: one process per file {single:.1f} s, one call {batched:.1f} s "
              f"→ {single / batched:.1f}× faster batched", flush=True)
    print(f"load average at the end: {psutil.getloadavg()}")


if __name__ == "__main__":
    main()
