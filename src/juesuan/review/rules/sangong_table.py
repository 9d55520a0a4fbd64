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
from .table_blame import amounts_by_label
from .text_table import _cell_value, table_kind

_T7 = "财政拨款“三公”经费支出决算表"
_NAMES = ("合计", "因公出国（境）费", "公务用车购置及运行维护费", "公务用车购置费", "公务用车运行维护费", "公务接待费")


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


def _item_said(v: list[Figure], said: dict[str, set[Decimal]]) -> tuple[Figure, int, int, Decimal, list[Figure]]:
    """The 决算 side's wrong cell where its 合计 misses its items: the 合计, unless the text states the 合计 as
    the table does (「“三公”经费财政拨款支出决算为3.33万元」) and states one item (因公出国（境）费 or 公务接待费) at
    what the 合计 less the other items makes it — that item is the slip, 应为 the text's amount."""
    whole = (v[0], 1, 0, sum((v[k].yuan() for k in (1, 2, 5)), Decimal(0)), [v[1], v[2], v[5]])
    near = Decimal("0.005") * MONEY_UNITS.get(v[0].unit, 1)

    def stated(word: str, value: Decimal) -> bool:
        return any(word in k and "预算" not in k and any(abs(y - value) < near for y in ys) for k, ys in said.items())

    if not stated("三公", v[0].yuan()):
        return whole
    rights = {k: v[0].yuan() - sum((v[x].yuan() for x in (1, 2, 5) if x != k), Decimal(0)) for k in (1, 5)}
    items = [k for k, right in rights.items() if right >= 0 and stated(_NAMES[k].removesuffix("费"), right)]
    if len(items) != 1:
        return whole
    k = items[0]
    return v[k], 1, k, rights[k], [v[0], *(v[x] for x in (1, 2, 5) if x != k)]


def rule_sangong_sums(blocks: list[Block]) -> list[ReviewFinding]:
    """A 合计 or 小计 cell of the 三公 table's data row that is not the sum of its items, in the layout (each item's
    预算数 then 决算数, or all 预算数 then all 决算数) where the row's other sums hold."""
    out: list[ReviewFinding] = []
    said: dict[str, set[Decimal]] = {}
    for bi, b in enumerate(blocks):
        if not b.is_table or table_kind(b) != _T7:
            continue
        said = said or amounts_by_label(blocks)
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
                slips = [_item_said(v, said) if side == 1 and k == 0 and said else (v[k], side, k, right, parts)
                         for side, v in enumerate(sides) for k, right, parts in _slips(v)]
                if any(k < 0 for _, _, k, _, _ in slips):
                    continue  # a side no one cell explains
                if best is None or len(slips) < len(best):
                    best = slips
            for fig, side, k, right, parts in best or []:
                what = f"{_NAMES[k]}{'预算数' if side == 0 else '决算数'}"
                shown = show(right, fig)
                item = k in (1, 5)  # an item the text states, the 合计 it states too (_item_said)
                out.append(ReviewFinding(
                    CODES["R-TABLE-SUM"].level, "R-TABLE-SUM",
                    f"{_T7}中{what}为{fig.raw}，与合计决算数{amt(parts[0])}不符（合计与正文相符）：应为{shown}"
                    f"（正文亦为此数）。" if item else f"{_T7}中{what}为{fig.raw}，与各项之和不符：应为{shown}。",
                    quote="、".join(x for x in row if x), place=f"{b.place}，{what}", expected=shown,
                    why=f"{amt(parts[0])} − " + " − ".join(amt(p) for p in parts[1:]) + f" = {shown}" if item
                    else " + ".join(amt(p) for p in parts) + f" = {shown}", block=bi, figure=fig.raw,
                ))
    return out
