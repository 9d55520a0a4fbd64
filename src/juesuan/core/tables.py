"""The report's tables as data: columns (with the arithmetic that makes derived ones) and rows.

The same tables feed the Word export and the workbook's 分析表; a derived column names its
operation so the workbook can write it as an Excel formula over the same cells.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any, TypedDict

from . import catalog as c
from .compare import shares, tail_adjusted
from .expr import DIVISOR, TOTAL, column_expr
from .figures import PLAN, WHOLE_YEAR, WHOLE_YEAR_NOTE, Figures, Group, group, has_adjusted, plan_label, with_plan
from .indicators import Indicator
from .model import Line

Value = Decimal | str | int | None


class ColumnKind(StrEnum):
    """How a column's values are shown (a ``StrEnum``: equal to the plain strings, and so in JSON)."""

    TEXT = "text"
    MONEY = "money"
    PCT = "pct"
    COUNT = "count"
    NUMBER = "number"


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    kind: ColumnKind = ColumnKind.MONEY
    op: tuple[str, ...] = ()  # ("sub", a, b) | ("pct_change", a, b) | ("rate", a, b) | ("share", a) | ("per", a)


@dataclass(frozen=True)
class Row:
    label: str
    values: dict[str, Value]
    total: bool = False
    level: int = 0  # indentation (功能分类 款/项)
    source: tuple[str, int] | None = None  # (input table, row index) the row comes from


@dataclass(frozen=True)
class Table:
    key: str
    title: str
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    unit_note: str = "单位：元"
    extras: dict[str, Value] = field(default_factory=dict)  # e.g. the divisor of "per" columns
    note: str = ""  # printed under the table: what a column means (全年预算)

    def as_dict(self) -> dict[str, Any]:
        return {
            "key": self.key, "title": self.title, "unit_note": self.unit_note,
            **({"note": self.note} if self.note else {}),
            "columns": [{"key": col.key, "label": col.label, "kind": col.kind.value} for col in self.columns],
            "rows": [
                {"label": row.label, "total": row.total, "level": row.level,
                 "values": {k: None if v is None else str(v) for k, v in row.values.items()}}
                for row in self.rows
            ],
        }


def _amount(values: Mapping[str, Value], key: str) -> Decimal | None:
    """An operand of a derived column: an amount, or ``None`` where it is missing.

    An operand that is text (or a count) is a mistake in the column definitions, not missing data.
    """
    value = values.get(key)
    if value is None or isinstance(value, Decimal):
        return value
    raise TypeError(f"column {key!r} is an operand of a derived column but holds {value!r}, not an amount")


def _divisor(extras: Mapping[str, Value]) -> Decimal | int | None:
    """The divisor of "per" columns (年平均在职人数: a count, or a Decimal as the unit typed it)."""
    value = extras.get("per")
    if value is None or isinstance(value, (Decimal, int)):
        return value
    raise TypeError(f"the divisor of a per-person column is {value!r}, not a number")


def evaluate(op: tuple[str, ...], values: Mapping[str, Value], totals: Mapping[str, Value],
             extras: Mapping[str, Value]) -> Value:
    """The value of a derived column: exactly what its Excel formula computes (``core/expr``)."""
    e = column_expr(op)
    env: dict[str, Decimal | None] = {}
    for ref in e.refs():
        if ref == DIVISOR:
            divisor = _divisor(extras)
            env[ref] = None if divisor is None else Decimal(divisor)
        elif ref.startswith(TOTAL):
            env[ref] = _amount(totals, ref.removeprefix(TOTAL))
        else:
            env[ref] = _amount(values, ref)
    return e.evaluate(env)


class Meta(TypedDict, total=False):
    """What a table row carries besides its line's amounts."""

    values: dict[str, Value]  # further columns (e.g. the 科目编码)
    total: bool
    level: int
    source: tuple[str, int] | None


