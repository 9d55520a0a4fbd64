"""上海市石埭区投资促进服务中心 (「本中心」): a 公益一类 事业单位 of the 区商务委, one unit (「机构设置」);
一般公共服务支出 类 商贸事务 款 (20113) with 事业运行 and 招商引资 项, 商业服务业等支出 类 涉外发展服务支出 款 with a 项
added in the year (no 年初预算), a little 其他收入 (partners' share of 招商推介 costs) spent on 招商引资, 三公 with an
因公出国（境） 团组,
绩效 with the issues found and rectified, no 机关运行经费. The office writes `1,234.56万元`, 「同比增加…，增幅…%」 and
「预算执行率」 (``unit_sd_common`` lists its habits). Errors put in (``SLIPS``)."""

from decimal import Decimal

import make
from unit_sd_common import (
    Slip,
    TableSlip,
    Z,
    budget_of,
    comma,
    errors_of,
    glossary,
    lines_of,
    rate,
    sangong,
    subject,
    table_errors_of,
)

NAME = "上海市石埭区投资促进服务中心"

FIGURES = {
    "id": "shidai-touzicu-2024",
    "name": NAME,
    "items": {
        "2011308": {"fp": "486.90", "qt": "15.60", "op": "15.60", "budget": "520.00"},
        "2011350": {"fb": "612.48", "budget": "620.00"},
        "2080505": {"fb": "78.64", "budget": "79.00"},
        "2080506": {"fb": "39.32", "budget": "39.50"},
        "2101102": {"fb": "34.18", "budget": "34.50"},
        "2160699": {"fp": "128.60", "budget": "0.00"},
        "2210201": {"fb": "52.80", "budget": "52.80"},
    },
    "economic": {
        "30101": "168.40",
        "30102": "46.20",
        "30107": None,
        "30108": "78.64",
        "30109": "39.32",
        "30110": "34.18",
        "30112": "3.26",
        "30113": "52.80",
        "30199": "12.40",
        "30201": "14.60",
        "30205": "2.10",
        "30206": "16.80",
        "30207": "6.40",
        "30209": "38.60",
        "30211": "8.40",
        "30213": "4.20",
        "30216": "3.20",
        "30226": "12.60",
        "30228": "7.80",
        "30229": "4.60",
        "30231": "2.12",
        "30299": "3.40",
    },
    "sangong": {
        "出国": ("18.00", "15.42"),
        "购置": ("0.00", "0.00"),
        "运行": ("2.50", "2.12"),
        "接待": ("6.00", "4.86"),
    },
}
PREV = {  # 2023年度决算
    "total": Decimal("1396.84"),
    "fin": Decimal("1381.24"),
    "出国": Decimal("8.36"),
    "运行": Decimal("2.36"),
    "接待": Decimal("5.12"),
}
FOREIGN_HOST = Decimal("0.95")  # 外宾接待 within the 公务接待费
BUY = (Decimal("12.80"), Decimal("0.00"), Decimal("326.40"))  # 货物, 工程, 服务
SME = (Decimal("300.00"), Decimal("287.50"))  # 预留, 中标
PERF = {"projects": 3, "budget": Decimal("648.60"), "score": "94.20", "issues": (4, 3, 1)}
FOR = {
    "2011308": "产业招商推介会、重点产业链招商、招商信息平台运维及第三方招商服务",
    "2011350": "在职人员工资福利和中心日常运转",
    "2080505": "在职人员机关事业单位基本养老保险单位缴费",
    "2080506": "在职人员职业年金单位缴费",
    "2101102": "在职人员基本医疗保险单位缴费",
    "2160699": "赴新加坡、马来西亚开展境外招商推介及外资项目对接",
    "2210201": "按规定为在职职工缴存的住房公积金",
}
WHY = {
    "2011308": "部分推介活动与合作机构联合举办，场地费由合作机构分担",
    "2011350": "1名职工调出",
    "2080505": "缴费人数减少",
    "2080506": "缴费人数减少",
    "2101102": "缴费人数减少",
}


def m(x: Decimal) -> str:
    return f"{comma(x)}万元"


def pc(a: Decimal, b: Decimal) -> str:
    return f"{rate(a, b)}%"


