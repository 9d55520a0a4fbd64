"""审核: the checks of the official 决算 software, at three levels, over one unit's figures."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal

from . import catalog as c
from . import fmt
from . import indicators as ind
from . import reason_keys as rk
from .compare import diff, is_material
from .expr import Ref
from .figures import PLAN, TOTAL_KEY, WHOLE_YEAR, WHOLE_YEAR_NOTE, Figures, Group, has_adjusted, with_plan
from .findings import Finding, Level, Path
from .model import Line
from .runner import describe, run_checks
from .tables import fiscal_spending, nonfiscal_income

CASH_ITEMS = ("货币资金", "银行存款", "库存现金", "现金", "零余额账户用款额度")

# Which lines of which comparison need a reason, and the columns compared.
COMPARISONS: dict[str, tuple[str, str]] = {
    "budget_yoy": ("budget", "prior_budget"),
    "final_vs_budget": ("final", PLAN),
    "final_yoy": ("final", "prior_final"),
}


Check = Callable[[Figures], Iterable[Finding]]


def run(fig: Figures) -> list[Finding]:
    """Every check over the figures (the reader's findings are added by the caller).

    Each check runs guarded: an exception inside one becomes an ``E-INTERNAL`` finding naming
    it, and the other checks still run (in a batch of many units one bug must not lose a report).
    """
    return [*fig.findings, *run_checks(CHECKS, fig, internal_finding)]


def internal_finding(title: str, exc: BaseException) -> Finding:
    """The finding that stands for a check that failed with ``exc``."""
    return Finding(
        Level.ERROR, "E-INTERNAL",
        f"审核“{title}”未能完成（程序内部错误：{describe(exc)}）。其余审核和报告照常生成；"
        "请把本消息和数据文件发给技术支持。",
    )


def _money(value: Decimal) -> str:
    return fmt.yuan(value)


def _side(fig: Figures, lines: tuple[Line, ...], items: tuple[str, ...], column: str) -> Decimal | None:
    """The sum of ``items``' ``column`` (None: none given, or one rejected by the reader: 未填)."""
    mine = [x for x in lines if x.key in items]
    if any(column in x.rejected for x in mine):
        return None
    values = [v for x in mine if (v := x.get(column)) is not None]
    return sum(values, Decimal(0)) if values else None


def _balance(fig: Figures) -> Iterator[Finding]:
    """收入总计 = 支出总计 for each scenario column given on both sides.

    The 调整预算 column is checked as the budget in force (全年预算: 调整预算 where a line has one,
    else its 年初预算), as the report uses it: a unit adjusts some lines only, and the raw
    调整预算 column of the others is empty, not zero.
    """
    data = fig.data
    income_items = (*c.INCOME_CURRENT, c.USE_OF_NONFISCAL_SURPLUS, c.OPENING_BALANCE)
    spending_items = (*c.SPENDING_CURRENT, c.SURPLUS_DISTRIBUTION, c.CLOSING_BALANCE)
    for column in c.SCENARIOS:
        label = c.SCENARIOS[column]
        income_lines, spending_lines = data.income, data.spending
        if column == "adjusted_budget":
            if not has_adjusted(data):
                continue  # the budget in force is the 年初预算, checked as 本年预算
            income_lines = tuple(with_plan(x) for x in data.income)
            spending_lines = tuple(with_plan(x) for x in data.spending)
            label = f"{WHOLE_YEAR}（{WHOLE_YEAR_NOTE.removeprefix(WHOLE_YEAR + '：').rstrip('。')}）"
        value_column = PLAN if column == "adjusted_budget" else column
        income = _side(fig, income_lines, income_items, value_column)
        spending = _side(fig, spending_lines, spending_items, value_column)
        if column == "final":
            # 年初/年末结转和结余 given only in the 结转结余 table (not as an income/spending line) still count
            opening, closing = fig.balances.total.get("opening"), fig.balances.total.get("closing")
            if fig.extra_item(c.OPENING_BALANCE) is None and opening:
                income = (income or Decimal(0)) + opening
            if fig.extra_item(c.CLOSING_BALANCE) is None and closing:
                spending = (spending or Decimal(0)) + closing
        if income is None or spending is None or income == spending:
            continue
        yield Finding(
            Level.ERROR, "E-BALANCE",
            f"{label}收支不平衡：收入总计{_money(income)}（本年收入＋使用非财政拨款结余＋年初结转和结余），"
            f"支出总计{_money(spending)}（本年支出＋结余分配＋年末结转和结余），相差{_money(abs(income - spending))}。"
            "请核对收入、支出各行。",
            ("spending", "total", column),
        )


def _balance_split(fig: Figures) -> Iterator[Finding]:
    """结转结余 by funding must add up to the income/spending items that carry the totals."""
    for item, column, table in ((c.OPENING_BALANCE, "opening", "income"),
                                (c.CLOSING_BALANCE, "closing", "spending")):
        carried = fig.extra_item(item)
        split = fig.balances.total.get(column)
        if carried is None or split is None or carried == split:
            continue
        line = next(x for x in getattr(fig.data, table) if x.key == item)
        yield Finding(
            Level.ERROR, "E-BALANCE-SPLIT",
            f"{item}为{_money(carried)}，而结转结余表{c.BALANCE_COLUMNS[column]}合计为{_money(split)}，"
            "两者应相等。请核对。",
            (table, line.index, "final"),
        )


def _function_total(fig: Figures) -> Iterator[Finding]:
    """Σ 功能分类 类 = 本年支出合计, for each column given on both sides."""
    if not fig.functions:
        return
    for column in ("budget", "adjusted_budget", "final", "prior_final", "prior_budget"):
        by_function = fig.functions.total.get(column)
        by_nature = fig.spending.total.get(column)
        if by_function is None or by_nature is None or by_function == by_nature:
            continue
        yield Finding(
            Level.ERROR, "E-FUNCTION-TOTAL",
            f"支出功能分类{c.SCENARIOS[column]}合计{_money(by_function)}，与按性质分的"
            f"{'本年支出' if column == 'final' else c.SCENARIOS[column]}合计"
            f"{_money(by_nature)}不等，相差{_money(abs(by_function - by_nature))}。请核对功能分类各行。",
            ("functions", "total", column),
        )


def _fiscal_part(fig: Figures) -> Iterator[Finding]:
    for line in fig.spending.lines:
        for part, whole in (("fiscal_budget", "budget"), ("fiscal_final", "final")):
            p, w = line.get(part), line.get(whole)
            if p is not None and w is not None and p > w:
                yield Finding(
                    Level.ERROR, "E-FISCAL-PART",
                    f"{line.name}{c.FISCAL_COLUMNS[part]}{_money(p)}大于{c.SCENARIOS[whole]}{_money(w)}。"
                    "财政拨款部分不能超过该行合计。",
                    ("spending", line.index, part),
                )


def reason_lines(fig: Figures, comparison: str) -> list[tuple[str, Line, Group | None]]:
    """(table, line, group) for every line whose variance in ``comparison`` needs a reason."""
    out: list[tuple[str, Line, Group | None]] = []
    groups = [("spending", fig.spending)]
    if len(fig.income.lines) > 1 and comparison == "final_vs_budget":  # the text explains sources against the budget
        groups.append(("income", fig.income))
    if comparison != "budget_yoy":
        groups += [("functions", fig.functions), ("controlled", fig.three_public)]
    for table, g in groups:
        out.extend((table, line, g) for line in g.lines)
    if comparison != "budget_yoy":
        for line in (fig.meeting, fig.training):
            if line is not None:
                out.append(("controlled", line, None))
    if comparison == "final_yoy":  # the report states each of these sources' change
        out.extend(("income", line, fig.income) for line in fig.income_changes())
    fiscal = fig.summary(rk.FISCAL)
    if comparison != "budget_yoy" and fiscal is not None and nonfiscal_lines(fig):
        same = rk.same_figure(fig.fiscal_sources(), rk.FISCAL)  # its one source: one figure, asked once
        out = [x for x in out if not (x[0] == "income" and x[1].key in same)]
        out.append(("fiscal", fiscal, None))  # all income fiscal: the total's reason is the fiscal one
    total = fig.summary(TOTAL_KEY)
    assert total is not None
    out.append(("spending", total, fig.spending))
    return out


def nonfiscal_lines(fig: Figures) -> list[Line]:
    """非财政拨款 income lines with an amount in any column."""
    return [x for x in fig.data.income
            if x.key in (*c.NONFISCAL_INCOME, c.USE_OF_NONFISCAL_SURPLUS) and any(x.values.values())]


def _has_reason(fig: Figures, comparison: str, line: Line, table: str) -> bool:
    """The line's own reason; for a function 类, one the unit gave for a 款 or 项 under it; for a
    “三公” item or a 财政拨款 source, the reason of its total when it moves the total's way."""
    if fig.reason(comparison, line.key):
        return True
    if table == "functions":
        return any(fig.reason(comparison, x.key) for x in fig.function_descendants(line.key))
    whole = rk.THREE_PUBLIC if line.key in c.THREE_PUBLIC else rk.FISCAL if line.key in c.FISCAL_INCOME else ""
    total = fig.summary(whole) if whole and fig.reason(comparison, whole) else None
    if total is None:
        return False
    current, base = COMPARISONS[comparison]
    d, t = diff(line.get(current), line.get(base)), diff(total.get(current), total.get(base))
    return d is not None and t is not None and (d > 0) == (t > 0)


def _reasons(fig: Figures) -> Iterator[Finding]:
    data = fig.data
    for comparison, (current, base) in COMPARISONS.items():
        for table, line, _ in reason_lines(fig, comparison):
            a, b = line.get(current), line.get(base)
            if not is_material(a, b, data.settings) or _has_reason(fig, comparison, line, table):
                continue
            assert a is not None and b is not None
            label = "本年收支总额" if line.key == TOTAL_KEY else c.display_name(line.name)
            yield Finding(
                Level.WARNING, "W-REASON-MISSING",
                f"{label}{CHANGE_WORDS[comparison]}{_change(a - b)}，超过重要性标准，"
                f"但未填写原因。{rk.ask(comparison, line.key)}。",
                ("reasons", comparison, line.key),
                label=table,
            )
    for line in fig.assets:
        a, b = line.get("year_end"), line.get("prior_year_end")
        if is_material(a, b, data.settings) and not fig.reason("assets", line.key):
            assert a is not None and b is not None
            yield Finding(
                Level.WARNING, "W-REASON-MISSING",
                f"{line.name}本年末比上年末{_change(a - b)}，超过重要性标准，但未填写原因。"
                f"{rk.ask('assets', line.name)}。",
                ("reasons", "assets", line.key),
                label="assets",
            )


CHANGE_WORDS = {"budget_yoy": "本年预算比上年预算", "final_vs_budget": "决算比预算", "final_yoy": "决算比上年决算"}


def _change(d: Decimal) -> str:
    return f"增加{_money(d)}" if d > 0 else f"减少{_money(-d)}"


def explained_lines(fig: Figures) -> dict[str, dict[str, Line]]:
    """comparison → {line key: line} for every line whose reason the report can print."""
    out: dict[str, dict[str, Line]] = {}
    for comparison in COMPARISONS:
        lines = out.setdefault(comparison, {})
        for table, line, _ in reason_lines(fig, comparison):
            lines[line.key] = line
            if table == "functions":
                lines.update((x.key, with_plan(x)) for x in fig.function_descendants(line.key))
        if comparison != "budget_yoy":  # printed by the 财政拨款 and “三公”经费 paragraphs
            lines.update((k, x) for k in (rk.FISCAL, rk.THREE_PUBLIC) if (x := fig.summary(k)) is not None)
            lines.update((x.key, x) for x in fig.income.lines if x.key in c.FISCAL_INCOME)
    out["assets"] = {x.key: x for x in fig.assets}
    out["balances"] = {x.key: x for x in fig.balances.lines}
    return out


COLUMNS_OF = {**COMPARISONS, "assets": ("year_end", "prior_year_end"), "balances": ("closing", "opening")}


def _orphan_reasons(fig: Figures) -> Iterator[Finding]:
    """A reason that cannot reach the report (nor, for a unit with a [disclosure] table, the
    决算公开 情况说明) is listed with its cell, never dropped silently."""
    data = fig.data
    for comparison, key, why in fig.unmatched_reasons:
        yield Finding(
            Level.WARNING, "W-REASON-ORPHAN",
            f"原因说明（{c.REASON_COMPARISONS.get(comparison, comparison)}）中的“{key}”：{why}，"
            "这条说明不会写入报告。请改为已有项目的名称或科目编码（说明文字已保留）。",
            ("reasons", comparison, key),
        )
    explained = explained_lines(fig)
    for comparison, lines in fig.reasons.items():
        current, base = COLUMNS_OF[comparison]
        for key, text in lines.items():
            typed = fig.reason_typed[(comparison, key)]
            line = explained.get(comparison, {}).get(key)
            what = c.REASON_COMPARISONS.get(comparison, comparison)
            unused = line is None or line.get(current) is None or line.get(base) is None
            if line is not None and any(line.get(col) is None and fig.unread(line, col) for col in (current, base)):
                continue  # a rejected cell's finding already names it: the reason is used once it is corrected
            if unused and data.disclosure is not None and rk.read_by_disclosure(comparison, key):
                continue  # the 决算公开 情况说明 prints it
            if line is not None and unused:
                lacking = "、".join(_column_word(col) for col in (current, base) if line.get(col) is None)
                yield Finding(
                    Level.WARNING, "W-REASON-UNUSED",
                    f"原因说明（{what}）中的“{typed}”：{_line_word(line)}缺少{lacking}，"
                    "分析报告不作这一对比，这条说明不会写入分析报告。请补填金额（说明文字已保留）。",
                    ("reasons", comparison, typed),
                )
            elif unused:
                yield Finding(
                    Level.WARNING, "W-REASON-UNUSED",
                    f"原因说明（{what}）中的“{typed}”：报告不在这一对比中分析该项目（或缺少对比所需的金额），"
                    "这条说明不会写入报告。请核对对比类别或补填金额（说明文字已保留）。",
                    ("reasons", comparison, typed),
                )
            elif line is not None and _tautology(text, line.name):
                yield Finding(
                    Level.INFO, "I-REASON-TAUTOLOGY",
                    f"原因说明（{what}）中“{typed}”的说明“{text}”只是重复了变动本身，没有说明原因。"
                    "请写明变动的具体原因（如政策、人员、项目变化）。",
                    ("reasons", comparison, typed),
                )


def _line_word(line: Line) -> str:
    """A line as a finding names it: 收入支出总额 for the total's key, the item's name otherwise."""
    word = rk.label(line.key)
    return c.display_name(line.name) if word == line.key else word


def _column_word(column: str) -> str:
    return {**c.SCENARIOS, **c.BALANCE_COLUMNS, **c.ASSET_COLUMNS, "plan": "本年预算"}.get(column, column)


TAUTOLOGY_WORDS = ("本年", "本期", "今年", "比上年", "较上年", "与上年相比", "同比", "比预算", "较预算", "决算",
                   "预算", "支出", "收入", "经费", "有所", "大幅", "略有", "增加", "减少", "增长", "下降",
                   "变动", "变化", "差异", "上升", "降低", "提高", "所以", "导致", "因此", "了", "的", "数")


def _tautology(text: str, name: str) -> bool:
    """A reason that only restates the change (``支出增加``, ``公用经费比上年减少``)."""
    rest = text.replace(name, "")
    for word in sorted(TAUTOLOGY_WORDS, key=len, reverse=True):
        rest = rest.replace(word, "")
    return not re.sub(r"[\s\d.,，。；;：:、%％元万]", "", rest)


def _quantities(fig: Figures) -> Iterator[Finding]:
    data = fig.data
    by_item = {x.key: x for x in data.controlled}
    vehicles: int | Decimal | None = data.quantity("公务用车保有量")
    if vehicles is None:
        vehicles = data.people.get("vehicles")
    rules = (
        (c.CAR_RUNNING, "公务用车保有量", vehicles, "W-CAR-NO-VEHICLE", "公务用车运行维护费", "保有量为0"),
        (c.RECEPTION, "接待批次", data.quantity("接待批次"), "W-RECEPTION-NO-BATCH", "公务接待费", "接待批次为0"),
        (c.RECEPTION, "接待人次", data.quantity("接待人次"), "W-RECEPTION-NO-BATCH", "公务接待费", "接待人次为0"),
        (c.ABROAD, "出国团组数", data.quantity("出国团组数"), "W-ABROAD-NO-GROUP", "因公出国(境)费", "出国团组数为0"),
    )
    for item, key, quantity, code, label, what in rules:
        line = by_item.get(item)
        spent = line.get("final") if line else None
        if spent and quantity == 0:
            yield Finding(
                Level.WARNING, code,
                f"{label}本年决算{_money(spent)}，但{what}。请核实实物量或支出。",
                ("quantities", key, "final"),
            )
        elif spent and quantity is None:
            yield Finding(
                Level.INFO, "I-QUANTITY-MISSING",
                f"{label}本年有支出，但未填写“{key}”，报告不作实物量分析。可在实物量中补填。",
                ("quantities", key, "final"),
            )


def _project_zero(fig: Figures) -> Iterator[Finding]:
    line = fig.spending.line(c.PROJECT)
    if line is None:
        return
    plan, final = line.get(PLAN), line.get("final")
    if plan and final == 0:
        yield Finding(
            Level.WARNING, "W-PROJECT-ZERO",
            f"项目支出预算{_money(plan)}，决算为0。请核实项目是否实施、支出是否列入了基本支出，"
            f"并{rk.ask('final_vs_budget', c.PROJECT).removeprefix('请')}；"
            "项目未实施时，“绩效目标完成情况”不宜写为已完成。",
            ("spending", line.index, "final"),
        )


def _opening(fig: Figures) -> Iterator[Finding]:
    for line in fig.balances.lines:
        opening, prior = line.get("opening"), line.get("prior_closing")
        if opening is not None and prior is not None and opening != prior:
            yield Finding(
                Level.WARNING, "W-OPENING-MISMATCH",
                f"{line.name}年初数{_money(opening)}与上年年末数{_money(prior)}不一致。"
                "年初结转和结余应等于上年年末数，如有调整请说明原因。",
                ("balances", line.index, "opening"),
            )


def _cash(fig: Figures) -> Iterator[Finding]:
    closing = fig.balances.total.get("closing")
    if closing is None:
        closing = fig.extra_item(c.CLOSING_BALANCE)
    if closing != 0:
        return
    for line in fig.assets:
        if line.key not in CASH_ITEMS:
            continue
        now, before = line.get("year_end"), line.get("prior_year_end")
        if now is None or before is None or now <= before:
            continue
        if is_material(now, before, fig.data.settings):
            yield Finding(
                Level.WARNING, "W-CASH-UP-NO-BALANCE",
                f"{line.name}本年末比上年末增加{_money(now - before)}，而年末结转和结余为0。"
                "资金增加却无结转结余，请核实是否有应付未付款项或结转结余漏报。",
                ("assets", line.index, "year_end"),
            )


def _bare_leaves(fig: Figures, column: str, shown: str, where: Path) -> tuple[str, Path]:
    """The lowest 科目 lacking ``column`` (for 调整预算: those with a 年初预算) and the first one's
    cell, else ``shown`` and ``where`` as they are."""
    leaves = [x for x in fig.function_detail if not fig.function_descendants(x.key)]
    bare = [x for x in leaves if x.get(column) is None
            and (column != "adjusted_budget" or x.get("budget") is not None)]
    if not bare:
        return shown, where
    named = "、".join(f"{x.key}“{x.name}”" for x in bare)
    return named, ("functions", bare[0].index, column) if bare[0].index >= 0 else where


def _notes(fig: Figures) -> Iterator[Finding]:
    """提示: optional inputs that are missing, so a figure or a comparison is left out."""
    data = fig.data
    if data.unit.kind is None:
        yield Finding(Level.INFO, "I-KIND-MISSING",
                      "未填写单位类型（行政单位/参照公务员法管理事业单位/事业单位），财务分析指标两类都列出。",
                      ("unit", "kind"))
    if "staff_average" not in data.people:
        yield Finding(
            Level.INFO, "I-STAFF-AVERAGE-MISSING",
            "未填写年平均在职人数，人均经费（三公经费、会议费、培训费人均支出及人均开支）不计算。"
            "如需人均分析，请在单位信息中填写年平均在职人数。",
            ("people", "staff_average"),
        )
    for g in (fig.income, fig.spending, fig.functions, fig.three_public):
        for column, names in g.incomplete.items():
            if column == PLAN or all(fig.unread(x, column) for x in g.lines if x.get(column) is None):
                continue  # (a rejected cell: its own finding says so)
            # the cell to fill: the first line (typed by the unit) that lacks the column
            first = next((x for x in g.lines if x.get(column) is None and x.index >= 0), None)
            table = "controlled" if g.key == "three_public" else g.key
            where: Path = (table, first.index, column) if first is not None else (g.key, "total", column)
            shown = "、".join(c.display_name(n) for n in names)
            if g.key == "functions":  # name the 科目 typed without it, not the 类 that rolls it up
                shown, where = _bare_leaves(fig, column, shown, where)
            if column == "adjusted_budget":
                # the budget in force is still computed (年初预算 of these lines); only a total of
                # the raw 调整预算 column is not
                planned = PLAN not in g.incomplete
                yield Finding(
                    Level.INFO, "I-COLUMN-INCOMPLETE",
                    f"{g.title}中{shown}未填写调整预算，" + (
                        f"按年初预算计入{WHOLE_YEAR}（{g.title}合计的{WHOLE_YEAR}及执行率照常计算，"
                        "只是不单列调整预算合计）。" if planned else
                        f"{g.title}合计的调整预算不计算。")
                    + "年中调整过这些项目预算的，请填写调整预算；未调整的可不理会本提示。",
                    where,
                )
                continue
            yield Finding(
                Level.INFO, "I-COLUMN-INCOMPLETE",
                f"{g.title}中{shown}未填写{c.SCENARIOS[column]}，"
                f"{g.title}合计的{c.SCENARIOS[column]}及相关对比不计算。如为0请填写0。",
                where,
            )
    yield from _adjusted_missing(fig)
    yield from _fiscal_spending_missing(fig)
    if fig.functions and fig.functions.total.get("prior_final") is None \
            and "prior_final" not in fig.functions.incomplete:
        yield Finding(Level.INFO, "I-NO-PRIOR", "支出功能分类未填写上年决算，不作功能科目的上下年对比。",
                      ("functions", "total", "prior_final"))
    if not data.assets:
        yield Finding(Level.INFO, "I-NO-ASSETS", "未填写资产负债，报告中资产负债分析处留有“【待填写】”标记。",
                      ("assets",))


def _fiscal_spending_missing(fig: Figures) -> Iterator[Finding]:
    """A unit with 非财政拨款 income that leaves both 其中财政拨款 columns blank: the report cannot
    say what 财政拨款 paid for (二(二)4), and the finding names the cells (the text never asks)."""
    if not fig.spending.lines or not nonfiscal_income(fig) or fiscal_spending(fig) is not None:
        return
    first, last = fig.spending.lines[0], fig.spending.lines[-1]
    names = "、".join(c.FISCAL_COLUMNS.values())
    yield Finding(
        Level.INFO, "I-FISCAL-SPENDING",
        f"单位有非财政拨款收入，而本年支出各行（{first.name}至{last.name}）的“{names}”两列都未填写，"
        "报告的财政拨款收入、支出分析只写收入，不分析财政拨款支出的构成（基本支出、项目支出）。"
        "需要这部分分析的，请填写这两列（为0的行可留空）。",
        ("spending", first.index, "fiscal_budget"),
    )


def _adjusted_missing(fig: Figures) -> Iterator[Finding]:
    """决算 far above 年初预算 with no 调整预算 at all: is the adjusted budget missing?"""
    if has_adjusted(fig.data):
        return
    final, budget = fig.spending.total.get("final"), fig.spending.total.get("budget")
    if final is None or not budget:
        return
    r = final / budget * 100
    if r > 100 + fig.data.settings.threshold_pct:
        yield Finding(
            Level.INFO, "I-ADJUSTED-MISSING",
            f"本年支出决算{_money(final)}为年初预算{_money(budget)}的{fmt.percent(r)}，且未填写调整预算。"
            "年中追加或调整过预算的，请在“调整预算”列填写，报告将按调整预算分析执行情况；"
            "确未调整的可不理会本提示。",
            ("spending", fig.spending.lines[0].index, "adjusted_budget") if fig.spending.lines
            else ("spending",),
        )


def _missing_inputs(fig: Figures) -> Iterator[Finding]:
    """提示: a text section or an amount the report shows as 【待填写：…】 (missing is not 无)."""
    data = fig.data
    for key in c.TEXT_KEYS:
        if data.text.get(key, "").strip():
            continue
        if key == "人员情况" and any(k in data.people for k in c.PEOPLE_INT_KEYS):
            continue  # written from the staffing figures
        if key == "其他重要支出" and fig.economics.total.get("final"):
            continue  # written from the economic classes
        yield Finding(
            Level.INFO, "I-TEXT-MISSING",
            f"文字材料“{key}”未填写，报告中该处显示“【待填写：{key}】”。请补写；确实没有的，请写明情况"
            "（如“本年未开展……”），不要留空。",
            ("text", key),
        )
    given = {x.key: x for x in data.controlled}
    # a 三公 row left out of a table whose 本年决算 is filled on another row does not apply (blanks.py: the
    # official table leaves it blank), as a blank cell of it is 0
    three_filled = any(given[k].get("final") is not None for k in c.THREE_PUBLIC if k in given)
    for item in c.CONTROLLED_ITEMS:
        line = given.get(item)
        if line is None and item in c.THREE_PUBLIC and three_filled:
            continue
        if line is not None and "final" in line.rejected:
            continue  # its own finding names the cell
        if line is None or line.get("final") is None:
            name = c.display_name(item)
            yield Finding(
                Level.INFO, "I-CONTROLLED-MISSING",
                f"未填写{name}本年决算。留空表示“未填报”，不表示没有支出；本年没有此项支出请填0。",
                ("controlled", line.index, "final") if line is not None else ("controlled", item, "final"),
            )
    if not fig.balances and fig.extra_item(c.OPENING_BALANCE) is None and fig.extra_item(c.CLOSING_BALANCE) is None:
        yield Finding(Level.INFO, "I-NO-BALANCES", "未填写结转结余，报告中结转结余分析处留有“【待填写】”标记。"
                      "没有结转结余的请填0。", ("balances",))


def _indicator_inputs(fig: Figures) -> Iterator[Finding]:
    """提示: a 财务分析指标 printed “未计算（缺少…）” for want of one of the unit's own figures (单位信息):
    the key to fill, once per key (年平均在职人数 has I-STAFF-AVERAGE-MISSING)."""
    env = ind.values(fig)
    wanted: dict[str, tuple[str, list[str]]] = {}
    for d in ind.definitions(fig):
        if d.expr.evaluate(env) is not None:
            continue
        for label, e in d.inputs:
            if isinstance(e, Ref) and e.name.startswith("people:") and e.evaluate(env) is None:
                key = e.name.removeprefix("people:")
                if key != "staff_average":
                    wanted.setdefault(key, (label, []))[1].append(d.name)
    for key, (label, names) in wanted.items():
        shown = "、".join(f"“{n}”" for n in dict.fromkeys(names))
        yield Finding(Level.INFO, "I-INDICATOR-INPUT",
                      f"财务分析指标{shown}未计算（缺少{label}）。请在单位信息中填写{label}；确实没有的填0。",
                      ("people", key))


CHECKS: tuple[tuple[str, Check], ...] = (
    ("收支平衡", _balance),
    ("结转结余分资金来源", _balance_split),
    ("功能分类合计", _function_total),
    ("其中财政拨款", _fiscal_part),
    ("原因说明", _reasons),
    ("原因说明对应项目", _orphan_reasons),
    ("实物量", _quantities),
    ("项目支出执行", _project_zero),
    ("年初结转结余", _opening),
    ("货币资金与结转结余", _cash),
    ("可选数据", _notes),
    ("待填写的输入", _missing_inputs),
    ("财务分析指标的输入", _indicator_inputs),
)
