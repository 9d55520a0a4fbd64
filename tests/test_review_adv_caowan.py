"""The twenty-fourth stand-in district, 上海市漕湾区 (tests/data/review_adv/unit_cw_*.py, all three sealed when
written): its expected files are unit_cw_expected.py's output, its offices' habits are as
tests/data/review_adv/README.md says, and its exports are as the offices set them. The district is registered in
tests/test_review_adv.py (DISTRICTS, ALL_SEALED, STYLES, TABLE_STYLES, LAYOUTS), whose generic tests (schema,
make.py's output, rendering) cover it too. The sealed documents' findings are not read here: bench_review_adv.py
prints their totals only."""

from __future__ import annotations

import pytest
from docx import Document as Docx
from docx.enum.section import WD_ORIENT

from tests import test_review_adv as adv

IDS = adv.DISTRICTS["上海市漕湾区"]


@pytest.mark.parametrize("doc_id", IDS)
def test_twenty_fourth_district_expected_files_are_computed(doc_id):
    """Each error and its correct value computed in Decimal in the same record as the replacement make.py puts in;
    sealed when written (held_out, no opened); 区青少年科技活动中心 opened 2026-12-07 by rev51."""
    adv.test_fourth_and_later_district_expected_files_are_computed(doc_id, "unit_cw_expected")
    assert adv.load(doc_id).sealed == (doc_id != "caowan-keji-2024")


def test_twenty_fourth_district_counts():
    docs = [adv.load(i) for i in IDS]
    assert [len(d.expected["errors"]) for d in docs] == [8, 7, 7]
    assert sum(e.get("where") == "table" for d in docs for e in d.expected["errors"]) == 3
    for d in docs:  # every error's figure differs from its correct value
        assert all(e["figure"] != e["correct"] for e in d.expected["errors"])
    assert [len(d.expected.get("tolerated", [])) for d in docs] == [1, 0, 1]


def test_twenty_fourth_district_habits():
    """区委统战部 puts the budget inside the completion rate and writes a zero base 「--（基数为0，不可比）」; 仲裁院
    gives every income source a line of its own, zero ones too, and the 项's difference from its budget in money;
    青少年科技活动中心 says last year's figure in a sentence of its own and writes each 项 code first."""
    tz = adv.clean("caowan-tongzhan-2024")
    assert "完成年初预算1,205.00万元的98.5%" in tz.text and "增长--（基数为0，不可比）" in tz.text
    assert "增长原因是：" in tz.text and "序号　单位名称　备注" in tz.text
    zc = adv.clean("caowan-zhongcaiyuan-2024")
    assert "3.经营收入0.00万元，本院无经营收入，与上年相比无变化。" in zc.text
    assert "决算数小于预算数7.62万元，主要原因：" in zc.text and "完成调整预算的97.20%" in zc.text
    kj = adv.clean("caowan-keji-2024")
    assert kj.text.count("上年决算数为") >= 6 and "分别为：2060701机构运行486.20万元、" in kj.text
    assert "（3）2060703青少年科技活动：年初预算228.00万元" in kj.text and "平均得分91.33分" in kj.text


def test_twenty_fourth_district_exports(tmp_path):
    """区委统战部 「第 N 页」, a running header, its 单位构成 as a Word table, 公开02/03 on one landscape section;
    仲裁院 「第N页 共M页」, 「单位：万元」 on each title line, headers printed once, 公开06 cut with 「续表」;
    青少年科技活动中心 the code whole in a 「科目编码」 column, a running header, 「- N -」, 公开01 cut with
    「续表」."""
    doc = adv.load("caowan-tongzhan-2024")
    word = Docx(str(adv.build_docx(doc, tmp_path / "tongzhan.docx")))
    assert word.sections[0].footer.paragraphs[0].text == "第 1 页"
    assert word.sections[0].header.paragraphs[0].text == f"{doc.unit}2024年度部门决算"
    assert [c.text for c in word.tables[0].rows[0].cells] == ["序号", "单位名称", "备注"]
    assert sum(s.orientation == WD_ORIENT.LANDSCAPE for s in word.sections) == 1
    word = Docx(str(adv.build_docx(adv.load("caowan-zhongcaiyuan-2024"), tmp_path / "zhongcaiyuan.docx")))
    assert word.sections[0].footer.paragraphs[0].text.startswith("第1页 共")
    assert sum(p.text.endswith("\t单位：万元") for p in word.paragraphs) == 9
    assert sum(p.text == "续表" for p in word.paragraphs) == 1
    assert not any(t._tbl.xpath(".//w:tblHeader") for t in word.tables)
    doc = adv.load("caowan-keji-2024")
    word = Docx(str(adv.build_docx(doc, tmp_path / "keji.docx")))
    assert word.sections[0].footer.paragraphs[0].text == "- 1 -"
    assert word.sections[0].header.paragraphs[0].text == f"{doc.unit}2024年度部门决算"
    assert sum(p.text == "续表" for p in word.paragraphs) == 1
    assert [c.text for c in word.tables[2].rows[1].cells][:2] == ["科目编码", "科目名称"]
    assert all(t._tbl.xpath(".//w:tblHeader") for t in word.tables)
