"""Which figure a finding blames (review.blamed, review.arbiter): a sum whose total another section confirms
and no part can be named gets no 应为; a part whose correction another check supports is blamed even where a
template leftover offers two readings; findings computed with a wrong figure are folded into the finding on it;
one subject's amount written two ways is corrected to the one the other figures support."""

from __future__ import annotations

from juesuan.review import review_text

TITLE = "某区某某局2025年度部门决算\n"

SECTIONS = TITLE + """二、收入决算情况说明
本年收入合计4733.14万元，其中：财政拨款收入4733.14万元，占100.00%。
三、支出决算情况说明
本年支出合计4733.14万元，其中：基本支出3365.38万元，占71.10%；项目支出1367.76万元，占28.90%。
五、一般公共预算财政拨款支出决算情况说明
一般公共预算财政拨款支出年初预算为4628.17万元，支出决算为4733.14万元，完成年初预算的102.27%。其中：基本支出\
3365.38万元，项目支出1367.76万元。
六、一般公共预算财政拨款基本支出决算情况说明
一般公共预算财政拨款基本支出3365.38万元。其中：人员经费2949.02万元，主要包括：基本工资、津贴补贴；公用经费416.36万元，\
主要包括：办公费、印刷费。
"""


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.figure, f.expected) for f in review_text(text)]


def test_the_clean_sections_review_clean():
    assert _found(SECTIONS) == []


def test_a_total_confirmed_in_another_section_is_not_corrected_from_a_mistyped_part():
    """人员经费 typed 2494.02 for 2949.02: 基本支出 3365.38 is stated in 三 and adds up there with 项目支出 to the
    total; nothing says which part is wrong: 「总数或某项有误」 and no 应为 (not 「应为2,910.38万元」)."""
    found = review_text(SECTIONS.replace("人员经费2949.02", "人员经费2494.02"))
    assert [(f.code, f.figure, f.expected) for f in found] == [("R-SUM", "3365.38万元", "")]
    assert "总数或某项有误" in found[0].message and "2910.38" in found[0].message


def test_an_unconfirmed_total_keeps_its_sum():
    """The same list with 基本支出 stated nowhere else: the total is corrected from its parts, as before."""
    text = TITLE + "六、基本支出\n一般公共预算财政拨款基本支出3365.38万元。其中：人员经费2494.02万元；" \
        "公用经费416.36万元。\n"
    assert _found(text) == [("R-SUM", "3365.38万元", "2910.38万元")]


SANGONG = TITLE + """七、“三公”经费财政拨款支出决算情况说明
2025年度“三公”经费财政拨款支出决算数比2024年度减少（增加）19.66万元，下降86.61，其中：因公出国（境）费支出决算与2024年\
持平；公务用车购置及运行维护费支出决算减少20.06万元，下降88.37%；公务接待费支出决算增加0.04万元（上年无此项支出）。
2025年度“三公”经费财政拨款支出决算为3.04万元，其中：公务用车购置及运行维护费支出决算为2.64万元；公务接待费支出决算为\
0.40万元。
"""


def test_one_typo_under_a_template_leftover_gets_one_correction():
    """0.04 typed for 0.40 (公务接待费 0.40 this year, none last year): the sum of the changes (read with either
    word of 「减少（增加）」) and the change of 公务接待费 are one problem, blamed on 0.04 — not also a total
    「应为减少20.02万元」."""
    found = review_text(SANGONG)
    wrong = [(f.figure, f.expected) for f in found if f.level.value == "错误"]
    assert wrong == [("0.04万元", "0.40万元")]
    assert "19.66万元" in next(f.message for f in found if f.figure == "0.04万元")
    assert {f.code for f in found} - {"R-DIFF", "R-PART"} == {"R-TEMPLATE", "R-UNIT-MISSING"}


ORDOS = """一、2022年“三公”经费预算安排情况
2022年度“三公”经费预算总计21.8万元,其中:因公出国(境)经费0万元,公务接待11.8万元,公务用车运行费用10万元。
二、2021年“三公”经费决算情况
2021年度“三公”经费合计支出20.12万元,其中:因公出国(境)经费0万元,公务接待23.13万元,公务用车运行费用7.73万元。
2022年度“三公”经费预算较2021年度增加1.68万元,其中公务接待较上年同期减少0.58万元,减少4.68%。公务用车运行费用较上年同期\
增加2.27万元,增长29.37%。
"""  # a published passage (tests/data/review_corpus/nm-ordos-2021-sangong.toml), 12.39 mistyped


def test_the_changes_computed_with_a_mistyped_part_follow_from_it():
    """公务接待 typed 23.13 for 12.39: the list does not add up, and the change and rate of 公务接待 in the next
    paragraph, computed with 23.13, do not hold — all three hold with 12.39: one finding on 23.13."""
    assert _found(ORDOS.replace("公务接待23.13", "公务接待12.39")) == []
    found = review_text(ORDOS)
    assert [(f.code, f.figure, f.expected) for f in found] == [("R-PART", "23.13万元", "12.39万元")]
    assert "0.58万元" in found[0].message and "4.68%" in found[0].message


TWICE = TITLE + """二、收入决算情况说明
本年收入合计4733.14万元，其中：财政拨款收入4733.14万元，占100.00%。
三、2025年度支出决算情况说明
本年支出合计4733.14万元，其中：基本支出3365.38万元，占71.10%；项目支出1367.76万元，占28.90%。
五、一般公共预算财政拨款支出决算情况说明
（三）一般公共预算财政拨款支出决算具体情况
一般公共预算财政拨款支出决算为4733.14万元。决算数大于预算数的主要原因：年中追加了项目经费。其中：基本支出3365.38万元，\
项目支出1376.76万元。
"""


