"""``juesuan demo`` as a first-time user sees it: the sample workbook recalculated, its 决算公开 sheet filled
as 生成公开 fills it, a whole 决算公开 (the sample gives its 公开说明 inputs: no 未填报 anywhere), and each
finding printed with its place in the workbook's words — the sheet, the cell, the row and the column —
never a data-file key."""

from __future__ import annotations

import re

import docx
import openpyxl

from juesuan import cli
from juesuan.sources import layout as L

DATA_KEY = re.compile(r"[a-z_]+\[\d+\]|\b[a-z][a-z_]{2,}\b")  # spending[3].final, quantities.公务用车保有量


def test_the_demo_shows_a_whole_disclosure_and_names_places_in_words(tmp_path, capsys):
    assert cli.main(["demo", "--out", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    audit = out.split("审核结果：", 1)[1].split("\n\n", 1)[0].splitlines()[1:]
    assert audit, out
    for line in audit:
        place = line.rsplit("（“", 1)
        assert len(place) == 2 and re.match(r"[^”]+”表[A-Z]+\d+", place[1]), line  # “收支预决算”表E18（…）
        assert not DATA_KEY.search(line.replace(line.split()[1], "")), line  # the code column aside
    assert any("（“收支预决算”表E18（项目支出，本年决算））" in line for line in audit), audit
    book = next(tmp_path.glob("*.xlsm"))
    sheet = openpyxl.load_workbook(book)[L.DISCLOSURE]
    values = [str(v) for row in sheet.iter_rows(values_only=True) for v in row if v is not None]
    assert sum("公开" in v and "表" in v for v in values) >= 9, values[:20]  # the nine tables' titles
    public = next(tmp_path.glob("*决算公开.docx"))
    text = "\n".join(p.text for p in docx.Document(str(public)).paragraphs)
    assert "主要用于：" in text and "预算绩效管理" in text
    assert "未填报" not in text, [p for p in text.splitlines() if "未填报" in p]


def test_the_documents_properties_are_todays_and_juesuans():
    """Fresh-eyes D5: 文件→属性 of both .docx — made now by juesuan, no python-docx template date (2013) or
    English comment."""
    import datetime as dt
    from io import BytesIO

    from juesuan.disclosure.api import disclose, docx_bytes
    from juesuan.export import word
    from juesuan.report import analyze
    from juesuan.sources.datafile import load_sample

    data, findings = load_sample()
    for raw in (word.build(analyze(data, findings)), docx_bytes(disclose(data, findings))):
        props = docx.Document(BytesIO(raw)).core_properties
        assert props.comments == "" and props.author == "juesuan"
        assert props.created is not None and props.created.year == dt.datetime.now(dt.UTC).year
        assert props.title
