"""The PDF reader on what glyph-by-glyph producers write (tests/pdf_glyphs.py: Type0 Identity-H
fonts, each glyph placed on its own, stream order not reading order). Each structure is first shown
to be in the PDF (pdfplumber's own text has it), then read right."""

from __future__ import annotations

from pathlib import Path

import pdfplumber

from juesuan.review import review_path
from juesuan.review.extract import read
from tests import pdf_docs, pdf_glyphs


def _pdf(tmp_path: Path, build, *, kangxi: bool = True) -> Path:
    w = pdf_glyphs.Writer()
    build(w)
    return pdf_glyphs.write_pdf(w.pages, tmp_path / "doc.pdf", kangxi=kangxi)


def _raw(path: Path) -> str:
    with pdfplumber.open(str(path)) as pdf:
        return "\n".join(p.extract_text() or "" for p in pdf.pages)


def _text(path: Path) -> list[str]:
    return [b.text for b in read(path) if not b.is_table]


def test_kangxi_radicals_read_as_the_characters(tmp_path):
    pdf = _pdf(tmp_path, lambda w: w.paragraph("一般公共预算财政拨款支出决算为100.00万元。", 16))
    assert "⼀般公共预算财政拨款⽀出" in _raw(pdf)  # the font maps 一 and 支 to the radicals
    assert _text(pdf) == ["一般公共预算财政拨款支出决算为100.00万元。"]


def test_bold_printed_twice_read_once(tmp_path):
    def build(w):
        w.paragraph("一、收入决算情况说明", 16, bold=True, indent=False)
        w.paragraph("本年收入合计1,200.00万元。", 16)

    pdf = _pdf(tmp_path, build, kangxi=False)
    assert "一一、、收收入入" in _raw(pdf)
    assert _text(pdf) == ["一、收入决算情况说明", "本年收入合计1,200.00万元。"]


def _grid() -> pdf_docs.Grid:
    body = [["合计", "", "1,234,567.89", "1,234,567.89"], ["201", "一般公共服务支出", "1,234,567.89", "1,234,567.89"]]
    return pdf_docs.Grid([["科目编码", "科目名称", "本年支出合计", "基本支出"]], [], body, [(0, 0, 1)],
                         [1.2, 4.0, 1.5, 1.5])


def test_table_unit_row_spread_label_and_figures_broken_in_their_cells(tmp_path):
    def build(w):
        w.paragraph("支出决算表", 15, center=True, bold=True)
        w.table(_grid(), 9.0, "单位：元")

    pdf = _pdf(tmp_path, build)
    with pdfplumber.open(str(pdf)) as doc:
        cells = doc.pages[0].find_tables()[0].extract()
    assert cells[0][0] == "单位：元" and cells[2][0] == "合 计"
    assert any("\n" in (c or "") and c[0].isdigit() for r in cells for c in r)  # "1,234,56\n7.89"
    table = next(b for b in read(pdf) if b.is_table)
    assert "单位：元" in table.caption and "支出决算表" in table.caption
    assert table.rows == [["科目编码", "科目名称", "本年支出合计", "基本支出"],
                          ["合计", "", "1,234,567.89", "1,234,567.89"],
                          ["201", "一般公共服务支出", "1,234,567.89", "1,234,567.89"]]


def test_landscape_pages_with_footers_of_page_numbers(tmp_path):
    """Items numbered "1." each a paragraph of one line: none is indented against another, none
    shorter than the rest, so only the number opens each."""
    w = pdf_glyphs.Writer()
    w.pages.clear()
    w.new_page(landscape=True)
    for n in range(40):
        w.paragraph(f"{n + 1}.本年支出{n + 1}.00万元，主要用于日常运转。", 12)
    for k, page in enumerate(w.pages, start=1):
        foot = f"第 {k} 页 共 {len(w.pages)} 页"
        page.text(foot, 300, page.height - 40, 9, into=page.margin)
    pdf = pdf_glyphs.write_pdf(w.pages, tmp_path / "wide.pdf")
    with pdfplumber.open(str(pdf)) as doc:
        assert len(doc.pages) >= 2 and doc.pages[0].width > doc.pages[0].height
    text = _text(pdf)
    assert len(text) == 40 and text[-1] == "40.本年支出40.00万元，主要用于日常运转。"
    assert review_path(pdf) == []


