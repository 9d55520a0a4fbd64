"""import-tables on workbooks laid out like the official template: 类/款/项 in separate columns under a
merged 科目编码 header, 单位：元 or 万元 in the header line, and cells that cannot be read for certain."""

from __future__ import annotations

import datetime
from decimal import Decimal as D

import pytest

from juesuan.cli.main import main
from juesuan.disclosure.importer import import_tables

UNIT = {"schema": 1, "unit": {"name": "某单位", "year": 2025}}
# (类, 款, 项, name, 合计, 基本, 项目) as typed from putuo_wenlv_2025's 一般公共预算 lines (万元)
LINES = [("207", None, None, "文化旅游体育与传媒支出", "3528.49", "2816.27", "712.21"),
         ("207", "01", None, "文化和旅游", "3528.49", "2816.27", "712.21"),
         ("207", "01", "01", "行政运行", "457.86", "454.06", "3.79"),
         ("207", "01", "04", "图书馆", "3070.63", "2362.21", "708.42")]


def _table5(path, unit: str = "单位：万元", cells=None, scale: D = D(1)):
    import openpyxl

    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "公开05表"
    ws.append(["一般公共预算财政拨款支出决算表"])
    ws.append([None, None, None, None, None, None, unit])
    ws.append(["项目", None, None, None, "合计", "基本支出", "项目支出"])
    ws.append(["科目编码", None, None, "科目名称"])
    ws.append(["类", "款", "项"])
    ws.merge_cells("A3:D3")
    ws.merge_cells("A4:C4")
    ws.merge_cells("D4:D5")
    for col in "EFG":
        ws.merge_cells(f"{col}3:{col}5")
    for klass, kuan, xiang, name, *amounts in LINES:
        ws.append([klass, kuan, xiang, name, *(float(D(a) * scale) for a in amounts)])
    for ref, value in (cells or {}).items():
        ws[ref] = value
    book.save(path)
    return path


def _lines(doc):
    return {x["code"]: x for x in doc["disclosure"]["lines"]}


def test_split_code_columns_and_merged_headers(tmp_path):
    doc, findings = import_tables(_table5(tmp_path / "t.xlsx"), dict(UNIT))
    lines = _lines(doc)
    assert lines["2070101"]["general_basic"] == D("4540600.00")
    assert lines["2070104"]["general_project"] == D("7084200.00")
    assert lines["2070101"]["name"] == "行政运行"
    assert "general_basic" not in lines.get("207", {}) and "06" not in lines  # a 类 the catalog names: not added
    assert not [f for f in findings if f.level.value == "错误"]


def test_a_table_in_yuan_is_read_in_yuan(tmp_path):
    doc, findings = import_tables(_table5(tmp_path / "t.xlsx", "单位：元", scale=D(10000)), dict(UNIT))
    assert _lines(doc)["2070101"]["general_basic"] == D("4540600.00")
    assert "D-IMPORT-UNIT-ASSUMED" not in {f.code for f in findings}


@pytest.mark.parametrize("cells", [{"F8": "约12万"}, {"F8": "=1+1"}, {"F8": 1e20}, {"A2": "单位：元"},
                                   {"G2": "单位：元（万元）"}, {"F8": datetime.datetime(2025, 1, 2)}, {"F8": True}])
def test_what_is_not_read_for_certain_is_refused_and_not_written(tmp_path, cells, capsys):
    book = _table5(tmp_path / "t.xlsx", cells=cells)
    _, findings = import_tables(book, dict(UNIT))
    errors = [f for f in findings if f.level.value == "错误"]
    assert errors and all(f.code in ("D-IMPORT-CELL", "D-IMPORT-UNIT") for f in errors)
    if "F8" in cells:
        assert "F8" in errors[0].message and "公开05表" in errors[0].message
    target = tmp_path / "u.toml"
    target.write_text('schema = 1\n[unit]\nname = "某单位"\nyear = 2025\n', encoding="utf-8")
    before = target.read_bytes()
    assert main(["import-tables", str(book), str(target)]) == 1
    assert target.read_bytes() == before
    assert "未写入" in capsys.readouterr().out


def test_a_unit_name_beginning_with_yuan_is_not_a_unit_line(tmp_path):
    book = _table5(tmp_path / "t.xlsx", cells={"A2": "编制单位：元宝山区财政局"})
    doc, findings = import_tables(book, dict(UNIT))
    assert not {"D-IMPORT-UNIT", "D-IMPORT-UNIT-ASSUMED"} & {f.code for f in findings}
    assert _lines(doc)["2070101"]["general_basic"] == D("4540600.00")


