"""Typing habits an office has throughout a document are not slips (benchmarks/bench_review_habits.py measures them
all): a sample of the habits on one opened stand-in with no error in it, and the safety net for a habit no one has
seen — more than three 警告 of one rule and one message form on a document are said once (review.repeated)."""

from __future__ import annotations

import pytest

from juesuan.core.findings import Level
from juesuan.review import review_text
from juesuan.review.base import ReviewFinding
from juesuan.review.repeated import MOST, form, one_per_habit
from tests.review_habits import with_habit


@pytest.fixture(scope="module")
def rongmeiti(tmp_path_factory):
    from juesuan.review.extract import read
    from tests.test_review_adv import build_docx, clean

    return read(build_docx(clean("xiling-rongmeiti-2024"), tmp_path_factory.mktemp("habits") / "rongmeiti.docx"))


@pytest.mark.parametrize("habit", ["fullwidth-digits", "nian-not-niandu", "fullwidth-percent"])
def test_a_habit_throughout_an_opened_document_without_errors_draws_no_alarm(rongmeiti, habit):
    """「８５，０００元」 typed wholly full width (a whole amount with its unit after it) reads as 85,000元, not as a
    figure mixing widths; a title 「2024年部门决算」 (年 for 年度 throughout) still gives the report's year, so
    「2023年收入、支出总计均为…」 is last year's; 「％」 throughout is the document's own."""
    from juesuan.review.rules import run

    alarms = [(f.code, f.figure) for f in run(with_habit(rongmeiti, habit)) if f.level is not Level.INFO]
    assert alarms == []


def _slip(k: int, code: str = "R-FORMAT-WIDTH", level: Level = Level.WARNING, expected: str = "") -> ReviewFinding:
    figure = f"{k}，400.00万元"
    message = f"数字中混用全角与半角字符：“{figure}”应写作“{k},400.00万元”。"
    return ReviewFinding(level, code, message, quote=f"支出{figure}", place=f"第{k}段",
                         expected=expected or f"{k},400.00万元", block=k, figure=figure)


def test_more_than_three_of_one_form_are_one_finding_that_lists_every_place():
    found = [_slip(k) for k in range(1, 7)]
    out = one_per_habit(found)
    assert len(out) == 1 and out[0].figure == found[0].figure and out[0].place == "第1段等6处"
    assert "全文共6处同样的写法" in out[0].message
    assert all(f"第{k}段（{k}，400.00万元）" in out[0].message for k in range(1, 7))


def test_three_stay_apart_errors_never_fold_and_other_forms_are_other_habits():
    assert len(one_per_habit([_slip(k) for k in range(1, MOST + 1)])) == MOST
    errors = [_slip(k, level=Level.ERROR) for k in range(1, 7)]
    assert one_per_habit(errors) == errors
    other = ReviewFinding(Level.WARNING, "R-FORMAT-WIDTH", "数字中混用了全角字符。", quote="x", place="第9段", block=9)
    assert len(one_per_habit([*(_slip(k) for k in range(1, 6)), other])) == 2
    two = [_slip(k, code=c) for k in range(1, 4) for c in ("R-FORMAT-WIDTH", "R-UNIT-MISSING")]
    assert len(one_per_habit(two)) == 6
    assert form("“1，400.00万元”应写作“1,400.00万元”，占12.5％") == form("“22，400.00万元”应写作“22,400.00万元”，占3％")


def test_an_unseen_habit_costs_one_alarm():
    """Thousands commas typed full width in ASCII figures on every line (a habit no stand-in has): one 警告."""
    lines = [f"{k}. 项目{k}支出{k}，{k}00.00万元。" for k in range(1, 8)]
    found = review_text("\n".join(["上海市某某局2024年度部门决算情况说明", *lines]))
    width = [f for f in found if f.code == "R-FORMAT-WIDTH"]
    assert len(width) == 1 and "全文共7处" in width[0].message, [(f.code, f.message) for f in found]
