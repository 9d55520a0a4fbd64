"""上海市漕湾区青少年科技活动中心 (「本中心」): a 公益一类 事业单位 of the 区科委, 科学技术支出 类 科学技术普及 款
(20607) with 机构运行, 科普活动 and 青少年科技活动 项, 其他收入 (合作单位协办经费, 科创课程材料费) and 年初结转和结余 of
its own money spent on 科普活动 (less carried to next year), a 公务用车 and a 科普大篷车, 绩效 with scores and their
average, no 机关运行经费. The office writes `1234.56万元`, last year's figure in a sentence of its own (「上年决算数为
X万元。」), the 项 of each 款 in one 「分别为：」 list with the code before the name, then a line per 项 saying whether
it is 基本 or 项目支出. Errors put in (``SLIPS``)."""

from decimal import Decimal

import make
from unit_cw_common import (
    Slip,
    TableSlip,
    Tolerated,
    Z,
    budget_of,
    errors_of,
    glossary,
    lines_of,
    plain,
    rate,
    table_errors_of,
)

NAME = "上海市漕湾区青少年科技活动中心"

FIGURES = {
    "id": "caowan-keji-2024",
    "name": NAME,
    "items": {
        "2060701": {"fb": "486.20", "budget": "492.00"},
        "2060702": {"fp": "64.80", "qt": "18.40", "op": "32.30", "budget": "70.00"},
        "2060703": {"fp": "215.60", "budget": "228.00"},
        "2080505": {"fb": "52.36", "budget": "53.00"},
        "2080506": {"fb": "26.18", "budget": "26.50"},
        "2101102": {"fb": "29.74", "budget": "30.00"},
        "2210201": {"fb": "38.52", "budget": "38.52"},
    },
    "carry0": "26.20",
    "carry1": "12.30",
    "economic": {
        "30101": "142.60",
        "30102": "18.40",
        "30107": None,
        "30108": "52.36",
        "30109": "26.18",
        "30110": "29.74",
        "30112": "1.92",
        "30113": "38.52",
        "30199": "3.60",
        "30305": "2.40",
        "30201": "9.80",
        "30202": "3.60",
        "30205": "3.40",
        "30206": "28.60",
        "30207": "3.15",
        "30209": "46.80",
        "30211": "0.60",
        "30213": "12.40",
        "30216": "1.80",
        "30217": "0.28",
        "30226": "6.20",
        "30228": "5.60",
        "30229": "3.30",
        "30231": "2.68",
        "30299": "2.10",
    },
    "sangong": {
        "出国": ("0.00", "0.00"),
        "购置": ("0.00", "0.00"),
        "运行": ("3.00", "2.68"),
        "接待": ("0.50", "0.28"),
    },
}
PREV = {  # 2023年度决算
    "total": Decimal("902.46"),
    "income": Decimal("884.10"),
    "qt": Decimal("15.60"),
    "fin": Decimal("868.50"),
    "basic": Decimal("612.84"),
    "运行": Decimal("2.46"),
    "接待": Decimal("0.34"),
}
BUY = (Decimal("46.80"), Decimal("0.00"), Decimal("88.20"))  # 货物, 工程, 服务
SCORES = {"青少年科技节": ("94.5", "优"), "科创教育课程": ("91.0", "优"), "科普进社区": ("88.5", "良")}
FOR = {
    "2060701": "在职人员工资福利和中心日常运转",
    "2060702": "科普大篷车进社区、科普讲座和科普场馆主题展览",
    "2060703": "区青少年科技节、青少年机器人和科技创新大赛、科创教育课程",
    "2080505": "在职人员机关事业单位基本养老保险单位缴费",
    "2080506": "在职人员职业年金单位缴费",
    "2101102": "在职人员基本医疗保险单位缴费",
    "2210201": "按规定为在职职工缴存的住房公积金",
}
WHY = {
    "2060701": "1名职工退休，人员经费减少",
    "2060702": "部分科普展览由合作单位协办，相关费用由其他收入和上年结转资金安排",
    "2060703": "科创教育课程器材采购经政府采购节约资金",
    "2080505": "人员减少",
    "2080506": "人员减少",
    "2101102": "人员减少",
}
KIND = {"fb": "基本支出", "fp": "项目支出"}


