"""How findings are graded and worded for the accountant: one principle of levels (review.levels), 应为
as the writer's own clause edited (review.rewrite), derived figures said where they come from, and the
placeholders a template or a generator leaves in a text."""

from __future__ import annotations

from pathlib import Path

import pytest

from juesuan.core.codes import CODES
from juesuan.core.findings import Level
from juesuan.review import review_text
from juesuan.review.levels import LEVELS, SLIP, SLIPS
from juesuan.review.rewrite import flat_or_change, without_part

TITLE = "某区某某局2024年度部门决算\n"


def _found(text: str, code: str) -> list[tuple[str, str, Level]]:
    return [(f.figure, f.expected, f.level) for f in review_text(TITLE + text) if f.code == code]


def test_slip_codes_are_registered_at_the_slip_level():
    # (R-UNIT-MISSING is registered at 错误: a 「万」 left out puts an amount ten thousand times off; its other
    # cases, a unit left off a rate, are slips at 警告)
    assert SLIPS and all(LEVELS[SLIP] in CODES[c].levels for c in SLIPS)
    assert all(CODES[c].level is LEVELS[SLIP] for c in SLIPS - {"R-UNIT-MISSING"})


def test_typos_are_warnings_and_contradictions_errors():
    """A doubled %, a misplaced comma, a missing 元 are typos (警告, like a missing 年); a rate that
    contradicts its amounts is an 错误."""
    assert [f.level for f in review_text("人员经费占支出的78.84%%。")] == [Level.WARNING]
    assert [f.level for f in review_text("本年支出54,7,774.03元。")] == [Level.WARNING]
    assert _found("国内公务接待支出0.40万（含外宾接待支出0万元）。", "R-UNIT-MISSING")[0][2] is Level.WARNING
    assert _found("本年决算500.00元，比上年400.00元增加100.00元，增长20.00%。", "R-PERCENT") == [
        ("20.00%", "25.00%", Level.ERROR)]


def test_a_rate_of_no_budget_is_an_error_when_nothing_was_spent_too():
    # (0 of a budget of 0 is no rate: 「完成预算的0.00%」 is an 错误 as much as 62.50% is — the registry,
    # core/codes.py, registers R-RATE-ZERO at 错误 only; eyes62 #8)
    zero = _found("公务接待费年初预算为0.00万元，支出决算为0.00万元，完成预算的0.00%。", "R-RATE-ZERO")
    assert zero == [
        ("0.00%", "删去“，完成预算的0.00%”", Level.ERROR)]
    spent = _found("公务接待费年初预算为0.00万元，全年预算为8.00万元，支出决算为5.00万元，完成年初预算的62.50%。",
                   "R-RATE-ZERO")
    assert [(fig, level) for fig, _, level in spent] == [("完成年初预算的62.50%", Level.ERROR)]


def test_without_part_keeps_the_writers_clause():
    text = "“三公”经费支出决算为3.04万元，其中：因公出国（境）费决算为0.00万元，完成预算的0.00%；公务接待费0.40万元。"
    assert without_part(text, text.find("0.00%"), "未安排预算") == "因公出国（境）费决算为0.00万元（未安排预算）"
    # the part is the clause's first: nothing to keep
    assert without_part("增长100%。", 2, "上年无此项支出") == ""
    # a comma inside parentheses or a thousands comma does not split the clause
    text = "（二）支出决算为2,061,935.16元（含结转，下同），增长100%。"
    assert without_part(text, text.find("100%"), "上年无此项支出") == (
        "支出决算为2,061,935.16元（含结转，下同）（上年无此项支出）")


def test_flat_or_change_gives_both_readings():
    assert flat_or_change("公务接待费支出决算减少为0.00万元，与2024年持平。", "减少") == (
        "“公务接待费支出决算为0.00万元，与2024年持平”或“公务接待费支出决算减少为0.00万元”")
    assert flat_or_change("其中：公务用车运行维护费增加5.07万元，与上年持平", "增加") == (
        "“其中：公务用车运行维护费与上年持平”或“其中：公务用车运行维护费增加5.07万元”")


