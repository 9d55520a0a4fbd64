"""Findings a reviewer can read and paste: 应为 in the document's number style, plain-words reasons."""

from __future__ import annotations

from decimal import Decimal

from juesuan.review import review_text
from juesuan.review.style import Majority, render, restyled_value


def _only(text: str, code: str):
    found = [f for f in review_text(text) if f.code == code]
    assert len(found) == 1, found
    return found[0]


def test_expected_in_whole_wan_in_a_document_written_in_whole_wan():
    f = _only("本年支出合计10855万元，其中：基本支出7000万元，项目支出4000万元，上年结转3500万元。", "R-SUM")
    assert f.expected == "14500万元"
    assert "应为14500万元" in f.message  # the message states the same value as the 应为 line


def test_expected_without_separators_where_the_figure_has_none():
    f = _only("本年支出合计1000.00万元，其中：基本支出1700.00万元，项目支出200.00万元。", "R-SUM")
    assert f.expected == "1900.00万元"


def test_expected_separators_follow_the_documents_majority_when_the_figure_cannot_show_them():
    head = "本年支出合计937.25万元，其中：基本支出700.00万元，项目支出600.00万元。"
    assert _only(head + "年末结转和结余5000.00万元。", "R-SUM").expected == "1300.00万元"
    assert _only(head + "年末结转和结余5,000.00万元。", "R-SUM").expected == "1,300.00万元"


def test_a_bound_is_said_in_words():
    f = _only("2024年度本部门政府采购支出总额937.25万元，其中：政府采购货物支出300.00万元、政府采购工程支出0万元、"
              "政府采购服务支出637.25万元。授予中小企业合同金额956.18万元，占政府采购支出总额的100.00%。", "R-SUBSET")
    assert f.expected == "" and "大于政府采购支出总额937.25万元" in f.message  # the bound named as the document has it


def test_restyled_value_takes_the_replaced_figures_decimals_unit_and_space():
    usual = Majority()
    assert restyled_value("68,400.00元", "64,800元", "R-TEXT-TABLE", usual, False) == "68,400元"
    assert restyled_value("6.84万元", "64,800元", "R-TEXT-TABLE", usual, False) == "68,400元"  # the figure's unit
    assert restyled_value("68,400.00元", "6.48万元", "R-TEXT-TABLE", usual, False) == "6.84万元"
    assert restyled_value("减少0.97万元", "1.07 万元", "R-SUM", usual, False) == "减少0.97 万元"
    assert restyled_value("12,345.67万元", "12340.00 万元", "R-SUM", usual, False) == "12345.67 万元"
    # nothing lost: a value the figure's precision cannot show keeps its decimals
    assert restyled_value("8,578.50万元", "10855万元", "R-SUM", usual, False) == "8578.50万元"
    # the format or the unit is the correction itself: as stated
    assert restyled_value("1,537.40万元", "1537.40万元", "R-FORMAT-GROUP", usual, False) == "1,537.40万元"
    assert restyled_value("0.86万元", "0.86元", "R-UNIT-MISSING", usual, False) == "0.86万元"
    # a table cell: the table's majority
    assert restyled_value("8,608.03万元", "937.25", "R-TABLE-SUM", Majority(table_grouped=False), True) == "8608.03万元"
    assert restyled_value("决算数小于预算数", "", "R-DIRECTION", usual, False) == "决算数小于预算数"


def test_a_sum_in_the_calculation_line_leaves_its_zero_terms_out():
    from juesuan.core.findings import Level
    from juesuan.review.base import ReviewFinding
    from juesuan.review.style import restyled

    why = ("0.00万元 + 0.00万元 + 1,967.05万元 + 316.68万元 + 92.55万元 + 0.00万元 + 118.90万元 + 0.00万元"
           " = 2,495.18万元；6,812.47万元 + 1,795.56万元 = 8,608.03万元")
    f = ReviewFinding(Level.ERROR, "R-TABLE-SUM", "m。", figure="2,459.18", expected="2,495.18万元",
                      why=why)
    assert restyled([f], [])[0].why == ("1,967.05万元 + 316.68万元 + 92.55万元 + 118.90万元 = 2,495.18万元"
                                        "；6,812.47万元 + 1,795.56万元 = 8,608.03万元")
    minus = ReviewFinding(Level.ERROR, "R-TABLE-SUM", "m。", why="0.00万元 − 5.00万元 + 3.00万元 = −2.00万元")
    assert restyled([minus], [])[0].why == "−5.00万元 + 3.00万元 = −2.00万元"
    # one term left: the sum as written; a ratio is no sum
    for kept in ("1,600.00万元 + 0.00万元 = 1,600.00万元", "146.51万元 ÷ 1,098.45万元 × 100% = 13.34%"):
        assert restyled([ReviewFinding(Level.ERROR, "R-X", "m。", why=kept)], [])[0].why == kept



def _para(text: str, n: int):
    from juesuan.review.extract import Block
    return Block(text, f"第{n}段", index=n)


