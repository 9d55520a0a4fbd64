"""The checks of the public tables (表内 and 表间) and of the 情况说明 against them.

Each finding names the table, the row and the column (``公开03.201.基本支出``). Figures are
compared exactly (元); tables typed in 万元 by other software pass ``tolerance`` (元): a gap
within it is a rounding note (提示), beyond it an error.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal

from ..core import fmt
from ..core.findings import Finding, Level
from ..core.model import WORKBOOK
from ..core.public_vocab import NATURE_COLUMNS
from ..core.rounding import slack
from ..core.runner import describe, run_checks
from . import spec as s
from .books import ZERO, Books, field_words, on_sheet, parent_of, place
from .tables import PublicTable, Row, Tables, economic_lines, general_unit

CODED = ("公开02", "公开03", "公开05", "公开08", "公开09")


class _Checker:
    def __init__(self, tolerance: Decimal = ZERO):
        self.findings: list[Finding] = []
        self.tolerance = tolerance

    def equal(self, code: str, left: Decimal | None, right: Decimal | None, message: str, where: tuple,
              parts: int = 1) -> None:
        """``left`` = ``right``; where the figures were typed from 万元 tables, a gap within the rounding of
        the ``parts`` figures summed on one side (and the one on the other) is a 提示."""
        if left is None or right is None:
            return  # a figure the data does not determine (D-LINES-NEEDED says so once)
        gap = abs(left - right)
        if not gap:
            return
        shown = f"（{fmt.number(left / fmt.TEN_THOUSAND)} ≠ {fmt.number(right / fmt.TEN_THOUSAND)}，单位：万元）"
        if gap <= slack(self.tolerance, parts):
            note = f"{message}：相差{fmt.number(gap)}元，在按万元填列的四舍五入范围内（提示，不是错误）。"
            self.findings.append(Finding(Level.INFO, "D-ROUNDING", note, where))
        else:
            self.findings.append(Finding(Level.ERROR, code, message + shown, where))


def _a(row: Row | None, key: str) -> Decimal | None:
    return row.value(key) if row is not None else ZERO


def _sum(values: Iterable[Decimal | None]) -> Decimal | None:
    out = ZERO
    for x in values:
        if x is None:
            return None
        out += x
    return out


def _label(table: PublicTable, key: str) -> str:
    for col in table.spec.columns:
        if col.key == key:
            return f"{col.group}{col.label}" if col.group and col.group not in ("项目",) else col.label
    return key


@dataclass(frozen=True)
class Checked:
    """What the table checks look at: the nine tables and the rounding tolerance (元)."""

    tables: Tables
    tolerance: Decimal = ZERO


TableCheck = Callable[[_Checker, Tables], None]


def _guarded(check: TableCheck) -> Callable[[Checked], list[Finding]]:
    def run(subject: Checked) -> list[Finding]:
        k = _Checker(subject.tolerance)
        check(k, subject.tables)
        return k.findings
    return run


def _fund_tables(k: _Checker, t: Tables) -> None:
    for key in ("公开08", "公开09"):
        _rows(k, t[key], "total", ("basic", "project"), "D-T8-ROW")
        _fund_balance(k, t[key])


def _all_parents(k: _Checker, t: Tables) -> None:
    for key in CODED:
        _parents(k, t[key])


# Every 表内 and 表间 identity of disclosure.md, each named; run by core.runner (isolated).
TABLE_CHECKS: tuple[tuple[str, Callable[[Checked], list[Finding]]], ...] = tuple(
    (name, _guarded(check)) for name, check in (
        ("公开01表内", lambda k, t: _table1(k, t["公开01"])),
        ("公开01与公开02、03", lambda k, t: _table1_vs_2_3(k, t["公开01"], t["公开02"], t["公开03"])),
        ("公开02行", lambda k, t: _rows(k, t["公开02"], "total", ("fiscal", "superior", "business", "operating",
                                                               "affiliated", "other"), "D-T2-ROW")),
        ("公开03行", lambda k, t: _rows(k, t["公开03"], "total", ("basic", "project", "remit", "operation",
                                                               "subsidy"), "D-T3-ROW")),
        ("公开04表内", lambda k, t: _table4(k, t["公开04"], t["公开01"])),
        ("公开05行", lambda k, t: _rows(k, t["公开05"], "total", ("basic", "project"), "D-T5-ROW")),
        ("公开04与公开05、08、09",
         lambda k, t: _table4_vs_5_8_9(k, t["公开04"], t["公开05"], t["公开08"], t["公开09"])),
        ("公开05与公开06", lambda k, t: _table5_vs_6(k, t["公开05"], t["公开06"])),
        ("公开06表内", lambda k, t: _table6(k, t["公开06"])),
        ("公开07表内", lambda k, t: _table7(k, t["公开07"])),
        ("公开08、09表内", _fund_tables),
        ("上级科目等于下级之和", _all_parents),
    ))


def internal_finding(name: str, exc: BaseException) -> Finding:
    """A disclosure check that crashed: named, the rest of the checks and the documents still made."""
    return Finding(Level.ERROR, "E-INTERNAL",
                   f"决算公开检查“{name}”未能完成（程序内部错误：{describe(exc)}）。其余检查和公开文件照常生成；"
                   "请把本消息和数据文件发给技术支持。", ("决算公开", name))


def check_tables(t: Tables, tolerance: Decimal = ZERO) -> list[Finding]:
    """Every 表内 and 表间 identity of disclosure.md (``TABLE_CHECKS``, each isolated)."""
    return run_checks(TABLE_CHECKS, Checked(t, tolerance), internal_finding)


def _table1(k: _Checker, t1: PublicTable) -> None:
    income_rows = [t1.find("in_name", label) for label, _ in s.T1_INCOME]
    total_in = t1.find("in_name", "本年收入合计")
    total_out = t1.find("out_name", "本年支出合计")
    k.equal("D-T1-SUM", _a(total_in, "in_amount"), _sum(_a(r, "in_amount") for r in income_rows),
            "公开01：本年收入合计不等于各项收入之和", ("公开01", "本年收入合计"), len(income_rows))
    classes = [r for r in t1.rows if r.values.get("out_code")]
    k.equal("D-T1-SUM", _a(total_out, "out_amount"), _sum(_a(r, "out_amount") for r in classes),
            "公开01：本年支出合计不等于各功能分类支出之和", ("公开01", "本年支出合计"), len(classes))
    grand_in = _sum((_a(total_in, "in_amount"), _a(t1.find("in_name", "使用非财政拨款结余"), "in_amount"),
                     _a(t1.find("in_name", "年初结转和结余"), "in_amount")))
    grand_out = _sum((_a(total_out, "out_amount"), _a(t1.find("out_name", "结余分配"), "out_amount"),
                      _a(t1.find("out_name", "年末结转和结余"), "out_amount")))
    total = t1.find("in_name", "总计")
    k.equal("D-T1-TOTAL", _a(total, "in_amount"), grand_in,
            "公开01：收入总计不等于本年收入合计＋使用非财政拨款结余＋年初结转和结余", ("公开01", "总计", "收入"), 3)
    k.equal("D-T1-TOTAL", _a(total, "out_amount"), grand_out,
            "公开01：支出总计不等于本年支出合计＋结余分配＋年末结转和结余", ("公开01", "总计", "支出"), 3)
    k.equal("D-T1-BALANCE", _a(total, "in_amount"), _a(total, "out_amount"), "公开01：收入总计不等于支出总计",
            ("公开01", "总计"))


def _table1_vs_2_3(k: _Checker, t1: PublicTable, t2: PublicTable, t3: PublicTable) -> None:
    if not t2.rows or not t3.rows:
        return
    total2 = t2.find("name", "合计")
    columns = {"fiscal": [label for label, _ in s.T1_INCOME[:3]], "superior": ["四、上级补助收入"],
               "business": ["五、事业收入"], "operating": ["六、经营收入"], "affiliated": ["七、附属单位上缴收入"],
               "other": ["八、其他收入"]}
    for key, labels in columns.items():
        k.equal("D-T1-T2", _a(total2, key), _sum(_a(t1.find("in_name", x), "in_amount") for x in labels),
                f"公开02合计行的“{_label(t2, key)}”不等于公开01的对应收入", ("公开02", "合计", _label(t2, key)))
    k.equal("D-T1-T2", _a(total2, "total"), _a(t1.find("in_name", "本年收入合计"), "in_amount"),
            "公开02的本年收入合计不等于公开01的本年收入合计", ("公开02", "合计", "本年收入合计"))
    coded3 = t3.coded()
    for row in t1.rows:
        code = row.values.get("out_code")
        if not code:
            continue
        other = coded3.get(str(code))
        k.equal("D-T1-T3", _a(row, "out_amount"), _a(other, "total"),
                f"公开01的“{row.values.get('out_name')}”不等于公开03中该类的本年支出合计", ("公开01", str(code)))
    k.equal("D-T1-T3", _a(t3.find("name", "合计"), "total"), _a(t1.find("out_name", "本年支出合计"), "out_amount"),
            "公开03的本年支出合计不等于公开01的本年支出合计", ("公开03", "合计", "本年支出合计"))


def _rows(k: _Checker, t: PublicTable, total: str, parts: Iterable[str], code: str) -> None:
    parts = tuple(parts)
    for row in t.rows:
        where = str(row.values.get("code") or row.values.get("name"))
        k.equal(code, row.value(total), _sum(row.value(p) for p in parts),
                f"{t.key}“{row.values.get('name')}”行：{_label(t, total)}不等于"
                f"{'＋'.join(_label(t, p) for p in parts)}", (t.key, where, _label(t, total)), len(parts))


def _table4(k: _Checker, t4: PublicTable, t1: PublicTable) -> None:
    funds = ("out_general", "out_fund", "out_capital")
    for row in t4.rows:
        if row.values.get("out_name") and "out_total" in row.values and any(f in row.values for f in funds):
            k.equal("D-T4-ROW", row.value("out_total"), _sum(row.value(f) for f in funds),
                    f"公开04“{row.values['out_name']}”行：合计不等于三项财政拨款之和",
                    ("公开04", str(row.values.get("out_code") or row.values["out_name"])), len(funds))
    classes = [r for r in t4.rows if r.values.get("out_code")]
    spend = t4.find("out_name", "本年支出合计")
    for f in ("out_total", *funds):
        k.equal("D-T4-SUM", _a(spend, f), _sum(r.value(f) for r in classes),
                f"公开04：本年支出合计（{_label(t4, f)}）不等于各类支出之和", ("公开04", "本年支出合计", _label(t4, f)),
                len(classes))
    income_lines = [t4.find("in_name", label) for label, _ in s.T4_INCOME]
    income = t4.find("in_name", "本年收入合计")
    k.equal("D-T4-SUM", _a(income, "in_amount"), _sum(_a(r, "in_amount") for r in income_lines),
            "公开04：本年收入合计不等于三项财政拨款收入之和", ("公开04", "本年收入合计"), len(income_lines))
    for (label4, _), (label1, _) in zip(s.T4_INCOME, s.T1_INCOME[:3], strict=True):
        k.equal("D-T4-T1", _a(t4.find("in_name", label4), "in_amount"), _a(t1.find("in_name", label1), "in_amount"),
                f"公开04的“{label4}”收入不等于公开01的“{label1}”", ("公开04", label4))
    opening = t4.find("in_name", "年初财政拨款结转和结余")
    closing = t4.find("out_name", "年末财政拨款结转和结余")
    subrows = [r for r in t4.rows if r.level == 1]
    if subrows:
        k.equal("D-T4-SUM", _a(opening, "in_amount"), _sum(r.value("in_amount") for r in subrows),
                "公开04：年初财政拨款结转和结余不等于三项之和", ("公开04", "年初财政拨款结转和结余"))
        k.equal("D-T4-SUM", _a(closing, "out_total"), _sum(_a(closing, f"out_{f}") for _, f in s.T4_INCOME),
                "公开04：年末财政拨款结转和结余不等于三项之和", ("公开04", "年末财政拨款结转和结余"))
    total = t4.find("in_name", "总计")
    k.equal("D-T4-TOTAL", _a(total, "in_amount"), _sum((_a(income, "in_amount"), _a(opening, "in_amount"))),
            "公开04：收入总计不等于本年收入合计＋年初财政拨款结转和结余", ("公开04", "总计", "收入"))
    k.equal("D-T4-TOTAL", _a(total, "out_total"), _sum((_a(spend, "out_total"), _a(closing, "out_total"))),
            "公开04：支出总计不等于本年支出合计＋年末财政拨款结转和结余", ("公开04", "总计", "支出"))
    k.equal("D-T4-BALANCE", _a(total, "in_amount"), _a(total, "out_total"), "公开04：收入总计不等于支出总计",
            ("公开04", "总计"))
    for (label, fund), sub_in in zip(s.FUND_SUBROWS, subrows, strict=False):
        income_f = _a(t4.find("in_name", s.T4_INCOME[[f for _, f in s.T4_INCOME].index(fund)][0]), "in_amount")
        closing_f = _a(closing, f"out_{fund}")  # the 年末 by fund: the 年末 row's fund columns
        k.equal("D-T4-FUND", _sum((sub_in.value("in_amount"), income_f)), _sum((_a(spend, f"out_{fund}"), closing_f)),
                f"公开04：{label}的年初结转和结余＋本年收入不等于本年支出＋年末结转和结余", ("公开04", label))


def _table4_vs_5_8_9(k: _Checker, t4: PublicTable, t5: PublicTable, t8: PublicTable, t9: PublicTable) -> None:
    coded5 = t5.coded()
    for row in t4.rows:
        code = row.values.get("out_code")
        if not code:
            continue
        k.equal("D-T4-T5", row.value("out_general"), _a(coded5.get(str(code)), "total"),
                f"公开05中“{row.values['out_name']}”的合计不等于公开04的一般公共预算财政拨款支出",
                ("公开05", str(code)))
    spend = t4.find("out_name", "本年支出合计")
    for fund, t in (("fund", t8), ("capital", t9)):
        total = t.find("name", "合计")
        k.equal("D-T4-T8", _a(spend, f"out_{fund}"), _a(total, "total"),
                f"{t.key}的本年支出合计不等于公开04的{_label(t4, f'out_{fund}')}支出", (t.key, "合计", "本年支出"))
        label = s.T4_INCOME[[f for _, f in s.T4_INCOME].index(fund)][0]
        k.equal("D-T4-T8", _a(t4.find("in_name", label), "in_amount"), _a(total, "income"),
                f"{t.key}的本年收入不等于公开04的“{label}”收入", (t.key, "合计", "本年收入"))


def _table5_vs_6(k: _Checker, t5: PublicTable, t6: PublicTable) -> None:
    total6 = t6.find("p_name", "人员经费合计")
    k.equal("D-T5-T6", _a(t5.find("name", "合计"), "basic"), _sum((_a(total6, "p_amount"), _a(total6, "c_amount"))),
            "公开05的基本支出合计不等于公开06的人员经费合计＋公用经费合计", ("公开06", "合计"))


def _table6(k: _Checker, t6: PublicTable) -> None:
    total = t6.find("p_name", "人员经费合计")
    for side, label in (("p", "人员经费合计"), ("c", "公用经费合计")):
        lines = [(str(r.values[f"{side}_code"]), r.value(f"{side}_amount")) for r in t6.rows
                 if r.values.get(f"{side}_code")]
        if not lines:
            continue
        heads = {code for code, _ in lines if len(code) == 3}
        chosen = [a for code, a in lines if len(code) == 3 or code[:3] not in heads]
        k.equal("D-T6-SUM", _a(total, f"{side}_amount"), _sum(chosen), f"公开06：{label}不等于各科目之和",
                ("公开06", label), len(chosen))
        for head in heads:
            if not any(a for code, a in lines if len(code) == 5 and code[:3] == head):
                continue  # a 类 typed alone: its input row is named (_classes_alone), not this table
            kids = _sum(a for code, a in lines if len(code) == 5 and code[:3] == head)
            k.equal("D-PARENT", dict(lines)[head], kids, f"公开06：科目{head}不等于其下各款之和", ("公开06", head),
                    sum(len(code) == 5 and code[:3] == head for code, _ in lines))


def _table7(k: _Checker, t7: PublicTable) -> None:
    row = t7.rows[0] if t7.rows else Row({})
    for scenario, word in (("budget", "预算数"), ("final", "决算数")):
        def a(item: str, scenario=scenario) -> Decimal:
            return row.amount(f"{scenario}:{item}")
        k.equal("D-T7-SUM", a("合计"), a("因公出国(境)费") + a("公务用车购置及运行维护费") + a("公务接待费"),
                f"公开07：{word}合计不等于因公出国（境）费＋公务用车购置及运行维护费＋公务接待费",
                ("公开07", word, "合计"), 3)
        k.equal("D-T7-SUM", a("公务用车购置及运行维护费"), a("公务用车购置费") + a("公务用车运行维护费"),
                f"公开07：{word}公务用车购置及运行维护费小计不等于购置费＋运行维护费", ("公开07", word, "小计"), 2)


def _fund_balance(k: _Checker, t: PublicTable) -> None:
    for row in t.rows:
        k.equal("D-T8-BALANCE", _sum((row.value("opening"), row.value("income"))),
                _sum((row.value("total"), row.value("closing"))),
                f"{t.key}“{row.values.get('name')}”行：年初结转和结余＋本年收入不等于本年支出＋年末结转和结余",
                (t.key, str(row.values.get("code") or "合计")), 3)


def _parents(k: _Checker, t: PublicTable) -> None:
    """类 = Σ款, 款 = Σ项 in every amount column; the 合计 row = Σ类."""
    coded = t.coded()
    amounts = [col.key for col in t.spec.columns if col.kind == s.MONEY]
    children: dict[str, list[Row]] = {}
    for code, row in coded.items():
        p = parent_of(code)
        if p is not None and p in coded:
            children.setdefault(p, []).append(row)
    for code, kids in children.items():
        for key in amounts:
            k.equal("D-PARENT", coded[code].value(key), _sum(r.value(key) for r in kids),
                    f"{t.key}：科目{code}的“{_label(t, key)}”不等于其下级科目之和", (t.key, code, _label(t, key)),
                    _rounded(sum(1 for r in kids if r.value(key)), key))  # parts carrying a figure
    total = t.find("name", "合计")
    if total is not None and coded:
        for key in amounts:
            classes = _sum(r.value(key) for c_, r in coded.items() if len(c_) == 3)
            k.equal("D-PARENT", total.value(key), classes,
                    f"{t.key}：合计行的“{_label(t, key)}”不等于各类之和", (t.key, "合计", _label(t, key)),
                    _rounded(sum(len(c_) == 3 for c_ in coded), key))


def _rounded(parts: int, key: str) -> int:
    """How many rounded figures a sum of ``parts`` rows stands on, beyond the total's own: a row's
    本年支出合计 not printed is 基本支出＋项目支出, each rounded to 0.01万元 as printed (twice over)."""
    return (parts + 1) * (2 if key == "total" else 1) - 1

def _rounding(gap: Decimal, tol: Decimal, message: str, where: tuple) -> Finding | None:
    """A gap within the data's rounding tolerance as a 提示 naming it (None when there is no gap)."""
    if not gap:
        return None
    if gap <= tol:
        return Finding(Level.INFO, "D-ROUNDING",
                       f"{message}相差{fmt.number(gap)}元，在按万元填列的四舍五入范围内（提示，不是错误）。", where)
    return None