def test_a_change_that_is_also_flat_gets_the_clause_to_paste():
    found = _found("公务接待费支出决算增加1.20万元，与上年持平。", "R-FLAT")
    assert [x[1] for x in found] == ["“公务接待费支出决算与上年持平”或“公务接待费支出决算增加1.20万元”"]


def test_a_derived_base_is_said_where_it_comes_from():
    found = review_text("机关运行经费支出185.41万元，比2024年度增加4.68万元，增长2.60%。")
    assert [(f.expected, f.why) for f in found] == [
        ("2.59%", "2024年度为185.41万元 − 4.68万元 = 180.73万元；4.68万元 ÷ 180.73万元 × 100% = 2.59%")]
    found = review_text("机关运行经费支出175.41万元，比上年减少4.68万元，下降2.70%。")
    assert [f.why.split("；")[0] for f in found] == ["上年为175.41万元 + 4.68万元 = 180.09万元"]


FILLED = ("一、收入支出决算总体情况说明\n2024年度收入总计1,234.56万元，支出总计1,234.56万元。与2023年相比，"
          "收入、支出总计各增加12.34万元，增长1.01%。\n")


def test_placeholders_left_in_a_written_text_are_flagged():
    text = FILLED + "年初预算为45.67万元，支出决算为45.67万元，完成年初预算的100%。主要用于：{}。"
    for filler in ("未填报", "【待填写：主要用途】", "（略）", "略"):
        found = [f for f in review_text(TITLE + text.format(filler)) if f.code == "R-TEMPLATE"]
        assert [(f.level, f.quote) for f in found] == [(Level.WARNING, f"主要用于：{filler}。")], filler
    assert [f.code for f in review_text(TITLE + FILLED + "2024年度未填报预算绩效管理情况。")] == ["R-TEMPLATE"]
    # said of others, or the word 略 inside a sentence: not a placeholder
    for text in ("对未填报的单位进行了催报。", "未填报单位已全部补报。", "支出略有增加。"):
        assert [f for f in review_text(TITLE + FILLED + text) if f.code == "R-TEMPLATE"] == [], text


def test_a_finding_is_placed_under_its_section_and_its_table_by_name():
    from juesuan.review import review_blocks
    from juesuan.review.extract import Block

    blocks = [Block("六、一般公共预算财政拨款基本支出决算情况说明", "第1段"),
              Block("本年支出100.00万元。其中：基本支出80.00万元，项目支出30.00万元。", "第2段"),
              Block("", "第1个表格", [["项目", "金额"], ["基本支出", "80.00"], ["项目支出", "30.00"],
                                       ["合计", "100.00"]], title="支出决算表", caption="支出决算表 单位：万元")]
    places = {f.code: f.place for f in review_blocks(blocks)}
    assert places["R-SUM"] == "六、一般公共预算财政拨款基本支出决算情况说明，“本年支出100.00万元”"
    rows = [["科目", "本年支出合计", "基本支出", "项目支出"], ["合计", "100.00", "80.00", "30.00"]]
    table = Block("", "第1个表格", rows,
                  title="支出决算表", caption="支出决算表 单位：万元")
    assert [f.place for f in review_blocks([blocks[0], table])] == ["公开03 支出决算表，“合计”行，“本年支出合计”栏"]


def test_printed_findings_lead_with_level_and_place_and_say_how_it_was_reckoned():
    from juesuan.review.outputs import text

    found = review_text("机关运行经费支出185.41万元，比2024年度增加4.68万元，增长2.60%。")
    lines = text(found, "x.txt").splitlines()
    assert lines[:4] == ["[错误] 第1行", "  增减幅度与金额不符：应为2.59%，不是2.60%。", "  应为：2.59%",
                         "  计算：2024年度为185.41万元 − 4.68万元 = 180.73万元；4.68万元 ÷ 180.73万元 × 100% = 2.59%"]
    assert text(found, "x.txt", verbose=True).splitlines()[1].endswith("（R-PERCENT）")


