"""Which cell a parent row that does not add up blames: the parent, or one of its children.

A parent (301) whose children (30101 …) add to another amount is wrong only when nothing else holds it. Where
the table's other relations confirm it — its own parent adds up with it and its siblings, or the side's 合计
row adds up with it and the other top-level codes (「人员经费合计」 = 301 + 303) — a child is the wrong cell;
the one child whose corrected value (the parent less the other children) differs from it by one slip of the
pen (two digits beside each other swapped, one digit changed, left out or added) is blamed with that value;
with none or several, no child is named and no 应为 given.

A row also holds together across its columns (the template's 年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余 of
公开08/09, a 合计 column the sum of the 基本支出/项目支出… after it): where the parent's row holds and exactly one
child's row does not, and the child's corrected value makes it hold, that child is the wrong cell whatever the
digits (``blame_unbalanced``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from ..base import amt, iv, iv_neg, iv_sum, meets, show
from ..figures import MONEY_UNITS, Figure
from .digit_slips import one_edit as _one_edit
from .digit_slips import slip_kind


def confirmed(g: Any, codes: dict[int, str], c: int, r: int, total_level: Callable[[str], int]) -> str:
    """What else in the table holds the parent at row ``r`` (column ``c``): "" when nothing does."""
    code = codes[r]
    if len(code) > 3:  # its own parent adds up with it and its siblings
        up = next((x for x, k in codes.items() if k == code[:-2]), None)
        sibs = [x for x, k in codes.items() if len(k) == len(code) and k.startswith(code[:-2])]
        if up is not None and _adds(g, up, sibs, c):
            return f"与上级科目{code[:-2]}及同级各科目之和相符"
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


# the columns a 合计 column of expenditure is the sum of (公开03/05/08/09)
_SPENT_PARTS = re.compile(r"基本支出|项目支出|上缴上级支出|经营支出|对附属单位补助支出")


def _heads(g: Any) -> list[str]:
    """Each column's header rows read together, each text once (「本年支出合计」)."""
    out = []
    for c in range(g.width):
        texts = [row[c].replace(" ", "") for row in g.b.rows[: g.top] if c < len(row) and row[c].strip()]
        out.append("".join(dict.fromkeys(texts)))
    return out


Equation = tuple[list[int], list[int], int, str]


def row_equations(g: Any) -> list[Equation]:
    """The equations each row of the table keeps across its columns, by the headers: (added, subtracted, result,
    the equation in words)."""
    heads = _heads(g)
    out: list[Equation] = []

    def one(word: str) -> int | None:
        found = [c for c, h in enumerate(heads) if word in h]
        return found[0] if len(found) == 1 else None

    for c, h in enumerate(heads):
        if not re.search(r"合计|小计|本年支出", h) or _SPENT_PARTS.search(h) or "收入" in h:
            continue
        parts = []
        for x in range(c + 1, g.width):
            if not _SPENT_PARTS.search(heads[x]):
                break
            parts.append(x)
        if len(parts) >= 2:
            out.append((parts, [], c, f"{h}＝{'＋'.join(heads[x] for x in parts)}"))
    opening, income, closing = one("年初结转"), one("本年收入"), one("年末结转")
    if opening is not None and income is not None and closing is not None and opening < income < closing:
        spent = next((x for x in range(income + 1, closing) if re.search(r"本年支出|合计|小计", heads[x])), None)
        if spent is not None:
            out.append(([opening, income], [spent], closing, "年初结转和结余＋本年收入－本年支出＝年末结转和结余"))
    return out


def _cell_or_zero(g: Any, r: int, c: int) -> Figure | None:
    f = g.cell(r, c)
    if f is None and c < len(g.b.rows[r]) and g.b.rows[r][c].strip() in ("", "-", "—"):
        return Figure(Decimal(0), "", "0", 0, 0, 2)
    return f


def _holds(g: Any, r: int, eq: Equation, c: int = -1, value: Decimal | None = None) -> bool | None:
    """Whether row ``r`` keeps equation ``eq`` (with ``value``, 元, in column ``c``); None when a cell is unread."""
    added, subtracted, result, _ = eq
    spans = {}
    for x in (*added, *subtracted, result):
        f = _cell_or_zero(g, r, x)
        if f is None:
            return None
        spans[x] = (value, value) if x == c and value is not None else iv(f)
    left = iv_sum([*(spans[x] for x in added), *(iv_neg(spans[x]) for x in subtracted)])
    return meets(left, spans[result])


