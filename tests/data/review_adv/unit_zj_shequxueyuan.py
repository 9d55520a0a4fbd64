"""上海市枣泾区社区学院 (公益一类 事业单位 under the 区教育局, also the 区开放大学's 教学点 and the 区社区教育指导中心;
教育支出 类 成人教育 款: 成人广播电视教育 (开放教育, its 基本支出 partly paid from 学费 事业收入) and 其他成人教育支出
(社区教育, 老年教育), 进修及培训 款 培训支出 (非学历培训); 事业收入 of 学费, a little 其他收入, its own money carried
from 2023 and to 2025; no 三公 but 公务接待, no vehicle). The college writes 「我院」, amounts with separators
(「2,631.60万元」), rates and shares to one place, 「同比增加/减少…万元，增幅/降幅…%」, reasons in brackets
「（主要是…）」, each 项 as 「N.…（项）：年初预算…万元，决算…万元，预算执行率…%（…）。主要用于…。」, as 梧州开放大学's
and 锦州开放大学's 部门决算 word their 学校 (开放教育, 社区教育, 非学历培训)."""

from __future__ import annotations

import make
from unit_zj_common import NAMES, D, Slip, TableSlip, Unit, Z, budget_of, lines_of, pc1, sep, split, swap, turn

FIGURES = {
    "id": "zaojing-shequxueyuan-2024",
    "name": "上海市枣泾区社区学院",
    "items": {
        "2050404": {"fb": "1186.42", "sy": "642.35", "ob": "388.20", "op": "226.40", "budget": "1150.00"},
        "2050499": {"fp": "268.50", "qt": "18.60", "op": "21.30", "budget": "280.00"},
        "2050803": {"fp": "64.20", "budget": "60.00"},
        "2080502": {"fb": "42.10", "budget": "42.10"},
        "2080505": {"fb": "156.84", "budget": "150.00"},
        "2080506": {"fb": "62.74", "budget": "60.00"},
        "2101102": {"fb": "71.25", "budget": "70.00"},
        "2210201": {"fb": "118.60", "budget": "115.00"},
    },
    "carry0": "86.40",
    "carry1": "111.45",
    "economic": {
        "30101": "320.40", "30102": None, "30107": "486.20", "30108": "156.84", "30109": "62.74", "30110": "68.20",
        "30112": "3.05", "30113": "118.60", "30199": "12.40", "30302": "42.10",
        "30201": "18.60", "30205": "4.20", "30206": "26.80", "30207": "8.40", "30209": "62.50", "30211": "2.10",
        "30213": "16.80", "30216": "3.60", "30217": "0.38", "30226": "24.60", "30228": "14.20", "30229": "12.80",
        "30239": "28.60", "30299": "6.40", "31002": "9.60",
    },
    "sangong": {
        "出国": ("0.00", "0.00"),
        "购置": ("0.00", "0.00"),
        "运行": ("0.00", "0.00"),
        "接待": ("0.50", "0.38"),
    },
}
WE = "我院"
PREV = {"total": D("2532.18"), "income": D("2448.76"), "spend": D("2445.78"), "fin": D("1902.36"),
        "sy": D("598.20"), "接待": D("0.46")}
BUY = {"货物": D("38.60"), "工程": D("0.00"), "服务": D("124.80")}
SME = D("151.20")
USES = {
    "2050404": "开放教育教学运行、在编教职工工资福利和学院日常运转",
    "2050499": "全区社区学校、老年学校教学指导和社区教育课程资源建设",
    "2050803": "社区教育工作者和社区学校教师非学历培训",
    "2080502": "事业单位离退休人员的退休费",
    "2080505": "机关事业单位基本养老保险缴费",
    "2080506": "机关事业单位职业年金缴费",
    "2101102": "事业单位职工基本医疗保险缴费",
    "2210201": "按规定为职工缴存的住房公积金",
}
WHY = {
    "2050404": "主要是绩效工资标准调整",
    "2050499": "主要是部分课程资源建设项目年内未全部完成",
    "2050803": "主要是培训班次增加",
    "2080505": "主要是缴费基数调整", "2080506": "主要是缴费基数调整", "2101102": "主要是缴费基数调整",
    "2210201": "主要是缴存基数调整",
}


