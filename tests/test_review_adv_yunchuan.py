"""The twenty-third stand-in district, 上海市蕴川区 (tests/data/review_adv/unit_yc_*.py, all three sealed when written):
its expected files are unit_yc_expected.py's output, its offices' habits are as tests/data/review_adv/README.md says,
and its exports are as the offices set them. The district is registered in tests/test_review_adv.py (DISTRICTS,
ALL_SEALED, STYLES, TABLE_STYLES, LAYOUTS), whose generic tests (schema, make.py's output, rendering) cover it too. The
sealed documents' findings are not read here: bench_review_adv.py prints their totals only."""

from __future__ import annotations

import pytest
from docx import Document as Docx
from docx.enum.section import WD_ORIENT

from tests import test_review_adv as adv

IDS = adv.DISTRICTS["上海市蕴川区"]
OPENED = ("yunchuan-jianguanwei-2024", "yunchuan-renfang-2024")  # opened since (unit_yc_expected.OPENED)


@pytest.mark.parametrize("doc_id", IDS)
def test_twenty_third_district_expected_files_are_computed(doc_id):
    """Each error and its correct value computed in Decimal in the same record as the replacement make.py puts in;
    sealed when written (held_out, no opened); 区建管委 opened 2026-12-07 for rev53 and 区人防办 for rev50, the others
    sealed unless opened."""
    adv.test_fourth_and_later_district_expected_files_are_computed(doc_id, "unit_yc_expected")
    assert adv.load(doc_id).sealed == (doc_id not in OPENED)


def test_twenty_third_district_counts():
    docs = [adv.load(i) for i in IDS]
    assert [len(d.expected["errors"]) for d in docs] == [8, 8, 7]  # 区人防办 8 since rev60 (one found in its text)
    assert sum(e.get("where") == "table" for d in docs for e in d.expected["errors"]) == 3
    for d in docs:  # every error's figure differs from its correct value
        assert all(e["figure"] != e["correct"] for e in d.expected["errors"])
    assert [len(d.expected.get("tolerated", [])) for d in docs] == [1, 0, 1]


def test_twenty_third_district_habits():
    """区建管委 notes the 尾数误差 under the 情况说明's title, puts last year's figure inside the comparison
    (「比2023年的…万元，」) and names each 项 by code and name; 区人防办 writes 「完成全年预算X万元的Y%」, zeros
    「0万元」 and rates without a trailing 「.0」; 区特教学校 writes 「收、支总计均为」 and takes the 本年收入 source by
    source, the 经营收入 line in 「0.00万」."""
    jw = adv.clean("yunchuan-jianguanwei-2024")
    at = next(k for k, p in enumerate(jw.paragraphs) if p.startswith("第三部分"))
    assert jw.paragraphs[at + 1] == "注：本报告因金额单位转换原因可能存在尾数误差。"
    assert jw.text.count("比2023年的") >= 8 and "（1）2120101行政运行：" in jw.text
    assert "占政府采购支出总额的82.0%" in jw.text
    rf = adv.clean("yunchuan-renfang-2024")
    assert rf.text.count("完成全年预算") == 6 and "完成全年预算5.70万元的80.7%" in rf.text
    assert "占2%" in rf.text and "完成年初预算的102%" in rf.text and "事业收入0万元" in rf.text
    assert "第7项：" in rf.text and "增长0%" in rf.text
    tj = adv.clean("yunchuan-tejiao-2024")
    assert "2024年度收、支总计均为1,998.57万元" in tj.text and "3.经营收入0.00万，" in tj.text
    assert sum(p[:2] in ("1.", "2.", "3.", "4.") and "收入" in p[:8] for p in tj.paragraphs) == 4


def test_twenty_third_district_exports(tmp_path):
    """区建管委 「第 N 页」, the 单位构成 as a Word table, 公开02/03 on one landscape section and 公开08 on
    another, 公开05 cut with 「续表」; 区人防办 「第N页」, dotted 目录, 公开07 landscape, headers printed once;
    区特教学校 the code whole in a 「科目编码」 column, a running header, 「— N —」, 公开06 cut with 「续表」,
    headers repeated."""
    word = Docx(str(adv.build_docx(adv.load("yunchuan-jianguanwei-2024"), tmp_path / "jianguanwei.docx")))
    assert word.sections[0].footer.paragraphs[0].text == "第 1 页"
    assert [c.text for c in word.tables[0].rows[0].cells] == ["序号", "单位名称", "备注"]
    assert sum(s.orientation == WD_ORIENT.LANDSCAPE for s in word.sections) == 2
    assert sum(p.text == "续表" for p in word.paragraphs) == 1
    word = Docx(str(adv.build_docx(adv.load("yunchuan-renfang-2024"), tmp_path / "renfang.docx")))
    assert word.sections[0].footer.paragraphs[0].text == "第1页"
    assert sum('w:leader="dot"' in p._p.xml for p in word.paragraphs) >= 10
    assert sum(s.orientation == WD_ORIENT.LANDSCAPE for s in word.sections) == 1
    assert not any(t._tbl.xpath(".//w:tblHeader") for t in word.tables)
    doc = adv.load("yunchuan-tejiao-2024")
    word = Docx(str(adv.build_docx(doc, tmp_path / "tejiao.docx")))
    assert word.sections[0].header.paragraphs[0].text == f"{doc.unit}2024年度部门决算"
    assert word.sections[0].footer.paragraphs[0].text == "— 1 —"
    assert [c.text for c in word.tables[1].rows[1].cells][:2] == ["科目编码", "科目名称"]
    assert sum(p.text == "续表" for p in word.paragraphs) == 1
    assert all(t._tbl.xpath(".//w:tblHeader") for t in word.tables)
