"""Totals two 公开 tables both show (公开01 = 公开02/03, 公开03 = 公开05, 公开05 基本支出 = 公开06): one
number, one value — and where two tables disagree by a last digit, the one whose own row does not add up."""

from __future__ import annotations

import re
from decimal import Decimal

from ...core.codes import CODES
from ...core.findings import Level
from ..base import ReviewFinding, amt, iv, iv_sum, meets
from ..blocks import Block, table_unit
from ..figures import Figure
from ..subjects import classes_add_up
from .tables import rule_tables
from .text_table import _cell_value, _plain, _table_values, table_kind


def _table_total(blocks: list[Block], kind: str, label: str) -> Figure | None:
    """The first amount right of the cell ``label`` in the table ``kind`` (one value, else None)."""
    found: set[Decimal] = set()
    first = None
    for b in blocks:
        if not b.is_table or table_kind(b) != kind:
            continue
        unit = table_unit(b)
        for row in b.rows:
            for c, cell in enumerate(row):
                if _plain(cell) != label:
                    continue
                value = next((v for x in row[c + 1 : c + 3] if (v := _cell_value(x, unit))), None)
                if value is not None:
                    found.add(value.yuan())
                    first = first or value
    return first if len(found) == 1 else None



# --- the same total in two tables -----------------------------------------------------------

_T1, _T2, _T3, _T5, _T6 = ("收入支出决算总表", "收入决算表", "支出决算表", "一般公共预算财政拨款支出决算表",
                           "一般公共预算财政拨款基本支出决算表")
# the 合计 row's columns in the template's order
_COLUMNS = {_T2: ("本年收入合计", "财政拨款收入"), _T3: ("本年支出合计", "基本支出", "项目支出"),
            _T5: ("合计", "基本支出", "项目支出")}


def _total_amounts(blocks: list[Block], kind: str) -> list[Figure]:
    """The amounts of a table's 合计 row in column order (a blank cell is 0), [] when not read."""
    for b in blocks:
        if not b.is_table or table_kind(b) != kind:
            continue
        unit = table_unit(b)
        zero = Figure(Decimal(0), unit, "0", 0, 0, 2)
        for row in b.rows:
            at = next((i for i, x in enumerate(row) if x.strip()), None)  # the row's label: its first cell
            if at is None or at > 2 or _plain(row[at]) != "合计":
                continue
            # "合计" in the code column with the name column left blank (merged cells)
            cells = row[at + 2 :] if at == 0 and len(row) > 2 and not row[1].strip() else row[at + 1 :]
            values = [_cell_value(x, unit) if x.strip() else zero for x in cells]
            if values and all(v is not None for v in values) and values[0] is not zero:
                return [v for v in values if v is not None]
    return []


def _broken(b: Block) -> bool:
    """A table that does not add up in itself: said there, once; its totals are not compared."""
    return not classes_add_up(b) or any(f.code in ("R-TABLE-SUM", "R-TABLE-PARENT") for f in rule_tables([b]))


def _cross(level: Level, text: str, blocks: list[Block], bi: int, shown: Figure, expected: str,
           why: str, code: str = "R-TABLE-CROSS") -> ReviewFinding:
    """A finding on a table's cell; its value as the cell would print it (the table's 单位 is given above it)."""
    if not re.search(r"[元%]", shown.raw):
        expected = expected.removesuffix("万元").removesuffix("元")
    return ReviewFinding(level, code, text, quote=f"{table_kind(blocks[bi])}：合计 {shown.raw}",
                         place=f"{blocks[bi].place}，“合计”行", expected=expected, why=why, block=bi, figure=shown.raw)


