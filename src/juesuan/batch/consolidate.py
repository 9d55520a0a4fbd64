"""部门汇总: a 部门's units summed line by line, internal transfers offset, as one unit data file.

The sums are kept in an ``Accumulator`` that units are added to one at a time and that merges
with another (so a batch sums per worker and merges the partial sums: memory stays flat in the
number of units). Rules (spec/consolidation.md):

- every line and column is summed: income, spending, 功能分类 to 项 (each unit's parents derived
  where it gives only children), 经济分类, 三公/会议/培训, quantities, balances, assets, people;
- a unit with 错误 is listed but not summed, and a finding says why;
- a column (or a table, or a people/quantity field) that some summed unit does not report is
  left out of the 汇总 (missing is not zero), and a 提示 names those units;
- 上级补助收入 ↔ 对附属单位补助支出 and 上缴上级支出 ↔ 附属单位上缴收入 between a unit and its 上级
  in the same 部门 are offset by the smaller side; a mismatch is a 警告 naming both units. The
  offset leaves the 功能分类 pro rata over its 项 (to the cent), so Σ 功能分类 = 本年支出 still holds;
- ratios (人均, 执行率, shares) are not summed: the analysis recomputes them from the sums;
- reasons and text are not summed: the 部门 writes its own.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, Decimal
from typing import Any

from ..core import catalog as c
from ..core.figures import PLAN, roll_up
from ..core.findings import Finding, Level
from ..core.model import Line, Settings, Unit, UnitData
from ..export.escape import comment_text

CENT = Decimal("0.01")
ITEM_TABLES = ("income", "spending", "controlled", "balances", "assets")
CODED_TABLES = ("functions", "economics")
# tables that a 部门 sums only when every unit gives them (income and spending always)
WHOLE_TABLES = ("functions", "economics", "controlled", "balances", "assets")
TABLE_LABELS = {"income": "收入", "spending": "支出", "functions": "支出功能分类", "economics": "支出经济分类",
                "controlled": "三公经费、会议费、培训费", "balances": "结转结余", "assets": "资产负债"}
COLUMN_LABELS = {**c.SCENARIOS, **c.FISCAL_COLUMNS, **c.BALANCE_COLUMNS, **c.ASSET_COLUMNS}
GRANT_IN, REMIT_IN = "上级补助收入", "附属单位上缴收入"
GRANT_OUT, REMIT_OUT = "对附属单位补助支出", "上缴上级支出"
# (the 所属单位's table and item, the 上级's table and item)
FLOWS = ((("income", GRANT_IN), ("spending", GRANT_OUT)), (("spending", REMIT_OUT), ("income", REMIT_IN)))
FLOW_ITEMS = ((("income", GRANT_IN), ("spending", GRANT_OUT), ("spending", REMIT_OUT), ("income", REMIT_IN)))


@dataclass
class Member:
    """One unit of the 部门 as the 汇总 lists it (单位构成)."""

    name: str
    source: str = ""
    code: str | None = None
    parent: str | None = None
    year: int = 0
    included: bool = True
    reason: str = ""
    role: str = ""  # 本级 / 所属单位 (set when the 汇总 is finished)
    flows: dict[tuple[str, str], dict[str, Decimal]] = field(default_factory=dict)
    reported: dict[str, frozenset[str]] = field(default_factory=dict)  # table → columns given on every line
    people: frozenset[str] = frozenset()
    quantities: frozenset[tuple[str, str]] = frozenset()

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "source": self.source, "code": self.code or "", "parent": self.parent or "",
                "role": self.role, "included": self.included, "reason": self.reason}


@dataclass(frozen=True)
class Offset:
    """One internal flow offset between a 上级 and its 所属单位, in one column."""

    parent: str
    children: tuple[str, ...]
    child_item: str
    parent_item: str
    column: str
    children_amount: Decimal
    parent_amount: Decimal

    @property
    def amount(self) -> Decimal:
        return min(self.children_amount, self.parent_amount)


@dataclass(frozen=True)
class Consolidation:
    data: UnitData
    findings: tuple[Finding, ...]
    members: tuple[Member, ...]
    offsets: tuple[Offset, ...]
    limits: tuple[Finding, ...] = ()  # the sums break an input limit: the data file is not written

    @property
    def writable(self) -> bool:
        """The 部门汇总 can be written as a data file juesuan reads back (no sum over a limit)."""
        return not self.limits

    def composition(self) -> str:
        """部门决算单位构成, one sentence."""
        own = [m.name for m in self.members if m.included and m.role == "本级"]
        subs = [m.name for m in self.members if m.included and m.role == "所属单位"]
        out = [m for m in self.members if not m.included]
        text = f"纳入{self.data.unit.name}部门决算汇总的单位共{len(own) + len(subs)}个"
        if own:
            text += f"，其中本级{len(own)}个（{'、'.join(own)}）"
        if subs:
            text += f"，所属单位{len(subs)}个"
        text += "。"
        if out:
            text += f"未纳入汇总的单位{len(out)}个：" + "；".join(f"{m.name}（{m.reason}）" for m in out) + "。"
        return text


class _Sums:
    """The sums of the units of one year."""

    def __init__(self) -> None:
        self.lines: dict[str, dict[str, list]] = {t: {} for t in (*ITEM_TABLES, *CODED_TABLES)}
        self.people: dict[str, int | Decimal] = {}
        self.quantities: dict[tuple[str, str], int] = {}
        self.kinds: Counter[str] = Counter()
        self.report_units: Counter[str] = Counter()
        self.givers: Counter[tuple] = Counter()  # (table, key) and (table, key, column) → units giving it

    def merge(self, other: _Sums) -> None:
        self.givers.update(other.givers)
        for table, sums in other.lines.items():
            mine = self.lines[table]
            for key, (name, values) in sums.items():
                slot = mine.setdefault(key, [name, {}])
                for column, value in values.items():
                    slot[1][column] = slot[1].get(column, Decimal(0)) + value
        for key, value in other.people.items():
            self.people[key] = self.people.get(key, 0) + value
        for quantity, count in other.quantities.items():
            self.quantities[quantity] = self.quantities.get(quantity, 0) + count
        self.kinds.update(other.kinds)
        self.report_units.update(other.report_units)


class Accumulator:
    """Running sums of units (``add``), mergeable (``merge``), finished by ``finish``."""

    def __init__(self) -> None:
        self.years: dict[int, _Sums] = {}
        self.members: list[Member] = []

    def add(self, data: UnitData | None, errors: int = 0, source: str = "", reason: str = "") -> None:
        """Add one unit; one with 错误 (or unreadable: ``data`` None) is listed, not summed."""
        if data is None:
            self.members.append(Member(name=source, source=source, included=False, reason=reason or "无法读取"))
            return
        u = data.unit
        member = Member(u.name, source, u.code, u.parent, u.year)
        self.members.append(member)
        if errors:
            member.included, member.reason = False, f"有{errors}项错误"
            return
        s = self.years.setdefault(u.year, _Sums())
        s.kinds[u.kind or ""] += 1
        s.report_units[data.settings.report_unit] += 1
        tables = {t: list(getattr(data, t)) for t in ITEM_TABLES}
        for t, lengths, names in (("functions", (3, 5, 7), c.FUNCTION_CLASSES),
                                  ("economics", (3, 5), c.ECONOMIC_CLASSES)):
            # the inputs' columns only: the roll-up also carries the derived 执行中的预算 (PLAN)
            tables[t] = [Line(x.key, x.name, x.index, {k: v for k, v in x.values.items() if k != PLAN})
                         for x in roll_up(getattr(data, t), t, lengths, names, [])[1]]
        for table, lines in tables.items():
            if not lines:
                continue
            member.reported[table] = frozenset().union(*(frozenset(x.values) for x in lines))
            sums = s.lines[table]
            for line in lines:
                slot = sums.setdefault(line.key, [line.name, {}])
                s.givers[(table, line.key)] += 1
                for column, value in line.values.items():
                    s.givers[(table, line.key, column)] += 1
                    slot[1][column] = slot[1].get(column, Decimal(0)) + value
        for table, item in FLOW_ITEMS:
            for line in getattr(data, table):
                if line.key == item:
                    member.flows[(table, item)] = dict(line.values)
        member.people = frozenset(data.people)
        for key, value in data.people.items():
            s.people[key] = s.people.get(key, 0) + value
        member.quantities = frozenset((k, col) for k, cols in data.quantities.items() for col in cols)
        for k, cols in data.quantities.items():
            for col, value in cols.items():
                s.quantities[(k, col)] = s.quantities.get((k, col), 0) + value

    def merge(self, other: Accumulator) -> Accumulator:
        for year, sums in other.years.items():
            self.years.setdefault(year, _Sums()).merge(sums)
        self.members.extend(other.members)
        return self

    # -- the 汇总 ---------------------------------------------------------------------------------

    def finish(self, name: str) -> Consolidation:
        notes: list[Finding] = []
        members = self.members
        years = Counter(m.year for m in members if m.included)
        year = max(years, key=lambda y: (years[y], y)) if years else 0
        for m in members:
            if m.included and m.year != year:
                m.included, m.reason = False, f"决算年度为{m.year}年，与其他单位（{year}年）不同"
        for m in members:
            if not m.included:
                notes.append(Finding(Level.WARNING, "W-UNIT-EXCLUDED",
                                     f"{m.name}未纳入部门汇总：{m.reason}。请该单位改正后重新汇总。", ("unit",),
                                     label=m.name))
        self.sums = self.years.get(year, _Sums())
        included = [m for m in members if m.included]
        seen: dict[str, list[Member]] = {}
        for m in included:  # the same unit twice (two files of one unit) would be counted twice
            seen.setdefault(f"代码{m.code}" if m.code else m.name, []).append(m)
        for key, same in seen.items():
            if len(same) > 1:
                notes.append(Finding(Level.ERROR, "E-DUPLICATE-UNIT",
                                     f"{same[0].name}（{key if same[0].code else '同名'}）在汇总中出现{len(same)}次"
                                     f"（{'、'.join(x.source or x.name for x in same)}），部门汇总数把它重复计算了。"
                                     "请删除重复的文件后重新汇总。", ("unit",), label=same[0].name))
        kept = self._kept(included, notes)
        offsets = self._offsets(included, kept, notes)
        tables = {t: self._lines(t, kept) for t in (*ITEM_TABLES, *CODED_TABLES)}
        tables["functions"] = _trim(tables["functions"], (3, 5, 7), notes)
        tables["economics"] = _trim(tables["economics"], (3, 5), notes)
        _apply_offsets(tables, offsets, notes)
        for table, item in FLOW_ITEMS:  # a flow offset to nothing is no line of the 部门
            tables[table] = [row for row in tables[table]
                             if row[0] != item or any(v for v in row[2].values()) or not row[2]]
        s = self.sums
        people = {k: v for k, v in s.people.items() if all(k in m.people for m in included)}
        _note_missing(notes, "people", "人员信息", [
            (c.PEOPLE_LABELS[k], [m.name for m in included if k not in m.people])
            for k in sorted(set(s.people) - set(people))])
        quantities: dict[str, dict[str, int]] = {}
        for (k, col), value in sorted(s.quantities.items()):
            if all((k, col) in m.quantities for m in included):
                quantities.setdefault(k, {})[col] = value
        lacking_q = sorted({k for (k, col) in s.quantities if col not in quantities.get(k, {})})
        if lacking_q:
            lacking = [m.name for m in included if any(k not in {q for q, _ in m.quantities} for k in lacking_q)]
            notes.append(Finding(Level.INFO, "I-FIELD-OMITTED",
                                 f"{_names(lacking) or '部分单位'}未填写（或未全部填写）实物量，部门汇总不列"
                                 f"{'、'.join(lacking_q)}。", ("quantities",)))
        kinds = [k for k in s.kinds if s.kinds[k]]
        report_unit = s.report_units.most_common(1)[0][0] if s.report_units else "元"

        def lines(table: str) -> tuple[Line, ...]:
            return tuple(Line(k, n, i, v) for i, (k, n, v) in enumerate(tables[table]))

        data = UnitData(
            unit=Unit(name=name, year=year, kind=kinds[0] if len(kinds) == 1 and kinds[0] else None),
            people=people, settings=Settings(report_unit=report_unit),
            income=lines("income"), spending=lines("spending"), functions=lines("functions"),
            economics=lines("economics"), controlled=lines("controlled"), balances=lines("balances"),
            assets=lines("assets"), quantities=quantities,
        )
        _roles(members)
        limits = over_limits(data)
        return Consolidation(data, tuple(notes + limits), tuple(members), tuple(offsets), tuple(limits))

    def _kept(self, included: list[Member], notes: list[Finding]) -> dict[str, frozenset[str]]:
        """table → the columns every summed unit gives (tables dropped: absent). A line keeps a
        column only where every unit that has the line gives it."""
        kept: dict[str, frozenset[str]] = {}
        for table in (*ITEM_TABLES, *CODED_TABLES):
            givers = [m for m in included if table in m.reported]
            if not givers:
                continue
            if table in WHOLE_TABLES and len(givers) < len(included):
                lacking = [m.name for m in included if table not in m.reported]
                notes.append(Finding(Level.INFO, "I-TABLE-OMITTED",
                                     f"{_names(lacking)}未填写{TABLE_LABELS[table]}，部门汇总不列{TABLE_LABELS[table]}"
                                     "（缺少不等于0）。如需汇总，请这些单位补填后重新汇总。", (table,)))
                continue
            columns = frozenset.intersection(*(m.reported[table] for m in givers))
            every = frozenset().union(*(m.reported[table] for m in givers))
            for column in sorted(every - columns, key=list(COLUMN_LABELS).index):
                lacking = [m.name for m in givers if column not in m.reported[table]]
                notes.append(Finding(Level.INFO, "I-COLUMN-OMITTED",
                                     f"{_names(lacking)}的{TABLE_LABELS[table]}未填写"
                                     f"{COLUMN_LABELS[column]}，部门汇总的{TABLE_LABELS[table]}不列"
                                     f"{COLUMN_LABELS[column]}。", (table, "total", column)))
            kept[table] = columns
        return kept

    def _lines(self, table: str, kept: dict[str, frozenset[str]]) -> list[tuple[str, str, dict[str, Decimal]]]:
        if table not in kept:
            return []
        order = {"income": c.INCOME_ITEMS, "spending": c.SPENDING_ITEMS, "controlled": c.CONTROLLED_ITEMS,
                 "balances": c.BALANCE_ITEMS}.get(table)
        sums = self.sums.lines[table]
        keys = sorted(sums, key=(lambda k: (order.index(k) if k in order else len(order), k)) if order else None)
        out = []
        for k in keys:
            values = {}
            for col, v in sums[k][1].items():
                if col in kept[table] and self.sums.givers[(table, k, col)] == self.sums.givers[(table, k)]:
                    values[col] = v
            out.append((k, sums[k][0], values))
        return out

    def _offsets(self, included: list[Member], kept: dict[str, frozenset[str]],
                 notes: list[Finding]) -> list[Offset]:
        by_ref: dict[str, Member] = {}
        for m in included:
            by_ref.setdefault(m.name, m)
            if m.code:
                by_ref[m.code] = m
        children: dict[int, list[Member]] = {}
        parents: dict[int, Member] = {}
        for m in included:
            if not m.parent:
                continue
            p = by_ref.get(m.parent)
            if p is None or p is m:
                if any(m.flows.get(flow[0]) for flow in FLOWS):
                    notes.append(Finding(Level.INFO, "I-PARENT-OUTSIDE",
                                         f"{m.name}的上级单位“{m.parent}”不在本次汇总的单位中，其与上级的往来"
                                         "（上级补助收入、上缴上级支出）不抵销。", ("unit", "parent"), label=m.name))
                continue
            children.setdefault(id(p), []).append(m)
            parents[id(p)] = p
        columns = kept.get("income", frozenset()) & kept.get("spending", frozenset())
        left_out: dict[str, list[str]] = {}  # 上级 reference → its units not summed
        for m in self.members:
            if not m.included and m.parent:
                left_out.setdefault(m.parent, []).append(m.name)
        out: list[Offset] = []
        for pid, kids in children.items():
            p = parents[pid]
            for (child_key, parent_key) in FLOWS:
                for column in sorted(columns, key=list(c.SCENARIOS).index):
                    kid_sum = sum((k.flows.get(child_key, {}).get(column, Decimal(0)) for k in kids), Decimal(0))
                    own = p.flows.get(parent_key, {}).get(column, Decimal(0))
                    if not kid_sum and not own:
                        continue
                    o = Offset(p.name, tuple(k.name for k in kids if k.flows.get(child_key, {}).get(column)),
                               child_key[1], parent_key[1], column, kid_sum, own)
                    out.append(o)
                    if kid_sum != own:
                        missing = left_out.get(p.code or "", []) + left_out.get(p.name, [])
                        why = f"（其所属单位{_names(missing)}未纳入汇总）" if missing else "；请两方核对记账"
                        notes.append(Finding(
                            Level.WARNING, "W-INTERNAL-MISMATCH",
                            f"内部往来不一致（{c.SCENARIOS[column]}）：所属单位{_names(list(o.children)) or '（无）'}的"
                            f"{o.child_item}合计{_yuan(kid_sum)}，上级{p.name}的{o.parent_item}为{_yuan(own)}，"
                            f"相差{_yuan(abs(kid_sum - own))}。汇总时按较小的{_yuan(o.amount)}抵销{why}。",
                            (parent_key[0], parent_key[1], column), label=p.name))
        return out


def _roles(members: list[Member]) -> None:
    refs = {m.name for m in members if m.included} | {m.code for m in members if m.included and m.code}
    for m in members:
        m.role = "所属单位" if m.parent and m.parent in refs and m.parent not in (m.name, m.code) else "本级"


def _apply_offsets(tables: dict[str, list], offsets: list[Offset], notes: list[Finding]) -> None:
    per: dict[tuple[str, str, str], Decimal] = {}
    for o in offsets:
        for table, item in ((_table_of(o.child_item), o.child_item), (_table_of(o.parent_item), o.parent_item)):
            per[(table, item, o.column)] = per.get((table, item, o.column), Decimal(0)) + o.amount
    for (table, item, column), amount in per.items():
        for _, name, values in tables[table]:
            if name == item and column in values:
                values[column] -= amount
    total: dict[str, Decimal] = {}
    for o in offsets:
        total[o.column] = total.get(o.column, Decimal(0)) + o.amount
    functions = tables["functions"]
    for column, amount in total.items():
        if amount and functions and column in functions[0][2]:
            _spread(functions, column, amount)
            notes.append(Finding(Level.INFO, "I-OFFSET-FUNCTIONS",
                                 f"内部往来抵销{_yuan(amount)}（{c.SCENARIOS[column]}）已按支出功能分类各项金额比例"
                                 "从功能分类中扣除；如需按具体科目抵销，请在部门汇总数据文件中调整。",
                                 ("functions", "total", column)))


def _table_of(item: str) -> str:
    return "income" if item in c.INCOME_ITEMS else "spending"


def _spread(functions: list[tuple[str, str, dict[str, Decimal]]], column: str, amount: Decimal) -> None:
    """Take ``amount`` off the leaves pro rata (largest remainders get the odd cents), then set
    every parent to the sum of its children again."""
    codes = [k for k, _, _ in functions]
    leaves = [row for row in functions if not any(k != row[0] and k.startswith(row[0]) for k in codes)]
    base = sum((row[2][column] for row in leaves), Decimal(0))
    if not base:
        return
    exact = [(row, amount * row[2][column] / base) for row in leaves]
    cuts = [(row, share.quantize(CENT, rounding=ROUND_DOWN), share) for row, share in exact]
    left = int((amount - sum((cut for _, cut, _ in cuts), Decimal(0))) / CENT)
    order = sorted(range(len(cuts)), key=lambda i: cuts[i][2] - cuts[i][1], reverse=True)
    for n, i in enumerate(order):
        row, cut, _ = cuts[i]
        row[2][column] -= cut + (CENT if n < left else 0)
    for key, _, values in sorted(functions, key=lambda r: -len(r[0])):
        kids = [row for row in functions if len(row[0]) > len(key) and row[0].startswith(key)
                and not any(len(key) < len(k) < len(row[0]) and row[0].startswith(k) for k in codes)]
        if kids and column in values:
            values[column] = sum((k[2][column] for k in kids), Decimal(0))


def _trim(rows: list, lengths: tuple[int, ...], notes: list[Finding]) -> list:
    """Drop the children of a code whose children (summed over units) do not add up to it: some
    units gave it without detail. The parent keeps the full sum."""
    if not rows:
        return rows
    by_code = {k: v for k, _, v in rows}
    dropped: set[str] = set()
    for code in sorted(by_code, key=len):
        if any(code.startswith(d) for d in dropped) or len(code) == lengths[-1]:
            continue
        nxt = next(n for n in lengths if n > len(code))
        kids = [k for k in by_code if len(k) == nxt and k.startswith(code)]
        if not kids:
            continue
        for column, value in by_code[code].items():
            if sum((by_code[k].get(column, Decimal(0)) for k in kids), Decimal(0)) != value:
                dropped.add(code)
                notes.append(Finding(Level.INFO, "I-DETAIL-OMITTED",
                                     f"部分单位的科目{code}未细化到下级科目，部门汇总中{code}只列合计，不列下级科目。",
                                     ("functions" if len(lengths) == 3 else "economics",)))
                break
    return [r for r in rows if not any(r[0] != d and r[0].startswith(d) for d in dropped)]


def _note_missing(notes: list[Finding], table: str, label: str, items: list[tuple[str, list[str]]]) -> None:
    for what, lacking in items:
        notes.append(Finding(Level.INFO, "I-FIELD-OMITTED",
                             f"{_names(lacking)}未填写{label}“{what}”，部门汇总不列该项（依赖它的指标不计算）。",
                             (table,)))


def _names(names: list[str], limit: int = 5) -> str:
    if len(names) <= limit:
        return "、".join(names)
    return "、".join(names[:limit]) + f"等{len(names)}个单位"


def _yuan(value: Decimal) -> str:
    from ..core import fmt

    return fmt.yuan(value)


def over_limits(data: UnitData) -> list[Finding]:
    """The errors reading the 部门汇总's own data file back would give: every input limit (an
    amount over 1000万亿元 or over 15 digits, a name too long…) applies to the sums as to a unit.
    Each unit can be within a limit while their sum is not."""
    from ..core.parse import parse
    from ..sources.datafile import to_document

    _, found = parse(to_document(data))
    return [Finding(f.level, f.code, f"部门汇总数不能生成数据文件：{f.message}", f.path, f.label)
            for f in found if f.level is Level.ERROR]


def consolidate(units: list[tuple[UnitData | None, int, str]], name: str) -> Consolidation:
    """The 汇总 of ``units`` given as (data or None when unreadable, 错误 count, source)."""
    acc = Accumulator()
    for data, errors, source in units:
        acc.add(data, errors, source)
    return acc.finish(name)


def header(result: Consolidation) -> str:
    """The comment block at the top of the 部门汇总 data file: its 单位构成 and offsets."""
    lines = [f"# {result.data.unit.name}{result.data.unit.year}年度部门决算汇总（juesuan consolidate 生成）",
             "# 部门决算单位构成："]
    for m in result.members:
        state = m.role if m.included else f"未纳入：{m.reason}"
        lines.append(f"#   {m.name}{f'（{m.code}）' if m.code else ''}：{state}")
    for o in result.offsets:
        if o.amount:
            lines.append(f"# 抵销 {c.SCENARIOS[o.column]} {o.child_item}↔{o.parent_item}（{o.parent}）："
                         f"{_yuan(o.amount)}")
    lines.append("# 原因说明和文字材料由部门填写。")
    return "\n".join(comment_text(line) for line in lines) + "\n"  # a name's line break stays in the comment


def dumps(result: Consolidation) -> str:
    from ..sources.datafile import dumps as dump_unit

    return header(result) + dump_unit(result.data)
