"""上海市蓼浦区教育考试院 (本院: a 公益一类 事业单位 under 区教育局, one unit; 教育支出 类: 其他教育管理事务支出 for its
running and 其他教育支出 for the 考务 项目; 事业收入 (考务费) and 其他收入 (利息、考点场地补偿), spent beside the
财政拨款 with 结转结余 carried; 三公 of one 试卷押运 vehicle and 接待; no 机关运行经费).

The office's hand: amounts with separators (「1,246.80万元」), rates and shares to one place (「比上年增长6.2%」),
「本院」 throughout, 职能 as a run of 「负责…；」, 机构设置 as its 科 named with their work, the 收入 split into its
three sources in brackets, each 项 as 「教育支出（类）…（款）…（项）：年初预算…万元，支出…万元，主要用于…。」
with the reason after 「原因是」, the 三公 in 「1.」「2.」「3.」 lines, empty 公开08/09 said
「本院无…，故…表以空表列示」.
Habits drawn from real texts found with the search tool (pages): 重庆市九龙坡区教育考试院 2024年度单位决算情况说明
(职能职责 as one run, 机构设置 as 「1.综合科。负责…」), 广西壮族自治区招生考试院 2021年度单位决算 (「公益一类事业
单位」, 考试 named one by one), 遂宁市教育考试院 2022年度单位决算 (目录 and 情况说明 order)."""

from __future__ import annotations

from decimal import Decimal

from unit_lp_common import NAMES, D, Slip, TableSlip, Unit, Z, budget_of, move, sep_q, split, swap
from unit_lp_common import rate as _rate

CARRY0 = D("212.40")
ITEMS = {
    "2050199": {"fb": "486.32", "budget": "472.00", "qt": "28.64", "ob": "42.60"},
    "2059999": {"fp": "368.40", "budget": "390.00", "sy": "1246.80", "op": "1180.26"},
    "2080502": {"fb": "18.20", "budget": "18.20"},
    "2080505": {"fb": "52.46", "budget": "51.00"},
    "2080506": {"fb": "20.98", "budget": "20.40"},
    "2101102": {"fb": "17.36", "budget": "17.00"},
    "2210201": {"fb": "38.64", "budget": "37.80"},
}


def _carry1() -> Decimal:
    """年末结转和结余: what the 事业收入 and 其他收入 left after the non-财政拨款 spending."""
    a, b = ITEMS["2050199"], ITEMS["2059999"]
    return CARRY0 + D(a["qt"]) + D(b["sy"]) - D(a["ob"]) - D(b["op"])


FIGURES = {
    "id": "liaopu-kaoshi-2024",
    "name": "上海市蓼浦区教育考试院",
    "items": ITEMS,
    "carry0": str(CARRY0),
    "carry1": str(_carry1()),
    "economic": {
        "30101": "168.20", "30102": "96.40", "30103": "24.60", "30107": None, "30108": "52.46", "30109": "20.98",
        "30110": "17.36", "30112": "2.14", "30113": "38.64", "30302": "18.20",
        "30201": "9.64", "30202": "3.20", "30205": "1.96", "30206": "12.48", "30207": "4.36", "30209": "26.80",
        "30211": "1.24", "30213": "8.60", "30216": "1.40", "30217": "0.38", "30226": "6.80", "30228": "7.64",
        "30229": "4.20", "30231": "3.86", "30299": "1.08",
    },
    "sangong": {
        "出国": ("0.00", "0.00"),
        "购置": ("0.00", "0.00"),
        "运行": ("4.20", "3.86"),
        "接待": ("1.00", "0.38"),
    },
}
PREV = {"total": D("2296.54"), "sangong": D("4.58"), "gp": D("998.62")}  # 2023年度决算数
BUY = {"货物": D("36.40"), "工程": D("0.00"), "服务": D("412.86")}
SME = D("388.50")  # 授予中小企业合同金额
USES = {
    "2050199": "本院在职人员工资福利和日常运转",
    "2059999": "国家教育考试和社会考试的考务组织、考点标准化建设运维、试卷保密运送和考务人员培训",
    "2080502": "离退休人员退休费",
    "2080505": "机关事业单位基本养老保险缴费",
    "2080506": "机关事业单位职业年金缴费",
    "2101102": "职工基本医疗保险缴费",
    "2210201": "按规定为职工缴存的住房公积金",
}
WHY = {
    "2050199": "年中调整人员经费标准",
    "2059999": "标准化考点视频监控系统运维采购价格低于预算",
    "2080505": "缴费基数调整",
    "2080506": "缴费基数调整",
    "2101102": "缴费基数调整",
    "2210201": "缴存基数调整",
}


def pc(a, b) -> str:
    """「6.2%」: one place."""
    return f"{_rate(a, b, 1)}%"


