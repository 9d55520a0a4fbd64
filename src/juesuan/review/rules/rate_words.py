"""What a completion rate is called in R-RATE's message: the document's own term — 「执行率」, 「完成率」, or the
words it writes the rate with (「完成年初预算420.00万元的96.2%」: 「完成年初预算的比例」) — never a term it does
not use (「执行率（完成率）」 for a text that writes neither)."""

from __future__ import annotations

import re

# the clause's words before the rate: 「执行率为」, 「预算完成率」, 「完成年初预算（420.00万元）的」
_TERM = re.compile(r"(执行率|完成率)[^，,；;。]{0,6}$")
_DONE = re.compile(r"完成(年初|全年|调整后?)?预算[^，,；;。]{0,40}?的$")


def rate_term(text: str, at: int) -> str:
    """The term for the rate written at ``at`` in ``text``, as the text's own words before it name it."""
    before = re.split(r"[，,；;。]", text[max(0, at - 60): at])[-1]
    if m := _TERM.search(before):
        return m.group(1)
    if m := _DONE.search(before):
        return f"完成{m.group(1) or ''}预算的比例"
    return "完成率"


def rate_message(term: str, right: str, said: str, why: str = "") -> str:
    """R-RATE's message, one colon (a 项 named before it brings its own: 「…（项）：完成率与金额不符，应为…」)."""
    return f"{term}与金额不符，应为{right}，不是{said}{why}。"
