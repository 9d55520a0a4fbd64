"""审阅's sentence rules on the classes real published texts showed (corpus "Session 3", the
injection findings): each test is text in the style of real 决算/预算 说明, with the finding it must
give (its code, the figure as written and the correct value) or none."""

from __future__ import annotations

from juesuan.review import review_text


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.figure, f.expected) for f in review_text(text)]


def test_amounts_in_yi_yuan_are_read_and_the_rate_is_stated_as_precisely_as_written():
    # 571.6 ÷ (36,399 + 571.6) = 1.546% → 1.5% at one decimal (the figures' rounding reaches 1.5463% at most)
    text = "全年政府采购规模为36,399亿元，较上年减少571.6亿元，下降{0}%。"
    assert _found(text.format("1.6")) == [("R-PERCENT", "1.6%", "1.5%")]
    assert review_text(text.format("1.5")) == []
    # the same in 万元 and in 亿元 are one amount: a share of a 亿元 total in 万元 parts
    assert review_text("收入合计1.2亿元，其中：财政拨款收入9,000万元，占75%；其他收入3,000万元，占25%。") == []
