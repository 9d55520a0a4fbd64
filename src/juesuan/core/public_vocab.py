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
BUDGET_COLUMN = {"general_budget": "一般公共预算财政拨款年初预算"}
LINE_AMOUNTS: dict[str, str] = {
    **INCOME_COLUMNS, **NATURE_COLUMNS, **FUND_SPENDING_COLUMNS, **FUND_BALANCE_COLUMNS, **BUDGET_COLUMN,
}

VEHICLE_CATEGORIES = (
    "部级领导干部用车", "主要领导干部用车", "机要通信用车", "应急保障用车", "执法执勤用车",
    "特种专业技术用车", "离退休干部用车", "其他用车",
)

PROCUREMENT_KEYS: dict[str, str] = {
    "goods": "政府采购货物支出",
    "works": "政府采购工程支出",
    "services": "政府采购服务支出",
    "sme_reserved": "预留给中小企业的采购项目金额",
    "sme_won": "授予中小企业合同金额",
    "micro_won": "授予小微企业合同金额",
}

PERFORMANCE_COUNTS = ("target_projects", "tracked_projects", "evaluated_projects", "excellent", "good",
                      "qualified", "unqualified", "problems_found", "problems_fixed")
PERFORMANCE_AMOUNTS = ("target_amount", "tracked_amount", "evaluated_amount")
PERFORMANCE_LABELS: dict[str, str] = {
    "systems": "绩效管理制度建设情况",
    "target_projects": "设定绩效目标的项目个数", "target_amount": "设定绩效目标的项目预算金额",
    "tracked_projects": "开展绩效监控的项目个数", "tracked_amount": "开展绩效监控的项目预算金额",
    "evaluated_projects": "开展绩效自评的项目个数", "evaluated_amount": "开展绩效自评的项目预算金额",
    "average_score": "绩效自评平均分", "excellent": "评价等级为优的项目个数",
    "good": "评价等级为良的项目个数", "qualified": "评价等级为合格的项目个数",
    "unqualified": "评价等级为不合格的项目个数", "problems_found": "发现问题个数",
    "problems_fixed": "已整改问题个数",
}

OTHER_COUNTS = ("foreign_batches", "foreign_persons", "equipment")
OTHER_LABELS = {"foreign_batches": "外宾接待批次", "foreign_persons": "外宾接待人次",
                "foreign_amount": "外宾接待费", "equipment": "单价100万元以上设备（台、套）"}

def class_order(year: int, region: str = "") -> dict[str, int]:
    """Each 功能分类 类 code of the year's (and region's) template → its place in the list."""
    return {code: i for i, (code, _) in enumerate(catalog.function_classes(year, region))}


ECONOMIC_PANELS = {"人员经费": ("301", "303"), "公用经费": ("302", "310")}

GLOSSARY: dict[str, str] = {
    "财政拨款收入": "指单位从同级财政部门取得的财政预算资金，包括一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款。",  # noqa: E501
    "事业收入": "指事业单位开展专业业务活动及其辅助活动取得的收入。",
    "经营收入": "指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入。",
    "其他收入": "指单位取得的除上述收入以外的各项收入，主要是利息收入等。",
    "使用非财政拨款结余": "指事业单位使用以前年度积累的非财政拨款结余弥补当年收支差额的金额。",
    "年初结转和结余": "指单位以前年度尚未完成、结转到本年仍按原规定用途继续使用的资金，或项目已完成等产生的结余资金。",
    "结余分配": "指事业单位按照规定提取的职工福利基金、事业基金和缴纳的所得税等。",
    "年末结转和结余": "指单位按有关规定结转到下年或以后年度继续使用的资金，或项目已完成等产生的结余资金。",
    "基本支出": "指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。",
    "项目支出": "指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
    "经营支出": "指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动发生的支出。",
    "“三公”经费": "指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。其中，因公出国（境）费反映单位公务出国（境）的国际旅费、国外城市间交通费、住宿费、伙食费、培训费、公杂费等支出；公务用车购置及运行维护费反映单位公务用车车辆购置支出（含车辆购置税）及燃料费、维修费、过路过桥费、保险费等支出；公务接待费反映单位按规定开支的各类公务接待（含外宾接待）支出。",  # noqa: E501
    "机关运行经费": "指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务等的各项公用经费，包括办公及印刷费、邮电费、差旅费、会议费、福利费、日常维修费、专用材料及一般设备购置费、办公用房水电费、办公用房取暖费、办公用房物业管理费、公务用车运行维护费以及其他费用。",  # noqa: E501
}
