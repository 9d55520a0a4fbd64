"""Session 6: sentence shapes the review missed or misread on documents no one here wrote, each
written here in shapes of our own (not the corpus sentences)."""
from __future__ import annotations

from decimal import Decimal

from juesuan.review import review_text
from juesuan.review.figures import find_figures


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.figure, f.expected) for f in review_text(text) if f.level.value != "提示"]


def _codes(text: str) -> list[str]:
    return [f.code for f in review_text(text) if f.level.value != "提示"]


# --- comparisons -------------------------------------------------------------------------------


def test_the_verb_bijiao_opens_no_comparison():
    # 「经比较」「比较而言」: the verb 比较, not 比/较 + a base — the amount after it is the subject
    for lead in ("经比较，", "经比较", "通过比较，", "比较而言，"):
        text = f"{lead}本年度公用经费支出80.00万元，比上年减少20.00万元，下降25.00%。"
        assert _found(text) == [("R-PERCENT", "25.00%", "20.00%")], lead
        assert _found(f"{lead}本年度公用经费支出80.00万元，比上年减少20.00万元，下降20.00%。") == []


def test_a_second_comparison_of_the_same_amount_in_one_clause():
    # 「A，比上年增加C1，增长R1，比年初预算减少C2，下降R2」: the second comparison is of A too
    text = "本年支出合计120.00万元，比上年增加20.00万元，增长20.00%，比年初预算减少30.00万元，下降25.00%。"
    assert _found(text) == [("R-PERCENT", "25.00%", "20.00%")]
    text = "机关运行经费60.00万元，较年初预算减少15.00万元，下降20.00%，较上年增加10.00万元，增长25.00%。"
    assert _found(text) == [("R-PERCENT", "25.00%", "20.00%")]
    ok = "本年支出合计120.00万元，比上年增加20.00万元，增长20.00%，比年初预算减少30.00万元，下降20.00%。"
    assert _found(ok) == []


def test_a_change_whose_amount_is_in_the_sentence_before():
    # 「…总计均为A。与上年相比，收、支总计各增加C，增长R」 and 「…A。与2022年度相比，增加C，增长R」: A is this year's
    for head, change in (("2023年度收、支总计均为900.00万元。", "收、支总计各增加300.00万元"),
                         ("2023年度收入总计900.00万元。", "增加300.00万元"),
                         ("2023年度支出总计900.00万元。", "支出总计增加300.00万元")):
        text = head + f"与2022年度相比，{change}，增长{{}}。"
        assert _found(text.format("33.33%")) == [("R-PERCENT", "33.33%", "50.00%")], head
        assert _found(text.format("50.00%")) == [], head
    # the amount before is last year's: A is not known
    assert _found("上年收入总计900.00万元。与上年相比，增加300.00万元，增长33.33%。") == []


def test_a_change_written_decrease_of_spending():
    # 「比上年减少支出C」「增加收入C」: the change with the quantity named after its word
    assert _found("本年“三公”经费支出30.00万元，比上年减少支出10.00万元，下降40.00%。") == [
        ("R-PERCENT", "40.00%", "25.00%")]
    assert _found("本年收入500.00万元，比上年增加收入100.00万元，增长25.00%。") == []


def test_an_amount_after_jiao_that_is_the_change_not_last_years_amount():
    # 「A，较上年X，下降R%」: X ÷ (A ± X) is R, A against X as a base is not — the 增加/减少 is missing
    found = review_text("本年支出125.00万元，较上年决算数25.00万元，增长25.00%。")
    assert [(f.code, f.figure, f.expected) for f in found] == [  # 原文数字 the span 应为 replaces (rev31)
        ("R-WORDING", "较上年决算数25.00万元", "较上年决算数增加25.00万元")]
    found = review_text("项目支出80.00万元，较2023年度20.00万元，下降20.00%。")
    assert [(f.code, f.figure, f.expected) for f in found] == [("R-WORDING", "20.00万元", "减少20.00万元")]
    # X as last year's amount agrees with the rate: nothing missing
    assert review_text("项目支出80.00万元，较2023年度100.00万元，下降20.00%。") == []
    # neither reading fits: the rate is wrong against the base as written, not a missing word
    assert _codes("本年支出125.00万元，较上年决算数100.00万元，增长30.00%。") == ["R-PERCENT"]


