"""What backs an 应为, said so that a reviewer can check it: another section by its name (and page), never a
paragraph's number; a row's own columns by their headers; a list's parts by their count; a 计算 line of terms with
their units; a line that computes nothing labelled 「依据」 (eyes9 points 2, 4, 11, 12, 13)."""

from __future__ import annotations

from dataclasses import replace

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


def test_every_term_of_a_calculation_carries_its_unit_and_the_documents_style():
    from juesuan.review import review_text

    text = ("机关运行经费支出1244.96万元，比2023年度增加146.51万元，增长11.77%。"
            "本年收入合计2000.00万元，其中：财政拨款收入1500.00万元。")
    (f,) = [f for f in review_text(text) if f.code == "R-PERCENT"]
    # the text's figures as it writes them (no separator), each with 万元; the base it derives in the same style
    assert f.why == "2023年度为1244.96万元 − 146.51万元 = 1098.45万元；146.51万元 ÷ 1098.45万元 × 100% = 13.34%"


def test_a_calculation_line_says_equals_one_way_and_a_converted_result_in_the_figures_decimals():
    from juesuan.core.findings import Level
    from juesuan.review.base import ReviewFinding
    from juesuan.review.style import calc_line, majority

    para = Block("公务用车运行维护费支出决算64,800元。", "第3段")
    f = ReviewFinding(Level.ERROR, "R-TEXT-TABLE", "m", block=0, figure="64,800元", expected="68,400元",
                      why="三公经费表中公务用车运行维护费决算为6.84万元＝68,400.00元")
    assert calc_line(f.why, f, [para], majority([para])) == "三公经费表中公务用车运行维护费决算为6.84万元 = 68,400元"


def test_a_table_figure_in_a_calculation_is_as_the_table_prints_it_with_its_unit():
    from juesuan.core.findings import Level
    from juesuan.review.base import ReviewFinding
    from juesuan.review.style import calc_line, majority

    table = Block("", "第1个表格", rows=[["合计", "8,002.54"], ["201", "7,807.14"]], unit="万元")
    para = Block("一般公共预算财政拨款支出8002.54万元，其中：一般公共服务支出7807.14万元。", "第3段")
    f = ReviewFinding(Level.ERROR, "R-TEXT-TABLE", "m", block=1, figure="8200.54万元", expected="8002.54万元",
                      why="一般公共预算财政拨款支出决算表的合计为8,002.54；7,807.14万元 + 195.40万元 = 8,002.54万元")
    assert calc_line(f.why, f, [table, para], majority([table, para])) == (
        "一般公共预算财政拨款支出决算表的合计为8,002.54万元；7807.14万元 + 195.40万元 = 8002.54万元")
    # a table's own finding: its figures as the table prints them
    g = ReviewFinding(Level.ERROR, "R-TABLE-CROSS", "m", block=0, figure="8,002.54", expected="8,002.54",
                      why="7807.14 + 195.40 ≠ 8002.54")
    assert calc_line(g.why, g, [table, para], majority([table, para])) == "7,807.14万元 + 195.40万元 ≠ 8,002.54万元"


def _table(rows, caption="一般公共预算财政拨款支出决算表 公开05表 单位：万元"):
    return Block("\n".join("\t".join(r) for r in rows), "第1个表格", rows, index=0, title=caption, caption=caption)


HEAD = ["功能分类科目编码", "科目名称", "合计", "基本支出", "项目支出"]


def test_a_rows_own_columns_are_named_by_their_headers_and_a_lone_part_by_its_row():
    from juesuan.review import review_blocks

    rows = [HEAD, ["", "合计", "471.44", "460.67", "10.77"],
            ["208", "社会保障和就业支出", "471.44", "460.67", "10.77"],
            ["20805", "行政事业单位养老支出", "471.44", "460.67", "10.77"],
            ["2080505", "机关事业单位基本养老保险缴费支出", "417.44", "460.67", "10.77"]]
    found = review_blocks([_table(rows)])
    (f,) = [f for f in found if "2080505" in f.place or "20805" in f.place]
    # the parent 20805 has one child only: named, not 「417.44 = 417.44」; the odd row is the child
    said = f.message + f.why
    assert "各列" not in said and "本行基本支出＋项目支出" in said, said
    assert "417.44万元 = 417.44万元" not in f.why


def test_a_lone_class_row_under_the_total_is_named_in_the_basis():
    from juesuan.review import review_blocks

    rows = [HEAD, ["", "合计", "1,060.00", "0.00", "1,060.00"],
            ["229", "其他支出", "1,600.00", "0.00", "1,600.00"],
            ["22960", "彩票公益金安排的支出", "1,600.00", "0.00", "1,600.00"]]
    found = [f for f in review_blocks([_table(rows)]) if f.code == "R-TABLE-SUM" and "“合计”" in f.place]
    assert found, found
    assert any(f.why == "下方只有一行：“229”行为1,600.00万元" and "唯一的类级科目“229”" in f.message for f in found)
    assert all("1,600.00万元 = 1,600.00万元" not in f.why for f in found)


