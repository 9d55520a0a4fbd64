"""The twenty-fifth stand-in district, 上海市菱湖区 (tests/data/review_adv/unit_lh_*.py, all three sealed when
written): its expected files are unit_lh_expected.py's output, its offices' habits are as
tests/data/review_adv/README.md says, and its exports are as the offices set them. The district is registered in
tests/test_review_adv.py (DISTRICTS, ALL_SEALED, STYLES, TABLE_STYLES, LAYOUTS), whose generic tests (schema,
make.py's output, rendering) cover it too. The sealed documents' findings are not read here: bench_review_adv.py
prints their totals only."""

from __future__ import annotations

import pytest
from docx import Document as Docx
from docx.enum.section import WD_ORIENT

from tests import test_review_adv as adv

IDS = adv.DISTRICTS["上海市菱湖区"]


@pytest.mark.parametrize("doc_id", IDS)
def test_twenty_fifth_district_expected_files_are_computed(doc_id):
    """Each error and its correct value computed in Decimal in the same record as the replacement make.py puts in;
    sealed when written (held_out, no opened)."""
    adv.test_fourth_and_later_district_expected_files_are_computed(doc_id, "unit_lh_expected")
    assert adv.load(doc_id).sealed


def test_twenty_fifth_district_counts():
    docs = [adv.load(i) for i in IDS]
    assert [len(d.expected["errors"]) for d in docs] == [8, 7, 7]
    assert [sum(e.get("where") == "table" for e in d.expected["errors"]) for d in docs] == [1, 1, 1]
    for d in docs:  # every error's figure differs from its correct value
        assert all(e["figure"] != e["correct"] for e in d.expected["errors"])
    assert [len(d.expected.get("tolerated", [])) for d in docs] == [1, 1, 0]


def test_twenty_fifth_district_habits():
    """区纪委监委 compares its 机关运行经费 with the 年初预算 first, then with 2023, and writes the 政府采购 浙江's way;
    区急救中心 calls last year's figure 「上年实绩」 and gives a 调整后预算 beside the 年初预算; 区教师进修学院 numbers
    its reasons 「1.…；2.…」 and names the 绩效跟踪 项目 with their budgets."""
    jw = adv.clean("linghu-jiwei-2024")
    assert "比年初预算减少15.08万元，下降2.85%；比2023年度增加28.60万元，增长5.88%" in jw.text
    assert "授予中小企业合同金额236.80万元，占政府采购支出总额的95.25%" in jw.text
    assert "国内公务接待11批次96人次（不包括外宾接待）" in jw.text and "序号　单位名称　备注" in jw.text
    jj = adv.clean("linghu-jijiu-2024")
    assert jj.text.count("比上年实绩") >= 8 and "调整后预算为7420.00万元" in jj.text
    assert "完成调整后预算的96.3%" in jj.text and "单价50万元（含）以上通用设备0台（套）" in jj.text
    jx = adv.clean("linghu-jinxiu-2024")
    assert "主要原因是：1.年中追加名师工作室建设经费；2." in jx.text
    assert "涉及预算金额544.00万元（骨干教师研修186.00万元、" in jx.text
    assert "（2）教育支出（类）进修及培训（款）培训支出（项）：年初预算260.00万元" in jx.text


def test_twenty_fifth_district_exports(tmp_path):
    """区纪委监委 「- N -」, a dotted 目录, its 单位构成 as a Word table, 公开05 cut with 「续表」; 区急救中心
    「第N页 共M页」, 「单位：万元」 on each title line, 公开02/03 on one landscape section, headers printed once;
    区教师进修学院 「— N —」, a running header, 公开06 cut with 「续表」, headers repeated."""
    word = Docx(str(adv.build_docx(adv.load("linghu-jiwei-2024"), tmp_path / "jiwei.docx")))
    assert word.sections[0].footer.paragraphs[0].text == "- 1 -"
    assert [c.text for c in word.tables[0].rows[0].cells] == ["序号", "单位名称", "备注"]
    assert sum(p.text == "续表" for p in word.paragraphs) == 1
    assert any(p.text.startswith("一、收入支出决算总表\t") for p in word.paragraphs)
    word = Docx(str(adv.build_docx(adv.load("linghu-jijiu-2024"), tmp_path / "jijiu.docx")))
    assert word.sections[0].footer.paragraphs[0].text.startswith("第1页 共")
    assert sum(p.text.endswith("\t单位：万元") for p in word.paragraphs) == 9
    assert sum(s.orientation == WD_ORIENT.LANDSCAPE for s in word.sections) == 1
    assert not any(t._tbl.xpath(".//w:tblHeader") for t in word.tables)
    doc = adv.load("linghu-jinxiu-2024")
    word = Docx(str(adv.build_docx(doc, tmp_path / "jinxiu.docx")))
    assert word.sections[0].footer.paragraphs[0].text == "— 1 —"
    assert word.sections[0].header.paragraphs[0].text == f"{doc.unit}2024年度部门决算"
    assert sum(p.text == "续表" for p in word.paragraphs) == 1
    assert all(t._tbl.xpath(".//w:tblHeader") for t in word.tables)
