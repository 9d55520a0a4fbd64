"""原文 of a PDF table finding as the page prints it (issue 17): the rules quote a table finding's row by its cells
(「208：社会保障和就业支出、471.44、…」, read normalised: 「⽀」 as 支, 「４７１．４４」 as 471.44); its 原文 gives each
cell as the PDF's glyphs print it (the Kangxi radicals a font maps its glyphs to, a cell typed in full width), so a
reviewer's search of the PDF finds them. The place keeps the words as read (pinned places do not move)."""

from __future__ import annotations

import pytest

from juesuan.review import review_path
from juesuan.review.blocks import normalize
from tests import pdf_docs, pdf_glyphs

TITLE = "某某局2024年度一般公共预算财政拨款支出决算表"
NOTE = "注：本表反映部门本年度一般公共预算财政拨款支出情况。"
HEAD = [["科目编码", "科目名称", "合计", "基本支出"]]


def _table(tmp_path, body: list[list[str]], borders: bool, name: str = "t"):
    w = pdf_glyphs.Writer(borders=borders)
    w.paragraph(TITLE, 15, center=True, bold=True)
    w.paragraph("单位：万元", 9, right=True)
    merges = [(len(body) - 1, 0, 1)]
    w.table(pdf_docs.Grid(HEAD, [], body, merges, [2.0, 5.0, 3.0, 3.0]), 9.0, "")
    w.paragraph(NOTE, 9, indent=False)
    return review_path(pdf_glyphs.write_pdf(w.pages, tmp_path / f"{name}.pdf"))


# 2080501 + 2080502 = 113.14 where 20805 says 123.14 (its 类 208 adds up with it: the 款 is the wrong one)
BODY = [["208", "社会保障和就业支出", "123.14", "123.14"], ["20805", "行政事业单位养老支出", "１２３．１４", "123.14"],
        ["2080501", "行政单位离退休", "51.98", "51.98"], ["2080502", "事业单位离退休", "61.16", "61.16"],
        ["合计", "", "123.14", "123.14"]]


@pytest.mark.parametrize("borders", [True, False])
def test_a_table_finding_quotes_its_row_as_printed(tmp_path, borders):
    found = [f for f in _table(tmp_path, BODY, borders) if f.code == "R-TABLE-PARENT"]
    assert found, "the 款 that does not add"
    f = found[0]
    assert (f.figure, f.expected) == ("123.14", "113.14")
    assert "20805" in f.place and "⽀" not in f.place  # (the place as read)
    assert f.quote == "20805：行政事业单位养老支出、123.14、123.14"
    # each cell as printed: the name with the font's Kangxi radical, the full-width cell as typed
    assert f.written_quote == "20805：⾏政事业单位养老⽀出、１２３．１４、123.14", f.written_quote
    assert normalize(f.written_quote) == f.quote
    assert f.written_figure == "１２３．１４"
    assert f.as_dict()["quote"] == f.written_quote and f.as_dict()["figure"] == "１２３．１４"


@pytest.mark.parametrize("borders", [True, False])
def test_a_table_finding_on_a_cell_printed_as_read_keeps_its_figure(tmp_path, borders):
    """The 基本支出 column's 款 is the one wrong (its 合计 column adds up): the figure is printed as read, so 原文数字
    is not written again; 原文 still gives the name as printed."""
    body = [list(r) for r in BODY]
    body[1][2] = "113.14"
    body[0][2] = body[-1][2] = "113.14"
    found = [f for f in _table(tmp_path, body, borders, "basic") if f.code == "R-TABLE-PARENT"]
    assert [(f.figure, f.expected) for f in found] == [("123.14", "113.14")]
    f = found[0]
    assert f.written_figure == "" and "养老⽀出" in f.written_quote and normalize(f.written_quote) == f.quote