def test_no_unit_in_the_header_is_read_as_wan_with_a_warning(tmp_path):
    doc, findings = import_tables(_table5(tmp_path / "t.xlsx", unit=""), dict(UNIT))
    assert "D-IMPORT-UNIT-ASSUMED" in {f.code for f in findings}
    assert _lines(doc)["2070101"]["general_basic"] == D("4540600.00")


def test_the_templates_table_7_items_above_budget_and_final_pairs(tmp_path):
    """The template's 公开07: a group header, the items (公务用车 with 小计 and its two parts) over
    预算数/决算数 pairs, one row of figures."""
    import openpyxl

    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["财政拨款“三公”经费支出决算表"])
    ws.append([None] * 11 + ["单位：万元"])
    ws.append(["财政拨款“三公”经费"] + [None] * 11)
    ws.append(["合计", None, "因公出国（境）费", None, "公务用车购置及运行维护费", None, None, None, None, None,
               "公务接待费", None])
    ws.append([None] * 4 + ["小计", None, "公务用车购置费", None, "公务用车运行维护费", None, None, None])
    ws.append(["预算数", "决算数"] * 6)
    ws.append([30, 25.5, 10, 8, 15, 14, 0, 0, 15, 14, 5, 3.5])
    for ref in ("A3:L3", "A4:B5", "C4:D5", "E4:J4", "E5:F5", "G5:H5", "I5:J5", "K4:L5"):
        ws.merge_cells(ref)
    book.save(tmp_path / "t7.xlsx")
    doc, findings = import_tables(tmp_path / "t7.xlsx", dict(UNIT))
    got = {x["item"]: (x.get("budget"), x.get("final")) for x in doc["controlled"]}
    assert got["因公出国（境）费"] == (D("100000.00"), D("80000.00"))  # spelt as the tables print it (E7)
    assert got["公务用车运行维护费"] == (D("150000.00"), D("140000.00"))
    assert got["公务接待费"] == (D("50000.00"), D("35000.00"))
    assert "合计" not in got and not [f for f in findings if f.level.value == "错误"]


def test_a_new_data_file_gets_no_placeholder_name_or_year(tmp_path, capsys):
    from juesuan.sources.datafile import load

    target = tmp_path / "new.toml"
    main(["import-tables", str(_table5(tmp_path / "t.xlsx")), str(target)])
    text = target.read_text(encoding="utf-8")
    assert "未填单位名称" not in text and "year = 0" not in text
    _, findings = load(target)
    assert "E-UNIT-NAME" in {f.code for f in findings}


KEPT = '''# 某单位 2025 — typed by hand; this comment must survive an import
schema = 1

[unit]
name = "某单位"  # as registered
year = 2025

[people]
vehicles = 4   # 公务用车

# the lines: 2070101's 基本支出 was typed wrong, 2070104 has only its budget
[[disclosure.lines]]
code = "2070101"
name = "行政运行"
general_basic = 4540000.00  # to be corrected by the import
general_budget = 5116600.0

[[disclosure.lines]]
code = "2070104"
general_budget = 30637100.00   # 年初预算

# the unit's own words
[text]
"主要职能" = """两行
说明"""
'''


def test_the_data_files_comments_and_layout_are_kept(tmp_path, capsys):
    """Only the values the tables change are edited; every other line stays byte for byte."""
    import difflib

    target = tmp_path / "u.toml"
    target.write_text(KEPT, encoding="utf-8")
    assert main(["import-tables", str(_table5(tmp_path / "t.xlsx")), str(target)]) in (0, 1)
    after = target.read_text(encoding="utf-8")
    assert (tmp_path / "u.toml.bak").read_text(encoding="utf-8") == KEPT
    removed = [x[2:] for x in difflib.ndiff(KEPT.splitlines(), after.splitlines()) if x.startswith("- ")]
    assert removed == ["general_basic = 4540000.00  # to be corrected by the import"]
    assert "general_basic = 4540600.00  # to be corrected by the import" in after
    assert after.index('code = "2070101"') < after.index('code = "2070104"') < after.index("[text]")
    assert after.index("general_project = 7084200.00") < after.index("# the unit's own words")  # keys above it
    from juesuan.sources.datafile import load

    lines = {x.code: x for x in load(target)[0].disclosure.lines}
    assert lines["2070104"].values["general_project"] == D("7084200.00")
    assert lines["2070104"].values["general_budget"] == D("30637100.00")


