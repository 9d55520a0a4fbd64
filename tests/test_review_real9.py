"""Classes of the real documents of corpus batch s7 (opened 2026-12-06 21:35) and the other tuning misses, each
built from figures and names of our own."""

from __future__ import annotations

from juesuan.review import review_text
from juesuan.review.extract import read_text
from juesuan.review.rules.balances import rule_balances


def _codes(text: str, code: str) -> list[tuple[str, str]]:
    return [(f.figure, f.expected) for f in review_text(text) if f.code == code]


_HEAD = "临河县第二中学2023年度部门决算\n第一部分 临河县第二中学概况\n临河县第二中学现有教学班24个。\n"


def test_a_place_without_its_level_is_the_short_form_of_the_name():
    """「临河第二中学」 for 「临河县第二中学」 (the 县 of the place left out) is how the unit is commonly called, not a
    misspelling; a character of the unit's own words changed or left out still is."""
    assert not _codes(_HEAD + "临河第二中学2023年度收入支出总计1,250.00万元。", "R-UNIT-NAME")
    assert not _codes("上海市临江区档案馆2023年度部门决算\n上海临江区档案馆2023年度收入支出总计80.00万元。"
                      "上海市临江区档案馆共有职工12人。", "R-UNIT-NAME")
    assert _codes(_HEAD + "临河县第二小学2023年度收入支出总计1,250.00万元。", "R-UNIT-NAME")
    assert _codes(_HEAD + "临河县第中学2023年度收入支出总计1,250.00万元。", "R-UNIT-NAME")


def test_a_rate_whose_percent_follows_a_stray_bracket_has_its_unit():
    """「增长12.4)%」: the % is written (a bracket typed before it), so no unit is missing; 「增长12.4)」 lacks it."""
    text = "镇街上解收入2.15亿元，增长12.4)%；债务收入3.40亿元，增长8.2%。"
    assert not _codes(text, "R-UNIT-MISSING")
    assert _codes("镇街上解收入2.15亿元（增长12.4），债务收入3.40亿元，增长8.2%。", "R-UNIT-MISSING")


def test_a_share_of_this_years_income_is_of_the_income_total():
    """「收入合计A…其中：财政拨款收入B，占本年收入X%」: the whole the share names is the 收入合计 stated before
    (本年收入 = 本年收入合计); a whole-percent share truncated (B ÷ A = 71.69% written 71%) is wrong."""
    text = ("2023年度收入合计2,150.40万元，与2022年度相比，收入合计减少310.25万元，下降13%。"
            "其中：财政拨款收入1,541.70万元，占本年收入71%；上级补助收入0万元。")
    assert [(f, e) for f, e in _codes(text, "R-SHARE")] == [("71%", "71.69%")]
    assert not _codes(text.replace("71%", "72%"), "R-SHARE")


_BASE = "全镇本级一般公共预算收入实现240.35万元，为年初预算的101.2%。"


def test_a_balance_total_is_the_amount_plus_what_is_added_to_it():
    """「A…。加上B、C等D，收入总计X」 and 「支出总计X，由A，加B等C构成」 (政府决算 balance sentences): X = A + D,
    X = A + C; a total that lost a digit (1,752.75 written ,752.75) is R-SUM with the sum as its 应为."""
    right = _BASE + "加上上级补助收入、上年结转等1,512.40万元，收入总计1,752.75万元。"
    assert not _codes(right, "R-SUM")
    assert _codes(right.replace("1,752.75", "1,725.75"), "R-SUM") == [("1,725.75万元", "1,752.75万元")]
    made = ("全镇一般公共预算财力1,752.75万元。"
            "支出总计,752.75万元，由一般公共预算支出1,752.75万元，加上解支出、结转下年等0万元等构成。")
    assert _codes(made, "R-SUM") == [("752.75万元", "1,752.75万元")]
    assert not _codes(made.replace("支出总计,752.75", "支出总计1,752.75"), "R-SUM")
    spent = "全区一般公共预算支出104.20亿元，加上上解上级支出14.13亿元、债务还本支出6.40亿元，支出总计126.73亿元。"
    assert _codes(spent, "R-SUM") == [("126.73亿元", "124.73亿元")]


