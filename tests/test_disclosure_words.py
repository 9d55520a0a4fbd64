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
    """The data file's user types keys: the same gaps say what each is (the sheet's words) and the key."""
    messages = [f.message for f in _findings(UNITS[0], tmp_path, workbook=False)]
    assert any("的主要用于（purpose）" in m for m in messages)
    assert any("（数据文件 [reasons." in m for m in messages)
    rounding = [f.message for f in _findings(UNITS[2], tmp_path, workbook=False) if f.code == "D-ROUNDING"]
    assert any(m.startswith("公开表功能分类20701的基本支出（basic）与其下级科目之和") for m in rounding), rounding


# a bare data-file key (not a [table], not inside a key path a.b.c)
BARE_KEY = re.compile(r"(?<![A-Za-z0-9_.\-\[])[a-z][a-z_]{2,}(?![A-Za-z_.])")


def _said_with_its_words(message: str) -> bool:
    """Every key the message names is typed after what it is: 「上年决算（prior_final）」, or ``key = …``."""
    return all((message[m.start() - 1:m.start()] == "（" and message[m.end():m.end() + 1] == "）")
               or message[m.end():].startswith(" =") for m in BARE_KEY.finditer(message))


def test_data_file_messages_say_what_each_key_is_and_where_to_type_it():
    """A data-file user told to fill 「因公出国(境)费的 prior_final」 reads an identifier: each key is named
    first in the data contract's (the sheet's) words, then the key, under the table it is typed in."""
    from juesuan.sources.datafile import parse_document, read_document

    doc = read_document(DATA / "disclosure_rich.toml")
    abroad = next(x for x in doc["controlled"] if x["item"] == "因公出国(境)费")
    del abroad["prior_final"]
    for part in ("performance", "procurement", "prior", "three_public", "operating_costs"):
        doc["disclosure"].pop(part)
    result = disclose(*parse_document(doc))
    messages = [f.message for f in result.findings if f.code in ("D-TEXT-BLANK", "D-TEXT-INCOMPLETE")]
    assert len(messages) >= 6, messages
    assert any("[[controlled]] 中填写：因公出国(境)费的上年决算（prior_final）" in m for m in messages), messages
    assert any("[disclosure.performance] 中填写：“预算绩效管理制度建设情况”（systems）" in m for m in messages)
    assert any("[disclosure.prior] 中填写：上年财政拨款收入支出总计" in m and "（fiscal_total）" in m for m in messages)
    assert [m for m in messages if not _said_with_its_words(m)] == []