def test_an_instruction_about_the_filler_is_no_placeholder():
    """The workbook's printed hints explain the mark (「留空表示未填报（情况说明写“未填报”）」): no finding."""
    text = TITLE + FILLED + ("没有该项数据的留空（留空表示未填报，不是0）。"
                             "留空表示未填报（情况说明写“未填报”），确实没有的填0。"
                             "某列在本表其他行已填时留空按0计算，整列都未填才是未填报。")
    assert [f for f in review_text(text) if f.code == "R-TEMPLATE"] == []


def test_the_sentences_own_sums_settle_which_reading_is_right():
    """普陀 生态环境局 2025: the 三公 total +5.07 is 公务用车's +5.07, so 公务接待费 did not change: 持平
    is right and 「减少为」 the slip; had the total been +3.07, the 接待 decrease would be the truth."""
    text = ("2025年度“三公”经费财政拨款支出决算数比2024年度增加{}万元，增长42.68%，其中：因公出国（境）费支出决算为"
            "0.00万元，与2024年持平；公务用车购置及运行维护费支出决算增加5.07万元，增长42.68%；公务接待费支出决算"
            "减少为0.00万元，与2024年持平。")
    (flat,) = [f for f in review_text(TITLE + text.format("5.07")) if f.code == "R-FLAT"]
    assert flat.expected == "删去“减少”"  # the span to change (eyes10 5)
    assert ("“三公”经费总数增加5.07万元，其余各项（因公出国（境）费持平、公务用车购置及运行维护费增加5.07万元）合计也是"
            "增加5.07万元，本项两年相同，应删去“减少”") in flat.message  # each amount named (rev27: eyes11 8)
    changed = [f.expected for f in review_text(TITLE + text.format("3.07")) if f.code == "R-FLAT"]
    assert "删去“，与2024年持平”" in changed


def test_a_year_without_nian_in_a_headline_is_a_question_in_a_sentence_a_slip():
    """corpus s5 B1: 「盘点2024北京“账本”」 is press style in a news headline (提示); 「2024决算」 in a
    sentence is a slip."""
    line = "盘点2024北京“账本”,市人大常委会批准2024年市级决算"
    head = [f.level for f in review_text(line) if f.code == "R-TYPO-YEAR"]
    assert head == [Level.INFO]
    said = review_text("2024年市级决算草案已提请审议。本市2024决算收入合计100.00亿元，支出合计98.00亿元。")
    assert [f.level for f in said if f.code == "R-TYPO-YEAR"] == [Level.WARNING]


def test_a_heading_run_into_its_paragraph_still_names_the_section():
    from juesuan.review import review_blocks
    from juesuan.review.extract import Block

    blocks = [Block("一、收入支出决算总体情况说明", "第1页"),
              Block("二、收入决算情况说明 本年收入100.00万元。其中：财政拨款80.00万元，其他收入30.00万元。", "第2页")]
    assert [f.place for f in review_blocks(blocks)] == [
        "第2页（二、收入决算情况说明），“二、收入决算情况说明 本年收入100.00万元”"]
    blocks[1] = Block("二、本年收入100.00万元。其中：财政拨款80.00万元，其他收入30.00万元。", "第2页")
    assert [f.place for f in review_blocks(blocks)] == ["第2页，“二、本年收入100.00万元”"]  # not the section before


def test_a_change_after_the_templates_two_words_is_neither_a_base_nor_a_direction():
    """「比2023年度增加（减少）50.00万元，增长5.26%」: the template words left in (R-TEMPLATE), and the 50.00
    is no base of the 5.26% (it was read as one: a false 1,900.00%)."""
    text = "2024年度一般公共预算财政拨款支出1,000.00万元，比2023年度增加（减少）50.00万元，增长5.26%。"
    assert [f.code for f in review_text(TITLE + text)] == ["R-TEMPLATE"]


