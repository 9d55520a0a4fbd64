"""Which cell a parent row that does not add up blames: the parent, or one of its children.

A parent (301) whose children (30101 …) add to another amount is wrong only when nothing else holds it. Where
the table's other relations confirm it — its own parent adds up with it and its siblings, or the side's 合计
row adds up with it and the other top-level codes (「人员经费合计」 = 301 + 303) — a child is the wrong cell;
the one child whose corrected value (the parent less the other children) differs from it by one slip of the
pen (two digits beside each other swapped, one digit changed, left out or added) is blamed with that value;
with none or several, no child is named and no 应为 given."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from ..base import amt, iv, iv_sum, meets, show
from ..figures import MONEY_UNITS, Figure
from .numbers import _one_edit


def confirmed(g: Any, codes: dict[int, str], c: int, r: int, total_level: Callable[[str], int]) -> str:
    """What else in the table holds the parent at row ``r`` (column ``c``): "" when nothing does."""
    code = codes[r]
    if len(code) > 3:  # its own parent adds up with it and its siblings
        up = next((x for x, k in codes.items() if k == code[:-2]), None)
        sibs = [x for x, k in codes.items() if len(k) == len(code) and k.startswith(code[:-2])]
        if up is not None and _adds(g, up, sibs, c):
            return f"上级科目{code[:-2]}与其下各科目之和相符"
        return ""
    after = -1  # a total adds the top-level codes since the total above it (「人员经费合计」, then 「公用经费合计」)
    for t in g.body:
        label = g.label(t, c).replace(" ", "")
        if t in codes or total_level(label) < 2:
            continue
        tops = [x for x, k in codes.items() if len(k) == 3 and after < x < t]
        if r in tops and _adds(g, t, tops, c):
            return f"“{label}”与各类科目之和相符"
        after = t
    return ""


def _adds(g: Any, total: int, rows: list[int], c: int) -> bool:
    tot, figs = g.cell(total, c), [g.cell(x, c) for x in rows]
    return (tot is not None and len(rows) >= 2 and all(f is not None for f in figs)
            and meets(iv_sum([iv(f) for f in figs if f is not None]), iv(tot)))


def _digits(value: Decimal, like: Figure) -> str:
    shown = value / MONEY_UNITS.get(like.unit, 1)
    return re.sub(r"\D", "", f"{shown:.{max(like.decimals, 0)}f}")


def blame_child(g: Any, code: str, r: int, c: int, kids: list[int], why_held: str) -> None:
    """The finding on a confirmed parent's children: the one child one slip away from what makes the sum hold,
    with its 应为; else the parent's row, no 应为."""
    tot = g.cell(r, c)
    figs = {x: g.cell(x, c) for x in kids}
    total = sum((f.yuan() for f in figs.values()), Decimal(0))
    gap = tot.yuan() - total
    slips = [x for x, f in figs.items() if f.yuan() + gap >= 0 and f.raw.strip()
             and _one_edit(_digits(f.yuan(), f), _digits(f.yuan() + gap, f))]
    if len(slips) == 1:
        x = slips[0]
        f, right = figs[x], figs[slips[0]].yuan() + gap
        others = total - f.yuan()
        g.emit("R-TABLE-PARENT",
               f"上级科目{code}与下级科目之和不符：{code}为{amt(tot)}（{why_held}），下级科目{g.label(x, c)}的"
               f"{f.raw}应为{show(right, tot)}（二者只差一处数字笔误）。",
               x, f, show(right, tot),
               f"{amt(tot)} − {show(others, tot)}（其余下级科目之和） = {show(right, tot)}", col=c)
        return
    g.emit("R-TABLE-PARENT",
           f"上级科目{code}与下级科目之和不符：下级科目之和为{show(total, tot)}，而{code}的{amt(tot)}与表中其他数字"
           f"相符（{why_held}），应是某下级科目有误，请逐项核对（无法判断是哪一项，未给出应为值）。",
           r, tot, "", " + ".join(amt(f) for f in figs.values()) + f" = {show(total, tot)}", col=c)
