"""Session 8: classes of false alarms and misses from the opened stand-ins (北岸区审计局 and others), each in
sentences of our own."""
from __future__ import annotations

import pytest

from juesuan.review import review_blocks, review_text
from juesuan.review.extract import Block


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.figure, f.expected) for f in review_text(text) if f.level.value != "提示"]


# --- "与上年的B相比": the amount between 与 and 相比 is the base --------------------------------------

_HEAD = "某局2024年度收入支出总计1,861.95万元。"


@pytest.mark.parametrize("change", ["收入支出总计增加{c}万元", "增加{c}万元"])
def test_a_base_written_inside_yu_xiangbi_is_last_years(change):
    said = _HEAD + "与上年的1,742.50万元相比，" + change + "，增长6.86%。"
    assert _found(said.format(c="119.45")) == []  # 1,861.95 − 1,742.50 = 119.45; 119.45 ÷ 1,742.50 = 6.86%
    assert _found(said.format(c="191.45")) == [("R-DIFF", "191.45万元", "119.45万元")]


def test_a_wrong_rate_against_a_base_written_inside_yu_xiangbi():
    text = _HEAD + "与上年的1,742.50万元相比，收入支出总计增加119.45万元，增长6.42%。"
    assert _found(text) == [("R-PERCENT", "6.42%", "6.86%")]


# --- a rate computed with an amount whose 万 was left out ----------------------------------------------

_WAN = "公用经费161.05万元。{who}机关运行经费支出161.05{u}，比上年减少7.85万元，下降{r}。"


def test_a_rate_that_fits_once_the_missing_wan_is_put_back_follows_from_it():
    # 7.85 ÷ (161.05 + 7.85) = 4.65%: right in 万元; read with 161.05元 it would be 99.80%
    found = review_text(_WAN.format(who="本局", u="元", r="4.65%"))
    assert [(f.code, f.figure, f.expected) for f in found if f.level.value != "提示"] == [
        ("R-UNIT-MISSING", "161.05元", "161.05万元")]
    assert "4.65%" in found[0].message  # the rate is named as checked with it


def test_a_rate_wrong_in_either_unit_is_still_reported():
    found = _found(_WAN.format(who="本局", u="元", r="5.65%"))
    assert ("R-UNIT-MISSING", "161.05元", "161.05万元") in found and any(c == "R-PERCENT" for c, _, _ in found)
    assert _found(_WAN.format(who="本局", u="万元", r="4.65%")) == []


# --- a 项 said to be wholly one kind of spending against its row -------------------------------------

def _t5(rows: list[list[str]]) -> Block:
    rows = [["科目编码", "科目名称", "合计", "基本支出", "项目支出"], *rows]
    return Block("\n".join("\t".join(r) for r in rows), "第1个表格", rows, index=1,
                 title="一般公共预算财政拨款支出决算表 单位：万元", caption="一般公共预算财政拨款支出决算表 单位：万元")


_ITEMS = _t5([["2010801", "行政运行", "1,024.56", "1,024.56", ""], ["2010804", "审计业务", "386.40", "", "386.40"],
              ["合计", "", "1,410.96", "1,024.56", "386.40"]])
_SAID = ("上表中，行政运行主要用于局机关在职人员工资福利及日常运转；审计业务主要用于政府购买审计服务和审计项目现场"
         "实施，{w}，决算数小于预算数的主要原因是部分审计项目由本局审计人员自行实施。")


def _review(text: str) -> list[tuple[str, str, str]]:
    blocks = [Block("上海市北岸区审计局2024年度部门决算", "第0段", index=0), _ITEMS, Block(text, "第2段", index=2)]
    return [(f.code, f.figure, f.expected) for f in review_blocks(blocks) if f.level.value != "提示"]


