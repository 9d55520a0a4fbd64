"""What real exports print that the reader read but lost (issue 17, session 14): a 科目 hierarchy shown by the names'
indentation alone (no codes), read as the coded table's levels in every form; the tail of a full-width figure wrapped
in its narrow unruled cell (「４」 alone on its line: no page number); 原文 of a PDF finding as the PDF prints it."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from juesuan.review import review_path
from juesuan.review.blocks import normalize
from juesuan.review.extract import read
from juesuan.review.grid import model
from tests import pdf_docs, pdf_glyphs

TITLE = "某某局2024年度一般公共预算财政拨款支出决算表"
HEAD = [["科目名称", "上年决算数", "本年决算数"]]
# this year 「行政事业单位医疗」 (a 款) is 120.00 where its 项 add to 110.00 (50.00 + 60.00); its 类 adds up with the
# 款 as they should be (110.00 + 300.00 = 410.00), and so does the 合计 with the 类: the 款 is wrong (last year's
# column adds up)
_ROWS = [("社会保障和就业支出", 0, "300.00"), ("行政事业单位养老支出", 1, "300.00"), ("行政单位离退休", 2, "100.00"),
         ("机关事业单位基本养老保险缴费支出", 2, "200.00"), ("卫生健康支出", 0, "410.00"),
         ("行政事业单位医疗", 1, "120.00"), ("行政单位医疗", 2, "50.00"), ("事业单位医疗", 2, "60.00"),
         ("公共卫生", 1, "300.00"), ("疾病预防控制机构", 2, "300.00")]
BODY = [["　" * n + name, "110.00" if value == "120.00" else value, value] for name, n, value in _ROWS] \
    + [["合计", "710.00", "710.00"]]
TEXT = "本年一般公共预算财政拨款支出710.00万元，主要用于保障机构运转。"


def _pdf(tmp_path: Path, borders: bool) -> Path:
    w = pdf_glyphs.Writer(borders=borders)
    w.paragraph(TEXT, 16)
    w.paragraph(TITLE, 15, center=True, bold=True)
    w.paragraph("单位：万元", 9, right=True)
    w.table(pdf_docs.Grid(HEAD, [], BODY, [], [6.0, 2.6, 2.6]), 9.0, "")
    w.paragraph("注：本表反映部门本年度一般公共预算财政拨款支出情况。", 9, indent=False)
    return pdf_glyphs.write_pdf(w.pages, tmp_path / "outline.pdf")


def _docx(tmp_path: Path) -> Path:
    doc = Document()
    doc.add_paragraph(TEXT)
    doc.add_paragraph(TITLE)
    doc.add_paragraph("单位：万元")
    table = doc.add_table(rows=0, cols=3)
    for row in HEAD + BODY:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    doc.add_paragraph("注：本表反映部门本年度一般公共预算财政拨款支出情况。")
    path = tmp_path / "outline.docx"
    doc.save(str(path))
    return path


@pytest.mark.parametrize("form", ["ruled", "unruled", "docx"])
def test_a_hierarchy_shown_by_indentation_alone_is_checked_as_codes_show_it(tmp_path, form):
    """Names indented by 「　」 per level, no codes (some units print their 公开05 so): the table model reads the
    levels (类 1, 款 2, 项 3), so a 款 that does not add up with its 项 is found on its own row, with its 应为, and the
    合计 is checked against the 类 alone (not every row above it: no false sum)."""
    path = _docx(tmp_path) if form == "docx" else _pdf(tmp_path, borders=form == "ruled")
    table = next(b for b in model(read(path)) if b.is_table)
    assert [lv for lv in table.levels if lv] == [1, 2, 3, 3, 1, 2, 3, 3, 2, 3]
    assert not any(c.startswith("\u3000") for r in table.rows for c in r)
    found = [f for f in review_path(path) if f.code.startswith("R-TABLE")]
    assert [(f.code, f.figure, f.expected) for f in found] == [("R-TABLE-PARENT", "120.00", "110.00")]
    assert "“行政事业单位医疗”行" in found[0].place
    assert "上级科目“卫生健康支出”" in found[0].message and "科目0" not in found[0].message


def test_an_indented_table_with_codes_keeps_them(tmp_path):
    """Where codes show the hierarchy the names' indent adds nothing: no levels, the codes read as before."""
    body = [["208", "社会保障和就业支出", "300.00"], ["20805", "　行政事业单位养老支出", "300.00"],
            ["2080501", "　　行政单位离退休", "100.00"], ["2080505", "　　机关事业单位基本养老保险缴费支出", "200.00"]]
    w = pdf_glyphs.Writer()
    w.paragraph(TITLE, 15, center=True, bold=True)
    w.paragraph("单位：万元", 9, right=True)
    w.table(pdf_docs.Grid([["科目编码", "科目名称", "决算数"]], [], body, [], [2.4, 6.0, 2.4]), 9.0, "")
    w.paragraph("注：本表反映部门本年度一般公共预算财政拨款支出情况。", 9, indent=False)
    table = next(b for b in model(read(pdf_glyphs.write_pdf(w.pages, tmp_path / "coded.pdf"))) if b.is_table)
    assert table.levels == ()
    assert [r[:2] for r in table.rows[1:]] == [[c, n.lstrip("　")] for c, n, _ in body]


