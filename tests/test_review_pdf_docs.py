"""审阅 of whole published-looking 部门决算 PDFs (tests/pdf_docs.py): the two 普陀 units, each as a
clean export (ragged-right text) and as one whose figures sit lower than the Chinese beside them
(justified text, 公开06 going on overleaf).

For every PDF the review must (a) read the sentences with their figures as on the published text
(tests/data/published/*.txt): every figure written before 万元 or % there is read before 万元 or %
in the PDF's text too, the share of 万元/% mentions with digits beside them is no lower, and every
sentence lies whole in one paragraph; (b) find the real errors (the hand-established errors of
tests/data/review_corpus/documents/putuo-*.toml) the review finds on the .txt, and those it finds on
the same text followed by the same tables in text form; (c) raise no alarm of its own from reading
the tables (the two-sided 公开06, split 类|款|项 codes, merged header cells, 公开08's 合计 row with
sub-headers, tables going on overleaf): every alarm on a table is a real error, no figure a finding
names is a code, and no alarm is raised that the .txt does not raise. Cases the reader fails today
are marked xfail(strict) with the cause (``XFAIL``): remove the mark with the fix.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from tests import pdf_docs
from tests.test_review_corpus import ALARM_LEVELS, Document, _norm, load_documents, matches

pytestmark = pytest.mark.skipif(pdf_docs.soffice() is None, reason="LibreOffice (soffice) missing")

# the LibreOffice exports (clean, lowered) and the same documents written glyph by glyph (tests/pdf_glyphs.py)
CASES = [(u, v) for u in pdf_docs.UNITS for v in (*pdf_docs.VARIANTS, "glyphs")]
# why the current reader fails a check, by cause; (unit, variant, check) -> the cause. Fixed in the reader
# (review/pdf.py, pdf_tables.py): split 类|款|项 codes joined and the two-sided 公开06 stacked; a full line
# ending '：' goes on; ragged-right lines measured by their next line's first unbreakable piece.
XFAIL: dict[tuple[str, str, str], str] = {}  # none: every case the reader or the rules failed is fixed
_MENTION = re.compile(r"(\d[\d,]*(?:\.\d+)?)?(万元|%)")


def _params(check: str):
    out = []
    for unit, variant in CASES:
        reason = XFAIL.get((unit, variant, check))
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        out.append(pytest.param(unit, variant, marks=marks, id=f"{unit}-{variant}"))
    return out


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory, putuo_glyphs) -> dict[tuple[str, str], Path]:
    folder = tmp_path_factory.mktemp("review_pdf_docs")
    built = pdf_docs.build_all(folder)
    for u in pdf_docs.UNITS:  # the glyph PDFs as read and reviewed once a session (tests/conftest.py)
        pdf, blocks, findings = putuo_glyphs(u)
        built[u, "glyphs"] = pdf
        _PDF_CACHE[pdf] = (blocks, findings)
    return built


@cache
def document(unit: str) -> Document:
    return next(d for d in load_documents() if d.id == unit.replace("_", "-"))


@cache
def _txt(unit: str):
    from juesuan.review import review_blocks
    from juesuan.review.extract import read_text

    blocks = read_text(document(unit).text)
    return blocks, review_blocks(blocks)


_PDF_CACHE: dict[Path, tuple] = {}


def _pdf(path: Path):
    if path not in _PDF_CACHE:
        from juesuan.review import review_blocks
        from juesuan.review.extract import read

        blocks = read(path)
        _PDF_CACHE[path] = (blocks, review_blocks(blocks))
    return _PDF_CACHE[path]


def _text(blocks) -> str:
    return re.sub(r"\s+", "", "".join(b.text for b in blocks if not b.is_table))


def figures(blocks) -> Counter[str]:
    """The figures written right before 万元 or % in the text (tables left out)."""
    return Counter(m.group(1).replace(",", "") for m in _MENTION.finditer(_text(blocks)) if m.group(1))


def coverage(blocks) -> float:
    """The share of 万元/% mentions in the text with digits beside them (a unit line left out)."""
    text = _text(blocks).replace("单位：万元", "")
    mentions = list(_MENTION.finditer(text))
    return sum(1 for m in mentions if m.group(1)) / max(len(mentions), 1)


def found(unit: str, findings) -> set[str]:
    passage = document(unit).as_passage(tables=True)
    return {f"{e.kind} {e.figure}" for e in passage.errors if any(matches(f, e) for f in findings)}


def alarms(unit: str, findings) -> set[tuple[str, str]]:
    """Alarms (错误/警告) that match no established error: (code, figure)."""
    passage = document(unit).as_passage(tables=True)
    return {(f.code, _norm(f.figure)) for f in findings
            if f.level.value in ALARM_LEVELS and not any(matches(f, e) for e in passage.errors)}


# --- the sources ----------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", pdf_docs.UNITS)
def test_paragraphs_are_the_published_text(unit):
    """The documents' 情况说明 paragraphs are the published text, only its PDF line breaks taken out."""
    paragraphs = (pdf_docs.SOURCES / f"{unit}.paragraphs.txt").read_text(encoding="utf-8").splitlines()
    published = (pdf_docs.PUBLISHED / f"{unit}.txt").read_text(encoding="utf-8")
    assert "".join(paragraphs) == re.sub(r"[\n\f]", "", published)
    assert len(paragraphs) > 70 and all(p for p in paragraphs)


