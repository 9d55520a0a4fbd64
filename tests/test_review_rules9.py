"""Session 9: rule gaps seen on real sentence forms (eyes8's probes), each in sentences of our own."""
from __future__ import annotations

import pytest

from juesuan.review import review_blocks, review_text
from juesuan.review.extract import Block


def _all(text: str) -> list[tuple[str, str, str, str]]:
    return [(f.level.value, f.code, f.figure, f.expected) for f in review_text(text)]


# --- a reserve fund's name (预算稳定调节基金) is no 预算 amount: the item stays in its list -----------------

@pytest.mark.parametrize("item", ["动用预算稳定调节基金", "补充预算稳定调节基金", "调入预算周转金"])
def test_a_reserve_fund_named_last_in_a_list_is_an_item(item):
    said = ("（1）收入总计9,600万元。其中：本级收入1,500万元，同比下降1.12%；上级补助收入4,800万元，"
            "专项补助1,300万元，" + item + "{x}万元。")
    assert _all(said.format(x="2,000")) == []  # 1,500 + 4,800 + 1,300 + 2,000 = 9,600
    assert [(c, f, e) for _, c, f, e in _all(said.format(x="1,900"))] == [("R-SUM", "9,600万元", "9,500万元")]


# --- a 其中 list ends before a 「；」 clause that states the total's own line for another scope ---------------

_SCOPES = ("预留项目中由中小企业供应商中标或成交的采购金额{a}万元，其中小微企业{b}万元；"
           "其他政府采购项目中由中小企业供应商中标或成交的采购金额64.20万元。")


def test_a_list_ends_where_a_clause_restates_the_totals_line_for_another_scope():
    assert _all(_SCOPES.format(a="402.75", b="198.30")) == []  # 64.20 is no part of 402.75
    # the one item is still checked against its own total
    assert [(c, f) for _, c, f, _ in _all(_SCOPES.format(a="102.75", b="198.30"))] == [("R-SUM", "102.75万元")]


@pytest.mark.parametrize("text,expected", [
    # 「其他项目支出」 under 「项目支出」 is an item (the head's whole name, with a word before it)
    ("项目支出300.00万元，其中：信息化建设120.00万元；其他项目支出170.00万元。", "290.00万元"),
    # items all named after the head (财政拨款支出) are a list, not siblings
    ("财政拨款支出300.00万元，其中：一般公共预算财政拨款支出120.00万元；政府性基金预算财政拨款支出170.00万元。",
     "290.00万元"),
])
def test_items_named_after_their_total_stay_in_the_list(text, expected):
    assert [(c, e) for _, c, _, e in _all(text)] == [("R-SUM", expected)]


def test_another_funds_line_after_a_list_of_one_is_its_sibling():
    text = "一般公共预算财政拨款支出300.00万元，其中基本支出120.00万元；政府性基金预算财政拨款支出70.00万元。"
    assert _all(text) == []


# --- the text's 一般公共预算财政拨款支出 against a 公开05 合计 its 类 rows confirm: the text is blamed --------------

