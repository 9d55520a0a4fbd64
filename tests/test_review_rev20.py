"""Where a finding points (eyes10 points 11 and 12): a Word file's place is what its reader sees — the section and the
sentence's opening words, a table's 公开 number and name with its row and column — never 「第88段」 or 「第4个表格」;
a Word comment sits on its figure's runs, across run boundaries and the spaces inside it; one cell, one finding."""

from __future__ import annotations

import re

from docx import Document

from juesuan.core.findings import Level
from juesuan.review import review_blocks
from juesuan.review.base import ReviewFinding
from juesuan.review.blocks import Block
from juesuan.review.extract import read
from juesuan.review.outputs import commented_docx
from juesuan.review.places import column_name, opening, placed

SECTION = "二、收入决算情况说明"


def _commented_text(path) -> list[str]:
    """The text each paragraph comment is anchored on (between its range start and end)."""
    doc = Document(str(path))
    out = []
    for p in doc.paragraphs:
        for m in re.finditer(r"<w:commentRangeStart[^>]*/>(.*?)<w:commentRangeEnd", p._p.xml, re.S):
            out.append("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", m.group(1))))
    return out


def test_a_word_paragraph_is_placed_by_its_section_and_its_sentences_opening_words():
    text = ("本年收入合计2,605.76万元。其中：财政拨款收入2,495.18万元，占95.76%；事业收入86.40万元，占3.32——主要为"
            "文献复制收入。")
    b = Block(text, "第88段", index=88, section=SECTION)
    f = ReviewFinding(Level.WARNING, "R-UNIT-MISSING", "m", quote=text, place="第88段", block=0, figure="3.32")
    (got,) = placed([f], [b])
    assert got.place == f"{SECTION}，“其中：财政拨款收入2,495.18万元…”"
    assert "第88段" not in got.place
    # a PDF keeps its page, with the section and the sentence's opening words after it
    pdf = Block(text, "第5页", section=SECTION)
    assert placed([f.__class__(**{**f.__dict__, "place": "第5页"})], [pdf])[0].place == \
        f"第5页（{SECTION}），“其中：财政拨款收入2,495.18万元…”"


def test_the_opening_words_keep_a_figure_whole_and_a_quote_inside_as_written():
    said = "“三公”经费财政拨款支出年初预算为11.49万元，支出决算为3.04万元。"
    assert opening(said, 30) == "「“三公”经费财政拨款支出年初预…」"  # the document's marks: Ctrl-F finds them
    assert opening("编报绩效目标的2024年度项目3个，涉及预算金额380.00万元。", 20) == "“编报绩效目标的2024年度项目3个…”"
    assert opening("短句。", 0) == "“短句”"


def test_a_table_finding_is_placed_by_its_public_number_name_row_and_column():
    rows = [["收入", "", "支出", "", "", "", ""],
            ["项目", "决算数", "项目", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款",
             "国有资本经营预算财政拨款"],
            ["本年收入合计", "2,495.18", "本年支出合计", "2,459.18", "2,495.18", "0.00", "0.00"]]
    caption = "财政拨款收入支出决算总表 公开04表 单位：万元"
    table = Block("\n".join("\t".join(r) for r in rows), "第4个表格", rows, index=3, title=caption, caption=caption)
    f = ReviewFinding(Level.ERROR, "R-TABLE-SUM", "此表的合计不符", quote="本年支出合计：2,459.18",
                      place="第4个表格，“本年支出合计”行", block=0, figure="2,459.18", expected="2,495.18")
    (got,) = placed([f], [table])
    assert got.place == "公开04 财政拨款收入支出决算总表，“本年支出合计”行，支出“合计”栏"
    assert got.message == "“财政拨款收入支出决算总表”的合计不符"
    assert column_name(rows, 1) == "收入“决算数”栏"


def test_a_column_under_a_generic_head_is_named_with_its_group():
    rows = [["财政拨款“三公”经费", "", "", "", "", ""],
            ["合计", "", "公务用车购置及运行维护费", "", "", ""],
            ["合计", "", "小计", "", "公务用车购置费", ""],
            ["预算数", "决算数", "预算数", "决算数", "预算数", "决算数"],
            ["5.70", "4.84", "4.50", "3.98", "0.00", "0.00"]]
    assert column_name(rows, 3) == "公务用车购置及运行维护费小计“决算数”栏"
    assert column_name(rows, 5) == "公务用车购置费“决算数”栏"


