"""import-tables on the nine tables as they are published from 元 figures (tests/rounded_units.py): each
cell rounded on its own to 0.01万元, so 合计 and parts show the natural 尾差. Imported into a data file
holding only [unit], they disclose without an error, and the regenerated tables equal the published ones
cell by cell (README: 按万元填列的表照填列数字列示)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from juesuan.core.rounding import slack
from juesuan.disclosure.api import disclose
from juesuan.disclosure.grid import grid
from juesuan.disclosure.importer import import_tables
from juesuan.sources.datafile import parse_document
from tests.official_book import build
from tests.rounded_units import printed, unit_document

SEEDS = range(8)


def published(doc: dict) -> dict[str, tuple[str, list[list]]]:
    result = disclose(*parse_document(doc))
    assert [f.message for f in result.findings if f.level.value == "错误"] == []
    return {t.key: (t.spec.title, [[printed(c) for c in row] for row in grid(t).body]) for t in result.tables}


def errors(findings) -> list[str]:
    return [f.message for f in findings if f.level.value == "错误"]


@pytest.mark.parametrize("seed", SEEDS)
def test_published_tables_come_back_cell_by_cell(tmp_path, seed):
    doc = unit_document(seed)
    tables = published(doc)
    tails = [(k, row) for k, (_, rows) in tables.items() for row in rows]
    book = build(tmp_path / "公开表.xlsx", tables, "万元", split=seed % 3 == 0)
    new, found = import_tables(book, {"schema": 1, "unit": dict(doc["unit"])})
    assert errors(found) == []
    again = disclose(*parse_document(new))
    assert errors(again.findings) == []
    got = [(t.key, [printed(c) for c in row]) for t in again.tables for row in grid(t).body]
    assert [d for d in zip(tails, got, strict=True) if d[0] != d[1]] == []
    assert len(got) == len(tails)


def test_the_seeds_carry_tails():
    """The material is what it claims: row totals that differ from their printed parts (尾差)."""
    tails = 0
    for seed in SEEDS:
        for key, (_, rows) in published(unit_document(seed)).items():
            if key not in ("公开03",):
                continue
            for row in rows:
                figures = [Decimal(x.replace(",", "")) if isinstance(x, str) and x[:1].isdigit() and "." in x
                           else Decimal(0) for x in row[2:]]
                tails += figures[0] != sum(figures[1:], Decimal(0))
    assert tails >= 5


def test_row_totals_are_stored_only_where_they_are_not_the_sum_of_the_printed_parts(tmp_path):
    doc = unit_document(1)
    book = build(tmp_path / "公开表.xlsx", published(doc), "万元")
    new, _ = import_tables(book, {"schema": 1, "unit": dict(doc["unit"])})
    for line in new["disclosure"]["lines"]:
        if "spending_total" in line:
            parts = sum((line.get(k, Decimal(0)) for k in ("basic", "project", "remit", "operation", "subsidy")),
                        Decimal(0))
            assert line["spending_total"] != parts and abs(line["spending_total"] - parts) <= 200


def test_the_rounding_slack_grows_with_the_rounded_addends():
    assert slack(Decimal(100), 1) == 100  # a figure beside one other: 0.01万元
    assert slack(Decimal(100), 2) == 150
    assert slack(Decimal(100), 5) == 300
    assert slack(Decimal(0), 9) == 0  # exact 元 figures must add exactly


def test_a_parent_of_three_rounded_lines_may_miss_their_sum_by_two_cents_but_not_one_line(tmp_path):
    """20701 printed 20,973.55 beside 项 that print 20,973.54 and a 基本+项目 pair that prints 20,973.56:
    within the rounding of its parts (±0.005 each), a 提示; the same gap beside a single line is an error."""
    from juesuan.disclosure.checks import _Checker

    k = _Checker(Decimal(100))
    k.equal("D-PARENT", Decimal("209735600"), Decimal("209735400"), "三个下级", ("公开03",), 3)
    k.equal("D-PARENT", Decimal("209735600"), Decimal("209735400"), "一个下级", ("公开03",), 1)
    assert [(f.code, f.message[:4]) for f in k.findings] == [("D-ROUNDING", "三个下级"), ("D-PARENT", "一个下级")]


def test_nine_tables_alone_say_that_personnel_and_public_costs_are_absent_not_zero(tmp_path):
    doc = unit_document(2)
    book = build(tmp_path / "公开表.xlsx", published(doc), "万元")
    new, found = import_tables(book, {"schema": 1, "unit": dict(doc["unit"])})
    basic = [f.message for f in found if f.code == "D-IMPORT-BASIC"]
    assert len(basic) == 1 and "没有填写，不是0" in basic[0] and "0.00元" not in basic[0], basic
    assert "[[spending]]" in basic[0] and "人员经费" in basic[0] and "公开06" in basic[0]
    assert not any(x["item"] in ("人员经费", "公用经费") for x in new.get("spending", []))
    again = disclose(*parse_document(new))
    t1 = {row.values.get("out_name"): row.values.get("out_amount") for row in again.tables["公开01"].rows}
    spending = sum((x["final"] for x in doc["spending"] if x["item"] != "年末结转和结余"), Decimal(0))
    assert abs(t1["本年支出合计"] - spending) <= 300


def test_unit_totals_printed_with_their_tails_are_kept_in_the_layout(tmp_path):
    """A 总计 or 合计 that differs from the sum of the printed figures it totals (each rounded from 元 on its
    own) is kept as printed, under [disclosure.layout."公开NN".printed], and only those."""
    doc = unit_document(0)
    tables = published(doc)
    new, _ = import_tables(build(tmp_path / "公开表.xlsx", tables, "万元"), {"schema": 1, "unit": dict(doc["unit"])})
    printed = {k: v["printed"] for k, v in new["disclosure"]["layout"].items()
               if isinstance(v, dict) and "printed" in v}
    assert printed["公开01"] == {"总计/总计": {"in_amount": Decimal("243932500.00")}}
    again = disclose(*parse_document(new))
    shown = {row.values.get("in_name"): row.values.get("in_amount") for row in again.tables["公开01"].rows}
    assert shown["总计"] == Decimal("243932500.00")


def test_a_printed_total_beyond_rounding_is_refused_by_disclose():
    doc = unit_document(0)
    doc["disclosure"]["layout"] = {"公开01": {"printed": {"总计/总计": {"in_amount": Decimal("1000000.00")}}}}
    found = disclose(*parse_document(doc)).findings
    assert [f.code for f in found if f.level.value == "错误"] == ["E-LAYOUT"]


@pytest.mark.parametrize(("said", "department"), [
    ("上海市某某区某某局2024年度部门决算表", True), ("注：本表反映部门本年度各项支出情况。", True),
    ("注：本表反映单位本年度各项支出情况。", None), (None, None)])
def test_a_department_is_read_from_what_the_tables_print(tmp_path, said, department):
    """「…部门决算表」 over the tables or 「本表反映部门…」 under them: the data file says department = true,
    and the regenerated document is a 部门决算 (cover, notes, file name); 单位 or nothing: left as it was."""
    import openpyxl

    doc = unit_document(3)
    path = build(tmp_path / "公开表.xlsx", published(doc), "万元")
    if said:
        wb = openpyxl.load_workbook(path)
        ws = wb["公开03表"]
        ws.cell(ws.max_row + 1, 1, said)
        wb.save(path)
    new, _ = import_tables(path, {"schema": 1, "unit": dict(doc["unit"])})
    assert new.get("disclosure", {}).get("department") is department
    if department:
        again = disclose(*parse_document(new))
        assert "部门决算公开" in again.filename() and again.tables["公开02"].department


def test_the_files_own_department_setting_is_kept(tmp_path):
    doc = unit_document(3)
    path = build(tmp_path / "公开表.xlsx", published(doc), "万元")
    import openpyxl

    wb = openpyxl.load_workbook(path)
    wb["公开01表"].cell(1, 1, "上海市某某区某某局2024年度部门决算表")
    wb.save(path)
    new, _ = import_tables(path, {"schema": 1, "unit": dict(doc["unit"]), "disclosure": {"department": False}})
    assert new["disclosure"]["department"] is False


@pytest.mark.parametrize("dash", ["-", "—"])
def test_a_table_printing_a_dash_for_zero_comes_back_with_dashes(tmp_path, dash):
    """公开03 and 公开07 typed with 「-」 for zero, the others blank: [disclosure.layout] zeros = "-" for those two,
    and every cell of the regenerated tables reads as published, zeros included (Word and Excel alike)."""
    doc = unit_document(4)
    result = disclose(*parse_document(doc))
    zero = {"公开03": dash, "公开07": dash}
    tables = {t.key: (t.spec.title, [[printed(c, zero.get(t.key, "")) for c in row] for row in grid(t).body])
              for t in result.tables}
    new, _ = import_tables(build(tmp_path / "公开表.xlsx", tables, "万元"), {"schema": 1, "unit": dict(doc["unit"])})
    layout = new["disclosure"]["layout"]
    assert {k: v.get("zeros") for k, v in layout.items() if isinstance(v, dict) and "zeros" in v} == \
        {"公开03": "-", "公开07": "-"}
    again = disclose(*parse_document(new))
    for t in again.tables:
        g = grid(t)
        got = [[g.text(i, j) for j in range(len(g.kinds))] for i in range(len(g.body))]
        want = [["" if x is None else str(x).replace("—", "-") for x in row] for row in tables[t.key][1]]
        assert got == want, t.key
    import io

    import openpyxl

    from juesuan.disclosure.api import xlsx_bytes
    ws = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(again)))["公开03"]
    formats = {c.number_format for row in ws.iter_rows() for c in row if c.value == 0}
    assert formats and all(f.endswith(';"-"') for f in formats), formats


DATA = __import__("pathlib").Path(__file__).parent / "data"


@pytest.mark.parametrize(("name", "inline"), [  # nongye: lines undetermined, its tables leave them blank
    ("disclosure_rich", False), ("disclosure_rich", True), ("disclosure_wenhuaguan", False)])
def test_importing_the_tools_own_tables_leaves_the_data_file_untouched(tmp_path, capsys, name, inline):
    """A round trip that changes nothing (the file's own exported 公开表 imported back) writes nothing: no
    .bak, the same bytes — whether 公开06's rows are an inline array or tables, the template's zero rows and
    the classes that are their items' sum not added, a 科目 line's zero 基本/项目支出 not added."""
    import tomlkit

    from juesuan.cli import main
    from juesuan.disclosure.api import xlsx_bytes
    from juesuan.sources.datafile import load

    target = tmp_path / "unit.toml"
    text = (DATA / f"{name}.toml").read_text(encoding="utf-8")
    if inline:
        doc = tomlkit.parse(text)
        inline_rows = tomlkit.array()
        for row in doc["disclosure"]["basic_economics"]:
            t = tomlkit.inline_table()
            t.update(row)
            inline_rows.append(t)
        inline_rows.multiline(True)
        doc["disclosure"]["basic_economics"] = inline_rows
        text = tomlkit.dumps(doc)
    target.write_text(text, encoding="utf-8")
    book = tmp_path / "公开表.xlsx"
    book.write_bytes(xlsx_bytes(disclose(*load(target))))
    before = target.read_bytes()
    capsys.readouterr()
    assert main(["import-tables", str(book), str(target)]) in (0, 1)
    out = capsys.readouterr().out
    assert target.read_bytes() == before and not (tmp_path / "unit.toml.bak").exists(), out
    assert "未改动" in out and out.count("读取检查") == 1, out


def test_the_import_spells_items_and_places_as_printed(tmp_path):
    """E7: a new [[controlled]] row is 「因公出国（境）费」 as the tables print it (the file's own spelling is
    kept), and a finding names a worksheet called after its table once: 「工作表“公开01表”D30」, not
    「工作表“公开01”（公开01）」."""
    doc = unit_document(5)
    new, found = import_tables(build(tmp_path / "公开表.xlsx", published(doc), "万元"),
                               {"schema": 1, "unit": dict(doc["unit"])})
    assert "因公出国（境）费" in {x["item"] for x in new["controlled"]}
    again, _ = import_tables(build(tmp_path / "公开表.xlsx", published(doc), "万元"),
                             {"schema": 1, "unit": dict(doc["unit"]), "controlled": [
                                 {"item": "因公出国(境)费", "final": Decimal(0)}]})
    assert [x["item"] for x in again["controlled"]].count("因公出国(境)费") == 1
    rounding = [f.message for f in found if f.code == "D-IMPORT-ROUNDING"]
    assert rounding and all("”（公开" not in m for m in rounding), rounding


def test_a_small_units_printed_total_is_taken_though_its_few_figures_do_not_tell_wan():
    """Fewer than 20 figures do not show that the data was typed from 万元 tables; a printed row total, a
    whole number of 0.01万元, still says so: its 尾差 is rounding, not an error."""
    doc = {"schema": 1, "unit": {"name": "某某所", "year": 2024, "kind": "事业单位"},
           "income": [{"item": "一般公共预算财政拨款收入", "final": Decimal("200.00")}],
           "spending": [{"item": "项目支出", "final": Decimal("100.00")}],
           "disclosure": {"lines": [{"code": "2010101", "name": "行政运行", "general": Decimal("200.00"),
                                     "basic": Decimal("100.00"), "project": Decimal("100.00"),
                                     "general_basic": Decimal("100.00"), "general_project": Decimal("100.00"),
                                     "spending_total": Decimal("100.00"), "general_total": Decimal("100.00")}]}}
    result = disclose(*parse_document(doc))
    assert "D-LINE-NATURE" not in {f.code for f in result.findings}
    assert result.tables["公开03"].coded()["2010101"].values["total"] == Decimal("100.00")
