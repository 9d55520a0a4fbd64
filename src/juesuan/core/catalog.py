"""The fixed vocabularies of the 决算 tables: items, columns, codes and their Chinese labels."""

from __future__ import annotations

SCHEMA_VERSION = 1

# Scenario columns of every amount row, in display order, with their Chinese labels.
SCENARIOS: dict[str, str] = {
    "prior_budget": "上年预算",
    "budget": "本年预算",
    "adjusted_budget": "调整预算",
    "final": "本年决算",
    "prior_final": "上年决算",
}

# Optional columns juesuan adds to spending rows: the 财政拨款 part of the line (for 二(二)4).
FISCAL_COLUMNS: dict[str, str] = {
    "fiscal_budget": "其中财政拨款预算",
    "fiscal_final": "其中财政拨款决算",
}

FISCAL_INCOME = ("一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "国有资本经营预算财政拨款收入")
NONFISCAL_INCOME = ("上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入")
USE_OF_NONFISCAL_SURPLUS = "使用非财政拨款结余"
OPENING_BALANCE = "年初结转和结余"
INCOME_ITEMS = (*FISCAL_INCOME, *NONFISCAL_INCOME, USE_OF_NONFISCAL_SURPLUS, OPENING_BALANCE)
# Items that make up 本年收入合计.
INCOME_CURRENT = (*FISCAL_INCOME, *NONFISCAL_INCOME)

PERSONNEL, PUBLIC, PROJECT = "人员经费", "公用经费", "项目支出"
SURPLUS_DISTRIBUTION = "结余分配"
CLOSING_BALANCE = "年末结转和结余"
SPENDING_ITEMS = (
    PERSONNEL, PUBLIC, PROJECT, "上缴上级支出", "经营支出", "对附属单位补助支出",
    SURPLUS_DISTRIBUTION, CLOSING_BALANCE,
)
# Items that make up 本年支出合计.
SPENDING_CURRENT = SPENDING_ITEMS[:6]
BASIC_SPENDING = (PERSONNEL, PUBLIC)

ABROAD, CAR_PURCHASE, CAR_RUNNING, RECEPTION = (
    "因公出国(境)费", "公务用车购置费", "公务用车运行维护费", "公务接待费",
)
MEETING, TRAINING = "会议费", "培训费"
THREE_PUBLIC = (ABROAD, CAR_PURCHASE, CAR_RUNNING, RECEPTION)
CONTROLLED_ITEMS = (*THREE_PUBLIC, MEETING, TRAINING)

QUANTITY_KEYS = (
    "出国团组数", "出国人次", "公务用车购置数", "公务用车保有量", "接待批次", "接待人次",
    "会议次数", "会议人次", "培训次数", "培训人次",
)
QUANTITY_COLUMNS = ("final", "prior_final")

BALANCE_ITEMS = ("财政拨款结转结余", "非财政拨款结转结余")
BALANCE_COLUMNS: dict[str, str] = {"opening": "年初", "closing": "年末", "prior_closing": "上年年末"}

ASSET_COLUMNS: dict[str, str] = {"prior_year_end": "上年末", "year_end": "本年末"}

REASON_COMPARISONS: dict[str, str] = {
    "budget_yoy": "本年预算与上年预算对比",
    "final_vs_budget": "决算与预算对比",
    "final_yoy": "决算与上年决算对比",
    "assets": "资产负债与上年末对比",
    "balances": "结转结余年初年末对比",
}
TOTAL = "total"

TEXT_KEYS = (
    "主要职能", "机构情况", "人员情况", "事业成效", "绩效目标完成情况", "问题及改进措施",
    "结转结余对策", "财务工作开展情况", "意见和建议",
    # juesuan additions (optional): the seed's 二(二)3(4)(5) and 三(二).
    "其他重要支出", "经济分类问题及改进措施", "信息公开情况",
)

UNIT_KINDS = ("行政单位", "参照公务员法管理事业单位", "事业单位")
ADMIN_KINDS = ("行政单位", "参照公务员法管理事业单位")
EDITIONS = ("基层单位版",)
REPORT_UNITS = ("元", "万元")

PEOPLE_INT_KEYS = ("authorized_posts", "staff_year_end", "staff_average", "retirees", "vehicles")
PEOPLE_DECIMAL_KEYS = ("office_area_m2", "retiree_expense")
PEOPLE_LABELS: dict[str, str] = {
    "authorized_posts": "核定编制数",
    "staff_year_end": "年末在职人数",
    "staff_average": "年平均在职人数",
    "retirees": "离退休人数",
    "vehicles": "年末公务用车实有数",
    "office_area_m2": "办公用房使用面积",
    "retiree_expense": "离退休人员支出",
}

# 支出功能分类 类 (3 digits): every class's name, once. The year- and region-keyed lists below
# choose and order them; a new year's or region's template is a new entry there.
CLASS_NAMES: dict[str, str] = {
    "201": "一般公共服务支出", "202": "外交支出", "203": "国防支出", "204": "公共安全支出",
    "205": "教育支出", "206": "科学技术支出", "207": "文化旅游体育与传媒支出", "208": "社会保障和就业支出",
    "210": "卫生健康支出", "211": "节能环保支出", "212": "城乡社区支出", "213": "农林水支出",
    "214": "交通运输支出", "215": "资源勘探工业信息等支出", "216": "商业服务业等支出", "217": "金融支出",
    "219": "援助其他地区支出", "220": "自然资源海洋气象等支出", "221": "住房保障支出",
    "222": "粮油物资储备支出", "223": "国有资本经营预算支出", "224": "灾害防治及应急管理支出",
    "227": "预备费", "229": "其他支出", "230": "转移性支出", "231": "债务还本支出", "232": "债务付息支出",
    "233": "债务发行费用支出", "234": "抗疫特别国债安排的支出",
}
# 类 names before the 2019 政府收支分类科目 renamed them (the 2018 reform of the State Council's departments): a
# text carried over from an older year's 决算 keeps them
FORMER_CLASS_NAMES: dict[str, str] = {
    "文化体育与传媒支出": "207", "医疗卫生与计划生育支出": "210", "资源勘探信息等支出": "215",
    "国土海洋气象等支出": "220",
}
_NATIONAL = ("201", "202", "203", "204", "205", "206", "207", "208", "210", "211", "212", "213", "214",
             "215", "216", "217", "219", "220", "221", "222", "223", "224", "227", "229", "230", "231",
             "232", "233")
# (first year, region) → the 类 of the 决算公开's functional list, in the template's order. A year uses
# the newest list not after it; region "" is the national list, used where a region has none.
# 上海 2024: the 部门决算 template (anchors/shanghai-2024-department-final-template.pdf), 表一/表四.
CLASS_LISTS: dict[tuple[int, str], tuple[str, ...]] = {
    (2019, ""): _NATIONAL,
    (2020, ""): (*_NATIONAL, "234"),
    (2022, ""): _NATIONAL,
    (2024, "上海"): ("201", "202", "203", "204", "205", "206", "207", "208", "210", "211", "212", "213",
                   "214", "215", "216", "217", "219", "220", "221", "222", "223", "224", "229", "234"),
}
REGIONS = frozenset(region for _, region in CLASS_LISTS)


def function_classes(year: int, region: str = "") -> tuple[tuple[str, str], ...]:
    """The 功能分类 类 (code, name) of ``year``'s template in ``region``, in the template's order."""
    for place in dict.fromkeys((region, "")):
        years = [y for y, r in CLASS_LISTS if r == place and y <= year]
        if years:
            return tuple((code, CLASS_NAMES[code]) for code in CLASS_LISTS[(max(years), place)])
    first = min(y for y, r in CLASS_LISTS if r == "")
    return tuple((code, CLASS_NAMES[code]) for code in CLASS_LISTS[(first, "")])


# 支出功能分类 类 names for lines entered by code alone (the classes a 基层单位 uses).
FUNCTION_CLASSES: dict[str, str] = {code: CLASS_NAMES[code] for code in (
    "201", "203", "204", "205", "206", "207", "208", "210", "211", "212", "213", "214", "215", "216",
    "220", "221", "222", "224", "229")}
# 支出功能分类 款 (5 digits) names of the classes units use most, for parents derived from their 项.
FUNCTION_SECTIONS: dict[str, str] = {
    "20101": "人大事务", "20102": "政协事务", "20103": "政府办公厅（室）及相关机构事务",
    "20104": "发展与改革事务", "20105": "统计信息事务", "20106": "财政事务", "20107": "税收事务",
    "20108": "审计事务", "20111": "纪检监察事务", "20113": "商贸事务", "20114": "知识产权事务",
    "20123": "民族事务", "20125": "港澳台事务",
    "20126": "档案事务", "20128": "民主党派及工商联事务", "20129": "群众团体事务",
    "20131": "党委办公厅（室）及相关机构事务", "20132": "组织事务", "20133": "宣传事务",
    "20134": "统战事务", "20136": "其他共产党事务支出", "20137": "网信事务",
    "20138": "市场监督管理事务",
    "20199": "其他一般公共服务支出",
    "20402": "公安", "20404": "检察", "20405": "法院", "20406": "司法",
    "20501": "教育管理事务", "20502": "普通教育", "20503": "职业教育", "20507": "特殊教育",
    "20508": "进修及培训", "20509": "教育费附加安排的支出",
    "20601": "科学技术管理事务", "20604": "技术研究与开发",
    "20701": "文化和旅游", "20702": "文物", "20708": "广播电视",
    "20801": "人力资源和社会保障管理事务", "20802": "民政管理事务", "20805": "行政事业单位养老支出",
    "20807": "就业补助", "20808": "抚恤", "20809": "退役安置", "20810": "社会福利",
    "20811": "残疾人事业", "20828": "退役军人管理事务", "20899": "其他社会保障和就业支出",
    "21001": "卫生健康管理事务", "21002": "公立医院", "21003": "基层医疗卫生机构",
    "21004": "公共卫生", "21007": "计划生育事务", "21011": "行政事业单位医疗",
    "21099": "其他卫生健康支出",
    "21101": "环境保护管理事务", "21103": "污染防治",
    "21201": "城乡社区管理事务", "21203": "城乡社区公共设施", "21205": "城乡社区环境卫生",
    "21208": "国有土地使用权出让收入安排的支出",
    "21301": "农业农村", "21302": "林业和草原", "21303": "水利", "21305": "巩固脱贫攻坚成果衔接乡村振兴",
    "21307": "农村综合改革",
    "21401": "公路水路运输",
    "22101": "保障性安居工程支出", "22102": "住房改革支出",
    "22401": "应急管理事务", "22406": "自然灾害防治",
}
# 支出功能分类 项 (7 digits) the 部门决算 of 基层单位 use most (2022 onwards): the administrative items
# every 款 of 一般公共服务 repeats, the 养老/医疗/住房 items almost every unit has, the 文化和旅游 items.
# Only codes whose name is fixed in the 政府收支分类科目; a code not here is not checked by name.
# Published tables sometimes qualify a name: "事业运行（…所属事业单位）" is the same 项.
# 款 whose 01/02/03/50 项 are 行政运行/一般行政管理事务/机关服务/事业运行
_ADMIN_SECTIONS = (
    "20101", "20102", "20103", "20104", "20105", "20106", "20107", "20108", "20111", "20113",
    "20114", "20123", "20125", "20126", "20128", "20129", "20131", "20132", "20133", "20134",
    "20136", "20137", "20138",
    "20402", "20404", "20405", "20406",
    "20501", "20601", "20701", "20801", "20802", "21001", "21101", "21201", "21301",
    "22401",
)
_ADMIN_ITEMS = {"01": "行政运行", "02": "一般行政管理事务", "03": "机关服务"}

FUNCTION_ITEMS: dict[str, str] = {
    **{s + k: v for s in _ADMIN_SECTIONS for k, v in _ADMIN_ITEMS.items()},
    **{s + "50": "事业运行" for s in _ADMIN_SECTIONS if s.startswith("201")},
    # 教育
    "2050201": "学前教育", "2050202": "小学教育", "2050203": "初中教育", "2050204": "高中教育",
    "2050205": "高等教育", "2050299": "其他普通教育支出",
    # 文化和旅游
    "2070104": "图书馆", "2070105": "文化展示及纪念机构", "2070106": "艺术表演场所",
    "2070107": "艺术表演团体", "2070108": "文化活动", "2070109": "群众文化",
    "2070110": "文化和旅游交流与合作", "2070111": "文化创作与保护", "2070112": "文化和旅游市场管理",
    "2070113": "旅游宣传", "2070114": "文化和旅游管理事务", "2070199": "其他文化和旅游支出",
    # 社会保障和就业: 行政事业单位养老支出, 抚恤
    "2080501": "行政单位离退休", "2080502": "事业单位离退休", "2080503": "离退休人员管理机构",
    "2080505": "机关事业单位基本养老保险缴费支出", "2080506": "机关事业单位职业年金缴费支出",
    "2080507": "对机关事业单位基本养老保险基金的补助", "2080599": "其他行政事业单位养老支出",
    "2080801": "死亡抚恤", "2080802": "伤残抚恤",
    # 卫生健康: 行政事业单位医疗
    "2101101": "行政单位医疗", "2101102": "事业单位医疗", "2101103": "公务员医疗补助",
    "2101199": "其他行政事业单位医疗支出",
    # 住房保障: 住房改革支出
    "2210201": "住房公积金", "2210202": "提租补贴", "2210203": "购房补贴",
}
ECONOMIC_CLASSES: dict[str, str] = {
    "301": "工资福利支出", "302": "商品和服务支出", "303": "对个人和家庭的补助",
    "307": "债务利息及费用支出", "309": "资本性支出(基本建设)", "310": "资本性支出",
    "311": "对企业补助（基本建设）", "312": "对企业补助", "313": "对社会保障基金补助",
    "399": "其他支出",
}
# 政府支出经济分类 (部门预算支出经济分类科目) 款 (5 digits), 2024: the lines of the 基本支出决算表 and
# the words of the 人员经费/公用经费 lists. 301 and 303 are 人员经费, 302 and 310 公用经费 (the template's
# 基本支出决算表: 人员经费 on the left, 公用经费 on the right).
ECONOMIC_ITEMS: dict[str, str] = {
    "30101": "基本工资", "30102": "津贴补贴", "30103": "奖金", "30106": "伙食补助费", "30107": "绩效工资",
    "30108": "机关事业单位基本养老保险缴费", "30109": "职业年金缴费", "30110": "职工基本医疗保险缴费",
    "30111": "公务员医疗补助缴费", "30112": "其他社会保障缴费", "30113": "住房公积金", "30114": "医疗费",
    "30199": "其他工资福利支出",
    "30201": "办公费", "30202": "印刷费", "30203": "咨询费", "30204": "手续费", "30205": "水费", "30206": "电费",
    "30207": "邮电费", "30208": "取暖费", "30209": "物业管理费", "30211": "差旅费", "30212": "因公出国（境）费用",
    "30213": "维修（护）费", "30214": "租赁费", "30215": "会议费", "30216": "培训费", "30217": "公务接待费",
    "30218": "专用材料费", "30224": "被装购置费", "30225": "专用燃料费", "30226": "劳务费", "30227": "委托业务费",
    "30228": "工会经费", "30229": "福利费", "30231": "公务用车运行维护费", "30239": "其他交通费用",
    "30240": "税金及附加费用", "30299": "其他商品和服务支出",
    "30301": "离休费", "30302": "退休费", "30303": "退职（役）费", "30304": "抚恤金", "30305": "生活补助",
    "30306": "救济费", "30307": "医疗费补助", "30308": "助学金", "30309": "奖励金", "30310": "个人农业生产补贴",
    "30311": "代缴社会保险费", "30399": "其他对个人和家庭的补助",
    "30701": "国内债务付息", "30702": "国外债务付息", "30703": "国内债务发行费用", "30704": "国外债务发行费用",
    "30901": "房屋建筑物购建", "30902": "办公设备购置", "30903": "专用设备购置", "30905": "基础设施建设",
    "30906": "大型修缮", "30907": "信息网络及软件购置更新", "30908": "物资储备", "30913": "公务用车购置",
    "30919": "其他交通工具购置", "30921": "文物和陈列品购置", "30922": "无形资产购置", "30999": "其他基本建设支出",
    "31001": "房屋建筑物购建", "31002": "办公设备购置", "31003": "专用设备购置", "31005": "基础设施建设",
    "31006": "大型修缮", "31007": "信息网络及软件购置更新", "31008": "物资储备", "31009": "土地补偿",
    "31010": "安置补助", "31011": "地上附着物和青苗补偿", "31012": "拆迁补偿", "31013": "公务用车购置",
    "31019": "其他交通工具购置", "31021": "文物和陈列品购置", "31022": "无形资产购置", "31099": "其他资本性支出",
}
# the 基本支出 half each 经济分类 类 belongs to
ECONOMIC_GROUPS: dict[str, str] = {"301": PERSONNEL, "303": PERSONNEL, "302": PUBLIC, "310": PUBLIC}


def economic_group(name: str) -> str:
    """人员经费 or 公用经费 for a 经济分类 类 or 款 name of 基本支出 (brackets either width), else ""."""
    plain = name.replace("(", "（").replace(")", "）")
    groups = {ECONOMIC_GROUPS[code[:3]] for code, n in (*ECONOMIC_ITEMS.items(), *ECONOMIC_CLASSES.items())
              if code[:3] in ECONOMIC_GROUPS and n.replace("(", "（").replace(")", "）") == plain}
    return groups.pop() if len(groups) == 1 else ""


# 公开06 (基本支出决算表)'s fixed rows per (first year, region), in the template's order: every 款 of 301
# and 303 (人员经费, left) and of 302 and 310 (公用经费, right), printed whether used or not. A year uses the
# newest list not after it in its region; a region without a list prints the lines the unit typed only.
# 上海 2024: anchors/shanghai-2024-department-final-template.pdf, 公开06.
_BASIC_SHANGHAI_2024 = (
    "301", "30101", "30102", "30103", "30106", "30107", "30108", "30109", "30110", "30111", "30112", "30113",
    "30114", "30199",
    "303", "30301", "30302", "30303", "30304", "30305", "30306", "30307", "30308", "30309", "30310", "30311",
    "30399",
    "302", "30201", "30202", "30203", "30204", "30205", "30206", "30207", "30208", "30209", "30211", "30212",
    "30213", "30214", "30215", "30216", "30217", "30218", "30224", "30225", "30226", "30227", "30228", "30229",
    "30231", "30239", "30240", "30299",
    "310", "31001", "31002", "31003", "31007", "31013", "31019", "31021", "31022", "31099",
)
BASIC_TABLE_ROWS: dict[tuple[int, str], tuple[tuple[str, str], ...]] = {
    (2024, "上海"): tuple((c, {**ECONOMIC_CLASSES, **ECONOMIC_ITEMS}[c]) for c in _BASIC_SHANGHAI_2024),
}


# every 类 of the 政府收支分类科目 (a code whose 类 is not here is a typing error)
KNOWN_FUNCTION_CLASSES = frozenset(CLASS_NAMES)
KNOWN_ECONOMIC_CLASSES = frozenset(ECONOMIC_CLASSES)

# 决算 ÷ 预算 of a line, by side: spending's budget is executed (执行率), income's is completed (完成率, as
# the 预算收入完成率 indicator and 「完成预算的X%」 of the totals)
RATE_WORDS = {"spending": "执行率", "income": "完成率"}

DEFAULT_THRESHOLD_PCT = 10
DEFAULT_THRESHOLD_AMOUNT = 100000


def display_name(name: str) -> str:
    """An item as the published tables spell it: 因公出国（境）费 (full-width brackets)."""
    return name.replace("(境)", "（境）")
