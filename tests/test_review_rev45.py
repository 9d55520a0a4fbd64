"""rev45 (xingpu-fuyou-2024 opened): a closing balance compared with its opening one that the tables state
(「年末结转和结余A，比年初增加C」); a two-sided 总表 whose 总计 both sides confirm blames the part the text
corrects; a 项 paragraph's later sentences quoted from its opening name."""

from __future__ import annotations

from juesuan.review import review_blocks
from juesuan.review.extract import Block

_TITLE = "上海市某区某医院2024年度部门决算\n第三部分 上海市某区某医院2024年度部门决算情况说明\n"


def _summary(closing: str = "160.00") -> Block:
    rows = [["收入", "", "支出", ""], ["项目", "决算数", "项目", "决算数"],
            ["一、一般公共预算财政拨款收入", "120.00", "一、卫生健康支出", "500.00"],
            ["五、事业收入", "400.00", "", ""],
            ["本年收入合计", "520.00", "本年支出合计", "500.00"],
            ["年初结转和结余", "140.00", "年末结转和结余", closing],
            ["总计", "660.00", "总计", "660.00"]]
    caption = "收入支出决算总表 单位：万元"
    return Block("\n".join("\t".join(r) for r in rows), "第2个表格", rows, index=2, title=caption, caption=caption)


def _review(text: str, table: Block) -> list:
    paragraphs = [p for p in (_TITLE + text).splitlines() if p]
    blocks = [Block(p, f"第{n}段", index=n) for n, p in enumerate(paragraphs)]
    return review_blocks([*blocks[:2], table, *blocks[2:]])


def test_a_closing_balance_compared_with_the_opening_one_of_the_summary_table():
    text = ("三、支出决算情况说明\n本年支出合计500.00万元，其中：基本支出400.00万元，占80.00%；项目支出100.00万元，"
            "占20.00%。年末结转和结余160.00万元，比年初增加{c}万元。")
    found = [f for f in _review(text.format(c="26.00"), _summary()) if f.code == "R-DIFF"]
    assert [(f.figure, f.expected) for f in found] == [("26.00万元", "20.00万元")]
    assert "140.00" in found[0].why
    assert not [f for f in _review(text.format(c="20.00"), _summary()) if f.code == "R-DIFF"]
    assert found[0].why.endswith("（年初结转和结余为140.00万元，见收入支出决算总表）"), found[0].why
    # the text's own opening balance before it is the base, not the table's
    said = text.replace("三、支出决算情况说明\n", "三、支出决算情况说明\n年初结转和结余150.00万元。")
    assert [(f.figure, f.expected) for f in _review(said.format(c="20.00"), _summary()) if f.code == "R-DIFF"] \
        == [("20.00万元", "10.00万元")]


def test_a_summary_total_both_sides_hold_blames_the_line_the_text_corrects():
    text = "三、支出决算情况说明\n本年支出合计500.00万元，年末结转和结余160.00万元。"
    found = [f for f in _review(text, _summary("140.00")) if f.code == "R-TABLE-SUM"]
    assert [(f.quote, f.expected) for f in found] == [("年末结转和结余：140.00", "160.00")]
    assert "收入方的“总计”" in found[0].message and "正文亦为此数" in found[0].message
    # one slip of the pen away, the text silent: that line
    found = [f for f in _review("三、支出决算情况说明\n本年支出合计500.00万元。", _summary("106.00"))
             if f.code == "R-TABLE-SUM"]
    assert [(f.quote, f.expected) for f in found] == [("年末结转和结余：106.00", "160.00")]
    # neither: the total's row, no 应为 (the total holds)
    found = [f for f in _review("三、支出决算情况说明\n本年支出合计500.00万元。", _summary("120.00"))
             if f.code == "R-TABLE-SUM"]
    assert [(f.quote.split("：")[0], f.expected) for f in found] == [("总计", "")]



def test_a_later_sentence_of_an_item_paragraph_is_quoted_from_its_name():
    from juesuan.review import review_text

    name = "2、教育支出（类）普通教育（款）学前教育（项）。"
    item = (name + "主要用于：幼儿园日常运转。年初预算为200.00万元，支出决算为150.00万元，完成年初预算的57.00%。"
            "决算数大于（小于）预算数的主要原因：按进度支付。")
    text = ("某区某幼儿园2024年度部门决算\n第三部分 某区某幼儿园2024年度部门决算情况说明\n"
            "五、一般公共预算财政拨款支出决算情况说明\n（三）一般公共预算财政拨款支出决算具体情况\n" + item + "\n")
    found = {f.code: f for f in review_text(text)}
    assert found["R-RATE"].expected == "75.00%" and found["R-RATE"].quote.startswith(name)
    assert found["R-TEMPLATE"].expected == "小于" and found["R-TEMPLATE"].quote == item
    # a paragraph that names another 科目 before the sentence: quoted from the sentence
    other = item.replace("主要用于：", "同口径的其他教育支出（项）另列，主要用于：")
    found = {f.code: f for f in review_text(text.replace(item, other))}
    assert found["R-RATE"].quote.startswith("年初预算为")
