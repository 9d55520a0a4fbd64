"""The data file's [disclosure] table survives the workbook: build → read (file and button) → extract."""

from __future__ import annotations

from pathlib import Path

from juesuan import excel
from juesuan.disclosure.api import disclose
from juesuan.report import analyze
from juesuan.sources import layout as L
from juesuan.sources.datafile import load, to_document
from juesuan.workbook.build import build
from juesuan.workbook.edit import read_workbook
from tests.buttons import click

RICH = Path(__file__).parent / "data" / "disclosure_rich.toml"


def test_disclosure_inputs_round_trip_through_the_workbook(tmp_path):
    data, findings = load(RICH)
    assert data.disclosure is not None and not [f for f in findings if f.level.value == "错误"]
    book = tmp_path / "部门.xlsm"
    book.write_bytes(build(data, analyze(data)))
    again, found = read_workbook(book)
    assert to_document(again) == to_document(data)
    assert not [f for f in found if f.code == "E-NOT-TABLE"]


def test_the_button_discloses_from_the_kept_inputs(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    data, _ = load(RICH)
    book = tmp_path / "部门.xlsm"
    book.write_bytes(build(data, analyze(data)))
    outcome, _ = click(book, excel.disclose)
    assert "错误0项" in outcome.message, outcome.message
    # the same tables as from the data file: the rich unit's 政府性基金 table is not empty
    from_file = disclose(data)
    assert [r.values for r in outcome.report.tables["公开08"].rows] == \
        [r.values for r in from_file.tables["公开08"].rows]


def test_a_unit_without_disclosure_inputs_leaves_the_sheet_empty_and_hidden(tmp_path, sample):
    import openpyxl

    book = tmp_path / "u.xlsm"
    book.write_bytes(build(sample, analyze(sample)))
    ws = openpyxl.load_workbook(book)[L.PUBLIC_DATA]
    assert ws.sheet_state == "hidden" and ws["A1"].value is None
