"""The disclosure's figures (元, exact) per 功能分类 line and for the unit, with what can be derived.

Derivations (never ask for a figure twice):
- a parent line (类, 款) is the sum of its children; missing parents are added;
- a line's 本年支出 is the sum of its split by nature, else its ``[[functions]]`` 决算;
- a split the unit leaves out follows the unit's totals when these have a single non-zero part
  (a unit with only 基本支出 has only 基本支出 on every line; only 一般公共预算财政拨款 → every
  财政拨款 line is 一般公共预算);
- with no 结转结余 and no 结余分配 anywhere, each line's 本年收入 equals its 本年支出;
- 一般公共预算财政拨款 年初/年末结转和结余 = the 财政拨款结转结余 total less the other two funds;
- a unit whose 财政拨款 is all 一般公共预算 and whose spending is all 财政拨款 (``fiscal_final`` =
  ``final`` on every spending line) has 一般公共预算 基本/项目 = its 基本/项目 on every line;
- the unit's 一般公共预算财政拨款 基本支出 (人员经费, 公用经费) and 项目支出 come from the
  ``fiscal_final`` of its [[spending]] lines (the 合计 rows of tables 4 to 6);
- a line's 年初预算 of one fund (``general_budget``, ``fund_budget``, ``capital_budget``) is its
  [[functions]] ``budget`` when all the line's spending is of that fund (or the unit has only
  一般公共预算财政拨款).

A per-line split the data does not determine is left out (``None`` in the tables, blank in the
files) and named in one finding (D-LINES-NEEDED) that says what to fill in [[disclosure.lines]];
the 合计 rows then carry the unit-level figures, which the data does determine.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal

from ..core import catalog as c
from ..core import fmt
from ..core import public_vocab as v
from ..core.blanks import listed_as_zero, untyped
from ..core.figures import Figures
from ..core.figures import build as build_figures
from ..core.findings import Finding, Level
from ..core.model import WORKBOOK, Line, UnitData
from ..core.public_model import EMPTY, Disclosure, FunctionLine, of_unit
from ..core.rounding import printed_unit, slack, tolerance

ZERO = Decimal(0)
NATURE_ITEMS = {"basic": c.BASIC_SPENDING, "project": (c.PROJECT,), "remit": ("上缴上级支出",),
                "operation": ("经营支出",), "subsidy": ("对附属单位补助支出",)}


def region_of(name: str) -> str:
    """The template region a unit's name starts with (上海市… → 上海) when a class list is kept for
    it (catalog.CLASS_LISTS); "" (the national list) otherwise. ``[disclosure] region`` overrides."""
    return next((r for r in sorted(c.REGIONS, key=len, reverse=True) if r and name.startswith(r)), "")


def level_of(code: str) -> int:
    return {3: 0, 5: 1, 7: 2}[len(code)]


def parent_of(code: str) -> str | None:
    return {7: code[:5], 5: code[:3]}.get(len(code))


@dataclass
class Books:
    data: UnitData
    d: Disclosure
    figures: Figures  # the analysis' figures: [[functions]] rolled up 项→款→类 once, by core.figures
    names: dict[str, str] = field(default_factory=dict)
    own: dict[str, dict[str, Decimal]] = field(default_factory=dict)  # per code, before summing children
    lines: dict[str, dict[str, Decimal]] = field(default_factory=dict)  # per code, as published
    findings: list[Finding] = field(default_factory=list)
    tolerance: Decimal = ZERO  # 元: a typed total beside its rounded parts (core.rounding)
    undetermined: dict[str, set[str]] = field(default_factory=dict)  # group → codes (with parents)

    def known(self, code: str, group: str) -> bool:
        """Whether line ``code``'s split ``group`` (nature / funds / income) is determined."""
        return code not in self.undetermined.get(group, set())

    def all_known(self, group: str) -> bool:
        return not self.undetermined.get(group)

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
        return sum((self.nature_total(k) for k in NATURE_ITEMS), ZERO)

    @property
    def basic_absent(self) -> bool:
        """No 人员经费 / 公用经费 决算 in the data (absent, not 0: a file typed from the nine tables, which
        give the unit's 基本支出 but not its split for every fund)."""
        return not any(x.key in c.BASIC_SPENDING and x.get("final") is not None for x in self.data.spending)

    def nature_total(self, key: str, column: str = "final") -> Decimal:
        """The unit's 支出 of one nature; 基本支出 from the lines (公开03) where 人员/公用经费 are absent."""
        if key == "basic" and column == "final" and self.basic_absent and self.lines:
            return self.line_total("basic")
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

    @property
    def fiscal_is_general(self) -> bool:
        """All the unit's 财政拨款 is 一般公共预算 (no 政府性基金 / 国有资本经营 income or balances)."""
        keys = ("fund", "capital", "fund_opening", "fund_closing", "capital_opening", "capital_closing")
        return not any(self.income(v.INCOME_ITEM[f]) for f in ("fund", "capital")) and not any(
            x.values.get(k) for x in self.d.lines for k in keys)

    def fiscal_nature(self, key: str) -> Decimal | None:
        """一般公共预算财政拨款 支出 of nature ``basic`` / ``project`` for the unit; None where unknown."""
        items = NATURE_ITEMS[key]
        if self.only_general:
            return self.nature_total(key)
        if not self.fiscal_is_general:
            return None
        values = [self.spending_line(i, "fiscal_final") for i in items]
        finals = [self.spending_line(i, "final") for i in items]
        if any(f and val is None for f, val in zip(finals, values, strict=True)):
            return None
        return sum((val or ZERO for val in values), ZERO)

    def fiscal_nature_all(self, key: str) -> Decimal | None:
        """财政拨款 (all three funds) 支出 of nature ``key`` for the unit, from ``fiscal_final``."""
        if self.only_general:
            return self.nature_total(key)
        items = NATURE_ITEMS[key]
        values = [self.spending_line(i, "fiscal_final") for i in items]
        if any(self.spending_line(i, "final") and val is None for i, val in zip(items, values, strict=True)):
            return None
        return sum((val or ZERO for val in values), ZERO)

    def spending_line(self, item: str, column: str) -> Decimal | None:
        for line in self.data.spending:
            if line.key == item:
                return line.get(column)
        return None

    @property
    def spending_all_fiscal_general(self) -> bool:
        """Every spending line's 决算 is 一般公共预算财政拨款 (``fiscal_final`` = ``final``)."""
        if not self.fiscal_is_general:
            return False
        lines = [x for x in self.data.spending if x.key in c.SPENDING_CURRENT and x.get("final")]
        return bool(lines) and all(x.get("fiscal_final") == x.get("final") for x in lines)

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
        order = v.class_order(self.data.unit.year, self.d.region)
        return sorted(self.lines, key=lambda code: (order.get(code[:3], 999), code))

    def get(self, code: str, key: str) -> Decimal:
        return self.lines.get(code, {}).get(key, ZERO)

    def general_spending(self, code: str) -> Decimal:
        return self.fund_spending("general", code)

    def fund_spending(self, fund: str, code: str) -> Decimal:
        """A fund's 本年支出 on line ``code``: the typed line total where the fund carries the whole
        line (a published figure, kept as typed), else its 基本 + 项目 parts."""
        line = self.lines.get(code, {})
        if f"{fund}_total" in line:
            return line[f"{fund}_total"]
        return self.get(code, f"{fund}_basic") + self.get(code, f"{fund}_project")