def _table(key: str, title: str, columns: Sequence[Column], lines: list[tuple[Line, Meta]],
           total: Line | None, total_label: str, unit_note: str = "单位：元",
           extras: dict[str, Value] | None = None) -> Table:
    extras = extras or {}
    inputs = [col.key for col in columns if not col.op and col.key != "name"]
    total_values: dict[str, Value] = {k: total.get(k) for k in inputs} if total is not None else {}
    rows: list[tuple[str, dict[str, Value], Meta]] = []
    for line, meta in lines:
        values: dict[str, Value] = {"name": line.name}
        values.update({k: line.get(k) for k in inputs})
        values.update(meta.get("values", {}))
        rows.append((line.name, values, meta))
    if total is not None:
        rows.append((total_label, {"name": total_label, **total_values}, {"total": True}))
    out = []
    for label, values, meta in rows:
        for col in columns:
            if col.op:
                values[col.key] = evaluate(col.op, values, total_values, extras)
        out.append(Row(label, values, meta.get("total", False), meta.get("level", 0), meta.get("source")))
    for col in columns:
        if col.op[:1] == ("share",):
            _tail_adjust(out, col, total_values.get(col.op[1]))
    return Table(key, title, tuple(columns), tuple(out), unit_note, extras)


def share_parts(rows: Sequence[Row]) -> list[int]:
    """The rows a 占比 column divides among them: the detail rows (a table's total row is the whole)."""
    return [i for i, row in enumerate(rows) if not row.total and row.level == 0]


def _tail_adjust(rows: Sequence[Row], col: Column, whole: Value) -> None:
    """A 占比 column as printed: each share rounded once and the 尾差 on the largest part, by the rule
    the text's share lists follow (``compare.shares``), so the column adds to 100.00% and the sentence
    quoting a row shows the table's figure. The workbook's formula is ``expr.tail_share``."""
    at = share_parts(rows)
    parts = [rows[i].values.get(col.op[1]) for i in at]
    amounts = [p for p in parts if isinstance(p, Decimal)]
    if not isinstance(whole, Decimal) or len(amounts) < len(parts):
        return
    for i, share in zip(at, shares(amounts, whole) or [], strict=False):
        rows[i].values[col.key] = share


NAME = Column("name", "项目", ColumnKind.TEXT)
def final_vs_budget(label: str = "预算", rate_word: str = c.RATE_WORDS["spending"]) -> tuple[Column, ...]:
    """决算 against the budget in force, named by ``label`` (预算 / 年初预算 / 调整预算, or 全年预算
    where the rows mix: see ``plan_note``), and 上年决算. ``rate_word``: 执行率 of spending, 完成率 of income
    (``catalog.RATE_WORDS``)."""
    return (
        Column(PLAN, label if label == WHOLE_YEAR else f"本年{label}"), Column("final", "本年决算"),
        Column("d_plan", f"比{label}增减", op=("sub", "final", PLAN)),
        Column("r_plan", rate_word, ColumnKind.PCT, ("rate", "final", PLAN)),
        Column("prior_final", "上年决算"),
        Column("d_prior", "比上年增减", op=("sub", "final", "prior_final")),
        Column("p_prior", "增减率", ColumnKind.PCT, ("pct_change", "final", "prior_final")),
    )


FINAL_VS_BUDGET = final_vs_budget()


def plan_note(label: str) -> str:
    """The note under a table whose budget column adds 调整预算 and 年初预算 rows."""
    return f"注：{WHOLE_YEAR_NOTE}" if label == WHOLE_YEAR else ""


def _with_note(table: Table, label: str) -> Table:
    note = plan_note(label)
    if not note:
        return table
    return Table(table.key, table.title, table.columns, table.rows, table.unit_note, table.extras, note)


def _rows(g: Group, table: str) -> list[tuple[Line, Meta]]:
    return [(line, {"source": (table, line.index)}) for line in g.lines]


