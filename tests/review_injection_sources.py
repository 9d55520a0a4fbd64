"""The clean real documents tests/review_injections.py injects errors into, read through the review's own
path (``juesuan.review.extract``): the two 普陀 documents with their nine tables (.docx made by
tests/pdf_docs.py, and PDF through LibreOffice), the corpus's documents and passages (their
hand-established errors marked as places not to touch), the seed report (the sentences the review flags
marked likewise), and juesuan's own 决算公开 and 分析报告 for a few units (data files, and units of the
batch generator)."""

from __future__ import annotations

import re
from pathlib import Path

from tests.review_corpus import _norm, load_corpus, load_documents
from tests.review_injections import Source, prepare

ROOT = Path(__file__).resolve().parent
SEED_TEXT = ROOT.parent.parent / "shared" / "seed" / "000_bc0a8bbd7780701e.txt"
OWN_UNITS = ("sample", "disclosure_rich", "disclosure_nongye", "disclosure_wenhuaguan")
GENERATED = (3, 17, 29)  # seeds of juesuan.batch.generate.unit
PUTUO_IDS = {"putuo_sthj_2025": "putuo-sthj-2025", "putuo_wenlv_2025": "putuo-wenlv-2025"}


def _skips(errors) -> tuple[str, ...]:
    """Pieces of the sentences that are already wrong: the figure (in its context) of every error."""
    out = []
    for e in errors:
        if e.where == "table":
            continue
        out += [_norm(e.context) if e.context else "", *(_norm(f.figure) for f in e.forms())]
        if e.sentence:
            out.append(_norm(e.sentence)[:14])
    return tuple(p for p in out if len(p) >= 2)


def corpus_sources(held_out: bool | None = None) -> list[Source]:
    """Corpus documents (without published tables) and passages; ``held_out`` None: both groups.

    "held-out" here is the sealed material (tests/review_corpus ``sealed``): items opened later are tuning."""
    from juesuan.review.extract import read_text

    out = []
    for d in load_documents():
        if d.tables_path is None and (held_out is None or d.sealed == held_out):
            out.append(Source(f"doc:{d.id}", "held-out" if d.sealed else "tuning", "text", read_text(d.text),
                              d.unit, _skips(d.errors), known=tuple(d.errors)))
    for p in load_corpus():
        if held_out is None or p.sealed == held_out:
            out.append(Source(f"psg:{p.id}", "held-out" if p.sealed else "tuning", "text", read_text(p.text),
                              "", _skips(p.errors), known=tuple(p.errors)))
    return out


def _putuo_errors(stem: str) -> tuple:
    return tuple(next(d for d in load_documents() if d.id == PUTUO_IDS[stem]).errors)


def _putuo_skips(stem: str) -> tuple[str, ...]:
    return _skips(_putuo_errors(stem))


def putuo_sources(folder: Path, pdf: bool = False, stems=tuple(PUTUO_IDS)) -> list[Source]:
    """The 普陀 documents as .docx (and, with ``pdf``, as the clean and lowered LibreOffice PDFs)."""
    from juesuan.review.extract import read
    from tests import pdf_docs

    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for stem in stems:
        unit = pdf_docs.load(stem)
        path = folder / f"{stem}.clean.docx"
        if not path.exists():
            pdf_docs.build_docx(unit, "clean", path)
        out.append(Source(f"putuo-docx:{stem}", "tuning", "docx", read(path), unit.name, _putuo_skips(stem),
                          known=_putuo_errors(stem)))
    if pdf:
        pdfs = {k: v for k, v in ((k, folder / f"{k[0]}.{k[1]}.pdf") for k in
                                  ((s, v) for s in stems for v in ("clean", "lowered")))}
        if not all(p.exists() for p in pdfs.values()):
            pdfs = pdf_docs.build_all(folder, units=stems)
        for (stem, variant), path in sorted(pdfs.items()):
            out.append(Source(f"putuo-pdf-{variant}:{stem}", "tuning", "pdf", read(path), pdf_docs.load(stem).name,
                              _putuo_skips(stem), known=_putuo_errors(stem)))
    return out


def _unit_of(blocks) -> str:
    for b in blocks[:6]:
        m = re.match(r"^\s*(.{4,30}?)\d{4}年度?", b.text)
        if m:
            return m.group(1).strip()
    return ""


def seed_source() -> list[Source]:
    """The seed reference report; the sentences the review flags on it (its known errors) left alone."""
    from juesuan.review.extract import read

    if not SEED_TEXT.exists():
        return []
    blocks = read(SEED_TEXT)
    s = prepare(Source("seed", "tuning", "text", blocks, _unit_of(blocks)))
    s.skip = tuple(_norm(f.quote)[:14] for f in s.clean if f.quote)
    return [s]


def own_sources(folder: Path, units=OWN_UNITS) -> list[Source]:
    """juesuan's own 决算公开 (.docx with its tables) and 分析报告 (text) for a few units."""
    from juesuan.disclosure.api import disclose, docx_bytes
    from juesuan.report import analyze
    from juesuan.review.extract import read, read_text
    from juesuan.sources.datafile import load, load_sample

    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name in units:
        data, findings = load_sample() if name == "sample" else load(ROOT / "data" / f"{name}.toml")
        d = disclose(data, findings)
        path = folder / f"own-{name}.docx"
        path.write_bytes(docx_bytes(d))
        out.append(Source(f"own:{name}:公开", "tuning", "docx", read(path), data.unit.name))
        if name == "sample":
            out.append(Source(f"own:{name}:报告", "tuning", "text", read_text(analyze(data).text()),
                              data.unit.name))
    return out


def generated_sources(folder: Path, seeds=GENERATED) -> list[Source]:
    """Units made by juesuan's batch generator (varied names, kinds, columns): 决算公开 .docx and 分析报告 text."""
    from juesuan.batch.generate import unit
    from juesuan.disclosure.api import disclose, docx_bytes
    from juesuan.report import analyze
    from juesuan.review.extract import read, read_text

    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for seed in seeds:
        data = unit(seed, complete=True)
        path = folder / f"generated-{seed}.docx"
        path.write_bytes(docx_bytes(disclose(data)))
        out.append(Source(f"gen:{seed}:公开", "tuning", "docx", read(path), data.unit.name))
        out.append(Source(f"gen:{seed}:报告", "tuning", "text", read_text(analyze(data).text()),
                          data.unit.name))
    return out


def all_sources(folder: Path, pdf: bool = False, held_out: bool = True) -> list[Source]:
    sources = [*putuo_sources(folder, pdf), *corpus_sources(None if held_out else False), *seed_source(),
               *own_sources(folder), *generated_sources(folder)]
    for s in sources:
        if not s.clean:
            prepare(s)
    return sources
