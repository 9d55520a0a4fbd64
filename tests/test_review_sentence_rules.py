"""审阅's sentence rules on the classes real published texts showed (corpus "Session 3", the
injection findings): each test is text in the style of real 决算/预算 说明, with the finding it must
give (its code, the figure as written and the correct value) or none."""

from __future__ import annotations

from juesuan.review import review_text


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.figure, f.expected) for f in review_text(text)]


def test_amounts_in_yi_yuan_are_read_and_the_rate_is_stated_as_precisely_as_written():
    # 571.6 ÷ (36,399 + 571.6) = 1.546% → 1.5% at one decimal (the figures' rounding reaches 1.5463% at most)
    text = "全年政府采购规模为36,399亿元，较上年减少571.6亿元，下降{0}%。"
    assert _found(text.format("1.6")) == [("R-PERCENT", "1.6%", "1.5%")]
    assert review_text(text.format("1.5")) == []
    # the same in 万元 and in 亿元 are one amount: a share of a 亿元 total in 万元 parts
    assert review_text("收入合计1.2亿元，其中：财政拨款收入9,000万元，占75%；其他收入3,000万元，占25%。") == []


def test_a_paragraph_opening_with_qizhong_breaks_down_the_amount_before_it():
    text = ("2.公务用车购置及运行维护支出{0}万元（排已公开的6个区最高），比上年增长58.65%。\n"
            "其中：公务用车购置支出1,088万元，比上年增长97.1%；公务用车运行维护支出3,559万元，比上年增长49.73%。")
    assert review_text(text.format("4,647")) == []
    assert _found(text.format("4,000")) == [("R-SUM", "4,000万元", "4,647万元")]
    # a thousands comma typed as a point: the sum says which it is
    found = review_text(text.format("4.647"))
    assert [(f.code, f.figure, f.expected) for f in found] == [("R-SUM", "4.647万元", "4,647.00万元")]
    assert "千分位的逗号写成了小数点" in found[0].message


def test_a_list_in_parentheses_is_the_breakdown_of_the_amount_before_it_only():
    # the 其中 in parentheses ends at the parenthesis: the amounts after it are not its items
    text = ("全市一般公共预算收入137.78亿元。加上上级补助收入366.92亿元(其中返还性收入18.20亿元、一般性转移支付收入"
            "295.68亿元、专项转移支付收入53.03亿元)、上年结余55.84亿元、调入资金47.08亿元,全市一般公共预算收入总计"
            "607.62亿元。")
    assert review_text(text) == []
    assert _found(text.replace("53.03亿元", "63.03亿元")) == [("R-SUM", "366.92亿元", "376.91亿元")]


def test_the_same_line_of_two_levels_of_government_is_two_amounts():
    text = ("1.全区一般公共预算收支决算情况 全区一般公共预算收入326.7亿元,增长6.3%。加上调入资金88.5亿元、"
            "动用预算稳定调节基金35.6亿元,收入总量为450.8亿元。\n"
            "2.区本级一般公共预算收支决算情况 区本级一般公共预算收入326.7亿元,增长6.3%。加上调入资金88.5亿元、动用预算"
            "稳定调节基金32.4亿元,收入总量为447.6亿元。")
    assert review_text(text) == []


def test_a_rate_on_a_comparable_basis_is_not_computed_from_the_amounts_as_stated():
    text = "全区一般公共预算收入326.7亿元,比上年增加12.5亿元,{0}增长6.3%。"
    assert review_text(text.format("同口径")) == []
    assert _found(text.format("")) == [("R-PERCENT", "6.3%", "4.0%")]


def test_a_rate_of_another_comparison_or_a_yearly_average_is_not_read_against_the_amounts_before_it():
    # 比上年 after 比年初预算: the year's growth, its base not written
    assert review_text("全市一般公共预算收入完成137.78亿元,比年初预算130亿元超收7.78亿元,比上年增长5%。") == []
    assert review_text("全市一般公共预算收入完成137.78亿元,较年初预算130亿元增长5.98%,同比增长5%。") == []
    # 同比 as the only rate of a budget comparison is still the wrong word
    assert [f.code for f in review_text("支出决算为120.00万元，比预算100.00万元增加20.00万元，同比增长20%。")] == [
        "R-WORD-TONGBI"]
    # 年均: a yearly average over five years, not the change ÷ the base
    assert review_text("2020年全市一般公共预算收入137.78亿元,较2015年的100.2亿元增加37.58亿元,年均增长6.6%。") == []
    assert _found("2020年全市一般公共预算收入137.78亿元,较2015年的100.2亿元增加37.58亿元,增长6.6%。") == [
        ("R-PERCENT", "6.6%", "37.5%")]