def _functions_vs_lines(subject: tuple[Books, Decimal]) -> list[Finding]:
    """A [[functions]] line's 决算 equals the public tables' 本年支出 of its code, where the tables
    take that figure from [disclosure.lines] (the line itself or lines under it).

    [[functions]] against [[functions]] is not checked here: core.figures.roll_up does that
    (E-PARENT-SUM), once per cell.
    """
    b, tol = subject
    out: list[Finding] = []
    for line in b.data.functions:
        final, code = line.get("final"), line.key
        if final is None or not any(x.code.startswith(code) for x in b.d.lines):
            continue
        shown = b.get(code, "total_spending")
        note = _rounding(abs(shown - final), slack(tol, len(NATURE_COLUMNS)),
                         f"功能分类{code}的决算数与公开表中按性质分列的支出之和",
                         ("functions", line.index, "final"))
        if shown == final or note is not None:
            out.extend([note] if note else [])
            continue
        kids = [x for x in b.lines if parent_of(x) == code]
        given = b.d.line(code)
        if kids and given is None:
            out.append(Finding(Level.ERROR, "D-PARENT",
                               f"功能分类{code}的决算数{fmt.number(final)}元不等于其下级科目之和{fmt.number(shown)}元。",
                               ("functions", line.index, "final")))
        else:
            out.append(Finding(Level.ERROR, "D-LINE-NATURE",
                               f"功能分类{code}的决算数{fmt.number(final)}元不等于公开表中按性质分列的支出之和"
                               f"{fmt.number(shown)}元。",
                               ("disclosure", "lines", given.index) if given else ("functions", line.index, "final")))
    return out


