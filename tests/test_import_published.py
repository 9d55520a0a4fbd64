"""import-tables end to end on real published units: their nine tables laid out as the official form
prints them (tests/official_book.py: 类|款|项 columns or one 功能分类科目编码 column, merged headers, the
template's table 7, 单位：万元 or 单位：元), imported into the unit's data file with every figure the tables
carry taken out, then ``disclose``d and compared with the published cells as test_published_unit.py
compares them."""

from __future__ import annotations

import re

import pytest
import tomlkit

from juesuan.cli import main
from juesuan.disclosure.api import disclose
from juesuan.sources.datafile import load
from tests.official_book import build
from tests.test_published_unit import (
    HERE,
    UNITS,
    _published_cell,
    corrected_rows,
    differences,
    expected_of,
    printed_rows,
)

SPLIT = re.compile(r"^(general|basic|project|remit|operation|subsidy|fund|capital)"
                   r"(_basic|_project|_opening|_closing)?$")


def _without_table_figures(text: str) -> str:
    """The data file with what the nine tables print taken out: per-line splits, 基本支出 by economic
    class, the 三公 figures, the income 决算数. Comments, budgets, reasons and the rest stay."""
    doc = tomlkit.parse(text)
    for line in doc["disclosure"]["lines"]:
        for key in [k for k in line if SPLIT.match(k)]:
            del line[key]
    del doc["disclosure"]["basic_economics"]
    for row in doc["controlled"]:
        for key in ("budget", "final"):
            row.pop(key, None)
    for row in doc["income"]:
        row.pop("final", None)
    return tomlkit.dumps(doc)


LAYOUTS = [(u, m, split) for u in UNITS for m, split in (("万元", True), ("元", True), ("万元", False))]


@pytest.fixture(scope="module", params=LAYOUTS, ids=lambda p: f"{p[0]}-{p[1]}-{'类款项' if p[2] else '科目编码'}")
def imported(request, tmp_path_factory):
    unit, money, split = request.param
    folder = tmp_path_factory.mktemp(f"{unit}-{money}")
    expected = expected_of(unit)
    tables = {key: (t["title"], corrected_rows(expected, key)) for key, t in expected["tables"].items()}
    book = build(folder / "公开表.xlsx", tables, money, split)
    target = folder / f"{unit}.toml"
    skeleton = _without_table_figures((HERE / f"{unit}.toml").read_text(encoding="utf-8"))
    target.write_text(skeleton, encoding="utf-8")
    assert main(["import-tables", str(book), str(target)]) == 0
    return unit, skeleton, target


def test_imported_file_keeps_its_comments(imported):
    _, skeleton, target = imported
    text = target.read_text(encoding="utf-8")
    comments = [x for x in skeleton.splitlines() if x.lstrip().startswith("#")]
    assert comments and all(x in text.splitlines() for x in comments)
    assert (target.parent / f"{target.name}.bak").read_text(encoding="utf-8") == skeleton


@pytest.mark.parametrize("key", [f"公开0{i}" for i in range(1, 10)])
def test_imported_tables_disclose_the_published_values(imported, key):
    """Cell by cell, row by row (test_published_unit's comparison): the published (corrected) values."""
    unit, _, target = imported
    data, findings = load(target)
    result = disclose(data, findings)
    assert not [f for f in result.findings if f.level.value == "错误"]
    diffs = differences(corrected_rows(expected_of(unit), key), printed_rows(result, key))
    assert not diffs, f"{key}: " + "; ".join(diffs[:12])


def test_every_figure_the_tables_carry_is_read(imported):
    """The per-line figures the import wrote are the ones typed by hand from the same tables."""
    unit, _, target = imported
    typed = {x.code: x.values for x in load(HERE / f"{unit}.toml")[0].disclosure.lines}
    got = {x.code: x.values for x in load(target)[0].disclosure.lines}
    for code, values in typed.items():
        for key, value in values.items():
            if SPLIT.match(key) and value:
                assert got[code].get(key) == value, (code, key)


SHIFTS = {  # table → (a printed figure of putuo_sthj_2025, where it goes: columns right, rows down)
    "公开01": ("4733.14", 1, 0),  # 一般公共预算财政拨款收入 into the 支出 label column
    "公开03": ("460.67", 1, 0),  # a row's 基本支出 under 项目支出
    "公开06": ("405.36", 1, 0),  # 基本工资 into the right panel's code column
    "公开07": ("20.5", 1, 0),  # 公务用车运行维护费 预算数 under its 决算数
}