def _yoy(now: D, before: D) -> str:
    w, dd, r = turn(now, before)
    return f"同比{w}{sep(dd)}万元，{'增幅' if r == '增长' else '降幅'}{pc1(dd, before)}"


def _items(u) -> list[str]:
    out: list[str] = []
    for k, code in enumerate(sorted(u.items), 1):
        it = u.items[code]
        spent, budget = it["fb"] + it["fp"], it["budget"]
        line = f"{k}.{NAMES[code]}（项）：年初预算{sep(budget)}万元，决算{sep(spent)}万元，"
        line += f"预算执行率{pc1(spent, budget)}"
        line += "。" if spent == budget else f"（{WHY[code]}）。"
        out.append(line + f"主要用于{USES[code]}。")
    return out


def text(u) -> list[str]:
    n = u.name
    total, inc, spend = u.total(), u.income(), u.spend()
    fin, sy, qt = u.fin_in(), u.s("sy"), u.s("qt")
    gp = u.fin(fund="gp")
    basic, project = u.basic(), u.project()
    budget = budget_of(u)
    meal = tuple(D(x) for x in FIGURES["sangong"]["接待"])
    buy = sum(BUY.values(), Z)
    pers = "、".join(lines_of(u, make.PERSONNEL))
    pub = "、".join(lines_of(u, make.PUBLIC))
    return [
        f"第一部分 {n}概况",
        "一、主要职能",
        f"{n}是区教育局所属公益一类事业单位，同时承担上海开放大学枣泾分校和区社区教育指导中心的职能。主要职能是："
        "举办开放教育专科、本科学历教育；指导全区街镇社区学校、老年学校开展社区教育和老年教育；开发社区教育课程资源，"
        "组织社区教育工作者培训；开展面向社会成员的非学历教育培训；承担区学习型城区建设的日常工作。",
        "二、机构设置",
        f"{WE}内设党政办公室、教务处、开放教育部、社区教育指导部、培训部、信息资源中心6个部门。{WE}部门决算为本级决算，"
        "无下属单位。",
        f"第三部分 {n}2024年度部门决算情况说明",
        "一、收入支出决算总体情况说明",
        f"2024年度{WE}收入总计{sep(total)}万元，支出总计{sep(total)}万元，{_yoy(total, PREV['total'])}"
        "（主要是开放教育招生人数增加，学费收入和相应的教学支出增加）。",
        "二、收入决算情况说明",
        f"2024年度{WE}本年收入合计{sep(inc)}万元，{_yoy(inc, PREV['income'])}。其中：财政拨款收入{sep(fin)}万元，占"
        f"{pc1(fin, inc)}；事业收入{sep(sy)}万元，占{pc1(sy, inc)}，为开放教育学费收入，{_yoy(sy, PREV['sy'])}；"
        f"其他收入{sep(qt)}万元，占{pc1(qt, inc)}，主要为社区教育合作项目收入。",
        "三、支出决算情况说明",
        f"2024年度{WE}本年支出合计{sep(spend)}万元，{_yoy(spend, PREV['spend'])}。其中：基本支出{sep(basic)}万元，"
        f"占{pc1(basic, spend)}；项目支出{sep(project)}万元，占{pc1(project, spend)}。",
        "四、财政拨款收入支出决算总体情况说明",
        f"2024年度{WE}财政拨款收入支出总计{sep(fin)}万元，{_yoy(fin, PREV['fin'])}（主要是人员经费标准调整，以及社区"
        "教育工作者培训班次增加）。",
        "五、一般公共预算财政拨款支出决算情况说明",
        "（一）一般公共预算财政拨款支出决算总体情况",
        f"2024年度{WE}一般公共预算财政拨款支出{sep(gp)}万元，占本年支出合计的{pc1(gp, spend)}。",
        "（二）一般公共预算财政拨款支出决算结构情况",
        f"2024年度{WE}一般公共预算财政拨款支出{sep(gp)}万元，主要用于以下方面："
        + "，".join(f"{NAMES[c]}（类）{sep(u.fin(c, 'gp'))}万元，占{pc1(u.fin(c, 'gp'), gp)}"
                   for c in sorted({c[:3] for c in u.items}, key=lambda c: -u.fin(c, "gp"))) + "。",
        "（三）一般公共预算财政拨款支出决算具体情况",
        f"2024年度{WE}一般公共预算财政拨款支出年初预算{sep(budget)}万元，决算{sep(gp)}万元，预算执行率"
        f"{pc1(gp, budget)}。其中：",
        *_items(u),
        "六、一般公共预算财政拨款基本支出决算情况说明",
        f"2024年度{WE}一般公共预算财政拨款基本支出{sep(u.s('fb'))}万元。其中：人员经费{sep(u.p_total)}万元，包括{pers}；"
        f"公用经费{sep(u.u_total)}万元，包括{pub}。",
        "七、财政拨款“三公”经费支出决算情况说明",
        f"2024年度{WE}“三公”经费财政拨款支出预算{sep(meal[0])}万元，决算{sep(meal[1])}万元，预算执行率"
        f"{pc1(meal[1], meal[0])}，{_yoy(meal[1], PREV['接待'])}。其中：因公出国（境）费0.00万元；公务用车购置及运行"
        f"维护费0.00万元（{WE}无公务用车）；公务接待费{sep(meal[1])}万元，用于接待兄弟区社区学院来访交流，共4批次、"
        "31人次。",
        "八、政府性基金预算财政拨款收入支出决算情况说明",
        f"2024年度{WE}无政府性基金预算财政拨款收入支出，公开08表为空表。",
        "九、国有资本经营预算财政拨款收入支出决算情况说明",
        f"2024年度{WE}无国有资本经营预算财政拨款收入支出，公开09表为空表。",
        "十、预算绩效管理情况",
        f"2024年度{WE}对社区教育课程资源建设、老年教育送学上门2个项目开展绩效目标管理和运行监控，涉及资金"
        f"{sep(u.fin('2050499'))}万元；开展绩效自评2个，自评等级均为“优”。",
        "十一、其他重要事项的情况说明",
        "（一）机关运行经费支出情况",
        f"{WE}为公益一类事业单位，不属于机关运行经费统计范围。",
        "（二）政府采购支出情况",
        f"2024年度{WE}政府采购支出总额{sep(buy)}万元，其中：货物{sep(BUY['货物'])}万元，工程{sep(BUY['工程'])}万元，"
        f"服务{sep(BUY['服务'])}万元。授予中小企业合同金额{sep(SME)}万元，占政府采购支出总额的{pc1(SME, buy)}。",
        "（三）国有资产占有使用情况",
        f"截至2024年12月31日，{WE}无车辆；单价100万元（含）以上设备（不含车辆）1台（套），为开放教育录播系统。",
        "第四部分 名词解释",
        "一、财政拨款收入：指单位从同级财政部门取得的财政预算资金。",
        "二、事业收入：指事业单位开展专业业务活动及其辅助活动取得的收入，我院为开放教育学费收入。",
        "三、其他收入：指单位取得的除上述收入以外的各项收入。",
        "四、年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。",
        "五、年末结转和结余：指本年度或以前年度预算安排、因客观条件发生变化无法按原计划实施，需延迟到以后年度按有关"
        "规定继续使用的资金。",
        "六、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。",
        "七、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
        "八、“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。",
    ]