def change(new: Decimal, old: Decimal) -> str:
    """「同比增加X万元，增幅Y%」/「同比减少X万元，降幅Y%」."""
    up = new > old
    return f"同比{'增加' if up else '减少'}{m(abs(new - old))}，{'增幅' if up else '降幅'}{pc(abs(new - old), old)}"


def item(j: int, code: str, it: dict) -> str:
    spent, budget = it["fb"] + it["fp"], it["budget"]
    head = f"{j}.{subject(code)}：年初预算{m(budget)}，决算{m(spent)}"
    if not budget:
        return head + f"。该项年初未安排预算，系年中追加的境外招商推介专项经费，主要用于{FOR[code]}。"
    out = f"{head}，预算执行率{pc(spent, budget)}。主要用于{FOR[code]}。"
    if spent == budget:
        return out + "决算数与预算数持平。"
    return out + f"决算数{'大于' if spent > budget else '小于'}预算数的主要原因是{WHY[code]}。"


def facts(u: make.Unit) -> dict:
    sg = sangong(FIGURES)
    return {
        "sg": sg,
        "sb": sum((b for b, _ in sg.values()), Z),
        "sa": sum((a for _, a in sg.values()), Z),
        "prev3": PREV["出国"] + PREV["运行"] + PREV["接待"],
    }


