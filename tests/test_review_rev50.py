"""rev50: the classes yunchuan-renfang-2024's misses and false alarms showed (opened 2026-12-07), each in figures of
our own."""
from __future__ import annotations

from juesuan.review import review_blocks, review_text
from juesuan.review.extract import Block

TITLE = "上海市某某区测试办2024年度部门决算"
_HEAD = ("第三部分 上海市某某区测试办2024年度部门决算情况说明\n七、财政拨款“三公”经费支出决算情况说明\n"
         "（一）“三公”经费财政拨款支出决算总体情况说明\n")


def _alarms(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.figure, f.expected) for f in review_text(text) if f.level.value in ("错误", "警告")]


# --- a 项 named in a sentence of its own, its 基本/项目 split in a 「其中：」 after its amounts: the 项's parts -----

_ITEM = (TITLE + "\n第三部分 上海市某某区测试办2024年度部门决算情况说明\n三、支出决算情况说明\n"
         "本年支出合计500.00万元，其中：基本支出{basic}万元，占60%；项目支出200.00万元，占40%。\n"
         "五、一般公共预算财政拨款支出决算情况说明\n（三）一般公共预算财政拨款支出决算具体情况\n"
         "第1项：一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。年初预算为260.00万元，"
         "支出决算为250.00万元，完成年初预算的96.2%。其中：基本支出220.00万元，项目支出30.00万元。主要用于机关运转。\n")


def test_the_basic_and_project_parts_of_a_xiang_named_a_sentence_before():
    assert [f for f in _alarms(_ITEM.format(basic="300.00")) if f[0] == "R-SAME"] == []


# --- the 三公 table's 合计 off its items, the text stating the 合计 as printed and one item as the 合计 less the
# others: that item's cell is what is off --------------------------------------------------------------------------

_T7_TEXT = ("本办2024年度“三公”经费财政拨款支出决算为5.00万元。其中：公务用车购置及运行维护费支出4.40万元，"
            "公务接待费支出0.60万元。")


def _t7(cells: list[str], text: str = _T7_TEXT) -> list[tuple[str, str, str]]:
    texts = [TITLE, "七、财政拨款“三公”经费支出决算情况说明", text]
    blocks = [Block(t, f"第{n}段", index=n) for n, t in enumerate(texts, 1)]
    rows = [cells]
    blocks.append(Block("\t".join(cells), "第1个表格", rows, title="财政拨款“三公”经费支出决算表",
                        caption="财政拨款“三公”经费支出决算表 单位：万元"))
    return [(f.code, f.figure, f.expected) for f in review_blocks(blocks) if f.code == "R-TABLE-SUM"]


def test_the_item_of_the_sangong_table_the_text_contradicts_is_blamed_not_its_total():
    # 公务接待费 决算 typed as its 预算 (1.00 for 0.60)
    cells = ["6.00", "5.00", "0.00", "0.00", "5.00", "4.40", "0.00", "0.00", "5.00", "4.40", "1.00", "1.00"]
    assert _t7(cells) == [("R-TABLE-SUM", "1.00", "0.60")]
    # the text states no such item: the 合计 is blamed, as before
    assert _t7(cells, "本办2024年度“三公”经费财政拨款支出决算为5.00万元。") == [("R-TABLE-SUM", "5.00", "5.40")]


# --- an amount in 元 written with 「万元」 under a small total in 万元: the part is the total in 元 ----------------

def test_a_part_in_yuan_written_as_wan_under_a_small_total():
    text = (TITLE + "\n" + _HEAD + "公务接待费支出0.52万元，其中：国内公务接待支出5200.00万元（含外宾接待支出0万元），"
            "主要用于业务交流。\n")
    found = [f for f in _alarms(text) if f[0] in ("R-SUM", "R-UNIT-MISSING")]
    assert found == [("R-UNIT-MISSING", "5200.00万元", "0.52万元")]


# --- 「完成全年预算B万元的X%」: the rate of the budget it names, of the amount just before it ------------------------