def test_an_item_said_to_be_wholly_the_kind_its_row_lacks():
    assert _review(_SAID.format(w="全部为项目支出")) == []
    assert _review(_SAID.format(w="全部为基本支出")) == [("R-TEXT-TABLE", "全部为基本支出", "全部为项目支出")]
    said = _SAID.replace("及日常运转", "及日常运转，{w}").replace("，{w}，决算数", "，决算数")
    assert _review(said.format(w="均为项目支出")) == [("R-TEXT-TABLE", "均为项目支出", "均为基本支出")]
    # 「伤残抚恤（项），属于基本支出，…」: the kind in a clause of its own after the 项
    chain = "3.审计事务（款）审计业务（项），属于{w}，年初预算420.00万元，支出决算386.40万元。"
    assert _review(chain.format(w="项目支出")) == []
    assert _review(chain.format(w="基本支出")) == [("R-TEXT-TABLE", "属于基本支出", "属于项目支出")]
    assert _review(chain.format(w="基本支出的一部分")) == []  # not a statement of its kind


# --- a count's parts adding to more than a total the sentence confirms ---------------------------------

_GRADES = ("编报绩效目标的2024年度项目3个；绩效跟踪评价的2024年度项目{t}个；绩效自评的2024年度项目3个，平均得分91.50分"
           "（其中，绩效评级为“优”的项目{a}个；绩效评级为“良”的项目2个；绩效评级为“合格”的项目0个）。")


def test_parts_of_a_confirmed_count_are_blamed_without_a_value():
    # 优 3 + 良 2 against 3: either could be the slip, and their fixes differ (2 or 0): no value, on the total
    found = [f for f in review_text(_GRADES.format(t=3, a=3)) if f.level.value != "提示"]
    assert [(f.code, f.figure, f.expected) for f in found] == [("R-SUM", "绩效自评的2024年度项目3个", "")]
    assert "应是优或良的个数有误" in found[0].message and "未给出应为值" in found[0].message


def test_equal_candidate_parts_of_a_confirmed_count_share_one_value():
    # 优 2 + 良 2 against 3: whichever it is, a 2个 should be 1个 — the value is decided though the part is not
    found = [f for f in review_text(_GRADES.format(t=3, a=2)) if f.level.value != "提示"]
    assert [(f.code, f.figure, f.expected) for f in found] == [("R-SUM", "2个", "1个")]
    assert found[0].message.endswith("：优或良应为1个（两项都是2个，无法判断是哪一项）。")  # rev64: said short
    assert found[0].why.endswith("2个 − (4个 − 3个) = 1个")
    # parts read differently: the total is the figure; no count confirms the total: 应为 the parts' sum, as before
    assert _found(_GRADES.format(t=4, a=2).replace("编报绩效目标的2024年度项目3个", "编报绩效目标的2024年度项目4个")) \
        == [("R-SUM", "3个", "4个")]


# --- a rate that agrees with a change's corrected total -----------------------------------------------

_SANGONG = ("2024年度“三公”经费财政拨款支出决算为14.79万元，比2023年度减少{c}万元，下降6.15%。其中：因公出国（境）费"
            "与2023年度均为0万元；公务用车购置及运行维护费比2023年度减少0.84万元；公务接待费比2023年度减少0.13万元。")


def test_a_rate_that_agrees_with_the_items_sum_is_folded_into_the_wrong_total():
    # the items' changes add to 0.97; 0.97 ÷ (14.79 + 0.97) = 6.15%: the rate confirms the sum, the 1.07 is wrong
    found = [f for f in review_text(_SANGONG.format(c="1.07")) if f.level.value != "提示"]
    assert [(f.code, f.figure, f.expected) for f in found] == [("R-SUM", "1.07万元", "0.97万元")]
    assert "6.15%" in found[0].message
    assert _found(_SANGONG.format(c="0.97")) == []


# --- contracts awarded to 中小企业 against the whole 政府采购 -----------------------------------------

_PROCURED = ("2024年度本局政府采购支出总额642.18万元，其中：政府采购货物支出36.48万元、政府采购工程支出0.00万元、"
             "政府采购服务支出605.70万元。授予中小企业合同金额{a}万元，占政府采购支出总额的66.52%。")


def test_contracts_awarded_to_small_firms_are_part_of_the_whole_procurement():
    # the share written after it says what it is: 642.18 × 66.52% = 427.18 (session 9)
    assert _found(_PROCURED.format(a="724.18")) == [("R-SUBSET", "724.18万元", "427.18万元")]
    assert _found(_PROCURED.format(a="427.18")) == []


