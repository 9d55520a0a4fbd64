"""The twenty-first stand-in district, 上海市荻洲区 (tests/data/review_adv/unit_dz_*.py, all three sealed when written):
its expected files are unit_dz_expected.py's output, its offices' habits are as tests/data/review_adv/README.md says,
and its exports are as the offices set them. The district is registered in tests/test_review_adv.py (DISTRICTS,
ALL_SEALED, STYLES, TABLE_STYLES, LAYOUTS), whose generic tests (schema, make.py's output, rendering) cover it too. The
sealed documents' findings are not read here: bench_review_adv.py prints their totals only."""

from __future__ import annotations

import re

import pytest
from docx import Document as Docx
from docx.enum.section import WD_ORIENT

from tests import test_review_adv as adv

IDS = adv.DISTRICTS["上海市荻洲区"]


@pytest.mark.parametrize("doc_id", IDS)
def test_twenty_first_district_expected_files_are_computed(doc_id):
    """Each error and its correct value computed in Decimal in the same record as the replacement make.py puts in;
    sealed when written (held_out, no opened); 区工商联 opened 2026-12-07 for rev46, its sisters still sealed."""
    adv.test_fourth_and_later_district_expected_files_are_computed(doc_id, "unit_dz_expected")
    assert adv.load(doc_id).sealed == (doc_id != "dizhou-gongshanglian-2024")


def test_twenty_first_district_counts():
    docs = [adv.load(i) for i in IDS]
    assert [len(d.expected["errors"]) for d in docs] == [8, 7, 7]
    assert sum(e.get("where") == "table" for d in docs for e in d.expected["errors"]) == 3
    for d in docs:  # every error's figure differs from its correct value
        assert all(e["figure"] != e["correct"] for e in d.expected["errors"])
    assert [t["figure"] for t in docs[0].expected["tolerated"]] == ["297.46万元"]


def test_twenty_first_district_habits():
    """区委组织部 runs its 情况说明 一–十 (二 and 三 merged), names each 项 with its code in brackets and
    gives a share's change in 个百分点; 区工商联 writes last year's figure in brackets 「（2023年度：…）」
    and all 项 in one paragraph; 区环卫所 sets figures and percent signs off by spaces and counts vehicles
    in Chinese numerals."""
    zu = adv.load("dizhou-zuzhibu-2024")
    heads = [p for p in zu.paragraphs[zu.paragraphs.index(next(p for p in zu.paragraphs if p.startswith("第三部分"))):]
             if re.match(r"^[一二三四五六七八九十]+、", p) and len(p) < 30]
    assert heads[1] == "二、收入、支出决算情况说明" and heads[-1] == "十、其他重要事项的情况说明"
    assert "（1）行政运行（2013201）：" in zu.text and "个百分点" in adv.clean(zu.id).text and "保有量为四辆" in zu.text
    gs = adv.load("dizhou-gongshanglian-2024")
    assert gs.text.count("（2023年度：") >= 8 and "国内公务接待支出0.52万（" in gs.text
    assert sum(p.count("（项）年初预算") for p in gs.paragraphs) == 8
    hw = adv.load("dizhou-huanwei-2024")
    assert "收入总计 10,046.76 万元" in hw.text and " 8.90 %" in hw.text and "共有车辆二十七辆" in hw.text
    assert "同比无增减变化" in hw.text


def test_twenty_first_district_exports(tmp_path):
    """区委组织部 a bare page number, dotted 目录, 公开01/06 on landscape sections; 区工商联 「第N页」,
    「单位：万元」 on each title line, headers printed once; 区环卫所 the code whole in a 「科目编码」
    column, a running header, 公开02/03 landscape, headers repeated."""
    word = Docx(str(adv.build_docx(adv.load("dizhou-zuzhibu-2024"), tmp_path / "zuzhibu.docx")))
    assert word.sections[0].footer.paragraphs[0].text == "1"
    assert sum(s.orientation == WD_ORIENT.LANDSCAPE for s in word.sections) == 2
    assert sum('w:leader="dot"' in p._p.xml for p in word.paragraphs) >= 10
    word = Docx(str(adv.build_docx(adv.load("dizhou-gongshanglian-2024"), tmp_path / "gongshanglian.docx")))
    assert word.sections[0].footer.paragraphs[0].text == "第1页"
    assert sum(p.text.endswith("\t单位：万元") for p in word.paragraphs) == 9
    assert not any(t._tbl.xpath(".//w:tblHeader") for t in word.tables)
    doc = adv.load("dizhou-huanwei-2024")
    word = Docx(str(adv.build_docx(doc, tmp_path / "huanwei.docx")))
    assert word.sections[0].header.paragraphs[0].text == f"{doc.unit}2024年度部门决算"
    assert [c.text for c in word.tables[1].rows[1].cells][:2] == ["科目编码", "科目名称"]
    assert sum(s.orientation == WD_ORIENT.LANDSCAPE for s in word.sections) == 1  # 公开02 and 03 share one section
    assert all(t._tbl.xpath(".//w:tblHeader") for t in word.tables)