def m(x: Decimal) -> str:
    return f"{plain(x)}万元"


def pc(a: Decimal, b: Decimal) -> str:
    return f"{rate(a, b)}%"


def change(new: Decimal, old: Decimal) -> str:
    """「增加X万元，增长Y%」 (last year's figure said before, in a sentence of its own)."""
    up = new > old
    return f"{'增加' if up else '减少'}{m(abs(new - old))}，{'增长' if up else '下降'}{pc(abs(new - old), old)}"


def line(j: int, code: str, it: dict) -> str:
    spent, budget = it["fb"] + it["fp"], it["budget"]
    kind = KIND["fb" if it["fb"] else "fp"]
    out = (f"（{j}）{code}{make.NAMES[code]}：年初预算{m(budget)}，支出决算{m(spent)}，完成年初预算的"
           f"{pc(spent, budget)}。"
           f"该项为{kind}，主要用于{FOR[code]}。")
    if spent == budget:
        return out + "决算数与预算数持平。"
    return out + f"决算数{'大于' if spent > budget else '小于'}预算数的主要原因是{WHY[code]}。"


def section(u: make.Unit, k: int, kuan: str) -> list[str]:
    codes = [c for c in sorted(u.items) if c.startswith(kuan)]
    head = (f"{k}.{make.NAMES[kuan]}（款）支出{m(u.fin(kuan, 'gp'))}，下设{len(codes)}个项级科目，分别为："
            + "、".join(f"{c}{make.NAMES[c]}{m(u.fin(c, 'gp'))}" for c in codes) + "。")
    if len(codes) == 1:
        head = f"{k}.{make.NAMES[kuan]}（款）支出{m(u.fin(kuan, 'gp'))}，为{codes[0]}{make.NAMES[codes[0]]}。"
    return [head, *(line(j, c, u.items[c]) for j, c in enumerate(codes, start=1))]


def facts(u: make.Unit) -> dict:
    sg = {k: (Decimal(b), Decimal(a)) for k, (b, a) in FIGURES["sangong"].items()}
    scores = [Decimal(s) for s, _ in SCORES.values()]
    return {
        "sg": sg,
        "sb": sum((b for b, _ in sg.values()), Z),
        "sa": sum((a for _, a in sg.values()), Z),
        "prev3": PREV["运行"] + PREV["接待"],
        "budget": budget_of(u),
        "pbudget": u.items["2060702"]["budget"] + u.items["2060703"]["budget"],
        "scores": scores,
        "avg": sum(scores, Z) / len(scores),
    }


