"""Figures said "respectively" (分别 / 各): "收、支总计各是A、B万元。与上年相比，收、支总计各减少C、D万元，
各下降p%、q%" — the k-th figure of each list belongs to the k-th subject, and each change's percentage
is checked against its own amount and base (A − C), as a sentence about one subject would be."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from ...core.codes import CODES
from ...core.fmt import number
from ..base import DOWN, UP, ReviewFinding, finding, iv, iv_ratio, iv_sum, meets, pct, point
from ..extract import Block
from ..figures import Figure
from ..sentences import Fig, sentences

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d])|\d+(?:\.\d+)?"  # grouped by thousands, or plain
_VALUES = re.compile(
    rf"(?P<word>分别|各)(?:是|为|(?P<verb>减少|增加|下降|增长|上升|降低)了?)\s*"
    rf"(?P<vals>(?:{_NUM})\s*(?:万元|元|%)?(?:\s*(?:[，,、和及]|以及)\s*(?:{_NUM})\s*(?:万元|元|%)?)+)"
)
_ITEM = re.compile(rf"(?P<n>{_NUM})\s*(?P<unit>万元|元|%)?")
_RATES_AFTER = re.compile(
    rf"\s*[，,]\s*(?P<verb>下降|增长|上升|降低)了?\s*(?P<vals>(?:{_NUM})\s*%?(?:\s*[、和及]\s*(?:{_NUM})\s*%?)+)")


@dataclass
class Said:
    """One "分别/各" list: its verb ("" for 是/为), its figures in order, the sentence and block."""

    verb: str
    figs: list[Figure]
    sent: str
    block: int
    compared: bool  # the clause compares (比/较/与…相比): a change, not this year's amount
    stated: tuple[Figure, ...] = ()  # a change list's: the amounts its sentence states one by one before it


def _values(text: str, offset: int) -> list[Figure] | None:
    """The figures of "A、B万元" / "4125.49,4143.91万元" / "23.51%、38.28%" (one unit for all)."""
    items = list(_ITEM.finditer(text))
    unit = next((m.group("unit") for m in reversed(items) if m.group("unit")), "")
    out = []
    for m in items:
        raw = m.group("n")
        if "," in raw and "." not in raw:
            return None  # "1,267" may be one amount or two ("1、267"): not read
        body = raw.replace(",", "")
        try:
            value = Decimal(body)
        except InvalidOperation:
            return None
        decimals = len(body.split(".")[1]) if "." in body else 0
        out.append(Figure(value, m.group("unit") or unit, m.group(0), offset + m.start(), offset + m.end(), decimals))
    return out if len(out) >= 2 and unit else None


def _lists(blocks: list[Block]) -> list[list[Said]]:
    """The 分别/各 lists of each paragraph, in order."""
    out = []
    for bi, b in enumerate(blocks):
        if b.is_table or not ("分别" in b.text or "各" in b.text):
            continue
        said = []
        for s in sentences(b.text):
            for m in _VALUES.finditer(s.text):
                figs = _values(m.group("vals"), m.start("vals"))
                if figs is None:
                    continue
                clause = s.text[: m.start()]
                compared = bool(re.search(r"[比较]|与.{0,12}相比|同比", clause)) or bool(m.group("verb"))
                stated = tuple(g.f for g in s.figs if g.role == "level" and g.f.is_money and not g.paren
                               and g.f.end <= m.start())
                said.append(Said(m.group("verb") or "", figs, s.text, bi, compared, stated))
                # 「各增加C、D，增长p%、q%」: the rates of the list just said, without a 各 of their own
                if m.group("verb") and figs[0].unit != "%" and (r := _RATES_AFTER.match(s.text, m.end())):
                    rates = _values(r.group("vals"), r.start("vals"))
                    if rates is not None and rates[0].unit == "%":
                        said.append(Said(r.group("verb"), rates, s.text, bi, True))
        if said:
            out.append(said)
    return out


def _iv(f: Figure) -> tuple[Decimal, Decimal]:
    """The range a figure stands for: a 元 amount to the 分 is exact; 「1.91亿元」 is ±50万元."""
    h = Decimal(0) if f.unit == "元" and f.decimals >= 2 else f.half_yuan()
    return f.yuan() - h, f.yuan() + h


def rule_respective(blocks: list[Block]) -> list[ReviewFinding]:
    """Each percentage of a "各/分别下降p%、q%" list against its own change ÷ base: the base is this
    year's amount of the same place in the paragraph's "各是/分别为" list, less the change."""
    out: list[ReviewFinding] = []
    for said in _lists(blocks):
        levels: list[Said] = []
        changes: list[Said] = []
        for x in said:
            if not x.verb and not x.compared and x.figs[0].unit != "%":
                levels.append(x)
                continue
            if x.verb and x.figs[0].unit != "%":
                changes.append(x)
                continue
            if not x.verb or x.figs[0].unit != "%":
                continue
            n = len(x.figs)
            level = next((v for v in reversed(levels) if len(v.figs) == n), None)
            change = next((c for c in reversed(changes) if len(c.figs) == n), None)
            if level is None and change is not None and len(change.stated) == n:
                # 「收入总计A，支出总计B，…收入、支出总计各增加C、D」: the amounts stated one by one, in order
                level = Said("", list(change.stated), change.sent, change.block, False)
            if level is None or change is None:
                continue
            sign = 1 if change.verb in UP else -1 if change.verb in DOWN else 0
            if not sign or (1 if x.verb in UP else -1) != sign:
                continue  # a direction said two ways: other rules tell it
            for a, c, p in zip(level.figs, change.figs, x.figs, strict=True):
                lo, hi = _iv(c)
                base = iv_sum([_iv(a), (-hi, -lo) if sign > 0 else (lo, hi)])  # A − C, or A + C for a fall
                r = iv_ratio(_iv(c), base)
                if r is None or base[0] <= 0 or meets(r, _iv(p)):
                    continue
                exact = point(_iv(c), base)
                b = blocks[x.block]
                out.append(finding(
                    CODES["R-PERCENT"].level, "R-PERCENT",
                    f"增减幅度与金额不符：应为{pct(exact, p)}%，不是{p.raw}（“{x.verb}”列出的第"
                    f"{x.figs.index(p) + 1}个）。",
                    x.block, b, x.sent, p, f"{pct(exact, p)}%",
                    f"{c.raw} ÷ ({a.raw} {'−' if sign > 0 else '+'} {c.raw}) × 100% = {number(exact)}%",
                ))
    return out + _listed_rates(blocks)


def _listed_rates(blocks: list[Block]) -> list[ReviewFinding]:
    """「A（项）、B（项）年初预算分别为a1、a2，支出决算分别为b1、b2，分别完成年初预算的r1、r2」: each 项's rate against
    its own 决算 ÷ 年初预算 (the k-th of each list, or the 项 the rate list names; review/item_lists.py)."""
    from ..subjects import items
    from .shares import _check_rate

    out: list[ReviewFinding] = []
    for it in items(blocks):
        if not it.listed or it.rate is None or it.budget is None or it.final is None or it.full is not None:
            continue
        bud, fin, rate = it.budget.figure, it.final.figure, it.rate.figure
        if not bud.value:
            continue  # a rate of a zero budget: disclosure.rule_rate_of_zero
        b = blocks[it.rate.block]
        out += _check_rate(it.rate.block, b, it.rate.sentence, Fig(rate, "rate"), iv(fin), iv(bud), fin)
    return out
