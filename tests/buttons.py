"""Clicking a workbook button in a test: xlwings' remote engine with a mock caller."""

from __future__ import annotations

from pathlib import Path

from juesuan.excel import remote

remote.enable()  # before xlwings is imported

import xlwings as xw  # noqa: E402


def click(path: Path, button):
    """Run ``button`` (a ``juesuan.excel`` entry point) on the workbook file; (outcome, actions)."""
    book = remote.book_from_file(path)
    xw.Book.set_mock_caller(book)
    outcome = button()
    return outcome, book.json()["actions"]


def sample_book(sample, tmp_path: Path, monkeypatch) -> Path:
    """The sample unit's workbook in ``tmp_path`` (also the working folder, where outputs go)."""
    from juesuan.report import analyze
    from juesuan.workbook.build import build

    monkeypatch.chdir(tmp_path)
    path = tmp_path / "单位.xlsm"
    path.write_bytes(build(sample, analyze(sample)))
    return path
