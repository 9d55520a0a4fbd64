"""False alarms and misses of real published texts (corpus batch s13, tuning side), each on text of our own in the
same shape: a 预算执行比例 said between the amounts spent (no 预算 of theirs: R-SAME), a year without 年 in the
headings where the title writes it with 年 (「2022三公经费预算」), a unit 元 typed twice (「1837600元元」), a sentence
written twice in a row, the template's notes to the writer in brackets (not its 「部门(单位)概况」), the city
bureau's name in a district bureau's headings, a bar typed for 、, and a reason naming last year's two years."""

from __future__ import annotations

import pytest

from juesuan.review import review_text


def _said(text: str, code: str = "") -> list[tuple[str, str, str]]:
    return [(f.code, f.figure, f.expected) for f in review_text(text) if not code or f.code == code]


# --- false alarms --------------------------------------------------------------------------------------------------

def test_amounts_spent_with_their_execution_rates_are_no_budget():
    """「…费A万元，预算执行比例为R%，…费B万元」: B is spent, as A is — not the budget the next paragraph states."""
    text = ("2023年度“三公”经费支出100.00万元，预算执行比例为80.00%。其中：因公出国（境）费10.00万元，预算执行比例为"
            "50.00%，公务用车购置及运行费60.00万元，预算执行比例为85.71%，公务接待费30.00万元，预算执行比例为85.71%。\n"
            "2023年度“三公”经费预算125.00万元，其中：因公出国（境）费20.00万元，公务用车购置及运行费70.00万元，"
            "公务接待费35.00万元。")
    assert _said(text, "R-SAME") == []
    # the same paragraphs with a budget said twice two ways: still found
    slip = text + "\n2023年度公务接待费预算为36.00万元。"
    assert ("R-SAME", "36.00万元", "35.00万元") in _said(slip, "R-SAME")


# --- misses --------------------------------------------------------------------------------------------------------

def test_a_year_without_nian_in_headings_where_the_title_writes_it():
    text = ("某市科技馆2022年“三公”经费预算\n某市科技馆2022三公经费预算\n一、2022三公经费支出预算表\n"
            "二、2022三公经费支出预算情况说明\n2022年，某市科技馆三公经费支出预算4.30万元，比2021年预算减少6.80万元。")
    said = _said(text, "R-TYPO-YEAR")
    assert ("R-TYPO-YEAR", "2022三公经费预算", "2022年三公经费预算") in said
    # written with 年 everywhere: nothing
    assert _said(text.replace("2022三公", "2022年三公"), "R-TYPO-YEAR") == []
    # a numbered heading's year right after its number, 年 only in the text: a short title's way
    # (「一、2024财政决算情况」)
    text = "关于某区2024年财政决算的报告\n一、2024财政决算情况\n2024年全区一般公共预算收入100.00亿元。"
    assert _said(text, "R-TYPO-YEAR") == []


def test_a_year_without_nian_in_headings_that_no_text_writes_with_it_is_left_alone():
    text = "某市科技馆2022三公经费预算\n一、2022三公经费支出预算表\n本馆三公经费支出预算4.30万元。"
    assert _said(text, "R-TYPO-YEAR") == []


@pytest.mark.parametrize(("written", "right"), [("1837600元元", "1837600元"), ("5.00万元元", "5.00万元"),
                                                ("3.20亿元亿元", "3.20亿元")])
def test_a_unit_of_money_typed_twice(written, right):
    text = f"2024年收入预算11376591.44元，其中：本年财政拨款收入9538991.44元；上年结转{written}，占16.15%。"
    assert ("R-REPEAT", written, right) in _said(text, "R-REPEAT")


