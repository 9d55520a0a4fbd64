"""The twenty-seventh stand-in district, 上海市石埭区 (tests/data/review_adv/unit_sd_*.py, all three sealed when
written): its expected files are unit_sd_expected.py's output, its offices' habits are as
tests/data/review_adv/README.md says, and its exports are as the offices set them. The district is registered in
tests/test_review_adv.py (DISTRICTS, ALL_SEALED, STYLES, TABLE_STYLES, LAYOUTS), whose generic tests (schema,
make.py's output, rendering) cover it too. The sealed documents' findings are not read here: bench_review_adv.py
prints their totals only."""

from __future__ import annotations

import pytest
from docx import Document as Docx
from docx.enum.section import WD_ORIENT

from tests import test_review_adv as adv

IDS = adv.DISTRICTS["上海市石埭区"]


@pytest.mark.parametrize("doc_id", IDS)
def test_twenty_seventh_district_expected_files_are_computed(doc_id):
    """Each error and its correct value computed in Decimal in the same record as the replacement make.py puts in;
    sealed when written (held_out, no opened)."""
    adv.test_fourth_and_later_district_expected_files_are_computed(doc_id, "unit_sd_expected")
    assert adv.load(doc_id).sealed


def test_twenty_seventh_district_counts():
    docs = [adv.load(i) for i in IDS]
    assert [len(d.expected["errors"]) for d in docs] == [8, 7, 7]
    assert sum(e.get("where") == "table" for d in docs for e in d.expected["errors"]) == 3
    for d in docs:  # every error's figure differs from its correct value
        assert all(e["figure"] != e["correct"] for e in d.expected["errors"])
    assert [len(d.expected.get("tolerated", [])) for d in docs] == [3, 2, 0]


def test_twenty_seventh_district_habits():
    """区政府办 copies the template's sentences (「主要原因：同上。」, the template's own
    「…万（含外宾接待支出…万元）」, every vehicle class at 0辆); 精神卫生中心 writes 「比上年上升」 and splits its
    事业收入 into 门诊/住院; 投资促进服务中心
    writes 「同比增加…，增幅…%」 and 「预算执行率」, its 出国 团组 with countries and days in brackets."""
    zf = adv.clean("shidai-zhengfuban-2024")
    assert zf.text.count("主要原因：同上。") == 2 and "国内公务接待支出8.65万（含外宾接待支出0万元）" in zf.text
    assert "部级领导干部用车0辆" in zf.text and "完成预算的91.5%" in zf.text and "序号　单位名称　备注" in zf.text
    jw = adv.clean("shidai-jingwei-2024")
    assert "比上年上升667.77万元，上升4.7%" in jw.text and "门诊收入4128.36万元、住院收入6184.22万元" in jw.text
    assert "《政府性基金预算财政拨款收入支出决算表》为空表" in jw.text
    tz = adv.clean("shidai-touzicu-2024")
    assert "同比增加51.68万元，增幅3.70%" in tz.text and "预算执行率93.63%" in tz.text
    assert "（国家/地区：新加坡、马来西亚；天数：6天；" in tz.text


def test_twenty_seventh_district_exports(tmp_path):
    """区政府办 「- N -」, a dotted 目录, its 单位构成 as a Word table, 公开07 on a landscape section; 精神卫生中心 the
    code whole in a 「科目编码」 column, a running header, 「第N页 共M页」, 公开02/03 landscape, headers printed once;
    投资促进服务中心 「第 N 页」, 「单位：万元」 on each title line, 公开06 cut with 「续表」."""
    word = Docx(str(adv.build_docx(adv.load("shidai-zhengfuban-2024"), tmp_path / "zhengfuban.docx")))
    assert word.sections[0].footer.paragraphs[0].text == "- 1 -"
    assert [c.text for c in word.tables[0].rows[0].cells] == ["序号", "单位名称", "备注"]
    assert sum(s.orientation == WD_ORIENT.LANDSCAPE for s in word.sections) == 1
    assert sum("\t" in p.text and p.text.rsplit("\t", 1)[1].isdigit() for p in word.paragraphs) == 15
    doc = adv.load("shidai-jingwei-2024")
    word = Docx(str(adv.build_docx(doc, tmp_path / "jingwei.docx")))
    assert word.sections[0].footer.paragraphs[0].text.startswith("第1页 共")
    assert word.sections[0].header.paragraphs[0].text == f"{doc.unit}2024年度部门决算"
    assert [c.text for c in word.tables[1].rows[1].cells][:2] == ["科目编码", "科目名称"]
    assert not any(t._tbl.xpath(".//w:tblHeader") for t in word.tables)
    word = Docx(str(adv.build_docx(adv.load("shidai-touzicu-2024"), tmp_path / "touzicu.docx")))
    assert word.sections[0].footer.paragraphs[0].text == "第 1 页"
    assert sum(p.text.endswith("\t单位：万元") for p in word.paragraphs) == 9
    assert sum(p.text == "续表" for p in word.paragraphs) == 1