def test_zengshou_and_jianshou_are_changes_not_bases():
    # "比2017年增收C万元": the change (政府决算 wording), not last year's amount
    text = "2018年市级一般公共预算收入决算数129748万元,为调整预算数的100.66%,比2017年增收12423万元,增长{0}%。"
    assert review_text(text.format("10.59")) == []
    assert _found(text.format("12.59")) == [("R-PERCENT", "12.59%", "10.59%")]
    assert review_text("全市一般公共预算支出决算数480691万元,比上年减支8807万元,下降1.8%。") == []


def test_lists_of_amounts_compared_respectively_are_not_read_as_one_comparison():
    text = ("中央预算单位、地方预算单位政府采购规模分别为2853.0亿元和34117.6亿元,较上年的2700.0亿元和31000.0亿元"
            "分别增长5.7%和10.1%。")
    assert review_text(text) == []


def test_a_share_whose_whole_is_another_scale_is_not_of_that_whole():
    text = ("地方一般公共预算支出160437.14亿元,扣除使用结转结余及调入资金后增长7.4%。\n"
            "全市民生方面支出达到337.39亿元,占地方一般公共预算支出的64.27%,同比上年增支23.59亿元。")
    assert review_text(text) == []


def test_a_totals_rate_or_flat_against_the_changes_its_items_state():
    items = ("其中：因公出国（境）费0万元，比上年增加0万元；公务接待费11.52万元，与上年持平；"
             "公务用车购置及运行费35万元，比上年增加35万元。")
    assert _found(f"“三公”经费支出合计46.52万元，增长0%，与上年持平。{items}") == [
        ("R-PERCENT", "0%", "303.82%")]
    assert review_text(f"“三公”经费支出合计46.52万元，增长303.82%。{items}") == []
    assert _found(f"“三公”经费支出合计46.52万元，与上年持平。{items}") == [("R-FLAT", "46.52万元", "增加35.00万元")]
    # an item whose direction is a template alternative left in says nothing about the sum
    assert [f.code for f in review_text(
        f"“三公”经费支出合计46.52万元，增长0%。{items.replace('比上年增加35万元', '比上年增加（减少）35万元')}")
    ] == ["R-TEMPLATE"]


def test_a_sentence_comparing_last_year_with_the_year_before_in_a_documents_year():
    text = ("衢江区2016年一般公共预算安排“三公”经费决算数2364万元，比上年决算数下降16.77%。"
            "2016年公务用车购置数及保有量分别为1辆和130辆。\n"
            "{0}年衢江区“三公”经费支出决算同比下降的原因主要是：从严控制和压缩“三公”经费。")
    assert _found(text.format("2015")) == [("R-YEAR", "2015年衢江区", "2016年衢江区")]
    assert review_text(text.format("2016")) == []
    # a year that is the base of the comparison, or a sentence about last year with no comparison, is right
    assert review_text(text.format("2016").replace("同比下降", "比2015年下降")) == []
    assert review_text(text.format("2016") + "\n2015年公务用车保有量为150辆。") == []


REPORT = ("一、收入支出决算总体情况\n"
          "本年度收入决算1,000,000.00元，支出决算900,000.00元，比上年800,000.00元增加100,000.00元，增长12.50%。\n")


def test_a_template_alternative_left_in_a_reason_sentence_of_a_written_text():
    text = REPORT + "人员经费比预算增加（减少）的主要原因是：人员调整。"
    assert [(f.code, f.expected) for f in review_text(text)] == [("R-TEMPLATE", "")]
    # the template itself (no amounts filled in) is left alone
    assert review_text("人员经费比预算增加（减少）XXX万元，增加（减少）的主要原因是：XXX。") == []


