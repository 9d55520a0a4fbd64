"""Session 10 (eyes9 6–9): the 应为 a reviewer can paste for bounds, zero-budget rates, a share on another base and a
blank 完成率 — each in sentences of our own."""
from __future__ import annotations

from juesuan.review import review_text

TITLE = "某区某某局2024年度部门决算\n"


def _only(text: str, code: str):
    found = [f for f in review_text(TITLE + text) if f.code == code]
    assert len(found) == 1, [(f.code, f.message) for f in review_text(TITLE + text)]
    return found[0]


# --- R-SUBSET: the closest bound, named and placed --------------------------------------------------------

_PROCURED = ("（二）政府采购支出情况\n"
             "2024年度政府采购金额为812.40万元，其中：货物采购金额300.00万元、服务采购金额512.40万元。"
             "本局面向中小企业预留政府采购项目预算金额500.00万元，面向小微企业预留政府采购项目预算金额200.00万元。"
             "在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额{won}万元。")


def test_a_won_amount_names_the_reserved_budget_it_exceeds_and_where_each_bound_is_said():
    f = _only(_PROCURED.format(won="841.20"), "R-SUBSET")
    # the text bounds it but does not decide it: no 应为 (a bound pasted is no figure); the bound in the message
    assert f.expected == "" and f.message.endswith("金额有误，应不大于500.00万元（从文中无法确定应为值）。")
    assert "大于预留项目预算500.00万元（上一句）和政府采购金额812.40万元（本段第1句）" in f.message
    assert "它是" not in f.message


def test_a_won_amount_in_projects_reserved_for_small_firms_is_bound_by_their_own_reserve():
    small = _PROCURED.replace("在面向中小企业预留的政府采购项目中，由中小企业",
                              "在面向小微企业预留政府采购项目中，由小微企业")
    f = _only(small.format(won="821.00"), "R-SUBSET")
    assert f.expected == "" and "应不大于200.00万元（从文中无法确定应为值）" in f.message
    assert f.message.startswith("在面向小微企业预留的项目中由小微企业中标或成交的采购金额821.00万元，大于预留项目预算")


def test_a_share_in_the_sentence_says_what_the_part_is():
    f = _only("2024年度政府采购支出总额380.00万元，其中：政府采购货物支出180.00万元、政府采购服务支出200.00万元。"
              "授予中小企业合同金额395.20万元，占政府采购支出总额的45.00%。", "R-SUBSET")
    assert f.expected == "171.00万元"  # 380.00 × 45.00%
    assert f.message.endswith("大于政府采购支出总额380.00万元（上一句）；按本句的占比45.00%，应为171.00万元。")


# --- R-RATE-ZERO: the words to delete, as the document writes them ------------------------------------------

def test_a_rate_of_a_zero_budget_says_which_words_to_delete():
    f = _only("3.其他交通运输支出（项）。年初预算为0万元，支出决算为58.20万元，完成年初预算的100.00%，决算数大于"
              "年初预算数的主要原因是年中追加道路养护经费。", "R-RATE-ZERO")
    assert f.expected == "删去“，完成年初预算的100.00%”"
    assert f.message.endswith("年初预算为0万元，不计算完成率：“完成年初预算的100.00%”应删去。")


def test_a_rate_of_a_zero_budget_stated_a_sentence_before_says_which_words_to_delete():
    f = _only("五、一般公共预算财政拨款支出决算情况说明\n（三）一般公共预算财政拨款支出决算具体情况\n"
              "1.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。年初预算为0万元。"
              "支出决算为58.20万元，完成年初预算的100.00%。决算数大于年初预算数的主要原因是年中追加。", "R-RATE-ZERO")
    assert f.expected == "删去“，完成年初预算的100.00%”"
    assert f.message == "“行政运行（项）”年初预算为0万元，不计算完成率：“完成年初预算的100.00%”应删去。"


def test_a_rate_of_a_zero_budget_is_the_full_budgets_where_the_sentence_states_it():
    f = _only("公务接待费年初预算为0.00万元，全年预算为8.00万元，支出决算为5.00万元，完成年初预算的62.50%。",
              "R-RATE-ZERO")
    assert f.expected == "完成全年预算的62.50%"
    # 62.50% already is 5.00 ÷ 8.00: only the budget words change
    assert "62.50%是按全年预算8.00万元算的：“完成年初预算的”应为“完成全年预算的”" in f.message


# --- R-TEMPLATE: a blank 完成率 its sentence gives the amounts of ----------------------------------------------

