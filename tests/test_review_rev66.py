"""rev66: what the opened documents of 上海市鹭洲区 (区府办, 区侨联) showed, each class at the rule that owns it;
shapes of our own (names and figures not the stand-ins')."""

from __future__ import annotations

from juesuan.core.findings import Level
from juesuan.review import review_blocks, review_text
from juesuan.review.blocks import Block

TITLE = "上海市某区某委员会2024年度部门决算\n"


def _alarms(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.figure, f.expected) for f in review_text(TITLE + text) if f.level != Level.INFO]


def test_pre_and_final_flat_shorthand_against_the_items_figures():
    """「预决算持平」 (预算 and 决算 said together) after a 项's 年初预算 and 支出决算 that differ: the one
    budget-words verdict (disclosure.budget_word) reads it as 「决算数与预算数持平」, and 原文数字 is those words
    (spans._compared) (before: not read at all)."""
    item = ("3.教育支出（类）普通教育（款）小学教育（项）：年初预算80.00万元，支出决算{}万元，完成年初预算的{}。"
            "主要用于校舍日常维修。预决算{}。")
    assert _alarms(item.format("72.40", "90.5%", "持平")) == [("R-DIRECTION", "预决算持平", "决算小于预算")]
    assert _alarms(item.format("80.00", "100.0%", "持平")) == []
    assert _alarms(item.format("80.00", "100.0%", "基本持平")) == []
    assert _alarms(item.format("72.40", "90.5%", "基本一致")) == [("R-DIRECTION", "预决算基本一致", "决算小于预算")]
    assert _alarms(item.format("86.10", "107.6%", "持平")) == [("R-DIRECTION", "预决算持平", "决算大于预算")]


def _t7_review(cells: list[str], text: str) -> list:
    texts = [TITLE.strip(), "七、财政拨款“三公”经费支出决算情况说明", text]
    blocks = [Block(t, f"第{n}段", index=n) for n, t in enumerate(texts, 1)]
    blocks.append(Block("\t".join(cells), "第1个表格", [cells], title="财政拨款“三公”经费支出决算表",
                        caption="财政拨款“三公”经费支出决算表 单位：万元"))
    return review_blocks(blocks)


def _with_t7(cells: list[str], text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.figure, f.expected) for f in _t7_review(cells, text) if f.level != Level.INFO]


def test_a_sangong_items_rate_against_its_budget_in_the_table():
    """「公务用车购置及运行维护费支出决算A万元，完成预算的R%」 with the item's 预算 written only in the 三公 table:
    R against A ÷ that 预算 (before: no budget in the clause, the rate not read; R here is A ÷ the 三公 total's
    预算, the slip a hand makes)."""
    cells = ["20.00", "16.30", "0.00", "0.00", "15.00", "12.90", "0.00", "0.00", "15.00", "12.90", "5.00", "3.40"]
    text = ("本委2024年度“三公”经费财政拨款支出年初预算为20.00万元，支出决算为16.30万元，完成年初预算的81.50%。"
            "其中：因公出国（境）费年初预算和支出决算均为0.00万元；公务用车购置及运行维护费支出决算12.90万元，完成预算的{}；"
            "公务接待费支出决算3.40万元，完成预算的{}。")
    assert _with_t7(cells, text.format("86.00%", "68.00%")) == []
    assert _with_t7(cells, text.format("64.50%", "68.00%")) == [("R-RATE", "64.50%", "86.00%")]
    assert _with_t7(cells, text.format("86.00%", "17.00%")) == [("R-RATE", "17.00%", "68.00%")]
    # the base the slip took, named as the text names it (rate_words.base_taken: without the unit and year)
    rate = next(f for f in _t7_review(cells, text.format("64.50%", "68.00%")) if f.code == "R-RATE")
    assert "（64.50%是除以“三公”经费财政拨款支出年初预算20.00万元）" in rate.message
    # the 决算 not the table's: the amount is what is off (R-TEXT-TABLE), its rate not read against the table
    assert [x[0] for x in _with_t7(cells, text.format("86.00%", "68.00%").replace("12.90万元", "12.60万元"))] == \
        ["R-TEXT-TABLE"]


