"""A two-sided table printed as two tables side by side without rules (tests/pdf_sides.py: 公开06's 人员经费 and
公用经费 halves, each with its own 科目编码 | 科目名称 | 决算数 columns, each half's rows as tall as its own cells,
as WPS and ONLYOFFICE print them): read half by half (review/pdf_apart.py), the halves stacked as a ruled
two-sided table is, its sums checked."""

from __future__ import annotations

import pytest

from juesuan.review import review_path
from juesuan.review.extract import read
from tests import pdf_bench, pdf_glyphs, pdf_measure, pdf_sides

NOTE = "注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。"


def _grid(wrong: bool = False):
    _, grid = pdf_bench.truth(pdf_bench.Variant("t", producer="glyphs", borders=False)).tables[5]
    if wrong:
        grid.body = [list(r) for r in grid.body]
        grid.body[-1][3] = "2,959.02"  # 人员经费合计 planted wrong (2,857.05 + 91.97 = 2,949.02)
    return grid


def _pdf(tmp_path, grid, valign: str = "center", name: str = "apart", codes: str = "split") -> object:
    w = pdf_glyphs.Writer(borders=False, valign=valign)
    w.paragraph("一般公共预算财政拨款基本支出决算表", 15, center=True, bold=True)
    w.paragraph("单位：万元", 9, right=True)
    pdf_sides.apart(w, grid, 8.0, codes=codes)
    w.paragraph(NOTE, 9, indent=False)
    w.paragraph("这是一段说明文字，说明本表的情况。", 16)
    return pdf_glyphs.write_pdf(w.pages, tmp_path / f"{name}.pdf")


def _expected(grid) -> list[list[str]]:
    """The halves stacked, each code joined, each 合计 its half's last row (the ruled table's reading)."""
    out = []
    for half in pdf_sides.halves(grid):
        for r in half.body:
            code, part, name, amount = r
            out.append(["", code, amount] if code.endswith("合计") else [code + part, name, amount])
    return out


@pytest.mark.parametrize("valign", ["center", "top", "bottom"])
def test_halves_whose_rows_stand_apart_read_as_one_two_sided_table(tmp_path, valign):
    blocks = read(_pdf(tmp_path, _grid(), valign))
    tables = [b for b in blocks if b.is_table]
    assert len(tables) == 1, [b.text[:40] for b in blocks]
    assert tables[0].rows[1:] == _expected(_grid())
    assert tables[0].rows[0][1:] == ["科目名称", "决算数"]
    texts = [b.text for b in blocks if not b.is_table]
    assert texts[-2:] == [NOTE, "这是一段说明文字，说明本表的情况。"]  # (the note closes the table, not in it)


@pytest.mark.parametrize("codes", ["split", "mixed"])
def test_a_wrong_total_of_a_half_found_with_its_value_and_place(tmp_path, codes):
    found = [f for f in review_path(_pdf(tmp_path, _grid(wrong=True), codes=codes))
             if f.code not in ("R-TABLE-ROW-MISSING",) and f.level.value in ("错误", "警告")]
    assert [(f.code, f.figure, f.expected) for f in found] == [("R-TABLE-SUM", "2,959.02", "2,949.02")], \
        [(f.code, f.place, f.figure, f.expected) for f in found]
    assert "人员经费合计" in found[0].place


def test_halves_whose_rows_stand_level_are_read_as_before(tmp_path):
    """Both halves' names wide enough not to wrap: every row of one half level with a row of the other, read
    as one table of two sides from its rows (the reading of a Word table printed without rules)."""
    grid = _grid()
    w = pdf_glyphs.Writer(borders=False)
    w.paragraph("一般公共预算财政拨款基本支出决算表", 15, center=True, bold=True)
    w.table(grid, 8.0, "")
    w.paragraph(NOTE, 9, indent=False)
    tables = [b for b in read(pdf_glyphs.write_pdf(w.pages, tmp_path / "level.pdf")) if b.is_table]
    assert len(tables) == 1 and len(tables[0].rows[1]) == 6


@pytest.mark.parametrize("name", ["glyphs-unruled-apart", "glyphs-unruled-apart-top-blank",
                                  "glyphs-unruled-apart-whole", "glyphs-unruled-apart-mixed", "lo-unruled-apart"])
def test_bench_variants_printed_apart_are_read_whole(tmp_path, name):
    """(-whole: each half's code in one column, right-aligned close before the name; lo-unruled-apart: each half goes
    on overleaf under its header again, the 人员经费 half's 合计 alone there)"""
    from tests import pdf_docs

    v = next(v for v in pdf_bench.VARIANTS if v.name == name)
    if v.producer == "lo" and pdf_docs.soffice() is None:
        pytest.skip("LibreOffice (soffice) missing")
    s = pdf_measure.measure(v, pdf_bench.build([v], tmp_path)[v.name])
    assert (s.coverage, s.false) == (1.0, 0), (s.lost[:5], s.invented[:5])


@pytest.mark.parametrize("codes", ["mixed", "mixed-right"])
def test_halves_of_different_columns_read_as_one_two_sided_table(tmp_path, codes):
    """One half's code in one 科目编码 column (科目编码 | 科目名称 | 决算数), the other's in 类|款 cells (a column
    more): each half read as a table of its own, the code cells joined, the halves stacked as the ruled table."""
    blocks = read(_pdf(tmp_path, _grid(), codes=codes))
    tables = [b for b in blocks if b.is_table]
    assert len(tables) == 1, [b.text[:40] for b in blocks]
    assert tables[0].rows[1:] == _expected(_grid())
    assert [b.text for b in blocks if not b.is_table][-2:] == [NOTE, "这是一段说明文字，说明本表的情况。"]
