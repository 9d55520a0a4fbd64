"""上海市荻洲区工商业联合会 (区工商联, 「本会」): a 群团 of one unit, 「机构设置」, all 财政拨款, 民主党派及工商联事务
(20128; the office's brief said 「工商联事务」) 项, small 三公 with an 因公出国（境） 团组. The office writes
`1234.56万元`, last year's figure in brackets after this year's (「528.65万元（2023年度：512.30万元）」), reasons
after 「变动原因：」, every 项 of 五(三) in one run-on paragraph joined by 「；」, the 三公 shares of the 三公 total,
「国内公务接待支出0.52万」 (the template's own 「万」 without 「元」), the 绩效 with each 项目's score and grade.
Errors put in (``SLIPS``)."""

from decimal import Decimal

import make
from unit_dz_common import (
    Slip,
    TableSlip,
    Z,
    budget_of,
    errors_of,
    glossary,
    lines_of,
    plain,
    rate,
    subject,
    table_errors_of,
)

NAME = "上海市荻洲区工商业联合会"
SHORT = "区工商联"

FIGURES = {
    "id": "dizhou-gongshanglian-2024",
    "name": NAME,
    "items": {
        "2012801": {"fb": "312.46", "budget": "318.00"},
        "2012802": {"fp": "48.60", "budget": "52.00"},
        "2012804": {"fp": "36.25", "budget": "30.00"},
        "2012899": {"fp": "22.80", "budget": "22.80"},
        "2080505": {"fb": "38.64", "budget": "39.00"},
        "2080506": {"fb": "19.32", "budget": "19.50"},
        "2101101": {"fb": "21.18", "budget": "21.50"},
        "2210201": {"fb": "29.40", "budget": "29.40"},
    },
    "carry0": "0",
    "carry1": "0",
    "economic": {
        "30101": "96.40",
        "30102": None,
        "30103": "12.60",
        "30108": "38.64",
        "30109": "19.32",
        "30110": "21.18",
        "30112": "1.86",
        "30113": "29.40",
        "30199": "4.20",
        "30302": "6.80",
        "30201": "8.60",
        "30202": "2.40",
        "30205": "0.60",
        "30206": "3.20",
        "30207": "1.85",
        "30209": "18.60",
        "30211": "1.20",
        "30212": "3.18",
        "30213": "2.10",
        "30215": "1.40",
        "30216": "2.30",
        "30217": "0.52",
        "30228": "3.90",
        "30229": "4.20",
        "30231": "2.46",
        "30239": "9.60",
        "30299": "1.10",
    },
    "sangong": {
        "出国": ("3.50", "3.18"),
        "购置": ("0.00", "0.00"),
        "运行": ("2.80", "2.46"),
        "接待": ("0.80", "0.52"),
    },
}
PREV = {  # 2023年度决算
    "total": Decimal("512.30"),
    "basic": Decimal("409.86"),
    "出国": Decimal("0.00"),
    "运行": Decimal("2.62"),
    "接待": Decimal("0.68"),
    "机关": Decimal("60.12"),
}
BUY = (Decimal("12.40"), Decimal("18.24"))  # 货物, 服务
SCORES = {"2012802": ("96.5", "优"), "2012804": ("94.0", "优"), "2012899": ("88.5", "良")}
FOR = {
    "2012801": "机关在职人员工资福利和日常运转",
    "2012802": "会员服务、基层商会建设和非公有制经济人士培训",
    "2012804": "参政议政调研、提案撰写和民营经济发展报告编印",
    "2012899": "光彩事业和“万企兴万村”行动联络服务",
    "2080505": "在职人员机关事业单位基本养老保险单位缴费",
    "2080506": "在职人员职业年金单位缴费",
    "2101101": "在职人员基本医疗保险单位缴费",
    "2210201": "按规定为在职职工缴存的住房公积金",
}
WHY = {
    "2012801": "一名人员退休",
    "2012802": "部分培训与区委统战部合并举办",
    "2012804": "年中增加民营经济高质量发展专题调研",
    "2080505": "缴费基数按实调整",
    "2080506": "缴费基数按实调整",
    "2101101": "人员变动",
}


def m(x: Decimal) -> str:
    return f"{plain(x)}万元"


def pc(a: Decimal, b: Decimal) -> str:
    return f"{rate(a, b)}%"


def moved(new: Decimal, old: Decimal) -> str:
    """「增加X万元，增长Y%」 (the figures themselves written before, last year's in brackets)."""
    if new == old:
        return "与上年持平"
    up = new > old
    return f"{'增加' if up else '减少'}{m(abs(new - old))}，{'增长' if up else '下降'}{pc(abs(new - old), old)}"


