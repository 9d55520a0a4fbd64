"""Wording a reviewer reads (read16, session 16): a count of two written 「两」 before its measure word, a template
note's 应为 that only deletes it, a folded figure's places listed with 「，」."""
from __future__ import annotations

from juesuan.review.rules.counts import as_written
from tests.test_review_rev47 import _CARS, _all


def test_two_is_written_liang_before_its_measure_word():
    assert as_written(2, "四") == "两"
    assert as_written(2, "二") == "二"  # the text's own habit kept
    assert as_written(12, "四") == "十二"
    assert as_written(2, "4") == "2"


def test_a_count_of_two_is_still_read_when_written_er_or_liang():
    assert _all(_CARS.format(one="两", two="两")) == []
    assert _all(_CARS.format(one="一", two="一")) == [("R-SUM", "一辆", "三辆")]


def test_a_template_note_is_deleted_not_also_filled():
    from juesuan.review.blocks import Block
    from juesuan.review.rules.wording import rule_template_notes

    text = "本年收入合计100.00万元，比上年增加10.00万元（如持平作持平表述），增长11.11%。"
    filled = [Block(f"支出决算{k}0.25万元，其中基本支出{k}0.15万元，项目支出{k}0.10万元。", f"第{k}段")
              for k in range(2, 6)]
    found = [f for f in rule_template_notes([Block(text, "第1段"), *filled]) if f.code == "R-TEMPLATE"]
    assert found and found[0].expected == "删去“（如持平作持平表述）”"
    assert "按此说明核对" in found[0].message


def test_a_clean_summary_says_yiji_once():
    from juesuan.review.tally import Tally, clean_line

    line = clean_line(Tally(figures=125, cells=300, tables=36, public=(1, 2, 3, 4, 5, 6, 7)))
    assert line == ("未发现相互矛盾的数字（核对了正文中的125个数字，公开01、02、03、04、05、06、07表，"
                    "以及其他29张表格）。")
    assert clean_line(Tally(figures=3, cells=5, tables=1, public=(5,))).endswith("正文中的3个数字，以及公开05表）。")
