"""上海市桐溪区实验幼儿园: a 公益一类 事业单位 (学前教育) with 事业收入 (保育教育费) and 其他收入 of its own, a 结转 of
that money from year to year, no vehicles and no 三公. The office writes `1345.67万元` (no separator), section 一 in
four lead-in paragraphs 「1.总体情况。」「2.收入情况。」「3.支出情况。」「4.结转结余情况。」 with every source of income
spelled out even at zero (「经营收入0.00万元，占0.00%」) and 「此外，…」 for the 结转, sections 二 and 三 only
pointing back to it (「详见…第2点」), 「较上年决算数」, 「截至2024年12月31日」. Errors put in (``SLIPS``)."""

from decimal import Decimal

import make
from unit_tx_common import (
    Slip,
    TableSlip,
    Z,
    budget_of,
    comma,
    cut,
    errors_of,
    glossary,
    lines_of,
    pc,
    plain,
    subject,
    table_errors_of,
)

NAME = "上海市桐溪区实验幼儿园"
WE = "本园"

FIGURES = {
    "id": "tongxi-youeryuan-2024",
    "name": NAME,
    "items": {
        "2050201": {"fb": "1186.52", "fp": "142.30", "sy": "186.40", "qt": "12.85", "ob": "120.60", "op": "48.00",
                    "budget": "1350.00"},
        "2059999": {"fp": "36.80", "budget": "40.00"},
        "2080502": {"fb": "8.40", "budget": "8.40"},
        "2080505": {"fb": "128.60", "budget": "130.00"},
        "2080506": {"fb": "64.30", "budget": "65.00"},
        "2101102": {"fb": "58.75", "budget": "60.00"},
        "2210201": {"fb": "92.16", "budget": "94.00"},
    },
    "carry0": "56.20",
    "carry1": "86.85",
    "economic": {
        "30101": "386.40",
        "30102": "112.60",
        "30103": "42.80",
        "30107": None,
        "30108": "128.60",
        "30109": "64.30",
        "30110": "58.75",
        "30112": "6.20",
        "30113": "92.16",
        "30199": "12.80",
        "30302": "8.40",
        "30305": "1.60",
        "30201": "12.60",
        "30205": "6.80",
        "30206": "24.50",
        "30207": "3.20",
        "30209": "68.40",
        "30211": "1.20",
        "30213": "18.60",
        "30216": "4.80",
        "30218": "22.60",
        "30226": "36.40",
        "30228": "12.30",
        "30229": "15.60",
        "30239": "9.60",
        "30299": "5.40",
        "31002": "8.60",
    },
    "sangong": {
        "出国": ("0.00", "0.00"),
        "购置": ("0.00", "0.00"),
        "运行": ("0.00", "0.00"),
        "接待": ("0.00", "0.00"),
    },
}
PREV = {  # 2023年度决算 (its 年末结转和结余 is this year's 年初)
    "total": Decimal("1902.64"),
    "income": Decimal("1868.15"),
    "spend": Decimal("1846.44"),
    "fin": Decimal("1689.27"),
}
BUY = (Decimal("46.80"), Decimal("38.50"), Decimal("112.60"), Decimal("176.40"), Decimal("128.30"))
FOR = {
    "2050201": "在职教职工工资福利、幼儿园日常运转、保育教育活动和园舍维修",
    "2059999": "学前教育课程资源建设和教师专业发展培训",
    "2080502": "退休人员补贴",
    "2080505": "在职人员机关事业单位基本养老保险单位缴费",
    "2080506": "在职人员职业年金单位缴费",
    "2101102": "在职人员基本医疗保险单位缴费",
    "2210201": "按规定为在职职工缴存的住房公积金",
}
WHY = {
    "2050201": "园舍维修项目结算审价后核减",
    "2059999": "部分培训采用线上方式开展，费用减少",
    "2080505": "人员变动及缴费基数调整",
    "2080506": "人员变动及缴费基数调整",
    "2101102": "人员变动",
    "2210201": "人员变动",
}


def m(x: Decimal) -> str:
    return f"{plain(x)}万元"


def change(new: Decimal, old: Decimal) -> str:
    """「较上年决算数增加X万元，增长Y%」."""
    up = new > old
    return (f"较上年决算数{'增加' if up else '减少'}{m(abs(new - old))}，"
            f"{'增长' if up else '下降'}{pc(abs(new - old), old)}")


