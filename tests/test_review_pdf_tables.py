"""PDF tables as published 决算 tables print them: 类|款|项 codes in columns of their own under a merged
"…科目编码" header cell, the two-sided 基本支出决算表 (公开06: 人员经费 left, 公用经费 right, each with its
own code column), totals spanning the code cells, a table going on overleaf with or without its header
rows repeated. The cells are the published 普陀 ones (tests/data/published/putuo_sthj_2025.expected.toml);
the PDFs are made here from .docx by LibreOffice, the amounts set lower than the text around them."""

from __future__ import annotations

import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

from juesuan.review import review_path
from juesuan.review.extract import read
from juesuan.review.pdf_tables import tidy

PUBLISHED = Path(__file__).parent / "data" / "published" / "putuo_sthj_2025.expected.toml"
TABLES = tomllib.loads(PUBLISHED.read_text(encoding="utf-8"))["tables"]
T6 = TABLES["公开06"]["rows"]
T5 = [r for r in TABLES["公开05"]["rows"] if r[0].startswith("208")]  # one 类 with its 款 and 项
T5_TOTAL = ["", "合计", *T5[0][2:]]


def _halves(rows: list[list[str]]) -> tuple[list[list[str]], list[list[str]]]:
    return [r[:3] for r in rows if any(r[:3])], [r[3:] for r in rows if any(r[3:])]


# --- the reader's tidying, on cells as pdfplumber gives them (a merged cell's others None) --------

def test_split_codes_joined_and_header_rows_made_one():
    raw = [
        ["项目", None, None, None, "一般公共预算财政拨款支出决算数", None, None],
        ["功能分类科目编码", None, None, "科目名称", "合计", "基本支出", "项目支出"],
        ["类", "款", "项", None, None, None, None],
        ["208", "", "", "社会保障和就业支出", "471.44", "460.67", "10.77"],
        ["", "05", "", "行政事业单位养老支出", "460.67", "460.67", "0.00"],  # the 类 printed once
        ["", "", "01", "行政单位离退休", "51.98", "51.98", "0.00"],
        ["合计", None, None, None, "471.44", "460.67", "10.77"],
    ]
    assert tidy(raw) == [
        ["功能分类科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        ["208", "社会保障和就业支出", "471.44", "460.67", "10.77"],
        ["20805", "行政事业单位养老支出", "460.67", "460.67", "0.00"],
        ["2080501", "行政单位离退休", "51.98", "51.98", "0.00"],
        ["", "合计", "471.44", "460.67", "10.77"],
    ]


def test_split_codes_joined_without_a_row_naming_them():
    raw = [
        ["科目编码", None, None, "科目名称", "决算数"],
        ["208", "", "", "社会保障和就业支出", "10.00"],
        ["208", "05", "", "行政事业单位养老支出", "10.00"],
        ["208", "05", "01", "行政单位离退休", "10.00"],
        ["合计", None, None, None, "10.00"],
    ]
    assert tidy(raw) == [["科目编码", "科目名称", "决算数"], ["208", "社会保障和就业支出", "10.00"],
                         ["20805", "行政事业单位养老支出", "10.00"], ["2080501", "行政单位离退休", "10.00"],
                         ["", "合计", "10.00"]]


def test_two_sided_table_stacked_each_half_with_its_total():
    raw = [
        ["经济分类科目编码", None, "科目名称", "决算数", "经济分类科目编码", None, "科目名称", "决算数"],
        ["类", "款", None, None, "类", "款", None, None],
        ["301", "", "工资福利支出", "60.00", "302", "", "商品和服务支出", "25.00"],
        ["301", "01", "基本工资", "60.00", "302", "01", "办公费", "25.00"],
        ["", "", "", "", "310", "", "资本性支出", "5.00"],
        ["人员经费合计", None, None, "60.00", "公用经费合计", None, None, "30.00"],
    ]
    assert tidy(raw) == [
        ["经济分类科目编码", "科目名称", "决算数"],
        ["301", "工资福利支出", "60.00"],
        ["30101", "基本工资", "60.00"],
        ["", "人员经费合计", "60.00"],
        ["302", "商品和服务支出", "25.00"],
        ["30201", "办公费", "25.00"],
        ["310", "资本性支出", "5.00"],
        ["", "公用经费合计", "30.00"],
    ]


def test_two_sided_table_printing_its_totals_first_stacks_each_half_with_its_total_last():
    raw = [
        ["经济分类科目编码", None, "科目名称", "决算数", "经济分类科目编码", None, "科目名称", "决算数"],
        ["类", "款", None, None, "类", "款", None, None],
        ["人员经费合计", None, None, "60.00", "公用经费合计", None, None, "30.00"],
        ["301", "", "工资福利支出", "60.00", "302", "", "商品和服务支出", "25.00"],
        ["", "", "", "", "310", "", "资本性支出", "5.00"],
    ]
    assert tidy(raw) == [
        ["经济分类科目编码", "科目名称", "决算数"],
        ["301", "工资福利支出", "60.00"],
        ["", "人员经费合计", "60.00"],
        ["302", "商品和服务支出", "25.00"],
        ["310", "资本性支出", "5.00"],
        ["", "公用经费合计", "30.00"],
    ]


def test_two_sided_table_under_a_header_of_its_halves():
    raw = [["人员经费", None, None, "公用经费", None, None],
           ["科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数"],
           ["301", "工资福利支出", "1.00", "302", "商品和服务支出", "2.00"],
           ["人员经费合计", None, "1.00", "公用经费合计", None, "2.00"]]
    assert tidy(raw) == [["科目编码", "科目名称", "决算数"], ["301", "工资福利支出", "1.00"],
                         ["人员经费合计", "", "1.00"], ["302", "商品和服务支出", "2.00"], ["公用经费合计", "", "2.00"]]


def test_two_sided_table_without_codes_is_left_as_printed():
    """收入 | 支出 (公开01): one table of two sides, read by the rules as such."""
    raw = [["收入", None, "支出", None], ["项目", "决算数", "项目", "决算数"],
           ["一、财政拨款收入", "1.00", "一、一般公共服务支出", "1.00"], ["总计", "1.00", "总计", "1.00"]]
    assert tidy(raw) == [[x or "" for x in r] for r in raw]


# --- PDFs made by LibreOffice ------------------------------------------------------------------

def _cell(cell, text: str, lowered: bool = True) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    par = cell.paragraphs[0]
    run = par.add_run(text)
    run.font.size = Pt(10)
    if lowered and text[:1].isdigit():  # figures set 3 points lower, as office exports do
        pos = OxmlElement("w:position")
        pos.set(qn("w:val"), "-6")
        run._r.get_or_add_rPr().append(pos)


def _repeat_header(table, rows: int) -> None:
    from docx.oxml import OxmlElement

    for r in range(rows):
        table.rows[r]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))


