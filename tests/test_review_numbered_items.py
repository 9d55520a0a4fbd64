"""Three false-alarm classes of a whole 2024 部门决算 (found on the stand-in dongtan-lvrong-2024 after it was
opened on 2026-12-06; these tests use tables and sentences of their own):

- a 项 paragraph numbered 「（三）…（类）…（款）…（项）」: the number is not part of the 类 name;
- the numbered rows under 公开04's 年初财政拨款结转和结余 are that balance's parts, not the fund's 收入 a text
  names by the same words;
- a 类 line that does not add up to its own 款 is what is wrong, not the 合计 computed from it.
"""

from __future__ import annotations

import re

import pytest

from juesuan.core.findings import Level
from juesuan.review import review_blocks
from juesuan.review.extract import Block, read_text


def _found(text: str, *tables: Block) -> list[tuple[str, str, str]]:
    blocks = read_text(text)
    blocks.extend(tables)
    return [(f.code, f.figure, f.expected) for f in review_blocks(blocks) if f.level != Level.INFO]


def _t5(kuan_total: str = "300.00") -> Block:
    rows = [["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
            ["", "合计", "420.00", "120.00", "300.00"],
            ["201", "一般公共服务支出", "120.00", "120.00", "0.00"],
            ["20103", "政府办公厅（室）及相关机构事务", "120.00", "120.00", "0.00"],
            ["2010301", "行政运行", "120.00", "120.00", "0.00"],
            ["213", "农林水支出", "300.00", "0.00", "300.00"],
            ["21302", "林业和草原", kuan_total, "0.00", kuan_total],
            ["2130205", "森林资源培育", "180.00", "0.00", "180.00"],
            ["2130209", "森林生态效益补偿", "120.00", "0.00", "120.00"]]
    return Block("", "公开05", rows, title="单位：万元", caption="一般公共预算财政拨款支出决算表 单位：万元")


ITEMS = ("五、一般公共预算财政拨款支出决算情况说明\n"
         "（三）一般公共预算财政拨款支出决算具体情况\n"
         "（一）一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。主要用于机关日常运转。"
         "年初预算为118.00万元，支出决算为120.00万元，完成年初预算的101.69%。\n"
         "（二）农林水支出（类）林业和草原（款）森林资源培育（项）。主要用于公益林养护。"
         "年初预算为200.00万元，支出决算为180.00万元，完成年初预算的90.00%。\n"
         "（十二）农林水支出（类）林业和草原（款）森林生态效益补偿（项）。年初预算为120.00万元，"
         "支出决算为120.00万元，完成年初预算的100.00%。\n")


def test_a_numbered_item_heading_names_its_class_without_the_number():
    assert _found(ITEMS, _t5()) == []


@pytest.mark.parametrize("mark", ["①", "②", "⑴", "⒈", "(1)", "（1）", "1）", "一、"])
def test_an_item_heading_numbered_any_way_names_its_class_without_the_number(mark):
    """「①…（类）…（款）…（项）」 (the stand-in xiling-rongmeiti-2024, opened 2026-12-06): 7 false R-CODE-NAME."""
    numbered = re.sub(r"（[一二十]+）(?=\S+（类）)", mark, ITEMS)
    assert numbered.count(mark) == 3
    assert _found(numbered, _t5()) == []
    wrong = numbered.replace("林业和草原（款）森林资源培育", "林业和草原（款）森林资源保护")
    assert [c for c, _, _ in _found(wrong, _t5())] == ["R-CODE-NAME"]


def test_a_numbered_item_heading_with_a_wrong_name_is_still_found():
    wrong = ITEMS.replace("林业和草原（款）森林资源培育", "林业和草原（款）森林资源保护")
    assert [c for c, _, _ in _found(wrong, _t5())] == ["R-CODE-NAME"]


def _t4(fund_income: str, fund_balance: str = "0.00") -> Block:
    rows = [["收入", "", "支出", "", "", "", ""],
            ["项目", "金额", "项目", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款",
             "国有资本经营预算财政拨款"],
            ["一、一般公共预算财政拨款收入", "900.00", "一、城乡社区支出", "1,300.00", "900.00", fund_income, "0.00"],
            ["二、政府性基金预算财政拨款收入", fund_income, "", "", "", "", ""],
            ["本年收入合计", "1,300.00", "本年支出合计", "1,300.00", "900.00", fund_income, "0.00"],
            ["年初财政拨款结转和结余", fund_balance, "年末财政拨款结转和结余", "0.00", "0.00", "0.00", "0.00"],
            ["一、一般公共预算财政拨款", "0.00", "", "", "", "", ""],
            ["二、政府性基金预算财政拨款", fund_balance, "", "", "", "", ""],
            ["总计", "1,300.00", "总计", "1,300.00", "900.00", fund_income, "0.00"]]
    return Block("", "公开04", rows, title="单位：万元", caption="财政拨款收入支出决算总表 单位：万元")


FUNDS = ("四、财政拨款收入支出决算总体情况说明\n"
         "某局2024年度财政拨款收入支出总计1,300.00万元，其中一般公共预算财政拨款900.00万元、"
         "政府性基金预算财政拨款400.00万元。\n")


def test_a_fund_named_in_the_text_is_not_the_balance_row_of_the_same_words():
    assert _found(FUNDS, _t4("400.00")) == []


def test_a_balance_row_is_still_its_own_line():
    text = FUNDS + "年初财政拨款结转和结余30.00万元。\n"
    assert _found(text, _t4("400.00", "0.00")) == [("R-TEXT-TABLE", "30.00万元", "0.00万元")]


def test_a_class_line_off_its_own_subclasses_is_blamed_not_the_total():
    rows = [["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"],
            ["", "合计", "700.00", "200.00", "500.00"],
            ["208", "社会保障和就业支出", "200.00", "200.00", "0.00"],
            ["20805", "行政事业单位养老支出", "200.00", "200.00", "0.00"],
            ["212", "城乡社区支出", "545.00", "0.00", "500.00"],
            ["21201", "城乡社区管理事务", "300.00", "0.00", "300.00"],
            ["21205", "城乡社区环境卫生", "200.00", "0.00", "200.00"]]
    table = Block("", "公开03", rows, title="单位：万元", caption="支出决算表 单位：万元")
    found = _found("三、支出决算情况说明\n", table)
    assert ("R-TABLE-PARENT", "545.00", "500.00") in found or ("R-TABLE-SUM", "545.00", "500.00") in found
    assert not [f for f in found if f[1] == "700.00"]
