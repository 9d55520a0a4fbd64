"""上海市枣泾区医疗急救中心 (公益一类 事业单位 under the 区卫生健康委员会; 院前急救 over 14 急救分站, the 120
调度; 卫生健康支出 类 公共卫生 款: 应急救治机构 (its 基本支出), 突发公共卫生事件应急处理 (重大活动保障, added in
the year with no 年初预算) and 其他公共卫生支出 (急救站点建设和救护车更新, partly from 其他收入); a little 其他收入
and its own money carried in and out; 48 vehicles of which 46 救护车 outside the 三公; no 机关运行经费). The centre
writes 「本中心」, amounts without separators (「7548.63万元」), rates to two places, 「与上年相比增加/减少…万元，
增长/下降…%」, reasons after 「原因是」, the 项 in one paragraph with each 项's code after its name
(「应急救治机构（2100405）…」) and 「决算数为年初预算的…%」, the 三公 in 元 (「108,600.00元」), its 车辆 by kind,
as 上海 区医疗急救中心's 2019 决算 (分站 listed, 一室五科), 临湘市120医疗急救指挥中心's and 鄂州市急救中心's texts
word theirs."""

from __future__ import annotations

import make
import shared
from unit_zj_common import NAMES, D, Slip, TableSlip, Unit, Z, budget_of, pc, plain, split, swap, turn

FIGURES = {
    "id": "zaojing-jijiu-2024",
    "name": "上海市枣泾区医疗急救中心",
    "items": {
        "2100405": {"fb": "4862.37", "budget": "4800.00"},
        "2100410": {"fp": "386.50", "budget": "0.00"},
        "2100499": {"fp": "928.60", "qt": "18.20", "op": "19.80", "budget": "1000.00"},
        "2080502": {"fb": "63.20", "budget": "62.00"},
        "2080505": {"fb": "486.30", "budget": "480.00"},
        "2080506": {"fb": "194.52", "budget": "192.00"},
        "2101102": {"fb": "226.84", "budget": "225.00"},
        "2210201": {"fb": "372.10", "budget": "368.00"},
    },
    "carry0": "10.00",
    "carry1": "8.40",
    "economic": {
        "30101": "1586.40", "30102": None, "30107": "2126.50", "30108": "486.30", "30109": "194.52", "30110": "215.60",
        "30112": "11.24", "30113": "372.10", "30199": "86.40", "30302": "63.20",
        "30201": "36.40", "30205": "14.80", "30206": "96.50", "30207": "42.60", "30209": "128.40", "30211": "3.20",
        "30213": "186.40", "30216": "12.60", "30217": "0.32", "30218": "168.50", "30226": "86.40", "30228": "58.20",
        "30229": "42.80", "30231": "10.86", "30239": "16.40", "30299": "22.60", "31003": "48.00",
    },
    "sangong": {
        "出国": ("0.00", "0.00"),
        "购置": ("0.00", "0.00"),
        "运行": ("12.00", "10.86"),
        "接待": ("0.50", "0.32"),
    },
}
WE = "本中心"
PREV = {"total": D("6712.44"), "income": D("6695.30"), "spend": D("6702.44"), "fin": D("6680.12"),
        "运行": D("11.52"), "接待": D("0.28")}
BUY = {"货物": D("612.40"), "工程": D("86.30"), "服务": D("402.65")}
SME = D("934.18")
USES = {
    "2100405": "在编人员工资福利和院前急救日常运行",
    "2100410": "区内重大活动、大型赛事现场医疗保障和突发事件紧急医疗救援演练",
    "2100499": "新建急救站点运维、救护车更新和车载急救设备购置",
    "2080502": "事业单位离退休人员的退休费",
    "2080505": "机关事业单位基本养老保险缴费",
    "2080506": "机关事业单位职业年金缴费",
    "2101102": "事业单位职工基本医疗保险缴费",
    "2210201": "按规定为职工缴存的住房公积金",
}
WHY = {
    "2100405": "新增急救分站人员配置，工资福利支出增加",
    "2100499": "部分救护车采购合同年底签订，尾款结转下年支付",
    "2080502": "退休人员增加",
    "2080505": "缴费基数调整", "2080506": "缴费基数调整", "2101102": "缴费基数调整", "2210201": "缴存基数调整",
}


def _vs(now: D, before: D) -> str:
    w, dd, r = turn(now, before)
    return f"与上年相比{w}{plain(dd)}万元，{r}{pc(dd, before)}"


