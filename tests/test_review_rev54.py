"""Wording of correct findings a reviewer reads (read16's leftovers, rev54, session 17): the rate beside a change
said the wrong way, which total an R-SUM is about, labelled addends, 百分点 named, the document's own rate term,
Kangxi radicals given in their normal form, two readings of one rate."""
from __future__ import annotations

from decimal import Decimal

from juesuan.review import review_text
from juesuan.review.extract import Block
from tests.test_review_rev47 import TITLE


def _found(text: str):
    return [f for f in review_text(TITLE + text) if f.level.value in ("错误", "警告")]


# --- R-DIRECTION: the rate beside the change turns with it ---------------------------------------------------

_CARS = ("七、“三公”经费财政拨款支出决算情况说明\n"
         "其中：公务用车运行维护费8.74万元（2023年度：7.96万元），减少0.78万元，{rate}，主要原因是车辆维修费增加。")


def test_the_rate_said_the_same_wrong_way_turns_in_the_same_expected():
    found = [f for f in _found(_CARS.format(rate="下降9.8%")) if f.code == "R-DIRECTION"]
    assert [(f.figure, f.expected) for f in found] == [("减少0.78万元", "增加0.78万元，增长9.8%")]  # rev64: both
    assert found[0].anchor == "减少0.78万元，下降9.8%"
    assert found[0].message.endswith("应为“增加”，不是“减少”，“下降9.8%”也应为“增长9.8%”。")
    # a rate already said the right way stays as written
    found = [f for f in _found(_CARS.format(rate="增长9.8%")) if f.code == "R-DIRECTION"]
    assert [(f.figure, f.expected) for f in found] == [("减少0.78万元", "增加0.78万元")]
    assert "也应为" not in found[0].message


# --- R-SUM: which total ------------------------------------------------------------------------------------

def test_a_count_sum_names_its_total_and_the_terminal_quote_shows_the_counts():
    from juesuan.review.outputs import window

    text = ("十、预算绩效管理工作开展情况\n本站2024年度预算绩效管理工作开展情况如下：本站建立了预算绩效管理制度，"
            "建立了“目标编报—运行监控—自评复核”的预算绩效管理工作机制；全过程绩效管理实施情况：编报绩效目标的2024年度项目四个，"
            "涉及预算金额716.80万元；绩效跟踪评价的2024年度项目二个，涉及预算金额646.80万元；"
            "绩效自评的2024年度项目四个，涉及预算金额716.80万元，"
            "平均得分94.2分（其中，绩效评级为“优”的项目三个；绩效评级为“良”的项目二个；绩效评级为“合格”的项目零个；"
            "绩效评级为“不合格”的项目零个）。")
    (f,) = [f for f in _found(text) if f.code == "R-SUM"]
    assert "多于总数“绩效自评的2024年度项目四个”" in f.message
    shown = window(f.quote, f.figure)
    assert len(f.quote) > 160 and len(shown) <= 160
    assert "绩效自评的2024年度项目四个" in shown and "“良”的项目二个" in shown and shown.startswith("…")
    assert window("短句。", "短") == "短句。" and window("长" * 200, "") == "长" * 159 + "…"


def test_a_sum_against_the_budget_total_says_which_total():
    text = ("五、一般公共预算财政拨款支出决算情况说明\n（二）一般公共预算财政拨款支出决算具体情况\n"
            "2024年度一般公共预算财政拨款支出年初预算为300.00万元，支出决算为290.00万元，完成年初预算的96.67%。其中：\n"
            "1.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。年初预算为200.00万元，"
            "支出决算为190.00万元，完成年初预算的95.00%。\n"
            "2.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）一般行政管理事务（项）。年初预算为120.00万元，"
            "支出决算为100.00万元，完成年初预算的83.33%。\n")
    found = [f for f in _found(text) if f.code == "R-SUM"]
    assert [(f.figure, f.expected) for f in found] == [("300.00万元", "320.00万元")]
    assert found[0].message.startswith("总数（年初预算）小于所列各项之和")


