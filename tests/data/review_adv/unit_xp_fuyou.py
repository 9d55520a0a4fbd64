"""上海市杏浦区妇幼保健院 (公益二类 事业单位: a small 财政拨款 (妇幼保健机构, 重大公共卫生服务), a large 事业收入
(医疗收入), 其他收入, 年初/年末结转和结余, no 机关运行经费): figures in 万元 as the tables print them, the 情况说明 in
the office's words — 「与上年相比」, the 本年收入 and 本年支出 in one sentence 「本年收、支合计各为…万元、…万元，…各增加
…，各增长…%、…%」, the charts of its Word draft left as captions under 一、二、三 (「（图1：…）」), 「降低」 for a fall,
项 paragraphs in the template's sentences — and the errors put in (``SLIPS``)."""

from decimal import Decimal

import make
from unit_xp_common import Slip, TableSlip, Tolerated, Unit, Z, budget_total, errors_of, pc, plain, table_errors_of

NAME = "上海市杏浦区妇幼保健院"

FIGURES = {
    "id": "xingpu-fuyou-2024",
    "name": NAME,
    "items": {
        "2080502": {"fb": "182.60", "budget": "185.00"},
        "2080505": {"fb": "268.44", "budget": "270.00"},
        "2080506": {"fb": "134.22", "budget": "135.00"},
        "2100403": {"fb": "612.80", "fp": "438.50", "budget": "1120.00", "sy": "16842.36", "qt": "186.24",
                    "ob": "15206.45", "op": "1532.80"},
        "2100409": {"fp": "96.30", "budget": "100.00"},
        "2101102": {"fb": "98.60", "budget": "100.00"},
        "2210201": {"fb": "206.30", "budget": "208.00"},
    },
    "carry0": "2860.42",
    "carry1": "3149.77",
    "economic": {
        "30101": "186.40", "30102": "42.30", "30107": None, "30108": "268.44", "30109": "134.22",
        "30110": "98.60", "30113": "206.30", "30302": "182.60",
        "30201": "8.40", "30206": "35.80", "30213": "16.20", "30217": "0.12", "30231": "2.64", "30299": "4.84",
    },
    "sangong": {"出国": ("0.00", "0.00"), "购置": ("0.00", "0.00"), "运行": ("3.00", "2.64"),
                "接待": ("0.50", "0.12")},
}
# 2023年度: 收入支出总计, 本年收入合计, 本年支出合计, 财政拨款收入支出总计, 三公 (运行, 接待)
PREV = {"total": Decimal("19126.58"), "income": Decimal("16512.40"), "spend": Decimal("16266.16"),
        "fin": Decimal("2016.85"), "运行": Decimal("2.88"), "接待": Decimal("0.20")}
PROCUREMENT = {"货物": Decimal("1286.40"), "工程": Decimal("356.80"), "服务": Decimal("642.15")}
USE = {
    "2080502": ("退休人员支出", "退休人员减少"),
    "2080505": ("基本养老保险缴费", "缴费基数按实际核定"),
    "2080506": ("职业年金缴费", "缴费基数按实际核定"),
    "2100403": ("在编人员经费补助、孕产妇系统保健和儿童系统保健等公共卫生服务及设备购置",
                "设备购置项目按合同进度支付"),
    "2100409": ("适龄妇女“两癌”筛查和孕产妇产前筛查", "筛查项目按实际服务人次结算"),
    "2101102": ("职工基本医疗保险缴费", "缴费基数按实际核定"),
    "2210201": ("按规定为职工缴纳的住房公积金", "缴费基数按实际核定"),
}


def _than(now: Decimal, before: Decimal) -> str:
    diff = now - before
    if diff == 0:
        return "与上年相比持平"
    if diff > 0:
        return f"与上年相比增加{plain(diff)}万元，增长{pc(diff, before)}%"
    return f"与上年相比减少{plain(-diff)}万元，降低{pc(-diff, before)}%"