def test_a_reasons_direction_is_read_against_what_the_reason_compares_with():
    text = ("其中：一般公共服务支出预算{0}元、决算9,123,743.87元，执行率{1}%；卫生健康支出预算2,257,937.64元、"
            "决算2,395,804.24元，执行率106.11%。\n"
            "与上年决算相比：一般公共服务支出比上年减少2,806,661.50元，同比下降23.53%。\n"
            "一般公共服务支出、卫生健康支出比预算增加的主要原因是：年中追加专项资金。")
    # the budget left blank: what 一般公共服务支出 did against its budget is not known — not "减少" (vs 上年)
    assert [f.code for f in review_text(text.format("", "104.63"))] == ["R-TEMPLATE"]
    assert review_text(text.format("8,720,341.96", "104.63")) == []
    assert [(f.code, f.expected) for f in review_text(text.format("9,720,341.96", "93.86"))] == [
        ("R-REASON-DIRECTION", "一般公共服务支出减少")]


def test_flat_against_the_changes_of_items_with_lists_of_their_own():
    text = ("“三公”经费财政拨款支出决算为2.02万元，完成全年预算5.3万元的38.1%，比上年决算数{0}。其中：因公出国（境）费"
            "支出决算为0万元，比上年决算数增加0万元，增长0%；公务用车购置及运行维护费支出决算为2.02万元，比上年决算数减少"
            "0.33万元，下降14%，其中：公务用车购置支出决算为0万元，比上年决算数增加0万元，公务用车运行维护费支出决算为"
            "2.02万元，比上年决算数减少0.33万元；公务接待费支出决算为0万元，比上年决算数增加0万元，增长0%。")
    assert _found(text.format("持平")) == [("R-FLAT", "2.02万元", "减少0.33万元")]
    assert review_text(text.format("减少0.33万元，下降14%")) == []


def test_flat_with_no_figures_of_its_own_against_last_years_amount_stated_elsewhere():
    text = ("2024年度单位决算情况说明\n2023年度“三公”经费财政拨款支出决算为{0}万元。\n"
            "2024年度“三公”经费财政拨款支出决算为2.02万元，完成全年预算5.3万元的38.1%，比上年决算数持平。")
    assert _found(text.format("3.10")) == [("R-FLAT", "2.02万元", "减少1.08万元")]
    assert review_text(text.format("2.02")) == []


def test_a_word_or_name_typed_twice():
    assert _found("因公出国（境）经费费62万元，比上年年初预算增加24万元。") == [("R-REPEAT", "经费费", "经费")]
    assert _found("汨罗市汨罗市发展和改革局概况") == [("R-REPEAT", "汨罗市汨罗市", "汨罗市")]
    assert review_text("各个单位常常一一核对，研究研究，出出进进。") == []


def test_a_completion_rate_written_with_zhan_is_no_share():
    text = "地方一般公共预算收入完成28,583万元，占调整预算105.47%，占一般公共预算收入的100%。"
    assert [f.code for f in review_text(text)] == []


def test_a_rate_written_before_its_zengshou_amount():
    text = "地方一般公共预算收入（同口径）完成30,161万元，同比增长{0}%，增收4,376万"  # a window cut after 万
    assert _found(text.format("14.6")) == [("R-PERCENT", "14.6%", "17.0%")]
    assert review_text(text.format("17.0") + "元。") == []


def test_the_templates_name_field_left_where_the_title_names_the_unit():
    text = ("随县均川镇中心学校2023年决算公开\n目录\n第一部分 部门名称概况\n第二部分 部门名称2023年度部门决算表\n"
            "第三部分 部门名称2023年度部门决算情况说明")
    assert _found(text) == [("R-TEMPLATE", "部门名称", "随县均川镇中心学校")]
    assert review_text(text.replace("部门名称", "随县均川镇中心学校")) == []
    # the template itself: its title holds the placeholder
    assert review_text(text.replace("随县均川镇中心学校", "上海市XX局").replace("部门名称", "上海市XX局")) == []


def test_the_subject_of_a_comparison_after_several_amounts():
    # "预算P，决算A，较上年决算数B…": the 决算 is what is compared with last year's 决算
    text = "“三公”经费预算数为832.05万元，决算支出数为820.33万元，较2022年决算数688.84万元增加131.49万元，{0}19.09%。"
    assert _found(text.format("下降")) == [("R-DIRECTION", "下降19.09%", "增长19.09%")]
    assert review_text(text.format("增长")) == []
    # "甲a、乙b，比上年B增长R%": which amount B is last year's is not written
    assert review_text("人员经费120.00万元、公用经费30.00万元，比上年100.00万元增长50%。") == []


