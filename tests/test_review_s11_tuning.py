"""False alarms and misses of real published 决算 (corpus batch s11, tuning side), each on sentences of our own in the
same shape: a count of offices whose names lost their 、, a 编制 and the people outside it, a quote after a run-in
heading, 「完成预算0万元的100%」, 「中共某某市市委」, a name of a 青少年宫, a 概况 heading naming another unit than its
目录 line, the template's choices of what the unit is left in."""

from __future__ import annotations

import pytest

from juesuan.review import review_text


def _said(text: str, code: str = "") -> list[tuple[str, str, str]]:
    return [(f.code, f.figure, f.expected) for f in review_text(text) if not code or f.code == code]


# --- false alarms --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # the page lost the 、 between five names: six offices are named
    "某县殡仪馆设置综合室、遗体接运车间礼仪服务部财务结算部车辆组安全保卫部6个内设机构。",
    "本中心设置办公室、业务科档案科信息股4个内设机构。",
])
def test_a_count_of_offices_whose_names_run_together_is_no_miscount(text):
    assert _said(text, "R-SUM") == []


def test_a_count_of_offices_still_checked_where_no_name_is_run_together():
    assert _said("本中心设置办公室、业务科、档案科3个内设机构，另设信息股。", "R-SUM") == []
    assert _said("本中心设置办公室、业务科、档案科4个内设机构。", "R-SUM") == [("R-SUM", "4个", "3个")]


@pytest.mark.parametrize("text", [
    "某市文学艺术界联合会总编制人数12人，其中：在职实有人数8人，退休6人。",
    "本单位编制人数7人，其中：在职人员6人，离休人员1人，退休人员2人。",
])
def test_the_retired_are_no_part_of_a_unit_s_posts(text):
    assert _said(text, "R-SUM") == []


def test_parts_of_a_count_of_people_still_add_up_to_it():
    said = _said("本单位实有人数7人，其中：在职人员6人，离休人员1人，退休人员2人。", "R-SUM")
    assert [(c, f) for c, f, _ in said] == [("R-SUM", "7人")]


def test_a_quote_after_a_numbered_run_in_heading_starts_at_the_heading():
    text = "某县敬老院2021年度单位决算\n（一）内设机构设置。某县某县敬老院内设机构包括：办公室、护理部。"
    found = [f for f in review_text(text) if f.code == "R-REPEAT"]
    assert [(f.figure, f.expected) for f in found] == [("某县某县", "某县")]
    assert found[0].quote.startswith("（一）内设机构设置。某县某县敬老院")


# --- misses --------------------------------------------------------------------------------------------------------

def test_a_completion_rate_of_a_zero_budget_with_nothing_spent():
    text = ("某县某局2018年度“三公”经费财政拨款支出决算为12.40万元，完成预算12.00万元的103%。其中：因公出国（境）费"
            "支出决算为0万元，完成预算0万元的100%；公务接待费支出决算为12.40万元，完成预算12.00万元的103%。")
    said = _said(text, "R-RATE-ZERO")
    assert [(c, f) for c, f, _ in said] == [("R-RATE-ZERO", "100%")]
    assert "完成预算0万元的100%" in said[0][2]


def test_a_rate_of_a_budget_shown_as_zero_beside_spending_is_left_alone():
    text = "其中：公务接待费支出决算为0.30万元，完成预算0万元的100%。"
    assert _said(text, "R-RATE-ZERO") == []


@pytest.mark.parametrize(("text", "figure", "right"), [
    ("某市文联是中共某阳市市委领导下的人民团体。", "某阳市市委", "某阳市委"),
    ("本馆在中共某江县县委的领导下开展工作。", "某江县县委", "某江县委"),
])
def test_a_place_s_level_typed_again_before_its_committee(text, figure, right):
    assert _said(text, "R-REPEAT") == [("R-REPEAT", figure, right)]


@pytest.mark.parametrize("text", ["各县县委书记参加了培训。", "全市市委系统共有干部120人。"])
def test_each_county_s_committee_is_no_repeat(text):
    assert _said(text, "R-REPEAT") == []


def test_a_youth_palace_s_name_typed_short():
    text = ("某州市青少年宫2023年单位决算公开\n目录\n第一部分 某州市青少年宫概况\n第一部分 某州市青少年宫概况\n"
            "一、单位主要职责\n某州市青少宫是共青团某州市委员会领导下的校外教育基地，属公益型事业单位。")
    assert _said(text, "R-UNIT-NAME") == [("R-UNIT-NAME", "某州市青少宫", "某州市青少年宫")]


def test_a_part_heading_naming_another_unit_than_its_table_of_contents_line():
    text = ("某县殡仪服务中心2021年度部门决算说明\n目录\n第一部分 县殡仪服务中心概况\n第二部分 2021年度部门决算表\n"
            "第一部分 县殡葬管理所概况\n一、部门主要职能\n负责全县殡葬改革的宣传工作。")
    assert _said(text, "R-UNIT-NAME") == [("R-UNIT-NAME", "县殡葬管理所概况", "县殡仪服务中心概况")]
    same = text.replace("第一部分 县殡葬管理所概况", "第一部分 县殡仪服务中心概况")
    assert _said(same, "R-UNIT-NAME") == []


def test_the_template_s_choices_of_what_the_unit_is_left_in():
    text = "某市某区公安局拘留所是主管公安监管工作的区政府（区委）组成部门（直属机构），主要职责是依法执行拘留。"
    assert _said(text, "R-TEMPLATE") == [("R-TEMPLATE", "区政府（区委）组成部门（直属机构）", "")]
    # the template itself: its placeholders not filled in
    assert all("备选写法" not in f.message for f in review_text("XX是主管XX工作的区政府（区委）组成部门（直属机构）。"))


_BODY = ("一、部门职责\n本中心负责全区学校经费的管理，内设办公室、财务科2个科室。本中心严格执行预算，压减一般性支出，"
         "加强资金管理，提高资金使用效益，做好预算执行工作，确保资金使用效率，全面提高各项经费的保障能力。\n"
         "（一）加强财务管理，提高资金使用效益。贯彻落实新修订的《预算法》和新的政府会计制度，增强经费保障能力，强化预算"
         "执行，加强会计核算，实行预、决算公开制度，强化财务监督和实有资金监控。改变过去学校预算没有规划、经费相互挤占的"
         "做法，对资金使用前的预测和使用中的控制并重，对资金收支的考核不只停留在表面平衡上，对资金的使用效率进行考核。")


def test_the_unit_s_name_left_as_the_template_s_placeholder_without_a_title():
    """A window without the title (it opens at the 目录): the placeholder of the unit's name in the 目录 and over the
    part is one problem, said once at its first place with how many there are; the name to write is not known."""
    text = ("目录\n第一部分 XX部门(单位)概况\n第二部分 部门决算表\n第三部分 部门决算情况说明\n第四部分 名词解释\n"
            "第一部分\nXX部门(单位)概况\n" + _BODY)
    found = [f for f in review_text(text) if f.code == "R-TEMPLATE"]
    assert [(f.figure, f.expected) for f in found] == [("XX部门(单位)", "")]
    assert "共2处" in found[0].message and found[0].quote.startswith("第一部分")


def test_the_unit_s_name_left_as_a_placeholder_under_a_title_is_said_once():
    text = ("上海市某区某中心2024年度部门决算\n目录\n第一部分 XX中心概况\n第二部分 2024年度部门决算表\n"
            "第一部分 XX中心概况\n" + _BODY)
    assert _said(text, "R-TEMPLATE") == [("R-TEMPLATE", "XX中心", "上海市某区某中心")]