def test_one_amount_written_two_ways_is_corrected_to_the_one_that_adds_up():
    """项目支出 1367.76 in 三 (where it adds up with 基本支出 to the total) and 1376.76 in 五: all income is
    财政拨款, so they are one amount — the one in 五 is wrong, 应为 1,367.76万元."""
    found = review_text(TWICE)
    assert [(f.code, f.figure, f.expected) for f in found] == [("R-SAME", "1376.76万元", "1367.76万元")]
    assert found[0].level.value == "错误" and "相加相符" in found[0].message
    assert _found(TWICE.replace("1376.76", "1367.76")) == []


def test_without_support_two_values_stay_a_question():
    """Neither value adds up anywhere: which is right is not known (a 警告, no 错误)."""
    text = TWICE.replace("本年支出合计4733.14万元，其中：基本支出3365.38万元，占71.10%；", "其中：")
    found = [f for f in review_text(text) if f.code == "R-SAME"]
    assert found and all(f.level.value == "警告" for f in found)


BLANK_PARENT = TITLE + """一、基本支出
商品和服务支出预算75800元，同比增加52044.27元。
2.项目支出XX元，同比减少47600元，下降100%。其中：
商品和服务支出预算0元，同比减少47600元，下降100%。
"""


def test_a_list_under_a_blank_project_total_is_the_projects():
    """项目支出's amount left blank: the 商品和服务支出 of its list is not the 基本支出's (no R-SAME 0 vs 75800)."""
    assert "R-SAME" not in {code for code, _, _ in _found(BLANK_PARENT)}


def test_the_sum_of_changes_shows_its_result_in_its_unit():
    """计算 of a sum of changes: 「−20.06万元 + 0.04万元 = −20.02万元」 (the unit, and the minus sign of the text)."""
    text = TITLE + "七、“三公”经费\n2025年度“三公”经费财政拨款支出决算数比2024年度减少19.66万元，其中：" \
        "公务用车购置及运行维护费支出决算减少20.06万元；公务接待费支出决算增加0.04万元。\n"
    found = [f for f in review_text(text) if f.code == "R-SUM"]
    assert [f.why for f in found] == ["−20.06万元 + 0.04万元 = −20.02万元"]


ITEMS = TITLE.replace("2025", "2024") + """五、一般公共预算财政拨款支出决算情况说明
一般公共预算财政拨款支出年初预算为300.00万元，支出决算为350.00万元，完成年初预算的116.67%。其中：
1.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项），年初预算为200.00万元，支出决算为\
210.00万元。决算数大于预算数的主要原因：人员增加。
2.社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项），年初预算为50.00万元，支出决算为95.00万元，\
决算数与预算数持平。
3.住房保障支出（类）住房改革支出（款）住房公积金（项），年初预算为50.00万元，支出决算为90.00万元。决算数大于预算数的\
主要原因：调标。
"""  # as tests/test_review_arbiter.py's


def test_a_figure_of_the_same_value_elsewhere_is_not_the_corrected_one():
    """90.00 is a 项's 决算 in 五 and a change in 六 (wrong there: 350.00 − 305.00 = 45.00): correcting the change
    does not make 五's list add up — the 项 95.00 stays blamed, and the change keeps its own finding."""
    extra = "六、对比\n2024年度一般公共预算财政拨款支出决算350.00万元，比2023年度的305.00万元增加90.00万元。\n"
    assert _found(ITEMS + extra) == [("R-PART", "95.00万元", "50.00万元"), ("R-DIFF", "90.00万元", "45.00万元")]


def _f(code: str, figure: str, expected: str, why: str):
    from juesuan.core.findings import Level
    from juesuan.review.base import ReviewFinding
    return ReviewFinding(Level.ERROR, code, f"{code}。", quote="q", place="p", expected=expected, block=0,
                         figure=figure, why=why)


def test_a_check_computed_with_a_corrected_figure_is_folded_into_its_finding():
    from dataclasses import replace

    from juesuan.review.arbiter import _follows_from_fix
    row = _f("R-TABLE-SUM", "300.00万元", "200.00万元", "0.00万元 + 200.00万元 = 200.00万元")
    parent = _f("R-TABLE-PARENT", "1,200.00万元", "1,300.00万元", "1,000.00万元 + 300.00万元 = 1,300.00万元")
    out = _follows_from_fix([row, parent], [])
    assert [f.code for f in out] == ["R-TABLE-SUM"] and "1,200.00万元" in out[0].message
    # said as what agrees with the 应为 (not as a check that "doubted" the parent row)
    assert out[0].message == "R-TABLE-SUM；以200.00万元计算，本段的1,200.00万元也相符（见计算）。"
    # and its arithmetic, recomputed with the corrected figure, joins the 计算 line
    assert out[0].why == "0.00万元 + 200.00万元 = 200.00万元；1,000.00万元 + 200.00万元 = 1,200.00万元"
    in_table = [replace(f, place=f"第2个表格（公开05表），“{c}”行") for f, c in ((row, "20101"), (parent, "201"))]
    said = "；以200.00万元计算，本表“201”行的1,200.00万元也相符（见计算）。"
    assert _follows_from_fix(in_table, [])[0].message.endswith(said)
    # a text's R-SUM is no such correction: its total may yet be found right (and a part blamed)
    total = _f("R-SUM", "350.00万元", "395.00万元", "210.00万元 + 95.00万元 + 90.00万元 = 395.00万元")
    change = _f("R-DIFF", "89.00万元", "44.00万元", "350.00万元 − 306.00万元 = 44.00万元")
    assert _follows_from_fix([total, change], []) == [total, change]