def rule_cross_tables(blocks: list[Block]) -> list[ReviewFinding]:
    """Totals two 公开 tables both show: 公开01 本年收入/支出合计 = 公开02/03 合计; 公开03 = 公开05
    column by column when their totals are equal (then the unit spent nothing but 一般公共预算
    财政拨款); 公开05 基本支出 = 公开06 人员经费 + 公用经费 (a difference the rounding of the
    two parts explains is 尾数, not reported)."""
    where = {k: bi for bi, b in enumerate(blocks) if b.is_table and (k := table_kind(b))}
    level = CODES["R-TABLE-CROSS"].level
    out = []
    for label, other in (("本年收入合计", _T2), ("本年支出合计", _T3)):
        x = _table_total(blocks, _T1, label) if _T1 in where else None
        ys = _total_amounts(blocks, other) if other in where else []
        if x is not None and ys and x.yuan() != ys[0].yuan():
            out.append(_cross(level, f"{other}的合计{amt(ys[0])}与{_T1}的{label}{amt(x)}不一致：同一个数应相同。",
                              blocks, where[other], ys[0], amt(x), f"{_T1}：{label} {x.raw}"))
    t3, t5 = (_total_amounts(blocks, k) if k in where and not _broken(blocks[where[k]]) else [] for k in (_T3, _T5))
    if len(t3) >= 3 and len(t5) >= 3 and t3[0].yuan() == t5[0].yuan():
        # the same 合计 (the unit spent nothing but 一般公共预算财政拨款): the split must agree too,
        # beyond one unit of the last digit (a 合计 summed from rounded lines: 尾数, not reported)
        for col in (1, 2):
            name = _COLUMNS[_T5][col]
            if abs(t5[col].yuan() - t3[col].yuan()) > 2 * t5[col].half_yuan():
                out.append(_cross(level, f"{_T5}合计行的{name}{amt(t5[col])}与{_T3}的{amt(t3[col])}不一致：两表合计"
                                  f"相同（只有一般公共预算财政拨款支出），{name}也应相同。", blocks, where[_T5],
                                  t5[col], amt(t3[col]), f"{_T3}：合计 {name} {t3[col].raw}"))
            elif _fiscal_only(blocks, where) and (wrong := _last_digit(t3, t5, col)):
                bad, good, kind = (t5, t3, _T5) if wrong == _T5 else (t3, t5, _T3)
                other = _T3 if kind == _T5 else _T5
                mended = [good[col] if i == col else x for i, x in enumerate(bad[:3])]
                why = f"{bad[1].raw} + {bad[2].raw} ≠ {bad[0].raw}；{mended[1].raw} + {mended[2].raw} = {mended[0].raw}"
                out.append(_cross(level, f"{kind}合计行的{name}{amt(bad[col])}与{other}的{amt(good[col])}差一个尾数，"
                                  f"且本行基本支出＋项目支出不等于合计：{name}应改为{amt(good[col])}，改正后本行"
                                  f"{mended[1].raw} + {mended[2].raw} = {mended[0].raw}，与{other}一致。",
                                  blocks, where[kind], bad[col], amt(good[col]), why))
    out.extend(_income_lines(blocks, where))
    parts = [_table_total(blocks, _T6, p) for p in ("人员经费合计", "公用经费合计")] if _T6 in where else []
    values = [p for p in parts if p is not None]
    if len(t5) >= 2 and len(values) == 2 and not _broken(blocks[where[_T6]]):
        x, total = t5[1], values[0].yuan() + values[1].yuan()
        if total != x.yuan() and not meets(iv_sum([iv(p) for p in values]), iv(x)):  # else 尾数: nothing to say
            out.append(_cross(
                level, f"{_T5}的基本支出{amt(x)}与{_T6}的人员经费合计＋公用经费合计不一致。",
                blocks, where[_T5], x, amt(Figure(total / (10000 if x.unit == "万元" else 1), x.unit, "", 0, 0, 2)),
                " + ".join(p.raw for p in values)))
    return out


def _adds(row: list[Figure]) -> bool:
    return row[1].yuan() + row[2].yuan() == row[0].yuan()


def _last_digit(t3: list[Figure], t5: list[Figure], col: int) -> str:
    """Which of two 合计 rows that show one split (公开03, 公开05; same 合计) holds a wrong last digit in
    ``col``: the one whose 基本支出 + 项目支出 is not its 合计 while the other's is, and whose sum the other's
    figure mends; "" where the two agree or neither is shown wrong (a rounded 尾数 is not an error)."""
    if t3[col].yuan() == t5[col].yuan() or min(abs(t3[col].yuan()), abs(t5[col].yuan())) < 2000 * t5[col].half_yuan():
        return ""  # agreed; or so small (a few 元 shown in 万元) that equal 合计 do not say "the same money"
    for bad, good, kind in ((t5, t3, _T5), (t3, t5, _T3)):
        mended = [good[col] if i == col else x for i, x in enumerate(bad[:3])]
        if not _adds(bad) and _adds(good) and _adds(mended):
            return kind
    return ""


