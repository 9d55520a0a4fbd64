"""上海市雁滨区殡葬管理所 (公益二类 事业单位: 财政拨款, 事业收入 (火化、殡仪和骨灰寄存服务收费), 经营收入 (殡葬用品
销售, its 经营支出 in 公开01/03), 其他收入, 年初/年末结转和结余): figures in 万元 as the tables print them, the
情况说明 in the office's words (amounts with separators, lists numbered ①②③, 「同比上升/下降…」 to two places,
reasons 「（主要原因：…）」), errors put in (``SLIPS``)."""

from decimal import Decimal
from typing import ClassVar

import make
import unit_yb_common
from unit_yb_common import Slip, TableSlip, Z, errors_of, grouped, pc, table_errors_of

NAME = "上海市雁滨区殡葬管理所"
CIRCLED = "①②③④⑤⑥"


class Unit(unit_yb_common.Unit):
    EMPTY: ClassVar[str] = "注：本单位2024年度无{word}预算财政拨款收入、支出和结转结余，本表为空表。"


FIGURES = {
    "id": "yanbin-binzang-2024",
    "name": NAME,
    "items": {
        "2080502": {"fb": "56.20", "budget": "56.00"},
        "2080505": {"fb": "98.36", "budget": "99.00"},
        "2080506": {"fb": "49.18", "budget": "49.50"},
        "2081004": {"fb": "612.40", "fp": "286.50", "budget": "900.00", "sy": "1862.35", "jy": "215.60",
                    "qt": "12.48", "ob": "1720.16", "op": "148.30", "oj": "198.42"},
        "2101102": {"fb": "44.72", "budget": "45.00"},
        "2210201": {"fb": "62.30", "budget": "63.00"},
    },
    "carry0": "436.82",
    "carry1": "460.37",
    "economic": {
        "30101": "108.50", "30102": None, "30107": "96.40", "30108": "98.36", "30109": "49.18",
        "30110": "44.72", "30112": "6.84", "30113": "62.30", "30199": "12.60", "30302": "56.20",
        "30201": "6.36", "30205": "8.42", "30206": "42.50", "30207": "2.26", "30209": "18.80",
        "30213": "12.18", "30218": "28.40", "30225": "22.65", "30226": "8.30", "30228": "4.64",
        "30231": "10.86", "30299": "3.12",
    },
    "sangong": {"出国": ("0.00", "0.00"), "购置": ("0.00", "0.00"), "运行": ("12.00", "10.86"),
                "接待": ("0.50", "0.00")},
}
# 2023年度: 收入支出总计, 财政拨款收入支出总计, 经营收入, 三公
PREV = {"total": Decimal("3652.48"), "fin": Decimal("1168.30"), "经营": Decimal("231.25"),
        "运行": Decimal("11.42"), "接待": Z}
PROCUREMENT = {"货物": Decimal("168.35"), "工程": Decimal("86.20"), "服务": Decimal("124.62")}
SME = Decimal("312.48")
BECAUSE = {
    "2080502": "退休人员待遇调整",
    "2080505": "人员变动",
    "2080506": "人员变动",
    "2081004": "节地生态安葬奖补资金按实际申领人数结算",
    "2101102": "缴费基数调整",
    "2210201": "人员变动",
}


def _rise(now: Decimal, before: Decimal) -> str:
    """「同比上升X万元，上升Y%」 / 「同比下降X万元，下降Y%」."""
    diff = now - before
    word = "上升" if diff >= 0 else "下降"
    return f"同比{word}{grouped(abs(diff))}万元，{word}{pc(abs(diff), before)}%"


def _listed(parts: list[str]) -> str:
    return "；".join(CIRCLED[k] + p for k, p in enumerate(parts))


def item_line(u: Unit, k: int, c: str) -> str:
    it = u.items[c]
    a, b = it["fb"] + it["fp"], it["budget"]
    line = (f"{k}.{make.NAMES[c[:3]]}（类）{make.NAMES[c[:5]]}（款）{make.NAMES[c]}（项）：年初预算{grouped(b)}万元，"
            f"支出决算{grouped(a)}万元，完成年初预算的{pc(a, b)}%")
    return line + ("。" if a == b else f"（主要原因：{BECAUSE[c]}）。")


