"""Benchmark 审阅 on the opened stand-ins of tests/data/review_adv under the export options real offices use: the
same findings in every form, and none on a clean copy.

Each opened document (tests/test_review_adv.py ``open_ids``) is set in each layout option below (its own layout
otherwise), with its errors and as its clean copy (``clean``: make.py's text and tables, every alarm false), and
rendered as .docx, as a glyph-by-glyph PDF (tests/pdf_glyphs.py) and (``--pdf``, a sample: LibreOffice is slow)
as LibreOffice's PDF. Per option it prints: alarms (错误/警告) on the clean copies (must be 0), alarms that one form
raises and another does not (must be none), and errors found per form.

Options (each changes what is rendered; ``base`` is the office's own layout):
  yuan       the nine tables in 元 under 「单位：元」 (every amount ×10,000), the text in 万元
  blank0     zero cells of the tables left blank
  dash0      zero cells printed 「-」
  grid       a small 三公 table (项目/预算数/决算数/完成率, from 公开07) typed into the 情况说明 after the 三公
             总体情况 paragraph, set as a small Word table (Layout.text_grid; in the glyph PDF: lines split by 「　」)
  yuan_grid  both (an office whose tables are in 元 and whose 情况说明 has a small table in 万元)
  yuan_all   yuan_grid with the zero cells blank (the tables as a 元-ledger export prints them)
  grid_change  the small 三公 table with a column 比上年增减 of the changes the text states (「-0.79万元」)
  landscape  公开01/02/03/06 on landscape pages (in the glyph PDF too: Layout.glyphs_follow, as grid's small
             tables are ruled tables there)
  continued  公开01 and 公开06 cut by hand with 「续表」;
  once       headers printed once, 公开01/06 in larger type over pages; running  a running page header and
             「第N页 共M页」; band  公开02's 「本年收入」 band; roster  the 单位构成 lines as a table
             (these and the two below change the .docx and LibreOffice's PDF only: the glyph PDF is the base one)
  leaders    a 目录 with dotted leaders to page numbers; code  the 功能分类 code whole in one 「科目编码」
             column of 公开02/03/05/08/09 (adv11's CodeLayout)

Builds and reviews are cached in OUTDIR (a file is rebuilt when missing; reviews are kept in OUTDIR/reviews.pkl by
file name and size). Run:
``.venv/bin/python benchmarks/bench_review_forms.py OUTDIR [--options=yuan,grid] [--docs=linjiang-jiaoyu-2024,...]
[--pdf] [-v]`` (``-v`` lists each clean alarm and each difference).
"""

from __future__ import annotations

import pickle
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT)]

from tests import pdf_docs  # noqa: E402
from tests import test_review_adv as adv  # noqa: E402
from tests.test_review_forms import GLYPHS_CHANGE, OPTIONS, data, measure, option  # noqa: E402


def build(outdir: Path, doc_id: str, name: str, copy: str, pdf: bool) -> dict[str, Path]:
    """The files of one document × option × copy (``err`` or ``clean``), built when missing."""
    doc = adv.clean(doc_id) if copy == "clean" else adv.load(doc_id)
    doc = data(name, doc)
    stem = f"{doc_id}.{name}.{copy}"
    out = {"docx": outdir / f"{stem}.docx"}
    glyph_name = name if name in GLYPHS_CHANGE else "base"
    out["glyphs"] = outdir / f"{doc_id}.{glyph_name}.{copy}.glyphs.pdf"
    with option(name, doc_id):
        if not out["docx"].exists():
            adv.build_docx(doc, out["docx"])
        if not out["glyphs"].exists():
            adv.build_glyphs(doc, out["glyphs"])
    if pdf:
        out["pdf"] = outdir / f"{stem}.pdf"
        if not out["pdf"].exists():
            pdf_docs.convert([out["docx"]], outdir)
    return out


class Reviews:
    """``review(path)`` kept in OUTDIR/reviews.pkl by file name and size (a rebuilt file is reviewed again)."""

    def __init__(self, outdir: Path) -> None:
        self.path = outdir / "reviews.pkl"
        self.kept: dict = pickle.loads(self.path.read_bytes()) if self.path.exists() else {}

    def __call__(self, path: Path) -> list:
        key = (path.name, path.stat().st_size)
        if key not in self.kept:
            self.kept[key] = list(adv.review(path))
            part = self.path.with_suffix(".part")
            part.write_bytes(pickle.dumps(self.kept))
            part.replace(self.path)  # whole or not at all, should a run be stopped
        return self.kept[key]


def alarms(findings) -> set[tuple[str, str]]:
    return {(f.code, f.figure) for f in findings if f.level.value in ("错误", "警告")}


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    outdir = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="review_forms_"))
    outdir.mkdir(parents=True, exist_ok=True)
    flags = dict(a.lstrip("-").split("=", 1) for a in sys.argv[1:] if a.startswith("--") and "=" in a)
    options = flags["options"].split(",") if "options" in flags else list(OPTIONS)
    ids = flags["docs"].split(",") if "docs" in flags else adv.open_ids()
    assert not any(adv.load(i).sealed for i in ids), "sealed documents are not benched here"
    pdf = "--pdf" in sys.argv and pdf_docs.soffice() is not None
    verbose = "-v" in sys.argv
    forms = ("docx", "glyphs", "pdf") if pdf else ("docx", "glyphs")
    review = Reviews(outdir)
    t0 = time.perf_counter()
    print(f"{'option':<10} {'document':<26} {'clean alarms':>14} {'differ':>7}  found per form")
    summary = []
    for name in options:
        clean_total, differ_total = dict.fromkeys(forms, 0), 0
        found = {f: [0, 0] for f in forms}
        for doc_id in ids:
            line = []
            for copy in ("clean", "err"):
                files = build(outdir, doc_id, name, copy, pdf)
                seen = {f: review(files[f]) for f in forms}
                sets = {f: alarms(seen[f]) for f in forms}
                every = set.union(*sets.values())
                differ = {a: [f for f in forms if a in sets[f]] for a in every
                          if not all(a in s for s in sets.values())}
                differ_total += len(differ)
                if copy == "clean":
                    for f in forms:
                        clean_total[f] += len(sets[f])
                    line.append("/".join(str(len(sets[f])) for f in forms))
                    if verbose:
                        for f in forms:
                            for finding in seen[f]:
                                if (finding.code, finding.figure) in sets[f]:
                                    print(f"    clean {f}: {finding.code} {finding.figure}: {finding.message[:110]}")
                else:
                    scores = {}
                    for f in forms:
                        scores[f] = measure(doc_id, name, seen[f])
                        found[f][0] += scores[f].found
                        found[f][1] += scores[f].errors
                    line.append(" ".join(f"{f} {scores[f].found}/{scores[f].errors} fa {scores[f].false_alarms}"
                                         for f in forms))
                if verbose:
                    for (code, figure), where in sorted(differ.items()):
                        print(f"    differ {copy}: {code} {figure} only in {','.join(where)}")
                line.append(str(len(differ)))
            print(f"{name:<10} {doc_id:<26} {line[0]:>14} {int(line[1]) + int(line[3]):>7}  {line[2]}", flush=True)
        summary.append(f"TOTAL {name}: clean alarms " + " ".join(f"{f} {clean_total[f]}" for f in forms)
                       + f", differ {differ_total}, found " + " ".join(f"{f} {a}/{b}" for f, (a, b) in found.items()))
    for line in summary:
        print(line)
    print(f"({time.perf_counter() - t0:.0f} s)")


if __name__ == "__main__":
    main()
