"""附 财务分析指标: the indicator set for the unit's kind (行政 / 事业), with the correct formulas."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from . import catalog as c
from .compare import pct_change, rate, ratio
from .figures import PLAN, Figures


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

    def as_dict(self) -> dict:
        return {
            "key": self.key, "name": self.name, "family": self.family, "formula": self.formula,
            "unit": self.unit, "value": None if self.value is None else str(self.value),
            "missing": list(self.missing), "zero_base": self.zero_base,
        }


def compute(fig: Figures) -> list[Indicator]:
    kind = fig.data.unit.kind
    out: list[Indicator] = []
    if kind is None or kind in c.ADMIN_KINDS:
        out += _admin(fig)
    if kind is None or kind not in c.ADMIN_KINDS:
        out += _institution(fig)
    out.append(_dependency(fig))
    return out


def _need(**inputs) -> tuple[str, ...]:
    return tuple(label for label, value in inputs.items() if value is None)


def _spending_total(fig: Figures, column: str = "final") -> Decimal | None:
    return fig.spending.total.get(column)


def _nature(fig: Figures, item: str) -> Decimal | None:
    line = fig.spending.line(item)
    if line is not None:
        return line.get("final")
    # a nature not listed is not spent: only when the total itself is known
    return Decimal(0) if fig.spending.total.get("final") is not None and fig.spending else None


def _make(key, name, formula, unit, value, family, **inputs) -> Indicator:
    missing = _need(**inputs) if value is None else ()
    return Indicator(key, name, formula, unit, value, missing, family,
                     zero_base=value is None and not missing)


def _admin(fig: Figures) -> list[Indicator]:
    f = "行政单位"
    people = fig.data.people
    spend, prior = _spending_total(fig), _spending_total(fig, "prior_final")
    plan = _spending_total(fig, PLAN)
    personnel, public, project = (_nature(fig, x) for x in (c.PERSONNEL, c.PUBLIC, c.PROJECT))
    staff_avg, staff_end = people.get("staff_average"), people.get("staff_year_end")
    area, vehicles = people.get("office_area_m2"), people.get("vehicles")
    return [
        _make("expenditure_growth", "支出增长率", "(本期支出总额÷上期支出总额－1)×100%", "%",
              pct_change(spend, prior), f, 本期支出总额=spend, 上期支出总额=prior),
        _make("budget_spending_completion", "当年预算支出完成率", "年终执行数÷调整预算数×100%", "%",
              rate(spend, plan), f, 年终执行数=spend, 调整预算数=plan),
        _make("spending_per_capita", "人均开支", "本期支出数÷本期平均在职人员数（元/人）", "元/人",
              ratio(spend, staff_avg), f, 本期支出数=spend, 年平均在职人数=staff_avg),
        _make("project_ratio", "项目支出比率", "本期项目支出数÷本期支出总数×100%", "%",
              rate(project, spend), f, 项目支出=project, 本期支出总数=spend),
        _make("personnel_ratio", "人员支出比率", "本期人员支出数÷本期支出总数×100%", "%",
              rate(personnel, spend), f, 人员支出=personnel, 本期支出总数=spend),
        _make("public_ratio", "公用支出比率", "本期公用支出数÷本期支出总数×100%", "%",
              rate(public, spend), f, 公用支出=public, 本期支出总数=spend),
        _make("office_area_per_capita", "人均办公使用面积", "本期末单位办公用房使用面积÷本期末在职人员数",
              "㎡/人", ratio(area, staff_end), f, 办公用房使用面积=area, 年末在职人数=staff_end),
        _make("staff_vehicle_ratio", "人车比例", "本期末在职人员数÷本期末公务用车实有数（结果记作X:1）", ":1",
              ratio(None if staff_end is None else Decimal(staff_end), vehicles), f,
              年末在职人数=staff_end, 年末公务用车实有数=vehicles),
    ]


def _institution(fig: Figures) -> list[Indicator]:
    f = "事业单位"
    people = fig.data.people
    income, income_plan = fig.income.total.get("final"), fig.income.total.get(PLAN)
    spend, plan = _spending_total(fig), _spending_total(fig, PLAN)
    personnel, public = _nature(fig, c.PERSONNEL), _nature(fig, c.PUBLIC)
    deductions = [fig.spending.line(x) for x in ("经营支出", "上缴上级支出", "对附属单位补助支出")]
    service = spend
    if spend is not None:
        for line in deductions:
            if line is not None and line.get("final") is not None:
                service -= line.get("final")
    basic = None if personnel is None or public is None else personnel + public
    retiree = people.get("retiree_expense")
    staff = people.get("staff_year_end")
    net_basic = None if basic is None or retiree is None else basic - retiree
    return [
        _make("budget_income_completion", "预算收入完成率", "年终执行数÷调整预算数×100%（不含上年结转和结余）",
              "%", rate(income, income_plan), f, 收入决算=income, 收入预算=income_plan),
        _make("budget_spending_completion_inst", "预算支出完成率",
              "年终执行数÷调整预算数×100%（不含上年结转和结余）", "%", rate(spend, plan), f,
              支出决算=spend, 支出预算=plan),
        _make("personnel_ratio_inst", "人员支出比率", "人员支出÷事业支出×100%", "%",
              rate(personnel, service), f, 人员支出=personnel, 事业支出=service),
        _make("public_ratio_inst", "公用支出比率", "公用支出÷事业支出×100%", "%",
              rate(public, service), f, 公用支出=public, 事业支出=service),
        _make("basic_spending_per_capita", "人均基本支出", "(基本支出－离退休人员支出)÷实际在编人数（元/人）",
              "元/人", ratio(net_basic, staff), f, 基本支出=basic, 离退休人员支出=retiree,
              实际在编人数=staff),
    ]


def _dependency(fig: Figures) -> Indicator:
    fiscal_lines = [x for x in fig.income.lines if x.key in c.FISCAL_INCOME]
    income = fig.income.total.get("final")
    fiscal = None
    if income is not None:
        fiscal = sum((x.get("final") for x in fiscal_lines), Decimal(0))
    return _make("fiscal_dependency", "财政拨款依存度", "财政拨款收入÷收入总额×100%", "%",
                 rate(fiscal, income), "通用", 财政拨款收入=fiscal, 收入总额=income)
