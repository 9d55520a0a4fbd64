"""What backs an 应为, said so that a reviewer can check it: another section by its name (and page), never a
paragraph's number; a row's own columns by their headers; a list's parts by their count; a 计算 line of terms with
their units; a line that computes nothing labelled 「依据」 (eyes9 points 2, 4, 11, 12, 13)."""

from __future__ import annotations

from juesuan.review.blocks import Block
from juesuan.review.outputs import why_label
from juesuan.review.places import named

SECTION = "八、政府性基金预算财政拨款收入支出决算情况说明"


def test_another_paragraph_is_named_by_its_section_and_page_never_by_its_paragraph_number():
    docx = Block("本年收入1,600.00万元。", "第116段", section=SECTION)
    assert named(docx) == SECTION
    assert named(Block("本年收入1,600.00万元。", "第17页", section=SECTION)) == f"{SECTION}（第17页）"
    assert named(Block("本年收入1,600.00万元。", "第392行", section=SECTION)) == f"{SECTION}（第392行）"
    assert named(Block("本年收入1,600.00万元。", "第116段")) == "第116段"  # no section known: its place
    table = Block("", "第8个表格", rows=[["合计", "1.00"]], kind="政府性基金预算财政拨款收入支出决算表")
    assert named(table) == "政府性基金预算财政拨款收入支出决算表"
    assert named(table, "第17页") == "政府性基金预算财政拨款收入支出决算表（第17页）"


def test_a_line_that_computes_nothing_is_labelled_as_what_the_finding_rests_on():
    assert why_label("1,600.00万元 ÷ 8,924.26万元 × 100% = 17.93%") == "计算"
    assert why_label("956.18万元 > 937.25万元") == "计算"
    assert why_label("3,365.38万元 + 1,367.75万元 ≠ 4,733.14万元") == "计算"
    assert why_label("基本支出决算表中公用经费有金额的科目：“办公费”、“印刷费”") == "依据"
    assert why_label("正文：一般公共预算财政拨款支出24535.67万元") == "依据"
    assert why_label("收入支出决算总表中为10,644.55万元") == "依据"
