"""A change in percentage points against its two percentages: 「占比30.36%，比上年增长2.95个百分点（上年为
29.49%）」 — the points are this year's share less last year's (0.87), each as written. Read only where the clause
gives one share of this year before the points and one labelled last year's (「上年为」「上年的」「去年」 or a year):
the rounding of the three figures as written is allowed for."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal

from ...core.codes import CODES
from ..base import ReviewFinding, finding
from ..extract import Block
from ..sentences import raw_label, text_sentences
from .last_shares import derived, last_years

_POINTS = re.compile(r"(?P<word>增长|增加|提高|上升|上涨|下降|减少|降低|回落|下滑)了?\s*"
                     r"(?P<n>\d+(?:\.\d+)?)\s*个百分点")
_LAST_YEAR = re.compile(r"(?:上年|去年|上一年|(?:19|20)\d\d\s*年度?)(?:同期)?(?:的|为|是|占比|比重)*\s*$")
_DOWN = ("下降", "减少", "降低", "回落", "下滑")


def _half(raw: str) -> Decimal:
    """Half a unit of the last digit ``raw`` is written to."""
    places = len(raw.split(".")[1]) if "." in raw else 0
    return Decimal(5).scaleb(-places - 1)


def rule_points(blocks: list[Block]) -> list[ReviewFinding]:
    """「比上年增长Y个百分点」 against this year's share X and last year's Z of its clause: Y = |X − Z|."""
    out = []
    lasts = last_years(blocks)
    for bi, b, s in text_sentences(blocks):
        out += _complements(bi, b, s)
        for m in _POINTS.finditer(s.text):
            start = max(s.text.rfind(c, 0, m.start()) for c in "；;。") + 1
            ends = [k for c in "；;。" if (k := s.text.find(c, m.end())) >= 0]
            end = min(ends, default=len(s.text))
            shares = [g.f for g in s.figs if g.f.unit == "%" and start <= g.f.start < end]
            base = [f for f in shares if _LAST_YEAR.search(s.text[max(start, f.start - 10): f.start])]
            this = [f for f in shares if f not in base and f.end <= m.start()]
            if not base and this and (found := derived(bi, b, s, m, start, blocks, lasts)) is not None:
                out.append(found)
            if len(base) != 1 or not this:
                continue
            x, z = this[-1], base[0]
            said = Decimal(m.group("n"))
            exact = x.value - z.value
            if abs(abs(exact) - said) <= _half(m.group("n")) + _half(x.raw.rstrip("%")) + _half(z.raw.rstrip("%")):
                continue  # the size agrees; a direction word against the sign is the direction rules'
            places = len(m.group("n").split(".")[1]) if "." in m.group("n") else 0
            shown = abs(exact).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)  # half-up, once
            right = f"{shown}个百分点"
            word = "下降" if exact < 0 else "增长"
            out.append(replace(finding(
                CODES["R-DIFF"].level, "R-DIFF",
                f"百分点变化与两个比例之差不符：{x.raw} − {z.raw} = {exact:+}个百分点，应为{right}，"
                f"不是{m.group('n')}个百分点。",
                bi, b, s.text, None, right if (exact < 0) == (m.group("word") in _DOWN) else f"{word}{right}",
                f"{x.raw} − {z.raw} = {exact:+}个百分点",
            ), figure=f"{m.group('n')}个百分点"))
    return out


def _complements(bi: int, b: Block, s) -> list[ReviewFinding]:
    """「基本支出…占75.05%，比上年下降3.34个百分点；项目支出…占24.95%，比上年提高2.59个百分点」: two shares that make
    the whole (they add to 100%) move by the same points, one up, one down. Where they do not, the one whose points are
    the relative change of its share (the other's points over its share of last year: 2.59 ÷ 77.64 = 3.34%) was
    given as a percentage for points: it is the slip, and its points are the other's."""
    said = []
    for m in _POINTS.finditer(s.text):
        start = max(s.text.rfind(c, 0, m.start()) for c in "；;。") + 1
        shares = [g for g in s.figs if g.role == "share" and start <= g.f.start < m.start()]
        if len(shares) != 1 or any(_LAST_YEAR.search(s.text[max(start, g.f.start - 10): g.f.start])
                                   for g in s.figs if g.f.unit == "%" and start <= g.f.start < m.end()):
            return []
        said.append((m, shares[0]))
    if len(said) != 2:
        return []
    (m1, g1), (m2, g2) = said
    x1, x2 = g1.f, g2.f
    if abs(x1.value + x2.value - 100) > _half(x1.raw.rstrip("%")) + _half(x2.raw.rstrip("%")):
        return []  # not the two parts of one whole
    y1, y2 = (Decimal(m.group("n")) * (-1 if m.group("word") in _DOWN else 1) for m in (m1, m2))
    if abs(abs(y1) - abs(y2)) <= _half(m1.group("n")) + _half(m2.group("n")) or y1 * y2 > 0:
        return []  # the same points (a direction said twice the same way is the direction rules')
    out = []
    for (m, g), y_other in (((m1, g1), y2), ((m2, g2), y1)):
        x = g.f
        last = x.value + y_other  # this share moved by −y_other: last year's was x + y_other
        # the item the share is of (「基本支出405.54万元，占75.05%」: 基本支出), as the 计算 line names it
        amount = next((h.f for h in reversed(s.figs) if h.f.end <= g.f.start and h.f.is_money), None)
        item = raw_label(s.text, amount.start) if amount is not None else ""
        n = Decimal(m.group("n"))
        if last <= 0 or abs(abs(y_other) / last * 100 - n) > _half(m.group("n")) + _half(x.raw.rstrip("%")) * 2:
            continue
        right = f"{abs(y_other)}个百分点"
        out.append(replace(finding(
            CODES["R-DIFF"].level, "R-DIFF",
            f"两项占比合计为100%，一项变化多少个百分点，另一项就反向变化多少个百分点：{item}占比的变化应为{right}，"
            f"不是{m.group('n')}个百分点（{m.group('n')}%是占比的相对变化：{abs(y_other)} ÷ {last} × 100%）。",
            bi, b, s.text, None, right,
            # in one notation: the shares and their difference in %, the relative change in % of last year's share
            f"{item}上年占比为{x.raw.rstrip('%')}% {'+' if y_other > 0 else '−'} {abs(y_other)}% = {last}%；"
            f"{abs(y_other)}% ÷ {last}% × 100% = {abs(y_other) / last * 100:.2f}%",
        ), figure=f"{m.group('n')}个百分点"))
    return out if len(out) == 1 else []
