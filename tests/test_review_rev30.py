"""rev30: what a 项 may be said to pay for (R-PURPOSE), counts of one thing stated twice, one figure written two
ways across sections. Figures and wording of our own."""

from __future__ import annotations

from juesuan.review import review_text

_HEAD = "五、一般公共预算财政拨款支出决算情况说明\n（三）一般公共预算财政拨款支出决算具体情况\n"


def _purposes(text: str) -> list[tuple[str, str]]:
    return [(f.figure, f.expected) for f in review_text(_HEAD + text) if f.code == "R-PURPOSE"]


# --- R-PURPOSE: the purpose wherever the 项's paragraph says it ---------------------------------------------

def test_a_purpose_after_the_figures_naming_another_items_matter():
    text = ("3、住房保障支出（类）住房改革支出（款）住房公积金（项）。年初预算为60.00万元，支出决算为61.20万元，"
            "完成年初预算的102.00%。主要用于机关工作人员职业年金缴费。决算数大于年初预算数的主要原因是缴存基数上调。\n")
    (f,) = [f for f in review_text(_HEAD + text) if f.code == "R-PURPOSE"]
    assert (f.figure, f.expected) == ("职业年金缴费", "住房公积金缴存")
    # the quote names the 项 (a copied purpose reads the same under two 项)
    assert f.quote.startswith("3、住房保障支出（类）") and "缴存基数上调" in f.quote
    assert _purposes(text.replace("职业年金缴费", "住房公积金缴存")) == []


def test_a_purpose_clause_between_the_figures_and_the_reason():
    text = ("（4）社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项），"
            "年初预算30.00万元，支出决算29.40万元，主要用于在编人员基本养老保险单位缴费，决算数小于年初预算数，主要原因是人员调出。\n")
    assert _purposes(text) == [("基本养老保险单位缴费", "职业年金单位缴费")]


def test_a_purpose_in_a_reason_is_no_purpose():
    text = ("1、住房保障支出（类）住房改革支出（款）住房公积金（项）。主要用于在职人员住房公积金缴存。"
            "年初预算为40.00万元，支出决算为44.00万元。决算数大于年初预算数的主要原因是追加资金，用于补缴职工医疗保险。\n")
    assert _purposes(text) == []


def test_a_purpose_naming_another_item_by_its_name():
    text = ("4、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项），"
            "主要用于缴纳{}。年初预算为20.00万元，支出决算为20.00万元。\n")
    assert _purposes(text.format("其他行政事业单位养老支出")) == [
        ("其他行政事业单位养老支出", "机关事业单位职业年金缴费支出")]
    assert _purposes(text.format("机关事业单位职业年金缴费支出")) == []
    # a free 项 only when the purpose is that name alone
    free = ("1、一般公共服务支出（类）统计信息事务（款）专项统计业务（项），主要用于{}。年初预算为20.00万元。\n")
    assert [c for c, _ in _purposes(free.format("行政单位离退休"))] == ["行政单位离退休"]
    assert _purposes(free.format("统计调查和行政单位离退休人员的核算")) == []


# --- the 行政/事业 pairs -----------------------------------------------------------------------------------

def test_a_shiye_item_said_of_the_jiguan_people():
    text = ("2、卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项）。年初预算为12.00万元，支出决算为12.00万元，"
            "与年初预算持平。主要用于局机关在职人员基本医疗保险单位缴费。\n")
    assert _purposes(text) == [("机关在职人员", "事业单位在职人员")]
    for fine in ("所属事业单位在职人员", "机关事业单位在职人员", "局机关和所属事业单位在职人员"):
        assert _purposes(text.replace("局机关在职人员", fine)) == [], fine


def test_a_xingzheng_item_said_of_shiye_people():
    text = ("2、社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）。年初预算为8.00万元，"
            "支出决算为8.40万元。主要用于所属事业单位退休人员的退休费补贴。\n")
    assert _purposes(text) == [("事业单位", "行政单位")]
    # the unit itself named beside its 事业单位 (「本局及所属事业单位」): its own side is there
    assert _purposes(text.replace("所属事业单位", "本局及所属事业单位")) == []
    for fine in ("机关及参公事业单位退休人员", "机关退休人员", "实行公务员管理的事业单位退休人员"):
        assert _purposes(text.replace("所属事业单位退休人员", fine)) == [], fine


# --- 行政运行 and the free 项 ----------------------------------------------------------------------------

def test_xingzheng_yunxing_said_to_pay_only_another_items_matter():
    text = ("1、一般公共服务支出（类）统计信息事务（款）行政运行（项）。年初预算为300.00万元，支出决算为310.00万元。"
            "主要用于在职职工住房公积金单位缴存。\n")
    (f,) = [f for f in review_text(_HEAD + text) if f.code == "R-PURPOSE"]
    assert f.expected == "在职人员工资福利和机关日常运转"
    # its own words, with the 公积金 among them: free
    assert _purposes(text.replace("在职职工住房公积金单位缴存", "在职人员工资、津贴补贴和住房公积金")) == []


def test_a_free_item_only_when_its_purpose_is_that_matter_alone():
    text = ("1、一般公共服务支出（类）统计信息事务（款）一般行政管理事务（项）。年初预算为50.00万元，"
            "支出决算为48.00万元。主要用于{}。\n")
    assert [c for c, _ in _purposes(text.format("按规定为在职职工缴纳的基本养老保险费"))] == [
        "按规定为在职职工缴纳的基本养老保险费"]
    assert _purposes(text.format("统计执法检查和在职职工养老保险补缴")) == []
    assert _purposes(text.format("统计执法检查、统计信息化运维")) == []


