"""Page layouts of real 决算 PDFs the reader must see through (written glyph by glyph, tests/pdf_glyphs.py):

- **Unruled tables going on overleaf.** A spreadsheet printed with its borders off (the 决算 tables are
  filled in Excel/WPS 表格 and exported as they are) breaks a long table at the page foot; its print
  titles (页面设置 → 打印标题) repeat the header row overleaf, or do not; a table that just misses its page
  leaves only its 合计 row overleaf; Word tables pasted in print a title "（续）" and the unit line again.
- **Sidebars and watermarks**: a vertical line of text at the page's margin (装订线 text, "内部资料 注意
  保存" stacked glyph under glyph, as WordArt or a text box turned upright writes it), and a large light
  word printed across the text without turning ("样稿"): neither is text of the report, and neither may
  take a figure of the text with it.
- **Wide pages**: a landscape page inside a portrait document written wide (its MediaBox wider than
  tall, as Word writes a landscape section) rather than turned by /Rotate.
"""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber
import pytest

from juesuan.review import review_path
from juesuan.review.extract import read
from tests import pdf_docs, pdf_glyphs

TITLE = "上海市某某局2024年度一般公共预算财政拨款支出决算表"
NOTE = "注：本表反映部门本年度一般公共预算财政拨款实际支出情况。"


def _table_pdf(path: Path, n: int, again: tuple[str, ...] = (), total: int | None = None,
               borders: bool = False) -> Path:
    """A table of ``n`` 项 rows and its 合计 (``total`` when given, else their sum), a note after it;
    unruled unless ``borders``."""
    w = pdf_glyphs.Writer(borders=borders)
    w.paragraph(TITLE, 15, center=True, bold=True)
    w.paragraph("单位：万元", 9, right=True)
    body = [[f"2{k // 10 + 10:02d}{k % 10 + 1:02d}01", f"某某事务支出{k}", f"{(k + 1) * 10}.00", f"{(k + 1) * 10}.00",
             "0.00"] for k in range(n)]
    whole = sum((k + 1) * 10 for k in range(n)) if total is None else total
    body.append(["合计", "", f"{whole:,}.00", f"{whole:,}.00", "0.00"])
    grid = pdf_docs.Grid([["科目编码", "科目名称", "合计", "基本支出", "项目支出"]], [], body, [(n, 0, 1)],
                         [2.0, 5.0, 2.5, 2.5, 2.5])
    w.table(grid, 9.0, "", again)
    w.paragraph(NOTE, 9, indent=False)
    for k, page in enumerate(w.pages, start=1):
        page.text(f"第 {k} 页 共 {len(w.pages)} 页", 260, page.height - 40, 9, into=page.margin)
    return pdf_glyphs.write_pdf(w.pages, path)


@pytest.mark.parametrize(("n", "again"), [(60, ()), (41, ()), (60, (f"{TITLE[12:]}（续）", "单位：万元"))],
                         ids=["no-header-overleaf", "only-total-overleaf", "title-unit-header-again"])
def test_unruled_table_going_on_overleaf_is_one_grid(tmp_path, n, again):
    pdf = _table_pdf(tmp_path / "t.pdf", n, again)
    with pdfplumber.open(str(pdf)) as doc:  # what goes overleaf: rows, only the 合计, or title, unit, header and rows
        overleaf = doc.pages[1].extract_text()
    first = overleaf.splitlines()[0]
    assert "续" in first and "科目编码" in overleaf.replace("科科目目编编码码", "科目编码") if again else \
        first.startswith({60: "2140201", 41: "合 计"}[n])
    blocks = read(pdf)
    assert blocks.pages == 2
    tables = [b for b in blocks if b.is_table]
    assert len(tables) == 1, [b.text[:60] for b in blocks]
    rows = tables[0].rows
    assert rows[0] == ["科目编码", "科目名称", "合计", "基本支出", "项目支出"]
    assert [r[0] for r in rows[1:-1]] == [f"2{k // 10 + 10:02d}{k % 10 + 1:02d}01" for k in range(n)]
    whole = f"{sum((k + 1) * 10 for k in range(n)):,}.00"
    assert rows[-1] == ["", "合计", whole, whole, "0.00"]  # the label spanning code and name: the name's
    assert [b.text for b in blocks if not b.is_table] == [TITLE, "单位：万元", NOTE]
    assert review_path(pdf) == []


@pytest.mark.parametrize("borders", [False, True], ids=["unruled", "ruled"])
def test_a_wrong_total_overleaf_is_found(tmp_path, borders):
    """The 合计 printed alone overleaf is the table's: a wrong one is found against the rows of the page
    before. Ruled, its label spans the code and name cells: that table overleaf has a column fewer."""
    pdf = _table_pdf(tmp_path / "t.pdf", 41, total=8000, borders=borders)
    with pdfplumber.open(str(pdf)) as doc:
        assert doc.pages[1].extract_text().startswith("合 计 8,000.00")  # alone overleaf
    assert len([b for b in read(pdf) if b.is_table]) == 1
    found = review_path(pdf)
    assert [(f.code, f.figure, f.expected) for f in found] == [("R-TABLE-SUM", "8,000.00", "8,610.00")]


