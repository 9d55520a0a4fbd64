"""Benchmark the PDF reader's fidelity (tests/pdf_bench.py): documents whose true text and table grids are
known, printed the ways offices export their 部门决算 (LibreOffice from python-docx, and glyph by glyph;
landscape tables, names wrapped in narrow cells, tables going on overleaf with or without their header,
「续表」, page headers and footers between rows, 「-」 or blank zeros, lowered figures, tables without rules
whose cells are set at the top, middle or foot of their rows, columns shifted overleaf, header bands over
two rows, 合计 rows first, figures left-aligned or ragged, …), read back and
compared cell by cell and sentence by sentence.

Run: ``.venv/bin/python benchmarks/bench_review_fidelity.py [OUTDIR] [--show] [--only NAME,...]`` (the
LibreOffice variants need ``soffice``; the PDFs are written to OUTDIR, default a temporary directory,
and reused there when present). Per variant: pages, seconds per page (reading and review), coverage
(true figures read into their right cell or sentence, of all), the cells and sentences apart, false
figures (read where the truth has none or another); ``--show`` lists what was lost and invented.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT)]

from tests import pdf_bench, pdf_docs, pdf_measure  # noqa: E402


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    only = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--only=")), "")
    outdir = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="review_fidelity_"))
    variants = [v for v in pdf_bench.VARIANTS if not only or v.name in only.split(",")]
    if pdf_docs.soffice() is None:
        print("LibreOffice (soffice) missing: glyph variants only")
        variants = [v for v in variants if v.producer != "lo"]
    built = pdf_bench.build(variants, outdir)
    print(f"{'variant':<26} {'pages':>5} {'s/page':>6} {'coverage':>8} {'cells':>11} {'sentences':>11} {'false':>5}")
    totals = [0, 0, 0]
    for v in variants:
        s = pdf_measure.measure(v, built[v.name])
        totals[0] += s.cells[0] + s.words[0]
        totals[1] += s.cells[1] + s.words[1]
        totals[2] += s.false
        print(f"{v.name:<26} {s.pages:>5} {s.seconds / max(s.pages, 1):>6.2f} {s.coverage:>8.2%} "
              f"{s.cells[0]:>5}/{s.cells[1]:<5} {s.words[0]:>5}/{s.words[1]:<5} {s.false:>5}")
        if s.unsaid or v.unmapped:
            print(f"    pages said 审阅可能不完整: {s.said or '—'}; unread and not said: {s.unsaid or '—'}")
        if "--show" in sys.argv:
            for line in s.lost[:12]:
                print(f"    lost: {line}")
            for line in s.invented[:12]:
                print(f"    invented: {line}")
    print(f"{'all':<26} {'':>5} {'':>6} {totals[0] / max(totals[1], 1):>8.2%} {'':>23} {totals[2]:>5}")
    print(f"PDFs in {outdir}")


if __name__ == "__main__":
    main()
