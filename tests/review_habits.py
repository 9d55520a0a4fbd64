"""Typing habits real offices have, each applied document-wide to a document's text (its paragraphs, never its
tables, never a figure's value): what benchmarks/bench_review_habits.py applies to documents with no error in
them, where every alarm is false. One habit no earlier hand had once gave 25 false alarms in one document."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal

from juesuan.review.blocks import Block, Blocks, normalize

_FULL = str.maketrans("0123456789.", "０１２３４５６７８９．")
_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})*(?:\.\d+)?|(?<![\d.,])\d+(?:\.\d+)?")
_AMOUNT = re.compile(r"(?<![\d.,])(\d[\d,]*)(\.\d+)?(?=\s*(?:亿元|万元|元))")
_PERCENT = re.compile(r"(?<![\d.,])(\d[\d,]*\.\d\d)(?=%)")
_SMALL = re.compile(r"(?<![\d.,年月])([1-9]|10)(?=[个项辆人家次名所台套])")
_CN = "零一两三四五六七八九十"  # 「两个」, never 「二个」
_LISTED = re.compile(r"^\s*(?:\d+[.、．]|（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)")


def _grouped(m: re.Match) -> str:
    whole = m.group(1).replace(",", "")
    return f"{int(whole):,}{m.group(2) or ''}"


def _one_decimal(m: re.Match) -> str:
    """A percentage with two decimals shown with one, rounded right where its two decimals settle it (12.34 →
    12.3); a 5 in the second place (12.35: 12.345 … 12.355) cannot be rounded right from the text and stays."""
    text = m.group(1)
    if text.endswith("5"):
        return text
    return str(Decimal(text.replace(",", "")).quantize(Decimal("0.1"), ROUND_HALF_UP))


_WAN = re.compile(r"(?<![\d.,])(\d[\d,]*(?:\.\d+)?)万元")


def _in_yuan(m: re.Match) -> str:
    """An amount in 万元 written in 元, grouped, with two decimals (「1,234.56万元」 → 「12,345,600.00元」)."""
    return f"{Decimal(m.group(1).replace(',', '')) * 10000:,.2f}元"


def _full_width(text: str) -> str:
    # the thousands comma of a figure typed as 「，」 too: 「１，２３４．５６万元」
    return re.sub(r"(?<=\d),(?=\d{3})", "，", text).translate(_FULL) if re.search(r"\d", text) else text


HABITS: dict[str, Callable[[str], str]] = {
    "space-unit": lambda t: re.sub(r"(?<=\d)(?=(?:亿元|万元|元|%))", " ", t),  # 「12.34 万元」
    "fullwidth-percent": lambda t: t.replace("%", "％"),
    "fullwidth-digits": lambda t: _full_width(t),
    "no-separators": lambda t: re.sub(r"(?<=\d),(?=\d{3})", "", t),
    "separators-everywhere": lambda t: _AMOUNT.sub(_grouped, t),
    "wan-space-yuan": lambda t: t.replace("万元", "万 元"),
    "zengzhang-le": lambda t: re.sub(r"(增长|增加|减少|下降)(?=\d)", r"\1了", t),
    "zengfu-wei": lambda t: re.sub(r"(增长|下降)(?=\d[\d.]*%)", lambda m: "增幅为" if m[1] == "增长" else "降幅为", t),
    "bi-shangnian": lambda t: t.replace("较上年", "比上年"),
    "tongbi": lambda t: re.sub(r"较上年度?(?:决算数?)?", "同比", t),
    "ascii-comma-lists": lambda t: re.sub(r"(?<=[元%])，", ",", t),
    "percent-one-decimal": lambda t: _PERCENT.sub(_one_decimal, t),
    "chinese-small-counts": lambda t: _SMALL.sub(lambda m: _CN[int(m.group(1))], t),
    "no-xiang-mark": lambda t: t.replace("（项）", ""),
    "no-final-stop-in-lists": lambda t: t[:-1] if _LISTED.match(t) and t.endswith("。") else t,
    "ascii-brackets": lambda t: t.replace("（", "(").replace("）", ")"),
    "ascii-colon": lambda t: t.replace("：", ":"),
    "enum-dot": lambda t: re.sub(r"^(\s*\d+)、", r"\1.", t),
    "shangnian-words": lambda t: re.sub(r"与\d{4}年度?相比", "与上年相比", t),
    "nian-not-niandu": lambda t: re.sub(r"(?<=\d{4})年度", "年", t),
    "yuan-text": lambda t: _WAN.sub(_in_yuan, t),
}


def with_habit(blocks: list[Block], name: str) -> list[Block]:
    """``blocks`` with the habit ``name`` applied to each paragraph's text as typed, read as the reader reads it
    (blocks.normalize: full-width digits as ASCII, spaces beside Chinese dropped); "none": as they are."""
    if name == "none":
        return blocks
    habit = HABITS[name]
    out = Blocks(b if b.is_table else replace(b, text=normalize(habit(b.text))) for b in blocks)
    for key in ("notes", "pages", "coverage", "unread"):
        if hasattr(blocks, key):
            setattr(out, key, getattr(blocks, key))
    return out
