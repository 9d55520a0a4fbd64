"""Benchmark 审阅 on the published-looking 普陀 部门决算 PDFs (tests/pdf_docs.py: clean and digits-lowered,
LibreOffice; tests/pdf_glyphs.py: the same documents written glyph by glyph, as Word/WPS-like producers do,
with their tables ruled and, "unruled", printed without rules), then reader fidelity over the corpus
(tests/pdf_fidelity.py): every document of tests/data/review_corpus/documents printed by each producer,
reviewed as text and as PDF, the findings the PDF reader lost or added listed per document (held-out
documents by count only: the rules are not tuned on them).

Run: ``.venv/bin/python benchmarks/bench_review_pdfs.py [OUTDIR] [--no-corpus] [--sample=N]`` (needs
LibreOffice; the PDFs are written to OUTDIR, default a temporary directory, and reused there when present).
``--sample=N``: the corpus part on N documents spread evenly over the corpus (by id), each by every producer
(the whole corpus is ~240 documents x 5 producers: hours on a shared machine).

For each PDF: pages, milliseconds per page (reading and review), the coverage (share of 万元/%
mentions in the text with digits beside them, and how many of the published .txt's figures the PDF's
text misses), the established errors found (of those the same text + tables in text form gives, and
of all), and the false alarms (alarms matching no established error), each listed, and the reader's notes of
what it could not check (R-UNREAD: a table left unread, named), listed apart.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT)]

from juesuan.review import review_blocks  # noqa: E402
from juesuan.review.extract import read  # noqa: E402
from tests import pdf_docs, pdf_fidelity, pdf_glyphs  # noqa: E402
from tests.test_review_pdf_docs import _txt, _with_tables, alarms, coverage, document, figures, found  # noqa: E402


def main() -> None:
    if pdf_docs.soffice() is None:
        print("review PDFs: skipped (LibreOffice, soffice, is not installed)")
        return
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    outdir = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="review_pdfs_"))
    wanted = {(u, v): outdir / f"{u}.{v}.pdf" for u in pdf_docs.UNITS for v in pdf_docs.VARIANTS}
    if not all(p.exists() for p in wanted.values()):
        t0 = time.perf_counter()
        wanted = pdf_docs.build_all(outdir)
        print(f"built {len(wanted)} PDFs in {outdir} ({time.perf_counter() - t0:.0f} s)")
    wanted |= {(u, "glyphs"): p for u, p in pdf_glyphs.build_all(outdir).items()}
    for variant, options in pdf_fidelity.GLYPHS.items():
        if variant != "glyphs":
            wanted |= {(u, variant): pdf_glyphs.build(pdf_docs.load(u), outdir / f"{u}.{variant.split()[1]}.pdf",
                                                      **options) for u in pdf_docs.UNITS}
    print(f"{'document':<34} {'pages':>5} {'ms/page':>8} {'coverage':>8} {'missing':>7} "
          f"{'found/+tables':>13} {'found/all':>9} {'false':>5}")
    for (unit, variant), path in wanted.items():
        t0 = time.perf_counter()
        blocks = read(path)
        findings = review_blocks(blocks)
        ms = (time.perf_counter() - t0) * 1000 / max(blocks.pages, 1)
        txt_blocks, _ = _txt(unit)
        missing = sum((figures(txt_blocks) - figures(blocks)).values())
        mine, ref = found(unit, findings), found(unit, _with_tables(unit))
        total = len(document(unit).errors)
        false = [a for a in alarms(unit, findings) if a[0] != "R-UNREAD"]
        said = [f.message for f in findings if f.code == "R-UNREAD"]  # coverage: what was not checked
        print(f"{unit + ' ' + variant:<34} {blocks.pages:>5} {ms:>8.0f} {coverage(blocks):>8.1%} {missing:>7} "
              f"{len(mine & ref):>6}/{len(ref):<6} {len(mine):>4}/{total:<4} {len(false):>5}")
        for what in sorted(ref - mine):
            print(f"    missed (found on the text + tables)  {what}")
        for code, figure in sorted(false):
            print(f"    false alarm  {code} {figure}")
        for message in said:
            print(f"    not checked (R-UNREAD)  {message[:70]}")
    if "--no-corpus" not in sys.argv:
        sample = next((int(a.split("=", 1)[1]) for a in sys.argv[1:] if a.startswith("--sample=")), 0)
        fidelity(outdir / "corpus", sample)


def sampled(docs: list, n: int) -> list:
    """``n`` of ``docs`` spread evenly over them in the order of their ids (all when ``n`` is 0 or more)."""
    docs = sorted(docs, key=lambda d: d.id)
    if not 0 < n < len(docs):
        return docs
    return [docs[k * len(docs) // n] for k in range(n)]


def fidelity(outdir: Path, sample: int = 0) -> None:
    """Each corpus document (or a ``sample`` of them) by each producer: the findings its PDF's review lost and
    added."""
    every = pdf_fidelity.documents()
    docs = sampled(every, sample)
    t0 = time.perf_counter()
    built = pdf_fidelity.build(docs, outdir)
    took = time.perf_counter() - t0
    print(f"\nreader fidelity: {len(docs)} of {len(every)} corpus documents, {len(built)} PDFs ({took:.0f} s to build)")
    print(f"{'document':<40} {'producer':<20} {'pages':>5} {'ms/page':>8} {'lost':>5} {'added':>5}")
    totals: dict[str, list[float]] = {}
    for (doc, producer), pdf in sorted(built.items()):
        d = next(x for x in docs if x.id == doc)
        row = pdf_fidelity.measure(d, producer, pdf)
        t = totals.setdefault(producer, [0, 0, 0, 0, 0.0])
        t[0] += 1
        t[1] += len(row.lost)
        t[2] += len(row.added)
        t[3] += row.pages
        t[4] += row.ms_per_page * row.pages
        if row.lost or row.added or d.tables_path is not None:
            name = doc + (" (held out)" if row.held_out else "")
            print(f"{name:<40} {producer:<20} {row.pages:>5} {row.ms_per_page:>8.0f} "
                  f"{len(row.lost):>5} {len(row.added):>5}")
            if not row.held_out:
                for what in row.lost:
                    print(f"    lost   {what}")
                for what in row.added:
                    print(f"    added  {what}")
    print(f"{'producer':<20} {'documents':>9} {'pages':>6} {'ms/page':>8} {'lost':>5} {'added':>5}")
    for producer, (n, lost, added, pages, ms) in totals.items():
        print(f"{producer:<20} {n:>9} {pages:>6} {ms / max(pages, 1):>8.0f} {lost:>5} {added:>5}")


if __name__ == "__main__":
    main()
