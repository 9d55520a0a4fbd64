"""审阅's precision: a correct report in the shapes it reaches the reviewer (a PDF copied as text,
lines wrapped mid-sentence, tables as one cell a line) gives no finding; one problem, one finding."""

from __future__ import annotations

from juesuan.review import review_text

# a correct 分析报告's paragraphs (元, 2 decimals)
PROSE = [
    "一、收入支出决算总体情况",
    "本年度单位收入、支出决算均为6,992,766.17元，比2023年度6,752,300.00元增加240,466.17元，增长3.56%。"
    "增加的主要原因是人员经费支出增加。",
    "二、支出决算情况",
    "本年度基本支出决算5,812,766.17元，比上年5,589,645.67元增加223,120.50元，增长3.99%；"
    "项目支出决算1,180,000.00元，比上年1,162,654.33元增加17,345.67元，增长1.49%。",
    "三、“三公”经费支出情况",
    "2024年度“三公”经费支出决算7,138.17元。其中：因公出国（境）费0.00元；公务用车运行维护费7,138.17元，"
    "占100.00%；公务接待费0.00元。公务用车运行维护费比上年17,290.00元减少10,151.83元，同比下降58.72%；"
    "比预算20,000.00元减少12,861.83元，完成预算的35.69%。",
    "公务用车运行维护费比上年、比预算减少的主要原因是：严格控制车辆使用，压缩运行费用。",
]


def _wrap(text: str, width: int = 54) -> list[str]:
    """Lines of a PDF copy: a break every ``width`` columns (a Chinese character is two), a space
    around figures as pdftotext writes them."""
    lines, cur, w = [], "", 0
    for ch in text:
        cw = 1 if ch.isascii() else 2
        if w + cw > width:
            lines.append(cur)
            cur, w = "", 0
        cur += ch
        w += cw
    return [*lines, cur] if cur else lines


def _pdf_copy() -> str:
    out: list[str] = []
    for p in PROSE:
        out.extend(_wrap(p))
        out.append("")
        # a table after each paragraph, one cell a line (pdftotext without -layout)
        out.extend(["项目", "本年决算", "上年决算", "增减额", "增减率", "基本支出", "5,812,766.17", "5,589,645.67",
                    "223,120.50", "3.99%", "项目支出", "1,180,000.00", "1,162,654.33", "17,345.67", "1.49%", ""])
    return "\n".join(out)


def test_a_pdf_copy_with_tables_cell_by_cell_is_unwrapped_and_clean():
    assert [(f.code, f.quote) for f in review_text(_pdf_copy())] == []
    wrong = _pdf_copy().replace("同比下降58.72%", "同比下降58.27%")
    assert [(f.code, f.expected) for f in review_text(wrong)] == [("R-PERCENT", "58.72%")]


def test_a_figure_opening_a_line_is_not_taken_for_the_subject():
    # too few lines to be unwrapped: the line after "比上年" opens with last year's amount
    text = ("公务用车运行维护费比上年\n17,290.00元减少10,151.83元，同比下降58.71%；比预算\n"
            "20,000.00元减少12,861.83元，完成预算的35.69%。")
    assert [f.code for f in review_text(text)] == []


def test_a_unit_on_the_next_line_is_not_missing():
    text = "基本支出决算5,812,766.17元，比上年增加223,120.50\n元，增长3.99%。"
    assert "R-UNIT-MISSING" not in {f.code for f in review_text(text)}
    assert "R-UNIT-MISSING" in {f.code for f in review_text("基本支出决算5,812,766.17元，比上年增加223,120.50。")}


def test_a_named_subject_is_still_checked():
    text = "公务用车运行维护费7,138.17元，比上年17,290.00元减少10,151.83元，同比下降68.71%。"
    assert "R-PERCENT" in {f.code for f in review_text(text)}


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.figure, f.expected) for f in review_text(text)]


def test_a_wrong_total_is_one_finding_not_shares_computed_from_it():
    # the total mistyped (4,677,326.79 → 4,767,326.79): the shares fit the parts, the total does not
    text = ("本年支出合计4,767,326.79元。其中：人员经费4,049,552.76元，占本年支出合计的86.58%；"
            "公用经费627,774.03元，占本年支出合计的13.42%。")
    assert _found(text) == [("R-SUM", "4,767,326.79元", "4,677,326.79元")]
    # a share mistyped: that share, and not also "the shares add to 100.27%"
    text = ("财政拨款支出预算2,656,000.00元。其中：基本支出2,264,200.00元（人员经费2,184,200.00元，"
            "公用经费80,000.00元），占85.52%；项目支出391,800.00元，占14.75%。")
    assert _found(text) == [("R-SHARE", "85.52%", "85.25%")]


def test_a_wrong_direction_word_is_one_finding_with_the_right_word():
    base = "本年度单位收入、支出决算均为6,992,766.17元，比2023年度6,752,300.00元{0}240,466.17元，{1}3.56%。"
    assert _found(base.format("减少", "增长")) == [("R-DIRECTION", "减少240,466.17元", "增加240,466.17元")]
    assert _found(base.format("增加", "下降")) == [("R-DIRECTION", "下降3.56%", "增长3.56%")]
    # no amounts to tell which word is wrong: the contradiction, with no value asserted
    assert _found("本年度单位支出比2023年度减少240,466.17元，增长3.56%。") == [("R-DIRECTION", "增长3.56%", "")]