# --- R-TABLE-PARENT / R-TABLE-SUM: each addend by its row or column ------------------------------------------

def test_the_addends_of_a_table_sum_are_labelled():
    from juesuan.review import review_blocks
    from tests.test_review_backings import _table

    rows = [["科目编码", "科目名称", "决算数"], ["", "合计", "190.00"], ["201", "一般公共服务支出", "100.00"],
            ["20101", "人大事务", "60.00"], ["20102", "政协事务", "30.00"], ["208", "社会保障和就业支出", "90.00"],
            ["20805", "行政事业单位养老支出", "90.00"]]
    (f,) = [f for f in review_blocks([_table(rows, "支出决算表 单位：万元")]) if f.code == "R-TABLE-PARENT"]
    assert f.why == "“20101”60.00万元 + “20102”30.00万元 = 90.00万元"
    rows = [["科目编码", "科目名称", "合计", "基本支出", "项目支出"], ["", "合计", "100.00", "60.00", "30.00"]]
    (f,) = [f for f in review_blocks([_table(rows, "支出决算表 单位：万元")]) if f.code == "R-TABLE-SUM"]
    assert f.why == "“基本支出”60.00万元 + “项目支出”30.00万元 = 90.00万元"
    rows = [["项目", "金额"], ["人员经费", "60.00"], ["公用经费", "30.00"], ["合计", "100.00"]]
    (f,) = [f for f in review_blocks([_table(rows, "基本支出情况表 单位：万元")]) if f.code == "R-TABLE-SUM"]
    assert f.why == "“人员经费”60.00万元 + “公用经费”30.00万元 = 90.00万元"


def test_a_labelled_calculation_is_still_read_back():
    from juesuan.review.arith import recomputed, restated

    why = "“20101”60.00万元 + “20102”30.00万元 = 90.00万元"
    got = recomputed(why, Decimal("30.00"), (Decimal("40.00"), Decimal("40.00")))
    assert got is not None and got[0] < 100 < got[1]
    assert restated(why, Decimal("30.00"), "40.00万元", "100.00万元") == (
        "“20101”60.00万元 + “20102”40.00万元 = 100.00万元")


# --- R-DIFF on 百分点: the share's item named, one notation in 计算 -------------------------------------------

def test_points_of_two_complementary_shares_name_the_item():
    text = ("三、支出决算情况说明\n本年支出合计540.34万元，其中：基本支出405.54万元，占75.05%，比上年下降3.34个百分点；"
            "项目支出134.80万元，占24.95%，比上年提高2.59个百分点。")
    (f,) = [f for f in _found(text) if f.code == "R-DIFF"]
    assert (f.figure, f.expected) == ("3.34个百分点", "2.59个百分点")
    assert "基本支出占比的变化应为2.59个百分点" in f.message
    assert f.why == "基本支出上年占比为75.05% + 2.59% = 77.64%；2.59% ÷ 77.64% × 100% = 3.34%"
    assert "个百分点" not in f.why


# --- R-RATE: the document's own term, one colon -------------------------------------------------------------

def test_a_completion_rate_is_called_what_the_document_calls_it():
    from juesuan.review.rules.rate_words import rate_term

    text = ("五、一般公共预算财政拨款支出决算情况说明\n"
            "（4）一般公共服务支出（类）宣传事务（款）其他宣传事务支出（项）："
            "支出决算为436.80万元，完成年初预算420.00万元的{}。")
    (f,) = [f for f in _found(text.format("96.2%")) if f.code == "R-RATE"]
    assert f.message.startswith("其他宣传事务支出（项）：完成年初预算的比例与金额不符，应为104.0%，不是96.2%")
    assert f.message.count("：") == 2 and "执行率" not in f.message  # the item's colon and the reason's
    (f,) = [f for f in _found(text.format("95.0%")) if f.code == "R-RATE"]
    assert f.message == "其他宣传事务支出（项）：完成年初预算的比例与金额不符，应为104.0%，不是95.0%。"
    assert rate_term("预算执行率为95.00%", 6) == "执行率" and rate_term("完成率95.00%", 3) == "完成率"
    assert rate_term("完成全年预算的95.00%", 7) == "完成全年预算的比例"


