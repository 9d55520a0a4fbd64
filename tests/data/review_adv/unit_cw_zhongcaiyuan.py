"""上海市漕湾区劳动人事争议仲裁院 (「本院」): one 参公 事业单位 of the 区人社局, 「机构设置」, 社会保障和就业支出 类
人力资源和社会保障管理事务 款 (20801) with 行政运行, 信息化建设, 劳动人事争议调解仲裁 (购买服务 in its 项目支出) and a
项 with no 年初预算 (年中追加), a little 其他收入 (共建调解工作站 协作经费, spent on the 调解仲裁 项目), no 车辆. The
office writes `1,234.56万元`, every income source a numbered line (zero ones too: 「与上年相比无变化」), 项 paragraphs
with the difference in money (「决算数小于预算数7.62万元」), 人员/公用经费 as shares of the 基本支出, a 政府购买服务
paragraph. Errors put in (``SLIPS``)."""

from decimal import Decimal

import make
from unit_cw_common import (
    Slip,
    TableSlip,
    Z,
    budget_of,
    comma,
    errors_of,
    glossary,
    lines_of,
    rate,
    subject,
    table_errors_of,
)

NAME = "上海市漕湾区劳动人事争议仲裁院"

FIGURES = {
    "id": "caowan-zhongcaiyuan-2024",
    "name": NAME,
    "items": {
        "2080101": {"fb": "612.38", "budget": "620.00"},
        "2080108": {"fp": "38.60", "budget": "45.00"},
        "2080112": {"fp": "186.45", "qt": "6.20", "op": "6.20", "budget": "182.00"},
        "2080199": {"fp": "24.30", "budget": "0"},
        "2080505": {"fb": "66.72", "budget": "67.50"},
        "2080506": {"fb": "33.36", "budget": "33.80"},
        "2101101": {"fb": "36.90", "budget": "38.00"},
        "2210201": {"fb": "48.24", "budget": "48.24"},
    },
    "carry0": "0",
    "carry1": "0",
    "economic": {
        "30101": "168.40",
        "30102": None,
        "30103": "42.60",
        "30107": "24.80",
        "30108": "66.72",
        "30109": "33.36",
        "30110": "36.90",
        "30112": "2.46",
        "30113": "48.24",
        "30199": "4.80",
        "30201": "12.40",
        "30202": "6.80",
        "30205": "1.20",
        "30206": "8.60",
        "30207": "4.35",
        "30209": "32.60",
        "30211": "1.80",
        "30213": "5.40",
        "30216": "2.60",
        "30217": "0.36",
        "30226": "9.80",
        "30228": "7.20",
        "30229": "4.50",
        "30239": "14.40",
        "30299": "1.65",
    },
    "sangong": {
        "出国": ("0.00", "0.00"),
        "购置": ("0.00", "0.00"),
        "运行": ("0.00", "0.00"),
        "接待": ("0.60", "0.36"),
    },
}
PREV = {  # 2023年度决算
    "total": Decimal("951.20"),
    "fin": Decimal("951.20"),
    "basic": Decimal("781.34"),
    "接待": Decimal("0.42"),
    "机关": Decimal("108.90"),
}
ADJUSTED = {"2080199": Decimal("25.00")}  # 年中追加 (no 年初预算)
SERVICE = Decimal("128.40")  # 政府购买服务 (inside 2080112's 项目支出)
BUY = (Decimal("6.80"), Decimal("0.00"), Decimal("152.60"))  # 货物, 工程, 服务
SCORES = {"劳动人事争议调解仲裁": "95.0", "智慧仲裁信息系统运维": "92.5", "新就业形态劳动纠纷一站式调解": "90.0"}
FOR = {
    "2080101": "本院在职人员工资福利支出和日常运转",
    "2080108": "智慧仲裁信息系统和网上仲裁庭的运行维护",
    "2080112": "仲裁庭审辅助服务、兼职仲裁员办案补贴、法律文书送达和基层调解组织业务指导",
    "2080199": "新就业形态劳动纠纷一站式调解站点建设",
    "2080505": "在职人员机关事业单位基本养老保险单位缴费",
    "2080506": "在职人员职业年金单位缴费",
    "2101101": "在职人员基本医疗保险单位缴费",
    "2210201": "按规定为在职职工缴存的住房公积金",
}
WHY = {
    "2080101": "1名仲裁员年中调出，人员经费相应减少",
    "2080108": "信息系统运维合同经政府采购后价格下降",
    "2080112": "受理案件数较上年增加，兼职仲裁员办案补贴和文书送达费用增加",
    "2080505": "人员调出，缴费基数减少",
    "2080506": "人员调出，缴费基数减少",
    "2101101": "人员调出，缴费基数减少",
}


