"""A unit read from a workbook hears of its gaps in the workbook's words: the input sheet and the head of
its column (「“公开科目”表…的“主要用于”栏」, 「“三公经费”表…的“上年决算”栏」), never a data-file key
(「[[disclosure.lines]]」, ``basic``, ``prior_final``) — except where the workbook has no input sheet for the
part, whose message says how to export the workbook to a data file and fill it there."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from juesuan.disclosure.api import disclose
from juesuan.disclosure.books import EXPORT_TO_FILL
from juesuan.sources.datafile import load
from juesuan.workbook.build import build
from juesuan.workbook.edit import read_workbook

DATA = Path(__file__).parent / "data"
UNITS = (DATA / "disclosure_wenhuaguan.toml", DATA / "disclosure_nongye.toml",
         DATA / "published" / "putuo_wenlv_2025.toml")
# a data-file key: [table], [[array]], or a lower-case identifier (basic, general_budget, prior_final …)
KEY = re.compile(r"\[\[?[a-z_.]+\]?\]|(?<![A-Za-z0-9.\-])[a-z][a-z_]{2,}(?![A-Za-z])")


def _findings(path: Path, tmp_path: Path, workbook: bool):
    data, found = load(path)
    if workbook:
        book = tmp_path / f"{path.stem}.xlsm"
        book.write_bytes(build(data, None))
        data, found = read_workbook(book)
    return [f for f in disclose(data, found).findings if f.code.startswith("D-")]


@pytest.mark.parametrize("path", UNITS, ids=lambda p: p.stem)
def test_workbook_messages_name_sheets_and_columns(path, tmp_path):
    findings = _findings(path, tmp_path, workbook=True)
    named = [f.message for f in findings if EXPORT_TO_FILL not in f.message and KEY.search(f.message)]
    assert not named, named
    assert findings  # the units have gaps to name


def test_the_columns_named_are_the_sheets(tmp_path):
    messages = [f.message for f in _findings(UNITS[0], tmp_path, workbook=True)]
    assert any("“公开科目”表中填写：" in m and "的“主要用于”栏" in m for m in messages), messages
    alone = "的“一般公共预算财政拨款年初预算”栏（只有一般公共预算财政拨款的单位也可在“功能分类”表的“本年预算”栏填写）"
    assert any(alone in m for m in messages), messages
    reasons = [m for m in messages if m.startswith("情况说明：") and "原因说明" in m]
    assert reasons and not [m for m in reasons if "数据文件" in m]
    rounding = [f.message for f in _findings(UNITS[2], tmp_path, workbook=True) if f.code == "D-ROUNDING"]
    assert any(m.startswith("工作簿的“公开科目”表科目20701的“基本支出”栏与其下级科目之和") for m in rounding), rounding


def test_data_file_messages_keep_the_keys(tmp_path):
    """The data file's user types keys: the same gaps name them (wording unchanged)."""
    messages = [f.message for f in _findings(UNITS[0], tmp_path, workbook=False)]
    assert any("的 purpose（主要用于）" in m for m in messages)
    assert any("（数据文件 [reasons." in m for m in messages)
    rounding = [f.message for f in _findings(UNITS[2], tmp_path, workbook=False) if f.code == "D-ROUNDING"]
    assert any(m.startswith("公开表功能分类20701的basic与其下级科目之和") for m in rounding), rounding
