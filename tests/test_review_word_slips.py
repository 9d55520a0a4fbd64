"""Words left out or run together (rules.wording.rule_word_slips), years written short or long
(rules.names.rule_typos) and a heading's year against the document's (rules.years.rule_heading_years):
each a mechanism over several shapes, and quiet on the correct forms."""

from __future__ import annotations

import pytest

from juesuan.review import review_text

TITLE = "某区某某局2024年度部门决算\n"


def _slips(text: str, code: str) -> list[tuple[str, str]]:
    return [(f.figure, f.expected) for f in review_text(TITLE + text) if f.code == code]


@pytest.mark.parametrize(("text", "written"), [
    ("2024年度收入合计4697.76万元，2023年度相比，减少956.31万元，下降16.90%。", "2023年度相比"),
    ("2024年度收入合计4697.76万元,2023年度相比,减少956.31万元,下降16.90%。", "2023年度相比"),
    ("本年收入110.00万元，上年相比增加10.00万元，增长10.00%。", "上年相比"),
    ("本年支出110.00万元。2023年同期相比增加10.00万元。", "2023年同期相比"),
])
def test_a_comparison_without_its_yu(text, written):
    assert _slips(text, "R-WORD-SLIP") == [(written, f"与{written}")]


@pytest.mark.parametrize("text", [
    "2024年度收入合计4697.76万元，与2023年度相比，减少956.31万元。",
    "2024年度收入合计4697.76万元，同2023年度相比，减少956.31万元。",
    "2024年度相比2023年度，收入减少956.31万元。",
    "较2023年度相比，收入减少956.31万元。",
])
def test_comparisons_with_their_word_are_left_alone(text):
    assert _slips(text, "R-WORD-SLIP") == []


def test_two_budget_words_run_together_before_an_amount():
    said = "政府性基金预算财政拨款收入2002.80万元，支出收入2002.80万元，支出具体情况如下："
    assert _slips(said, "R-WORD-SLIP") == [("支出收入", "支出")]
    assert _slips("本年支出300.00万元，收入支出为300.00万元。", "R-WORD-SLIP") == [("收入支出", "收入")]
    # the names of tables and of 收支 lines are not words run together
    assert _slips("详见收入支出决算总表。本年收入支出决算平衡，收支总计均为300.00万元。", "R-WORD-SLIP") == []


def test_a_cut_word_running_into_qizhong():
    text = "收入减少719.66万元，主要原因是减少疫情防控经费支其中：财政拨款收入7548.19万元，占100.00%。"
    assert _slips(text, "R-WORD-SLIP") == [("经费支其中", "经费支出。其中")]
    text = "主要原因是上级补助收其中，财政拨款收入20.00万元。"
    assert _slips(text, "R-WORD-SLIP") == [("补助收其中", "补助收入。其中")]
    assert _slips("本年支出300.00万元。其中：基本支出200.00万元。", "R-WORD-SLIP") == []


@pytest.mark.parametrize(("text", "written", "right"), [
    ("2024年预算数300.00万元。\n22024年预算数300.00万元，决算数310.00万元。", "22024年预算数", "2024年"),
    ("2024年预算数300.00万元。\n20244年决算数310.00万元。", "20244年决算数", "2024年"),
])
def test_a_year_with_a_digit_too_many(text, written, right):
    assert _slips(text, "R-TYPO-YEAR") == [(written, right)]


def test_a_number_before_a_year_that_is_a_tables_is_left_alone():
    assert _slips("2024年全区收支平衡。\n表12024年全区一般公共预算收支决算平衡表", "R-TYPO-YEAR") == []
    assert _slips("2024年预算数300.00万元，其中12024.00元为上年结转。", "R-TYPO-YEAR") == []


CONTENTS = """目录
第一部分 单位概况
第二部分 2018年度部门决算表
第三部分 2018年度部门决算情况说明
第四部分 其他重要事项的情况说明
（一）项目支出绩效自评
（二）{heading}
"""


def test_a_heading_writing_the_year_bare_where_the_other_headings_write_niandu():
    found = _slips(CONTENTS.format(heading="2018部门整体支出绩效自评报告"), "R-TYPO-YEAR")
    assert found == [("2018部门整体支出绩效自评报告", "2018年度部门整体支出绩效自评报告")]
    assert _slips(CONTENTS.format(heading="2018年度部门整体支出绩效自评报告"), "R-TYPO-YEAR") == []
    # without the other headings' convention, a heading may write the year short
    alone = "目录\n第一部分 单位概况\n（一）2018部门整体支出绩效自评报告\n"
    assert _slips(alone, "R-TYPO-YEAR") == []


def test_a_heading_naming_the_decision_of_another_year():
    doc = """某某小学2024年度部门决算
目录
第一部分 单位概况
第二部分 2024年度部门决算表
第三部分 2023年度部门决算情况说明
第四部分 名词解释
"""
    found = [(f.code, f.figure, f.expected) for f in review_text(doc)]
    assert found == [("R-COVER", "2023年度部门决算", "2024年度部门决算")]
    assert [f.code for f in review_text(doc.replace("第三部分 2023年度", "第三部分 2024年度"))] == []
    # a 预算 of the next year, or a heading that compares, is not the 决算's year
    assert [f.code for f in review_text(doc.replace("2023年度部门决算情况说明", "2025年度部门预算情况"))] == []
    assert [f.code for f in review_text(doc.replace("2023年度部门决算情况说明", "2023年度部门决算对比"))] == []