def _split(code: str, parts: int) -> list[str]:
    """"2080501" → "208" "05" "01" (as many parts as the table has code columns)."""
    return [code[:3], code[3:5], code[5:7]][:parts]


def _table_06(doc, rows: list[list[str]], repeat: bool) -> None:
    """公开06 two-sided: 类|款 under "经济分类科目编码" on each side, totals across the code cells."""
    table = doc.add_table(rows=2 + len(rows), cols=8)
    table.style = "Table Grid"
    for side in (0, 4):
        _cell(table.cell(0, side).merge(table.cell(0, side + 1)), "经济分类科目编码")
        _cell(table.cell(0, side + 2).merge(table.cell(1, side + 2)), "科目名称")
        _cell(table.cell(0, side + 3).merge(table.cell(1, side + 3)), "决算数")
        _cell(table.cell(1, side), "类")
        _cell(table.cell(1, side + 1), "款")
    for r, row in enumerate(rows, start=2):
        for side, (code, name, amount) in ((0, row[:3]), (4, row[3:])):
            if "合计" in name:
                _cell(table.cell(r, side).merge(table.cell(r, side + 2)), name)
            else:
                for c, part in enumerate(_split(code, 2) if code else ["", ""]):
                    _cell(table.cell(r, side + c), part, lowered=False)
                _cell(table.cell(r, side + 2), name)
            _cell(table.cell(r, side + 3), amount)
    if repeat:
        _repeat_header(table, 2)


