"""The twenty-ninth stand-in district, 上海市白沙区 (tests/data/review_adv/unit_bs_*.py, all three sealed when
written; 区民宗委 and 区就业促进中心 opened 2026-12-07 by rev63, 实验小学 sealed): its expected files are
unit_bs_expected.py's output, its offices' habits are as tests/data/review_adv/README.md says, and its exports are
as the offices set them. The district is registered in
tests/test_review_adv.py (DISTRICTS, ALL_SEALED, STYLES, TABLE_STYLES, LAYOUTS), whose generic tests (schema,
make.py's output, rendering) cover it too. The sealed document's findings are not read here: bench_review_adv.py
prints its totals only."""

from __future__ import annotations

import pytest
from docx import Document as Docx
from docx.enum.section import WD_ORIENT

from tests import test_review_adv as adv

IDS = adv.DISTRICTS["上海市白沙区"]
OPENED = ("baisha-minzong-2024", "baisha-jiuye-2024")  # opened since by rev63 (unit_bs_expected.OPENED)


@pytest.mark.parametrize("doc_id", IDS)
def test_twenty_ninth_district_expected_files_are_computed(doc_id):
    """Each error and its correct value computed in Decimal in the same record as the replacement make.py puts
    in; sealed when written (held_out, no opened); 民宗委 and 就业促进中心 opened 2026-12-07 by rev63."""
    adv.test_fourth_and_later_district_expected_files_are_computed(doc_id, "unit_bs_expected")
    assert adv.load(doc_id).sealed == (doc_id not in OPENED)


def test_twenty_ninth_district_counts():
    docs = [adv.load(i) for i in IDS]
    assert [len(d.expected["errors"]) for d in docs] == [8, 7, 7]
    tables = [e for d in docs for e in d.expected["errors"] if e.get("where") == "table"]
    assert len(tables) == 3 and {e["section"][:4] for e in tables} == {"公开02", "公开03", "公开06"}
    for d in docs:  # every error's figure differs from its correct value, and the sections vary
        assert all(e["figure"] != e["correct"] for e in d.expected["errors"])
        assert len({e["section"] for e in d.expected["errors"]}) >= 6
    assert [len(d.expected.get("tolerated", [])) for d in docs] == [1, 0, 1]


def test_twenty_ninth_district_habits():
    """区民宗委 writes amounts without separators and its 项 under 「N. …（类）…（款）」 lines as 「（N）…（项）：
    年初预算…」, a 项 with no 年初预算 among them; 就业促进中心 the template's 项 sentences, 「预决算持平。」,
    「我中心」 and 「二、机构设置」; 实验小学 rates to one place, 「我校」, 「较上年」 and the 项's rate after its
    reason."""
    mz = adv.clean("baisha-minzong-2024")
    body = mz.text.split("第三部分")[1]
    assert "1. 一般公共服务支出（类）民族事务（款）" in mz.text and "（1）行政运行（项）：年初预算472.00万元" in mz.text
    assert "年初未安排预算" in mz.text and "决算数与年初预算数一致。" in mz.text and "1,2" not in body
    jy = adv.clean("baisha-jiuye-2024")
    assert "二、机构设置" in jy.text and "预决算持平。" in jy.text and "我中心" in jy.text
    assert "社会保障和就业支出（类）就业补助（款）职业培训补贴（项）。主要用于：" in jy.text
    xx = adv.clean("baisha-xiaoxue-2024")
    assert "我校" in xx.text and "较上年" in xx.text and "该项完成年初预算的102.5%。" in xx.text
    assert "无机关运行经费支出" in xx.text and "无机关运行经费支出" in jy.text


def test_twenty_ninth_district_exports(tmp_path):
    """区民宗委 「- N -」, a dotted 目录, 单位构成 a Word table; 就业促进中心 「第N页 共M页」, 「单位：万元」 on each
    title line, three landscape tables; 实验小学 「— N —」, a running header, a 「栏次」 row, the two-sided 公开06
    cut with 「续表」."""
    word = Docx(str(adv.build_docx(adv.load("baisha-minzong-2024"), tmp_path / "minzong.docx")))
    assert word.sections[0].footer.paragraphs[0].text.startswith("- 1")
    assert any(c.text == "单位名称" for t in word.tables for r in t.rows for c in r.cells)
    word = Docx(str(adv.build_docx(adv.load("baisha-jiuye-2024"), tmp_path / "jiuye.docx")))
    assert word.sections[0].footer.paragraphs[0].text.startswith("第1页 共")
    assert sum(p.text.endswith("\t单位：万元") for p in word.paragraphs) == 9
    assert sum(s.orientation == WD_ORIENT.LANDSCAPE for s in word.sections) >= 1
    doc = adv.load("baisha-xiaoxue-2024")
    word = Docx(str(adv.build_docx(doc, tmp_path / "xiaoxue.docx")))
    assert word.sections[0].footer.paragraphs[0].text.startswith("— 1")
    assert word.sections[0].header.paragraphs[0].text == f"{doc.unit}2024年度部门决算"
    assert any(c.text == "栏次" for t in word.tables for r in t.rows for c in r.cells)
    assert sum(p.text == "续表" for p in word.paragraphs) == 1
    heads = [[c.text for c in t.rows[0].cells] for t in word.tables]
    six = [h for h in heads if h.count("经济分类科目编码") == 4 and h.count("科目名称") == 2]
    assert len(six) == 2  # 公开06's two halves side by side (each its own code columns), in two parts
