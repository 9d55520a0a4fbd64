"""中共上海市蓼浦区委机构编制委员会办公室 (区委编办: one 行政 unit, a 区委工作机关; all 一般公共预算财政拨款;
一般公共服务支出 类 组织事务 款: 行政运行, 一般行政管理事务 (机构编制核查、事业单位登记管理), 其他组织事务支出 (a
项目 added in the year, 年初预算 0); 三公 of 公务接待 only, no vehicle; 机关运行经费 its whole 公用经费).

The office's hand: small amounts without separators (「268.42万元」), rates to two places but 「占100%」 bare,
「较上年决算数增加（减少）…万元，增长（下降）…%」 as the 沙坪坝 编办 writes it, 「区委编办」 throughout, its 单位构成
in one sentence 「从预算单位构成看，…」, each 项 as 「N.…（款）…（项）（code）：年初预算…万元，决算数为…万元，比年初
预算增加（减少）…万元，主要原因是…。」 (no 类 word, the code in brackets), a 项 with no 年初预算 said 「为年中追加
预算」, empty 公开08/09 in one line each. Habits drawn from real texts found with the search tool (pages): 中共重庆市
沙坪坝区委机构编制委员会办公室 2022年度部门决算公开情况说明 (「区委编办是区委工作机关」, 「较上年决算数减少…」,
「从预算单位构成看」), 扬州市机构编制委员会办公室 2016年度部门决算 (编办's 主要职能 numbered), 中共重庆市渝中区委
办公室 2022年度部门决算情况说明 (职能 as one run of 「1.…2.…」)."""

from __future__ import annotations

from make import PERSONNEL as _PERSONNEL
from make import PUBLIC as _PUBLIC
from unit_lp_common import NAMES, D, Slip, TableSlip, Unit, Z, budget_of, lines_of, move, plain_q, rate, split, swap

FIGURES = {
    "id": "liaopu-bianban-2024",
    "name": "中共上海市蓼浦区委机构编制委员会办公室",
    "items": {
        "2013201": {"fb": "268.42", "budget": "262.00"},
        "2013202": {"fp": "34.60", "budget": "38.00"},
        "2013299": {"fp": "12.80", "budget": "0.00"},
        "2080501": {"fb": "14.60", "budget": "14.60"},
        "2080505": {"fb": "28.86", "budget": "28.00"},
        "2080506": {"fb": "11.54", "budget": "11.20"},
        "2101101": {"fb": "9.86", "budget": "9.60"},
        "2101103": {"fb": "3.12", "budget": "3.12"},
        "2210201": {"fb": "22.40", "budget": "21.80"},
    },
    "economic": {
        "30101": "96.40", "30102": "72.30", "30103": "8.64", "30107": None, "30108": "28.86", "30109": "11.54",
        "30110": "9.86", "30111": "3.12", "30112": "1.32", "30113": "22.40", "30302": "14.60",
        "30201": "6.42", "30202": "1.86", "30205": "0.72", "30206": "3.94", "30207": "2.30", "30209": "8.60",
        "30211": "1.64", "30213": "1.20", "30216": "0.48", "30217": "0.42", "30228": "3.98", "30229": "2.20",
        "30239": "9.60", "30299": "0.36",
    },
    "sangong": {
        "出国": ("0.00", "0.00"),
        "购置": ("0.00", "0.00"),
        "运行": ("0.00", "0.00"),
        "接待": ("0.80", "0.42"),
    },
}
SHORT = "区委编办"
PREV = {"total": D("392.36"), "sangong": D("0.56"), "office": D("45.12")}  # 2023年度决算数
BUY = {"货物": D("3.80"), "工程": D("0.00"), "服务": D("11.60")}
SME = D("15.40")  # 授予中小企业合同金额
USES = {
    "2013201": "区委编办在职人员工资福利和机关日常运转",
    "2013202": "机构编制核查评估、事业单位法人年度报告审核和机构编制政策宣传培训",
    "2013299": "事业单位登记管理信息系统升级改造",
    "2080501": "离退休人员退休费",
    "2080505": "机关事业单位基本养老保险缴费",
    "2080506": "机关事业单位职业年金缴费",
    "2101101": "职工基本医疗保险缴费",
    "2101103": "公务员医疗补助缴费",
    "2210201": "按规定为职工缴存的住房公积金",
}
WHY = {
    "2013201": "年中调整人员经费标准",
    "2013202": "机构编制核查评估委托第三方费用低于预算",
    "2080505": "缴费基数调整",
    "2080506": "缴费基数调整",
    "2101101": "缴费基数调整",
    "2210201": "缴存基数调整",
}