def item_line(u: make.Unit, k: int, c: str) -> str:
    it = u.items[c]
    a, b = it["fb"] + it["fp"], it["budget"]
    use, why = USE[c]
    line = (f"{k}、{make.NAMES[c[:3]]}（类）{make.NAMES[c[:5]]}（款）{make.NAMES[c]}（项）。主要用于：{use}。年初预算为"
            f"{plain(b)}万元，支出决算为{plain(a)}万元，完成年初预算的{pc(a, b)}%。")
    if a == b:
        return line + "决算数与预算数持平。"
    return line + f"决算数{'大于' if a > b else '小于'}预算数的主要原因：{why}。"


def text(u: make.Unit) -> list[str]:
    total, inc, spend, fin = u.total(), u.income(), u.spend(), u.fin_in()
    gp, basic, project = u.fin(fund="gp"), u.basic(), u.project()
    sy, qt = u.s("sy"), u.s("qt")
    budget = budget_total(u)
    di, ds = inc - PREV["income"], spend - PREV["spend"]
    pers = [nm for code, nm in make.PERSONNEL if len(code) == 5 and u.eco[code] != 0]
    pub = [nm for code, nm in make.PUBLIC if len(code) == 5 and u.eco[code] != 0]
    sg = {k: (Decimal(b), Decimal(a)) for k, (b, a) in FIGURES["sangong"].items()}
    sb, sa = sum((b for b, _ in sg.values()), Z), sum((a for _, a in sg.values()), Z)
    sa0 = PREV["运行"] + PREV["接待"]
    buy = sum(PROCUREMENT.values(), Z)
    classes = sorted({c[:3] for c in u.items})
    structure = "；".join(f"{make.NAMES[c]}（类）{plain(u.fin(c, 'gp'))}万元，占{pc(u.fin(c, 'gp'), gp)}%"
                         for c in classes)
    out = [
        f"第一部分 {NAME}概况",
        "一、主要职能",
        f"{NAME}是区卫生健康委员会所属公益二类事业单位，是一所集妇幼保健、临床医疗、健康教育为一体的二级妇幼保健院，"
        "主要职能是：承担全区孕产妇系统保健和儿童系统保健管理；开展妇产科、儿科临床诊疗服务；组织实施妇女“两癌”筛查、"
        "孕产妇产前筛查等重大公共卫生服务项目；负责全区妇幼卫生信息的收集、统计和分析；对社区卫生服务中心的妇幼保健"
        "工作进行业务指导。",
        "二、机构设置",
        f"{NAME}内设医务科、保健部、护理部、财务科等职能科室及妇科、产科、儿科等临床科室，无下属预算单位。本部门决算"
        "为本院单位决算。",
        f"第三部分 {NAME}2024年度部门决算情况说明",
        "一、收入支出决算总体情况说明",
        f"2024年度收入支出总计{plain(total)}万元，{_than(total, PREV['total'])}。其中，本年收、支合计各为{plain(inc)}"
        f"万元、{plain(spend)}万元，与上年相比各增加{plain(di)}万元、{plain(ds)}万元，各增长{pc(di, PREV['income'])}%、"
        f"{pc(ds, PREV['spend'])}%。主要原因：门诊和住院服务量增加，医疗收入和相应的医疗支出增加。",
        "（图1：收、支决算总计变动情况图）",
        "二、收入决算情况说明",
        f"本年收入合计{plain(inc)}万元，其中：财政拨款收入{plain(fin)}万元，占{pc(fin, inc)}%；事业收入"
        f"{plain(sy)}万元，占{pc(sy, inc)}%，均为医疗收入；其他收入{plain(qt)}万元，占{pc(qt, inc)}%，"
        "主要为科研协作收入和银行存款利息收入。",
        "（图2：收入决算结构图）",
        "三、支出决算情况说明",
        f"本年支出合计{plain(spend)}万元，其中：基本支出{plain(basic)}万元，占{pc(basic, spend)}%；项目支出"
        f"{plain(project)}万元，占{pc(project, spend)}%。年末结转和结余{plain(u.carry1)}万元，比年初增加"
        f"{plain(u.carry1 - u.carry0)}万元，均为非财政拨款结转和结余。",
        "（图3：支出决算结构图）",
        "四、财政拨款收入支出决算总体情况说明",
        f"{NAME}2024年度财政拨款收入支出总计{plain(fin)}万元，{_than(fin, PREV['fin'])}。主要原因：重大公共卫生服务项目"
        "筛查人次增加。",
        "五、一般公共预算财政拨款支出决算情况说明",
        "（一）一般公共预算财政拨款支出决算总体情况",
        f"一般公共预算财政拨款支出{plain(gp)}万元，占本年支出合计的{pc(gp, spend)}%，{_than(gp, PREV['fin'])}。主要"
        "原因：同上。",
        "（二）一般公共预算财政拨款支出决算结构情况",
        f"一般公共预算财政拨款支出{plain(gp)}万元，主要用于以下方面：{structure}。",
        "（三）一般公共预算财政拨款支出决算具体情况",
        f"一般公共预算财政拨款支出年初预算为{plain(budget)}万元，支出决算为{plain(gp)}万元，完成年初预算的"
        f"{pc(gp, budget)}%。决算数小于预算数的主要原因：设备购置项目按合同进度支付。其中：",
    ]
    out += [item_line(u, k, c) for k, c in enumerate(sorted(u.items), start=1)]
    out += [
        "六、一般公共预算财政拨款基本支出决算情况说明",
        f"一般公共预算财政拨款基本支出{plain(u.s('fb'))}万元。其中：人员经费{plain(u.p_total)}万元，主要包括："
        f"{'、'.join(pers)}；公用经费{plain(u.u_total)}万元，主要包括：{'、'.join(pub)}。",
        "七、财政拨款“三公”经费支出决算情况说明",
        "（一）“三公”经费财政拨款支出决算总体情况说明",
        f"“三公”经费财政拨款支出年初预算为{plain(sb)}万元，支出决算为{plain(sa)}万元，完成预算的{pc(sa, sb)}%，其中："
        f"因公出国（境）费决算为0万元；公务用车购置及运行维护费支出决算为{plain(sg['运行'][1])}万元，完成预算的"
        f"{pc(sg['运行'][1], sg['运行'][0])}%；公务接待费支出决算为{plain(sg['接待'][1])}万元，完成预算的"
        f"{pc(sg['接待'][1], sg['接待'][0])}%。2024年度“三公”经费支出决算数小于预算数的主要原因：厉行节约，严控公务"
        "用车和公务接待支出。",
        f"2024年度“三公”经费财政拨款支出决算数{_than(sa, sa0)}，其中：公务用车购置及运行维护费支出决算"
        f"{_than(sg['运行'][1], PREV['运行'])}；公务接待费支出决算{_than(sg['接待'][1], PREV['接待'])}。"
        "减少的主要原因是公务用车出车次数和公务接待批次减少。",
        "（二）“三公”经费财政拨款支出决算具体情况说明",
        "1、因公出国（境）费支出0万元。全年安排因公出国（境）团组0个、累计0人次。",
        f"2、公务用车购置及运行维护费支出{plain(sg['运行'][1])}万元。其中：公务用车购置支出为0万元；公务用车运行维护"
        f"支出{plain(sg['运行'][1])}万元，主要用于基层妇幼保健业务指导用车的燃料费、维修费和保险费。2024年，{NAME}"
        "开支财政拨款的公务用车保有量为1辆。",
        f"3、公务接待费支出{plain(sg['接待'][1])}万元。其中：国内公务接待支出{plain(sg['接待'][1])}万元（含外宾接待"
        "支出0万元），主要用于接待市妇幼保健中心业务督导，全年国内公务接待2批次、11人次。",
        "八、政府性基金预算财政拨款收入支出决算情况说明",
        f"{NAME}2024年度无政府性基金预算财政拨款收入和支出。",
        "九、国有资本经营预算财政拨款收入支出决算情况说明",
        f"{NAME}2024年度无国有资本经营预算财政拨款收入和支出。",
        "十、预算绩效管理情况",
        f"{NAME}2024年度预算绩效管理工作开展情况如下：本院建立了《预算绩效管理实施办法》，建立了项目绩效目标、运行监控"
        "和绩效自评的预算绩效管理工作机制；全过程绩效管理实施情况：编报绩效目标的2024年度项目3个，涉及预算金额"
        f"{plain(Decimal('580.00'))}万元；绩效跟踪评价的2024年度项目3个，涉及预算金额{plain(Decimal('580.00'))}万元；"
        f"绩效自评的2024年度项目3个，涉及预算金额{plain(Decimal('580.00'))}万元，平均得分91.3分（其中，绩效评级为"
        "“优”的项目2个；绩效评级为“良”的项目1个；绩效评级为“合格”的项目0个；绩效评级为“不合格”的项目0个。绩效"
        "自评中共发现问题3个，已经完成整改的2个，正在整改的1个）。",
        "十一、其他重要事项的情况说明",
        "（一）机关运行经费支出情况",
        f"{NAME}为公益二类事业单位，不属于机关运行经费统计范围。",
        "（二）政府采购支出情况",
        f"{NAME}2024年度政府采购金额（以合同签订为准）为{plain(buy)}万元，其中：货物采购金额"
        f"{plain(PROCUREMENT['货物'])}万元、工程采购金额{plain(PROCUREMENT['工程'])}万元、服务采购金额"
        f"{plain(PROCUREMENT['服务'])}万元。",
        f"2024年度本院面向中小企业预留政府采购项目预算金额{plain(Decimal('986.50'))}万元，面向小微企业预留政府采购项目"
        f"预算金额{plain(Decimal('412.30'))}万元。在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，"
        f"采购金额{plain(Decimal('942.18'))}万元；在面向小微企业预留政府采购项目中，由小微企业供应商中标或成交的，采购"
        f"金额{plain(Decimal('398.64'))}万元；在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额"
        f"{plain(Decimal('356.20'))}万元。",
        "（三）国有资产占有使用情况说明",
        f"截至2024年12月31日，{NAME}共有车辆4辆，其中：特种专业技术用车2辆（救护车）、其他用车2辆。单价100万元（含）"
        "以上设备（不含车辆）6台（套），主要为彩色多普勒超声诊断仪、数字化乳腺X射线摄影系统等医疗设备。",
        "第四部分 名词解释",
        "一、财政拨款收入：指单位本年度从本级财政部门取得的财政拨款，包括一般公共预算财政拨款、政府性基金预算财政"
        "拨款和国有资本经营预算财政拨款。",
        "二、事业收入：指事业单位开展专业业务活动及其辅助活动取得的收入。主要是：门诊、住院医疗收入等。",
        "三、其他收入：指单位取得的除“财政拨款收入”、“事业收入”、“经营收入”等以外的收入。主要是：科研协作收入、"
        "银行存款利息收入等。",
        "四、年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。",
        "五、年末结转和结余：指本年度或以前年度预算安排、因客观条件发生变化无法按原计划实施，需延迟到以后年度按有关"
        "规定继续使用的资金。",
        "六、基本支出：指单位为保障机构正常运转、完成日常工作任务而发生的各项支出。",
        "七、项目支出：指单位为完成特定的行政工作任务或事业发展目标，在基本支出之外发生的各项支出。",
        "八、“三公”经费：指单位使用本级财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。",
    ]
    return out