def test_the_three_gong_item_blamed_in_plain_arithmetic_first_then_the_rates():
    from juesuan.review import review_text

    text = ("“三公”经费支出比上年增加20.00万元，增长20.00%。其中：因公出国（境）费两年均未发生；"
            "公务接待费增加40.00万元，增长37.50%；公务用车运行维护费减少10.00万元，下降50.00%。")
    (f,) = review_text(text)
    assert "总的增加20.00万元、公务用车运行维护费减少10.00万元，公务接待费应增加30.00万元；" in f.message
    assert "总数的20.00%和公务用车运行维护费的50.00%都与此相符" in f.message
    assert f.why.startswith("20.00万元 − (−10.00万元) = 30.00万元；")
    assert "上年总数" in f.why and "总数上年" not in f.why


def test_the_statement_that_agrees_with_a_tables_expected_is_named_with_what_it_says():
    from juesuan.core.findings import Level
    from juesuan.review.arbiter import _also
    from juesuan.review.base import ReviewFinding

    table = _table([HEAD, ["", "合计", "1,060.00", "0.00", "1,060.00"]])
    para = Block("本年收入1,600.00万元。", "第116段", section=SECTION)
    kept = ReviewFinding(Level.ERROR, "R-TABLE-SUM", "m", block=0, figure="1,060.00", expected="1,600.00万元")
    said = "“本年收入”正文为1,600.00万元，与政府性基金预算财政拨款收入支出决算表不符"
    text = ReviewFinding(Level.ERROR, "R-TEXT-TABLE", said, block=1, figure="1,600.00万元", expected="1,060.00万元",
                         place="第116段")
    assert _also(text, kept, [table, para]) == f"{SECTION}写本年收入1,600.00万元"
    said = "正文本年收入1,600.00万元与公开08政府性基金预算财政拨款收入支出决算表的1,060.00万元不符"  # (text_table's)
    assert _also(replace(text, message=said), kept, [table, para]) == f"{SECTION}写本年收入1,600.00万元"


def test_a_table_sum_finding_names_the_cell_as_written_and_quotes_only_its_own_half_of_the_row():
    """eyes10 1: 「“本年支出合计”的“决算数”为2,459.18万元，…：应为2,495.18万元」, and the 原文 of a two-sided row
    without the other half (本年收入合计's 2,495.18 made the wrong cell look right)."""
    from juesuan.review import review_blocks
    rows = [["收入", "", "支出", ""], ["项目", "决算数", "项目", "决算数"],
            ["一、一般公共预算财政拨款收入", "2,495.18", "一、一般公共服务支出", "2,000.00"],
            ["", "", "二、文化旅游体育与传媒支出", "495.18"],
            ["本年收入合计", "2,495.18", "本年支出合计", "2,459.18"]]
    table = Block("", "第3页", rows, title="单位：万元", caption="收入支出决算总表 单位：万元", index=0)
    (f,) = [f for f in review_blocks([table]) if f.code == "R-TABLE-SUM"]
    assert "为2,459.18万元，与上方各行之和不符：应为2,495.18万元" in f.message
    assert f.quote == "本年支出合计：2,459.18"


def test_a_calculation_with_more_decimals_than_the_expected_value_says_the_rounding():
    """eyes10 8: 「× 100% = 4.09%」 beside 应为 4.1% (a document writing one decimal): the 计算 says the rounding."""
    from juesuan.review.style import rounded_as_written
    assert rounded_as_written("220.57万元 ÷ 5,398.62万元 × 100% = 4.09%", "4.1%") == \
        "220.57万元 ÷ 5,398.62万元 × 100% = 4.09%，保留一位小数为4.1%"
    assert rounded_as_written("a ÷ b × 100% = 4.09%", "4.09%") == "a ÷ b × 100% = 4.09%"  # same precision
    assert rounded_as_written("a ÷ b × 100% = 4.09%", "5.1%") == "a ÷ b × 100% = 4.09%"  # not this result
    assert rounded_as_written("a ÷ b × 100% = 99.65%", "100%") == "a ÷ b × 100% = 99.65%，保留整数为100%"


def test_a_full_width_percent_in_a_calculation_is_a_percent_not_an_amount():
    from juesuan.core.findings import Level
    from juesuan.review.base import ReviewFinding
    from juesuan.review.style import calc_line, majority

    para = Block("本年支出17,426.85万元，其中基本支出3,103.64万元，占17.81％。", "第3段")
    f = ReviewFinding(Level.ERROR, "R-TEXT-TABLE", "m", block=0, figure="17,426.85万元", expected="17,426.85万元",
                      why="3,103.64万元 ÷ 17,426.85万元 × 100% = 17.81％")
    assert calc_line(f.why, f, [para], majority([para])).endswith("× 100% = 17.81％")
