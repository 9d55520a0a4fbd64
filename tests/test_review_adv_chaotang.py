"""The twenty-second stand-in district, 上海市潮塘区 (tests/data/review_adv/unit_ct_*.py, all three sealed when
written): its expected files are unit_ct_expected.py's output, its offices' habits are as
tests/data/review_adv/README.md says, and its exports are as the offices set them. The district is registered in
tests/test_review_adv.py (DISTRICTS, ALL_SEALED, STYLES, TABLE_STYLES, LAYOUTS), whose generic tests (schema,
make.py's output, rendering) cover it too. The sealed documents' findings are not read here: bench_review_adv.py
prints their totals only."""

from __future__ import annotations

import pytest
from docx import Document as Docx
from docx.enum.section import WD_ORIENT

from tests import test_review_adv as adv

IDS = adv.DISTRICTS["上海市潮塘区"]
OPENED = ("chaotang-xuanchuan-2024",)  # opened since (unit_ct_expected.OPENED)


@pytest.mark.parametrize("doc_id", IDS)
def test_twenty_second_district_expected_files_are_computed(doc_id):
    """Each error and its correct value computed in Decimal in the same record as the replacement make.py puts in;
    sealed when written (held_out, no opened); 区委宣传部 opened 2026-12-07 for rev52, the others sealed."""
    adv.test_fourth_and_later_district_expected_files_are_computed(doc_id, "unit_ct_expected")
    assert adv.load(doc_id).sealed == (doc_id not in OPENED)


def test_twenty_second_district_counts():
    docs = [adv.load(i) for i in IDS]
    assert [len(d.expected["errors"]) for d in docs] == [8, 7, 7]
    assert sum(e.get("where") == "table" for d in docs for e in d.expected["errors"]) == 3
    for d in docs:  # every error's figure differs from its correct value
        assert all(e["figure"] != e["correct"] for e in d.expected["errors"])
    assert [t["figure"] for t in docs[0].expected["tolerated"]] == ["1辆", "0%"]


def test_twenty_second_district_habits():
    """区委宣传部 names each 类 with its code 「（201类）」, puts the budget inside the completion phrase and pastes
    its 三公 section without trailing zeros; 区气象局 writes amounts without separators, says what its 决算 covers
    and 「增长率无可比性」 on a zero base; 区社区卫生服务中心 numbers every source of income and speaks as
    「本单位」."""
    xc = adv.clean("chaotang-xuanchuan-2024")
    assert "一般公共服务支出（201类）2,604.08万元" in xc.text and "完成年初预算1,402.00万元的98.9%" in xc.text
    assert "完成年初预算3万元的82%" in xc.text and xc.paragraphs[xc.paragraphs.index(
        next(p for p in xc.paragraphs if p.startswith("第三部分"))) + 1].startswith("注：")
    qx = adv.clean("chaotang-qixiang-2024")
    assert "收入总计996.67万元" in qx.text and "增长率无可比性" in qx.text and "双重计划财务体制" in qx.text
    assert "2.气象探测（2200506）128.60万元" in qx.text
    sq = adv.clean("chaotang-shequweisheng-2024")
    assert "其中本年收入7,757.65万元" in sq.text and "6.上年结转和结余612.30万元" in sq.text
    assert "卫生健康支出（210类）7,346.43万元" in sq.text and "公开08表以空表列示" in sq.text


def test_twenty_second_district_exports(tmp_path):
    """区委宣传部 「第 N 页」, dotted 目录, 公开06 cut by hand with 「续表」; 区气象局 「- N -」, 「单位：万元」 on each
    title line, 公开02/03 landscape, headers printed once; 区社区卫生服务中心 the code whole in a 「科目编码」 column, a
    running header, 「第N页 共M页」, headers repeated."""
    word = Docx(str(adv.build_docx(adv.load("chaotang-xuanchuan-2024"), tmp_path / "xuanchuan.docx")))
    assert word.sections[0].footer.paragraphs[0].text == "第 1 页"
    assert sum('w:leader="dot"' in p._p.xml for p in word.paragraphs) >= 10
    assert sum(p.text == "续表" for p in word.paragraphs) == 1 and len(word.tables) == 10
    word = Docx(str(adv.build_docx(adv.load("chaotang-qixiang-2024"), tmp_path / "qixiang.docx")))
    assert word.sections[0].footer.paragraphs[0].text == "- 1 -"
    assert sum(p.text.endswith("\t单位：万元") for p in word.paragraphs) == 9
    assert sum(s.orientation == WD_ORIENT.LANDSCAPE for s in word.sections) == 1  # 公开02 and 03 share one section
    assert not any(t._tbl.xpath(".//w:tblHeader") for t in word.tables)
    doc = adv.load("chaotang-shequweisheng-2024")
    word = Docx(str(adv.build_docx(doc, tmp_path / "shequweisheng.docx")))
    assert word.sections[0].header.paragraphs[0].text == f"{doc.unit}2024年度部门决算"
    assert "NUMPAGES" in word.sections[0].footer.paragraphs[0]._p.xml
    assert [c.text for c in word.tables[1].rows[1].cells][:2] == ["科目编码", "科目名称"]
    assert all(t._tbl.xpath(".//w:tblHeader") for t in word.tables)
