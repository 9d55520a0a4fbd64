"""The thirty-first stand-in district, 上海市麦浦区 (tests/data/review_adv/unit_mp_*.py, all three sealed when
written; 团区委 and 救助管理站 opened 2026-12-07 by rev61, 粮储局 sealed):
its expected files are unit_mp_expected.py's output, its offices' habits are as
tests/data/review_adv/README.md says, and its exports are as the offices set them. The district is registered in
tests/test_review_adv.py (DISTRICTS, ALL_SEALED, STYLES, TABLE_STYLES, LAYOUTS), whose generic tests (schema,
make.py's output, rendering) cover it too. The sealed documents' findings are not read here: bench_review_adv.py
prints their totals only."""

from __future__ import annotations

from decimal import Decimal

import pytest
from docx import Document as Docx
from docx.enum.section import WD_ORIENT

from tests import test_review_adv as adv

IDS = adv.DISTRICTS["上海市麦浦区"]
OPENED = ("maipu-tuanqu-2024", "maipu-jiuzhu-2024")  # opened since (unit_mp_expected.OPENED), by rev61


@pytest.mark.parametrize("doc_id", IDS)
def test_thirty_first_district_expected_files_are_computed(doc_id):
    """Each error and its correct value computed in Decimal in the same record as the replacement make.py puts in;
    sealed when written (held_out, no opened); 团区委 and 救助管理站 opened 2026-12-07 by rev61."""
    adv.test_fourth_and_later_district_expected_files_are_computed(doc_id, "unit_mp_expected")
    assert adv.load(doc_id).sealed == (doc_id not in OPENED)


def test_thirty_first_district_counts():
    docs = [adv.load(i) for i in IDS]
    assert [len(d.expected["errors"]) for d in docs] == [8, 7, 7]
    assert sum(e.get("where") == "table" for d in docs for e in d.expected["errors"]) == 4
    for d in docs:  # every error's figure differs from its correct value
        assert all(e["figure"] != e["correct"] for e in d.expected["errors"])
    assert len({e["section"] for d in docs for e in d.expected["errors"]}) >= 15  # spread over the document
    # rev61 (opening): 团区委's 「完成预算的0.00%」 and 救助站's 「完成预算的0%」 of a zero budget tolerated
    assert [len(d.expected.get("tolerated", [])) for d in docs] == [1, 1, 2]


def test_thirty_first_district_yuan_tables_agree_with_the_text():
    """区粮储局's tables are in 元, its text in 万元: every clean table cell is the 万元 figure times 10,000 (the
    公开01 总计 is the text's 收入支出总计)."""
    doc = adv.clean("maipu-liangchu-2024")
    total = next(r for r in doc.tables["公开01"]["rows"] if r[0] == "总计")[1]
    assert total == "42,576,200.00" and "收入、支出总计均为4,257.62万元" in doc.text
    cells = [c for t in doc.tables.values() for r in t["rows"] for c in r if c.endswith(".00") and c != "0.00"]
    assert cells and all(Decimal(c.replace(",", "")) % 100 == 0 for c in cells)


def test_thirty_first_district_habits():
    """区粮储局 the template's sentences with 「主要原因：同上。」 and a 0-budget 项 said in words; 团区委
    「二、机构设置」, amounts without separators, each 项 with its code after the name, empty tables 「故公开08表为
    空表」; 救助管理站 a space before 万元, every income line listed with its zero, reasons numbered in the sentence,
    the 政府采购 in 元."""
    lc = adv.clean("maipu-liangchu-2024")
    assert "主要原因：同上。" in lc.text and "年初未安排预算" in lc.text and "（局机关）" in lc.text
    tq = adv.clean("maipu-tuanqu-2024")
    assert "二、机构设置" in tq.text and "1.行政运行（2012901）：年初预算262.00万元" in tq.text
    assert "故公开08表为空表" in tq.text and "1,2" not in tq.text.split("第三部分")[1]
    jz = adv.clean("maipu-jiuzhu-2024")
    assert "上级补助收入0 万元，占收入合计0%" in jz.text and "主要原因是：1、" in jz.text
    assert "政府采购支出总额356800.00 元" in jz.text and "不涉及机关运行经费" in jz.text


def test_thirty_first_district_exports(tmp_path):
    """区粮储局 「- N -」, a running header, 「单位：元」 under all nine titles, three landscape tables; 团区委
    「第 N 页」, a dotted 目录, 公开06 cut with 「续表」; 救助管理站 「第N页 共M页」, 「单位：万元」 on each title line,
    the code whole in a 「科目编码」 column."""
    doc = adv.load("maipu-liangchu-2024")
    word = Docx(str(adv.build_docx(doc, tmp_path / "liangchu.docx")))
    assert word.sections[0].footer.paragraphs[0].text.startswith("- 1")
    assert word.sections[0].header.paragraphs[0].text == f"{doc.unit}2024年度部门决算"
    assert [p.text for p in word.paragraphs if p.text.startswith("单位：")] == ["单位：元"] * 9
    assert sum(s.orientation == WD_ORIENT.LANDSCAPE for s in word.sections) >= 1
    assert adv.LAYOUTS[doc.id].glyphs_follow  # the glyph PDF sets the same three tables on landscape pages
    word = Docx(str(adv.build_docx(adv.load("maipu-tuanqu-2024"), tmp_path / "tuanqu.docx")))
    assert word.sections[0].footer.paragraphs[0].text == "第 1 页"
    assert sum(p.text == "续表" for p in word.paragraphs) == 1
    assert any(p.text.startswith("一、收入支出决算总表\t") for p in word.paragraphs)  # the dotted leader's tab
    word = Docx(str(adv.build_docx(adv.load("maipu-jiuzhu-2024"), tmp_path / "jiuzhu.docx")))
    assert word.sections[0].footer.paragraphs[0].text.startswith("第1页 共")
    assert sum(p.text.endswith("\t单位：万元") for p in word.paragraphs) == 9
    assert any(c.text == "科目编码" for t in word.tables for r in t.rows[:3] for c in r.cells)