@pytest.mark.parametrize("stem", pdf_docs.UNITS)
def test_two_sided_unruled_table_split_across_pages(tmp_path, stem):
    """The 基本支出决算表 of 普陀 (人员经费 left, 公用经费 right, each with its 类|款 code cells) printed
    without rules and larger, so that its longer right half goes on overleaf alone, with the two
    合计 labels spanning their code and name cells: one table, each half whole with its own total.
    文旅 leaves its zero amounts blank: a row of a code and a name only is a row too."""
    unit = pdf_docs.load(stem)
    grid = next(g for key, g, _ in pdf_docs.grids(unit) if key == "公开06")
    w = pdf_glyphs.Writer(borders=False)
    w.paragraph(f"{unit.name}{unit.year}年度一般公共预算财政拨款基本支出决算表", 15, center=True, bold=True)
    w.paragraph("单位：万元", 9, right=True)
    w.table(grid, 11.0, "")
    w.paragraph("注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。", 9, indent=False)
    pdf = pdf_glyphs.write_pdf(w.pages, tmp_path / "t6.pdf")
    blocks = read(pdf)
    assert blocks.pages == 2
    tables = [b for b in blocks if b.is_table]
    assert len(tables) == 1
    rows = unit.tables["公开06"]["rows"]
    left = [r[:3] for r in rows if any(r[:3])]
    right = [r[3:] for r in rows if any(r[3:])]
    want = [[c if c or not n.endswith("合计") else "" for c in (code, n, amount)] for code, n, amount in left + right]
    assert tables[0].rows[1:] == want


_USE = "主要用于保障单位日常运转和各项业务工作，"


def _text_pages(w: pdf_glyphs.Writer, n: int = 12) -> list[str]:
    texts = [f"{k + 1}、本年支出{k + 1}0.00万元，比上年增加{k + 1}.00万元，增长11.11%，{_USE * 3}" for k in range(n)]
    for t in texts:
        w.paragraph(t, 16)
    return texts


def _said(pdf: Path) -> list[str]:
    return [b.text for b in read(pdf) if not b.is_table]


def test_a_vertical_sidebar_at_the_margin_is_no_text(tmp_path):
    """"内部资料注意保存" set glyph under glyph in the left margin beside the text's lines: left out; the
    lines beside it are read whole, their figures with them."""
    w = pdf_glyphs.Writer()
    texts = _text_pages(w)
    for page in w.pages:
        for k, ch in enumerate("内部资料注意保存"):
            page.margin.append((ch, 28.0, 250.0 + 13 * k, 12.0))
    pdf = pdf_glyphs.write_pdf(w.pages, tmp_path / "side.pdf")
    with pdfplumber.open(str(pdf)) as doc:
        assert "内" in "".join(c["text"] for c in doc.pages[0].chars)
    assert _said(pdf) == texts
    assert review_path(pdf) == []


def test_a_watermark_printed_across_the_text_upright(tmp_path):
    """A large word printed over the text without turning ("样稿", 90 pt): left out, the lines it
    crosses read whole."""
    w = pdf_glyphs.Writer()
    texts = _text_pages(w)
    for page in w.pages:
        page.margin += [("样", 150.0, 300.0, 90.0), ("稿", 330.0, 300.0, 90.0)]
    pdf = pdf_glyphs.write_pdf(w.pages, tmp_path / "mark.pdf")
    assert _said(pdf) == texts
    assert review_path(pdf) == []


def test_a_wide_page_inside_a_portrait_document(tmp_path):
    """A landscape section written wide (MediaBox wider than tall, no /Rotate: Word's landscape section)
    with a ruled table, between portrait pages of text, footers 「- n -」: the table read, the text whole."""
    w = pdf_glyphs.Writer()
    texts = _text_pages(w, 4)
    w.new_page(landscape=True)
    w.paragraph(TITLE, 15, center=True, bold=True)
    w.paragraph("单位：万元", 9, right=True)
    body = [["2010101", "行政运行", "100.00", "100.00", "0.00"],
            ["2010102", "一般行政管理事务", "50.00", "0.00", "50.00"], ["合计", "", "150.00", "100.00", "50.00"]]
    w.table(pdf_docs.Grid([["科目编码", "科目名称", "合计", "基本支出", "项目支出"]], [], body, [(2, 0, 1)],
                          [3.0, 8.0, 4.0, 4.0, 4.0]), 10.0, "")
    w.new_page()
    more = [f"本年项目支出{k + 1}0.00万元，{_USE * 4}" for k in range(3)]
    for t in more:
        w.paragraph(t, 16)
    for k, page in enumerate(w.pages, start=1):
        page.text(f"- {k} -", page.width / 2 - 10, page.height - 40, 9, into=page.margin)
    pdf = pdf_glyphs.write_pdf(w.pages, tmp_path / "wide.pdf")
    with pdfplumber.open(str(pdf)) as doc:
        assert [p.width > p.height for p in doc.pages].count(True) == 1 and not any(p.rotation for p in doc.pages)
    blocks = read(pdf)
    assert [b.text for b in blocks if not b.is_table] == [*texts, TITLE, "单位：万元", *more]
    table = next(b for b in blocks if b.is_table)
    assert "合计" in table.rows[-1][:2] and table.rows[-1][2:] == ["150.00", "100.00", "50.00"]
    assert review_path(pdf) == []


