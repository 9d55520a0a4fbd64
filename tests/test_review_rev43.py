"""Classes of writing first met in 上海市榆泾区地方志办公室 (yujing-fangzhi-2024, opened for rev43), each on a
short text of its own: several 项 of one 款 said in one sentence with 「分别」 lists (review/item_lists.py) — their
names, codes and figures, the reasons after them, a rate of the list, the 预算 total over their lists; two shares
that make the whole moving by unequal points; a 持平 whose reason says the amount moved."""

from __future__ import annotations

from juesuan.review import review_blocks, review_text
from juesuan.review.blocks import Block
from juesuan.review.extract import read_text
from juesuan.review.grid import model
from juesuan.review.subjects import items

TITLE = "某区某某办公室2024年度部门决算\n"


def _text(head: str, rates: str, reasons: str) -> str:
    return TITLE + f"""五、一般公共预算财政拨款支出决算情况说明
（三）一般公共预算财政拨款支出决算具体情况
{head}其中：
一般公共服务支出（类）财政事务（款）下行政运行（项）、一般行政管理事务（项）、其他财政事务支出（项）年初预算分别为\
150.00万元、46.00万元、0.00万元，支出决算分别为160.00万元、42.32万元、20.00万元，{rates}，其他财政事务支出（项）\
年初未安排预算。
{reasons}
六、一般公共预算财政拨款基本支出决算情况说明
"""


HEAD = "一般公共预算财政拨款支出年初预算为196.00万元，支出决算为222.32万元，完成年初预算的113.43%。"
RATES = "行政运行（项）、一般行政管理事务（项）分别完成年初预算的106.67%、92.00%"
REASONS = ("行政运行（项）主要用于人员经费，决算数大于预算数主要是调资；一般行政管理事务（项）主要用于财务管理，"
           "决算数小于预算数主要是节约开支；其他财政事务支出（项）主要用于专项审计。")


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.figure, f.expected) for f in review_text(text) if f.level.value in ("错误", "警告")]


def test_items_of_one_sentence_each_with_its_figures():
    found = items(model(read_text(_text(HEAD, RATES, REASONS))))
    got = [(it.xiang, it.code, it.budget and it.budget.figure.raw, it.final and it.final.figure.raw,
            it.rate and it.rate.figure.raw) for it in found]
    assert got == [("行政运行", "2010601", "150.00万元", "160.00万元", "106.67%"),
                   ("一般行政管理事务", "2010602", "46.00万元", "42.32万元", "92.00%"),
                   ("其他财政事务支出", "", "0.00万元", "20.00万元", None)]  # (no table: not in the catalog)
    assert [it.purpose for it in found] == ["人员经费", "财务管理", "专项审计"]
    assert _found(_text(HEAD, RATES, REASONS)) == []  # no 「下行政运行」 name, no reason read for another 项


def test_a_reason_of_the_list_against_its_own_item():
    wrong = REASONS.replace("决算数小于预算数主要是节约", "决算数大于预算数主要是节约")
    found = [(f.code, f.figure, f.quote[:11]) for f in review_text(_text(HEAD, RATES, wrong))
             if f.level.value in ("错误", "警告")]
    assert found == [("R-DIRECTION", "决算数大于预算数", "一般行政管理事务（项）")]


def test_a_rate_of_the_list_named_by_its_items():
    found = _found(_text(HEAD, RATES.replace("92.00%", "108.70%"), REASONS))
    assert found == [("R-RATE", "108.70%", "92.00%")]  # 46.00 ÷ 42.32: the budget over the 决算


def test_the_budget_total_over_the_lists_where_the_rate_confirms_the_parts():
    head = HEAD.replace("196.00万元", "216.00万元")  # the 决算 add up; 113.43% = 222.32 ÷ 196.00
    assert _found(_text(head, RATES, REASONS)) == [("R-SUM", "216.00万元", "196.00万元")]
    # a total the 项 do not add up to, the rate its own: a 项 may be left out, a question only
    head = HEAD.replace("196.00万元", "216.00万元").replace("113.43%", "102.93%")
    assert _found(_text(head, RATES, REASONS)) == []


SHARES = TITLE + """三、支出决算情况说明
本年支出合计300.00万元，其中：基本支出240.00万元，占80.00%，比上年下降{basic}个百分点；项目支出60.00万元，\
占20.00%，比上年提高{project}个百分点。
"""


def test_two_shares_of_one_whole_move_by_the_same_points():
    # 2.44 = 2.00 ÷ 82.00 × 100: the relative change of the share, written as points
    assert _found(SHARES.format(basic="2.44", project="2.00")) == [("R-DIFF", "2.44个百分点", "2.00个百分点")]
    # 11.11 = 2.00 ÷ 18.00 × 100: the smaller share's relative change
    assert _found(SHARES.format(basic="2.00", project="11.11")) == [("R-DIFF", "11.11个百分点", "2.00个百分点")]
    assert _found(SHARES.format(basic="2.00", project="2.00")) == []
    assert _found(SHARES.format(basic="3.10", project="2.00")) == []  # unequal, which one is off not known


FLAT = TITLE + """十一、其他重要事项的情况说明
（一）机关运行经费支出情况
本单位机关运行经费支出30.00万元，{flat}。{reason}
"""


def test_a_flat_whose_reason_says_the_amount_moved():
    def said(flat: str, reason: str) -> list[tuple[str, str]]:
        return [(f.code, f.quote) for f in review_text(FLAT.format(flat=flat, reason=reason))
                if f.level.value in ("错误", "警告")]

    # 「主要是…」 opens the reason as 「主要原因是…」 does; the quote runs through it
    quote = "本单位机关运行经费支出30.00万元，与2023年度持平。主要是办公楼维修，维修（护）费相应增加。"
    assert said("与2023年度持平", "主要是办公楼维修，维修（护）费相应增加。") == [("R-REASON-DIRECTION", quote)]
    assert [c for c, _ in said("与上年持平", "主要原因是水电费增加。")] == ["R-REASON-DIRECTION"]
    assert said("与上年持平", "主要是人员稳定。") == []
    assert said("与上年基本持平", "主要是水电费略有增加。") == []
    assert said("与上年持平", "主要是水电费增加，差旅费减少。") == []


def test_a_parent_of_the_right_half_of_a_two_sided_table_quotes_its_own_half():
    rows = [["经济分类科目编码", "", "科目名称", "决算数", "经济分类科目编码", "", "科目名称", "决算数"],
            ["类", "款", "科目名称", "决算数", "类", "款", "科目名称", "决算数"],
            ["301", "", "工资福利支出", "30.00", "302", "", "商品和服务支出", "9.00"],
            ["301", "01", "基本工资", "20.00", "302", "01", "办公费", "4.00"],
            ["301", "02", "津贴补贴", "10.00", "302", "05", "水费", "6.00"]]
    table = Block("\n".join("\t".join(r) for r in rows), "第1个表格", rows=rows, unit="万元",
                  kind="一般公共预算财政拨款基本支出决算表")
    title = Block("某单位2024年度部门决算", "第1段")
    found = [(f.code, f.figure, f.quote, f.expected) for f in review_blocks([title, table])
             if f.code == "R-TABLE-PARENT"]
    assert found == [("R-TABLE-PARENT", "9.00", "302：商品和服务支出、9.00", "10.00")]