def test_a_full_width_figure_wrapped_in_its_unruled_cell_keeps_its_tail(tmp_path):
    """A figure typed in full width (「４７１．４４」) is too wide for its narrow cell: it wraps, 「４７１．４」
    above the row's line, 「４」 below; 「１，３６７．」 over 「７６」. The lone 「４」 is the figure's tail, not a
    page number; the head's 「，」 and 「．」 are its separator and point: the cells read 471.44 and 1,367.76."""
    w = pdf_glyphs.Writer(borders=False)
    w.paragraph(TITLE, 15, center=True, bold=True)
    w.paragraph("单位：万元", 9, right=True)
    body = [["201", "一般公共服务支出", "51.98", "51.98"], ["205", "教育支出", "61.16", "61.16"],
            ["208", "社会保障和就业支出", "４７１．４４", "471.44"],
            ["210", "卫生健康支出", "１，３６７．７６", "1,367.76"],
            ["221", "住房保障支出", "409.89", "409.89"], ["合计", "", "2,361.43", "2,361.43"]]
    w.table(pdf_docs.Grid([["科目编码", "科目名称", "合计", "基本支出"]], [], body, [(5, 0, 1)], [2.0, 4.0, 1.8, 2.0]),
            9.0, "")
    w.paragraph("注：本表反映部门本年度一般公共预算财政拨款支出情况。", 9, indent=False)
    table = next(b for b in read(pdf_glyphs.write_pdf(w.pages, tmp_path / "wide.pdf")) if b.is_table)
    amounts = [[c for c in r if c[:1].isdigit() and "." in c] for r in table.rows]
    assert ["471.44", "471.44"] in amounts and ["1,367.76", "1,367.76"] in amounts


def test_a_pdf_finding_quotes_the_text_as_the_pdf_prints_it(tmp_path):
    """原文 and 原文数字 as the PDF's glyphs print them — a Kangxi radical 「⽀」 and one of the Radicals Supplement
    「⻓」 where the font maps them so, a full-width figure — so that a reviewer's search finds them; the rules read
    the text normalised and the place keeps those words (pinned places do not move)."""
    w = pdf_glyphs.Writer()
    w.paragraph("机关运行经费支出185.41万元，比上年增加４．６８万元，增长2.60%。", 16)
    path = pdf_glyphs.write_pdf(w.pages, tmp_path / "printed.pdf", supplement=True)
    f = next(f for f in review_path(path) if f.code == "R-PERCENT")
    assert f.quote == "机关运行经费支出185.41万元，比上年增加4.68万元，增长2.60%。"
    assert f.written_quote != f.quote and normalize(f.written_quote) == f.quote
    assert "运⾏经费⽀出" in f.written_quote and "增⻓" in f.written_quote and "增加４．６８万元" in f.written_quote
    assert "支出" in f.place and "⽀" not in f.place
    assert f.as_dict()["quote"] == f.written_quote


