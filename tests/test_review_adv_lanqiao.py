"""The thirty-second stand-in district, 上海市岚桥区 (tests/data/review_adv/unit_lq_*.py, all three sealed when
written): its expected files are unit_lq_expected.py's output, its offices' habits are as
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

IDS = adv.DISTRICTS["上海市岚桥区"]


@pytest.mark.parametrize("doc_id", IDS)
def test_thirty_second_district_expected_files_are_computed(doc_id):
    """Each error and its correct value computed in Decimal in the same record as the replacement make.py puts in;
    sealed when written (held_out, no opened)."""
    adv.test_fourth_and_later_district_expected_files_are_computed(doc_id, "unit_lq_expected")
    assert adv.load(doc_id).sealed


def test_thirty_second_district_counts():
    docs = [adv.load(i) for i in IDS]
    assert [len(d.expected["errors"]) for d in docs] == [8, 7, 7]
    assert sum(e.get("where") == "table" for d in docs for e in d.expected["errors"]) == 3
    for d in docs:  # every error's figure differs from its correct value, and no section holds them all
        errors = d.expected["errors"]
        assert all(e["figure"] != e["correct"] for e in errors)
        assert len({e["section"] for e in errors}) >= 5
    assert [len(d.expected.get("tolerated", [])) for d in docs] == [1, 0, 0]


def test_thirty_second_district_calcs_give_the_correct_values():
    """Every calc is plain Decimal arithmetic that gives the correct value as written (「%」, 「万元」 aside)."""
    for doc_id in IDS:
        for e in adv.load(doc_id).expected["errors"]:
            if not e.get("calc"):
                continue
            calc = e["calc"].replace(" ", "")
            assert set(calc) <= set("0123456789.+-*/()"), calc
            value = eval(calc, {"__builtins__": {}}, {})
            got = Decimal(str(value)) if not isinstance(value, Decimal) else value
            want = e["correct"].removesuffix("%").removesuffix("万元")
            places = len(want.split(".")[1]) if "." in want else 0
            assert f"{got:.{places}f}" == want, (doc_id, e["figure"], calc)


def test_thirty_second_district_habits():
    """区体育局 fills the template (「与2023年度相比」, 「主要原因：同上。」, 「1,234.56万元」, the 项 with no
    年初预算 without a rate); 区外办 writes 「较上年…」, amounts without separators, 「二、机构设置」, 项 under
    「N.…（类）…（款）」 lines, the 三公 with 团组 and 人次; 区公共法律服务中心 「我中心」, 「较上年决算数…」,
    rates to one place."""
    ty = adv.clean("lanqiao-tiyu-2024")
    assert "与2023年度相比" in ty.text and "主要原因：同上。" in ty.text and "2,363.68万元" in ty.text
    assert "年初预算为0.00万元，支出决算为42.80万元。决算数大于预算数" in ty.text
    wb = adv.clean("lanqiao-waiban-2024")
    assert "二、机构设置" in wb.text and "较上年增加" in wb.text and "1.外交支出（类）外交管理事务（款）" in wb.text
    assert "团组6个，累计31人次" in wb.text and "年初未安排预算" in wb.text
    assert "1,0" not in wb.text.split("第三部分")[1]
    fl = adv.clean("lanqiao-falv-2024")
    assert "我中心" in fl.text and "较上年决算数增加" in fl.text and "决算数为年初预算的115.6%" in fl.text


def test_thirty_second_district_exports(tmp_path):
    """区体育局 「第N页」, a running header, 「单位：万元」 on each title line, a 「栏次」 row; 区外办 「- N -」, the
    code whole in a 「科目编码」 column, three landscape tables; 区公共法律服务中心 「— N —」, two tables cut with
    「续表」."""
    doc = adv.load("lanqiao-tiyu-2024")
    word = Docx(str(adv.build_docx(doc, tmp_path / "tiyu.docx")))
    assert word.sections[0].footer.paragraphs[0].text.startswith("第1页")
    assert word.sections[0].header.paragraphs[0].text == f"{doc.unit}2024年度部门决算"
    assert sum(p.text.endswith("\t单位：万元") for p in word.paragraphs) == 9
    assert any(c.text == "栏次" for t in word.tables for r in t.rows for c in r.cells)
    word = Docx(str(adv.build_docx(adv.load("lanqiao-waiban-2024"), tmp_path / "waiban.docx")))
    assert word.sections[0].footer.paragraphs[0].text.startswith("- 1")
    assert sum(s.orientation == WD_ORIENT.LANDSCAPE for s in word.sections) >= 1
    assert any(c.text == "科目编码" for t in word.tables for r in t.rows[:3] for c in r.cells)
    word = Docx(str(adv.build_docx(adv.load("lanqiao-falv-2024"), tmp_path / "falv.docx")))
    assert word.sections[0].footer.paragraphs[0].text.startswith("— 1")
    assert sum(p.text == "续表" for p in word.paragraphs) == 2
