"""Session 7: a direction conflict that hides a wrong rate, years not updated, 应为 a reviewer can
paste — each in sentences of our own."""
from __future__ import annotations

from juesuan.review import review_text


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.figure, f.expected) for f in review_text(text) if f.level.value != "提示"]


# --- a change said both ways -------------------------------------------------------------------

_CHANGE = "公用经费支出120.00万元，比上年{w1}20.00万元，{w2}{r}。"


def test_the_rate_decides_which_direction_word_is_wrong():
    # 20 ÷ (120 − 20) = 20.00% is an increase; 20 ÷ (120 + 20) = 14.29% a decrease
    up, down = "增加20.00万元", "减少20.00万元"
    assert _found(_CHANGE.format(w1="减少", w2="增长", r="20.00%")) == [("R-DIRECTION", down, up)]
    assert _found(_CHANGE.format(w1="增加", w2="下降", r="14.29%")) == [("R-DIRECTION", up, down)]
    assert _found(_CHANGE.format(w1="减少", w2="增长", r="14.29%")) == [("R-DIRECTION", "增长14.29%", "下降14.29%")]


def test_a_rate_wrong_either_way_is_reported_beside_the_conflict():
    found = review_text(_CHANGE.format(w1="减少", w2="增长", r="17.00%"))
    assert [(f.code, f.expected) for f in found] == [("R-DIRECTION", ""), ("R-PERCENT", "")]
    assert "20.00%" in found[1].message and "14.29%" in found[1].message
    assert "120.00万元 − 20.00万元 = 100.00万元" in found[1].why
    assert "120.00万元 + 20.00万元 = 140.00万元" in found[1].why


def test_the_reason_after_the_change_decides_the_direction():
    text = _CHANGE.format(w1="减少", w2="增长", r="17.00%") + "主要原因是人员增加，福利费、交通费等增加。"
    assert _found(text) == [("R-DIRECTION", "减少20.00万元", "增加20.00万元"), ("R-PERCENT", "17.00%", "20.00%")]
    # a reason with both words, or with amounts of its own, decides nothing
    mixed = _CHANGE.format(w1="减少", w2="增长", r="17.00%") + "主要原因是人员减少，交通费增加。"
    assert [c for c, _, e in _found(mixed)] == ["R-DIRECTION", "R-PERCENT"]
    assert all(e == "" for _, _, e in _found(mixed))


def test_a_consistent_change_is_still_clean():
    assert _found(_CHANGE.format(w1="增加", w2="增长", r="20.00%")) == []
    assert _found(_CHANGE.format(w1="减少", w2="下降", r="14.29%")) == []


# --- years not updated -------------------------------------------------------------------------

_DOC = ("某某局2025年度部门决算\n"
        "某某局2025年度收入总计500.00万元。与2024年度相比，增加50.00万元，增长11.11%。\n"
        "2025年度支出总计500.00万元，比2024年度增加50.00万元，增长11.11%。\n"
        "{s}\n")


def test_a_base_year_not_updated():
    text = _DOC.format(s="机关运行经费支出120.00万元，比2023年度增加20.00万元，增长20.00%。")
    assert _found(text) == [("R-YEAR", "2023年度", "2024年度")]  # the year is wrong, not 比


def test_a_whole_sentence_one_year_behind():
    text = _DOC.format(s="2024年度机关运行经费支出120.00万元，比2023年度增加20.00万元，增长20.00%。")
    assert _found(text) == [("R-YEAR", "2024年度机关运行经费支出120.00万元，比2023年度",
                             "2025年度机关运行经费支出120.00万元，比2024年度")]


def test_a_document_that_compares_with_two_years_back_is_left_alone():
    text = ("某某局2025年度部门决算\n机关运行经费支出120.00万元，比2023年度增加20.00万元，增长20.00%。\n"
            "会议费支出60.00万元，比2023年度增加10.00万元，增长20.00%。\n")
    assert _found(text) == []
    ok = _DOC.format(s="机关运行经费支出120.00万元，比2024年度增加20.00万元，增长20.00%。")
    assert _found(ok) == []