def test_a_change_of_a_line_against_amounts_stated_under_year_headings():
    # the amounts of the line under 「一、2024年…预算…」 and 「二、2023年…决算…」 headings; the change sentence names
    # this year's 预算 in its subject and compares with 上年同期
    text = ("一、2024年“三公”经费预算安排情况\n"
            "2024年度“三公”经费预算总计30.00万元，其中：公务接待费12.00万元，公务用车运行维护费18.00万元。\n"
            "二、2023年“三公”经费决算情况\n"
            "2023年度“三公”经费合计支出28.00万元，其中：公务接待费13.50万元，公务用车运行维护费14.50万元。\n"
            "2024年度“三公”经费预算较2023年度增加2.00万元，其中公务接待费较上年同期减少{}万元。\n")
    assert _found(text.format("1.00")) == [("R-DIFF", "1.00万元", "1.50万元")]
    assert _found(text.format("1.50")) == []


# --- sums ----------------------------------------------------------------------------------------


def test_the_items_changes_against_each_change_of_the_total():
    # two changes of the total (vs 上年, vs 预算), each against the items' changes of the same base; the list
    # after a reason sentence still hangs from the amount before the reason
    text = ("本年“三公”经费50.00万元，较上年减少12.00万元，较年初预算减少6.00万元。主要是压减一般性支出。"
            "其中：公务用车运行维护费30.00万元，较上年减少8.00万元，较年初预算减少{}万元；"
            "公务接待费20.00万元，较上年减少4.00万元，较年初预算减少2.00万元。")
    assert _found(text.format("3.00")) == [("R-SUM", "6.00万元", "5.00万元")]
    assert _found(text.format("4.00")) == []


def test_an_item_without_amount_whose_reason_says_decrease_is_no_change_claimed():
    text = ("本年“三公”经费支出40万元，比上年减少5万元。其中，因公出国（境）费用没有，原因是减少出访；"
            "公务用车运行维护费支出25万元，比上年减少3万元；公务接待费支出15万元，比上年减少2万元。")
    assert _found(text) == []


def test_a_parenthesis_closed_after_the_next_line_of_the_sentence():
    # 「甲A（含a、b、c，乙B）」: the parts listed with 、 make A; what follows the comma is the next line
    text = ("全镇一般公共预算收入4000万元，加上级补助收入900万元，其中：一般性补助收入700万元（含均衡性补助200万元、"
            "奖补资金300万元、结算补助200万元，专项补助收入200万元），收入合计为4900万元。")
    assert [f for f in _found(text) if f[0] == "R-SUM"] == []
    wrong = text.replace("结算补助200万元", "结算补助210万元")
    assert [f[:2] for f in _found(wrong) if f[0] == "R-SUM"] == [("R-SUM", "700万元")]


def test_a_thousands_comma_followed_by_a_space_is_one_amount():
    (f,) = find_figures("公务用车运行维护费1, 537.40万元")
    assert (f.value, f.unit, f.problems) == (Decimal("1537.40"), "万元", ())
    # a list of two numbers (a count) stays two
    assert [x.raw for x in find_figures("分别为12, 345人，合计1,234.50万元")] == ["1,234.50万元"]
    text = "公务用车购置及运行维护费1,646.40万元（公务用车购置费109.00万元、公务用车运行维护费1, 537.40万元）。"
    assert _found(text) == []


# --- the same quantity twice ---------------------------------------------------------------------


def test_what_was_spent_beside_its_budget_is_the_final_amount():
    text = ("二、“三公”经费与年初预算对比情况\n"
            "本年“三公”经费支出3.05万元，年初预算为3.95万元。其中：公务用车运行维护费支出0.00万元，年初预算为0.95万元，"
            "差值为0.95万元；公务接待费支出3.05万元，年初预算为3.00万元，差值为0.05万元。\n")
    assert _found(text) == []


def test_the_same_economic_line_under_basic_and_project_spending_is_two_amounts():
    text = ("1.基本支出300.00万元，同比增加10.00万元。其中：\n"
            "工资福利支出预算200.00万元，同比增加5.00万元。\n"
            "商品和服务支出预算100.00万元，同比增加5.00万元。\n"
            "2.项目支出50.00万元，同比减少10.00万元。其中：\n"
            "商品和服务支出预算20.00万元，同比减少5.00万元。\n"
            "资本性支出预算30.00万元，同比减少5.00万元。\n")
    assert [f for f in _found(text) if f[0] == "R-SAME"] == []


