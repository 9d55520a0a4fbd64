"""Session 9: rule gaps seen on real sentence forms (eyes8's probes), each in sentences of our own."""
from __future__ import annotations

import pytest

from juesuan.review import review_text


def _all(text: str) -> list[tuple[str, str, str, str]]:
    return [(f.level.value, f.code, f.figure, f.expected) for f in review_text(text)]


# --- a reserve fund's name (预算稳定调节基金) is no 预算 amount: the item stays in its list -----------------

@pytest.mark.parametrize("item", ["动用预算稳定调节基金", "补充预算稳定调节基金", "调入预算周转金"])
def test_a_reserve_fund_named_last_in_a_list_is_an_item(item):
    said = "（1）收入总计9,600万元。其中：本级收入1,500万元，同比下降1.12%；上级补助收入4,800万元，专项补助1,300万元，" \
           + item + "{x}万元。"
    assert _all(said.format(x="2,000")) == []  # 1,500 + 4,800 + 1,300 + 2,000 = 9,600
    assert [(c, f, e) for _, c, f, e in _all(said.format(x="1,900"))] == [("R-SUM", "9,600万元", "9,500.00万元")]


# --- a 其中 list ends before a 「；」 clause that states the total's own line for another scope ---------------

_SCOPES = ("预留项目中由中小企业供应商中标或成交的采购金额{a}万元，其中小微企业{b}万元；"
           "其他政府采购项目中由中小企业供应商中标或成交的采购金额64.20万元。")


def test_a_list_ends_where_a_clause_restates_the_totals_line_for_another_scope():
    assert _all(_SCOPES.format(a="402.75", b="198.30")) == []  # 64.20 is no part of 402.75
    # the one item is still checked against its own total
    assert [(c, f) for _, c, f, _ in _all(_SCOPES.format(a="102.75", b="198.30"))] == [("R-SUM", "102.75万元")]


@pytest.mark.parametrize("text,expected", [
    # 「其他项目支出」 under 「项目支出」 is an item (the head's whole name, with a word before it)
    ("项目支出300.00万元，其中：信息化建设120.00万元；其他项目支出170.00万元。", "290.00万元"),
    # items all named after the head (财政拨款支出) are a list, not siblings
    ("财政拨款支出300.00万元，其中：一般公共预算财政拨款支出120.00万元；政府性基金预算财政拨款支出170.00万元。",
     "290.00万元"),
])
def test_items_named_after_their_total_stay_in_the_list(text, expected):
    assert [(c, e) for _, c, _, e in _all(text)] == [("R-SUM", expected)]


def test_another_funds_line_after_a_list_of_one_is_its_sibling():
    text = "一般公共预算财政拨款支出300.00万元，其中基本支出120.00万元；政府性基金预算财政拨款支出70.00万元。"
    assert _all(text) == []
