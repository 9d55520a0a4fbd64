"""Session 11 (rev21): real misses and false alarms left on the tuning material (issue 17), each fixed as a class.
Sentences of our own figures."""
from __future__ import annotations

from juesuan.review import review_text


def _alarms(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.figure, f.expected) for f in review_text(text) if f.level.value != "提示"]


# --- a 其中 list naming only some parts is not a complete breakdown of the total's change --------------------

_FUND = ("（三）政府性基金收入情况\n本年政府性基金收入完成{t}万元，较上年减收3200万元，下降40.0%。"
         "其中：土地出让收入4100万元，较上年减收2700万元，下降39.71%；配套费收入{p}万元，较上年减收300万元，下降{r}%。\n")


def test_the_changes_of_a_partial_list_need_not_add_to_the_totals():
    # 4100 + 200 < 4800: the list names some of the income only; its changes (−3000) are not the total's −3200
    assert [a for a in _alarms(_FUND.format(t=4800, p=200, r="60.0")) if a[0] == "R-SUM"] == []


def test_the_changes_of_a_complete_list_still_add_to_the_totals():
    # 4100 + 700 = 4800: the list is the whole; −2700 − 300 ≠ −3200 is a contradiction
    assert any(a[0] == "R-SUM" for a in _alarms(_FUND.format(t=4800, p=700, r="30.0")))


# --- two amounts labelled with their years, then 「比上一年度」: the earlier year's is the base ----------------

_YEARS = "数据显示,2022年本项资金的执行数是200.00万元,2023年的预算数是250.00万元,比上一年度增加50.00万元,增长{r}%。"


def test_the_earlier_years_amount_is_the_base_of_a_change_against_last_year():
    assert _alarms(_YEARS.format(r="25.00")) == []
    # 50 ÷ 200 = 25.00%, not 50 ÷ (200 − 50) with the sentence's first amount taken for this year
    assert _alarms(_YEARS.format(r="20.00")) == [("R-PERCENT", "20.00%", "25.00%")]


# --- 税收收入 + 非税收入 = 地方财政收入: the slip its own rate points at -----------------------------------------

_REVENUE = ("一、收入情况\n1至6月累计完成一般公共预算收入10000万元，较上年减收1600万元，下降13.79%。\n"
            "二、收入结构\n税收收入7000万元，较上年同期减收1000万元，下降12.5%；非税收入累计完成{n}万元，"
            "较上年同期减收600万元，下降{r}%。\n")


def test_a_revenue_part_its_own_rate_disproves_is_blamed_not_the_rate():
    # 10000 − 7000 = 3000, and 600 ÷ (3000 + 600) = 16.67%: 13000 is the slip (a stray leading 1), not the rate
    assert _alarms(_REVENUE.format(n=13000, r="16.67")) == [("R-SUM", "13000万元", "3000万元")]
    assert _alarms(_REVENUE.format(n=3000, r="16.67")) == []
    # the rate agrees with neither 13000 nor 3000: which figure is wrong is not decided here
    assert [a for a in _alarms(_REVENUE.format(n=13000, r="20.00")) if a[1] == "13000万元"] == []


# --- a 元 text whose amounts are all 万元 × 10,000 carries 万元 rounding ------------------------------------------

_YUAN = ("一、收入支出决算总体情况说明\n2024年度收入总计{t}元，支出总计{t}元。\n"
         "二、“三公”经费财政拨款支出决算情况说明\n“三公”经费财政拨款支出决算32,000.00元，其中：公务用车购置及运行维护费"
         "{car}元，公务接待费4,000.00元。年初预算为36,000.00元。\n")


def test_a_yuan_text_of_wan_figures_carries_their_rounding():
    # every amount a whole 100 元: 2.9万元 + 0.4万元 against 3.2万元 written in 元 — rounding, not a wrong sum
    assert [a for a in _alarms(_YUAN.format(t="4,831,200.00", car="29,000.00")) if a[0] == "R-SUM"] == []
    # a 元 text of 元 figures (4,831,234.56元): its amounts are exact, 29,000 + 4,000 ≠ 32,000
    assert any(a[0] == "R-SUM" for a in _alarms(_YUAN.format(t="4,831,234.56", car="29,000.00")))
    # beyond the rounding a slip is still one: 39,000 + 4,000 against 32,000
    assert any(a[0] == "R-SUM" for a in _alarms(_YUAN.format(t="4,831,200.00", car="39,000.00")))


# --- the unit's name with its last character lost --------------------------------------------------------------

_NAMED = ("上海市东滩区绿化管理处2024年度部门决算\n一、上海市东滩区绿化管理处概况\n"
          "上海市东滩区绿化管理处成立于1998年。上海市东滩区绿化管理{w}上海市东滩区绿化和市容管理局。\n")


def test_the_units_name_losing_its_last_character_is_a_slip():
    found = [(f.code, f.expected) for f in review_text(_NAMED.format(w="隶属于")) if f.code == "R-UNIT-NAME"]
    assert found == [("R-UNIT-NAME", "上海市东滩区绿化管理处")]
    # 「…绿化管理工作」: the words go on, no name is cut
    assert [f for f in review_text(_NAMED.format(w="工作归口")) if f.code == "R-UNIT-NAME"] == []


# --- a list that says how many items it has adds up to the total stated elsewhere --------------------------------

_USES = ("2023年本市体育彩票公益金安排支出120.50万元，比上年增加10.50万元。\n"
         "2023年本市体育彩票公益金用途包括{n}个项目，用于全民健身50.00万元、用于青少年体育30.00万元、"
         "用于其他体育事业{r}万元。\n")


def test_a_counted_list_adds_up_to_its_total_stated_elsewhere():
    # three amounts for 「3个项目」: the whole list; 50 + 30 + 38.5 = 118.5 ≠ 120.5 — the rest item takes the gap
    assert _alarms(_USES.format(n=3, r="38.50")) == [("R-SUM", "38.50万元", "40.50万元")]
    assert _alarms(_USES.format(n=3, r="40.50")) == []
    assert _alarms(_USES.format(n=4, r="38.50")) == []  # four items, three amounts: not the whole list
