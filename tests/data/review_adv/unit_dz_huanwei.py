"""上海市荻洲区环境卫生管理所 (区环卫所, 「本所」): a 公益二类 事业单位 — 城乡社区环境卫生 项 paid from 财政拨款,
事业收入 (垃圾处置、清运服务收费) and 经营收入 (有偿清运、保洁服务, its 经营支出 in 公开01/03), a little 其他收入,
年初/年末结转和结余 of its own money; twenty-odd 作业车辆 (特种专业技术用车), none of them a 公务用车. The office sets
every figure off by spaces, the percent sign too (「收入总计 9,634.40 万元」「增长 4.42 %」), writes
「同比无增减变化」 for no change, gives reasons as one long run-on clause, scores each 项目's 绩效 with its grade, and
counts vehicles in Chinese numerals. Errors put in (``SLIPS``)."""

from dataclasses import replace
from decimal import Decimal

import make
from unit_dz_common import (
    Slip,
    TableSlip,
    Z,
    budget_of,
    comma,
    count,
    errors_of,
    glossary,
    lines_of,
    rate,
    subject,
    table_errors_of,
)

NAME = "上海市荻洲区环境卫生管理所"

FIGURES = {
    "id": "dizhou-huanwei-2024",
    "name": NAME,
    "items": {
        "2080502": {"fb": "86.20", "budget": "88.00"},
        "2080505": {"fb": "362.40", "budget": "365.00"},
        "2080506": {"fb": "181.20", "budget": "183.00"},
        "2101102": {"fb": "168.30", "budget": "170.00"},
        "2120501": {"fb": "2865.40", "fp": "3426.85", "sy": "1836.20", "jy": "412.60", "qt": "38.45",
                    "ob": "1286.30", "op": "520.00", "oj": "398.75", "budget": "6480.00"},
        "2210201": {"fb": "256.80", "budget": "258.00"},
    },
    "carry0": "412.36",
    "carry1": "494.56",
    "economic": {
        "30101": "612.40",
        "30102": "186.50",
        "30107": None,
        "30108": "362.40",
        "30109": "181.20",
        "30110": "168.30",
        "30112": "24.60",
        "30113": "256.80",
        "30199": "48.60",
        "30302": "86.20",
        "30305": "8.40",
        "30201": "28.40",
        "30205": "36.80",
        "30206": "86.20",
        "30207": "6.40",
        "30209": "42.60",
        "30213": "186.40",
        "30218": "126.50",
        "30225": "168.30",
        "30226": "312.60",
        "30228": "42.80",
        "30229": "46.20",
        "30239": "12.60",
        "30240": "8.60",
        "30299": "4.80",
    },
    "sangong": {
        "出国": ("0.00", "0.00"),
        "购置": ("0.00", "0.00"),
        "运行": ("0.00", "0.00"),
        "接待": ("0.60", "0.38"),
    },
}
PREV = {  # 2023年度决算
    "total": Decimal("9226.07"),
    "fin": Decimal("7339.82"),
    "接待": Decimal("0.42"),
}
CARS = {"特种专业技术用车": 23, "其他用车": 3}  # 作业车辆 (洒水车、扫路车、压缩式垃圾车…) and three others
BUY = (Decimal("612.80"), Decimal("86.40"), Decimal("2316.50"))  # 货物, 工程, 服务
SME = (Decimal("2480.60"), Decimal("1625.30"))  # 中小企业 中标或成交 (of which 小微企业)
SCORES = (("道路清扫保洁作业", "95", "优"), ("生活垃圾分类收运", "92", "优"), ("公共厕所运行管护", "86", "良"))
FOR = {
    "2080502": "本所退休人员的退休费和生活补助",
    "2080505": "在职人员机关事业单位基本养老保险单位缴费",
    "2080506": "在职人员职业年金单位缴费",
    "2101102": "在职人员基本医疗保险单位缴费",
    "2120501": "道路清扫保洁、生活垃圾分类收运、公共厕所运行管护和作业车辆运行",
    "2210201": "按规定为在职职工缴存的住房公积金",
}
WHY = {
    "2080502": "退休人员减少两名，生活补助相应减少",
    "2080505": "缴费基数按实调整后单位缴费略有减少",
    "2080506": "缴费基数按实调整后单位缴费略有减少",
    "2101102": "人员变动",
    "2120501": ("部分道路保洁作业经政府采购后合同价低于预算，加之公共厕所改造项目受施工进度影响部分工程量结转至"
                "下年度实施，同时作业车辆燃料价格较年初测算有所回落，相应支出减少"),
    "2210201": "人员变动",
}


def m(x: Decimal) -> str:
    """「 9,634.40 万元」: the figure set off by spaces."""
    return f" {comma(x)} 万元"