# --- shares --------------------------------------------------------------------------------------


def test_a_list_of_shares_after_a_list_of_amounts_is_not_the_last_amounts_share():
    text = ("2024年，全省政府采购规模为40.00亿元，较采购计划节约资金5.00亿元。全省货物、工程、服务政府采购规模分别为"
            "18.00亿元、6.00亿元和16.00亿元，占全省政府采购规模比例为45.00%、15.00%和40.00%。")
    assert _found(text) == []


# --- wording -------------------------------------------------------------------------------------


def test_wan_yuan_to_the_fen_is_exact_not_a_slip():
    assert review_text("授予中小企业合同金额5915.867653万元。") == []
    assert [f.code for f in review_text("公务接待费0.49812万元。")] == ["R-FORMAT-DECIMALS"]


def test_a_rate_of_a_change_as_large_as_the_amount_itself():
    # 「A，与上年相比，增加A，增长100%」: last year was 0 — no rate
    for text in ("2024年度收入总计80.00万元，支出总计80.00万元，与2023年度相比，收入、支出总计各增加80.00万元，"
                 "增长100%。",
                 "本年机关运行经费12.50万元，比上年增加12.50万元，增长100.00%。"):
        assert [(f.code, f.level.value) for f in review_text(text)] == [("R-PERCENT", "警告")], text
    assert review_text("本年机关运行经费12.50万元，比上年增加2.50万元，增长25.00%。") == []


def test_a_count_named_as_a_number_of_people_against_its_parts():
    text = "年末实有人数{}人，其中：在职人员5人，离休人员0人，退休人员2人；年末其他人员4人。"
    assert _found(text.format(5)) == [("R-SUM", "5人", "7人")]
    assert _found(text.format(7)) == []


def test_a_fund_name_is_no_budget_and_a_balance_is_no_subject():
    # 「一般公共预算财政拨款年初结转和结余A，本年收入B，本年支出C」 in two funds: no 预算 amounts, no line compared
    text = ("一般公共预算财政拨款收支。2024年度一般公共预算财政拨款年初结转和结余100.00万元，本年收入500.00万元，"
            "本年支出520.00万元，年末结转和结余80.00万元。\n"
            "政府性基金预算财政拨款收支。2024年度政府性基金预算财政拨款年初结转和结余40.00万元，本年收入300.00万元，"
            "本年支出260.00万元，年末结转和结余80.00万元。\n")
    assert _found(text) == []
    assert _found(text.replace("，", ",")) == []  # as the stored pages write it


# --- eyes §1: the usual 决算 wording ------------------------------------------------------------------


def test_a_change_against_the_budget_stated_after_both_amounts():
    # 「年初预算为B，支出决算为A，完成年初预算的R%，比年初预算增加C」 and 「…决算数大于预算数C」
    head = "本年支出年初预算为2,000.00万元，支出决算为2,150.00万元，完成年初预算的107.50%，"
    for tail in ("比年初预算增加{}万元。", "决算数大于预算数{}万元。", "决算数超过年初预算数{}万元。"):
        assert _found(head + tail.format("160.00")) == [("R-DIFF", "160.00万元", "150.00万元")], tail
        assert _found(head + tail.format("150.00")) == [], tail
    below = "项目支出年初预算为500.00万元，支出决算为450.00万元，完成年初预算的90.00%，决算数小于预算数{}万元。"
    assert _found(below.format("60.00")) == [("R-DIFF", "60.00万元", "50.00万元")]
    assert _found(below.format("50.00")) == []