def blame_unbalanced(g: Any, code: str, r: int, c: int, kids: list[int]) -> bool:
    """The child a parent that does not add up blames by the rows' own equations: the parent's row holds in every
    equation column ``c`` is in, exactly one child's row does not and holds with the value that makes the parent
    add up — that child, with that value. False (nothing said) otherwise."""
    eqs = [eq for eq in row_equations(g) if c in (*eq[0], *eq[1], eq[2])]
    tot = g.cell(r, c)
    figs = {x: g.cell(x, c) for x in kids}
    if not eqs or tot is None or any(f is None for f in figs.values()) or not all(_holds(g, r, eq) for eq in eqs):
        return False
    total = sum((f.yuan() for f in figs.values() if f is not None), Decimal(0))
    gap = tot.yuan() - total
    off = [x for x in kids if any(_holds(g, x, eq) is False for eq in eqs)]
    if len(off) != 1:
        return False
    x = off[0]
    failing = [eq for eq in eqs if _holds(g, x, eq) is False]
    if not any(eq[1] for eq in row_equations(g)) and all(eq[2] == c for eq in failing):
        return False  # the child's 合计 off its parts (公开03/05): the row sums' R-TABLE-SUM names that cell already
    f = figs[x]
    if f is None or f.yuan() + gap < 0 or not all(_holds(g, x, eq, c, f.yuan() + gap) for eq in eqs):
        return False
    right, others = f.yuan() + gap, total - f.yuan()
    said = "、".join(eq[3] for eq in eqs)
    g.emit("R-TABLE-PARENT",
           f"上级科目{code}与下级科目之和不符：{code}为{amt(tot)}，与其本行各列相符（{said}），下级科目"
           f"{g.label(x, c)}的{f.raw}应为{show(right, tot)}（以此代入，该行各列亦相符）。",
           x, f, show(right, tot), _balance_why(g, x, c, failing, tot, right, others), col=c)
    return True


def _balance_why(g: Any, x: int, c: int, failing: list[Equation], tot: Figure, right: Decimal,
                 others: Decimal) -> str:
    """The 计算 of a child blamed by its own row (blame_unbalanced): the row's balance as written, that does not
    hold, and with ``right`` in column ``c``, that does; then the parent's sum where other children add to it."""
    def side(eq: Equation, value: Decimal | None) -> tuple[str, Decimal]:
        terms, total = [], Decimal(0)
        for k, col in enumerate((*eq[0], *eq[1])):
            v = value if col == c and value is not None else _cell_or_zero(g, x, col).yuan()  # type: ignore[union-attr]
            sign = 1 if k < len(eq[0]) else -1
            terms.append(("" if k == 0 else " + " if sign > 0 else " − ") + show(v, tot))
            total += sign * v
        return "".join(terms), total

    steps = []
    for eq in failing:
        (written, got), (fixed, held) = side(eq, None), side(eq, right)
        result = _cell_or_zero(g, x, eq[2])
        shown = show(result.yuan(), tot) if result is not None else "—"
        steps.append(f"{g.label(x, c)}行（{eq[3]}）：{written} = {show(got, tot)}，不等于{shown}；"
                     f"代入{show(right, tot)}：{fixed} = {show(held, tot)}")
    if others:
        steps.append(f"{amt(tot)} − {show(others, tot)}（其余下级科目之和） = {show(right, tot)}")
    return "；".join(steps)


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
        others = [k for k in kids if k != x]
        kind = slip_kind(_digits(f.yuan(), f), _digits(right, f))
        # the 计算: the parent less each other child by its name; an only child is the parent's amount itself
        why = (f"{named_row(g, r, c)}{amt(tot)}"
               + "".join(f" − {named_row(g, k, c)}{amt(figs[k])}" for k in others) + f" = {show(right, tot)}"
               if others else f"{named_row(g, x, c)}是{named_row(g, r, c)}唯一的下级科目，应与之相同：{amt(tot)}")
        g.emit("R-TABLE-PARENT",
               f"上级科目{named_row(g, r, c)}与下级科目之和不符：{code}为{amt(tot)}（{why_held}），下级科目"
               f"{named_row(g, x, c)}的{f.raw}应为{show(right, tot)}（{kind}）。",
               x, f, show(right, tot), why, col=c)
        return
    # several children one slip away (86.40 → 68.40 and 64.80 → 46.80 both close a gap of 18.00): named, none chosen
    which = "、".join(f"{_name(g, x, c)}的{figs[x].raw}（若为{show(figs[x].yuan() + gap, tot)}）" for x in slips)
    look = f"下级科目{which}各只差一处数字笔误即可相符，请核对这几项" if 1 < len(slips) <= 3 else "请逐项核对"
    g.emit("R-TABLE-PARENT",
           f"上级科目{code}与下级科目之和不符：下级科目之和为{show(total, tot)}，而{code}的{amt(tot)}与表中其他数字"
           f"相符（{why_held}），应是某下级科目有误，{look}（无法判断是哪一项，未给出应为值）。",
           r, tot, "", " + ".join(f"“{g.label(x, c)}”{amt(f)}" for x, f in figs.items()) + f" = {show(total, tot)}",
           col=c)


def named_row(g: Any, r: int, c: int) -> str:
    """A row as a message names it: its 科目名称 with its code as the table prints it
    (「“城市社区卫生机构”（2100301）」), else its label (「“合计”」)."""
    code, name = g.label(r, c).strip(), _name(g, r, c).strip()
    return f"“{name}”（{code}）" if name != code else f"“{code}”"