_RATES = ("本办2024年度“三公”经费财政拨款支出决算为5.00万元，完成全年预算6.00万元的{total}，比上年决算数减少0.30万元，"
          "下降5.7%。其中：公务用车购置及运行维护费支出决算为4.00万元，完成全年预算5.00万元的80%，比上年决算数减少"
          "0.50万元，下降11.1%，其中：公务用车运行维护费支出决算为4.00万元，完成全年预算5.00万元的{car}，比上年决算数减少"
          "0.50万元，下降11.1%；公务接待费支出决算为1.00万元，完成全年预算1.00万元的100%，比上年决算数增加0.20万元，"
          "增长25%。")


def test_a_completion_rate_of_the_budget_named_before_it():
    assert [f for f in _alarms(TITLE + "\n" + _HEAD + _RATES.format(total="83.3%", car="80%") + "\n")
            if f[0] == "R-RATE"] == []
    found = _alarms(TITLE + "\n" + _HEAD + _RATES.format(total="73.3%", car="66.7%") + "\n")
    assert sorted(f for f in found if f[0] == "R-RATE") == [("R-RATE", "66.7%", "80.0%"),
                                                                ("R-RATE", "73.3%", "83.3%")]


# --- 「增长--（基数为0，不可比）」 where this year's amount is more than the rise: last year was not 0 --------------

def test_a_rate_left_out_as_of_a_zero_base_that_is_not_zero():
    line = "公务接待费支出决算为{now}万元，比上年决算数增加0.20万元，增长--（基数为0，不可比）。"
    found = [f for f in _alarms(TITLE + "\n" + _HEAD + line.format(now="1.00") + "\n") if f[0] == "R-PERCENT"]
    assert found == [("R-PERCENT", "增长--（基数为0，不可比）", "增长25.00%")]  # no other rate: two decimals
    # last year 0: the words are right
    assert [f for f in _alarms(TITLE + "\n" + _HEAD + line.format(now="0.20") + "\n") if f[0] == "R-PERCENT"] == []


# --- 「完成全年预算0万元的0%」 of nothing spent: the template's blanks filled with zeros, no rate claimed ------------

def test_zero_percent_of_a_named_zero_budget_with_nothing_spent_is_no_alarm():
    text = (TITLE + "\n" + _HEAD
            + "其中：因公出国（境）费支出决算为0万元，完成全年预算0万元的{rate}，比上年决算数增加0万元。\n")
    assert [f for f in _alarms(text.format(rate="0%")) if f[0] == "R-RATE-ZERO"] == []
    assert [f[:2] for f in _alarms(text.format(rate="100%")) if f[0] == "R-RATE-ZERO"] == [("R-RATE-ZERO", "100%")]


def test_zero_percent_of_a_named_zero_budget_the_sangong_table_confirms_is_no_alarm():
    cells = ["6.00", "5.00", "0.00", "0.00", "5.00", "4.40", "0.00", "0.00", "5.00", "4.40", "1.00", "0.60"]
    said = ("本办2024年度“三公”经费财政拨款支出决算为5.00万元，完成全年预算6.00万元的83.3%。其中：因公出国（境）费支出"
            "决算为0万元，完成{budget}的0%；公务用车购置及运行维护费支出决算为4.40万元，完成全年预算5.00万元的88%；"
            "公务接待费支出决算为0.60万元，完成全年预算1.00万元的60%。")
    texts = [TITLE, "七、财政拨款“三公”经费支出决算情况说明"]

    def zero(budget: str) -> list[tuple[str, str]]:
        blocks = [Block(t, f"第{n}段", index=n) for n, t in enumerate([*texts, said.format(budget=budget)], 1)]
        blocks.append(Block("\t".join(cells), "第1个表格", [cells], title="财政拨款“三公”经费支出决算表",
                            caption="财政拨款“三公”经费支出决算表 单位：万元"))
        return [(f.code, f.figure) for f in review_blocks(blocks) if f.code == "R-RATE-ZERO"]

    assert zero("全年预算0万元") == []
    assert zero("预算") == [("R-RATE-ZERO", "0%")]  # 「完成预算的0%」 of a budget 公开07 shows as 0: a rate claimed
