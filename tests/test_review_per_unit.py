"""审阅 R-SUM on an amount per thing counted: 「平均每辆X万元」 is the amount ÷ the count stated before it."""

from __future__ import annotations

from juesuan.review.extract import read_text
from juesuan.review.rules import run


def _means(text: str) -> list[tuple[str, str, str]]:
    return [(f.level.value, f.figure, f.expected) for f in run(read_text(text)) if f.code == "R-SUM"]


def test_an_average_per_car_that_is_not_the_amount_over_the_cars_is_an_error() -> None:
    text = "公务用车运行维护费支出35.20万元，年末公务用车保有量为8辆，平均每辆44.00万元，主要用于执法巡查。"
    assert _means(text) == [("错误", "44.00万元", "4.40万元")]
    assert _means(text.replace("44.00", "4.40")) == []


def test_per_visit_and_per_person_visit_are_read_apart() -> None:
    text = "国内公务接待费2.40万元，共接待12批次、150人次，平均每批次0.02万元，平均每人次160.00元。"
    assert _means(text) == [("错误", "0.02万元", "0.20万元")]
    assert _means(text.replace("0.02万元", "0.20万元")) == []


def test_an_average_not_said_of_which_amount_or_count_is_not_read() -> None:
    # two amounts, neither giving it: which one it is of is not said
    assert _means("购置费10.00万元，运行费12.00万元，保有量4辆，平均每辆9.00万元。") == []
    # two counts in that measure word (this year and the change)
    assert _means("运行费12.00万元，保有量4辆，比上年减少1辆，平均每辆9.00万元。") == []
    # a whole number near the mean is said roughly
    assert _means("接待费3.50万元，共接待180人次，平均每人次200元。") == []
