"""The nineteenth stand-in district (上海市杏浦区, tests/data/review_adv/unit_xp_*.py), written sealed: its exports as
its offices set them, and its expected files as the writer computes them (8/7/7 errors, a table error in each). The
sealed documents' findings are not read here: bench_review_adv.py prints their totals only."""

from __future__ import annotations

import sys

import pytest
from docx import Document as Docx
from docx.enum.section import WD_ORIENT

from tests import test_review_adv as adv
from tests.review_corpus import calc_value
from tests.test_review_adv import DATA, DISTRICTS, build_docx, load

IDS = DISTRICTS["上海市杏浦区"]


def _writer():
    path = list(sys.path)
    sys.path[:0] = [str(DATA)]
    try:
        import unit_xp_expected
    finally:
        sys.path[:] = path
    return unit_xp_expected


def test_nineteenth_district_is_sealed_with_twenty_two_errors():
    docs = [load(i) for i in IDS]
    opened = _writer().OPENED  # 区文旅局 opened 2026-12-07 by rev44, 区妇幼保健院 by rev45; 区政协办 stays sealed
    assert opened.get("xingpu-wenlv-2024") == opened.get("xingpu-fuyou-2024") == "2026-12-07"
    assert "xingpu-zhengxie-2024" not in opened
    assert [d.sealed for d in docs] == [i not in opened for i in IDS]
    assert [len(d.expected["errors"]) for d in docs] == [8, 7, 7]
    assert all(any(e.get("where") == "table" for e in d.expected["errors"]) for d in docs)
    for d in docs:  # every error's figure differs from its correct value
        assert all(e["figure"] != e["correct"] for e in d.expected["errors"])


@pytest.mark.parametrize("doc_id", IDS)
def test_nineteenth_district_expected_files_are_computed(doc_id):
    adv.test_fourth_and_later_district_expected_files_are_computed(doc_id, "unit_xp_expected")
    doc = load(doc_id)
    mod = next(m for m in _writer().MODULES if m.FIGURES["id"] == doc_id)
    assert [t["figure"] for t in doc.expected.get("tolerated", [])] == [t.figure for t in mod.TOLERATED]
    for e in doc.expected["errors"]:  # a figure with digits is not what its calc gives
        if e.get("calc") and e.get("where") != "table":
            value, _ = calc_value(e["calc"])
            assert str(value.normalize()) not in e["figure"].replace(",", ""), e


def test_nineteenth_district_habits():
    """The offices' habits as written: 文旅局 names its base year once 「（下同）」 and gives the 财政拨款 share's
    change in 个百分点, 八 and 九 merged; 政协办 numbers its sections （一）…（十一） and types a space before 「%」;
    妇幼保健院 says 本年收、支合计 in one sentence 「各为…」 and leaves its chart captions in."""
    wenlv, zhengxie, fuyou = (load(i).text for i in IDS)
    assert wenlv.count("（下同）") == 1 and "个百分点" in wenlv and "九、国有资本经营" not in wenlv
    assert "公开08表、公开09表均为空表" in wenlv and "团组1个、累计6人次" in wenlv
    assert "（十一）其他重要事项的情况说明" in zhengxie and " %" in zhengxie and "%" not in zhengxie.replace(" %", "")
    assert "本年收、支合计各为" in fuyou and fuyou.count("（图") == 3


def test_nineteenth_district_exports(tmp_path):
    """文旅局 「第 N 页 共 M 页」, its 单位构成 as a Word table, 公开02's income columns under 「本年收入」, 公开06
    cut by hand with 「续表」; 政协办 a dotted 目录, 「— N —」, 公开04 on a landscape section, headers printed once;
    妇幼保健院 the whole code in a 「科目编码」 column, a running page header, 「- N -」, 公开02/03 landscape."""
    word = Docx(str(build_docx(load("xingpu-wenlv-2024"), tmp_path / "wenlv.docx")))
    footer = word.sections[0].footer.paragraphs[0]
    assert "NUMPAGES" in footer._p.xml and footer.text.startswith("第 ")
    assert sum(p.text == "续表" for p in word.paragraphs) == 1
    assert len(word.tables) == 11 and word.tables[0].rows[0].cells[1].text == "单位名称"
    assert any(c.text == "本年收入" for t in word.tables for c in t.rows[0].cells)
    word = Docx(str(build_docx(load("xingpu-zhengxie-2024"), tmp_path / "zhengxie.docx")))
    assert word.sections[0].footer.paragraphs[0].text == "— 1 —"
    assert [s.orientation for s in word.sections].count(WD_ORIENT.LANDSCAPE) == 1
    assert not any(t._tbl.xpath(".//w:tblHeader") for t in word.tables)
    assert any(p.text.startswith("第三部分") and "\t" in p.text for p in word.paragraphs)  # the 目录's page numbers
    doc = load("xingpu-fuyou-2024")
    word = Docx(str(build_docx(doc, tmp_path / "fuyou.docx")))
    assert word.sections[0].header.paragraphs[0].text == f"{doc.unit}2024年度部门决算"
    assert word.sections[0].footer.paragraphs[0].text == "- 1 -"
    assert [c.text for c in word.tables[1].rows[1].cells][:2] == ["科目编码", "科目名称"]
    assert sum(s.orientation == WD_ORIENT.LANDSCAPE for s in word.sections) == 1
