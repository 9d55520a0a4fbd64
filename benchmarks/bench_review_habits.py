"""Benchmark 审阅 against the typing habits of real offices: one habit no earlier hand had (「％」 typed full width
throughout one office) once gave 25 false alarms in one document. Each habit here is applied document-wide to the
text (never to a figure's value, never to the tables) of documents with no error in them — the opened stand-ins
with their errors taken out (tests/test_review_adv.py ``clean``), juesuan's own 决算公开 of the sample unit and the
real-document corpus's documents with no error established (tests/data/review_corpus/documents, never a sealed one:
``corpus:<id>``, read as text) — and the alarms (错误/警告, every one false) are counted per habit per document;
each should be 0. The habits (tests/review_habits.py) keep each figure, or round or bound it in a way that holds
(「1.06亿元」, 「近446万元」, 「1,235万元」, 「增长-3.2%」: tests/test_review_habits.py checks them on the clean
copies);
those on the document's blocks add paragraphs (a 注： under every table, 「单位：万元」 above it, a chart's caption, a
page's footer, a site's header, a 目录 with pages) or say the report's year 「本年度」. The summary counts each habit's
alarms, and those beyond the document's own without any habit (a corpus document may have some).

Run: ``.venv/bin/python benchmarks/bench_review_habits.py [--doc=ID] [--habit=NAME] [--no-corpus] [-v]`` (``-v``
lists the alarms; the 提示 are counted apart; ``--no-corpus``: the stand-ins and juesuan's own only).

``--recall``: what a habit costs in finds. The opened stand-ins **with their errors in**, each typed with each habit,
scored by the corpus matcher with each error said the habit's way (tests/review_habits_recall.py): per habit the
errors found without it, those still found with it (lost and gained), the errors whose wrong figure the habit
changes in value (n/a: 「近446万元」 is no longer the wrong 445.93), and the alarms beyond those without it; ``-v``
lists each lost find (document, the codes that found it, figure) and each alarm beyond.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT)]

from tests.review_habits import BLOCK_HABITS, HABITS, with_habit  # noqa: E402
from tests.test_review_adv import build_docx, clean, open_ids  # noqa: E402


def _own(folder: Path) -> Path:
    """juesuan's own 决算公开 of the sample unit (the demo's path)."""
    from juesuan.disclosure.api import disclose, docx_bytes
    from juesuan.sources.datafile import load_sample

    path = folder / "own.docx"
    path.write_bytes(docx_bytes(disclose(*load_sample())))
    return path


def _corpus() -> dict[str, str]:
    """The corpus's documents with no error established, by ``corpus:<id>`` (never a sealed one)."""
    from tests.review_corpus import load_documents

    return {f"corpus:{d.id}": d.text for d in load_documents() if not d.errors and not d.sealed}


_WIDE = str.maketrans("０１２３４５６７８９．％", "0123456789.%")


def _plain(figure: str) -> str:
    """A figure as the corpus's records compare it: no spaces or commas, ASCII digits and %, as a habit types it
    (「35.39 %」「35.39％」 are the record's 「35.39%」)."""
    from tests.review_corpus import _norm

    return _norm(figure.translate(_WIDE))


def _tolerated() -> dict[str, set[str]]:
    """The figures a corpus document's record tolerates (a share plugged to make 100%: counted neither way)."""
    from tests.review_corpus import load_documents

    return {f"corpus:{d.id}": {_plain(t) for t in d.tolerated} for d in load_documents() if d.tolerated}


