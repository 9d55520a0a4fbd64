"""Benchmark 审阅 across amount units (tests/review_units.py): each opened stand-in of tests/data/review_adv as
published, then with its text in 元 (grouped, and without separators) and with its tables in 元 (text in 万元),
scored against its errors transformed the same way (found with the correct value, misvalued, false alarms), and its
clean document (before the errors) transformed too (every alarm false); then the 普陀 published documents, their
alarms in each variant against the original's.

With ``--yuan-texts``: each stand-in whose text is written in 元 (sealed ones too, their totals only) measured as it
is and with its text in 万元 (the reverse transform): what the unit alone costs.

Run: ``.venv/bin/python benchmarks/bench_review_units.py [OUTDIR] [--doc=ID] [--yuan-texts]``.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT)]

from juesuan.review.figures import usual_unit  # noqa: E402
from tests.review_corpus import Score  # noqa: E402
from tests.review_units import PUBLISHED_IDS, VARIANTS, measure_variant, probe_ids, published_diff  # noqa: E402
from tests.test_review_adv import IDS, load  # noqa: E402


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    folder = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="review_units_"))
    folder.mkdir(parents=True, exist_ok=True)
    only = [a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--doc=")]
    ids = [i for i in probe_ids() if not only or i in only]
    kinds = ("original", *VARIANTS)
    totals = {k: [Score(), 0] for k in kinds}
    print(f"{'document':<26} {'variant':<16} {'errors':>6} {'found':>5} {'misval':>6} {'false':>5} {'提示':>4}"
          f" {'clean alarms':>12}")
    for doc_id in ids:
        for kind in kinds:
            s, alarms = measure_variant(doc_id, kind, folder)
            t = totals[kind]
            for key in ("errors", "found", "misvalued", "false_alarms", "notes"):
                setattr(t[0], key, getattr(t[0], key) + getattr(s, key))
            t[1] += len(alarms)
            print(f"{doc_id:<26} {kind:<16} {s.errors:>6} {s.found:>5} {s.misvalued:>6} {s.false_alarms:>5}"
                  f" {s.notes:>4} {len(alarms):>12}")
            if kind == "original":
                continue
            for _, what in s.missed:
                print(f"    missed  {what}")
            for _, what in s.alarms:
                print(f"    alarm   {what[:160]}")
            for f in alarms:
                print(f"    clean   {f.code} {f.figure}: {f.message[:140]}")
    for kind, (s, clean) in totals.items():
        print(f"TOTAL {kind:<16} found {s.found}/{s.errors}, misvalued {s.misvalued}, false alarms {s.false_alarms},"
              f" 提示 {s.notes}, clean alarms {clean}")
    if "--yuan-texts" in sys.argv:  # the stand-ins written in 元, sealed ones too: in 万元, totals only
        yuan = [i for i in IDS if usual_unit(list(load(i).paragraphs)) == "元"]
        for doc_id in yuan:
            for kind in ("original", "wan-text"):
                s, alarms = measure_variant(doc_id, kind, folder)
                name = doc_id + (" (sealed)" if load(doc_id).sealed else "")
                print(f"{name:<32} {kind:<10} found {s.found}/{s.errors}, misvalued {s.misvalued}, false alarms "
                      f"{s.false_alarms}, clean alarms {len(alarms)}")
    if only:
        return
    for name in PUBLISHED_IDS:
        for kind in VARIANTS:
            n, lost, new = published_diff(name, kind)
            print(f"{name:<26} {kind:<16} alarms {n}: lost {len(lost)}, new {len(new)}")
            for f in lost:
                print(f"    lost    {f.code} {f.figure}: {f.message[:140]}")
            for f in new:
                print(f"    new     {f.code} {f.figure}: {f.message[:140]}")


if __name__ == "__main__":
    main()
