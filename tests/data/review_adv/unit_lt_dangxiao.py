"""上海市芦汀区委党校 (区委党校): one 公益一类 事业单位 (干部教育), 财政拨款 and a little 其他收入 (委托培训), 年初
结转 spent and 年末结转 left (「上年结转」). The office writes the 总体情况 in whole 万元, 「本年」「上年」, reasons
「（主要是…）」, 「（上年为X万元）」, 其他收入 「增长X倍」, 三公 items 「未发生」「决算数为0」, no 机关运行经费 (said in
its own words), and 「本部门无…」 typed into the empty 公开08/09. Errors put in (``SLIPS``)."""

from decimal import Decimal

import make
import unit_lt_common
from unit_lt_common import (
    GLOSSARY,
    Office,
    Slip,
    Z,
    errors_of,
    item_para,
    lines_of,
    pc,
    table_errors_of,
    times,
)

NAME = "上海市芦汀区委党校"
OF = Office(NAME, "区委党校", "本校")

Unit = unit_lt_common.Unit

FIGURES = {
    "id": "luting-dangxiao-2024",
    "name": NAME,
    "items": {
        "2050802": {"fb": "486.30", "fp": "168.40", "qt": "36.50", "op": "40.30", "budget": "680.00"},
        "2080502": {"fb": "42.60", "budget": "42.60"},
        "2080505": {"fb": "58.40", "budget": "60.00"},
        "2080506": {"fb": "29.20", "budget": "30.00"},
        "2101102": {"fb": "27.35", "budget": "28.00"},
        "2210201": {"fb": "41.80", "budget": "43.00"},
    },
    "carry0": "12.40",
    "carry1": "8.60",
    "economic": {
        "30101": "142.80",
        "30102": None,
        "30103": "28.60",
        "30107": "98.40",
        "30108": "58.40",
        "30109": "29.20",
        "30110": "27.35",
        "30112": "3.15",
        "30113": "41.80",
        "30199": "6.20",
        "30302": "42.60",
        "30201": "12.60",
        "30202": "8.40",
        "30205": "3.20",
        "30206": "18.60",
        "30207": "2.80",
        "30209": "46.50",
        "30211": "1.90",
        "30213": "9.80",
        "30216": "2.40",
        "30218": "6.30",
        "30226": "14.20",
        "30228": "4.70",
        "30229": "5.60",
        "30231": "2.86",
        "30239": "8.40",
        "30299": "2.14",
    },
    "sangong": {
        "出国": ("0.00", "0.00"),
        "购置": ("0.00", "0.00"),
        "运行": ("3.20", "2.86"),
        "接待": ("0.80", "0.00"),
    },
}
PREV = {  # 上年决算
    "total": Decimal("846.20"),
    "fin": Decimal("812.30"),
    "qt": Decimal("10.90"),
    "运行": Decimal("2.95"),
    "接待": Decimal("0.32"),
}
CARS = 1
BUY = (Decimal("18.60"), Z, Decimal("64.20"), Decimal("82.80"), Decimal("82.80"))  # 货物 工程 服务 中小 小微
FOR = {
    "2050802": "主体班次教学、干部专题培训、教学科研和学员管理",
    "2080502": "退休人员的退休费及补贴",
    "2080505": "在职人员机关事业单位基本养老保险单位缴费",
    "2080506": "在职人员职业年金单位缴费",
    "2101102": "在职人员基本医疗保险单位缴费",
    "2210201": "按规定为在职职工缴存的住房公积金",
}
WHY = {
    "2050802": "部分专题培训班次调整为线上教学，外请师资课酬相应减少",
    "2080505": "人员变动",
    "2080506": "人员变动",
    "2101102": "人员变动",
    "2210201": "人员变动",
}