def _given_parents(subject: tuple[Books, Decimal]) -> list[Finding]:
    """A [disclosure.lines] parent's column equals the sum of its children's (where they give it).

    The [[functions]] lines are not checked here: core.figures.roll_up does (E-PARENT-SUM), once.
    """
    b, tol = subject
    out: list[Finding] = []
    for code, given_line in ((x.code, x) for x in b.d.lines):
        kids = [c_ for c_ in b.lines if parent_of(c_) == code]
        for key, value in given_line.values.items() if kids else ():
            if not any(key in b.lines[k] for k in kids):
                continue
            summed = sum((b.lines[k].get(key, ZERO) for k in kids), ZERO)
            said = _line_cell(b, code, key)
            note = _rounding(abs(summed - value), slack(tol, len(kids)), f"{said}与其下级科目之和",
                             ("disclosure", "lines", given_line.index, key))
            if note is not None:
                out.append(note)
            elif summed != value:
                out.append(Finding(Level.ERROR, "D-PARENT",
                                   f"{said}为{fmt.number(value)}元，不等于其下级科目之和"
                                   f"{fmt.number(summed)}元（上级科目可不填，由下级汇总）。",
                                   ("disclosure", "lines", given_line.index, key)))
    return out


def _line_cell(b: Books, code: str, key: str) -> str:
    """A [disclosure.lines] figure as the accountant typed it: 「“公开科目”表科目20701的“基本支出”栏」 on a
    workbook, 「公开表功能分类20701的基本支出（basic）」 in a data file."""
    table = f"{place(b.data, 'lines')}科目" if on_sheet(b.data, "lines") else "公开表功能分类"
    return f"{table}{code}的{field_words(b.data, 'disclosure.lines', key)}"