def _fiscal_only(blocks: list[Block], where: dict[str, int]) -> bool:
    """Whether 公开02 shows all of the year's income as 财政拨款 (its 合计 row: 本年收入合计 = 财政拨款收入):
    then 公开03 and 公开05 with one 合计 are one money, to the 元."""
    t2 = _total_amounts(blocks, _T2) if _T2 in where else []
    # — and no other income shown (「事业收入 0.01」: 62.61元 that the 万元 合计 rounds away is other money)
    return len(t2) >= 2 and t2[0].yuan() == t2[1].yuan() and all(not x.yuan() for x in t2[2:])


# the income lines 公开01 lists and 公开02 heads its columns with (the 财政拨款 lines are split otherwise)
_INCOME = ("上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入")


def _income_lines(blocks: list[Block], where: dict[str, int]) -> list[ReviewFinding]:
    """公开01's income lines (事业收入, 经营收入 …) against the 公开02 合计 row's column of the same name, where the
    two tables' 本年收入合计 agree: the table whose own 合计 does not add up with its figure, and does with the
    other table's, holds the slip (公开01's line is checked by its rows' sum, 公开02's by its 合计 row across the
    columns); where neither tells, nothing is said."""
    if _T1 not in where or _T2 not in where:
        return []
    t1, t2 = _table_total(blocks, _T1, "本年收入合计"), _total_amounts(blocks, _T2)
    if t1 is None or len(t2) < 3 or t1.yuan() != t2[0].yuan():
        return []
    lines1, lines2 = (_table_values(blocks[where[k]]) for k in (_T1, _T2))
    pairs = {}  # each income line both tables show once, where they differ: 公开01's figure, 公开02's
    for name in _INCOME:
        xs, ys = lines1.get(name, []), {y.yuan(): y for y in lines2.get(name, [])}
        if len(xs) == 1 and len(ys) == 1 and (y := next(iter(ys.values()))).yuan() != xs[0].yuan():
            pairs[name] = (xs[0], y)
    broken2 = bool(pairs) and _broken(blocks[where[_T2]])
    out = []
    for name, (x, y) in pairs.items():
        # two lines written in each other's rows (事业收入's figure on 其他收入's line and back): 公开01 still adds up
        swapped = next((n for n, (a, b) in pairs.items() if n != name and a.yuan() == y.yuan()
                        and b.yuan() == x.yuan()), "")
        at = [k for k, f in enumerate(t2) if k and f.yuan() == y.yuan()]  # y's column in 公开02's 合计 row
        mended = [x if k in at else f for k, f in enumerate(t2)]
        # 公开02's 合计 row adds up (and its columns down its rows): 公开01's line is the slip
        if meets(iv_sum([iv(f) for f in t2[1:]]), iv(t2[0])) and not broken2:
            bi, bad, good = where[_T1], x, y
            label = next((r[c] for r in blocks[bi].rows for c, cell in enumerate(r)
                          if _plain(cell).endswith(name) and x.raw in r[c + 1 : c + 3]), name)
            text = (f"{_T1}的{name}{amt(x)}与{_T2}合计行的{name}{amt(y)}不一致：两表本年收入合计相同，{_T2}合计行各列"
                    f"之和与本年收入合计相符，应为{amt(y)}。")
            if swapped:
                text = (f"{_T1}的{name}{amt(x)}与本表{swapped}{amt(y)}两行的数写反了：{_T2}合计行的{name}为{amt(y)}、"
                        f"{swapped}为{amt(x)}（各列之和与本年收入合计相符），应为{amt(y)}。")
        elif len(at) == 1 and meets(iv_sum([iv(f) for f in mended[1:]]), iv(t2[0])):
            bi, bad, good, label = where[_T2], y, x, "合计"
            text = (f"{_T2}合计行的{name}{amt(y)}与{_T1}的{name}{amt(x)}不一致：两表本年收入合计相同，本行各列之和与"
                    f"本年收入合计不符，改为{amt(x)}后相符：应为{amt(x)}。")
        else:
            continue
        out.append(ReviewFinding(
            CODES["R-TABLE-CROSS"].level, "R-TABLE-CROSS", text, quote=f"{label}：{bad.raw}",
            place=f"{blocks[bi].place}，“{label}”行",
            expected=good.raw if not re.search(r"[元%]", bad.raw) else amt(good),
            why=f"{_T2 if bi == where[_T1] else _T1}：{name} {good.raw}", block=bi, figure=bad.raw))
    return out
