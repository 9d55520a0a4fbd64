"""The summary of a review that found nothing says what was checked (the text's figures, the 公开 tables
read), and a document of which no figure could be checked (an unfilled template) is not called clean."""

from __future__ import annotations

import json

from docx import Document

from juesuan.cli import main


def test_a_clean_text_says_how_many_figures_were_checked(tmp_path, capsys):
    ok = tmp_path / "ok.txt"
    ok.write_text("本年决算500.00元，比上年400.00元增加100.00元，增长25.00%。", encoding="utf-8")
    assert main(["review", str(ok)]) == 0
    assert capsys.readouterr().out.strip() == "ok.txt：未发现相互矛盾的数字（核对了正文中的4个数字）。"


def test_an_unfilled_template_is_said_to_be_unchecked(tmp_path, capsys):
    blank = tmp_path / "blank.txt"
    blank.write_text("一、收入支出决算总体情况说明\n2024年度收入、支出决算总计XX万元，与2023年度相比，收入、支出总计各增加"
                     "（减少）XX万元，增长（下降）XX%。\n单价100万元（含）以上设备XX台（套）。\n", encoding="utf-8")
    assert main(["review", str(blank)]) == 0  # no 错误-level finding (README: exit codes)
    out = capsys.readouterr().out
    assert "未读出金额，未作核对" in out and "未发现" not in out


def test_the_public_tables_checked_are_named(tmp_path, capsys):
    doc = Document()
    doc.add_paragraph("一般公共预算财政拨款支出决算表")
    doc.add_paragraph("公开05表 单位：万元")
    rows = [["功能分类科目编码", "科目名称", "合计", "基本支出", "项目支出"],
            ["", "合计", "471.44", "460.67", "10.77"],
            ["208", "社会保障和就业支出", "471.44", "460.67", "10.77"],
            ["20805", "行政事业单位养老支出", "460.67", "460.67", "0.00"],
            ["20808", "抚恤", "10.77", "0.00", "10.77"]]
    table = doc.add_table(rows=len(rows), cols=5)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    doc.add_paragraph("一般公共预算财政拨款支出471.44万元，其中：基本支出460.67万元，项目支出10.77万元。")
    path = tmp_path / "t.docx"
    doc.save(str(path))
    assert main(["review", str(path)]) == 0
    assert capsys.readouterr().out.strip() == "t.docx：未发现相互矛盾的数字（核对了正文中的3个数字，以及公开05表）。"
    assert main(["review", str(path), "--json"]) == 0
    checked = json.loads(capsys.readouterr().out)["summary"]["checked"]
    assert checked == {"figures": 3, "table_amounts": 12, "tables": 1, "public_tables": ["公开05"],
                       "empty_public_tables": []}
