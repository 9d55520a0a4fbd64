"""The unit's lines grouped as the report reads them: totals, 预算 in force, function roll-up."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from . import catalog as c
from .compare import total
from .findings import Finding, Level
from .model import Line, UnitData

PLAN = "plan"  # 本年预算 in force: 调整预算 where given, else 年初预算
AMOUNT_COLUMNS = ("prior_budget", "budget", "adjusted_budget", PLAN, "final", "prior_final")
TOTAL_KEY = c.TOTAL


@dataclass(frozen=True)
class Group:
    """Detail lines and their total (a column of the total is absent if any line lacks it)."""

    key: str
    title: str
    lines: tuple[Line, ...]
    total: Line
    incomplete: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def line(self, key: str) -> Line | None:
        for line in self.lines:
            if line.key == key:
                return line
        return None

    def __bool__(self) -> bool:
        return bool(self.lines)


@dataclass(frozen=True)
class Figures:
    """Every group the analysis, the tables and the charts read."""

    data: UnitData
    income: Group  # 本年收入 by source
    spending: Group  # 本年支出 by nature
    functions: Group  # by 类 (rolled up from 款/项 where needed)
    function_detail: tuple[Line, ...]  # every function line, 类/款/项, in code order
    economics: Group
    three_public: Group
    car: Group  # 公务用车购置及运行维护费
    meeting: Line | None
    training: Line | None
    balances: Group
    assets: tuple[Line, ...]
    findings: tuple[Finding, ...]

    def extra_item(self, item: str, column: str = "final") -> Decimal | None:
        """An income/spending line outside 本年 totals (年初/年末结转和结余, 结余分配 …)."""
        for line in (*self.data.income, *self.data.spending):
            if line.key == item:
                return line.get(column)
        return None


def with_plan(line: Line) -> Line:
    """The line with its ``plan`` column: 调整预算 where given, else 年初预算 (a line rolled up
    from its children already has its plan: the sum of theirs, line by line)."""
    if PLAN in line.values:
        return line
    plan = line.get("adjusted_budget")
    if plan is None:
        plan = line.get("budget")
    if plan is None:
        return line
    return Line(line.key, line.name, line.index, {**line.values, PLAN: plan})


def group(key: str, title: str, lines: tuple[Line, ...] | list[Line], columns=AMOUNT_COLUMNS) -> Group:
    lines = tuple(with_plan(line) for line in lines)
    values: dict[str, Decimal] = {}
    incomplete: dict[str, tuple[str, ...]] = {}
    for column in columns:
        have = [line for line in lines if line.get(column) is not None]
        if not have:
            continue
        if len(have) < len(lines):
            incomplete[column] = tuple(line.name for line in lines if line.get(column) is None)
            continue
        values[column] = total(line.get(column) for line in lines)
    return Group(key, title, lines, Line(TOTAL_KEY, "合计", -1, values), incomplete)


def build(data: UnitData) -> Figures:
    findings: list[Finding] = []
    by_item = {line.key: line for line in data.controlled}
    functions, detail = roll_up(data.functions, "functions", (3, 5, 7), c.FUNCTION_CLASSES, findings)
    economics, _ = roll_up(data.economics, "economics", (3, 5), c.ECONOMIC_CLASSES, findings)
    return Figures(
        data=data,
        income=group("income", "本年收入", [x for x in data.income if x.key in c.INCOME_CURRENT]),
        spending=group(
            "spending", "本年支出", [x for x in data.spending if x.key in c.SPENDING_CURRENT]
        ),
        functions=group("functions", "支出功能分类", functions),
        function_detail=detail,
        economics=group("economics", "支出经济分类", economics),
        three_public=group(
            "three_public", "“三公”经费", [by_item[i] for i in c.THREE_PUBLIC if i in by_item]
        ),
        car=group(
            "car", "公务用车购置及运行维护费",
            [by_item[i] for i in (c.CAR_PURCHASE, c.CAR_RUNNING) if i in by_item],
        ),
        meeting=by_item.get(c.MEETING),
        training=by_item.get(c.TRAINING),
        balances=group("balances", "结转结余", data.balances, tuple(c.BALANCE_COLUMNS)),
        assets=data.assets,
        findings=tuple(findings),
    )


def roll_up(
    lines: tuple[Line, ...], table: str, lengths: tuple[int, ...], names: dict[str, str],
    findings: list[Finding],
) -> tuple[list[Line], tuple[Line, ...]]:
    """Top-level (类) lines, each parent completed from its children, and every line in order.

    A parent that is given keeps its figures; where its children are given too and do not
    add up, an 错误 names the parent's cell. A parent that is missing is derived.
    """
    by_code = {line.key: line for line in lines}
    resolved: dict[str, Line] = {}

    def children_of(code: str) -> list[str]:
        longer = [n for n in lengths if n > len(code)]
        if not longer:
            return []
        nxt = longer[0]
        found = {k[:nxt] for k in by_code if len(k) > len(code) and k.startswith(code)}
        return sorted(found)

    def resolve(code: str) -> Line:
        if code in resolved:
            return resolved[code]
        kids = [resolve(k) for k in children_of(code)]
        given = by_code.get(code)
        if kids:
            sums = {}
            for column in AMOUNT_COLUMNS:
                if column == PLAN:
                    continue
                s = total(k.get(column) for k in kids)
                if s is not None:
                    sums[column] = s
            plan = total(with_plan(k).get(PLAN) for k in kids)  # per line, as the 分析表 formulas add up
            if given is None:
                if plan is not None:
                    sums[PLAN] = plan
                line = Line(code, names.get(code, code), -1, sums)
            else:
                for column, s in sums.items():
                    v = given.get(column)
                    if v is not None and v != s:
                        kid_names = "、".join(k.key for k in kids)
                        findings.append(Finding(
                            Level.ERROR, "E-PARENT-SUM",
                            f"科目{code}“{given.name}”的{c.SCENARIOS[column]}为{v}，"
                            f"但其下级科目（{kid_names}）合计为{s}，相差{v - s}。请核对。",
                            (table, given.index, column),
                        ))
                line = given
        else:
            line = given if given is not None else Line(code, names.get(code, code), -1, {})
        resolved[code] = line
        return line

    shortest = lengths[0]
    tops = sorted({k[:shortest] for k in by_code})
    top_lines = [resolve(code) for code in tops]
    detail = tuple(resolved[k] for k in sorted(resolved))
    return top_lines, detail
