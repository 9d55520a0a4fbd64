"""上海市碧汀区中心血站 (公益一类 事业单位 under the 区卫生健康委员会; 无偿献血招募, 血液采集、检测、制备和供应;
卫生健康支出 类 公共卫生 款: 采供血机构 (its 基本支出 and 血液检测设备更新), 其他公共卫生支出 (无偿献血宣传招募,
partly from 其他收入 and money carried in); 年初/年末结转和结余; 7 vehicles of which 6 采血车 outside the 三公; no
机关运行经费). The station writes 「我站」, amounts without separators (「1864.52万元」), rates to one place,
「比上年增加/减少…万元，增长/下降…%」, reasons after 「主要因为」 (as 昌吉州中心血站 words them), its 项 as
「（1）采供血机构（项）…」, the 三公 in 万元, its 内设机构 counted (as 怀化市中心血站)."""

from __future__ import annotations

import make
import shared
from unit_bt_common import NAMES, D, Slip, TableSlip, Tolerated, Unit, Z, budget_of, lines_of, pc1, split, turn

plain = shared.plain_q

FIGURES = {
    "id": "biting-xuezhan-2024",
    "name": "上海市碧汀区中心血站",
    "items": {
        "2100406": {"fb": "1864.52", "fp": "312.60", "budget": "2190.00"},
        "2100499": {"fp": "426.30", "qt": "46.80", "op": "58.60", "budget": "380.00"},
        "2080502": {"fb": "86.40", "budget": "85.00"},
        "2080505": {"fb": "162.30", "budget": "160.00"},
        "2080506": {"fb": "64.92", "budget": "64.00"},
        "2101102": {"fb": "52.16", "budget": "51.50"},
        "2210201": {"fb": "118.70", "budget": "116.00"},
    },
    "carry0": "24.50",
    "carry1": "12.70",
    "economic": {
        "30101": "486.20", "30102": "212.40", "30107": None, "30108": "162.30", "30109": "64.92", "30110": "52.16",
        "30112": "6.84", "30113": "118.70", "30199": "24.60", "30302": "86.40",
        "30201": "22.40", "30205": "6.80", "30206": "58.60", "30207": "12.30", "30209": "86.40", "30211": "2.64",
        "30213": "48.20", "30216": "4.20", "30217": "0.26", "30218": "212.46", "30226": "68.40", "30228": "14.62",
        "30229": "12.80", "30231": "3.86", "30239": "6.40", "30299": "12.30",
    },
    "sangong": {
        "出国": ("0.00", "0.00"),
        "购置": ("0.00", "0.00"),
        "运行": ("4.50", "3.86"),
        "接待": ("0.40", "0.26"),
    },
}
WE = "我站"
PREV = {"total": D("3062.84"), "income": D("3041.20"), "spend": D("3038.34"), "fin": D("2963.10")}
BUY = {"货物": D("486.30"), "工程": D("0.00"), "服务": D("268.42")}
SME = D("512.60")
WHY = {
    "2100406": "血液检测设备更新项目部分设备年底到货，尾款未支付",
    "2100499": "新建献血屋投入使用，献血宣传招募支出增加",
    "2080502": "退休人员增加",
    "2080505": "缴费基数调整", "2080506": "缴费基数调整", "2101102": "缴费基数调整", "2210201": "缴存基数调整",
}
USES = {
    "2100406": "在职人员工资福利、采血检测日常运行和血液检测设备更新",
    "2100499": "无偿献血宣传招募、献血者关爱和献血屋运维",
    "2080502": "事业单位退休人员退休费",
    "2080505": "基本养老保险缴费", "2080506": "职业年金缴费", "2101102": "职工基本医疗保险缴费",
    "2210201": "职工住房公积金",
}


def _vs(now: D, before: D) -> str:
    w, dd, r = turn(now, before)
    return f"比上年{w}{plain(dd)}万元，{r}{pc1(dd, before)}"