def _table_05(doc, rows: list[list[str]]) -> None:
    """公开05: 类|款|项 under "功能分类科目编码", an amount header over 合计|基本支出|项目支出."""
    table = doc.add_table(rows=3 + len(rows), cols=7)
    table.style = "Table Grid"
    _cell(table.cell(0, 0).merge(table.cell(0, 3)), "项目")
    _cell(table.cell(0, 4).merge(table.cell(0, 6)), "一般公共预算财政拨款支出决算数")
    _cell(table.cell(1, 0).merge(table.cell(1, 2)), "功能分类科目编码")
    _cell(table.cell(1, 3).merge(table.cell(2, 3)), "科目名称")
    for c, name in enumerate(("合计", "基本支出", "项目支出"), start=4):
        _cell(table.cell(1, c).merge(table.cell(2, c)), name)
    for c, part in enumerate("类款项"):
        _cell(table.cell(2, c), part)
    for r, row in enumerate(rows, start=3):
        if row[0]:
            for c, part in enumerate(_split(row[0], 3)):
                _cell(table.cell(r, c), part, lowered=False)
            _cell(table.cell(r, 3), row[1])
        else:
            _cell(table.cell(r, 0).merge(table.cell(r, 3)), row[1])
        for c, amount in enumerate(row[2:], start=4):
            _cell(table.cell(r, c), amount)


def build(folder: Path, name: str, t6: list[list[str]] | None, *, repeat: bool = True) -> Path:
    """公开05 (one 类 of it) alone, or 公开06 alone after as many lines as 公开05 takes, so that it runs
    onto the next page. Apart: a part of 公开05 beside the whole 公开06 disagree (R-TABLE-CROSS)."""
    from docx import Document

    doc = Document()
    if t6 is None:
        for text in ("一般公共预算财政拨款支出决算表", "公开05表", "单位：万元"):
            doc.add_paragraph(text)
        _table_05(doc, [*T5, T5_TOTAL])
    else:
        for _ in range(len(T5) + 6):
            doc.add_paragraph("说明。")
        for text in ("一般公共预算财政拨款基本支出决算表", "公开06表", "单位：万元"):
            doc.add_paragraph(text)
        _table_06(doc, t6, repeat)
    path = folder / f"{name}.docx"
    doc.save(str(path))
    return path


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory) -> dict[str, Path]:
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice missing")
    folder = tmp_path_factory.mktemp("pdf_tables")
    wrong = [list(r) for r in T6]
    wrong[-1][2] = "2,959.02"  # 人员经费合计 planted wrong (2,857.05 + 91.97 = 2,949.02)
    docs = [build(folder, "t5", None), build(folder, "right", T6, repeat=True),
            build(folder, "wrong", wrong, repeat=False)]
    profile = (folder / "profile").as_uri()
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(folder), *map(str, docs)], check=True, capture_output=True, timeout=300)
    return {p.stem: p.with_suffix(".pdf") for p in docs}


def _table(blocks, title: str):
    return [b for b in blocks if b.is_table and b.title.startswith(title)]


@pytest.mark.parametrize("name", ["right", "wrong"])
def test_two_sided_table_read_as_published_across_pages(pdfs, name):
    blocks = read(pdfs[name])
    mine = _table(blocks, "一般公共预算财政拨款基本支出决算表")
    assert blocks.pages >= 2 and len(mine) == 1, [b.title for b in blocks if b.is_table]
    left, right = _halves(T6)
    if name == "wrong":
        left[-1][2] = "2,959.02"
    assert mine[0].rows == [["经济分类科目编码", "科目名称", "决算数"], *left, *right]


def test_split_codes_and_merged_headers_read(pdfs):
    mine = _table(read(pdfs["t5"]), "一般公共预算财政拨款支出决算表")
    assert len(mine) == 1
    assert mine[0].rows == [["功能分类科目编码", "科目名称", "合计", "基本支出", "项目支出"], *T5, T5_TOTAL]


@pytest.mark.parametrize("name", ["t5", "right"])
def test_correct_tables_raise_no_finding(pdfs, name):
    # (the fixture's 公开06 leaves out template rows: R-TABLE-ROW-MISSING's 提示 for that is rev2's, not the reader's)
    found = [f for f in review_path(pdfs[name]) if f.code != "R-TABLE-ROW-MISSING"]
    assert found == [], [(f.code, f.place, f.figure, f.expected) for f in found]


def test_wrong_total_found_with_its_value_and_nothing_else(pdfs):
    found = [f for f in review_path(pdfs["wrong"]) if f.code != "R-TABLE-ROW-MISSING"]  # (as above)
    assert [(f.code, f.figure, f.expected) for f in found] == [("R-TABLE-SUM", "2,959.02", "2,949.02")], \
        [(f.code, f.place, f.figure, f.expected, f.message) for f in found]
    assert "人员经费合计" in found[0].place