# --- which item's change is wrong --------------------------------------------------------------


def test_the_items_last_year_amounts_tell_which_change_is_wrong():
    # 甲 30 ÷ 37.5% = 80, 乙 10 ÷ 50% = 20: last year 100 = 20 ÷ 20%; 甲 written 40 → 甲 is wrong, not the total
    head = "“三公”经费支出比上年增加20.00万元，增长20.00%。其中：因公出国（境）费两年均未发生；"
    text = head + "公务接待费增加40.00万元，增长37.50%；公务用车运行维护费减少10.00万元，下降50.00%。"
    assert _found(text) == [("R-SUM", "40.00万元", "30.00万元")]
    assert "-" not in review_text(text)[0].why
    # said in plain arithmetic: what the items add to, and last year's amounts step by step
    (f,) = review_text(text)
    assert "各项相加为增加30.00万元，不是总的增加20.00万元" in f.message
    # the plain arithmetic first (eyes9 12): the total's change less the other items' is this item's; then the rates
    assert f.why == ("20.00万元 − (−10.00万元) = 30.00万元；各项增减 40.00万元 − 10.00万元 = 30.00万元；"
                     "上年总数 20.00万元 ÷ 20.00% ≈ 100.00万元；10.00万元 ÷ 50.00% ≈ 20.00万元；"
                     "此项上年 ≈ 80.00万元，× 37.50% ≈ 30.00万元")
    # the total's change wrong: the items' sum fits the total's rate (0.90 ÷ 6.00% = 12.00 + 3.00)
    total = ("“三公”经费支出比上年减少1.00万元，下降6.00%。其中：公务用车运行维护费减少0.60万元，下降5.00%；"
             "公务接待费减少0.30万元，下降10.00%。")
    assert _found(total) == [("R-SUM", "1.00万元", "0.90万元")]
    # without the rates nothing tells which is wrong: the total is named, its 计算 with − and the unit
    bare = head + "公务接待费增加40.00万元；公务用车运行维护费减少10.00万元。"
    found = review_text(bare)
    assert [(f.code, f.figure, f.expected) for f in found] == [("R-SUM", "20.00万元", "30.00万元")]
    assert found[0].why == "40.00万元 − 10.00万元 = 30.00万元"
    assert review_text(bare.replace("增加40.00", "增加30.00")) == []
    down = "“三公”经费支出比上年减少20.00万元。其中：公务接待费减少40.00万元；公务用车运行维护费增加10.00万元。"
    assert [f.why for f in review_text(down)] == ["−40.00万元 + 10.00万元 = −30.00万元"]


# --- 应为 a reviewer can paste -----------------------------------------------------------------


def test_the_budget_words_are_given_as_the_sentence_writes_them():
    text = "公用经费年初预算为100.00万元，支出决算为90.00万元，决算数与年初预算数持平，主要原因是厉行节约。"
    found = review_text(text)
    assert [(f.code, f.figure, f.expected) for f in found] == [
        ("R-DIRECTION", "决算数与年初预算数持平", "决算数小于年初预算数")]
    assert found[0].why == "90.00万元 − 100.00万元 = −10.00万元"
    short = "公用经费年初预算为100.00万元，支出决算为110.00万元，决算小于预算，主要原因是增人。"
    assert _found(short) == [("R-DIRECTION", "决算小于预算", "决算大于预算")]


def test_a_template_alternative_keeps_the_word_its_comparison_says():
    text = "本年支出100.00万元，比上年减少（增加）25.00万元，下降20.00%。"
    assert _found(text) == [("R-TEMPLATE", "减少（增加）", "减少")]
    text = "本年支出100.00万元，比上年增加25.00万元，增长（下降）33.33%。"
    assert _found(text) == [("R-TEMPLATE", "增长（下降）", "增长")]
    # nothing else in the comparison says it: no 应为, the finding says to choose
    alone = [(f.code, f.expected) for f in review_text("本年支出100.00万元，比上年减少（增加）25.00万元。")]
    assert alone == [("R-TEMPLATE", "")]


