"""Classes of the real documents of corpus batch s7 (opened 2026-12-06 21:35) and the other tuning misses, each
built from figures and names of our own."""

from __future__ import annotations

from juesuan.review import review_text


def _codes(text: str, code: str) -> list[tuple[str, str]]:
    return [(f.figure, f.expected) for f in review_text(text) if f.code == code]


_HEAD = "临河县第二中学2023年度部门决算\n第一部分 临河县第二中学概况\n临河县第二中学现有教学班24个。\n"


def test_a_place_without_its_level_is_the_short_form_of_the_name():
    """「临河第二中学」 for 「临河县第二中学」 (the 县 of the place left out) is how the unit is commonly called, not a
    misspelling; a character of the unit's own words changed or left out still is."""
    assert not _codes(_HEAD + "临河第二中学2023年度收入支出总计1,250.00万元。", "R-UNIT-NAME")
    assert not _codes("上海市临江区档案馆2023年度部门决算\n上海临江区档案馆2023年度收入支出总计80.00万元。"
                      "上海市临江区档案馆共有职工12人。", "R-UNIT-NAME")
    assert _codes(_HEAD + "临河县第二小学2023年度收入支出总计1,250.00万元。", "R-UNIT-NAME")
    assert _codes(_HEAD + "临河县第中学2023年度收入支出总计1,250.00万元。", "R-UNIT-NAME")


def test_a_rate_whose_percent_follows_a_stray_bracket_has_its_unit():
    """「增长12.4)%」: the % is written (a bracket typed before it), so no unit is missing; 「增长12.4)」 lacks it."""
    text = "镇街上解收入2.15亿元，增长12.4)%；债务收入3.40亿元，增长8.2%。"
    assert not _codes(text, "R-UNIT-MISSING")
    assert _codes("镇街上解收入2.15亿元（增长12.4），债务收入3.40亿元，增长8.2%。", "R-UNIT-MISSING")
