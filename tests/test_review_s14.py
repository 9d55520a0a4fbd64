"""Batch s14 of the real-document corpus (tests/data/review_corpus, README "Batch s14"): what its tuning half showed
the review did not know."""

from __future__ import annotations

from juesuan.review import review_text

_BODY = ("\n一、部门基本情况\n金华市金东区交通运输局主要职能是负责全区交通运输管理。"
         "\n二、收入支出决算总体情况说明\n金华市金东区交通运输局2022年度收入总计100.00万元。"
         "\n金华市金东区交通运输局（本级）为行政单位。")


def test_a_title_of_the_bureaus_own_level_is_no_second_name():
    """「…交通运输局局本级2022年度部门(单位)决算」: 局本级 is the bureau's own level (its 机关), not a 局 typed
    twice."""
    for own in ("局本级", "（局本级）", "委本级"):
        name = "金华市金东区交通运输局" if own != "委本级" else "金华市金东区交通运输委员会"
        body = _BODY.replace("金华市金东区交通运输局", name)
        assert [f.code for f in review_text(f"{name}{own}2022年度部门(单位)决算{body}")] == []
    typed_twice = review_text("金华市金东区交通运输局局2022年度部门(单位)决算" + _BODY)
    assert [(f.code, f.expected) for f in typed_twice] == [("R-UNIT-NAME", "金华市金东区交通运输局")]


def test_a_preposition_typed_twice():
    """霍邱 文旅体局's 「根据根据」: a preposition or conjunction is never reduplicated; a heading too."""
    found = review_text("十、绩效评价情况说明\n根据根据预算绩效管理要求，本单位对3个项目开展了绩效自评。")
    assert [(f.code, f.figure, f.expected) for f in found] == [("R-REPEAT", "根据根据", "根据")]
    for fine in ("根据预算绩效管理要求，本单位对3个项目开展了绩效自评。", "研究研究方案，讨论讨论。"):
        assert review_text(f"十、绩效评价情况说明\n{fine}") == []