def text(u: make.Unit) -> list[str]:
    f = facts(u)
    total, inc, spend = u.total(), u.income(), u.spend()
    fin, gp, qt = u.fin_in(), u.fin(fund="gp"), u.s("qt")
    basic, project, fb = u.basic(), u.project(), u.s("fb")
    sg, sb, sa = f["sg"], f["sb"], f["sa"]
    car = sg["购置"][1] + sg["运行"][1]
    goods, works, service = BUY
    kuans = sorted({c[:5] for c in u.items})
    ranks = [g for _, g in SCORES.values()]
    return [
        f"第一部分 {NAME}概况",
        "一、主要职能",
        f"{NAME}是区科学技术委员会所属公益一类事业单位，主要职能是：组织开展全区青少年科技教育和科普活动；承办区青少年"
        "科技节、青少年科技创新大赛和机器人竞赛；开发和实施青少年科创教育课程，指导中小学科技社团建设；管理和运行区"
        "青少年科普场馆，组织科普大篷车进社区、进校园。",
        "二、机构设置",
        f"{NAME}内设办公室、科技教育部、科普活动部和场馆管理部，核定事业编制28名。本中心无下属单位，纳入本中心2024年度"
        "部门决算编制范围的单位为本中心本级。",
        f"第三部分 {NAME}2024年度部门决算情况说明",
        "一、收入支出决算总体情况说明",
        f"2024年度收入总计{m(total)}，支出总计{m(total)}。上年决算数为{m(PREV['total'])}。收支总计较上年决算数"
        f"{change(total, PREV['total'])}，主要原因是区青少年科技节规模扩大，科创教育课程覆盖学校增加。其中：本年收入"
        f"合计{m(inc)}，使用年初结转和结余{m(u.carry0)}；本年支出合计{m(spend)}，年末结转和结余{m(u.carry1)}。",
        "二、收入决算情况说明",
        f"2024年度本年收入合计{m(inc)}。上年决算数为{m(PREV['income'])}。其中：财政拨款收入{m(fin)}，占"
        f"{pc(fin, inc)}；其他收入{m(qt)}，占{pc(qt, inc)}，主要为科普展览合作单位协办经费和科创课程材料费收入。",
        "三、支出决算情况说明",
        f"2024年度本年支出合计{m(spend)}，其中：基本支出{m(basic)}，占{pc(basic, spend)}；项目支出{m(project)}，占"
        f"{pc(project, spend)}。",
        "四、财政拨款收入支出决算总体情况说明",
        f"2024年度财政拨款收入支出总计{m(fin)}。上年决算数为{m(PREV['fin'])}。本年比上年{change(fin, PREV['fin'])}，"
        "主要原因是区青少年科技节和科创教育课程经费增加。",
        "五、一般公共预算财政拨款支出决算情况说明",
        "（一）一般公共预算财政拨款支出决算总体情况",
        f"一般公共预算财政拨款支出{m(gp)}，占本年支出合计的{pc(gp, spend)}。上年决算数为{m(PREV['fin'])}，"
        f"{change(gp, PREV['fin'])}，主要原因是区青少年科技节规模扩大。",
        "（二）一般公共预算财政拨款支出决算结构情况",
        f"一般公共预算财政拨款支出{m(gp)}，主要用于以下方面："
        + "；".join(f"{make.NAMES[c]}（类）{m(u.fin(c, 'gp'))}，占{pc(u.fin(c, 'gp'), gp)}"
                   for c in sorted({c[:3] for c in u.items})) + "。",
        "（三）一般公共预算财政拨款支出决算具体情况",
        f"一般公共预算财政拨款支出年初预算为{m(f['budget'])}，支出决算为{m(gp)}，完成年初预算的"
        f"{pc(gp, f['budget'])}。决算数小于预算数的主要原因是部分科普活动使用其他收入和上年结转资金安排，科创器材采购"
        "节约资金。按款级科目分别说明如下：",
        *(p for k, kuan in enumerate(kuans, start=1) for p in section(u, k, kuan)),
        "六、一般公共预算财政拨款基本支出决算情况说明",
        f"一般公共预算财政拨款基本支出{m(fb)}。上年决算数为{m(PREV['basic'])}，{change(fb, PREV['basic'])}。其中：人员"
        f"经费{m(u.p_total)}，主要包括：{'、'.join(lines_of(u, make.PERSONNEL))}；公用经费{m(u.u_total)}，主要包括："
        f"{'、'.join(lines_of(u, make.PUBLIC))}。",
        "七、财政拨款“三公”经费支出决算情况说明",
        f"2024年度“三公”经费财政拨款支出年初预算{m(sb)}，支出决算{m(sa)}，完成年初预算的{pc(sa, sb)}。决算数小于预算数"
        f"的主要原因是压缩公务接待。上年决算数为{m(f['prev3'])}，本年比上年{change(sa, f['prev3'])}，主要原因是公务用车"
        "车龄增长，维修费用增加。",
        "“三公”经费财政拨款支出决算中：",
        "1.因公出国（境）费0万元，本中心2024年度未安排因公出国（境）团组。",
        f"2.公务用车购置及运行维护费{m(car)}，占“三公”经费的{pc(car, sa)}。其中：公务用车购置费0万元，本年未购置公务"
        f"用车；公务用车运行维护费{m(sg['运行'][1])}，主要用于科普进社区、进校园活动用车的燃料费、维修费、保险费等。"
        "2024年末，本中心开支财政拨款的公务用车保有量为1辆。",
        f"3.公务接待费{m(sg['接待'][1])}，占“三公”经费的{pc(sg['接待'][1], sa)}。其中：国内公务接待支出"
        f"{m(sg['接待'][1])}（含外宾接待支出0万元），主要为兄弟区青少年科技活动中心来访交流，共接待2批次、14人次；接待"
        "外宾0批次、0人次。",
        "八、政府性基金预算财政拨款收入支出决算情况说明",
        "本中心2024年度无政府性基金预算财政拨款收入，也无使用政府性基金预算财政拨款安排的支出。",
        "九、国有资本经营预算财政拨款收入支出决算情况说明",
        "本中心2024年度无国有资本经营预算财政拨款收入，也无使用国有资本经营预算财政拨款安排的支出。",
        "十、预算绩效管理情况",
        f"本中心2024年度对{len(SCORES)}个项目开展绩效自评，涉及预算金额{m(f['pbudget'])}。自评得分分别为："
        + "、".join(f"{n}{s}分" for n, (s, _) in SCORES.items())
        + f"，平均得分{plain(f['avg'])}分，其中评级为“优”的项目{ranks.count('优')}个、“良”的项目"
        f"{ranks.count('良')}个。",
        "十一、其他重要事项的情况说明",
        "（一）机关运行经费支出情况",
        f"{NAME}2024年度无机关运行经费支出。",
        "（二）政府采购支出情况",
        f"{NAME}2024年度政府采购金额（以合同签订为准）为{m(goods + works + service)}，其中：货物采购金额{m(goods)}、"
        f"工程采购金额0万元、服务采购金额{m(service)}。2024年度本中心面向中小企业预留政府采购项目预算金额"
        f"{m(goods + service)}，由中小企业供应商中标或成交的，采购金额{m(goods + service)}。",
        "（三）国有资产占有使用情况说明",
        "截至2024年12月31日，本中心共有车辆2辆，其中：特种专业技术用车1辆（科普大篷车）、其他用车1辆。单价100万元"
        "（含）以上设备（不含车辆）1台（套），为科普场馆球幕影院放映系统。",
        *glossary("本中心无事业收入。", "主要是科普展览合作单位协办经费和科创课程材料费收入。"),
    ]