def _get(lines, item: str, column: str) -> Decimal:
    for line in lines:
        if line.key == item:
            return line.get(column) or ZERO
    return ZERO


def compute(data: UnitData, figures: Figures | None = None) -> Books:
    """The public tables' figures of ``data``, on the analysis' ``figures`` (built when not given).

    The [[functions]] lines come rolled up from ``figures`` (a 类 that disagrees with its 项 is
    E-PARENT-SUM there, once); only the [disclosure.lines] are summed here.
    """
    d = of_unit(data)
    if d is None:
        d = EMPTY
    if not d.region:
        d = replace(d, region=region_of(data.unit.name))
    if d.vehicles:  # the categories typed as the published list, its zeros blank (core/blanks)
        d = replace(d, vehicles=listed_as_zero(d.vehicles, v.VEHICLE_CATEGORIES, data.people.get("vehicles")))
    b = Books(data, d, figures if figures is not None else build_figures(data), tolerance=tolerance(data))
    detail = {x.key: x for x in b.figures.function_detail}
    with_figures = {x.key for x in data.functions if x.values}  # a parent typed as code + name is a sum
    functions = {code: line for code, line in detail.items() if code in with_figures}
    left_out = untyped([(x.code, bool(x.values)) for x in d.lines])  # code and name only: no row (core/blanks)
    given = {x.code: x for i, x in enumerate(d.lines) if i not in left_out or x.code in detail}
    classes = dict(c.function_classes(data.unit.year, d.region))
    for code in (*detail, *given):
        typed = detail[code].name if code in detail else ""
        typed = "" if typed == code else typed  # roll_up names an unknown derived parent by its code
        name = (given[code].name if code in given else "") or typed
        b.names[code] = name or classes.get(code) or b.names.get(code, "")
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
                        f"功能分类科目{parent}没有名称：请在{place(data, 'lines')}中补充该款的科目名称。",
                        ("disclosure", "lines")))
                    b.names[parent] = parent
            parent = parent_of(parent)
    # published values: leaves as given, parents the sum of their children
    typed_parents = with_figures | {x.code for x in d.lines if x.values}  # parents typed with figures
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
            # each part that carries a figure and the parent rounded to 0.01万元 (a blank part adds no 尾差)
            gap = slack(b.tolerance, sum(1 for kid in kids if b.lines[kid].get(key)))
            if key not in summed or (code in typed_parents and abs(value - summed[key]) <= gap):
                summed[key] = value  # a column only the parent carries, or the parent's published figure
        b.lines[code] = summed
    for codes_ in list(b.undetermined.values()):
        for code in list(codes_):
            parent = parent_of(code)
            while parent is not None:
                codes_.add(parent)
                parent = parent_of(parent)
    if b.undetermined:
        b.findings.append(_lines_needed(b))
    return b