def pc(a, b) -> str:
    """「3.53%」: two places."""
    return f"{rate(a, b, 2)}%"


def _item(u, k: int, code: str) -> str:
    it = u.items[code]
    spent, budget = it["fb"] + it["fp"], it["budget"]
    head = (f"{k}.{NAMES[code[:5]]}（款）{NAMES[code]}（项）（{code}）：年初预算{plain_q(budget)}万元，决算数为"
            f"{plain_q(spent)}万元，")
    if budget == Z:
        return head + f"为年中追加预算，主要用于{USES[code]}。"
    if spent == budget:
        return head + f"与年初预算一致，主要用于{USES[code]}。"
    w, dd = move(spent, budget)
    return head + f"比年初预算{w}{plain_q(dd)}万元，主要用于{USES[code]}；主要原因是{WHY[code]}。"


def text(u) -> list[str]:
    n = u.name
    total, spend = u.total(), u.spend()
    gp = u.fin(fund="gp")
    basic, project = u.basic(), u.project()
    budget = budget_of(u)
    sg = {k: (D(b), D(a)) for k, (b, a) in FIGURES["sangong"].items()}
    sb, sa = sum(b for b, _ in sg.values()), sum(a for _, a in sg.values())
    buy = sum(BUY.values(), Z)
    w, dd = move(total, PREV["total"])
    ws, dds = move(sa, PREV["sangong"])
    wo, ddo = move(u.u_total, PREV["office"])
    r = {"增加": "增长", "减少": "下降"}
    return [
        f"第一部分 {n}概况",
        "一、主要职能",
        f"{SHORT}是区委工作机关，负责全区行政管理体制改革、机构改革和机构编制日常管理工作。主要职能是：1.贯彻执行"
        "党中央和市委关于机构编制工作的方针政策，拟订全区行政管理体制和机构改革方案；2.统一管理全区党政机关、群团"
        "机关和事业单位的机构编制；3.负责机构编制执行情况的监督检查和评估；4.负责全区事业单位登记管理工作；5.承办"
        "区委和区机构编制委员会交办的其他事项。",
        "二、机构设置及单位构成",
        f"{SHORT}内设综合科、机构编制管理科、事业单位登记管理科3个科室。从预算单位构成看，{SHORT}为一级预算单位，"
        "无下属二级预算单位，本决算为机关本级决算。",
        f"第三部分 {n}2024年度部门决算情况说明",
        "一、收入支出决算总体情况说明",
        f"2024年度收入总计{plain_q(total)}万元，支出总计{plain_q(total)}万元。收支较上年决算数{w}{plain_q(dd)}万元，"
        f"{r[w]}{pc(dd, PREV['total'])}，主要原因是年中追加事业单位登记管理信息系统升级改造经费。",
        "二、收入决算情况说明",
        f"2024年度收入合计{plain_q(u.income())}万元，其中：财政拨款收入{plain_q(u.fin_in())}万元，占100%。",
        "三、支出决算情况说明",
        f"2024年度支出合计{plain_q(spend)}万元，其中：基本支出{plain_q(basic)}万元，占{pc(basic, spend)}；项目支出"
        f"{plain_q(project)}万元，占{pc(project, spend)}。",
        "四、财政拨款收入支出决算总体情况说明",
        f"2024年度财政拨款收、支总计{plain_q(u.fin_in())}万元。与2023年相比，财政拨款收、支总计各{w}{plain_q(dd)}"
        "万元，主要原因同上。",
        "五、一般公共预算财政拨款支出决算情况说明",
        "（一）一般公共预算财政拨款支出决算总体情况",
        f"2024年度一般公共预算财政拨款支出{plain_q(gp)}万元，占本年支出合计的100%。",
        "（二）一般公共预算财政拨款支出决算结构情况",
        "2024年度一般公共预算财政拨款支出中，" + "，".join(
            f"{NAMES[c]}{plain_q(u.fin(c, 'gp'))}万元，占{pc(u.fin(c, 'gp'), gp)}"
            for c in sorted({c[:3] for c in u.items}, key=lambda c: -u.fin(c, "gp"))) + "。",
        "（三）一般公共预算财政拨款支出决算具体情况",
        f"2024年度一般公共预算财政拨款支出年初预算{plain_q(budget)}万元，决算数{plain_q(gp)}万元，完成年初预算的"
        f"{pc(gp, budget)}。具体情况如下：",
        *[_item(u, k, c) for k, c in enumerate(sorted(u.items), 1)],
        "六、一般公共预算财政拨款基本支出决算情况说明",
        f"2024年度一般公共预算财政拨款基本支出{plain_q(u.s('fb'))}万元。其中：人员经费{plain_q(u.p_total)}万元，主要"
        f"包括{'、'.join(lines_of(u, _PERSONNEL))}；公用经费{plain_q(u.u_total)}万元，主要包括"
        f"{'、'.join(lines_of(u, _PUBLIC))}。",
        "七、财政拨款“三公”经费支出决算情况说明",
        f"2024年度“三公”经费财政拨款支出决算{plain_q(sa)}万元，年初预算{plain_q(sb)}万元，完成年初预算的"
        f"{pc(sa, sb)}；较上年决算数{ws}{plain_q(dds)}万元，{r[ws]}{pc(dds, PREV['sangong'])}，主要原因是严格控制"
        "公务接待。其中：因公出国（境）费0万元；公务用车购置及运行维护费0万元，区委编办无公务用车；公务接待费"
        f"{plain_q(sg['接待'][1])}万元，主要用于接待外区编办来访调研，共接待3批次、19人次。",
        "八、政府性基金预算财政拨款收入支出决算情况说明",
        f"{SHORT}2024年度没有使用政府性基金预算财政拨款安排的支出。",
        "九、国有资本经营预算财政拨款收入支出决算情况说明",
        f"{SHORT}2024年度没有使用国有资本经营预算财政拨款安排的支出。",
        "十、预算绩效管理情况",
        f"2024年度{SHORT}对一般行政管理事务项目开展绩效目标管理和绩效自评，涉及项目支出{plain_q(u.items['2013202']['fp'])}"
        "万元，自评结果为“良”。",
        "十一、其他重要事项的情况说明",
        "（一）机关运行经费支出情况",
        f"2024年度{SHORT}机关运行经费支出{plain_q(u.u_total)}万元，较上年决算数{wo}{plain_q(ddo)}万元，{r[wo]}"
        f"{pc(ddo, PREV['office'])}，主要原因是机关办公用房维修费减少。",
        "（二）政府采购支出情况",
        f"2024年度{SHORT}政府采购支出总额{plain_q(buy)}万元，其中：货物{plain_q(BUY['货物'])}万元，工程0万元，服务"
        f"{plain_q(BUY['服务'])}万元。授予中小企业合同金额{plain_q(SME)}万元，占{pc(SME, buy)}。",
        "（三）国有资产占有使用情况",
        f"截至2024年12月31日，{SHORT}无车辆，无单价100万元（含）以上设备（不含车辆）。",
        "第四部分 名词解释",
        "一、财政拨款收入：指区级财政当年拨付的资金。",
        "二、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。",
        "三、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
        "四、“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。",
        "五、机关运行经费：指为保障行政单位运行用于购买货物和服务的各项资金。",
    ]


