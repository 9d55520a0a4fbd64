"""Issue 20, ``import-tables``: the published tables of a real unit as people really send them
(tests/import_mutants.py — another money unit, shifted or split code columns, merges lost,
formulas without values, text numbers, blank and hidden rows, extra and hidden sheets, all tables on
one sheet, a .csv or .xls instead), each change once. Every one ends in the clean workbook's import
or a finding naming the sheet and cell: never a silent difference, a traceback or a hang.
benchmarks/fuzz_surfaces.py draws many more at random."""

from __future__ import annotations

import random

import openpyxl
import pytest

from juesuan.disclosure import import_read
from tests import import_mutants as im

NAMES = [*im.SHEET_CHANGES, *im.BOOK_CHANGES, *im.FORMATS]


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    folder = tmp_path_factory.mktemp("clean")
    code, text, _, got, _ = im.run_import(im.book(folder / "t.xlsx"), folder / "t.toml")
    assert code == 0 and got, text
    return code, im._findings(text), got


@pytest.mark.parametrize("name", NAMES)
def test_mutant_imports_exactly_or_names_the_cell(tmp_path, clean, name):
    mutant = im.make(tmp_path, random.Random(NAMES.index(name)), name)
    result = im.run_import(mutant.path, tmp_path / "t.toml")
    cls, why = im.classify(mutant, clean, result)
    assert cls == "OK", f"{cls} {mutant.name}: {why}"
    if mutant.expect == "same" and result[0] != 2:  # read as people mean it: not merely refused
        assert result[3] == clean[2], why


@pytest.mark.parametrize("sheet", im.ANY)
@pytest.mark.parametrize("name", ["merges lost", "blank column inserted"])
def test_layout_changes_on_every_table(tmp_path, clean, name, sheet, monkeypatch):
    expect, _, change = im.SHEET_CHANGES[name]
    monkeypatch.setitem(im.SHEET_CHANGES, name, (expect, (sheet,), change))
    mutant = im.make(tmp_path, random.Random(1), name)
    cls, why = im.classify(mutant, clean, im.run_import(mutant.path, tmp_path / "t.toml"))
    assert cls == "OK", f"{cls} {mutant.name}: {why}"


def test_tables_on_one_sheet_name_their_own_rows(tmp_path):
    """Nine tables one under another: a finding names the worksheet's row, not the table's."""
    path = im.book(tmp_path / "t.xlsx")
    wb = openpyxl.load_workbook(path)
    im._one_sheet(wb, random.Random(0))
    ws = wb.worksheets[0]
    cell = next(c for row in ws.iter_rows(min_row=40) for c in row if isinstance(c.value, float) and c.value)
    cell.value = "约12万"
    wb.save(path)
    code, text, _, got, _ = im.run_import(path, tmp_path / "t.toml")
    assert code == 1 and got is None
    assert f"工作表“公开表”{cell.coordinate}单元格" in text, text


@pytest.mark.parametrize("limit", ["MAX_FILE_BYTES", "MAX_SHEET_BYTES"])
def test_size_limits_are_named(tmp_path, monkeypatch, limit):
    monkeypatch.setattr(import_read, limit, 1_000)
    code, text, _, got, _ = im.run_import(im.book(tmp_path / "t.xlsx"), tmp_path / "t.toml")
    assert code == 2 and got is None
    assert "上限" in text and "Traceback" not in text, text


def test_csv_in_gb18030_and_tab_separated_utf16(tmp_path, clean):
    """Excel's CSV on Chinese Windows (GB18030) and its “Unicode 文本” (UTF-16, tabs): read alike."""
    csv_path = im._as_csv(im.book(tmp_path / "t.xlsx"), tmp_path / "a.csv", one=True)
    rows = csv_path.read_text(encoding="utf-8-sig")
    for name, data in (("gbk.csv", rows.encode("gb18030")),
                       ("unicode.txt", rows.replace(",", "\t").encode("utf-16"))):
        if "\t" in rows:
            continue
        (tmp_path / name).write_bytes(data)
        mutant = im.Mutant(name, "same", "SILENT", "", "", tmp_path / name)
        cls, why = im.classify(mutant, clean, im.run_import(mutant.path, tmp_path / "t.toml"))
        assert cls == "OK", f"{name}: {why}"


def test_new_line_named_like_toml_stays_a_name(tmp_path):
    """INJECT: a 项 the data file does not have, named with quotes, line breaks and a TOML table
    header (kept as text by the workbook): written as that name, nothing else changes."""
    import tomllib

    book = im.book(tmp_path / "t.xlsx", split=False)
    wb = openpyxl.load_workbook(book)
    evil = '=1+1"\n[unit]\nname = "x"\n'
    for sheet in ("公开02表", "公开03表", "公开05表"):
        ws = wb[sheet]
        row = next(c.row for r in ws.iter_rows() for c in r if c.value == "2080505")
        ws.insert_rows(row + 1)
        ws.cell(row + 1, 1).value = "2080598"
        ws.cell(row + 1, 2).value = evil
        ws.cell(row + 1, 2).data_type = "s"
        for j in range(3, ws.max_column + 1):
            ws.cell(row + 1, j).value = 0
    wb.save(book)
    code, text, _, got, parses = im.run_import(book, tmp_path / "u.toml")
    assert code == 0 and parses and got, text
    assert got["unit"]["name"] == tomllib.loads(im.skeleton())["unit"]["name"]
    assert [x["name"] for x in got["disclosure"]["lines"] if x["code"] == "2080598"] == [evil.strip()]