def _item(u, code: str) -> str:
    it = u.items[code]
    spent, budget = it["fb"] + it["fp"], it["budget"]
    out = (f"{NAMES[code[:3]]}（类）{NAMES[code[:5]]}（款）{NAMES[code]}（项）：年初预算{sep_q(budget)}万元，支出"
           f"{sep_q(spent)}万元，主要用于{USES[code]}。")
    if spent == budget:
        return out + "支出与年初预算一致。"
    return out + f"支出{'高于' if spent > budget else '低于'}年初预算，原因是{WHY[code]}。"


def text(u) -> list[str]:
    n = u.name
    total, spend, income = u.total(), u.spend(), u.income()
    gp, fin = u.fin(fund="gp"), u.fin_in()
    basic, project = u.basic(), u.project()
    sy, qt = u.s("sy"), u.s("qt")
    budget = budget_of(u)
    sg = {k: (D(b), D(a)) for k, (b, a) in FIGURES["sangong"].items()}
    sb, sa = sum(b for b, _ in sg.values()), sum(a for _, a in sg.values())
    buy = sum(BUY.values(), Z)
    w, dd = move(total, PREV["total"])
    wg, ddg = move(gp, PREV["gp"])
    ws, dds = move(sa, PREV["sangong"])
    wc, ddc = move(u.carry1, u.carry0)
    r = {"增加": "增长", "减少": "下降"}
    return [
        f"第一部分 {n}概况",
        "一、主要职能",
        f"{n}是区教育局所属公益一类事业单位。本院主要职能是：贯彻执行国家和本市有关教育考试的法律法规和政策；负责"
        "全区普通高考、研究生入学考试、成人高考、高等教育自学考试、高中学业水平考试和中小学教师资格考试等的报名、"
        "考务组织和成绩服务工作；承担全国计算机等级考试、全国英语等级考试等社会考试的考务工作；负责标准化考点的"
        "建设、管理和考务人员培训；承办区教育局交办的其他事项。",
        "二、机构设置",
        "本院内设3个科室：1.综合科，负责文秘、财务、人事、后勤和标准化考点建设等工作；2.招生考试科，负责国家教育"
        "考试的报名、考务组织和成绩服务；3.社会考试科，负责各类社会考试的考务工作。本院为区教育局下属二级预算单位，"
        "无下属单位。",
        f"第三部分 {n}2024年度单位决算情况说明",
        "一、收入支出决算总体情况说明",
        f"2024年度本院收入总计{sep_q(total)}万元，支出总计{sep_q(total)}万元，比上年{w}{sep_q(dd)}万元，{r[w]}"
        f"{pc(dd, PREV['total'])}，主要原因是社会考试科目和考生人次增加，考务费收入和考务支出相应增加。",
        "二、收入决算情况说明",
        f"2024年度本年收入合计{sep_q(income)}万元（其中：财政拨款收入{sep_q(fin)}万元，占{pc(fin, income)}；事业收入"
        f"{sep_q(sy)}万元，占{pc(sy, income)}；其他收入{sep_q(qt)}万元，占{pc(qt, income)}），另有年初结转和结余"
        f"{sep_q(u.carry0)}万元。",
        "三、支出决算情况说明",
        f"2024年度本年支出合计{sep_q(spend)}万元（其中：基本支出{sep_q(basic)}万元，占{pc(basic, spend)}；项目支出"
        f"{sep_q(project)}万元，占{pc(project, spend)}）。年末结转和结余{sep_q(u.carry1)}万元，比年初{wc}"
        f"{sep_q(ddc)}万元，主要是考务费收入结转下年使用。",
        "四、财政拨款收入支出决算总体情况说明",
        f"2024年度本院财政拨款收入支出总计{sep_q(fin)}万元，全部为一般公共预算财政拨款，比上年{wg}{sep_q(ddg)}万元，"
        f"{r[wg]}{pc(ddg, PREV['gp'])}。",
        "五、一般公共预算财政拨款支出决算情况说明",
        "（一）一般公共预算财政拨款支出决算总体情况",
        f"2024年度本院一般公共预算财政拨款支出{sep_q(gp)}万元，占本年支出合计的{pc(gp, spend)}，比上年{wg}"
        f"{sep_q(ddg)}万元，{r[wg]}{pc(ddg, PREV['gp'])}，主要原因是年中调整人员经费标准。",
        "（二）一般公共预算财政拨款支出决算结构情况",
        "2024年度本院一般公共预算财政拨款支出中，" + "；".join(
            f"{NAMES[c]}{sep_q(u.fin(c, 'gp'))}万元，占{pc(u.fin(c, 'gp'), gp)}"
            for c in sorted({c[:3] for c in u.items}, key=lambda c: -u.fin(c, "gp"))) + "。",
        "（三）一般公共预算财政拨款支出决算具体情况",
        f"2024年度本院一般公共预算财政拨款支出年初预算{sep_q(budget)}万元，支出决算{sep_q(gp)}万元，完成年初预算的"
        f"{pc(gp, budget)}。其中：",
        *[_item(u, c) for c in sorted(u.items)],
        "六、一般公共预算财政拨款基本支出决算情况说明",
        f"2024年度本院一般公共预算财政拨款基本支出{sep_q(u.s('fb'))}万元，其中：人员经费{sep_q(u.p_total)}万元，"
        f"公用经费{sep_q(u.u_total)}万元。人员经费主要用于在职人员工资福利、社会保障缴费和离退休人员退休费；公用经费"
        "主要用于办公、水电、物业管理、维修（护）、工会和福利等日常运转支出。",
        "七、财政拨款“三公”经费支出决算情况说明",
        f"2024年度本院“三公”经费财政拨款支出{sep_q(sa)}万元，年初预算{sep_q(sb)}万元，完成年初预算的{pc(sa, sb)}，"
        f"比上年{ws}{sep_q(dds)}万元。具体如下：",
        "1.因公出国（境）费：0万元，本院未安排因公出国（境）团组。",
        f"2.公务用车购置及运行维护费：{sep_q(sg['运行'][1])}万元，其中公务用车购置费0万元，公务用车运行维护费"
        f"{sep_q(sg['运行'][1])}万元，主要用于1辆试卷保密运送车辆的燃料、维修和保险等支出。",
        f"3.公务接待费：{sep_q(sg['接待'][1])}万元，主要用于接待市教育考试院考务巡视检查，共2批次、14人次。",
        "八、政府性基金预算财政拨款收入支出决算情况说明",
        "本院2024年度无政府性基金预算财政拨款收入支出，故公开08表以空表列示。",
        "九、国有资本经营预算财政拨款收入支出决算情况说明",
        "本院2024年度无国有资本经营预算财政拨款收入支出，故公开09表以空表列示。",
        "十、预算绩效管理情况",
        f"2024年度本院对考务组织项目开展绩效目标管理和绩效运行监控，年末开展绩效自评，涉及财政拨款"
        f"{sep_q(u.s('fp'))}万元，自评得分93分，评价等级为“优”。",
        "十一、其他重要事项的情况说明",
        "（一）机关运行经费支出情况",
        "本院为公益一类事业单位，不涉及机关运行经费。",
        "（二）政府采购支出情况",
        f"2024年度本院政府采购支出总额{sep_q(buy)}万元，其中：政府采购货物支出{sep_q(BUY['货物'])}万元，政府采购服务"
        f"支出{sep_q(BUY['服务'])}万元。授予中小企业合同金额{sep_q(SME)}万元，占政府采购支出总额的{pc(SME, buy)}。",
        "（三）国有资产占有使用情况",
        "截至2024年12月31日，本院共有车辆1辆，为试卷保密运送车辆；无单价100万元（含）以上设备（不含车辆）。",
        "第四部分 名词解释",
        "一、财政拨款收入：指区级财政当年拨付的资金。",
        "二、事业收入：指本院开展考务活动依法取得的考务费收入。",
        "三、其他收入：指除上述收入以外的各项收入，主要是存款利息和考点场地使用补偿。",
        "四、年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。",
        "五、年末结转和结余：指本年度或以前年度预算安排、因客观条件变化无法按原计划实施，需延迟到以后年度按有关规定"
        "继续使用的资金。",
        "六、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。",
        "七、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
        "八、“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。",
    ]