def m(x: Decimal) -> str:
    return f"{comma(x)}万元"


def pc(a: Decimal, b: Decimal) -> str:
    return f"{rate(a, b)}%"


def moved(new: Decimal, old: Decimal) -> str:
    """「较2023年度决算数增加X万元，增长Y%」."""
    if new == old:
        return "与上年相比无变化"
    up = new > old
    return f"较2023年度决算数{'增加' if up else '减少'}{m(abs(new - old))}，{'增长' if up else '下降'}" \
           f"{pc(abs(new - old), old)}"


def item(k: int, code: str, it: dict) -> str:
    spent, budget = it["fb"] + it["fp"], it["budget"]
    head = f"{k}.{subject(code)}支出{m(spent)}，主要用于{FOR[code]}，"
    if budget == Z:
        return (f"{head}年初预算0.00万元，年中追加预算{m(ADJUSTED[code])}，完成调整预算的"
                f"{pc(spent, ADJUSTED[code])}。")
    head += f"完成年初预算的{pc(spent, budget)}，"
    if spent == budget:
        return head + "决算数与年初预算数持平。"
    word = "大于" if spent > budget else "小于"
    return head + f"决算数{word}预算数{m(abs(spent - budget))}，主要原因：{WHY[code]}。"


def facts(u: make.Unit) -> dict:
    sg = {k: (Decimal(b), Decimal(a)) for k, (b, a) in FIGURES["sangong"].items()}
    return {
        "sg": sg,
        "sb": sum((b for b, _ in sg.values()), Z),
        "sa": sum((a for _, a in sg.values()), Z),
        "budget": budget_of(u),
        "avg": sum((Decimal(s) for s in SCORES.values()), Z) / len(SCORES),
        "pbudget": sum((u.items[c]["budget"] for c in ("2080108", "2080112")), Z) + sum(ADJUSTED.values(), Z),
    }


