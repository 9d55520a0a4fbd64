"""False alarms of a text written in 元 over tables in 万元 (rev32): a parent row with one child blamed with the
child's mistyped cell, and a list whose one part carries the other unit (元 / 万元) taken for a wrong total."""

from __future__ import annotations

import pytest

from juesuan.core.findings import Level
from juesuan.review import review_blocks, review_text
from juesuan.review.extract import Block

TITLE = "上海市某区某街道办事处2024年度部门决算"


def _spending(child_basic: str) -> list[tuple[str, str, str]]:
    """A 支出决算表 whose 201 has one 款 (20103), its 基本支出 typed ``child_basic`` (820.00 right)."""
    rows = [["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"],
            ["", "合计", "1,500.00", "1,300.00", "200.00"],
            ["201", "一般公共服务支出", "1,000.00", "820.00", "180.00"],
            ["20103", "政府办公厅（室）及相关机构事务", "1,000.00", child_basic, "180.00"],
            ["2010301", "行政运行", "700.00", "700.00", "0.00"],
            ["2010350", "事业运行", "120.00", "120.00", "0.00"],
            ["2010399", "其他政府办公厅（室）及相关机构事务支出", "180.00", "0.00", "180.00"],
            ["208", "社会保障和就业支出", "500.00", "480.00", "20.00"],
            ["20805", "行政事业单位养老支出", "500.00", "480.00", "20.00"],
            ["2080505", "机关事业单位基本养老保险缴费支出", "500.00", "480.00", "20.00"]]
    caption = "支出决算表 金额单位：万元"
    table = Block("\n".join("\t".join(r) for r in rows), "第1个表格", rows, index=1, title=caption, caption=caption)
    return [(f.code, f.figure, f.expected) for f in review_blocks([Block(TITLE, "第0段", index=0), table])
            if f.level != Level.INFO]


def test_the_only_child_mistyped_is_blamed_not_its_parent():
    """201 (820.00) against its one 款 20103 (802.00): the two blame each other; 20103's own row (合计 1,000.00 =
    基本 + 项目 180.00) fails with 802.00 and holds with 820.00 — the child is wrong, the parent is not."""
    assert _spending("820.00") == []
    assert _spending("802.00") == [("R-TABLE-PARENT", "802.00", "820.00")]


PURCHASE = TITLE + "\n十一、其他重要事项的情况说明\n（二）政府采购支出情况\n"


@pytest.mark.parametrize(("sentence", "figure", "right"), [
    ("2024年度政府采购金额为5,000,000.00元，其中：货物采购金额1,000,000.00元、工程采购金额1,500,000.00万元、"
     "服务采购金额2,500,000.00元。", "1,500,000.00万元", "1,500,000.00元"),  # 万 too many in an 元 list
    ("2024年度政府采购金额为500.00万元，其中：货物采购金额100.00万元、工程采购金额150.00元、服务采购金额250.00万元。",
     "150.00元", "150.00万元"),  # 万 left out in a 万元 list
])
def test_a_part_at_the_other_scale_is_its_unit_not_the_total(sentence, figure, right):
    found = [(f.code, f.figure, f.expected) for f in review_text(PURCHASE + sentence)]
    assert found == [("R-UNIT-MISSING", figure, right)]


def test_parts_in_both_units_that_add_up_are_clean():
    assert review_text(PURCHASE + "2024年度政府采购金额为5,000,000.00元，其中：货物采购金额1,000,000.00元、"
                       "工程采购金额150.00万元、服务采购金额2,500,000.00元。") == []


def test_a_total_off_with_parts_in_both_units_stays_a_sum():
    """No part at the other scale makes the list add up: the total is blamed as before."""
    found = review_text(PURCHASE + "2024年度政府采购金额为5,100,000.00元，其中：货物采购金额1,000,000.00元、"
                        "工程采购金额150.00万元、服务采购金额2,500,000.00元。")
    assert [(f.code, f.figure, f.expected) for f in found] == [("R-SUM", "5,100,000.00元", "5,000,000.00元")]


def test_a_total_at_the_other_scale_over_its_one_part():
    """「公务接待费支出12,600.00万元。其中：国内…12,600.00元」 in a text in 元: the total has the 万 too many."""
    found = review_text(PURCHASE + "2024年度“三公”经费财政拨款支出决算为453,300.00元，其中：公务用车购置及运行维护费"
                        "440,700.00元，公务接待费12,600.00元。\n公务接待费支出12,600.00万元。其中：国内公务接待支出"
                        "12,600.00元（含外宾接待支出0.00元）。")
    assert ("R-UNIT-MISSING", "12,600.00万元", "12,600.00元") in [(f.code, f.figure, f.expected) for f in found]