def test_a_rates_current_amount_in_the_paragraph_before():
    text = ("2018年财政拨款“三公”经费预算总额为2.7万元，其中，因公出国（境）费支出0万元，"
            "公务用车购置及运行费支出1.5万元，公务接待费支出1.2万元。\n2018年“三公”经费预算数比2017年预算数减少0.06万元，减幅{0}%。")
    assert _found(text.format("0.02")) == [("R-PERCENT", "0.02%", "2.17%")]
    assert review_text(text.format("2.17")) == []


def test_shares_of_a_total_the_sentence_names_from_an_earlier_section():
    text = ("（一）“三公”经费财政拨款支出决算总体情况\n2023年“三公”经费财政拨款支出决算为3.46万元。\n"
            "（二）“三公”经费财政拨款支出决算具体情况\n2023年“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0万元，"
            "占0%；公务用车购置及运行维护费支出决算1.4万元，占{0}%；公务接待费支出决算2.06万元，占{1}%。")
    assert _found(text.format("0.02", "59.54")) == [("R-SHARE", "0.02%", "40.46%")]
    assert review_text(text.format("40.46", "59.54")) == []


def test_last_years_execution_told_in_a_budget_text_is_no_wrong_year():
    text = ("2024年部门预算情况说明\n2024年“三公”经费预算为12.00万元，比上年减少1.00万元。\n"
            "2023年“三公”经费预算执行数为11.50万元，比上年减少0.50万元。")
    assert review_text(text) == []


def test_a_total_change_of_income_and_of_spending_against_the_funds_listed_below():
    text = ("（一）财政拨款收支与2018年度决算对比情况\n"
            "本部门2019年度财政拨款本年收入1205.11万元，比2018年度增加{0}万元，增长{2}；本年支出1094.65万元，"
            "增加{1}万元，增长{3}。具体情况如下：\n"
            "一般公共预算财政拨款本年收入979.53万元，比上年增加28.13万元；本年支出869.07万元，比上年增加240.09万元。\n"
            "政府性基金预算财政拨款本年收入225.58万元，比上年增加161.78万元；本年支出225.58万元，比上年增加161.78万元。\n"
            "（二）财政拨款收支与年初预算数对比情况")
    # rates that agree with the funds' sums (189.91 ÷ 1015.20 = 19%, 401.87 ÷ 692.78 = 58%): the totals are wrong
    sums = [(f.figure, f.expected) for f in review_text(text.format("253.71", "207.42", "19%", "58%"))
            if f.code == "R-SUM"]
    assert sums == [("253.71万元", "189.91万元"), ("207.42万元", "401.87万元")]
    # rates computed from the written totals (27%, 23%): which side is wrong is not known, no 应为 (rev6)
    sums = [(f.figure, f.expected) for f in review_text(text.format("253.71", "207.42", "27%", "23%"))
            if f.code == "R-SUM"]
    assert sums == [("253.71万元", ""), ("207.42万元", "")]
    assert [f for f in review_text(text.format("189.91", "401.87", "19%", "58%")) if f.code == "R-SUM"] == []


def test_items_of_an_earlier_total_that_do_not_add_up_to_it():
    text = ("（一）总体情况\n2023年“三公”经费财政拨款支出决算为3.46万元。\n（二）具体情况\n"
            "2023年“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0万元，占0%；公务用车购置及运行维护费支出决算"
            "1.4万元，占0.02%；公务接待费支出决算0.28万元，占0.95%。")
    found = [(f.level.value, f.code, f.figure, f.expected) for f in review_text(text)]
    # the sum below the total is a question (lines may be left out); the shares of the total stay wrong
    assert ("提示", "R-SUM", "3.46万元", "1.68万元") in found
    assert ("错误", "R-SHARE", "0.02%", "40.46%") in found and ("错误", "R-SHARE", "0.95%", "8.09%") in found


def test_a_remark_with_no_figure_is_no_item_of_the_list():
    text = "公务用车购置及运行维护费支出2.02万元，其中：公务用车购置支出为{0}万元，公务用车购置数0辆。"
    assert _found(text.format("3.22")) == [("R-SUM", "2.02万元", "")]
    assert review_text(text.format("0")) == []


