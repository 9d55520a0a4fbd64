"""The message of a direction word said the wrong way: the two figures it compares, named, instead of 「方向说反了」
— 「本年6,050.79万元多于2023年度5,612.08万元：应为“增加”，不是“减少”。」."""

from __future__ import annotations

import re

_YEAR_BASE = re.compile(r"(?:19|20)\d\d年度?|上年(?:末|度|同期)?|去年|上一年度?")


def sides(target: str, budget: bool = False) -> tuple[str, str]:
    """What the two figures of a comparison are called: (决算, 预算) against a budget; (本年, 2023年度 / 上年) against
    another year (``target``: the words after 比/较); ("", "") when the comparison does not say."""
    if budget:
        return "决算", "预算"
    m = _YEAR_BASE.search(target or "")
    return ("本年", m.group(0)) if m else ("", "")


def reversed_message(this: str, base: str, more: bool, right: str, said: str, target: str = "",
                     budget: bool = False, rate: tuple[str, str] | None = None) -> str:
    """The two figures (each as the text shows it, with its unit) and the word they call for; and the rate of the
    same change said the same wrong way (``rate``: as written, as it should read; ``rate_beside``)."""
    a, b = sides(target, budget)
    # (as turned_rates says a rate turned with its change: 「…，“增长3.79%”也应为“下降3.79%”」)
    also = f"，“{rate[0]}”也应为“{rate[1]}”" if rate else ""
    return f"{a}{this}{'多于' if more else '少于'}{b}{base}：应为“{right}”，不是“{said}”{also}。"


# a rate written right after a change amount, in its clause: 「减少0.78万元，下降9.8%」, 「增加C，同比增长R%」
_RATE_AFTER = re.compile(r"\s*[，,]?\s*(?:同比|比上年度?|较上年度?)?(增长|增加|上升|提高|下降|减少|降低)了?\s*"
                         r"\d[\d,]*(?:\.\d+)?\s*[%％]")
_FLIP = {"增长": "下降", "增加": "减少", "上升": "下降", "提高": "降低", "下降": "增长", "减少": "增加", "降低": "提高"}


def rate_beside(quote: str, end: int, up: bool) -> tuple[str, str] | None:
    """The rate written right after a change amount ending at ``end`` in ``quote`` whose direction word goes the same
    way as the change's own (``up``), which the figures turn: (as written, as it should read) — (「下降9.8%」,
    「增长9.8%」); None where no such rate follows."""
    m = _RATE_AFTER.match(quote, end)
    if m is None or (_FLIP[m.group(1)] in ("下降", "减少", "降低")) != up:
        return None
    said = quote[m.start(1): m.end()]
    return said, _FLIP[m.group(1)] + said[len(m.group(1)):]


# a rate written right before a change said after it (「下降1.69%，减少28.56万元」, the rate first)
_RATE_BEFORE = re.compile(r"(增长|增加|上升|提高|下降|减少|降低)了?\s*\d[\d,]*(?:\.\d+)?\s*[%％]\s*[，,]\s*$")


def rate_before(quote: str, start: int, up: bool) -> tuple[int, str] | None:
    """The rate written right before a change whose words begin at ``start`` (its direction word the change's own,
    ``up``): (where it begins, how it should read) — (at, 「增长1.69%，」); None where none is."""
    m = _RATE_BEFORE.search(quote[:start])
    if m is None or (_FLIP[m.group(1)] in ("下降", "减少", "降低")) != up:
        return None
    return m.start(), _FLIP[m.group(1)] + m.group(0)[len(m.group(1)):]
