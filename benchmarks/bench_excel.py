"""Benchmark of the 重新计算 button on the sample workbook, through xlwings' remote engine.

Reports: Excel actions per 重新计算 (each is one round trip in desktop Excel), Python time of
the recalculation, the import time of ``juesuan.excel`` (``python -X importtime``) and which heavy
libraries that import pulls in, and the time of ``juesuan recalc`` (openpyxl) on the same file.
Run: ``.venv/bin/python benchmarks/bench_excel.py`` (or ``make bench``). Asserts nothing.
"""

from __future__ import annotations

import collections
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from juesuan.excel import remote

remote.enable()

import xlwings as xw  # noqa: E402

from juesuan.report import analyze  # noqa: E402
from juesuan.sources.datafile import load_sample  # noqa: E402
from juesuan.workbook.build import build  # noqa: E402
from juesuan.workbook.edit import recalc  # noqa: E402


def import_time() -> tuple[float, list[str]]:
    env = {**os.environ, "XLWINGS_LICENSE_KEY": "noncommercial"}
    code = "import juesuan.excel"
    samples = []
    for _ in range(5):
        out = subprocess.run([sys.executable, "-X", "importtime", "-c", code], capture_output=True, text=True,
                             env=env, check=True)
        line = [x for x in out.stderr.splitlines() if x.rstrip().endswith("| juesuan.excel")][-1]
        samples.append(int(re.split(r"\|", line)[1]) / 1e6)
    heavy = subprocess.run([sys.executable, "-c", code + "; import sys; print(' '.join(m for m in "
                            "('matplotlib', 'docx', 'pandas', 'openpyxl', 'xlsxwriter') if m in sys.modules))"],
                           capture_output=True, text=True, env=env, check=True).stdout.split()
    return statistics.median(samples), heavy


def main() -> None:
    from juesuan import excel

    data, findings = load_sample()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "sample.xlsm"
        path.write_bytes(build(data, analyze(data, findings)))
        times, counts = [], None
        for _ in range(10):
            book = remote.book_from_file(path)
            xw.Book.set_mock_caller(book)
            start = time.perf_counter()
            excel.recalculate()
            times.append(time.perf_counter() - start)
            counts = collections.Counter(a["func"] for a in book.json()["actions"])
        file_times = []
        for _ in range(5):
            start = time.perf_counter()
            recalc(path)
            file_times.append(time.perf_counter() - start)
    total = sum(counts.values())
    print(f"Excel actions per 重新计算: {total} — " + ", ".join(f"{k} {v}" for k, v in counts.most_common()))
    from juesuan.sources import layout as L

    print(f"  (reads: one range read per input sheet, {len(L.INPUT_SHEETS)} sheets, and one of the hidden "
          f"“{L.PUBLIC_DATA}” column; in a test all come from the payload Excel sends)")
    print(f"Python time of 重新计算 (remote engine, median of 10): {statistics.median(times) * 1000:.0f} ms")
    seconds, heavy = import_time()
    print(f"import juesuan.excel (python -X importtime, median of 5): {seconds * 1000:.0f} ms; "
          f"heavy libraries imported: {', '.join(heavy) or 'none'}")
    print(f"juesuan recalc on the file (openpyxl load + write + save, median of 5): "
          f"{statistics.median(file_times):.2f} s")


if __name__ == "__main__":
    main()
