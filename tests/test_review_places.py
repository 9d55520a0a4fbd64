"""Places a person can find: in Word and PDF each finding names the section heading it stands under
or the 公开 table (its name and number) besides the paragraph, table or page; a finding in a
paragraph running over two pages gives the page where its sentence (its figure) stands."""

from __future__ import annotations

import re

import pdfplumber
import pytest

from juesuan.review import review_path
from juesuan.review.blocks import normalize
from tests import pdf_docs, pdf_glyphs

# a section ("六、…"), a sub-section as numbered ("五（三）…") or a part ("第三部分…")
_N = "[一二三四五六七八九十]+"
HEADING = rf"（(?:{_N}(?:、|（{_N}）)|第{_N}部分)[^）]*(?:）[^）]*)*）"
TABLE = r"（[^，]+，公开0\d表）"


@pytest.mark.parametrize("unit", pdf_docs.UNITS)
def test_word_places_name_the_section_or_the_table(tmp_path, unit):
    found = review_path(pdf_docs.build_docx(pdf_docs.load(unit), "clean", tmp_path / f"{unit}.docx"))
    assert found
    for f in found:
        if f.place.startswith("第") and "段" in f.place.split("（")[0]:
            assert re.fullmatch(rf"第\d+段{HEADING}", f.place), f.place
        elif "个表格" in f.place:
            assert re.match(rf"第\d+个表格{TABLE}", f.place), f.place
    econ = [f.place for f in found if f.code == "R-ECON-LIST"]
    assert econ and all(p.endswith("（六、一般公共预算财政拨款基本支出决算情况说明）") for p in econ)


@pytest.mark.parametrize("unit", pdf_docs.UNITS)
def test_pdf_places_name_the_section_and_the_page_where_the_sentence_stands(tmp_path, unit):
    pdf = pdf_glyphs.build(pdf_docs.load(unit), tmp_path / f"{unit}.pdf")
    found = review_path(pdf)
    with pdfplumber.open(str(pdf)) as doc:
        pages = [normalize((p.extract_text() or "").replace("\n", "")).replace(" ", "") for p in doc.pages]
    tables = 0
    for f in found:
        m = re.match(r"第(\d+)页", f.place)
        assert m, f.place
        if re.match(rf"第\d+页{TABLE}", f.place):
            tables += 1
            continue
        assert re.fullmatch(rf"第\d+页{HEADING}", f.place), f.place
        page = pages[int(m.group(1)) - 1]
        start = normalize(f.quote).replace(" ", "")[:12]
        assert (f.figure and f.figure in page) or start in page, (f.code, f.place, f.quote[:40])
    assert tables