@pytest.mark.parametrize("unit", pdf_docs.UNITS)
def test_published_txt_reviews_like_its_paragraphs(unit):
    """The published .txt (PDF line breaks kept) gives the findings its paragraphs give, one a line."""
    from juesuan.review import review_text

    paragraphs = (pdf_docs.SOURCES / f"{unit}.paragraphs.txt").read_text(encoding="utf-8")
    key = [(f.code, f.figure, f.expected) for f in review_text(paragraphs)]
    assert [(f.code, f.figure, f.expected) for f in _txt(unit)[1]] == key


# --- (a) the sentences with their figures -------------------------------------------------------

@pytest.mark.parametrize(("unit", "variant"), _params("figures"))
def test_figures_read_in_their_sentences(pdfs, unit, variant):
    blocks, _ = _pdf(pdfs[unit, variant])
    txt_blocks, _ = _txt(unit)
    missing = figures(txt_blocks) - figures(blocks)
    assert not missing, f"figures not read before 万元/%: {sorted(missing.elements())[:20]}"
    assert coverage(blocks) >= coverage(txt_blocks) - 1e-9, (coverage(blocks), coverage(txt_blocks))


def sentences(unit: str) -> list[str]:
    """The published text's sentences (to 。 or ；), spaces taken out."""
    paragraphs = (pdf_docs.SOURCES / f"{unit}.paragraphs.txt").read_text(encoding="utf-8").splitlines()
    return [re.sub(r"\s+", "", s) for p in paragraphs for s in re.split(r"(?<=[。；])", p) if s.strip()]


@pytest.mark.parametrize(("unit", "variant"), _params("sentences"))
def test_sentences_read_whole(pdfs, unit, variant):
    """Every sentence of the published text is read, and read within one paragraph (a sentence cut in
    two loses its subject or its figures: a 决算 without its reason, a share without its base)."""
    blocks, _ = _pdf(pdfs[unit, variant])
    paragraphs = [re.sub(r"\s+", "", b.text) for b in blocks if not b.is_table]
    cut = [s for s in sentences(unit) if not any(s in p for p in paragraphs)]
    assert not cut, cut[:5]


# --- (b) the same real errors -------------------------------------------------------------------

@pytest.mark.parametrize(("unit", "variant"), _params("errors"))
def test_finds_the_real_errors_the_text_gives(pdfs, unit, variant):
    _, on_pdf = _pdf(pdfs[unit, variant])
    _, on_txt = _txt(unit)
    assert found(unit, on_txt) <= found(unit, on_pdf), sorted(found(unit, on_txt) - found(unit, on_pdf))


@cache
def _with_tables(unit: str):
    """The review of the published text followed by its nine tables as Word's text export writes
    them (the bench's "+tables" form, codes joined): what the PDF's tables should give too."""
    from benchmarks.bench_review_corpus import with_tables
    from juesuan.review import review_text

    return review_text(with_tables(document(unit)))


@pytest.mark.parametrize(("unit", "variant"), _params("table errors"))
def test_finds_the_real_errors_the_tables_give(pdfs, unit, variant):
    """Errors seen with the tables (the 人员/公用经费 lists against 公开06, 公开05's sums) are found
    on the PDF's tables as on the same tables in text form."""
    _, on_pdf = _pdf(pdfs[unit, variant])
    expected = found(unit, _with_tables(unit))
    assert expected <= found(unit, on_pdf), sorted(expected - found(unit, on_pdf))


# --- (c) no alarm from reading the tables --------------------------------------------------------

def _codes(unit: str) -> set[str]:
    rows = [r for t in pdf_docs.load(unit).tables.values() for r in t["rows"]]
    codes = {c for r in rows for c in r if re.fullmatch(r"\d{3,7}", c)}
    return codes | {c[3:5] for c in codes if len(c) >= 5} | {c[5:] for c in codes if len(c) == 7}


