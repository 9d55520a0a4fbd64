"""A figure with one digit slipped (changed, left out, added, two swapped): which of a part and its total a share
decides is the slip (「本年支出合计1000.00万元，其中：基本支出1700.00万元，占本年支出合计的70.00%」)."""
from __future__ import annotations

import re
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

from ..base import amt, iv, show
from ..figures import MONEY_UNITS, Figure
from ..sentences import Fig


def one_edit(a: str, b: str) -> bool:
    """Whether the digits ``a`` are ``b`` with one digit changed, left out or added, or two beside each
    other swapped."""
    return bool(slip_kind(a, b))


def slip_kind(a: str, b: str) -> str:
    """Which slip of the pen turns the right ``b`` into the written ``a``, as a message says it (「两位数字颠倒」,
    「一位数字写错」, 「漏写一位数字」, 「多写一位数字」); "" for none, or more than one slip."""
    if len(a) == len(b):
        diff = [k for k, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(diff) == 1:
            return "一位数字写错"
        swapped = len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
        return "两位数字颠倒" if swapped else ""
    short, long = (a, b) if len(a) < len(b) else (b, a)
    if len(long) - len(short) != 1:
        return ""
    k = next((i for i, (x, y) in enumerate(zip(short, long, strict=False)) if x != y), len(short))
    return ("漏写一位数字" if short == a else "多写一位数字") if short[k:] == long[k + 1 :] else ""


def written_digits(value: Decimal, like: Figure) -> str:
    """The digits ``value`` (元) would be written with in ``like``'s unit and decimals."""
    shown = value / MONEY_UNITS.get(like.unit, 1)
    return re.sub(r"\D", "", f"{shown:.{max(like.decimals, 0)}f}")


def by_share(total: Figure, part: Figure, figs: list[Fig]) -> tuple[Figure, Decimal, str] | None:
    """The figure a list of one wrongs when its part exceeds the total and states its share of it
    (「本年支出合计1000.00万元，其中：基本支出1700.00万元，占本年支出合计的70.00%」): a value total × share allows
    (in the share's rounding) is the part with one digit slipped (700.00 → 1700.00) — the part is wrong; or one
    part ÷ share allows is the total so slipped — the total is. None when neither, or both, or several values are
    (「43.62」 is 436.20 with a 0 left out as much as 300.10 is 30.01): which one is off is not known."""
    share = next((g.f for k, g in enumerate(figs) if k and g.role == "share" and g.f.value
                  and figs[k - 1].f.raw == part.raw and figs[k - 1].role == "level"), None)
    if share is None or not 0 < share.value < 100:
        return None
    low, high = (share.value - share.half) / 100, (share.value + share.half) / 100
    found: list[tuple[Figure, list[Decimal]]] = []
    for fig, lo, hi in ((part, iv(total)[0] * low, iv(total)[1] * high), (total, iv(part)[0] / high,
                                                                          iv(part)[1] / low)):
        step = Decimal(1).scaleb(-max(fig.decimals, 0)) * MONEY_UNITS.get(fig.unit, Decimal(1))
        first, last = (lo / step).to_integral_value(ROUND_CEILING), (hi / step).to_integral_value(ROUND_FLOOR)
        written = written_digits(fig.yuan(), fig)
        if last < first or last - first > 200:
            continue  # too wide a share for a digit to tell a slip
        hits = [k * step for k in range(int(first), int(last) + 1) if one_edit(written_digits(k * step, fig), written)]
        if hits:
            found.append((fig, hits))
    if len(found) != 1 or len(found[0][1]) != 1:
        return None
    fig, right = found[0][0], found[0][1][0]
    if fig is part:
        return part, right, f"{amt(total)} × {share.raw} = {show(right, part)}"
    return total, right, f"{amt(part)} ÷ {share.raw} = {show(right, total)}"
