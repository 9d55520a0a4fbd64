"""上海市鹭洲区归国华侨联合会 (区侨联: a 群团 of one unit, 参照公务员法管理, 「二、机构设置」; all 一般公共预算财政拨款;
一般公共服务支出 类 群众团体事务 款: 行政运行, 一般行政管理事务 (侨情调查, 侨界联谊), 其他群众团体事务支出 (归侨侨眷
帮扶); 三公 of 公务接待 only, no vehicle; 机关运行经费 its whole 公用经费).

The office's hand: small amounts without separators (「351.62万元」), rates and shares to one place (「13.9%」),
「较上年增加…万元，增长…%」, 「（以下简称“区侨联”）」 and 「区侨联」 after, 职能 as the 侨联 章程's four words
(群众工作、参政议政、维护侨益、海外联谊), each 项 as 「1.…（类）…（款）…（项）：年初预算…万元，支出决算…万元，
完成年初预算的…%。主要用于…。」 with 「预决算持平。」 for an even 项, the 公用经费 lines listed whole (「包括：」),
empty tables 「…，故公开08表为空表。」. Habits drawn from real texts found with the search tool (pages): 隆回县归侨侨眷
联合会 2023年度部门决算 (「（以下简称县侨联）」, 侨联's four 基本职能, 参公群团), 四川省归国华侨联合会 2023年度单位决算
(「机构设置」 of one unit), 北京 a 区侨联 2021年度部门决算 (人民团体, 桥梁和纽带), 梧州市归国华侨联合会
2016年部门决算."""

from __future__ import annotations

from make import PERSONNEL as _PERSONNEL
from make import PUBLIC as _PUBLIC
from unit_lz_common import NAMES, D, Slip, TableSlip, Unit, Z, budget_of, lines_of, plain_q, rate, split, swap

FIGURES = {
    "id": "luzhou-qiaolian-2024",
    "name": "上海市鹭洲区归国华侨联合会",
    "items": {
        "2012901": {"fb": "198.64", "budget": "192.00"},
        "2012902": {"fp": "46.30", "budget": "50.00"},
        "2012999": {"fp": "28.60", "budget": "28.60"},
        "2080501": {"fb": "12.80", "budget": "12.80"},
        "2080505": {"fb": "24.36", "budget": "24.00"},
        "2080506": {"fb": "9.74", "budget": "9.60"},
        "2101101": {"fb": "9.42", "budget": "9.20"},
        "2101103": {"fb": "2.86", "budget": "2.86"},
        "2210201": {"fb": "18.90", "budget": "18.60"},
    },
    "economic": {
        "30101": "52.80", "30102": "38.46", "30103": "12.20", "30107": None, "30108": "24.36", "30109": "9.74",
        "30110": "9.42", "30111": "2.86", "30112": "1.36", "30113": "18.90", "30302": "12.80",
        "30201": "4.62", "30202": "2.18", "30205": "0.96", "30206": "6.84", "30207": "2.36", "30209": "12.60",
        "30211": "0.84", "30213": "1.92", "30216": "0.60", "30217": "0.86", "30226": "3.40", "30228": "4.16",
        "30229": "2.72", "30239": "7.80", "30299": "0.74",
    },
    "sangong": {
        "出国": ("0.00", "0.00"),
        "购置": ("0.00", "0.00"),
        "运行": ("0.00", "0.00"),
        "接待": ("1.50", "0.86"),
    },
}
SHORT = "区侨联"
PREV = {"total": D("308.56"), "sangong": D("1.12"), "office": D("54.08")}  # 2023年度决算数
BUY = {"货物": D("8.20"), "工程": D("0.00"), "服务": D("16.40")}
SME = D("18.40")  # 授予中小企业合同金额
USES = {
    "2012901": "区侨联机关在职人员工资福利及日常运转",
    "2012902": "全区侨情调查更新、侨界青年联谊会和新侨人才活动、“侨胞之家”建设",
    "2012999": "困难归侨侨眷帮扶慰问和侨界法律咨询服务",
    "2080501": "区侨联离退休人员退休费",
    "2080505": "机关事业单位基本养老保险缴费",
    "2080506": "机关事业单位职业年金缴费",
    "2101101": "职工基本医疗保险缴费",
    "2101103": "公务员医疗补助缴费",
    "2210201": "按规定为职工缴存的住房公积金",
}
WHY = {
    "2012901": "年中调整人员经费标准",
    "2012902": "侨情调查采取与街镇联合入户方式，节约了调查经费",
    "2080505": "缴费基数调整",
    "2080506": "缴费基数调整",
    "2101101": "缴费基数调整",
    "2210201": "缴存基数调整",
}