def text(u: make.Unit) -> list[str]:
    f = facts(u)
    total, inc, spend = u.total(), u.income(), u.spend()
    fin, gp, qt = u.fin_in(), u.fin(fund="gp"), u.s("qt")
    basic, project, fb = u.basic(), u.project(), u.s("fb")
    sg, sb, sa = f["sg"], f["sb"], f["sa"]
    treat = sg["接待"][1]
    goods, works, service = BUY
    return [
        f"第一部分 {NAME}概况",
        "一、主要职能",
        f"{NAME}是区劳动人事争议仲裁委员会的办事机构，主要职能是：依法处理本区劳动人事争议仲裁案件；承担区劳动人事争议"
        "仲裁委员会的日常工作；负责仲裁员的管理、培训和仲裁庭的组成；指导街镇劳动争议调解组织和企业劳动争议调解委员会"
        "开展工作；开展劳动人事争议调解仲裁法律法规宣传。",
        "二、机构设置",
        f"{NAME}为区人力资源和社会保障局所属参照公务员法管理的事业单位，内设综合科、立案庭、仲裁一庭、仲裁二庭和"
        "调解指导科。本院无下属单位，纳入本院2024年度部门决算编制范围的单位为本院本级。",
        f"第三部分 {NAME}2024年度部门决算情况说明",
        "一、收入支出决算总体情况说明",
        f"本院2024年度总收入{m(total)}，总支出{m(total)}，{moved(total, PREV['total'])}，主要原因是：受理案件数量增加，"
        "年中追加新就业形态劳动纠纷一站式调解站点建设经费。",
        "二、收入决算情况说明",
        f"本院2024年度本年收入合计{m(inc)}，{moved(inc, PREV['total'])}。其中：",
        f"1.财政拨款收入{m(fin)}，占本年收入合计的{pc(fin, inc)}，{moved(fin, PREV['fin'])}，主要原因是：同“一、收入"
        "支出决算总体情况说明”。",
        "2.事业收入0.00万元，本院无事业收入，与上年相比无变化。",
        "3.经营收入0.00万元，本院无经营收入，与上年相比无变化。",
        f"4.其他收入{m(qt)}，占本年收入合计的{pc(qt, inc)}，上年无此项收入，主要是区总工会、区工商联拨付的共建劳动争议"
        "调解工作站协作经费。",
        "三、支出决算情况说明",
        f"本院2024年度本年支出合计{m(spend)}，其中：基本支出{m(basic)}，占本年支出合计的{pc(basic, spend)}，主要用于"
        f"保障本院正常运转的人员经费和公用经费；项目支出{m(project)}，占本年支出合计的{pc(project, spend)}，主要用于"
        "劳动人事争议调解仲裁、智慧仲裁信息系统运维和一站式调解站点建设。",
        "四、财政拨款收入支出决算总体情况说明",
        f"本院2024年度财政拨款收入支出总计{m(fin)}，{moved(fin, PREV['fin'])}，主要原因是：同“一、收入支出决算总体情况"
        "说明”。",
        "五、一般公共预算财政拨款支出决算情况说明",
        "（一）一般公共预算财政拨款支出决算总体情况",
        f"本院2024年度一般公共预算财政拨款支出{m(gp)}，占本年支出合计的{pc(gp, spend)}，{moved(gp, PREV['fin'])}，"
        "主要原因是：年中追加一站式调解站点建设经费，兼职仲裁员办案补贴增加。",
        "（二）一般公共预算财政拨款支出决算结构情况",
        f"本院2024年度一般公共预算财政拨款支出{m(gp)}，主要用于以下方面："
        + "；".join(f"{make.NAMES[c]}（类）{m(u.fin(c, 'gp'))}，占{pc(u.fin(c, 'gp'), gp)}"
                   for c in sorted({c[:3] for c in u.items})) + "。",
        "（三）一般公共预算财政拨款支出决算具体情况",
        f"本院2024年度一般公共预算财政拨款支出年初预算为{m(f['budget'])}，支出决算为{m(gp)}，完成年初预算的"
        f"{pc(gp, f['budget'])}，决算数大于预算数{m(gp - f['budget'])}，主要原因：年中追加一站式调解站点建设经费。"
        "具体情况如下：",
        *(item(k, c, u.items[c]) for k, c in enumerate(sorted(u.items), start=1)),
        "六、一般公共预算财政拨款基本支出决算情况说明",
        f"本院2024年度一般公共预算财政拨款基本支出{m(fb)}，{moved(fb, PREV['basic'])}。其中：人员经费{m(u.p_total)}，"
        f"占基本支出的{pc(u.p_total, fb)}，主要包括：{'、'.join(lines_of(u, make.PERSONNEL))}；公用经费"
        f"{m(u.u_total)}，占基本支出的{pc(u.u_total, fb)}，主要包括：{'、'.join(lines_of(u, make.PUBLIC))}。",
        "七、财政拨款“三公”经费支出决算情况说明",
        "（一）“三公”经费财政拨款支出决算总体情况说明",
        f"本院2024年度“三公”经费财政拨款支出年初预算为{m(sb)}，支出决算为{m(sa)}，完成预算的{pc(sa, sb)}。其中："
        "因公出国（境）费年初预算0.00万元，支出决算0.00万元；公务用车购置及运行维护费年初预算0.00万元，支出决算0.00"
        f"万元；公务接待费年初预算{m(sg['接待'][0])}，支出决算{m(treat)}，完成预算的{pc(treat, sg['接待'][0])}。决算数"
        "小于预算数的主要原因是：严格执行公务接待标准，压缩接待批次。",
        f"2024年度“三公”经费财政拨款支出决算数{moved(sa, PREV['接待'])}，全部为公务接待费的减少，主要原因是：来访交流"
        "批次减少。",
        "（二）“三公”经费财政拨款支出决算具体情况说明",
        f"“三公”经费财政拨款支出决算中，因公出国（境）费支出0.00万元，占0.00%；公务用车购置及运行维护费支出0.00万元，"
        f"占0.00%；公务接待费支出{m(treat)}，占{pc(treat, sa)}。具体情况如下：",
        "1.因公出国（境）费支出0.00万元。本院2024年度未安排因公出国（境）团组。",
        "2.公务用车购置及运行维护费支出0.00万元。本院无公务用车，未发生公务用车购置及运行维护费。2024年，本院开支"
        "财政拨款的公务用车保有量为0辆。",
        f"3.公务接待费支出{m(treat)}。其中：国内公务接待支出{m(treat)}（含外宾接待支出0.00万元），主要用于接待兄弟区"
        "仲裁院来访交流调解仲裁工作，共接待3批次、19人次，其中：接待外宾0批次、0人次。",
        "八、政府性基金预算财政拨款收入支出决算情况说明",
        "本院2024年度无政府性基金预算财政拨款收入和支出，公开08表为空表。",
        "九、国有资本经营预算财政拨款收入支出决算情况说明",
        "本院2024年度无国有资本经营预算财政拨款收入和支出，公开09表为空表。",
        "十、预算绩效管理情况",
        f"本院2024年度对全部{len(SCORES)}个项目编报了绩效目标，开展了绩效运行监控和绩效自评，涉及预算金额"
        f"{m(f['pbudget'])}。自评得分分别为：" + "、".join(f"{n}{s}分" for n, s in SCORES.items())
        + f"，平均得分{f['avg'].quantize(Decimal('0.1'))}分，绩效评级均为“优”。",
        "十一、其他重要事项的情况说明",
        "（一）机关运行经费支出情况",
        f"本院2024年度机关运行经费支出{m(u.u_total)}，{moved(u.u_total, PREV['机关'])}，主要原因是：仲裁庭审场所物业"
        "管理费用按合同上调。",
        "（二）政府采购支出情况",
        f"本院2024年度政府采购金额（以合同签订为准）为{m(goods + works + service)}，其中：货物采购金额{m(goods)}、工程"
        f"采购金额{m(works)}、服务采购金额{m(service)}。2024年度本院面向中小企业预留政府采购项目预算金额"
        f"{m(service)}，由中小企业供应商中标或成交的，采购金额{m(service)}。",
        "（三）国有资产占有使用情况说明",
        "截至2024年12月31日，本院无车辆；无单价100万元（含）以上设备（不含车辆）。",
        "（四）政府购买服务支出情况",
        f"本院2024年度政府购买服务支出{m(SERVICE)}，占项目支出的{pc(SERVICE, project)}，主要为仲裁庭审书记员辅助服务、"
        "法律文书送达服务和劳动争议调解员培训服务。",
        *glossary("本院无事业收入。", "主要是共建劳动争议调解工作站的协作经费。"),
    ]


