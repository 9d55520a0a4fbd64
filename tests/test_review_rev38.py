"""rev38: the classes tongxi-youeryuan-2024's misses and false alarms showed (opened 2026-12-07), each in figures
of our own."""
from __future__ import annotations

from decimal import Decimal

from juesuan.review import review_blocks, review_text

TITLE = "上海市某某区测试所2024年度部门决算\n"


def _all(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.figure, f.expected) for f in review_text(text) if f.level.value in ("错误", "警告")]


# --- 「减少C，下降R%」 where R is the increase's rate: both direction words the wrong way ----------------------------

_CHANGE = ("五、一般公共预算财政拨款支出决算情况说明\n（一）一般公共预算财政拨款支出决算总体情况\n"
           "2024年度一般公共预算财政拨款支出500.00万元。与2023年度相比，一般公共预算财政拨款支出{word}40.00万元，"
           "{rate}，{reason}。\n")


def test_both_words_reversed_when_the_rate_is_the_other_directions():
    """500 now, 40 the change: 40 ÷ 460 = 8.70% is an increase's rate (a decrease would be 40 ÷ 540 = 7.41%):
    「减少…下降8.70%」 with a reason of more spending is an increase written as a decrease — the word at C is wrong
    (and the rate's word with it), not the rate."""
    found = _all(TITLE + _CHANGE.format(word="减少", rate="下降8.70%", reason="主要原因是人员增加"))
    assert found == [("R-DIRECTION", "减少40.00万元", "增加40.00万元，增长8.70%")]
    message = next(f.message for f in review_text(TITLE + _CHANGE.format(word="减少", rate="下降8.70%",
                                                                         reason="主要原因是人员增加")))
    assert "增长8.70%" in message and "7.41%" in message
    # the same the other way round: 「增加40，增长7.41%」 is a decrease's rate
    assert _all(TITLE + _CHANGE.format(word="增加", rate="增长7.41%", reason="主要原因是人员减少")) == [
        ("R-DIRECTION", "增加40.00万元", "减少40.00万元，下降7.41%")]


def test_a_rate_of_neither_direction_or_a_reason_for_the_written_one_stays_a_rate_slip():
    # the reason says the written decrease, or no direction: the rate is what is off (a base derived the wrong way,
    # 500 − 40 for a decrease, makes 8.70% too)
    for reason in ("主要原因是人员减少", "详见下文"):
        assert _all(TITLE + _CHANGE.format(word="减少", rate="下降8.70%", reason=reason)) == [
            ("R-PERCENT", "8.70%", "7.41%")]
    # a rate that fits neither direction: the rate
    assert _all(TITLE + _CHANGE.format(word="减少", rate="下降9.50%", reason="主要原因是人员增加")) == [
        ("R-PERCENT", "9.50%", "7.41%")]
    # right as written
    assert _all(TITLE + _CHANGE.format(word="减少", rate="下降7.41%", reason="主要原因是人员减少")) == []
    # to one decimal, 2.50 ÷ (120.00 − 2.50) = 2.1% is also 2.50 ÷ 120.00, the base taken after the change: the
    # usual slip, not the words (a decrease of 2.50 from 122.50 is 2.0%)
    text = ("2024年度一般公共预算财政拨款支出120.00万元。与2023年度相比，一般公共预算财政拨款支出减少2.50万元，"
            "下降2.1%，主要原因是人员增加。\n")
    assert _all(TITLE + text) == [("R-PERCENT", "2.1%", "2.0%")]


# --- a share of a whole named as the text names it with its owner before (「本所政府采购支出总额」) ---------------

_PROCUREMENT = ("十一、其他重要事项的情况说明\n（二）政府采购支出情况\n"
                "2024年度本所政府采购支出总额80.00万元，其中：政府采购货物支出30.00万元、政府采购服务支出50.00万元。"
                "授予中小企业合同金额60.00万元，占政府采购支出总额的{share}。\n")


def test_a_share_of_a_whole_stated_with_its_owner_before():
    """60 ÷ 80 = 75.00%: the whole 「政府采购支出总额」 is the one stated as 「本所政府采购支出总额」 (本所, 本园, 本站
    say whose it is, not what it is)."""
    assert _all(TITLE + _PROCUREMENT.format(share="75.00%")) == []
    assert _all(TITLE + _PROCUREMENT.format(share="56.25%")) == [("R-SHARE", "56.25%", "75.00%")]


# --- a 项 paragraph whose name is a sentence of its own: 「1.X（类）Y（款）Z（项）。年初预算为…」 ---------------------

_ITEMS = ("五、一般公共预算财政拨款支出决算情况说明\n（三）一般公共预算财政拨款支出决算具体情况\n"
          "2024年度一般公共预算财政拨款支出年初预算为210.00万元，支出决算为200.00万元，完成年初预算的95.24%。其中：\n"
          "1.文化旅游体育与传媒支出（类）文化和旅游（款）群众文化（项）。年初预算为150.00万元，支出决算为{final}，"
          "完成年初预算的{rate}。决算数小于年初预算数的主要原因是部分活动延期。\n"
          "2.住房保障支出（类）住房改革支出（款）住房公积金（项）。年初预算为60.00万元，支出决算为60.00万元，"
          "完成年初预算的100.00%。决算数与年初预算数持平。\n"
          "六、一般公共预算财政拨款基本支出决算情况说明\n2024年度一般公共预算财政拨款基本支出200.00万元。\n")