def item(k: int, code: str, it: dict) -> str:
    spent, budget = it["fb"] + it["fp"], it["budget"]
    head = f"{k}.{subject(code)}。年初预算为{m(budget)}，支出决算为{m(spent)}，完成年初预算的{pc(spent, budget)}。"
    if spent == budget:
        return f"{head}决算数与年初预算数一致。主要用于{FOR[code]}。"
    word = "大于" if spent > budget else "小于"
    return f"{head}决算数{word}年初预算数的主要原因是{WHY[code]}。主要用于{FOR[code]}。"


def text(u: make.Unit) -> list[str]:
    total, inc, spend = u.total(), u.income(), u.spend()
    fin, sy, qt, fb = u.fin_in(), u.s("sy"), u.s("qt"), u.s("fb")
    basic, project = u.basic(), u.project()
    goods, works, service, sme, small = BUY
    bought = goods + works + service
    budget = budget_of(u)
    classes = sorted({c[:3] for c in u.items})
    zero = Z
    return [
        f"第一部分 {NAME}概况",
        "一、主要职能",
        f"{NAME}是区教育局所属的公益一类事业单位，主要职能是：贯彻国家的教育方针，按照保育与教育相结合的原则，对3至6周岁"
        "学龄前儿童实施保育和教育，促进幼儿身心和谐发展；面向家长开展科学育儿指导；承担全区学前教育课程改革实验和"
        "教师培训任务。",
        "二、机构设置",
        f"{WE}内设园长室、保教室、保健室、总务室4个机构，设教学班18个，截至2024年12月31日在园幼儿526人。{WE}无下属"
        f"单位，2024年度决算即为{WE}本级决算。",
        f"第三部分 {NAME}2024年度部门决算情况说明",
        "一、收入支出决算总体情况说明",
        f"1.总体情况。2024年度收入总计{m(total)}，支出总计{m(total)}。收支总计{change(total, PREV['total'])}，"
        "主要原因是在园幼儿人数增加，保育教育费收入及相应支出增加。",
        f"2.收入情况。2024年度本年收入合计{m(inc)}，{change(inc, PREV['income'])}。其中：财政拨款收入{m(fin)}，"
        f"占{pc(fin, inc)}；上级补助收入{m(zero)}，占0.00%；事业收入{m(sy)}，占{pc(sy, inc)}（为保育教育费收入）；"
        f"经营收入{m(zero)}，占0.00%；附属单位上缴收入{m(zero)}，占0.00%；其他收入{m(qt)}，占{pc(qt, inc)}（主要是"
        f"存款利息收入）。此外，使用非财政拨款结余{m(zero)}，年初结转和结余{m(u.carry0)}。",
        f"3.支出情况。2024年度本年支出合计{m(spend)}，{change(spend, PREV['spend'])}。其中：基本支出{m(basic)}，"
        f"占{pc(basic, spend)}；项目支出{m(project)}，占{pc(project, spend)}；经营支出{m(zero)}，占0.00%。此外，"
        f"结余分配{m(zero)}。",
        f"4.结转结余情况。2024年度年末结转和结余{m(u.carry1)}，{change(u.carry1, u.carry0)}，主要原因是保育教育费收入"
        "增加，部分园舍维修项目跨年度实施。",
        "二、收入决算情况说明",
        "详见本部分“一、收入支出决算总体情况说明”第2点。",
        "三、支出决算情况说明",
        "详见本部分“一、收入支出决算总体情况说明”第3点。",
        "四、财政拨款收入支出决算总体情况说明",
        f"2024年度财政拨款收入总计{m(fin)}，支出总计{m(fin)}，{change(fin, PREV['fin'])}，主要原因是在编教职工增加"
        "及绩效工资水平调整。",
        "五、一般公共预算财政拨款支出决算情况说明",
        "（一）一般公共预算财政拨款支出决算总体情况",
        f"2024年度一般公共预算财政拨款支出{m(fin)}，占本年支出合计的{pc(fin, spend)}。与2023年度相比，一般公共预算"
        f"财政拨款支出增加{m(fin - PREV['fin'])}，增长{pc(fin - PREV['fin'], PREV['fin'])}，主要原因是在编教职工增加"
        "及绩效工资水平调整。",
        "（二）一般公共预算财政拨款支出决算结构情况",
        "2024年度一般公共预算财政拨款支出主要用于以下方面："
        + "；".join(f"{make.NAMES[c]}（类）支出{m(u.fin(c))}，占{pc(u.fin(c), fin)}" for c in classes) + "。",
        "（三）一般公共预算财政拨款支出决算具体情况",
        f"2024年度一般公共预算财政拨款支出年初预算为{m(budget)}，支出决算为{m(fin)}，完成年初预算的{pc(fin, budget)}。"
        "其中：",
        *[item(k, c, u.items[c]) for k, c in enumerate(sorted(u.items), start=1)],
        "六、一般公共预算财政拨款基本支出决算情况说明",
        f"2024年度一般公共预算财政拨款基本支出{m(fb)}，其中：人员经费{m(u.p_total)}，主要包括："
        f"{'、'.join(lines_of(u, make.PERSONNEL))}；公用经费{m(u.u_total)}，主要包括："
        f"{'、'.join(lines_of(u, make.PUBLIC))}。",
        "七、财政拨款“三公”经费支出决算情况说明",
        f"{WE}2024年度“三公”经费财政拨款支出预算为0.00万元，支出决算为0.00万元。其中：因公出国（境）费0.00万元，"
        f"公务用车购置费0.00万元，公务用车运行维护费0.00万元，公务接待费0.00万元。{WE}无公务用车，2024年度未发生"
        "“三公”经费支出，与上年一致。",
        "八、政府性基金预算财政拨款收入支出决算情况说明",
        f"{WE}2024年度无政府性基金预算财政拨款收入、支出及结转和结余，公开08表以空表列示。",
        "九、国有资本经营预算财政拨款收入支出决算情况说明",
        f"{WE}2024年度无国有资本经营预算财政拨款收入、支出及结转和结余，公开09表以空表列示。",
        "十、预算绩效管理情况",
        f"2024年度{WE}对园舍维修、课程资源建设、教师专业发展培训3个项目编报了绩效目标，涉及资金{m(u.s('fp'))}；"
        "年末开展绩效自评，自评得分分别为95分、92分和93分。",
        "十一、其他重要事项的情况说明",
        "（一）机关运行经费支出情况",
        f"{WE}为公益一类事业单位，不属于机关运行经费统计范围。",
        "（二）政府采购支出情况",
        f"2024年度{WE}政府采购支出总额{m(bought)}，其中：政府采购货物支出{m(goods)}、政府采购工程支出{m(works)}、"
        f"政府采购服务支出{m(service)}。授予中小企业合同金额{m(sme)}，占政府采购支出总额的{pc(sme, bought)}，其中："
        f"授予小微企业合同金额{m(small)}，占授予中小企业合同金额的{pc(small, sme)}。",
        "（三）国有资产占有使用情况说明",
        f"截至2024年12月31日，{WE}共有车辆0辆；单价100万元（含）以上设备0台（套）。",
        *glossary("指单位从同级财政部门取得的财政预算资金。"),
    ]


