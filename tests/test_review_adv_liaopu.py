"""The thirty-eighth stand-in district, 上海市蓼浦区 (tests/data/review_adv/unit_lp_*.py, all three sealed when
written): its expected files are unit_lp_expected.py's output, its offices' habits are as
tests/data/review_adv/README.md says, and its exports are as the offices set them. The district is registered in
tests/test_review_adv.py (DISTRICTS, ALL_SEALED, STYLES, TABLE_STYLES, LAYOUTS), whose generic tests (schema, make.py's
output, rendering) cover it too. The sealed documents' findings are not read here: bench_review_adv.py prints their
totals only."""

from __future__ import annotations

import pytest
from docx import Document as Docx
from docx.enum.section import WD_ORIENT

from tests import test_review_adv as adv

IDS = adv.DISTRICTS["上海市蓼浦区"]


@pytest.mark.parametrize("doc_id", IDS)
def test_thirty_eighth_district_expected_files_are_computed(doc_id):
    """Each error and its correct value computed in Decimal in the same record as the replacement make.py puts in;
    all three sealed when written (held_out, no opened)."""
    adv.test_fourth_and_later_district_expected_files_are_computed(doc_id, "unit_lp_expected")
    assert adv.load(doc_id).sealed


def test_thirty_eighth_district_counts():
    docs = [adv.load(i) for i in IDS]
    assert [len(d.expected["errors"]) for d in docs] == [8, 7, 7]
    tables = [e for d in docs for e in d.expected["errors"] if e.get("where") == "table"]
    assert len(tables) == 5 and {e["section"][:4] for e in tables} == {"公开01", "公开02", "公开03", "公开05", "公开06"}
    assert all(r.startswith(e["section"][:4] + " ") for e in tables for r in e["rows"])
    for d in docs:  # every error's figure differs from its correct value, and the sections vary
        assert all(e["figure"] != e["correct"] for e in d.expected["errors"])
        assert len({e["section"] for e in d.expected["errors"]}) >= 6
    assert [len(d.expected.get("tolerated", [])) for d in docs] == [0, 0, 0]


def test_thirty_eighth_district_habits():
    """区合作交流办 separators, 「与上年相比，增加…」, 项 as 「（N）…（类）…（款）…（项）。年初预算为…」 and
    its 单位构成 numbered; 区委编办 no separators, 「较上年决算数…」, 「占100%」, 项 with the code in brackets
    and 「为年中追加预算」; 教育考试院 「本院」, rates to one place, the 收入 split in brackets, 机关运行经费
    not applicable."""
    hz = adv.clean("liaopu-hezuo-2024")
    assert "（以下简称“区合作交流办”）" in hz.text
    assert "与上年相比，增加1,849.03万元，增长10.14%" in hz.text
    item = "（4）一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）"
    item += "其他政府办公厅（室）及相关机构事务支出（项）。"
    assert item + "年初预算为17,800.00万元" in hz.text
    assert "本部门决算包括：1.区合作交流办本级（行政单位）；2.上海市蓼浦区对口支援服务中心" in hz.text
    bb = adv.clean("liaopu-bianban-2024")
    body = bb.text.split("第三部分")[1]
    assert "区委编办是区委工作机关" in bb.text and "较上年决算数增加13.84万元" in body
    assert "占100%。" in body
    assert "（2013299）：年初预算0.00万元，决算数为12.80万元，为年中追加预算" in body and "1,0" not in body
    ks = adv.clean("liaopu-kaoshi-2024")
    assert "本院" in ks.text and "（其中：财政拨款收入1,002.36万元，占44.0%；事业收入1,246.80万元" in ks.text
    assert "不涉及机关运行经费" in ks.text
    assert "年末结转和结余264.98万元，比年初增加52.58万元" in ks.text


def test_thirty_eighth_district_exports(tmp_path):
    """区合作交流办 「— N —」, two landscape tables, 公开06 cut with 「续表」; 区委编办 「第 N 页 共 M 页」, the
    code whole in a 「科目编码」 column; 教育考试院 「- N -」, 「金额单位：万元」 over each table, a running header, a
    「栏次」 row."""
    word = Docx(str(adv.build_docx(adv.load("liaopu-hezuo-2024"), tmp_path / "hezuo.docx")))
    assert word.sections[0].footer.paragraphs[0].text.startswith("— 1")
    assert sum(s.orientation == WD_ORIENT.LANDSCAPE for s in word.sections) >= 1
    assert sum(p.text == "续表" for p in word.paragraphs) == 1
    word = Docx(str(adv.build_docx(adv.load("liaopu-bianban-2024"), tmp_path / "bianban.docx")))
    assert word.sections[0].footer.paragraphs[0].text.startswith("第 1 页 共")
    assert any(c.text == "科目编码" for t in word.tables for r in t.rows for c in r.cells)
    doc = adv.load("liaopu-kaoshi-2024")
    word = Docx(str(adv.build_docx(doc, tmp_path / "kaoshi.docx")))
    assert word.sections[0].footer.paragraphs[0].text.startswith("- 1")
    assert word.sections[0].header.paragraphs[0].text.startswith(doc.unit)
    assert sum(p.text == "金额单位：万元" for p in word.paragraphs) >= 7
    assert any(c.text == "栏次" for t in word.tables for r in t.rows for c in r.cells)
