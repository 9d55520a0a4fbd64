"""The one registry of 原因说明 keys that ``analyze`` and ``disclose`` both accept.

Besides a line's own key (an item such as 人员经费, a 科目 code or a 科目 name, resolved in
``figures.resolve_reasons``), a unit may explain a figure that is no line of its data: the
收入支出总额, the 财政拨款 收入支出 and the “三公”经费 total. Each such key has a canonical form
(what the figures store), the key a finding tells the unit to type, what it explains, and the
spellings accepted for it. Every finding that asks for a reason names its key through ``ask``.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import catalog as c

TOTAL = c.TOTAL
FISCAL = "财政拨款"
THREE_PUBLIC = "三公经费"
ADMIN_COST = "机关运行经费"  # explained in the 决算公开 情况说明 only
GENERAL_SPENDING = "一般公共预算财政拨款支出"  # 情况说明 四/五: spending by fund, not the income line


@dataclass(frozen=True)
class SummaryKey:
    key: str  # canonical: how the figures store the reason
    typed: str  # what a finding tells the unit to type
    label: str  # what it explains, as the text names it
    aliases: tuple[str, ...]  # other spellings accepted
    in_report: bool = True  # the 分析报告 prints it (else only the 决算公开 情况说明 does)


SUMMARY_KEYS: tuple[SummaryKey, ...] = (
    SummaryKey(TOTAL, "合计", "收入支出总额",
               ("合计", "总计", "本年收支总额", "收支总额", "收入支出总额", "收入支出总计", "收入、支出总计",
                "本年收入合计", "本年支出合计", "收入合计", "支出合计", "本年收支合计")),
    SummaryKey(FISCAL, FISCAL, "财政拨款收入支出",
               ("财政拨款收入", "财政拨款支出", "财政拨款收入支出", "财政拨款收入支出总计", "财政拨款总计")),
    SummaryKey(THREE_PUBLIC, THREE_PUBLIC, "“三公”经费",
               ("“三公”经费", '"三公"经费', "三公经费合计", "“三公”经费合计", "“三公”经费支出", "三公经费支出",
                "“三公”经费财政拨款支出")),
    SummaryKey(ADMIN_COST, ADMIN_COST, ADMIN_COST, ("机关运行经费支出",), in_report=False),
    # each 财政拨款 source's 支出 (决算公开 五): another figure than its 收入 (carry-overs, other money)
    *(SummaryKey(k, k, k, (k + "决算",), in_report=False)
      for k in (item.removesuffix("收入") + "支出" for item in c.FISCAL_INCOME)),
)
_BY_KEY = {k.key: k for k in SUMMARY_KEYS}
# The names the official tables and the 情况说明 print for an item line, beside its own key (公开07's
# 「公务用车运行维护支出」, 七's 「因公出国（境）费支出」): accepted wherever the line's own key is.
PRINTED_NAMES: dict[str, tuple[str, ...]] = {
    c.ABROAD: ("因公出国（境）费支出", "因公出国（境）支出", "因公出国(境)费支出"),
    c.CAR_PURCHASE: ("公务用车购置支出", "公务用车购置费支出", "公务用车购置"),
    c.CAR_RUNNING: ("公务用车运行维护支出", "公务用车运行维护费支出", "公务用车运行费", "公务用车运行维护"),
    c.RECEPTION: ("公务接待支出", "公务接待费支出"),
    c.MEETING: ("会议费支出",),
    c.TRAINING: ("培训费支出",),
    c.PERSONNEL: ("人员经费支出",),
    c.PUBLIC: ("公用经费支出",),
}


def item_aliases() -> dict[str, str]:
    """Short spellings of income items: 一般公共预算财政拨款 (the 决算公开 tables' word) names the line
    一般公共预算财政拨款收入. 一般公共预算财政拨款支出 does not: it is a key of its own (``SUMMARY_KEYS``),
    a reason naming one difference is never printed for another figure's."""
    return {item.removesuffix("收入"): item for item in c.FISCAL_INCOME}


def aliases() -> dict[str, str]:
    """Every accepted spelling of a summary key or an item short form → its canonical key."""
    out: dict[str, str] = {}
    for k in SUMMARY_KEYS:
        out[k.key] = k.key
        for a in (k.typed, *k.aliases):
            out[a] = k.key
    out.update(item_aliases())
    out.update((name, item) for item, names in PRINTED_NAMES.items() for name in names)
    return out


def same_figure(fiscal_sources: tuple[str, ...], key: str) -> tuple[str, ...]:
    """The other keys that name the same figure as ``key`` for a unit whose 财政拨款 comes from
    ``fiscal_sources`` (its income items with an amount): where there is one source, 财政拨款 and that
    source (一般公共预算财政拨款) are one figure, and a reason typed under either explains both."""
    if len(fiscal_sources) != 1:
        return ()
    pair = (FISCAL, fiscal_sources[0])
    return tuple(k for k in pair if k != key) if key in pair else ()


def canonical(typed: str) -> str:
    """The canonical key of a typed key (itself when it is no registered spelling)."""
    k = typed.strip().replace("(", "（").replace(")", "）")
    table = aliases()
    return table.get(k, table.get(typed.strip(), typed.strip()))


def to_type(key: str) -> str:
    """The key a finding tells the unit to type for a canonical key (合计 for the total)."""
    k = _BY_KEY.get(key)
    return k.typed if k is not None else c.display_name(key)


def to_type_as(key: str) -> str:
    """The key to type for ``key``: a registered short form as written (一般公共预算财政拨款支出, for a
    sentence on 支出), else what ``to_type`` gives for its canonical key."""
    k = key.strip()
    return k if k in item_aliases() else to_type(canonical(k))


def label(key: str) -> str:
    """What a summary key explains (收入支出总额, 财政拨款收入支出, “三公”经费); the key otherwise."""
    k = _BY_KEY.get(key)
    return k.label if k is not None else key


def ask(comparison: str, key: str) -> str:
    """``请在“原因说明”表对比“决算与上年决算对比”下为“财政拨款”填写原因``: the exact place and key."""
    what = c.REASON_COMPARISONS.get(comparison, comparison)
    return f"请在“原因说明”表对比“{what}”下为“{to_type_as(key)}”填写原因"


def read_by_disclosure(comparison: str, key: str) -> bool:
    """Whether the 决算公开 情况说明 prints a reason under this canonical key: the totals, the
    财政拨款 and its sources, the “三公”经费 and its items, 机关运行经费 (上年 and 预算 comparisons),
    and each 功能分类 科目 against its 年初预算."""
    if comparison not in ("final_yoy", "final_vs_budget"):
        return False
    if key in _BY_KEY or key in c.FISCAL_INCOME or key in c.THREE_PUBLIC:
        return True
    return comparison == "final_vs_budget" and key.isdigit()