_U = Unit(FIGURES)
_U.tables()
_T, _INC, _SPEND, _FIN = _U.total(), _U.income(), _U.spend(), _U.fin_in()
_DT = _T - PREV["total"]
_BASIC, _FB = _U.basic(), _U.s("fb")
_GP = _U.fin(fund="gp")
_OTHER = _U.items["2050499"]
_OTHER_RATE = pc1(_OTHER["fp"], _OTHER["budget"])
_OTHER_BAD = swap(_OTHER_RATE, 0)
_BUY = sum(BUY.values(), Z)
_BUY_BAD = _BUY + D("10.00")
_SY = _U.s("sy")
_SY_BAD = _SY - D("100.00")

SLIPS: list = [
    Slip(
        f"增幅{pc1(_DT, PREV['total'])}（主要是开放教育招生",
        f"增幅{pc1(_DT, PREV['total'])[:-1]}（主要是开放教育招生",
        pc1(_DT, PREV["total"])[:-1], "unit", pc1(_DT, PREV["total"]),
        f"收支总计同比增加{sep(_DT)}万元，增幅{sep(_DT)}÷{sep(PREV['total'])}＝{pc1(_DT, PREV['total'])}；文中漏写“%”",
        "一、收入支出决算总体情况说明", calc=f"{_DT} / {PREV['total']} * 100",
        context=f"增幅{pc1(_DT, PREV['total'])[:-1]}（主要是",
    ),
    Slip(
        f"本年收入合计{sep(_INC)}万元，",
        f"本年收入合计{sep(_T)}万元，",
        f"{sep(_T)}万元", "text-table", f"{sep(_INC)}万元",
        f"公开01、公开02表本年收入合计{sep(_INC)}万元；文中{sep(_T)}万元是含年初结转和结余{sep(_U.carry0)}万元的收入"
        f"总计（同句各项占比仍按{sep(_INC)}万元算得）",
        "二、收入决算情况说明", calc=f"{_T} - {_U.carry0}",
        context=f"本年收入合计{sep(_T)}万元，同比",
    ),
    Slip(
        f"基本支出{sep(_BASIC)}万元，",
        f"基本支出{sep(_FB)}万元，",
        f"{sep(_FB)}万元", "text-table", f"{sep(_BASIC)}万元",
        f"公开03表基本支出{sep(_BASIC)}万元（含用事业收入安排的{sep(_U.s('ob'))}万元）；文中{sep(_FB)}万元是公开05表"
        f"一般公共预算财政拨款的基本支出（同句占比{pc1(_BASIC, _SPEND)}仍按{sep(_BASIC)}万元算得）",
        "三、支出决算情况说明", calc=f"{_FB} + {_U.s('ob')}",
        context=f"基本支出{sep(_FB)}万元，占{pc1(_BASIC, _SPEND)}",
    ),
    Slip(
        f"一般公共预算财政拨款支出{sep(_GP)}万元，占本年支出合计的{pc1(_GP, _SPEND)}",
        f"一般公共预算财政拨款支出{sep(_GP)}万元，占本年支出合计的{pc1(_GP, _T)}",
        pc1(_GP, _T), "share", pc1(_GP, _SPEND),
        f"{sep(_GP)}÷本年支出合计{sep(_SPEND)}＝{pc1(_GP, _SPEND)}；文中以支出总计{sep(_T)}万元"
        "（含年末结转和结余）为分母",
        "五、（一）一般公共预算财政拨款支出决算总体情况", calc=f"{_GP} / {_SPEND} * 100",
        context=f"占本年支出合计的{pc1(_GP, _T)}",
    ),
    Slip(
        f"决算{sep(_OTHER['fp'])}万元，预算执行率{_OTHER_RATE}",
        f"决算{sep(_OTHER['fp'])}万元，预算执行率{_OTHER_BAD}",
        _OTHER_BAD, "completion", _OTHER_RATE,
        f"其他成人教育支出（项）决算{sep(_OTHER['fp'])}万元÷年初预算{sep(_OTHER['budget'])}万元＝{_OTHER_RATE}；"
        f"文中{_OTHER_BAD}，前两位数字颠倒，决算小于预算而执行率却写得低得多",
        "五、（三）一般公共预算财政拨款支出决算具体情况", calc=f"{_OTHER['fp']} / {_OTHER['budget']} * 100",
        context=f"预算执行率{_OTHER_BAD}",
    ),
    Slip(
        f"政府采购支出总额{sep(_BUY)}万元，其中",
        f"政府采购支出总额{sep(_BUY_BAD)}万元，其中",
        f"{sep(_BUY_BAD)}万元", "sum", f"{sep(_BUY)}万元",
        f"货物{sep(BUY['货物'])}万元＋工程{sep(BUY['工程'])}万元＋服务{sep(BUY['服务'])}万元＝{sep(_BUY)}万元；文中总额"
        f"{sep(_BUY_BAD)}万元与分项之和不符（同段中小企业占比{pc1(SME, _BUY)}仍按{sep(_BUY)}万元算得）",
        "十一、（二）政府采购支出情况", calc=" + ".join(str(v) for v in BUY.values()),
    ),
    TableSlip(
        "公开01", "五、事业收入", 1, sep(_SY_BAD), "sum", sep(_SY),
        f"公开02表事业收入{sep(_SY)}万元；公开01表事业收入填{sep(_SY_BAD)}，与公开02表不符，公开01表收入各项之和也不等于"
        f"本年收入合计{sep(_INC)}万元",
        "公开01 收入支出决算总表", calc=f"{_INC} - {_FIN} - {_U.s('qt')}",
    ),
]
TOLERATED: list = []
ERRORS, TABLE_ERRORS = split(SLIPS)