def test_a_doubling_in_a_table_line_read_as_text_is_not_prose():
    # header cells stacked into one line by a PDF reader: column words, not a word typed twice
    assert review_text("科目编码科目名称入合计款收入助收入入入入") == []
    assert review_text("支出决算表 合计 经费费 支出出") == []


def test_column_headers_side_by_side_and_a_blank_item_are_left_alone():
    # two tables' headers in one line of a copied PDF; a line of a list left blank ("项目支出。")
    assert review_text("决算与预算对比 项目支出项目支出决算数包含在公用经费支出决算中，不单列。") == []
    assert review_text("本年度单位收入、支出年初预算均为2,656,000.00元。其中：人员经费2,184,200.00元，"
                       "公用经费80,000.00元，项目支出。") == []


def test_an_item_whose_direction_is_the_templates_choice_leaves_the_sum_unread():
    text = ("2018年基本支出预算较上年增17.1万元，增幅17.18%。主要变动原因如下：\n"
            "1.工资福利支出较上年增17.03万元，增21.86%。\n2.商品和服务支出较上年减0.04万元，减0.01%。\n"
            "3.对个人和家庭补助支出较上年增加（减少）0.11万元，增幅0.01%。")
    assert "R-SUM" not in [f.code for f in review_text(text)]
    assert "R-SUM" not in [f.code for f in review_text(text.replace("增加（减少）", "增加"))]  # 17.03−0.04+0.11


def test_an_item_said_both_ways_leaves_the_total_change_without_a_value():
    """「减5.00万元，增1.20%」: which way the item changed is in question, so the total's right value is too — the
    total that adds up under no reading is wrong with no 应为 (a guess would be wrong half the time: yn-lincang's
    injection, where 18.52 was given for the 18.74 the items add to once 「减少0.11」 is read as 增加); where one
    reading adds up, the item's direction is the problem, not the total."""
    text = ("2024年基本支出较上年增{}万元，增幅9.10%。主要变动原因如下：\n1.工资福利支出较上年增20.00万元，增8.00%。\n"
            "2.商品和服务支出较上年减5.00万元，增1.20%。\n3.对个人和家庭补助支出较上年增3.00万元，增幅2.00%。")
    sums = [f for f in review_text(text.format("30.00")) if f.code == "R-SUM"]
    assert [(f.expected, "按各项所写方向合计为增加18.00万元" in f.message,
             "商品和服务支出较上年减5.00万元" in f.message) for f in sums] == [("", True, True)]
    assert "R-SUM" not in [f.code for f in review_text(text.format("28.00"))]
    assert [f.expected for f in review_text(text.format("30.00").replace("增1.20%", "减1.20%"))
            if f.code == "R-SUM"] == ["增加18.00万元"]


def test_a_share_rounded_to_make_the_list_add_to_100_is_a_hint():
    """6.08% for 1,493.32 ÷ 24,535.67 (6.0862%) where the sentence's shares add to exactly 100.00%: the
    writer forced the 尾差 — still reported, as a 提示 that says so; off by more, or not adding up, it stays 错误."""
    from juesuan.core.findings import Level
    from juesuan.review import review_text

    def share(text: str) -> list[tuple[Level, str]]:
        return [(f.level, f.expected.split("%")[0]) for f in review_text(text) if f.code == "R-SHARE"]

    forced = ("一般公共预算财政拨款支出24,535.67万元，主要用于以下方面："
              "文化旅游体育与传媒支出（类）17,127.62万元，占69.81%；"
              "社会保障和就业支出（类）1,493.32万元，占6.08%；卫生健康支出（类）370.37万元，占1.51%；"
              "资源勘探工业信息等支出（类）4,948.72万元，占20.17%；住房保障支出（类）595.64万元，占2.43%。")
    assert share(forced) == [(Level.INFO, "6.09")]
    assert "尾差" in next(f.message for f in review_text(forced) if f.code == "R-SHARE")
    wrong = forced.replace("占6.08%", "占6.18%").replace("占69.81%", "占69.71%")  # adds to 100.00, off by 0.09
    assert [lv for lv, _ in share(wrong)] == [Level.ERROR, Level.ERROR]  # both moved shares
