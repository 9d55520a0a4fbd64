"""A title printed over two lines is one title (rules/years.titles); 年 typed twice after a year, and a year
without 年 before 以来 (also across a title's line break): sentences of our own."""
from __future__ import annotations

import pytest

from juesuan.review import review_text
from juesuan.review.extract import read_text
from juesuan.review.rules.years import titles

_REPORT = """{first}

{second}

——在某县第十届人民代表大会第三次会议上

某县财政局

各位代表:

现将某县2024年预算执行情况和2025年预算草案提请大会审议。

一、2024年预算执行情况

2024年,全县一般公共预算收入完成5.6亿元,增长3.1%。
"""


@pytest.mark.parametrize("first,second", [
    ("关于某县2024年预算执行情况", "2025年预算草案的报告"),  # 「和」 lost at the break
    ("某县2024年预算执行情况和", "2025年预算草案的报告"),
    ("关于某县2024年预算执行情况和", "2025年预算草案的报告"),
])
def test_a_report_title_over_two_lines_naming_two_years_is_no_wrong_year(first, second):
    doc = _REPORT.format(first=first, second=second)
    assert [f.code for f in review_text(doc) if f.code == "R-COVER"] == []
    assert next(t for _, _, t in titles(read_text(doc))) == first + second


def test_a_heading_of_another_year_is_still_found_beside_a_two_line_title():
    doc = _REPORT.format(first="关于某县2024年预算执行情况", second="2025年预算草案的报告") + \
        "二、2024年预算执行情况的说明\n三、2023年预算执行中的问题\n"
    found = [(f.code, f.figure) for f in review_text(doc) if f.code == "R-COVER"]
    assert found == [("R-COVER", "2023年预算")]


def test_headings_that_are_complete_lines_are_not_joined():
    lines = read_text("目录\n第一部分 2024年度部门概况\n第二部分 2024年度部门决算表\n关于某局2024年度部门决算的说明\n")
    assert [t for _, _, t in titles(lines)] == ["目录", "第一部分2024年度部门概况", "第二部分2024年度部门决算表",
                                               "关于某局2024年度部门决算的说明"]


def test_year_typed_with_two_nian():
    found = [(f.code, f.figure, f.expected) for f in review_text("某县2024年度年政府决算公开\n")]
    assert found == [("R-TYPO-YEAR", "2024年度年", "2024年度")]
    words = "某县2024年年初预算为5.00万元,2024年度年终结余3.00万元。"  # 年初, 年终: words of their own
    assert [f for f in review_text(words) if f.code == "R-TYPO-YEAR"] == []


@pytest.mark.parametrize("doc", [
    "关于某县2024年决算草案及2025\n以来预算执行情况的报告\n",  # the title's line break after the year
    "现将2024年决算草案及2025    以来预算执行情况报告如下。",
])
def test_a_year_without_nian_before_yilai(doc):
    found = [(f.code, f.figure, f.expected) for f in review_text(doc) if f.code == "R-TYPO-YEAR"]
    assert found == [("R-TYPO-YEAR", "2025以来", "2025年以来")]
    assert [f for f in review_text(doc.replace("2025", "2025年")) if f.code == "R-TYPO-YEAR"] == []