def test_lost_figures_measured_by_the_pdf_reader_are_said_once():
    from juesuan.review import review_blocks
    from juesuan.review.blocks import Block, Blocks

    lost = [Block(f"{n}、某项支出决算为万元，比上年增长%，主要原因是业务量增加。", f"第{n}页") for n in range(1, 8)]
    plain = Blocks(lost)
    assert [f.code for f in review_blocks(plain)] == ["R-INCOMPLETE"]  # a text: the sentences tell
    measured = Blocks(lost)
    measured.coverage = {n: (2, 0) for n in range(1, 8)}
    measured.notes = ["第1-7页含“万元”或“%”的地方大多没有读出了旁边的数字。"]
    assert [f.code for f in review_blocks(measured)] == ["R-UNREAD"]  # the reader's note, not again


ITEMS = (
    "（三）一般公共预算财政拨款支出决算具体情况\n"
    "一般公共预算财政拨款支出年初预算为600.00万元，支出决算为488.54万元，完成年初预算的81.42%。其中：\n"
    "1、文化旅游体育与传媒支出（类）文化和旅游（款）群众文化（项）。主要用于：群众文化活动。"
    "年初预算为500.00万元，支出决算为403.54万元。\n"
    "2、文化旅游体育与传媒支出（类）文化和旅游（款）其他文化和旅游支出（项）。主要用于：其他支出。"
    "年初预算为100.00万元，支出决算为85.00万元。"
)


def test_two_items_of_one_class_are_two_lines():
    # "与" inside a 类 name ("文化旅游体育与传媒支出") is no comparison: the 项 names stay in the labels
    assert review_text(ITEMS) == []
    again = ("\n3、文化旅游体育与传媒支出（类）文化和旅游（款）群众文化（项）。"
             "年初预算为500.00万元，支出决算为{0}万元。")
    # the same 项 stated three times is one line: the one value the others do not share is wrong
    three = ITEMS + again.format("403.54") + again.format("430.54").replace("3、", "4、")
    assert [(f.code, f.figure) for f in review_text(three)] == [("R-SAME", "430.54万元")]


def test_performance_projects_of_different_stages_are_different_amounts():
    text = ("十、预算绩效管理情况\n全过程绩效管理实施情况：编报绩效目标的2024年度项目12个，涉及预算资金500.00万元。"
            "绩效自评的2024年度项目9个，涉及预算资金400.00万元，平均得分95.50分。")
    assert review_text(text) == []
    twice = text.replace("绩效自评的2024年度项目9个", "编报绩效目标的2024年度项目12个")
    # the same projects' amount stated three times: the one value the others do not share is wrong
    thrice = twice.replace("平均得分95.50分。",
                           "平均得分95.50分。编报绩效目标的2024年度项目12个，涉及预算资金500.00万元。")
    assert _found(thrice) == [("R-SAME", "400.00万元", "500.00万元")]


def test_a_page_footer_inside_a_wrapped_paragraph_is_dropped():
    lines = []
    for n, p in enumerate(PROSE):
        wrapped = _wrap(p)
        # the page ends after the paragraph's first line: its footer falls mid-sentence
        lines.extend([wrapped[0], "", f"— {n + 17} —", "", *wrapped[1:]])
    text = "\n".join(lines)
    assert review_text(text) == []
    assert review_text(text.replace("增长3.56%", "增长3.65%"))[0].expected == "3.56%"


def test_a_note_beside_a_code_is_not_its_name():
    from juesuan.review import review_blocks
    from juesuan.review.blocks import Block

    def table(n, rows):
        return Block("\n".join("\t".join(r) for r in rows), f"第{n}个表格", rows)

    spent = table(1, [["科目编码", "科目名称", "决算数"], ["210", "卫生健康支出", "1.00"],
                      ["221", "住房保障支出", "2.00"]])
    notes = table(2, [["科目编码", "说明"], ["210", "新增人员数量较多，未能及时缴纳医疗保险。"],
                      ["221", "住房保障支出预算做到本单位，支付时财政直接打款。"]])
    assert review_blocks([spent, notes]) == []
    cut = table(2, [["科目编码", "科目名称", "决算数"], ["210", "卫生健康", "1.00"]])
    assert [(f.code, f.expected) for f in review_blocks([spent, cut, spent])] == [("R-CODE-NAME", "卫生健康支出")]


def test_a_whole_budget_beside_amounts_to_the_fen_is_exact():
    # "预算为2万元" beside "1.18万元": a budget set in whole 万元, not one rounded to ±0.5万
    assert _found("公务用车运行维护费预算为2万元，支出决算为1.18万元，完成预算的41%。") == [("R-RATE", "41%", "59%")]
    assert review_text("公务用车运行维护费预算为2万元，支出决算为1.18万元，完成预算的59%。") == []
    # whole amounts alone stand for what rounds to them: 1.18/2 and 1.4/2 both may be written so
    assert review_text("公务用车运行维护费预算为2万元，支出决算为1万元，完成预算的59%。") == []


def test_identifiers_and_clock_times_are_not_amounts():
    # a page header's 索引号 (digits glued to a letter, "/", "-") and opening hours "8:00-11:30,13:30-17:00"
    head = ("| 索引号: | 11500383009336715E/2025-00034 | 发文字号: |\n监督索引号53280011047601000\n"
            "预约挂号电话:0830-3192516(接电话时间8:00-11:30,13:30-17:00)\n")
    assert review_text(head + "本年支出合计100.00万元，比上年80.00万元增加20.00万元，增长25.00%。") == []
    # an amount of too many digits is still said to be unread; a mis-grouped amount still reported
    assert [f.code for f in review_text("本年支出合计" + "9" * 20 + ".00万元。")] == ["R-UNREAD"]
    assert [f.code for f in review_text("本年支出合计100.00万元（其中54,7,774.03为基本支出）。")] == ["R-FORMAT-GROUP"]


