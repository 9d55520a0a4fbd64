"""附 财务分析指标: the indicator set for the unit's kind (行政 / 事业), with the correct formulas."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from . import catalog as c
from .compare import shares
from .expr import Expr, PctChange, Rate, Ratio, Ref, Sub, Sum
from .figures import PLAN, Figures, Group, plan_label
from .fmt import round2
from .model import Line


@dataclass(frozen=True)
class Listed:
    """The same ratio as the 结构分析 share list prints it: ``part`` 占 ``whole`` 的 ``share`` %."""

    part: str
    whole: str
    share: Decimal


@dataclass(frozen=True)
class Indicator:
    key: str
    name: str
    formula: str
    unit: str  # "%", "元/人", "㎡/人", ":1"
    value: Decimal | None
    missing: tuple[str, ...] = ()  # the inputs that are not given, when value is None
    family: str = "通用"
    zero_base: bool = False  # value is None because the denominator is 0
    # the text's share list prints this very ratio with the 尾差 (a figure other than ``value`` rounded):
    # the indicator says so, so the report never gives one ratio two figures without a word
    listed: Listed | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "key": self.key, "name": self.name, "family": self.family, "formula": self.formula,
            "unit": self.unit, "value": None if self.value is None else str(self.value),
            "missing": list(self.missing), "zero_base": self.zero_base,
            "listed": None if self.listed is None else {
                "part": self.listed.part, "whole": self.listed.whole, "share": str(self.listed.share)},
        }


@dataclass(frozen=True)
class Definition:
    """One indicator, defined once: its value and its Excel formula both come from ``expr``."""

    key: str
    name: str
    formula: str  # the formula as a person reads it
    unit: str
    family: str
    expr: Expr
    inputs: tuple[tuple[str, Expr], ...]  # (what a person calls it, the figure) for "缺少…"


ADMIN, INSTITUTION, COMMON = "行政单位", "事业单位", "通用"
SPEND, SPEND_PRIOR, SPEND_PLAN = Ref("spend"), Ref("spend_prior"), Ref(f"spend_{PLAN}")
INCOME, INCOME_PLAN = Ref("income"), Ref(f"income_{PLAN}")
PERSONNEL, PUBLIC, PROJECT = (Ref(f"nature:{x}") for x in (c.PERSONNEL, c.PUBLIC, c.PROJECT))
STAFF_AVG, STAFF_END, VEHICLES, AREA, RETIREE = (
    Ref(f"people:{k}") for k in ("staff_average", "staff_year_end", "vehicles", "office_area_m2", "retiree_expense"))
DEDUCTIONS = ("经营支出", "上缴上级支出", "对附属单位补助支出")  # 事业支出 = 本年支出 − these


def _unit_fact(ref: Ref) -> tuple[str, Expr]:
    """A 单位信息 input as the workbook labels it (``catalog.PEOPLE_LABELS``): the formula, the report's
    “缺少…” and the I-INDICATOR-INPUT finding all use that one name."""
    return c.PEOPLE_LABELS[ref.name.removeprefix("people:")], ref


def _label(ref: Ref) -> str:
    return _unit_fact(ref)[0]


def definitions(fig: Figures) -> list[Definition]:
    """The indicators for the unit's kind (both sets when the kind is not given)."""
    kind = fig.data.unit.kind
    out: list[Definition] = []
    if kind is None or kind in c.ADMIN_KINDS:
        out += _admin()
    if kind is None or kind not in c.ADMIN_KINDS:
        out += _institution(fig)
    fiscal = Sum(tuple(Ref(f"income:{x.key}") for x in fig.income.lines if x.key in c.FISCAL_INCOME))
    out.append(Definition("fiscal_dependency", "财政拨款依存度", "财政拨款收入÷收入总额×100%", "%", COMMON,
                          Rate(fiscal, INCOME), (("财政拨款收入", fiscal), ("收入总额", INCOME))))
    return out