def test_word_places_never_count_paragraphs_or_tables(tmp_path):
    doc = Document()
    doc.add_paragraph("二、收入决算情况说明")
    doc.add_paragraph("本年收入合计1,000.00万元，其中：财政拨款收入700.00万元，事业收入200.00万元。")
    source = tmp_path / "p.docx"
    doc.save(str(source))
    found = review_blocks(read(source))
    assert found
    for f in found:
        assert not re.search(r"第\d+(?:段|个表格)", f.place), f.place
    assert any(f.place == f"{SECTION}，“本年收入合计1,000.00万元…”" for f in found), [f.place for f in found]


def test_a_comment_sits_on_a_figure_split_over_runs_with_a_space_before_its_unit(tmp_path):
    doc = Document()
    p = doc.add_paragraph("3、公务接待费支出 0.")
    p.add_run("8")
    p.add_run("6 ")  # the figure's digits over three runs, a space before its unit
    p.add_run("元，全部为国内公务接待。")
    source = tmp_path / "s.docx"
    doc.save(str(source))
    blocks = read(source)
    f = ReviewFinding(Level.WARNING, "R-UNIT-MISSING", "“0.86元”漏写“万”", quote=blocks[0].text, block=0,
                      figure="0.86元", expected="0.86万元")
    out = tmp_path / "s-审阅.docx"
    out.write_bytes(commented_docx(source, blocks, [f]))
    assert _commented_text(out) == ["0.86 元"]
    assert Document(str(out)).paragraphs[0].text == "3、公务接待费支出 0.86 元，全部为国内公务接待。"


def test_a_comment_without_a_figure_sits_on_the_words_its_correction_deletes(tmp_path):
    doc = Document()
    doc.add_paragraph("公用经费537.26万元，主要包括办公费、印刷费、水费。")
    source = tmp_path / "e.docx"
    doc.save(str(source))
    blocks = read(source)
    f = ReviewFinding(Level.WARNING, "R-ECON-LIST", "所列“印刷费”在基本支出决算表中为0", quote=blocks[0].text,
                      block=0, figure="", expected="删去“印刷费”")
    out = tmp_path / "e-审阅.docx"
    out.write_bytes(commented_docx(source, blocks, [f]))
    assert _commented_text(out) == ["印刷费"]


def test_one_cell_one_finding_a_separator_slip_in_a_row_another_finding_names_is_said_there():
    rows = [["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
            ["", "合计", "4,100.00", "2000.00", "2,000.00"],  # 合计 wrong, and 2000.00 without its separator
            ["201", "一般公共服务支出", "4,000.00", "2,000.00", "2,000.00"],
            ["20101", "人大事务", "4,000.00", "2,000.00", "2,000.00"]]
    cap = "一般公共预算财政拨款支出决算表 公开05表 单位：万元"
    table = Block("\n".join("\t".join(r) for r in rows), "第1个表格", rows, index=1, title=cap, caption=cap)
    found = review_blocks([Block("上海市某局2024年度部门决算", "第0段", index=0), table])
    assert [f.code for f in found] == ["R-TABLE-SUM"]  # no 提示 of its own on a cell of the row it names
    (f,) = found
    assert f.place == "公开05 一般公共预算财政拨款支出决算表，“合计”行，“合计”栏"
    assert f.message.endswith("；本行的2000.00也未用千位分隔符：应为2,000.00。")


def test_a_calculation_says_a_term_without_brackets_its_sign_in_the_operator():
    from juesuan.review import review_text
    from juesuan.review.style import plain_signs

    text = ("“三公”经费财政拨款支出决算比上年减少0.50万元，下降4.55%。其中：因公出国（境）费两年均未发生；"
            "公务用车购置及运行维护费减少0.65万元，下降5.37%；公务接待费增加0.06万元，增长10.34%。")
    (f,) = [f for f in review_text(text) if f.code == "R-SUM"]
    assert f.why.startswith("−0.50万元 − 0.06万元 = −0.56万元；"), f.why
    assert plain_signs("1.00万元 − (0.65万元) + (0.06万元) = 0.41万元") == "1.00万元 − 0.65万元 + 0.06万元 = 0.41万元"
    assert plain_signs("20.00万元 − (−10.00万元) = 30.00万元") == "20.00万元 − (−10.00万元) = 30.00万元"  # its sign
    assert plain_signs("1.00 − (0.50 + 0.06)") == "1.00 − (0.50 + 0.06)"  # a sum in brackets stays
