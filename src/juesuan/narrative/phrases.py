"""The writing rules, as pure functions over exact amounts (shared by every text juesuan writes).

- direction words follow the sign: 增加/减少 for amounts, 增长/下降 for percentages; equal → 持平;
- 同比 only year on year; a comparison with the budget says 比预算 or 完成预算的 X%;
- no percentage over a zero base ("上年无此项支出");
- lines sharing one reason are named together in one sentence.

``unit`` is the report's money unit ("元" or "万元").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal

from ..core import fmt
from ..core.compare import diff, pct_change, rate
from ..core.model import Line

Amount = Decimal | None
# (reason text, label of the line it explains, the line's change) — the input of ``grouped_reasons``.
Explained = tuple[str, str, Decimal]


def money(value: Decimal, unit: str = "元") -> str:
    return fmt.money(value, unit)


def up_down(d: Decimal) -> str:
    """增加 / 减少 by the sign of an amount change (0 reads as 减少: callers handle 持平 first)."""
    return "增加" if d > 0 else "减少"


def grow_fall(d: Decimal) -> str:
    """增长 / 下降 by the sign of a change, for percentages."""
    return "增长" if d > 0 else "下降"


def sentence_end(text: str) -> str:
    """A reason or text as one sentence: trimmed, ending with 。 (a trailing ； or ， becomes 。)."""
    text = text.strip()
    if not text:
        return text
    if text[-1] in "；;，,":
        text = text[:-1]
    if not text:
        return text
    if text[-1] not in "。！？!?…":
        text += "。"
    return text


def delta(current: Amount, base: Amount, *, yoy: bool, base_word: str = "上年", noun: str = "",
          unit: str = "元") -> str:
    """``增加X元，同比增长Y%`` / ``持平`` / ``增加X元（上年无此项支出）``; "" when not comparable."""
    d = diff(current, base)
    if d is None:
        return ""
    if d == 0:
        return "持平"
    text = f"{up_down(d)}{money(abs(d), unit)}"
    p = pct_change(current, base)
    if p is None:
        return text + f"（{base_word}无此项{noun}）"
    return text + f"，{'同比' if yoy else ''}{grow_fall(d)}{fmt.change_percent(p)}"


def change(current: Amount, base: Amount, *, yoy: bool, base_word: str = "上年", noun: str = "",
           show_base: bool = False, unit: str = "元") -> str:
    """``比上年(X元)增加Y元，同比增长Z%`` / ``与上年持平``; "" when not comparable."""
    d = delta(current, base, yoy=yoy, base_word=base_word, noun=noun, unit=unit)
    if not d:
        return ""
    if d == "持平":
        return f"与{base_word}持平"
    shown = money(base, unit) if show_base and base is not None else ""
    return f"比{base_word}{shown}{d}"


def vs_budget(final: Amount, plan: Amount, *, word: str = "执行率", show_base: bool = False,
              unit: str = "元", budget_word: str = "预算") -> str:
    """``比预算(X元)增加Y元，执行率Z%`` / ``…，完成预算的Z%``; the rate is omitted over a zero budget."""
    d = diff(final, plan)
    if d is None or plan is None:
        return ""
    r = rate(final, plan)
    base = money(plan, unit) if show_base else ""
    text = f"与{budget_word}持平" if d == 0 else f"比{budget_word}{base}{up_down(d)}{money(abs(d), unit)}"
    if r is None:
        return text + f"（未安排{budget_word}）"
    if word == "完成预算":
        return text + f"，完成{budget_word}的{fmt.percent(r)}"
    return text + f"，{word}{fmt.percent(r)}"


def rate_clause(final: Amount, plan: Amount) -> str:
    """``，执行率X%`` / ``（未安排预算）`` over a zero budget with spending / ""."""
    r = rate(final, plan)
    if r is not None:
        return f"，执行率{fmt.percent(r)}"
    return "（未安排预算）" if plan == 0 and final else ""


def share(part: Amount, whole: Amount, of: str = "") -> str:
    """``，占X%`` / ``，占本年收入合计的X%``; "" over a zero or missing whole."""
    r = rate(part, whole)
    return "" if r is None else f"，占{of}{fmt.percent(r)}"


def listing(lines: Iterable[Line], column: str, *, unit: str = "元", prefix: str = "其中：") -> str:
    """``其中：A X元，B Y元。`` over the lines that have the column; "" when none has."""
    parts = [f"{x.name}{money(v, unit)}" for x in lines if (v := x.get(column)) is not None]
    return prefix + "，".join(parts) + "。" if parts else ""


def joined(parts: Sequence[str], *, prefix: str = "其中：", sep: str = "；") -> str:
    """``其中：a；b。`` or "" when there is no part."""
    return prefix + sep.join(parts) + "。" if parts else ""


def plain(name: str) -> str:
    """A 科目 name with full-width brackets, the spelling of the published tables: 因公出国（境）费."""
    return name.replace("(境)", "（境）")


def grouped_reasons(explained: Iterable[Explained]) -> str:
    """One sentence per distinct reason, naming every line (label, direction) that shares it.

    ``公用经费增加、项目支出减少的主要原因是：…。`` A label explained by the same text twice is
    named once.
    """
    grouped: dict[str, list[tuple[str, str]]] = {}
    for reason, label, d in explained:
        word = "持平" if d == 0 else up_down(d)
        parts = grouped.setdefault(sentence_end(reason), [])
        if (label, word) not in parts:
            parts.append((label, word))
    out = []
    for reason, parts in grouped.items():
        if len({w for _, w in parts}) == 1:
            subject = "、".join(label for label, _ in parts) + parts[0][1]
        else:
            subject = "、".join(label + w for label, w in parts)
        out.append(f"{subject}的主要原因是：{reason}")
    return "".join(out)