def test_a_balance_whose_terms_are_not_all_stated_is_not_summed():
    """Items added without their amounts, a 「其中」 breakdown among the additions: the sum is not all there."""
    assert not _codes(_BASE + "加上上级补助收入、调入资金等，收入总计1,752.75万元。", "R-SUM")
    assert not _codes(_BASE + "加上上级补助收入800.00万元、上年结转，收入总计1,752.75万元。", "R-SUM")
    listed = _BASE + "加上上级补助收入800.00万元，其中一般性转移支付600.00万元，收入总计1,752.75万元。"
    assert not rule_balances(read_text(listed))


def test_the_scope_sentence_names_the_documents_year():
    """「纳入临河县第二中学2022年度部门决算编制范围的…」 in a document whose headings say 2023年度部门决算: the
    template's year not updated (R-YEAR, 应为 2023年度…)."""
    head = ("临河县第二中学2023年度部门决算\n第一部分 临河县第二中学概况\n"
            "纳入临河县第二中学{}年度部门决算编制范围的二级预算单位包括：\n"
            "第二部分 临河县第二中学2023年度部门决算表\n第三部分 临河县第二中学2023年度部门决算情况说明\n")
    assert _codes(head.format(2022), "R-YEAR") == [("2022年度部门决算编制范围", "2023年度部门决算编制范围")]
    assert not _codes(head.format(2023), "R-YEAR")


def test_a_template_word_with_an_inner_character_wrong():
    """「内务机构3个」 for 内设机构, 「病编制为40张」 for 病床编制: R-WORD-SLIP; 内部机构 and 下设机构 are words."""
    assert _codes("本单位内务机构3个，在编教职工21人。", "R-WORD-SLIP") == [("内务机构", "内设机构")]
    assert _codes("设有病房，病编制为40张，实际开放32张。", "R-WORD-SLIP") == [("病编制", "病床编制")]
    assert not _codes("本单位内设机构3个，下设机构2个，内部机构调整1次；病床编制为40张。", "R-WORD-SLIP")


def test_a_change_followed_by_its_own_rate_still_needs_its_unit():
    """「收入总计2,615.30万元。收支较上年减少318.42，降低10.9%」: the % is the change's own rate (318.42 ÷ 2,933.72), so
    318.42 lacks 万元 (the paragraph's unit, the sentence naming none)."""
    text = ("2024年度收入总计2,615.30万元，支出总计2,615.30万元。"
            "收支较上年减少318.42，降低10.9%，主要原因是项目支出减少。")
    assert _codes(text, "R-UNIT-MISSING") == [("318.42", "318.42万元")]
    assert not _codes(text.replace("318.42，", "318.42万元，"), "R-UNIT-MISSING")


def test_rates_after_a_respective_change_against_amounts_stated_one_by_one():
    """「收入总计A，支出总计B，与上年相比，收入、支出总计各增加C、D，增长p%、q%」: p = C ÷ (A − C), q = D ÷ (B − D);
    a rate on this year's total plus the change (C ÷ (A + C)) is wrong."""
    text = ("2024年度收入总计3,250.60万元，支出总计2,980.40万元，与2023年度相比，收入、支出总计各增加420.50万元、"
            "610.20万元，增长{}、{}。")
    right = (420.50 / (3250.60 - 420.50) * 100, 610.20 / (2980.40 - 610.20) * 100)
    assert [round(x, 2) for x in right] == [14.86, 25.74]
    assert not _codes(text.format("14.86%", "25.74%"), "R-PERCENT")
    assert _codes(text.format("11.46%", "16.99%"), "R-PERCENT") == [("11.46%", "14.86%"), ("16.99%", "25.74%")]


def test_a_numbered_label_typed_twice():
    """「2.机构设置机构设置：」: the item's label written twice before its colon (R-REPEAT)."""
    text = "2.机构设置机构设置：本单位内设机构4个。3.人员情况：年末实有人数26人。"
    assert _codes(text, "R-REPEAT") == [("机构设置机构设置", "机构设置")]
    assert not _codes(text.replace("机构设置机构设置", "机构设置"), "R-REPEAT")