def _basic_economics(subject: tuple[Books, Decimal]) -> list[Finding]:
    """基本支出 without its economic lines: 公开06 shows only the two 合计 and 六 no 主要包括."""
    b = subject[0]
    basic = general_unit(b, "basic")
    if not basic or economic_lines(b):
        return []
    columns = "经济分类科目编码、科目名称、决算数" if on_sheet(b.data, "basic_economics") else "code、name、final"
    return [Finding(
        Level.WARNING, "D-ECONOMICS-MISSING",
        f"一般公共预算财政拨款基本支出为{fmt.number(basic)}元，但没有按经济分类的科目：公开06只能列出"
        f"人员经费合计、公用经费合计，情况说明六写不出“主要包括”。请在{place(b.data, 'basic_economics')}中逐行填写"
        f"{columns}（如 30101 基本工资）。", ("disclosure", "basic_economics"))]


def _classes_alone(subject: tuple[Books, Decimal]) -> list[Finding]:
    """A 类 typed with its amount and no 款 under it, where the year's template prints each 款 as a fixed
    row (公开06): those rows would show 0 beneath the 类's amount. Named at the 类's own input row, with
    what to type (the 类 may keep its name only, summed from its 款)."""
    b = subject[0]
    typed = b.d.basic_economics
    fixed = dict(s.t6_rows(b.data.unit.year, b.d.region)) if typed else {}
    out = []
    for line in typed:
        items = [code for code in fixed if len(code) == 5 and code[:3] == line.code]
        if len(line.code) != 3 or not line.final or not items \
                or any(len(x.code) == 5 and x.code[:3] == line.code for x in typed):
            continue
        sheet = on_sheet(b.data, "basic_economics")
        row = f"“{line.code} {line.name}”一行" if sheet else f"科目{line.code}（{line.name}）"
        out.append(Finding(
            Level.ERROR, "D-PARENT",
            f"{place(b.data, 'basic_economics')}的{row}只填了类（{fmt.number(line.final)}元），其下没有款：公开06按模板"
            f"逐款列示（如{items[0]} {fixed[items[0]]}），各款将显示为0，与类不符。请按款逐行填写决算数（类可只填名称，"
            "由各款汇总）。", ("disclosure", "basic_economics", line.index, "final")))
    return out


