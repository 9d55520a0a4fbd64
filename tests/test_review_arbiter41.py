"""A rate computed of a figure another finding holds wrong folds into that finding only when the figure's 应为 makes
the rate hold (arbiter._consequences_dropped by arbiter._holds_with): a rate wrong of the total either way is a
problem of its own, said whatever the arbiter later decides of the total (a part blamed instead)."""

from __future__ import annotations

from juesuan.core.findings import Level
from juesuan.review import review_text
from juesuan.review.arbiter import _consequences_dropped
from juesuan.review.base import ReviewFinding

TITLE = "某区某某局2024年度部门决算\n"

# 基本支出 is 人员经费 + 公用经费 (nothing left out): 400.00 + 90.00 = 490.00, not 500.00
BASIC = TITLE + """三、支出决算情况说明
2024年度基本支出500.00万元，其中：人员经费400.00万元，占基本支出的{r}；公用经费90.00万元，占18.37%。
"""


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.figure, f.expected) for f in review_text(text) if f.level is not Level.INFO]


def test_a_share_written_of_the_corrected_total_folds_into_it():
    """400.00 ÷ 490.00 = 81.63%: the share was computed of the right total; the 500.00 is the one problem."""
    assert _found(BASIC.format(r="81.63%")) == [("R-SUM", "500.00万元", "490.00万元")]


def test_a_share_wrong_of_either_total_stands():
    """84.00% is neither 400.00 ÷ 500.00 (80.00%) nor 400.00 ÷ 490.00 (81.63%): fixing the total leaves it wrong."""
    found = _found(BASIC.format(r="84.00%"))
    assert ("R-SUM", "500.00万元", "490.00万元") in found
    assert ("R-SHARE", "84.00%", "80.00%") in found


def test_a_wrong_share_stands_where_the_total_is_confirmed_and_a_part_is_in_question():
    """rev38's case: the total 500.00 is stated again elsewhere, so the R-SUM ends without an 应为 (a part is
    wrong); the share that is wrong of 500.00 was dropped with the R-SUM's first 应为 before — and lost."""
    text = BASIC.format(r="84.00%") + "四、其他\n本年基本支出500.00万元。\n"
    assert ("R-SHARE", "84.00%", "80.00%") in _found(text)
    assert [c for c, *_ in _found(BASIC.format(r="80.00%") + "四、其他\n本年基本支出500.00万元。\n")] == ["R-SUM"]


def test_a_derived_rate_folds_only_when_the_amounts_fix_makes_it_hold():
    """上年 derived from this year's amount held wrong (28.39 for 2.39): 17.30% (0.50 ÷ 2.89) follows from it;
    9.99% is wrong of both 28.89 and 2.89 — it stands. An amount held wrong without a figure (未给出应为值) leaves
    the question open: the rate follows, as before."""
    amount = ReviewFinding(Level.ERROR, "R-TEXT-TABLE", "m", block=2, figure="28.39万元", expected="2.39万元")
    why = "2023年度为28.39 + 0.50 = 28.89万元；0.50万元 ÷ 28.89万元 × 100% = 1.73%"
    follows = ReviewFinding(Level.ERROR, "R-PERCENT", "m", block=3, figure="17.30%", expected="1.73%", why=why)
    stands = ReviewFinding(Level.ERROR, "R-PERCENT", "m", block=3, figure="9.99%", expected="1.73%", why=why)
    assert _consequences_dropped([amount, follows]) == [amount]
    assert _consequences_dropped([amount, stands]) == [amount, stands]
    open_total = ReviewFinding(Level.ERROR, "R-SUM", "m", block=2, figure="28.39万元", expected="")
    assert _consequences_dropped([open_total, stands]) == [open_total]


def test_a_share_divided_by_a_total_held_wrong_by_a_bound_follows_as_before():
    """「≥510.00万元」 gives no figure to read the total as: the share of it follows from the total's finding."""
    total = ReviewFinding(Level.ERROR, "R-SUM", "m", block=2, figure="500.00万元", expected="≥510.00万元")
    share = ReviewFinding(Level.ERROR, "R-SHARE", "m", block=2, figure="85.00%", expected="84.00%",
                          why="420.00万元 ÷ 500.00万元 × 100% = 84.00%")
    assert _consequences_dropped([total, share]) == [total]
    fixed = ReviewFinding(Level.ERROR, "R-SUM", "m", block=2, figure="500.00万元", expected="510.00万元")
    assert _consequences_dropped([fixed, share]) == [fixed, share]


def test_a_rate_whose_arithmetic_is_not_read_follows_as_before():
    """A 计算 no step of which the arbiter reads back (no 「a ÷ b × 100% = r」 with the amount): it cannot tell — the
    rate follows from the finding on its base, as before."""
    total = ReviewFinding(Level.ERROR, "R-SUM", "m", block=2, figure="500.00万元", expected="490.00万元")
    rate = ReviewFinding(Level.ERROR, "R-RATE", "m", block=2, figure="84.00%", expected="80.00%",
                         why="决算数 ÷ 500.00万元（年初预算）")
    assert _consequences_dropped([total, rate]) == [total]
