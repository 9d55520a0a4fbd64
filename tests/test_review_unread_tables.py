"""A 公开 table the reader reports as not read (its title printed, its amounts left as lines of text: a
PDF's text copy, pdftotext -layout with names wrapped onto the next line) is marked so in the document
model — its lines folded into one block, ``unread`` — and no rule reads it, as a table or as text; the
review says so once, lists the tables, and exits with its own status (README: exit codes)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from juesuan.cli import main
from juesuan.review import review_path
from juesuan.review.extract import read
from tests.test_review_text_copies import copied

LAYOUT = Path(__file__).parent / "data" / "text_copies" / "wenlv_t6_layout.txt"  # eyes62 #5 (tuning material)


def test_an_unread_table_is_one_marked_block_that_no_rule_reads():
    blocks = read(LAYOUT)
    unread = [b for b in blocks if b.unread]
    assert [b.kind for b in unread] == ["一般公共预算财政拨款基本支出决算表"]
    assert not unread[0].is_table and unread[0].text == ""
    assert "30299" in unread[0].printed  # its lines kept, as printed
    assert not any("30201" in b.text for b in blocks)  # none left among the paragraphs
    # the title and the 情况说明 after the table's last amount stay paragraphs
    assert any(b.text.startswith("六、一般公共预算财政拨款基本支出决算情况说明") for b in blocks)
    found = review_path(LAYOUT)
    # 其他商品和服务支出 (76.60), 办公设备购置 (23.09) … have amounts on a wrapped line: read as lines, they were
    # 「在表中没有」 — the table is not read, so no list is checked against it
    assert [f.code for f in found] == ["R-UNREAD"]
    assert "基本支出决算表（公开06表）未能按表格读取" in found[0].message


def test_an_incomplete_review_exits_5_with_one_warning_listing_the_tables(tmp_path, capsys):
    path = tmp_path / "copy.txt"
    # (its one 错误, 「因公出国（境）费决算为0万元，完成预算的0%」 of a budget of 0, taken out: no 错误 left)
    text = copied("putuo_wenlv_2025").replace("决算为 0 万元，完成预算的 0%", "决算为 0 万元")
    path.write_text(text, encoding="utf-8")
    assert main(["review", str(path)]) == 5
    out = capsys.readouterr().out
    assert out.count("审阅可能不完整：") == 1 and "共8张表未能按表格读取" in out
    assert "原文：第" not in out  # the note is not repeated as its own 原文
    assert out.rstrip().endswith("审阅不完整：有未能读取核对的部分（见“审阅可能不完整”）。")
    assert main(["review", str(path), "--json"]) == 5
    summary = json.loads(capsys.readouterr().out)["summary"]
    assert summary["errors"] == 0 and summary["incomplete"] is True


def test_a_complete_review_keeps_its_exit_codes(tmp_path, capsys):
    ok = tmp_path / "ok.txt"
    ok.write_text("本年决算500.00元，比上年400.00元增加100.00元，增长25.00%。", encoding="utf-8")
    assert main(["review", str(ok)]) == 0
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("本年决算500.00元，比上年400.00元增加100.00元，增长20.00%。", encoding="utf-8")
    assert main(["review", str(wrong)]) == 1
    assert json.loads((capsys.readouterr(), main(["review", str(ok), "--json"]))
                      and capsys.readouterr().out)["summary"]["incomplete"] is False


def test_the_help_names_the_exit_codes(capsys):
    with pytest.raises(SystemExit):
        main(["review", "--help"])
    assert "5没有「错误」级结果，但审阅不完整" in "".join(capsys.readouterr().out.split())


def test_no_table_starts_halfway_down_one_whose_rows_could_not_be_read():
    # pdftotext -layout set 公开05's rows in two alignments (from 2080599 on): the table is not read, and the
    # piece of a wrapped name ("业年金缴费支出") under a row is no header of a table of the rows below it,
    # whose 合计 would then lack 208 and 210 (three false 错误 in 元)
    found = review_path(Path(__file__).parent / "data" / "text_copies" / "sthj_t5_layout.txt")
    assert [f.code for f in found] == ["R-UNREAD"]
    assert "一般公共预算财政拨款支出决算表（公开05表）未能按表格读取" in found[0].message