def pc(a: Decimal, b: Decimal) -> str:
    return f" {rate(a, b)} %"


def change(new: Decimal, old: Decimal) -> str:
    if new == old:
        return "同比无增减变化"
    up = new > old
    return (f"较2023年度{'增加' if up else '减少'}{m(abs(new - old))}，"
            f"{'增长' if up else '下降'}{pc(abs(new - old), old)}")


def item(k: int, code: str, it: dict) -> str:
    spent, budget = it["fb"] + it["fp"], it["budget"]
    head = (f"{k}.{subject(code)}：年初预算{m(budget)}，支出决算{m(spent)}，完成年初预算的{pc(spent, budget)}，主要用于"
            f"{FOR[code]}")
    kind = "该项全部为基本支出" if it["fp"] == Z else f"其中：基本支出{m(it['fb'])}，项目支出{m(it['fp'])}"
    if spent == budget:
        word = "与年初预算持平"
    else:
        word = f"决算数{'大于' if spent > budget else '小于'}年初预算数，主要原因是{WHY[code]}"
    return f"{head}；{kind}；{word}。"


def facts(u: make.Unit) -> dict:
    sg = {k: (Decimal(b), Decimal(a)) for k, (b, a) in FIGURES["sangong"].items()}
    return {
        "sg": sg,
        "sb": sum((b for b, _ in sg.values()), Z),
        "sa": sum((a for _, a in sg.values()), Z),
        "bought": sum(BUY, Z),
        "budget": budget_of(u),
        "cars": sum(CARS.values()),
        "p301": u.eco["301"],
    }


