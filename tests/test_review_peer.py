"""The peer's rule list (GovBudgetChecker, issue 17), each rule proven on a whole document of our own figures
(tests/peer_doc.py: a .docx as offices set it, and its glyph PDF where the rule reads the tables): every slip
(tests/peer_slips.py, two different ways per rule) is found once, with its figure and 应为, and the clean
document raises nothing. The audit table is in docs/published-comparison.md."""

from __future__ import annotations

import pytest

from tests.peer_doc import document, render
from tests.peer_slips import CASES, CLEAN

FORMS = [(c, form) for c in CASES for form in (("docx", "glyphs") if c.tables else ("docx",))]


@pytest.mark.parametrize("case,form", FORMS, ids=[f"{c.name}-{form}" for c, form in FORMS])
def test_each_slip_is_found_once_with_its_value(tmp_path, case, form):
    doc = document(case.no_budget)
    case.slip(doc)
    found = render(doc, tmp_path / case.name, form)
    hits = [(f.figure, f.expected) for f in found if f.code == case.code]
    assert hits == [(case.figure, case.expected)], [(f.code, f.figure, f.expected) for f in found]


@pytest.mark.parametrize("form", ["docx", "glyphs"])
def test_the_clean_document_raises_nothing(tmp_path, form):
    """Also with a real reduplication in it (「件件有据、笔笔可查」) and with a 项 whose 年初预算 is 0 told
    without a rate."""
    doc = document()
    doc.replace(*CLEAN)
    assert not [(f.code, f.figure) for f in render(doc, tmp_path / "clean", form)]
    assert not [(f.code, f.figure) for f in render(document("2080501"), tmp_path / "zero", form)]


def test_the_slips_cover_every_peer_rule_twice():
    rules: dict[str, set[str]] = {}
    for c in CASES:
        rules.setdefault(c.rule, set()).add(c.name)
    assert len(rules) == 11 and all(len(names) == 2 for names in rules.values())


def test_a_cover_naming_another_unit_and_a_page_publisher_line():
    """The cover's title naming another unit (its name and the year's 决算 under it) is R-UNIT-NAME; a web page's
    「发布机构…财政局」 line above the document is no cover."""
    from juesuan.review import review_text

    body = ("目录\n第一部分 白沙县第三中学概况\n白沙县第三中学2024年度收入支出总计1,250.00万元。\n"
            "白沙县第三中学2024年度支出总计1,250.00万元。\n白沙县第三中学2024年度无政府性基金预算财政拨款收入和支出。")
    found = [(f.figure, f.expected) for f in review_text("白沙县教育局\n2024年度部门决算\n" + body)
             if f.code == "R-UNIT-NAME"]
    assert found == [("白沙县教育局", "白沙县第三中学")]
    assert not [f for f in review_text("发布机构白沙县财政局\n白沙县第三中学2024年度部门决算\n" + body)
                if f.code == "R-UNIT-NAME"]
    assert not [f for f in review_text("白沙县第三中学\n2024年度部门决算\n" + body) if f.code == "R-UNIT-NAME"]