_T5_ROWS = [["201", "一般公共服务支出", "1,100.00", "400.00", "700.00"],
            ["20106", "财政事务", "1,100.00", "400.00", "700.00"],
            ["2010601", "行政运行", "400.00", "400.00", "0.00"],
            ["2010602", "一般行政管理事务", "260.00", "0.00", "260.00"],
            ["2010607", "信息化建设", "440.00", "0.00", "440.00"],
            ["", "合计", "1,100.00", "400.00", "700.00"]]


def _with_t5(paragraphs: list[str]) -> list[tuple[str, str, str]]:
    texts = [TITLE.strip(), "五、一般公共预算财政拨款支出决算情况说明", "（三）一般公共预算财政拨款支出决算具体情况",
             *paragraphs]
    blocks = [Block(t, f"第{n}段", index=n) for n, t in enumerate(texts, 1)]
    rows = [["科目编码", "科目名称", "合计", "基本支出", "项目支出"], *_T5_ROWS]
    blocks.append(Block("\n".join("\t".join(r) for r in rows), "第1个表格", rows,
                        title="一般公共预算财政拨款支出决算表", caption="一般公共预算财政拨款支出决算表 单位：万元"))
    return [(f.code, f.figure, f.expected) for f in review_blocks(blocks) if f.level != Level.INFO]


_ITEMS = ["1.一般公共服务支出（类）财政事务（款）",
          "（1）行政运行（2010601）：决算400.00万元（基本支出），主要用于机关日常运转。",
          "（2）一般行政管理事务（{code}）：决算260.00万元（{kind}），主要用于财政监督检查。",
          "（3）信息化建设（2010607）：决算440.00万元（项目支出），主要用于财政信息系统运维。"]


def test_an_item_named_with_its_code_after_the_name():
    """「（2）一般行政管理事务（2010602）：决算…」: a 项 led by its name, its code in brackets after it, is an item of
    the document model (subjects.CODED_AFTER, as a code-led one): a code that is another 项's is R-CODE-NAME
    (rule_item_codes; before: not read as a 项 at all)."""
    items = [p.format(code="2010602", kind="项目支出") for p in _ITEMS]
    assert _with_t5(items) == []
    items[2] = _ITEMS[2].format(code="2010607", kind="项目支出")
    assert _with_t5(items) == [("R-CODE-NAME", "2010607", "2010602")]


def test_an_items_amount_tagged_with_the_kind_of_spending_the_table_lacks():
    """「决算260.00万元（基本支出）」 of a 项 whose row has 项目支出 only: the tag is the word the table refutes
    (basic_items, the one rule for that word; before: not read)."""
    items = [p.format(code="2010602", kind="基本支出") for p in _ITEMS]
    assert _with_t5(items) == [("R-TEXT-TABLE", "基本支出", "项目支出")]
    items = [p.format(code="2010602", kind="项目支出") for p in _ITEMS]
    items[1] = items[1].replace("（基本支出）", "（项目支出）")
    assert _with_t5(items) == [("R-TEXT-TABLE", "项目支出", "基本支出")]


_TOTALS = ("一、收入支出决算总体情况说明\n"
           "上海市某区某委员会2024年度收入总计2,486.30万元，支出总计2,486.30万元。与2023年度相比，{who}同比增加{c}万元，"
           "增长{r}%。主要原因是人员经费标准调整。\n")


def test_a_change_of_the_two_totals_said_together_after_them():
    """「收入总计A，支出总计A。与2023年度相比，收、支总计同比增加C，增长R%」: the change of both totals (one
    amount) stated the sentence before, read as stated_rates reads a subject's 决算 there: R against C ÷ (A − C), and
    a change one digit off the rate's is the slip (change_slips; before: no amount for 「收、支总计」)."""
    for who in ("收、支总计", "收支总计", "收入、支出总计"):
        assert _alarms(_TOTALS.format(who=who, c="312.40", r="14.37")) == []
        assert _alarms(_TOTALS.format(who=who, c="312.40", r="16.37")) == [("R-PERCENT", "16.37%", "14.37%")]
        assert _alarms(_TOTALS.format(who=who, c="412.40", r="14.37")) == [("R-DIFF", "412.40万元", "312.40万元")]
    # the two totals not one amount: which the change is of is not known
    apart = _TOTALS.format(who="收、支总计", c="312.40", r="16.37").replace("支出总计2,486.30", "支出总计2,400.00")
    assert _alarms(apart) == []