def text(u: Unit) -> list[str]:
    total, inc, spend, fin = u.total(), u.income(), u.spend(), u.fin_in()
    gp, basic, project = u.fin(fund="gp"), u.basic(), u.project()
    sy, jy, qt, oj = u.s("sy"), u.s("jy"), u.s("qt"), u.s("oj")
    budget = sum((it["budget"] for it in u.items.values()), Z)
    pers = [nm for code, nm in make.PERSONNEL if len(code) == 5 and u.eco[code] != 0]
    pub = [nm for code, nm in make.PUBLIC if len(code) == 5 and u.eco[code] != 0]
    sg = {k: (Decimal(b), Decimal(a)) for k, (b, a) in FIGURES["sangong"].items()}
    sb, sa = sum((b for b, _ in sg.values()), Z), sum((a for _, a in sg.values()), Z)
    buy = sum(PROCUREMENT.values(), Z)
    income = _listed([f"财政拨款收入{grouped(fin)}万元，占{pc(fin, inc)}%",
                      f"事业收入{grouped(sy)}万元，占{pc(sy, inc)}%，主要为遗体接运、火化、殡仪服务和骨灰寄存"
                      "等服务收费",
                      f"经营收入{grouped(jy)}万元，占{pc(jy, inc)}%，为殡葬用品销售收入",
                      f"其他收入{grouped(qt)}万元，占{pc(qt, inc)}%，为银行存款利息收入"])
    spending = _listed([f"基本支出{grouped(basic)}万元，占{pc(basic, spend)}%",
                        f"项目支出{grouped(project)}万元，占{pc(project, spend)}%",
                        f"经营支出{grouped(oj)}万元，占{pc(oj, spend)}%，为殡葬用品采购成本及销售人员劳务费"])
    classes = sorted({c[:3] for c in u.items})
    structure = _listed([f"{make.NAMES[c]}（类）{grouped(u.fin(c, 'gp'))}万元，占{pc(u.fin(c, 'gp'), gp)}%"
                         for c in classes])
    out = [
        f"第一部分 {NAME}概况",
        "一、主要职能",
        f"{NAME}是区民政局所属公益二类事业单位，主要职能是：贯彻执行殡葬管理法规和政策；承担全区遗体接运、火化、殡仪"
        "服务和骨灰寄存等基本殡葬服务；推行节地生态安葬，组织实施惠民殡葬政策；协助开展殡葬服务市场监督检查；完成区"
        "民政局交办的其他工作。",
        "二、部门决算单位构成",
        f"{NAME}2024年度部门决算仅包括本单位本级决算，无下属预算单位。",
        f"第三部分 {NAME}2024年度部门决算情况说明",
        "一、收入支出决算总体情况说明",
        f"2024年度本单位收入支出总计{grouped(total)}万元，{_rise(total, PREV['total'])}（主要原因：火化及殡仪服务量"
        "增加，事业收入相应增加）。",
        "二、收入决算情况说明",
        f"2024年度本年收入合计{grouped(inc)}万元，其中：{income}。",
        "三、支出决算情况说明",
        f"2024年度本年支出合计{grouped(spend)}万元，其中：{spending}。年末结转和结余{grouped(u.carry1)}万元，均为非财政"
        "拨款结转和结余。",
        "四、财政拨款收入支出决算总体情况说明",
        f"2024年度财政拨款收入支出总计{grouped(fin)}万元，{_rise(fin, PREV['fin'])}（主要原因：节地生态安葬奖补资金"
        "增加）。",
        "五、一般公共预算财政拨款支出决算情况说明",
        "（一）一般公共预算财政拨款支出决算总体情况",
        f"2024年度一般公共预算财政拨款支出{grouped(gp)}万元，占本年支出合计的{pc(gp, spend)}%。",
        "（二）一般公共预算财政拨款支出决算结构情况",
        f"按支出功能分类：{structure}。",
        "（三）一般公共预算财政拨款支出决算具体情况",
        f"2024年度一般公共预算财政拨款支出年初预算{grouped(budget)}万元，支出决算{grouped(gp)}万元，完成年初预算的"
        f"{pc(gp, budget)}%。具体为：",
    ]
    out += [item_line(u, k, c) for k, c in enumerate(sorted(u.items), start=1)]
    out += [
        "六、一般公共预算财政拨款基本支出决算情况说明",
        f"2024年度一般公共预算财政拨款基本支出{grouped(u.s('fb'))}万元，其中：①人员经费{grouped(u.p_total)}万元，"
        f"主要包括{'、'.join(pers)}；②公用经费{grouped(u.u_total)}万元，主要包括{'、'.join(pub)}。",
        "七、财政拨款“三公”经费支出决算情况说明",
        "（一）“三公”经费财政拨款支出决算总体情况说明",
        f"2024年度“三公”经费财政拨款支出年初预算{grouped(sb)}万元，支出决算{grouped(sa)}万元，完成年初预算的"
        f"{pc(sa, sb)}%（主要原因：从严控制车辆使用，未发生公务接待）。",
        "（二）“三公”经费财政拨款支出决算具体情况说明",
        f"①因公出国（境）费：未发生。②公务用车购置及运行费：公务用车购置费未发生；公务用车运行维护费支出决算"
        f"{grouped(sg['运行'][1])}万元，{_rise(sg['运行'][1], PREV['运行'])}，主要用于单位公务用车的燃料、维修和保险"
        "等支出，遗体接运车辆的运行费用在事业收入中列支。③公务接待费：年初预算0.50万元，支出决算0万元，未发生。",
        "八、政府性基金预算财政拨款收入支出决算情况说明",
        "本单位2024年度无政府性基金预算财政拨款收入、支出和结转结余，公开08表为空表。",
        "九、国有资本经营预算财政拨款收入支出决算情况说明",
        "本单位2024年度无国有资本经营预算财政拨款收入、支出和结转结余，公开09表为空表。",
        "十、预算绩效情况说明",
        f"本单位2024年度对节地生态安葬奖补项目开展绩效自评，涉及项目支出{grouped(u.s('fp'))}万元，自评得分93分，评级"
        "为“优”。全年完成遗体火化4,126具，节地生态安葬率达到52.6%。",
        "十一、其他重要事项的情况说明",
        "（一）机关运行经费支出情况",
        "本单位为公益二类事业单位，不属于机关运行经费统计范围。",
        "（二）政府采购支出情况",
        f"2024年度本单位政府采购支出总额{grouped(buy)}万元，其中：①政府采购货物支出{grouped(PROCUREMENT['货物'])}万元，"
        f"主要为火化设备配件；②政府采购工程支出{grouped(PROCUREMENT['工程'])}万元，为告别厅维修改造；③政府采购服务支出"
        f"{grouped(PROCUREMENT['服务'])}万元。授予中小企业合同金额{grouped(SME)}万元，占政府采购支出总额的"
        f"{pc(SME, buy)}%。",
        "（三）国有资产占有使用情况",
        f"截至2024年12月31日，{NAME}共有车辆6辆，其中：特种专业技术用车5辆（遗体接运车），其他用车1辆；单位价值100万元"
        "（含）以上设备（不含车辆）2台（套），为火化机。",
        "第四部分 名词解释",
        "一、事业收入：指事业单位开展专业业务活动及其辅助活动取得的收入。",
        "二、经营收入：指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入。",
        "三、经营支出：指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动发生的支出。",
        "四、年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。",
        "五、年末结转和结余：指本年度或以前年度预算安排、因客观条件发生变化无法按原计划实施，需要延迟到以后年度按有关"
        "规定继续使用的资金。",
        "六、“三公”经费：指单位用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。",
    ]
    return out


