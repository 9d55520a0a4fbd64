"""Two amounts of one line where the base is said first or named by its own year word.

「年初预算为B，支出决算为A，与年初预算持平」: B is the base, so the 应为 of the 持平 is A − B (增加 when A > B).
「2024年度…支出A，上年为B」: B's own words name last year; it is not a second 2024 amount of the same line."""

from __future__ import annotations

from juesuan.core.findings import Level
from juesuan.review import review_text


def test_flat_with_the_base_said_first_takes_the_direction_from_it() -> None:
    text = ("（三）一般公共预算财政拨款支出决算具体情况\n1.行政单位医疗（项）。"
            "年初预算为46.00万元，支出决算为46.82万元，与年初预算持平。主要用于在职职工基本医疗保险缴费。")
    (f,) = [f for f in review_text(text) if f.code == "R-FLAT"]
    assert (f.figure, f.expected) == ("46.82万元", "增加0.82万元")
    assert f.why == "46.82万元 − 46.00万元 = 0.82万元"


def test_flat_with_the_base_said_second_is_unchanged() -> None:
    text = "一、收入支出决算总体情况说明\n2024年度机关运行经费支出46.82万元，上年为47.00万元，与上年持平。"
    (f,) = [f for f in review_text(text) if f.level != Level.INFO]
    assert (f.code, f.expected) == ("R-FLAT", "减少0.18万元")


def test_last_years_amount_named_by_its_own_words_is_not_this_years() -> None:
    head = "一、收入支出决算总体情况说明\n"
    for text in ("2024年度机关运行经费支出46.82万元，上年为46.00万元，比上年增加0.82万元。",
                 "2024年度机关运行经费支出46.82万元，上年决算为46.00万元。",
                 "2024年度机关运行经费上年为46.00万元，本年为46.82万元，比上年增加0.82万元。"):
        assert [f.code for f in review_text(head + text) if f.level != Level.INFO] == [], text
    # the change still has to agree with the two amounts
    wrong = "2024年度机关运行经费支出46.82万元，上年为46.00万元，比上年增加0.28万元。"
    assert [(f.code, f.expected) for f in review_text(head + wrong) if f.level != Level.INFO] == [
        ("R-DIFF", "0.82万元")]
