"""上海市石埭区精神卫生中心 (「本院」): a 公益二类 事业单位 of the 区卫生健康委, a psychiatric hospital; 卫生健康支出 类
公立医院 款 (21002) 精神病医院 项 (财政 基本 and 项目, most of it paid from 事业收入 — 医疗收入 — and 其他收入),
重大公共卫生服务 (严重精神障碍患者管理) as a 项目, 年初/年末结转和结余 of its own money, 政府采购 of equipment with
中小企业, three vehicles of which one a 公务用车, no 机关运行经费. The office writes `12345.67万元`,
「比上年上升/下降」, rates and shares to one decimal (``unit_sd_common`` lists its habits). Errors put in
(``SLIPS``)."""

from decimal import Decimal

import make
from unit_sd_common import (
    Slip,
    TableSlip,
    Tolerated,
    Z,
    budget_of,
    comma,
    errors_of,
    glossary,
    lines_of,
    plain,
    rate1,
    sangong,
    subject,
    table_errors_of,
)

NAME = "上海市石埭区精神卫生中心"
_SY, _QT, _OP = Decimal("10312.58"), Decimal("286.40"), Decimal("412.30")
_C0, _C1 = Decimal("1526.40"), Decimal("1348.27")
_OB = _SY + _QT + _C0 - _OP - _C1  # what the hospital's own money paid for its 基本支出

FIGURES = {
    "id": "shidai-jingwei-2024",
    "name": NAME,
    "items": {
        "2100205": {"fb": "1245.60", "fp": "386.40", "sy": str(_SY), "qt": str(_QT), "ob": str(_OB), "op": str(_OP),
                    "budget": "1680.00"},
        "2100409": {"fp": "138.50", "budget": "150.00"},
        "2080505": {"fb": "402.36", "budget": "405.00"},
        "2080506": {"fb": "201.18", "budget": "202.00"},
        "2101102": {"fb": "168.20", "budget": "170.00"},
        "2210201": {"fb": "286.50", "budget": "286.50"},
    },
    "carry0": str(_C0),
    "carry1": str(_C1),
    "economic": {
        "30101": "286.40",
        "30102": "124.60",
        "30107": None,
        "30108": "402.36",
        "30109": "201.18",
        "30110": "168.20",
        "30113": "286.50",
        "30199": "38.20",
        "30201": "12.40",
        "30206": "48.60",
        "30209": "65.30",
        "30213": "22.80",
        "30217": "0.42",
        "30228": "18.60",
        "30229": "9.20",
        "30231": "3.86",
        "30299": "6.52",
    },
    "sangong": {
        "出国": ("0.00", "0.00"),
        "购置": ("0.00", "0.00"),
        "运行": ("4.50", "3.86"),
        "接待": ("0.60", "0.42"),
    },
}
PREV = {  # 2023年度决算
    "total": Decimal("14286.35"),
    "fin": Decimal("2706.18"),
    "三公": Decimal("4.02"),
}
CLINIC = Decimal("4128.36")  # 门诊收入; 住院收入 is the rest of the 事业收入
BUY = (Decimal("612.80"), Decimal("145.60"), Decimal("238.40"))  # 货物, 工程, 服务
SME = (Decimal("520.00"), Decimal("496.35"))  # 预留, 中标
PERF = (4, Decimal("574.00"), "92.4", 3, 1)  # 项目数, 预算金额, 平均得分, 优, 良
FOR = {
    "2100205": "在职人员经费补助、精神科重点专科建设和诊疗设备购置",
    "2100409": "全区严重精神障碍患者随访管理、社区康复和应急处置",
    "2080505": "在职人员机关事业单位基本养老保险单位缴费",
    "2080506": "在职人员职业年金单位缴费",
    "2101102": "在职人员基本医疗保险单位缴费",
    "2210201": "按规定为在职职工缴存的住房公积金",
}
WHY = {
    "2100205": "经颅磁刺激治疗仪等设备经政府采购，中标价低于预算",
    "2100409": "社区康复机构服务费按实际服务人数结算",
    "2080505": "年中退休2人，缴费人数减少",
    "2080506": "年中退休2人，缴费人数减少",
    "2101102": "年中退休2人，缴费人数减少",
}


def m(x: Decimal) -> str:
    return f"{plain(x)}万元"


def pc(a: Decimal, b: Decimal) -> str:
    return f"{rate1(a, b)}%"


def change(new: Decimal, old: Decimal) -> str:
    """「比上年上升X万元，上升Y%」."""
    word = "上升" if new > old else "下降"
    return f"比上年{word}{m(abs(new - old))}，{word}{pc(abs(new - old), old)}"