def test_a_sentence_written_twice_in_a_row():
    once = "为人民身体健康提供医疗与护理保健服务。"
    text = f"根据编办文件规定，我院主要职责是：{once}{once}\n我院内设科室12个。"
    assert _said(text, "R-REPEAT") == [("R-REPEAT", once * 2, once)]
    assert _said(text.replace(once * 2, once), "R-REPEAT") == []
    # three times or more in a row (a run of filler), two sentences alike, a short one twice (「无。无。」): nothing
    assert _said(f"我院主要职责是：{once * 3}", "R-REPEAT") == []
    assert _said("本年度未安排因公出国（境）团组。本年度未安排公务用车购置预算。无。无。", "R-REPEAT") == []


_FILLED = "2023年度收入合计1,234.56万元，支出合计1,200.00万元，年末结转和结余34.56万元。本年收入比上年增加100.00万元。"


@pytest.mark.parametrize("note", ["(注:请单位根据实际注明页码)", "（参照批准的“三定”方案）", "（部门简称）",
                                  "（请根据实际情况填写）"])
def test_the_template_s_notes_to_the_writer_in_brackets(note):
    text = f"某某区档案馆2023年度部门决算\n第一部分 某某区档案馆概况\n{note}\n一、主要职责\n{_FILLED}"
    said = [f for f in review_text(text) if f.code == "R-TEMPLATE"]
    assert [f.message for f in said] == [f"模板给填写人的说明“{note}”未删除（删去前按此说明核对本句）。"]


@pytest.mark.parametrize("words", ["（以下简称“区档案馆”）", "（注：本表无数据）", "（参照公务员法管理）"])
def test_brackets_of_a_text_s_own_are_no_template_notes(words):
    text = f"某某区档案馆{words}2023年度部门决算\n第一部分 某某区档案馆概况\n{_FILLED}"
    assert _said(text, "R-TEMPLATE") == []


def test_the_template_s_own_bumen_danwei_gaikuang_heading_is_left_alone():
    """「第一部分 部门(单位)概况」: the heading as the templates that write it so have it (published so by many
    units)."""
    text = (f"某某市城市管理综合行政执法大队2023年度部门决算\n第一部分\n某某市城市管理综合行政执法大队\n"
            f"部门(单位)概况\n一、部门职责\n{_FILLED}")
    assert _said(text, "R-TEMPLATE") == []


def test_the_higher_level_s_bureau_named_in_a_district_bureau_s_headings():
    own, city = "上海市某某区绿化和市容管理局", "上海市绿化和市容管理局"
    text = (f"{own}2023年度决算公开\n目 录\n第一部分 {own}概况\n第二部分 {city}2023年度决算表\n"
            f"第三部分 {own}2023年度决算情况说明\n第一部分 {own}概况\n一、主要职能\n负责本区绿化和市容管理工作。")
    assert _said(text, "R-UNIT-NAME") == [("R-UNIT-NAME", city, own)]
    # the city's bureau named in running text (as the one that asks): no heading of this unit
    text = (f"{own}2023年度决算公开\n第一部分 {own}概况\n第三部分 {own}2023年度决算情况说明\n"
            f"按照{city}的要求，本局完成了全区绿化养护工作。")
    assert _said(text, "R-UNIT-NAME") == []


def test_a_bar_typed_for_the_enumeration_comma():
    text = "1、贯彻落实党中央、国务院，省委、省政府，市委|市政府和区委、区政府有关街道工作的方针政策。"
    assert _said(text, "R-WORD-SLIP") == [("R-WORD-SLIP", "市委|市政府", "市委、市政府")]
    # a page's links, a row of cells: nothing
    assert _said("首页 | 政务公开 | 部门决算\n浏览量:1 | | |", "R-WORD-SLIP") == []


def test_a_reason_naming_last_year_s_two_years():
    text = ("二、2022年三公经费支出预算情况说明\n（二）公务接待费。支出预算1.90万元，与2021年相比持平，主要原因是"
            "2021年和2020年公务接待任务相同。\n（一）因公出国（境）费。支出预算0万元，与2021年相比持平，主要原因是"
            "2021年及2022年均未安排因公出国（境）计划。")
    assert _said(text, "R-YEAR") == [("R-YEAR", "2021年和2020年", "2022年和2021年")]