def _items(u) -> str:
    parts: list[str] = []
    for k, code in enumerate(sorted(u.items, key=lambda c: -(u.items[c]["fb"] + u.items[c]["fp"])), 1):
        it = u.items[code]
        spent, budget = it["fb"] + it["fp"], it["budget"]
        kind = "基本支出" if it["fp"] == Z else "项目支出" if it["fb"] == Z else "基本支出和项目支出"
        parts.append(
            f"（{k}）{NAMES[code]}（项）{plain(spent)}万元，为年初预算的{pc1(spent, budget)}，属{kind}，主要用于"
            f"{USES[code]}；决算数{'大于' if spent > budget else '小于'}年初预算，主要因为{WHY[code]}。")
    return "".join(parts)


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
    pers = "、".join(lines_of(u, make.PERSONNEL))
    pub = "、".join(lines_of(u, make.PUBLIC))
    return [
        f"第一部分 {n}概况",
        "一、主要职能",
        f"{n}是区卫生健康委员会所属公益一类事业单位，是本区唯一的采供血机构。我站的主要职责是：承担全区无偿献血的宣传、"
        "组织和献血者招募，血液的采集、检测、制备、储存和临床供应，对区内医疗机构临床用血进行业务指导，保障全区临床用血"
        "安全和应急用血需求。",
        "二、机构设置",
        f"{WE}内设办公室、财务科、质量管理科、体采科、检验科、成分科、供血科7个科室，另设固定献血屋3处、流动采血点4个。",
        f"第三部分 {n}2024年度部门决算情况说明",
        "一、收入支出决算总体情况说明",
        f"2024年度{WE}收入总计{plain(total)}万元，支出总计{plain(total)}万元，"
        f"{_vs(total, PREV['total'])}，主要因为血液检测"
        "设备更新和新建献血屋投入使用。",
        "二、收入决算情况说明",
        f"2024年度{WE}本年收入合计{plain(inc)}万元，其中：财政拨款收入{plain(fin)}万元，占{pc1(fin, inc)}；其他收入"
        f"{plain(qt)}万元，占{pc1(qt, inc)}，主要为社会捐赠的献血者关爱资金。另有年初结转和结余{plain(u.carry0)}万元。",
        "三、支出决算情况说明",
        f"2024年度{WE}本年支出合计{plain(spend)}万元，其中：基本支出{plain(basic)}万元，占{pc1(basic, spend)}；项目支出"
        f"{plain(project)}万元，占{pc1(project, spend)}。年末结转和结余{plain(u.carry1)}万元。",
        "四、财政拨款收入支出决算总体情况说明",
        f"2024年度{WE}财政拨款收入支出总计{plain(fin)}万元，{_vs(fin, PREV['fin'])}，主要因为血液检测设备更新项目实施，"
        "人员经费随缴费基数调整增加。",
        "五、一般公共预算财政拨款支出决算情况说明",
        "（一）一般公共预算财政拨款支出决算总体情况",
        f"2024年度{WE}一般公共预算财政拨款支出{plain(gp)}万元，占本年支出合计的{pc1(gp, spend)}，"
        f"{_vs(gp, PREV['fin'])}。",
        "（二）一般公共预算财政拨款支出决算结构情况",
        f"2024年度{WE}一般公共预算财政拨款支出{plain(gp)}万元，其中："
        + "，".join(f"{NAMES[c]}{plain(u.fin(c, 'gp'))}万元，占{pc1(u.fin(c, 'gp'), gp)}"
                   for c in sorted({c[:3] for c in u.items}, key=lambda c: -u.fin(c, "gp"))) + "。",
        "（三）一般公共预算财政拨款支出决算具体情况",
        f"2024年度{WE}一般公共预算财政拨款支出年初预算{plain(budget)}万元，决算{plain(gp)}万元，为年初预算的"
        f"{pc1(gp, budget)}。具体如下：{_items(u)}",
        "六、一般公共预算财政拨款基本支出决算情况说明",
        f"2024年度{WE}一般公共预算财政拨款基本支出{plain(u.s('fb'))}万元，其中：人员经费{plain(u.p_total)}万元，主要包括"
        f"{pers}；公用经费{plain(u.u_total)}万元，主要包括{pub}。",
        "七、财政拨款“三公”经费支出决算情况说明",
        f"2024年度{WE}“三公”经费财政拨款支出预算{plain(sb)}万元，决算{plain(sa)}万元，为预算的{pc1(sa, sb)}。其中："
        f"因公出国（境）费0万元；公务用车购置费0万元；公务用车运行维护费{plain(sg['运行'][1])}万元，为1辆行政用车的"
        f"燃料、维修和保险费用，采血车运行费用在专用材料费等科目中列支，不属于“三公”经费；公务接待费"
        f"{plain(sg['接待'][1])}万元，接待外省市血站业务交流1批次、8人次。",
        "八、政府性基金预算财政拨款收入支出决算情况说明",
        f"{WE}2024年度没有政府性基金预算财政拨款收入支出。",
        "九、国有资本经营预算财政拨款收入支出决算情况说明",
        f"{WE}2024年度没有国有资本经营预算财政拨款收入支出。",
        "十、预算绩效管理情况",
        f"2024年度{WE}对血液检测设备更新、无偿献血宣传招募2个项目开展了绩效自评，涉及财政资金{plain(u.s('fp'))}万元，"
        "自评等级均为“优”。",
        "十一、其他重要事项的情况说明",
        "（一）机关运行经费支出情况",
        f"{WE}为事业单位，无机关运行经费支出。",
        "（二）政府采购支出情况",
        f"2024年度{WE}政府采购支出总额{plain(buy)}万元，其中：货物{plain(BUY['货物'])}万元，服务{plain(BUY['服务'])}万元。"
        f"授予中小企业合同金额{plain(SME)}万元，占{pc1(SME, buy)}。",
        "（三）国有资产占有使用情况",
        f"截至2024年12月31日，{WE}共有车辆7辆，其中：采血车6辆、行政用车1辆；单价100万元（含）以上设备（不含车辆）"
        "3台（套），为全自动血液检测流水线、核酸检测系统和血液成分分离设备。",
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
_T, _INC, _SPEND = _U.total(), _U.income(), _U.spend()
_FIN = _U.fin_in()
_GP = _U.fin(fund="gp")
_GP_CH = _GP - PREV["fin"]
_GP_RATE, _GP_BAD = pc1(_GP_CH, PREV["fin"]), pc1(_GP_CH, _GP)
_OTH = _U.items["2100499"]
_SG = {k: tuple(D(x) for x in v) for k, v in FIGURES["sangong"].items()}
_SB = sum((v[0] for v in _SG.values()), Z)
_SA = sum((v[1] for v in _SG.values()), Z)
_SG_RATE, _SG_BAD = pc1(_SA, _SB), pc1(_SB, _SA)
_ECO = _U.tables()["公开06"]
_WAGE = next(r for r in _ECO["rows"] if r[0] == "30107")[2]
_WAGE_BAD = f"{D(_WAGE.replace(',', '')) + D('10.00'):,.2f}"

SLIPS: list = [
    Slip(
        f"收入总计{plain(_T)}万元，支出总计",
        f"收入总计{plain(_INC)}万元，支出总计",
        f"{plain(_INC)}万元", "text-table", f"{plain(_T)}万元",
        f"公开01表收入总计{plain(_T)}万元（本年收入合计{plain(_INC)}万元＋年初结转和结余{plain(_U.carry0)}万元），"
        "与同句支出总计相等；文中写成了本年收入合计",
        "一、收入支出决算总体情况说明", calc=f"{_INC} + {_U.carry0}",
        context=f"收入总计{plain(_INC)}万元，支出总计{plain(_T)}万元",
    ),
    Slip(
        f"财政拨款收入支出总计{plain(_FIN)}万元，{_vs(_FIN, PREV['fin'])}，主要因为",
        f"财政拨款收入支出总计{plain(_FIN)}万元，与上年基本持平，主要因为",
        "与上年基本持平", "flat", _vs(_FIN, PREV["fin"]),
        f"财政拨款收入支出总计{plain(_FIN)}万元，上年{plain(PREV['fin'])}万元，{_vs(_FIN, PREV['fin'])}；文中称与上年"
        "基本持平，且同句所列原因均为增支因素",
        "四、财政拨款收入支出决算总体情况说明",
    ),
    Slip(
        f"占本年支出合计的{pc1(_GP, _SPEND)}，{_vs(_GP, PREV['fin'])}。",
        f"占本年支出合计的{pc1(_GP, _SPEND)}，比上年增加{plain(_GP_CH)}万元，增长{_GP_BAD}。",
        _GP_BAD, "rate", _GP_RATE,
        f"增加额{plain(_GP_CH)}万元÷上年{plain(PREV['fin'])}万元＝{_GP_RATE}；文中{_GP_BAD}是除以本年"
        f"{plain(_GP)}万元得出的",
        "五、（一）一般公共预算财政拨款支出决算总体情况", calc=f"{_GP_CH} / {PREV['fin']} * 100",
    ),
    Slip(
        f"{NAMES['2100499']}（项）{plain(_OTH['fp'])}万元，为年初预算的{pc1(_OTH['fp'], _OTH['budget'])}，属项目支出",
        f"{NAMES['2100499']}（项）{plain(_OTH['fp'])}万元，为年初预算的{pc1(_OTH['fp'], _OTH['budget'])}，属基本支出",
        "属基本支出", "text-table", "属项目支出",
        f"公开03、05表其他公共卫生支出（项）{plain(_OTH['fp'])}万元全部列在项目支出栏，基本支出为0.00；文中称属基本支出",
        "五、（三）一般公共预算财政拨款支出决算具体情况",
        context=f"其他公共卫生支出（项）{plain(_OTH['fp'])}万元，"
        f"为年初预算的{pc1(_OTH['fp'], _OTH['budget'])}，属基本支出",
    ),
    Slip(
        f"决算{plain(_SA)}万元，为预算的{_SG_RATE}。",
        f"决算{plain(_SA)}万元，为预算的{_SG_BAD}。",
        _SG_BAD, "rate", _SG_RATE,
        f"“三公”经费决算{plain(_SA)}万元÷预算{plain(_SB)}万元＝{_SG_RATE}；文中{_SG_BAD}是预算除以决算，决算小于"
        "预算却写成超过100%",
        "七、财政拨款“三公”经费支出决算情况说明", calc=f"{_SA} / {_SB} * 100",
    ),
    Slip(
        "其中：采血车6辆、行政用车1辆",
        "其中：采血车5辆、行政用车1辆",
        "5", "sum", "6",
        "共有车辆7辆，行政用车1辆，采血车应为6辆；文中5辆＋1辆不等于7辆",
        "十一、（三）国有资产占有使用情况", calc="7 - 1",
        context="共有车辆7辆，其中：采血车5辆、行政用车1辆",
    ),
    TableSlip(
        "公开06", "30107", 2, _WAGE_BAD, "sum", _WAGE,
        f"公开06表绩效工资（30107）应为{_WAGE}万元；表中填{_WAGE_BAD}，工资福利支出及人员经费合计不等于各行之和，"
        "也与情况说明的人员经费不符",
        "公开06 一般公共预算财政拨款基本支出决算表", calc=f"{_WAGE.replace(',', '')}",
    ),
]
TOLERATED: list = [
    Tolerated("采血车运行费用", "采血车为业务专用车辆，其运行费用不在“三公”经费公务用车运行维护费中反映，公务用车运行"
                       "维护费只对应1辆行政用车，并非漏报"),
]
ERRORS, TABLE_ERRORS = split(SLIPS)