def pc(a, b) -> str:
    """「13.9%」: the office's rates and shares to one place."""
    return f"{rate(a, b, 1)}%"


def _item(u, k: int, code: str) -> str:
    it = u.items[code]
    spent, budget = it["fb"] + it["fp"], it["budget"]
    out = (f"{k}.{NAMES[code[:3]]}（类）{NAMES[code[:5]]}（款）{NAMES[code]}（项）：年初预算{plain_q(budget)}万元，"
           f"支出决算{plain_q(spent)}万元，完成年初预算的{pc(spent, budget)}。主要用于{USES[code]}。")
    if spent == budget:
        return out + "预决算持平。"
    return out + f"决算数{'大于' if spent > budget else '小于'}年初预算数，主要原因是{WHY[code]}。"


def text(u) -> list[str]:
    n = u.name
    total, spend = u.total(), u.spend()
    gp = u.fin(fund="gp")
    basic, project = u.basic(), u.project()
    budget = budget_of(u)
    sg = {k: (D(b), D(a)) for k, (b, a) in FIGURES["sangong"].items()}
    sb, sa = sum(b for b, _ in sg.values()), sum(a for _, a in sg.values())
    buy = sum(BUY.values(), Z)
    dd, dds, ddo = total - PREV["total"], PREV["sangong"] - sa, u.u_total - PREV["office"]
    return [
        f"第一部分 {n}概况",
        "一、主要职能",
        f"{n}（以下简称“{SHORT}”）是中共上海市鹭洲区委领导下的由归侨、侨眷组成的人民团体，是党和政府联系广大归侨侨眷"
        "和海外侨胞的桥梁和纽带。群众工作、参政议政、维护侨益、海外联谊是侨联的基本职能。主要职责是：宣传、贯彻党和"
        "国家的侨务政策和法律法规；代表归侨侨眷参政议政，反映归侨侨眷的意见和诉求；依法维护归侨侨眷的合法权益，做好"
        "侨界信访和法律咨询服务；联络海外侨胞和港澳同胞，开展侨界经济科技和文化交流；做好侨界青年和新侨人才的联系"
        "服务工作；承办区委交办的其他事项。",
        "二、机构设置",
        f"{SHORT}机关内设办公室、联络部、权益保障部3个部门，参照公务员法管理，核定编制9名。{SHORT}为一级预算单位，"
        "无下属单位，本决算为区侨联机关本级决算。",
        f"第三部分 {n}2024年度部门决算情况说明",
        "一、收入支出决算总体情况说明",
        f"{SHORT}2024年度收入支出总计{plain_q(total)}万元，较上年增加{plain_q(dd)}万元，增长{pc(dd, PREV['total'])}。"
        "主要原因是全区侨情调查更新工作启动，一般行政管理事务支出增加。",
        "二、收入决算情况说明",
        f"{SHORT}2024年度本年收入合计{plain_q(u.income())}万元，全部为一般公共预算财政拨款收入，占100.0%。",
        "三、支出决算情况说明",
        f"{SHORT}2024年度本年支出合计{plain_q(spend)}万元，其中：基本支出{plain_q(basic)}万元，占{pc(basic, spend)}；"
        f"项目支出{plain_q(project)}万元，占{pc(project, spend)}。",
        "四、财政拨款收入支出决算总体情况说明",
        f"{SHORT}2024年度财政拨款收入支出总计{plain_q(u.fin_in())}万元，较上年增加{plain_q(dd)}万元，增长"
        f"{pc(dd, PREV['total'])}。主要原因同上。",
        "五、一般公共预算财政拨款支出决算情况说明",
        "（一）一般公共预算财政拨款支出决算总体情况",
        f"{SHORT}2024年度一般公共预算财政拨款支出{plain_q(gp)}万元，占本年支出合计的{pc(gp, spend)}，较上年增加"
        f"{plain_q(dd)}万元，增长{pc(dd, PREV['total'])}。",
        "（二）一般公共预算财政拨款支出决算结构情况",
        f"{SHORT}2024年度一般公共预算财政拨款支出{plain_q(gp)}万元，主要用于以下方面："
        + "；".join(f"{NAMES[c]}（类）{plain_q(u.fin(c, 'gp'))}万元，占{pc(u.fin(c, 'gp'), gp)}"
                   for c in sorted({c[:3] for c in u.items}, key=lambda c: -u.fin(c, "gp"))) + "。",
        "（三）一般公共预算财政拨款支出决算具体情况",
        f"{SHORT}2024年度一般公共预算财政拨款支出年初预算为{plain_q(budget)}万元，支出决算为{plain_q(gp)}万元，完成年初"
        f"预算的{pc(gp, budget)}。具体如下：",
        *[_item(u, k, c) for k, c in enumerate(sorted(u.items), 1)],
        "六、一般公共预算财政拨款基本支出决算情况说明",
        f"{SHORT}2024年度一般公共预算财政拨款基本支出{plain_q(u.s('fb'))}万元，其中：人员经费{plain_q(u.p_total)}万元，"
        f"包括：{'、'.join(lines_of(u, _PERSONNEL))}；公用经费{plain_q(u.u_total)}万元，包括："
        f"{'、'.join(lines_of(u, _PUBLIC))}。",
        "七、财政拨款“三公”经费支出决算情况说明",
        "（一）“三公”经费财政拨款支出决算总体情况说明",
        f"{SHORT}2024年度“三公”经费财政拨款支出年初预算为{plain_q(sb)}万元，支出决算为{plain_q(sa)}万元，完成年初预算的"
        f"{pc(sa, sb)}，较上年减少{plain_q(dds)}万元，下降{pc(dds, PREV['sangong'])}。其中：因公出国（境）费、公务用车"
        f"购置及运行维护费年初预算和支出决算均为0；公务接待费年初预算{plain_q(sg['接待'][0])}万元，支出决算"
        f"{plain_q(sg['接待'][1])}万元。决算数小于预算数的主要原因是严格执行公务接待标准，减少陪同人员。",
        "（二）“三公”经费财政拨款支出决算具体情况说明",
        "1.因公出国（境）费支出0万元，全年未安排因公出国（境）团组。",
        f"2.公务用车购置及运行维护费支出0万元。{SHORT}无公务用车。",
        f"3.公务接待费支出{plain_q(sg['接待'][1])}万元，占“三公”经费支出决算的100.0%，均为国内公务接待，主要用于接待外区"
        "侨联来访交流，共接待5批次、38人次。",
        "八、政府性基金预算财政拨款收入支出决算情况说明",
        f"{SHORT}2024年度无政府性基金预算财政拨款收入和支出，故公开08表为空表。",
        "九、国有资本经营预算财政拨款收入支出决算情况说明",
        f"{SHORT}2024年度无国有资本经营预算财政拨款收入和支出，故公开09表为空表。",
        "十、预算绩效管理情况",
        f"{SHORT}2024年度对一般行政管理事务和其他群众团体事务支出2个项目编报绩效目标，涉及年初预算78.60万元，年底开展"
        "绩效自评，自评得分分别为92.0分和94.5分，评级均为“优”。",
        "十一、其他重要事项的情况说明",
        "（一）机关运行经费支出情况",
        f"{SHORT}2024年度机关运行经费支出{plain_q(u.u_total)}万元，较上年减少{plain_q(-ddo)}万元，下降"
        f"{pc(-ddo, PREV['office'])}。主要原因是压减办公费和差旅费支出。",
        "（二）政府采购支出情况",
        f"{SHORT}2024年度政府采购支出总额{plain_q(buy)}万元，其中：货物{plain_q(BUY['货物'])}万元，工程0万元，服务"
        f"{plain_q(BUY['服务'])}万元。授予中小企业合同金额{plain_q(SME)}万元，占政府采购支出总额的{pc(SME, buy)}。",
        "（三）国有资产占有使用情况说明",
        f"截至2024年12月31日，{SHORT}无车辆，无单价100万元（含）以上设备（不含车辆）。",
        "第四部分 名词解释",
        "一、财政拨款收入：指区级财政当年拨付的资金。",
        "二、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。",
        "三、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
        "四、“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。",
        "五、机关运行经费：指行政单位和参照公务员法管理的事业单位使用一般公共预算财政拨款安排的基本支出中的日常公用"
        "经费支出。",
    ]


