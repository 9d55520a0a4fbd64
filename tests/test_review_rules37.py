"""Session 14 (rev37): habits of a 卫健委's 决算 read right — a 项 paragraph whose 决算 is split by a 「其中：」 of its
own and whose kind is said in a sentence of its own (「该项均为基本支出」), the “三公” total in the sentence that
compares it with last year, and a change whose rate tells that both its words are the wrong way round. Figures and
wording of our own."""
from __future__ import annotations

from juesuan.core.findings import Level
from juesuan.review import review_blocks
from juesuan.review.extract import Block


def _para(text: str, i: int) -> Block:
    return Block(text, f"第{i}段", index=i)


def _table(rows: list[list[str]], caption: str, i: int) -> Block:
    return Block("\n".join("\t".join(r) for r in rows), f"第{i}个表格", rows, index=i, title=caption, caption=caption)


def _found(blocks: list[Block]) -> list[tuple[str, str, str]]:
    return [(f.code, f.figure, f.expected) for f in review_blocks(blocks) if f.level != Level.INFO]


def _all(blocks: list[Block]) -> list[tuple[str, str, str]]:
    return [(f.code, f.figure, f.expected) for f in review_blocks(blocks)]


TITLE = "上海市某区某局2024年度部门决算"

# --- the “三公” total in a sentence that goes on to compare it with last year ----------------------------------

_T7_ROWS = [["合计", "", "因公出国（境）费", "", "公务用车购置及运行维护费", "", "", "", "", "", "公务接待费", ""],
            ["", "", "", "", "小计", "", "公务用车购置费", "", "公务用车运行维护费", "", "", ""],
            ["预算数", "决算数"] * 6,
            ["36.00", "31.60", "0.00", "0.00", "33.00", "29.10", "20.00", "18.40", "13.00", "10.70", "3.00", "2.50"]]


def _sangong(total: str) -> list[Block]:
    return [_para(TITLE, 0), _table(_T7_ROWS, "财政拨款“三公”经费支出决算表 单位：万元", 1),
            _para("七、财政拨款“三公”经费支出决算情况说明", 2),
            _para(f"2024年度“三公”经费财政拨款支出预算为36.00万元，支出决算为{total}，完成预算87.78%，较上年决算数"
                  "增加20.10万元，增长174.78%。", 3)]


def test_the_sangong_total_before_a_comparison_is_this_years():
    """「…支出决算为A万元，较上年决算数增加C万元」: A is this year's 决算, read against 公开07 (last year's 11.50 typed
    for it is wrong); the direction a negative base would give is that slip's consequence, not a finding of its
    own."""
    assert _found(_sangong("31.60万元")) == []
    assert _found(_sangong("11.50万元")) == [("R-TEXT-TABLE", "11.50万元", "31.60万元")]


# --- a 项 paragraph with a 「其中：」 of its own ----------------------------------------------------------------

_T5 = [["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
       ["210", "卫生健康支出", "1,000.00", "700.00", "300.00"],
       ["21001", "卫生健康管理事务", "460.00", "400.00", "60.00"],
       ["2100101", "行政运行", "400.00", "400.00", "0.00"],
       ["2100102", "一般行政管理事务", "60.00", "0.00", "60.00"],
       ["21003", "基层医疗卫生机构", "540.00", "300.00", "240.00"],
       ["2100301", "城市社区卫生机构", "540.00", "300.00", "240.00"],
       ["", "合计", "1,000.00", "700.00", "300.00"]]


def _items(kind: str = "项目支出", budget: str = "1,030.00") -> list[Block]:
    texts = [
        TITLE,
        "三、支出决算情况说明",
        "2024年度本年支出合计1,000.00万元，其中：基本支出700.00万元，占70.00%；项目支出300.00万元，占30.00%。",
        "五、一般公共预算财政拨款支出决算情况说明",
        "（三）一般公共预算财政拨款支出决算具体情况",
        f"2024年度一般公共预算财政拨款支出年初预算为{budget}万元，支出决算为1,000.00万元，完成预算97.09%。其中：",
        "1.卫生健康支出（类）卫生健康管理事务（款）行政运行（项）：年初预算为410.00万元，支出决算为400.00万元，"
        "完成预算97.56%，决算数小于预算数的主要原因是人员减少。该项均为基本支出，主要用于机关日常运转。",
        "2.卫生健康支出（类）卫生健康管理事务（款）一般行政管理事务（项）：年初预算为70.00万元，支出决算为60.00万元，"
        f"完成预算85.71%，决算数小于预算数的主要原因是采购节约。该项均为{kind}，主要用于行业监管。",
        "3.卫生健康支出（类）基层医疗卫生机构（款）城市社区卫生机构（项）：年初预算为550.00万元，支出决算为540.00万元，"
        "完成预算98.18%，决算数小于预算数的主要原因是按实结算。其中：基本支出300.00万元，项目支出240.00万元，"
        "主要用于社区卫生服务中心人员经费和家庭医生签约服务。",
        "六、一般公共预算财政拨款基本支出决算情况说明",
    ]
    return [*(_para(t, i) for i, t in enumerate(texts)), _table(_T5, "一般公共预算财政拨款支出决算表 单位：万元", 20)]


def test_a_items_own_list_is_that_items():
    """「3.…（项）：…。其中：基本支出a万元，项目支出b万元」: the 项's 基本支出 and 项目支出, not the 部门's said in 三
    (no R-SAME); and the 项 list of 五（三） goes on past it (the 年初预算 adds up over all three 项: no 提示)."""
    assert _all(_items()) == []


def test_the_items_list_past_its_own_list_still_adds_up():
    """The same list with the 年初预算 total wrong: the sum over all three 项 (1,030.00) is found, not the first
    two's."""
    found = _all(_items(budget="1,300.00"))
    assert [(c, e) for c, _, e in found if c == "R-SUM"] == [("R-SUM", "1,030.00万元")]


def test_the_kind_said_of_an_item_in_a_sentence_of_its_own():
    """「…（项）：年初预算为A…。该项均为基本支出，主要用于…」 of a row with 项目支出 only: the word is wrong."""
    assert _found(_items(kind="基本支出")) == [("R-TEXT-TABLE", "该项均为基本支出", "该项均为项目支出")]


# --- a change whose rate is the other direction's ------------------------------------------------------------

def _change(words: str) -> list[tuple[str, str, str]]:
    return _found([_para(TITLE, 0), _para("十一、其他重要事项的情况说明", 1), _para("（一）机关运行经费支出情况", 2),
                   _para(f"2024年度本部门机关运行经费支出250.00万元，较上年决算数{words}。", 3)])


def test_a_change_whose_rate_is_the_other_directions():
    """「增加20.00万元，增长7.41%」 of 250.00: 20 ÷ 270 is 7.41% (a decrease from 270.00), 20 ÷ 230 is 8.70% — both
    words are the wrong way round, said at the amount's; a rate that fits the words, or fits neither way, is no such
    slip."""
    assert _change("增加20.00万元，增长7.41%") == [("R-DIRECTION", "增加20.00万元", "减少20.00万元，下降7.41%")]
    assert _change("减少20.00万元，下降8.70%") == [("R-DIRECTION", "减少20.00万元", "增加20.00万元，增长8.70%")]
    assert _change("增加20.00万元，增长8.70%") == []
    assert _change("增加20.00万元，增长8.00%") == [("R-PERCENT", "8.00%", "8.70%")]
    # the reason right after says the written way: the rate is the slip, not the words
    assert _change("增加20.00万元，增长7.41%，主要原因是业务量增加") == [("R-PERCENT", "7.41%", "8.70%")]
