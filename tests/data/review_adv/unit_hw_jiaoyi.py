"""上海市鹤湾区公共资源交易中心 (公益一类 事业单位, one unit, 「机构设置」: 事业运行 and the 电子交易平台 项目, 其他收入
— 场地使用和存款利息 — and 结转结余 of non-财政 money spent on both). The office's habits: `1,062.48万元`, 「比上年…」,
「与上年相比」 in 四, reasons after 「主要原因：」 joined with 「；」, the 项 as one numbered run 「1.…（项）…；2.…」,
二's shares without decimals, the 三公 in 元 with 「其中：」 under each item, 公开05's 合计 row printed first, 名词解释
as 「【…】…」."""

from __future__ import annotations

from decimal import Decimal

from make import PERSONNEL, PUBLIC
from unit_hw_common import NAMES, Slip, TableSlip, Unit, grouped, pc, split, yuan

D = Decimal
FIGURES = {
    "id": "hewan-jiaoyi-2024",
    "name": "上海市鹤湾区公共资源交易中心",
    "totals_first": True,
    "items": {
        "2010350": {"fb": "1062.48", "budget": "1040.00", "qt": "12.60", "ob": "8.20"},
        "2010399": {"fp": "468.30", "budget": "520.00", "op": "9.60"},
        "2080502": {"fb": "36.25", "budget": "35.00"},
        "2080505": {"fb": "96.84", "budget": "96.84"},
        "2080506": {"fb": "48.42", "budget": "50.00"},
        "2101102": {"fb": "38.16", "budget": "37.00"},
        "2210201": {"fb": "66.90", "budget": "65.00"},
    },
    "carry0": "15.80",
    "carry1": "10.60",
    "economic": {
        "30101": "228.60",
        "30102": "42.36",
        "30107": None,
        "30108": "96.84",
        "30109": "48.42",
        "30110": "38.16",
        "30112": "5.28",
        "30113": "66.90",
        "30302": "36.25",
        "30201": "12.40",
        "30205": "3.26",
        "30206": "28.64",
        "30207": "18.92",
        "30209": "96.50",
        "30211": "1.86",
        "30213": "14.30",
        "30216": "2.40",
        "30217": "0.52",
        "30226": "8.60",
        "30228": "9.42",
        "30229": "5.60",
        "30231": "2.46",
        "30239": "16.80",
        "30299": "3.18",
        "31002": "12.64",
    },
    "sangong": {
        "出国": ("0.00", "0.00"),
        "购置": ("0.00", "0.00"),
        "运行": ("3.00", "2.46"),
        "接待": ("0.80", "0.52"),
    },
}
PREV = {  # 2023 (上年)
    "total": D("1902.46"), "fin": D("1884.30"), "gp": D("1884.30"),
    "运行": D("2.88"), "接待": D("0.61"),
}
FOR = {
    "2010350": "中心在职人员工资福利和日常运转",
    "2010399": "电子交易平台运行维护、交易场所运营管理和评标专家费用",
    "2080502": "中心退休人员的各项补贴",
    "2080505": "事业单位基本养老保险单位缴费",
    "2080506": "事业单位职业年金单位缴费",
    "2101102": "中心工作人员基本医疗保险单位缴费",
    "2210201": "住房公积金单位缴存",
}
WHY = {
    "2010350": "年中调整绩效工资",
    "2010399": "电子交易平台运维服务采购价格低于预算",
    "2080502": "新增退休人员1名",
    "2080506": "缴费基数调整",
    "2101102": "缴费基数调整",
    "2210201": "缴存基数调整",
}


def versus(now: Decimal, before: Decimal) -> str:
    dd = now - before
    return f"{'增加' if dd > 0 else '减少'}{grouped(abs(dd))}万元，{'增长' if dd > 0 else '下降'}{pc(abs(dd), before)}"


def yversus(now: Decimal, before: Decimal) -> str:
    dd = now - before
    return f"{'增加' if dd > 0 else '减少'}{yuan(abs(dd))}元，{'增长' if dd > 0 else '下降'}{pc(abs(dd), before)}"


def _item(u, k: int, c: str) -> str:
    it = u.items[c]
    a, b = it["fb"] + it["fp"], it["budget"]
    head = (f"{k}.{NAMES[c[:3]]}（类）{NAMES[c[:5]]}（款）{NAMES[c]}（项）：主要用于{FOR[c]}，"
            f"年初预算{grouped(b)}万元，支出决算{grouped(a)}万元")
    if a == b:
        return f"{head}，决算数与年初预算数持平"
    side = "大于" if a > b else "小于"
    return f"{head}，完成年初预算的{pc(a, b)}，决算数{side}年初预算数的原因：{WHY[c]}"


