"""The thirty-third stand-in district, 上海市枣泾区 (tests/data/review_adv/unit_zj_*.py, all three sealed when
written): its expected files are unit_zj_expected.py's output, its offices' habits are as
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

IDS = adv.DISTRICTS["上海市枣泾区"]


@pytest.mark.parametrize("doc_id", IDS)
def test_thirty_third_district_expected_files_are_computed(doc_id):
    """Each error and its correct value computed in Decimal in the same record as the replacement make.py puts in;
    sealed when written (held_out, no opened)."""
    adv.test_fourth_and_later_district_expected_files_are_computed(doc_id, "unit_zj_expected")
    assert adv.load(doc_id).sealed


def test_thirty_third_district_counts():
    docs = [adv.load(i) for i in IDS]
    assert [len(d.expected["errors"]) for d in docs] == [8, 7, 7]
    assert sum(e.get("where") == "table" for d in docs for e in d.expected["errors"]) == 3
    for d in docs:  # every error's figure differs from its correct value, and no section holds them all
        errors = d.expected["errors"]
        assert all(e["figure"] != e["correct"] for e in errors)
        assert len({e["section"] for e in errors}) >= 5
    assert [len(d.expected.get("tolerated", [])) for d in docs] == [1, 0, 0]


def test_thirty_third_district_calcs_give_the_correct_values():
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


def test_thirty_third_district_habits():
    """区纪委监委 「区纪委监委」, amounts without separators, 「比2023年度…」, 「主要原因：一是…；二是…」, 项 under
    「N.…（类）…（款）」 lines saying 「属基本支出/项目支出」; 区社区学院 「我院」, separators, 「同比…，增幅…%」,
    rates to one place, 「预算执行率」; 区医疗急救中心 「本中心」, 「与上年相比」, each 项 with its code after its
    name, the 三公 in 元, 救护车 counted apart from the 三公."""
    jw = adv.clean("zaojing-jiwei-2024")
    assert "区纪委监委" in jw.text and "比2023年度减少137.72万元" in jw.text and "主要原因：一是" in jw.text
    assert "1.一般公共服务支出（类）纪检监察事务（款）" in jw.text and "该项属项目支出" in jw.text
    assert "1,0" not in jw.text.split("第三部分")[1]
    sq = adv.clean("zaojing-shequxueyuan-2024")
    assert "我院" in sq.text and "2,718.00万元" in sq.text and "同比增加185.82万元，增幅7.3%" in sq.text
    assert "预算执行率95.9%" in sq.text
    jj = adv.clean("zaojing-jijiu-2024")
    assert "本中心" in jj.text and "与上年相比增加" in jj.text and "应急救治机构（2100405）" in jj.text
    assert "公务用车运行维护费108,600.00元" in jj.text and "救护车46辆" in jj.text


def test_thirty_third_district_exports(tmp_path):
    """区纪委监委 「第 N 页 共 M 页」, two landscape tables; 区社区学院 「- N -」, 「金额单位：万元」, a running header,
    公开06 cut with 「续表」; 区医疗急救中心 「第N页」, a 「栏次」 row, two landscape tables."""
    word = Docx(str(adv.build_docx(adv.load("zaojing-jiwei-2024"), tmp_path / "jiwei.docx")))
    assert word.sections[0].footer.paragraphs[0].text.startswith("第 1 页 共")
    assert sum(s.orientation == WD_ORIENT.LANDSCAPE for s in word.sections) >= 1
    doc = adv.load("zaojing-shequxueyuan-2024")
    word = Docx(str(adv.build_docx(doc, tmp_path / "shequxueyuan.docx")))
    assert word.sections[0].footer.paragraphs[0].text.startswith("- 1")
    assert sum(p.text == "续表" for p in word.paragraphs) == 1
    assert any("金额单位：万元" in p.text for p in word.paragraphs)
    word = Docx(str(adv.build_docx(adv.load("zaojing-jijiu-2024"), tmp_path / "jijiu.docx")))
    assert word.sections[0].footer.paragraphs[0].text.startswith("第1页")
    assert sum(s.orientation == WD_ORIENT.LANDSCAPE for s in word.sections) >= 1
    assert any(c.text == "栏次" for t in word.tables for r in t.rows for c in r.cells)