# --- a section heading without a year: its amounts are this year's 决算 when it names no 预算 --------------

_SECTIONS = ("某局2025年度部门决算\n"
             "二、收入决算情况说明\n本年收入合计4733.14万元，其中：财政拨款收入4733.14万元，占100.00%。\n"
             "三、支出决算情况说明\n"
             "本年支出合计4733.14万元，其中：基本支出3365.38万元，占71.10%；项目支出1367.76万元，占28.90%。{more}\n"
             "五、一般公共预算财政拨款支出决算情况说明\n"
             "一般公共预算财政拨款支出年初预算为4628.17万元，支出决算为4733.14万元，完成年初预算的102.27%。"
             "其中：基本支出3365.38万元，项目支出{p}万元。\n")


def test_an_amount_written_two_ways_under_a_yearless_final_account_heading():
    assert _found(_SECTIONS.format(more="", p="1367.76")) == []
    assert _found(_SECTIONS.format(more="", p="1376.76")) == [("R-SAME", "1376.76万元", "1367.76万元")]
    # the section sets a 预算 beside its amounts: which is which is not said, nothing is compared
    budget = "项目支出年初预算为1400.00万元。"
    assert [c for c, _, _ in _found(_SECTIONS.format(more=budget, p="1376.76"))] == []
    # the balances at the year's start and end are two amounts, not one written two ways
    assert _found(_SECTIONS.format(more="年初结转和结余318.26万元，年末结转和结余442.80万元。", p="1367.76")) == []


# --- a rate written with a total that its parts' sum would not make -------------------------------------

_INCOME = ("四、财政拨款收入支出决算总体情况说明\n本部门2019年度财政拨款本年收入1205.11万元，比2018年度增加{t}万元，"
           "增长27%，主要是业务经费增加；本年支出1094.65万元，增加401.87万元，增长58%。具体情况如下：\n"
           "一般公共预算财政拨款本年收入979.53万元，比上年增加{a}万元；本年支出869.07万元，比上年增加240.09万元。\n"
           "政府性基金预算财政拨款本年收入225.58万元，比上年增加161.78万元；本年支出225.58万元，比上年增加161.78万元。\n")


def test_a_rate_that_agrees_with_the_total_and_not_with_the_parts_leaves_no_value():
    # 253.71 ÷ (1205.11 − 253.71) = 26.67% → 27%; the parts' 28.13 + 161.78 = 189.91 would make 18.71%
    found = [f for f in review_text(_INCOME.format(t="253.71", a="28.13")) if f.code == "R-SUM"]
    assert [(f.figure, f.expected) for f in found] == [("253.71万元", "")]
    assert "27%" in found[0].message and "无法判断" in found[0].message
    # a rate that agrees with neither: the parts' sum stays the 应为
    assert ("R-SUM", "353.71万元", "189.91万元") in _found(_INCOME.format(t="353.71", a="28.13"))


# --- a change whose subject is the sentence before (重庆's 「收、支与2023年度相比」, 「较上年决算数增加」) -----------

@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("2024年度收入合计1013.32万元。较上年决算数增加60.81万元，增长{r}。", "9.4%", "6.4%"),
    ("收入总计3534.19万元，支出总计3534.19万元。收、支与2023年度相比，减少419.79万元，下降{r}。", "12.6%", "10.6%"),
    ("收、支总计均为832.82万元。收、支与2023年度相比，增加98.73万元，增长{r}。", "15.45%", "13.45%"),
])
def test_a_rate_whose_amount_is_the_sentence_before(text, wrong, right):
    assert _found(text.format(r=right)) == []
    assert _found(text.format(r=wrong)) == [("R-PERCENT", wrong, right)]


