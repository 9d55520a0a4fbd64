"""The thirtieth stand-in district, 上海市金塘区 (tests/data/review_adv/unit_jt_*.py, all three sealed when written;
动防中心 and 人民医院 opened since by rev62):
its expected files are unit_jt_expected.py's output, its offices' habits are as tests/data/review_adv/README.md says,
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

IDS = adv.DISTRICTS["上海市金塘区"]
OPENED = ("jintang-dongfang-2024", "jintang-renmin-yiyuan-2024")  # opened since (unit_jt_expected.OPENED)


@pytest.mark.parametrize("doc_id", IDS)
def test_thirtieth_district_expected_files_are_computed(doc_id):
    """Each error and its correct value computed in Decimal in the same record as the replacement make.py puts in;
    sealed when written (held_out, no opened); 动防中心 and 人民医院 opened 2026-12-07 by rev62, 老干部局 sealed."""
    adv.test_fourth_and_later_district_expected_files_are_computed(doc_id, "unit_jt_expected")
    assert adv.load(doc_id).sealed == (doc_id not in OPENED)


def test_thirtieth_district_counts():
    docs = [adv.load(i) for i in IDS]
    assert [len(d.expected["errors"]) for d in docs] == [8, 7, 7]
    tables = [e["rows"] for d in docs for e in d.expected["errors"] if e.get("where") == "table"]
    assert len(tables) == 3
    for d in docs:  # every error's figure differs from its correct value; no section holds more than two
        assert all(e["figure"] != e["correct"] for e in d.expected["errors"])
        sections = [e["section"][:2] for e in d.expected["errors"]]
        assert max(sections.count(s) for s in sections) <= 2
    assert [len(d.expected.get("tolerated", [])) for d in docs] == [1, 1, 2]  # + the 0/0 「完成预算的0.00%」 (opened)


def test_thirtieth_district_habits():
    """老干部局 writes amounts without separators and the template's 「主要原因：同上。」 and
    「预决算持平。」, and says its 机关运行经费 is the 局机关's alone; 动防中心 writes 「2,250.88 万元」 with a
    space, 「较上年…」, a 项 with no 年初预算 (its 全年预算 given instead); 人民医院 writes 「同比」, its 事业收入
    as 门诊收入 and 住院收入, each 项 as 「（N）…（项）：2024年度决算…」, and its 救护车 outside the
    公务用车保有量."""
    lg = adv.clean("jintang-laoganbu-2024")
    body = lg.text.split("第三部分")[1]
    assert "主要原因：同上。" in body and "预决算持平。" in body and not re.search(r"\d,\d{3}\.\d\d", body)
    assert "区老年大学为事业单位，未计入" in body
    df = adv.clean("jintang-dongfang-2024")
    assert "2,250.88 万元，较上年减少" in df.text and "年初预算0.00 万元，决算58.40 万元，主要用于" in df.text
    assert "完成年初预算的" not in next(p for p in df.paragraphs if "农产品质量安全（项）" in p)
    yy = adv.clean("jintang-renmin-yiyuan-2024")
    assert "同比增加" in yy.text and "（门诊收入33,186.52万元、住院收入52,739.88万元）" in yy.text
    assert "（3）卫生健康支出（类）公立医院（款）综合医院（项）：2024年度决算4,772.75万元" in yy.text
    assert "特种专业技术用车7辆（均为救护车）" in yy.text and "公务用车保有量为2辆" in yy.text


def test_thirtieth_district_exports(tmp_path):
    """老干部局 「- N -」, a dotted 目录, 单位构成 a Word table, 公开01/06 in larger type with their header
    rows repeated; 动防中心 「第 N 页」, 「单位：万元」 on each title line, 公开01 cut with 「续表」; 人民医院
    「第N页 共M页」, a running header, 公开02/03 landscape, a 「栏次」 row."""
    word = Docx(str(adv.build_docx(adv.load("jintang-laoganbu-2024"), tmp_path / "laoganbu.docx")))
    assert word.sections[0].footer.paragraphs[0].text.startswith("- 1")
    assert any(p.text.startswith("一、收入支出决算总表\t") for p in word.paragraphs)  # the 目录's page numbers
    assert any(c.text == "序号" for t in word.tables for c in t.rows[0].cells)
    assert all(t._tbl.xpath(".//w:tblHeader") for t in word.tables[1:10])  # header rows repeated overleaf
    word = Docx(str(adv.build_docx(adv.load("jintang-dongfang-2024"), tmp_path / "dongfang.docx")))
    assert word.sections[0].footer.paragraphs[0].text == "第 1 页"
    assert sum(p.text.endswith("\t单位：万元") for p in word.paragraphs) == 9
    assert sum(p.text == "续表" for p in word.paragraphs) == 1
    doc = adv.load("jintang-renmin-yiyuan-2024")
    word = Docx(str(adv.build_docx(doc, tmp_path / "yiyuan.docx")))
    assert word.sections[0].footer.paragraphs[0].text.startswith("第1页 共")
    assert word.sections[0].header.paragraphs[0].text == f"{doc.unit}2024年度部门决算"
    assert sum(s.orientation == WD_ORIENT.LANDSCAPE for s in word.sections) == 1
    assert any(c.text == "栏次" for t in word.tables for r in t.rows for c in r.cells)


@pytest.mark.skipif(not shutil.which("soffice") or not shutil.which("pdftotext"), reason="LibreOffice/poppler")
def test_thirtieth_district_tables_run_over_pages(tmp_path):
    """老干部局's 公开01 runs onto a second page with its header printed again there; 动防中心's 公开01 is cut by hand
    over two pages."""
    for doc_id, name in (("jintang-laoganbu-2024", "laoganbu"), ("jintang-dongfang-2024", "dongfang")):
        docx = adv.build_docx(adv.load(doc_id), tmp_path / f"{name}.docx")
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(docx)],
                       check=True, capture_output=True, timeout=300)
        pages = subprocess.run(["pdftotext", "-layout", str(tmp_path / f"{name}.pdf"), "-"], check=True,
                               capture_output=True, text=True).stdout.replace(" ", "").split("\f")
        first = next(k for k, pg in enumerate(pages) if "收入支出决算总表" in pg and "公开01表" in pg)
        assert "总计" not in pages[first] and "总计" in pages[first + 1]  # its last rows overleaf
        if doc_id == "jintang-laoganbu-2024":
            assert "项目" in pages[first + 1] and "决算数" in pages[first + 1]  # the header again
        else:
            assert "续表" in pages[first + 1]