def test_a_placeholder_the_paragraph_settles_is_given_its_value():
    filled = "本单位2025年度部门决算说明。" * 30 + "\n"  # a written text, not the template itself
    rate = filled + "机关运行经费支出120.00万元，比上年增加20.00万元，增长XX%。"
    found = [f for f in review_text(rate) if f.code == "R-TEMPLATE"]
    assert [(f.figure, f.expected) for f in found] == [("XX%", "20.00%")]
    parts = filled + ("政府采购金额为300.00万元，其中：货物采购金额XX万元、工程采购金额0.00万元、"
                      "服务采购金额250.50万元。")
    found = [f for f in review_text(parts) if f.code == "R-TEMPLATE"]
    assert [(f.figure, f.expected) for f in found] == [("XX万元", "49.50万元")]
    assert found[0].why == "300.00万元 − 250.50万元（同句其余各项） = 49.50万元"
    # nothing to compute it from: no 应为
    alone = filled + "机关运行经费支出XX万元，主要用于办公。"
    found = [f for f in review_text(alone) if f.code == "R-TEMPLATE"]
    assert [f.expected for f in found] == [""] and "请填入实际内容" in found[0].message


def test_a_share_without_its_percent_before_a_dash():
    text = "本年收入合计100.00万元，其中：财政拨款收入90.00万元，占90.00%；事业收入10.00万元，占10.00——主要为服务收入。"
    assert _found(text) == [("R-UNIT-MISSING", "10.00", "10.00%")]
    assert _found("比上年增长12.5—15%。") == []


def test_a_misnamed_item_is_quoted_from_its_name():
    from juesuan.review.blocks import Block
    from juesuan.review.rules import run
    from tests.test_review_model import document

    blocks = document()
    item = next(i for i, b in enumerate(blocks) if b.text.startswith("3、"))
    blocks[item] = Block(blocks[item].text.replace("住房公积金（项）", "提租补贴（项）"), blocks[item].place)
    found = [f for f in run(blocks) if f.code == "R-CODE-NAME"]
    assert len(found) == 1 and "提租补贴（项）" in found[0].quote and found[0].figure == "提租补贴（项）"


def test_every_calculation_in_the_texts_unit_with_the_minus_sign():
    found = review_text("公用经费支出80.00万元，比上年100.00万元增长20.00%。")
    assert [(f.code, f.why) for f in found] == [("R-DIRECTION", "80.00万元 − 100.00万元 = −20.00万元")]
    found = review_text("公用经费支出0.50万元，上年0.40万元，与上年持平。")
    assert [(f.code, f.why) for f in found] == [("R-FLAT", "0.50万元 − 0.40万元 = 0.10万元")]
    # a hyphen before a digit is shown as the minus sign in every 计算, a code's hyphen is kept
    from juesuan.core.findings import Level
    from juesuan.review.base import ReviewFinding

    assert ReviewFinding(Level.ERROR, "X", "", why="1.00 − 2.00 = -1.00万元；2080505-1").why == (
        "1.00 − 2.00 = −1.00万元；2080505-1")


def test_a_template_alternative_the_figures_decide():
    text = "某局支出年初预算为300.00万元，支出决算为320.00万元。决算数大于（小于）预算数的主要原因是人员增加。"
    assert _found(text) == [("R-TEMPLATE", "大于（小于）", "大于")]
    assert _found(text.replace("320.00", "280.00")) == [("R-TEMPLATE", "大于（小于）", "小于")]


def test_shares_of_parts_one_written_in_yuan_are_not_blamed():
    # 3.26元 among 万元: read as 万元 every share fits — the unit is the slip, not 91.57% and 8.43%
    text = ("“三公”经费财政拨款支出决算中，公务用车购置及运行维护费支出决算35.42万元，占91.57%；"
            "公务接待费支出决算3.26元，占8.43%。")
    assert [f for f in _found(text) if f[0] == "R-SHARE"] == []
    wrong = text.replace("占91.57%", "占81.57%").replace("占8.43%", "占18.43%").replace("3.26元", "3.26万元")
    assert [f[0] for f in _found(wrong)] == ["R-SHARE", "R-SHARE"]