def _three_pages(tmp_path: Path, unmapped: frozenset[int], outlined: bool) -> Path:
    w = pdf_glyphs.Writer()
    for n in range(3):
        if n:
            w.new_page()
        if n == 2 and outlined:  # the page's text drawn as paths: no character at all
            w.page.outlines += [(80 + 14 * (k % 30), 100 + 30 * (k // 30)) for k in range(150)]
            continue
        for k in range(6):
            w.paragraph(f"{n + 1}.{k + 1}、本年支出{k + 1}0.00万元，比上年增加{k + 1}.00万元，增长11.11%。", 16)
    return pdf_glyphs.write_pdf(w.pages, tmp_path / "pages.pdf", unmapped=unmapped)


def test_pages_of_unmapped_glyphs_or_outlines_said_by_number(tmp_path):
    """A font without a ToUnicode map (a table pasted from another program) and text printed as
    outlines ("text as graphics"): those pages are named, the rest reviewed; a whole document never."""
    assert [f.code for f in review_path(_three_pages(tmp_path, frozenset(), False))] == []
    pdf = _three_pages(tmp_path, frozenset({2}), True)
    assert "(cid:" in _raw(pdf)
    found = review_path(pdf)
    assert [f.code for f in found] == ["R-UNREAD", "R-UNREAD"], [f.message for f in found]
    assert "第3页是扫描图像或转为图形的文字" in found[0].message
    assert "第2页的文字无法解码" in found[1].message


def test_table_split_from_its_header_rows_by_a_gap_is_one_table(tmp_path):
    """Header rows ruled apart from the body (a gap of a few points between their borders: two
    tables to pdfplumber) are one table with its header."""
    grid = _grid()
    head = pdf_docs.Grid(grid.header, [], [], [], grid.widths)
    body = pdf_docs.Grid([], [], grid.body, grid.body_merges, grid.widths)

    def build(w):
        w.paragraph("支出决算表", 15, center=True, bold=True)
        w.paragraph("单位：元", 9, right=True)
        w.table(head, 9.0, "")
        w.top += 5
        w.table(body, 9.0, "")

    pdf = _pdf(tmp_path, build)
    with pdfplumber.open(str(pdf)) as doc:
        assert len(doc.pages[0].find_tables()) == 2
    tables = [b for b in read(pdf) if b.is_table]
    assert len(tables) == 1 and tables[0].rows[0] == ["科目编码", "科目名称", "本年支出合计", "基本支出"]
    assert len(tables[0].rows) == 3


def test_a_table_pasted_as_a_picture_is_said(tmp_path):
    """A 公开 table's title over a screenshot of the table (no table, no characters in it): the review
    says which table it could not read, never passes it as read; a picture beside text (a chart)
    with no table title is no table."""
    def build(w, title: str):
        w.paragraph("本年收入合计1,200.00万元，比上年增加100.00万元，增长9.09%。", 16)
        w.new_page()
        w.paragraph(title, 15, center=True, bold=True)
        w.paragraph("单位：万元", 9, right=True)
        w.page.pictures.append((70.0, w.top + 5, 450.0, 300.0))

    pdf = _pdf(tmp_path, lambda w: build(w, "上海市某某局2024年度部门收支决算总表"))
    with pdfplumber.open(str(pdf)) as doc:
        assert doc.pages[1].images and not doc.pages[1].find_tables()
    found = review_path(pdf)
    assert [f.code for f in found] == ["R-UNREAD"] and "第2页的收入支出决算总表是图片" in found[0].message
    assert review_path(_pdf(tmp_path, lambda w: build(w, "图1：收入支出变化"))) == []

    def contents(w, background: bool):  # a 目录 naming the nine over a picture, or over a page background
        w.paragraph("本年收入合计1,200.00万元，比上年增加100.00万元，增长9.09%。", 16)
        w.new_page()
        for line in pdf_docs._CONTENTS:
            w.paragraph(line, 12)
        w.page.pictures.append((0.0, 0.0, w.page.width, w.page.height) if background else (70.0, w.top, 450, 300))

    assert review_path(_pdf(tmp_path, lambda w: contents(w, False))) == []
    assert review_path(_pdf(tmp_path, lambda w: contents(w, True))) == []


_USE = "主要用于保障单位日常运转和各项业务工作。"


def test_a_slanted_watermark_is_no_text(tmp_path):
    """A watermark ("内部资料" in large grey letters at 45°, across the lines of the text) is left out."""
    def build(w):
        for k in range(8):
            w.paragraph(f"本年支出{k + 1}0.00万元，比上年增加{k + 1}.00万元，增长11.11%，{_USE}", 16)
        w.page.watermark = "内部资料"

    pdf = _pdf(tmp_path, build)
    assert "资" in _raw(pdf)
    assert all("资" not in t for t in _text(pdf)) and len(_text(pdf)) == 8
    assert review_path(pdf) == []

    def italic(w):  # sheared glyphs (a faked italic) are no watermark: their text is read
        build(w)
        w.page.watermark, w.page.italic = "", True

    text = _text(_pdf(tmp_path, italic))
    assert len(text) == 8 and text[0] == f"本年支出10.00万元，比上年增加1.00万元，增长11.11%，{_USE}"


def test_each_parts_own_page_header_dropped(tmp_path):
    """Word sections give each part its own page header ("…部门决算表" over the tables, "…情况说明"
    over the text): a header standing on a third of the pages is a header too, and a sentence
    going on overleaf is not cut by it."""
    w = pdf_glyphs.Writer()
    for k in range(60):
        w.paragraph(f"{k + 1}、本年支出{k + 1}0.00万元，比上年增加{k + 1}.00万元，增长11.11%，{_USE}{_USE}{_USE}", 16)
    assert len(w.pages) >= 9
    for n, page in enumerate(w.pages):
        head = "上海市某某局2024年度部门决算" + ("表" if n < len(w.pages) // 3 else "情况说明")
        page.text(head, 200, 30, 9, into=page.margin)
    pdf = pdf_glyphs.write_pdf(w.pages, tmp_path / "parts.pdf")
    text = _text(pdf)
    assert not [t for t in text if "部门决算" in t]
    assert len(text) == 60 and all(t.endswith(_USE * 3) for t in text)


def test_caption_rows_inside_a_spreadsheet_table(tmp_path):
    """A table made in a spreadsheet prints its number and unit in its own first row ("公开01表" left,
    "单位：元" right): they are the table's caption, its header is the row below; its 元 meet the
    text's 万元."""
    t1 = [["本年收入合计", "12,000,000.00", "本年支出合计", "12,000,000.00"],
          ["财政拨款收入", "10,000,000.00", "基本支出", "9,000,000.00"]]
    grid = pdf_docs.Grid([["公开01表", "", "单位：元", ""], ["项目", "决算数", "项目", "决算数"]],
                         [(0, 0, 0, 1), (0, 2, 0, 3)], t1, [], [4.0, 3.0, 4.0, 3.0])

    def build(w, total: str):
        w.paragraph("一、收入支出决算总体情况说明", 16, indent=False)
        w.paragraph(f"2024年度本年收入合计{total}万元，其中财政拨款收入1,000.00万元。", 16)
        w.new_page()
        w.paragraph("上海市某某局2024年度部门收支决算总表", 15, center=True, bold=True)
        w.table(grid, 9.0, "")

    pdf = _pdf(tmp_path, lambda w: build(w, "1,200.00"))
    table = next(b for b in read(pdf) if b.is_table)
    assert table.rows[0] == ["项目", "决算数", "项目", "决算数"] and "单位：元" in table.caption
    assert review_path(pdf) == []
    wrong = review_path(_pdf(tmp_path, lambda w: build(w, "1,300.00")))
    assert [(f.code, f.expected) for f in wrong] == [("R-TEXT-TABLE", "1,200.00万元")]
