"""The fixed vocabularies of the 决算公开: the nine tables' keys, per-line columns, 功能分类 类 by year, vehicle
categories, the 名词解释 defaults. Standard library only."""

from __future__ import annotations

from . import catalog

# The nine public tables, in order (disclosure/spec gives each its layout).
TABLE_KEYS = tuple(f"公开{i:02d}" for i in range(1, 10))

# Per 功能分类 line: 本年收入 by source (收入决算表).
INCOME_COLUMNS: dict[str, str] = {
    "general": "一般公共预算财政拨款收入",
    "fund": "政府性基金预算财政拨款收入",
    "capital": "国有资本经营预算财政拨款收入",
    "superior": "上级补助收入",
    "business": "事业收入",
    "operating": "经营收入",
    "affiliated": "附属单位上缴收入",
    "other": "其他收入",
}
FISCAL_FUNDS = ("general", "fund", "capital")
FUND_LABELS = {"general": "一般公共预算财政拨款", "fund": "政府性基金预算财政拨款",
               "capital": "国有资本经营预算财政拨款"}
# The unit-level income item of each source column.
INCOME_ITEM = dict(INCOME_COLUMNS)

# Per line: 本年支出 by nature (支出决算表).
NATURE_COLUMNS: dict[str, str] = {
    "basic": "基本支出",
    "project": "项目支出",
    "remit": "上缴上级支出",
    "operation": "经营支出",
    "subsidy": "对附属单位补助支出",
}
# Per line: 财政拨款支出 by fund and 基本/项目.
FUND_SPENDING_COLUMNS: dict[str, str] = {
    "general_basic": "一般公共预算财政拨款基本支出",
    "general_project": "一般公共预算财政拨款项目支出",
    "fund_basic": "政府性基金预算财政拨款基本支出",
    "fund_project": "政府性基金预算财政拨款项目支出",
    "capital_basic": "国有资本经营预算财政拨款基本支出",
    "capital_project": "国有资本经营预算财政拨款项目支出",
}
# Per line: 政府性基金 / 国有资本经营 结转和结余 (tables 8 and 9).
FUND_BALANCE_COLUMNS: dict[str, str] = {
    "fund_opening": "政府性基金年初结转和结余",
    "fund_closing": "政府性基金年末结转和结余",
    "capital_opening": "国有资本经营年初结转和结余",
    "capital_closing": "国有资本经营年末结转和结余",
}
BUDGET_COLUMN = {"general_budget": "一般公共预算财政拨款年初预算", "fund_budget": "政府性基金预算财政拨款年初预算",
                 "capital_budget": "国有资本经营预算财政拨款年初预算"}
# Per line: a row total as a published 万元 table prints it, where it is not the sum of the row's printed parts
# (尾差: each figure rounded from 元 on its own); written by import-tables, else derived from the parts.
LINE_TOTALS: dict[str, str] = {
    "income_total": "本年收入合计（公开02）",
    "spending_total": "本年支出合计（公开03）",
    "general_total": "一般公共预算财政拨款支出合计（公开05）",
    "fund_total": "政府性基金预算财政拨款本年支出合计（公开08）",
    "capital_total": "国有资本经营预算财政拨款本年支出合计（公开09）",
}
LINE_AMOUNTS: dict[str, str] = {
    **INCOME_COLUMNS, **NATURE_COLUMNS, **FUND_SPENDING_COLUMNS, **FUND_BALANCE_COLUMNS, **BUDGET_COLUMN,
}

VEHICLE_CATEGORIES = (
    "部级领导干部用车", "主要领导干部用车", "机要通信用车", "应急保障用车", "执法执勤用车",
    "特种专业技术用车", "离退休干部用车", "其他用车",
)

# 十一(二), in the template's order: the 政府采购金额 by kind, then the 中小企业 / 小微企业 figures.
PROCUREMENT_KEYS: dict[str, str] = {
    "goods": "货物采购金额",
    "works": "工程采购金额",
    "services": "服务采购金额",
    "sme_reserved": "面向中小企业预留政府采购项目预算金额",
    "micro_reserved": "面向小微企业预留政府采购项目预算金额",
    "sme_won": "面向中小企业预留的项目中由中小企业供应商中标或成交的采购金额",
    "micro_won": "面向小微企业预留的项目中由小微企业供应商中标或成交的采购金额",
    "other_sme_won": "其他政府采购项目中由中小企业供应商中标或成交的采购金额",
}