def build(fig: Figures, indicators: list[Indicator]) -> dict[str, Table]:
    by_nature, by_income = plan_label(fig.data, fig.spending.lines), plan_label(fig.data, fig.income.lines)
    tables = [
        _table("budget_by_nature", "年初预算安排情况（按支出性质）", (
            NAME, Column("prior_budget", "上年预算"), Column("budget", "本年预算"),
            Column("d_budget", "增减额", op=("sub", "budget", "prior_budget")),
            Column("p_budget", "增减率", ColumnKind.PCT, ("pct_change", "budget", "prior_budget")),
        ), _rows(fig.spending, "spending"), fig.spending.total, "合计"),
        _with_note(_table("final_by_nature", "收入支出预算执行情况（按支出性质）",
                          (NAME, *final_vs_budget(by_nature)),
                          _rows(fig.spending, "spending"), fig.spending.total, "本年支出合计"), by_nature),
        _with_note(_table("final_by_income", "收入预、决算对比（按收入来源）",
                          (NAME, *final_vs_budget(by_income, c.RATE_WORDS["income"])),
                          _rows(fig.income, "income"), fig.income.total, "本年收入合计"), by_income),
    ]
    if fig.functions:
        function_lines: list[tuple[Line, Meta]] = [
            (with_plan(line), {
                "level": (len(line.key) - 3) // 2, "values": {"code": line.key},
                "source": ("functions", line.index) if line.index >= 0 else None,
            })
            for line in fig.function_detail
        ]
        by_function = plan_label(fig.data, fig.function_detail)
        tables.append(_with_note(_table("final_by_function", "支出功能科目预、决算对比",
                                        (Column("code", "科目编码", ColumnKind.TEXT), NAME,
                                         *final_vs_budget(by_function)),
                                        function_lines, fig.functions.total, "合计"), by_function))
    tables.append(_structure(fig))
    tables.append(_controlled(fig))
    if fig.data.quantities:
        tables.append(_quantities(fig))
    fiscal = fiscal_spending(fig)
    if fiscal is not None:
        tables.append(_table("fiscal", "财政拨款支出预、决算对比", (
            NAME, Column("budget", "年初预算" if has_adjusted(fig.data) else "预算"), Column("final", "决算"),
            Column("r_plan", "执行率", ColumnKind.PCT, ("rate", "final", "budget")),
        ), [(line, {"source": ("fiscal", line.index)}) for line in fiscal.lines], fiscal.total, "合计"))
    if fig.balances:
        tables.append(_table("balances", "年末结转和结余情况", (
            NAME, Column("opening", "年初"), Column("closing", "年末"),
            Column("d_balance", "增减额", op=("sub", "closing", "opening")),
        ), _rows(fig.balances, "balances"), fig.balances.total, "合计"))
    if fig.assets:
        tables.append(_table("assets", "资产负债对比", (
            NAME, Column("prior_year_end", "上年末"), Column("year_end", "本年末"),
            Column("d_year", "增减额", op=("sub", "year_end", "prior_year_end")),
            Column("p_year", "增减率", ColumnKind.PCT, ("pct_change", "year_end", "prior_year_end")),
        ), [(line, {"source": ("assets", line.index)}) for line in fig.assets], None, ""))
    tables.append(_indicator_table(indicators))
    return {t.key: t for t in tables}


def _structure(fig: Figures) -> Table:
    columns = (
        NAME, Column("final", "本年决算"), Column("s_final", "占比", ColumnKind.PCT, ("share", "final")),
        Column("prior_final", "上年决算"), Column("s_prior", "占比", ColumnKind.PCT, ("share", "prior_final")),
    )
    table = _table("structure_spending", "支出结构（按支出性质）", columns,
                   _rows(fig.spending, "spending"), fig.spending.total, "本年支出合计")
    took = {col.key: name for col in columns if col.op and (name := _tail_taker(table, col.op[1]))}
    if not took:
        return table
    # the table says where the 尾差 went, as the text's share list does (phrases.tail_note)
    if len(set(took.values())) == 1:
        note = f"注：各项占比四舍五入后的尾差已计入{next(iter(took.values()))}。"
    else:
        years = (("s_final", "本年"), ("s_prior", "上年"))
        note = "注：各项占比四舍五入后的尾差，" + "，".join(
            f"{label}已计入{took[key]}" for key, label in years if key in took) + "。"
    return Table(table.key, table.title, table.columns, table.rows, table.unit_note, table.extras, note)


def _tail_taker(table: Table, column: str) -> str | None:
    """The row whose share took the 尾差 in ``column`` (``compare.tail_adjusted``), or None."""
    rows = [table.rows[i] for i in share_parts(table.rows)]
    parts = [row.values.get(column) for row in rows]
    whole = next((row.values.get(column) for row in table.rows if row.total), None)
    if not isinstance(whole, Decimal) or not all(isinstance(p, Decimal) for p in parts):
        return None
    i = tail_adjusted([p for p in parts if isinstance(p, Decimal)], whole)
    return None if i is None else rows[i].label


