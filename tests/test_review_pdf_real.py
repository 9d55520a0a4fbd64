"""Structures of real office-suite exports the reader must get right (issue 17), each written into a
small PDF glyph by glyph (tests/pdf_glyphs.py) or a .docx, first shown to be there, then read right.

- **Figures spread by character spacing**: WPS 分散对齐 and a justified short line put the same extra
  space after every glyph, so "12.50" comes out of the PDF as "1 2 . 5 0" (in a line and in a cell).
- **Full-width digits** typed in a Chinese input method's full-width mode ("２０１０１０１", "１２３．４５").
"""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber

from juesuan.review import review_blocks
from juesuan.review.blocks import Block, Blocks, normalize
from juesuan.review.extract import read
from tests import pdf_glyphs


def _page() -> pdf_glyphs.Page:
    return pdf_glyphs.Page(*pdf_glyphs.A4)


def _spread(page: pdf_glyphs.Page, text: str, x0: float, x1: float, top: float, size: float) -> None:
    """``text`` spread to fill x0..x1 by the same space after each glyph (分散对齐)."""
    gap = (x1 - x0 - pdf_glyphs.width(text, size)) / (len(text) - 1)
    page.text(text, x0, top, size, gap=gap)


def _plumbed(pdf: Path) -> tuple[str, list]:
    with pdfplumber.open(str(pdf)) as doc:
        page = doc.pages[0]
        return page.extract_text(), [t.extract() for t in page.find_tables()]


def test_figures_spread_by_character_spacing_read_whole(tmp_path):
    p = _page()
    _spread(p, "支出决算为12.50万元", 60, 420, 100, 16)
    _spread(p, "两项分别为12.50 13.40万元", 60, 520, 140, 16)
    p.text("栏次", 60, 180, 9)
    for k, n in enumerate("123"):  # column numbers a column apart stay apart
        p.text(n, 200 + 60 * k, 180, 9)
    xs = [60, 200, 300, 400]
    for r in range(2):
        for c in range(3):
            p.box(xs[c], 220 + r * 20, xs[c + 1], 240 + r * 20)
    for c, head in enumerate(("科目名称", "决算数", "预算数")):
        p.text(head, xs[c] + 2, 224, 9)
    p.text("行政运行", 62, 244, 9)
    _spread(p, "1,234.50", xs[1] + 1.5, xs[2] - 1.5, 244, 9)
    _spread(p, "12.5", xs[2] + 1.5, xs[3] - 1.5, 244, 9)
    pdf = pdf_glyphs.write_pdf([p], tmp_path / "spread.pdf")
    text, tables = _plumbed(pdf)
    assert "1 2 . 5 0" in text and tables[0][1][1:] == ["1 , 2 3 4 . 5 0", "1 2 . 5"]
    blocks = read(pdf)
    text = "".join(b.text for b in blocks if not b.is_table)
    assert text == "支出决算为12.50万元两项分别为12.50 13.40万元栏次1 2 3"
    rows = [["科目名称", "决算数", "预算数"], ["行政运行", "1,234.50", "12.5"]]
    assert [b.rows for b in blocks if b.is_table] == [rows]


def test_full_width_digits_and_letters_read_as_figures():
    assert normalize("科目２０１０１０１行政运行１２３．４５万元") == "科目2010101行政运行123.45万元"
    assert normalize("合计１，２３４．５６万元，占比１２．５％。") == "合计1,234.56万元，占比12.5％。"
    # widths mixed in one figure stay as written: a format error the rules report (R-FORMAT-WIDTH)
    assert normalize("442，400.00元；１２３．４５6万元") == "442，400.00元；１２３．４５6万元"
    assert normalize("分别为１００，２００人。") == "分别为100，200人。"  # a list stays a list
    assert normalize("ＸＸ万元（Ａ类）；其中：") == "XX万元（A类）；其中："  # CJK punctuation kept
    t1 = [["收入", "", "支出", ""], ["项目", "决算数", "项目", "决算数"],
          ["财政拨款收入", "1,000.00", "一般公共服务支出", "1,200.00"], ["事业收入", "200.00", "", ""],
          ["本年收入合计", "1,200.00", "本年支出合计", "1,200.00"]]

    def document(stated: str) -> Blocks:
        table = Block("\n".join("\t".join(r) for r in t1), "第5页", t1, title="收入支出决算总表 单位：万元",
                      caption="收入支出决算总表 单位：万元")
        return Blocks([Block("一、收入支出决算总体情况说明", "第8页"),
                       Block(normalize(f"２０２４年度本年收入合计{stated}万元，其中财政拨款收入１，０００．００万元。"),
                             "第8页"),
                       table])

    assert [f.code for f in review_blocks(document("１，２００．００"))] == []
    wrong = [f for f in review_blocks(document("１，３００．００")) if f.code == "R-TEXT-TABLE"]
    assert [f.expected for f in wrong] == ["1,200.00万元"]


