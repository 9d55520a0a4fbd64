"""Benchmark 审阅 on real published text: precision and recall on tests/data/review_corpus.

Run: ``.venv/bin python benchmarks/bench_review_corpus.py [-v]``

Every passage (published 决算 / 预算 disclosure text, transcribed with its source) is reviewed with
``juesuan.review.review_text``. A hand-established error counts as found when a finding points at
the same figure and, where the finding states a correct value, the same one
(tests/test_review_corpus.py ``matches``). A finding at level 错误/警告 that matches no established
error is a false alarm; an unmatched 提示 is listed, not counted. Printed overall, for the tuning
set and for the held-out third (which the review rules must not be tuned on), for 决算 only, with
false alarms per passage and milliseconds per passage. ``-v`` lists every miss and false alarm.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from juesuan.review import review_text  # noqa: E402
from tests.test_review_corpus import Passage, Score, load_corpus, score  # noqa: E402


def run(passages: list[Passage]) -> tuple[Score, float]:
    s = Score()
    start = time.perf_counter()
    for p in passages:
        score(p, review_text(p.text), s)
    return s, time.perf_counter() - start


def line(label: str, s: Score, seconds: float) -> str:
    per = seconds / max(s.passages, 1) * 1000
    return (
        f"{label:<22} passages {s.passages:>3}  errors {s.errors:>3}  found {s.found:>3}  "
        f"recall {s.recall:6.1%}  precision {s.precision:6.1%}  false alarms {s.false_alarms:>3} "
        f"({s.false_alarms / max(s.passages, 1):.2f}/passage)  提示 {s.notes}  {per:.1f} ms/passage"
    )


def main() -> None:
    verbose = "-v" in sys.argv
    corpus = load_corpus()
    review_text(corpus[0].text)  # warm up imports
    groups = {
        "all": corpus,
        "tuning": [p for p in corpus if not p.held_out],
        "held-out": [p for p in corpus if p.held_out],
        "决算 only": [p for p in corpus if p.doc == "决算"],
        "clean passages": [p for p in corpus if p.clean],
    }
    print(f"== 审阅 on the real-document corpus ({len(corpus)} passages, "
          f"{sum(1 for p in corpus if p.errors)} with errors, {sum(len(p.errors) for p in corpus)} errors)")
    results = {}
    for label, passages in groups.items():
        s, seconds = run(passages)
        results[label] = s
        print(line(label, s, seconds))
    s = results["all"]
    if verbose:
        print("\nmissed:")
        for pid, what in s.missed:
            print(f"  {pid}: {what}")
        print("\nfalse alarms:")
        for pid, what in s.alarms:
            print(f"  {pid}: {what}")


if __name__ == "__main__":
    main()