def text(u) -> list[str]:
    n = u.name
    total, inc, spend = u.total(), u.income(), u.spend()
    gp = u.fin(fund="gp")
    fin_in, qt = u.fin_in(), u.s("qt")
    budget = sum((it["budget"] for it in u.items.values() if it["fund"] == "gp"), D(0))
    sg = {k: (D(b), D(a)) for k, (b, a) in FIGURES["sangong"].items()}
    sb, sa = sum(b for b, _ in sg.values()), sum(a for _, a in sg.values())
    prev3 = PREV["运行"] + PREV["接待"]
    car = sg["购置"][1] + sg["运行"][1]
    pers = [nm for code, nm in PERSONNEL if len(code) == 5 and u.eco[code]]
    pub = [nm for code, nm in PUBLIC if len(code) == 5 and u.eco[code]]
    out = [
        f"第一部分 {n}概况",
        "一、主要职能",
        f"{n}是区政府办公室所属的公益一类事业单位，主要职能是：贯彻执行国家和本市有关公共资源交易的法律法规和政策；负责"
        "全区工程建设项目招标投标、政府采购、国有产权和土地使用权出让等公共资源交易活动的场所和信息服务；负责区公共资源"
        "电子交易平台的建设、运行和维护；负责交易过程的见证、交易资料的归档和交易信息的统计；承办区政府办公室交办的其他事项。",
        "二、机构设置",
        f"{n}为区政府办公室所属公益一类事业单位，核定事业编制28名，内设综合科、交易服务科、信息技术科、档案管理科4个科室。"
        f"{n}部门决算为单位本级决算，无下属预算单位。",
        f"第三部分 {n}2024年度部门决算情况说明",
        "一、收入支出决算总体情况说明",
        f"{n}2024年度收入支出总计{grouped(total)}万元。比上年{versus(total, PREV['total'])}。主要原因：电子交易平台"
        "运维服务采购价格下降；交易场所运营费用压减。",
        "二、收入决算情况说明",
        f"本年收入合计{grouped(inc)}万元，其中：财政拨款收入{grouped(fin_in)}万元，占{pc(fin_in, inc, 0)}；其他收入"
        f"{grouped(qt)}万元，占{pc(qt, inc, 0)}，为交易场所场地使用收入和存款利息收入。",
        "三、支出决算情况说明",
        f"本年支出合计{grouped(spend)}万元，其中：基本支出{grouped(u.basic())}万元，占{pc(u.basic(), spend)}；项目支出"
        f"{grouped(u.project())}万元，占{pc(u.project(), spend)}。",
        "四、财政拨款收入支出决算总体情况说明",
        f"{n}2024年度财政拨款收入支出总计{grouped(fin_in)}万元。与上年相比，财政拨款收入支出总计"
        f"{versus(fin_in, PREV['fin'])}。主要原因：电子交易平台运维服务采购价格下降；交易场所运营费用压减。",
        "五、一般公共预算财政拨款支出决算情况说明",
        "（一）一般公共预算财政拨款支出决算总体情况",
        f"一般公共预算财政拨款支出{grouped(gp)}万元，占本年支出合计的{pc(gp, spend)}。比上年{versus(gp, PREV['gp'])}。"
        "主要原因：电子交易平台运维服务采购价格下降；交易场所运营费用压减；中心人员减少2名。",
        "（二）一般公共预算财政拨款支出决算结构情况",
    ]
    classes = sorted({c[:3] for c, it in u.items.items() if it["fund"] == "gp"})
    parts = [f"{NAMES[c]}（类）{grouped(u.fin(c, 'gp'))}万元，占{pc(u.fin(c, 'gp'), gp)}" for c in classes]
    out.append(f"一般公共预算财政拨款支出{grouped(gp)}万元，主要用于以下方面：" + "；".join(parts) + "。")
    out.append("（三）一般公共预算财政拨款支出决算具体情况")
    out.append(
        f"一般公共预算财政拨款支出年初预算为{grouped(budget)}万元，支出决算为{grouped(gp)}万元，完成年初预算的"
        f"{pc(gp, budget)}。决算数{'大于' if gp > budget else '小于'}年初预算数的主要原因：电子交易平台运维服务采购价格"
        "低于预算；职业年金缴费基数调整。其中："
    )
    codes = [c for c in sorted(u.items) if u.items[c]["fund"] == "gp"]
    out.append("；".join(_item(u, k, c) for k, c in enumerate(codes, 1)) + "。")
    out += [
        "六、一般公共预算财政拨款基本支出决算情况说明",
        f"一般公共预算财政拨款基本支出{grouped(u.s('fb', fund='gp'))}万元。其中：人员经费{grouped(u.p_total)}万元，主要"
        f"包括：{'、'.join(pers)}；公用经费{grouped(u.u_total)}万元，主要包括：{'、'.join(pub)}。",
        "七、财政拨款“三公”经费支出决算情况说明",
        "（一）“三公”经费财政拨款支出决算总体情况说明",
        f"“三公”经费财政拨款支出年初预算为{yuan(sb)}元，支出决算为{yuan(sa)}元，完成预算的{pc(sa, sb)}，其中：因公出国"
        f"（境）费决算为0.00元；公务用车购置及运行维护费支出决算为{yuan(car)}元，完成预算的"
        f"{pc(car, sg['购置'][0] + sg['运行'][0])}；公务接待费支出决算为{yuan(sg['接待'][1])}元，完成预算的"
        f"{pc(sg['接待'][1], sg['接待'][0])}。2024年度“三公”经费支出决算数小于预算数的主要原因：公务用车使用频次减少；"
        "严格控制接待范围和标准。",
        f"2024年度“三公”经费财政拨款支出决算数比上年{yversus(sa, prev3)}，其中：因公出国（境）费支出决算与上年持平；"
        f"公务用车购置及运行维护费支出决算{yversus(car, PREV['运行'])}；公务接待费支出决算"
        f"{yversus(sg['接待'][1], PREV['接待'])}。公务用车购置及运行维护费支出减少的主要原因是车辆保险费用下降。"
        "公务接待费支出减少的主要原因是外省市交易平台考察交流减少。",
        "（二）“三公”经费财政拨款支出决算具体情况说明",
        f"“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0.00元，占0.00%；公务用车购置及运行维护费支出决算"
        f"{yuan(car)}元，占{pc(car, sa)}；公务接待费支出决算{yuan(sg['接待'][1])}元，占{pc(sg['接待'][1], sa)}。具体"
        f"情况"
        "如下：",
        "1.因公出国（境）费支出0.00元。全年未安排因公出国（境）团组。",
        f"2.公务用车购置及运行维护费支出{yuan(car)}元。其中：",
        "公务用车购置支出0.00元。",
        f"公务用车运行维护支出{yuan(sg['运行'][1])}元，主要用于交易现场见证和档案转运用车的燃料费、维修费和保险费。2024年，"
        f"{n}开支财政拨款的公务用车保有量为1辆。",
        f"3.公务接待费支出{yuan(sg['接待'][1])}元。其中：",
        f"国内公务接待支出{yuan(sg['接待'][1])}元（含外宾接待支出0.00元），主要用于接待外省市公共资源交易中心考察交流。"
        "全年国内公务接待5批次、34人次；接待外宾0批次、0人次。",
        "八、政府性基金预算财政拨款收入支出决算情况说明",
        f"{n}2024年度无政府性基金预算财政拨款收入和支出。",
        "九、国有资本经营预算财政拨款收入支出决算情况说明",
        f"{n}2024年度无国有资本经营预算财政拨款收入和支出。",
        "十、预算绩效管理情况",
        f"{n}2024年度预算绩效管理工作开展情况如下：本部门建立了如下预算绩效管理制度：《鹤湾区公共资源交易中心预算绩效"
        "管理工作规程》，建立了“科室自评、中心复核、主管部门抽查”的预算绩效管理工作机制；全过程绩效管理实施情况：编报"
        "绩效目标的2024年度项目3个，涉及预算金额520.00万元；绩效跟踪评价的2024年度项目3个，涉及预算金额520.00万元；"
        "绩效自评的2024年度项目3个，涉及预算金额520.00万元，平均得分94.67分（其中，绩效评级为“优”的项目3个；绩效评级"
        "为“良”的项目0个；绩效评级为“合格”的项目0个；绩效评级为“不合格”的项目0个。绩效自评中共发现问题1个，已经完成"
        "整改的1个，正在整改的0个）。各项目自评情况：“电子交易平台运行维护”项目预算金额310.00万元，自评得分95.00分；"
        "“交易场所运营管理”项目预算金额150.00万元，自评得分93.50分；“评标专家劳务”项目预算金额60.00万元，自评得分"
        "95.50分。",
        "十一、其他重要事项的情况说明",
        "（一）机关运行经费支出情况",
        f"{n}为公益一类事业单位，不属于机关运行经费统计范围，2024年度无机关运行经费支出。",
        "（二）政府采购支出情况",
        f"{n}2024年度政府采购金额（以合同签订为准）为{grouped(PROC['total'])}万元，其中：货物采购金额"
        f"{grouped(PROC['goods'])}万元、工程采购金额0.00万元、服务采购金额{grouped(PROC['services'])}万元。授予中小企业"
        f"合同金额{grouped(PROC['sme'])}万元，占政府采购支出金额的{pc(PROC['sme'], PROC['total'])}，其中：授予小微企业"
        f"合同金额{grouped(PROC['micro'])}万元，占授予中小企业合同金额的{pc(PROC['micro'], PROC['sme'])}。",
        f"2024年度本部门面向中小企业预留政府采购项目预算金额{grouped(PROC['res_sme'])}万元，面向小微企业预留政府采购项目"
        f"预算金额{grouped(PROC['res_micro'])}万元。在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，"
        f"采购金额{grouped(PROC['won_sme'])}万元；在面向小微企业预留政府采购项目中，由小微企业供应商中标或成交的，采购金额"
        f"{grouped(PROC['won_micro'])}万元；在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额"
        f"{grouped(PROC['sme'] - PROC['won_sme'])}万元。",
        "（三）国有资产占有使用情况说明",
        f"截至2024年12月31日，{n}共有车辆1辆，其中：部级领导干部用车0辆、主要领导干部用车0辆、机要通信用车0辆、应急保障"
        "用车0辆、执法执勤用车0辆、特种专业技术用车0辆、离退休干部用车0辆、其他用车1辆。单位价值100万元以上设备（不含车辆）"
        "1台（套），为电子交易平台核心服务器集群。",
        "第四部分 名词解释",
        "【财政拨款收入】指单位本年度从本级财政部门取得的财政拨款，包括一般公共预算财政拨款、政府性基金预算财政拨款和国有"
        "资本经营预算财政拨款。",
        "【事业收入】指事业单位开展专业业务活动及其辅助活动取得的收入。",
        "【其他收入】指单位取得的除“财政拨款收入”“事业收入”“经营收入”等以外的收入。主要是：交易场所场地使用收入和存款利息"
        "收入。",
        "【年初结转和结余】指以前年度尚未完成、结转到本年按有关规定继续使用的资金。",
        "【年末结转和结余】指本年度或以前年度预算安排、因客观条件发生变化无法按原计划实施，需延迟到以后年度按有关规定继续"
        "使用的资金。",
        "【基本支出】指单位为保障机构正常运转、完成日常工作任务而发生的各项支出。",
        "【项目支出】指单位为完成特定的行政工作任务或事业发展目标，在基本支出之外发生的各项支出。",
        "【“三公”经费】指单位使用本级财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。",
        "【机关运行经费】指行政单位和参照公务员法管理的事业单位使用一般公共预算财政拨款安排的基本支出中的日常公用经费支出。",
    ]
    return out


