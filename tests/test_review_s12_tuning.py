"""False alarms and misses of real published 决算 (corpus batch s12, tuning side), each on text of our own in the same
shape: a unit's name ending in 部 before the 部门 of 「部门决算」, a name that writes its opening word (「中共」) twice,
a unit's kind typed twice (「急救中心中心」), a 目录 number's 、 typed twice, 「的的」 in a heading, a year without 年
after the unit's name in a heading, before 全年 or before a place's name."""

from __future__ import annotations

import pytest

from juesuan.review import review_text


def _said(text: str, code: str = "") -> list[tuple[str, str, str]]:
    return [(f.code, f.figure, f.expected) for f in review_text(text) if not code or f.code == code]


# --- false alarms --------------------------------------------------------------------------------------------------

_WORK_DEPT = "中共河北省保定市委统一战线工作部"


def test_a_name_ending_in_bu_before_the_bumen_of_its_title_is_no_added_character():
    text = (f"第一部分 {_WORK_DEPT}概况\n一、主要职责\n二、{_WORK_DEPT}决算单位构成\n"
            f"第二部分 2023年度{_WORK_DEPT}部门决算情况说明\n第四部分 2023年度{_WORK_DEPT}部门决算表\n"
            f"第一部分 {_WORK_DEPT}概况\n（一）协助有关部门做好少数民族干部的培养工作。")
    assert _said(text, "R-UNIT-NAME") == []


def test_a_name_before_a_word_opening_with_its_last_character_written_elsewhere():
    name = "保定市莲池区财政局"
    text = (f"{name}2023年度部门决算\n第一部分 {name}概况\n第二部分 2023年度{name}部门决算情况说明\n"
            f"{name}局长办公会议研究决定，由副局长分管预算工作。")
    assert _said(text, "R-UNIT-NAME") == []


def test_a_name_s_last_character_typed_twice_is_still_found():
    name = "保定市莲池区财政局"
    text = (f"{name}2023年度部门决算\n第一部分 {name}概况\n第二部分 2023年度{name}部门决算情况说明\n"
            f"{name}局2023年度收入总计100.00万元。")
    assert _said(text, "R-UNIT-NAME") == [("R-UNIT-NAME", name + "局", name)]


# --- misses --------------------------------------------------------------------------------------------------------

def test_a_unit_name_that_writes_its_opening_word_twice():
    name = "中共河北省保定市中共清苑区委宣传部"
    text = (f"{name} 2024年度部门决算公开\n第一部分 {name}概况\n二、{name}决算单位构成\n"
            f"第二部分 2024年度{name}部门决算情况说明\n第一部分 {name}概况\n一、主要职责\n负责全区宣传工作。")
    found = [f for f in review_text(text) if f.code == "R-UNIT-NAME"]
    assert [(f.figure, f.expected) for f in found] == [(name, "中共清苑区委宣传部")]
    assert found[0].quote.endswith("宣传部概况")


@pytest.mark.parametrize("name", ["吉林省吉林市财政局", "上海市上海中学", "中共河北省保定市委宣传部"])
def test_a_place_named_twice_in_its_own_way_is_no_opening_word_twice(name):
    text = f"{name}2024年度部门决算\n第一部分 {name}概况\n第二部分 2024年度{name}部门决算情况说明\n负责全市工作。"
    assert _said(text, "R-UNIT-NAME") == []


def test_a_unit_s_kind_typed_twice_after_its_name():
    said = _said("保定市急救中心中心为公益一类事业单位，主要职责是院前急救。", "R-REPEAT")
    assert said == [("R-REPEAT", "急救中心中心", "急救中心")]


def test_a_list_number_s_dunhao_typed_twice():
    text = ("目 录\n九、一般公共预算财政拨款基本支出决算表\n十、、财政拨款“三公”经费、行政参公单位机关运行经费情况表\n"
            "十一、政府性基金预算财政拨款收入支出决算表")
    assert _said(text, "R-REPEAT") == [("R-REPEAT", "十、、", "十、")]


def test_de_de_in_a_heading():
    text = "保定市档案馆2015年度部门决算\n第一部分 保定市档案馆的的主要职责\n一、收入支出决算总体情况说明"
    assert _said(text, "R-REPEAT") == [("R-REPEAT", "的的", "的")]


def test_a_year_without_niandu_after_the_unit_s_name_in_a_heading():
    name = "保定市莲池区住房和城乡建设局"
    text = (f"{name}2024年度部门决算\n第一部分 {name}概况\n第二部分 {name}2024部门决算表\n一、收入支出决算总表\n"
            f"第三部分 {name}2024年度部门决算情况说明\n一、收入支出决算总体情况说明")
    assert _said(text, "R-TYPO-YEAR") == [("R-TYPO-YEAR", "2024部门决算表", "2024年度部门决算表")]


def test_a_year_in_a_heading_written_so_nowhere_else_is_left_alone():
    name = "保定市莲池区住房和城乡建设局"
    text = f"{name}2024年度部门决算\n第一部分 {name}概况\n第二部分 {name}2024决算报表\n一、收入支出决算总表"
    assert _said(text, "R-TYPO-YEAR") == []


def test_a_heading_s_own_short_year_after_its_number_is_left_alone():
    # 「一、2024财政决算情况」 where the title writes 「关于某区2024年财政决算…」: the heading's house style
    text = ("关于莲池区2024年财政决算及2025年上半年预算执行情况的报告\n一、2024财政决算情况\n"
            "（一）2024年一般公共预算收支决算情况\n2024年，区一般公共预算支出213.64亿元。")
    assert _said(text, "R-TYPO-YEAR") == []


def test_a_year_without_nian_before_quannian():
    text = ("保定市急救中心2015年度部门决算\n一、收入支出决算总体情况说明\n"
            "2015年度收入总计100.00万元，支出总计100.00万元。2016全年计划做好院前急救工作。")
    said = _said(text, "R-TYPO-YEAR")
    assert [(c, f[:6], e[:7]) for c, f, e in said] == [("R-TYPO-YEAR", "2016全年", "2016年全年")]


def test_a_year_without_nian_before_a_place_s_name_in_a_title():
    text = "2015保定市急救中心部门决算\n一、收入支出决算总体情况说明\n2015年度收入总计100.00万元，支出总计100.00万元。"
    found = [f for f in review_text(text) if f.code == "R-TYPO-YEAR"]
    assert [(f.figure[:8], f.expected[:9]) for f in found] == [("2015保定市急", "2015年保定市急")]