def _yuan(x: D) -> str:
    return shared.yuan(x) + "元"


def _items(u) -> str:
    parts: list[str] = []
    for code in sorted(u.items):
        it = u.items[code]
        spent, budget = it["fb"] + it["fp"], it["budget"]
        s = f"{NAMES[code]}（{code}）{plain(spent)}万元，"
        if budget == Z:
            s += f"年初未安排预算，系年中追加，主要用于{USES[code]}"
        else:
            s += f"年初预算{plain(budget)}万元，决算数为年初预算的{pc(spent, budget)}，"
            s += "预决算持平" if spent == budget else f"原因是{WHY[code]}"
            s += f"，主要用于{USES[code]}"
        parts.append(s)
    return "；".join(parts) + "。"


def text(u) -> list[str]:
    n = u.name
    total, inc, spend = u.total(), u.income(), u.spend()
    fin, qt = u.fin_in(), u.s("qt")
    gp = u.fin(fund="gp")
    basic, project = u.basic(), u.project()
    budget = budget_of(u)
    sg = {k: tuple(D(x) for x in v) for k, v in FIGURES["sangong"].items()}
    sb = sum((v[0] for v in sg.values()), Z)
    sa = sum((v[1] for v in sg.values()), Z)
    buy = sum(BUY.values(), Z)
    pers = "、".join(shared.lines_of(u, make.PERSONNEL))
    pub = "、".join(shared.lines_of(u, make.PUBLIC))
    return [
        f"第一部分 {n}概况",
        "一、主要职能",
        f"{n}是区卫生健康委员会所属公益一类事业单位，主要承担全区院前医疗急救、120呼救受理和调度指挥，区域内突发公共事件"
        "现场紧急医疗救援，政府重要会议、大型赛事和重大活动的医疗急救保障，以及急救知识普及培训等工作。",
        "二、机构设置",
        f"{WE}设办公室、财务科、急救科、质控科、装备科、通讯调度科一室五科；下设医疗急救分站14个，分布于区中心医院、"
        "枣泾新城及各街镇，另在区中心医院设120洗消点1处。",
        f"第三部分 {n}2024年度部门决算情况说明",
        "一、收入支出决算总体情况说明",
        f"2024年度{WE}收入总计{plain(total)}万元，支出总计{plain(total)}万元，{_vs(total, PREV['total'])}。"
        "原因是新建急救分站投入运行，人员经费和站点运维支出增加。",
        "二、收入决算情况说明",
        f"2024年度{WE}本年收入合计{plain(inc)}万元，{_vs(inc, PREV['income'])}。其中：财政拨款收入{plain(fin)}万元，占"
        f"{pc(fin, inc)}；其他收入{plain(qt)}万元，占{pc(qt, inc)}，为报废救护车残值收入和保险理赔款。",
        "三、支出决算情况说明",
        f"2024年度{WE}本年支出合计{plain(spend)}万元，{_vs(spend, PREV['spend'])}。其中：基本支出{plain(basic)}万元，"
        f"占{pc(basic, spend)}；项目支出{plain(project)}万元，占{pc(project, spend)}。",
        "四、财政拨款收入支出决算总体情况说明",
        f"2024年度{WE}财政拨款收入支出总计{plain(fin)}万元，{_vs(fin, PREV['fin'])}。原因是新建急救分站人员经费增加，"
        "以及年中追加重大活动医疗保障经费。",
        "五、一般公共预算财政拨款支出决算情况说明",
        "（一）一般公共预算财政拨款支出决算总体情况",
        f"2024年度{WE}一般公共预算财政拨款支出{plain(gp)}万元，占本年支出合计的{pc(gp, spend)}，"
        f"{_vs(gp, PREV['fin'])}。",
        "（二）一般公共预算财政拨款支出决算结构情况",
        f"2024年度{WE}一般公共预算财政拨款支出{plain(gp)}万元，按支出功能分类："
        + "；".join(f"{NAMES[c]}（类）{plain(u.fin(c, 'gp'))}万元，占{pc(u.fin(c, 'gp'), gp)}"
                   for c in sorted({c[:3] for c in u.items}, key=lambda c: -u.fin(c, "gp"))) + "。",
        "（三）一般公共预算财政拨款支出决算具体情况",
        f"2024年度{WE}一般公共预算财政拨款支出年初预算{plain(budget)}万元，决算{plain(gp)}万元，决算数为年初预算的"
        f"{pc(gp, budget)}。分项情况：{_items(u)}",
        "六、一般公共预算财政拨款基本支出决算情况说明",
        f"2024年度{WE}一般公共预算财政拨款基本支出{plain(u.s('fb'))}万元，其中：人员经费{plain(u.p_total)}万元，主要"
        f"包括{pers}；公用经费{plain(u.u_total)}万元，主要包括{pub}。",
        "七、财政拨款“三公”经费支出决算情况说明",
        f"2024年度{WE}“三公”经费财政拨款支出预算{_yuan(sb)}，决算{_yuan(sa)}，完成预算的{pc(sa, sb)}。其中：因公出国"
        f"（境）费0.00元；公务用车购置费0.00元；公务用车运行维护费{_yuan(sg['运行'][1])}，用于2辆应急保障用车的燃料、"
        f"维修和保险，救护车运行费用不在“三公”经费中反映；公务接待费{_yuan(sg['接待'][1])}，共接待外省市急救中心"
        "来访3批次、19人次。",
        "八、政府性基金预算财政拨款收入支出决算情况说明",
        f"{WE}2024年度无政府性基金预算财政拨款收入支出，故公开08表无数据。",
        "九、国有资本经营预算财政拨款收入支出决算情况说明",
        f"{WE}2024年度无国有资本经营预算财政拨款收入支出，故公开09表无数据。",
        "十、预算绩效管理情况",
        f"2024年度{WE}对急救站点建设及运维、重大活动医疗保障2个项目开展绩效目标管理和绩效运行监控，涉及资金"
        f"{plain(u.s('fp'))}万元；开展绩效自评2个，平均得分93.50分。",
        "十一、其他重要事项的情况说明",
        "（一）机关运行经费支出情况",
        f"{WE}为公益一类事业单位，不涉及机关运行经费。",
        "（二）政府采购支出情况",
        f"2024年度{WE}政府采购支出总额{plain(buy)}万元，其中：政府采购货物支出{plain(BUY['货物'])}万元（主要为救护车"
        f"及车载设备），政府采购工程支出{plain(BUY['工程'])}万元，政府采购服务支出{plain(BUY['服务'])}万元。授予中小"
        f"企业合同金额{plain(SME)}万元，占政府采购支出总额的{pc(SME, buy)}。",
        "（三）国有资产占有使用情况",
        f"截至2024年12月31日，{WE}共有车辆48辆，其中：救护车46辆、应急保障用车2辆；单价100万元（含）以上设备"
        "（不含车辆）2台（套），为120调度指挥系统和负压救护车车载设备。",
        "第四部分 名词解释",
        "一、财政拨款收入：指本年度从本级财政部门取得的财政拨款。",
        "二、其他收入：指除财政拨款收入以外的各项收入。",
        "三、年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。",
        "四、年末结转和结余：指本年度或以前年度预算安排、因客观条件发生变化无法按原计划实施，需延迟到以后年度按有关"
        "规定继续使用的资金。",
        "五、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。",
        "六、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
        "七、“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。",
    ]


