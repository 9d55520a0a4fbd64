"""上海市桐溪区妇女联合会 (区妇联): 群团组织, one 参照公务员法管理 unit, 「机构设置」, all 财政拨款, a small budget, the
三公 all zero but 公务接待费, no vehicles. The office types its amounts as a spreadsheet's General format leaves them:
trailing zeros dropped and no thousands separator (「45.8万元」「0万元」「312.46万元」「增长0.24%」),
「比2023年度」, reasons after 「原因是」, 项 paragraphs 「1、…（项）：年初预算X万元，支出决算Y万元，完成年初预算
的Z%。原因是…。主要用于…。」. Errors put in (``SLIPS``)."""

from decimal import Decimal

import make
from unit_tx_common import (
    Slip,
    TableSlip,
    Z,
    budget_of,
    errors_of,
    general,
    glossary,
    lines_of,
    pc_general,
    subject,
    table_errors_of,
)

NAME = "上海市桐溪区妇女联合会"
SHORT = "区妇联"

FIGURES = {
    "id": "tongxi-fulian-2024",
    "name": NAME,
    "items": {
        "2012901": {"fb": "312.46", "budget": "318.00"},
        "2012902": {"fp": "45.80", "budget": "52.00"},
        "2012999": {"fp": "68.35", "budget": "60.00"},
        "2080505": {"fb": "36.20", "budget": "37.00"},
        "2080506": {"fb": "18.10", "budget": "18.50"},
        "2101101": {"fb": "11.64", "budget": "12.00"},
        "2210201": {"fb": "26.38", "budget": "27.00"},
    },
    "economic": {
        "30101": "96.40",
        "30102": None,
        "30103": "18.20",
        "30108": "36.20",
        "30109": "18.10",
        "30110": "11.64",
        "30112": "2.86",
        "30113": "26.38",
        "30199": "4.80",
        "30399": "2.40",
        "30201": "6.80",
        "30202": "2.40",
        "30205": "0.62",
        "30206": "3.85",
        "30207": "2.16",
        "30209": "18.60",
        "30211": "0.86",
        "30215": "0.45",
        "30216": "1.20",
        "30217": "0.12",
        "30228": "5.46",
        "30229": "6.30",
        "30239": "12.60",
        "30299": "1.85",
    },
    "sangong": {
        "出国": ("0.00", "0.00"),
        "购置": ("0.00", "0.00"),
        "运行": ("0.00", "0.00"),
        "接待": ("0.30", "0.12"),
    },
}
PREV = {  # 2023年度决算
    "total": Decimal("517.69"),
    "接待": Decimal("0.15"),
    "机关": Decimal("66.80"),
}
BUY = (Decimal("8.60"), Z, Decimal("42.50"), Decimal("51.10"), Decimal("38.40"))  # 货物 工程 服务 中小 小微
FOR = {
    "2012901": "机关在职人员工资福利和机关日常运转",
    "2012902": "妇女代表大会筹备、执委会议和基层妇联组织建设",
    "2012999": "妇女儿童权益维护、家庭教育指导服务和“巾帼志愿者”项目",
    "2080505": "在职人员机关事业单位基本养老保险单位缴费",
    "2080506": "在职人员职业年金单位缴费",
    "2101101": "在职人员基本医疗保险单位缴费",
    "2210201": "按规定为在职职工缴存的住房公积金",
}
WHY = {
    "2012901": "人员变动",
    "2012902": "执委会议合并召开，会务费用减少",
    "2012999": "年中增加家庭教育指导服务进社区场次",
    "2080505": "人员变动",
    "2080506": "人员变动",
    "2101101": "人员变动",
    "2210201": "人员变动",
}


def m(x: Decimal) -> str:
    return f"{general(x)}万元"


def change(new: Decimal, old: Decimal) -> str:
    """「比2023年度增加X万元，增长Y%」."""
    if new == old:
        return "与2023年度持平"
    up = new > old
    return f"比2023年度{'增加' if up else '减少'}{m(abs(new - old))}，{'增长' if up else '下降'}" \
           f"{pc_general(abs(new - old), old)}"


def item(k: int, code: str, it: dict) -> str:
    spent, budget = it["fb"] + it["fp"], it["budget"]
    return (f"{k}、{subject(code)}：年初预算{m(budget)}，支出决算{m(spent)}，完成年初预算的"
            f"{pc_general(spent, budget)}。原因是{WHY[code]}。主要用于{FOR[code]}。")


def facts(u: make.Unit) -> dict:
    sg = {k: (Decimal(b), Decimal(a)) for k, (b, a) in FIGURES["sangong"].items()}
    return {
        "sg": sg,
        "sb": sum((b for b, _ in sg.values()), Z),
        "sa": sum((a for _, a in sg.values()), Z),
        "bought": BUY[0] + BUY[1] + BUY[2],
        "budget": budget_of(u),
        "projects": sum((it["budget"] for it in u.items.values() if it["fp"] != Z), Z),
    }