def test_a_count_part_with_a_remark_in_parentheses():
    text = "本局共有车辆8辆，其中：执法执勤用车5辆、特种专业技术用车3辆（洒水车、高空作业车）、其他用车1辆。"
    assert _found(text) == [("R-SUM", "8辆", "9辆")]
    assert _found(text.replace("5辆", "4辆")) == []


def test_a_year_end_not_updated_in_a_final_account():
    text = "某中心2024年度部门决算\n截至2023年12月31日，本中心共有车辆2辆，均为新闻采访车。\n"
    assert _found(text) == [("R-YEAR", "2023年12月31日", "2024年12月31日")]
    assert _found(text.replace("截至2023", "截至2024")) == []
    # a 预算 states the year before's end
    assert _found("某中心2025年度部门预算\n截至2024年12月31日，本中心共有车辆2辆，均为新闻采访车。\n") == []


def test_a_clause_stating_the_base_years_amount():
    # 「2023年度…均为B，较2023年度增加C，增长R」: B is last year's; this year's is in the sentence before
    head = "2024年度本中心收入总计600.00万元，支出总计600.00万元。2023年度收入、支出总计均为500.00万元，较2023年度"
    assert _found(head + "增加100.00万元，增长20.00%。") == []
    assert _found(head + "减少100.00万元，增长20.00%。") == [("R-DIRECTION", "减少100.00万元", "增加100.00万元")]
    assert _found(head + "增加100.00万元，增长16.67%。") == [("R-PERCENT", "16.67%", "20.00%")]
    # the same year's budget is no base year: the amount is the subject
    assert _found("2013年“三公”经费决算数为399.48万元，比2013年年初预算数减少40.52万元，下降9.2%。") == []


def test_a_budget_beside_the_final_amount_is_no_subject_of_last_years_change():
    text = "公务接待费预算20,000.00元，决算7,138.17元，比上年减少10,151.83元，同比下降{}%。"
    assert _found(text.format("58.72")) == []
    assert [c for c, _, _ in _found(text.format("33.67"))] == ["R-PERCENT"]


def test_a_change_against_last_year_and_flat_against_the_budget_are_two_comparisons():
    """Our own report's 「比上年0.00元增加0.01元（上年无此项支出），与预算持平」 drew a false R-FLAT (acct2's repro)."""
    from juesuan.review import review_text

    text = "会议费支出决算0.01元，比上年0.00元增加0.01元（上年无此项支出），与预算持平。"
    assert "R-FLAT" not in {f.code for f in review_text(text)}
    assert "R-FLAT" in {f.code for f in review_text("会议费支出决算0.01元，比上年增加0.01元，与上年持平。")}


def test_a_final_accounts_own_budget_comparison_written_with_last_year():
    """A 决算 compares its year's 决算 with the same year's 预算: 「2023年度…决算数小于预算数的主要原因」 in a 2024
    决算 is the year not updated, even where the sentence names no change against last year."""
    head = "某中心2024年度部门决算\n“三公”经费支出年初预算为6.10万元，支出决算为5.28万元，完成预算的86.56%。"
    said = "{y}年度“三公”经费支出决算数小于预算数的主要原因是：严格执行公务接待标准。\n"
    assert _found(head + said.format(y="2023")) == [("R-YEAR", "2023年", "2024年")]
    assert _found(head + said.format(y="2024")) == []
    # two years named: a comparison between them, not this year's 决算 against its 预算
    assert _found(head + "2024年度决算数小于预算数，2023年度同样如此。\n") == []
    # a 预算 tells last year's execution
    assert _found("某中心2025年度部门预算\n" + said.format(y="2024")) == []
