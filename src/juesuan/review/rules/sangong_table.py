"""The “三公” table (公开07) adds up: in its 预算数 and its 决算数, 合计 = 因公出国（境）费 + 公务用车购置及运行维护费
+ 公务接待费, and 公务用车购置及运行维护费 (小计) = 购置费 + 运行维护费. Its one data row is not a grid of 类/款/项
rows, so the row-and-column sums of rules.tables do not see it."""

from __future__ import annotations

from decimal import Decimal

from ...core.codes import CODES
from ..base import ReviewFinding, amt, iv, iv_sum, meets, show
from ..blocks import Block, table_unit
from ..figures import MONEY_UNITS, Figure
from ..subjects import cell_amount
from .text_table import _cell_value, table_kind

_T7 = "财政拨款“三公”经费支出决算表"
_NAMES = ("合计", "因公出国（境）费", "公务用车购置及运行维护费", "公务用车购置费", "公务用车运行维护费", "公务接待费")


# the cells a finding on cell k quotes (its own first): an item with the 合计 it misses, the 小计 with its two parts,
# the 合计 with its three items
_ABOUT = {0: (0, 1, 2, 5), 1: (1, 0), 2: (2, 3, 4), 3: (3, 2), 4: (4, 2), 5: (5, 0)}


def _slips(v: list[Figure]) -> list[tuple[int, Decimal, list[Figure]]]:
    """One side's wrong cell (its index, the sum it should be, the parts summed): the 合计 when its parts miss it
    and the 小计 adds up, the 小计 when it misses its two parts and the 合计 adds up with their sum."""
    total = meets(iv_sum([iv(v[1]), iv(v[2]), iv(v[5])]), iv(v[0]))
    car = meets(iv_sum([iv(v[3]), iv(v[4])]), iv(v[2]))
    if not total and car:
        return [(0, sum((v[k].yuan() for k in (1, 2, 5)), Decimal(0)), [v[1], v[2], v[5]])]
    if not car and (total or meets(iv_sum([iv(v[1]), iv(v[3]), iv(v[4]), iv(v[5])]), iv(v[0]))):
        return [(2, v[3].yuan() + v[4].yuan(), [v[3], v[4]])]
    return [] if total and car else [(-1, Decimal(0), [])]


def _item_instead(blocks: list[Block], side: int, tot: Figure, right: Decimal,
                  parts: list[Figure]) -> tuple[Figure, int, Decimal, list[Figure]]:
    """The cell to blame where a side's 合计 misses its items: the 合计 (index 0, ``right`` its items' sum), unless the
    三公 section states the 合计 as the table has it and one item as the 合计 less the others (公务接待费 typed as its
    own 预算: 「“三公”经费…决算为4.60万元」「公务接待费支出0.74万元」; read as sangong_text.t7_statements reads them,
    「…年初预算为A万元，支出决算为B万元」 the 合计's too) — then that item, the 合计 less the others, is off."""
    from .sangong_text import _T7_ITEMS, t7_statements

    kind = "预算" if side == 0 else "决算"
    said = [(item, f.yuan()) for item, k, f, *_ in t7_statements(blocks) if k == kind]
    half = Decimal("0.005") * MONEY_UNITS.get(tot.unit, 1)

    def stated(index: int, value: Decimal) -> bool:
        return any(item == _T7_ITEMS[index] and abs(y - value) < half for item, y in said)

    if not stated(0, tot.yuan()):
        return tot, 0, right, parts
    items = {k: f for k, f in zip((1, 2, 5), parts, strict=True)}
    fits = [(k, tot.yuan() - right + f.yuan()) for k, f in items.items()
            if tot.yuan() - right + f.yuan() >= 0 and stated(k, tot.yuan() - right + f.yuan())]
    if len(fits) != 1:
        return tot, 0, right, parts
    k, value = fits[0]
    return items[k], k, value, [tot, *(f for j, f in items.items() if j != k)]


def rule_sangong_sums(blocks: list[Block]) -> list[ReviewFinding]:
    """A 合计 or 小计 cell of the 三公 table's data row that is not the sum of its items, in the layout (each item's
    预算数 then 决算数, or all 预算数 then all 决算数) where the row's other sums hold."""
    out: list[ReviewFinding] = []
    for bi, b in enumerate(blocks):
        if not b.is_table or table_kind(b) != _T7:
            continue
        unit = table_unit(b)
        for row in b.rows:
            values = [v for x in row if (v := _cell_value(x, unit)) is not None]
            if len(values) != 12 and len(row) >= 12 and values:  # a zero printed blank: the row's last 12 cells
                last = [cell_amount(x, unit) for x in row[-12:]]
                values = [v for v in last if v is not None] if all(v is not None for v in last) else []
            if len(values) != 12:
                continue
            best: list[tuple[Figure, int, int, Decimal, list[Figure]]] | None = None
            for sides in ((values[0::2], values[1::2]), (values[:6], values[6:])):
                slips = [(v[k], side, k, right, parts) for side, v in enumerate(sides) for k, right, parts in _slips(v)]
                if any(k < 0 for _, _, k, _, _ in slips):
                    continue  # a side no one cell explains
                if best is None or len(slips) < len(best):
                    best = slips
            chosen = next((sides for sides in ((values[0::2], values[1::2]), (values[:6], values[6:]))
                           if best is not None and all(any(f is x for x in sides[side]) for f, side, *_ in best)),
                          None)
            for fig, side, k, right, parts in best or []:
                total, was = fig, k
                if k == 0:
                    fig, k, right, parts = _item_instead(blocks, side, fig, right, parts)
                what = f"{_NAMES[k]}{'预算数' if side == 0 else '决算数'}"
                shown = show(right, fig)
                quote = "、".join(x for x in row if x)
                if chosen is not None:  # the cells the finding is about, each by its column: not twelve bare figures
                    quote = "；".join(f"{_NAMES[j]}：预算数{chosen[0][j].raw}、决算数{chosen[1][j].raw}"
                                      for j in _ABOUT[k])
                if was == 0 and k:  # an item the stated 合计 blames
                    out.append(ReviewFinding(
                        CODES["R-TABLE-SUM"].level, "R-TABLE-SUM",
                        f"{_T7}中{what}为{fig.raw}，与合计不符：合计{total.raw}与正文相符，减去其余各项应为{shown}（正文亦为"
                        f"此数）。", quote=quote, place=f"{b.place}，{what}栏", expected=shown,
                        why=f"{amt(total)} − " + " − ".join(amt(p) for p in parts[1:]) + f" = {shown}", block=bi,
                        figure=fig.raw))
                    continue
                out.append(ReviewFinding(
                    CODES["R-TABLE-SUM"].level, "R-TABLE-SUM",
                    f"{_T7}中{what}为{fig.raw}，与各项之和不符：应为{shown}。",
                    quote=quote, place=f"{b.place}，{what}栏", expected=shown,
                    why=" + ".join(amt(p) for p in parts) + f" = {shown}", block=bi, figure=fig.raw,
                ))
    return out
