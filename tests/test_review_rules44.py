"""Session 15 (rev44): habits of a 文旅局's 决算 read right — the year compared with named once (「比2023年度（下同）」)
and changes said bare after it, in 「增支/减支」; a sentence that opens on its change, its subject the sentence
before; 「决算数与预算数无增减变化」 for 持平; a part's amount in 元 typed under 万元; and the scorer taking an
error's context from the paragraph of the finding's quote. Figures and wording of our own."""
from __future__ import annotations

from dataclasses import dataclass

from juesuan.core.findings import Level
from juesuan.review import review_text
from tests.review_corpus import Error, Passage, Score, matches, score


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.figure, f.expected) for f in review_text(text) if f.level != Level.INFO]


_HEAD = "上海市某区某局2024年度部门决算\n"


# --- a sentence that opens on its change: the one amount of the sentence before is its subject ----------------

def test_a_change_opening_its_sentence_is_of_the_amount_before():
    text = _HEAD + ("（一）一般公共预算财政拨款支出决算总体情况\n一般公共预算财政拨款支出2,460.00万元，占本年支出合计的"
                    "88.20%。{w}410.00万元，增长20.00%。主要原因：同上。")
    # 410 ÷ (2,460 − 410) = 20.00%: an increase — the word before the amount is the wrong one
    assert _found(text.format(w="减少")) == [("R-DIRECTION", "减少410.00万元", "增加410.00万元")]
    assert _found(text.format(w="减支")) == [("R-DIRECTION", "减支410.00万元", "增支410.00万元")]
    assert _found(text.format(w="增支")) == []
    assert _found(text.format(w="增加")) == []


# --- 增支/减支 after a line's name, no 比 before it: a change ----------------------------------------------------

def test_bare_spending_words_after_a_line_are_signed_changes():
    text = _HEAD + ("七、财政拨款“三公”经费支出决算情况说明\n2024年度“三公”经费财政拨款支出决算数增支12.30万元，增长"
                    "120.59%，其中：因公出国（境）费支出决算增支13.00万元（上年无此项支出）；公务用车购置及运行维护费"
                    "支出决算减支0.50万元，下降8.33%；公务接待费支出决算减支0.20万元，下降{r}%。")
    assert _found(text.format(r="12.50")) == []  # 13.00 − 0.50 − 0.20 = 12.30: the parts add up signed
    wrong = text.replace("增支12.30万元，增长120.59%", "增支13.70万元，增长134.31%")
    assert [c for c, _, _ in _found(wrong.format(r="12.50"))] == ["R-SUM"]


# --- 「决算数与预算数无增减变化」 is 持平: against the figures ------------------------------------------------------

def test_no_change_against_the_budget_said_in_other_words():
    item = ("（三）一般公共预算财政拨款支出决算具体情况\n1、文化旅游体育与传媒支出（类）文物（款）文物保护（项）。"
            "主要用于：文物日常养护。年初预算为820.00万元，支出决算为{fin}万元，完成年初预算的{r}%，"
            "决算数与预算数{said}。")
    for said in ("无增减变化", "无变化", "一致"):
        assert _found(_HEAD + item.format(fin="820.00", r="100.00", said=said)) == []
        assert _found(_HEAD + item.format(fin="801.30", r="97.72", said=said)) == [
            ("R-DIRECTION", f"决算数与预算数{said}", "决算数小于预算数")]


# --- an amount in 元 typed under 万元 among parts in 万元 ----------------------------------------------------------

def test_a_part_in_yuan_under_wan_is_the_unit_slip_not_the_total():
    text = _HEAD + ("（二）政府采购支出情况\n本局2024年度政府采购金额为512.60万元，其中：货物采购金额"
                    "{g}、工程采购金额100.00万元、服务采购金额370.10万元。")
    assert _found(text.format(g="42.50万元")) == []
    assert _found(text.format(g="425,000.00万元")) == [("R-UNIT-MISSING", "425,000.00万元", "42.50万元")]
    # a part merely too large is no unit slip: the total is questioned as before; nor a number that read in 元 would
    # be under 1万元 (its slip would not show in the sum)
    assert [c for c, _, _ in _found(text.format(g="52.50万元"))] == ["R-SUM"]
    small = _HEAD + ("“三公”经费支出预算为20.40万元，其中：因公出国（境）费0万元，公务接待费20.40万元，"
                     "公务用车费48万元。")
    assert "R-UNIT-MISSING" not in [c for c, _, _ in _found(small)]


# --- the scorer: an error's context in the paragraph of the finding's quote ------------------------------------

@dataclass
class _F:
    figure: str
    expected: str
    quote: str
    code: str = "R-X"
    message: str = ""

    @property
    def level(self):
        return Level.ERROR


def test_context_in_the_paragraph_that_holds_the_quote():
    text = ("4、文化和旅游（款）交流与合作（项）。主要用于：推介。年初预算为0.00万元，支出决算为20.00万元，"
            "完成年初预算的100.00%。\n5、文化和旅游（款）市场管理（项）。主要用于：执法。年初预算为30.00万元，"
            "支出决算为30.00万元，完成年初预算的100.00%。")
    e = Error("100.00%", "zero-base", "x", "不适用（年初预算为0）", context="交流与合作（项）")
    here = _F("100.00%", "删去", "年初预算为0.00万元，支出决算为20.00万元，完成年初预算的100.00%。")
    there = _F("100.00%", "删去", "年初预算为30.00万元，支出决算为30.00万元，完成年初预算的100.00%。")
    assert not matches(here, e)  # the quote alone does not hold the context
    assert matches(here, e, text) and not matches(there, e, text)
    p = Passage("x", "t", "s", 2024, "决算", "whole document", False, False, text, (e,))
    s = Score()
    score(p, [here, there], s)
    assert (s.found, s.false_alarms) == (1, 1)
