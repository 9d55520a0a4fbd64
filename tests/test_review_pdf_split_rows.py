"""A table row broken across a page, as Word, WPS and LibreOffice print one by default: the lines of its
cells that fit stay at the page's foot, the rest go on overleaf (a code wrapped in a narrow column,
「211010」/「4」, a name 「生态环境」/「保护宣传」). The row is read whole again; a row that still cannot be
read is named, and no parent is corrected from the rows that were read. The PDFs are written here glyph by
glyph (tests/pdf_glyphs.py) with the published 普陀 支出决算表 (公开03) cells."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from juesuan.review import review_blocks
from juesuan.review.blocks import Blocks
from juesuan.review.extract import read
from juesuan.review.grid import model
from juesuan.review.pdf_assemble import _assemble, goes_on
from tests import pdf_docs, pdf_glyphs

PUBLISHED = Path(__file__).parent / "data" / "published" / "putuo_sthj_2025.expected.toml"
ROWS = tomllib.loads(PUBLISHED.read_text(encoding="utf-8"))["tables"]["公开03"]["rows"]
HEAD = ["功能分类科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"]


def _rows(changed: dict[str, str] | None = None) -> list[list[str]]:
    out = []
    for code, name, *amounts in ROWS:
        total = (changed or {}).get(code, amounts[0])
        out.append([code, name, total, *amounts[1:3]])
    return out


def build(path: Path, fillers: int, changed: dict[str, str] | None = None) -> tuple[Path, list[list[str]]]:
    """The 支出决算表 after ``fillers`` lines of text, its code column a digit too narrow for a 项 code and
    its name column narrow (names wrap), rows broken across the page; (the PDF, the rows whose code was
    broken: its last digit overleaf)."""
    w = pdf_glyphs.Writer(split_rows=True)
    w.paragraph("上海市普陀区生态环境局2025年度部门决算表", 15, center=True, bold=True)
    for _ in range(fillers):
        w.paragraph("本部分列示部门决算公开表。", 11)
    w.paragraph("支出决算表", 15, center=True, bold=True)
    w.paragraph("公开03表", 9, indent=False)
    w.paragraph("部门：上海市普陀区生态环境局 单位：万元", 9, right=True)
    grid = pdf_docs.Grid([HEAD], [], _rows(changed), [], [1.3, 1.6, 2.2, 2.2, 2.2])
    w.table(grid, 11.0, "")
    w.paragraph("注：本表反映部门本年度各项支出情况。", 9, indent=False)
    return pdf_glyphs.write_pdf(w.pages, path), [row for row, fit in w.splits if fit == 1 and len(row[0]) == 7]


@pytest.fixture(scope="module")
def split(tmp_path_factory) -> tuple[Path, list[list[str]]]:
    folder = tmp_path_factory.mktemp("split_rows")
    for fillers in range(30):  # the first layout whose page break falls inside a 项 code (its last digit overleaf)
        path, splits = build(folder / f"split{fillers}.pdf", fillers)
        if splits:
            return path, splits
    raise AssertionError("no layout broke a 项 row across the page")


def _table(blocks):
    return next(b for b in model(blocks) if b.is_table and b.kind == "支出决算表")


def test_a_row_broken_across_the_page_is_read_whole(split):
    path, splits = split
    rows = _table(read(path)).rows
    for code, name, *amounts in (r for r in _rows() if r[0] in {s[0] for s in splits}):
        assert [code, name, *amounts] in rows
    assert len([r for r in rows if r[0].isdigit()]) == len([r for r in ROWS if r[0].isdigit()])


def test_the_published_table_raises_no_finding_on_the_broken_row(split):
    path, _ = split
    blocks = read(path)
    assert [(f.code, f.message) for f in review_blocks(blocks) if f.code.startswith("R-TABLE")] == []
    assert not blocks.notes


def test_an_error_in_a_parent_of_the_broken_row_is_still_found(tmp_path, split):
    _, splits = split
    parent = splits[0][0][:5]
    right = next(r[2] for r in _rows() if r[0] == parent)
    fillers = int(split[0].stem.removeprefix("split"))
    path, again = build(tmp_path / "wrong.pdf", fillers, {parent: "9,999.99"})
    assert [s[0] for s in again] == [s[0] for s in splits]  # the same layout: the same rows broken
    found = [f for f in review_blocks(read(path)) if f.code == "R-TABLE-PARENT" and parent in f.message]
    assert found and right in found[0].message


@pytest.mark.parametrize(("last", "first", "joined"), [
    (["211010", "生态环境", "88.60", "0.00", "88.60"], ["4", "保护宣传", "", "", ""], True),
    (["20701", "其他文", "423.29", "423.29", ""], ["99", "化和旅游支出", "", "", ""], True),  # the 项 part
    (["21101", "环境保护", "1,543.2", "1,283.7", "259.52"], ["", "管理事务", "2", "0", ""], True),  # figures' ends
    (["一、一般", "4,733.14", "一、一般"], ["公共预算", "", "公共服务"], True),  # a label's lines
    (["211010", "生态环境", "", "", ""], ["4", "保护宣传", "88.60", "0.00", "88.60"], True),  # figures overleaf
    (["20701", "文化和旅游", "423.29", "423.29", ""], ["20702", "文物", "", "", ""], False),  # a new code
    (["2070199", "其他文化和旅游支出", "423.29", "", ""], ["208", "社会保障", "", "", ""], False),
    (["21101", "环境保护", "1,543.22", "1,283.70", "259.52"], ["", "", "2", "", ""], False),  # a figure whole above
    (["一、一般公共服务支出", "0.00"], ["二、外交支出", ""], False),  # a numbered label
    (["一、一般公共服务支出", "0.00"], ["合计", ""], False),
    (["211010", "行政运行", "1,293.60"], ["4", "宣传", "88.60"], False),  # a figure of its own
    # a code split into 类|款|项 cells, each broken ("21|0|9" at the foot, "1|1|9" overleaf)
    (["21", "0", "9", "其他环", "123.02", "-", "123.02"], ["1", "1", "9", "境保护管理事务支出", "", "", ""], True),
    (["211", "01", "", "环境保护", "1.00", "-"], ["211", "01", "01", "行政运行", "1.00", "-"], False),
    (["21", "0", "9", "其他环", "123.02", "-"], ["1", "1", "9", "境保护", "5.00", ""], False),  # a figure of its own
    # a two-sided table's row whose left side is blank: the right side's label opens a new row
    (["", "", "十四、资源勘探工业信息等支出", "4948.72"], ["", "", "十五、商业服务业等支出", ""], False),
    (["", "", "十四、资源勘探工业信息等支", "4948.72"], ["", "", "出", ""], True),
    # a numbered row whose zeros are blank (no figure above), its label's rest alone overleaf; not a new row's
    (["二、政府性基金预算", "", "", ""], ["财政拨款", "", "", ""], True),
    (["二、政府性基金预算财政拨款", "", "", ""], ["三、国有资本经营预算财政拨款", "", "", ""], False),
    (["年初结转和结余", "", "年末结转和结余", ""], ["总计", "4,733.14", "总计", "4,733.14"], False),
    (["使用非财政拨款结余", "", "结余分配", ""], ["年初结转和结余", "", "", ""], False),  # not numbered
])
def test_which_first_row_overleaf_goes_on_the_row_above(last, first, joined):
    assert goes_on(last, first) is joined


# --- a row that could not be joined: named, and no parent corrected from the rows read ---------------

def _unjoined() -> Blocks:
    """支出决算表 on two pages; its row 2110104 broken so that its pieces cannot be joined (each piece
    with figures of its own): "211010 生态环境" at the foot, "4 保护宣传" overleaf."""
    head = ["功能分类科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"]
    foot = [head, ["", "合计", "1,543.22", "1,283.70", "259.52"],
            ["211", "节能环保支出", "1,543.22", "1,283.70", "259.52"],
            ["21101", "环境保护管理事务", "1,543.22", "1,283.70", "259.52"],
            ["2110101", "行政运行", "1,293.60", "1,283.70", "9.90"],
            ["211010", "生态环境", "88.60", "0.00", "88.60"]]
    overleaf = [["4", "保护宣传", "0.00", "0.00", "0.00"],
                ["2110105", "环境保护法规、规划及标准", "7.50", "0.00", "7.50"],
                ["2110107", "生态环境保护行政许可", "30.50", "0.00", "30.50"],
                ["2110199", "其他环境保护管理事务支出", "123.02", "0.00", "123.02"]]
    blocks = Blocks()
    _assemble([(4, 842.0, [], [(100.0, foot)], []), (5, 842.0, [], [(72.0, overleaf)], [])], set(), blocks)
    blocks[0].caption = blocks[0].title = "支出决算表 公开03表 单位：万元"
    return blocks


def test_rows_not_read_whole_are_named_and_their_parents_not_corrected():
    blocks = _unjoined()
    (table,) = [b for b in blocks if b.is_table]
    assert table.unread_rows == ("211010 生态环境", "4 保护宣传")
    assert any("“211010 生态环境”、“4 保护宣传”" in n for n in blocks.notes)
    findings = review_blocks(blocks)
    assert [f for f in findings if f.code in ("R-TABLE-PARENT", "R-TABLE-SUM")] == []
    assert any(f.code == "R-UNREAD" and "211010 生态环境" in f.message for f in findings)


def test_a_table_read_whole_is_checked_as_before():
    blocks = _unjoined()
    (table,) = [b for b in blocks if b.is_table]
    table.unread_rows = ()
    assert any(f.code == "R-TABLE-PARENT" and "21101" in f.message for f in review_blocks(blocks))


# --- a two-sided table printed without rules (公开01/04: 收入 left, 支出 right, the 支出 side longer) ------

@pytest.fixture(scope="module")
def unruled(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("unruled") / "sthj.unruled.pdf"
    return pdf_glyphs.build(pdf_docs.load("putuo_sthj_2025"), path, borders=False)


def test_unruled_two_sided_tables_are_read(unruled):
    """The rows of the longer side stand alone (a label and an amount), a left label wrapped around its
    amount ("三、国有资本经营预算财政拨" / "0.00" / "款"): both tables are read, none named as unread."""
    blocks = model(read(unruled))
    tables = {b.kind: b.rows for b in blocks if b.is_table}
    assert ["", "", "九、卫生健康支出", "109.34"] in tables["收入支出决算总表"]
    assert ["总计", "4,733.14", "总计", "4,733.14"] in tables["收入支出决算总表"]
    assert ["三、国有资本经营预算财政拨款", "0.00", "", "", "", "", ""] in tables["财政拨款收入支出决算总表"]
    assert not [n for n in blocks.notes if "未能按表格读取" in n]


def test_unruled_two_sided_tables_with_blank_zeros_are_read(tmp_path):
    """The 文化和旅游局's 公开01/04 print their zeros blank (most lines hold one amount or none): read from
    their header (项目 twice) to their note, labels wrapped in their cells joined; the 公开05 合计 error is
    then put right from 公开04, as with ruled tables."""
    path = pdf_glyphs.build(pdf_docs.load("putuo_wenlv_2025"), tmp_path / "wenlv.unruled.pdf", borders=False)
    blocks = model(read(path))
    tables = {b.kind: b.rows for b in blocks if b.is_table}
    t4 = tables["财政拨款收入支出决算总表"]
    assert ["", "", "十八、自然资源海洋气象等支出", "", "", "", ""] in t4
    assert ["", "", "十四、资源勘探工业信息等支出", "4,948.72", "4,948.72", "", ""] in t4
    assert ["三、国有资本经营预算财政拨款收入", "", "三、国防支出", ""] in tables["收入支出决算总表"]
    assert not [n for n in blocks.notes if "未能按表格读取" in n]
    assert any("合计应为24535.67万元" in f.message for f in review_blocks(blocks))
