"""What a reviewer is told (eyes10's open points, issue #17): every finding gives the correct value, or says that
the text cannot decide it; the reason a figure is wrong is named where it is plain (an inverted ratio, a zero base,
两年相同), and the 应为 is the span to change."""

from __future__ import annotations

from juesuan.core.findings import Level
from juesuan.review import review_text
from tests.review_corpus import Error, Passage, Score, score

TITLE = "某区某某局2024年度部门决算\n"


def _all(text: str, code: str):
    return [f for f in review_text(TITLE + text) if f.code == code]


# --- R-SUBSET: bounded, not decided (eyes10 3) ---------------------------------------------------------------

_PROCURED = ("（二）政府采购支出情况\n"
             "2024年度政府采购金额为936.50万元，其中：货物采购金额410.00万元、服务采购金额526.50万元。"
             "本局面向中小企业预留政府采购项目预算金额620.00万元。"
             "在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额{won}万元。")


def test_a_bound_the_text_cannot_resolve_gives_no_value_to_paste_and_says_so():
    (f,) = _all(_PROCURED.format(won="1,036.50"), "R-SUBSET")
    assert f.level is Level.ERROR and f.figure == "1,036.50万元"
    assert f.expected == ""  # 「不大于…620.00万元」 pasted over 1,036.50 is no figure
    assert "大于预留项目预算620.00万元（上一句）和政府采购金额936.50万元（本段第1句）" in f.message
    assert f.message.endswith("金额有误，应不大于620.00万元（从文中无法确定应为值）。")
    assert f.why == "1,036.50万元 > 620.00万元"


def test_a_finding_with_no_value_counts_as_found_not_as_a_false_alarm_nor_misvalued():
    """The bench scorers (review_corpus.score, used by the adv bench too): a finding on the listed figure with an
    empty 应为 is found — the value the text cannot derive is not counted against it."""
    text = TITLE + _PROCURED.format(won="1,036.50")
    passage = Passage("p", "", "", 2024, "", "", False, False, text,
                      errors=(Error("1,036.50", "subset", "more than its bound", "236.50"),))
    s = Score()
    score(passage, review_text(text), s)
    assert (s.found, s.false_alarms, s.misvalued) == (1, 0, 0)


# --- R-PERCENT of a zero base: the span to delete (eyes10 4) ---------------------------------------------------

def test_a_rate_of_a_zero_base_is_deleted_like_a_rate_of_no_budget():
    text = ("2024年度“三公”经费财政拨款支出决算为12.30万元，其中：公务用车购置及运行维护费支出决算为11.05万元；"
            "公务接待费支出决算为1.25万元。公务接待费支出决算比上年增加1.25万元，增长100.00%，主要是恢复接待。")
    (f,) = _all(text, "R-PERCENT")
    assert (f.figure, f.expected) == ("100.00%", "删去“，增长100.00%”")
    assert f.message.endswith("不能计算增长率：“增长100.00%”应删去。")  # message and 应为 say the same span
    assert f.why == "上年 = 1.25万元 − 1.25万元 = 0"


# --- R-DIRECTION: its subject and its two figures (eyes10 9, 11) -------------------------------------------------

def test_a_budget_word_on_a_total_names_what_the_total_is_of():
    text = ("本局2024年度“三公”经费财政拨款支出年初预算为31.20万元，支出决算为27.45万元，完成预算的87.98%，其中："
            "公务用车购置及运行维护费支出决算为25.00万元；公务接待费支出决算为2.45万元。"
            "“三公”经费支出决算数大于预算数的主要原因：公务用车按实际结算。")
    (f,) = _all(text, "R-DIRECTION")
    assert f.message == ("“三公”经费财政拨款支出：决算27.45万元小于年初预算31.20万元，应为“决算数小于预算数”，"
                         "不是“决算数大于预算数”。")
    assert f.expected == "支出决算数小于预算数"


def test_a_direction_said_the_wrong_way_gives_the_two_figures():
    (f,) = _all("2024年度支出总计3,104.60万元，较2023年度的2,876.15万元减少228.45万元，增长7.94%。", "R-DIRECTION")
    assert f.message == "本年3,104.60万元多于2023年度2,876.15万元：应为“增加”，不是“减少”。"
    assert (f.figure, f.expected) == ("减少228.45万元", "增加228.45万元")
    (f,) = _all("2024年度支出总计3,104.60万元，比上年2,876.15万元增加228.45万元，下降7.94%。", "R-DIRECTION")
    assert f.message == "本年3,104.60万元多于上年2,876.15万元：应为“增长”，不是“下降”。"
    assert "方向说反了" not in f.message


# --- R-UNIT-MISSING: its source named one way, section and table (eyes10 10) -------------------------------------