def text(u: make.Unit) -> list[str]:
    f = facts(u)
    total, fin, fb = u.total(), u.fin_in(), u.s("fb")
    sg, sb, sa = f["sg"], f["sb"], f["sa"]
    goods, works, service, sme, small = BUY
    classes = sorted({c[:3] for c in u.items})
    return [
        f"第一部分 {NAME}概况",
        "一、主要职能",
        f"{NAME}是区委领导下的人民团体，是党和政府联系妇女群众的桥梁和纽带。主要职能是：团结、动员妇女投身本区经济"
        "建设和社会发展；代表妇女参与民主决策、民主管理、民主监督，参与有关法律、法规、规章和政策的制定；维护妇女儿童合法"
        "权益，推动男女平等基本国策的贯彻落实；指导家庭教育工作，推进家庭文明建设；联系、指导街镇妇联和基层妇女组织"
        "开展工作。",
        "二、机构设置",
        f"{SHORT}内设办公室、组织宣传部、权益部、家庭和儿童工作部4个部门，参照公务员法管理。本部门无下属预算单位，"
        f"2024年度部门决算即为{SHORT}本级决算。",
        f"第三部分 {NAME}2024年度部门决算情况说明",
        "一、收入支出决算总体情况说明",
        f"2024年度收入总计{m(total)}，支出总计{m(total)}。收、支总计均{change(total, PREV['total'])}。"
        "原因是家庭教育指导服务项目支出增加。",
        "二、收入决算情况说明",
        f"2024年度本年收入合计{m(u.income())}，全部为财政拨款收入，占100%。本部门无事业收入、经营收入和其他收入。",
        "三、支出决算情况说明",
        f"2024年度本年支出合计{m(u.spend())}，其中：基本支出{m(u.basic())}，占{pc_general(u.basic(), u.spend())}；"
        f"项目支出{m(u.project())}，占{pc_general(u.project(), u.spend())}。",
        "四、财政拨款收入支出决算总体情况说明",
        f"2024年度财政拨款收入总计{m(fin)}，支出总计{m(fin)}，{change(fin, PREV['total'])}。原因是家庭教育指导服务"
        "项目支出增加。",
        "五、一般公共预算财政拨款支出决算情况说明",
        "（一）一般公共预算财政拨款支出决算总体情况",
        f"2024年度一般公共预算财政拨款支出{m(fin)}，占本年支出合计的100%，{change(fin, PREV['total'])}。",
        "（二）一般公共预算财政拨款支出决算结构情况",
        "2024年度一般公共预算财政拨款支出主要用于以下方面："
        + "；".join(f"{make.NAMES[c]}（类）{m(u.fin(c))}，占{pc_general(u.fin(c), fin)}" for c in classes) + "。",
        "（三）一般公共预算财政拨款支出决算具体情况",
        f"2024年度一般公共预算财政拨款支出年初预算{m(f['budget'])}，支出决算{m(fin)}，完成年初预算的"
        f"{pc_general(fin, f['budget'])}。其中：",
        *[item(k, c, u.items[c]) for k, c in enumerate(sorted(u.items), start=1)],
        "六、一般公共预算财政拨款基本支出决算情况说明",
        f"2024年度一般公共预算财政拨款基本支出{m(fb)}，其中：人员经费{m(u.p_total)}，公用经费{m(u.u_total)}。人员经费"
        f"主要包括：{'、'.join(lines_of(u, make.PERSONNEL))}；公用经费主要包括："
        f"{'、'.join(lines_of(u, make.PUBLIC))}。",
        "七、财政拨款“三公”经费支出决算情况说明",
        f"2024年度“三公”经费财政拨款支出预算{m(sb)}，支出决算{m(sa)}，完成预算的{pc_general(sa, sb)}，"
        f"{change(sa, PREV['接待'])}。其中：因公出国（境）费0万元，本部门未安排因公出国（境）；公务用车购置及运行维护费"
        f"0万元，本部门无公务用车；公务接待费{m(sg['接待'][1])}，共接待2批次、14人次，主要是接待外区妇联来区交流。"
        "决算数小于预算数的原因是厉行节约，压减接待。",
        "八、政府性基金预算财政拨款收入支出决算情况说明",
        "本部门2024年度无政府性基金预算财政拨款收入、支出及结转和结余，公开08表无数据。",
        "九、国有资本经营预算财政拨款收入支出决算情况说明",
        "本部门2024年度无国有资本经营预算财政拨款收入、支出及结转和结余，公开09表无数据。",
        "十、预算绩效管理情况",
        f"{SHORT}对2024年度全部项目编报了绩效目标并开展绩效自评。编报绩效目标的项目2个，涉及预算金额"
        f"{m(f['projects'])}；绩效自评结果均为“优”。",
        "十一、其他重要事项的情况说明",
        "（一）机关运行经费支出情况",
        f"2024年度{SHORT}机关运行经费支出{m(u.u_total)}，{change(u.u_total, PREV['机关'])}。原因是压减办公及会议费用。",
        "（二）政府采购支出情况",
        f"2024年度{SHORT}政府采购支出总额{m(f['bought'])}，其中：政府采购货物支出{m(goods)}、政府采购工程支出"
        f"{m(works)}、政府采购服务支出{m(service)}。授予中小企业合同金额{m(sme)}，占政府采购支出总额的"
        f"{pc_general(sme, f['bought'])}，其中：授予小微企业合同金额{m(small)}，占授予中小企业合同金额的"
        f"{pc_general(small, sme)}。",
        "（三）国有资产占有使用情况说明",
        f"截至2024年末，{SHORT}无车辆，无单价100万元（含）以上设备。",
        *glossary("指本级财政部门当年拨付的资金。"),
    ]


