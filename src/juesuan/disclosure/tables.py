"""The nine public tables as data: rows of exact 元 figures under a ``TableSpec``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TypeVar

from ..core import catalog as c
from ..core import public_vocab as v
from ..core.findings import Finding, Level
from ..core.rounding import printed_unit, slack
from ..narrative.outline import chinese_number
from . import spec as s
from .books import ZERO, Books, level_of

Cell = Decimal | str | None
T = TypeVar("T")


@dataclass(frozen=True)
class Row:
    values: dict[str, Cell]
    level: int = 0
    total: bool = False

    def get(self, key: str) -> Cell:
        return self.values.get(key)

    def amount(self, key: str) -> Decimal:
        value = self.values.get(key)
        return value if isinstance(value, Decimal) else ZERO

    def value(self, key: str) -> Decimal | None:
        """The amount of ``key``; None where the row has the cell but its figure is not determined."""
        if key not in self.values:
            return ZERO
        value = self.values[key]
        return value if isinstance(value, Decimal) else None


@dataclass(frozen=True)
class PublicTable:
    spec: s.TableSpec
    rows: tuple[Row, ...]
    note: str = ""  # 空表说明 of an empty table
    unit: str = ""
    year: int = 0
    department: bool = False  # 部门决算 (notes say 部门) or 单位决算 (单位)
    zeros: str = "0.00"  # how a zero amount is printed: "blank", "0.00" or "0" (spec.zeros_for)
    unit_line: tuple[str, str, str] = ("", "", "单位：万元")  # under the title (spec.unit_line_for)
    indent: bool = True  # 款/项 names indented by level (spec.indent_names)
    column_zeros: tuple[str, ...] = ()  # a zero style per column where the unit gives one ("" = ``zeros``)

    @property
    def key(self) -> str:
        return self.spec.key

    @property
    def title(self) -> str:
        return self.spec.title

    @property
    def empty(self) -> bool:
        return bool(self.note)

    def find(self, column: str, label: str) -> Row | None:
        for row in self.rows:
            if row.values.get(column) == label:
                return row
        return None

    def coded(self) -> dict[str, Row]:
        return {str(r.values["code"]): r for r in self.rows if r.values.get("code")}


@dataclass
class Tables:
    by_key: dict[str, PublicTable] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)  # the layout's column names that match no column

    def __getitem__(self, key: str) -> PublicTable:
        return self.by_key[key]

    def __iter__(self):
        return iter(self.by_key.values())


def build(b: Books) -> Tables:
    layout = b.d.layout
    unit, year = b.data.unit.name, b.data.unit.year
    out = Tables()
    for key, builder in BUILDERS.items():
        spec = s.spec_for(key, layout)
        rows, empty = builder(b, spec)
        rows = _as_printed(b, key, spec, rows, out.findings)
        note = spec.empty_note.replace("{unit}", unit) if empty and spec.empty_note else ""
        zeros = s.zeros_for(key, year, b.d.region, layout)
        line = s.unit_line_for(key, unit, year, b.d.region)
        by_column, unknown = s.column_zeros(spec, layout)
        out.by_key[key] = PublicTable(spec, tuple(rows), note, unit, year, b.d.department, zeros, line,
                                      s.indent_names(year, b.d.region), by_column)
        out.findings += [Finding(Level.ERROR, "E-LAYOUT", f"{key}没有名为“{name}”的列：零值的列示方式（zeros）按列"
                                 f"填写时，写表头上的列名（如“基本支出”）。", ("disclosure", "layout", key, "zeros"))
                         for name in unknown]
    return out


def row_label(spec: s.TableSpec, row: Row) -> str:
    """A row's label: its text cells joined by “/” (“总计/总计”; "" for 公开07's one row)."""
    return "/".join(str(row.values[c.key]) for c in spec.columns if c.kind == s.TEXT and row.values.get(c.key))


def _as_printed(b: Books, key: str, spec: s.TableSpec, rows: list[Row], findings: list[Finding]) -> list[Row]:
    """The rows with the figures the published table prints where they differ from the sum of their printed
    parts by 尾差 ([disclosure.layout.公开NN.printed], written by import-tables); one beyond the parts'
    rounding is an error and not used."""
    printed = b.d.layout.get(key, {}).get("printed")
    if not isinstance(printed, dict):
        return rows
    out = []
    for row in rows:
        given = printed.get(row_label(spec, row), {})
        values = dict(row.values)
        for column, value in given.items():
            now = values.get(column)
            if isinstance(now, Decimal) and abs(value - now) <= slack(printed_unit(b.tolerance, value), len(rows)):
                values[column] = value
            elif isinstance(now, Decimal):
                findings.append(Finding(Level.ERROR, "E-LAYOUT", f"{key}“{row_label(spec, row)}”行{column}印出的数"
                                        f"{value}元与由各项算出的{now}元相差超出四舍五入，未采用。",
                                        ("disclosure", "layout", key, "printed")))
        out.append(Row(values, row.level, row.total))
    return out


def _classes(b: Books, value: Callable[[str], T]) -> list[tuple[str, str, T]]:
    """The year's 类 in official order (and any other 类 the unit has), with a value each."""
    listed = list(c.function_classes(b.data.unit.year, b.d.region))
    known = {code for code, _ in listed}
    listed += [(code, b.names[code]) for code in b.codes() if len(code) == 3 and code not in known]
    return [(code, name, value(code)) for code, name in listed]