_U = Unit(FIGURES)
_T = _U.tables()
_TOTAL = _U.total()
_DD = _TOTAL - PREV["total"]
_SA = sum((D(a) for _, a in FIGURES["sangong"].values()), Z)
_DDS = PREV["sangong"] - _SA
_DDO = PREV["office"] - _U.u_total
_WAGE = _U.eco["30102"]
_WAGE_BAD = swap(f"{_WAGE:,.2f}", 0)  # 「72.30」 → 「27.30」
_EXTRA = _U.items["2013299"]["fp"]

SLIPS: list = [
    Slip(
        f"增加{plain_q(_DD)}万元，增长{pc(_DD, PREV['total'])}，主要原因是年中追加",
        f"增加{plain_q(_DD)}万元，增长{pc(_DD, _TOTAL)}，主要原因是年中追加",
        pc(_DD, _TOTAL), "rate", pc(_DD, PREV["total"]),
        f"收支总计较上年决算数增加{plain_q(_DD)}万元，增长率应以上年{plain_q(PREV['total'])}万元为基数："
        f"{plain_q(_DD)}÷{plain_q(PREV['total'])}＝{pc(_DD, PREV['total'])}；文中{pc(_DD, _TOTAL)}是除以本年数得出的",
        "一、收入支出决算总体情况说明", calc=f"{_DD} / {PREV['total']} * 100", context="万元，增长",
    ),
    Slip(
        "2.组织事务（款）一般行政管理事务（项）（2013202）",
        "2.党委办公厅（室）及相关机构事务（款）一般行政管理事务（项）（2013202）",
        "党委办公厅（室）及相关机构事务（款）", "name", f"{NAMES['20132']}（款）",
        f"科目编码2013202属于20132{NAMES['20132']}款（公开05表同），“党委办公厅（室）及相关机构事务”是20131款的"
        "名称，款名与编码不符",
        "五、（三）一般公共预算财政拨款支出决算具体情况", context="一般行政管理事务（项）（2013202）",
    ),
    Slip(
        f"决算数为{plain_q(_EXTRA)}万元，为年中追加预算，",
        f"决算数为{plain_q(_EXTRA)}万元，完成年初预算的100%，为年中追加预算，",
        "完成年初预算的100%", "zero-base", "年初预算为0，不能计算完成率",
        f"其他组织事务支出（2013299）年初预算为0，决算{plain_q(_EXTRA)}万元全部是年中追加，完成年初预算的比率无从"
        "计算，写“100%”不对",
        "五、（三）一般公共预算财政拨款支出决算具体情况", context="完成年初预算的100%，为年中追加预算",
    ),
    Slip(
        "物业管理费、差旅费、维修（护）费",
        "物业管理费、维修（护）费",
        "物业管理费、维修（护）费", "list", f"应列差旅费（公开06表30211为{_U.eco['30211']:,.2f}）",
        f"公开06表公用经费中差旅费（30211）{_U.eco['30211']:,.2f}万元不为零，文中“主要包括”所列其余不为零的科目"
        "均已列出，唯独漏了差旅费",
        "六、一般公共预算财政拨款基本支出决算情况说明", context="物业管理费、维修（护）费、培训费",
    ),
    Slip(
        f"较上年决算数减少{plain_q(_DDS)}万元，下降{pc(_DDS, PREV['sangong'])}，主要原因是严格控制",
        "与上年决算数持平，主要原因是严格控制",
        "持平", "flat", f"减少{plain_q(_DDS)}万元",
        f"“三公”经费决算{plain_q(_SA)}万元，上年决算{plain_q(PREV['sangong'])}万元，减少{plain_q(_DDS)}万元（下降"
        f"{pc(_DDS, PREV['sangong'])}），不是持平",
        "七、财政拨款“三公”经费支出决算情况说明", calc=f"{PREV['sangong']} - {_SA}", context="与上年决算数持平",
    ),
    Slip(
        f"较上年决算数减少{plain_q(_DDO)}万元，下降{pc(_DDO, PREV['office'])}，主要原因是机关办公用房",
        f"较上年决算数增加（减少）{plain_q(_DDO)}万元，下降{pc(_DDO, PREV['office'])}，主要原因是机关办公用房",
        "增加（减少）", "template", "减少",
        f"机关运行经费{plain_q(_U.u_total)}万元，上年{plain_q(PREV['office'])}万元，是减少；文中留下了模板的"
        "“增加（减少）”两种写法",
        "十一、（一）机关运行经费支出情况", context=f"增加（减少）{plain_q(_DDO)}万元",
    ),
    TableSlip(
        "公开06", "30102", 2, _WAGE_BAD, "sum", f"{_WAGE:,.2f}",
        f"公开06表人员经费各行之和应等于人员经费合计{_U.p_total:,.2f}，津贴补贴应为{_WAGE:,.2f}万元；表中写成"
        f"{_WAGE_BAD}，两位数字颠倒，合计加不上",
        "公开06 一般公共预算财政拨款基本支出决算明细表",
        calc=f"{_U.p_total} - {_U.p_total - _WAGE}", rows=("津贴补贴",),
    ),
]
TOLERATED: list = []
ERRORS, TABLE_ERRORS = split(SLIPS)