def text(u: make.Unit) -> list[str]:
    m, w = OF.m, OF.w
    total, inc, spend = u.total(), u.income(), u.spend()
    fin, gp, qt = u.fin_in(), u.fin(fund="gp"), u.s("qt")
    basic, project = u.basic(), u.project()
    budget = sum((it["budget"] for it in u.items.values()), Z)
    sg = {k: (Decimal(b), Decimal(a)) for k, (b, a) in FIGURES["sangong"].items()}
    sb, sa = sum((b for b, _ in sg.values()), Z), sum((a for _, a in sg.values()), Z)
    prev3 = PREV["运行"] + PREV["接待"]
    goods, works, service, sme, small = BUY
    bought = goods + works + service
    fb = u.s("fb")
    c0, c1 = u.carry0, u.carry1
    return [
        f"第一部分 {NAME}概况",
        "一、主要职能",
        f"{NAME}是区委直属的公益一类事业单位，是培训轮训全区党员领导干部和优秀年轻干部的主渠道、主阵地。主要职能是："
        "承担全区处级、科级领导干部和公务员的培训任务；开展习近平新时代中国特色社会主义思想的教学和研究；围绕区委、区"
        "政府中心工作开展决策咨询研究；指导全区基层党校（分校）和社区党员教育工作；承办区委交办的其他事项。",
        "二、机构设置",
        f"{OF.short}内设办公室、教务处、科研处（决策咨询研究室）、学员管理处、理论教研室5个部门，无下属预算单位。本年末"
        "实有在职人员34人，其中专职教师18人。",
        f"第三部分 {NAME}2024年度部门决算情况说明",
        "一、收入支出决算总体情况说明",
        f"本年度收入总计{w(total)}，支出总计{w(total)}，{OF.change(total, PREV['total'], OF.w)}，主要是本年主体班次"
        f"增加。收入总计包括本年收入合计{w(inc)}和年初结转和结余（上年结转）{w(c0)}；支出总计包括本年支出合计"
        f"{w(spend)}和年末结转和结余{w(c1)}。",
        "二、收入决算情况说明",
        f"本年收入合计{m(inc)}，其中：财政拨款收入{m(fin)}，占{pc(fin, inc)}；其他收入{m(qt)}，占{pc(qt, inc)}"
        f"（主要是承接区内各单位委托培训取得的培训费收入）。其他收入比上年{times(qt, PREV['qt'])}（上年为"
        f"{m(PREV['qt'])}），主要是本年承接街镇、委办局委托培训班次增加。",
        "三、支出决算情况说明",
        f"本年支出合计{m(spend)}，其中：基本支出{m(basic)}，占{pc(basic, spend)}；项目支出{m(project)}，占"
        f"{pc(project, spend)}（主要是干部培训教学、科研和委托培训项目），其中另使用上年结转资金{m(c0)}，用于委托培训"
        f"项目。年末结转和结余{m(c1)}，为尚未完成的委托培训"
        "项目资金，结转下年继续使用。",
        "四、财政拨款收入支出决算总体情况说明",
        f"本年度财政拨款收入总计{w(fin)}，支出总计{w(fin)}，全部为一般公共预算财政拨款，"
        f"{OF.change(fin, PREV['fin'], OF.w)}，主要是本年主体班次增加。无年初、年末财政拨款结转和结余。",
        "五、一般公共预算财政拨款支出决算情况说明",
        "（一）一般公共预算财政拨款支出决算总体情况",
        f"本年度一般公共预算财政拨款支出{m(gp)}，占本年支出合计的{pc(gp, spend)}，{OF.change(gp, PREV['fin'])}。",
        "（二）一般公共预算财政拨款支出决算结构情况",
        f"一般公共预算财政拨款支出{m(gp)}，主要用于以下方面："
        + "；".join(f"{make.NAMES[c]}（类）支出{m(u.fin(c, 'gp'))}，占{pc(u.fin(c, 'gp'), gp)}"
                   for c in sorted({c[:3] for c in u.items})) + "。",
        "（三）一般公共预算财政拨款支出决算具体情况",
        f"本年度一般公共预算财政拨款支出年初预算为{m(budget)}，支出决算为{m(gp)}，完成年初预算的{pc(gp, budget)}"
        f"（主要是部分专题培训班次调整为线上教学、人员变动）。其中：",
        *[item_para(OF, k, c, u.fin(c), u.items[c]["budget"], FOR[c], WHY.get(c, ""))
          for k, c in enumerate(sorted(u.items), start=1)],
        "六、一般公共预算财政拨款基本支出决算情况说明",
        f"本年度一般公共预算财政拨款基本支出{m(fb)}，其中：人员经费{m(u.p_total)}，占{pc(u.p_total, fb)}，主要包括："
        f"{'、'.join(lines_of(u, make.PERSONNEL))}；公用经费{m(u.u_total)}，占{pc(u.u_total, fb)}，主要包括："
        f"{'、'.join(lines_of(u, make.PUBLIC))}。",
        "七、财政拨款“三公”经费支出决算情况说明",
        "（一）“三公”经费财政拨款支出决算总体情况说明",
        f"本年度“三公”经费财政拨款支出年初预算为{m(sb)}，支出决算为{m(sa)}，完成年初预算的{pc(sa, sb)}"
        f"（主要是本年度未发生公务接待），{OF.change(sa, prev3)}。",
        "（二）“三公”经费财政拨款支出决算具体情况说明",
        "1.因公出国（境）费：未发生。",
        "2.公务用车购置费：未发生。",
        f"3.公务用车运行维护费{m(sg['运行'][1])}，{OF.change(sg['运行'][1], PREV['运行'])}，主要用于学员现场教学、"
        f"调研用车的燃料费、维修费和保险费。本年末公务用车保有量{CARS}辆。",
        f"4.公务接待费：年初预算{m(sg['接待'][0])}，本年度未发生公务接待，决算数为0（上年为{m(PREV['接待'])}）。",
        "八、政府性基金预算财政拨款收入支出决算情况说明",
        f"{OF.we}本年度未取得政府性基金预算财政拨款，也无相应支出，公开08表为空表。",
        "九、国有资本经营预算财政拨款收入支出决算情况说明",
        f"{OF.we}本年度未取得国有资本经营预算财政拨款，也无相应支出，公开09表为空表。",
        "十、预算绩效管理情况",
        f"{NAME}本年度对干部教育培训等3个项目编报了绩效目标，涉及预算金额175.00万元，开展绩效运行监控和绩效自评，"
        "平均得分92.80分，其中评级为“优”的项目2个，“良”的项目1个。",
        "十一、其他重要事项的情况说明",
        "（一）机关运行经费支出情况",
        f"{OF.we}为公益一类事业单位，不属于机关运行经费的统计范围，本年度无机关运行经费支出。",
        "（二）政府采购支出情况",
        f"本年度{OF.short}政府采购支出总额{m(bought)}（以合同签订为准），其中：政府采购货物支出{m(goods)}、政府采购"
        f"工程支出0万元、政府采购服务支出{m(service)}。授予中小企业合同金额{m(sme)}，占政府采购支出总额的"
        f"{pc(sme, bought)}，其中：授予小微企业合同金额{m(small)}，占授予中小企业合同金额的{pc(small, sme)}。",
        "（三）国有资产占有使用情况说明",
        f"截至本年末，{OF.short}共有车辆{CARS}辆，为其他用车（学员现场教学用车）；单价100万元（含）以上设备（不含车辆）"
        "0台（套）。",
        *GLOSSARY,
    ]