def text(u: make.Unit) -> list[str]:
    f = facts(u)
    total, inc, spend, fin, gp = u.total(), u.income(), u.spend(), u.fin_in(), u.fin(fund="gp")
    basic, project, qt = u.basic(), u.project(), u.s("qt")
    sg, sb, sa = f["sg"], f["sb"], f["sa"]
    go, run, host = sg["出国"][1], sg["运行"][1], sg["接待"][1]
    classes = sorted({c[:3] for c in u.items})
    goods, _, service = BUY
    issues = PERF["issues"]
    return [
        f"第一部分 {NAME}概况",
        "一、主要职能",
        f"{NAME}是区商务委员会所属公益一类事业单位。主要职能是：承担全区招商引资和投资促进的具体事务性工作；组织开展"
        "产业招商推介和境内外投资促进活动；建立和维护招商项目库、载体资源库；为落地企业提供项目对接、证照办理等全"
        "流程服务；承担外资招商和外资企业服务的具体工作。",
        "二、机构设置",
        "本中心内设综合部、产业招商部、外资促进部、企业服务部4个部门，核定事业编制24名，年末实有人员22名。本中心为区"
        "商务委员会下属的一级预算单位，无下属单位。",
        f"第三部分 {NAME}2024年度部门决算情况说明",
        "一、收入支出决算总体情况说明",
        f"2024年度，本中心收入总计{m(total)}，支出总计{m(total)}，{change(total, PREV['total'])}，主要原因是年中追加"
        "境外招商推介专项经费。",
        "二、收入决算情况说明",
        f"2024年度本年收入合计{m(inc)}，其中：财政拨款收入{m(fin)}，占本年收入合计的比重为{pc(fin, inc)}；其他收入"
        f"{m(qt)}，占本年收入合计的比重为{pc(qt, inc)}。其他收入主要是合作机构分担的招商推介活动场地费。",
        "三、支出决算情况说明",
        f"2024年度本年支出合计{m(spend)}，其中：基本支出{m(basic)}，占{pc(basic, spend)}；项目支出{m(project)}，占"
        f"{pc(project, spend)}。",
        "四、财政拨款收入支出决算总体情况说明",
        f"2024年度财政拨款收入支出总计{m(fin)}，{change(fin, PREV['fin'])}，主要原因是年中追加境外招商推介专项经费。",
        "五、一般公共预算财政拨款支出决算情况说明",
        "（一）一般公共预算财政拨款支出决算总体情况",
        f"2024年度一般公共预算财政拨款支出{m(gp)}，占本年支出合计的{pc(gp, spend)}，{change(gp, PREV['fin'])}，主要原因"
        "是年中追加境外招商推介专项经费。",
        "（二）一般公共预算财政拨款支出决算结构情况",
        f"2024年度一般公共预算财政拨款支出{m(gp)}，主要用于以下方面："
        + "；".join(f"{make.NAMES[c]}（类）{m(u.fin(c, 'gp'))}，占{pc(u.fin(c, 'gp'), gp)}" for c in classes) + "。",
        "（三）一般公共预算财政拨款支出决算具体情况",
        f"2024年度一般公共预算财政拨款支出年初预算为{m(budget_of(u))}，支出决算为{m(gp)}，预算执行率为"
        f"{pc(gp, budget_of(u))}。决算数大于预算数的主要原因是年中追加境外招商推介专项经费"
        f"{m(u.fin('2160699'))}。按项级科目说明如下：",
        *(item(j, c, u.items[c]) for j, c in enumerate(sorted(u.items), start=1)),
        "六、一般公共预算财政拨款基本支出决算情况说明",
        f"2024年度一般公共预算财政拨款基本支出{m(u.s('fb'))}，其中：人员经费{m(u.p_total)}，主要包括："
        f"{'、'.join(lines_of(u, make.PERSONNEL))}；公用经费{m(u.u_total)}，主要包括："
        f"{'、'.join(lines_of(u, make.PUBLIC))}。",
        "七、财政拨款“三公”经费支出决算情况说明",
        f"2024年度“三公”经费财政拨款支出年初预算{m(sb)}，决算{m(sa)}，预算执行率{pc(sa, sb)}。决算数小于预算数的主要"
        f"原因是严格控制出访人数和天数，压缩公务接待。{change(sa, f['prev3'])}，主要原因是2024年赴新加坡、马来西亚开展"
        "招商推介，因公出国（境）费增加。其中：",
        f"1.因公出国（境）费{m(go)}，占“三公”经费的{pc(go, sa)}。2024年度组织因公出国（境）团组1个、累计4人次（国家/"
        "地区：新加坡、马来西亚；天数：6天；任务：招商推介及重点企业拜访）。",
        f"2.公务用车购置及运行维护费{m(run)}，占{pc(run, sa)}。其中：公务用车购置费0.00万元；公务用车运行维护费"
        f"{m(run)}，主要用于招商走访用车的燃料费、维修费、保险费。截至2024年12月31日，本中心公务用车保有量为1辆。",
        f"3.公务接待费{m(host)}，占{pc(host, sa)}。国内公务接待支出{m(host)}（含外宾接待支出{m(FOREIGN_HOST)}），主要"
        "用于接待来石埭考察投资的企业和商协会代表团，共接待26批次、188人次，其中：接待外宾3批次、14人次。",
        "八、政府性基金预算财政拨款收入支出决算情况说明",
        "本中心2024年度无政府性基金预算财政拨款收入和支出。",
        "九、国有资本经营预算财政拨款收入支出决算情况说明",
        f"{NAME}2024年度无国有资本经营预算财政拨款收入和支出。",
        "十、预算绩效管理情况",
        f"本中心2024年度编报绩效目标的项目{PERF['projects']}个，涉及预算金额{m(PERF['budget'])}；开展绩效自评的项目"
        f"{PERF['projects']}个，平均得分{PERF['score']}分，评级均为“优”。绩效自评中共发现问题{issues[0]}个，已经完成"
        f"整改的{issues[1]}个，正在整改的{issues[2]}个，主要涉及招商项目跟踪服务台账不完整、部分绩效指标量化不足。",
        "十一、其他重要事项的情况说明",
        "（一）机关运行经费支出情况",
        "本中心为公益一类事业单位，不属于机关运行经费统计范围，2024年度无机关运行经费支出。",
        "（二）政府采购支出情况",
        f"2024年度政府采购金额（以合同签订为准）{m(goods + service)}，其中：货物采购{m(goods)}，服务采购{m(service)}，"
        f"无工程采购。面向中小企业预留政府采购项目预算金额{m(SME[0])}，其中面向小微企业预留0.00万元；由中小企业供应商"
        f"中标或成交的，采购金额{m(SME[1])}。",
        "（三）国有资产占有使用情况说明",
        "截至2024年12月31日，本中心共有车辆1辆，为其他用车。单价100万元（含）以上设备（不含车辆）0台（套）。",
        *glossary("", "主要是：合作机构分担的招商推介活动场地费等。"),
    ]


