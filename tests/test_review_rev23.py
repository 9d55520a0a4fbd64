"""Session 11 (rev23): classes of songlan-shichang's false alarms and miss, each in figures of our own."""
from __future__ import annotations

from juesuan.review import review_text


def _all(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.figure, f.expected) for f in review_text(text) if f.level.value != "提示"]


# --- a document that writes its percents with 「％」 as its habit: a house style, not a slip per figure ------------

_PERCENTS = ("三、支出决算情况说明\n本年支出合计1,200.00万元，其中：基本支出900.00万元，占75.00{a}；项目支出300.00"
             "万元，占25.00{b}。\n四、财政拨款支出\n财政拨款支出1,000.00万元，占本年支出合计的83.33{c}。")


def test_percents_written_with_the_full_width_sign_throughout_are_the_house_style():
    assert _all(_PERCENTS.format(a="％", b="％", c="％")) == []


def test_a_full_width_percent_sign_among_half_width_ones_is_still_a_slip():
    assert _all(_PERCENTS.format(a="%", b="％", c="%")) == [("R-FORMAT-WIDTH", "25.00％", "25.00%")]


def test_a_full_width_comma_inside_an_amount_is_a_slip_whatever_the_percent_sign():
    text = _PERCENTS.format(a="％", b="％", c="％").replace("1,000.00万元", "1，000.00万元")
    assert _all(text) == [("R-FORMAT-WIDTH", "1，000.00万元", "1,000.00万元")]


# --- a 项 named by its code: 「（2210201）住房公积金：主要用于…医疗保险…」 --------------------------------------------

_ITEMS = ("（三）一般公共预算财政拨款支出决算具体情况\n（2101101）行政单位医疗：主要用于在职人员基本医疗保险缴费。年初"
          "预算80.00万元，支出决算80.00万元，决算数与预算数持平。\n（2210201）住房公积金：主要用于按规定为在职职工{use}。"
          "年初预算120.00万元，支出决算120.00万元，决算数与预算数持平。")


def test_a_coded_items_purpose_naming_another_items_matter():
    assert _all(_ITEMS.format(use="缴存的住房公积金单位缴存部分")) == []
    found = _all(_ITEMS.format(use="缴纳的职工基本医疗保险单位缴费部分"))
    assert [c for c, _, _ in found] == ["R-PURPOSE"]
