"""An amount the text gives for another year is not this year's table's (found on the stand-in
xiling-rongmeiti-2024, opened 2026-12-06: 「2023年度收入、支出总计均为5,612.08万元，较2023年度增加…」 drew a false
R-TEXT-TABLE against 公开01's 6,050.79). This test uses figures of its own."""

from __future__ import annotations

import pytest

from juesuan.review import review_blocks
from juesuan.review.extract import Block, read_text


def _t1() -> Block:
    rows = [["收入", "", "支出", ""],
            ["项目", "决算数", "项目", "决算数"],
            ["一、一般公共预算财政拨款收入", "800.00", "一、文化旅游体育与传媒支出", "800.00"],
            ["本年收入合计", "800.00", "本年支出合计", "800.00"],
            ["总计", "800.00", "总计", "800.00"]]
    return Block("", "公开01", rows, title="单位：万元", caption="收入支出决算总表 单位：万元")


def _codes(sentence: str) -> list[tuple[str, str]]:
    text = ("上海市某区某中心2024年度部门决算\n第三部分 2024年度部门决算情况说明\n一、收入支出决算总体情况说明\n"
            + sentence)
    blocks = read_text(text)
    blocks.append(_t1())
    return [(f.code, f.figure) for f in review_blocks(blocks) if f.code == "R-TEXT-TABLE"]


@pytest.mark.parametrize("sentence", [
    "2024年度收入、支出总计均为800.00万元。2023年度收入、支出总计均为750.00万元，较2023年度增加50.00万元。",
    "2024年度收入总计800.00万元。上年收入总计750.00万元，较上年增加50.00万元。",
])
def test_last_years_amount_is_not_held_against_this_years_table(sentence):
    assert _codes(sentence) == []


@pytest.mark.parametrize("sentence", [
    "2024年度收入、支出总计均为850.00万元。",
    "收入、支出总计均为850.00万元，较2023年度增加100.00万元。",
])
def test_this_years_amount_is_still_held_against_it(sentence):
    assert [c for c, _ in _codes(sentence)] == ["R-TEXT-TABLE"]
