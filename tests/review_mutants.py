"""Mutants of a correct report: one figure or one direction word changed at random.

Used by tests/test_review.py (a small sample) and benchmarks/bench_review.py (hundreds).
"""

from __future__ import annotations

import random
import re

from juesuan.review.figures import find_figures

SWAP = {"增加": "减少", "减少": "增加", "增长": "下降", "下降": "增长", "上升": "下降", "持平": "增加"}
FIRST_FINANCIAL = "二、收入支出预算执行情况分析"


def _span(text: str) -> tuple[int, int]:
    """The financial part of a report: from section 二 to the appendix."""
    start = text.find(FIRST_FINANCIAL)
    end = text.find("附：财务分析指标")
    return max(start, 0), end if end > 0 else len(text)


def mutate(text: str, rng: random.Random) -> tuple[str, str, str] | None:
    """``(mutant, kind, what changed)`` or None when nothing could be changed."""
    lo, hi = _span(text)
    if rng.random() < 0.25:
        spots = [
            m for m in re.finditer("|".join(SWAP), text) if lo <= m.start() < hi and not _free_text(text, m.start())
        ]
        if not spots:
            return None
        m = rng.choice(spots)
        new = SWAP[m.group(0)]
        return text[: m.start()] + new + text[m.end() :], f"word {m.group(0)}→{new}", _context(text, m.start())
    figs = [f for f in find_figures(text) if lo <= f.start < hi and (f.is_money or f.is_percent)]
    if not figs:
        return None
    f = rng.choice(figs)
    digits = [i for i, ch in enumerate(f.raw) if ch.isdigit()]
    how = rng.choice(["digit", "digit", "swap", "shift", "last"])
    raw = list(f.raw)
    if how == "digit":
        i = rng.choice(digits)
        raw[i] = rng.choice([d for d in "0123456789" if d != raw[i]])
    elif how == "swap" and len(digits) >= 2:
        k = rng.randrange(len(digits) - 1)
        i, j = digits[k], digits[k + 1]
        if raw[i] == raw[j]:
            return None
        raw[i], raw[j] = raw[j], raw[i]
    elif how == "last":
        i = digits[-1]
        raw[i] = str((int(raw[i]) + rng.choice([1, 9])) % 10)
    else:  # a leading digit added: 10x
        i = digits[0]
        raw.insert(i, rng.choice("123456789"))
    new = "".join(raw)
    if new == f.raw:
        return None
    kind = f"{'percent' if f.is_percent else 'amount'} {how}"
    return text[: f.start] + new + text[f.end :], kind, f"{f.raw}→{new}: {_context(text, f.start)}"


def _free_text(text: str, pos: int) -> bool:
    """Inside a unit's own reason text (after "原因是："), where no figure ties a word."""
    line_start = text.rfind("\n", 0, pos) + 1
    return (
        "原因是：" in text[line_start:pos] and not re.search(r"原因是：[^。]*。[^。]*$", text[line_start:pos])
    ) or text.rfind("原因是：", line_start, pos) > text.rfind("。", line_start, pos)


def _context(text: str, pos: int) -> str:
    start = text.rfind("\n", 0, pos) + 1
    return text[max(start, pos - 40) : pos + 40].replace("\n", " ")
