"""Session 15 (rev40, 上海市桐溪区妇女联合会 opened): a name with 和 inside it at a count's list's end; shapes as a
群团's office types them, names and figures of our own."""
from __future__ import annotations

from decimal import Decimal

import pytest

from juesuan.core.findings import Level
from juesuan.review import review_blocks
from juesuan.review.extract import Block


def _para(text: str, i: int, place: str = "") -> Block:
    return Block(text, place or f"第{i}段", index=i)


def _found(blocks: list[Block]) -> list[tuple[str, str, str]]:
    return [(f.code, f.figure, f.expected) for f in review_blocks(blocks) if f.level != Level.INFO]


def _said(text: str) -> list[tuple[str, str, str]]:
    return _found([_para("上海市某区某联合会2024年度部门决算", 0), _para("二、机构设置", 1), _para(text, 2)])


# --- 1. 「…、社会和家庭服务部3个部门」: one office whose name has 和 in it, not two ------------------------------

@pytest.mark.parametrize("text", [
    "本会内设秘书处、联络部、社会和家庭服务部3个部门，参照公务员法管理。",
    "本会内设3个部门，分别为秘书处、联络部、社会和家庭服务部。",
])
def test_a_name_with_and_inside_it_is_one_name_when_the_count_says_so(text):
    assert _said(text) == []


@pytest.mark.parametrize(("text", "figure", "right"), [
    ("本会内设秘书处、联络部、社会和家庭服务部5个部门。", "5个", "4个"),  # neither reading gives 5: parted, as before
    ("本会内设秘书处、联络部、宣传部和权益部3个部门。", "3个", "4个"),  # 「宣传部」 ends like the others: two names
])
def test_a_count_the_names_do_not_give_still_is_found(text, figure, right):
    assert _said(text) == [("R-SUM", figure, right)]


# --- 2. a 政府采购 total its own 货物/工程/服务 say is short: the total is the slip, not the 中小企业 amounts

def _procurement(total: str, small: str = "72.3万元", tiny: str = "50.6万元") -> list[Block]:
    return [_para("上海市某区某联合会2024年度部门决算", 0), _para("十一、其他重要事项的情况说明", 1),
            _para("（二）政府采购支出情况", 2),
            _para(f"2024年度本会政府采购支出总额{total}，其中：政府采购货物支出20.3万元、政府采购工程支出0万元、"
                  f"政府采购服务支出52万元。授予中小企业合同金额{small}，占政府采购支出总额的100%，其中：授予小微企业"
                  f"合同金额{tiny}，占授予中小企业合同金额的69.99%。", 3)]


def test_amounts_won_are_not_blamed_for_a_total_its_own_kinds_contradict():
    found = _found(_procurement("27.3万元"))
    assert not [x for x in found if x[0] == "R-SUBSET"]
    assert ("R-SUM", "27.3万元", "72.3万元") in found  # the total, by its kinds
    assert _found(_procurement("72.3万元")) == []


def test_an_amount_won_above_the_kinds_too_is_still_found():
    found = _found(_procurement("72.3万元", small="92.3万元", tiny="50.6万元"))
    assert [x[:2] for x in found if x[0] == "R-SUBSET"] == [("R-SUBSET", "92.3万元")]


# --- 3. 「收、支总计均与2023年度持平」 with no amount of its own: the change another section states for the same line -

def _flat(word: str, fiscal: str = "全部为财政拨款收入") -> list[Block]:
    return [_para("上海市某区某联合会2024年度部门决算", 0), _para("一、收入支出决算总体情况说明", 1),
            _para(f"2024年度收入总计236.40万元，支出总计236.40万元。收、支总计均与2023年度{word}。原因是活动增加。", 2),
            _para("二、收入决算情况说明", 3),
            _para(f"2024年度本年收入合计236.40万元，{fiscal}，占100%。", 4),
            _para("四、财政拨款收入支出决算总体情况说明", 5),
            _para("2024年度财政拨款收入总计236.40万元，支出总计236.40万元，比2023年度增加3.05万元，增长1.31%。", 6)]


def test_a_flat_without_amounts_against_the_change_stated_elsewhere():
    (f,) = [f for f in review_blocks(_flat("持平")) if f.code == "R-FLAT"]
    assert (f.level, f.figure, f.expected) == (Level.ERROR, "与2023年度持平", "增加3.05万元")
    assert "233.35万元" in f.message


def test_a_flat_not_refuted():
    assert not [f for f in review_blocks(_flat("相比有所增加")) if f.code == "R-FLAT"]
    other = _flat("持平")
    other[2] = _para("2024年度收入总计236.40万元，支出总计236.40万元。人员编制与2023年度持平。", 2)
    assert not [f for f in review_blocks(other) if f.code == "R-FLAT"]  # not the amounts before
    # the 财政拨款 totals stand for the whole only where the 收入 is said to be all 财政拨款
    assert not [f for f in review_blocks(_flat("持平", fiscal="其中财政拨款收入200.00万元")) if f.code == "R-FLAT"]


