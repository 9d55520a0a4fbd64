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