def _admin() -> list[Definition]:
    f = ADMIN
    return [
        Definition("expenditure_growth", "支出增长率", "(本期支出总额÷上期支出总额－1)×100%", "%", f,
                   PctChange(SPEND, SPEND_PRIOR), (("本期支出总额", SPEND), ("上期支出总额", SPEND_PRIOR))),
        Definition("budget_spending_completion", "当年预算支出完成率", "年终执行数÷调整预算数×100%", "%", f,
                   Rate(SPEND, SPEND_PLAN), (("年终执行数", SPEND), ("调整预算数", SPEND_PLAN))),
        Definition("spending_per_capita", "人均开支", "本期支出数÷本期平均在职人员数（元/人）", "元/人", f,
                   Ratio(SPEND, STAFF_AVG), (("本期支出数", SPEND), _unit_fact(STAFF_AVG))),
        Definition("project_ratio", "项目支出比率", "本期项目支出数÷本期支出总数×100%", "%", f,
                   Rate(PROJECT, SPEND), (("项目支出", PROJECT), ("本期支出总数", SPEND))),
        Definition("personnel_ratio", "人员支出比率", "本期人员支出数÷本期支出总数×100%", "%", f,
                   Rate(PERSONNEL, SPEND), (("人员支出", PERSONNEL), ("本期支出总数", SPEND))),
        Definition("public_ratio", "公用支出比率", "本期公用支出数÷本期支出总数×100%", "%", f,
                   Rate(PUBLIC, SPEND), (("公用支出", PUBLIC), ("本期支出总数", SPEND))),
        Definition("office_area_per_capita", "人均办公使用面积", "本期末单位办公用房使用面积÷本期末在职人员数",
                   "㎡/人", f, Ratio(AREA, STAFF_END), (_unit_fact(AREA), _unit_fact(STAFF_END))),
        Definition("staff_vehicle_ratio", "人车比例", "本期末在职人员数÷本期末公务用车实有数（结果记作X:1）", ":1", f,
                   Ratio(STAFF_END, VEHICLES), (_unit_fact(STAFF_END), _unit_fact(VEHICLES))),
    ]


def _institution(fig: Figures) -> list[Definition]:
    f = INSTITUTION
    deductions = [Ref(f"nature:{x}") for x in DEDUCTIONS
                  if (line := fig.spending.line(x)) is not None and line.get("final") is not None]
    service: Expr = Sub(SPEND, Sum(tuple(deductions))) if deductions else SPEND
    basic = Sum((PERSONNEL, PUBLIC))
    return [
        Definition("budget_income_completion", "预算收入完成率", "年终执行数÷调整预算数×100%（不含上年结转和结余）",
                   "%", f, Rate(INCOME, INCOME_PLAN), (("收入决算", INCOME), ("收入预算", INCOME_PLAN))),
        Definition("budget_spending_completion_inst", "预算支出完成率",
                   "年终执行数÷调整预算数×100%（不含上年结转和结余）", "%", f,
                   Rate(SPEND, SPEND_PLAN), (("支出决算", SPEND), ("支出预算", SPEND_PLAN))),
        Definition("personnel_ratio_inst", "人员支出比率", "人员支出÷事业支出×100%", "%", f,
                   Rate(PERSONNEL, service), (("人员支出", PERSONNEL), ("事业支出", service))),
        Definition("public_ratio_inst", "公用支出比率", "公用支出÷事业支出×100%", "%", f,
                   Rate(PUBLIC, service), (("公用支出", PUBLIC), ("事业支出", service))),
        # the template's 实际在编人数 is the unit's 年末在职人数: the one head count at year end the unit gives
        Definition("basic_spending_per_capita", "人均基本支出",
                   f"（基本支出－{_label(RETIREE)}）÷{_label(STAFF_END)}（元/人）",
                   "元/人", f, Ratio(Sub(basic, RETIREE), STAFF_END),
                   (("基本支出", basic), _unit_fact(RETIREE), _unit_fact(STAFF_END))),
    ]


