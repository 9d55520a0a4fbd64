"""rev56 (zhuyu-jiedao-2024 opened): a 类 named without the 支出 that closes its name (「一般公共服务（类）…（款）…
（项）」); a rate that is the change on this year's amount (the base taken wrong) blamed, not the change it would
make one digit off; a count left as the template's placeholder in a 其中 list given what its total leaves it."""

from __future__ import annotations

from juesuan.core.findings import Level
from juesuan.review import review_blocks, review_text
from juesuan.review.extract import Block, read_text

_HEAD = "上海市某区某街道办事处2024年度部门决算\n第三部分 上海市某区某街道办事处2024年度部门决算情况说明\n"


def _found(text: str, *tables: Block) -> list[tuple[str, str, str]]:
    blocks = read_text(text)
    blocks.extend(tables)
    return [(f.code, f.figure, f.expected) for f in review_blocks(blocks) if f.level != Level.INFO]


def _t5() -> Block:
    rows = [["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
            ["", "合计", "380.00", "200.00", "180.00"],
            ["201", "一般公共服务支出", "200.00", "200.00", "0.00"],
            ["20103", "政府办公厅（室）及相关机构事务", "200.00", "200.00", "0.00"],
            ["2010301", "行政运行", "200.00", "200.00", "0.00"],
            ["212", "城乡社区支出", "180.00", "0.00", "180.00"],
            ["21205", "城乡社区环境卫生", "180.00", "0.00", "180.00"],
            ["2120501", "城乡社区环境卫生", "180.00", "0.00", "180.00"]]
    return Block("", "公开05", rows, title="单位：万元", caption="一般公共预算财政拨款支出决算表 单位：万元")


_ITEMS = ("五、一般公共预算财政拨款支出决算情况说明\n（三）一般公共预算财政拨款支出决算具体情况\n"
          "1.一般公共服务（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。年初预算为210.00万元，"
          "支出决算为200.00万元，完成年初预算的95.24%。决算数小于年初预算数的主要原因是压减一般性支出。\n"
          "2.城乡社区（类）城乡社区环境卫生（款）城乡社区环境卫生（项）。年初预算为180.00万元，"
          "支出决算为180.00万元，完成年初预算的100.00%。\n")


def test_a_class_named_without_its_closing_spending_word_is_its_name():
    assert [c for c, _, _ in _found(_ITEMS, _t5())] == []


def test_a_wrong_name_beside_a_class_named_so_is_still_found():
    wrong = _ITEMS.replace("（款）行政运行（项）", "（款）一般行政管理事务（项）")
    assert ("R-CODE-NAME", "一般行政管理事务（项）", "行政运行（项）") in _found(wrong, _t5())
    other = _ITEMS.replace("2.城乡社区（类）", "2.农林水（类）")
    assert [(c, f) for c, f, _ in _found(other, _t5()) if c == "R-CODE-NAME"] == [("R-CODE-NAME", "农林水（类）")]


_RUNNING = ("十一、其他重要事项的情况说明\n（一）机关运行经费支出情况\n2024年度某街道机关运行经费支出{a}万元，"
            "比2023年度减少{c}万元，降低{r}。主要原因是压减办公用品支出。")


def _codes(text: str, code: str) -> list[tuple[str, str]]:
    return [(f.figure, f.expected) for f in review_text(_HEAD + text) if f.code == code]


def test_a_rate_on_this_years_amount_is_the_slip_not_the_change_one_digit_off():
    # 35.84 ÷ 512.36 = 7.00%: the base taken wrong; 7.00% on last year's would be a change of 38.54 (one swap off)
    text = _RUNNING.format(a="512.36", c="35.84", r="7.00%")
    assert _codes(text, "R-DIFF") == []
    assert _codes(text, "R-PERCENT") == [("7.00%", "6.54%")]


def test_a_change_one_digit_off_its_rate_is_still_the_slip():
    # 83.54 ÷ 512.36 = 16.30%, not 7.00%: nothing says the base was taken wrong — the change slipped (38.54)
    assert _codes(_RUNNING.format(a="512.36", c="83.54", r="7.00%"), "R-DIFF") == [("83.54万元", "38.54万元")]


_GRADES = ("一、收入支出决算总体情况说明\n2024年度某街道收入总计1500.00万元、支出总计1500.00万元，与2023年度相比，"
           "收、支总计各增加100.00万元，增长7.14%。\n十、预算绩效管理情况\n某街道2024年度绩效自评的项目{n}个，涉及预算金额1200.00万元，平均得分91.5分（其中，绩效评级为"
           "“优”的项目5个；绩效评级为“良”的项目2个；绩效评级为“合格”的项目{x}个；绩效评级为“不合格”的项目0个）。")


def test_a_count_left_as_the_template_placeholder_is_what_its_total_leaves_it():
    found = [f for f in review_text(_HEAD + _GRADES.format(n="8", x="XX")) if f.code == "R-TEMPLATE"]
    assert [(f.figure, f.expected) for f in found] == [("XX个", "1个")]
    assert "8个（总数） − 5个 − 2个 − 0个 = 1个" in found[0].why
    # the others more than the total: no count to give
    assert [f.expected for f in review_text(_HEAD + _GRADES.format(n="6", x="XX")) if f.code == "R-TEMPLATE"] == [""]
