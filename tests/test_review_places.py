"""Places a person can find: in Word each finding names the section heading it stands under and its sentence's
opening words, or the 公开 table (its number and name) and its row — never a counted 「第N段」; in a PDF the page
with the section or table after it; a finding in a paragraph running over two pages gives the page where its
sentence (its figure) stands."""

from __future__ import annotations

import re

import pdfplumber
import pytest

from juesuan.review import review_path
from juesuan.review.blocks import normalize
from tests import pdf_docs

# a section ("六、…"), a sub-section as numbered ("五（三）…") or a part ("第三部分…")
_N = "[一二三四五六七八九十]+"
HEADING = rf"（(?:{_N}(?:、|（{_N}）)|第{_N}部分)[^）]*(?:）[^）]*)*）"
TABLE = r"（公开0\d [^（）]+表）"
WORD_TABLE = r"公开0\d [^，（）]+表(?:，“[^”]+”行(?:，[^，]*栏)?)?"
SENTENCE = r"，(?:文本框)?(?:“[^”]+”|「[^」]+」)"  # 「」 where the words hold the document's own “”


@pytest.mark.parametrize("unit", pdf_docs.UNITS)
def test_word_places_name_the_section_or_the_table(tmp_path, unit):
    found = review_path(pdf_docs.build_docx(pdf_docs.load(unit), "clean", tmp_path / f"{unit}.docx"))
    assert found
    heading = HEADING[1:-1]  # the section, not in brackets: it leads the place
    for f in found:
        assert not re.search(r"第\d+(?:段|个表格)", f.place), f.place
        assert re.fullmatch(rf"(?:{heading}{SENTENCE}|{WORD_TABLE})", f.place), f.place
    econ = [f.place for f in found if f.code == "R-ECON-LIST"]
    assert econ and all(p.startswith("六、一般公共预算财政拨款基本支出决算情况说明，“") for p in econ)


@pytest.mark.parametrize("unit", pdf_docs.UNITS)
def test_pdf_places_name_the_section_and_the_page_where_the_sentence_stands(putuo_glyphs, unit):
    pdf, _, found = putuo_glyphs(unit)  # pdf_glyphs.build, reviewed
    with pdfplumber.open(str(pdf)) as doc:
        pages = [normalize((p.extract_text() or "").replace("\n", "")).replace(" ", "") for p in doc.pages]
    tables = 0
    for f in found:
        m = re.match(r"第(\d+)页", f.place)
        assert m, f.place
        if re.match(rf"第\d+页{TABLE}", f.place):
            tables += 1
            continue
        assert re.fullmatch(rf"第\d+页{HEADING}(?:{SENTENCE})?", f.place), f.place
        page = pages[int(m.group(1)) - 1]
        # the sentence's opening words, found on that page (two findings on one page do not share a place)
        said = re.search(r"[“「]((?:[^“”「」]|“[^”]*”)+?)…?[”」]$", f.place)
        assert said is None or said.group(1).replace(" ", "") in page, (f.place, f.quote[:40])
        start = normalize(f.quote).replace(" ", "")[:12]
        assert (f.figure and f.figure in page) or start in page, (f.code, f.place, f.quote[:40])
    assert tables