_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
       'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
       'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
       'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml"')


def _box(*paragraphs: str, vml_only: bool = False):
    """A run holding a text box as Word writes it: DrawingML with a VML fallback copy (or VML only,
    as older Word and WPS write frames)."""
    from docx.oxml import parse_xml

    inner = "<w:txbxContent>" + "".join(f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>" for t in paragraphs) \
        + "</w:txbxContent>"
    vml = f"<w:pict><v:shape><v:textbox>{inner}</v:textbox></v:shape></w:pict>"
    if vml_only:
        return parse_xml(f"<w:r {_NS}>{vml}</w:r>")
    return parse_xml(
        f"<w:r {_NS}><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic>"
        f"<a:graphicData><wps:wsp><wps:txbx>{inner}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor>"
        f"</w:drawing></mc:Choice><mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent></w:r>")


def test_docx_text_boxes_read_once_after_their_paragraph_headers_and_footers_not(tmp_path):
    """A text box anchored inside a sentence is not read into it (nor twice, from its fallback copy):
    its paragraphs follow the paragraph it is anchored in. Page headers and footers are no text of
    the report; tables stay in their place."""
    from docx import Document

    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "某某局2024年度部门决算"
    doc.sections[0].footer.paragraphs[0].text = "第 1 页"
    p = doc.add_paragraph("本年收入合计1,200.00万元，")
    p._p.append(_box("注：财政拨款收入1,000.00万元。", "事业收入200.00万元。"))
    p.add_run("比上年增加100.00万元。")
    doc.add_table(rows=1, cols=2).rows[0].cells[0].text = "合计"
    q = doc.add_paragraph("表后的说明。")
    q._p.append(_box("框中说明。", vml_only=True))
    doc.save(tmp_path / "boxes.docx")
    blocks = read(tmp_path / "boxes.docx")
    assert [(b.place, b.text) for b in blocks] == [
        ("第1段", "本年收入合计1,200.00万元，比上年增加100.00万元。"),
        ("第1段的文本框", "注：财政拨款收入1,000.00万元。"), ("第1段的文本框", "事业收入200.00万元。"),
        ("第1个表格", "合计\t"), ("第2段", "表后的说明。"), ("第2段的文本框", "框中说明。")]


def test_glyph_pdfs_embed_a_font_subset_so_pages_render(tmp_path):
    """tests/pdf_glyphs.py embeds a subset of the machine's CJK font (as office suites embed theirs):
    poppler draws the glyphs (without it, it cannot map the glyph ids and draws empty boxes), and the
    text read is the same."""
    import shutil
    import subprocess

    import pytest
    from PIL import Image

    if pdf_glyphs.cjk_font() is None or shutil.which("pdftoppm") is None:
        pytest.skip("no CJK font (fonts-noto-cjk) or no poppler-utils")
    inked, said = {}, {}
    for embed in (True, False):
        p = _page()
        p.text("一般公共预算财政拨款支出决算为1,234.50万元。", 60, 100, 16)
        pdf = pdf_glyphs.write_pdf([p], tmp_path / f"e{embed}.pdf", embed=embed)
        assert [b.text for b in read(pdf)] == ["一般公共预算财政拨款支出决算为1,234.50万元。"]
        done = subprocess.run(["pdftoppm", "-r", "40", "-png", "-singlefile", str(pdf), str(tmp_path / f"e{embed}")],
                              check=True, capture_output=True, text=True, timeout=60)
        said[embed] = done.stderr
        image = Image.open(tmp_path / f"e{embed}.png").convert("L")
        inked[embed] = sum(1 for v in image.getdata() if v < 128)
    assert "non-embedded font" in said[False] and "non-embedded font" not in said[True]
    assert inked[True] > 150


def test_coverage_counts_yuan_figures_too():
    """A 情况说明 in 元 whose figures were lost is said (R-UNREAD) as one in 万元 is; a whole one, and
    words with 元 that hold no figure (多元, 元旦, 单位：元, 亿元), are not."""
    from juesuan.review.pdf import _coverage_note, coverage

    def measured(text: str) -> dict[int, tuple[int, int]]:
        return coverage(Blocks([Block(text, "第3页")]))

    whole = "本年收入合计12,000,000.00元，比上年增加100.00元。支出决算1,000.00元；基本支出500.00元、项目支出500.00元。"
    lost = "本年收入合计元，比上年增加元。支出决算元；基本支出元、项目支出元。"
    assert measured(whole) == {3: (5, 5)} and not _coverage_note(measured(whole))
    assert measured(lost) == {3: (5, 0)} and "第3页" in _coverage_note(measured(lost))
    assert measured("多元化投入，元旦慰问；单位：元。投资1.2亿元，折合美元，") == {}


def test_table_in_wanyuan_text_in_yuan_through_the_pdf(tmp_path):
    """A table whose unit line says 万元 while the 情况说明 writes 元: the text's figures are compared
    in the table's unit as the PDF prints it (a right one clean, a wrong one given in 元)."""
    from tests import pdf_docs

    grid = pdf_docs.Grid([["项目", "决算数", "项目", "决算数"]], [],
                         [["财政拨款收入", "1,000.00", "一般公共服务支出", "1,200.00"], ["事业收入", "200.00", "", ""],
                          ["本年收入合计", "1,200.00", "本年支出合计", "1,200.00"]], [], [4.0, 2.5, 4.0, 2.5])

    def pdf(stated: str) -> Path:
        w = pdf_glyphs.Writer()
        w.paragraph("某某局2024年度收入支出决算总表", 15, center=True, bold=True)
        w.paragraph("单位：万元", 9, right=True)
        w.table(grid, 9.0, "")
        w.paragraph("一、收入支出决算总体情况说明", 16, indent=False, bold=True)
        w.paragraph(f"2024年度本年收入合计{stated}元，其中财政拨款收入10,000,000.00元。", 16)
        return pdf_glyphs.write_pdf(w.pages, tmp_path / f"{stated}.pdf")

    assert review_blocks(read(pdf("12,000,000.00"))) == []
    wrong = [f for f in review_blocks(read(pdf("13,000,000.00"))) if f.code == "R-TEXT-TABLE"]
    assert [f.expected for f in wrong] == ["12,000,000.00元"]


def test_docx_content_controls_read_in_their_place(tmp_path):
    """Paragraphs and tables inside a block content control (w:sdt: a template's fill-in section) are
    read in their place (python-docx's body lists leave them out); comments still go to the right
    paragraph of those lists."""
    from docx import Document
    from docx.oxml import parse_xml

    from juesuan.review.outputs import commented_docx

    doc = Document()
    doc.add_paragraph("第一段。")
    doc.element.body.insert(1, parse_xml(
        f"<w:sdt {_NS}><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>控件中的段落。</w:t></w:r></w:p>"
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>合计</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:sdtContent></w:sdt>"))
    doc.add_paragraph("本年收入合计1,200.00万元，本年收入合计1,300.00万元。")
    doc.save(tmp_path / "sdt.docx")
    blocks = read(tmp_path / "sdt.docx")
    assert [(b.place, b.text, b.index) for b in blocks] == [
        ("第1段", "第一段。", 0), ("第2段", "控件中的段落。", -1), ("第1个表格", "合计", -1),
        ("第3段", "本年收入合计1,200.00万元，本年收入合计1,300.00万元。", 1)]
    findings = review_blocks(blocks)
    assert findings and all(blocks[f.block].index == 1 for f in findings)
    (tmp_path / "out.docx").write_bytes(commented_docx(tmp_path / "sdt.docx", blocks, findings))
    commented = Document(str(tmp_path / "out.docx"))
    assert len(commented.comments) == len(findings)
    assert ["commentRangeStart" in para._p.xml for para in commented.paragraphs] == [False, True]


def _unruled(path: Path, parent: str, item: str) -> Path:
    """公开05 printed without rules: headers centred over their columns, figures right-aligned."""
    p = _page()
    p.text("一般公共预算财政拨款支出决算表", 150, 60, 15)
    p.text("单位：万元", 480, 90, 9)
    p.text("本年收入合计1,200.00万元，本年支出合计1,200.00万元。", 60, 240, 12)
    rows = [["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
            ["201", "一般公共服务支出", "1,200.00", "1,000.00", "200.00"],
            ["20101", "人大事务", parent, "1,000.00", "200.00"],
            ["2010101", "行政运行", "1,000.00", "1,000.00", "0.00"],
            ["2010102", "一般行政管理事务", item, "0.00", "200.00"],
            ["", "合计", "1,200.00", "1,000.00", "200.00"]]
    xs = [60, 120, 260, 340, 420, 500]
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            room = xs[c + 1] - xs[c] - pdf_glyphs.width(cell, 9)
            p.text(cell, xs[c] + (room / 2 if r == 0 else room - 4 if c >= 2 else 2), 110 + 16 * r, 9)
    return pdf_glyphs.write_pdf([p], path)


def test_a_table_printed_without_rules_is_read_as_a_table(tmp_path):
    clean = _unruled(tmp_path / "clean.pdf", "1,200.00", "200.00")
    with pdfplumber.open(str(clean)) as doc:
        assert doc.pages[0].find_tables() == []  # no rules: pdfplumber finds no table
    blocks = read(clean)
    tables = [b for b in blocks if b.is_table]
    assert [b.rows for b in tables] == [[
        ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        ["201", "一般公共服务支出", "1,200.00", "1,000.00", "200.00"],
        ["20101", "人大事务", "1,200.00", "1,000.00", "200.00"],
        ["2010101", "行政运行", "1,000.00", "1,000.00", "0.00"],
        ["2010102", "一般行政管理事务", "200.00", "0.00", "200.00"],
        ["", "合计", "1,200.00", "1,000.00", "200.00"]]]
    assert "一般公共预算财政拨款支出决算表" in tables[0].caption
    assert [b.text for b in blocks if not b.is_table] == [
        "一般公共预算财政拨款支出决算表", "单位：万元", "本年收入合计1,200.00万元，本年支出合计1,200.00万元。"]
    assert review_blocks(blocks) == []
    wrong = review_blocks(read(_unruled(tmp_path / "wrong.pdf", "1,200.00", "300.00")))  # 300 ≠ 0 + 200
    # the row's 合计 300 ≠ 0 + 200; its parent 20101, computed with it, holds once it is 200: one finding
    assert [(f.code, f.expected) for f in wrong] == [("R-TABLE-SUM", "200.00")]
    assert "20101" in wrong[0].message


def test_unruled_tables_read_whole_or_not_at_all(putuo_glyphs):
    """The 普陀 documents with every table's rules off. Names wrapped in their cells ("机关事业单位基本
    养老保" / "险缴费支出" above and below the row's figures) join their row, 类|款|项 codes their
    columns, a label spread over its cells ("合    计") is one, figures wrapped in their cells
    ("4,733.1" above the row's line, "4" below, beside a wrapped name or not) join their row; a
    table reaching the page's foot is read with its rows overleaf. Every table read so has the rows
    the ruled document's has, the review finds nothing the ruled document does not, and each table
    with amounts left unread is named once (R-UNREAD: its page and 公开 number)."""
    from juesuan.review.grid import model
    from tests import pdf_docs

    read_whole = 0
    for unit in pdf_docs.UNITS:
        said, tables, unread = {}, {}, {}
        for borders in (True, False):
            pdf, blocks, findings = putuo_glyphs(unit, borders)  # pdf_glyphs.build, read, reviewed
            if not borders:
                with pdfplumber.open(str(pdf)) as doc:
                    assert not any(page.find_tables() for page in doc.pages)
            said[borders] = {(f.code, f.expected) for f in findings if f.code != "R-UNREAD"}
            unread[borders] = [f.message for f in findings if f.code == "R-UNREAD"]
            tables[borders] = [b for b in model(blocks) if b.is_table]
        # (a finding whose value comes from a table left unread, 公开04's 合计, states none: the same finding)
        assert said[False] and all(x in said[True] or (not x[1] and x[0] in {c for c, _ in said[True]})
                                   for x in said[False]), (unit, said[False] - said[True])
        assert not unread[True], unit
        ruled = {b.kind: b for b in tables[True]}
        for b in tables[False]:
            assert b.kind and b.unit == "万元" and b.rows[1:] == ruled[b.kind].rows[1:], (unit, b.kind)
            read_whole += 1
        left = [k for k in ruled if k not in {b.kind for b in tables[False]}
                and any(re.fullmatch(r"[\d,]+\.\d{2}", c) and c != "0.00" for r in ruled[k].rows for c in r)]
        assert sorted(left) == sorted(k for k in ruled if any(f"{k}（公开" in m for m in unread[False]))
        assert not left, (unit, left)  # the two-sided 公开01/04 too (label + amount rows, zeros blank)
        assert len(unread[False]) == len(left), unit  # once per table
    # (figures wrapped in their cells read: 公开02, 公开03, 文旅 公开05; the two-sided 公开01/04)
    assert read_whole >= 15
