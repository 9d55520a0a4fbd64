"""The tester's unit (a 行政单位 with 其他收入, ``fiscal_final`` on its spending lines, no [disclosure])
and round trips disclose → import-tables that must leave the data file's figures as they were."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import pytest

from juesuan.cli import main
from juesuan.disclosure.api import disclose, xlsx_bytes
from juesuan.disclosure.grid import grid
from juesuan.disclosure.importer import import_tables
from juesuan.report import analyze
from juesuan.sources.datafile import load, parse_document, read_document, sample_path

HERE = Path(__file__).parent
NONGYE = HERE / "data" / "disclosure_nongye.toml"
RICH = HERE / "data" / "disclosure_rich.toml"


@pytest.fixture(scope="module")
def nongye():
    return disclose(*load(NONGYE))


def test_undetermined_lines_give_one_finding_not_cascading_errors(nongye):
    d_codes = [f.code for f in nongye.findings if f.code.startswith("D-") and f.level.value == "错误"]
    assert d_codes.count("D-LINES-NEEDED") == 1
    assert not [c for c in d_codes if c.startswith("D-T")]
    needed = next(f for f in nongye.findings if f.code == "D-LINES-NEEDED")
    assert "[[disclosure.lines]]" in needed.message and "general_basic" in needed.message


def test_unit_level_figures_fill_the_totals(nongye):
    t = nongye.tables
    t2 = t["公开02"].find("name", "合计")
    assert t2.values["fiscal"] == D("9987654.32") and t2.values["other"] == D("186430.50")
    assert t["公开02"].coded()["2130101"].values["fiscal"] is None  # not determined: blank, never 0
    t3 = t["公开03"].find("name", "合计")
    assert t3.values["project"] == D("1873000.00")
    t4 = t["公开04"].find("out_name", "本年支出合计")
    assert t4.values["out_general"] == D("9897680.60")
    t6 = t["公开06"].find("p_name", "人员经费合计")
    assert (t6.values["p_amount"], t6.values["c_amount"]) == (D("6950000.00"), D("1112326.28"))


def test_text_makes_no_false_statements(nongye):
    plain = nongye.text.plain()
    assert "一般公共预算财政拨款支出989.77万元" in plain
    assert "没有一般公共预算财政拨款" not in plain and "支出0.00万元，占本年支出合计" not in plain
    assert "没有政府采购支出" not in plain and "未填报政府采购支出情况" in plain
    assert "财政拨款收入998.77万元，占" in plain


def test_fiscal_total_compared_like_with_like(nongye):
    plain = nongye.text.plain()
    assert "增加108.97万元" not in plain  # 总计 (with 年初结转) against last year's income alone
    assert "其中，本年财政拨款收入998.77万元。与2023年度相比，本年财政拨款收入增加57.74万元，增长6.14%" in plain


def test_notes_name_a_unit_or_a_department(nongye):
    notes = grid(nongye.tables["公开02"]).notes
    assert any(n.startswith("注：本表反映单位本年度") for n in notes)
    rich = disclose(*load(RICH))
    doc = read_document(RICH)
    doc["disclosure"]["department"] = True
    dept = disclose(*parse_document(doc))
    assert any("本表反映部门" in n for n in grid(dept.tables["公开05"]).notes)
    assert rich.tables["公开05"].department is rich.books.d.department


def test_procurement_given_as_zero_says_none():
    doc = read_document(RICH)
    doc["disclosure"]["procurement"] = {"goods": D(0)}
    plain = disclose(*parse_document(doc)).text.plain()
    assert "无政府采购支出" in plain


def _errors(data, findings):
    return {(f.code, f.message) for f in analyze(data, findings).findings if f.level.value == "错误"}


@pytest.mark.parametrize("path", [NONGYE, RICH, sample_path()], ids=["nongye", "rich", "sample"])
def test_round_trip_on_the_full_file_changes_no_figure(path, tmp_path):
    doc = read_document(path)
    data, findings = parse_document(doc)
    book = tmp_path / "t.xlsx"
    book.write_bytes(xlsx_bytes(disclose(data, findings)))
    new, found = import_tables(book, doc)
    again, more = parse_document(new)
    assert _errors(again, more) <= _errors(data, findings)
    for part in ("income", "spending", "controlled", "balances", "functions"):
        assert getattr(again, part) == getattr(data, part), part
    assert not [f for f in found if f.code == "D-IMPORT-BASIC"]


def test_import_command_leaves_an_agreeing_file_untouched(tmp_path):
    src = tmp_path / "nongye.toml"
    src.write_bytes(NONGYE.read_bytes())
    book = tmp_path / "t.xlsx"
    book.write_bytes(xlsx_bytes(disclose(*load(src))))
    main(["import-tables", str(book), str(src)])
    assert src.read_bytes() == NONGYE.read_bytes()  # comments and layout kept
