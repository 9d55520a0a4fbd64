"""Session 12 (rev27): a correct value for every error a rule finds where the document gives it, and the
messages a reviewer reads (eyes11 §4, §7, §8, §9). Sentences of our own."""
from __future__ import annotations

from juesuan.review import review_text

# --- a count total confirmed in its own sentence is not confirmed 「他处」 (eyes11 §4) -------------------

_GRADES = ("编报绩效目标的2024年度项目5个；绩效跟踪评价的2024年度项目5个；绩效自评的2024年度项目5个"
           "（其中，绩效评级为“优”的项目4个；绩效评级为“良”的项目3个；绩效评级为“合格”的项目0个）。")


def test_a_count_confirmed_in_its_own_sentence_says_so():
    (f,) = [f for f in review_text(_GRADES) if f.code == "R-SUM"]
    assert "总数与本句所说一致（编报绩效目标的2024年度项目5个；绩效跟踪评价的2024年度项目5个）" in f.message
    assert "他处" not in f.message and f.expected == ""


def test_a_count_confirmed_elsewhere_still_says_elsewhere():
    text = ("七、“三公”经费\n2024年，本所开支财政拨款的公务用车保有量为7辆。\n十一、其他重要事项\n"
            "截至2024年12月31日，本所共有车辆7辆，其中：应急保障用车3辆、特种专业技术用车5辆、其他用车0辆。\n")
    (f,) = [f for f in review_text(text) if f.code == "R-SUM"]
    assert "总数与他处所说一致（" in f.message and "本句" not in f.message


# --- R-PURPOSE: the 项's own matter in the other's place (a 应为 of words) ---------------------------------

def test_a_purpose_of_another_matter_gets_the_items_own_words():
    text = ("五、一般公共预算财政拨款支出决算情况说明\n"
            "9、住房保障支出（类）住房改革支出（款）住房公积金（项）。主要用于：在编人员职工基本医疗保险单位缴费部分。"
            "年初预算为50.00万元，支出决算为50.00万元，完成年初预算的100.00%。\n")
    (f,) = [f for f in review_text(text) if f.code == "R-PURPOSE"]
    assert (f.figure, f.expected) == ("职工基本医疗保险单位缴费", "住房公积金单位缴存")
    assert "“职工基本医疗保险单位缴费”应为“住房公积金单位缴存”" in f.message


def test_a_coded_purpose_of_another_matter_gets_its_own_words_too():
    text = "（2080505）机关事业单位基本养老保险缴费支出：主要用于在职人员职业年金缴费。年初预算10.00万元。\n"
    (f,) = [f for f in review_text(text) if f.code == "R-PURPOSE"]
    assert (f.figure, f.expected) == ("职业年金缴费", "基本养老保险缴费")


# --- R-PROJECT-BASIC / R-BASIC-PROJECT: the row's kind in the words' place ---------------------------------

def test_a_basic_only_item_said_to_spend_project_money_gets_the_rows_kind():
    from tests.test_review_model import _found, document

    kuan = "政府办公厅（室）及相关机构事务"  # 2010301 行政运行 has 基本支出 only
    assert _found(document(kuan=kuan, use="机关日常运转等项目经费"), "R-PROJECT-BASIC") == [("项目经费", "基本经费")]
    # a fund's name (「信息化建设专项资金」) is no kind: which 项 it belongs to is not known — no 应为
    assert _found(document(kuan=kuan, use="信息化建设专项资金"), "R-PROJECT-BASIC") == [("", "")]


# --- R-TEMPLATE: 应为 is the span as it should read; the reason is the sentence's own words (eyes11 §7) ------------

def test_one_alternative_decided_by_the_sentences_words_says_them():
    text = "本年支出100.00万元，比上年减少66.22万元，下降（增长）39.83%。"
    (f,) = [f for f in review_text(text) if f.code == "R-TEMPLATE"]
    assert (f.figure, f.expected) == ("下降（增长）", "下降")
    assert f.message == "模板中的备选词“下降（增长）”未删除；本句写“减少66.22万元”，只保留“下降”。"