def _t5_table(total: str, housing: str = "118.36") -> Block:
    rows = [["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
            ["208", "社会保障和就业支出", "7,807.14", "7,807.14", ""], ["210", "卫生健康支出", "77.04", "77.04", ""],
            ["221", "住房保障支出", housing, housing, ""], ["合计", "", total, total, ""]]
    return Block("\n".join("\t".join(r) for r in rows), "第1个表格", rows, index=1,
                 title="一般公共预算财政拨款支出决算表 单位：万元", caption="一般公共预算财政拨款支出决算表 单位：万元")


def _with_t5(table: Block, said: str) -> list[tuple[str, str, str]]:
    blocks = [Block("上海市某局2024年度部门决算", "第0段", index=0), table,
              Block("五、一般公共预算财政拨款支出决算情况说明", "第2段", index=2),
              Block(f"2024年度一般公共预算财政拨款支出{said}万元，主要用于社会保障和就业、卫生健康和住房保障。",
                    "第3段", index=3)]
    return [(f.code, f.figure, f.expected) for f in review_blocks(blocks) if f.level.value != "提示"]


def test_a_text_total_against_a_table_total_its_rows_confirm_is_the_texts_error():
    # 7,807.14 + 77.04 + 118.36 = 8,002.54 = the 合计: the text's 8092.54 is off, not the table
    assert _with_t5(_t5_table("8,002.54"), "8092.54") == [("R-TEXT-TABLE", "8092.54万元", "8002.54万元")]
    assert _with_t5(_t5_table("8,002.54"), "8002.54") == []


def test_a_table_total_its_rows_do_not_confirm_is_still_the_one_questioned():
    # the 合计 is not its rows' sum (8,002.54): the table's own checks and the text point at its 合计 cell
    found = _with_t5(_t5_table("8,092.45"), "8002.54")
    assert [x[1:] for x in found] == [("8,092.45", "8,002.54")]


# --- a share that names its whole with the year left off (「占政府采购支出总额的…」) ---------------------------

@pytest.mark.parametrize("mark", ["其中：", ""])
def test_a_share_naming_a_whole_stated_with_its_year_is_checked(mark):
    said = "2024年度政府采购支出总额642.18万元，" + mark + "授予中小企业合同金额427.18万元，占政府采购支出总额的{s}。"
    assert _all(said.format(s="66.52%")) == []  # 427.18 ÷ 642.18 = 66.52%
    assert [(c, f, e) for _, c, f, e in _all(said.format(s="76.52%"))] == [("R-SHARE", "76.52%", "66.52%")]


def test_a_contract_amount_above_the_procurement_total_is_what_its_share_says():
    said = "2024年度政府采购支出总额642.18万元，授予中小企业合同金额724.18万元，占政府采购支出总额的66.52%。"
    assert [(c, f, e) for _, c, f, e in _all(said)] == [("R-SUBSET", "724.18万元", "427.18万元")]  # 642.18 × 66.52%
    plain = "2024年度政府采购支出总额642.18万元，授予中小企业合同金额724.18万元。"
    assert [(c, f, e) for _, c, f, e in _all(plain)] == [("R-SUBSET", "724.18万元", "")]  # bounded, not decided


# --- a part above its total with its share: the share says which of the two slipped -------------------------

@pytest.mark.parametrize("total,part,share,wrong,expected", [
    ("1000.00", "1700.00", "70.00%", "1700.00万元", "700.00万元"),  # 1000 × 70% = 700: a digit added to the part
    ("1500.00", "2000.00", "80.00%", "1500.00万元", "2500.00万元"),  # 2000 ÷ 80% = 2500: the total slipped
    ("1000.00", "2428.57", "70.00%", "1000.00万元", ""),  # neither is one slip away: both said (rev48)
    ("1428.57", "1700.00", "70.00%", "1428.57万元", ""),  # both are (1000.00, 2428.57): not known
])
def test_a_part_above_its_total_is_mended_by_its_share(total, part, share, wrong, expected):
    said = f"2024年度本年支出合计{total}万元，其中：基本支出{part}万元，占本年支出合计的{share}。"
    assert [(c, f, e) for lv, c, f, e in _all(said) if c == "R-SUM"] == [("R-SUM", wrong, expected)]


# --- a completion rate whose 调整预算 / 年初预算 is stated in the report's earlier part ---------------------------

_TOWN = ("某镇人民政府关于2024年财政决算的报告\n"
         "1.镇人大会议批准的年初预算草案。\n"
         "(1)收入总计7300万元。其中：本级收入1200万元，上级补助收入6100万元。\n"
         "2.镇人大主席团会议批准的预算调整方案。\n"
         "(1)收入总计调整为8600万元。其中：本级收入1500万元；上级补助收入7100万元。\n"
         "3.决算情况。\n"
         "(1)收入总计9460万元，完成调整预算的{total}，完成年初预算的{first}。其中：本级收入1650万元，完成调整预算的{own}；"
         "上级补助收入7810万元，完成调整预算的110.00%。\n")


def test_a_rate_of_a_budget_stated_in_the_adjustment_part():
    right = dict(total="110.00%", first="129.59%", own="110.00%")  # 9460 ÷ 8600; 9460 ÷ 7300; 1650 ÷ 1500
    assert _all(_TOWN.format(**right)) == []
    for key, wrong, expected in (("total", "101.00%", "110.00%"), ("own", "101.00%", "110.00%"),
                                 ("first", "119.59%", "129.59%")):
        found = [(c, f, e) for _, c, f, e in _all(_TOWN.format(**{**right, key: wrong}))]
        assert found == [("R-RATE", wrong, expected)], key


def test_a_line_with_two_adjusted_budgets_gives_no_rate():
    twice = _TOWN.replace("3.决算情况。", "(3)收入总计调整为8800万元。\n3.决算情况。")
    found = _all(twice.format(total="101.00%", first="129.59%", own="110.00%"))
    assert not [x for x in found if x[2] == "101.00%"]


def test_a_part_named_with_words_of_its_totals_name_stays_in_the_list():
    text = ("公务用车购置及运行维护支出4.647万元，比上年增长58.65%。其中：公务用车购置支出1,088万元，比上年增长97.1%；"
            "公务用车运行维护支出3,559万元，比上年增长49.73%。")
    assert ("R-SUM", "4.647万元", "4,647.00万元") in [(c, f, e) for _, c, f, e in _all(text)]


def test_a_heading_comparing_with_the_budget_opens_no_budget_part():
    text = ("（二）财政拨款收支与年初预算数对比情况\n"
            "本部门2024年度财政拨款本年收入1205.11万元，完成年初预算的69%。\n")
    assert _all(text) == []  # 1205.11 is the 决算, not the 年初预算 (no budget to check the rate with)


# --- reasons whose changes add up to more than the change they explain -------------------------------------

_REASONS = ("1.总体情况。2024年度收入合计1013.32万元，较上年决算数增加60.81万元，增长6.38%，主要原因是一般公共服务收入"
            "增加28.37万元，社会保障和就业收入增加18.04万元，卫生健康收入增加7.74万元，住房保障收入增加{x}万元。")


def test_reasons_that_add_up_to_more_than_the_change_are_questioned():
    assert _all(_REASONS.format(x="6.66")) == []  # 60.81 exactly
    assert _all(_REASONS.format(x="5.66")) == []  # less: a reason list may leave items out
    assert _all(_REASONS.format(x="9.66")) == [("提示", "R-SUM", "60.81万元", "")]  # 63.81 > 60.81


@pytest.mark.parametrize("reason", [
    "一般公共服务收入增加38.37万元，卫生健康收入减少7.74万元，住房保障收入增加39.66万元",  # offsetting reasons
    "人员经费增加50.00万元，其中工资增加30.00万元",  # a reason's own breakdown
])
def test_reasons_that_offset_or_break_down_are_not_summed(reason):
    text = "2024年度收入合计1013.32万元，较上年决算数增加60.81万元，增长6.38%，主要原因是" + reason + "。"
    assert _all(text) == []


# --- a growth rate of a zero base whose amount is the sentence before's ------------------------------------

def test_a_rate_of_a_zero_base_stated_in_the_sentence_before():
    text = ("1.总体情况。2024年度收入总计135.19万元，支出总计135.19万元。收、支与2023年度相比，增加{c}万元，"
            "增长100.0%，主要原因是首次单独核算。")
    assert [(c, f) for _, c, f, _ in _all(text.format(c="135.19"))] == [("R-PERCENT", "100.0%")]
    assert _all(text.format(c="67.60")) == []  # last year 67.59: 67.60 ÷ 67.59 = 100.0%


# --- a code printed with another code's name in one table: a wrong row, not a reworded name ------------------

def _coded(caption: str, rows: list[list[str]], n: int) -> Block:
    rows = [["科目编码", "科目名称", "合计", "基本支出", "项目支出"], *rows]
    return Block("\n".join("\t".join(r) for r in rows), f"第{n}个表格", rows, index=n, title=caption, caption=caption)


def _names(t5_name: str) -> list[tuple[str, str, str]]:
    rows = [["2080803", "在乡复员、退伍军人生活补助", "624.35", "", "624.35"],
            ["2080805", "义务兵优待", "1,890.00", "", "1,890.00"]]
    t5 = [[rows[0][0], t5_name, *rows[0][2:]], rows[1]]
    blocks = [Block("上海市某区退役军人事务局2024年度部门决算", "第0段", index=0), _coded("支出决算表", rows, 1),
              _coded("一般公共预算财政拨款支出决算表", t5, 2)]
    return [(f.level.value, f.figure, f.expected) for f in review_blocks(blocks) if f.code == "R-CODE-NAME"]


def test_a_code_printed_with_another_codes_name_is_a_warning():
    assert _names("义务兵优待") == [("警告", "义务兵优待", "在乡复员、退伍军人生活补助")]
    assert _names("在乡复员退伍军人生活补助")[0][0] == "提示"  # a name reworded: which table is right is for the reader