def test_a_list_of_examples_bounds_its_total_from_below_only():
    listed = "国内公务接待共计支出{0}万元，具体内容主要包括：签约仪式1.91万元、专家调研0.14万元、项目评审0.19万元等。"
    assert review_text(listed.format("7.80")) == []  # 等: not every item is named
    assert _found(listed.format("1.80")) == [("R-SUM", "1.80万元", "2.24万元")]  # but the named ones fit in it


def test_items_joined_by_a_comma_inside_a_semicolon_list_are_items():
    listed = ("全区收入合计{0}万元。其中，一般公共预算收入88690万元；上级补助收入189972万元，债务转贷收入22800万元；"
              "上年结余收入18130万元；调入资金12822万元。")
    assert review_text(listed.format("332414")) == []
    assert _found(listed.format("342414")) == [("R-SUM", "342414万元", "332414万元")]


def test_an_item_with_its_change_then_another_item_after_a_comma():
    text = ("2024年“三公”经费支出合计35.00万元，比上年减少2.28万元。"
            "其中：因公出国（境）费0.00万元，比上年减少0.00万元；"
            "公务用车购置及运行维护费5.00万元，比上年减少0.28万元，公务接待费30.00万元，比上年减少2.00万元。")
    assert review_text(text) == []
    # "主要用于" after a comma is a breakdown of the item, not another item: the list is read as written
    broken_down = "项目支出合计30.00万元。其中：专项业务费30.00万元，主要用于甲项目10.00万元，乙项目20.00万元。"
    assert review_text(broken_down) == []


def _t5_blocks(final: str):
    from juesuan.review.blocks import Block

    rows = [["科目编码", "科目名称", "合计", "基本支出", "项目支出"], ["", "合计", "488.54", "0.00", "488.54"],
            ["207", "文化旅游体育与传媒支出", "488.54", "0.00", "488.54"],
            ["20701", "文化和旅游", "488.54", "0.00", "488.54"],
            ["2070109", "群众文化", "403.54", "0.00", "403.54"],
            ["2070199", "其他文化和旅游支出", "85.00", "0.00", "85.00"]]
    table = Block("\n".join("\t".join(r) for r in rows), "第1个表格", rows, title="一般公共预算财政拨款支出决算表",
                  caption="一般公共预算财政拨款支出决算表 单位：万元")
    paras = [p for p in ITEMS.replace("403.54", final).split("\n")]
    return [table, *(Block(p, f"第{n}段") for n, p in enumerate(paras, 1))]


def test_an_items_final_against_its_row_of_the_general_budget_table():
    from juesuan.review import review_blocks

    assert review_blocks(_t5_blocks("403.54")) == []
    found = [(f.code, f.figure, f.expected) for f in review_blocks(_t5_blocks("430.54"))]
    assert ("R-TEXT-TABLE", "430.54万元", "403.54万元") in found


def test_figures_said_respectively_are_checked_place_by_place():
    text = ("2024年度收入、支出总计分别为1,200.00万元、1,100.00万元，与上年相比分别增加200.00万元、100.00万元，"
            "分别增长20.00%、{0}。")
    assert review_text(text.format("10.00%")) == []
    assert _found(text.format("11.11%")) == [("R-PERCENT", "11.11%", "10.00%")]
    # "各" and a list written "A,B万元" (one unit for both): a truncated rate is not a rounded one
    text = ("2024年度收、支总计各是525.40,460.88万元。与2023年相比，收、支总计各减少74.60,139.12万元，"
            "各下降12.43%、{0}。")
    assert review_text(text.format("23.19%")) == []
    assert _found(text.format("23.18%")) == [("R-PERCENT", "23.18%", "23.19%")]


def test_a_change_with_no_direction_word():
    text = "公务接待费决算数为{0}万元，较上年决算数63.06万元49.26万元，{1}78.12%。"
    # 原文数字 the span 应为 replaces: pasted over it, 「较上年决算数63.06万元减少49.26万元」 (rev31)
    assert _found(text.format("13.80", "下降")) == [("R-WORDING", "49.26万元", "减少49.26万元")]
    assert _found("公务接待费较上年决算数63.06万元49.26万元，增长78.12%。") == [
        ("R-WORDING", "49.26万元", "增加49.26万元")]
    assert review_text(text.format("13.80", "下降").replace("万元49.26", "万元减少49.26")) == []


def test_placeholders_left_in_a_written_text_and_a_year_without_its_nian():
    intro = "某镇人民政府2023年度部门决算。" + "本单位严格执行预算，加强财务管理，规范支出行为。" * 12
    found = [f.code for f in review_text(intro + "\n附件：1.2023年度项目支出绩效自评表\n2.2023年度XX项目绩效评价报告")]
    assert found == ["R-TEMPLATE"]
    text = "2024年，全区财政运行平稳。\n2024区一般公共预算收入180.97亿元，为预算的102.27%。\n一、2024财政决算情况"
    assert _found(text) == [("R-TYPO-YEAR", "2024区一般公共预算收入", "2024年区一般公共预算收入")]  # not the heading
    assert review_text("2024年度支出2024元，共2024人次，文号〔2024〕12号，索引号2024-00034，2024届毕业生。") == []