def test_a_missing_wan_names_where_else_the_amount_is_written():
    from juesuan.review import review_blocks
    from juesuan.review.blocks import Block

    blocks = [Block(TITLE.strip(), "第1段"),
              Block("", "第2段", [["项目", "预算数", "决算数"], ["公务接待费", "4.00", "2.74"]],
                    caption="财政拨款“三公”经费支出决算表 单位：万元"),
              Block("七、财政拨款“三公”经费支出决算情况说明", "第3段"),
              Block("（二）“三公”经费财政拨款支出决算具体情况说明", "第4段"),
              Block("1.公务用车购置及运行维护费支出决算21.30万元，占88.60%；公务接待费支出决算2.74元，占11.40%。",
                    "第5段"),
              Block("2.公务接待费支出2.74万元，主要用于业务交流接待。", "第6段")]
    (f,) = [f for f in review_blocks(blocks) if f.code == "R-UNIT-MISSING"]
    assert (f.figure, f.expected) == ("2.74元", "2.74万元")
    assert f.message.startswith("“2.74元”漏写“万”：七（二）2.及财政拨款“三公”经费支出决算表中为2.74万元")


# --- R-TEMPLATE: the figures decide both alternatives of a sentence, in one finding (eyes10 6) -------------------

def test_two_alternatives_that_the_figures_decide_are_one_finding_with_an_expected():
    text = ("本单位2024年度财政拨款收入支出总计3,180.40万元。与2023年度相比，财政拨款收入支出总计减少（增加）"
            "212.60万元，下降（增长）6.27%。")  # 212.60 ÷ (3,180.40 + 212.60) = 6.27%; ÷ (3,180.40 − 212.60) = 7.16%
    (f,) = _all(text, "R-TEMPLATE")
    # the span as it should read (rev27: eyes11 7), the reading that holds said before the one that fails
    assert f.figure == "减少（增加）212.60万元，下降（增长）6.27%"
    assert f.expected == "减少212.60万元，下降6.27%"
    assert ("读作“减少”“下降”时数字相符；若读作“增加”“增长”，增减幅度与金额不符（应为7.16%，不是6.27%），"
            "只保留“减少”“下降”") in f.message
    assert "212.60万元 ÷ 2,967.80万元" in f.why
    # the comparison's own words decide it where it writes one
    said = ("本单位2024年度支出总计3,180.40万元，比2023年度减少（增加）212.60万元，下降（增长）6.27%，"
            "支出减少212.60万元。")
    (g,) = _all(said, "R-TEMPLATE")
    assert g.expected == "减少212.60万元，下降6.27%" and "本句写“减少212.60万元”，只保留“减少”“下降”" in g.message


# --- R-RATE on an inverted ratio: the base the writer used, said (eyes10 2) ----------------------------------------

def test_a_rate_that_is_the_budget_over_the_final_amount_says_so():
    text = "2024年度一般公共预算财政拨款支出年初预算为2,630.00万元，支出决算为2,415.80万元，完成年初预算的{}。"
    (f,) = _all(text.format("108.87%"), "R-RATE")  # 2,630.00 ÷ 2,415.80
    assert f.expected == "91.86%"
    assert f.message == ("完成年初预算的比例与金额不符，应为91.86%，不是108.87%（108.87%是用预算除以决算："
                         "2,630.00万元 ÷ 2,415.80万元；完成年初预算的比例应是决算除以预算）。")
    (f,) = _all(text.format("93.86%"), "R-RATE")  # a slip of another kind: no base named
    assert f.message == "完成年初预算的比例与金额不符，应为91.86%，不是93.86%。"


# --- R-TEXT-TABLE: the gap to the table is an amount the sentence names (eyes10 2) ---------------------------------

def test_a_total_that_leaves_out_an_amount_its_sentence_names_says_so():
    from juesuan.review import review_blocks
    from juesuan.review.extract import Block, read_text

    rows = [["收入", "", "支出", ""], ["项目", "决算数", "项目", "决算数"],
            ["一、一般公共预算财政拨款收入", "1,604.30", "一、社会保障和就业支出", "1,450.00"],
            ["本年收入合计", "1,604.30", "本年支出合计", "1,450.00"],
            ["年初结转和结余", "95.70", "年末结转和结余", "250.00"],
            ["总计", "1,700.00", "总计", "1,700.00"]]
    text = ("上海市某区某中心2024年度部门决算\n第三部分 2024年度部门决算情况说明\n一、收入支出决算总体情况说明\n"
            "2024年度收入、支出总计均为{}万元，其中年初结转和结余95.70万元。")
    for total, named in (("1,604.30", "未含年初结转和结余95.70万元，"), ("1,650.00", "")):
        blocks = read_text(text.format(total))
        blocks.append(Block("", "公开01", rows, title="单位：万元", caption="收入支出决算总表 单位：万元"))
        (f,) = [f for f in review_blocks(blocks) if f.code == "R-TEXT-TABLE"]
        assert f.expected == "1,700.00万元"
        assert f"与公开01收入支出决算总表的1,700.00万元不符：{named}应为1,700.00万元" in f.message
