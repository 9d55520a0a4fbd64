"""The sixteenth stand-in district, 上海市桐溪区 (tests/data/review_adv/unit_tx_*.py, all three sealed when written):
its expected files are unit_tx_expected.py's output, and its offices' exports and habits are as described in
tests/data/review_adv/README.md. The district is registered in tests/test_review_adv.py (DISTRICTS, STYLES,
TABLE_STYLES, LAYOUTS), whose generic tests (schema, make.py's output, rendering) cover it too."""

from __future__ import annotations

import re

import pytest
from docx import Document as Docx
from docx.enum.section import WD_ORIENT

from tests import test_review_adv as adv

IDS = adv.DISTRICTS["上海市桐溪区"]


@pytest.mark.parametrize("doc_id", IDS)
def test_sixteenth_district_expected_files_are_computed(doc_id):
    """Each error and its correct value computed in Decimal in the same record as the replacement make.py puts in;
    all three sealed when written (held_out; opened only as unit_tx_expected.OPENED says, checked there:
    区卫健委 by rev37, 实验幼儿园 by rev38); 8/7/7
    errors, three of them in tables."""
    adv.test_fourth_and_later_district_expected_files_are_computed(doc_id, "unit_tx_expected")
    assert adv.load(doc_id).held_out


def test_sixteenth_district_counts():
    errors = {i: adv.load(i).expected["errors"] for i in IDS}
    assert [len(e) for e in errors.values()] == [8, 7, 7]
    assert sum(e.get("where") == "table" for es in errors.values() for e in es) == 3
    assert [t["figure"] for t in adv.load("tongxi-weijian-2024").expected["tolerated"]] == ["322.46万元", "5辆"]


def test_sixteenth_district_habits():
    """区妇联 types amounts as a spreadsheet's General format leaves them (no trailing zero, no separator); 实验幼儿园
    opens 一 with four lead-in paragraphs and sends 二/三 back to them; 区卫健委 writes 「完成预算X%」."""
    fulian = adv.load("tongxi-fulian-2024").text
    assert "45.8万元" in fulian and "0万元" in fulian and not re.search(r"\.\d*0(万元|%)|\d,\d", fulian)
    youer = adv.load("tongxi-youeryuan-2024").paragraphs
    lead = [p.split("。")[0] for p in youer if re.match(r"\d\.[^\d（]*情况。", p)]
    assert lead == ["1.总体情况", "2.收入情况", "3.支出情况", "4.结转结余情况"]
    assert youer.count("详见本部分“一、收入支出决算总体情况说明”第2点。") == 1
    weijian = adv.load("tongxi-weijian-2024").text
    assert "完成预算103.32%" in weijian and "完成年初预算" not in weijian and "2023年度" in weijian


def test_sixteenth_district_exports(tmp_path):
    """区卫健委 「第 N 页」, its 单位构成 a Word table, 「编制单位：…　金额单位：万元」 over each of the nine tables,
    headers repeated; 区妇联 a 目录 with dotted leaders, 「- N -」, headers printed once; 实验幼儿园 「单位：万元」 on
    each table's title line, a page header with its name, 「第N页 共M页」, 公开07 on a landscape page."""
    doc = adv.load("tongxi-weijian-2024")
    word = Docx(str(adv.build_docx(doc, tmp_path / "weijian.docx")))
    footer = word.sections[0].footer.paragraphs[0]
    assert footer.text.startswith("第 ") and "NUMPAGES" not in footer._p.xml
    assert [c.text for c in word.tables[0].rows[0].cells] == ["序号", "单位名称", "单位性质"] and len(word.tables) == 10
    money = [p.text for p in word.paragraphs if p.text.startswith("编制单位：")]
    assert money == [f"编制单位：{doc.unit}　　　　金额单位：万元"] * 9
    assert all(t._tbl.xpath(".//w:tblHeader") for t in word.tables[1:])
    word = Docx(str(adv.build_docx(adv.load("tongxi-fulian-2024"), tmp_path / "fulian.docx")))
    assert word.sections[0].footer.paragraphs[0].text.startswith("- ") and len(word.tables) == 9
    assert sum("w:leader=\"dot\"" in p._p.xml for p in word.paragraphs) >= 10
    assert not any(t._tbl.xpath(".//w:tblHeader") for t in word.tables)
    doc = adv.load("tongxi-youeryuan-2024")
    word = Docx(str(adv.build_docx(doc, tmp_path / "youeryuan.docx")))
    footer = word.sections[0].footer.paragraphs[0]
    assert "NUMPAGES" in footer._p.xml and footer.text.startswith("第")
    assert "".join(p.text for p in word.sections[0].header.paragraphs) == f"{doc.unit}2024年度部门决算"
    assert sum(p.text.endswith("\t单位：万元") for p in word.paragraphs) == 9
    assert sum(s.orientation == WD_ORIENT.LANDSCAPE for s in word.sections) == 1