def recall(only_doc: list[str], habits: list[str], verbose: bool) -> None:
    """The recall half (``--recall``): see the module's doc."""
    from juesuan.review.extract import read
    from juesuan.review.rules import run
    from tests.review_corpus import Score, matches, score
    from tests.review_habits_recall import paragraph_habit, typed_passage
    from tests.test_review_adv import load

    folder = Path(tempfile.mkdtemp(prefix="review_habits_recall_"))
    names = ["none", *habits]
    rows: dict[str, list[int]] = {n: [0] * 6 for n in names}  # n/a, base, kept, lost, gained, alarms beyond
    t0 = time.perf_counter()
    for doc_id in open_ids():
        if only_doc and doc_id not in only_doc:
            continue
        doc = load(doc_id)
        blocks = read(build_docx(doc, folder / f"{doc_id}.docx"))
        base_found = run(blocks)
        plain, _ = typed_passage(doc.passage(), paragraph_habit("none", doc.year))
        base = [[f.code for f in base_found if matches(f, e, plain.text)] for e in plain.errors]
        s0 = Score()
        score(plain, base_found, s0)
        line = [f"{doc_id[:28]:<28} {sum(map(bool, base)):>2}/{len(base):<2} f{s0.false_alarms}"]
        for name in names:
            passage, typed = typed_passage(doc.passage(), paragraph_habit(name, doc.year))
            found = base_found if name == "none" else run(with_habit(blocks, name))
            s = Score()
            score(passage, found, s)
            row = rows[name]
            lost = 0
            for t, was in zip(typed, base, strict=True):
                if not t.applicable:
                    row[0] += 1
                    continue
                now = any(matches(f, t.error, passage.text) for f in found)
                row[1] += bool(was)
                row[2] += bool(was) and now
                row[3] += bool(was) and not now
                row[4] += now and not was
                lost += bool(was) and not now
                if verbose and was and not now:
                    print(f"  lost  {doc_id} {name}: {'/'.join(sorted(set(was)))} {t.error.figure}")
            beyond = max(s.false_alarms - s0.false_alarms, 0)
            row[5] += beyond
            if verbose and beyond:
                for _, what in s.alarms:
                    if what not in {w for _, w in s0.alarms}:
                        print(f"  alarm {doc_id} {name}: {what[:140]}")
            if name != "none" and (lost or beyond):
                line.append(f"{name}:-{lost}+{beyond}f")
        print(" ".join(line), flush=True)
    width = max(len(n) for n in names)
    print(f"\n{'habit':<{width}}  n/a  found without  kept  lost  gained  alarms beyond")
    for n in names:
        na, was, kept, lost, gained, beyond = rows[n]
        print(f"{n:<{width}}  {na:>3}  {was:>13}  {kept:>4}  {lost:>4}  {gained:>6}  {beyond:>13}")
    print(f"\n{len(names)} habits in {time.perf_counter() - t0:.0f} s")


def main() -> None:
    from juesuan.review.extract import read, read_text
    from juesuan.review.rules import run

    only_doc = [a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--doc=")]
    only_habit = [a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--habit=")]
    verbose = "-v" in sys.argv
    if "--recall" in sys.argv:
        recall(only_doc, [n for n in [*HABITS, *BLOCK_HABITS] if not only_habit or n in only_habit], verbose)
        return
    folder = Path(tempfile.mkdtemp(prefix="review_habits_"))
    docs: dict[str, Path | str | None] = {"own": _own(folder)} | {i: None for i in open_ids()}
    tolerated: dict[str, set[str]] = {}
    if "--no-corpus" not in sys.argv:
        docs |= _corpus()
        tolerated = _tolerated()
    habits = [n for n in [*HABITS, *BLOCK_HABITS] if not only_habit or n in only_habit]
    names = ["none", *habits]
    table: dict[str, dict[str, int]] = {}
    t0 = time.perf_counter()
    for doc_id, path in docs.items():
        if only_doc and doc_id not in only_doc:
            continue
        if isinstance(path, str):
            blocks = read_text(path)
        else:
            blocks = read(path or build_docx(clean(doc_id), folder / f"{doc_id}.clean.docx"))
        row = table.setdefault(doc_id, {})
        for name in names:
            found = run(with_habit(blocks, name))
            alarms = [f for f in found
                      if f.level.value in ("错误", "警告") and _plain(f.figure) not in tolerated.get(doc_id, ())]
            row[name] = len(alarms)
            if verbose and alarms and (name == "none" or row[name] != row["none"]):
                for f in alarms:
                    print(f"  {doc_id} {name}: {f.level.value} {f.code} {f.figure} {f.message[:110]}")
        if any(row.values()) or not doc_id.startswith("corpus:"):
            print(f"{doc_id[:28]:<28} " + " ".join(f"{row[n]:>3}" for n in names), flush=True)
    print()
    width = max(len(n) for n in names)
    print(f"{'habit':<{width}}  docs alarmed  alarms  worst  (beyond none: docs alarmed  alarms)")
    for n in names:
        counts = [r[n] for r in table.values()]
        more = [max(r[n] - r["none"], 0) for r in table.values()]
        print(f"{n:<{width}}  {sum(1 for c in counts if c):>12}  {sum(counts):>6}  {max(counts, default=0):>5}"
              f"  {sum(1 for c in more if c):>24}  {sum(more):>6}")
    print(f"\n{len(table)} documents x {len(names)} habits in {time.perf_counter() - t0:.0f} s")


if __name__ == "__main__":
    main()
