"""One finding per real problem, blaming the right figure (review.arbiter, review.alternatives): a list's
part blamed where the total is confirmed elsewhere, of two findings blaming each other's figure the one on
the better confirmed figure folded into the other, a template leftover that no longer hides another error,
the findings of one cause folded into one."""

from __future__ import annotations

from dataclasses import replace

from juesuan.core.findings import Level
from juesuan.review import review_blocks, review_text
from juesuan.review.arbiter import _mirrors
from juesuan.review.base import ReviewFinding
from juesuan.review.extract import Block, read_text
from juesuan.review.one_cause import one_cause as _one_cause

TITLE = "某区某某局2024年度部门决算\n"

ITEMS = TITLE + """五、一般公共预算财政拨款支出决算情况说明
一般公共预算财政拨款支出年初预算为300.00万元，支出决算为350.00万元，完成年初预算的116.67%。其中：
1.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项），年初预算为200.00万元，支出决算为\
210.00万元。决算数大于预算数的主要原因：人员增加。
2.社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项），年初预算为50.00万元，支出决算为95.00万元，\
决算数与预算数持平。
3.住房保障支出（类）住房改革支出（款）住房公积金（项），年初预算为50.00万元，支出决算为90.00万元。决算数大于预算数的\
主要原因：调标。
"""

SANGONG = TITLE + """七、财政拨款“三公”经费支出决算情况说明
2024年度“三公”经费财政拨款支出决算为12.00万元，其中：公务用车购置及运行维护费支出决算为10.50万元；公务接待费支出决算\
为1.50万元。
2024年度“三公”经费财政拨款支出决算比2023年度减少8.00万元，下降40.00%，其中：公务用车购置及运行维护费支出决算减少\
9.50万元；公务接待费支出决算增加0.15万元。
"""


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.figure, f.expected) for f in review_text(text)]


def test_the_part_is_blamed_where_a_rate_confirms_the_total():
    """350.00 is 116.67% of 300.00: the 项 typed 95.00 for 50.00 (its 持平 says so) is the wrong figure, and
    the 持平 finding on it is the same problem."""
    found = review_text(ITEMS)
    assert [(f.code, f.figure, f.expected) for f in found] == [("R-PART", "95.00万元", "50.00万元")]
    assert "总数350.00万元已由他处印证" in found[0].message and "也由此数而起" in found[0].message
    assert "支出决算为95.00万元" in found[0].quote


def test_without_a_confirmation_the_total_stays_in_question():
    unconfirmed = _found(ITEMS.replace("，完成年初预算的116.67%", "").replace("决算数与预算数持平", "主要原因：调标"))
    assert ("R-SUM", "350.00万元", "395.00万元") in unconfirmed
    assert "R-PART" not in {code for code, _, _ in unconfirmed}


def test_without_a_confirmation_a_part_another_check_corrects_is_blamed():
    """The 持平 says 95.00 is its 预算 50.00, which also makes the list add up: one problem, on the part."""
    assert _found(ITEMS.replace("，完成年初预算的116.67%", "")) == [("R-PART", "95.00万元", "50.00万元")]


def test_the_total_confirmed_by_another_section():
    text = ITEMS.replace("，完成年初预算的116.67%", "") + "六、其他\n本年一般公共预算财政拨款支出350.00万元。\n"
    assert _found(text) == [("R-PART", "95.00万元", "50.00万元")]


def test_a_change_confirmed_by_its_rate_blames_the_part_stated_elsewhere():
    """减少8.00万元，下降40.00% of 12.00 + 8.00: the total change is right; 0.15 is the 公务接待费 that the
    sentence before gives as 1.50 (上年 0)."""
    found = review_text(SANGONG)
    assert [(f.code, f.figure, f.expected) for f in found] == [("R-PART", "0.15万元", "1.50万元")]
    assert "−8.00万元 − (−9.50万元) = 1.50万元" in found[0].why


def test_two_parts_that_could_be_wrong_leave_the_total_in_question():
    """The car's 9.50 would be right as 8.15 (said below) as much as the reception's 0.15 as 1.50: the
    document does not say which part is wrong."""
    ambiguous = SANGONG + "公务用车购置及运行维护费支出决算减少8.15万元的主要原因是车辆减少。\n"
    found = _found(ambiguous)
    assert ("R-SUM", "8.00万元", "9.35万元") in found
    assert "R-PART" not in {code for code, _, _ in found}