def test_a_rate_of_nothing_says_the_span_to_delete():
    said = "2024年度{w}合计232.87万元，较上年决算数增加232.87万元，增长100.0%，原因为新设单位。"
    # the span to delete, as R-RATE-ZERO's: plain (eyes8 #8: 「…，原因为」 left it unclear; eyes10 4)
    assert [e for c, _, e in _found(said.format(w="收入")) if c == "R-PERCENT"] == ["删去“，增长100.0%”"]
    # the writer's half-width commas kept: the span is found in the document
    assert [e for c, _, e in _found(said.format(w="收入").replace("，", ",")) if c == "R-PERCENT"] == [
        "删去“,增长100.0%”"]


def test_a_count_total_confirmed_in_another_section_keeps_no_value():
    cars = ("七、“三公”经费\n2024年，本局开支财政拨款的公务用车保有量为{n}辆。\n十一、其他重要事项\n"
            "截至2024年12月31日，本局共有车辆8辆，其中：执法执勤用车5辆、特种专业技术用车3辆、其他用车1辆。\n")
    found = [f for f in review_text(cars.format(n=8)) if f.code == "R-SUM"]
    # the parts are blamed, not the total 七 confirms — no one part decided: on the list's total, no 应为 (rev21)
    assert [(f.figure, f.expected) for f in found] == [("8辆", "")] and "公务用车保有量为8辆" in found[0].message
    assert "应是执法执勤用车或特种专业技术用车或其他用车的数量有误" in found[0].message
    assert _found(cars.format(n=9)) == [("R-SUM", "8辆", "9辆")]  # nothing states the total again


# --- one slip, one finding ------------------------------------------------------------------------------

def test_a_missing_wan_found_by_several_routes_is_said_once():
    text = ("（一）“三公”经费财政拨款支出决算总体情况说明\n“三公”经费财政拨款支出决算38.68万元。"
            "其中：公务用车购置及运行维护费支出决算35.42万元；公务接待费支出决算3.26万元。\n"
            "（二）“三公”经费财政拨款支出决算具体情况说明\n2024年度“三公”经费财政拨款支出决算中，"
            "公务用车购置及运行维护费支出决算35.42万元，占91.57%；公务接待费支出决算3.26元，占8.43%。\n")
    found = [f for f in review_text(text) if f.level.value != "提示"]
    assert [(f.code, f.figure, f.expected) for f in found] == [("R-UNIT-MISSING", "3.26元", "3.26万元")]
    assert "同句所列各项" not in found[0].message  # the sentence lists no sum: the reason is the amount elsewhere


def test_a_share_after_the_one_part_does_not_hide_it_being_larger_than_the_total():
    text = "本年支出合计1000.00万元，其中：基本支出{p}万元，占本年支出合计的70.00%。"
    assert [c for c, _, _ in _found(text.format(p="1700.00"))] == ["R-SUM"]
    assert _found(text.format(p="700.00")) == []


def test_a_note_that_says_what_an_error_on_the_same_figure_says_joins_it():
    table = _t5([["208", "社会保障和就业支出", "7,807.14", "7,807.14", ""],
                 ["210", "卫生健康支出", "77.04", "77.04", ""],
                 ["221", "住房保障支出", "118.36", "118.36", ""], ["合计", "", "8,002.54", "8,002.54", ""]])
    texts = ["五、一般公共预算财政拨款支出决算情况说明", "（一）一般公共预算财政拨款支出决算总体情况",
             "2024年度一般公共预算财政拨款支出8002.54万元，占本年支出合计的100%。",
             "（二）一般公共预算财政拨款支出决算结构情况",
             "2024年度一般公共预算财政拨款支出8092.54万元，其中：社会保障和就业支出（类）7807.14万元，占97.56%；"
             "卫生健康支出（类）77.04万元，占0.96%；住房保障支出（类）118.36万元，占1.48%。"]
    blocks = [Block("上海市某局2024年度部门决算", "第0段", index=0), table,
              *(Block(t, f"第{n}段", index=n) for n, t in enumerate(texts, 2))]
    found = review_blocks(blocks)
    assert [(f.level.value, f.code, f.figure, f.expected) for f in found] == [
        ("错误", "R-TEXT-TABLE", "8092.54万元", "8002.54万元")]
    assert "7807.14万元 + 77.04万元 + 118.36万元 = 8002.54万元" in found[0].why  # as the text writes them
