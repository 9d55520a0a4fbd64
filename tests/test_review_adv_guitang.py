"""The thirty-fifth stand-in district, 上海市桂塘区 (tests/data/review_adv/unit_gt_*.py, all three sealed when
written): its expected files are unit_gt_expected.py's output, its offices' habits are as
tests/data/review_adv/README.md says, and its exports are as the offices set them. The district is registered in
tests/test_review_adv.py (DISTRICTS, ALL_SEALED, STYLES, TABLE_STYLES, LAYOUTS), whose generic tests (schema,
make.py's output, rendering) cover it too. The sealed documents' findings are not read here: bench_review_adv.py
prints their totals only."""

from __future__ import annotations

import pytest
from docx import Document as Docx
from docx.enum.section import WD_ORIENT

from tests import test_review_adv as adv

IDS = adv.DISTRICTS["上海市桂塘区"]


@pytest.mark.parametrize("doc_id", IDS)
def test_thirty_fifth_district_expected_files_are_computed(doc_id):
    """Each error and its correct value computed in Decimal in the same record as the replacement make.py puts in;
    sealed when written (held_out, no opened)."""
    adv.test_fourth_and_later_district_expected_files_are_computed(doc_id, "unit_gt_expected")
    assert adv.load(doc_id).sealed


def test_thirty_fifth_district_counts():
    docs = [adv.load(i) for i in IDS]
    assert [len(d.expected["errors"]) for d in docs] == [8, 7, 7]
    assert sum(e.get("where") == "table" for d in docs for e in d.expected["errors"]) == 4
    for d in docs:  # every error's figure differs from its correct value
        assert all(e["figure"] != e["correct"] for e in d.expected["errors"])
    assert len({e["section"] for d in docs for e in d.expected["errors"]}) >= 15  # spread over the document
    assert len({e["kind"] for d in docs for e in d.expected["errors"]}) >= 10
    assert [len(d.expected.get("tolerated", [])) for d in docs] == [1, 0, 0]


def test_thirty_fifth_district_habits():
    """区经委 rates to one decimal, 「1.总体情况。」, 「收支较上年决算数」, reasons 「一是…；二是…」, a 0-budget 项 in
    words; 区委网信办 「二、机构设置」, 「本办」, amounts without separators, 高于/低于, 「本办无此项收支。」;
    区科技馆 「同比」, 项 named in quotation marks, the 三公 and 政府采购 in 元, no 机关运行经费."""
    jw = adv.clean("guitang-jingwei-2024")
    assert "1.总体情况。2024年度收入总计7,203.93万元" in jw.text
    assert "收支较上年决算数减少408.47万元，下降5.4%" in jw.text
    assert "主要原因是：一是" in jw.text and "年初未安排预算" in jw.text and "占99.7%" in jw.text
    wx = adv.clean("guitang-wangxin-2024")
    assert "二、机构设置" in wx.text and "本办无此项收支。" in wx.text and "决算数高于年初预算数" in wx.text
    assert "1,0" not in wx.text.split("第三部分")[1] and "区委网信办" in wx.text
    kj = adv.clean("guitang-kejiguan-2024")
    assert "“科技馆站”项：年初预算1,150.00万元" in kj.text and "同比增加" in kj.text
    assert "公务用车购置及运行维护费28,600.00元" in kj.text and "无机关运行经费支出" in kj.text


def test_thirty_fifth_district_exports(tmp_path):
    """区经委 「— N —」, a 「本年收入」 band and a 「栏次」 row, two landscape tables, 公开05 cut with 「续表」;
    区委网信办
    「第N页」, 「金额单位：万元」 over its tables, a dotted 目录, a running header, headers once; 区科技馆 「- N -」,
    the code whole in a 「科目编码」 column, 公开06 cut with 「续表」."""
    doc = adv.load("guitang-jingwei-2024")
    word = Docx(str(adv.build_docx(doc, tmp_path / "jingwei.docx")))
    assert word.sections[0].footer.paragraphs[0].text.startswith("— 1")
    assert sum(s.orientation == WD_ORIENT.LANDSCAPE for s in word.sections) >= 1
    assert sum(p.text == "续表" for p in word.paragraphs) == 1
    assert any(c.text == "栏次" for t in word.tables for r in t.rows[:4] for c in r.cells)
    doc = adv.load("guitang-wangxin-2024")
    word = Docx(str(adv.build_docx(doc, tmp_path / "wangxin.docx")))
    assert word.sections[0].footer.paragraphs[0].text.startswith("第1")
    assert word.sections[0].header.paragraphs[0].text == f"{doc.unit}2024年度部门决算"
    assert sum(p.text == "金额单位：万元" for p in word.paragraphs) == 9
    assert not any(t._tbl.xpath(".//w:tblHeader") for t in word.tables)
    word = Docx(str(adv.build_docx(adv.load("guitang-kejiguan-2024"), tmp_path / "kejiguan.docx")))
    assert word.sections[0].footer.paragraphs[0].text.startswith("- 1")
    assert sum(p.text == "续表" for p in word.paragraphs) == 1
    assert any(c.text == "科目编码" for t in word.tables for r in t.rows[:3] for c in r.cells)
