"""Reader fidelity as a measure over real text: the corpus's published documents printed to PDF by the
producers we have, reviewed as text and as PDF; the findings the PDF reader loses or adds are its errors.

A document is printed from the blocks its text reads into (``read_text``: paragraphs unwrapped, tables
as rows), the way published 决算 PDFs are made:

- ``lo``: a .docx (python-docx: 仿宋 16 pt justified paragraphs, 黑体 headings, ruled tables, a page
  header with the unit's name and "- n -" page numbers) converted by LibreOffice;
- ``lo lowered``: the same with every figure a Latin run 1.5-3 pt below the Chinese (``w:position``, as
  ONLYOFFICE-made documents carry it);
- ``glyphs``: written glyph by glyph (tests/pdf_glyphs.py: Identity-H fonts, stream order not reading
  order, Kangxi radicals, justified lines with no space characters), footer 「第 n 页 共 m 页」;
- ``glyphs lowered``: the figures 2.5 pt below the Chinese;
- ``glyphs distributed``: WPS 分散对齐, every line spread to the full width, a paragraph's short last
  line too (its characters, figures among them, stand far apart);
- ``glyphs unruled``: the tables printed without rules (documents with tables only).

A document with its published tables (``tables_path``: the two 普陀) is printed by tests/pdf_docs.py and
tests/pdf_glyphs.py (cover, 目录, the nine tables with the template's merged header cells and split
类|款|项 codes, the 情况说明); its text review is that of its text followed by the tables
(bench_review_corpus.with_tables): what the PDF's review should give.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from docx import Document as Docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm

from tests import pdf_docs, pdf_glyphs
from tests.review_corpus import Document, _norm, load_documents

GLYPHS = {"glyphs": {}, "glyphs lowered": {"lowered": 2.5}, "glyphs distributed": {"distributed": True},
          "glyphs unruled": {"borders": False}}
LO = {"lo": 0, "lo lowered": -6}  # the lowest w:position of the figures, in half-points
PRODUCERS = (*LO, *GLYPHS)
_HEADING = re.compile(r"^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])")


def text_of(d: Document) -> str:
    """What the document's PDF prints: its text, with its published tables after it when it has them."""
    if d.tables_path is None:
        return d.text
    from benchmarks.bench_review_corpus import with_tables

    return with_tables(d)


def blocks_of(d: Document):
    from juesuan.review.extract import read_text

    return read_text(text_of(d))


def documents(tables_only: bool = False) -> list[Document]:
    return [d for d in load_documents() if not tables_only or d.tables_path is not None
            or any(b.is_table for b in blocks_of(d))]


def _heading(text: str) -> bool:
    return bool(_HEADING.match(text)) and len(text) < 30 and not text.endswith("。")


def _grid(rows: list[list[str]]) -> pdf_docs.Grid:
    """A table's rows as a grid: the first row its header, columns as wide as their longest cell."""
    n = max(len(r) for r in rows)
    rows = [[*r, *[""] * (n - len(r))] for r in rows]
    widths = [min(5.0, max(1.2, 0.3 * max(pdf_glyphs.width(r[c], 1.0) for r in rows))) for c in range(n)]
    scale = min(1.0, 16.5 / sum(widths))
    return pdf_docs.Grid([rows[0]], [], rows[1:], [], [w * scale for w in widths])


def glyph_pdf(d: Document, path: Path, borders: bool = True, lowered: float = 0.0,
              distributed: bool = False) -> Path:
    w = pdf_glyphs.Writer(borders, lowered, distributed)
    for b in blocks_of(d):
        if b.is_table:
            w.table(_grid(b.rows), 8.0, "")
        elif _heading(b.text):
            w.paragraph(b.text, 16, indent=False, bold=True)
        else:
            w.paragraph(b.text, 16)
    total = len(w.pages)
    for n, page in enumerate(w.pages, start=1):
        if n > 1:
            page.text(d.unit, (page.width - pdf_glyphs.width(d.unit, 9)) / 2, 1.2 * pdf_glyphs.CM, 9, into=page.margin)
        foot = f"- {n} -" if distributed else f"第 {n} 页 共 {total} 页"
        page.text(foot, (page.width - pdf_glyphs.width(foot, 9)) / 2, page.height - 1.5 * pdf_glyphs.CM, 9,
                  into=page.margin)
    return pdf_glyphs.write_pdf(w.pages, path, rotate=True)