def test_figures_in_a_font_without_a_map_are_said(tmp_path):
    """The Chinese read, the figures not (their Latin font's ToUnicode map dropped: "(cid:17)"): the
    review says which pages it could not check, never reports them clean."""
    w = pdf_glyphs.Writer()
    _text_pages(w, 30)
    assert len(w.pages) >= 3
    clean = pdf_glyphs.write_pdf(w.pages, tmp_path / "clean.pdf")
    assert review_path(clean) == []
    pdf = pdf_glyphs.write_pdf(w.pages, tmp_path / "cid.pdf", latin_unmapped=frozenset({2}))
    found = review_path(pdf)
    assert [f.code for f in found] == ["R-UNREAD"] and "第2页有无法解码的字符" in found[0].message


def test_a_table_whose_amounts_are_outlines_is_said(tmp_path):
    """A table whose figures were turned into outlines (pasted as a picture of text, "转为曲线"): its
    codes and names are read, no amount; the review names the table instead of passing it."""
    def build(outlined: bool, blank: bool = False) -> Path:
        w = pdf_glyphs.Writer()
        w.paragraph("本年支出合计150.00万元，其中：基本支出100.00万元，项目支出50.00万元。", 16)
        w.paragraph(TITLE, 15, center=True, bold=True)
        w.paragraph("单位：万元", 9, right=True)
        rows = [["2010101", "行政运行", "100.00", "100.00", "0.00"],
                ["2010102", "一般行政管理事务", "50.00", "0.00", "50.00"], ["合计", "", "150.00", "100.00", "50.00"]]
        top = w.top
        body = [[*r[:2], *([""] * 3 if outlined or blank else r[2:])] for r in rows]
        w.table(pdf_docs.Grid([["科目编码", "科目名称", "合计", "基本支出", "项目支出"]], [], body, [(2, 0, 1)],
                              [2.0, 5.0, 2.5, 2.5, 2.5]), 9.0, "")
        if outlined:  # each amount a few curved glyph shapes in its cell
            w.page.outlines += [(330.0 + 70 * c, top + 22 + 15.7 * r) for r in range(3) for c in range(3)]
        return pdf_glyphs.write_pdf(w.pages, tmp_path / f"t{outlined}{blank}.pdf")

    assert review_path(build(False)) == []
    # left blank (a template, a table without data) draws nothing in its cells: no such note
    assert "没有读出金额" not in "".join(f.message for f in review_path(build(False, blank=True)))
    found = review_path(build(True))
    assert [f.code for f in found] == ["R-UNREAD"], [f.message for f in found]
    assert "第1页的一般公共预算财政拨款支出决算表没有读出金额" in found[0].message


def test_unruled_three_public_table_of_one_row(tmp_path):
    """The 三公 table (four header rows over one row of twelve amounts) printed without rules: one
    table, its row whole; its 预算数 of 0 beside a completion rate in the text is then seen."""
    unit = pdf_docs.load("putuo_sthj_2025")
    grid = next(g for key, g, _ in pdf_docs.grids(unit) if key == "公开07")
    w = pdf_glyphs.Writer(borders=False)
    w.paragraph(f"{unit.name}{unit.year}年度财政拨款“三公”经费支出决算表", 15, center=True, bold=True)
    w.paragraph("单位：万元", 9, right=True)
    w.table(grid, 8.0, "")
    w.paragraph("注：本表反映部门本年度“三公”经费支出预决算情况。", 9, indent=False)
    blocks = read(pdf_glyphs.write_pdf(w.pages, tmp_path / "t7.pdf"))
    tables = [b for b in blocks if b.is_table]
    assert len(tables) == 1 and tables[0].rows[-1] == unit.tables["公开07"]["rows"][0]
    assert "预算数" in tables[0].rows[-2]
    assert not [b for b in blocks if re.search(r"\d\.\d\d", b.text) and not b.is_table]