def text(u: make.Unit) -> list[str]:
    f = facts(u)
    total, inc, spend = u.total(), u.income(), u.spend()
    fin, gp = u.fin_in(), u.fin(fund="gp")
    sy, jy, qt, oj = u.s("sy"), u.s("jy"), u.s("qt"), u.s("oj")
    basic, project, fb = u.basic(), u.project(), u.s("fb")
    sg = f["sg"]
    goods, works, service = BUY
    classes = sorted({c[:3] for c in u.items})
    return [
        f"第一部分 {NAME}概况",
        "一、主要职能",
        f"{NAME}是区绿化和市容管理局所属公益二类事业单位，主要职能是：承担本区城市道路清扫保洁、生活垃圾分类收集和"
        "清运、公共厕所运行管护等环境卫生作业；负责区属环境卫生设施的运行维护；承担重大活动和突发事件的环境卫生保障；"
        "在完成公益服务的前提下，为社会单位提供有偿清运、保洁服务。",
        "二、机构设置",
        "本所内设综合办公室、财务科、作业管理科、设施设备科和三个作业队，无下属单位。纳入本所2024年度部门决算编制范围的"
        "单位为本所本级。",
        f"第三部分 {NAME}2024年度部门决算情况说明",
        "一、收入支出决算总体情况说明",
        f"2024年度收入总计{m(total)}，支出总计{m(total)}。与2023年度相比，收、支总计各"
        f"{change(total, PREV['total']).removeprefix('较2023年度')}。主要原因是生活垃圾分类收运范围扩大到全区农村地区，"
        "收运服务收费收入和相应支出增加，同时有偿清运服务业务量有所增长，经营收入和经营支出随之增加，加之财政拨款安排的"
        "公共厕所改造项目支出增加。",
        "二、收入决算情况说明",
        f"本年收入合计{m(inc)}，其中：财政拨款收入{m(fin)}，占{pc(fin, inc)}；事业收入{m(sy)}，占"
        f"{pc(sy, inc)}；经营收入"
        f"{m(jy)}，占{pc(jy, inc)}；其他收入{m(qt)}，占{pc(qt, inc)}。此外，年初结转和结余{m(u.carry0)}。",
        "三、支出决算情况说明",
        f"本年支出合计{m(spend)}，其中：基本支出{m(basic)}，占{pc(basic, spend)}；项目支出{m(project)}，占"
        f"{pc(project, spend)}；经营支出{m(oj)}，占{pc(oj, spend)}。年末结转和结余{m(u.carry1)}，均为事业收入和经营收入"
        "形成的非财政拨款结转和结余。",
        "四、财政拨款收入支出决算总体情况说明",
        f"2024年度财政拨款收入支出总计{m(fin)}，2023年度为{m(PREV['fin'])}，{change(fin, PREV['fin'])}。主要"
        "原因是公共厕所"
        "改造项目支出增加，而人员经费因退休人员减少有所下降。",
        "五、一般公共预算财政拨款支出决算情况说明",
        "（一）一般公共预算财政拨款支出决算总体情况",
        f"一般公共预算财政拨款支出{m(gp)}，占本年支出合计的{pc(gp, spend)}。与2023年度相比，"
        f"{change(gp, PREV['fin']).removeprefix('较2023年度')}。"
        "主要原因同上。",
        "（二）一般公共预算财政拨款支出决算结构情况",
        f"一般公共预算财政拨款支出{m(gp)}，主要用于以下方面："
        + "；".join(f"{make.NAMES[c]}（类）{m(u.fin(c, 'gp'))}，占{pc(u.fin(c, 'gp'), gp)}" for c in classes) + "。",
        "（三）一般公共预算财政拨款支出决算具体情况",
        f"一般公共预算财政拨款支出年初预算为{m(f['budget'])}，支出决算为{m(gp)}，完成年初预算的{pc(gp, f['budget'])}。"
        "其中：",
        *[item(k, c, u.items[c]) for k, c in enumerate(sorted(u.items), start=1)],
        "六、一般公共预算财政拨款基本支出决算情况说明",
        f"一般公共预算财政拨款基本支出{m(fb)}。其中：人员经费{m(u.p_total)}，主要包括："
        f"{'、'.join(lines_of(u, make.PERSONNEL))}；公用经费{m(u.u_total)}，主要包括："
        f"{'、'.join(lines_of(u, make.PUBLIC))}。",
        "七、财政拨款“三公”经费支出决算情况说明",
        "（一）“三公”经费财政拨款支出决算总体情况说明",
        f"“三公”经费财政拨款支出年初预算为{m(f['sb'])}，支出决算为{m(f['sa'])}，完成预算的"
        f"{pc(f['sa'], f['sb'])}，全部为"
        f"公务接待费。决算数小于预算数的主要原因是严格执行公务接待标准，压减接待批次。与2023年度相比，"
        f"“三公”经费{change(f['sa'], PREV['接待'])}，其中：因公出国（境）费、公务用车购置及运行维护费均同比无"
        "增减变化。",
        "（二）“三公”经费财政拨款支出决算具体情况说明",
        "1、因公出国（境）费支出 0.00 万元。全年未安排因公出国（境）团组。",
        "2、公务用车购置及运行维护费支出 0.00 万元。本所无公务用车，作业车辆为特种专业技术用车，其运行费用在"
        "城乡社区环境"
        "卫生（项）中列支，不属于“三公”经费。",
        f"3、公务接待费支出{m(sg['接待'][1])}。全部为国内公务接待，主要用于接待外省市环卫行业来区考察交流，共接待三批次、"
        "二十一人次。",
        "八、政府性基金预算财政拨款收入支出决算情况说明",
        "本所2024年度无政府性基金预算财政拨款收入和支出，公开08表为空表。",
        "九、国有资本经营预算财政拨款收入支出决算情况说明",
        "本所2024年度无国有资本经营预算财政拨款收入和支出，公开09表为空表。",
        "十、预算绩效管理情况",
        f"本所2024年度对{len(SCORES)}个项目开展绩效自评，自评得分及等级分别为："
        + "；".join(f"{n}项目{s}分，等级“{g}”" for n, s, g in SCORES) + "。自评发现的作业质量考核问题已全部整改。",
        "十一、其他重要事项的情况说明",
        "（一）机关运行经费支出情况",
        "本所为公益二类事业单位，不属于机关运行经费统计范围。",
        "（二）政府采购支出情况",
        f"本所2024年度政府采购金额（以合同签订为准）为{m(f['bought'])}，其中：货物采购金额{m(goods)}、工程采购金额"
        f"{m(works)}、服务采购金额{m(service)}。由中小企业供应商中标或成交的采购金额{m(SME[0])}，其中小微企业"
        f"{m(SME[1])}。",
        "（三）国有资产占有使用情况说明",
        f"截至2024年12月31日，本所共有车辆{count(f['cars'])}辆，其中："
        + "、".join(f"{k}{count(v)}辆" for k, v in CARS.items())
        + "，特种专业技术用车均为洒水车、扫路车、压缩式垃圾车等环卫作业车辆；单价100万元（含）以上设备（不含车辆）"
        "二台（套），为垃圾压缩转运设备。",
        *glossary("主要是生活垃圾收运处置服务收费收入等。", business=True),
    ]