Unit = make.Unit  # the imported make's (its NAMES hold this district's codes), not make.py's __main__
U = Unit(FIGURES)
U.tables()
_F = facts(U)
_INC, _FIN, _QT, _TOT = U.income(), U.fin_in(), U.s("qt"), U.total()
_SPEND, _BASIC = U.spend(), U.basic()
_SG, _SA = _F["sg"], _F["sa"]
_RUN = _SG["运行"][1]
_ORG = U.items["2060701"]
_SC = _F["scores"]
SLIPS: list = [
    TableSlip("公开01", "八、其他收入", 1, plain(PREV["qt"]), "公开01 收入支出决算总表", "sum", f"{_QT:,.2f}",
              f"其他收入应为本年收入合计{_INC:,.2f}减财政拨款收入{_FIN:,.2f}，即{_QT:,.2f}（公开02表其他收入列亦为此数）；"
              f"表中{plain(PREV['qt'])}是上年决算数，本年收入合计对不上",
              calc=f"{_INC} - {_FIN}", rows=("八、其他收入",)),
    Slip(f"2024年度收入总计{m(_TOT)}", f"2024年度收入总计{m(_INC)}",
         "一、收入支出决算总体情况说明", m(_INC), "sum", m(_TOT),
         f"收入总计应为本年收入合计{plain(_INC)}万元＋年初结转和结余{plain(U.carry0)}万元＝{m(_TOT)}（与同句支出总计"
         "相等，公开01表总计）；所写是本年收入合计，漏了年初结转和结余",
         calc=f"{_INC} + {U.carry0}", context="2024年度收入总计"),
    Slip(f"其中：基本支出{m(_BASIC)}，占{pc(_BASIC, _SPEND)}", f"其中：基本支出{m(_BASIC)}，占{pc(_BASIC, _TOT)}",
         "三、支出决算情况说明", pc(_BASIC, _TOT), "share", pc(_BASIC, _SPEND),
         f"基本支出占本年支出合计的比重为{plain(_BASIC)}÷{plain(_SPEND)}＝{pc(_BASIC, _SPEND)}（同句项目支出占比按本年"
         f"支出合计计算，两者之和应为100%）；所写{pc(_BASIC, _TOT)}是除以支出总计{plain(_TOT)}万元（含年末结转和结余）",
         calc=f"{_BASIC} / {_SPEND} * 100", context="基本支出"),
    Slip(f"本年比上年{change(_FIN, PREV['fin'])}",
         f"本年比上年增加（减少）{m(_FIN - PREV['fin'])}，增长（下降）{pc(_FIN - PREV['fin'], PREV['fin'])}",
         "四、财政拨款收入支出决算总体情况说明", "增加（减少）", "template", "增加",
         f"模板的可选用语“增加（减少）”“增长（下降）”未按实际删改：财政拨款收入支出总计{plain(_FIN)}万元大于上年"
         f"{plain(PREV['fin'])}万元，应写“增加”“增长”", context="本年比上年"),
    Slip(f"完成年初预算的{pc(_ORG['fb'], _ORG['budget'])}。该项为基本支出",
         f"完成年初预算的{pc(_ORG['fb'], _ORG['budget'])}。该项为项目支出",
         "五、（三）一般公共预算财政拨款支出决算具体情况", "项目支出", "text-table", "基本支出",
         f"机构运行（2060701）在公开05表中全部为基本支出（{plain(_ORG['fb'])}万元），项目支出为0，文中说成了项目支出",
         context="2060701机构运行：年初预算", needs="table"),
    Slip(f"公务用车运行维护费{m(_RUN)}，主要用于", f"公务用车运行维护费{m(PREV['运行'])}，主要用于",
         "七、财政拨款“三公”经费支出决算情况说明", m(PREV["运行"]), "text-table", m(_RUN),
         f"公务用车运行维护费本年决算为{m(_RUN)}（公开07表；同段公务用车购置及运行维护费{plain(_RUN)}万元减购置费0万元）；"
         f"所写{plain(PREV['运行'])}万元是上年决算数",
         calc=f"{_RUN} - 0", context="主要用于科普进社区"),
    Slip(f"平均得分{plain(_F['avg'])}分", f"平均得分{plain((_SC[0] + _SC[1]) / 2)}分",
         "十、预算绩效管理情况", f"{plain((_SC[0] + _SC[1]) / 2)}分", "sum", f"{plain(_F['avg'])}分",
         f"3个项目得分{'、'.join(str(s) for s in _SC)}分的平均数为{plain(_F['avg'])}分；所写"
         f"{plain((_SC[0] + _SC[1]) / 2)}分只平均了前两个项目",
         calc=f"({' + '.join(str(s) for s in _SC)}) / 3", context="平均得分"),
]
TOLERATED = [
    Tolerated("保有量为1辆",
              "本中心共有车辆2辆，其中1辆为特种专业技术用车（科普大篷车），不属于公务用车，保有量1辆不错"),
]
ERRORS: list[tuple[str, str]] = errors_of(SLIPS)
TABLE_ERRORS: list[tuple[str, str, int, str]] = table_errors_of(SLIPS)
