"""The twenty-sixth stand-in district, 上海市竹屿区 (tests/data/review_adv/unit_zy_*.py, all three sealed when
written): its expected files are unit_zy_expected.py's output, its offices' habits are as
tests/data/review_adv/README.md says, and its exports are as the offices set them (区城运中心 with the 「栏次」 row of
Layout.column_numbers). The district is registered in tests/test_review_adv.py (DISTRICTS, ALL_SEALED, STYLES,
TABLE_STYLES, LAYOUTS), whose generic tests (schema, make.py's output, rendering) cover it too. The sealed documents'
findings are not read here: bench_review_adv.py prints their totals only."""

from __future__ import annotations

import pytest
from docx import Document as Docx
from docx.enum.section import WD_ORIENT

from tests import pdf_docs
from tests import test_review_adv as adv

IDS = adv.DISTRICTS["上海市竹屿区"]
OPENED = ("zhuyu-jiedao-2024", "zhuyu-chengyun-2024")  # opened since (unit_zy_expected.OPENED)


@pytest.mark.parametrize("doc_id", IDS)
def test_twenty_sixth_district_expected_files_are_computed(doc_id):
    """Each error and its correct value computed in Decimal in the same record as the replacement make.py puts in;
    sealed when written (held_out, no opened); 沙港街道 opened 2026-12-07 by rev56, 区城运中心 by rev57, 体校 sealed."""
    adv.test_fourth_and_later_district_expected_files_are_computed(doc_id, "unit_zy_expected")
    assert adv.load(doc_id).sealed == (doc_id not in OPENED)


def test_twenty_sixth_district_counts():
    docs = [adv.load(i) for i in IDS]
    assert [len(d.expected["errors"]) for d in docs] == [8, 7, 7]
    assert sum(e.get("where") == "table" for d in docs for e in d.expected["errors"]) == 3
    for d in docs:  # every error's figure differs from its correct value
        assert all(e["figure"] != e["correct"] for e in d.expected["errors"])
    assert [len(d.expected.get("tolerated", [])) for d in docs] == [1, 0, 1]


def test_twenty_sixth_district_habits():
    """沙港街道 writes amounts bare, 「收、支总计各减少…，降低…%」 and each 项 with its budget and completion;
    区城运中心 compares 收入总计 and 支出总计 each in a clause of its own, each 项 「比年初预算增加/减少…」,
    政府采购 in 元; 区业余体校 puts a space before 万元, last year's figure in brackets before the change, the 项
    code after its name."""
    jd = adv.clean("zhuyu-jiedao-2024")
    assert "收、支总计各减少741.81万元，降低4.40%" in jd.text and "（以下简称“沙港街道”）" in jd.text
    assert "14.节能环保（类）污染防治（款）大气（项）。年初预算为96.00万元，支出决算为95.40万元" in jd.text
    assert "年初预算为0.00万元，支出决算为186.50万元。年初未安排预算" in jd.text
    cy = adv.clean("zhuyu-chengyun-2024")
    assert "收入总计3,493.50万元，较上年增加256.66万元，增长7.93%；支出总计3,493.50万元" in cy.text
    assert "比年初预算增加42.30万元，增长5.16%" in cy.text and "为18,690,500.00元" in cy.text
    tx = adv.clean("zhuyu-tixiao-2024")
    assert "收、支总计较2023年（2268.40 万元）增加125.56 万元，增幅5.5%" in tx.text
    assert "2、体育训练（2070306）：年初预算1680.00 万元" in tx.text and "截止到2024年底" in tx.text


def test_twenty_sixth_district_exports(tmp_path):
    """沙港街道 「- N -」, a running header, 公开02/03 on one landscape section, 公开05 cut with 「续表」; 区城运中心
    「第N页」, 「单位：万元」 on each title line, a 「栏次」 row closing each table's header, headers printed once;
    区业余体校 the code whole in a 「科目编码」 column, a dotted 目录, 「— N —」."""
    doc = adv.load("zhuyu-jiedao-2024")
    word = Docx(str(adv.build_docx(doc, tmp_path / "jiedao.docx")))
    assert word.sections[0].footer.paragraphs[0].text == "- 1 -"
    assert word.sections[0].header.paragraphs[0].text == f"{doc.unit}2024年度部门决算"
    assert sum(s.orientation == WD_ORIENT.LANDSCAPE for s in word.sections) == 1
    assert sum(p.text == "续表" for p in word.paragraphs) == 1
    word = Docx(str(adv.build_docx(adv.load("zhuyu-chengyun-2024"), tmp_path / "chengyun.docx")))
    assert word.sections[0].footer.paragraphs[0].text == "第1页"
    assert sum(p.text.endswith("\t单位：万元") for p in word.paragraphs) == 9
    assert not any(t._tbl.xpath(".//w:tblHeader") for t in word.tables)
    numbered = [[c.text for c in t.rows[k].cells] for t in word.tables[:9]
                for k in range(len(t.rows)) if t.rows[k].cells[0].text == "栏次"]
    assert len(numbered) == 8  # and 公开07, all amounts, numbered 1–12 without one
    assert [c.text for c in word.tables[6].rows[-2].cells] == [str(k) for k in range(1, 13)]
    assert numbered[-1][:5] == ["栏次"] * 4 + ["1"]  # the empty 公开09 too
    assert numbered[0] == ["栏次", "1", "栏次", "2"]  # 公开01: each side numbered
    assert numbered[2][:6] == ["栏次"] * 4 + ["1", "2"]  # 公开03: 类|款|项|名称 under one merged cell
    doc = adv.load("zhuyu-tixiao-2024")
    word = Docx(str(adv.build_docx(doc, tmp_path / "tixiao.docx")))
    assert word.sections[0].footer.paragraphs[0].text == "— 1 —"
    assert [c.text for c in word.tables[1].rows[1].cells][:2] == ["科目编码", "科目名称"]
    assert any("\t" in p.text and p.text.startswith("一、收入支出决算总表") for p in word.paragraphs)


def test_column_numbers_follow_the_grid():
    """Layout.column_numbers: the amount columns numbered from 1, label runs (codes, names) merged under 「栏次」."""
    grid = pdf_docs.Grid([["项目", "", "金额"]], [(0, 0, 0, 1)], [["30101", "基本工资", "1.00"], ["", "合计", "2.00"]],
                         [], [1.0, 3.0, 2.0])
    out = adv._column_numbers(grid)
    assert out.header[-1] == ["栏次", "", "1"] and out.merges[-1] == (1, 0, 1, 1)
    assert adv.Layout().column_numbers is False  # off unless an office sets it: earlier documents unchanged