Unit = make.Unit  # the imported make's (its NAMES hold this district's codes), not make.py's __main__
U = Unit(FIGURES)
U.tables()
_F = facts(U)
_T = U.total()
_E301 = U.eco["301"]
_PUBLIC_LINES = lines_of(U, make.PUBLIC)
_SG = _F["sg"]["接待"]
SLIPS: list = [
    Slip(f"收、支总计均{change(_T, PREV['total'])}", "收、支总计均与2023年度持平",
         "一、收入支出决算总体情况说明", "与2023年度持平", "flat", f"增加{m(_T - PREV['total'])}",
         f"收支总计{general(_T)}万元，2023年度为{general(PREV['total'])}万元，增加{general(_T - PREV['total'])}万元、"
         f"增长{pc_general(_T - PREV['total'], PREV['total'])}，不是持平（“四、财政拨款收入支出决算总体情况说明”"
         "同一组数写的是增加）",
         context="收、支总计均与2023年度持平"),
    Slip(f"人员经费{m(U.p_total)}，公用经费", f"人员经费{m(_E301)}，公用经费",
         "六、一般公共预算财政拨款基本支出决算情况说明", m(_E301), "sum", m(U.p_total),
         f"人员经费应为公开06表人员经费合计{general(U.p_total)}万元（工资福利支出{general(_E301)}万元＋对个人和家庭的"
         f"补助{general(U.eco['303'])}万元）；所写是工资福利支出一款的小计，与公用经费{general(U.u_total)}万元相加也不等于"
         f"基本支出{general(U.s('fb'))}万元",
         calc=f"{_E301} + {U.eco['303']}", context="人员经费"),
    Slip(f"完成预算的{pc_general(_F['sa'], _F['sb'])}", f"完成预算的{pc_general(_F['sb'], _F['sa'])}",
         "七、财政拨款“三公”经费支出决算情况说明", pc_general(_F["sb"], _F["sa"]), "completion",
         pc_general(_F["sa"], _F["sb"]),
         f"完成预算的比例应为决算{general(_F['sa'])}万元÷预算{general(_F['sb'])}万元；所写是预算除以决算（倒过来了），"
         "同句还说决算数小于预算数",
         calc=f"{_F['sa']} / {_F['sb']} * 100", context="完成预算的"),
    TableSlip("公开05", "2012999", 1, "其他一般公共服务支出", "公开05 一般公共预算财政拨款支出决算表", "name",
              make.NAMES["2012999"],
              "科目编码2012999是群众团体事务（款）下的“其他群众团体事务支出”（项）；“其他一般公共服务支出”是2019999的"
              "名称（公开02、03表同一编码的名称都是其他群众团体事务支出）", rows=("2012999",)),
    Slip(f"政府采购支出总额{m(_F['bought'])}", f"政府采购支出总额{general(Decimal('15.10'))}万元",
         "十一、（二）政府采购支出情况", f"{general(Decimal('15.10'))}万元", "sum", m(_F["bought"]),
         f"政府采购支出总额应为货物{general(BUY[0])}万元＋工程{general(BUY[1])}万元＋服务{general(BUY[2])}万元＝"
         f"{m(_F['bought'])}（51.1录成了15.1；授予中小企业合同金额{general(BUY[3])}万元也不可能大于总额）",
         calc=f"{BUY[0]} + {BUY[1]} + {BUY[2]}", context="政府采购支出总额"),
    Slip("公务接待费、工会经费、福利费", "公务接待费、福利费",
         "六、一般公共预算财政拨款基本支出决算情况说明", "公务接待费、福利费", "list",
         f"（补上“工会经费”）{'、'.join(_PUBLIC_LINES)}",
         f"公开06表工会经费（30228）决算{general(U.eco['30228'])}万元，不为零，公用经费主要包括的项目中漏列了“工会经费”"
         "（其余非零的款都列了）", needs="table"),
    Slip(f"涉及预算金额{m(_F['projects'])}", f"涉及预算金额{m(U.project())}",
         "十、预算绩效管理情况", m(U.project()), "sum", m(_F["projects"]),
         f"两个项目（一般行政管理事务、其他群众团体事务支出）的年初预算是{general(U.items['2012902']['budget'])}万元和"
         f"{general(U.items['2012999']['budget'])}万元（第五部分（三）），合计{m(_F['projects'])}；所写是两项的支出决算"
         f"之和{m(U.project())}",
         calc=f"{U.items['2012902']['budget']} + {U.items['2012999']['budget']}", context="涉及预算金额"),
]
TOLERATED: list = []
ERRORS: list[tuple[str, str]] = errors_of(SLIPS)
TABLE_ERRORS: list[tuple[str, str, int, str]] = table_errors_of(SLIPS)
