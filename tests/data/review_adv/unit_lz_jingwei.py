"""上海市鹭洲区精神卫生中心 (公益二类 事业单位, a 精神 专科医院 of one budget unit; 卫生健康支出 类: 公立医院 款
精神病医院 (its 财政 基本支出 and a 设备购置 项目, beside a 事业收入 of 医疗收入 many times the 财政拨款 and a little
其他收入, spent as 基本 and 项目支出 outside the 财政拨款), 公共卫生 款 基本公共卫生服务 (严重精神障碍患者社区管理)
and 重大公共卫生服务 (心理援助热线), the 养老/年金/医保/公积金 lines; 年初/年末结转和结余 of its own money; four
vehicles; no 机关运行经费).

The office's hand: amounts without separators (「16842.36万元」), rates to two places, 「本中心」, 「比上年增加…万元，
增长…%」, 一 as 「收入总计…，其中：本年收入合计…，年初结转和结余…；支出总计…，其中：…」, its 事业收入 as 医疗收入
(门诊收入、住院收入) in brackets, each 项 as 「（N）…（类）…（款）…（项）：2024年决算数为…万元，比年初预算…万元增加
（减少）…万元，完成年初预算的…%。主要用于…。」 (the words picked, not left as alternatives), 八/九 「无…」,
「本中心为公益二类事业单位，不涉及机关运行经费。」. Habits drawn from real texts found with the search tool (pages):
合肥市第四人民医院 (安徽省精神卫生中心) 2020年度单位决算 (精神专科医院's 职责: 预防、治疗、康复、教学、科研、司法鉴定),
临湘市精神病专科医院 2019年度部门决算 (内设 临床医疗科室 and 行政后勤职能科室), 泸州市中医医院 2023年度单位决算, and
乌鲁木齐市政务服务中心 2023年度部门决算 (「收入总计…，其中：本年收入合计…，年初结转和结余…」)."""

from __future__ import annotations

from decimal import Decimal

from make import PERSONNEL as _PERSONNEL
from make import PUBLIC as _PUBLIC
from unit_lz_common import (
    NAMES,
    D,
    Slip,
    TableSlip,
    Tolerated,
    Unit,
    Z,
    budget_of,
    lines_of,
    move,
    pc,
    plain_q,
    split,
    swap,
)

_ITEMS = {
    "2080502": {"fb": "38.60", "budget": "38.60"},
    "2080505": {"fb": "412.36", "budget": "405.00"},
    "2080506": {"fb": "164.94", "budget": "162.00"},
    "2100205": {"fb": "1286.40", "fp": "318.60", "budget": "1520.00", "sy": "16842.36", "qt": "268.45",
                "ob": "16280.52", "op": "612.50"},
    "2100408": {"fp": "186.20", "budget": "180.00"},
    "2100409": {"fp": "96.80", "budget": "120.00"},
    "2101102": {"fb": "142.20", "budget": "140.00"},
    "2210201": {"fb": "326.48", "budget": "320.00"},
}
CARRY0 = D("1426.80")


def _carry1() -> Decimal:
    """年末结转和结余: what came in and was carried in, less what was spent (its own money only)."""
    it = {k: D(v) for k, v in _ITEMS["2100205"].items()}
    return it["sy"] + it["qt"] + CARRY0 - it["ob"] - it["op"]


FIGURES = {
    "id": "luzhou-jingwei-2024",
    "name": "上海市鹭洲区精神卫生中心",
    "items": _ITEMS,
    "carry0": str(CARRY0),
    "carry1": str(_carry1()),
    "economic": {
        "30101": "420.00", "30102": "186.50", "30107": None, "30108": "412.36", "30109": "164.94", "30110": "142.20",
        "30112": "18.60", "30113": "326.48", "30302": "38.60",
        "30201": "12.40", "30206": "86.20", "30209": "68.50", "30213": "42.30", "30217": "0.42", "30218": "38.60",
        "30226": "22.40", "30228": "24.60", "30231": "7.26", "30299": "6.80",
    },
    "sangong": {
        "出国": ("0.00", "0.00"),
        "购置": ("0.00", "0.00"),
        "运行": ("8.00", "7.26"),
        "接待": ("1.00", "0.42"),
    },
}
SELF = "本中心"
PREV = {"total": D("19206.44"), "fin": D("3104.26"), "sangong": D("8.94"), "运行": D("8.12"), "接待": D("0.82")}
CLINIC = D("4126.58")  # 门诊收入 (the rest of the 医疗收入 is 住院收入)
BUY = {"货物": D("1186.40"), "工程": D("268.00"), "服务": D("412.86")}
CARS = {"应急保障用车": 1, "其他用车": 1, "特种专业技术用车": 2}
USES = {
    "2080502": "本中心退休人员退休费",
    "2080505": "机关事业单位基本养老保险缴费",
    "2080506": "机关事业单位职业年金缴费",
    "2100205": "在职人员财政补助部分的工资福利及日常运转，以及精神科专科能力建设设备购置",
    "2100408": "全区严重精神障碍患者社区随访管理、服药补助和居家患者监护补贴",
    "2100409": "24小时心理援助热线运行和学校、社区心理健康筛查",
    "2101102": "职工基本医疗保险缴费",
    "2210201": "按规定为职工缴存的住房公积金",
}


