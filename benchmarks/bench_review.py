"""Benchmark 审阅: mutation detection on juesuan's own reports, and seconds per PDF page.

Run: ``.venv/bin/python benchmarks/bench_review.py [units] [mutants-per-unit]`` (defaults 100 × 4).

1. For random units (tests/units.py, balanced so juesuan itself reports no 收支不平衡), take
   the report text, check it reviews clean, then change one figure or one direction word at
   random (tests/review_mutants.py) and count the mutants the review flags. Prints the share
   detected and the kinds missed, with examples.
2. Builds a report of about 30 pages (the sample unit with many 功能分类 lines), converts it to
   PDF with LibreOffice and times ``review_path`` on it: seconds per page.
"""

from __future__ import annotations

import collections
import random
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import seed as seed_hypothesis  # noqa: E402

from juesuan.core.parse import parse  # noqa: E402
from juesuan.report import analyze  # noqa: E402
from juesuan.review import review_path, review_text  # noqa: E402
from tests.review_mutants import mutate  # noqa: E402
from tests.test_review import balanced  # noqa: E402


def reports(n: int, seed: int) -> list[tuple[str, str]]:
    """(report unit 元/万元, report text) of ``n`` random units (reproducible for a seed)."""
    texts: list[tuple[str, str]] = []

    @seed_hypothesis(seed)
    @settings(max_examples=n, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(balanced())
    def collect(doc):
        report = analyze(parse(doc)[0])
        texts.append((report.data.settings.report_unit, report.text()))

    collect()
    return texts


def sample_text() -> str:
    from juesuan.sources.datafile import load_sample

    return analyze(load_sample()[0]).text()


def mutation(label: str, texts: list[str], per_unit: int, seed: int = 2026) -> None:
    rng = random.Random(seed)
    false_alarms = sum(1 for t in texts if review_text(t))
    total = detected = 0
    missed: collections.Counter[str] = collections.Counter()
    examples: dict[str, list[str]] = collections.defaultdict(list)
    start = time.perf_counter()
    for text in texts:
        made = tries = 0
        while made < per_unit and tries < per_unit * 5:
            tries += 1
            m = mutate(text, rng)
            if m is None:
                continue
            made += 1
            total += 1
            if review_text(m[0]):
                detected += 1
            else:
                missed[m[1]] += 1
                if len(examples[m[1]]) < 2:
                    examples[m[1]].append(m[2])
    elapsed = time.perf_counter() - start
    print(f"== {label}")
    print(f"units: {len(texts)} ({false_alarms} with a finding on the unchanged report)")
    print(
        f"mutants: {total}, detected: {detected} ({detected / max(total, 1):.1%}), "
        f"review time {elapsed / max(total, 1) * 1000:.1f} ms per mutant"
    )
    print("missed by kind:")
    for kind, count in missed.most_common():
        print(f"  {kind}: {count}")
        for ex in examples[kind]:
            print(f"      e.g. {ex}")


def pdf_speed() -> None:
    from bench_analysis import synthetic

    from juesuan.export.document import export_report
    from juesuan.export.office import find_soffice

    if find_soffice() is None:
        print("LibreOffice missing: PDF timing skipped")
        return
    import pdfplumber

    doc = synthetic(260)
    report = analyze(parse(doc)[0])
    with tempfile.TemporaryDirectory() as tmp, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = export_report(report, docx=Path(tmp) / "long.docx", pdf=True, overwrite=True)
        if result.pdf is None:
            print("PDF not produced:", result.pdf_message)
            return
        with pdfplumber.open(str(result.pdf)) as pdf:
            pages = len(pdf.pages)
        times = []
        for _ in range(3):
            t0 = time.perf_counter()
            found = review_path(result.pdf)
            times.append(time.perf_counter() - t0)
        best = sorted(times)[1]
        print(
            f"PDF of {pages} pages: review {best:.2f} s (median of 3), {best / pages:.3f} s per page, "
            f"{len(found)} findings"
        )


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    n_units = int(args[0]) if args else 100
    per_unit = int(args[1]) if len(args) > 1 else 4
    mutation("the sample unit (奈曼旗政务服务中心 2021)", [sample_text()], max(per_unit * 50, 200))
    units = reports(n_units, 2026)
    mutation(f"{len(units)} random units, all", [t for _, t in units], per_unit)
    for unit in ("元", "万元"):
        mutation(f"random units reported in {unit}", [t for u, t in units if u == unit], per_unit)
    if "--no-pdf" not in sys.argv:
        pdf_speed()


if __name__ == "__main__":
    main()
