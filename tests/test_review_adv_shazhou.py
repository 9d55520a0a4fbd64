"""The twenty-eighth stand-in district, 上海市沙洲区 (tests/data/review_adv/unit_sz_*.py, all three sealed when
written): its expected files are unit_sz_expected.py's output, its offices' habits are as
tests/data/review_adv/README.md says, and its exports are as the offices set them. The district is registered in
tests/test_review_adv.py (DISTRICTS, ALL_SEALED, STYLES, TABLE_STYLES, LAYOUTS), whose generic tests (schema,
make.py's output, rendering) cover it too. The sealed documents' findings are not read here: bench_review_adv.py
prints their totals only."""

from __future__ import annotations

import pytest
from docx import Document as Docx
from docx.enum.section import WD_ORIENT

from tests import test_review_adv as adv

IDS = adv.DISTRICTS["上海市沙洲区"]


@pytest.mark.parametrize("doc_id", IDS)
def test_twenty_eighth_district_expected_files_are_computed(doc_id):
    """Each error and its correct value computed in Decimal in the same record as the replacement make.py puts in;
    sealed when written (held_out, no opened)."""
    adv.test_fourth_and_later_district_expected_files_are_computed(doc_id, "unit_sz_expected")
    assert adv.load(doc_id).sealed


def test_twenty_eighth_district_counts():
    docs = [adv.load(i) for i in IDS]
    assert [len(d.expected["errors"]) for d in docs] == [8, 7, 7]
    assert sum(e.get("where") == "table" for d in docs for e in d.expected["errors"]) == 3
    for d in docs:  # every error's figure differs from its correct value
        assert all(e["figure"] != e["correct"] for e in d.expected["errors"])
    assert [len(d.expected.get("tolerated", [])) for d in docs] == [2, 1, 0]


def test_twenty_eighth_district_habits():
    """区委政法委 fills the template word for word (「主要原因：同上。」, 「预决算持平。」, the
    template's own 「…万（含外宾接待支出…万元）」); 芦泾镇 writes amounts without separators, rates to one
    place and 「较上年…，增幅…%」, each 项 as 「（N）…（项）：年初预算…」; 牙防所 has 「二、机构设置」 and
    writes 「预算执行率」 and the 项's difference from its budget in money."""
    zf = adv.clean("shazhou-zhengfawei-2024")
    assert "主要原因：同上。" in zf.text and "预决算持平。" in zf.text and "万（含外宾接待支出0.00万元）" in zf.text
    zh = adv.clean("shazhou-zhen-2024")
    assert "（1）城乡社区环境卫生（项）：年初预算3100.00万元" in zh.text and "增幅" in zh.text
    assert "1,2" not in zh.text.split("第三部分")[1]
    yf = adv.clean("shazhou-yafang-2024")
    assert "二、机构设置" in yf.text and yf.text.count("预算执行率") == 8 and "决算数比预算数多" in yf.text


def test_twenty_eighth_district_exports(tmp_path):
    """区委政法委 「- N -」, 「单位：万元」 on each title line, a 「栏次」 row; 芦泾镇 「第 N 页」, three
    landscape tables, 公开01 cut with 「续表」; 牙防所 the code whole in a 「科目编码」 column, a running header,
    「第N页 共M页」."""
    word = Docx(str(adv.build_docx(adv.load("shazhou-zhengfawei-2024"), tmp_path / "zhengfawei.docx")))
    assert word.sections[0].footer.paragraphs[0].text.startswith("- 1")
    assert sum(p.text.endswith("\t单位：万元") for p in word.paragraphs) == 9
    assert any(c.text == "栏次" for t in word.tables for r in t.rows for c in r.cells)
    word = Docx(str(adv.build_docx(adv.load("shazhou-zhen-2024"), tmp_path / "zhen.docx")))
    assert word.sections[0].footer.paragraphs[0].text == "第 1 页"
    assert sum(s.orientation == WD_ORIENT.LANDSCAPE for s in word.sections) >= 1
    assert sum(p.text == "续表" for p in word.paragraphs) == 1
    doc = adv.load("shazhou-yafang-2024")
    word = Docx(str(adv.build_docx(doc, tmp_path / "yafang.docx")))
    assert word.sections[0].footer.paragraphs[0].text.startswith("第1页 共")
    assert word.sections[0].header.paragraphs[0].text == f"{doc.unit}2024年度部门决算"
    assert any(c.text == "科目编码" for t in word.tables for r in t.rows[:3] for c in r.cells)
