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


def with_item(item: str, message: str) -> str:
    """R-RATE's message headed by the line the rate is of: 「公务用车运行维护费的执行率…」, 「公务用车运行维护费完成全年
    预算的比例…」 (a term that is itself a phrase takes no 「的」)."""
    return f"{item}{'' if message.startswith('完成') else '的'}{message}" if item else message


def base_taken(text: str, spent, budget, rate) -> str:
    """The other amount of the paragraph ``text`` the rate was taken of, where exactly one gives it (the 决算 ÷ it:
    「（67.7%是除以“三公”经费财政拨款的全年预算5.70万元）」 for a 公务用车运行维护费 rate); "" otherwise. ``spent`` and
    ``budget``: the right operands' ranges (元); ``rate``: the rate as written."""
    from ..base import iv, iv_ratio, meets
    from ..figures import find_figures
    from ..sentences import raw_label

    fits: dict = {}
    for f in find_figures(text):
        if not f.is_money or f.yuan() <= 0 or meets(iv(f), budget) or meets(iv(f), spent):
            continue
        r = iv_ratio(spent, iv(f))
        if r is not None and meets(r, iv(rate)):
            fits.setdefault(f.yuan(), (raw_label(text, f.start), _owner(text, f.start), f))
    if len(fits) != 1:
        return ""
    label, item, f = next(iter(fits.values()))
    from .share_bases import OWNER

    # 「完成全年预算5.70万元的」: the budget's own words; 「…办公室2024年度“三公”经费…年初预算」: no unit and year
    label = OWNER.sub("", re.sub(r"^完成", "", label))
    if item and not label.startswith(item):
        label = f"{item}的{label}"
    return f"（{rate.raw}是除以{label}{f.raw}）" if label else ""



def _owner(text: str, pos: int) -> str:
    """Whose amount the figure at ``pos`` is: the subject of the nearest clause up to it that names one, without the
    unit and year before it (「…办公室2024年度“三公”经费财政拨款支出决算为4.60万元，完成全年预算5.70万元」:
    「“三公”经费财政拨款」); "" when none does."""
    from .share_bases import OWNER

    for clause in reversed(re.split(r"[，,；;。]", text[:pos])):
        words = re.split(r"(?:支出)?(?:年初|全年|调整后?)?(?:决算|预算)|[\d（(]|为",
                         OWNER.sub("", clause.strip()))[0].strip()
        if len(words) >= 2 and not words.startswith("完成"):
            return words
    return ""