def test_an_item_of_a_list_compared_as_its_head_with_its_amount_stated_before():
    # the item's amount in the paragraph before (a 财政拨款 scope), its change in a 「其中：」 list of the change
    text = ("（一）“三公”经费财政拨款支出决算总体情况说明。\n"
            "“三公”经费财政拨款支出年初预算为 30.00 万元，支出决算为 20.00 万元，完成预算的 66.67%，其中："
            "因公出国（境）费决算为 0.00 万元，完成预算的 0.00%；公务用车购置及运行维护费支出决算为 20.00 万元，"
            "完成预算的 80.00%；"
            "公务接待费支出决算为 0.00 万元，完成预算的 0.00%。2025 年度“三公”经费支出决算数小于预算数的主要原因："
            "公务接待费等支出小于预算数。\n"
            "2025 年度“三公”经费财政拨款支出决算数比 2024 年度增加 5.00 万元，增长 33.33%，其中：因公出国（境）费支出"
            "决算为 0.00 万元，与 2024 年持平；公务用车购置及运行维护费支出决算增加 5.00 万元，增长 {}；公务接待费支出"
            "决算为 0.00 万元，与 2024 年持平。\n")
    assert _found(text.format("20.00%")) == [("R-PERCENT", "20.00%", "33.33%")]
    assert _found(text.format("33.33%")) == []


def test_a_reason_against_the_direction_of_a_list_item_or_a_scoped_total():
    item = ("“三公”经费财政拨款支出决算比上年增加6.00万元，其中：公务用车购置及运行维护费支出决算增加5.00万元；"
            "公务接待费支出决算增加1.00万元。公务用车购置及运行维护费支出{}的主要原因是车辆老化。")
    assert [f.code for f in review_text(item.format("减少"))] == ["R-REASON-DIRECTION"]
    assert review_text(item.format("增加")) == []
    scoped = "“三公”经费财政拨款支出决算20.00万元，比上年减少5.00万元。“三公”经费支出{}的主要原因是接待减少。"
    assert [f.code for f in review_text(scoped.format("增加"))] == ["R-REASON-DIRECTION"]
    assert review_text(scoped.format("减少")) == []


def test_a_budget_listed_as_zero_is_not_last_years_base():
    # 「年初预算为A。其中：甲0.00万元…」 then 「甲增加0.01万元，同比增长6,460.61%」: the 0.00 is a budget
    text = ("2024年度单位支出年初预算为0.31万元。其中：公用经费0.00万元，项目支出0.30万元，"
            "对附属单位补助支出0.00万元。\n"
            "2024年度支出决算为1.05万元。与上年相比，项目支出减少0.20万元，同比下降40.00%；对附属单位补助支出增加"
            "0.01万元，同比增长6,460.61%。\n")
    assert [f for f in _found(text) if f[0] == "R-PERCENT"] == []


# --- adv (stand-in 2024 documents, open ones) ------------------------------------------------------------


def test_a_total_said_of_both_sides_against_the_summary_table():
    from juesuan.review import review_blocks
    from juesuan.review.extract import Block, read_text

    def run(total: str) -> list[tuple[str, str, str]]:
        blocks = read_text("一、收入支出决算总体情况说明\n某局2024年度收入、支出总计均为" + total + "万元。\n")
        rows = [["收入", "", "支出", ""], ["项目", "决算数", "项目", "决算数"],
                ["一、财政拨款收入", "1,000.00", "一、教育支出", "1,000.00"], ["总计", "1,000.00", "总计", "1,000.00"]]
        blocks.append(Block("", "公开01", rows, title="单位：万元", caption="收入支出决算总表 单位：万元"))
        return [(f.code, f.figure, f.expected) for f in review_blocks(blocks) if f.level.value != "提示"]

    assert run("1,000.00") == []
    assert run("1,009.00") == [("R-TEXT-TABLE", "1,009.00万元", "1,000.00万元")]


def test_an_item_both_years_zero_is_no_change_of_the_total():
    text = ("“三公”经费财政拨款支出决算比2023年度减少{}万元。其中：因公出国（境）费与2023年度均为0万元；"
            "公务用车购置及运行维护费减少0.84万元；公务接待费减少0.13万元。")
    assert ("R-SUM", "1.07万元", "0.97万元") in _found(text.format("1.07"))
    assert _found(text.format("0.97")) == []


def test_a_part_of_procurement_in_the_paragraph_after_the_total():
    text = ("（二）政府采购情况\n"
            "某局2024年度政府采购金额为1,200.00万元，其中：货物采购金额500.00万元、服务采购金额700.00万元。\n"
            "面向中小企业预留政府采购项目预算金额900.00万元。在面向中小企业预留的政府采购项目中，由中小企业供应商"
            "中标或成交的，采购金额{}万元。\n（三）国有资产占用情况\n由中小企业供应商中标或成交的，采购金额1,900.00万元。\n")
    assert [f[:2] for f in _found(text.format("1,900.00"))] == [("R-SUBSET", "1,900.00万元")]
    assert _found(text.format("900.00")) == []