def _controlled(fig: Figures) -> Table:
    staff = fig.data.people.get("staff_average")
    label = plan_label(fig.data, [*fig.three_public.lines, *(x for x in (fig.meeting, fig.training) if x)])
    columns = [
        NAME, Column(PLAN, f"本年{label}"), Column("final", "本年决算"),
        Column("r_plan", "执行率", ColumnKind.PCT, ("rate", "final", PLAN)),
        Column("prior_final", "上年决算"),
        Column("d_prior", "比上年增减", op=("sub", "final", "prior_final")),
        Column("p_prior", "增减率", ColumnKind.PCT, ("pct_change", "final", "prior_final")),
    ]
    if staff:
        columns.append(Column("per_capita", "人均支出", op=("per", "final")))
    lines = _rows(fig.three_public, "controlled")
    table = _table("controlled", "“三公”经费、会议费、培训费支出情况", columns, lines,
                   fig.three_public.total if fig.three_public else None, "“三公”经费合计",
                   extras={"per": staff})
    rows = list(table.rows)
    for line in (fig.meeting, fig.training):
        if line is None:
            continue
        sub = _table("x", "", columns, [(with_plan(line), {"source": ("controlled", line.index)})],
                     None, "", extras={"per": staff})
        rows.extend(sub.rows)
    return Table(table.key, table.title, table.columns, tuple(rows), table.unit_note, table.extras,
                 plan_note(label))


def _quantities(fig: Figures) -> Table:
    rows = []
    for i, key in enumerate(c.QUANTITY_KEYS):
        values = fig.data.quantities.get(key)
        if values:
            rows.append(Row(key, {"name": key, "prior_final": values.get("prior_final"),
                                  "final": values.get("final")}, source=("quantities", i)))
    columns = (NAME, Column("final", "本年", ColumnKind.COUNT), Column("prior_final", "上年", ColumnKind.COUNT))
    return Table("quantities", "“三公”经费等实物量", columns, tuple(rows), "")


def fiscal_spending(fig: Figures) -> Group | None:
    """财政拨款 spending by nature: the ``fiscal_*`` columns where given; all spending when
    the unit has no 非财政拨款 income; otherwise unknown (``None``)."""
    lines = []
    all_fiscal = not nonfiscal_income(fig)
    for line in fig.spending.lines:
        values = {}
        for part, whole in (("fiscal_budget", "budget"), ("fiscal_final", "final")):
            v = line.get(part)
            if v is None and all_fiscal:
                v = line.get(whole)
            if v is not None:
                values[whole] = v
        if not values:
            return None
        lines.append(Line(line.key, line.name, line.index, values))
    return group("fiscal", "财政拨款支出", lines, ("budget", "final")) if lines else None


def nonfiscal_income(fig: Figures) -> list[Line]:
    """非财政拨款 income lines with an amount in any column (the unit has such income)."""
    out = []
    for line in fig.data.income:
        if line.key in (*c.NONFISCAL_INCOME, c.USE_OF_NONFISCAL_SURPLUS) and any(line.values.values()):
            out.append(line)
    return out


def _indicator_table(indicators: list[Indicator]) -> Table:
    columns = (NAME, Column("family", "类别", ColumnKind.TEXT), Column("formula", "计算公式", ColumnKind.TEXT),
               Column("value", "数值", ColumnKind.TEXT))
    rows = []
    for ind in indicators:
        rows.append(Row(ind.name, {"name": ind.name, "family": ind.family, "formula": ind.formula,
                                   "value": indicator_value(ind)}))
    return Table("indicators", "财务分析指标", columns, tuple(rows), "")


def indicator_value(ind: Indicator) -> str:
    from . import fmt

    if ind.value is None:
        if ind.zero_base:
            return "未计算（分母为0）"
        return "未计算（缺少" + "、".join(ind.missing) + "）"
    if ind.unit == "%":
        return fmt.percent(ind.value)
    if ind.unit == ":1":
        return f"{fmt.number(ind.value)}:1"
    return f"{fmt.number(ind.value)}{ind.unit}"