def test_flat_of_an_item_is_not_read_against_its_totals_amount():
    """「支出决算为8.00万元，完成预算的80.00%，其中：因公出国（境）费支出决算为0.00万元，与上年持平」: the
    持平 is 出国's against last year, not 0.00 against the total's 8.00 (a false R-FLAT)."""
    text = ("2024年度“三公”经费财政拨款支出预算为10.00万元，支出决算为8.00万元，完成预算的80.00%，其中："
            "因公出国（境）费支出决算为0.00万元，与上年持平；公务用车购置及运行维护费支出决算为6.00万元，完成预算的75.00%；公务接待费"
            "支出决算为2.00万元，完成预算的100.00%。")
    assert review_text(TITLE + text) == []
    # two amounts of one thing side by side still are
    found = review_text(TITLE + "本年末资产总额120.00万元，上年末资产总额100.00万元，与上年末持平。")
    assert [(f.code, f.expected) for f in found] == [("R-FLAT", "增加20.00万元")]


def test_a_level_changed_to_is_no_change_in_a_sum():
    """「公务接待费支出决算减少为3.00万元」 states the level reached, not the change: the total's 减少2.00万元
    is not checked against the items as if 接待 had fallen by 3.00 (a false R-SUM)."""
    text = ("2024年度“三公”经费财政拨款支出决算数比2023年度减少2.00万元，下降11.76%，其中：因公出国（境）费支出决算"
            "与2023年持平；公务用车购置及运行维护费支出决算减少1.50万元，下降11.11%；公务接待费支出决算减少为3.00万元，"
            "与2023年持平。")
    assert [f.code for f in review_text(TITLE + text)] == ["R-FLAT"]


def test_basic_spending_is_its_two_parts_even_when_each_lists_its_lines():
    """「基本支出1,580.00万元。其中：人员经费1,300.00万元，主要包括：基本工资…；公用经费180.00万元，主要包括：…」:
    the names each part lists are no inner list of amounts, and 基本支出 is by definition 人员经费 + 公用经费
    (an 错误, not the 提示 of a list that may leave lines out)."""
    text = ("一般公共预算财政拨款基本支出{}万元。其中：人员经费1,300.00万元，主要包括：基本工资、津贴补贴、奖金；"
            "公用经费180.00万元，主要包括：办公费、水费、电费。")
    found = [(f.code, f.level, f.expected) for f in review_text(TITLE + text.format("1,580.00"))]
    assert found == [("R-SUM", Level.ERROR, "1,480.00万元")]
    assert review_text(TITLE + text.format("1,480.01")) == []  # 尾差 of one 分
    # a list that need not be whole stays a question
    other = review_text(TITLE + "项目支出710.00万元，其中：信息化建设320.00万元，执法装备136.45万元。")
    assert [(f.code, f.level) for f in other] == [("R-SUM", Level.INFO)]


def test_a_rate_whose_amount_was_stated_in_the_sentence_before():
    """Shanghai template 七(一): the 三公 决算 (15.00) stated in one sentence, its change (−2.00) and rate in
    the next: 2.00 ÷ 17.00 = 11.76%, not 11.67%; a 其中 item's 决算 in that sentence is not the amount."""
    text = ("“三公”经费财政拨款支出年初预算为20.00万元，支出决算为15.00万元，完成预算的75.00%，其中：因公出国（境）费"
            "决算为0.00万元，完成预算的0%。\n2024年度“三公”经费财政拨款支出决算数比2023年度减少2.00万元，下降{}%。")
    head = "上海市某区某局2024年度部门决算\n"
    found = [(f.code, f.figure, f.expected) for f in review_text(head + text.format("11.67")) if f.code == "R-PERCENT"]
    assert found == [("R-PERCENT", "11.67%", "11.76%")]
    assert not [f for f in review_text(head + text.format("11.76")) if f.code == "R-PERCENT"]


def test_shares_of_a_total_named_by_its_sentences_subject():
    """七(二) 「“三公”经费财政拨款支出决算中，…12.00万元，占85.00%」 against the 决算 the sentence before states
    after its subject (「“三公”经费财政拨款支出年初预算为20.00万元，支出决算为15.00万元」): 12 ÷ 15 = 80.00%."""
    text = ("“三公”经费财政拨款支出年初预算为20.00万元，支出决算为15.00万元，完成预算的75.00%。\n"
            "“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0.00万元，占0.00%；公务用车购置及运行维护费支出决算"
            "12.00万元，占{}%；公务接待费支出决算3.00万元，占20.00%。")
    head = "上海市某区某局2024年度部门决算\n"
    assert [(f.code, f.expected) for f in review_text(head + text.format("85.00"))] == [("R-SHARE", "80.00%")]
    assert review_text(head + text.format("80.00")) == []


