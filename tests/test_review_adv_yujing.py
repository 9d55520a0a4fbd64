"""The twentieth stand-in district (上海市榆泾区, tests/data/review_adv/unit_yj_*.py), written sealed: its expected
files as the writer computes them (8/7/7 errors, two in tables) and its exports as its offices set them. The sealed
documents' findings are not read here: bench_review_adv.py prints their totals only."""

from __future__ import annotations

import sys

import pytest
from docx import Document as Docx
from docx.enum.section import WD_ORIENT

from tests import test_review_adv as adv
from tests.test_review_adv import DATA, DISTRICTS, build_docx, load

IDS = DISTRICTS["上海市榆泾区"]


def _writer():
    path = list(sys.path)
    sys.path[:0] = [str(DATA)]
    try:
        import unit_yj_expected
    finally:
        sys.path[:] = path
    return unit_yj_expected


@pytest.mark.parametrize("doc_id", IDS)
def test_twentieth_district_expected_files_are_computed(doc_id):
    adv.test_fourth_and_later_district_expected_files_are_computed(doc_id, "unit_yj_expected")


def test_twentieth_district_is_sealed_with_twenty_two_errors():
    docs = [load(i) for i in IDS]  # 地方志办 opened 2026-12-07 for rev43, 动物疫控中心 for rev47; 公安分局 still sealed
    assert [d.sealed for d in docs] == [True, False, False]
    assert _writer().OPENED == {"yujing-fangzhi-2024": "2026-12-07", "yujing-dongfang-2024": "2026-12-07"}
    assert [len(d.expected["errors"]) for d in docs] == [8, 7, 7]
    assert sum(e.get("where") == "table" for d in docs for e in d.expected["errors"]) >= 2
    for d in docs:  # every error's figure differs from its correct value
        assert all(e["figure"] != e["correct"] for e in d.expected["errors"])


@pytest.mark.parametrize("doc_id", IDS)
def test_twentieth_district_tolerated_figures_are_in_the_text(doc_id):
    doc = load(doc_id)
    mod = next(m for m in _writer().MODULES if m.FIGURES["id"] == doc_id)
    assert [t["figure"] for t in doc.expected.get("tolerated", [])] == [t.figure for t in getattr(mod, "TOLERATED", [])]
    assert all(t["figure"] in doc.text for t in doc.expected.get("tolerated", []))


def test_twentieth_district_habits_in_the_tables():
    """区地方志办 prints amounts without separators; 区动物疫控中心 leaves zero cells blank and cuts long 科目名称 at
    twelve characters; 区公安分局 types a space before every 「%」 in its text."""
    cells = [c for t in load("yujing-fangzhi-2024").tables.values() for r in t["rows"] for c in r]
    assert "318.46" in cells and not any("," in c for c in cells)
    rows = load("yujing-dongfang-2024").tables["公开03"]["rows"]
    assert next(r for r in rows if r[0] == "2080505")[1] == "机关事业单位基本养老保险" and "0.00" not in rows[0]
    text = load("yujing-gongan-2024").text
    assert "增长3.49 %" in text and "%" not in text.replace(" %", "")


def test_twentieth_district_exports(tmp_path):
    """区公安分局 「第 N 页 共 M 页」 with a running page header, 公开04 and 公开07 on landscape sections, headers
    repeated; 区地方志办 「- N -」, a dotted 目录, 「单位：万元」 on each title's line, headers once; 区动物疫控中心 the
    whole code in a 「科目编码」 column, 公开01 cut by hand with 「续表」, 「第N页」."""
    doc = load("yujing-gongan-2024")
    word = Docx(str(build_docx(doc, tmp_path / "gongan.docx")))
    footer = word.sections[0].footer.paragraphs[0]
    assert "NUMPAGES" in footer._p.xml and footer.text.startswith("第 ") and footer.text.endswith(" 页")
    assert word.sections[0].header.paragraphs[0].text == f"{doc.unit}2024年度部门决算"
    assert sum(s.orientation == WD_ORIENT.LANDSCAPE for s in word.sections) == 2
    assert len(word.tables) == 9 and all(t._tbl.xpath(".//w:tblHeader") for t in word.tables)
    word = Docx(str(build_docx(load("yujing-fangzhi-2024"), tmp_path / "fangzhi.docx")))
    texts = [p.text for p in word.paragraphs]
    assert word.sections[0].footer.paragraphs[0].text == "- 1 -"
    assert "\t收入支出决算总表\t单位：万元" in texts and "单位：万元" not in texts
    assert not any(t._tbl.xpath(".//w:tblHeader") for t in word.tables)
    word = Docx(str(build_docx(load("yujing-dongfang-2024"), tmp_path / "dongfang.docx")))
    assert sum(p.text == "续表" for p in word.paragraphs) == 1 and len(word.tables) == 10
    assert [c.text for c in word.tables[2].rows[1].cells][:2] == ["科目编码", "科目名称"]
    assert word.sections[0].footer.paragraphs[0].text == "第1页"