U = Unit(FIGURES)
U.tables()
_FB = U.s("fb")
_QT = U.s("qt")
_SPEND = U.spend()
_PROJ = U.project()
_FIN = U.fin_in()
SLIPS: list = [
    Slip(f"其他收入{OF.m(_QT)}，占", "其他收入35.60万元，占", "二、收入决算情况说明", "35.60万元", "text-table",
         OF.m(_QT), f"公开01、02表其他收入为{OF.m(_QT)}，同句所写占比{pc(_QT, U.income())}也按{OF.m(_QT)}计算；"
         "此处6、5两位数字颠倒", context="其他收入35.60万元"),
    Slip(f"全部为一般公共预算财政拨款，{OF.change(_FIN, PREV['fin'], OF.w)}",
         f"全部为一般公共预算财政拨款，比上年增加（减少）{OF.w(abs(_FIN - PREV['fin']))}，"
         f"{'增长' if PREV['fin'] < _FIN else '下降'}{pc(abs(_FIN - PREV['fin']), PREV['fin'])}（上年为"
         f"{OF.w(PREV['fin'])}）",
         "四、财政拨款收入支出决算总体情况说明", "增加（减少）", "template",
         "增加" if PREV["fin"] < _FIN else "减少",
         "模板的备选写法“增加（减少）”未删去，应按数字保留其一", context="比上年增加（减少）"),
    Slip(f"项目支出{OF.m(_PROJ)}，占{pc(_PROJ, _SPEND)}（主要是",
         f"项目支出{OF.m(_PROJ)}，占{pc(_PROJ, _SPEND)[:-1]}（主要是",
         "三、支出决算情况说明", pc(_PROJ, _SPEND)[:-1], "unit", pc(_PROJ, _SPEND),
         "项目支出占本年支出合计的比例漏写了百分号", context=f"占{pc(_PROJ, _SPEND)[:-1]}（主要是"),
    Slip(f"其他收入比上年{times(_QT, PREV['qt'])}",
         f"其他收入比上年增长{(_QT / PREV['qt']).quantize(Decimal('0.01'))}倍",
         "二、收入决算情况说明", f"增长{(_QT / PREV['qt']).quantize(Decimal('0.01'))}倍", "rate",
         times(_QT, PREV["qt"]),
         f"其他收入本年{OF.m(_QT)}，上年{OF.m(PREV['qt'])}，本年是上年的"
         f"{(_QT / PREV['qt']).quantize(Decimal('0.01'))}倍，增长应为"
         f"{((_QT - PREV['qt']) / PREV['qt']).quantize(Decimal('0.01'))}倍（把“是上年的几倍”写成了“增长几倍”）",
         calc=f"({_QT} - {PREV['qt']}) / {PREV['qt']}", context="其他收入比上年增长"),
    Slip(f"另使用上年结转资金{OF.m(U.carry0)}", f"另使用上年结转资金{OF.m(U.carry1)}", "三、支出决算情况说明",
         OF.m(U.carry1), "text-table", OF.m(U.carry0),
         f"公开01表年初结转和结余（上年结转）为{OF.m(U.carry0)}，此处写成了年末结转和结余{OF.m(U.carry1)}（收入与年初"
         "结转之和应等于支出与年末结转之和）", context="另使用上年结转资金"),
    Slip(f"公用经费{OF.m(U.u_total)}，占{pc(U.u_total, _FB)}", f"公用经费{OF.m(U.u_total)}，占{pc(U.u_total, _SPEND)}",
         "六、一般公共预算财政拨款基本支出决算情况说明", pc(U.u_total, _SPEND), "share", pc(U.u_total, _FB),
         f"公用经费占比应以一般公共预算财政拨款基本支出{OF.m(_FB)}为分母（人员经费的占比也是），此处除以了本年支出合计"
         f"{OF.m(_SPEND)}，两者相加也不等于100%", calc=f"{U.u_total} / {_FB} * 100", context="公用经费"),
    Slip("1.教育支出（类）进修及培训（款）干部教育（项）", "1.教育支出（类）进修及培训（款）培训支出（项）",
         "五、（三）一般公共预算财政拨款支出决算具体情况", "培训支出（项）", "wording", "干部教育（项）",
         "公开05表2050802的项名称为“干部教育”，“培训支出”是2050803的名称，与所列决算数（干部教育）不符",
         needs="table", context="进修及培训（款）培训支出（项）"),
]
ERRORS: list[tuple[str, str]] = errors_of(SLIPS)
TABLE_ERRORS: list[tuple[str, str, int, str]] = table_errors_of(SLIPS)