def item(code: str, it: dict) -> str:
    spent, budget = it["fb"] + it["fp"], it["budget"]
    head = f"{subject(code)}年初预算{m(budget)}，支出决算{m(spent)}，主要用于{FOR[code]}"
    if spent == budget:
        return f"{head}，决算数与年初预算数持平"
    return f"{head}，决算数{'大于' if spent > budget else '小于'}年初预算数，主要原因是{WHY[code]}"


def facts(u: make.Unit) -> dict:
    sg = {k: (Decimal(b), Decimal(a)) for k, (b, a) in FIGURES["sangong"].items()}
    projects = [c for c in SCORES]
    return {
        "sg": sg,
        "sb": sum((b for b, _ in sg.values()), Z),
        "sa": sum((a for _, a in sg.values()), Z),
        "prev3": PREV["出国"] + PREV["运行"] + PREV["接待"],
        "bought": sum(BUY, Z),
        "budget": budget_of(u),
        "pbudget": sum((u.items[c]["budget"] for c in projects), Z),
        "pspent": sum((u.items[c]["fp"] for c in projects), Z),
    }


def text(u: make.Unit) -> list[str]:
    f = facts(u)
    total, inc, spend = u.total(), u.income(), u.spend()
    fin, gp = u.fin_in(), u.fin(fund="gp")
    basic, project, fb = u.basic(), u.project(), u.s("fb")
    sg, sb, sa = f["sg"], f["sb"], f["sa"]
    goods, service = BUY
    car = sg["购置"][1] + sg["运行"][1]
    prev = PREV["total"]
    classes = sorted({c[:3] for c in u.items})
    return [
        f"第一部分 {NAME}概况",
        "一、主要职能",
        f"{NAME}是党领导的以非公有制企业和非公有制经济人士为主体的人民团体和商会组织，主要职能是：引导非公有制经济人士"
        "坚定不移听党话、跟党走；参与本区政治协商、民主监督和参政议政；代表并维护会员的合法权益；指导所属商会和行业协会"
        "建设；为会员提供信息、培训、法律等服务；促进非公有制经济健康发展和非公有制经济人士健康成长。",
        "二、机构设置",
        f"{SHORT}为区委统战部归口管理的人民团体，内设办公室、会员服务科、经济联络科，无下属单位。纳入本会2024年度部门"
        "决算编制范围的单位为本会本级。",
        f"第三部分 {NAME}2024年度部门决算情况说明",
        "一、收入支出决算总体情况说明",
        f"本会2024年度收入总计{m(total)}（2023年度：{m(prev)}），支出总计{m(total)}（2023年度：{m(prev)}），收支总计各"
        f"{moved(total, prev)}。变动原因：年中增加民营经济高质量发展专题调研经费，以及恢复赴港经贸交流团组。",
        "二、收入决算情况说明",
        f"本年收入合计{m(inc)}（2023年度：{m(prev)}），全部为财政拨款收入，占100%。本会无事业收入、经营收入和其他收入。",
        "三、支出决算情况说明",
        f"本年支出合计{m(spend)}（2023年度：{m(prev)}），其中：基本支出{m(basic)}，占{pc(basic, spend)}；项目支出"
        f"{m(project)}，占{pc(project, spend)}。本会无经营支出，无年初、年末结转和结余。",
        "四、财政拨款收入支出决算总体情况说明",
        f"本会2024年度财政拨款收入支出总计{m(fin)}（2023年度：{m(prev)}），{moved(fin, prev)}。变动原因：同“一、收入"
        "支出决算总体情况说明”。",
        "五、一般公共预算财政拨款支出决算情况说明",
        "（一）一般公共预算财政拨款支出决算总体情况",
        f"一般公共预算财政拨款支出{m(gp)}（2023年度：{m(prev)}），占本年支出合计的{pc(gp, spend)}，{moved(gp, prev)}。"
        "变动原因：年中增加专题调研经费及因公出国（境）团组经费。",
        "（二）一般公共预算财政拨款支出决算结构情况",
        f"一般公共预算财政拨款支出{m(gp)}，主要用于以下方面："
        + "；".join(f"{make.NAMES[c]}（类）{m(u.fin(c, 'gp'))}，占{pc(u.fin(c, 'gp'), gp)}" for c in classes) + "。",
        "（三）一般公共预算财政拨款支出决算具体情况",
        f"一般公共预算财政拨款支出年初预算为{m(f['budget'])}，支出决算为{m(gp)}，完成年初预算的{pc(gp, f['budget'])}。"
        "其中：",
        "；".join(item(c, u.items[c]) for c in sorted(u.items)) + "。",
        "六、一般公共预算财政拨款基本支出决算情况说明",
        f"一般公共预算财政拨款基本支出{m(fb)}（2023年度：{m(PREV['basic'])}），{moved(fb, PREV['basic'])}。其"
        "中：人员经费"
        f"{m(u.p_total)}，主要包括：{'、'.join(lines_of(u, make.PERSONNEL))}；公用经费{m(u.u_total)}，主要包括："
        f"{'、'.join(lines_of(u, make.PUBLIC))}。",
        "七、财政拨款“三公”经费支出决算情况说明",
        "（一）“三公”经费财政拨款支出决算总体情况说明",
        f"“三公”经费财政拨款支出年初预算为{m(sb)}，支出决算为{m(sa)}，完成预算的{pc(sa, sb)}，其中：因公出国（境）费"
        f"决算为{m(sg['出国'][1])}，完成预算的{pc(sg['出国'][1], sg['出国'][0])}；公务用车购置及运行维护费支出决算为"
        f"{m(car)}，完成预算的{pc(car, sg['运行'][0])}；公务接待费支出决算为{m(sg['接待'][1])}，完成预算的"
        f"{pc(sg['接待'][1], sg['接待'][0])}。决算数小于预算数的主要原因是严格控制出访人数和天数，压减公务接待。",
        f"2024年度“三公”经费财政拨款支出决算数{m(sa)}（2023年度：{m(f['prev3'])}），{moved(sa, f['prev3'])}。变动原因："
        "2023年度未安排因公出国（境）团组，本年恢复赴港经贸交流团组1个。",
        "（二）“三公”经费财政拨款支出决算具体情况说明",
        f"“三公”经费财政拨款支出决算中，因公出国（境）费支出决算{m(sg['出国'][1])}，占{pc(sg['出国'][1], sa)}；公务用车"
        f"购置及运行维护费支出决算{m(car)}，占{pc(car, sa)}；公务接待费支出决算{m(sg['接待'][1])}，占"
        f"{pc(sg['接待'][1], sa)}。具体情况如下：",
        f"1、因公出国（境）费支出{m(sg['出国'][1])}。全年安排因公出国（境）团组1个、累计3人次。开支内容包括：赴香港开展"
        "经贸交流和招商引资对接的国际旅费、住宿费、伙食费等。",
        f"2、公务用车购置及运行维护费支出{m(car)}。其中：公务用车购置支出为0万元，本年未购置公务用车。公务用车运行维护"
        f"支出{m(sg['运行'][1])}，主要用于走访会员企业、商会调研等工作用车的燃料费、维修费、保险费等。2024年，本会开支"
        "财政拨款的公务用车保有量为1辆。",
        f"3、公务接待费支出{m(sg['接待'][1])}。其中：国内公务接待支出{plain(sg['接待'][1])}万（含外宾接待支出0万元），"
        "主要用于接待外省市工商联来区考察交流，共接待4批次、26人次，其中：接待外宾0批次、0人次。",
        "八、政府性基金预算财政拨款收入支出决算情况说明",
        f"{NAME}2024年度无政府性基金预算财政拨款收入和支出。",
        "九、国有资本经营预算财政拨款收入支出决算情况说明",
        f"{NAME}2024年度无国有资本经营预算财政拨款收入和支出。",
        "十、预算绩效管理情况",
        f"本会2024年度对全部{len(SCORES)}个项目编报绩效目标并开展绩效自评，涉及预算金额{m(f['pbudget'])}，决算"
        f"{m(f['pspent'])}。自评得分分别为："
        + "；".join(f"{make.NAMES[c]}{s}分，评级为“{g}”" for c, (s, g) in SCORES.items()) + "。",
        "十一、其他重要事项的情况说明",
        "（一）机关运行经费支出情况",
        f"本会2024年度机关运行经费支出{m(u.u_total)}（2023年度：{m(PREV['机关'])}），{moved(u.u_total, PREV['机关'])}。"
        "变动原因：本年因公出国（境）费用在基本支出中列支。",
        "（二）政府采购支出情况",
        f"本会2024年度政府采购金额（以合同签订为准）为{m(f['bought'])}，其中：货物采购金额{m(goods)}、工程采购金额0万元、"
        f"服务采购金额{m(service)}。面向中小企业预留政府采购项目预算金额{m(service)}，由中小企业供应商中标或成交的"
        f"采购金额{m(service)}。",
        "（三）国有资产占有使用情况说明",
        "截至2024年12月31日，本会共有车辆1辆，为其他用车；无单价100万元（含）以上设备（不含车辆）。",
        *glossary("本会无事业收入。"),
    ]