def test_a_parent_is_not_blamed_for_a_child_that_does_not_add_up_itself():
    from juesuan.review import review_blocks
    from juesuan.review.extract import Block

    def run(x: str) -> list[tuple[str, str, str]]:
        rows = [["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"],
                ["210", "卫生健康支出", "300.00", "200.00", "100.00"],
                ["21004", "公共卫生", x, "150.00", "100.00"],
                ["2100401", "疾病预防控制机构", "150.00", "150.00", "0.00"],
                ["2100402", "卫生监督机构", "100.00", "0.00", "100.00"],
                ["21011", "行政事业单位医疗", "50.00", "50.00", "0.00"],
                ["2101101", "行政单位医疗", "50.00", "50.00", "0.00"],
                ["", "合计", "300.00", "200.00", "100.00"]]
        b = Block("", "公开03", rows, title="单位：万元", caption="支出决算表 单位：万元")
        return [(f.code, f.figure, f.expected) for f in review_blocks([b]) if f.level.value != "提示"]

    assert run("250.00") == []
    found = run("260.00")  # the child's own findings (the arbiter may fold its R-TABLE-SUM into one), none on 210
    assert ("R-TABLE-PARENT", "260.00", "250.00") in found and all(f[1] != "300.00" for f in found)


def test_a_list_after_a_reason_sentence_breaks_down_the_last_amount_stated():
    # eyes §7: 「预算为B，决算为A，比预算增加C。决算数大于预算数的主要原因：…。其中：基本支出a，项目支出b」 lists the
    # parts of the 决算 (the reason is not the list's head), so a 项目支出 written two ways shows
    text = ("2025年度部门决算。\n"
            "一般公共预算财政拨款支出年初预算为4600.00万元，支出决算为4700.00万元，比年初预算增加100.00万元。"
            "决算数大于预算数的主要原因：年中追加了项目经费。其中：基本支出3300.00万元，项目支出1400.00万元。\n"
            "一般公共预算财政拨款支出决算4700.00万元。其中：基本支出3300.00万元，项目支出{}万元。\n")
    # 基本支出 + 项目支出 are the whole of a 财政拨款 支出: the part off the confirmed total is blamed (R-PART, the
    # R-SAME of the two 项目支出 folded into it)
    assert [f[:2] for f in _found(text.format("1300.00")) if f[1] == "1300.00万元"] in (
        [("R-PART", "1300.00万元")], [("R-SAME", "1300.00万元")])
    assert _found(text.format("1400.00")) == []


def test_the_arithmetic_of_a_completion_rate_in_the_texts_unit():
    # eyes §8: 「47,331,400.00 ÷ 46,281,700.00」 (元, no unit) for a text in 万元
    (f,) = review_text("一般公共预算财政拨款支出年初预算为4628.17万元，支出决算为4733.14万元，完成年初预算的97.78%。")
    assert f.why == "4733.14万元 ÷ 4628.17万元 × 100% = 102.27%"  # the figures as the text writes them


def test_a_count_whose_parts_follow_in_parentheses():
    text = ("绩效自评的2024年度项目3个，涉及资金120.00万元（其中，绩效评级为“优”的项目2个；绩效评级为“良”的项目{}个；"
            "绩效评级为“合格”和“不合格”的项目均为0个。）。")
    assert _found(text.format(2)) == [("R-SUM", "3个", "4个")]
    assert _found(text.format(1)) == []