def test_a_figure_left_blank_in_a_filled_text():
    text = ("2024年“三公”经费支出合计35.00万元，比上年减少2.28万元。其中：公务用车购置及运行维护费5.00万元，"
            "占 %，比上年减少0.28万元；公务接待费30.00万元，占85.71%，比上年减少2.00万元。")
    assert [(f.code, f.quote[:6]) for f in review_text(text)] == [("R-TEMPLATE", "其中：公务用")]
    assert review_text(text.replace("占 %", "占14.29%")) == []
    assert review_text("本表金额单位为万元。支出合计35.00万元，比上年减少2.28万元。") == []  # a unit named, no blank


def test_a_completion_rate_whose_budget_is_written_as_the_gap_after_it():
    text = "本单位一般公共预算财政拨款支出1741.75万元；完成年初预算{0}，决算数大于预算数55.93万元，主要原因是工资调标。"
    assert _found(text.format("100%")) == [("R-RATE", "100%", "103.32%")]
    assert review_text(text.format("103.32%")) == []
    text = "本年收入1205.11万元，完成年初预算的{0}，比年初预算减少537.35万元。"
    assert _found(text.format("70%")) == [("R-RATE", "70%", "69.16%")]
    assert review_text(text.format("69%")) == []


def test_a_wan_table_named_in_its_caption_is_read_with_its_rounding():
    from juesuan.review import review_blocks
    from juesuan.review.blocks import Block

    def table(rows, caption):
        return Block("\n".join("\t".join(r) for r in rows), "第1个表格", rows, title="表", caption=caption)

    rows = [["项目", "本年", "上年", "增减额", "增减率"], ["公用经费", "33.34", "30.00", "3.34", "11.14%"]]
    assert review_blocks([table(rows, "单位：万元")]) == []  # 3.335…3.345 ÷ 29.995…30.005 takes in 11.14%
    assert [f.code for f in review_blocks([table(rows, "单位：元")])] == ["R-TABLE-PERCENT"]  # 元 to the 分: exact


def test_a_total_whose_parts_follow_as_paragraphs():
    text = ("六、一般公共预算财政拨款基本支出决算情况说明\n2023年一般公共预算财政拨款基本支出{0}万元，其中：\n"
            "人员经费489.18万元，主要包括：基本工资、津贴补贴、奖金。\n公用经费46.89万元，主要包括：办公费、印刷费。\n"
            "七、财政拨款“三公”经费支出决算情况说明")
    assert review_text(text.format("536.07")) == []
    assert _found(text.format("911.70")) == [("R-SUM", "911.70万元", "536.07万元")]


def test_shares_of_a_total_stated_before_with_no_whole_named():
    text = ("2023年度“三公”经费支出预算为24.50万元，支出决算为11.96万元，完成预算的48.82%。\n"
            "2023年度“三公”经费支出决算中，因公出国（境）费支出0.00万元，占0.00%；公务用车购置及运行维护费支出4.02万元，"
            "占{0}；公务接待费支出7.94万元，占{1}。")
    assert review_text(text.format("33.61%", "66.39%")) == []
    assert _found(text.format("89.33%", "39.70%")) == [("R-SHARE", "89.33%", "33.61%"), ("R-SHARE", "39.70%", "66.39%")]


def test_one_figure_one_correct_value_one_finding():
    text = ("本年度单位收入、支出决算均为4,677,326.79元。\n本年支出合计4,767,326.79元。其中：人员经费4,049,552.76元，"
            "占本年支出合计的86.58%；公用经费627,774.03元，占本年支出合计的13.42%。\n本年支出合计4,677,326.79元。")
    found = review_text(text)
    assert [(f.figure, f.expected) for f in found] == [("4,767,326.79元", "4,677,326.79元")]
    assert "4,049,552.76元 + 627,774.03元" in found[0].why  # both reasons kept


def test_a_share_of_a_total_held_wrong_elsewhere_is_not_said_again():
    text = ("本年度单位收入决算为10,674,210.74元。\n本年收入合计10,764,210.74元。其中：一般公共预算财政拨款收入"
            "9,134,567.89元，事业收入1,456,230.50元，其他收入83,412.35元。\n本年度非财政拨款收入1,539,642.85元，"
            "占本年收入合计的14.42%。")
    assert [(f.code, f.figure) for f in review_text(text)] == [("R-SUM", "10,764,210.74元")]