def test_the_items_budget_and_final_below_a_bare_qizhong_add_up_to_the_total():
    """Shanghai template 五(三): 「…年初预算为A万元，支出决算为B万元…。其中：」 then a paragraph per 项 with its
    年初预算 and 决算 — each column's sum against the total."""
    head = ("上海市某区某局2024年度部门决算\n一般公共预算财政拨款支出年初预算为450.00万元，支出决算为460.00万元，"
            "完成年初预算的102.22%。其中：\n")
    items = ("1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。主要用于：日常运转。"
             "年初预算为300.00万元，支出决算为{}万元。\n"
             "2、住房保障支出（类）住房改革支出（款）住房公积金（项）。主要用于：缴纳住房公积金。"
             "年初预算为150.00万元，支出决算为150.00万元。\n")
    assert review_text(head + items.format("310.00")) == []
    assert [(f.code, f.figure, f.expected) for f in review_text(head + items.format("300.00"))] == [
        ("R-SUM", "460.00万元", "450.00万元")]


def test_procurement_is_its_three_kinds():
    text = "政府采购金额为310.00万元，其中：货物采购金额50.00万元、工程采购金额0.00万元、服务采购金额250.00万元。"
    assert [(f.code, f.level) for f in review_text(TITLE + text)] == [("R-SUM", Level.ERROR)]


def test_a_declared_rounding_remainder_on_the_named_item_is_no_finding():
    """ana's 分析报告: the largest share takes the remainder so the shares add to 100.00%, and says so
    (「尾差已计入人员经费」): no 提示 for it; undeclared, the 尾差 stays a 提示."""
    text = ("一般公共预算财政拨款支出24535.67万元，主要用于以下方面：文化旅游体育与传媒支出（类）17127.62万元，"
            "占69.81%；社会保障和就业支出（类）1493.32万元，占6.08%；卫生健康支出（类）370.37万元，占1.51%；资源勘探工业信息等支出"
            "（类）4948.72万元，占20.17%；住房保障支出（类）595.64万元，占2.43%{}。")
    said = review_text(TITLE + text.format("（尾差已计入社会保障和就业支出）"))
    assert [f for f in said if f.code == "R-SHARE"] == []
    plain = review_text(TITLE + text.format(""))
    assert [(f.code, f.level) for f in plain if f.code == "R-SHARE"] == [("R-SHARE", Level.INFO)]


STYLE = Path(__file__).parent / "data" / "review_wording"