def _numbered(i: int, name: str) -> str:
    return f"{chinese_number(i + 1)}、{name}"


def _pairs(left: list[tuple[str, Decimal | None]], right: list[dict[str, Cell]]) -> list[Row]:
    rows = []
    for i in range(max(len(left), len(right))):
        values: dict[str, Cell] = {}
        if i < len(left):
            values["in_name"], values["in_amount"] = left[i]
        values.update(right[i] if i < len(right) else {})
        rows.append(Row(values))
    return rows


def _t1(b: Books, spec) -> tuple[list[Row], bool]:
    left: list[tuple[str, Decimal | None]] = [(label, b.income(item)) for label, item in s.T1_INCOME]
    right: list[dict[str, Cell]] = []
    for i, (code, name, amount) in enumerate(_classes(b, lambda code: b.get(code, "total_spending"))):
        right.append({"out_name": _numbered(i, name), "out_amount": amount, "out_code": code})
    body = max(len(left), len(right))
    left += [("", None)] * (body - len(left))
    right += [{}] * (body - len(right))
    income_total = b.income_current
    spending_total = b.spending_current
    footer = (
        (income_total, spending_total),
        (b.income(c.USE_OF_NONFISCAL_SURPLUS), b.spending(c.SURPLUS_DISTRIBUTION)),
        (b.income(c.OPENING_BALANCE), b.spending(c.CLOSING_BALANCE)),
        (income_total + b.income(c.USE_OF_NONFISCAL_SURPLUS) + b.income(c.OPENING_BALANCE),
         spending_total + b.spending(c.SURPLUS_DISTRIBUTION) + b.spending(c.CLOSING_BALANCE)),
    )
    rows = _pairs(left, right)
    for (lname, rname), (lval, rval) in zip(s.T1_FOOTER, footer, strict=True):
        rows.append(Row({"in_name": lname, "in_amount": lval, "out_name": rname, "out_amount": rval}, total=True))
    return rows, False


def _sum(values) -> Decimal | None:
    """The sum; None where any part is not determined."""
    out = ZERO
    for x in values:
        if x is None:
            return None
        out += x
    return out


def _coded_rows(b: Books, columns, keep=lambda code: True, unit=None,
                last: bool = False) -> tuple[list[Row], bool]:
    """Rows per code and a 合计 row (first, or ``last``): the sum of the 类 rows, or the unit's own
    figure (``unit``) where the sum is not determined or differs from it by the parts' rounding."""
    codes = [code for code in b.codes() if keep(code)]
    total: dict[str, Cell] = {"code": "", "name": "合计"}
    for key, fn in columns.items():
        summed = _sum(fn(code) for code in codes if len(code) == 3)
        own = unit(key) if unit is not None else None
        classes = sum(len(x) == 3 for x in codes)
        if summed is None or (own is not None and abs(own - summed) <= slack(b.tolerance, classes)):
            summed = own if own is not None else summed
        total[key] = summed
    rows = []
    for code in codes:
        values: dict[str, Cell] = {"code": code, "name": b.names.get(code, "")}
        for key, fn in columns.items():
            values[key] = fn(code)
        rows.append(Row(values, level=level_of(code)))
    row = Row(total, total=True)
    return ([*rows, row] if last else [row, *rows]), not codes


def _t2(b: Books, spec):
    def g(code: str, key: str) -> Decimal | None:
        return b.get(code, key) if b.known(code, "income") else None

    def unit(key: str) -> Decimal:
        if key == "total":
            return b.income_current
        if key == "fiscal":
            return sum((b.income(v.INCOME_ITEM[f]) for f in v.FISCAL_FUNDS), ZERO)
        return b.income(v.INCOME_ITEM[key])

    return _coded_rows(b, {
        "total": lambda code: g(code, "income_total") if "income_total" in b.lines.get(code, {})
        else _sum(g(code, k) for k in v.INCOME_COLUMNS),  # as printed (尾差) where the import kept it
        "fiscal": lambda code: _sum(g(code, k) for k in v.FISCAL_FUNDS),
        **{k: (lambda key: lambda code: g(code, key))(k)
           for k in ("superior", "business", "operating", "affiliated", "other")},
    }, unit=unit)


