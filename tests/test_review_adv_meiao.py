"""The eighteenth stand-in district (上海市梅岙区, tests/data/review_adv/unit_ma_*.py), written sealed (区医保局
opened since, by rev36): its exports as its offices set them, and its expected files as the writer computes them
(8/7/7 errors, a table error in each). The sealed documents' findings are not read here: bench_review_adv.py prints
their totals only."""

from __future__ import annotations

import sys

import pytest
from docx import Document as Docx
from docx.enum.section import WD_ORIENT

from tests.test_review_adv import DATA, DISTRICTS, build_docx, load

IDS = DISTRICTS["上海市梅岙区"]


def _writer():
    path = list(sys.path)
    sys.path[:0] = [str(DATA)]
    try:
        import unit_ma_expected
    finally:
        sys.path[:] = path
    return unit_ma_expected


def test_eighteenth_district_is_sealed_with_twenty_two_errors():
    docs = [load(i) for i in IDS]  # 医保局 opened 2026-12-07 for rev36; 科协 and 中医医院 still sealed
    assert [d.sealed for d in docs] == [False, True, True] and _writer().OPENED == {"meiao-yibao-2024": "2026-12-07"}
    assert [len(d.expected["errors"]) for d in docs] == [8, 7, 7]
    assert all(any(e.get("where") == "table" for e in d.expected["errors"]) for d in docs)
    for d in docs:  # every error's figure differs from its correct value; no 经营收入 line is used
        assert all(e["figure"] != e["correct"] for e in d.expected["errors"])
        assert next(r for r in d.tables["公开01"]["rows"] if r[0] == "六、经营收入")[1] in ("0.00", "-")


@pytest.mark.parametrize("doc_id", IDS)
def test_eighteenth_district_tolerated_figures_are_in_the_text(doc_id):
    doc = load(doc_id)
    mod = next(m for m in _writer().MODULES if m.FIGURES["id"] == doc_id)
    assert [t["figure"] for t in doc.expected.get("tolerated", [])] == [t.figure for t in getattr(mod, "TOLERATED", [])]
    assert all(t["figure"] in doc.text for t in doc.expected.get("tolerated", []))


def test_eighteenth_district_exports(tmp_path):
    """区医保局 「- N -」 with 公开03 and 公开05 on landscape sections of their own, headers repeated; 区科协 a running
    page header, 「第 N 页」, 「单位：万元」 on each table's title line, zero cells 「-」, headers once; 区中医医院 the
    whole code in a 「科目编码」 column, 「第N页 共M页」, headers repeated."""
    word = Docx(str(build_docx(load("meiao-yibao-2024"), tmp_path / "yibao.docx")))
    assert word.sections[0].footer.paragraphs[0].text == "- 1 -"
    assert sum(s.orientation == WD_ORIENT.LANDSCAPE for s in word.sections) == 2
    assert len(word.tables) == 9 and all(t._tbl.xpath(".//w:tblHeader") for t in word.tables)
    doc = load("meiao-kexie-2024")
    word = Docx(str(build_docx(doc, tmp_path / "kexie.docx")))
    assert word.sections[0].header.paragraphs[0].text == f"{doc.unit}2024年度部门决算"
    assert word.sections[0].footer.paragraphs[0].text.startswith("第 ")
    texts = [p.text for p in word.paragraphs]
    assert "\t收入支出决算总表\t单位：万元" in texts and "单位：万元" not in texts
    assert not any(t._tbl.xpath(".//w:tblHeader") for t in word.tables)
    cells = [c for r in doc.tables["公开06"]["rows"] for c in r]
    assert "-" in cells and "0.00" not in cells
    word = Docx(str(build_docx(load("meiao-zhongyiyuan-2024"), tmp_path / "zhongyiyuan.docx")))
    footer = word.sections[0].footer.paragraphs[0]
    assert "NUMPAGES" in footer._p.xml and footer.text.startswith("第") and footer.text.endswith("页")
    assert [c.text for c in word.tables[1].rows[1].cells][:2] == ["科目编码", "科目名称"]
