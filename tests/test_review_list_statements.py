"""审阅 R-SUM on 「其中」 lists as real texts close them: a 「；」 clause opening a list of its own, a remark after the
last item, a paragraph ending with 「；」, and 财政拨款 支出 whose 基本支出 and 项目支出 are the whole of it."""

from __future__ import annotations

from juesuan.review.extract import read_text
from juesuan.review.rules import run


def _sums(text: str) -> list[tuple[str, str, str]]:
    return [(f.level.value, f.figure, f.expected) for f in run(read_text(text)) if f.code == "R-SUM"]


def test_a_semicolon_clause_with_its_own_total_and_list_is_a_statement_of_its_own() -> None:
    ok = "2024年度收入总计600.00万元，其中：本年收入550.00万元，年初结转和结余50.00万元；支出总计600.00万元，其中：{}。"
    assert _sums(ok.format("本年支出570.00万元，年末结转和结余30.00万元")) == []
    assert _sums(ok.format("本年支出580.00万元，年末结转和结余30.00万元")) == [("错误", "600.00万元", "610.00万元")]
    wrong_first = ("政府性基金收入总计210万元，其中本级收入120万元，上级补助收入100万元;"
                   "政府性基金支出总计210万元，其中本级支出90万元。")
    assert _sums(wrong_first) == [("错误", "210万元", "220万元")]


def test_an_items_own_list_after_a_semicolon_stays_inside_the_list() -> None:
    # no total word and no year before the inner 「其中」: 乙's own breakdown, not a statement of its own
    assert _sums("支出合计100万元，其中：甲20万元；乙80万元，其中：丙30万元，丁50万元。") == []


def test_a_remark_after_the_last_item_does_not_hide_the_list() -> None:
    for tail in ("，比上年增加13%，主要原因是业务量增加", "，具体支出预算如下：", "，与上年对比，甲下降9%"):
        text = f"本年收入合计300.00万元，其中财政拨款收入120.00万元，事业收入200.00万元，其他收入1.00万元{tail}。"
        assert _sums(text) == [("错误", "300.00万元", "321.00万元")], tail


def test_a_paragraph_ending_with_a_semicolon_is_read_like_one_ending_with_a_full_stop() -> None:
    text = "1、本年收入合计300.00万元，其中财政拨款收入120.00万元，事业收入200.00万元，其他收入1.00万元；"
    assert _sums(text) == [("错误", "300.00万元", "321.00万元")]


def test_a_line_left_blank_is_still_an_item_that_stops_the_reading() -> None:
    assert _sums("支出合计100万元，其中：基本支出100万元，项目支出。") == []


def test_basic_and_project_spending_are_the_whole_of_a_fiscal_appropriation() -> None:
    text = "一般公共预算财政拨款支出149.39万元，其中：基本支出144.02万元，项目支出4.46万元。"
    assert _sums(text) == [("错误", "149.39万元", "148.48万元")]
    # a unit's 支出合计 may also hold 经营支出 or 上缴上级支出: a smaller sum stays a question
    assert _sums("本年支出合计149.39万元，其中：基本支出144.02万元，项目支出4.46万元。") == [
        ("提示", "149.39万元", "148.48万元")]
