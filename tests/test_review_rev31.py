"""rev31: what a reviewer pastes — every 应为 has its 原文数字, the span it replaces, as the document writes it; 原文
quoted as written; a quote never starts on the 「.」 after a list number; a finding said once for many places bears
its Word comment at each. (The checked properties over every opened stand-in are in tests/test_review_rev25.py.)"""

from __future__ import annotations

from docx import Document

from juesuan.core.findings import Level
from juesuan.review import review_text
from juesuan.review.base import ReviewFinding
from juesuan.review.blocks import Block
from juesuan.review.extract import read
from juesuan.review.outputs import commented_docx
from juesuan.review.repeated import one_per_habit
from juesuan.review.spans import edit_of, spanned
from juesuan.review.written import whole, written


def _f(figure: str, expected: str, quote: str, block: int = 0) -> ReviewFinding:
    return ReviewFinding(Level.WARNING, "R-X", "m", quote=quote, figure=figure, expected=expected, block=block,
                         place="第1段")


def test_an_expected_with_no_figure_takes_the_words_it_replaces():
    said = "上海市东滩区绿化市容管理局2024年度无国有资本经营预算财政拨款收入和支出。"
    f = spanned(_f("", "上海市东滩区绿化和市容管理局", said))
    assert (f.figure, f.expected) == ("上海市东滩区绿化市容管理局", "上海市东滩区绿化和市容管理局")
    # a character changed for one (局 for 馆), not one left out before another put in
    f = spanned(_f("", "上海市南湖区档案馆", "上海市南湖区档案局2024年度预算绩效管理工作开展情况如下。"))
    assert f.figure == "上海市南湖区档案局"
    # a blank: the words around it
    f = spanned(_f("", "完成年初预算的95.99%", "年初预算96.00万元，支出决算92.15万元，完成年初预算的%，为项目支出。"))
    assert (f.figure, f.expected) == ("完成年初预算的%", "完成年初预算的95.99%")
    # nothing in the sentence reads as it: left as it is
    assert spanned(_f("", "持平", "比上年增加0.00万元。")).figure == ""
    assert edit_of("完成年初预算的95.99%。", "完成年初预算的95.99%") is None


def test_an_expected_longer_than_its_figure_is_cut_to_the_span():
    """R-COVER: 原文数字 「2023年度部门决算」 with 应为 the whole heading: pasting it would write 「情况说明」 twice."""
    f = spanned(_f("2023年度部门决算", "2024年度部门决算情况说明", "2023年度部门决算情况说明"))
    assert (f.figure, f.expected) == ("2023年度部门决算", "2024年度部门决算")
    doc = """某某小学2024年度部门决算
目录
第一部分 单位概况
第二部分 2024年度部门决算表
第三部分 2023年度部门决算情况说明
第四部分 名词解释
"""
    assert [(f.code, f.figure, f.expected) for f in review_text(doc)] == [
        ("R-COVER", "2023年度部门决算", "2024年度部门决算")]
    # one that fits stays: a figure for a figure, whatever its precision; never words from inside a number
    assert spanned(_f("12.00万元", "21.00万元", "支出12.00万元。")).expected == "21.00万元"
    share = spanned(_f("69%", "30.99%", "公务接待费支出决算0.53万元,占69%;公务用车购置及运行维护费支出决算1.18万元。"))
    assert (share.figure, share.expected) == ("69%", "30.99%")
    assert edit_of("决算0.53万元,占69%。", "30.99%") is None


def test_the_unit_name_finding_names_the_name_as_written_here():
    head = ("上海市某区档案馆2024年度部门决算\n第一部分 上海市某区档案馆概况\n"
            "上海市某区档案馆2024年度收入支出总计10.00万元。\n")
    text = head + "上海市某区档案局2024年度预算绩效管理工作开展情况如下。"
    found = [(f.figure, f.expected) for f in review_text(text) if f.code == "R-UNIT-NAME"]
    assert found == [("上海市某区档案局", "上海市某区档案馆")]


def test_a_template_alternative_no_figure_decides_has_nothing_to_paste():
    found = [f for f in review_text("“三公”经费支出决算10.00万元，决算数大小于预算数的主要原因是厉行节约。")
             if f.code == "R-TEMPLATE"]
    assert [(f.figure, f.expected) for f in found] == [("大小于", "")]


def test_a_quote_cut_after_its_list_number_starts_at_the_number():
    text = "3.教育支出（类）教育管理事务（款）学前教育（项）。主要用于幼儿园。年初预算为35,900.00万元。"
    b = Block(text, "第1段")
    f = whole([_f("学前教育（项）", "x", text[1:text.index("。") + 1])], [b])[0]
    assert f.quote.startswith("3.教育支出（类）")
    # a quote starting on a decimal point of its own figure, or at its sentence's start, stays
    assert whole([_f("", "", text)], [b])[0].quote == text
    later = "年初预算为35,900.00万元。"
    # (a later sentence of that 项's paragraph is quoted from its name since rev45: tests/test_review_rev45.py)
    assert whole([_f("", "", later)], [b])[0].quote == text
    plain = Block("支出总体情况如下。" + later, "第1段")
    assert whole([_f("", "", later)], [plain])[0].quote == later


