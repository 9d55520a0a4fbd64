"""The thirty-sixth stand-in district, 上海市泖湖区 (tests/data/review_adv/unit_mh_*.py, all three sealed when written):
its expected files are unit_mh_expected.py's output, its offices' habits are as tests/data/review_adv/README.md says,
and its exports are as the offices set them. The district is registered in tests/test_review_adv.py (DISTRICTS,
ALL_SEALED, STYLES, TABLE_STYLES, LAYOUTS), whose generic tests (schema, make.py's output, rendering) cover it too.
The sealed documents' findings are not read here: bench_review_adv.py prints their totals only."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from docx import Document as Docx
from docx.enum.section import WD_ORIENT

from tests import test_review_adv as adv

IDS = adv.DISTRICTS["上海市泖湖区"]


@pytest.mark.parametrize("doc_id", IDS)
def test_thirty_sixth_district_expected_files_are_computed(doc_id):
    """Each error and its correct value computed in Decimal in the same record as the replacement make.py puts in;
    all three sealed when written (held_out, no opened)."""
    adv.test_fourth_and_later_district_expected_files_are_computed(doc_id, "unit_mh_expected")
    assert adv.load(doc_id).sealed


def test_thirty_sixth_district_counts():
    docs = [adv.load(i) for i in IDS]
    assert [len(d.expected["errors"]) for d in docs] == [8, 7, 7]
    tables = [e["rows"] for d in docs for e in d.expected["errors"] if e.get("where") == "table"]
    assert len(tables) == 3
    for d in docs:  # every error's figure differs from its correct value; no section holds more than two
        assert all(e["figure"] != e["correct"] for e in d.expected["errors"])
        sections = [e["section"][:2] for e in d.expected["errors"]]
        assert max(sections.count(s) for s in sections) <= 2
    assert [len(d.expected.get("tolerated", [])) for d in docs] == [1, 0, 0]


def test_thirty_sixth_district_habits():
    """区委办 writes 「3,906.02万元」, 「比上年增加…」, each 项 with its code in brackets after the name under a
    「N.…（类）…（款）」 line, and says its 机关运行经费 leaves the 服务中心 out; 区文联 writes 「469.81万元」, rates to
one
    place, 「（以下简称“区文联”）」, each 项 「属基本支出/属项目支出」; 区公园管理所 writes 「收、支总计」, 「本所」,
its
    项 as 「（N）…（项）：年初预算数…，全年支出…」 under 「一是…（类）…（款）：」 lines."""
    wb = adv.clean("maohu-weiban-2024")
    assert "收入、支出总计均为3,906.02万元，比上年增加" in wb.text
    assert "（1）行政运行（2013101）：年初预算1,452.00万元" in wb.text
    assert "1.一般公共服务支出（类）党委办公厅（室）及相关机构事务（款）" in wb.paragraphs
    assert "其公用经费未计入机关运行经费" in wb.text
    wl = adv.clean("maohu-wenlian-2024")
    body = wl.text.split("第三部分")[1]
    assert "（以下简称“区文联”）" in wl.text and not re.search(r"\d,\d{3}\.\d\d", body)
    assert not re.search(r"\d\.\d\d%", body) and "属项目支出" in body and "属基本支出" in body
    gy = adv.clean("maohu-gongyuan-2024")
    assert "2024年度收、支总计3053.92万元，比上年增加" in gy.text
    assert "一是城乡社区支出（类）城乡社区管理事务（款）：" in gy.paragraphs
    assert "（1）城乡社区环境卫生（项）：年初预算数1180.00万元，全年支出1286.54万元" in gy.text
    assert "本所为公益一类事业单位，不涉及机关运行经费。" in gy.paragraphs


def test_thirty_sixth_district_exports(tmp_path):
    """区委办 「第 N 页」, a running header, the code whole in a 「科目编码」 column, 公开05 cut with 「续表」; 区文联
    「— N —」, a dotted 目录, 「金额单位：万元」 above the tables; 区公园管理所 「- N -」, 公开01/06/07 landscape."""
    doc = adv.load("maohu-weiban-2024")
    word = Docx(str(adv.build_docx(doc, tmp_path / "weiban.docx")))
    assert word.sections[0].footer.paragraphs[0].text == "第 1 页"
    assert doc.unit in word.sections[0].header.paragraphs[0].text
    assert any(c.text == "科目编码" for t in word.tables for r in t.rows[:3] for c in r.cells)
    assert sum(p.text == "续表" for p in word.paragraphs) == 1
    word = Docx(str(adv.build_docx(adv.load("maohu-wenlian-2024"), tmp_path / "wenlian.docx")))
    assert word.sections[0].footer.paragraphs[0].text.startswith("— 1")
    assert any(p.text.startswith("一、收入支出决算总表\t") for p in word.paragraphs)  # the 目录's page numbers
    assert sum(p.text == "金额单位：万元" for p in word.paragraphs) >= 9
    word = Docx(str(adv.build_docx(adv.load("maohu-gongyuan-2024"), tmp_path / "gongyuan.docx")))
    assert word.sections[0].footer.paragraphs[0].text.startswith("- 1")
    assert sum(s.orientation == WD_ORIENT.LANDSCAPE for s in word.sections) >= 2


@pytest.mark.skipif(not shutil.which("soffice") or not shutil.which("pdftotext"), reason="LibreOffice/poppler")
def test_thirty_sixth_district_cut_table_runs_over_pages(tmp_path):
    """区委办's 公开05 is cut by hand: its last rows and 合计 under 「续表」."""
    docx = adv.build_docx(adv.load("maohu-weiban-2024"), tmp_path / "weiban.docx")
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(docx)],
                   check=True, capture_output=True, timeout=300)
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "weiban.pdf"), "-"], check=True,
                          capture_output=True, text=True).stdout.replace(" ", "")
    assert text.count("续表") == 1
    rest = text[text.index("续表"):text.index("人员经费合计")]  # 公开05's second part, before 公开06's rows end
    assert "科目编码" in rest and "2210201住房公积金" in rest and "合计3,819.62" in rest
