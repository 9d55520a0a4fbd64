"""Session 10 (rev17): classes of fenglin-erzhong's false alarms and misses, each in figures of our own."""
from __future__ import annotations

import pytest

from juesuan.core.findings import Level
from juesuan.review import review_blocks, review_text
from juesuan.review.base import ReviewFinding
from juesuan.review.extract import Block
from tests.review_corpus import Error, matches


def _all(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.figure, f.expected) for f in review_text(text) if f.level.value != "提示"]


# --- 「…总计均为A。比2023年度增加C，增长R%」: the year-named comparison opens a clause with no subject of its own ----

_RATE = ("一、收入支出决算总体情况说明\n本中心2024年度收入、支出总计均为1,250.00万元。比2023年度增加250.00万元，"
         "增长{r}%。主要原因是新增专项任务。")


def test_a_change_against_a_named_year_takes_the_sentence_befores_amount():
    assert _all(_RATE.format(r="25.0")) == []  # 250.00 ÷ (1,250.00 − 250.00)
    assert _all(_RATE.format(r="20.0")) == [("R-PERCENT", "20.0%", "25.0%")]  # 250 ÷ 1,250: this year's base


def test_an_amount_labelled_with_the_year_compared_with_is_no_subject():
    said = "本中心2023年度收入总计1,000.00万元。比2023年度增加250.00万元，增长20.0%。"
    assert _all(said) == []  # the amount is the base year's: no subject to check the rate with


# --- 「其中：甲年初未安排预算，决算为0」: the 决算 is 甲's, not the sentence's total's -----------------------------

_SANGONG = ("（一）“三公”经费财政拨款支出决算总体情况说明\n“三公”经费财政拨款支出年初预算为6.0万元，支出决算为5.4万元，"
            "完成预算的90.0%，其中：因公出国（境）费年初未安排预算，决算为{x}万元；公务用车购置及运行维护费支出决算为"
            "4.6万元；公务接待费支出决算为0.8万元。\n（二）“三公”经费财政拨款支出决算具体情况说明\n“三公”经费财政拨款"
            "支出决算中，因公出国（境）费支出决算{y}万元，占0.0%；公务用车购置及运行维护费支出决算4.6万元，占85.2%；"
            "公务接待费支出决算0.8万元，占14.8%。")


def test_an_item_with_no_budget_keeps_its_own_subject_for_its_final_amount():
    assert [c for c, _, _ in _all(_SANGONG.format(x="0", y="0"))] == []
    # the item's own two statements still compared with each other
    assert "R-SAME" in [c for c, _, _ in _all(_SANGONG.format(x="0.2", y="0"))]


# --- a parent row the table confirms: the child one slip away is blamed -----------------------------------------

def _t6(kids: list[str], parent: str = "2,000.00", total: str = "2,100.00") -> list[ReviewFinding]:
    rows = [["经济分类科目编码", "科目名称", "决算数"], ["301", "工资福利支出", parent],
            *[[f"3010{k + 1}", n, v] for k, (n, v) in enumerate(zip(("基本工资", "津贴补贴", "绩效工资"), kids,
                                                                      strict=True))],
            ["303", "对个人和家庭的补助", "100.00"], ["30302", "退休费", "100.00"], ["人员经费合计", "", total]]
    caption = "一般公共预算财政拨款基本支出决算表 单位：万元"
    table = Block("\n".join("\t".join(r) for r in rows), "第1个表格", rows, index=1, title=caption, caption=caption)
    return [f for f in review_blocks([Block("上海市某中学2024年度部门决算", "第0段", index=0), table])
            if f.level != Level.INFO]


def test_a_confirmed_parent_blames_its_child_with_digits_swapped():
    assert _t6(["800.00", "300.00", "900.00"]) == []
    found = _t6(["800.00", "300.00", "540.00"])  # 900 typed 540? no: 540 is not one slip of 900 → no child named
    assert [(f.figure, f.expected) for f in found] == [("2,000.00", "")]
    found = _t6(["800.00", "300.00", "90.00"])  # 900.00 with a digit left out
    assert [(f.code, f.figure, f.expected) for f in found] == [("R-TABLE-PARENT", "90.00", "900.00")]
    found = _t6(["800.00", "030.00", "900.00"])  # 300.00 with two digits swapped
    assert [(f.code, f.figure, f.expected) for f in found] == [("R-TABLE-PARENT", "030.00", "300.00")]
    assert found[0].quote.startswith("30102：")


def test_an_unconfirmed_parent_is_blamed_as_before():
    # 合计 2,066.00 adds up with neither: the parent is the one cell named (the children's sum)
    found = _t6(["800.00", "300.00", "866.00"], total="2,066.00")
    assert [(f.figure, f.expected) for f in found if f.code == "R-TABLE-PARENT"] == [("2,000.00", "1,966.00")]


# --- a 其中 list with its 「其他」 kind names every kind: too few is wrong as too many is ---------------------

@pytest.mark.parametrize(("said", "expected"), [
    ("本单位共有车辆5辆，其中：执法执勤用车2辆、特种专业技术用车1辆（救护车）、其他用车1辆。",
     [("R-SUM", "5辆", "4辆")]),
    ("本单位共有车辆4辆，其中：执法执勤用车2辆、特种专业技术用车1辆（救护车）、其他用车1辆。", []),
    ("本单位共有车辆5辆，其中：执法执勤用车2辆、特种专业技术用车1辆。", []),  # kinds left out: some of them
])
def test_a_count_list_with_its_rest_must_add_up(said, expected):
    assert _all("截至2024年12月31日，" + said) == expected


# --- the scorer: an amount recorded bare is the finding's amount with its unit --------------------------------

def test_a_bare_recorded_amount_is_pointed_at_by_the_amount_with_its_unit():
    f = ReviewFinding(Level.ERROR, "R-SUM", "…", quote="采购金额648.20万元；", figure="648.20万元",
                      expected="248.20万元")
    assert matches(f, Error("648.20", "compare", "", "248.20 万元"))
    assert not matches(f, Error("648.2", "compare", "", "248.20 万元"))
    assert not matches(f, Error("1648.20", "compare", "", "248.20 万元"))
