"""Reader fidelity on real text (tests/pdf_fidelity.py): published documents of the corpus printed to PDF
by our producers review as their text does — no finding lost, none added. A small sample here; the whole
corpus in benchmarks/bench_review_pdfs.py. And the layouts the measure showed the reader losing."""

from __future__ import annotations

from pathlib import Path

import pytest

from juesuan.review import review_path
from juesuan.review.extract import read
from tests import pdf_docs, pdf_fidelity, pdf_glyphs

# tuning documents whose layouts the measure found lost (分散对齐 last lines with figures, a header
# printed on the second page only), and the two with their published tables
SAMPLE = ("sc-dyrmt-baojianyuan-2020", "gd-caizhengting-2023-sangong", "ah-xiaoxian-longcheng-2023")


def _docs(ids) -> list:
    docs = {d.id: d for d in pdf_fidelity.load_documents()}
    assert not any(docs[i].held_out for i in ids)
    return [docs[i] for i in ids]


@pytest.mark.parametrize("producer", ["glyphs", "glyphs lowered", "glyphs distributed"])
def test_corpus_sample_reviews_as_its_text(tmp_path, producer):
    for d, pdf in zip(_docs(SAMPLE), pdf_fidelity.build(_docs(SAMPLE), tmp_path, (producer,)).values(), strict=True):
        row = pdf_fidelity.measure(d, producer, pdf)
        assert not row.lost and not row.added, (d.id, row.lost, row.added)


@pytest.mark.skipif(pdf_docs.soffice() is None, reason="LibreOffice (soffice) missing")
def test_corpus_sample_through_libreoffice(tmp_path):
    docs = _docs(SAMPLE[:2])
    built = pdf_fidelity.build(docs, tmp_path, tuple(pdf_fidelity.LO))
    for (doc, producer), pdf in built.items():
        row = pdf_fidelity.measure(next(d for d in docs if d.id == doc), producer, pdf)
        assert not row.lost and not row.added, (doc, producer, row.lost, row.added)


def _text(path: Path) -> list[str]:
    return [b.text for b in read(path) if not b.is_table]


def test_distributed_lines_keep_their_figures(tmp_path):
    """WPS 分散对齐 spreads a paragraph's short last line over the whole width: its figures' digits
    stand far apart ("2 . 3 4"), yet are one figure, as is a placeholder "XX"."""
    w = pdf_glyphs.Writer(distributed=True)
    text = ("2020年本年收入合计3,765.66万元，其中：一般公共预算财政拨款收入1,008.64万元，事业收入2,148.69万元，"
            "其他收入608.33万元，占16.15%。")
    w.paragraph(text, 16)
    w.paragraph("2.2023年度XX项目绩效评价报告", 16)
    pdf = pdf_glyphs.write_pdf(w.pages, tmp_path / "spread.pdf")
    assert _text(pdf) == [text, "2.2023年度XX项目绩效评价报告"]


def test_a_header_printed_on_one_page_only(tmp_path):
    """A short document's header (the unit's name, small, in the top margin, apart from the text) on
    its second page only: not repeated, still no text; the sentence going on overleaf stays whole."""
    w = pdf_glyphs.Writer()
    use = "主要用于保障单位日常运转和各项业务工作，"
    text = f"本年支出合计100.00万元，{use * 60}比上年增加10.00万元。"
    w.paragraph(text, 16)
    assert len(w.pages) == 2
    w.pages[1].text("某某区财政局", 260, 1.2 * pdf_glyphs.CM, 9, into=w.pages[1].margin)
    pdf = pdf_glyphs.write_pdf(w.pages, tmp_path / "two.pdf")
    assert _text(pdf) == [text]
    assert review_path(pdf) == []


@pytest.mark.parametrize("number", ["二、", "十二、"])
def test_a_distributed_last_line_of_a_few_glyphs_stays_words(tmp_path, number):
    """分散对齐 spreads a heading's last line of a few glyphs over the whole width (「名」 at the left margin, 「)」 at
    the right): too few gaps to see them even by count, yet one line of words, not cells apart (「…及名|称| )」 hid
    the template's instruction: bj-tongzhou-huanwei's R-TEMPLATE lost in its distributed PDF)."""
    text = f"{number}(一)机构设置、职责(需公开内设机构数量和下属单位数量及名称)"  # (the last line 「名称)」, 「称)」)
    w = pdf_glyphs.Writer(distributed=True)
    w.paragraph(text, 16, indent=False, bold=True)
    filled = "本年收入合计1,200.00万元，本年支出合计1,150.00万元，年末结转和结余50.00万元。"  # (a written text)
    w.paragraph(filled, 16)
    pdf = pdf_glyphs.write_pdf(w.pages, tmp_path / "tail.pdf")
    assert _text(pdf) == [text, filled]
    assert "R-TEMPLATE" in [f.code for f in review_path(pdf)]


def test_a_distributed_line_of_a_figure_alone_is_one_figure(tmp_path):
    """分散对齐 spreads a line holding a figure alone over the whole width (a table flattened one cell a line,
    gz-qiannan-zhongyi-2020's 公开01): its glyphs far apart, yet one figure (a 公开 table's amounts under its
    title, said unread as its text copy says)."""
    w = pdf_glyphs.Writer(distributed=True)
    for text in ("一、一般公共预算财政拨款收入", "4,194.89", "38,358.13", "0.00"):
        w.paragraph(text, 16, indent=False)
    pdf = pdf_glyphs.write_pdf(w.pages, tmp_path / "alone.pdf")
    assert "".join(_text(pdf)) == "一、一般公共预算财政拨款收入4,194.8938,358.130.00"  # (full lines: one paragraph)