U = Unit(FIGURES)
_TABLES = U.tables()
_INC, _SPEND, _QT = U.income(), U.spend(), U.s("qt")
_DI, _DS = _INC - PREV["income"], _SPEND - PREV["spend"]
_C0, _C1 = U.carry0, U.carry1
_FY = U.items["2100403"]
_FY_A = _FY["fb"] + _FY["fp"]
_ZD = U.items["2100409"]
_TYPO = Decimal("168.24")  # 186.24 with two digits swapped
SLIPS: list = [
    Slip(f"各增长{pc(_DI, PREV['income'])}%、{pc(_DS, PREV['spend'])}%",
         f"各增长{pc(_DI, PREV['income'])}%、{pc(_DS, PREV['income'])}%", "一、收入支出决算总体情况说明",
         f"{pc(_DS, PREV['income'])}%", "rate", f"{pc(_DS, PREV['spend'])}%",
         f"本年支出合计增长率应以上年本年支出合计{plain(PREV['spend'])}万元为基数（增加{plain(_DS)}万元）；文中两个"
         f"增长率都用了上年本年收入合计{plain(PREV['income'])}万元作基数",
         calc=f"{_DS} / {PREV['spend']} * 100", context="各增长"),
    Slip(f"其他收入{plain(_QT)}万元", f"其他收入{plain(_TYPO)}万元", "二、收入决算情况说明", f"{plain(_TYPO)}万元",
         "text-table", f"{plain(_QT)}万元",
         f"其他收入应为{plain(_QT)}万元（公开01、公开02表；同句占比{pc(_QT, _INC)}%亦按此数），文中两位数字颠倒；"
         "财政拨款、事业、其他三项收入之和亦不等于本年收入合计",
         calc=f"{_INC} - {U.fin_in()} - {U.s('sy')}", context="其他收入"),
    Slip(f"比年初增加{plain(_C1 - _C0)}万元", f"比年初增加{plain(_C1 - _C0 + Decimal('9.00'))}万元",
         "三、支出决算情况说明", f"{plain(_C1 - _C0 + Decimal('9.00'))}万元", "difference", f"{plain(_C1 - _C0)}万元",
         f"年末结转和结余{plain(_C1)}万元减年初结转和结余{plain(_C0)}万元（公开01表）为{plain(_C1 - _C0)}万元",
         calc=f"{_C1} - {_C0}", context="比年初增加"),
    Slip(f"支出决算为{plain(_FY_A)}万元，完成年初预算的{pc(_FY_A, _FY['budget'])}%",
         f"支出决算为{plain(_FY_A)}万元，完成年初预算的{pc(_FY['fb'], _FY['budget'])}%",
         "五、（三）一般公共预算财政拨款支出决算具体情况", f"{pc(_FY['fb'], _FY['budget'])}%", "completion",
         f"{pc(_FY_A, _FY['budget'])}%",
         f"妇幼保健机构（项）支出决算{plain(_FY_A)}万元（基本支出{plain(_FY['fb'])}万元加项目支出{plain(_FY['fp'])}万元）"
         f"除以年初预算{plain(_FY['budget'])}万元；文中只用了基本支出",
         calc=f"({_FY['fb']} + {_FY['fp']}) / {_FY['budget']} * 100", context="妇幼保健机构（项）"),
    Slip("决算数小于预算数的主要原因：筛查项目", "决算数大于（小于）预算数的主要原因：筛查项目",
         "五、（三）一般公共预算财政拨款支出决算具体情况", "大于（小于）", "template", "小于",
         f"模板的备选用语未删：重大公共卫生服务（项）支出决算{plain(_ZD['fp'])}万元小于年初预算{plain(_ZD['budget'])}万元，"
         "应写“决算数小于预算数”",
         context="重大公共卫生服务（项）"),
    Slip("共有车辆4辆", "共有车辆5辆", "十一、（三）国有资产占有使用情况说明", "5辆", "sum", "4辆",
         "车辆总数应为所列各类之和：特种专业技术用车2辆加其他用车2辆，共4辆",
         calc="2 + 2", context="共有车辆"),
    TableSlip("公开01", "年初结转和结余", 3, make.cell(_C0), "公开01 收入支出决算总表", "sum", make.cell(_C1),
              f"年末结转和结余应为{make.cell(_C1)}（收入总计{make.cell(U.total())}减本年支出合计{make.cell(_SPEND)}，"
              "文中亦为此数）；表中误抄了同行左侧年初结转和结余的数字，支出方不能加到总计",
              calc=f"{U.total()} - {_SPEND}", rows=("年末结转和结余", "年初结转和结余")),
]
TOLERATED: list = [
    Tolerated(f"{pc(U.fin(fund='gp'), _SPEND)}%",
              "一般公共预算财政拨款支出只占本年支出合计的一小部分（医院支出主要来自医疗收入），占比正确"),
    Tolerated("1辆", "开支财政拨款的公务用车保有量1辆少于车辆总数4辆：2辆救护车为特种专业技术用车，另1辆其他用车由医疗"
              "收入开支，不是错误"),
]
ERRORS: list[tuple[str, str]] = errors_of(SLIPS)
TABLE_ERRORS: list[tuple[str, str, int, str]] = table_errors_of(SLIPS)