def _t3(b: Books, spec):
    def g(code: str, key: str) -> Decimal | None:
        return b.get(code, key) if b.known(code, "nature") else None

    return _coded_rows(b, {
        "total": lambda code: b.get(code, "total_spending"),
        **{k: (lambda key: lambda code: g(code, key))(k) for k in v.NATURE_COLUMNS},
    }, unit=lambda key: b.spending_current if key == "total" else b.nature_total(key))


def _t4(b: Books, spec) -> tuple[list[Row], bool]:
    left: list[tuple[str, Decimal | None]] = [(label, b.income(v.INCOME_ITEM[fund])) for label, fund in s.T4_INCOME]
    right: list[dict[str, Cell]] = []
    for i, (code, name, _) in enumerate(_classes(b, lambda code: None)):
        funds: dict[str, Decimal | None] = {f: b.fund_spending(f, code) for f in v.FISCAL_FUNDS}
        if not b.known(code, "funds"):
            funds["general"] = None
        right.append({"out_name": _numbered(i, name), "out_code": code, "out_total": _sum(funds.values()),
                      **{f"out_{f}": amount for f, amount in funds.items()}})
    body = max(len(left), len(right))
    left += [("", None)] * (body - len(left))
    rows = _pairs(left, right)
    income = sum((b.income(v.INCOME_ITEM[f]) for f in v.FISCAL_FUNDS), ZERO)
    classes = [code for code in b.codes() if len(code) == 3]
    spend: dict[str, Decimal | None] = {f: sum((b.fund_spending(f, code) for code in classes), ZERO)
                                        for f in v.FISCAL_FUNDS}
    spend["general"] = _sum((general_unit(b, "basic"), general_unit(b, "project")))
    rows.append(Row({"in_name": "本年收入合计", "in_amount": income, "out_name": "本年支出合计",
                     "out_total": _sum(spend.values()), **{f"out_{f}": a for f, a in spend.items()}},
                    total=True))
    opening = {f: b.fiscal_balance(f, "opening") for f in v.FISCAL_FUNDS}
    closing = {f: b.fiscal_balance(f, "closing") for f in v.FISCAL_FUNDS}
    rows.append(Row({"in_name": "年初财政拨款结转和结余", "in_amount": sum(opening.values(), ZERO),
                     "out_name": "年末财政拨款结转和结余", "out_total": sum(closing.values(), ZERO),
                     **{f"out_{f}": a for f, a in closing.items()}}, total=True))
    for label, fund in s.T4_INCOME:  # the 年初 by fund, under it on the 收入 side (the template's rows)
        rows.append(Row({"in_name": label, "in_amount": opening[fund]}, level=1))
    rows.append(Row({"in_name": "总计", "in_amount": income + sum(opening.values(), ZERO), "out_name": "总计",
                     "out_total": _sum((*spend.values(), *closing.values())),
                     **{f"out_{f}": _sum((spend[f], closing[f])) for f in v.FISCAL_FUNDS}}, total=True))
    return rows, False


def general_unit(b: Books, nature: str) -> Decimal | None:
    """The unit's 一般公共预算财政拨款 基本/项目支出: the lines' sum — or the unit's 财政拨款 figure less
    the other funds' lines where that differs from the sum by rounding only —, else from ``fiscal_final``."""
    if not b.all_known("funds"):
        return b.fiscal_nature(nature)
    summed = b.line_total(f"general_{nature}")
    fiscal = b.fiscal_nature_all(nature)
    if fiscal is None:
        return summed
    own = fiscal - b.line_total(f"fund_{nature}") - b.line_total(f"capital_{nature}")
    return own if abs(own - summed) <= slack(b.tolerance, len(b.codes())) else summed


def _t5(b: Books, spec):
    def g(code: str, key: str) -> Decimal | None:
        return b.get(code, key) if b.known(code, "funds") else None

    return _coded_rows(b, {
        "total": lambda code: b.general_spending(code) if b.known(code, "funds") else None,
        "basic": lambda code: g(code, "general_basic"),
        "project": lambda code: g(code, "general_project"),
    }, keep=lambda code: bool(not b.known(code, "funds") or b.general_spending(code)
                              or b.get(code, "general_budget")),
        unit=lambda key: _sum((general_unit(b, "basic"), general_unit(b, "project"))) if key == "total"
        else general_unit(b, key), last=spec.total_last)


def economic_lines(b: Books) -> list[tuple[str, str, Decimal]]:
    """一般公共预算财政拨款基本支出 by economic class: as given, else (only 一般公共预算, no 项目支出)
    the unit's [[economics]] lines of 301/302/303/310."""
    if b.d.basic_economics:
        return [(e.code, e.name, e.final) for e in b.d.basic_economics]
    if b.only_general and not b.nature_total("project"):
        return [(x.key, x.name, x.get("final") or ZERO) for x in b.data.economics
                if x.key[:3] in ("301", "302", "303", "310") and x.get("final") is not None]
    return []