Unit = make.Unit  # the imported make's (its NAMES hold this district's codes), not make.py's __main__
U = Unit(FIGURES)
U.tables()
_F = facts(U)
_INC, _FIN, _QT = U.income(), U.fin_in(), U.s("qt")
_PROJ, _SPEND = U.project(), U.spend()
_ARB = U.items["2080112"]
_ARB_OVER = _ARB["fp"] - _ARB["budget"]
_ANN = U.items["2080506"]
_ADD = U.items["2080199"]["fp"]
_TREAT = _F["sg"]["接待"][1]
_ROW = U.items["2080101"]["fb"]
SLIPS: list = [
    TableSlip("公开03", "20801", 3, comma(Decimal("621.38")), "公开03 支出决算表", "sum", comma(_ROW),
              f"人力资源和社会保障管理事务（20801）款的基本支出只有行政运行（2080101）一项，应为{comma(_ROW)}；表中录成"
              f"621.38（数字错位），本行基本＋项目≠合计{comma(U.spend('20801'))}",
              calc=f"{U.spend('20801')} - {U.project('20801')}", rows=("20801",)),
    Slip(f"1.财政拨款收入{m(_FIN)}，占本年收入合计的{pc(_FIN, _INC)}",
         f"1.财政拨款收入{m(_FIN)}，占本年收入合计的100.00%",
         "二、收入决算情况说明", "100.00%", "share", pc(_FIN, _INC),
         f"本年收入合计{comma(_INC)}万元中有其他收入{comma(_QT)}万元（第4点），财政拨款收入占比应为{comma(_FIN)}÷"
         f"{comma(_INC)}＝{pc(_FIN, _INC)}；写100.00%是沿用了上年（上年全部为财政拨款）",
         calc=f"{_FIN} / {_INC} * 100", context="财政拨款收入"),
    Slip(f"完成年初预算的{pc(_ARB['fp'], _ARB['budget'])}，决算数大于预算数{m(_ARB_OVER)}",
         f"完成年初预算的{pc(_ARB['fp'], _ARB['budget'])}，决算数大于预算数{m(_ARB_OVER + _ARB['op'])}",
         "五、（三）一般公共预算财政拨款支出决算具体情况", m(_ARB_OVER + _ARB["op"]), "difference", m(_ARB_OVER),
         f"劳动人事争议调解仲裁（项）一般公共预算财政拨款支出{comma(_ARB['fp'])}万元，年初预算{comma(_ARB['budget'])}"
         f"万元，超出{comma(_ARB_OVER)}万元；所写{comma(_ARB_OVER + _ARB['op'])}万元把该项由其他收入安排的"
         f"{comma(_ARB['op'])}万元（公开03表项目支出）也算了进去",
         calc=f"{_ARB['fp']} - {_ARB['budget']}", context="决算数大于预算数", needs="table"),
    Slip(f"完成年初预算的{pc(_ANN['fb'], _ANN['budget'])}，决算数小于预算数{m(_ANN['budget'] - _ANN['fb'])}，"
         f"主要原因：{WHY['2080506']}。",
         f"完成年初预算的{pc(_ANN['fb'], _ANN['budget'])}，决算数与年初预算数持平。",
         "五、（三）一般公共预算财政拨款支出决算具体情况", "持平", "flat",
         f"小于预算数{m(_ANN['budget'] - _ANN['fb'])}",
         f"机关事业单位职业年金缴费支出（项）决算{comma(_ANN['fb'])}万元，年初预算{comma(_ANN['budget'])}万元，同句完成"
         f"率{pc(_ANN['fb'], _ANN['budget'])}，决算数小于预算数{comma(_ANN['budget'] - _ANN['fb'])}万元，不是持平",
         context=f"完成年初预算的{pc(_ANN['fb'], _ANN['budget'])}，决算数与年初预算数持平"),
    Slip(f"年初预算0.00万元，年中追加预算{m(ADJUSTED['2080199'])}，完成调整预算的",
         f"年初预算0.00万元，年中追加预算{m(ADJUSTED['2080199'])}，完成年初预算的",
         "五、（三）一般公共预算财政拨款支出决算具体情况", f"完成年初预算的{pc(_ADD, ADJUSTED['2080199'])}",
         "zero-base",
         f"完成调整预算的{pc(_ADD, ADJUSTED['2080199'])}",
         f"该项年初预算为0，无从计算完成年初预算的比例；{pc(_ADD, ADJUSTED['2080199'])}是决算{comma(_ADD)}万元÷年中追加"
         f"后的调整预算{comma(ADJUSTED['2080199'])}万元"),
    Slip(f"3.公务接待费支出{m(_TREAT)}。", "3.公务接待费支出3,600.00万元。",
         "七、（二）“三公”经费财政拨款支出决算具体情况说明", "3,600.00万元", "unit", m(_TREAT),
         f"公务接待费支出为3,600.00元即{comma(_TREAT)}万元（公开07表及同段各处），数字按元录入、单位却写成万元"),
    Slip(f"政府购买服务支出{m(SERVICE)}，占项目支出的{pc(SERVICE, _PROJ)}",
         f"政府购买服务支出{m(SERVICE)}，占项目支出的{pc(SERVICE, _SPEND)}",
         "十一、（四）政府购买服务支出情况", pc(SERVICE, _SPEND), "share", pc(SERVICE, _PROJ),
         f"所称“占项目支出”，基数应为项目支出{comma(_PROJ)}万元（三、支出决算情况说明）：{comma(SERVICE)}÷"
         f"{comma(_PROJ)}＝{pc(SERVICE, _PROJ)}；所写{pc(SERVICE, _SPEND)}是除以本年支出合计{comma(_SPEND)}万元",
         calc=f"{SERVICE} / {_PROJ} * 100", context="政府购买服务支出"),
]
ERRORS: list[tuple[str, str]] = errors_of(SLIPS)
TABLE_ERRORS: list[tuple[str, str, int, str]] = table_errors_of(SLIPS)