def _item(u, k: int, code: str) -> str:
    it = u.items[code]
    spent, budget = it["fb"] + it["fp"], it["budget"]
    word, dd = move(spent, budget)
    head = (f"（{k}）{NAMES[code[:3]]}（类）{NAMES[code[:5]]}（款）{NAMES[code]}（项）：2024年决算数为{plain_q(spent)}"
            "万元，")
    if dd == Z:
        head += f"与年初预算{plain_q(budget)}万元持平，"
    else:
        head += f"比年初预算{plain_q(budget)}万元{word}{plain_q(dd)}万元，"
    return head + f"完成年初预算的{pc(spent, budget)}。主要用于{USES[code]}。"


def text(u) -> list[str]:
    n = u.name
    total, spend, income = u.total(), u.spend(), u.income()
    fin, gp = u.fin_in(), u.fin(fund="gp")
    basic, project = u.basic(), u.project()
    sy, qt = u.s("sy"), u.s("qt")
    budget = budget_of(u)
    sg = {k: (D(b), D(a)) for k, (b, a) in FIGURES["sangong"].items()}
    sb, sa = sum(b for b, _ in sg.values()), sum(a for _, a in sg.values())
    car_b, car_a = sg["购置"][0] + sg["运行"][0], sg["购置"][1] + sg["运行"][1]
    buy = sum(BUY.values(), Z)
    w, dd = move(total, PREV["total"])
    wf, ddf = move(fin, PREV["fin"])
    ws, dds = move(sa, PREV["sangong"])
    wc, ddc = move(car_a, PREV["运行"])
    wj, ddj = move(sg["接待"][1], PREV["接待"])
    r = {"增加": "增长", "减少": "下降"}
    return [
        f"第一部分 {n}概况",
        "一、主要职能",
        f"{n}是区卫生健康委员会所属公益二类事业单位，是全区唯一的二级精神专科医院，承担全区精神、心理疾病的预防、"
        "治疗、康复和精神卫生技术指导工作。主要职能是：开展精神科门急诊和住院诊疗；负责全区严重精神障碍患者的登记"
        "报告、随访管理和应急处置技术指导；承担心理援助热线和心理健康促进工作；开展精神卫生专业人员培训和社区精神"
        "卫生服务指导；完成区卫生健康委员会交办的其他任务。",
        "二、机构设置",
        f"{SELF}内设临床医疗科室8个（普通精神科病区4个、老年精神科病区、心境障碍病区、心理科门诊、康复科）、医技科室"
        "3个和行政后勤职能科室6个，核定床位420张。本中心为独立核算的一级预算单位，无下属单位。",
        f"第三部分 {n}2024年度部门决算情况说明",
        "一、收入支出决算总体情况说明",
        f"{SELF}2024年度收入总计{plain_q(total)}万元，其中：本年收入合计{plain_q(income)}万元，年初结转和结余"
        f"{plain_q(u.carry0)}万元；支出总计{plain_q(total)}万元，其中：本年支出合计{plain_q(spend)}万元，年末结转和结余"
        f"{plain_q(u.carry1)}万元。收入支出总计比上年{w}{plain_q(dd)}万元，{r[w]}{pc(dd, PREV['total'])}，主要原因是"
        "老年精神科病区开放床位增加，住院收入和相应支出增加。",
        "二、收入决算情况说明",
        f"{SELF}2024年度本年收入合计{plain_q(income)}万元，其中：财政拨款收入{plain_q(fin)}万元，占本年收入合计的"
        f"{pc(fin, income)}；事业收入{plain_q(sy)}万元（均为医疗收入，其中：门诊收入{plain_q(CLINIC)}万元，住院收入"
        f"{plain_q(sy - CLINIC)}万元），占{pc(sy, income)}；其他收入{plain_q(qt)}万元，占{pc(qt, income)}，主要是"
        "科研项目经费、培训收入和存款利息收入。",
        "三、支出决算情况说明",
        f"{SELF}2024年度本年支出合计{plain_q(spend)}万元，其中：基本支出{plain_q(basic)}万元，占{pc(basic, spend)}；"
        f"项目支出{plain_q(project)}万元，占{pc(project, spend)}。",
        "四、财政拨款收入支出决算总体情况说明",
        f"{SELF}2024年度财政拨款收入支出总计{plain_q(fin)}万元，比上年{wf}{plain_q(ddf)}万元，{r[wf]}"
        f"{pc(ddf, PREV['fin'])}。主要原因是上年安排的精神科专科能力建设设备购置项目大部分已于2023年完成，本年财政"
        "项目支出减少。",
        "五、一般公共预算财政拨款支出决算情况说明",
        "（一）一般公共预算财政拨款支出决算总体情况",
        f"{SELF}2024年度一般公共预算财政拨款支出{plain_q(gp)}万元，占本年支出合计的{pc(gp, spend)}。与上年相比，一般"
        f"公共预算财政拨款支出{wf}{plain_q(ddf)}万元，{r[wf]}{pc(ddf, PREV['fin'])}，主要原因同上。",
        "（二）一般公共预算财政拨款支出决算结构情况",
        f"{SELF}2024年度一般公共预算财政拨款支出{plain_q(gp)}万元，主要用于以下方面："
        + "；".join(f"{NAMES[c]}（类）{plain_q(u.fin(c, 'gp'))}万元，占{pc(u.fin(c, 'gp'), gp)}"
                   for c in sorted({c[:3] for c in u.items}, key=lambda c: -u.fin(c, "gp")))
        + "。",
        "（三）一般公共预算财政拨款支出决算具体情况",
        f"{SELF}2024年度一般公共预算财政拨款支出年初预算为{plain_q(budget)}万元，支出决算为{plain_q(gp)}万元，完成年初"
        f"预算的{pc(gp, budget)}。其中：",
        *[_item(u, k, c) for k, c in enumerate(sorted(u.items, key=lambda c: (c[:3] != "210", c)), 1)],
        "六、一般公共预算财政拨款基本支出决算情况说明",
        f"{SELF}2024年度一般公共预算财政拨款基本支出{plain_q(u.s('fb'))}万元，其中：人员经费{plain_q(u.p_total)}万元，"
        f"主要包括：{'、'.join(lines_of(u, _PERSONNEL))}；公用经费{plain_q(u.u_total)}万元，主要包括："
        f"{'、'.join(lines_of(u, _PUBLIC))}。",
        "七、财政拨款“三公”经费支出决算情况说明",
        "（一）“三公”经费财政拨款支出决算总体情况说明",
        f"{SELF}2024年度“三公”经费财政拨款支出年初预算为{plain_q(sb)}万元，支出决算为{plain_q(sa)}万元，完成预算的"
        f"{pc(sa, sb)}。其中：因公出国（境）费支出决算为0万元；公务用车购置及运行维护费支出决算{plain_q(car_a)}万元，"
        f"完成预算的{pc(car_a, car_b)}；公务接待费支出决算{plain_q(sg['接待'][1])}万元，完成预算的"
        f"{pc(sg['接待'][1], sg['接待'][0])}。决算数小于预算数的主要原因是严格控制公务用车使用和公务接待。",
        f"“三公”经费财政拨款支出决算比上年{ws}{plain_q(dds)}万元，{r[ws]}{pc(dds, PREV['sangong'])}，其中："
        f"公务用车购置及运行维护费{wc}{plain_q(ddc)}万元，{r[wc]}{pc(ddc, PREV['运行'])}；"
        f"公务接待费{wj}{plain_q(ddj)}万元，{r[wj]}{pc(ddj, PREV['接待'])}。",
        "（二）“三公”经费财政拨款支出决算具体情况说明",
        "1.因公出国（境）费支出0万元，全年未安排因公出国（境）团组。",
        f"2.公务用车购置及运行维护费支出{plain_q(car_a)}万元，其中：公务用车购置费0万元；公务用车运行维护费"
        f"{plain_q(sg['运行'][1])}万元，主要用于社区随访督导、患者应急处置出车的燃料费、维修费、保险费等。"
        f"截至2024年12月31日，{SELF}开支财政拨款的公务用车保有量为{CARS['应急保障用车'] + CARS['其他用车']}辆。",
        f"3.公务接待费支出{plain_q(sg['接待'][1])}万元，均为国内公务接待，主要用于接待市级精神卫生专业机构来区督导"
        "检查，共接待4批次、26人次。",
        "八、政府性基金预算财政拨款收入支出决算情况说明",
        f"{SELF}2024年度无政府性基金预算财政拨款收入和支出。",
        "九、国有资本经营预算财政拨款收入支出决算情况说明",
        f"{SELF}2024年度无国有资本经营预算财政拨款收入和支出。",
        "十、预算绩效管理情况",
        f"{SELF}2024年度对精神科专科能力建设设备购置、严重精神障碍患者社区管理、心理援助热线运行3个财政项目编报了绩效"
        "目标，开展了绩效运行监控和绩效自评，自评平均得分91.60分，其中评级为“优”的2个、“良”的1个。",
        "十一、其他重要事项的情况说明",
        "（一）机关运行经费支出情况",
        f"{SELF}为公益二类事业单位，不涉及机关运行经费。",
        "（二）政府采购支出情况",
        f"{SELF}2024年度政府采购支出总额{plain_q(buy)}万元，其中：政府采购货物支出{plain_q(BUY['货物'])}万元，主要是"
        f"医疗设备；政府采购工程支出{plain_q(BUY['工程'])}万元；政府采购服务支出{plain_q(BUY['服务'])}万元。授予中小企业"
        f"合同金额{plain_q(D('1246.30'))}万元，占政府采购支出总额的{pc(D('1246.30'), buy)}。",
        "（三）国有资产占有使用情况说明",
        f"截至2024年12月31日，{SELF}共有车辆{sum(CARS.values())}辆，其中："
        + "、".join(f"{k}{v}辆" for k, v in CARS.items())
        + "（精神科患者转运车）；单价100万元（含）以上设备（不含车辆）3台（套），为磁共振成像系统、数字化X射线摄影"
        "系统和脑电生物反馈治疗系统。",
        "第四部分 名词解释",
        "一、财政拨款收入：指单位本年度从本级财政部门取得的财政拨款。",
        "二、事业收入：指事业单位开展专业业务活动及其辅助活动取得的收入。本中心为医疗收入（门诊收入和住院收入）。",
        "三、其他收入：指单位取得的除上述收入以外的各项收入，主要是科研项目经费、培训收入和存款利息收入。",
        "四、年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。",
        "五、年末结转和结余：指本年度或以前年度预算安排、因客观条件发生变化无法按原计划实施，需延迟到以后年度按有关"
        "规定继续使用的资金。",
        "六、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。",
        "七、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
        "八、“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。",
    ]


