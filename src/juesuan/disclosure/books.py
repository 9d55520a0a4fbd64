"""The disclosure's figures (元, exact) per 功能分类 line and for the unit, with what can be derived.

Derivations (never ask for a figure twice):
- a parent line (类, 款) is the sum of its children; missing parents are added;
- a line's 本年支出 is the sum of its split by nature, else its ``[[functions]]`` 决算;
- a split the unit leaves out follows the unit's totals when these have a single non-zero part
  (a unit with only 基本支出 has only 基本支出 on every line; only 一般公共预算财政拨款 → every
  财政拨款 line is 一般公共预算);
- with no 结转结余 and no 结余分配 anywhere, each line's 本年收入 equals its 本年支出;
- 一般公共预算财政拨款 年初/年末结转和结余 = the 财政拨款结转结余 total less the other two funds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from ..core import catalog as c
from ..core.findings import Finding, Level
from ..core.model import Line, UnitData
from . import vocab as v
from .model import EMPTY, Disclosure, FunctionLine, of_unit

ZERO = Decimal(0)
NATURE_ITEMS = {"basic": c.BASIC_SPENDING, "project": (c.PROJECT,), "remit": ("上缴上级支出",),
                "operation": ("经营支出",), "subsidy": ("对附属单位补助支出",)}


def level_of(code: str) -> int:
    return {3: 0, 5: 1, 7: 2}[len(code)]


def parent_of(code: str) -> str | None:
    return {7: code[:5], 5: code[:3]}.get(len(code))


@dataclass
class Books:
    data: UnitData
    d: Disclosure
    names: dict[str, str] = field(default_factory=dict)
    own: dict[str, dict[str, Decimal]] = field(default_factory=dict)  # per code, before summing children
    lines: dict[str, dict[str, Decimal]] = field(default_factory=dict)  # per code, as published
    findings: list[Finding] = field(default_factory=list)

    # -- unit level ------------------------------------------------------------------------------

    def income(self, item: str, column: str = "final") -> Decimal:
        return _get(self.data.income, item, column)

    def spending(self, item: str, column: str = "final") -> Decimal:
        return _get(self.data.spending, item, column)

    def has_income(self, item: str, column: str = "final") -> bool:
        return any(x.key == item and x.get(column) is not None for x in self.data.income)

    @property
    def income_current(self) -> Decimal:
        return sum((self.income(i) for i in c.INCOME_CURRENT), ZERO)

    @property
    def spending_current(self) -> Decimal:
        return sum((self.spending(i) for i in c.SPENDING_CURRENT), ZERO)

    def nature_total(self, key: str, column: str = "final") -> Decimal:
        return sum((self.spending(i, column) for i in NATURE_ITEMS[key]), ZERO)

    @property
    def only_general(self) -> bool:
        """All the unit's money is 一般公共预算财政拨款 (the sample unit's case)."""
        others = [i for i in (*c.INCOME_CURRENT, c.USE_OF_NONFISCAL_SURPLUS) if i != c.FISCAL_INCOME[0]]
        nonfiscal_opening = _get(self.data.balances, "非财政拨款结转结余", "opening")
        return not any(self.income(i) for i in others) and not nonfiscal_opening

    @property
    def no_balances(self) -> bool:
        return not any((self.income(c.OPENING_BALANCE), self.income(c.USE_OF_NONFISCAL_SURPLUS),
                        self.spending(c.SURPLUS_DISTRIBUTION), self.spending(c.CLOSING_BALANCE)))

    def fiscal_balance(self, fund: str, column: str) -> Decimal:
        """财政拨款结转和结余 of one fund, 年初 (opening) or 年末 (closing)."""
        if fund != "general":
            return self.line_total(f"{fund}_{column}")
        total = _get(self.data.balances, "财政拨款结转结余", column)
        return total - self.fiscal_balance("fund", column) - self.fiscal_balance("capital", column)

    def line_total(self, key: str) -> Decimal:
        """A column summed over the 类 rows (the 合计 row)."""
        return sum((vals.get(key, ZERO) for code, vals in self.lines.items() if len(code) == 3), ZERO)

    # -- lines -----------------------------------------------------------------------------------

    def codes(self) -> list[str]:
        order = v.class_order(self.data.unit.year)
        return sorted(self.lines, key=lambda code: (order.get(code[:3], 999), code))

    def get(self, code: str, key: str) -> Decimal:
        return self.lines.get(code, {}).get(key, ZERO)

    def general_spending(self, code: str) -> Decimal:
        return self.get(code, "general_basic") + self.get(code, "general_project")

    def fund_spending(self, fund: str, code: str) -> Decimal:
        return self.get(code, f"{fund}_basic") + self.get(code, f"{fund}_project")


def _get(lines, item: str, column: str) -> Decimal:
    for line in lines:
        if line.key == item:
            return line.get(column) or ZERO
    return ZERO


def compute(data: UnitData) -> Books:
    d = of_unit(data)
    if d is None:
        d = EMPTY
    b = Books(data, d)
    functions = {x.key: x for x in data.functions}
    given = {x.code: x for x in d.lines}
    classes = dict(v.function_classes(data.unit.year))
    for code in (*functions, *given):
        name = (given[code].name if code in given else "") or (functions[code].name if code in functions else "")
        b.names[code] = name or b.names.get(code, "")
        b.own[code] = _own(b, code, functions.get(code), given.get(code))
    # add missing parents
    for code in list(b.own):
        parent = parent_of(code)
        while parent is not None:
            if parent not in b.names or not b.names[parent]:
                name = classes.get(parent) or c.FUNCTION_CLASSES.get(parent) or b.names.get(parent, "")
                b.names[parent] = name
                if not name:
                    b.findings.append(Finding(
                        Level.WARNING, "D-NAME-MISSING",
                        f"功能分类科目{parent}没有名称：请在 [[disclosure.lines]] 中补充该款的科目名称。",
                        ("disclosure", "lines")))
                    b.names[parent] = parent
            parent = parent_of(parent)
    # published values: leaves as given, parents the sum of their children
    codes = sorted(b.names, key=len, reverse=True)
    children: dict[str, list[str]] = {}
    for code in codes:
        p = parent_of(code)
        if p is not None:
            children.setdefault(p, []).append(code)
    for code in codes:  # longest first: children before parents
        kids = children.get(code, [])
        if not kids:
            b.lines[code] = dict(b.own.get(code, {}))
            continue
        summed: dict[str, Decimal] = {}
        for kid in kids:
            for key, value in b.lines[kid].items():
                summed[key] = summed.get(key, ZERO) + value
        for key, value in b.own.get(code, {}).items():
            summed.setdefault(key, value)  # a column only the parent carries
        b.lines[code] = summed
    return b


def _own(b: Books, code: str, function: Line | None, line: FunctionLine | None) -> dict[str, Decimal]:
    """A line's own figures: as given, with the derivations of the module docstring."""
    vals: dict[str, Decimal] = dict(line.values) if line is not None else {}
    final = function.get("final") if function is not None else None
    natures = [k for k in v.NATURE_COLUMNS if k in vals]
    total: Decimal | None
    if natures:
        total = sum((vals[k] for k in natures), ZERO)
    else:
        total = final
        if total is not None:
            nonzero = [k for k in v.NATURE_COLUMNS if b.nature_total(k)]
            if len(nonzero) == 1:
                vals[nonzero[0]] = total
            elif not nonzero:
                vals["basic"] = total
    if total is None:
        total = ZERO
    vals["total_spending"] = total
    for k in v.NATURE_COLUMNS:
        vals.setdefault(k, ZERO)
    if not any(k in vals for k in v.FUND_SPENDING_COLUMNS) and b.only_general:
        vals["general_basic"] = vals["basic"]
        vals["general_project"] = vals["project"]
    if not any(k in vals for k in v.INCOME_COLUMNS) and b.no_balances:
        sources = [k for k, item in v.INCOME_ITEM.items() if b.income(item)]
        if len(sources) == 1:
            vals[sources[0]] = total
    budget = function.get("budget") if function is not None else None
    if "general_budget" not in vals and b.only_general and budget is not None:
        vals["general_budget"] = budget
    return vals
