"""rev18: the classes yunxi-yingji-2024's misses showed (opened 2026-12-06), each in figures of our own."""
from __future__ import annotations

import pytest

from juesuan.core.findings import Level
from juesuan.review import review_text

TITLE = "上海市某某区测试局2024年度部门决算\n"


def _all(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.figure, f.expected) for f in review_text(text) if f.level.value in ("错误", "警告")]


# --- a 其中 item's 「同比减少C，下降p%」 against the item's 决算 stated in the sentence before -----------------

_SANGONG = (
    "七、财政拨款“三公”经费支出决算情况说明\n（一）“三公”经费财政拨款支出决算总体情况说明\n"
    "“三公”经费财政拨款支出年初预算为30.00万元，支出决算为25.00万元，完成预算的83.33%，其中：因公出国（境）费"
    "支出决算为0.00万元；公务用车购置及运行维护费支出决算为20.00万元，完成预算的80.00%；公务接待费支出决算为"
    "5.00万元，完成预算的100.00%。\n"
    "2024年度“三公”经费财政拨款支出决算数同比增加3.00万元，增长13.64%，其中：因公出国（境）费两年均未发生；"
    "公务用车购置及运行维护费支出决算同比增加4.00万元，增长25.00%；公务接待费支出决算同比减少1.00万元，下降{p}。\n"
)


@pytest.mark.parametrize("against", ["同比", "较上年"])
def test_an_items_change_rate_is_of_last_years_amount_stated_before(against):
    """接待 5.00 this year, 1.00 less than last year's 6.00: 16.67%, not 1.00 ÷ 5.00 = 20.00%; each item is
    measured against its own 决算 (not the 三公 total's, whose sentence opens with 「较上年」 too)."""
    said = _SANGONG.replace("同比", against)
    assert _all(TITLE + said.format(p="16.67%")) == []
    assert [x for x in _all(TITLE + said.format(p="20.00%")) if x[0] == "R-PERCENT"] == [
        ("R-PERCENT", "20.00%", "16.67%")]


def test_a_rate_derived_from_the_same_digits_in_another_unit_stands():
    """「12,600.00万元」 held wrong (the table says 1.26万元) does not make a rate derived from 12,600.00元 its
    consequence: another amount. The same digits in the same unit (or none) still do."""
    from juesuan.review.arbiter import _consequences_dropped
    from juesuan.review.base import ReviewFinding

    rate = ReviewFinding(Level.ERROR, "R-PERCENT", "m", block=3, figure="9.52%", expected="8.70%",
                         why="上年为12,600.00 + 1,200.00 = 13,800.00元；1,200.00元 ÷ 13,800.00元 × 100% = 8.70%")
    wan = ReviewFinding(Level.ERROR, "R-TEXT-TABLE", "m", block=5, figure="12,600.00万元", expected="1.26万元")
    assert _consequences_dropped([wan, rate]) == [wan, rate]
    # (held wrong as 11,405.00元, of which 9.52% is the rate: 1,200.00 ÷ 12,605.00)
    yuan = ReviewFinding(Level.ERROR, "R-TEXT-TABLE", "m", block=5, figure="12,600.00元", expected="11,405.00元")
    assert _consequences_dropped([yuan, rate]) == [yuan]


# --- the unit's own name, where a sentence names it with its year, replaced by another name of its place ------

_NAMED = (
    "上海市某某区测试局2024年度部门决算\n第一部分 上海市某某区测试局概况\n"
    "上海市某某区测试局2024年度收入总计100.00万元。\n上海市某某区测试局2024年度支出总计100.00万元。\n"
    "{name}2024年度机关运行经费支出20.00万元。\n"
)


def test_an_old_name_where_the_document_names_itself_is_found():
    found = [(f.code, f.figure, f.expected) for f in review_text(_NAMED.format(name="上海市某某区质量监督管理局"))]
    assert ("R-UNIT-NAME", "上海市某某区质量监督管理局", "上海市某某区测试局") in found
    assert [f for f in review_text(_NAMED.format(name="上海市某某区测试局")) if f.code == "R-UNIT-NAME"] == []
    # another kind of unit (a 中心 of the 局) is not the unit's own name
    assert [f for f in review_text(_NAMED.format(name="上海市某某区测试事务中心")) if f.code == "R-UNIT-NAME"] == []


# --- the year where the document names itself, in a sentence that compares nothing --------------------------

_YEARS = (
    "上海市某某区测试局2024年度部门决算\n第一部分 上海市某某区测试局概况\n"
    "上海市某某区测试局2024年度收入总计100.00万元。\n"
    "上海市某某区测试局{y}年度政府采购金额为30.00万元，其中：货物采购金额10.00万元、服务采购金额20.00万元。\n"
)


def test_last_year_where_the_document_states_its_own_figures_is_found():
    assert ("R-YEAR", "2023年度", "2024年度") in _all(_YEARS.format(y="2023"))
    assert [c for c, *_ in _all(_YEARS.format(y="2024"))] == []
    # a sentence that compares (「比上年增加」) is another rule's (the comparison's own year), not this one's
    compared = _YEARS.format(y="2023").replace("为30.00万元，", "为30.00万元，比上年增加2.00万元，")
    assert not [f for f in review_text(compared) if "未作比较" in f.message]