PROC = {  # 政府采购 (万元)
    "total": D("342.68"), "goods": D("28.46"), "services": D("314.22"),
    "sme": D("296.40"), "micro": D("182.35"),
    "res_sme": D("260.00"), "res_micro": D("150.00"), "won_sme": D("251.80"), "won_micro": D("146.20"),
}

_U = Unit(FIGURES)
_U.tables()
_N = FIGURES["name"]
_GP = _U.fin(fund="gp")
_CLS = [_U.fin(c, "gp") for c in sorted({c[:3] for c in _U.items})]
_IT = _U.items["2010399"]
_PUB = [nm for code, nm in PUBLIC if len(code) == 5 and _U.eco[code]]
_AT = _PUB.index("物业管理费")

SLIPS: list = [
    Slip(
        f"{_N}2024年度预算绩效管理工作开展情况", "上海市鹤湾区公共资源交易服务中心2024年度预算绩效管理工作开展情况",
        "上海市鹤湾区公共资源交易服务中心", "name", _N,
        "the unit is called 「…公共资源交易服务中心」 in "
        "十 only; everywhere else, on the cover and in the tables, it is "
        "上海市鹤湾区公共资源交易中心",
        "十、预算绩效管理情况", context="上海市鹤湾区公共资源交易服务中心2024年度预算绩效管理工作开展情况",
    ),
    Slip(
        f"一般公共预算财政拨款支出{grouped(_GP)}万元，主要用于以下方面",
        "一般公共预算财政拨款支出1,871.35万元，主要用于以下方面",
        "1,871.35万元", "same", f"{grouped(_GP)}万元",
        "五（二） writes the 一般公共预算财政拨款支出 as 1,871.35 where 五（一）, 五（三） and 公"
        "开05 have 1,817.35 (1 and 7 "
        "swapped); the 类 amounts that follow add to 1,817.35",
        "五、（二）一般公共预算财政拨款支出决算结构情况", calc=" + ".join(str(x) for x in _CLS),
        context="一般公共预算财政拨款支出1,871.35万元，主要用于以下方面",
    ),
    Slip(
        f"其他收入{grouped(_U.s('qt'))}万元", f"其他收入{grouped(_U.s('qt'))}元", f"{grouped(_U.s('qt'))}元", "unit",
        f"{grouped(_U.s('qt'))}万元",
        "其他收入 is written in 元 in a section whose amounts are all 万元 (公开01 八、其他收入 12.60万"
        "元; its share of 1%)",
        "二、收入决算情况说明", context=f"其他收入{grouped(_U.s('qt'))}元",
    ),
    TableSlip(
        "公开05", "合计", 4, "486.30", "sum", grouped(_U.s("fp", fund="gp")),
        "公开05's 合计 row (printed first) has 项目支出 486.30 with 6 and 8 swapped: 合计 1,817.35 − 基本支"
        "出 1,349.05 = "
        "468.30, the one 项目 line 2010399",
        "公开05 一般公共预算财政拨款支出决算表", calc=f"{_GP} - {_U.s('fb', fund='gp')}", rows=("合计",),
    ),
    Slip(
        f"完成年初预算的{pc(_IT['fp'], _IT['budget'])}，决算数小于年初预算数的原因：电子交易平台",
        f"完成年初预算的{pc(_IT['budget'], _IT['fp'])}，决算数小于年初预算数的原因：电子交易平台",
        pc(_IT["budget"], _IT["fp"]), "completion", pc(_IT["fp"], _IT["budget"]),
        f"the completion rate is 年初预算 ÷ 决算 ({_IT['budget']} ÷ {_IT['fp']}), the ratio turned over: 决算 "
        f"{_IT['fp']} of 年初预算 {_IT['budget']} is {pc(_IT['fp'], _IT['budget'])} (the same clause says 决算数小于"
        f"年初预算数)",
        "五、（三）一般公共预算财政拨款支出决算具体情况", calc=f"{_IT['fp']} / {_IT['budget']} * 100",
        context=f"完成年初预算的{pc(_IT['budget'], _IT['fp'])}",
    ),
    Slip(
        "、".join(_PUB[_AT - 1:_AT + 2]), f"{_PUB[_AT - 1]}、{_PUB[_AT + 1]}", f"{_PUB[_AT - 1]}、{_PUB[_AT + 1]}",
        "list",
        "、".join(_PUB[_AT - 1:_AT + 2]),
        f"the 公用经费 list leaves out 物业管理费, its largest line in 公开06 (30209: {_U.eco['30209']}万元)",
        "六、一般公共预算财政拨款基本支出决算情况说明", needs="table",
    ),
    Slip(
        f"政府采购金额（以合同签订为准）为{grouped(PROC['total'])}万元", "政府采购金额（以合同签订为准）为332.68万元",
        "332.68万元", "sum", f"{grouped(PROC['total'])}万元",
        f"the 政府采购 total is not its parts: 货物 {PROC['goods']} + 工程 0.00 + 服务 {PROC['services']} = "
        f"{PROC['total']} (and 授予中小企业 {PROC['sme']} is {pc(PROC['sme'], PROC['total'])} of {PROC['total']})",
        "十一、（二）政府采购支出情况", calc=f"{PROC['goods']} + 0.00 + {PROC['services']}",
    ),
]
ERRORS, TABLE_ERRORS = split(SLIPS)