def test_tables_of_one_total_where_other_income_rounds_away(tmp_path):
    # random units (test_review_public): 事业收入 62.61元 beside 23.67万元 of 财政拨款 — 公开02's 本年收入合计 and
    # 财政拨款 both show 23.67, but 公开03's 基本支出 13.74 holds the 62.61元 that 公开05's 13.73 does not: no 尾数
    from juesuan.disclosure.api import disclose, docx_bytes
    from juesuan.review import review_path
    from juesuan.sources.datafile import parse_document

    def line(item: str, final: str) -> dict:
        return {"item": item, "final": Decimal(final)}

    zero = {"budget": Decimal("0.00"), "final": Decimal("0.00"), "prior_final": Decimal("0.00")}
    doc = {
        "schema": 1, "unit": {"name": "测试局", "year": 2019, "kind": "行政单位"},
        "income": [line("一般公共预算财政拨款收入", "236652.56"), line("政府性基金预算财政拨款收入", "0"),
                   line("国有资本经营预算财政拨款收入", "0"), line("事业收入", "62.61"), line("年初结转和结余", "0")],
        "spending": [line("人员经费", "62.61"), line("公用经费", "137302.28"), line("项目支出", "99350.28"),
                     line("年末结转和结余", "0")],
        "balances": [{"item": "财政拨款结转结余", "opening": Decimal("0"), "closing": Decimal("0")}],
        "controlled": [{"item": x, **zero}
                       for x in ("因公出国(境)费", "公务用车购置费", "公务用车运行维护费", "公务接待费")],
        "disclosure": {
            "lines": [{"code": "20101", "name": "人大事务"},
                      {"code": "2010101", "name": "行政运行", "general": Decimal("236652.56"),
                       "business": Decimal("62.61"), "basic": Decimal("137364.89"), "project": Decimal("99350.28"),
                       "general_basic": Decimal("137302.28"), "general_project": Decimal("99350.28"),
                       "general_budget": Decimal("0.00")}],
            "basic_economics": [{"code": "30101", "name": "基本工资", "final": Decimal("0.00")},
                                {"code": "30201", "name": "办公费", "final": Decimal("137302.28")}]},
    }
    data, findings = parse_document(doc)
    path = tmp_path / "unit.docx"
    path.write_bytes(docx_bytes(disclose(data, findings)))
    assert [f.code for f in review_path(path) if f.code == "R-TABLE-CROSS"] == []


def test_a_share_column_forced_to_add_to_a_hundred():
    # our writers (and many units) put the 尾差 of a 占比 column on one line so that it adds to 100.00%
    from juesuan.review import review_blocks
    from juesuan.review.extract import Block

    def run(a: str, b: str) -> list[str]:
        rows = [["项目", "金额", "占比"], ["基本支出", "77,654.98", a], ["项目支出", "174,676.49", b],
                ["合计", "252,331.47", "100.00%"]]
        found = review_blocks([Block("", "t", rows, title="单位：元", caption="支出构成 单位：元")])
        return [f.code for f in found if f.level.value != "提示"]

    assert run("30.78%", "69.22%") == []  # 30.775…% and 69.225…%: the 尾差 on one line, adding to 100.00%
    assert run("30.77%", "69.22%") == ["R-TABLE-SHARE"]  # adds to 99.99%: 30.77% is simply wrong
    assert run("31.78%", "68.22%") == ["R-TABLE-SHARE", "R-TABLE-SHARE"]  # beyond any rounding


def test_a_total_is_not_blamed_for_a_subtotal_that_does_not_add_up_itself():
    # adv2: 公开04's 本年支出合计 mistyped; 总计 (= 本年支出合计 + 年末结转和结余) is right (the other side agrees)
    from juesuan.review import review_blocks
    from juesuan.review.extract import Block

    def run(x: str) -> list[tuple[str, str, str]]:
        rows = [["收入", "", "支出", ""], ["项目", "决算数", "项目", "决算数"],
                ["一、一般公共预算财政拨款", "2,495.18", "一、文化旅游体育与传媒支出", "2,300.00"],
                ["", "", "二、社会保障和就业支出", "195.18"],
                ["本年收入合计", "2,495.18", "本年支出合计", x],
                ["年初财政拨款结转和结余", "0.00", "年末财政拨款结转和结余", "0.00"],
                ["总计", "2,495.18", "总计", "2,495.18"]]
        b = Block("", "公开04", rows, title="单位：万元", caption="财政拨款收入支出决算总表 单位：万元")
        return [(f.code, f.figure, f.expected) for f in review_blocks([b]) if f.level.value != "提示"]

    assert run("2,495.18") == []
    assert run("2,459.18") == [("R-TABLE-SUM", "2,459.18", "2,495.18")]