def test_a_blank_rate_is_computed_from_its_sentences_budget_and_final():
    f = _only("2.统计抽样调查（项）年初预算120.00万元，支出决算113.40万元，完成年初预算的%，为项目支出。"
              "3.行政运行（项）年初预算200.00万元，支出决算190.00万元，完成年初预算的95.00%。", "R-TEMPLATE")
    assert f.expected == "完成年初预算的94.50%"
    assert f.why == "113.40万元 ÷ 120.00万元 × 100% = 94.50%"
    # the slot's words whole, 「完成」 not cut; the 项 named first (every 项-paragraph finding names its 项, rev15)
    assert f.message.startswith("统计抽样调查（项）：“完成年初预算的%”缺少数字")


def test_a_blank_rate_without_its_amounts_is_left_to_fill_in():
    f = _only("2.统计抽样调查（项）支出决算113.40万元，完成年初预算的%，为项目支出。"
              "3.行政运行（项）年初预算200.00万元，支出决算190.00万元，完成年初预算的95.00%。", "R-TEMPLATE")
    assert f.expected == "在“完成年初预算的%”中填入数字"


# --- R-SHARE: the base the writer took, where another total the text states gives the share -------------------

_INCOME = ("一、收入支出决算总体情况说明\n2024年度收入、支出总计均为5,230.40万元。\n"
           "二、收入决算情况说明\n本年收入合计5,000.00万元，其中：财政拨款收入4,200.00万元，占{a}；"
           "事业收入800.00万元，占16.00%。")


def test_a_share_of_the_total_with_the_carry_over_names_that_base():
    f = _only(_INCOME.format(a="80.30%"), "R-SHARE")  # 4,200.00 ÷ 5,230.40 = 80.30%
    assert f.expected == "84.00%"
    assert f.message == ("财政拨款收入的占比80.30%是按收入、支出总计5,230.40万元计算的；"
                         "占比应以本年收入合计5,000.00万元为基数：应为84.00%。")


def test_a_share_of_no_base_the_text_states_is_said_plainly():
    f = _only(_INCOME.format(a="82.00%"), "R-SHARE")
    assert f.message == "财政拨款收入的占比与金额不符：应为84.00%，不是82.00%。"  # the part by its name


def test_the_gap_between_the_two_bases_is_named_from_the_table_that_prints_both():
    from juesuan.review import review_blocks
    from juesuan.review.extract import Block

    rows = [["收入", "", "支出", ""], ["项目", "决算数", "项目", "决算数"],
            ["一、一般公共预算财政拨款收入", "4,200.00", "一、一般公共服务支出", "4,900.00"],
            ["五、事业收入", "800.00", "", ""],
            ["本年收入合计", "5,000.00", "本年支出合计", "4,900.00"],
            ["年初结转和结余", "230.40", "年末结转和结余", "330.40"],
            ["总计", "5,230.40", "总计", "5,230.40"]]
    caption = "收入支出决算总表 单位：万元"
    table = Block("\n".join("\t".join(r) for r in rows), "第2个表格", rows, index=2, title=caption, caption=caption)
    paragraphs = TITLE + _INCOME.format(a="80.30%")
    blocks = [Block(p, f"第{n}段", index=n) for n, p in enumerate(paragraphs.splitlines()) if p]
    found = [f for f in review_blocks([*blocks[:2], table, *blocks[2:]]) if f.code == "R-SHARE"]
    assert [f.message for f in found] == [
        "财政拨款收入的占比80.30%是按收入、支出总计5,230.40万元（含年初结转和结余230.40万元）计算的；占比应以本年收入合计5,000.00万元为"
        "基数：应为84.00%。"]


def test_the_corpus_scorer_takes_these_wordings_for_the_established_values():
    from tests.review_corpus import _same_value

    assert _same_value("删去“，完成年初预算的100.00%”", "（年初预算为0，不写完成率）")  # a zero-base rate: words
    assert _same_value("完成年初预算的95.99%", "95.99%", "92.15 / 96.00 * 100")  # a blank rate: its figure
    assert not _same_value("完成年初预算的95.90%", "95.99%", "92.15 / 96.00 * 100")
    assert _same_value("不大于预留项目预算500.00万元", "不大于预留项目预算500.00万元（应为480.12万元）")


def test_a_rate_taken_of_the_amount_after_the_change_says_so():
    """eyes10 2: 146.51 ÷ 1244.96 = 11.77% written for 146.51 ÷ 1098.45 = 13.34% — the message names both bases;
    a rate wrong in another way says nothing of a base."""
    from juesuan.review import review_text
    (f,) = review_text("2024年度支出决算1244.96万元，比2023年度增加146.51万元，增长11.77%。")
    assert (f.code, f.expected) == ("R-PERCENT", "13.34%")
    assert "11.77%是按增减后的1244.96万元计算的，增减幅度应以增减前的1098.45万元为基数" in f.message
    (g,) = review_text("2024年度支出决算1244.96万元，比2023年度增加146.51万元，增长15.77%。")
    assert g.expected == "13.34%" and "基数" not in g.message
