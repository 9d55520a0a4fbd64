"""Throughput of ``juesuan review FOLDER`` (not a test): documents a minute, one worker against two.

The opened stand-in documents of tests/data/review_adv (sealed ones are not used), each as .docx and as a
glyph-by-glyph PDF (as Word/WPS export), written to a folder — ``--copies N`` times over, to make dozens —
and reviewed as a 财政局 reviewer runs it, in a child process (the command's start-up counted):

    .venv/bin/python benchmarks/bench_review_many.py [OUTDIR] [--copies 2] [--workers 1 2]

Prints, per worker count, the documents, the wall seconds, documents a minute, the CPU seconds of the whole
process tree (a shared machine's wall time is noisy; CPU time is not), and the rows by state. Totals only.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT)]

from tests.test_review_adv import build_docx, build_glyphs, load, open_ids  # noqa: E402


def folder(outdir: Path, copies: int) -> Path:
    """The opened documents as .docx and glyph PDF, ``copies`` times (reused when present)."""
    docs = outdir / "报送材料"
    docs.mkdir(parents=True, exist_ok=True)
    for doc_id in open_ids():
        first = docs / f"{doc_id}-1.docx"
        if not first.exists():
            build_docx(load(doc_id), first)
            build_glyphs(load(doc_id), docs / f"{doc_id}-1.pdf")
        for k in range(2, copies + 1):
            for suffix in (".docx", ".pdf"):
                target = docs / f"{doc_id}-{k}{suffix}"
                if not target.exists():
                    shutil.copy(docs / f"{doc_id}-1{suffix}", target)
    return docs


def run(docs: Path, workers: int, out: Path) -> tuple[int, float, float, Counter[str]]:
    before, start = os.times(), time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "juesuan", "review", str(docs), "--json", "--workers", str(workers),
                           "--xlsx", str(out), "--force"], capture_output=True, text=True, encoding="utf-8")
    wall, after = time.perf_counter() - start, os.times()
    if done.returncode not in (0, 1, 2, 4, 5):
        raise SystemExit(f"review failed ({done.returncode}): {done.stderr[-2000:]}")
    rows = json.loads(done.stdout)
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return len(rows), wall, cpu, Counter(r["state"] for r in rows)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("outdir", nargs="?", help="where the documents are written (default: a temporary folder)")
    p.add_argument("--copies", type=int, default=2, help="each document this many times (default 2)")
    p.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = p.parse_args()
    outdir = Path(args.outdir) if args.outdir else Path(tempfile.mkdtemp(prefix="review_many_"))
    t0 = time.perf_counter()
    docs = folder(outdir, args.copies)
    print(f"documents in {docs} ({time.perf_counter() - t0:.0f} s to write)")
    print(f"{'workers':>7} {'documents':>9} {'wall s':>7} {'docs/min':>8} {'CPU s':>7} {'CPU s/doc':>9}  states")
    for n in args.workers:
        count, wall, cpu, states = run(docs, n, outdir / f"汇总-{n}.xlsx")
        print(f"{n:>7} {count:>9} {wall:>7.1f} {count * 60 / wall:>8.1f} {cpu:>7.1f} {cpu / count:>9.2f}  "
              + ", ".join(f"{k} {v}" for k, v in sorted(states.items())))


if __name__ == "__main__":
    main()