def test_a_template_leftover_does_not_hide_a_sum_error():
    """「减少（增加）」 is one problem; the parts that do not add up, whichever word stays, are another."""
    left = _found(SANGONG.replace("减少8.00", "减少（增加）8.00"))
    assert [code for code, _, _ in left] == ["R-TEMPLATE", "R-PART"]
    assert ("R-PART", "0.15万元", "1.50万元") in left
    # unconfirmed (no rate): the sum itself
    bare = _found(SANGONG.replace("减少8.00万元，下降40.00%", "减少（增加）8.00万元"))
    assert [(code, e) for code, _, e in bare] == [("R-TEMPLATE", ""), ("R-SUM", "减少9.35万元")]
    # a leftover alone is the leftover alone
    assert [code for code, _, _ in _found(SANGONG.replace("减少8.00", "减少（增加）8.00").replace("0.15", "1.50"))] \
        == ["R-TEMPLATE"]


def test_a_leftover_whose_reading_depends_on_the_word_adds_nothing():
    """「大于（小于）」 beside figures: one reading is right, the other wrong — nothing beyond the leftover."""
    text = TITLE + "一般公共预算财政拨款支出年初预算为300.00万元，支出决算为350.00万元，决算数大于（小于）预算数。\n"
    assert [code for code, _, _ in _found(text)] == ["R-TEMPLATE"]


def _f(code: str, figure: str, expected: str, quote: str = "21101：环境保护管理事务、1,543.22、259.52",
       block: int = 3, message: str = "m。") -> ReviewFinding:
    return ReviewFinding(Level.ERROR, code, message, quote=quote, figure=figure, expected=expected, block=block,
                         why=f"{figure} → {expected}")


def test_one_row_of_a_table_is_one_finding_whatever_columns_disagree():
    one = _one_cause([_f("R-TABLE-PARENT", "1,543.22", "1,454.62万元"), _f("R-TABLE-PARENT", "259.52", "170.92万元")])
    assert len(one) == 1 and "同一行另一列也不符，应为170.92万元" in one[0].message
    assert "259.52 → 170.92万元" in one[0].why
    other_row = _f("R-TABLE-PARENT", "259.52", "170.92万元", quote="21102：其他")
    assert len(_one_cause([_f("R-TABLE-PARENT", "1,543.22", "1,454.62万元"), other_row])) == 2


def test_two_checks_giving_one_figure_one_value_are_one_finding_the_tables_first():
    text = _f("R-SUM", "3365.83万元", "3,365.38万元", message="总数与所列各项之和不符：应为3,365.38万元。")
    table = _f("R-TEXT-TABLE", "3365.83万元", "3,365.38万元", message="基本支出正文为3365.83万元，与表不符：应相同。")
    one = _one_cause([text, table])
    assert [f.code for f in one] == ["R-TEXT-TABLE"]
    assert one[0].message.endswith("；所列各项之和也是3,365.38万元。")  # what backs the 应为, in the reviewer's terms
    # another value, or another block: two problems
    assert len(_one_cause([text, _f("R-TEXT-TABLE", "3365.83万元", "3,366.38万元")])) == 2
    assert len(_one_cause([text, _f("R-TEXT-TABLE", "3365.83万元", "3,365.38万元", block=9)])) == 2


def test_a_check_stating_no_value_joins_the_one_that_does():
    """A shifted table's 合计 whose right value is in a table left unread (no 应为) and the text's check
    that gives it: one finding, with that value."""
    shifted = _f("R-TABLE-PARENT", "1,700.57", "", message="该表从某行起错行。")
    text = _f("R-TEXT-TABLE", "1,700.57", "24,535.67", quote="正文", message="合计与正文不一致：两处应相同。")
    one = _one_cause([shifted, text])
    assert [(f.code, f.expected) for f in one] == [("R-TABLE-PARENT", "24,535.67")]
    # two values given by others: which one it would take is not known
    other = _f("R-TEXT-TABLE", "1,700.57", "24,000.00", quote="正文二")
    assert len(_one_cause([shifted, text, other])) == 3


# --- two findings that blame each other's figure -----------------------------------------------------


def _with_text(text: str, table: Block) -> list[tuple[str, str, str]]:
    blocks = read_text(text)
    blocks.append(table)
    return [(f.code, f.figure, f.expected) for f in review_blocks(blocks) if f.level != Level.INFO]


_T4_HEAD = [["收入", "", "支出", "", "", "", ""],
            ["项目", "金额", "项目", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款",
             "国有资本经营预算财政拨款"]]


def _t4(spent: str) -> Block:
    rows = [
        *_T4_HEAD,
        ["一、一般公共预算财政拨款", "1,250.00", "一、一般公共服务支出", "800.00", "800.00", "0.00", "0.00"],
        ["二、政府性基金预算财政拨款", "0.00", "二、教育支出", "450.00", "450.00", "0.00", "0.00"],
        ["本年收入合计", "1,250.00", "本年支出合计", spent, "1,250.00", "0.00", "0.00"],
        ["年初财政拨款结转和结余", "0.00", "年末财政拨款结转和结余", "0.00", "0.00", "0.00", "0.00"],
        ["总计", "1,250.00", "总计", "1,250.00", "1,250.00", "0.00", "0.00"]]
    return Block("", "公开04", rows, title="单位：万元", caption="财政拨款收入支出决算总表 单位：万元")


