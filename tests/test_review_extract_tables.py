"""Tables in a text copy printed one cell a line, as web pages' copies of published 决算 flatten
them (corpus M11/M15): read as tables beside their paragraphs, or left text when their cells do not
make whole rows."""

from __future__ import annotations

from juesuan.review.extract import read_text
from juesuan.review.grid import model

CAPTION = "一、2021年度一般公共预算财政拨款“三公”经费支出决算表\n单位:万元\n"
# each cell a line ending in "|", an empty cell "|" alone (ah-duji-zhengfuban-2021-sangong)
PIPED = CAPTION + """项 目 |
预 算 数 |
决 算 数 |
合 计 |
49.9 |
7.69 |
因公出国(境)费 |
20 |
|
公务接待费 |
14.9 |
5.21 |
公务用车购置及运行维护费 |
15 |
2.48 |
公务用车购置费 |
二、2021年度一般公共预算财政拨款“三公”经费支出情况说明
1.因公出国(境)费支出0万元,与2021年度预算相比无增减。"""

# each cell a line, a line "|" after it; a head spanning three columns (zj-qujiang-2016-sangong)
SPANNED = "2016年决算数与2015年决算数对比情况\n" + "\n|\n".join([
    "年度", "合计", "因公出国(境)经费", "公务接待费", "公车购置及运行维护费", "合计", "车辆购置", "车辆运行",
    "2015年", "2840", "90", "1400", "1350", "73", "1277",
    "2016年", "2364", "12", "1356", "996", "37", "959"]) + "\n说明：表中数字为全区汇总。"


def _tables(text: str):
    return [b for b in model(read_text(text)) if b.is_table]


def test_cells_ending_in_a_pipe_read_as_a_table_under_its_caption():
    (table,) = _tables(PIPED)
    assert table.rows == [["项目", "预算数", "决算数"], ["合计", "49.9", "7.69"], ["因公出国(境)费", "20", ""],
                          ["公务接待费", "14.9", "5.21"], ["公务用车购置及运行维护费", "15", "2.48"],
                          ["公务用车购置费", "", ""]]
    assert table.kind == "财政拨款“三公”经费支出决算表" and table.unit == "万元" and table.place == "第3行"
    texts = [b.text for b in read_text(PIPED) if not b.is_table]
    assert texts[-1] == "1.因公出国(境)费支出0万元,与2021年度预算相比无增减。"  # the text after it stays text


def test_cells_parted_by_pipe_lines_with_a_spanning_head_read_as_two_header_rows():
    (table,) = _tables(SPANNED)
    assert table.rows == [
        ["年度", "合计", "因公出国(境)经费", "公务接待费", "公车购置及运行维护费", "", ""],
        ["", "", "", "", "合计", "车辆购置", "车辆运行"],
        ["2015年", "2840", "90", "1400", "1350", "73", "1277"],
        ["2016年", "2364", "12", "1356", "996", "37", "959"]]
    assert read_text(SPANNED)[-1].text == "说明：表中数字为全区汇总。"


def test_cells_that_make_no_whole_rows_stay_text():
    broken = PIPED.replace("14.9 |\n", "十四点九 |\n")  # a row with words where a figure stands
    assert _tables(broken) == []
    assert any("十四点九" in b.text for b in read_text(broken))
    separators = "\n".join(["|", "科目名称 |", "执行数 |", "决算数 |", "|", "收入总量 |", "1,258,337 |", "|||", "|",
                            "税收收入 |", "210,987 |", "|", "非税收入 |"])  # rows parted by "|" lines, ragged
    assert _tables(separators) == []


def test_a_banner_on_every_page_of_a_text_copy_is_dropped_like_a_header():
    """pdftotext parts pages by form feeds; a line at the top of every page (a running header, the
    workbook's 「【存在1项审核错误，仅供核对】」) is no text of the report: left in, it splices into
    the sentence running over the page. A line repeated inside the pages stays."""
    banner = "              【存在 1 项审核错误，仅供核对】"
    pages = [f"{banner}\n\n第{n}节的正文，说明本节的情况。\n合计：100.00万元。\n\n  —{n}—\n" for n in range(1, 6)]
    text = "\f".join(pages)
    texts = [b.text for b in read_text(text)]
    assert not any("审核错误" in t for t in texts)
    assert sum("合计：100.00万元。" in t for t in texts) == 5 and any("第3节的正文" in t for t in texts)
    assert any("审核错误" in b.text for b in read_text(text.replace("\f", "\n")))  # no pages: nothing dropped
