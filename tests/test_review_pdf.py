"""审阅 of PDFs as office suites export them: digits set lower than the Chinese beside them,
page headers and footers, a two-sided 基本支出 table with its own code columns, a table going on
across pages, scanned pages. The PDFs are made here from .docx by LibreOffice."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from juesuan.review import review_path
from juesuan.review.extract import read
from tests.conftest import TEMPLATE_PDF, shared_file

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice missing")

UNIT = "上海市某某局"
TEXT = [
    "一、收入支出决算总体情况说明",
    f"{UNIT}2024年度收入支出总计1,234.56万元。与2023年度相比，收入支出总计增加34.56万元，"
    "增长3.88%。主要原因是人员增加，业务量随之上升，相关支出相应增加。",
    "二、收入决算情况说明",
    "本年收入合计1,200.00万元，其中：财政拨款收入1,000.00万元，占83.33%；事业收入200.00万元，占16.67%。",
    "三、支出决算情况说明",
    "本年支出合计1,200.00万元，其中：基本支出900.00万元，占75.00%；项目支出300.00万元，占25.00%。",
]
# the 基本支出决算表: 人员经费 left, 公用经费 right, each with its own code column
LEFT = [("301", "工资福利支出", "60.00"), ("30101", "基本工资", "40.00"), ("30102", "津贴补贴", "20.00"),
        ("303", "对个人和家庭的补助", "10.00"), ("30302", "退休费", "10.00")]
RIGHT = [("302", "商品和服务支出", "25.00"), ("30201", "办公费", "15.00"), ("30202", "印刷费", "10.00"),
         ("310", "资本性支出", "5.00"), ("31002", "办公设备购置", "5.00")]


def _figures_lowered(par, text: str, half_points: int = -6) -> None:
    """Digits in runs of their own, set ``half_points`` lower (``w:position``), as exports do."""
    for part in re.split(r"(\d[\d,.]*%?)", text):
        if not part:
            continue
        run = par.add_run(part)
        run.font.size = Pt(14)
        if part[0].isdigit():
            pos = OxmlElement("w:position")
            pos.set(qn("w:val"), str(half_points))
            run._r.get_or_add_rPr().append(pos)
            run.font.name = "Times New Roman"


def _page_field(par) -> None:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    par._p.append(field)


def _table(doc, rows: list[list[str]], header_rows: int = 1) -> None:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
        if r < header_rows:  # repeated at the top of each page
            pr = table.rows[r]._tr.get_or_add_trPr()
            pr.append(OxmlElement("w:tblHeader"))


def build(path: Path, *, personnel_total: str = "70.00", long_rows: int = 60) -> Path:
    doc = Document()
    section = doc.sections[0]
    section.header.paragraphs[0].text = f"{UNIT}2024年度部门决算"
    _page_field(section.footer.paragraphs[0])
    for text in TEXT:
        _figures_lowered(doc.add_paragraph(), text)
    doc.add_paragraph("一般公共预算财政拨款基本支出决算表")
    doc.add_paragraph("单位：万元")
    rows = [["经济分类科目编码", "科目名称", "决算数", "经济分类科目编码", "科目名称", "决算数"]]
    rows += [[*a, *b] for a, b in zip(LEFT, RIGHT, strict=True)]
    rows += [["人员经费合计", "", personnel_total, "公用经费合计", "", "30.00"]]
    _table(doc, rows)
    doc.add_paragraph("一般公共预算财政拨款支出决算表")
    doc.add_paragraph("单位：万元")
    rows = [["科目编码", "科目名称", "合计", "基本支出", "项目支出"]]
    first = f"{101 - long_rows}.00"  # the 基本支出 adds up to 人员经费 70.00 + 公用经费 30.00
    kids = [(f"20101{k:02d}", f"行政运行{k}", a, a, "0.00") for k in range(1, long_rows + 1)
            for a in [first if k == 1 else "1.00"]]
    total = "100.00"
    rows += [["201", "一般公共服务支出", total, total, "0.00"], ["20101", "人大事务", total, total, "0.00"]]
    rows += [list(k) for k in kids]
    rows += [["合计", "", total, total, "0.00"]]
    _table(doc, rows)
    docx = path.with_suffix(".docx")
    doc.save(str(docx))
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(path.parent), str(docx)],
                   check=True, capture_output=True, timeout=180)
    return path.with_suffix(".pdf")


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    return build(tmp_path_factory.mktemp("pdf") / "report.pdf")


def test_lowered_digits_stay_in_their_sentences(exported):
    blocks = read(exported)
    text = "\n".join(b.text for b in blocks if not b.is_table)
    assert "收入支出总计1,234.56万元" in text
    assert "财政拨款收入1,000.00万元，占83.33%" in text
    assert "增长3.88%" in text


def test_headers_footers_dropped_and_tables_joined_across_pages(exported):
    blocks = read(exported)
    assert blocks.pages >= 2
    assert not any(b.text == f"{UNIT}2024年度部门决算" for b in blocks)
    assert not any(re.fullmatch(r"\d+", b.text) for b in blocks)
    long = [b for b in blocks if b.is_table and any(r[0] == "201" for r in b.rows)]
    assert len(long) == 1 and sum(1 for r in long[0].rows if r[0].startswith("20101") and len(r[0]) == 7) == 60
    assert sum(1 for r in long[0].rows if r[0] == "科目编码") == 1  # the repeated header row dropped


def test_only_the_planted_errors_are_found_with_their_values(exported):
    found = review_path(exported)
    by_code = {f.code: f for f in found}
    assert set(by_code) == {"R-PERCENT"}, [(f.code, f.message) for f in found]
    assert by_code["R-PERCENT"].expected == "2.88%"


def test_two_sided_table_sums_each_side_and_never_a_code(tmp_path):
    found = review_path(build(tmp_path / "wrong.pdf", personnel_total="75.00", long_rows=3))
    sums = [f for f in found if f.code.startswith("R-TABLE")]
    assert [(f.code, f.expected) for f in sums] == [("R-TABLE-SUM", "70.00")], [f.message for f in sums]
    assert "人员经费合计" in sums[0].place


def test_scanned_pdf_is_never_reported_clean(tmp_path):
    from PIL import Image

    image = tmp_path / "scan.png"
    Image.new("RGB", (600, 800), "white").save(image)
    doc = Document()
    doc.add_picture(str(image))
    docx = tmp_path / "scan.docx"
    doc.save(str(docx))
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(docx)],
                   check=True, capture_output=True, timeout=180)
    found = review_path(tmp_path / "scan.pdf")
    assert [f.code for f in found] == ["R-UNREAD"]
    assert "扫描" in found[0].message and "第1页" in found[0].message


def test_official_template_reviews_with_no_findings():
    assert review_path(shared_file(TEMPLATE_PDF)) == []


def test_pages_over_the_limit_are_left_and_said(exported, monkeypatch):
    from juesuan.review import pdf

    monkeypatch.setattr(pdf, "MAX_PAGES", 1)
    blocks = read(exported)
    assert blocks.pages == 1 and any("超过1页的上限" in note for note in blocks.notes)
    assert "R-UNREAD" in [f.code for f in review_path(exported)]


def _by_top(chars: list[dict]) -> list:
    """Lines as a reader grouping characters by the top of their box makes them (pdfplumber's own
    default): a figure set lower than the Chinese beside it lands on a line of its own."""
    from juesuan.review.pdf import Line

    rows: dict[int, list[dict]] = {}
    for c in chars:
        if c["text"].strip():
            rows.setdefault(round(c["top"]), []).append(c)
    out = []
    for _, row in sorted(rows.items()):
        row.sort(key=lambda c: c["x0"])
        width = sorted(c["x1"] - c["x0"] for c in row)[len(row) // 2]
        out.append(Line("".join(c["text"] for c in row), row[0]["x0"], row[-1]["x1"], row[0]["top"],
                        row[0]["bottom"], width))
    return out


def test_coverage_measured_and_lost_figures_said(exported, monkeypatch):
    from juesuan.review import pdf

    blocks = read(exported)
    assert blocks.coverage and all(read == seen for seen, read in blocks.coverage.values())
    assert not blocks.notes
    assert "R-UNREAD" not in [f.code for f in review_path(exported)]
    monkeypatch.setattr(pdf, "group_lines", _by_top)
    lost = read(exported)
    seen, got = (sum(x) for x in zip(*lost.coverage.values(), strict=True))
    assert seen >= 5 and got < seen * pdf.MIN_COVERAGE
    assert any("读出了旁边的数字" in note and "第1页" in note for note in lost.notes), lost.notes
    assert any(f.code == "R-UNREAD" and "审阅可能不完整" in f.message for f in review_path(exported))