def test_no_alarm_on_the_items_own_words():
    text = ("1、卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）。"
            "主要用于在编人员职工基本医疗保险及公务员医疗补助单位缴费。年初预算为20.00万元，支出决算为20.00万元。\n"
            "2、社会保障和就业支出（类）行政事业单位养老支出（款）其他行政事业单位养老支出（项）。主要用于退休人员活动费。"
            "年初预算为2.00万元，支出决算为2.00万元。\n"
            "3、卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）。主要用于机关及参公单位工作人员基本医疗保险费。"
            "年初预算为5.00万元，支出决算为5.00万元。\n")
    assert _purposes(text) == []


# --- one count stated twice ---------------------------------------------------------------------------------

_CARS = ("上海市某某区测绘所2024年度部门决算\n二、收入决算情况说明\n2024年度本年收入合计500.00万元，{income}\n"
         "七、财政拨款“三公”经费支出决算情况说明\n截至2024年末，本所开支财政拨款的公务用车保有量为{a}辆。\n"
         "十一、其他重要事项的情况说明\n（三）国有资产占有使用情况\n截至2024年12月31日，本所共有车辆{b}辆，"
         "其中：应急保障用车2辆、特种专业技术用车3辆、其他用车1辆。\n")
_FISCAL = "全部为财政拨款收入。"
_SHIYE = "其中：财政拨款收入450.00万元，事业收入50.00万元。"


def _same(text: str) -> list[tuple[str, str, str]]:
    return [(f.figure, f.expected, f.level.value) for f in review_text(text) if f.code == "R-SAME"]


def test_cars_paid_from_fiscal_money_are_all_the_units_cars_when_all_income_is_fiscal():
    found = _same(_CARS.format(income=_FISCAL, a=5, b=6))
    assert found == [("5辆", "6辆", "错误")]
    (f,) = [f for f in review_text(_CARS.format(income=_FISCAL, a=5, b=6)) if f.code == "R-SAME"]
    assert "国有资产占有使用情况" in f.message and "合计也是6辆" in f.message
    assert _same(_CARS.format(income=_FISCAL, a=6, b=6)) == []


def test_a_car_total_whose_own_kinds_give_the_other_count_is_said_once_by_r_sum():
    # 共有车辆7辆 with kinds 2 + 3 + 1 = 6 and 保有量 6: the 7 is the slip; R-SUM says so, not R-SAME again
    found = [(f.code, f.figure, f.expected) for f in review_text(_CARS.format(income=_FISCAL, a=6, b=7))
             if f.code in ("R-SAME", "R-SUM")]
    assert found == [("R-SUM", "7辆", "6辆")]


def test_fewer_fiscal_cars_than_all_cars_is_no_error_when_there_is_other_income():
    assert _same(_CARS.format(income=_SHIYE, a=5, b=6)) == []


def test_the_same_count_twice_undecided_is_a_warning_without_a_value():
    text = ("七、财政拨款“三公”经费支出决算情况说明\n截至2024年底，本所公务用车保有量为4辆。\n"
            "（二）具体情况\n公务用车运行维护费主要用于车辆燃料费。年末公务用车保有量为3辆。\n")
    assert _same(text) == [("3辆", "", "警告")]
    # last year's count is another count
    assert _same(text.replace("年末公务用车保有量为3辆", "上年末公务用车保有量为3辆")) == []


def test_a_head_count_against_its_listed_parts():
    text = ("一、机构设置\n本单位2024年末实有人数25人。\n"
            "十一、其他重要事项的情况说明\n截至2024年12月31日，本单位实有人数24人，其中：在职人员20人，退休人员4人。\n")
    assert _same(text) == [("25人", "24人", "错误")]
    # a part's count under the total's name is another count
    assert _same(text.replace("本单位2024年末实有人数25人", "本单位2024年末在职实有人数20人")) == []
    assert _same("一、机构设置\n核定参公事业编制5名。\n二、人员\n事业编制3名。\n") == []
    # one sentence counting two things under one name
    assert _same("行政编制0人，实有人数0人；事业编制334人，实有人数301人。\n") == []


# --- one figure written two ways across sections ------------------------------------------------------------

_RUNNING = ("上海市某某区档案局2024年度部门决算\n"
            "十一、其他重要事项的情况说明\n（一）机关运行经费支出情况\n"
            "2024年度本局机关运行经费支出{a}万元，较2023年度增加1.20万元，增长2.63%。\n"
            "（二）政府采购支出情况\n2024年度机关运行经费支出{b}万元，主要用于办公费、水电费、物业管理费。\n")


def test_a_transposed_figure_in_a_section_without_a_kind_word():
    # neither sentence says 决算, nor does either heading: in a 决算 document what the year spent is its 决算
    assert _same(_RUNNING.format(a="46.82", b="46.28")) == [("46.28万元", "46.82万元", "错误")]
    # the change and rate beside 46.82 confirm it (1.20 ÷ 45.62 = 2.63%); written the other way round, 46.28 is
    # the figure they do not fit, and with neither confirmed the later is only asked about (应为 the earlier)
    assert _same(_RUNNING.format(a="46.28", b="46.82")) == [("46.82万元", "46.28万元", "警告")]
    assert _same(_RUNNING.format(a="46.82", b="46.82")) == []


def test_a_budget_document_keeps_its_amounts_unkinded():
    text = _RUNNING.format(a="46.82", b="46.28").replace("部门决算", "部门预算")
    assert _same(text) == []