def test_a_wrong_items_word_written_for_the_right_figure_is_part_of_the_parts_finding():
    """The 项 written 165.00 (the list adds to 225.00, not the 200.00 stated twice) should be 140.00 — its rate 93.33%
    and 「决算数小于年初预算数」 are right for 140.00: one finding, on 165.00, that says the other two follow; and its
    quote names the 项, which the paragraph names in a sentence of its own."""
    found = review_text(TITLE + _ITEMS.format(final="165.00万元", rate="93.33%"))
    alarms = [f for f in found if f.level.value in ("错误", "警告")]
    assert [(f.code, f.figure, f.expected) for f in alarms] == [("R-PART", "165.00万元", "140.00万元")]
    assert alarms[0].quote.startswith("1.文化旅游体育与传媒支出（类）文化和旅游（款）群众文化（项）。"
                                      "年初预算为150.00万元")
    assert "决算数大于年初预算数" in alarms[0].message  # the folded direction finding, said


def test_a_quote_after_a_name_sentence_names_it_and_others_stay():
    """Any finding quoting the sentence right after the name sentence quotes the name too; so does one after a
    numbered run-in heading (「1.总体情况。」, rev42: the heading the reader looks for); one in a paragraph whose
    opening sentence is neither does not."""
    found = review_text(TITLE + _ITEMS.format(final="140.00万元", rate="95.33%"))
    rate = [f for f in found if f.figure == "95.33%"]
    assert [(f.code, f.expected) for f in rate] == [("R-RATE", "93.33%")]
    assert rate[0].quote.startswith("1.文化旅游体育与传媒支出（类）文化和旅游（款）群众文化（项）。")
    plain = ("五、一般公共预算财政拨款支出决算情况说明\n（一）一般公共预算财政拨款支出决算总体情况\n"
             "1.总体情况。年初预算为150.00万元，支出决算为140.00万元，完成年初预算的95.33%。\n")
    rate = [f for f in review_text(TITLE + plain) if f.figure == "95.33%"]
    assert rate and rate[0].quote.startswith("1.总体情况。年初预算为150.00万元")
    prose = plain.replace("1.总体情况。", "本部门严格执行预算。")
    rate = [f for f in review_text(TITLE + prose) if f.figure == "95.33%"]
    assert rate and rate[0].quote.startswith("年初预算为150.00万元")


# --- a 项's 决算 in the 一般公共预算 section given as the 支出决算表's whole row (the 项 spends other money too) ------

def _with_other_money(final: str, t3_row: str) -> list:
    from tests.test_review_model import T3_ROWS, _table, document

    extra = Decimal(t3_row) - Decimal("500.00")  # the 项 2010301's spending of other money (公开03 only)

    def plus(row: list[str]) -> list[str]:
        if row[0] not in ("", "201", "20103", "2010301"):
            return row
        shown = [f"{Decimal(c.replace(',', '')) + extra:,.2f}" if k in (2, 3) else c for k, c in enumerate(row)]
        return shown

    blocks = document(final=final)
    t3 = _table("支出决算表", [T3_ROWS[0], *(plus(r) for r in T3_ROWS[1:])], 1)
    return [blocks[0], t3, *blocks[2:]]


def test_an_items_amount_that_is_its_whole_spending_for_its_fund_part():
    """行政运行 spends 500.00 of 一般公共预算 (公开05) and 530.00 in all (公开03): 「支出决算为530.00万元」 in section
    五 is the whole row given for the fund's part — 500.00, said whence 530.00 came. Where the 支出决算表's row is
    no larger than the fund's, which table is off is not known: nothing."""
    found = [f for f in review_blocks(_with_other_money("530.00", "530.00")) if f.code == "R-TEXT-TABLE"]
    assert [(f.figure, f.expected) for f in found] == [("530.00万元", "500.00万元")]
    assert "530.00万元是支出决算表中该项的全部支出" in found[0].message
    assert [f for f in review_blocks(_with_other_money("500.00", "530.00")) if f.code == "R-TEXT-TABLE"] == []
    assert [f for f in review_blocks(_with_other_money("480.00", "480.00")) if f.code == "R-TEXT-TABLE"] == []


def test_a_direction_word_written_for_the_tables_figure_follows_from_the_figures_finding():
    """行政运行 written 470.00 where 公开05 says 500.00, above its 年初预算 480.00: 「决算数大于预算数」 was written for
    500.00 — one finding, on 470.00, that says the word holds with its 应为."""
    from tests.test_review_model import document

    found = [f for f in review_blocks(document(final="470.00")) if f.level.value in ("错误", "警告")]
    assert [(f.code, f.figure, f.expected) for f in found] == [("R-TEXT-TABLE", "470.00万元", "500.00万元")]
    assert "以500.00万元计算，所写的大小关系也相符" in found[0].message