def item(j: int, code: str, it: dict) -> str:
    spent, budget = it["fb"] + it["fp"], it["budget"]
    out = (f"（{j}）{subject(code)}。主要用于：{FOR[code]}。年初预算为{m(budget)}，支出决算为{m(spent)}，完成年初预算的"
           f"{pc(spent, budget)}。")
    if spent == budget:
        return out + "决算数与预算数持平。"
    return out + f"决算数{'大于' if spent > budget else '小于'}预算数的主要原因：{WHY[code]}。"


def facts(u: make.Unit) -> dict:
    sg = sangong(FIGURES)
    return {"sg": sg, "sb": sum((b for b, _ in sg.values()), Z), "sa": sum((a for _, a in sg.values()), Z)}


def text(u: make.Unit) -> list[str]:
    f = facts(u)
    total, inc, spend, fin = u.total(), u.income(), u.spend(), u.fin_in()
    basic, project, sy, qt = u.basic(), u.project(), u.s("sy"), u.s("qt")
    sg, sb, sa = f["sg"], f["sb"], f["sa"]
    run, host = sg["运行"][1], sg["接待"][1]
    classes = sorted({c[:3] for c in u.items})
    goods, works, service = BUY
    return [
        f"第一部分 {NAME}概况",
        "一、主要职能",
        f"{NAME}（上海市石埭区心理咨询中心）是区卫生健康委员会所属公益二类事业单位，为二级精神专科医院，核定床位320张。"
        "主要职能：承担全区精神疾病的诊断、治疗和康复；承担全区严重精神障碍患者的登记报告、随访管理和社区康复技术指导；"
        "开展心理健康教育、心理咨询和心理危机干预；承担精神卫生专业人员培训和科研教学工作。",
        "二、机构设置",
        "本院内设医务科、护理部、财务科、信息科等职能科室8个，临床、医技科室14个，核定编制286名。本院无下属单位，纳入"
        "2024年度部门决算编制范围的单位为本院本级。2024年，本院完成门急诊12.6万人次，出院2846人次。",
        f"第三部分 {NAME}2024年度部门决算情况说明",
        "一、收入支出决算总体情况说明",
        f"{NAME}2024年度收入支出总计{m(total)}，{change(total, PREV['total'])}。主要原因是门诊、住院服务量增加，医疗"
        "收入相应上升。",
        "二、收入决算情况说明",
        f"本年收入合计{m(inc)}，其中：财政拨款收入{m(fin)}，占{pc(fin, inc)}；事业收入{m(sy)}，占{pc(sy, inc)}"
        f"（均为医疗收入，其中门诊收入{m(CLINIC)}、住院收入{m(sy - CLINIC)}）；其他收入{m(qt)}，占{pc(qt, inc)}，主要为"
        f"科研课题经费和进修培训收入。此外，使用年初结转和结余{m(u.carry0)}。",
        "三、支出决算情况说明",
        f"本年支出合计{m(spend)}，其中：基本支出{m(basic)}，占{pc(basic, spend)}；项目支出{m(project)}，占"
        f"{pc(project, spend)}。年末结转和结余{m(u.carry1)}，主要为医疗收入安排的设备购置尚未完成支付的资金。",
        "四、财政拨款收入支出决算总体情况说明",
        f"{NAME}2024年度财政拨款收入支出总计{m(fin)}，{change(fin, PREV['fin'])}。主要原因是严重精神障碍患者社区管理"
        "经费和诊疗设备购置经费增加。",
        "五、一般公共预算财政拨款支出决算情况说明",
        "（一）一般公共预算财政拨款支出决算总体情况",
        f"一般公共预算财政拨款支出{m(fin)}，占本年支出合计的{pc(fin, spend)}，{change(fin, PREV['fin'])}。主要原因"
        "同上。",
        "（二）一般公共预算财政拨款支出决算结构情况",
        f"一般公共预算财政拨款支出{m(fin)}，主要用于以下方面："
        + "；".join(f"{make.NAMES[c]}（类）{m(u.fin(c, 'gp'))}，占{pc(u.fin(c, 'gp'), fin)}" for c in classes) + "。",
        "（三）一般公共预算财政拨款支出决算具体情况",
        f"一般公共预算财政拨款支出年初预算为{m(budget_of(u))}，支出决算为{m(fin)}，完成年初预算的"
        f"{pc(fin, budget_of(u))}。"
        "决算数小于预算数的主要原因：设备采购节约资金，人员减少。其中：",
        *(item(j, c, u.items[c]) for j, c in enumerate(sorted(u.items), start=1)),
        "六、一般公共预算财政拨款基本支出决算情况说明",
        f"一般公共预算财政拨款基本支出{m(u.s('fb'))}。其中：人员经费{m(u.p_total)}，主要包括："
        f"{'、'.join(lines_of(u, make.PERSONNEL))}；公用经费{m(u.u_total)}，主要包括："
        f"{'、'.join(lines_of(u, make.PUBLIC))}。",
        "七、财政拨款“三公”经费支出决算情况说明",
        f"2024年度“三公”经费财政拨款支出年初预算为{m(sb)}，支出决算为{m(sa)}，完成预算的{pc(sa, sb)}，其中：因公出国"
        f"（境）费0万元；公务用车购置及运行维护费{m(run)}，完成预算的{pc(run, sg['运行'][0])}；公务接待费{m(host)}，"
        f"完成预算的{pc(host, sg['接待'][0])}。决算数小于预算数的主要原因：严格执行中央八项规定精神，压减公务用车使用"
        f"和公务接待。“三公”经费支出决算{change(sa, PREV['三公'])}，主要原因是公务用车车龄较长，维修费上升。",
        "具体情况如下：",
        "1、因公出国（境）费支出0万元。本院2024年度未安排因公出国（境）团组。",
        f"2、公务用车购置及运行维护费支出{m(run)}。其中：公务用车购置支出0万元，本年未购置公务用车；公务用车运行维护"
        f"支出{m(run)}，主要用于医疗业务、患者随访用车的燃料费、维修费、保险费等。2024年末，本院开支财政拨款的公务用车"
        "保有量为1辆。",
        f"3、公务接待费支出{m(host)}。其中：国内公务接待支出{m(host)}（含外宾接待支出0万元），主要用于接待兄弟区精神卫生"
        "机构来院交流学习，共接待3批次、22人次，其中：接待外宾0批次、0人次。",
        "八、政府性基金预算财政拨款收入支出决算情况说明",
        "本院2024年度无政府性基金预算财政拨款收入和支出，《政府性基金预算财政拨款收入支出决算表》为空表。",
        "九、国有资本经营预算财政拨款收入支出决算情况说明",
        "本院2024年度无国有资本经营预算财政拨款收入和支出，《国有资本经营预算财政拨款收入支出决算表》为空表。",
        "十、预算绩效管理情况",
        f"2024年度本院对{PERF[0]}个项目开展绩效自评，涉及预算金额{m(PERF[1])}，平均得分{PERF[2]}分，其中绩效评级为“优”"
        f"的项目{PERF[3]}个、“良”的项目{PERF[4]}个。",
        "十一、其他重要事项的情况说明",
        "（一）机关运行经费支出情况",
        f"{NAME}为公益二类事业单位，2024年度无机关运行经费支出。",
        "（二）政府采购支出情况",
        f"2024年度本院政府采购金额（以合同签订为准）为{m(goods + works + service)}，其中：货物采购金额{m(goods)}、工程"
        f"采购金额{m(works)}、服务采购金额{m(service)}。货物采购主要为经颅磁刺激治疗仪、多导睡眠监测系统等诊疗设备，"
        "工程采购为老年精神科病房适老化改造。",
        f"2024年度本院面向中小企业预留政府采购项目预算金额{m(SME[0])}，面向小微企业预留政府采购项目预算金额0万元。在面向"
        f"中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额{m(SME[1])}。",
        "（三）国有资产占有使用情况说明",
        "截至2024年12月31日，本院共有车辆3辆，其中：特种专业技术用车2辆（精神科急救转运车）、其他用车1辆。单价100万元"
        "（含）以上设备（不含车辆）3台（套）。",
        *glossary("主要是：医疗收入（门诊收入、住院收入）等。", "主要是：科研课题经费、进修培训收入等。"),
    ]