U = Unit(FIGURES)
_TABLES = U.tables()
_T, _INC, _FIN, _SPEND = U.total(), U.income(), U.fin_in(), U.spend()
_SY, _JY, _QT, _OJ = U.s("sy"), U.s("jy"), U.s("qt"), U.s("oj")
_D = _T - PREV["total"]
_DF = _FIN - PREV["fin"]
_BUY = sum(PROCUREMENT.values(), Z)
SLIPS: list = [
    Slip(f"上升{pc(_D, PREV['total'])}%（主要原因：火化", f"上升{pc(_D, PREV['total'])}（主要原因：火化",
         "一、收入支出决算总体情况说明", f"上升{pc(_D, PREV['total'])}", "unit", f"上升{pc(_D, PREV['total'])}%",
         "增长率漏写百分号：收入支出总计同比上升" + grouped(_D) + "万元，上升" + pc(_D, PREV["total"]) + "%"),
    Slip(f"事业收入{grouped(_SY)}万元，占{pc(_SY, _INC)}%", f"事业收入{grouped(_SY)}万元，占{pc(_SY, _T)}%",
         "二、收入决算情况说明", f"{pc(_SY, _T)}%", "share", f"{pc(_SY, _INC)}%",
         f"事业收入占比应以本年收入合计{grouped(_INC)}万元为基数（其余各项均如此）；文中以收入支出总计{grouped(_T)}万元"
         "（含年初结转和结余）为基数算得",
         calc=f"{_SY} / {_INC} * 100", context="事业收入"),
    Slip(f"经营支出{grouped(_OJ)}万元", f"经营支出{grouped(_JY)}万元", "三、支出决算情况说明", f"{grouped(_JY)}万元",
         "text-table", f"{grouped(_OJ)}万元",
         f"经营支出应为公开03表经营支出列{grouped(_OJ)}万元；文中误填了经营收入数{grouped(_JY)}万元（同句占比"
         f"{pc(_OJ, _SPEND)}%仍按{grouped(_OJ)}万元计算）",
         calc=str(_OJ), context="经营支出"),
    Slip(f"总计{grouped(_FIN)}万元，同比上升{grouped(_DF)}万元", f"总计{grouped(_FIN)}万元，同比上升"
         f"{grouped(_DF + Decimal('10.00'))}万元", "四、财政拨款收入支出决算总体情况说明",
         f"{grouped(_DF + Decimal('10.00'))}万元", "difference", f"{grouped(_DF)}万元",
         f"财政拨款收入支出总计本年{grouped(_FIN)}万元、上年{grouped(PREV['fin'])}万元，相差{grouped(_DF)}万元"
         f"（同句上升率{pc(_DF, PREV['fin'])}%亦按此计算）",
         calc=f"{_FIN} - {PREV['fin']}", context="财政拨款收入支出总计"),
    Slip(f"{NAME}共有车辆6辆", "上海市雁滨区殡仪管理所共有车辆6辆", "十一、（三）国有资产占有使用情况",
         "上海市雁滨区殡仪管理所", "name", NAME,
         f"单位名称前后不一：封面、概况和各表均为“{NAME}”，此处写成“上海市雁滨区殡仪管理所”"),
    Slip(f"政府采购支出总额{grouped(_BUY)}万元", f"政府采购支出总额{grouped(_BUY - Decimal('86.20'))}万元",
         "十一、（二）政府采购支出情况", f"{grouped(_BUY - Decimal('86.20'))}万元", "sum", f"{grouped(_BUY)}万元",
         "政府采购支出总额应为货物、工程、服务三项之和（" + "+".join(grouped(v) for v in PROCUREMENT.values())
         + "），文中漏加工程采购支出",
         calc=" + ".join(str(v) for v in PROCUREMENT.values()), context="政府采购支出总额"),
    TableSlip("公开01", "六、经营收入", 1, make.cell(_OJ), "公开01 收入支出决算总表", "sum", make.cell(_JY),
              f"经营收入应为{make.cell(_JY)}（公开02表经营收入列同），本年收入合计{make.cell(_INC)}减财政拨款收入"
              f"{make.cell(_FIN)}、事业收入{make.cell(_SY)}、其他收入{make.cell(_QT)}亦得此数；表中填了经营支出数",
              calc=f"{_INC} - {_FIN} - {_SY} - {_QT}", rows=("六、经营收入",)),
]
ERRORS: list[tuple[str, str]] = errors_of(SLIPS)
TABLE_ERRORS: list[tuple[str, str, int, str]] = table_errors_of(SLIPS)
