"""Session 12 (rev28): classes of qinglan-jiguanju's, qinglan-nongye's and liugang-fangguan's false alarms and
misses, each in figures of our own."""
from __future__ import annotations

from juesuan.core.findings import Level
from juesuan.review import review_blocks
from juesuan.review.extract import Block


def _para(text: str, i: int) -> Block:
    return Block(text, f"第{i}段", index=i)


_T7_ROWS = [["合计", "", "因公出国（境）费", "", "公务用车购置及运行维护费", "", "", "", "", "", "公务接待费", ""],
            ["", "", "", "", "小计", "", "公务用车购置费", "", "公务用车运行维护费", "", "", ""],
            ["预算数", "决算数"] * 6,
            ["64.00", "59.30", "0.00", "0.00", "60.00", "56.10", "25.00", "24.40", "35.00", "31.70", "4.00", "3.20"]]


def _sangong(lines: list[str]) -> list[tuple[str, str]]:
    caption = "财政拨款“三公”经费支出决算表 单位：万元"
    table = Block("\n".join("\t".join(r) for r in _T7_ROWS), "第1个表格", _T7_ROWS, index=1, title=caption,
                  caption=caption)
    blocks = [_para("上海市某局2024年度部门决算", 0), table, _para("七、财政拨款“三公”经费支出决算情况说明", 2),
              *(_para(t, 3 + i) for i, t in enumerate(lines))]
    return [(f.code, f.figure) for f in review_blocks(blocks) if f.level != Level.INFO]


# --- a small table in the text, its rows come out of a PDF as lines of glued cells ------------------------------

def test_a_row_of_figures_printed_as_a_line_names_no_column():
    said = "2024年度“三公”经费财政拨款支出预算为64.00万元，支出决算为59.30万元。具体如下表："
    rows = ["项目预算数决算数上年决算数比上年增减", "其中：公务用车购置费25.00万元24.40万元-24.40万元",
            "公务接待费4.00万元3.20万元2.90万元0.30万元"]
    assert [c for c, _ in _sangong([said, *rows]) if c == "R-TEXT-TABLE"] == []
    # a figure the words name is still compared
    slip = "其中：公务用车购置费支出决算为26.40万元。"
    assert ("R-TEXT-TABLE", "26.40万元") in _sangong([said, *rows, slip])


# --- a total in 万元 written as the sum of its parts, each rounded from a table in 元 -------------------------------

def _t7_yuan(lines: list[str]) -> list[tuple[str, str]]:
    rows = [*_T7_ROWS[:3], ["640,000.00", "593,098.00", "", "", "600,000.00", "561,049.00", "250,000.00",
                            "244,000.00", "350,000.00", "317,049.00", "40,000.00", "32,049.00"]]
    caption = "财政拨款“三公”经费支出决算表 单位：元"
    table = Block("\n".join("\t".join(r) for r in rows), "第1个表格", rows, index=1, title=caption, caption=caption)
    blocks = [_para("上海市某局2024年度部门决算", 0), table, _para("七、财政拨款“三公”经费支出决算情况说明", 2),
              *(_para(t, 3 + i) for i, t in enumerate(lines))]
    return [(f.code, f.figure) for f in review_blocks(blocks) if f.level != Level.INFO]


def test_a_total_written_as_its_rounded_parts_sum_is_no_slip():
    said = "2024年度“三公”经费财政拨款支出决算为{}万元，其中：公务用车购置及运行维护费56.10万元，公务接待费3.20万元。"
    assert _t7_yuan([said.format("59.31")]) == []  # 593,098.00元 rounded
    # 56.1049 → 56.10 and 3.2049 → 3.20: a writer who adds the parts as shown writes 59.30
    assert _t7_yuan([said.format("59.30")]) == []
    assert ("R-TEXT-TABLE", "59.40万元") in _t7_yuan([said.format("59.40")])


# --- 「支出A元，较上年增加C万元」: the base comes out negative only because the amount's unit is the slip -----------

def test_a_negative_base_from_a_unit_slip_is_no_direction_error():
    from juesuan.review import review_text

    def codes(text: str) -> list[tuple[str, str]]:
        return [(f.code, f.figure) for f in review_text(text) if f.level != Level.INFO]

    slip = "（一）机关运行经费支出情况\n2024年度本局机关运行经费支出123.45元，较2023年度增加10.00万元，增长8.81%。"
    assert "R-DIRECTION" not in [c for c, _ in codes(slip)]
    turned = "（一）机关运行经费支出情况\n2024年度本局机关运行经费支出123.45万元，较2023年度增加150.00万元。"
    assert ("R-DIRECTION", "150.00万元") in codes(turned)


# --- 「上年决算数（调整后）为X」 after two different totals: the words name no line of their own --------------------

def test_last_years_adjusted_amount_of_two_totals_is_not_one_line():
    from juesuan.review import review_text

    text = ("一、收入支出决算总体情况说明\n本局2024年度收入支出总计1,200.00万元。上年决算数（调整后）为1,000.00万元，"
            "同比增加200.00万元，增长20.00%。\n四、财政拨款收入支出决算总体情况说明\n本局2024年度财政拨款收入支出总计"
            "1,100.00万元。上年决算数（调整后）为950.00万元，同比增加150.00万元，增长15.79%。")
    assert [(f.code, f.figure) for f in review_text(text) if f.code == "R-SAME"] == []