def test_rounding_in_wan_tables_is_a_hint_naming_the_cells(tmp_path, capsys):
    """The 207 row's 合计 3,528.49 beside parts 2,816.27 + 712.21 = 3,528.48: the publisher's 0.01万元."""
    book = _table5(tmp_path / "t.xlsx")
    _, findings = import_tables(book, dict(UNIT))
    hints = [f for f in findings if f.code == "D-IMPORT-ROUNDING"]
    assert hints and all(f.level.value == "提示" for f in hints)
    assert "E6" in hints[0].message and "3,528.49" in hints[0].message and "3,528.48" in hints[0].message
    assert not [f for f in findings if f.level.value == "错误"]
    target = tmp_path / "u.toml"
    target.write_text('schema = 1\n[unit]\nname = "某单位"\nyear = 2025\n', encoding="utf-8")
    assert main(["import-tables", str(book), str(target)]) == 0
    assert "4540600.00" in target.read_text(encoding="utf-8")


@pytest.mark.parametrize(("what", "cells"), [
    ("a row shifted one column right", {"E8": None, "F8": 457.86, "G8": 454.06, "H8": 3.79}),
    ("a figure typed into the wrong row", {"F9": 454.06, "F8": 2362.21}),
    ("a code in the name column", {"A9": "图书馆", "B9": None, "C9": None, "D9": "2070104"}),
    ("a 项 part without its 类 and 款", {"A9": None, "B9": None, "C9": "04"}),
    ("a header the table does not have", {"F3": "人员支出"}),
])
def test_what_does_not_add_or_has_no_line_is_refused(tmp_path, capsys, what, cells):
    book = _table5(tmp_path / "t.xlsx", cells=cells)
    _, findings = import_tables(book, dict(UNIT))
    errors = [f for f in findings if f.level.value == "错误"]
    assert errors and all(f.code in ("D-IMPORT-SUM", "D-IMPORT-CELL") for f in errors), what
    said = " ".join(f.message for f in errors)
    assert any(x in said for x in ("E6", "E7", "F6", "F7", "E8", "F8", "第9行", "H列", "F列")), said
    target = tmp_path / "u.toml"
    target.write_text('schema = 1\n[unit]\nname = "某单位"\nyear = 2025\n', encoding="utf-8")
    before = target.read_bytes()
    assert main(["import-tables", str(book), str(target)]) == 1
    assert target.read_bytes() == before


def test_the_editor_changes_only_what_differs():
    import tomllib

    from juesuan.disclosure.import_write import NotEditable, edited

    text = ('# top\nschema = 1\n\n[[income]]\nitem = "a"  # first\nfinal = 1.50\n\n[[income]]\nitem = "b"\n'
            'final = 2.00\n\n[[income]]\nitem = "c"\nfinal = 3.00\n')
    old = tomllib.loads(text, parse_float=D)
    new = {"schema": 1, "income": [{"item": "a", "final": D("1.5")}, {"item": "n", "final": D("7")},
                                   {"item": "c", "final": D("4.25")}], "unit": {"name": "某单位"}}
    out = edited(text, old, new)
    assert out.startswith('# top\nschema = 1\n\n[[income]]\nitem = "a"  # first\nfinal = 1.50\n')  # 1.5 == 1.50
    assert [x["item"] for x in tomllib.loads(out)["income"]] == ["a", "n", "c"]  # b gone, n after a
    assert 'final = 7.00' in out and 'final = 4.25' in out and '[unit]\nname = "某单位"' in out
    twice = text.replace('item = "c"', 'item = "b"')
    with pytest.raises(NotEditable):  # two elements with one id: which one the table means is unknown
        edited(twice, tomllib.loads(twice, parse_float=D), new)


def test_a_file_the_editor_cannot_place_is_rewritten_whole_and_said(tmp_path, capsys):
    target = tmp_path / "u.toml"
    target.write_text(KEPT.replace('code = "2070104"', 'code = "2070101"'), encoding="utf-8")
    assert main(["import-tables", str(_table5(tmp_path / "t.xlsx")), str(target)]) in (0, 1)
    out = capsys.readouterr().out
    assert "已整体重写" in out and (tmp_path / "u.toml.bak").exists()