Unit = make.Unit  # the imported make's (its NAMES hold this district's codes), not make.py's __main__
U = Unit(FIGURES)
U.tables()
_F = facts(U)
_INC, _SPEND, _FIN = U.income(), U.spend(), U.fin_in()
_BASIC, _PROJ, _SYA = U.basic(), U.project(), U.s("sy")
_HOSP = U.items["2100205"]
_PUB = U.items["2100409"]
_MED = U.items["2101102"]
_WARD = _SYA - CLINIC
_WRONG_WARD = Decimal("6148.22")  # 住院收入 with two digits swapped
_HOST = _F["sg"]["接待"][1]
SLIPS: list = [
    TableSlip("公开03", "2100205", 3, comma(_HOSP["fb"]), "公开03 支出决算表", "sum", comma(_HOSP["fb"] + _HOSP["ob"]),
              f"精神病医院（2100205）基本支出应为财政拨款基本支出{comma(_HOSP['fb'])}＋医疗收入等安排的基本支出"
              f"{comma(_HOSP['ob'])}＝{comma(_HOSP['fb'] + _HOSP['ob'])}（本行合计{comma(U.spend('2100205'))}减项目支出"
              f"{comma(U.project('2100205'))}）；表中{comma(_HOSP['fb'])}是公开05表的财政拨款基本支出，本行基本＋项目≠合计",
              calc=f"{U.spend('2100205')} - {U.project('2100205')}", rows=("2100205",)),
    Slip(f"住院收入{m(_WARD)}", f"住院收入{m(_WRONG_WARD)}", "二、收入决算情况说明", m(_WRONG_WARD), "sum", m(_WARD),
         f"事业收入{plain(_SYA)}万元均为医疗收入，门诊收入{plain(CLINIC)}万元，住院收入应为{plain(_SYA)}－"
         f"{plain(CLINIC)}＝{m(_WARD)}；所写{plain(_WRONG_WARD)}万元两位数字颠倒，门诊＋住院≠事业收入",
         calc=f"{_SYA} - {CLINIC}", context="住院收入"),
    Slip(f"项目支出{m(_PROJ)}，占", f"项目支出{m(U.s('fp'))}，占", "三、支出决算情况说明", m(U.s("fp")), "text-table",
         m(_PROJ),
         f"项目支出应为本年支出合计{plain(_SPEND)}万元减基本支出{plain(_BASIC)}万元＝{m(_PROJ)}（公开03表项目支出合计，"
         f"含医疗收入安排的{plain(_OP)}万元）；所写{plain(U.s('fp'))}万元只是财政拨款的项目支出（公开05表）",
         calc=f"{_SPEND} - {_BASIC}", context="本年支出合计"),
    Slip(f"支出决算为{m(_PUB['fp'])}，完成年初预算的{pc(_PUB['fp'], _PUB['budget'])}",
         f"支出决算为{m(_PUB['fp'])}，完成年初预算的{pc(_PUB['budget'], _PUB['fp'])}",
         "五、（三）一般公共预算财政拨款支出决算具体情况", pc(_PUB["budget"], _PUB["fp"]), "completion",
         pc(_PUB["fp"], _PUB["budget"]),
         f"重大公共卫生服务（项）完成年初预算的比率为决算{plain(_PUB['fp'])}÷年初预算{plain(_PUB['budget'])}＝"
         f"{pc(_PUB['fp'], _PUB['budget'])}（同句说决算数小于预算数）；所写{pc(_PUB['budget'], _PUB['fp'])}是预算"
         "除以决算",
         calc=f"{_PUB['fp']} / {_PUB['budget']} * 100", context="重大公共卫生服务"),
    Slip(f"支出决算为{m(_MED['fb'])}，完成年初预算的{pc(_MED['fb'], _MED['budget'])}。决算数小于预算数的主要原因："
         f"{WHY['2101102']}。",
         f"支出决算为{m(_MED['fb'])}，完成年初预算的{pc(_MED['fb'], _MED['budget'])}。决算数与预算数持平。",
         "五、（三）一般公共预算财政拨款支出决算具体情况", "持平", "flat", "小于",
         f"事业单位医疗（项）支出决算{plain(_MED['fb'])}万元小于年初预算{plain(_MED['budget'])}万元（完成"
         f"{pc(_MED['fb'], _MED['budget'])}），不是持平；应写“决算数小于预算数”并说明原因", context="事业单位医疗"),
    Slip(f"3、公务接待费支出{m(_HOST)}。", f"3、公务接待费支出{_HOST * 10000:.0f}万元。",
         "七、财政拨款“三公”经费支出决算情况说明", f"{_HOST * 10000:.0f}万元", "unit", m(_HOST),
         f"公务接待费支出决算为{m(_HOST)}（公开07表；同段“三公”经费{plain(_F['sa'])}万元减公务用车运行维护费"
         f"{plain(_F['sg']['运行'][1])}万元），所写{_HOST * 10000:.0f}是以元为单位的数却标了万元",
         context="3、公务接待费支出"),
    Slip(f"预留政府采购项目预算金额{m(SME[0])}", f"预留政府采购项目预算金额{m(SME[0] * 10)}",
         "十一、（二）政府采购支出情况", m(SME[0] * 10), "compare", m(SME[0]),
         f"面向中小企业预留的预算金额不可能大于本院全年政府采购金额{m(sum(BUY, Z))}；由中小企业中标的采购金额为"
         f"{plain(SME[1])}万元，预留金额应为{m(SME[0])}，所写多打了一个0", context="面向中小企业预留"),
]
TOLERATED = [
    Tolerated(f"占{pc(_PROJ, _SPEND)}",
              f"项目支出占比{pc(_PROJ, _SPEND)}按正确的{plain(_PROJ)}万元计算，错的是其前的金额"),
    Tolerated("保有量为1辆",
              "本院共有车辆3辆，其中2辆为特种专业技术用车（精神科急救转运车），不属于公务用车，保有量1辆不错"),
]
ERRORS: list[tuple[str, str]] = errors_of(SLIPS)
TABLE_ERRORS: list[tuple[str, str, int, str]] = table_errors_of(SLIPS)