Unit = make.Unit  # the imported make's (its NAMES hold this district's codes), not make.py's __main__
U = Unit(FIGURES)
U.tables()
_F = facts(U)
_IT = U.items["2120501"]
_FIN_IT = _IT["fb"] + _IT["fp"]
_ALL_IT = U.spend("2120501")
_JY = U.s("jy", "2120501")
_OJ = U.s("oj")
_SLIPS: list = [
    TableSlip("公开02", "21205", 6, comma(Decimal("421.60")), "公开02 收入决算表", "sum", comma(_JY),
              f"城乡社区环境卫生款（21205）的经营收入应等于其下唯一的项（2120501）的经营收入{comma(_JY)}（公开01表经营收入、"
              "合计行同）；款行录成了421.60（两位数字颠倒），款行合计也对不上",
              calc=f"{U.income('21205')} - {U.fin_in('21205')} - {U.s('sy', '21205')} - {U.s('qt', '21205')}",
              rows=("21205",)),
    Slip(f"经营支出{m(_OJ)}，占{pc(_OJ, U.spend())}", f"经营支出{m(_OJ)}，占{pc(_OJ, U.income())}",
         "三、支出决算情况说明", pc(_OJ, U.income()).strip(), "share", pc(_OJ, U.spend()).strip(),
         f"经营支出占本年支出合计{comma(U.spend())}万元的比重为{pc(_OJ, U.spend()).strip()}（同句基本支出、项"
         "目支出的占比"
         f"也以支出合计为分母）；所写比例是除以本年收入合计{comma(U.income())}万元算出的",
         calc=f"{_OJ} / {U.spend()} * 100", context="经营支出"),
    Slip(f"年末结转和结余{m(U.carry1)}", f"年末结转和结余{m(U.carry0)}",
         "三、支出决算情况说明", m(U.carry0), "text-table", m(U.carry1),
         f"年末结转和结余应为{comma(U.carry1)}万元（公开01表；年初{comma(U.carry0)}＋本年收入{comma(U.income())}－本年支出"
         f"{comma(U.spend())}）；所写是年初结转和结余的数",
         calc=f"{U.carry0} + {U.income()} - {U.spend()}", context="年末结转和结余"),
    Slip(f"2023年度为{m(PREV['fin'])}，{change(U.fin_in(), PREV['fin'])}",
         f"2023年度为{m(PREV['fin'])}，同比无增减变化",
         "四、财政拨款收入支出决算总体情况说明", "同比无增减变化", "flat",
         f"增加{m(U.fin_in() - PREV['fin'])}".replace(" ", ""),
         f"财政拨款收入支出总计{comma(U.fin_in())}万元，2023年度{comma(PREV['fin'])}万元，增加"
         f"{comma(U.fin_in() - PREV['fin'])}万元，不是无增减变化；所说原因也是一增一减相抵后的变化",
         context="2023年度为"),
    Slip(f"支出决算{m(_FIN_IT)}，完成年初预算的", f"支出决算{m(_ALL_IT)}，完成年初预算的",
         "五、（三）一般公共预算财政拨款支出决算具体情况", m(_ALL_IT), "text-table", m(_FIN_IT),
         f"城乡社区环境卫生（项）的一般公共预算财政拨款支出决算为{comma(_FIN_IT)}万元（公开05表：基本"
         f"{comma(_IT['fb'])}＋项目{comma(_IT['fp'])}）；所写{comma(_ALL_IT)}万元是公开03表含事业收入、经营收入安排的全部"
         "支出（含经营支出），同句完成率仍按财政拨款算",
         calc=f"{_IT['fb']} + {_IT['fp']}", context="城乡社区环境卫生（项）"),
    Slip(f"人员经费{m(U.p_total)}", f"人员经费{m(_F['p301'])}",
         "六、一般公共预算财政拨款基本支出决算情况说明", m(_F["p301"]), "sum", m(U.p_total),
         f"人员经费＝基本支出{comma(U.s('fb'))}－公用经费{comma(U.u_total)}＝{comma(U.p_total)}万元（公开06表：工资福利支出"
         f"{comma(U.eco['301'])}＋对个人和家庭的补助{comma(U.eco['303'])}）；所写只是工资福利支出，漏了退休费和生活补助",
         calc=f"{U.s('fb')} - {U.u_total}", context="人员经费"),
    Slip(f"共有车辆{count(_F['cars'])}辆", f"共有车辆{count(_F['cars'] + 1)}辆",
         "十一、（三）国有资产占有使用情况说明", f"{count(_F['cars'] + 1)}辆", "sum", f"{count(_F['cars'])}辆",
         "车辆总数应为各类之和：特种专业技术用车二十三辆＋其他用车三辆＝二十六辆；所写二十七辆与分项合计不符",
         context="共有车辆"),
]
# the office's spaces around figures are its layout, not part of the figure: the records keep the figures bare
SLIPS: list = [replace(s, figure=s.figure.strip(), correct=s.correct.strip()) if isinstance(s, Slip)
               else replace(s, correct=s.correct.strip()) for s in _SLIPS]
ERRORS: list[tuple[str, str]] = errors_of(SLIPS)
TABLE_ERRORS: list[tuple[str, str, int, str]] = table_errors_of(SLIPS)