def test_labels_and_names_merged_across_columns_and_a_leading_row_number(tmp_path):
    """公开01 labels merged over two columns (amount in the third), 公开06 names over two columns, and a
    公开05 with a 行次 column before the 科目编码: each figure read from its own cell."""
    import openpyxl

    book = openpyxl.Workbook()
    t1 = book.active
    t1.title = "表1"
    t1.append(["收入支出决算总表"])
    t1.append([None] * 5 + ["单位：万元"])
    t1.append(["收入", None, None, "支出", None, None])
    t1.append(["项目", None, "决算数", "项目", None, "决算数"])
    t1.append(["一、一般公共预算财政拨款收入", None, 100.5, "一、一般公共服务支出", None, 100.5])
    t1.append(["本年收入合计", None, 100.5, "本年支出合计", None, 100.5])
    for ref in ("A3:C3", "D3:F3", "A4:B4", "D4:E4", "A5:B5", "D5:E5", "A6:B6", "D6:E6"):
        t1.merge_cells(ref)
    t6 = book.create_sheet("表6")
    t6.append(["一般公共预算财政拨款基本支出决算表"])
    t6.append([None] * 7 + ["单位：万元"])
    t6.append(["人员经费", None, None, None, "公用经费", None, None, None])
    t6.append(["经济分类科目编码", "科目名称", None, "决算数", "经济分类科目编码", "科目名称", None, "决算数"])
    t6.append(["301", "工资福利支出", None, 12.5, "302", "商品和服务支出", None, 3.25])
    t6.append(["30101", "基本工资", None, 12.5, "30201", "办公费", None, 3.25])
    t6.append([None, "人员经费合计", None, 12.5, None, "公用经费合计", None, 3.25])
    for ref in ("A3:D3", "E3:H3", "B4:C4", "F4:G4", "B5:C5", "F5:G5", "B6:C6", "F6:G6", "B7:C7", "F7:G7"):
        t6.merge_cells(ref)
    t5 = book.create_sheet("表5")
    t5.append(["一般公共预算财政拨款支出决算表"])
    t5.append([None] * 5 + ["单位：万元"])
    t5.append(["行次", "科目编码", "科目名称", "合计", "基本支出", "项目支出"])
    t5.append([1, "2070101", "行政运行", 457.86, 454.06, 3.8])
    t5.append([2, None, "合计", 457.86, 454.06, 3.8])
    book.save(tmp_path / "m.xlsx")
    doc, findings = import_tables(tmp_path / "m.xlsx", dict(UNIT))
    assert not [f for f in findings if f.level.value == "错误"], findings
    assert {x["item"]: x["final"] for x in doc["income"]}["一般公共预算财政拨款收入"] == D("1005000.00")
    econ = {x["code"]: (x["name"], x["final"]) for x in doc["disclosure"]["basic_economics"]}
    assert econ["30101"] == ("基本工资", D("125000.00")) and econ["30201"] == ("办公费", D("32500.00"))
    assert _lines(doc)["2070101"]["general_basic"] == D("4540600.00")
    assert _lines(doc)["2070101"]["name"] == "行政运行"


def test_exact_yuan_figures_replace_the_files_own_even_within_a_wan_rounding(tmp_path):
    """A table in exact 元 says more than 0.01万元: 4,540,612.34 replaces the file's 4,540,600.00; a 万元
    table's 454.06 keeps the file's 4,540,612.34."""
    exact = {"E6": 35284812.34, "E7": 35284812.34, "F6": 28162712.34, "F7": 28162712.34,
             "E8": 4578512.34, "F8": 4540612.34}
    book = _table5(tmp_path / "t.xlsx", "单位：元", cells=exact, scale=D(10000))
    old = {**UNIT, "disclosure": {"lines": [{"code": "2070101", "general_basic": D("4540600.00")}]}}
    doc, findings = import_tables(book, old)
    assert not [f for f in findings if f.level.value == "错误"], findings
    assert _lines(doc)["2070101"]["general_basic"] == D("4540612.34")
    typed = {**UNIT, "disclosure": {"lines": [{"code": "2070101", "general_basic": D("4540612.34")}]}}
    doc, _ = import_tables(_table5(tmp_path / "w.xlsx"), typed)  # 454.06万元 says what 4,540,612.34 says
    assert _lines(doc)["2070101"]["general_basic"] == D("4540612.34")