Unit = make.Unit  # the imported make's (its NAMES hold this district's codes), not make.py's __main__
U = Unit(FIGURES)
U.tables()
_F = facts(U)
_TOT, _PREV = U.total(), PREV["total"]
_UP = _TOT - _PREV
_SA, _OUT = _F["sa"], _F["sg"]["出国"]
_P04 = U.items["2012804"]
_MAIL = U.eco["30207"]
SLIPS: list = [
    TableSlip("公开06", "30109", 5, plain(Decimal("18.50")), "公开06 一般公共预算财政拨款基本支出决算表", "sum",
              f"{_MAIL:,.2f}",
              f"邮电费（30207）应为商品和服务支出{U.eco['302']:,.2f}减其余各款之和，即{_MAIL:,.2f}（公用经费合计"
              f"{U.u_total:,.2f}也按此）；表中录成了18.50（小数点错位），302合计和公用经费合计都对不上",
              calc=f"{U.eco['302']} - {U.eco['302'] - _MAIL}", rows=("30207",)),
    Slip(f"收支总计各{moved(_TOT, _PREV)}", f"收支总计各{moved(_TOT, _PREV).rstrip('%')}",
         "一、收入支出决算总体情况说明", f"增长{pc(_UP, _PREV).rstrip('%')}", "unit", pc(_UP, _PREV),
         f"增长率漏了百分号：({plain(_TOT)}－{plain(_PREV)})÷{plain(_PREV)}＝{pc(_UP, _PREV)}",
         calc=f"({_TOT} - {_PREV}) / {_PREV} * 100", context="收支总计各"),
    Slip(f"{subject('2012802')}年初预算",
         f"一般公共服务支出（类）群众团体事务（款）{make.NAMES['2012802']}（项）年初预算",
         "五、（三）一般公共预算财政拨款支出决算具体情况", "群众团体事务", "name", make.NAMES["20128"],
         "公开05表此项编码2012802，所属款20128名称为“民主党派及工商联事务”；“群众团体事务”是20129款的名称，与编码不符"),
    Slip(f"支出决算{m(_P04['fp'])}，主要用于{FOR['2012804']}，决算数大于",
         f"支出决算{m(_P04['fp'])}，主要用于{FOR['2012804']}，决算数小于",
         "五、（三）一般公共预算财政拨款支出决算具体情况", "小于", "compare", "大于",
         f"参政议政（项）支出决算{plain(_P04['fp'])}万元，年初预算{plain(_P04['budget'])}万元，决算数大于预算数；所说原因"
         "“年中增加专题调研”也是超预算的原因", context="决算数小于年初预算数，主要原因是年中增加"),
    Slip(f"因公出国（境）费支出决算{m(_OUT[1])}，占{pc(_OUT[1], _SA)}",
         f"因公出国（境）费支出决算{m(_OUT[1])}，占{pc(_OUT[1], _F['sb'])}",
         "七、（二）“三公”经费财政拨款支出决算具体情况说明", pc(_OUT[1], _F["sb"]), "share", pc(_OUT[1], _SA),
         f"因公出国（境）费占“三公”经费决算{plain(_SA)}万元的比重为{pc(_OUT[1], _SA)}（其余两项的占比也按决算"
         "算，三项合计"
         f"100%）；所写比例是除以“三公”预算{plain(_F['sb'])}万元算出的",
         calc=f"{_OUT[1]} / {_SA} * 100", context="因公出国（境）费支出决算"),
    Slip(f"涉及预算金额{m(_F['pbudget'])}", f"涉及预算金额{m(_F['pspent'])}",
         "十、预算绩效管理情况", m(_F["pspent"]), "sum", m(_F["pbudget"]),
         "3个项目的年初预算之和：一般行政管理事务52.00＋参政议政30.00＋其他民主党派及工商联事务支出22.80＝"
         f"{plain(_F['pbudget'])}万元；所写{plain(_F['pspent'])}万元是三项的决算之和（同句“决算”也是此数）",
         calc=" + ".join(str(U.items[c]["budget"]) for c in SCORES), context="涉及预算金额"),
    Slip(f"政府采购金额（以合同签订为准）为{m(_F['bought'])}", "政府采购金额（以合同签订为准）为28.64万元",
         "十一、（二）政府采购支出情况", "28.64万元", "sum", m(_F["bought"]),
         f"政府采购金额应为货物{plain(BUY[0])}万元＋工程0万元＋服务{plain(BUY[1])}万元＝{m(_F['bought'])}",
         calc=f"{BUY[0]} + {BUY[1]}", context="政府采购金额"),
]
ERRORS: list[tuple[str, str]] = errors_of(SLIPS)
TABLE_ERRORS: list[tuple[str, str, int, str]] = table_errors_of(SLIPS)
