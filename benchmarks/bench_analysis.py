"""Benchmark: analysis time of the sample unit and of a synthetic unit with 300 function lines.

Run: ``.venv/bin/python benchmarks/bench_analysis.py`` (or ``make bench``). Reports the median
of repeated runs; it asserts nothing.
"""

from __future__ import annotations

from decimal import Decimal

from timing import timed

from juesuan.core.parse import parse
from juesuan.report import analyze
from juesuan.sources.datafile import load_sample, to_document


def synthetic(lines: int = 300) -> dict:
    """The sample unit with its functions replaced by ``lines`` 项-level lines under 20 类."""
    data, _ = load_sample()
    doc = to_document(data)
    classes = ["201", "203", "204", "205", "206", "207", "208", "210", "211", "212", "213", "214",
               "215", "216", "220", "221", "222", "224", "229", "209"]
    rows = []
    for i in range(lines):
        code = f"{classes[i % 20]}{(i // 20) % 100:02d}{i % 7 + 1:02d}"
        rows.append({"code": code, "name": f"科目{code}", "budget": Decimal(10000 + i),
                     "final": Decimal(9000 + 3 * i) + Decimal("0.37"), "prior_final": Decimal(8000 + i)})
    doc["functions"] = rows
    return doc




def main() -> None:
    doc = synthetic()
    t_sample = timed(lambda: analyze(*load_sample()), 50)
    t_big = timed(lambda: analyze(*parse(doc)), 20)
    n_lines = len(analyze(*parse(doc)).figures.function_detail)
    print(f"sample unit: read + analyse, median of 50: {t_sample * 1000:.1f} ms")
    print(f"synthetic unit, 300 function lines ({n_lines} with roll-up): median of 20: {t_big * 1000:.1f} ms")


if __name__ == "__main__":
    main()
