"""Session 19 (rev64): what the opened stand-in documents still missed or misread — shapes of our own."""
from __future__ import annotations

from juesuan.review import review_blocks
from juesuan.review.extract import Block
from tests.test_review_rules15 import _review

# --- a 项 written with its code after its name is a 项 of the document model --------------------------------


def test_an_item_with_its_code_after_its_name_is_checked_against_the_row_of_its_name():
    text = "2.一般行政管理事务（2012650）：年初预算120.00万元，支出决算120.00万元，完成年初预算的100.00%。"
    (f,) = [f for f in _review(text) if f.code == "R-CODE-NAME"]
    assert (f.figure, f.expected) == ("2012650", "2012602")
    # its figures are its own: a 决算 that is not its row's is the text against the table
    wrong = "2.一般行政管理事务（2012602）：年初预算120.00万元，支出决算102.00万元，完成年初预算的85.00%。"
    (g,) = [f for f in _review(wrong) if f.code == "R-TEXT-TABLE"]
    assert (g.figure, g.expected) == ("102.00万元", "120.00万元")
    right = "2.一般行政管理事务（2012602）：年初预算120.00万元，支出决算120.00万元，完成年初预算的100.00%。"
    assert [f for f in _review(right) if f.level.value != "提示"] == []


# --- a table row a rule names by its code is placed by its code and name -------------------------------------

def test_a_row_named_by_its_code_is_placed_with_its_name():
    from tests.test_review_rules15 import _t5

    t5 = _t5([["201", "一般公共服务支出", "1,046.57", "760.12", "286.45"],
              ["20126", "档案事务", "1,064.57", "760.12", "286.45"],
              ["2012601", "行政运行", "640.12", "640.12", ""], ["2012602", "一般行政管理事务", "120.00", "120.00", ""],
              ["2012699", "其他档案事务支出", "286.45", "", "286.45"], ["合计", "", "1,046.57", "760.12", "286.45"]])
    found = [f for f in review_blocks([Block("上海市南湖区档案馆2024年度部门决算", "第0段", index=0), t5])
             if f.level.value == "错误"]
    assert found and all("“20126 档案事务”行" in f.place for f in found), [f.place for f in found]


# --- a budget total is not confirmed by the same number spent elsewhere ---------------------------------------

def test_a_budget_sum_is_not_confirmed_by_a_spending_sum_of_the_same_number():
    from tests.test_review_rules15 import _t5

    t5 = _t5([["2012901", "行政运行", "300.00", "300.00", ""], ["2012902", "一般行政管理事务", "54.15", "", "54.15"],
              ["2012999", "其他群众团体事务支出", "60.00", "", "60.00"], ["合计", "", "414.15", "300.00", "114.15"]])
    paras = ["上海市某区妇女联合会2024年度部门决算", "三、支出决算情况说明",
             "本年支出合计414.15万元，其中：基本支出300.00万元，占72.44%；项目支出114.15万元，占27.56%。",
             "五、一般公共预算财政拨款支出决算情况说明",
             "1.一般公共服务支出（类）群众团体事务（款）一般行政管理事务（项）：年初预算52.00万元，支出决算54.15万元。",
             "2.一般公共服务支出（类）群众团体事务（款）其他群众团体事务支出（项）：年初预算60.00万元，支出决算60.00万元。",
             "十、预算绩效管理情况", "编报绩效目标的项目2个，涉及预算金额114.15万元；绩效自评结果均为“优”。"]
    blocks = [t5] + [Block(p, f"第{i}段", index=i + 1) for i, p in enumerate(paras)]
    (f,) = [f for f in review_blocks(blocks) if f.code == "R-SUM"]
    # 114.15 is the 项目支出 (a 决算) in 三: that sum adding up is no confirmation of a 预算金额
    assert (f.figure, f.expected) == ("114.15万元", "112.00万元")


# --- a rate of a zero budget is deleted without the reason bracketed after it ----------------------------------

def test_a_zero_budget_rate_is_deleted_without_the_reason_in_brackets_after_it():
    from juesuan.review import review_text

    text = ("3.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）其他政府办公厅（室）及相关机构事务支出（项）："
            "年初预算为0.00万元，支出决算为84.50万元，完成年初预算的100.00%（主要是年中追加区属国有企业改革重组专项经费），"
            "主要用于区属国有企业改革重组专项工作。")
    (f,) = [f for f in review_text(text) if f.code == "R-RATE-ZERO"]
    assert f.expected == "删去“，完成年初预算的100.00%”"


# --- a 其中 list across 「。其中：」 whose last item's use ends with 等 is the whole, not examples ------------------

def test_a_list_whose_last_items_use_ends_with_deng_is_still_the_whole():
    from juesuan.review import review_text

    text = ("“三公”经费2.96万元。2.公务用车购置及运行维护费2.68万元，占“三公”经费的90.54%。其中：公务用车购置费0万元，"
            "本年未购置公务用车；公务用车运行维护费2.46万元，主要用于活动用车的燃料费、维修费、保险费等。")
    found = [(f.code, f.figure, f.expected) for f in review_text(text) if f.level.value == "错误"]
    assert found == [("R-PART", "2.46万元", "2.68万元")]
    # a list that itself closes with 等 gives only a lower bound
    listed = text.replace("，主要用于活动用车的燃料费、维修费、保险费等。", "等。")
    assert [f for f in review_text(listed) if f.level.value == "错误"] == []


# --- a budget's adjustment (「年中追加预算」) is neither a budget of its own nor a line of its own ------------------

_ITEMS = ("五、一般公共预算财政拨款支出决算情况说明\n（三）一般公共预算财政拨款支出决算具体情况\n"
          "1.农林水支出（类）农业农村（款）病虫害控制（项）：年初预算0.00万元，年中追加预算60.00万元，支出决算58.40万元。\n"
          "2.农林水支出（类）农业农村（款）农产品质量安全（项）：年初预算100.00万元，年中追加预算50.00万元，"
          "支出决算140.00万元，完成年初预算的{rate}%。\n"
          "3.农林水支出（类）农业农村（款）其他农业农村支出（项）：年中追加预算50.00万元，支出决算40.00万元。\n")


def test_a_rate_of_the_initial_budget_is_not_read_over_the_mid_year_addition():
    from juesuan.review import review_text

    def found(rate: str):
        found = review_text(_ITEMS.format(rate=rate))
        return [(f.code, f.figure, f.expected) for f in found if f.level.value == "错误"]

    assert found("140.00") == []  # 140.00 ÷ 100.00; the 项's 追加 are each its own (no R-SAME across 项)
    (f,) = [f for f in review_text(_ITEMS.format(rate="280.00")) if f.code == "R-RATE"]  # 140.00 ÷ the 追加 50.00
    assert (f.figure, f.expected) == ("280.00%", "140.00%")
    assert f.message.startswith("农产品质量安全（项）：完成年初预算的比例")  # not 「年中追加完成年初预算的比例」
    assert found("93.33") == [("R-RATE", "93.33%", "140.00%")]  # over 年初 + 追加, called the 年初预算's