GROUPS = {
    "nature": ("支出按性质分列（公开03）", "basic、project（基本支出、项目支出）"),
    "funds": ("一般公共预算财政拨款支出按科目分列（公开04、公开05）",
              "general_basic、general_project（一般公共预算财政拨款基本支出、项目支出）"),
    "income": ("收入按来源分列（公开02）", "各收入来源，如 general（一般公共预算财政拨款收入）、other（其他收入）"),
}
SHEET_GROUPS = {  # the same, as the workbook's 公开科目 heads its columns
    "nature": "“本年支出”下的基本支出、项目支出",
    "funds": "“财政拨款支出”下一般公共预算财政拨款的基本支出、项目支出",
    "income": "“本年收入”下的各收入来源（如财政拨款收入、事业收入、其他收入）",
}


def on_sheet(data: UnitData, key: str) -> bool:
    """Whether the [disclosure] array ``key`` of ``data`` is typed on a workbook's input sheet."""
    from ..sources.layout import PUBLIC_TABLES

    return data.origin == WORKBOOK and key in dict(PUBLIC_TABLES)


EXPORT_TO_FILL = ("这部分没有输入表：请用 juesuan extract 工作簿.xlsm 单位.toml 把工作簿导出为数据文件，在其中填写后"
                  "用 juesuan build 单位.toml 新工作簿.xlsm 生成工作簿（或直接对数据文件运行 juesuan disclose）。")


def workbook_place(data: UnitData, where: str) -> tuple[str, str] | None:
    """For a unit read from a workbook, where to fill the data-file table ``where`` (``controlled``,
    ``disclosure.performance``): its input sheet, or — where the workbook has none — the data file the
    workbook can be exported to, with how. ``None`` for a unit read from a data file."""
    from ..sources.layout import Locator

    if data.origin != WORKBOOK:
        return None
    found = Locator().cell(tuple(where.split(".")))
    if found is not None:
        return f"工作簿的“{found[0]}”表", ""
    return f"数据文件 [{where}] ", EXPORT_TO_FILL


def sheet_head(where: str, column: str) -> str | None:
    """The head of the input-sheet column a data-file key is typed in (``disclosure.lines`` ``purpose``
    → 「主要用于」, ``controlled`` ``prior_final`` → 「上年决算」): the key's words, as the data contract
    and the sheet say them; ``None`` for a key no input sheet has."""
    from ..sources import layout as L

    block = {"controlled": L.CONTROLLED_BLOCK, "functions": L.FUNCTIONS_BLOCK,
             **{f"disclosure.{k}": b for k, b in L.PUBLIC_TABLES}}.get(where)
    if block is None or column not in block.columns:
        return None
    return block.labels[block.columns.index(column)]