def test_two_alternatives_are_replaced_by_the_span_as_it_reads():
    text = "本单位2024年度支出总计5,242.59万元，比2023年度增加（减少）174.25万元，增长（下降）3.4%。"
    (f,) = [f for f in review_text(text) if f.code == "R-TEMPLATE"]
    assert (f.figure, f.expected) == ("增加（减少）174.25万元，增长（下降）3.4%", "增加174.25万元，增长3.4%")
    assert f.message.startswith("模板中的备选词“增加（减少）”“增长（下降）”未删除；"
                                "读作“增加”“增长”时数字相符；若读作“减少”“下降”")
    assert f.message.endswith("只保留“增加”“增长”。") and "故" not in f.message


# --- a 项 named by its code opens every finding on its paragraph (eyes11 §9) -----------------------------------

def test_a_code_led_item_paragraph_names_its_subject():
    text = ("（2013804）市场主体管理：主要用于经营主体登记注册窗口服务。年初预算360.00万元，支出决算328.56万元，"
            "完成年初预算的91.27%，决算数大于预算数，主要原因：服务外包合同续签价格下降。")
    (f,) = [f for f in review_text(text) if f.code == "R-DIRECTION"]
    assert f.message.startswith("市场主体管理（2013804）：决算328.56万元小于")
    # the 类/款/项 form keeps its 「（项）」
    chained = text.replace("（2013804）市场主体管理：", "2.市场监督管理事务（款）市场主体管理（项），")
    (g,) = [f for f in review_text(chained) if f.code == "R-DIRECTION"]
    assert g.message.startswith("市场主体管理（项）：决算328.56万元小于")


# --- R-FLAT settled by the sentence's sums: each amount named by its subject, in words and in 计算 (eyes11 §8) ------

def test_a_flat_settled_by_the_total_names_the_total_and_the_other_items():
    text = ("2024年度“三公”经费财政拨款支出决算数比2023年度增加2.00万元，增长10.00%，其中：因公出国（境）费支出决算为"
            "0.00万元，与2023年持平；公务用车购置及运行维护费支出决算增加2.00万元，增长12.50%；公务接待费支出决算"
            "减少为1.00万元，与2023年持平。")
    (f,) = [f for f in review_text(text) if f.code == "R-FLAT"]
    assert f.expected == "删去“减少”" and "本句总数" not in f.message and f.message.count("：") == 1
    assert ("“三公”经费总数增加2.00万元，其余各项（因公出国（境）费持平、公务用车购置及运行维护费增加2.00万元）"
            in f.message)
    assert f.why == ("2.00万元（“三公”经费） − 0.00万元（因公出国（境）费） − 2.00万元（公务用车购置及运行维护费）"
                     " = 0.00万元（公务接待费）")


# --- a code-led 项 paragraph is an item of the document model: its 决算 against its row ------------------------

def test_a_code_led_items_final_amount_is_checked_against_its_row():
    from tests.test_review_rules15 import _review

    text = ("（2012699）其他档案事务支出：主要用于档案征集。年初预算为300.00万元，支出决算为268.45万元，"
            "完成年初预算的89.48%。")
    (f,) = [f for f in _review(text) if f.code == "R-TEXT-TABLE"]
    assert (f.figure, f.expected) == ("268.45万元", "286.45万元")
    assert f.message.startswith("“其他档案事务支出（项）”支出决算正文为268.45万元")
    assert [f for f in _review(text.replace("268.45", "286.45").replace("89.48", "95.48"))
            if f.level.value != "提示"] == []


def test_alternatives_that_state_no_change_are_flat():
    text = ("本年收入支出总计506.91万元。结余分配0.00万元，较2023年度决算数增加(减少)0万元,增长(下降)0%，"
            "主要原因是无结余。")
    (f,) = [f for f in review_text(text) if f.code == "R-TEMPLATE"]
    assert (f.figure, f.expected) == ("增加(减少)0万元,增长(下降)0%", "持平")