def test_a_total_row_merged_over_code_and_name_is_right_aligned():
    from juesuan.review import review_blocks
    from juesuan.review.blocks import Block

    rows = [["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
            ["208", "社会保障和就业支出", "85.73", "85.73", ""], ["213", "农林水支出", "743.04", "512.04", "231.00"],
            ["合计", "828.77", "597.77", "231.00"]]
    table = Block("\n".join("\t".join(r) for r in rows), "第1个表格", rows, title="一般公共预算财政拨款支出决算表",
                  caption="单位：万元")
    assert review_blocks([table]) == []
    rows[-1][1] = "838.77"
    assert [(f.code, f.figure) for f in review_blocks([table])] == [("R-TABLE-SUM", "838.77")]


def test_a_direction_with_the_lines_amount_named_in_the_sentence_before():
    text = ("其中：公务接待费8,640.00元，占18.35%。公务接待费比上年9,350.00元{0}710.00元，同比{1}7.59%；"
            "比预算10,000.00元减少1,360.00元，完成预算的86.40%。")
    assert review_text(text.format("减少", "下降")) == []
    assert _found(text.format("增加", "下降")) == [("R-DIRECTION", "增加710.00元", "减少710.00元")]
    assert _found(text.format("减少", "增长")) == [("R-DIRECTION", "增长7.59%", "下降7.59%")]


def test_two_values_with_a_subject_read_from_context_are_not_held_against_each_other():
    # the 项 named in the sentence before, two values and no majority: which line each is, is not sure
    again = ("\n3、文化旅游体育与传媒支出（类）文化和旅游（款）群众文化（项）。"
             "年初预算为500.00万元，支出决算为430.54万元。")
    assert review_text(ITEMS + again) == []
    # named in its own words both times, it is one line stated twice
    named = "公务用车运行维护费支出决算为4.02万元。\n公务用车运行维护费支出决算为3.20万元。"
    assert [f.code for f in review_text(named)] == ["R-SAME"]


def test_a_comparison_with_budget_and_final_named_in_paragraphs_before():
    text = ("财政拨款支出预算8,170,000.00元。其中：基本支出6,070,000.00元，占74.30%；"
            "项目支出2,100,000.00元，占25.70%。\n财政拨款支出决算8,586,456.01元。其中：基本支出6,276,456.01元，"
            "占73.10%；项目支出2,310,000.00元，占26.90%。\n"
            "财政拨款支出决算比预算{0}元，完成预算的105.10%。")
    assert review_text(text.format("增加416,456.01")) == []
    assert _found(text.format("减少416,456.01")) == [("R-DIRECTION", "减少416,456.01元", "增加416,456.01元")]
    assert _found(text.format("增加416,465.01")) == [("R-DIFF", "416,465.01元", "416,456.01元")]


def test_number_slots_left_empty_by_their_shape():
    """A unit or measure word with no number where the grammar needs one; filled from the same words
    elsewhere in the document when it writes them with their numbers."""
    head = "本年支出12.50万元，比上年增长3.50%。"
    text = head + "严格执行区十七届人大五次会议审查批准的预算。决算数与向区十届人大次会议报告的执行数一致。"
    assert [(f.code, f.expected) for f in review_text(text)] == [("R-TEMPLATE", "区十七届人大五次会议")]
    for blank in ("共接待第次来访。", "接待人数共计人，", "公务用车保有量为辆。",
                  "其中人员经费万元，公用经费1.00万元。", "完成预算的%。", "比上年减少 万元。"):
        assert [f.code for f in review_text(head + blank)] == ["R-TEMPLATE"], blank
    normal = ("本次会议、历届人大、换届会议、首次会议和此次全会均已召开，坚持为人民服务，单价50万元以上的资产，"
              "节约数万元，以万元为单位，按万元计，工作次第展开，共计3人，第一次会议，公务用车保有量为2辆。")
    assert review_text(head + normal) == []
    assert review_text("共接待第次来访，共计人。比上年减少万元。") == []  # nothing filled in: the template itself


def test_units_left_out_in_the_shapes_of_real_texts():
    # pdftotext puts spaces around figures; a rate's % or an amount's 万元 is missing
    assert _found("本年支出12.50万元，比上年增长 13.95 ，主要原因是人员增加。") == [
        ("R-UNIT-MISSING", "13.95", "13.95%")]
    assert review_text("本年支出12.50万元，比上年增长 13.95 %，主要原因是人员增加。") == []
    assert _found("一般公共预算财政拨款支出决算为1,234.56，比上年增加12.34万元，增长1.01%。") == [
        ("R-UNIT-MISSING", "1,234.56", "1,234.56万元")]
    assert _found("本单位项目支出占比为 4.04，基本支出占比为95.96%。") == [("R-UNIT-MISSING", "4.04", "4.04%")]
    # the same amount written 万元 elsewhere: the 万 left out (gs-gannan-jiaotong-2015, tuning)
    text = ("“三公”经费合计30.49万元，其中：公务接待费1.58万元。\n"
            "2015年公务接待费{0}，较2014年公务接待费减少0.26万元。")
    assert _found(text.format("1.58元")) == [("R-UNIT-MISSING", "1.58元", "1.58万元")]
    assert review_text(text.format("1.58万元")) == []


def test_a_completion_rate_resolved_through_its_subject():
    # the 项 heading, its budget and its 决算 on lines of their own (a PDF copy), the rate after them
    text = ("（一）一般公共服务支出（类）人大事务（款）行政运行（项）\n年初预算为100.00万元\n支出决算为95.00万元\n"
            "完成年初预算的{0}%。\n（二）一般公共服务支出（类）人大事务（款）一般行政管理事务（项）\n"
            "年初预算为50.00万元，支出决算为60.00万元。完成年初预算的120.00%。")
    assert _found(text.format("59.00")) == [("R-RATE", "59.00%", "95.00%")]
    assert review_text(text.format("95.00")) == []
    # the 决算 with its parts, then the rate: the parts are the 决算's, the rate is the total's
    text = ("2021年度一般公共预算财政拨款支出年初预算为1000.00万元。\n支出决算为1057.60万元，其中：基本支出800.00万元，"
            "项目支出257.60万元。\n完成年初预算的{0}%。")
    assert _found(text.format("27.22")) == [("R-RATE", "27.22%", "105.76%")]
    assert review_text(text.format("105.76")) == []
    # 年初 and 全年 budgets both stated, a rate naming neither: not checked; naming one: checked
    both = "年初预算为100.00万元，全年预算为120.00万元，支出决算为110.00万元。完成预算的{0}%。"
    assert review_text(both.format("50.00")) == []
    assert _found(both.replace("完成预算", "完成全年预算").format("50.00")) == [("R-RATE", "50.00%", "91.67%")]


def test_a_decrease_against_the_budget_with_a_rate_over_100_percent():
    text = "财政拨款支出决算比预算{0}416,456.01元，完成预算的105.10%。"
    assert _found(text.format("减少")) == [("R-DIRECTION", "减少416,456.01元", "增加416,456.01元")]
    assert review_text(text.format("增加")) == []
    assert _found("财政拨款支出决算比年初预算增加12.00万元，完成年初预算的95.00%。") == [
        ("R-DIRECTION", "增加12.00万元", "减少12.00万元")]


def test_shares_of_one_named_whole_in_several_sentences():
    # gx-wuzhou-1412 (tuning): 基本支出 and 项目支出 each "占一般公共预算支出的…", the whole named nowhere
    text = ("1. 基本支出预算2476260.58元，占一般公共预算支出的84.06%，同比减少4966.66元。\n"
            "2. 项目支出469500元，占一般公共预算支出的{0}，同比增加70100元。")
    assert _found(text.format("19.62%")) == [("R-SHARE", "19.62%", "15.94%")]
    assert review_text(text.format("15.94%")) == []
    # a "其中" list whose shares add to 100%: each is its part ÷ their sum; the line it hangs from has
    # a share of the same whole by another split, and is not one of them
    items = ("项目支出预算48100元，占支出总预算的4.43%。其中：\n"
             "（一）文化旅游体育与传媒支出850088.3元，占支出总预算78.33%。\n"
             "（二）社会保障和就业支出116433.12元，占支出总预算10.73%。\n（三）卫生健康支出43897.73元，占支出总预算{0}。\n"
             "（四）住房保障支出74784.48元，占支出总预算6.89%。")
    assert _found(items.format("4.04%")) == [("R-SHARE", "4.04%", "4.05%")]
    assert review_text(items.format("4.05%")) == []
    # parts that are not the whole (shares of a larger whole): nothing to say
    assert review_text("甲项目30.00万元，占项目支出的30.00%。\n乙项目20.00万元，占项目支出的20.00%。") == []


def test_figures_rounded_from_exact_yuan_are_never_an_alarm():
    """Every rate, share, change and completion computed from exact 元 amounts and shown in 万元 (to
    the 分, the 角 or the whole 万) with half-up rounding: explainable by rounding, so no 错误/警告."""
    import random
    from decimal import ROUND_HALF_UP, Decimal

    rng = random.Random(7)
    for places in ("0.01", "0.1", "1"):
        def w(x: Decimal, places: str = places) -> Decimal:
            return (x / 10000).quantize(Decimal(places), ROUND_HALF_UP)

        def p(x: Decimal, d: int) -> Decimal:
            return x.quantize(Decimal(1).scaleb(-d), ROUND_HALF_UP)

        for _ in range(40):
            a, b = (Decimal(rng.randint(100000, 99999999)) / 100 for _ in range(2))
            parts = [Decimal(rng.randint(1000, 9999999)) / 100 for _ in range(3)]
            t, d, dec = sum(parts), a - b, rng.choice([0, 1, 2])
            word, pw = ("增加", "增长") if d > 0 else ("减少", "下降")
            texts = (
                f"本年支出决算{w(a)}万元，比上年{w(b)}万元{word}{w(abs(d))}万元，{pw}{p(abs(d) / b * 100, dec)}%。",
                f"年初预算为{w(b)}万元，支出决算为{w(a)}万元，完成年初预算的{p(a / b * 100, dec)}%。",
                f"“三公”经费支出{w(t)}万元，其中：因公出国（境）费{w(parts[0])}万元，占{p(parts[0] / t * 100, 2)}%；"
                f"公务用车购置及运行维护费{w(parts[1])}万元，占{p(parts[1] / t * 100, 2)}%；"
                f"公务接待费{w(parts[2])}万元，占{p(parts[2] / t * 100, 2)}%。",
                f"财政拨款支出决算比预算{word}{w(abs(d))}万元，完成预算的{p(a / b * 100, dec)}%。",
            )
            for text in texts:
                assert [f for f in review_text(text) if f.level.value in ("错误", "警告")] == [], text


def test_a_change_rounding_leaves_signed_is_not_called_flat():
    assert _found("本年支出10.01万元，比上年10.00万元增加0.05万元。") == [("R-DIFF", "0.05万元", "0.01万元")]
    # (the direction word joins 原文数字: the 「0.01万元」 after 减少, not the one inside 「10.01万元」)
    assert _found("本年支出10.01万元，比上年10.00万元减少0.01万元。") == [
        ("R-DIRECTION", "减少0.01万元", "增加0.01万元")]
    assert _found("本年支出10.00万元，比上年10.00万元增加0.05万元。") == [("R-DIRECTION", "增加0.05万元", "持平")]


def test_last_years_amount_is_not_this_years_and_its_rate_is_checked():
    head = "某单位2024年度部门决算\n"
    both = "本年支出决算为120.00万元，上年支出决算为100.00万元，增长{0}%。"
    apart = "上年人员经费100.00万元，公用经费50.00万元。本年人员经费120.00万元，比上年增长{0}%。"
    for text in (both, apart):
        for h in ("", head):
            assert review_text(h + text.format("20.00")) == []
            assert _found(h + text.format("25.00")) == [("R-PERCENT", "25.00%", "20.00%")]
    # another line's amount between the rate and its line: whose rate it is, is not known
    assert review_text(head + "上年人员经费100.00万元。本年人员经费120.00万元，公用经费50.00万元，增长25.00%。") == []


def test_changes_written_with_short_words():
    # "增幅", "减幅", and 增/减 alone after 较 (yn-lincang-343, tuning)
    assert _found("本年支出120.00万元，较上年增20.00万元，增幅25.00%。") == [("R-PERCENT", "25.00%", "20.00%")]
    assert review_text("本年支出120.00万元，较上年增20.00万元，增幅20.00%。") == []
    assert [(f.code, f.figure) for f in review_text("商品和服务支出较上年减0.04万元，增0.01%。")] == [
        ("R-DIRECTION", "增0.01%")]
    assert review_text("本单位新增资产17.10万元，增值税2.00万元，减免3.00万元，增幅较大。") == []


def test_a_total_change_against_the_changes_listed_below_it():
    # yn-lincang-346 (tuning): "主要变动原因如下：" then numbered paragraphs, one line's change each
    text = ("2018年基本支出预算较上年增{0}万元，增幅22%。主要变动原因如下：\n"
            "1.工资福利支出较上年增94.22万元，增44%。主要原因是增资及新增人员。\n"
            "2.商品和服务支出较上年增1.11万元，增3.6%。主要原因是新增人员。\n"
            "3.对个人和家庭补助支出较上年(减少)16.23万元，减幅71%。主要原因是养老保险并轨。\n"
            "（二）项目支出预算收支增减情况")
    assert _found(text.format("59.11")) == [("R-SUM", "增59.11万元", "增加79.10万元")]
    assert review_text(text.format("79.10")) == []
    reasons = "本年支出较上年增12.00万元。主要原因如下：\n1.人员增加。\n2.业务量增加。"
    assert review_text(reasons) == []


def test_a_table_header_read_as_text_is_not_a_blank():
    text = "本年支出12.50万元，比上年增长3.50%。\n项目\n|\n2016年比2015年增减%\n|\n-16.77\n|"
    assert [f for f in review_text(text) if f.code == "R-TEMPLATE"] == []


def test_a_change_after_a_list_may_be_the_heads():
    # gx-wuzhou-1596 (s3 tuning): the change follows the 其中 list but is the head's
    text = ("事业运行经费总预算安排37337407.64元，其中：基本支出预算488180.64元，项目支出预算36849227元，"
            "同比增加27125219.46元，增长{0}%。")
    assert review_text(text.format("265.6")) == []
    assert review_text(text.format("278.95")) == []  # the last item's: agrees with one reading
    # with none: the head's, as precise as written
    assert _found(text.format("200.0")) == [("R-PERCENT", "200.0%", "265.6%")]


def test_figures_of_two_years_are_not_one_figure_and_wan_to_the_yuan_is_legal():
    # gov-shenjishu-2011 (s3 tuning): 2010's 预算数 and 2011's 预算数 are two figures
    text = ("审计署公布：2010年因公出国（境）费、公务用车购置及运行费和公务接待费的财政拨款预算数2711.65万元、"
            "决算数2488.79万元，2011年预算数2687.06万元。")
    assert review_text(text) == []
    # sc-daying-wenlian-2015 (s3 tuning): 0.498万元 is 4,980元, exact; five decimals of 万元 are not
    assert review_text("公务接待费0.498万元，共计支出0.498万元。") == []
    assert [f.code for f in review_text("公务接待费0.49812万元。")] == ["R-FORMAT-DECIMALS"]


def test_blanks_in_the_shapes_the_injection_bench_writes():
    head = "本年支出12.50万元，比上年增长3.50%。"
    for blank in ("此外，使用非财政拨款结余和专用结余万元，年初结转和结余0.00万元。",
                  "2010年决算数包括公务用车购置费万元(更新公务用车8辆)。", "本部门2019年度收支总计(含结转和结余)万元。",
                  "公务接待费预算数万元，与上年相比无增减。", "1.因公出国(境)费:万元。",
                  "其中：货物类采购元，占采购预算58.8%。"):
        assert [f.code for f in review_text(head + blank)] == ["R-TEMPLATE"], blank
    assert review_text(head + "单位：万元。节约数万元，十余万元，金额单位:万元，（单位：元），以美元，第三单元。") == []
    # whole amounts only: still a filled-in text
    text = "经汇总，2021年“三公”经费支出预算为万元，其中：因公出国（境）费用39万元，公务接待费323万元，公务用车4万元。"
    assert [f.code for f in review_text(text)] == ["R-TEMPLATE"]
    # a blank beside figures that were read is the writer's, not a PDF's loss (no R-INCOMPLETE)
    text = ("2021年度“三公”经费支出决算中，因公出国（境）费支出决算0万元，占0%；公务接待费支出决算1.52万元，占%；"
            "公务用车购置及运行维护费支出决算0万元，占0%。" + "本年收入1.52万元。" * 4)
    assert [f.code for f in review_text(text)] == ["R-TEMPLATE"]


def test_a_list_of_changes_with_an_item_left_blank_is_not_summed():
    text = ("2018年基本支出预算较上年增17.1万元，增幅17.18%。主要变动原因如下：\n"
            "1.工资福利支出较上年增18.67万元，增21.86%。\n2.商品和服务支出较上年减0.04万元。\n3.对个人和家庭补助支出较上年增加万元，增幅0.01%。")
    assert [f.code for f in review_text(text)] == ["R-TEMPLATE"]


def test_a_rate_without_its_percent_in_the_shapes_of_real_texts():
    for text, num in (("其中，税收收入完成21.10亿元，为预算调整数的101.9，同比下降17.6%。", "101.9"),
                      ("支出决算为62.07万元，完成全年预算84.82万元的73.2，比上年增加38.97万元。", "73.2"),
                      ("区一般公共预算支出213.64亿元，完成调整预算的96.71加上上解支出11.30亿元。", "96.71"),
                      ("占全国财政支出和GDP的比重分别为10.0和3.3%。", "10.0"),
                      ("因公出国（境）费决算数为93.87万元，占“三公”经费财政拨款决算总数的23.5。", "23.5"),
                      ("公务接待费支出决算减少17,993元，下降85.38。2022年度支出决算减少。", "85.38"),
                      ("人员经费占比由上年的66.08上升至86.58%，公用经费占比由上年的33.92%下降至13.42%。", "66.08"),
                      ("公务接待费支出决算增加0.16万元，增长0.84公务用车购置及运行费1.00万元。", "0.84")):
        assert _found(text) == [("R-UNIT-MISSING", num, num + "%")], text
    assert review_text("本年增加2人，增长1.5倍，增长3个百分点，增加12辆，增加1.50万元。收入增长8.1%和9.2%。") == []


def test_flat_against_two_different_amounts_said_with_bi():
    assert _found("本年度单位收入、支出决算均为4,677,326.79元，比预算2,656,000.00元持平。") == [
        ("R-FLAT", "2,656,000.00元", "增加2,021,326.79元")]
    assert _found("办公设备购置本年末112,980.00元，上年末0.00元，比上年末持平。") == [
        ("R-FLAT", "0.00元", "增加112,980.00元")]
    assert review_text("办公设备购置本年末112,980.00元，上年末112,980.00元，比上年末持平。") == []
    assert review_text("收入100.00元，支出80.00元，比上年持平。") == []  # neither amount is last year's


def test_the_wrong_item_of_a_list_is_named_by_its_share():
    text = ("一般公共预算财政拨款支出{0}万元，主要用于以下方面：一般公共服务支出（类）405.12万元，占86.61%；"
            "社会保障和就业支出（类）{1}万元，占10.87%；卫生健康支出（类）11.75万元，占2.51%。")
    assert review_text(text.format("467.73", "50.86")) == []
    assert _found(text.format("467.73", "30.86")) == [("R-PART", "30.86万元", "50.86万元")]  # not R-SUM on the total
    assert _found(text.format("457.73", "50.86")) == [("R-SUM", "457.73万元", "467.73万元")]  # the total wrong


def test_a_transposed_total_is_not_blamed_on_the_item_its_share_tips():
    """1063.51 typed 1063.15 (两位颠倒) where 一 states 1063.51: only the largest item's share (910.67 ÷ 1063.15 =
    85.66%) leaves its 85.63%, but every share agrees with the items' own sum 1063.51, which the document says and
    1063.15 nowhere else — the total is the wrong figure, not 910.67. The mirror (910.67 typed 911.02 under a total
    said again) still blames the item."""
    text = ("一般公共预算财政拨款支出{0}万元，主要用于以下方面：一般公共服务支出（类）{1}万元，占85.63%；"
            "社会保障和就业支出（类）145.16万元，占13.65%；卫生健康支出（类）7.68万元，占0.72%。")
    said = "（一）总体情况\n一般公共预算财政拨款支出1063.51万元。\n（二）结构情况\n"
    assert review_text(said + text.format("1063.51", "910.67")) == []
    assert [(code, figure) for code, figure, _ in _found(said + text.format("1063.15", "910.67"))] == [
        ("R-SUM", "1063.15万元")]
    assert _found(said + text.format("1063.51", "911.02")) == [("R-PART", "911.02万元", "910.67万元")]


def test_the_units_name_spelled_as_the_document_mostly_spells_it():
    body = ("\n上海市普陀区生态环境局2024年度收入支出总计100.00万元。上海市普陀区生态环境局主要职能是保护环境。"
            "上海市普陀区生态环境局本级。")
    odd_title = review_text("上海市普陀区生态境局2024年度部门决算" + body)
    assert [(f.code, f.expected, f.quote[:10]) for f in odd_title] == [
        ("R-UNIT-NAME", "上海市普陀区生态环境局", "上海市普陀区生态境局")]
    assert review_text("上海市普陀区生态环境局2024年度部门决算" + body) == []


def test_a_wrong_flat_is_one_finding_not_also_the_reason_after_it():
    text = "货币资金本年末112,980.00元，上年末100,000.00元，比上年末{0}。\n货币资金增加的主要原因是收到拨款。"
    assert _found(text.format("持平")) == [("R-FLAT", "100,000.00元", "增加12,980.00元")]
    assert review_text(text.format("增加12,980.00元")) == []
    same = "货币资金本年末100,000.00元，上年末100,000.00元，比上年末持平。\n货币资金增加的主要原因是收到拨款。"
    assert [f.code for f in review_text(same)] == ["R-REASON-DIRECTION"]


def test_parts_adding_to_less_than_their_total_are_a_question():
    from juesuan.core.findings import Level

    found = review_text("本年支出合计100.00万元，其中：基本支出60.00万元，项目支出30.00万元。")
    assert [(f.code, f.level, f.expected) for f in found] == [("R-SUM", Level.INFO, "90.00万元")]
    found = review_text("本年支出合计100.00万元，其中：基本支出80.00万元，项目支出30.00万元。")
    assert [(f.code, f.level, f.expected) for f in found] == [("R-SUM", Level.ERROR, "110.00万元")]
