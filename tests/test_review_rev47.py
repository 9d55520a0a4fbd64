"""rev47: the classes yujing-dongfang-2024's misses and false alarms showed (opened 2026-12-07), each in figures
of our own: last year's amount in brackets after this year's (「A万元（2023年度：B万元），增加C万元，增长R%」), a
table's 经济分类 name cut short by a narrow column, counts in Chinese numerals (「共有车辆四辆，其中：…」), and the
amount of the projects a count names (「编报绩效目标的项目三个，涉及预算金额A」) kept apart from another stage's."""
from __future__ import annotations

from juesuan.review import review_blocks, review_text
from juesuan.review.extract import Block

TITLE = "上海市某某区测试站2024年度部门决算\n第三部分 上海市某某区测试站2024年度部门决算情况说明\n"


def _all(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.figure, f.expected) for f in review_text(TITLE + text) if f.level.value in ("错误", "警告")]


# --- last year's amount in brackets: the base of the change after it, no part of the amount ----------------------

_TOTAL = ("四、财政拨款收入支出决算总体情况说明\n"
          "本站2024年度财政拨款收入支出总计{a}万元（2023年度：{b}万元），{word}{c}万元，{rate}。")


def test_last_years_amount_in_brackets_is_the_base_of_the_change():
    """「A（2023年度：B），增加C，增长R%」: A − B must be C. Where C and R agree with each other and with A
    (R = C ÷ (A − C)), the bracket's B is the odd one (another line's last-year figure copied): 应为 A − C."""
    assert _all(_TOTAL.format(a="620.00", b="580.00", word="增加", c="40.00", rate="增长6.9%")) == []
    # the base mistyped: the rate is C ÷ (A − C)
    assert _all(_TOTAL.format(a="620.00", b="600.00", word="增加", c="40.00", rate="增长6.9%")) == [
        ("R-DIFF", "600.00万元", "580.00万元")]
    # the change mistyped: the rate is (A − B) ÷ B, the base is right
    assert _all(_TOTAL.format(a="620.00", b="580.00", word="增加", c="30.00", rate="增长6.9%")) == [
        ("R-DIFF", "30.00万元", "40.00万元")]
    # the same with the base written after 比: 「比2023年度的B增加C，增长R%」
    text = ("四、财政拨款收入支出决算总体情况说明\n"
            "本站2024年度财政拨款收入支出总计620.00万元，比2023年度的600.00万元增加40.00万元，增长6.9%。")
    assert _all(text) == [("R-DIFF", "600.00万元", "580.00万元")]


_SANGONG = ("七、财政拨款“三公”经费支出决算情况说明\n"
            "2024年度“三公”经费财政拨款支出决算数12.50万元（2023年度：11.00万元），增加1.50万元，增长13.6%，其中：公务用车运行维护费10.00万元（2023年度：8.00万元），{word}2.00万元，{rate}；"
            "公务接待费2.50万元（2023年度：3.00万元），减少0.50万元，下降16.7%。")


def test_an_items_direction_against_its_own_two_years_and_no_bracket_read_as_its_parts():
    """An item with both years in brackets and its change's word turned (「10.00（2023年度：8.00），减少2.00」): one
    R-DIRECTION on the word; the items' changes, read by their own amounts, add to the total's (no R-SUM), and
    「2.50万元（2023年度：3.00万元）」 is no part of 2.50 (no 「括号内各项之和」)."""
    assert _all(_SANGONG.format(word="增加", rate="增长25.0%")) == []
    assert _all(_SANGONG.format(word="减少", rate="下降25.0%")) == [
        ("R-DIRECTION", "减少2.00万元", "增加2.00万元，增长25.0%")]


# --- a 经济分类 name a narrow column cut short -------------------------------------------------------------------

def _econ(personnel: str, cut: str) -> list[tuple[str, str, str]]:
    rows = [["经济分类科目编码", "科目名称", "决算数", "经济分类科目编码", "科目名称", "决算数"],
            ["301", "工资福利支出", "500.00", "302", "商品和服务支出", "60.00"],
            ["30101", "基本工资", "300.00", "30201", "办公费", "40.00"],
            ["30108", cut, "200.00", "30211", "差旅费", "20.00"]]
    title = "一般公共预算财政拨款基本支出决算表"
    table = Block("\n".join("\t".join(r) for r in rows), "第1个表格", rows, title=title, caption=f"{title} 单位：万元")
    text = (f"本年度一般公共预算财政拨款基本支出560.00万元，其中：人员经费500.00万元，主要包括：{personnel}；"
            "公用经费60.00万元，主要包括：办公费、差旅费。")
    paras = [Block(t, f"第{n}段", index=n) for n, t in
             enumerate(("上海市某某区测试站2024年度部门决算", "六、一般公共预算财政拨款基本支出决算情况说明", text), 1)]
    return [(f.code, f.figure, f.expected) for f in review_blocks([*paras, table]) if f.code == "R-ECON-LIST"]


def test_a_name_cut_short_in_the_table_is_its_codes_whole_name():
    """30108 printed 「机关事业单位基本养老」 (cut at ten characters): the text's 「机关事业单位基本养老保险缴费」
    is that line; a name the table does not have is still questioned."""
    assert _econ("基本工资、机关事业单位基本养老保险缴费", "机关事业单位基本养老") == []
    assert _econ("基本工资、机关事业单位基本养老保险缴费", "机关事业单位基本养老保险缴费") == []
    assert [e for _, _, e in _econ("基本工资、职业年金缴费", "机关事业单位基本养老")] == [
        "删去“职业年金缴费”；补列“机关事业单位基本养老保险缴费”"]


# --- counts in Chinese numerals -------------------------------------------------------------------------------

_CARS = ("七、财政拨款“三公”经费支出决算情况说明\n2024年末，本站开支财政拨款的公务用车保有量为四辆。\n"
         "十一、其他重要事项的情况说明\n（三）国有资产占有使用情况说明\n"
         "截至2024年12月31日，本站共有车辆四辆，其中：应急保障用车{one}辆、特种专业技术用车{two}辆，其余类别车辆均无。")


def test_a_count_in_chinese_numerals_against_its_parts():
    """「共有车辆四辆，其中：…一辆、…二辆，其余类别车辆均无」: the kinds not listed said to be none, the parts must
    make the total (confirmed by the 公务用车保有量): the short part, 应为 in the text's numerals."""
    assert _all(_CARS.format(one="二", two="二")) == []
    assert _all(_CARS.format(one="一", two="一")) == [("R-SUM", "一辆", "三辆")]
    # which of two different parts is short is not known: no 应为
    assert [(c, e) for c, _, e in _all(_CARS.format(one="一", two="二"))] == [("R-SUM", "")]


_GRADES = ("十、预算绩效管理情况\n本站编报绩效目标的2024年度项目五个，涉及预算金额300.00万元；绩效跟踪评价的2024年度"
           "项目二个，涉及预算金额120.00万元；绩效自评的2024年度项目{n}个，涉及预算金额300.00万元（其中，绩效评级为“优”的项目"
           "三个；绩效评级为“良”的项目二个；绩效评级为“合格”的项目零个）。")


def test_graded_projects_in_chinese_numerals_and_each_stages_own_amount():
    """The grades add to more than the projects 自评 (「项目四个（其中…优…三个；…良…二个）」): the total is wrong.
    The 跟踪评价 projects' 涉及预算金额 is theirs, not the same amount as the 编报 and 自评 ones (no R-SAME)."""
    assert _all(_GRADES.format(n="五")) == []
    assert _all(_GRADES.format(n="四")) == [("R-SUM", "四个", "五个")]