Unit = make.Unit  # the imported make's (its NAMES hold this district's codes), not make.py's __main__
U = Unit(FIGURES)
U.tables()
_TOTAL, _INC, _SPEND, _FIN = U.total(), U.income(), U.spend(), U.fin_in()
_PROJ = U.project()
_K = U.items["2050201"]
_E301 = U.eco["301"]
_P301 = [c for c, _ in make.PERSONNEL if len(c) == 5 and c.startswith("301") and U.eco.get(c, Z) != Z]
_BOUGHT = BUY[0] + BUY[1] + BUY[2]
_UP = _FIN - PREV["fin"]
SLIPS: list = [
    Slip(f"1.总体情况。2024年度收入总计{m(_TOTAL)}", f"1.总体情况。2024年度收入总计{m(_INC)}",
         "一、收入支出决算总体情况说明", m(_INC), "text-table", m(_TOTAL),
         f"收入总计应为本年收入合计{plain(_INC)}万元加年初结转和结余{plain(U.carry0)}万元，即{m(_TOTAL)}（公开01表"
         "总计，同句支出总计也是此数）；所写是本年收入合计",
         calc=f"{_INC} + {U.carry0}", context="收入总计"),
    Slip(f"年初结转和结余{m(U.carry0)}。", f"年初结转和结余{m(U.carry1)}。",
         "一、收入支出决算总体情况说明", m(U.carry1), "text-table", m(U.carry0),
         f"年初结转和结余应为公开01表的{plain(U.carry0)}万元（即上年年末数）；所写{plain(U.carry1)}万元是本年年末结转和"
         "结余（第4点），年初、年末写反了", context="年初结转和结余"),
    Slip(f"项目支出{m(_PROJ)}，占{pc(_PROJ, _SPEND)}", f"项目支出{m(_PROJ)}，占{cut(_PROJ, _SPEND)}",
         "一、收入支出决算总体情况说明", cut(_PROJ, _SPEND), "share", pc(_PROJ, _SPEND),
         f"项目支出占比{plain(_PROJ)}÷{plain(_SPEND)}＝{(_PROJ / _SPEND * 100).quantize(Decimal('0.0001'))}%，四舍五入"
         f"应为{pc(_PROJ, _SPEND)}；所写是截去尾数的结果（与基本支出占比相加只有99.99%）",
         calc=f"{_PROJ} / {_SPEND} * 100", context="项目支出"),
    Slip(f"支出决算为{m(_K['fb'] + _K['fp'])}，完成年初预算", f"支出决算为{m(U.spend('2050201'))}，完成年初预算",
         "五、（三）一般公共预算财政拨款支出决算具体情况", m(U.spend("2050201")), "text-table",
         m(_K["fb"] + _K["fp"]),
         f"学前教育（项）的一般公共预算财政拨款支出决算应为公开05表的{plain(_K['fb'] + _K['fp'])}万元；所写"
         f"{plain(U.spend('2050201'))}万元是公开03表该项的全部支出（含用事业收入、其他收入安排的"
         f"{plain(_K['ob'] + _K['op'])}万元），同句的完成年初预算比例仍按{plain(_K['fb'] + _K['fp'])}万元算",
         calc=f"{_K['fb']} + {_K['fp']}", context="学前教育（项）"),
    Slip(f"占政府采购支出总额的{pc(BUY[3], _BOUGHT)}", f"占政府采购支出总额的{pc(BUY[4], _BOUGHT)}",
         "十一、（二）政府采购支出情况", pc(BUY[4], _BOUGHT), "share", pc(BUY[3], _BOUGHT),
         f"授予中小企业合同金额{plain(BUY[3])}万元占政府采购支出总额{plain(_BOUGHT)}万元的比例应为"
         f"{pc(BUY[3], _BOUGHT)}；所写是用小微企业合同金额{plain(BUY[4])}万元算出的",
         calc=f"{BUY[3]} / {_BOUGHT} * 100", context="占政府采购支出总额的"),
    TableSlip("公开06", "301", 2, comma(_E301 - U.eco["30199"]), "公开06 一般公共预算财政拨款基本支出决算表", "sum",
              comma(_E301),
              f"工资福利支出（301）应为其下各款之和{comma(_E301)}（人员经费合计{comma(U.p_total)}减对个人和家庭的补助"
              f"{comma(U.eco['303'])}也是此数）；表中小计漏加了其他工资福利支出（30199）{comma(U.eco['30199'])}",
              calc=" + ".join(str(U.eco[c]) for c in _P301), rows=("301",)),
    Slip(f"财政拨款支出增加{m(_UP)}，增长{pc(_UP, PREV['fin'])}",
         f"财政拨款支出减少{m(_UP)}，下降{pc(_UP, PREV['fin'])}",
         "五、（一）一般公共预算财政拨款支出决算总体情况", f"减少{m(_UP)}", "direction", f"增加{m(_UP)}",
         f"一般公共预算财政拨款支出{plain(_FIN)}万元，2023年度为{plain(PREV['fin'])}万元，是增加不是减少（“四、财政拨款收入支出决算"
         "总体情况说明”同一组数写的是增加，所说原因也是增支）", context="财政拨款支出减少"),
]
TOLERATED: list = []
ERRORS: list[tuple[str, str]] = errors_of(SLIPS)
TABLE_ERRORS: list[tuple[str, str, int, str]] = table_errors_of(SLIPS)