def _name(g: Any, r: int, c: int) -> str:
    """A row's name for the text: the 科目名称 beside its code, else its label."""
    label, side, row = g.label(r, c), g.side_of(c), g.b.rows[r]
    after = row[side + 1].strip() if side + 1 < len(row) else ""
    return after if re.fullmatch(r"\d{3,7}", label.strip()) and after and not re.search(r"\d", after) else label


def amounts_by_label(blocks: list[Any]) -> dict[str, set[Decimal]]:
    """The amounts the text states (元), by the words naming each (「年末结转和结余3149.77万元」): what a line of a
    table the text describes should read. (share_bases.stated_amounts walks the same figures for shares, keeping each
    Figure with a shorter name; this one keys 元 amounts by the label as written.)"""
    from ..sentences import raw_label, sentences

    out: dict[str, set[Decimal]] = {}
    for b in blocks:
        if b.is_table:
            continue
        for s in sentences(b.text):
            for x in s.figs:
                if x.role == "level" and not x.paren and x.f.is_money:
                    out.setdefault(_plain(raw_label(s.text, x.f.start)), set()).add(x.f.yuan())
    return out


def _plain(label: str) -> str:
    return re.sub(r"^(?:[一二三四五六七八九十]+、|\d+[、.．])|[\s“”\"]", "", label)


def _other_total(g: Any, r: int, c: int, tot: Figure) -> str:
    """The other side's total on row ``r`` of a two-sided table (收入 | 支出), where it states ``tot`` and adds up
    with its own lines (``g.summed``): 「收入方“总计”」; "" otherwise."""
    for c2 in range(1, g.width):
        if g.side_of(c2) == g.side_of(c) or (r, c2) not in g.summed:
            continue
        other = g.cell(r, c2)
        if other is not None and other.yuan() == tot.yuan() and g.label(r, c2).strip() == g.label(r, c).strip():
            side = g.side_of(c2)
            heads = "".join(row[side] for row in g.b.rows[: g.top] if side < len(row))
            named = next((w for w in ("收入", "支出") if w in heads), "另一")
            return f"{named}方的“{g.label(r, c2).strip()}”"
    return ""


def blame_line(g: Any, r: int, c: int, rows: list[int], tot: Figure) -> bool:
    """A two-sided table's total (「总计」) that its lines do not add up to, while the other side's total on the same
    row states the same amount and adds up (收入总计 = 支出总计: the total holds): one of its lines is wrong — the one
    whose corrected value (the total less the other lines) the text states under its name, else the one that
    value is one slip of the pen away from, else the one line left where the others are totals adding up with their
    own lines, with that value; with none or several, the total's row without 应为.
    False where the other side does not hold the total (the total is then what is off)."""
    held = _other_total(g, r, c, tot)
    figs = {x: g.cell(x, c) for x in rows}
    if not held or any(f is None for f in figs.values()):
        return False
    total = sum((f.yuan() for f in figs.values()), Decimal(0))
    gap = tot.yuan() - total
    said = getattr(g, "said", {})

    def stated(x: int, v: Decimal) -> bool:
        name = _plain(g.label(x, c))
        return len(name) >= 4 and any(k.endswith(name) and any(abs(y - v) < Decimal("0.005") * MONEY_UNITS.get(
            tot.unit, 1) for y in ys) for k, ys in said.items())

    right = {x: f.yuan() + gap for x, f in figs.items() if f.yuan() + gap >= 0 and f.raw.strip()}
    named = [x for x, v in right.items() if stated(x, v)]
    slips = [x for x, v in right.items() if _one_edit(_digits(figs[x].yuan(), tot), _digits(v, tot))]
    # a line that is a total adding up with its own lines (「本年支出合计」 of the 类 above it) holds: where every line
    # but one does, that one is what is off
    sound = [x for x in right if (x, c) in g.summed]
    free = [x for x in right if x not in sound]
    blamed = (named if len(named) == 1 else slips if len(slips) == 1 and not named
              else free if len(free) == 1 and sound and not named and not slips else [])
    label = g.label(r, c).strip()
    if blamed:
        x, f = blamed[0], figs[blamed[0]]
        why = ("正文亦为此数" if blamed == named else "二者只差一处数字笔误" if blamed == slips
               else "、".join(f"“{g.label(y, c).strip()}”" for y in sound) + "与其上各行之和相符")
        others = total - f.yuan()
        g.emit("R-TABLE-SUM",
               f"“{g.label(x, c).strip()}”为{amt(f)}，与“{label}”不符：“{label}”{amt(tot)}与{held}相符，减去其余各行"
               f"应为{show(right[x], tot)}（{why}）。",
               x, f, show(right[x], tot), f"{amt(tot)} − {show(others, tot)}（其余各行之和） = {show(right[x], tot)}",
               col=c)
        return True
    g.emit("R-TABLE-SUM",
           f"“{label}”与上方各行之和不符：上方各行之和为{show(total, tot)}，而“{label}”{amt(tot)}与{held}相符，应是上方"
           f"某行有误，请逐项核对（无法判断是哪一项，未给出应为值）。",
           r, tot, "", " + ".join(f"“{g.label(x, c)}”{amt(f)}" for x, f in figs.items()) + f" = {show(total, tot)}",
           col=c)
    return True