_U = Unit(FIGURES)
_U.tables()
_TOTAL, _SPEND, _INCOME = _U.total(), _U.spend(), _U.income()
_FIN, _SY = _U.fin_in(), _U.s("sy")
_DDF = PREV["fin"] - _FIN
_PSY = _U.items["2100205"]
_PSY_SPENT = _PSY["fb"] + _PSY["fp"]
_SY_CELL = f"{_SY:,.2f}"
_SY_BAD = swap(_SY_CELL, 3)  # 「16,842.36」 → 「16,482.36」
_PROJECT = _U.project()
_PROJECT_BAD = swap(f"{_PROJECT:,.2f}", 2)  # 「1,214.10」 → 「1,124.10」
_CARS = sum(CARS.values())

SLIPS: list = [
    Slip(
        f"支出总计{plain_q(_TOTAL)}万元，其中：本年支出合计",
        f"支出总计{plain_q(_SPEND)}万元，其中：本年支出合计",
        f"{plain_q(_SPEND)}万元", "text-table", f"{plain_q(_TOTAL)}万元",
        f"支出总计应为公开01表的{plain_q(_TOTAL)}万元（本年支出合计{plain_q(_SPEND)}万元＋年末结转和结余"
        f"{plain_q(_U.carry1)}万元，与收入总计相等）；文中把本年支出合计当成了支出总计",
        "一、收入支出决算总体情况说明", context="支出总计", needs="公开01",
    ),
    Slip(
        f"财政拨款收入{plain_q(_FIN)}万元，占本年收入合计的{pc(_FIN, _INCOME)}；",
        f"财政拨款收入{plain_q(_FIN)}万元，占本年收入合计的{pc(_FIN, _SY)}；",
        pc(_FIN, _SY), "share", pc(_FIN, _INCOME),
        f"财政拨款收入占本年收入合计的比重应为{plain_q(_FIN)}÷{plain_q(_INCOME)}＝{pc(_FIN, _INCOME)}（三项收入占比合为"
        f"100%）；文中以事业收入{plain_q(_SY)}万元为分母",
        "二、收入决算情况说明", calc=f"{_FIN} / {_INCOME} * 100",
    ),
    Slip(
        f"财政拨款收入支出总计{plain_q(_FIN)}万元，比上年减少{plain_q(_DDF)}万元，下降{pc(_DDF, PREV['fin'])}。",
        f"财政拨款收入支出总计{plain_q(_FIN)}万元，比上年增加{plain_q(_DDF)}万元，增长{pc(_DDF, PREV['fin'])}。",
        "增加", "direction", "减少",
        f"财政拨款收入支出总计{plain_q(_FIN)}万元，2023年度{plain_q(PREV['fin'])}万元，是减少{plain_q(_DDF)}万元、下降"
        f"{pc(_DDF, PREV['fin'])}（同段原因也说项目支出减少，五（一）亦写减少）；文中写“增加…增长”",
        "四、财政拨款收入支出决算总体情况说明", context=f"比上年增加{plain_q(_DDF)}万元",
    ),
    Slip(
        f"完成年初预算的{pc(_PSY_SPENT, _PSY['budget'])}。主要用于{USES['2100205']}",
        f"完成年初预算的{pc(_PSY['budget'], _PSY_SPENT)}。主要用于{USES['2100205']}",
        pc(_PSY["budget"], _PSY_SPENT), "completion", pc(_PSY_SPENT, _PSY["budget"]),
        f"精神病医院（项）决算{plain_q(_PSY_SPENT)}万元，年初预算{plain_q(_PSY['budget'])}万元，完成年初预算的比例应为"
        f"{plain_q(_PSY_SPENT)}÷{plain_q(_PSY['budget'])}＝{pc(_PSY_SPENT, _PSY['budget'])}；文中倒过来用预算除以决算"
        "（同句也写决算比预算增加）",
        "五、（三）一般公共预算财政拨款支出决算具体情况", calc=f"{_PSY_SPENT} / {_PSY['budget']} * 100",
    ),
    TableSlip(
        "公开01", "五、事业收入", 1, _SY_BAD, "sum", _SY_CELL,
        f"公开01表事业收入应为{_SY_CELL}（公开02表合计行事业收入，也是本年收入合计{_INCOME:,.2f}减财政拨款收入"
        f"{_FIN:,.2f}、其他收入{_U.s('qt'):,.2f}之差）；表中两位数字颠倒，各项收入之和与本年收入合计不符",
        "公开01 收入支出决算总表", calc=f"{_INCOME} - {_FIN} - {_U.s('qt')}", rows=("五、事业收入",),
    ),
    TableSlip(
        "公开03", "合计", 4, _PROJECT_BAD, "sum", f"{_PROJECT:,.2f}",
        f"公开03表合计行项目支出应为{_PROJECT:,.2f}（本年支出合计{_SPEND:,.2f}减基本支出{_U.basic():,.2f}，也是各类"
        f"项目支出之和，文中亦同）；表中两位数字颠倒",
        "公开03 支出决算表", calc=f"{_SPEND} - {_U.basic()}", rows=("合计",),
    ),
    Slip(
        f"共有车辆{_CARS}辆，其中：",
        f"共有车辆{_CARS + 1}辆，其中：",
        f"共有车辆{_CARS + 1}辆", "sum", f"共有车辆{_CARS}辆",
        "车辆分项为" + "、".join(f"{k}{v}辆" for k, v in CARS.items()) + f"，合计{_CARS}辆；文中总数多写1辆",
        "十一、（三）国有资产占有使用情况说明", calc=" + ".join(str(v) for v in CARS.values()),
    ),
]
TOLERATED = [
    Tolerated(f"公务用车保有量为{CARS['应急保障用车'] + CARS['其他用车']}辆",
              f"开支财政拨款的公务用车只计应急保障用车和其他用车；{CARS['特种专业技术用车']}辆特种专业技术用车（患者转运车）"
              f"不属“三公”公务用车，故少于十一（三）的共有车辆{_CARS}辆"),
]
ERRORS, TABLE_ERRORS = split(SLIPS)