_U = Unit(FIGURES)
_T = _U.tables()
_TOTAL, _INCOME, _SPEND = _U.total(), _U.income(), _U.spend()
_GP, _FIN = _U.fin(fund="gp"), _U.fin_in()
_SY, _QT = _U.s("sy"), _U.s("qt")
_QT_BAD = swap(sep_q(_QT), 3)  # 「28.64」 → 「28.46」
_DDC = _U.carry1 - _U.carry0
_DDC_BAD = swap(sep_q(_DDC), 0)  # 「52.58」 → 「25.58」
_RUN = D(FIGURES["sangong"]["运行"][1])
_RUN_BAD = swap(sep_q(_RUN), 2)  # 「3.86」 → 「3.68」
_EXAM_SY = _U.items["2059999"]["sy"]
_EXAM_SY_BAD = swap(f"{_EXAM_SY:,.2f}", 3)  # 「1,246.80」 → 「1,264.80」

SLIPS: list = [
    Slip(
        f"2024年度本院收入总计{sep_q(_TOTAL)}万元，支出总计",
        f"2024年度本院收入总计{sep_q(_INCOME)}万元，支出总计",
        f"{sep_q(_INCOME)}万元", "text-table", f"{sep_q(_TOTAL)}万元",
        f"公开01表收入总计为{sep_q(_TOTAL)}万元（本年收入合计{sep_q(_INCOME)}万元＋年初结转和结余"
        f"{sep_q(_U.carry0)}万元），与同句的支出总计相等；文中把本年收入合计当成了收入总计",
        "一、收入支出决算总体情况说明", context=f"本院收入总计{sep_q(_INCOME)}万元",
    ),
    Slip(
        f"其他收入{sep_q(_QT)}万元，占",
        f"其他收入{_QT_BAD}万元，占",
        f"{_QT_BAD}万元", "sum", f"{sep_q(_QT)}万元",
        f"本年收入合计{sep_q(_INCOME)}万元减财政拨款收入{sep_q(_FIN)}万元、事业收入{sep_q(_SY)}万元，其他收入应为"
        f"{sep_q(_QT)}万元（公开02表同）；文中两位数字颠倒，三项相加不等于合计",
        "二、收入决算情况说明", calc=f"{_INCOME} - {_FIN} - {_SY}", context=f"其他收入{_QT_BAD}万元",
    ),
    Slip(
        f"比年初增加{sep_q(_DDC)}万元，主要是考务费",
        f"比年初增加{_DDC_BAD}万元，主要是考务费",
        f"{_DDC_BAD}万元", "difference", f"{sep_q(_DDC)}万元",
        f"年末结转和结余{sep_q(_U.carry1)}万元比年初{sep_q(_U.carry0)}万元增加{sep_q(_DDC)}万元；文中两位数字颠倒",
        "三、支出决算情况说明", calc=f"{_U.carry1} - {_U.carry0}", context=f"比年初增加{_DDC_BAD}万元",
    ),
    Slip(
        f"支出{sep_q(_GP)}万元，占本年支出合计的{pc(_GP, _SPEND)}",
        f"支出{sep_q(_GP)}万元，占本年支出合计的{pc(_GP, _INCOME)}",
        pc(_GP, _INCOME), "share", pc(_GP, _SPEND),
        f"一般公共预算财政拨款支出占本年支出合计的比重应为{sep_q(_GP)}÷{sep_q(_SPEND)}＝{pc(_GP, _SPEND)}；文中"
        f"{pc(_GP, _INCOME)}是除以本年收入合计{sep_q(_INCOME)}万元得出的",
        "五、（一）一般公共预算财政拨款支出决算总体情况", calc=f"{_GP} / {_SPEND} * 100",
        context="占本年支出合计的",
    ),
    Slip(
        f"公务用车运行维护费{sep_q(_RUN)}万元，主要用于1辆",
        f"公务用车运行维护费{_RUN_BAD}万元，主要用于1辆",
        f"{_RUN_BAD}万元", "text-table", f"{sep_q(_RUN)}万元",
        f"公开07表公务用车运行维护费决算为{_RUN:,.2f}万元，同段开头的公务用车购置及运行维护费也是{sep_q(_RUN)}万元"
        "（购置费为0）；此处两位数字颠倒",
        "七、财政拨款“三公”经费支出决算情况说明", context=f"公务用车运行维护费{_RUN_BAD}万元",
    ),
    TableSlip(
        "公开02", "2059999", 5, _EXAM_SY_BAD, "sum", f"{_EXAM_SY:,.2f}",
        f"公开02表其他教育支出（项）的事业收入应为{_EXAM_SY:,.2f}万元（本行收入合计"
        f"{_U.income('2059999'):,.2f}减财政拨款收入{_U.fin_in('2059999'):,.2f}；全院事业收入合计也只有{_SY:,.2f}）；"
        f"表中写成{_EXAM_SY_BAD}，两位数字颠倒",
        "公开02 收入决算表",
        calc=f"{_U.income('2059999')} - {_U.fin_in('2059999')}", rows=("2059999 其他教育支出",),
    ),
    TableSlip(
        "公开03", "合计", 4, f"{_U.s('fp'):,.2f}", "sum", f"{_U.project():,.2f}",
        f"公开03表项目支出合计应为{_U.project():,.2f}万元（本年支出合计{_SPEND:,.2f}减基本支出"
        f"{_U.basic():,.2f}，含事业收入安排的考务支出）；合计行只填了财政拨款项目支出{_U.s('fp'):,.2f}",
        "公开03 支出决算表", calc=f"{_SPEND} - {_U.basic()}", rows=("合计",),
    ),
]
TOLERATED: list = []
ERRORS, TABLE_ERRORS = split(SLIPS)