Unit = make.Unit  # the imported make's (its NAMES hold this district's codes), not make.py's __main__
U = Unit(FIGURES)
U.tables()
_F = facts(U)
_TOT, _INC, _FIN = U.total(), U.income(), U.fin_in()
_SA, _SB, _SG = _F["sa"], _F["sb"], _F["sg"]
_WRONG_TOT = Decimal("1484.52")  # 支出总计 with two digits swapped
_ZS = U.items["2011308"]
_ISS = PERF["issues"]
SLIPS: list = [
    TableSlip("公开02", "2011308", 8, "0.00", "公开02 收入决算表", "sum", comma(_ZS["qt"]),
              f"招商引资（2011308）本行合计{comma(U.income('2011308'))}＝财政拨款收入{comma(U.fin_in('2011308'))}＋其他收入"
              f"{comma(_ZS['qt'])}（20113款、201类行和合计行的其他收入亦为此数）；表中其他收入写0.00，本行各列之和对不上",
              calc=f"{U.income('2011308')} - {U.fin_in('2011308')}", rows=("2011308",)),
    Slip(f"支出总计{m(_TOT)}，同比", f"支出总计{m(_WRONG_TOT)}，同比", "一、收入支出决算总体情况说明", m(_WRONG_TOT),
         "sum", m(_TOT),
         f"支出总计应等于收入总计{comma(_TOT)}万元（本年支出合计{comma(U.spend())}＋年末结转和结余0，公开01表总计）；所写"
         f"{comma(_WRONG_TOT)}万元中间两位数字颠倒", calc=f"{U.spend()} + {U.carry1}", context="支出总计"),
    Slip(f"2024年度财政拨款收入支出总计{m(_FIN)}", f"2024年度财政拨款收入支出总计{m(_INC)}",
         "四、财政拨款收入支出决算总体情况说明", m(_INC), "text-table", m(_FIN),
         f"财政拨款收入支出总计应为{m(_FIN)}（二、财政拨款收入{comma(_FIN)}万元，公开04表总计）；所写{comma(_INC)}万元是"
         f"本年收入合计，含其他收入{comma(U.s('qt'))}万元", calc=f"{_INC} - {U.s('qt')}",
         context="财政拨款收入支出总计"),
    Slip(f"，决算{m(_SA)}，预算执行率", f"，决算{m(_F['prev3'])}，预算执行率", "七、财政拨款“三公”经费支出决算情况说明",
         m(_F["prev3"]), "sum", m(_SA),
         f"“三公”经费决算应为因公出国（境）费{comma(_SG['出国'][1])}＋公务用车运行维护费{comma(_SG['运行'][1])}＋公务接待费"
         f"{comma(_SG['接待'][1])}＝{m(_SA)}（公开07表；同句预算执行率{pc(_SA, _SB)}即按此数）；所写"
         f"{comma(_F['prev3'])}万元是2023年度决算数",
         calc=f"{_SG['出国'][1]} + {_SG['运行'][1]} + {_SG['接待'][1]}", context="预算执行率"),
    Slip(f"共发现问题{_ISS[0]}个", f"共发现问题{_ISS[0] + 1}个", "十、预算绩效管理情况", f"{_ISS[0] + 1}个", "sum",
         f"{_ISS[0]}个",
         f"发现问题数应为已完成整改{_ISS[1]}个＋正在整改{_ISS[2]}个＝{_ISS[0]}个；所写{_ISS[0] + 1}个与整改情况对不上",
         context="共发现问题"),
    Slip(f"{NAME}2024年度无国有资本", "上海市XX局2024年度无国有资本",
         "九、国有资本经营预算财政拨款收入支出决算情况说明",
         "上海市XX局", "template", NAME,
         f"模板的“上海市XX局”未改成本单位名称，应为“{NAME}”", context="无国有资本经营预算财政拨款收入和支出"),
    Slip("（类）涉外发展服务支出（款）", "（类）商业流通事务（款）", "五、（三）一般公共预算财政拨款支出决算具体情况",
         "商业流通事务（款）", "name", "涉外发展服务支出（款）",
         "其他涉外发展服务支出（2160699）所属款为21606涉外发展服务支出（公开05表），不是商业流通事务（21602），款名与"
         "项的科目编码对不上", context="其他涉外发展服务支出（项）", needs="table"),
]
ERRORS: list[tuple[str, str]] = errors_of(SLIPS)
TABLE_ERRORS: list[tuple[str, str, int, str]] = table_errors_of(SLIPS)