@pytest.mark.parametrize("name", ["shanghai_2024_bureau.txt", "shanghai_2024_centre.txt"])
def test_consistent_template_documents_review_clean(name):
    assert review_text((STYLE / name).read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(("right", "wrong", "code", "expected"), [
    ("年初预算为250.00万元，支出决算为250.00万元。决算数与预算数持平。",
     "年初预算为250.00万元，支出决算为245.00万元。决算数与预算数持平。", "R-DIRECTION", "决算数小于预算数"),
    ("增加123.45万元，增长5.56%。", "增加123.45万元，增长5.56。", "R-UNIT-MISSING", "5.56%"),
    ("下降2.70%。主要原因是厉行节约", "下降（增长）2.70%。主要原因是厉行节约", "R-TEMPLATE",
     "下降"),
    ("完成年初预算的102.27%", "完成年初预算的102.72%", "R-RATE", "102.27%"),
    ("占本年支出合计的97.40%", "占本年支出合计的97.83%", "R-SHARE", "97.40%"),
    ("下降11.76%，其中", "下降11.67%，其中", "R-PERCENT", "11.76%"),
    ("支出决算12.00万元，占80.00%", "支出决算12.00万元，占85.00%", "R-SHARE", "80.00%"),
    ("其中：人员经费1,400.00万元", "其中：人员经费1,300.00万元", "R-SUM", "1,480.00万元"),
    ("年初预算为260.00万元，支出决算为250.00万元。", "年初预算为260.00万元，支出决算为240.00万元。", "R-SUM",
     "2,240.00万元"),
    ("为300.00万元，其中：货物采购金额50.00万元", "为310.00万元，其中：货物采购金额50.00万元", "R-SUM", "300.00万元"),
])
def test_one_planted_error_in_a_template_document_is_found_with_its_value(right, wrong, code, expected):
    text = (STYLE / "shanghai_2024_bureau.txt").read_text(encoding="utf-8")
    assert right in text
    found = [(f.code, f.expected) for f in review_text(text.replace(right, wrong, 1)) if f.level is not Level.INFO
             or code == "R-SUM"]
    assert (code, expected) in found, found


def test_a_few_yuan_of_budget_left_beyond_the_totals_rounding_is_no_zero_budget():
    """wb's random unit: 因公出国 budget 50.58元; 36.91 − 2.52 ÷ 6.83% − 0.02 ÷ 95.54% leaves −0.007万元,
    more than the total's own rounding (0.005万元): the budget is not known to be 0 — no R-RATE-ZERO."""
    text = ("“三公”经费财政拨款支出年初预算为36.91万元，支出决算为2.54万元，完成预算的6.87%，其中："
            "因公出国（境）费决算为0.00万元，完成预算的0.00%；公务用车购置及运行维护费支出决算为2.52万元，完成预算的6.83%；公务接待费支出决算为"
            "0.02万元，完成预算的95.54%。")
    assert [f for f in review_text(TITLE + text) if f.code == "R-RATE-ZERO"] == []


def test_a_rate_derived_from_an_amount_the_table_refutes_follows_from_it():
    """The 三公 决算 typed wrong in the text (28.39 for 2.39, the 三公 table says 2.39): the change rate written
    for 2.39 (0.50 ÷ 2.89 = 17.30%) and derived from 28.39 in the next sentence is its consequence — one finding,
    at the amount."""
    from juesuan.review.arbiter import _consequences_dropped
    from juesuan.review.base import ReviewFinding

    amount = ReviewFinding(Level.ERROR, "R-TEXT-TABLE", "m", block=2, figure="28.39万元", expected="2.39万元")
    rate = ReviewFinding(Level.ERROR, "R-PERCENT", "m", block=3, figure="17.30%", expected="1.73%",
                         why="2023年度为28.39 + 0.50 = 28.89万元；0.50万元 ÷ 28.89万元 × 100% = 1.73%")
    assert _consequences_dropped([amount, rate]) == [amount]
    other = ReviewFinding(Level.ERROR, "R-TEXT-TABLE", "m", block=2, figure="5.00万元", expected="6.00万元")
    assert _consequences_dropped([other, rate]) == [other, rate]


def test_a_figure_missing_its_wan_is_one_finding_not_also_a_sum_at_the_wrong_scale() -> None:
    """「本年收入合计4,733.14元，其中：…4,700.00万元…33.14万元」: the total lacks its 万 — one finding with
    4,733.14万元, not also an R-SUM 「应为47,331,400.00元」 (the sum is right once the unit is)."""
    text = ("二、收入决算情况说明\n本年收入合计4,733.14元，其中：财政拨款收入4,700.00万元，占99.30%；"
            "其他收入33.14万元，占0.70%。")
    found = [(f.code, f.expected) for f in review_text(text)]
    assert found == [("R-UNIT-MISSING", "4,733.14万元")]
    # a real sum error with its units right is still one
    wrong = "二、收入决算情况说明\n本年收入合计4,743.14万元，其中：财政拨款收入4,700.00万元；其他收入33.14万元。"
    assert [(f.code, f.expected) for f in review_text(wrong)] == [("R-SUM", "4,733.14万元")]


def test_a_qizhong_list_the_template_breaks_into_sentences_is_read_whole() -> None:
    """Template 七(二): 「2、公务用车购置及运行维护费支出10.00万元。其中：公务用车购置支出为0万元。公务用车运行维护
    支出10.50万元。」 — each part its own sentence; the parts (0 + 10.50) exceed the whole."""
    head = ("七、财政拨款“三公”经费支出决算情况说明\n"
            "2、公务用车购置及运行维护费支出{total}万元。其中：公务用车购置支出为0万元。")
    tail = "公务用车运行维护支出10.50万元。主要用于公务用车燃料费、维修费等。"
    found = [(f.code, f.expected) for f in review_text(head.format(total="10.00") + tail)]
    assert found == [("R-SUM", "10.50万元")]
    assert review_text(head.format(total="10.50") + tail) == []
    # a sentence after the list that is no sibling of its part is not a part
    other = "2024年，公务用车保有量为6辆，车辆运行维护支出3.00万元。"
    assert review_text(head.format(total="0.00") + other) == []


def test_counts_whose_parts_exceed_their_total() -> None:
    """十(三) 国有资产: 「共有车辆5辆，其中：机要通信用车2辆，执法执勤用车3辆，应急保障用车1辆」 — 2+3+1 = 6 > 5."""
    head = "十、其他重要事项的情况说明\n截至2024年12月31日，本部门共有车辆{n}辆，其中："
    parts = "机要通信用车2辆，执法执勤用车3辆，应急保障用车1辆。"
    found = [(f.code, f.figure, f.expected) for f in review_text(head.format(n=5) + parts)]
    assert found == [("R-SUM", "5辆", "6辆")]
    assert review_text(head.format(n=6) + parts) == []
    # fewer than the total: a list may leave some out (人员 by 编制 only); another unit or a remark: not the list
    assert review_text("2024年度本部门共有在职人员45人，其中：行政编制30人，事业编制12人。") == []
    assert review_text(head.format(n=5) + "机要通信用车2辆，执法执勤用车3辆（含新购1辆），应急保障用车1辆。") == []


def test_a_declared_tail_may_take_the_whole_remainder_of_the_list() -> None:
    """Our writers' 尾差 rule (narrative.phrases.shares): six equal parts print 16.67% each = 100.02%, so the
    largest takes −0.02 and the list says so — not an 错误 (random units found it); undeclared it still is one."""
    from decimal import Decimal

    from juesuan.narrative.phrases import shares, tail_note

    names = ["工资福利支出", "商品和服务支出", "对个人和家庭的补助", "资本性支出", "其他支出", "债务利息支出"]
    parts = [Decimal("100000")] * 6
    printed = shares(parts, sum(parts))
    assert printed is not None and sum(printed) == 100 and printed[0] == Decimal("16.65")
    listed = "；".join(f"{n}100,000.00元，占{p}%" for n, p in zip(names, printed, strict=True))
    text = f"三、支出决算情况说明\n本年支出合计600,000.00元，其中：{listed}。"
    assert review_text(text + tail_note(parts, sum(parts), names)) == []
    assert [(f.code, f.expected) for f in review_text(text)] == [("R-SHARE", "16.67%")]


def test_a_rate_after_its_change_is_against_what_the_change_was() -> None:
    """Random units: 「…预算比上年减少0.01万元，下降100.00%」 then 「…比年初预算增加的主要原因是」 — the 下降 is against
    last year (the change before it says so), not against the budget the reason names: no contradiction."""
    text = ("二、收入支出预算执行情况分析\n本年预算总额比上年减少0.10万元，下降100.00%。"
            "其中：对附属单位补助支出预算比上年减少0.01万元，下降100.00%；人员经费预算比上年减少0.10万元，下降100.00%。\n"
            "对附属单位补助支出、人员经费比年初预算增加的主要原因是：原因乙。")
    assert [f.code for f in review_text(text)] == []
    # against the same comparison the reason's word is still checked
    said = text.replace("比年初预算增加", "比上年增加")
    assert {f.code for f in review_text(said)} == {"R-REASON-DIRECTION"}