def test_quote_and_figure_as_the_paragraph_is_written():
    raw = "3、公务接待费支出 0.86 元，全部为国内公务接待，全年共５批次。"
    b = Block("3、公务接待费支出0.86元，全部为国内公务接待，全年共5批次。", "第1段", raw=raw)
    f = written([_f("0.86元", "0.86万元", b.text)], [b])[0]
    assert (f.written_quote, f.written_figure) == (raw, "0.86 元")
    assert (f.as_dict()["quote"], f.as_dict()["figure"]) == (raw, "0.86 元")  # what the outputs print
    assert (f.quote, f.figure) == (b.text, "0.86元")  # the rules' own: the same in every form
    # a block without its written text (a text copy), and a table, keep the reader's
    t = Block("x", "第1个表格", [["合计", "1.00"]])
    assert written([_f("0.86元", "0.86万元", b.text)], [Block(b.text, "第1行")])[0].as_dict()["quote"] == b.text
    assert written([_f("1.00", "2.00", "合计：1.00", 0)], [t])[0].as_dict()["quote"] == "合计：1.00"


def test_the_docx_reviewed_quotes_its_paragraphs_as_written(tmp_path):
    doc = Document()
    doc.add_paragraph("上海市某某局2024年度部门决算")
    said = "2024年度“三公”经费财政拨款支出决算 12.00 万元，比 2023 年度增加 2.00 万元，增长 25.00%。"
    doc.add_paragraph(said)
    path = tmp_path / "d.docx"
    doc.save(str(path))
    from juesuan.review.rules import run

    found = [f for f in run(read(path)) if f.code == "R-PERCENT"]
    assert [(f.figure, f.expected, f.as_dict()["quote"]) for f in found] == [("25.00%", "20.00%", said)]
    from juesuan.review.outputs import text

    assert f"原文：{said}" in text(found)


def _commented(tmp_path, lines: list[str]) -> tuple[list[ReviewFinding], Document]:
    doc = Document()
    for line in lines:
        doc.add_paragraph(line)
    source = tmp_path / "h.docx"
    doc.save(str(source))
    blocks = read(source)
    from juesuan.review.rules import run

    found = run(blocks)
    out = tmp_path / "h-审阅.docx"
    out.write_bytes(commented_docx(source, blocks, found))
    return found, Document(str(out))


def test_a_habit_said_once_is_commented_at_every_place(tmp_path):
    """One finding for seven places (review.repeated): seven Word comments, each on its own figure, the same text."""
    lines = [f"{k}. 项目{k}支出{k}，{k}00.00万元。" for k in range(1, 8)]
    found, doc = _commented(tmp_path, ["上海市某某局2024年度部门决算情况说明", *lines])
    width = [f for f in found if f.code == "R-FORMAT-WIDTH"]
    assert len(width) == 1 and len(width[0].others) == 6
    anchored = [p.text for p in doc.paragraphs if "commentRangeStart" in p._p.xml]
    assert anchored == lines
    texts = {c.text for c in doc.comments}
    assert len(list(doc.comments)) == 7 and len(texts) == 1


def test_a_fold_keeps_its_others():
    found = [ReviewFinding(Level.WARNING, "R-FORMAT-WIDTH", f"“{k}，400.00万元”应写作“{k},400.00万元”。",
                           quote=f"支出{k}，400.00万元", place=f"第{k}段", block=k, figure=f"{k}，400.00万元")
             for k in range(1, 6)]
    out = one_per_habit(found)
    assert len(out) == 1 and out[0].others == tuple(found[1:])


def test_a_total_stated_before_is_corrected_at_its_own_sentence():
    """「（二）…决算中，甲…，占x%」 whose parts do not add to the total stated in （一）: the R-SUM's 原文数字 is that
    total, so it is said at the total's sentence (where the reviewer pastes 应为), naming the parts' sentence."""
    text = ("（一）“三公”经费财政拨款支出决算总体情况说明\n"
            "2023年“三公”经费财政拨款支出决算为3.46万元，完成预算100%。\n"
            "（二）“三公”经费财政拨款支出决算具体情况说明\n"
            "2023年“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0万元，占0%；公务用车购置及运行维护费支出决算"
            "1.40万元，占40.46%；公务接待费支出决算0.28万元，占8.09%。\n")
    found = [f for f in review_text(text) if f.code == "R-SUM"]
    assert [(f.figure, f.expected) for f in found] == [("3.46万元", "1.68万元")]
    assert found[0].figure in found[0].quote and found[0].quote.startswith("2023年“三公”经费财政拨款支出决算为")
    assert found[0].message.startswith("后文「2023年“三公”经费财…」所列各项之和1.68万元与此处的总数3.46万元不符")


def test_a_small_table_typed_in_a_section_is_placed_by_the_section_and_its_row(tmp_path):
    """A Word table of no 公开 kind and no caption inside 五（三）: its finding's place is the section and the row, not
    the counted 「第2个表格」 nobody counts."""
    from juesuan.review.grid import model
    from juesuan.review.places import placed

    doc = Document()
    doc.add_paragraph("五、一般公共预算财政拨款支出决算情况说明")
    doc.add_paragraph("（三）一般公共预算财政拨款支出决算具体情况")
    table = doc.add_table(rows=2, cols=3)
    for c, (head, value) in enumerate(zip(["项目", "年初预算", "支出决算"], ["农林水支出（类）", "10.00", "12.00"],
                                          strict=True)):
        table.cell(0, c).text, table.cell(1, c).text = head, value
    path = tmp_path / "t.docx"
    doc.save(str(path))
    blocks = model(read(path))
    at = next(k for k, b in enumerate(blocks) if b.is_table)
    f = ReviewFinding(Level.ERROR, "R-X", "m", quote="农林水支出（类）：10.00、12.00", block=at, figure="12.00",
                      place=f"{blocks[at].place}，“农林水支出（类）”行")
    assert placed([f], blocks)[0].place == ("五（三）一般公共预算财政拨款支出决算具体情况的表格，“农林水支出（类）”行，"
                                            "“支出决算”栏")