@pytest.mark.parametrize("borders", [True, False])
def test_a_pdf_table_finding_gives_its_figure_as_printed(tmp_path, borders):
    """A table's cell typed in full width (「１，０９４．４７」) is read 1,094.47 for the rules; its 原文数字 is the
    cell as the page prints it, so that a search of the PDF finds it (ruled or not)."""
    w = pdf_glyphs.Writer(borders=borders)
    w.paragraph(TITLE, 15, center=True, bold=True)
    w.paragraph("单位：万元", 9, right=True)
    body = [["201", "一般公共服务支出", "51.98", "51.98"], ["205", "教育支出", "61.16", "61.16"],
            ["208", "社会保障和就业支出", "４７１．４４", "471.44"], ["221", "住房保障支出", "409.89", "409.89"],
            ["合计", "", "１，０９４．４７", "994.47"]]
    w.table(pdf_docs.Grid([["科目编码", "科目名称", "合计", "基本支出"]], [], body, [(4, 0, 1)], [2.0, 4.0, 3.0, 3.0]),
            9.0, "")
    w.paragraph("注：本表反映部门本年度一般公共预算财政拨款支出情况。", 9, indent=False)
    f = next(f for f in review_path(pdf_glyphs.write_pdf(w.pages, tmp_path / "cell.pdf")) if f.code == "R-TABLE-SUM")
    assert (f.figure, f.written_figure, f.expected) == ("1,094.47", "１，０９４．４７", "994.47")
    assert f.as_dict()["figure"] == "１，０９４．４７"


def test_a_header_cell_merged_down_names_its_column_in_the_last_header_row(tmp_path):
    """公开08 printed with its 科目编码 whole in one column (bench_review_forms ``code``, LibreOffice):
    「年初结转和结余」 and 「本年收入」 merged down over the header's two rows, 「本年支出」 across its three columns.
    pdfplumber gives no
    text under a cell merged down; read as the .docx reader reads it (the text again), the header's last row names
    every column, so the rules find the 本年收入 column (bench: an R-TEXT-TABLE lost in the PDF only)."""
    head = [["项目", None, "年初结转和结余", "本年收入", "本年支出", None, None, "年末结转和结余"],
            ["科目编码", "科目名称", None, None, "合计", "基本支出", "项目支出", None]]
    merges = [(0, 0, 0, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 0, 6), (0, 7, 1, 7)]
    body = [["229", "其他支出", "210.35", "1,600.00", "1,480.00", "0.00", "1,480.00", "330.35"],
            ["22960", "彩票公益金安排的支出", "210.35", "1,600.00", "1,480.00", "0.00", "1,480.00", "330.35"],
            ["2296002", "用于社会福利的彩票公益金", "210.35", "1,600.00", "1,480.00", "0.00", "1,480.00", "330.35"]]
    w = pdf_glyphs.Writer()
    w.paragraph("某某局2024年度政府性基金预算财政拨款收入支出决算表", 15, center=True, bold=True)
    w.paragraph("单位：万元", 9, right=True)
    w.table(pdf_docs.Grid(head, merges, body, [], [1.8, 3.6, 1.8, 1.8, 1.8, 1.8, 1.8, 1.8]), 8.0, "")
    table = next(b for b in read(pdf_glyphs.write_pdf(w.pages, tmp_path / "fund.pdf")) if b.is_table)
    assert table.rows[1] == ["科目编码", "科目名称", "年初结转和结余", "本年收入", "合计", "基本支出", "项目支出",
                             "年末结转和结余"]