# --- 4. 「其中：人员经费A，公用经费B。人员经费主要包括：…；公用经费主要包括：…」: lists, their amounts before

def _basic(listed: str) -> list[Block]:
    rows = [["科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数"],
            ["301", "工资福利支出", "90.00", "302", "商品和服务支出", "20.00"],
            ["30101", "基本工资", "60.00", "30201", "办公费", "8.00"],
            ["30108", "机关事业单位基本养老保险缴费", "30.00", "30211", "差旅费", "5.00"],
            ["30109", "职业年金缴费", "0.00", "30228", "工会经费", "3.00"],
            ["", "", "", "30299", "其他商品和服务支出", "4.00"],
            ["人员经费合计", "", "90.00", "公用经费合计", "", "20.00"]]
    title = "一般公共预算财政拨款基本支出决算表"
    table = Block("\n".join("\t".join(r) for r in rows), "第1个表格", rows, title=title, caption=f"{title} 单位：万元",
                  index=1)
    return [_para("上海市某区某联合会2024年度部门决算", 0), table,
            _para("六、一般公共预算财政拨款基本支出决算情况说明", 2),
            _para("2024年度一般公共预算财政拨款基本支出110万元，其中：人员经费90万元，公用经费20万元。人员经费主要包括："
                  f"基本工资、机关事业单位基本养老保险缴费；公用经费主要包括：{listed}。", 3)]


def test_lists_whose_amounts_the_sentence_before_gives_are_read():
    found = [(f.figure, f.expected) for f in review_blocks(_basic("办公费、差旅费、其他商品和服务支出"))
             if f.code == "R-ECON-LIST"]
    assert found == [("差旅费、其他商品和服务支出", "差旅费、工会经费、其他商品和服务支出")]
    every = _basic("办公费、差旅费、工会经费、其他商品和服务支出")
    assert not [f for f in review_blocks(every) if f.level != Level.INFO]


# --- 5. 「编报绩效目标的项目2个，涉及预算金额A」: A the project 项's 支出决算, not their 年初预算

def _performance(amount: str, second: str = "0.00") -> list[Block]:
    title = "一般公共预算财政拨款支出决算表"
    rows = [["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
            ["2012901", "行政运行", "150.00", "150.00", "0.00"],
            ["2012902", "一般行政管理事务", "33.40", second, f"{Decimal('33.40') - Decimal(second):.2f}"],
            ["2012999", "其他群众团体事务支出", "21.10", "0.00", "21.10"],
            ["", "合计", "204.50", f"{Decimal('150.00') + Decimal(second):.2f}",
             f"{Decimal('54.50') - Decimal(second):.2f}"]]
    table = Block("\n".join("\t".join(r) for r in rows), "第1个表格", rows, title=title, caption=f"{title} 单位：万元",
                  index=1)
    lead = "一般公共服务支出（类）群众团体事务（款）"
    return [_para("上海市某区某联合会2024年度部门决算", 0), table,
            _para("（三）一般公共预算财政拨款支出决算具体情况", 2),
            _para("2024年度一般公共预算财政拨款支出年初预算210万元，支出决算204.5万元，完成年初预算的97.38%。"
                  "其中：", 3),
            _para(f"1、{lead}行政运行（项）：年初预算155万元，支出决算150万元，完成年初预算的96.77%。", 4),
            _para(f"2、{lead}一般行政管理事务（项）：年初预算35万元，支出决算33.4万元，完成年初预算的95.43%。", 5),
            _para(f"3、{lead}其他群众团体事务支出（项）：年初预算20万元，支出决算21.1万元，完成年初预算的105.5%。", 6),
            _para("十、预算绩效管理情况", 7),
            _para(f"本会对全部项目编报了绩效目标。编报绩效目标的项目2个，涉及预算金额{amount}万元。", 8)]


def test_a_performance_budget_that_is_the_projects_spending():
    (f,) = [f for f in review_blocks(_performance("54.5")) if f.code == "R-SUM"]
    assert (f.level, f.figure, f.expected) == (Level.WARNING, "54.5万元", "55.0万元")


def test_a_performance_budget_of_the_budgets_or_of_mixed_items_is_not_questioned():
    assert not [f for f in review_blocks(_performance("55")) if f.code == "R-SUM"]
    assert not [f for f in review_blocks(_performance("60.3")) if f.code == "R-SUM"]  # neither: not this slip
    # a 项 with 基本支出 too: its 年初预算 is not the projects' alone
    assert not [f for f in review_blocks(_performance("44.5", second="10.00")) if f.code == "R-SUM"]