def column_head(data: UnitData, where: str, column: str) -> str | None:
    """For a unit read from a workbook, the head of the input-sheet column a data-file key is typed
    in (``sheet_head``); ``None`` for a unit read from a data file, or a key no input sheet has."""
    return sheet_head(where, column) if data.origin == WORKBOOK else None


def field_words(data: UnitData, where: str, column: str, gloss: str = "", spaced: bool = False) -> str:
    """A key to fill, as the accountant sees it: the column's head 「“主要用于”栏」 on a workbook's
    input sheet; for a data file, what it is with the key to type 「主要用于（purpose）」 (``gloss``, else
    the sheet's head for it; a bare key where neither says, after a space where ``spaced``: it follows
    Chinese text)."""
    head = column_head(data, where, column)
    if head is not None:
        return f"“{head}”栏"
    words = gloss or sheet_head(where, column)
    return f"{words}（{column}）" if words else (" " if spaced else "") + column


def place(data: UnitData, key: str) -> str:
    """Where a [disclosure] array (``lines``, ``basic_economics``) is typed: the workbook's input
    sheet for a unit read from a workbook, else the data file's table."""
    from ..sources.layout import PUBLIC_TABLES

    if on_sheet(data, key):
        return f"工作簿的“{dict(PUBLIC_TABLES)[key].sheet}”表"
    return f"数据文件的[[disclosure.{key}]]"


def _lines_needed(b: Books) -> Finding:
    """One finding for every per-line split the data does not determine: what to fill, where."""
    groups = [g for g in GROUPS if b.undetermined.get(g)]
    leaves = sorted({code for g in groups for code in b.undetermined[g]
                     if not any(parent_of(x) == code for x in b.lines)})
    shown = "、".join(leaves[:6]) + ("等" if len(leaves) > 6 else "")
    sheet = on_sheet(b.data, "lines")
    what = "；".join(SHEET_GROUPS[g] if sheet else GROUPS[g][1] for g in groups)
    return Finding(
        Level.ERROR, "D-LINES-NEEDED",
        f"数据不能确定公开表中{'；'.join(GROUPS[g][0] for g in groups)}的各科目数字"
        f"（本单位有多种资金来源或多种支出性质，不能由{'“功能分类”表' if sheet else '[[functions]]'}的决算数推算），"
        f"表中这些格子留空，合计行按单位总数填列。请在{place(b.data, 'lines')}中为每个项级科目（{shown}）"
        f"{'各填一行（科目编码、科目名称），' if sheet else ''}填写：{what}。", ("disclosure", "lines"))


