"""Phrase rules of the 情况说明 (candidates for narrative/phrases.py): 万元 amounts, changes vs
last year, budget completion, shares. Every function takes exact 元 and rounds once, here."""

from __future__ import annotations

from decimal import Decimal

from ..core import fmt
from ..core.compare import pct_change, rate

W = fmt.TEN_THOUSAND


def wan(amount: Decimal) -> str:
    """``4677326.79`` → ``467.73万元``."""
    return f"{wan_number(amount)}万元"


def wan_number(amount: Decimal) -> str:
    return f"{fmt.round2(amount / W):.2f}"


def share(part: Decimal, whole: Decimal) -> str | None:
    """``占86.61%`` of ``whole``; None over a zero whole."""
    r = rate(part, whole)
    return None if r is None else fmt.percent(r)


def change(current: Decimal, prior: Decimal | None, *, subject: str = "", base: str = "上年") -> str:
    """``与上年相比，增加X万元，增长Y%`` / ``与上年持平`` / ``…增加X万元（上年无此项）``; "" without a prior."""
    if prior is None:
        return ""
    d = current - prior
    if fmt.round2(d / W) == 0 and d == 0:
        return f"与{base}持平"
    word = "增加" if d > 0 else "减少"
    text = f"与{base}相比，{subject}{word}{wan(abs(d))}"
    p = pct_change(current, prior)
    if p is None:
        return text + f"（{base}为0）"
    return text + f"，{'增长' if d > 0 else '下降'}{fmt.change_percent(p)}"


def completion(final: Decimal, budget: Decimal | None, *, word: str = "完成年初预算的") -> str:
    """``完成年初预算的X%``; "" where there is no 年初预算 (none, or 0.00万元 as shown)."""
    if budget is None or fmt.round2(budget / W) == 0:
        return ""
    r = rate(final, budget)
    return "" if r is None else f"{word}{fmt.percent(r)}"


def more_less(final: Decimal, budget: Decimal) -> str:
    return "大于" if final > budget else "小于"


def class_label(name: str) -> str:
    """``一般公共服务支出`` → ``一般公共服务``: the 类 name as written before （类）."""
    return name[:-2] if name.endswith("支出") and len(name) > 2 else name