@pytest.mark.parametrize(("unit", "variant"), _params("tables"))
def test_no_alarm_from_reading_the_tables(pdfs, unit, variant):
    blocks, on_pdf = _pdf(pdfs[unit, variant])
    tables = {i for i, b in enumerate(blocks) if b.is_table}
    wrong = [f for f in on_pdf if f.block in tables and (f.code, _norm(f.figure)) in alarms(unit, on_pdf)]
    assert not wrong, [f"{f.code} {f.place} {f.figure}→{f.expected}: {f.message}" for f in wrong]
    codes = _codes(unit)
    as_amount = [f for f in on_pdf if f.block in tables
                 and (f.figure.replace(",", "") in codes or re.sub(r"[^\d.]", "", f.expected) in codes)]
    assert not as_amount, [f"{f.code} {f.place} {f.figure}→{f.expected}" for f in as_amount]


@pytest.mark.parametrize(("unit", "variant"), _params("alarms"))
def test_no_alarm_the_text_does_not_raise(pdfs, unit, variant):
    _, on_pdf = _pdf(pdfs[unit, variant])
    _, on_txt = _txt(unit)
    extra = alarms(unit, on_pdf) - alarms(unit, on_txt)
    assert not extra, [f"{f.code} {f.place} {f.figure}→{f.expected}: {f.message}" for f in on_pdf
                       if (f.code, _norm(f.figure)) in extra]


# --- the layout itself ----------------------------------------------------------------------------

@pytest.mark.parametrize(("unit", "variant"), _params("layout"))
def test_headers_footers_dropped_and_tables_joined_overleaf(pdfs, unit, variant):
    """Page headers and numbers are not text; a table going on overleaf is one table, its repeated
    header rows dropped, every published line in it once."""
    blocks, _ = _pdf(pdfs[unit, variant])
    data = pdf_docs.load(unit)
    header = f"{data.name}{data.year}年度部门决算"
    # the header's words recur in the document's own titles (…部门决算表, …部门决算情况说明), never alone
    stray = re.compile(re.escape(header) + "(?![表情])")
    assert not [b.text for b in blocks if not b.is_table and b.place != "第1页" and stray.search(_norm(b.text))]
    assert not any(re.fullmatch(r"[—\-\s]*\d+[—\-\s]*", b.text) for b in blocks if not b.is_table)
    for key in ("公开02", "公开03"):
        codes = [r[0] for r in data.tables[key]["rows"] if r[0]]
        mine = [b for b in blocks if b.is_table and key in (b.title or "")]
        assert len(mine) == 1, f"{key}: {len(mine)} tables"
        cells = [r[0] for r in mine[0].rows]  # the reader joins the 类|款|项 cells into one code
        assert [c for c in cells if c.isdigit()] == codes
        assert not [r for r in mine[0].rows[1:] if {"项目", "科目名称", "类"} & set(r)]  # repeated header dropped


def test_lowered_variant_reproduces_the_export_problem(pdfs):
    """The generator really sets the figures lower: grouping characters by their top (pdfplumber's
    own text extraction) puts numbers on lines of their own in the lowered PDF, never in the clean."""
    import pdfplumber

    def alone(path: Path) -> int:
        with pdfplumber.open(str(path)) as pdf:
            lines = [ln for page in pdf.pages for ln in (page.extract_text() or "").splitlines()]
        return sum(1 for ln in lines if re.fullmatch(r"[\d,.%\s]+", ln) and re.search(r"\d\.\d", ln))

    for unit in pdf_docs.UNITS:  # (15 and 24 lines with offsets of 3 to 6 half-points; 1 in each clean one)
        assert alone(pdfs[unit, "lowered"]) >= alone(pdfs[unit, "clean"]) + 10


def test_glyph_variant_has_the_structures_it_claims(pdfs):
    """tests/pdf_glyphs.py really writes what its docstring says: Identity-H fonts, radicals in the
    text map, headings printed twice, borders as filled rectangles, landscape pages turned by /Rotate."""
    import pdfplumber

    for unit in pdf_docs.UNITS:
        with pdfplumber.open(str(pdfs[unit, "glyphs"])) as pdf:
            pages = pdf.pages
            raw = "".join(p.extract_text() or "" for p in pages)
            fonts = {c["fontname"] for c in pages[3].chars}
            assert any(p.rotation == 90 and p.width > p.height for p in pages)
            assert all(not p.lines for p in pages) and sum(len(p.rects) for p in pages) > 1000
            assert fonts == {"SimSun", "TimesNewRomanPSMT"}
            assert "⽀出" in raw and "收收⼊⼊" in raw and "第 1 页 共" in raw
            # the two-sided 公开06 goes on overleaf (人员经费 30101 on one page, 公用经费合计 on the next)
            where = {w: [n for n, pg in enumerate(pages) if w in (pg.extract_text() or "").replace(" ", "")]
                     for w in ("30101", "公⽤经费合计")}
            assert len(where["30101"]) == len(where["公⽤经费合计"]) == 1
            assert where["公⽤经费合计"][0] == where["30101"][0] + 1