def _own(b: Books, code: str, function: Line | None, line: FunctionLine | None) -> dict[str, Decimal]:
    """A line's own figures: as given, with the derivations of the module docstring."""
    vals: dict[str, Decimal] = dict(line.values) if line is not None else {}
    printed = {k: vals.pop(k) for k in v.LINE_TOTALS if k in vals}  # row totals as a 万元 table prints them
    final = function.get("final") if function is not None else None
    natures = [k for k in v.NATURE_COLUMNS if k in vals]
    total: Decimal | None
    if natures:
        parts = sum((vals[k] for k in natures), ZERO)
        total = _printed(b, code, line, "spending_total", printed, parts, len(natures))
        near = final is not None and abs(final - parts) <= slack(b.tolerance, len(natures))
        if total == parts and final is not None and final != parts and near:
            total = final  # the published 本年支出合计, its parts rounded apart: printed as typed
            b.findings.append(Finding(
                Level.INFO, "D-ROUNDING",
                f"功能分类{code}的决算数与公开表中按性质分列的支出之和相差{abs(final - parts)}元，在按万元填列的"
                f"四舍五入范围内（提示，不是错误）；公开表列示填写的决算数。",
                ("disclosure", "lines", line.index) if line is not None else ("functions",)))
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
    natures_known = bool(natures) or not total or any(k in vals for k in v.NATURE_COLUMNS)
    if natures_known:
        for k in v.NATURE_COLUMNS:
            vals.setdefault(k, ZERO)
    else:
        b.undetermined.setdefault("nature", set()).add(code)
    funds_known = any(k in vals for k in v.FUND_SPENDING_COLUMNS) or not total
    if not funds_known and natures_known and (b.only_general or b.spending_all_fiscal_general):
        vals["general_basic"] = vals["basic"]
        vals["general_project"] = vals["project"]
        funds_known = True
    if not funds_known and not any(b.income(v.INCOME_ITEM[f]) for f in v.FISCAL_FUNDS) \
            and not _get(b.data.balances, "财政拨款结转结余", "opening"):
        funds_known = True  # no 财政拨款 at all
    if not funds_known:
        b.undetermined.setdefault("funds", set()).add(code)
    income_known = any(k in vals for k in v.INCOME_COLUMNS) or not total
    if not income_known and b.no_balances:
        sources = [k for k, item in v.INCOME_ITEM.items() if b.income(item)]
        if len(sources) == 1:
            vals[sources[0]] = total
            income_known = True
        elif funds_known and b.fiscal_is_general and len(sources) == 2 and "general" in sources:
            other = next(k for k in sources if k != "general")  # 本年收入 = 本年支出, line by line
            vals["general"] = vals.get("general_basic", ZERO) + vals.get("general_project", ZERO)
            vals[other] = total - vals["general"]
            income_known = True
    if not income_known:
        b.undetermined.setdefault("income", set()).add(code)
    sources = [k for k in v.INCOME_COLUMNS if k in vals]
    if sources:
        vals["income_total"] = _printed(b, code, line, "income_total", printed,
                                        sum((vals[k] for k in sources), ZERO), len(sources))
    _fund_totals(b, code, line, vals, total, printed)
    budget = function.get("budget") if function is not None else None
    if budget is not None:  # the [[functions]] 年初预算 of a line whose spending is all one fund
        spent = {fund: vals.get(f"{fund}_basic", ZERO) + vals.get(f"{fund}_project", ZERO)
                 for fund in v.FISCAL_FUNDS}
        for fund in v.FISCAL_FUNDS:
            # the only fund spent on the line (parts typed from 万元 tables may miss its total by 尾数)
            alone = (fund == "general" and b.only_general) or (
                bool(total) and abs(total - spent[fund]) <= slack(b.tolerance, 2)
                and not any(x for f, x in spent.items() if f != fund))
            if f"{fund}_budget" not in vals and alone:
                vals[f"{fund}_budget"] = budget
    return vals


def _fund_totals(b: Books, code: str, line: FunctionLine | None, vals: dict[str, Decimal], total: Decimal,
                 printed: dict[str, Decimal]) -> None:
    """Each fund's line total: as printed (``{fund}_total``), else the line's own total where the fund's
    基本/项目 are all of the line's (so a typed total stays as typed), else the sum of its parts."""
    nature = vals.get("basic", ZERO) + vals.get("project", ZERO)
    for fund in v.FISCAL_FUNDS:
        keys = (f"{fund}_basic", f"{fund}_project")
        if not any(k in vals for k in keys):
            continue
        parts = sum((vals.get(k, ZERO) for k in keys), ZERO)
        whole = parts and parts == nature and vals.get(keys[0], ZERO) == vals.get("basic", ZERO)
        own = total if whole and f"{fund}_total" not in printed else parts
        vals[f"{fund}_total"] = _printed(b, code, line, f"{fund}_total", printed, own, 2)


def _printed(b: Books, code: str, line: FunctionLine | None, key: str, printed: dict[str, Decimal],
             parts: Decimal, count: int) -> Decimal:
    """A line's row total: as the published table prints it (``key`` of [disclosure.lines]) where that is
    the sum of its ``count`` parts but for their rounding, else the sum (and an error naming the key)."""
    given = printed.get(key)
    if given is None or given == parts:
        return parts
    if abs(given - parts) <= slack(printed_unit(b.tolerance, given), count):
        return given
    b.findings.append(Finding(
        Level.ERROR, "D-LINE-NATURE",
        f"{place(b.data, 'lines')}科目{code}的{key}（{v.LINE_TOTALS[key]}）为{fmt.number(given)}元，不等于其各栏之和"
        f"{fmt.number(parts)}元，差额超出四舍五入；公开表按各栏之和列示。",
        ("disclosure", "lines", line.index, key) if line is not None else ("disclosure", "lines")))
    return parts