def test_a_three_gong_item_is_named_and_its_cell_given_with_its_table_and_unit():
    from juesuan.review import review_blocks
    from juesuan.review.extract import Block

    rows = [["合计", "", "因公出国（境）费", "", "公务用车购置及运行维护费", "", "", "", "", "", "公务接待费", ""],
            ["", "", "", "", "小计", "", "公务用车购置费", "", "公务用车运行维护费", "", "", ""],
            ["预算数", "决算数"] * 6,
            ["21.00", "7.34", "0.00", "0.00", "20.50", "6.84", "0.00", "0.00", "20.50", "6.84", "0.50", "0.50"]]
    caption = "财政拨款“三公”经费支出决算表 单位：万元"
    table = Block("\n".join("\t".join(r) for r in rows), "第1个表格", rows, index=1, title=caption, caption=caption)
    text = ("2024年度“三公”经费财政拨款支出决算为7.34万元。其中：公务用车运行维护费支出决算64,800元，"
            "公务接待费支出决算0.50万元。")
    found = review_blocks([_para("上海市某局2024年度部门决算", 0), table,
                           _para("七、财政拨款“三公”经费支出决算情况说明", 2), _para(text, 3)])
    (f,) = [f for f in found if f.code == "R-TEXT-TABLE"]
    assert f.message.startswith("正文公务用车运行维护费决算64,800元")  # the item, not 「“三公”经费运行」
    assert f.expected == "68,400元"  # as the document writes 元: no decimals
    assert f.why == "财政拨款“三公”经费支出决算表中公务用车运行维护费决算为6.84万元 = 68,400元"  # one =, its style


def test_the_quote_is_verbatim_without_a_full_stop_the_paragraph_does_not_have():
    f = _only("本年支出合计1000.00万元，其中：基本支出700.00万元，项目支出400.00万元", "R-SUM")
    assert f.quote == "本年支出合计1000.00万元，其中：基本支出700.00万元，项目支出400.00万元"
    f = _only("本年支出合计1000.00万元，其中：基本支出700.00万元，项目支出400.00万元。", "R-SUM")
    assert f.quote.endswith("400.00万元。")


def test_a_finding_on_a_sentence_under_a_named_item_names_the_item():
    text = ("五、一般公共预算财政拨款支出决算情况说明\n"
            "2、公共安全支出（类）法院（款）一般行政管理事务（项）。主要用于：法庭安保服务。年初预算为430.00万元，"
            "支出决算为412.36万元，完成年初预算的95.90%。决算数大于预算数的主要原因：合同价格低于预算。")
    f = _only(text, "R-DIRECTION")
    assert "决算数大于预算数" in f.quote and "412.36万元" in f.quote
    assert f.message.startswith("一般行政管理事务（项）：")
    # the quote names it too: the message still does, once (eyes9 10: a reviewer reads the message first)
    named = _only("一般行政管理事务（项）年初预算为430.00万元，支出决算为412.36万元，决算数大于预算数。", "R-DIRECTION")
    assert named.message.startswith("一般行政管理事务（项）：") and named.message.count("一般行政管理事务") == 1


def test_the_budget_words_message_quotes_the_same_words_as_its_expected():
    text = "一般公共预算财政拨款支出年初预算为430.00万元，支出决算为412.36万元，决算数大于年初预算数，主要原因是节约。"
    f = _only(text, "R-DIRECTION")
    assert f.expected == "决算数小于年初预算数"
    assert f.message == ("一般公共预算财政拨款支出：决算412.36万元小于年初预算430.00万元，应为“决算数小于年初预算数”，"
                         "不是“决算数大于年初预算数”。")  # the wrong words quoted too (rev60)


def test_a_calculation_ending_on_a_bare_table_cell_takes_the_unit_of_its_expected():
    from juesuan.review.style import with_unit

    assert with_unit("政府性基金预算财政拨款收入支出决算表合计行本年支出为2,350.00", "2350.00万元") == \
        "政府性基金预算财政拨款收入支出决算表合计行本年支出为2,350.00万元"
    # another number (a table in 元 beside a text in 万元), or a unit already given: as it is
    assert with_unit("决算表合计行本年支出为23,500,000.00", "2,350.00万元").endswith("23,500,000.00")
    assert with_unit("表中为2,350.00万元", "2,350.00万元") == "表中为2,350.00万元"


def test_the_message_restates_only_the_expected_figure_not_a_longer_one_containing_it():
    from juesuan.core.findings import Level
    from juesuan.review.base import ReviewFinding
    from juesuan.review.style import restyled

    f = ReviewFinding(Level.ERROR, "R-SHARE", "应为0.00%，不是1%；总数的10.00%不变。", figure="1%", expected="0.00%")
    assert restyled([f], [])[0].message == "应为0%，不是1%；总数的10.00%不变。"


def test_a_table_cells_expected_is_the_cell_text_without_its_unit():
    from dataclasses import replace

    from juesuan.core.findings import Level
    from juesuan.review.base import ReviewFinding
    from juesuan.review.blocks import Block
    from juesuan.review.style import restyled

    table = Block("", "第5页", rows=[["合计", "1,480.00"], ["2080101", "1,480.00"]], unit="万元")
    f = ReviewFinding(Level.ERROR, "R-TABLE-SUM", "“合计”与各列之和不符：应为1,600.00万元。", figure="1,480.00",
                      expected="1,600.00万元", block=0, quote="合计：1,480.00")
    (got,) = restyled([f], [table])
    assert (got.expected, got.message) == ("1,600.00", "“合计”与各列之和不符：应为1,600.00万元。")
    # a table in 元, an 应为 said in 万元: in the table's unit, as its cells are written
    yuan = Block("", "第9页", rows=[["合计", "64,800.00"]], unit="元")
    (got,) = restyled([replace(f, figure="64,800.00", expected="6.84万元")], [yuan])
    assert got.expected == "68,400.00"
    # a figure in the text keeps its unit
    text = Block("本年支出合计1,480.00万元。", "第1页")
    (got,) = restyled([replace(f, figure="1,480.00万元")], [text])
    assert got.expected == "1,600.00万元"


def test_a_rendered_figure_rounds_half_up_like_every_display():
    assert render(Decimal("0.125"), 2, "万元", True, False) == "0.13万元"  # Decimal's format gives 0.12 (half-even)
    assert render(Decimal("1234567.5"), 0, "元", True, True) == "1,234,568 元"
    assert render(Decimal("-1521.94"), 2, "万元", False, False) == "−1521.94万元"