def values(fig: Figures) -> dict[str, Decimal | None]:
    """Every figure the definitions name, from the unit's figures."""
    people = fig.data.people
    out: dict[str, Decimal | None] = {
        "spend": fig.spending.total.get("final"),
        "spend_prior": fig.spending.total.get("prior_final"),
        f"spend_{PLAN}": fig.spending.total.get(PLAN),
        "income": fig.income.total.get("final"),
        f"income_{PLAN}": fig.income.total.get(PLAN),
    }
    for key in ("staff_average", "staff_year_end", "vehicles", "office_area_m2", "retiree_expense"):
        value = people.get(key)
        out[f"people:{key}"] = None if value is None else Decimal(value)
    for item in (c.PERSONNEL, c.PUBLIC, c.PROJECT, *DEDUCTIONS):
        out[f"nature:{item}"] = _nature(fig, item)
    for line in fig.income.lines:
        out[f"income:{line.key}"] = line.get("final")
    return out


def compute(fig: Figures) -> list[Indicator]:
    env = values(fig)
    out = []
    for d in definitions(fig):
        value = d.expr.evaluate(env)
        missing = () if value is not None else tuple(
            _budget_named(fig, d, label) for label, e in d.inputs if e.evaluate(env) is None)
        out.append(Indicator(d.key, d.name, printed_formula(fig, d), d.unit, value, missing, d.family,
                             zero_base=value is None and not missing, listed=_listed(fig, d, value)))
    return out


WHOLES = {"income": "本年收入合计", "spending": "本年支出合计"}  # what the share lists divide


def listed_shares(g: Group) -> list[tuple[Line, Decimal, Decimal]]:
    """结构分析's share list of a group: each line whose 本年决算 is not 0, its amount and its share of
    the group's total as printed (``compare.shares``: the 尾差 on the largest part); [] without a total."""
    whole = g.total.get("final")
    listed = [(x, a) for x in g.lines if (a := x.get("final"))]
    found = shares([a for _, a in listed], whole) if whole else None
    return [(x, a, r) for (x, a), r in zip(listed, found or [], strict=False)]


def _listed(fig: Figures, d: Definition, value: Decimal | None) -> Listed | None:
    """The share list's figure for the indicator's ratio (one line of a group over the group's total),
    where it is not ``value`` rounded: that share took the list's 尾差."""
    if value is None or not isinstance(d.expr, Rate):
        return None
    part, whole = d.expr.a, d.expr.b
    while isinstance(part, Sum) and len(part.terms) == 1:
        part = part.terms[0]
    if not isinstance(part, Ref) or not isinstance(whole, Ref):
        return None
    groups = {"spend": (fig.spending, "nature:"), "income": (fig.income, "income:")}
    if whole.name not in groups:
        return None
    g, prefix = groups[whole.name]
    for line, _, share in listed_shares(g):
        if part.name == prefix + line.key and share != round2(value):
            return Listed(line.name, WHOLES[g.key], share)
    return None


def printed_formula(fig: Figures, d: Definition) -> str:
    """The formula as printed: ``÷调整预算数`` names the budget actually divided by (预算数 where the
    unit entered no 调整预算, 全年预算数 where some lines are adjusted and others not)."""
    return _budget_named(fig, d, d.formula)


def _budget_named(fig: Figures, d: Definition, text: str) -> str:
    """``text`` (the formula, or an input said to be missing) with ``调整预算数`` named as the budget
    the unit has: a unit that adjusted nothing is never told to give a 调整预算数."""
    if "调整预算数" not in text:
        return text
    total = fig.income.total if any(e is INCOME_PLAN for _, e in d.inputs) else fig.spending.total
    return text.replace("调整预算数", plan_label(fig.data, [total]) + "数")


def _nature(fig: Figures, item: str) -> Decimal | None:
    line = fig.spending.line(item)
    if line is not None:
        return line.get("final")
    # a nature not listed is not spent: only when the total itself is known
    return Decimal(0) if fig.spending.total.get("final") is not None and fig.spending else None
