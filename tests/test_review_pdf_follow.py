"""The glyph-by-glyph PDF of an opened stand-in (tests/pdf_glyphs.py) set as its .docx is when the layout says
so (Layout.glyphs_follow, benchmarks/bench_review_forms.py's grid and landscape options): the tables it names on
landscape pages, and the 情况说明's 「　」-split lines as a small ruled table; and the PDF reader taking such a table
as the .docx reader does (the paragraph before it its title, so its amounts are in the text's 万元)."""

from __future__ import annotations

import pdfplumber

from juesuan.review.blocks import table_unit
from juesuan.review.extract import read
from juesuan.review.grid import model
from juesuan.review.rules.beside import lines, rule_text_beside_table
from tests import test_review_adv as adv
from tests import test_review_forms as forms

DOC = "linjiang-jikong-2024"  # opened; 三公 总体情况 paragraph followed by the small 三公 table under option grid
HEAD = ["项目", "预算数", "决算数", "完成率"]


def _glyphs(tmp_path, name: str, follow: bool = True):
    doc = forms.data(name, adv.clean(DOC))
    if not follow:
        return adv.build_glyphs(doc, tmp_path / f"{name}.base.pdf")
    with forms.option(name, DOC):
        return adv.build_glyphs(doc, tmp_path / f"{name}.pdf")


def _small(blocks):
    return [b for b in blocks if b.rows and [c.replace(" ", "") for c in b.rows[0]] == HEAD]


def test_small_table_typed_into_the_text_is_ruled_when_the_layout_says_so(tmp_path):
    ruled = read(_glyphs(tmp_path, "grid"))
    assert len(_small(ruled)) == 1
    rows = _small(ruled)[0].rows
    assert rows[1][:3] == ["合计", "16.80", "14.79"] and rows[3][0] == "公务用车购置及运行维护费"
    lined = read(_glyphs(tmp_path, "grid", follow=False))  # the documents written before: lines of text
    assert not _small(lined)
    assert any(b.text.startswith("项目") and "预算数" in b.text for b in lined if not b.rows)


def test_tables_on_the_landscape_pages_the_layout_names(tmp_path):
    def turned(path) -> list[str]:
        with pdfplumber.open(path) as pdf:
            return [next((f"公开0{k}" for k in range(1, 10) if f"公开0{k}表" in (p.extract_text() or "")), "")
                    for p in pdf.pages if p.rotation == 90]

    follow = turned(_glyphs(tmp_path, "landscape"))
    assert {"公开01", "公开02", "公开03", "公开06"} <= set(follow) and not {"公开07", "公开08", "公开09"} & set(follow)
    assert {"公开07", "公开08", "公开09"} <= set(turned(_glyphs(tmp_path, "landscape", follow=False)))


def test_a_table_after_a_sentence_is_titled_by_it_as_in_the_docx(tmp_path):
    """The small 三公 table printed right after the 总体情况 sentence, no title or unit line of its own: its amounts
    are the text's 万元 in the PDF as in the .docx (before: 元, so each 三公 item's 决算 in the text was said to
    differ from the table's 「0.00万元」)."""
    doc = forms.data("grid", adv.clean(DOC))
    with forms.option("grid", DOC):
        docx = adv.build_docx(doc, tmp_path / "grid.docx")
    for path in (docx, _glyphs(tmp_path, "grid")):
        blocks = model(read(path))
        table = _small(blocks)[0]
        assert table.title.startswith("2024年度“三公”经费财政拨款支出预算为16.80万元"), path
        assert table_unit(table) == "万元"
        assert lines(blocks)["公务用车购置及运行维护费"].final.yuan() == 143700
        assert rule_text_beside_table(blocks) == [], path