def personnel_public(b: Books) -> dict[str, Decimal | None]:
    """人员经费合计 and 公用经费合计 of table 6 (None where the data does not say): the unit's own
    figure where the rows as printed add to it but for their rounding, else their sum."""
    lines = economic_lines(b)
    out: dict[str, Decimal | None] = {}
    for panel, heads in v.ECONOMIC_PANELS.items():
        own = [x for x in lines if x[0][:3] in heads]
        classes = [x for x in own if len(x[0]) == 3]
        items = [x for x in own if len(x[0]) == 5]
        unit: Decimal | None = None
        if b.only_general:
            unit = b.spending(panel)
        elif b.fiscal_is_general and b.spending_line(panel, "fiscal_final") is not None:
            unit = b.spending_line(panel, "fiscal_final")
        if own:
            chosen = [x for x in classes] + [x for x in items if x[0][:3] not in {k[0] for k in classes}]
            summed = sum((x[2] for x in chosen), ZERO)
            out[panel] = unit if unit is not None and abs(unit - summed) <= slack(b.tolerance, len(chosen)) else summed
        elif unit is not None:
            out[panel] = unit
        elif not b.spending(panel):
            out[panel] = ZERO
        else:
            out[panel] = None
    return out


def _rolled(code: str, typed: dict[str, tuple[str, Decimal]]) -> Decimal:
    """A fixed row not typed: the sum of its typed 款 (a 类 typed at 款 level only), else zero."""
    return sum((amount for key, (_, amount) in typed.items()
                if len(key) == len(code) + 2 and key.startswith(code)), ZERO)


def _t6(b: Books, spec) -> tuple[list[Row], bool]:
    lines = economic_lines(b)
    typed = {code: (name, amount) for code, name, amount in lines}
    fixed = dict(s.t6_rows(b.data.unit.year, b.d.region, typed)) if lines else {}
    panels = {}
    for panel, heads in v.ECONOMIC_PANELS.items():
        codes = sorted({code for code in (*typed, *fixed) if code[:3] in heads})
        panels[panel] = [(code, typed[code][0] if code in typed else fixed[code],
                          typed[code][1] if code in typed else _rolled(code, typed)) for code in codes]
    totals = personnel_public(b)
    p, q = panels["人员经费"], panels["公用经费"]
    rows = []
    for i in range(max(len(p), len(q))):
        values: dict[str, Cell] = {}
        if i < len(p):
            values.update({"p_code": p[i][0], "p_name": p[i][1], "p_amount": p[i][2]})
        if i < len(q):
            values.update({"c_code": q[i][0], "c_name": q[i][1], "c_amount": q[i][2]})
        rows.append(Row(values))
    rows.append(Row({"p_name": "人员经费合计", "p_amount": totals["人员经费"], "c_name": "公用经费合计",
                     "c_amount": totals["公用经费"]}, total=True))
    return rows, False


def controlled(b: Books, item: str, column: str) -> Decimal:
    if item == "合计":
        return sum((controlled(b, i, column) for i in c.THREE_PUBLIC), ZERO)
    if item == "公务用车购置及运行维护费":
        return controlled(b, c.CAR_PURCHASE, column) + controlled(b, c.CAR_RUNNING, column)
    return _get_controlled(b, item, column)


def _get_controlled(b: Books, item: str, column: str) -> Decimal:
    for x in b.data.controlled:
        if x.key == item:
            return x.get(column) or ZERO
    return ZERO


def _t7(b: Books, spec) -> tuple[list[Row], bool]:
    values: dict[str, Cell] = {}
    for col in spec.columns:
        scenario, item = col.key.split(":", 1)
        values[col.key] = controlled(b, item, scenario)
    return [Row(values)], False


def _fund_table(fund: str):
    def build(b: Books, spec):
        g = b.get
        return _coded_rows(b, {
            "opening": lambda code: g(code, f"{fund}_opening"),
            "income": lambda code: g(code, fund),
            "total": lambda code: b.fund_spending(fund, code),
            "basic": lambda code: g(code, f"{fund}_basic"),
            "project": lambda code: g(code, f"{fund}_project"),
            "closing": lambda code: g(code, f"{fund}_closing"),
        }, keep=lambda code: any(g(code, k) for k in (f"{fund}_opening", fund, f"{fund}_basic",
                                                      f"{fund}_project", f"{fund}_closing")))
    return build


BUILDERS = {"公开01": _t1, "公开02": _t2, "公开03": _t3, "公开04": _t4, "公开05": _t5, "公开06": _t6,
            "公开07": _t7, "公开08": _fund_table("fund"), "公开09": _fund_table("capital")}