@pytest.mark.parametrize("key", sorted(SHIFTS))
def test_a_shifted_figure_in_the_official_layout_is_refused(tmp_path, capsys, key):
    import openpyxl

    unit = "putuo_sthj_2025"
    expected = expected_of(unit)
    tables = {k: (t["title"], corrected_rows(expected, k)) for k, t in expected["tables"].items()}
    book = build(tmp_path / "公开表.xlsx", tables)
    figure, right, down = SHIFTS[key]
    wb = openpyxl.load_workbook(book)
    ws = wb[f"{key}表"]
    cell = next(c for row in ws.iter_rows() for c in row if isinstance(c.value, float) and str(c.value) == figure)
    ws.cell(cell.row + down, cell.column + right).value, cell.value = cell.value, None
    wb.save(book)
    target = tmp_path / "u.toml"
    target.write_text((HERE / f"{unit}.toml").read_text(encoding="utf-8"), encoding="utf-8")
    before = target.read_bytes()
    assert main(["import-tables", str(book), str(target)]) == 1
    out = capsys.readouterr().out
    assert "D-IMPORT-SUM" in out and f"{key}表" in out and "未写入" in out
    assert target.read_bytes() == before


def test_the_tables_as_published_rounding_hinted_the_misaligned_table_refused(tmp_path, capsys):
    """The published cells uncorrected: 上海市普陀区生态环境局's 公开05 合计 (项目支出 1,367.75 beside
    基本 3,365.38 and 合计 4,733.14) is the publisher's 0.01万元 — a 提示 naming E37, imported; 上海市
    普陀区文化和旅游局's 公开05 is misaligned (its rows shifted against their codes) — refused naming cells."""
    for unit, code in (("putuo_sthj_2025", 0), ("putuo_wenlv_2025", 1)):
        expected = expected_of(unit)
        tables = {k: (t["title"], [[_published_cell(c) for c in row] for row in t["rows"]])
                  for k, t in expected["tables"].items()}
        book = build(tmp_path / f"{unit}.xlsx", tables)
        target = tmp_path / f"{unit}.toml"
        target.write_text(_without_table_figures((HERE / f"{unit}.toml").read_text(encoding="utf-8")),
                          encoding="utf-8")
        assert main(["import-tables", str(book), str(target)]) == code
        said = [x for x in capsys.readouterr().out.splitlines() if "公开05表" in x]
        if code == 0:
            assert any("[提示] D-IMPORT-ROUNDING" in x and "E37（本行各栏：4,733.14，各项之和4,733.13）" in x
                       for x in said), said
        else:
            assert any("[错误] D-IMPORT-SUM" in x and "E6（207行：17,127.62，各项之和17,147.62）" in x
                       for x in said), said


@pytest.mark.parametrize("unit", UNITS)
def test_the_printed_row_totals_survive_the_workbook(tmp_path, unit):
    """dis: the row totals import-tables writes where a 万元 table's printed 合计 is not the sum of its
    printed parts (``*_total``) have columns on 公开科目: extract gives them back, and 生成公开 from the
    workbook prints the published cells. Without them the workbook recomputed the rows (457.85 for a
    printed 457.86) wherever 功能分类 does not carry the row's 决算 as printed (here: taken out)."""
    from dataclasses import replace

    from juesuan.workbook.build import build as build_workbook
    from juesuan.workbook.edit import read_workbook

    expected = expected_of(unit)
    tables = {key: (t["title"], corrected_rows(expected, key)) for key, t in expected["tables"].items()}
    book = build(tmp_path / "公开表.xlsx", tables, "万元", True)
    target = tmp_path / f"{unit}.toml"
    target.write_text(_without_table_figures((HERE / f"{unit}.toml").read_text(encoding="utf-8")), encoding="utf-8")
    assert main(["import-tables", str(book), str(target)]) == 0
    data, _ = load(target)
    totals = {(x.code, k): v for x in data.disclosure.lines for k, v in x.values.items() if k.endswith("_total")}
    assert totals  # the units' tables print such totals
    coded = {code for code, _ in totals}
    data = replace(data, functions=tuple(
        replace(x, values={k: v for k, v in x.values.items() if k != "final"}) if x.key in coded else x
        for x in data.functions))
    workbook = tmp_path / f"{unit}.xlsm"
    workbook.write_bytes(build_workbook(data, None))
    again, read = read_workbook(workbook)
    assert {(x.code, k): v for x in again.disclosure.lines for k, v in x.values.items() if k.endswith("_total")} \
        == totals
    result = disclose(again, read)
    for key in expected["tables"]:
        diffs = differences(corrected_rows(expected, key), printed_rows(result, key))
        assert not diffs, f"{key}: " + "; ".join(diffs[:12])
