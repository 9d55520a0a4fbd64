"""rev61: the classes maipu-tuanqu-2024's and maipu-jiuzhu-2024's misses and false alarms showed (opened
2026-12-07), each in figures of our own."""
from __future__ import annotations

from juesuan.review import review_blocks, review_text
from juesuan.review.extract import Block

TITLE = "上海市某某区测试办2024年度部门决算"


# --- the 三公 table's 合计 off its items, the text stating the 合计 as 「…年初预算为A万元，支出决算为B万元」 (the
# 决算 named by the clause before it) and one item as the 合计 less the others: that item's cell is what is off ------

def _t7(cells: list[str], text: str) -> list[tuple[str, str, str]]:
    texts = [TITLE, "七、财政拨款“三公”经费支出决算情况说明", text]
    blocks = [Block(t, f"第{n}段", index=n) for n, t in enumerate(texts, 1)]
    blocks.append(Block("\t".join(cells), "第1个表格", [cells], title="财政拨款“三公”经费支出决算表",
                        caption="财政拨款“三公”经费支出决算表 单位：万元"))
    return [(f.code, f.figure, f.expected) for f in review_blocks(blocks) if f.code == "R-TABLE-SUM"]


def test_the_sangong_total_said_as_the_decision_after_its_budget_confirms_the_total():
    # 公务接待费 决算 typed as its 预算 (1.00 for 0.60); the text's 合计 决算 is 「支出决算为5.00万元」 after the budget
    cells = ["6.00", "5.00", "0.00", "0.00", "5.00", "4.40", "0.00", "0.00", "5.00", "4.40", "1.00", "1.00"]
    text = ("本办2024年度“三公”经费财政拨款支出年初预算为6.00万元，支出决算为5.00万元，完成预算的83.33%，其中：公务用车"
            "购置及运行维护费支出决算为4.40万元，完成预算的88.00%；公务接待费支出决算为0.60万元，完成预算的60.00%。")
    assert _t7(cells, text) == [("R-TABLE-SUM", "1.00", "0.60")]
    # the text's 合计 is not the table's: the 合计 is blamed, as before
    assert _t7(cells, text.replace("支出决算为5.00万元", "支出决算为5.20万元")) == [("R-TABLE-SUM", "5.00", "5.40")]


# --- a breakdown of a change whose items are all said 持平 while the total changed, one item's reason naming its
# change: that item's 持平 is the slip, the total less the others' changes what it should say ----------------------

_FLAT = (TITLE + "\n第三部分 上海市某某区测试办2024年度部门决算情况说明\n七、财政拨款“三公”经费支出决算情况说明\n"
         "（一）“三公”经费财政拨款支出决算总体情况说明\n"
         "2024年度“三公”经费财政拨款支出决算数比2023年度减少0.30万元，下降20.00%，其中：因公出国（境）费支出决算"
         "与2023年度持平；公务用车购置及运行维护费支出决算{car}；公务接待费支出决算与2023年度持平。\n"
         "公务接待费支出减少的主要原因是压减接待批次。\n")


def _flat(car: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.figure, f.expected) for f in review_text(_FLAT.format(car=car))
            if f.level.value in ("错误", "警告")]


def test_a_flat_item_its_reason_and_the_total_say_changed():
    assert _flat("与2023年度持平") == [("R-FLAT", "与2023年度持平", "减少0.30万元")]
    # another item's change takes part of the total's: the rest is this item's (the total's R-SUM, the items read
    # as written, stays beside it: which of the two holds is the arbiter's, not settled here)
    assert ("R-FLAT", "与2023年度持平", "减少0.20万元") in _flat("减少0.10万元")
    # the other items take all of the total's change: the 持平 holds, the reason's word is what is off
    assert _flat("减少0.30万元") == [("R-REASON-DIRECTION", "公务接待费支出减少", "公务接待费支出持平")]


# --- a two-sided summary table whose 总计 both sides agree on, one line of its 支出 side off: where the other line is
# a total adding up with its own lines (本年支出合计 of the 类 above it), the one line left is what is off ----------

def _summary(closing: str) -> Block:
    rows = [["收入", "", "支出", ""], ["项目", "决算数", "项目", "决算数"],
            ["一、一般公共预算财政拨款收入", "120.00", "一、卫生健康支出", "300.00"],
            ["五、事业收入", "412.50", "二、住房保障支出", "200.00"],
            ["本年收入合计", "532.50", "本年支出合计", "500.00"],
            ["年初结转和结余", "140.00", "年末结转和结余", closing],
            ["总计", "672.50", "总计", "672.50"]]
    caption = "收入支出决算总表 单位：万元"
    return Block("\n".join("\t".join(r) for r in rows), "第2个表格", rows, index=2, title=caption, caption=caption)


def test_the_one_line_of_a_summary_side_left_where_its_subtotal_adds_up():
    text = "上海市某区某站2024年度部门决算\n第三部分 上海市某区某站2024年度部门决算情况说明\n三、支出决算情况说明\n" \
           "本年支出合计500.00万元，其中：基本支出400.00万元，占80.00%；项目支出100.00万元，占20.00%。"
    blocks = [Block(p, f"第{n}段", index=n) for n, p in enumerate(text.splitlines())]
    found = [(f.quote, f.expected) for f in review_blocks([*blocks[:2], _summary("140.00"), *blocks[2:]])
             if f.code == "R-TABLE-SUM"]
    assert found == [("年末结转和结余：140.00", "172.50")]
    assert not [f for f in review_blocks([*blocks[:2], _summary("172.50"), *blocks[2:]]) if f.code == "R-TABLE-SUM"]


# --- a completion rate whose sentence states only the budget, the 决算 said a sentence before as 「支出总计」 ---------

_RATE = ("上海市某区某站2024年度部门决算\n第三部分 上海市某区某站2024年度部门决算情况说明\n"
         "四、财政拨款收入支出决算总体情况说明\n"
         "2024年度财政拨款收入总计380.40万元，支出总计380.40万元。与2023年度相比，财政拨款收入、支出总计各增加"
         "12.00万元，增长3.26%。\n财政拨款支出年初预算数400.00万元，完成年初预算的{rate}，主要原因是项目结余。\n")


def test_a_rate_of_the_budget_in_its_sentence_and_the_total_spent_before():
    found = [(f.code, f.figure, f.expected) for f in review_text(_RATE.format(rate="105.15%"))
             if f.level.value in ("错误", "警告")]
    assert found == [("R-RATE", "105.15%", "95.10%")]  # 400.00 ÷ 380.40 inverted
    assert not [f for f in review_text(_RATE.format(rate="95.10%")) if f.level.value in ("错误", "警告")]


# --- a 项 written with a code that names another 项, the unit's tables holding one row of the written name: the
# code is the slip ---------------------------------------------------------------------------------------------

def test_a_code_written_with_an_item_that_names_another_item():
    from tests.test_review_model import ITEM_3, document

    def coded(code: str) -> list[tuple[str, str]]:
        blocks = [Block(b.text.replace(ITEM_3[:ITEM_3.index("。")], f"3、（{code}）住房公积金"), b.place,
                        b.rows, index=b.index, title=b.title, caption=b.caption) if not b.is_table else b
                  for b in document()]
        assert any(f"（{code}）住房公积金" in b.text for b in blocks)
        return [(f.figure, f.expected) for f in review_blocks(blocks) if f.code == "R-CODE-NAME"]

    assert coded("2210203") == [("2210203", "2210201")]  # 2210203 is 购房补贴
    assert coded("2210201") == []