# 十, in the template's order.
PERFORMANCE_COUNTS = ("target_projects", "tracked_projects", "evaluated_projects", "excellent", "good",
                      "qualified", "unqualified", "problems_found", "problems_fixed", "problems_fixing")
PERFORMANCE_AMOUNTS = ("target_amount", "tracked_amount", "evaluated_amount")
PERFORMANCE_LABELS: dict[str, str] = {
    "systems": "预算绩效管理制度建设情况",
    "mechanism": "预算绩效管理工作机制建设情况",
    "target_projects": "编报绩效目标的项目个数", "target_amount": "编报绩效目标的项目预算金额",
    "tracked_projects": "绩效跟踪评价的项目个数", "tracked_amount": "绩效跟踪评价的项目预算金额",
    "evaluated_projects": "绩效自评的项目个数", "evaluated_amount": "绩效自评的项目预算金额",
    "average_score": "绩效自评平均得分", "excellent": "绩效评级为优的项目个数",
    "good": "绩效评级为良的项目个数", "qualified": "绩效评级为合格的项目个数",
    "unqualified": "绩效评级为不合格的项目个数", "problems_found": "绩效自评中发现问题个数",
    "problems_fixed": "已经完成整改的问题个数", "problems_fixing": "正在整改的问题个数",
}

# 七(二), the template's words the unit writes: 因公出国（境）费 开支内容包括：…; 公务用车购置 / 运行维护 and
# 公务接待 主要用于…
THREE_PUBLIC_TEXTS: dict[str, str] = {
    "abroad": "因公出国（境）费开支内容",
    "car_purchase": "公务用车购置支出主要用于",
    "car_running": "公务用车运行维护支出主要用于",
    "reception": "公务接待费主要用于",
}

OTHER_COUNTS = ("foreign_batches", "foreign_persons", "equipment")
OTHER_LABELS = {"foreign_batches": "外宾接待批次", "foreign_persons": "外宾接待人次",
                "foreign_amount": "外宾接待费", "equipment": "单价100万元以上设备（台、套）"}

def class_order(year: int, region: str = "") -> dict[str, int]:
    """Each 功能分类 类 code of the year's (and region's) template → its place in the list."""
    return {code: i for i, (code, _) in enumerate(catalog.function_classes(year, region))}


ECONOMIC_PANELS = {"人员经费": ("301", "303"), "公用经费": ("302", "310")}

# The 名词解释 of the 2024 Shanghai template, in its order and words (a unit's [disclosure.glossary] may
# replace an entry, e.g. to add "主要是：…收入等").
GLOSSARY: dict[str, str] = {
    "财政拨款收入": "指单位本年度从本级财政部门取得的财政拨款，包括一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款。",  # noqa: E501
    "事业收入": "指事业单位开展专业业务活动及其辅助活动取得的收入。",
    "经营收入": "指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入。",
    "其他收入": "指单位取得的除“财政拨款收入”、“事业收入”、“经营收入”等以外的收入。",
    "年初结转和结余": "指以前年度尚未完成、结转到本年按有关规定继续使用的资金。",
    "年末结转和结余": "指本年度或以前年度预算安排、因客观条件发生变化无法按原计划实施，需延迟到以后年度按有关规定继续使用的资金。",  # noqa: E501
    "基本支出": "指单位为保障机构正常运转、完成日常工作任务而发生的各项支出。",
    "项目支出": "指单位为完成特定的行政工作任务或事业发展目标，在基本支出之外发生的各项支出。",
    "经营支出": "指事业单位在专业活动及辅助活动之外开展非独立核算经营活动发生的支出。",
    "“三公”经费": "指单位使用本级财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。其中:因公出国（境）费反映单位参加国际合作交流、重大项目洽谈、境外培训研修等的国际旅费、国外城市间交通费、住宿费、伙食费、培训费、公杂费等支出；公务接待费反映全国性专业会议、国家重大政策调研、专项检查以及外事团组接待交流等执行公务或开展业务所需住宿费、交通费、伙食费等支出；公务用车购置及运行维护费反映编制内公务车辆的报废更新，以及用于安排市内因公出差、公务文件交换、日常工作开展等所需公务用车燃料费、维修费、过路过桥费、保险费等支出。",  # noqa: E501
    "机关运行经费": "指行政单位和参照公务员法管理的事业单位使用一般公共预算财政拨款安排的基本支出中的日常公用经费支出。",  # noqa: E501
}
