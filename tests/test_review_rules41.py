"""Checks left open by session 14's helpers (rev41): two income lines of 公开01 written in each other's rows against
公开02's columns (rules/cross), amounts in brackets of a 经济分类 list against 公开06 (rules/econ), an R-SUBSET
that gives a figure or says which two disagree (never 「≥X」 as an 应为), and one helper for the 「上年为A ∓ C」
计算 line (review/base.last_year_line)."""

from __future__ import annotations

from juesuan.core.findings import Level
from juesuan.review import review_blocks
from juesuan.review.extract import Block

TITLE = "上海市某区某中心2024年度部门决算"


def _table(title: str, rows: list[list[str]], n: int) -> Block:
    text = "\n".join("\t".join(r) for r in rows)
    return Block(text, f"第{n}个表格", rows, title=title, caption=f"{title} 单位：万元")


def _income(sy1: str, qt1: str, sy2: str = "350.00", qt2: str = "10.00", total_row: tuple[str, str] | None = None,
            ) -> list[tuple[str, str, str, str]]:
    """公开01 with 事业收入 ``sy1`` and 其他收入 ``qt1``; 公开02 with those columns ``sy2``/``qt2`` in its 合计 row and
    its one class row (``total_row``: the 合计 row's two cells, where they differ from the class row's)."""
    t1 = _table("收入支出决算总表", [
        ["收入", "", "支出", ""], ["项目", "决算数", "项目", "决算数"],
        ["一、一般公共预算财政拨款收入", "600.00", "一、一般公共服务支出", "0.00"],
        ["二、事业收入", sy1, "二、社会保障和就业支出", "1,070.00"],
        ["三、经营收入", "120.00", "三、住房保障支出", "10.00"],
        ["四、其他收入", qt1, "", ""],
        ["本年收入合计", "1,080.00", "本年支出合计", "1,080.00"],
        ["总计", "1,080.00", "总计", "1,080.00"]], 1)
    head = ["科目编码", "科目名称", "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入",
            "附属单位上缴收入", "其他收入"]
    sy_t, qt_t = total_row or (sy2, qt2)
    t2 = _table("收入决算表", [
        head, ["", "合计", "1,080.00", "600.00", "0.00", sy_t, "120.00", "0.00", qt_t],
        ["208", "社会保障和就业支出", "1,070.00", "590.00", "0.00", sy2, "120.00", "0.00", qt2],
        ["221", "住房保障支出", "10.00", "10.00", "0.00", "0.00", "0.00", "0.00", "0.00"]], 2)
    found = review_blocks([Block(TITLE, "第1段", index=1), t1, t2])
    return [(f.code, f.figure, f.expected, f.message) for f in found if f.level != Level.INFO]


def test_two_income_lines_written_in_each_others_rows_are_each_said():
    """事业收入 and 其他收入 typed in each other's rows of 公开01 (its 本年收入合计 still adds up), 公开02's columns
    right: each line, with its 应为 from 公开02 — not one folded into the other as if they blamed each other."""
    found = _income("10.00", "350.00")
    assert [x[:3] for x in found] == [("R-TABLE-CROSS", "10.00", "350.00"), ("R-TABLE-CROSS", "350.00", "10.00")]
    assert "收入支出决算总表的事业收入10.00万元与本表其他收入350.00万元两行的数写反了" in found[0][3]
    assert "收入决算表合计行的事业收入为350.00万元" in found[0][3]


def test_both_tables_agreeing_say_nothing():
    assert _income("350.00", "10.00") == []


def test_a_swap_in_the_income_tables_total_row_alone_is_said_there():
    """公开02's 合计 row with the two cells swapped (its class row right): its columns do not add up — said there
    (R-TABLE-SUM); 公开01, right, is not blamed by a table that does not add up in itself."""
    found = _income("350.00", "10.00", total_row=("10.00", "350.00"))
    assert found and {code for code, *_ in found} == {"R-TABLE-SUM"}
