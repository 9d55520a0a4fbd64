"""Habits of a writer who never names a year (rev33): 「本年」「上年」 only, last year's amount in brackets after the
sentence's word (「与上年持平（上年为B万元）」)."""

from __future__ import annotations

from juesuan.core.findings import Level
from juesuan.review import review_text

TITLE = "上海市某区某委员会2024年度部门决算\n十一、其他重要事项的情况说明\n（一）机关运行经费支出情况\n"


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.figure, f.expected) for f in review_text(TITLE + text) if f.level != Level.INFO]


def test_flat_with_last_years_amount_in_brackets_after_it():
    """「A，与上年持平（上年为B）」 with A ≠ B is not 持平; equal amounts (or a change said) are quiet."""
    assert _found("本年度机关运行经费支出86.30万元，与上年持平（上年为82.15万元），包括办公费20.00万元、"
                  "其他商品和服务支出66.30万元。") == [("R-FLAT", "86.30万元", "增加4.15万元")]
    assert _found("本年度机关运行经费支出86.30万元，与上年度持平（上年度为90.00万元）。") == [
        ("R-FLAT", "86.30万元", "减少3.70万元")]
    assert _found("本年度机关运行经费支出86.30万元，与上年持平（上年为86.30万元）。") == []
    assert _found("本年度机关运行经费支出86.30万元，比上年增加4.15万元（上年为82.15万元）。") == []
