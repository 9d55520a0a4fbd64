"""What a blank cell means, decided once for every table of lines that add to a total.

The official 决算 tables leave a zero blank, and an accountant types a unit the way they look: the
rows that do not apply (上缴上级支出, 经营收入 … of a 行政单位) and a new 项's 上年决算 stay blank. So:

- a column the unit filled on some line of a table: a blank on another line of it is **0**;
- a column blank on every line of a table: **未填报** (its total and comparisons are not computed);
- 调整预算 is never filled in: blank there means the line was not adjusted (its 年初预算 is in force);
- a cell the reader rejected (text, negative, …: its finding names the cell) is no blank: it stays
  未填, so that one wrong cell is one finding, not a 0 that unbalances every total it is in.

A blank taken as 0 on a line that has an amount elsewhere (a new 项 with no 上年决算, 公务接待费
without a budget) is said in a 提示 naming the cells, so that a forgotten figure is not passed over;
a line blank or 0 in every column is a row that does not apply and is not mentioned. A 科目 typed with
its code and name only — no amount on it nor on any 科目 under it — is such a row: it is left out, as
the official tables leave out a 科目 without figures (``untyped``).

A fixed list of counts that makes up a total the unit gives (the eight 车辆 categories of 十一(三), which
the published text lists 0 by 0) is read the same way: ``listed_as_zero``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import replace
from decimal import Decimal

from . import catalog as c
from .findings import Finding, Level
from .model import Line, UnitData

NOT_FILLED_AS_ZERO = ("adjusted_budget",)  # blank = not adjusted, never 0
ZERO = Decimal(0)


def _leaves(lines: tuple[Line, ...]) -> set[int]:
    """Positions of the 科目 lines with no line under them (a 类/款 typed with code and name only
    is the sum of its children: it is never filled in)."""
    keys = [x.key for x in lines]
    return {i for i, k in enumerate(keys)
            if not any(o != k and o.startswith(k) for o in keys)}


def untyped(rows: Sequence[tuple[str, bool]]) -> set[int]:
    """Positions of the 科目 rows (code, whether an amount was typed or a cell rejected on it) with no
    amount on them nor on any row under them."""
    typed = [code for code, filled in rows if filled]
    return {i for i, (code, _) in enumerate(rows) if not any(k.startswith(code) for k in typed)}


def _typed(lines: tuple[Line, ...]) -> tuple[Line, ...]:
    empty = untyped([(x.key, bool(x.values or x.rejected)) for x in lines])
    return tuple(x for i, x in enumerate(lines) if i not in empty) if empty else lines


def _tables(data: UnitData) -> Iterator[tuple[str, str, tuple[Line, ...], Callable[[int, Line], bool]]]:
    """(data key, title, lines, which lines belong to the table) of each table whose lines add to a total."""
    yield "income", "本年收入", data.income, lambda _i, x: x.key in c.INCOME_CURRENT
    yield "spending", "本年支出", data.spending, lambda _i, x: x.key in c.SPENDING_CURRENT
    leaves = _leaves(data.functions)
    yield "functions", "支出功能分类", data.functions, lambda i, _x: i in leaves
    econ = _leaves(data.economics)
    yield "economics", "支出经济分类", data.economics, lambda i, _x: i in econ
    yield "controlled", "“三公”经费", data.controlled, lambda _i, x: x.key in c.THREE_PUBLIC
    yield "balances", "结转结余", data.balances, lambda _i, _x: True


def blanks_as_zero(data: UnitData) -> tuple[UnitData, tuple[Finding, ...]]:
    """The unit with each blank of a filled column read as 0 (see the module), and the 提示 naming
    the blanks so read on lines that have an amount."""
    notes: list[Finding] = []
    changes: dict[str, tuple[Line, ...]] = {}
    functions, economics = _typed(data.functions), _typed(data.economics)
    if functions is not data.functions or economics is not data.economics:
        data = replace(data, functions=functions, economics=economics)
    for key, title, lines, member in _tables(data):
        members = [i for i, x in enumerate(lines) if member(i, x)]
        filled = {col for i in members for col in lines[i].values if col not in NOT_FILLED_AS_ZERO}
        out = list(lines)
        for i in members:
            x = lines[i]
            missing = [col for col in _ordered(filled) if x.get(col) is None and col not in x.rejected]
            if not missing:
                continue
            out[i] = replace(x, values={**x.values, **dict.fromkeys(missing, ZERO)})
            if any(v for v in x.values.values()) and x.index >= 0:
                cols = "、".join(LABELS.get(col, col) for col in missing)
                notes.append(Finding(
                    Level.INFO, "I-BLANK-AS-ZERO",
                    f"{title}中{_name(key, x)}的{cols}留空，按0计算（官方决算表对0留空）。不是0的，请填写。",
                    (key, x.index, missing[0]),
                ))
        if out != list(lines):
            changes[key] = tuple(out)
    if not changes:
        return data, tuple(notes)
    get = changes.get
    return replace(data, income=get("income", data.income), spending=get("spending", data.spending),
                   functions=get("functions", data.functions), economics=get("economics", data.economics),
                   controlled=get("controlled", data.controlled), balances=get("balances", data.balances),
                   ), tuple(notes)


LABELS = {**c.SCENARIOS, **c.FISCAL_COLUMNS, **c.BALANCE_COLUMNS}


def _ordered(columns: set[str]) -> list[str]:
    known = [col for col in LABELS if col in columns]
    return known + sorted(columns - set(known))


def _name(table: str, line: Line) -> str:
    if table in ("functions", "economics"):
        return f"{line.key}“{line.name}”"
    return c.display_name(line.name)


def listed_as_zero(given: Mapping[str, int], keys: Sequence[str], total: int | Decimal | None) -> dict[str, int]:
    """A list of counts with a blank read as 0, where some are typed and they add up to the unit's
    ``total`` (or it gives none): 其他用车 1 of a unit with 1 car leaves the other categories blank, as
    the official list's zeros. As given where none is typed (未填报), or where the typed ones fall short
    of the total (a category may be missing: the text asks for it)."""
    if not given or (total is not None and sum(given.values()) != total):
        return dict(given)
    return {k: given.get(k, 0) for k in keys}