def test_a_name_with_digits_is_a_name(tmp_path):
    book = _table5(tmp_path / "t.xlsx", cells={"D8": "行政运行（含2个单位）"})
    doc, findings = import_tables(book, dict(UNIT))
    assert not [f for f in findings if f.level.value == "错误"], findings
    assert _lines(doc)["2070101"]["name"] == "行政运行（含2个单位）"


def test_a_table_whose_header_is_not_found_says_so(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["一般公共预算财政拨款支出决算表"])
    for _ in range(14):
        ws.append([None])
    ws.append(["科目编码", "科目名称", "合计", "基本支出", "项目支出"])
    ws.append(["2070101", "行政运行", 457.86, 454.06, 3.8])
    book.save(tmp_path / "far.xlsx")
    _, findings = import_tables(tmp_path / "far.xlsx", dict(UNIT))
    assert any(f.code == "D-IMPORT-MISSING" and "没有找到表头" in f.message for f in findings)


@pytest.mark.parametrize("text", ['[[income]]\nfinal = 1.0\n', '[[spending]]\nitem = 3\n', '[disclosure]\nlines = 5\n',
                                  'income = "x"\n'])
def test_a_data_file_the_import_cannot_place_into_is_refused_not_crashed(tmp_path, capsys, text):
    target = tmp_path / "u.toml"
    target.write_text(f'schema = 1\n{text if not text.startswith("[") else ""}[unit]\nname = "x"\nyear = 2025\n'
                      f'{text if text.startswith("[") else ""}', encoding="utf-8")
    before = target.read_bytes()
    code = main(["import-tables", str(_table5(tmp_path / "t.xlsx")), str(target)])
    out = capsys.readouterr()
    assert code == 2 and "Traceback" not in out.out + out.err and "数据文件" in out.out + out.err
    assert target.read_bytes() == before


def test_codes_typed_as_numbers_are_matched(tmp_path):
    target = tmp_path / "u.toml"
    target.write_text('schema = 1\n[unit]\nname = "某单位"\nyear = 2025\n\n[[disclosure.lines]]\ncode = 2070101'
                      '  # typed without quotes\ngeneral_budget = 5116600.00\n', encoding="utf-8")
    assert main(["import-tables", str(_table5(tmp_path / "t.xlsx")), str(target)]) == 0
    text = target.read_text(encoding="utf-8")
    assert "# typed without quotes" in text and text.count("2070101") == 1


def test_a_blank_cell_in_a_row_with_figures_is_zero(tmp_path):
    """The template leaves zeros blank: 行政运行's blank 项目支出 replaces the file's 999.00."""
    cells = {"E6": 3524.69, "E7": 3524.69, "G6": 708.42, "G7": 708.42, "E8": 454.06, "G8": None}
    old = {**UNIT, "disclosure": {"lines": [{"code": "2070101", "general_project": D("999.00")}]}}
    doc, findings = import_tables(_table5(tmp_path / "t.xlsx", cells=cells), old)
    assert not [f for f in findings if f.level.value == "错误"], findings
    assert _lines(doc)["2070101"]["general_project"] == D("0.00")


@pytest.mark.parametrize("zero", ["", "-", "0.00"])
def test_a_csv_of_the_nine_tables_typed_as_published_imports_as_the_workbook(tmp_path, zero):
    """One CSV of all nine tables with the amounts as the published tables print them — "4,733.14" with a
    thousands comma (so quoted in the CSV, text to the reader), a zero blank or "-" — imports exactly as the
    workbook it came from (reported as D-IMPORT-SUM: the header was taken to run down to the first row
    holding a number, and a table whose first rows have only text amounts and blanks lost them)."""
    import csv
    import random

    import openpyxl

    from tests import import_mutants as im

    source = im.book(tmp_path / "公开表.xlsx", "万元", False)
    code, text, _, clean, _ = im.run_import(source, tmp_path / "clean.toml")
    assert code == 0 and clean, text
    wb = openpyxl.load_workbook(source)
    im._one_sheet(wb, random.Random(0))

    def shown(x):
        if isinstance(x, int | float) and not isinstance(x, bool):
            return zero if x == 0 else f"{x:,.2f}"
        return "" if x is None else x

    path = tmp_path / "公开表.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows([shown(x) for x in row] for row in wb.worksheets[0].iter_rows(values_only=True))
    assert '"4,733.14"' in path.read_text(encoding="utf-8-sig")
    code, text, _, got, _ = im.run_import(path, tmp_path / "t.toml")
    assert code == 0 and "D-IMPORT-SUM" not in text, text
    assert got == clean
