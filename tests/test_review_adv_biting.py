"""The thirty-seventh stand-in district, 上海市碧汀区 (tests/data/review_adv/unit_bt_*.py, all three sealed when
written): its expected files are unit_bt_expected.py's output, its offices' habits are as
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

IDS = adv.DISTRICTS["上海市碧汀区"]


@pytest.mark.parametrize("doc_id", IDS)
def test_thirty_seventh_district_expected_files_are_computed(doc_id):
    """Each error and its correct value computed in Decimal in the same record as the replacement make.py puts in;
    sealed when written (held_out, no opened)."""
    adv.test_fourth_and_later_district_expected_files_are_computed(doc_id, "unit_bt_expected")
    assert adv.load(doc_id).sealed


def test_thirty_seventh_district_counts():
    docs = [adv.load(i) for i in IDS]
    assert [len(d.expected["errors"]) for d in docs] == [8, 7, 7]
    assert sum(e.get("where") == "table" for d in docs for e in d.expected["errors"]) == 3
    for d in docs:  # every error's figure differs from its correct value, and no section holds them all
        errors = d.expected["errors"]
        assert all(e["figure"] != e["correct"] for e in errors)
        assert len({e["section"] for e in errors}) >= 5
    assert [len(d.expected.get("tolerated", [])) for d in docs] == [0, 1, 0]


def test_thirty_seventh_district_calcs_give_the_correct_values():
    """Every calc is plain Decimal arithmetic that gives the correct value as written (「%」, 「万元」/「元」 and
    thousands separators aside)."""
    for doc_id in IDS:
        for e in adv.load(doc_id).expected["errors"]:
            if not e.get("calc"):
                continue
            calc = e["calc"].replace(" ", "")
            assert set(calc) <= set("0123456789.+-*/()"), calc
            value = eval(calc, {"__builtins__": {}}, {})
            got = Decimal(str(value)) if not isinstance(value, Decimal) else value
            want = e["correct"].removesuffix("%").removesuffix("万元").removesuffix("元").replace(",", "")
            places = len(want.split(".")[1]) if "." in want else 0
            assert f"{got:.{places}f}" == want, (doc_id, e["figure"], calc)


def test_thirty_seventh_district_habits():
    """区供销社 「本部门」, separators, 「较上年」, 「主要原因：一是」, numbered 职责 and 项 as
    「N.类（类）款（款）项（项）」; 区中心血站 「我站」, no separators, rates to one place, 「主要因为」, 项 as
    「（N）…（项）」, 采血车 apart from the 三公;
    区工人文化宫 「我宫」, 「同比」, each 项 led by its code, the 三公 in 元."""
    gx = adv.clean("biting-gongxiaoshe-2024")
    assert "本部门" in gx.text and "1,607.78万元" in gx.text and "较上年增加" in gx.text and "主要原因：一是" in gx.text
    assert "1.社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）" in gx.text
    xz = adv.clean("biting-xuezhan-2024")
    assert "我站" in xz.text and "3159.20万元" in xz.text and "增长3.1%" in xz.text and "主要因为" in xz.text
    assert "（1）采供血机构（项）" in xz.text and "采血车运行费用" in xz.text
    wh = adv.clean("biting-wenhuagong-2024")
    assert "我宫" in wh.text and "同比增加" in wh.text and "2070109群众文化：" in wh.text
    assert "公务用车运行维护费38,600.00元" in wh.text and "学校和乐园" in wh.text


def test_thirty_seventh_district_exports(tmp_path):
    """区供销社 「— N —」, the code whole in one column, one landscape table; 区中心血站 「第 N 页」, a 「栏次」 row,
    公开05 cut with 「续表」; 区工人文化宫 「- N -」, 「金额单位：万元」, two landscape tables."""
    word = Docx(str(adv.build_docx(adv.load("biting-gongxiaoshe-2024"), tmp_path / "gongxiaoshe.docx")))
    assert word.sections[0].footer.paragraphs[0].text.startswith("— 1")
    assert sum(s.orientation == WD_ORIENT.LANDSCAPE for s in word.sections) >= 1
    assert any(c.text == "科目编码" for t in word.tables for r in t.rows for c in r.cells)
    word = Docx(str(adv.build_docx(adv.load("biting-xuezhan-2024"), tmp_path / "xuezhan.docx")))
    assert word.sections[0].footer.paragraphs[0].text.startswith("第 1 页")
    assert sum(p.text == "续表" for p in word.paragraphs) == 1
    assert any(c.text == "栏次" for t in word.tables for r in t.rows for c in r.cells)
    word = Docx(str(adv.build_docx(adv.load("biting-wenhuagong-2024"), tmp_path / "wenhuagong.docx")))
    assert word.sections[0].footer.paragraphs[0].text.startswith("- 1")
    assert any("金额单位：万元" in p.text for p in word.paragraphs)
    assert sum(s.orientation == WD_ORIENT.LANDSCAPE for s in word.sections) >= 1