_U = Unit(FIGURES)
_U.tables()
_TOTAL = _U.total()
_DD = _TOTAL - PREV["total"]
_R = rate(_DD, PREV["total"], 1)
_BASIC, _SPEND = _U.basic(), _U.spend()
_ADMIN = _U.items["2012902"]
_MEET = next(n for c, n in _PUBLIC if c == "30215")
_BEFORE = next(n for c, n in _PUBLIC if c == "30213")
_PUB_LIST = "、".join(lines_of(_U, _PUBLIC))
_SG = {k: (D(b), D(a)) for k, (b, a) in FIGURES["sangong"].items()}
_SB, _SA = sum(b for b, _ in _SG.values()), sum(a for _, a in _SG.values())
_JD = _SG["接待"][1]
_JD_BAD = swap(f"{_JD:.2f}", 2)  # 「0.86」 → 「0.68」
_BUY = sum(BUY.values(), Z)
_SME_BAD = swap(plain_q(SME), 0)  # 「18.40」 → 「81.40」

SLIPS: list = [
    Slip(
        f"较上年增加{plain_q(_DD)}万元，增长{_R}%。主要原因是全区侨情调查",
        f"较上年增加{plain_q(_DD)}万元，增长{_R}。主要原因是全区侨情调查",
        f"增长{_R}", "unit", f"增长{_R}%",
        f"收入支出总计较上年增加{plain_q(_DD)}万元，增长率{plain_q(_DD)}÷{plain_q(PREV['total'])}＝{_R}%；文中漏了“%”",
        "一、收入支出决算总体情况说明", context=f"增长{_R}。主要原因",
    ),
    Slip(
        f"基本支出{plain_q(_BASIC)}万元，占{pc(_BASIC, _SPEND)}；",
        f"基本支出{plain_q(_U.p_total)}万元，占{pc(_BASIC, _SPEND)}；",
        f"{plain_q(_U.p_total)}万元", "text-table", f"{plain_q(_BASIC)}万元",
        f"基本支出应为公开03表的{plain_q(_BASIC)}万元（人员经费{plain_q(_U.p_total)}万元＋公用经费"
        f"{plain_q(_U.u_total)}万元）；文中写成了公开06表的人员经费合计，与同句的占比和项目支出也合不上",
        "三、支出决算情况说明", context="基本支出",
    ),
    Slip(
        f"完成年初预算的{pc(_ADMIN['fp'], _ADMIN['budget'])}。主要用于{USES['2012902']}。决算数小于年初预算数，"
        f"主要原因是{WHY['2012902']}。",
        f"完成年初预算的{pc(_ADMIN['fp'], _ADMIN['budget'])}。主要用于{USES['2012902']}。预决算持平。",
        "预决算持平", "flat", f"小于年初预算{plain_q(_ADMIN['budget'] - _ADMIN['fp'])}万元",
        f"一般行政管理事务（项）年初预算{plain_q(_ADMIN['budget'])}万元，支出决算{plain_q(_ADMIN['fp'])}万元，少"
        f"{plain_q(_ADMIN['budget'] - _ADMIN['fp'])}万元，完成{pc(_ADMIN['fp'], _ADMIN['budget'])}，不是持平",
        "五、（三）一般公共预算财政拨款支出决算具体情况", calc=f"{_ADMIN['budget']} - {_ADMIN['fp']}",
        context=f"{USES['2012902']}。预决算持平",
    ),
    Slip(
        f"包括：{_PUB_LIST}。",
        f"包括：{_PUB_LIST.replace(_BEFORE + '、', _BEFORE + '、' + _MEET + '、', 1)}。",
        _MEET, "list", f"（公开06表{_MEET}为0.00，不应列）",
        f"公开06表公用经费中{_MEET}（30215）为0.00万元，文中“包括”却列了{_MEET}；所列应与表中不为零的经济分类科目一致",
        "六、一般公共预算财政拨款基本支出决算情况说明", context=f"{_BEFORE}、{_MEET}、",
    ),
    Slip(
        "决算数小于预算数的主要原因是严格执行公务接待标准",
        "决算数大于预算数的主要原因是严格执行公务接待标准",
        "大于", "direction", "小于",
        f"“三公”经费（公务接待费）支出决算{plain_q(_SA)}万元，年初预算{plain_q(_SB)}万元，决算小于预算（完成"
        f"{pc(_SA, _SB)}）；文中写“大于”",
        "七、（一）“三公”经费财政拨款支出决算总体情况说明", context="决算数大于预算数的主要原因是严格执行公务接待标准",
    ),
    TableSlip(
        "公开07", f"{_SB:,.2f}", 11, _JD_BAD, "sum", f"{_JD:,.2f}",
        f"公开07表只有公务接待费一项支出，其决算数应等于“三公”经费合计决算{_SA:,.2f}（文中也是{plain_q(_JD)}万元）；"
        "表中两位数字颠倒",
        "公开07 财政拨款“三公”经费支出决算表", calc=f"{_SA} - 0.00 - 0.00", rows=("公务接待费",),
    ),
    Slip(
        f"授予中小企业合同金额{plain_q(SME)}万元",
        f"授予中小企业合同金额{_SME_BAD}万元",
        f"{_SME_BAD}万元", "compare", f"{plain_q(SME)}万元",
        f"授予中小企业合同金额{_SME_BAD}万元大于政府采购支出总额{plain_q(_BUY)}万元，不可能；按同句占比"
        f"{pc(SME, _BUY)}应为{plain_q(SME)}万元，两位数字颠倒",
        "十一、（二）政府采购支出情况",
    ),
]
TOLERATED: list = []
ERRORS, TABLE_ERRORS = split(SLIPS)