T4_TEXT = "四、财政拨款收入支出决算总体情况说明\n某局2024年度财政拨款收入支出总计均为1,250.00万元。\n"


def test_a_wrong_line_does_not_make_the_confirmed_total_wrong():
    """本年支出合计 1,520.00 (its lines give 1,250.00): the 总计 below it, which the 收入 side, its own columns and
    the text state as 1,250.00, is not to be "corrected" to 1,520.00 — one finding, on the wrong line."""
    assert _with_text(T4_TEXT, _t4("1,250.00")) == []
    found = _with_text(T4_TEXT, _t4("1,520.00"))
    assert found == [("R-TABLE-SUM", "1,520.00", "1,250.00")]
    blocks = read_text(T4_TEXT)
    blocks.append(_t4("1,520.00"))
    message = next(f.message for f in review_blocks(blocks) if f.code == "R-TABLE-SUM")
    # the table rule itself does not blame a 总计 for a line that does not add up (rules/tables.py cascade); the
    # mirror step (_mirrors) settles the same pair when both findings are made — see the tests below
    assert "本年支出合计" in message and "1,250.00" in message


def _t8(total: str) -> Block:
    rows = [["科目编码", "科目名称", "年初结转和结余", "本年收入", "本年支出合计", "基本支出", "项目支出",
             "年末结转和结余"],
            ["", "合计", "50.00", total, "420.00", "0.00", "420.00", "130.00"],
            ["229", "其他支出", "50.00", "500.00", "420.00", "0.00", "420.00", "130.00"],
            ["22960", "彩票公益金安排的支出", "50.00", "500.00", "420.00", "0.00", "420.00", "130.00"],
            ["2296001", "用于社会福利的彩票公益金", "50.00", "200.00", "170.00", "0.00", "170.00", "80.00"],
            ["2296002", "用于体育事业的彩票公益金", "0.00", "300.00", "250.00", "0.00", "250.00", "50.00"]]
    return Block("", "公开08", rows, title="单位：万元", caption="政府性基金预算财政拨款收入支出决算表 单位：万元")


def _t8_text(income: str) -> str:
    return ("八、政府性基金预算财政拨款收入支出决算情况说明\n2024年度政府性基金预算财政拨款年初结转和结余50.00万元，"
            f"本年收入{income}万元，本年支出420.00万元，年末结转和结余130.00万元。\n")


def test_the_text_is_not_blamed_for_a_table_cell_its_own_lines_refute():
    """公开08's 合计 本年收入 550.00 where its lines add to 500.00, as the text says: the cell is wrong, not the
    text (the check of the text against the table only restates the cell)."""
    assert _with_text(_t8_text("500.00"), _t8("500.00")) == []
    assert _with_text(_t8_text("500.00"), _t8("550.00")) == [("R-TABLE-SUM", "550.00", "500.00")]
    # a table that holds together: the text is what is wrong
    assert _with_text(_t8_text("550.00"), _t8("500.00")) == [("R-TEXT-TABLE", "550.00万元", "500.00万元")]


def test_two_findings_blaming_each_other_with_even_support_both_stay():
    a = _f("R-TABLE-SUM", "1,520.00", "1,250.00万元", quote="本年支出合计")
    b = _f("R-TABLE-SUM", "1,250.00", "1,520.00万元", quote="总计")
    assert _mirrors([a, b], []) == [a, b]
    stated = Block("本年支出1,250.00万元。", "第1段")
    kept = _mirrors([a, b], [stated])
    assert [(f.figure, f.expected) for f in kept] == [("1,520.00", "1,250.00万元")]
    # the finding folded in is said as the statement that agrees with the 应为, in the table's unit
    placed = [replace(a, place="第4个表格，“本年支出合计”行"), replace(b, place="第4个表格，“总计”行")]
    assert _mirrors(placed, [stated])[0].message == "m；本表“总计”行也是1,250.00万元。"
    # zeros are stated everywhere: they settle nothing
    z = [_f("R-TABLE-SUM", "0.00", "5.00万元"), _f("R-TABLE-SUM", "5.00", "0.00万元")]
    assert _mirrors(z, [Block("0.00万元、0.00万元", "第1段")]) == z


def test_a_comparison_only_restates_the_figure_it_compares_with():
    """Text 500.00 against a 合计 cell 550.00 whose lines add to 500.00: the check with the text says no more
    than the cell, the table's arithmetic is a relation of its own — the cell is blamed."""
    text = _f("R-TEXT-TABLE", "500.00万元", "550.00万元", quote="本年收入500.00万元", block=1)
    cell = _f("R-TABLE-SUM", "550.00", "500.00万元", quote="合计", block=2)
    assert [f.code for f in _mirrors([text, cell], [])] == ["R-TABLE-SUM"]