# --- a rate of the change over the stated amount: two readings, one finding ----------------------------------

_RUNNING = ("十、机关运行经费支出情况说明\n2024年度机关运行经费支出342.16万元，比上年决算数减少15.58万元，下降4.6%。"
            "主要原因是压减会议、印刷等一般性支出。\n")


def test_a_rate_over_the_stated_amount_names_both_readings():
    (f,) = [f for f in _found(_RUNNING) if f.figure in ("4.6%", "342.16万元")]
    assert (f.code, f.figure, f.expected) == ("R-PERCENT", "4.6%", "4.4%")  # nothing else decides: the rate's
    assert ("也可能342.16万元是上年数误写作本年数：本年应为326.58万元（按此“减少15.58万元，下降4.6%”都成立）"
            in f.message)


def _with_table(amount: str) -> list[Block]:
    from juesuan.review.extract import Block

    rows = [["项目", "本年决算数", "上年决算数"], ["机关运行经费", amount, "342.16"]]
    return [Block(TITLE + _RUNNING, "第1段", index=0),
            Block("\n".join("\t".join(r) for r in rows), "第1个表格", rows, index=1,
                  title="机关运行经费支出表 单位：万元", caption="机关运行经费支出表 单位：万元")]


def test_the_document_decides_between_the_two_readings():
    from juesuan.review import review_blocks

    found = [f for f in review_blocks(_with_table("326.58")) if f.figure in ("4.6%", "342.16万元")]
    assert [(f.code, f.figure, f.expected) for f in found] == [("R-DIFF", "342.16万元", "326.58万元")]
    assert "也可能是增减幅度算错，应为4.4%，不是4.6%" in found[0].message
    assert found[0].why == "342.16万元 − 15.58万元 = 326.58万元"
    # a table that states the amount as written: the rate's reading alone
    found = [f for f in review_blocks(_with_table("342.16")) if f.figure in ("4.6%", "342.16万元")]
    assert [(f.code, f.figure, f.expected) for f in found] == [("R-PERCENT", "4.6%", "4.4%")]
    assert "也可能" not in found[0].message


# --- radical forms of a PDF's 原文: kept for Ctrl-F, named with their characters -------------------------------

def test_radical_forms_of_a_pdf_quote_are_named_in_the_message():
    from juesuan.core.findings import Level
    from juesuan.review.base import ReviewFinding
    from juesuan.review.written import radicals_named

    f = ReviewFinding(Level.ERROR, "R-SUM", "总数与所列各项之和不符。", quote="支出合计100.00万元",
                      written_quote="⽀出合计100.00万元，收⼊", figure="100.00万元")
    g = radicals_named(f)
    assert g.written_quote == f.written_quote  # as printed: Ctrl-F finds it in the PDF
    assert g.message == "总数与所列各项之和不符。（PDF原文中的“⽀”即“支”，“⼊”即“入”）"
    plain = ReviewFinding(Level.ERROR, "R-SUM", "总数与所列各项之和不符。", quote="支出", written_quote="支 出")
    assert radicals_named(plain) == plain


def test_the_sum_rule_describes_the_averages_it_checks():
    from juesuan.core.codes import CODES

    assert "平均" in CODES["R-SUM"].meaning


def test_labelled_zero_terms_are_left_out_of_the_calculation():
    from juesuan.review.style import without_zeros

    assert without_zeros("“30201”6.84万元 + “30203”0.00万元 + “30205”0.86万元 = 7.70万元") == (
        "“30201”6.84万元 + “30205”0.86万元 = 7.70万元")
    one = "“合计”0.00万元 + 5.00万元 = 5.00万元"
    assert without_zeros(one) == one  # a sum left with one term is as written