def docx(d: Document, path: Path, lowered: int) -> Path:
    doc = Docx()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin = section.bottom_margin = Cm(2.4)
    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pdf_docs._text(header, d.unit, 9, 0)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pdf_docs._text(footer, "- ", 9, 0)
    pdf_docs._field(footer, "PAGE", 9)
    pdf_docs._text(footer, " -", 9, 0)
    for b in blocks_of(d):
        if b.is_table:
            pdf_docs._write_grid(doc, _grid(b.rows), lowered)
        elif _heading(b.text):
            pdf_docs._para(doc, b.text, 16, lowered, east="黑体", justify=True, indent=False)
        else:
            pdf_docs._para(doc, b.text, 16, lowered, east="仿宋", justify=True)
    doc.save(str(path))
    return path


def build(docs: list[Document], outdir: Path, producers=PRODUCERS) -> dict[tuple[str, str], Path]:
    """Each (document id, producer) as a PDF in ``outdir`` (reused when there); LibreOffice in one call."""
    outdir.mkdir(parents=True, exist_ok=True)
    out: dict[tuple[str, str], Path] = {}
    pending: dict[tuple[str, str], Path] = {}
    for d in docs:
        for producer in producers:
            if producer == "glyphs unruled" and d.tables_path is None and not any(b.is_table for b in blocks_of(d)):
                continue
            path = outdir / f"{d.id}.{producer.replace(' ', '-')}.pdf"
            unit = pdf_docs.load(stem) if (stem := d.id.replace("-", "_")) in pdf_docs.UNITS else None
            if path.exists():
                out[d.id, producer] = path
            elif producer in GLYPHS and unit is not None:  # the published tables as published (merged heads)
                out[d.id, producer] = pdf_glyphs.build(unit, path, **GLYPHS[producer])
            elif producer in GLYPHS:
                out[d.id, producer] = glyph_pdf(d, path, **GLYPHS[producer])
            elif unit is not None:
                variant = "lowered" if LO[producer] else "clean"
                pending[d.id, producer] = pdf_docs.build_docx(unit, variant, path.with_suffix(".docx"))
            else:
                pending[d.id, producer] = docx(d, path.with_suffix(".docx"), LO[producer])
    if pending:
        out |= dict(zip(pending, pdf_docs.convert(list(pending.values()), outdir), strict=True))
    return out


def key(f) -> tuple[str, str, str]:
    return f.code, _norm(f.figure), _norm(f.expected)


@dataclass
class Row:
    """One document printed by one producer: what the PDF's review lost and added against the text's."""

    doc: str
    producer: str
    held_out: bool  # sealed (tests/review_corpus ``sealed``): held out and not opened
    pages: int
    ms_per_page: float
    lost: list[str]
    added: list[str]


_TEXT: dict[str, list] = {}


def text_findings(d: Document) -> list:
    """The text's review as `juesuan review` gives it for the text saved as a .txt file: a 公开 table whose title
    and figures stand one cell a line (a web page's table flattened: gz-qiannan-zhongyi-2020's 公开01) is said unread
    there, as the PDF printed from that text says it (its cells are paragraphs there too)."""
    from juesuan.review.blocks import Blocks
    from juesuan.review.extract import read_text
    from juesuan.review.pdf_coverage import unread
    from juesuan.review.rules import run

    if d.id not in _TEXT:
        _TEXT[d.id] = run(unread(Blocks(read_text(text_of(d))), text=True))
    return _TEXT[d.id]


def measure(d: Document, producer: str, pdf: Path) -> Row:
    from juesuan.review import review_blocks
    from juesuan.review.extract import read

    t0 = time.perf_counter()
    blocks = read(pdf)
    on_pdf = review_blocks(blocks)
    ms = (time.perf_counter() - t0) * 1000 / max(blocks.pages, 1)
    mine, ref = Counter(map(key, on_pdf)), Counter(map(key, text_findings(d)))

    def shown(keys: Counter, source: list) -> list[str]:
        out = []
        for f in source:
            if keys[key(f)] > 0:
                keys[key(f)] -= 1
                out.append(f"{f.code} {f.figure}→{f.expected} ({f.place}): {f.message[:80]}")
        return out

    return Row(d.id, producer, d.sealed, blocks.pages, ms, shown(ref - mine, text_findings(d)),
               shown(mine - ref, on_pdf))
