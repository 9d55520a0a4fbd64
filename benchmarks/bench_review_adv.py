"""Benchmark 审阅 on the stand-in 2024 部门决算 of two imaginary districts, three each (tests/data/review_adv,
tests/test_review_adv.py): each
rendered to .docx, to a PDF written glyph by glyph as Word/WPS
do (tests/pdf_glyphs.py) and (LibreOffice) to PDF, reviewed as ``juesuan review`` reads it, and scored against its
hand-listed errors: found with the correct value, missed, false alarms (错误/警告 matching no listed error) and
unmatched 提示 (counted apart: a hidden measure may count every finding).

The open documents are printed one by one with their misses and false alarms listed, and once more
with their errors taken out (every alarm there is false); the sealed one
(held_out) only inside the totals and as counts, never its findings — the rules are not tuned on it.

Run: ``.venv/bin/python benchmarks/bench_review_adv.py [OUTDIR] [--docx-only] [--district=上海市东滩区] [-v]`` (the
files are written to OUTDIR, default a temporary directory, and reused there when present; totals per district
and over all).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT)]

from tests import pdf_docs  # noqa: E402
from tests.review_corpus import Score  # noqa: E402
from tests.test_review_adv import DISTRICTS, build_all, build_docx, clean, load, measure, review  # noqa: E402


def _add(total: Score, s: Score) -> None:
    for key in ("errors", "found", "findings", "matched", "false_alarms", "notes", "misvalued", "tolerated",
                "valueless"):
        setattr(total, key, getattr(total, key) + getattr(s, key))


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    outdir = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="review_adv_"))
    pdf = "--docx-only" not in sys.argv and pdf_docs.soffice() is not None
    forms = ("docx", "glyphs", "pdf") if pdf else ("docx", "glyphs")
    only = [a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--district=")]
    districts = {d: ids for d, ids in DISTRICTS.items() if not only or d in only}
    IDS = tuple(i for ids in districts.values() for i in ids)
    wanted = {(i, f): outdir / (f"{i}.glyphs.pdf" if f == "glyphs" else f"{i}.{f}") for i in IDS for f in forms}
    if not all(p.exists() for p in wanted.values()):
        t0 = time.perf_counter()
        wanted = build_all(outdir, IDS, pdf=pdf)
        print(f"built {len(wanted)} files in {outdir} ({time.perf_counter() - t0:.0f} s)")
    totals = {(d, f): Score() for d in [*districts, "ALL"] for f in forms}
    district_of = {i: d for d, ids in districts.items() for i in ids}
    head = f"{'document':<30} {'form':<6} {'errors':>6} {'found':>5} {'missed':>6} {'false':>5} {'misvalued':>9}"
    print(f"{head} {'提示':>4}")
    for (doc_id, form), path in sorted(wanted.items()):
        s = measure(doc_id, review(path))
        _add(totals[district_of[doc_id], form], s)
        _add(totals["ALL", form], s)
        sealed = load(doc_id).sealed
        name = doc_id + (" (sealed)" if sealed else "")
        print(
            f"{name:<30} {form:<6} {s.errors:>6} {s.found:>5} {len(s.missed):>6} {s.false_alarms:>5} {s.misvalued:>9}"
            f" {s.notes:>4}"
        )
        if sealed:
            continue
        for _, what in s.missed:
            print(f"    missed  {what}")
        for _, what in s.alarms:
            print(f"    alarm   {what[:150]}")
        for _, what in s.noted:
            print(f"    提示    {what[:150]}")
        for _, what in s.unvalued if "-v" in sys.argv else ():  # found, but by findings with no 应为
            print(f"    no 应为 {what[:150]}")
    for doc_id in IDS:  # the open documents with their errors taken out: every alarm is false
        if load(doc_id).sealed:
            continue
        path = build_docx(clean(doc_id), outdir / f"{doc_id}.clean.docx")
        found = review(path)
        alarms = [f for f in found if f.level.value in ("错误", "警告")]
        print(f"{doc_id + ' (clean)':<30} {'docx':<6} alarms {len(alarms)} 提示 {len(found) - len(alarms)}")
        for f in alarms:
            print(f"    alarm   {f.code} {f.figure}: {f.message[:120]}")
    for (district, form), t in totals.items():
        print(
            f"TOTAL {district} {form}: found {t.found}/{t.errors} ({t.recall:.0%}), false alarms {t.false_alarms}, "
            f"misvalued {t.misvalued}, found without 应为 {t.valueless}, precision {t.precision:.0%}, "
            f"unmatched 提示 {t.notes}"
        )


if __name__ == "__main__":
    main()