WAN_SUSPECT = Decimal(1000)  # 元: a 公开说明 amount below it beside a unit spending ≥ ``WAN_UNIT`` reads as 万元
WAN_UNIT = Decimal(1000000)


def _typed_in_wan(subject: tuple[Books, Decimal]) -> list[Finding]:
    """The 公开说明's own amounts (元) far too small for the unit — 万元 copied from the published tables
    into 元 cells (193.73 for 193.73万元): one 警告 naming each, at the first."""
    from ..core import catalog as c
    from ..sources.layout import field_label

    b = subject[0]
    spent = sum((x.get("final") or ZERO for x in b.data.spending if x.key in c.SPENDING_CURRENT), ZERO)
    if spent < WAN_UNIT:
        return []
    d = b.d
    scored = {k: x for k, x in d.performance.items() if isinstance(x, Decimal) and k != "average_score"}
    parts = (("operating_costs", d.operating_costs), ("procurement", d.procurement), ("prior", d.prior),
             ("performance", scored))
    small = [(table, key, x) for table, part in parts for key, x in part.items() if ZERO < x < WAN_SUSPECT]
    if not small:
        return []
    sheet = b.data.origin == WORKBOOK  # 公开说明's rows by their labels, else the data file's keys
    named = "、".join(f"{field_label(f'disclosure.{t}', k) if sheet else f'[disclosure.{t}] {k} = '}"
                      f"{fmt.number(x)}{'元' if sheet else ''}" for t, k, x in small)
    return [Finding(Level.WARNING, "D-WAN-IN-YUAN",
                    f"{named}：不足0.1万元，而本单位本年支出为{fmt.number(spent / fmt.TEN_THOUSAND)}万元，"
                    "似按万元填入了以元为单位的单元格（公开表以万元列示）。请核对，金额以元为单位填写（如193.73万元填1937300）。",
                    ("disclosure", small[0][0], small[0][1]))]


INPUT_CHECKS: tuple[tuple[str, Callable[[tuple[Books, Decimal]], list[Finding]]], ...] = (
    ("功能分类决算与公开表科目", _functions_vs_lines),
    ("公开表上级科目", _given_parents),
    ("基本支出经济分类", _basic_economics),
    ("公开06只填类的科目", _classes_alone),
    ("公开说明金额的单位", _typed_in_wan),
)


def check_inputs(b: Books, tolerance: Decimal = ZERO) -> list[Finding]:
    """The unit's own [disclosure] figures (``INPUT_CHECKS``, each isolated), after the books' findings;
    a gap within ``tolerance`` (元) is a D-ROUNDING 提示."""
    return [*b.findings, *run_checks(INPUT_CHECKS, (b, tolerance), internal_finding)]
