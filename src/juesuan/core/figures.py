"""The unit's lines grouped as the report reads them: totals, 预算 in force, function roll-up."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal

from . import catalog as c
from . import fmt
from . import reason_keys as rk
from .blanks import blanks_as_zero
from .compare import total
from .findings import Finding, Level
from .model import Line, UnitData
from .rounding import tolerance

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
    # the unit's reasons by comparison, keyed by the line they resolve to (an item, a 科目 code
    # or TOTAL_KEY), whether the unit typed the code or the 科目 name
    reasons: dict[str, dict[str, str]] = field(default_factory=dict)
    reason_typed: dict[tuple[str, str], str] = field(default_factory=dict)  # → the key as typed
    unmatched_reasons: tuple[tuple[str, str, str], ...] = ()  # (comparison, typed key, why)

    def reason(self, comparison: str, key: str) -> str | None:
        """The reason typed for ``key``, or under a key naming the same figure (``reason_keys.same_figure``)."""
        given = self.reasons.get(comparison, {})
        found = given.get(key)
        for other in () if found else rk.same_figure(self.fiscal_sources(), key):
            found = found or given.get(other)
        return found

    def fiscal_sources(self) -> tuple[str, ...]:
        """The 财政拨款 income items with an amount in any column."""
        return tuple(x.key for x in self.income.lines if x.key in c.FISCAL_INCOME and any(x.values.values()))

    def summary(self, key: str) -> Line | None:
        """The line a registry key (``reason_keys``) explains: the 本年 total, the 财政拨款 income
        (compared with its 年初预算, as the report's 财政拨款 section does) or the “三公”经费 total."""
        if key == TOTAL_KEY:  # spending's totals, income's where spending lacks a column
            return Line(key, "合计", -1, {**self.income.total.values, **self.spending.total.values})
        if key == rk.THREE_PUBLIC:
            return Line(key, "“三公”经费", -1, self.three_public.total.values) if self.three_public else None
        if key == rk.FISCAL:
            lines = [x for x in self.income.lines if x.key in c.FISCAL_INCOME]
            if not lines:
                return None
            values = dict(group("fiscal", "财政拨款", lines).total.values)
            values.pop(PLAN, None)
            if "budget" in values:
                values[PLAN] = values["budget"]
            return Line(key, "财政拨款收入", -1, values)
        return None

    def income_changes(self) -> list[Line]:
        """The income sources whose change on 上年 the report states one by one: each 财政拨款
        source where there are several, each 非财政拨款 source with an amount this year or last."""
        fiscal = [x for x in self.income.lines if x.key in c.FISCAL_INCOME]
        nonfiscal = [with_plan(x) for x in self.data.income
                     if x.key in (*c.NONFISCAL_INCOME, c.USE_OF_NONFISCAL_SURPLUS)
                     and (x.get("final") or x.get("prior_final"))]
        return (fiscal if len(fiscal) > 1 else []) + nonfiscal

    def function_descendants(self, code: str) -> tuple[Line, ...]:
        """The 款 and 项 lines under a function code, in code order."""
        return tuple(x for x in self.function_detail if len(x.key) > len(code) and x.key.startswith(code))

    def unread(self, line: Line, column: str) -> bool:
        """Whether ``line`` lacks ``column`` because the reader rejected a cell (its finding names the
        cell): the line's own cell, a 科目 under it, or, for a total or summary line, a cell of the tables
        it adds up. Such a gap is that one finding's consequence, not another problem to report."""
        columns = {column, "budget", "adjusted_budget"} if column == PLAN else {column}
        if line.index < 0 and line.key not in c.FUNCTION_CLASSES:
            below: tuple[Line, ...] = (*self.data.income, *self.data.spending, *self.data.functions,
                                       *self.data.controlled)
        else:
            below = (line, *(self.function_descendants(line.key) if line.key.isdigit() else ()))
        return any(columns & x.rejected for x in below)

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
    return replace(line, values={**line.values, PLAN: plan})


def has_adjusted(data: UnitData) -> bool:
    """Whether the unit entered any 调整预算 (then every budget figure must say which budget it is)."""
    return any(x.get("adjusted_budget") is not None
               for x in (*data.income, *data.spending, *data.functions, *data.controlled))


# the budget a ``plan`` figure is: every part adjusted, none adjusted, or some of each
ADJUSTED, INITIAL, MIXED = "adjusted", "initial", "mixed"
# the name of a ``plan`` that adds 调整预算 of some lines to 年初预算 of others (the 决算 tables'
# 全年预算数), and what it means, said once wherever it is used
WHOLE_YEAR = "全年预算"
WHOLE_YEAR_NOTE = "全年预算：填有调整预算的项目按调整预算，其余项目按年初预算。"


def plan_basis(line: Line) -> str | None:
    """Which budget the line's ``plan`` is: ADJUSTED (调整预算), INITIAL (年初预算) or MIXED
    (a total or a 类 adding 调整预算 of some parts to 年初预算 of others); None without a plan."""
    line = with_plan(line)
    plan = line.get(PLAN)
    if plan is None:
        return None
    adjusted = line.get("adjusted_budget")
    if adjusted is not None:
        return ADJUSTED if adjusted == plan else MIXED
    return INITIAL if line.get("budget") == plan else MIXED


def plan_label(data: UnitData, lines: tuple[Line, ...] | list[Line] = ()) -> str:
    """The name of the budget the ``plan`` column of these lines holds, true of each of them:
    调整预算 where every one is adjusted; 年初预算 where none is (plain 预算 where the unit never
    adjusted any line); 全年预算 (``WHOLE_YEAR_NOTE``) where they mix."""
    bases = {b for x in lines if (b := plan_basis(x)) is not None}
    if bases == {ADJUSTED}:
        return "调整预算"
    if bases <= {INITIAL}:
        return "年初预算" if has_adjusted(data) else "预算"
    return WHOLE_YEAR


def _planned(line: Line | None) -> Line | None:
    return None if line is None else with_plan(line)


def group(key: str, title: str, lines: tuple[Line, ...] | list[Line],
          columns: tuple[str, ...] = AMOUNT_COLUMNS) -> Group:
    planned = tuple(with_plan(line) for line in lines)
    values: dict[str, Decimal] = {}
    incomplete: dict[str, tuple[str, ...]] = {}
    for column in columns:
        have = [v for line in planned if (v := line.get(column)) is not None]
        if not have:
            continue
        if len(have) < len(planned):
            incomplete[column] = tuple(line.name for line in planned if line.get(column) is None)
            continue
        values[column] = sum(have, Decimal(0))  # every line has the column: its exact total
    return Group(key, title, planned, Line(TOTAL_KEY, "合计", -1, values), incomplete)


def build(data: UnitData) -> Figures:
    """The figures of a unit, its blanks read once by ``blanks.blanks_as_zero``."""
    data, zeros = blanks_as_zero(data)
    findings: list[Finding] = list(zeros)
    by_item = {line.key: line for line in data.controlled}
    tol = tolerance(data)  # one 0.01万元 when every amount was typed from 万元 tables
    functions, detail = roll_up(data.functions, "functions", (3, 5, 7),
                                {**c.FUNCTION_CLASSES, **c.FUNCTION_SECTIONS}, findings, tol)
    economics, _ = roll_up(data.economics, "economics", (3, 5), c.ECONOMIC_CLASSES, findings, tol)
    reasons, typed, unmatched = resolve_reasons(data, detail)
    return Figures(
        reasons=reasons,
        reason_typed=typed,
        unmatched_reasons=unmatched,
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
        meeting=_planned(by_item.get(c.MEETING)),
        training=_planned(by_item.get(c.TRAINING)),
        balances=group("balances", "结转结余", data.balances, tuple(c.BALANCE_COLUMNS)),
        assets=data.assets,
        findings=tuple(findings),
    )


def roll_up(
    lines: tuple[Line, ...], table: str, lengths: tuple[int, ...], names: dict[str, str],
    findings: list[Finding], tol: Decimal = Decimal(0),
) -> tuple[list[Line], tuple[Line, ...]]:
    """Top-level (类) lines, each parent completed from its children, and every line in order.

    A parent that is given keeps its figures; where its children are given too and do not
    add up, an 错误 names the parent's cell (a 提示, I-ROUNDING, when the gap is within ``tol``,
    the rounding of figures typed from 万元 tables). A parent that is missing is derived.
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

    def filled(code: str, column: str) -> tuple[list[Line], list[Line]]:
        """The highest lines under ``code`` that give ``column``, and the lowest that do not."""
        known: list[Line] = []
        blank: list[Line] = []
        for k in children_of(code):
            line = resolved[k]
            if line.get(column) is not None:
                known.append(line)
            elif children_of(k):
                more, less = filled(k, column)
                known += more
                blank += less
            else:
                blank.append(line)
        return known, blank

    def resolve(code: str) -> Line:
        if code in resolved:
            return resolved[code]
        kids = [resolve(k) for k in children_of(code)]
        given = by_code.get(code)
        name = given.name if given is not None else names.get(code, code)
        if not kids:
            line = given if given is not None else Line(code, name, -1, {})
        else:
            sums: dict[str, Decimal] = {}
            for column in AMOUNT_COLUMNS:
                s = total(k.get(column) for k in kids) if column != PLAN else None
                if s is not None:
                    sums[column] = s
            values = dict(sums)
            plan = total(with_plan(k).get(PLAN) for k in kids)  # per line, as the 分析表 formulas add up
            own_budget = given is not None and any(given.get(x) is not None for x in ("budget", "adjusted_budget"))
            if plan is not None and not own_budget:
                values[PLAN] = plan
            if given is not None:
                values.update(given.values)
                findings.extend(_short_of_known_parts(table, code, given, lambda col: filled(code, col), sums, tol))
                for column, s in sums.items():
                    v = given.get(column)
                    if v is not None and v != s and abs(v - s) <= tol:
                        findings.append(Finding(
                            Level.INFO, "I-ROUNDING",
                            f"科目{code}“{given.name}”的{c.SCENARIOS[column]}为{fmt.yuan(v)}，其下级科目合计为"
                            f"{fmt.yuan(s)}，相差{fmt.yuan(abs(v - s))}，在按万元填列的四舍五入范围内（不是错误）。",
                            (table, given.index, column),
                        ))
                    elif v is not None and v != s:
                        kid_names = "、".join(f"{k.key}“{k.name}”" for k in kids)
                        findings.append(Finding(
                            Level.ERROR, "E-PARENT-SUM",
                            f"科目{code}“{given.name}”的{c.SCENARIOS[column]}为{fmt.yuan(v)}，"
                            f"但其下级科目（{kid_names}）合计为{fmt.yuan(s)}，相差{fmt.yuan(abs(v - s))}。"
                            "请核对；上级科目可以只填编码和名称，金额由下级合计。",
                            (table, given.index, column),
                        ))
            # a parent typed with code and name only (as the official tables show it) is the
            # sum of its children; a column it gives is kept (and checked above)
            line = Line(code, name, given.index if given is not None else -1, values)
        resolved[code] = line
        return line

    shortest = lengths[0]
    tops = sorted({k[:shortest] for k in by_code})
    top_lines = [resolve(code) for code in tops]
    detail = tuple(with_plan(resolved[k]) for k in sorted(resolved))
    return top_lines, detail


def _short_of_known_parts(table: str, code: str, given: Line,
                          filled: Callable[[str], tuple[list[Line], list[Line]]],
                          sums: dict[str, Decimal], tol: Decimal) -> Iterator[Finding]:
    """A parent's typed column below what the lines under it that give it already add to (some
    leave it blank, so there is no full sum to compare): E-PARENT-SUM, as a full sum would be."""
    for column in AMOUNT_COLUMNS:
        v = given.get(column)
        if v is None or column in sums or column == PLAN:
            continue
        known, blank = filled(column)
        if not known or not blank or any((k.get(column) or 0) < 0 for k in known):
            continue
        part = sum((k.get(column) or Decimal(0) for k in known), Decimal(0))
        if part - v > tol:
            yield Finding(
                Level.ERROR, "E-PARENT-SUM",
                f"科目{code}“{given.name}”的{c.SCENARIOS[column]}为{fmt.yuan(v)}，但其下已填写的科目合计"
                f"已为{fmt.yuan(part)}（{'、'.join(f'{k.key}“{k.name}”' for k in blank)}未填写）。"
                f"请核对；上级科目可以只填编码和名称，金额由下级合计，下级科目{c.SCENARIOS[column]}为0的请填写0。",
                (table, given.index, column),
            )


CODE_AND_NAME = re.compile(r"^(\d{3,7})\s*[\u4e00-\u9fff（(]")  # a 科目 code then its name, in one cell


def resolve_reasons(
    data: UnitData, function_detail: tuple[Line, ...]
) -> tuple[dict[str, dict[str, str]], dict[tuple[str, str], str], tuple[tuple[str, str, str], ...]]:
    """Each reason keyed by the line it explains: an item label, a 科目 code, or a 科目 name.

    Returns the resolved reasons, where each came from (the key as typed) and the keys that match
    no line (with why), so that none is dropped silently.
    """
    alias: dict[str, str] = rk.aliases()  # the registry's keys (合计, 财政拨款, 三公经费 …)
    for lines in (data.income, data.spending, data.controlled, data.balances, data.assets):
        for x in lines:
            alias[x.key] = x.key
            alias[x.key.replace("(", "（").replace(")", "）")] = x.key
    ambiguous: set[str] = set()
    for lines in (function_detail, data.economics):
        by_name: dict[str, list[str]] = {}
        for x in lines:
            alias.setdefault(x.key, x.key)
            by_name.setdefault(x.name.strip(), []).append(x.key)
        for name, codes in by_name.items():
            if len(codes) > 1:
                ambiguous.add(name)
            alias.setdefault(name, codes[0])
    if data.disclosure is not None:  # a 科目 of the public tables only (the 情况说明 explains it)
        for f in data.disclosure.lines:
            alias.setdefault(f.code, f.code)
            if f.name.strip() not in ambiguous:
                alias.setdefault(f.name.strip(), f.code)
    out: dict[str, dict[str, str]] = {}
    typed: dict[tuple[str, str], str] = {}
    unmatched: list[tuple[str, str, str]] = []
    for comparison, lines_ in data.reasons.items():
        for key, text in lines_.items():
            k = key.strip()
            target = alias.get(k)
            coded = CODE_AND_NAME.match(k)
            if target is None and coded and alias.get(coded[1]) == coded[1]:
                k = coded[1]  # 「2080505 机关事业单位基本养老保险缴费支出」, as the tables print a 科目
                target = alias[k]
            if target is None:
                unmatched.append((comparison, key, "没有名称或科目编码与之对应的项目"))
                continue
            if k in ambiguous and target != k:
                unmatched.append((comparison, key, "这个名称对应多个科目，请改填科目编码"))
                continue
            if target in out.get(comparison, {}):
                first = typed[(comparison, target)]
                shown = rk.to_type(first)  # 合计, not the data file's total
                unmatched.append((comparison, key, f"与“{shown}”是同一项目，已采用“{shown}”的说明"))
                continue
            out.setdefault(comparison, {})[target] = text.strip()
            typed[(comparison, target)] = key
    return out, typed, tuple(unmatched)
