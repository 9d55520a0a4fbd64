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
                     budget: bool = False) -> str:
    """The two figures (each as the text shows it, with its unit) and the word they call for."""
    a, b = sides(target, budget)
    return f"{a}{this}{'多于' if more else '少于'}{b}{base}：应为“{right}”，不是“{said}”。"
