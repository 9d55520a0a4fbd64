"""The 生成公开 and 审阅 buttons through xlwings' remote engine (the functions the VBA calls)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from juesuan import excel
from juesuan.sources import layout as L
from tests.buttons import click, sample_book  # enables xlwings' remote engine first
from tests.conftest import SEED, shared_file


@pytest.fixture
def book_file(sample, tmp_path, monkeypatch) -> Path:
    return sample_book(sample, tmp_path, monkeypatch)


def writes_to(actions, sheet: str) -> list[dict]:
    return [a for a in actions if a["func"] == "setValues" and L.SHEETS[a["sheet_position"]] == sheet]


def test_the_template_has_the_disclosure_and_review_sheets_with_their_buttons():
    wb = openpyxl.load_workbook(Path(__file__).resolve().parents[1] / "workbook" / "juesuan.xlsm", keep_vba=True)
    assert wb.sheetnames[-4:] == [L.DISCLOSURE, L.REVIEW, L.PUBLIC_DATA, L.CONF]
    headers = [wb[L.REVIEW].cell(L.REVIEW_FIRST, L.REVIEW_OUT_COL + 1 + j).value for j in range(7)]
    assert headers == list(L.REVIEW_COLUMNS)


def test_disclose_fills_the_public_tables_and_writes_the_files(book_file, tmp_path):
    outcome, actions = click(book_file, excel.disclose)
    assert "已生成决算公开" in outcome.message and "错误0项" in outcome.message, outcome.message
    written = writes_to(actions, L.DISCLOSURE)
    assert len(written) == 1
    grid = written[0]["values"]
    texts = [str(v) for row in grid for v in row if isinstance(v, str)]
    for n in range(1, 10):
        assert any(f"公开0{n}" in t for t in texts), n
    assert any("故本表无数据" in t for t in texts)  # 公开08/09 of the sample are empty, with their note
    # no input sheet was written
    assert not any(L.SHEETS[a["sheet_position"]] in L.INPUT_SHEETS for a in actions if a["func"] == "setValues")
    stem = outcome.report.filename()
    assert (tmp_path / f"{stem}.docx").exists() and (tmp_path / f"{stem}.xlsx").exists()


def test_review_of_pasted_text_lists_the_contradictions_beside_it(book_file):
    wb = openpyxl.load_workbook(book_file, keep_vba=True)
    ws = wb[L.REVIEW]
    lines = [x for x in shared_file(SEED).read_text(encoding="utf-8").splitlines() if x.strip()]
    for i, line in enumerate(lines):
        ws.cell(L.REVIEW_FIRST + 1 + i, L.REVIEW_TEXT_COL + 1).value = line
    wb.save(book_file)
    outcome, actions = click(book_file, excel.review)
    assert outcome.message.startswith("审阅完成"), outcome.message
    written = writes_to(actions, L.REVIEW)
    assert len(written) == 1 and written[0]["start_row"] == L.REVIEW_FIRST
    assert written[0]["start_column"] == L.REVIEW_OUT_COL
    rows = written[0]["values"]
    found = {i: r for i, r in enumerate(rows) if r[0] not in (None, "")}
    assert len(found) >= 10 and all(set(r[0].split("\n")) <= {"错误", "警告", "提示"} for r in found.values())
    assert any("2,656,000.00" in str(r) for r in found.values())  # the 2021 budget total the seed mis-adds
    beside = 0
    for i, r in found.items():  # each beside its paragraph: the quote is in the line on the same row
        sheet_row = L.REVIEW_FIRST + 1 + i
        assert f"第{sheet_row}行" in r[4] and r[4].startswith("=HYPERLINK(")
        quote = r[3].split("\n")[0][:12] if r[3] else ""
        beside += bool(quote) and (quote in lines[i] or lines[i].strip() in r[3])  # a chart: its title line
    assert beside == len(found)


def test_review_with_nothing_to_read_says_what_to_do(book_file):
    outcome, actions = click(book_file, excel.review)
    assert "粘贴" in outcome.message
    assert not writes_to(actions, L.REVIEW)


def test_the_disclose_command_fills_the_workbook_sheet_as_the_button(book_file, tmp_path, capsys):
    """WPS/LibreOffice users run ``juesuan disclose``: the 决算公开 sheet shows the nine tables, a
    printed page each, the signature cell outside what prints."""
    from juesuan.cli import main

    _, actions = click(book_file, excel.disclose)
    button = writes_to(actions, L.DISCLOSURE)[0]["values"]
    for p in tmp_path.glob("*公开*"):
        p.unlink()
    assert main(["disclose", str(book_file), "--xlsx"]) == 0
    assert "决算公开" in capsys.readouterr().out
    wb = openpyxl.load_workbook(book_file, keep_vba=True)
    ws = wb[L.DISCLOSURE]
    for r, row in enumerate(button):
        for c, value in enumerate(row):
            if isinstance(value, str | int | float) and value != "" and (r, c) != L.SIGNATURE_CELL:
                got = ws.cell(r + 1, c + 1).value
                assert got == value or (isinstance(value, float) and abs(got - value) < 1e-9), (r, c, value, got)
    from openpyxl.utils import range_boundaries

    areas = [range_boundaries(part.split("!")[-1].replace("$", "")) for part in str(ws.print_area).split(",")]
    assert len(areas) == 9  # nine tables, one a page: each its own print area
    row, col = L.SIGNATURE_CELL
    assert not [a for a in areas if a[0] <= col + 1 <= a[2] and a[1] <= row + 1 <= a[3]]  # the signature not printed
    assert ws.protection.sheet
    assert wb.vba_archive is not None and "xl/vbaProject.bin" in wb.vba_archive.namelist()