_U = Unit(FIGURES)
_U.tables()
_T, _SPEND = _U.total(), _U.spend()
_OUT = _SPEND + _U.carry1
_PROJ, _PROJ_FIN = _U.project(), _U.s("fp")
_GP = _U.fin(fund="gp")
_HOUSE = _U.fin("221", "gp")
_HOUSE_RATE = pc(_HOUSE, _GP)
_HOUSE_BAD = swap(_HOUSE_RATE, 2)
_RET = _U.items["2080502"]
_EMER = _U.items["2100410"]
_RUN = D(FIGURES["sangong"]["运行"][1])
_RUN_BAD = f"{shared.sep_q(_RUN * 10000)}万元"
_EMS = _U.items["2100405"]
_EMS_BAD = _EMS["fb"] - D("100.00")

SLIPS: list = [
    Slip(
        f"支出总计{plain(_T)}万元，与上年相比",
        f"支出总计{plain(_SPEND)}万元，与上年相比",
        f"{plain(_SPEND)}万元", "text-table", f"{plain(_T)}万元",
        f"公开01表支出总计{plain(_OUT)}万元（本年支出合计{plain(_SPEND)}万元＋年末结转和结余{plain(_U.carry1)}万元），"
        f"与收入总计相等；文中写成本年支出合计",
        "一、收入支出决算总体情况说明", calc=f"{_SPEND} + {_U.carry1}",
        context=f"支出总计{plain(_SPEND)}万元，与上年相比",
    ),
    Slip(
        f"项目支出{plain(_PROJ)}万元，",
        f"项目支出{plain(_PROJ_FIN)}万元，",
        f"{plain(_PROJ_FIN)}万元", "text-table", f"{plain(_PROJ)}万元",
        f"公开03表项目支出{plain(_PROJ)}万元（含用其他收入和年初结转安排的{plain(_U.s('op'))}万元）；文中"
        f"{plain(_PROJ_FIN)}万元只是财政拨款部分，与基本支出相加不等于本年支出合计{plain(_SPEND)}万元（同句占比仍按"
        f"{plain(_PROJ)}万元算得）",
        "三、支出决算情况说明", calc=f"{_PROJ_FIN} + {_U.s('op')}",
        context=f"项目支出{plain(_PROJ_FIN)}万元，占",
    ),
    Slip(
        f"住房保障支出（类）{plain(_HOUSE)}万元，占{_HOUSE_RATE}",
        f"住房保障支出（类）{plain(_HOUSE)}万元，占{_HOUSE_BAD}",
        _HOUSE_BAD, "share", _HOUSE_RATE,
        f"住房保障支出（类）{plain(_HOUSE)}万元÷一般公共预算财政拨款支出{plain(_GP)}万元＝{_HOUSE_RATE}；文中前两位数字"
        "颠倒，各类占比相加超过100%",
        "五、（二）一般公共预算财政拨款支出决算结构情况", calc=f"{_HOUSE} / {_GP} * 100",
        context=f"住房保障支出（类）{plain(_HOUSE)}万元，占{_HOUSE_BAD}",
    ),
    Slip(
        f"事业单位离退休（2080502）{plain(_RET['fb'])}万元，年初预算{plain(_RET['budget'])}万元，决算数为年初预算的"
        f"{pc(_RET['fb'], _RET['budget'])}，原因是{WHY['2080502']}",
        f"事业单位离退休（2080502）{plain(_RET['fb'])}万元，年初预算{plain(_RET['budget'])}万元，决算数为年初预算的"
        f"{pc(_RET['fb'], _RET['budget'])}，预决算持平",
        "预决算持平", "flat", "决算数大于年初预算数",
        f"事业单位离退休（项）决算{plain(_RET['fb'])}万元，年初预算{plain(_RET['budget'])}万元，多"
        f"{plain(_RET['fb'] - _RET['budget'])}万元（同句{pc(_RET['fb'], _RET['budget'])}）；文中却称预决算持平",
        "五、（三）一般公共预算财政拨款支出决算具体情况",
        context=f"决算数为年初预算的{pc(_RET['fb'], _RET['budget'])}，预决算持平",
    ),
    Slip(
        f"突发公共卫生事件应急处理（2100410）{plain(_EMER['fp'])}万元，",
        f"突发公共卫生事件应急处理（2100409）{plain(_EMER['fp'])}万元，",
        "2100409", "name", "2100410",
        "突发公共卫生事件应急处理（项）的科目编码是2100410（公开02、03、05表同）；2100409是重大公共卫生服务（项），"
        "文中项名与编码不符",
        "五、（三）一般公共预算财政拨款支出决算具体情况", context="突发公共卫生事件应急处理（2100409）",
    ),
    Slip(
        f"公务用车运行维护费{_yuan(_RUN)}，",
        f"公务用车运行维护费{_RUN_BAD}，",
        _RUN_BAD, "unit", f"{shared.sep_q(_RUN * 10000)}元",
        f"公开07表公务用车运行维护费{plain(_RUN)}万元，即{shared.sep_q(_RUN * 10000)}元；本段其余金额均以元为单位，此处"
        "单位写成了万元",
        "七、财政拨款“三公”经费支出决算情况说明", calc=f"{_RUN} * 10000",
    ),
    TableSlip(
        "公开03", "2100405", 3, f"{_EMS_BAD:,.2f}", "sum", f"{_EMS['fb']:,.2f}",
        f"公开03表应急救治机构（项）支出合计{_EMS['fb']:,.2f}万元，全部为基本支出（项目支出0.00）；基本支出栏填"
        f"{_EMS_BAD:,.2f}，该行基本支出与项目支出之和不等于合计，也与公开05表不符",
        "公开03 支出决算表", calc=f"{_U.spend('2100405')} - {_U.project('2100405')}",
    ),
]
TOLERATED: list = []
ERRORS, TABLE_ERRORS = split(SLIPS)
