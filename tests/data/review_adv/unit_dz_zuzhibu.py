"""上海市荻洲区委组织部 (区委组织部): a 部门 of three 单位 — the 部机关 (行政单位), the 区老干部活动中心 (公益一类
事业单位) and the 区人才服务中心 (参照公务员法管理的事业单位, a little 其他收入 spent on its 事业运行). The office
writes `1,234.56万元`, merges the template's 二 and 三 into one section (its 情况说明 runs 一–十), puts last year's
figure in brackets inside each comparison, gives a share's change in 「个百分点」, groups the 项 under their 款 and
names each 项 with its code in brackets, and counts vehicles in Chinese numerals. Errors put in (``SLIPS``)."""

from decimal import Decimal

import make
from unit_dz_common import (
    Slip,
    TableSlip,
    Tolerated,
    Z,
    budget_of,
    comma,
    count,
    errors_of,
    glossary,
    lines_of,
    rate,
    table_errors_of,
)

NAME = "上海市荻洲区委组织部"
SHORT = "区委组织部"
CENTRE = "上海市荻洲区老干部活动中心"
TALENT = "上海市荻洲区人才服务中心"

ORGAN = {  # the 部机关's and the 人才服务中心's 公用经费 (机关运行经费), by 经济分类
    "30201": "38.20", "30202": "12.60", "30205": "2.40", "30206": "14.80", "30207": "8.40", "30209": "68.50",
    "30211": "5.30", "30213": "10.60", "30215": "3.20", "30216": "28.40", "30217": "1.12", "30228": "16.80",
    "30229": "19.60", "30231": "8.64", "30239": "42.80", "30299": "6.30", "31002": "9.80",
}
CENTRE_PUBLIC = {  # the 老干部活动中心's 公用经费 (a 公益一类 事业单位: not 机关运行经费)
    "30201": "8.10", "30205": "1.70", "30206": "8.00", "30209": "27.70", "30213": "8.00", "30218": "12.40",
    "30228": "1.40", "30229": "3.00",
}
PUBLIC = {c: str(Decimal(ORGAN.get(c, "0")) + Decimal(CENTRE_PUBLIC.get(c, "0")))
          for c in sorted(set(ORGAN) | set(CENTRE_PUBLIC))}

FIGURES = {
    "id": "dizhou-zuzhibu-2024",
    "name": NAME,
    "items": {
        "2013201": {"fb": "1426.38", "budget": "1450.00"},
        "2013202": {"fp": "612.45", "budget": "680.00"},
        "2013204": {"fp": "86.20", "budget": "0"},
        "2013250": {"fb": "538.62", "qt": "24.60", "ob": "24.60", "budget": "546.00"},
        "2013299": {"fp": "348.90", "budget": "360.00"},
        "2080501": {"fb": "268.40", "budget": "272.00"},
        "2080503": {"fb": "312.56", "fp": "96.80", "budget": "420.00"},
        "2080505": {"fb": "236.18", "budget": "240.00"},
        "2080506": {"fb": "118.09", "budget": "120.00"},
        "2101101": {"fb": "128.46", "budget": "130.00"},
        "2101102": {"fb": "32.30", "budget": "33.00"},
        "2210201": {"fb": "196.72", "budget": "198.00"},
    },
    "carry0": "0",
    "carry1": "0",
    "economic": {
        "30101": "486.30",
        "30102": "412.80",
        "30103": "48.60",
        "30107": None,
        "30108": "236.18",
        "30109": "118.09",
        "30110": "160.76",
        "30112": "12.40",
        "30113": "196.72",
        "30199": "22.50",
        "30301": "86.40",
        "30302": "182.00",
        "30305": "3.60",
        **PUBLIC,
    },
    "sangong": {
        "出国": ("0.00", "0.00"),
        "购置": ("0.00", "0.00"),
        "运行": ("9.50", "8.64"),
        "接待": ("1.50", "1.12"),
    },
}
PREV = {  # 2023年度决算
    "total": Decimal("4180.36"),
    "qt": Decimal("58.30"),
    "basic": Decimal("3296.42"),
    "运行": Decimal("7.92"),
    "接待": Decimal("1.35"),
    "机关": Decimal("291.20"),
}
CARS = {"机要通信用车": 1, "离退休干部用车": 1, "其他用车": 2}
BUY = (Decimal("58.60"), Decimal("0.00"), Decimal("426.35"))  # 货物, 工程, 服务
SME = (Decimal("312.40"), Decimal("186.20"))  # 预留: 中小企业 (of which 小微企业)
FOR = {
    "2013201": "部机关在职人员工资福利和机关日常运转",
    "2013202": "党员教育培训、干部教育培训、基层党组织建设和组织工作调研等",
    "2013204": "公务员招录考试、公务员平时考核和表彰奖励等",
    "2013250": f"{TALENT}在职人员工资福利和日常运转",
    "2013299": "人才公寓租赁补贴、高层次人才服务和人才工作宣传等",
    "2080501": "部机关离退休干部的离休费、退休费和生活补助",
    "2080503": f"{CENTRE}的人员经费、日常运转和老干部文体活动、走访慰问",
    "2080505": "在职人员机关事业单位基本养老保险单位缴费",
    "2080506": "在职人员职业年金单位缴费",
    "2101101": "部机关和区人才服务中心在职人员基本医疗保险单位缴费",
    "2101102": f"{CENTRE}在职人员基本医疗保险单位缴费",
    "2210201": "按规定为在职职工缴存的住房公积金",
}
WHY = {
    "2013201": "部分人员退休，人员经费相应减少",
    "2013202": "部分培训班次改为线上举办，培训费用下降",
    "2013204": "年中追加公务员招录考试经费",
    "2013250": "一名人员调出",
    "2013299": "人才公寓租赁补贴按实际入住人数结算",
    "2080501": "离退休人员减少",
    "2080503": "老干部文体活动压缩规模",
    "2080505": "缴费基数按实调整",
    "2080506": "缴费基数按实调整",
    "2101101": "人员变动",
    "2101102": "人员变动",
    "2210201": "人员变动",
}


def m(x: Decimal) -> str:
    return f"{comma(x)}万元"


def pc(a: Decimal, b: Decimal) -> str:
    return f"{rate(a, b)}%"


def change(new: Decimal, old: Decimal) -> str:
    """「较上年决算数（X万元）增加Y万元，增长Z%」: last year's figure in brackets."""
    if new == old:
        return f"与上年决算数（{m(old)}）持平"
    up = new > old
    return (f"较上年决算数（{m(old)}）{'增加' if up else '减少'}{m(abs(new - old))}，"
            f"{'增长' if up else '下降'}{pc(abs(new - old), old)}")


def item(k: int, code: str, it: dict) -> str:
    spent, budget = it["fb"] + it["fp"], it["budget"]
    head = f"（{k}）{make.NAMES[code]}（{code}）："
    if budget == Z:
        return f"{head}年初未安排预算，决算{m(spent)}，系{WHY[code]}，主要用于{FOR[code]}。"
    body = f"年初预算{m(budget)}，决算{m(spent)}，决算数为年初预算的{pc(spent, budget)}，主要用于{FOR[code]}。"
    if spent == budget:
        return f"{head}{body}决算数与年初预算数持平。"
    word = "大于" if spent > budget else "小于"
    return f"{head}{body}决算数{word}年初预算数，主要原因是{WHY[code]}。"


def groups(u: make.Unit) -> list[str]:
    """五(三)'s 项 paragraphs, grouped under their 款 (「1.…（类）…（款）」), each 项 numbered （1）（2）… in its 款."""
    out: list[str] = []
    kuan = sorted({c[:5] for c in u.items})
    for g, five in enumerate(kuan, start=1):
        out.append(f"{g}.{make.NAMES[five[:3]]}（类）{make.NAMES[five]}（款）")
        codes = sorted(c for c in u.items if c.startswith(five))
        out += [item(k, c, u.items[c]) for k, c in enumerate(codes, start=1)]
    return out


def facts(u: make.Unit) -> dict:
    sg = {k: (Decimal(b), Decimal(a)) for k, (b, a) in FIGURES["sangong"].items()}
    inc = u.income()
    prev_inc = PREV["total"]
    share, prev_share = rate(u.fin_in(), inc), rate(prev_inc - PREV["qt"], prev_inc)
    return {
        "sg": sg,
        "sb": sum((b for b, _ in sg.values()), Z),
        "sa": sum((a for _, a in sg.values()), Z),
        "organ": sum((Decimal(v) for v in ORGAN.values()), Z),
        "bought": sum(BUY, Z),
        "budget": budget_of(u),
        "share": share,
        "prev_share": prev_share,
        "prev_fin": prev_inc - PREV["qt"],
    }


def text(u: make.Unit) -> list[str]:
    f = facts(u)
    total, inc, spend = u.total(), u.income(), u.spend()
    fin, gp, qt = u.fin_in(), u.fin(fund="gp"), u.s("qt")
    basic, project, fb = u.basic(), u.project(), u.s("fb")
    sg, sb, sa, organ = f["sg"], f["sb"], f["sa"], f["organ"]
    goods, works, service = BUY
    car_b, car_a = sg["购置"][0] + sg["运行"][0], sg["购置"][1] + sg["运行"][1]
    points = f["share"] - f["prev_share"]
    classes = sorted({c[:3] for c in u.items})
    cars = sum(CARS.values())
    return [
        f"第一部分 {NAME}概况",
        "一、主要职能",
        f"{NAME}是区委主管组织工作、干部工作和人才工作的职能部门，主要职能是：贯彻落实党中央和市委、区委关于组织工作的"
        "方针政策和决策部署；研究指导全区党的组织建设和党员队伍建设；负责全区干部队伍建设和干部选拔任用、教育培训、监督管理"
        "工作；统筹协调全区人才工作；负责全区公务员队伍建设和管理；归口管理全区离退休干部工作；完成区委交办的其他任务。",
        "二、部门决算单位构成",
        f"从预算单位构成看，{SHORT}部门决算包括：部机关本级决算和下属事业单位决算。纳入{NAME}2024年度部门决算编制范围的"
        f"单位共三个，分别是：{NAME}（本级，行政单位）；{CENTRE}（公益一类事业单位）；{TALENT}（参照公务员法管理的事业"
        "单位）。",
        f"第三部分 {NAME}2024年度部门决算情况说明",
        "一、收入支出决算总体情况说明",
        f"{NAME}2024年度收入总计{m(total)}，支出总计{m(total)}，{change(total, PREV['total'])}。主要原因是人"
        "才公寓租赁补贴"
        "受惠人数增加，以及年中追加公务员招录考试经费。",
        "二、收入、支出决算情况说明",
        f"本年收入合计{m(inc)}，其中：财政拨款收入{m(fin)}，占本年收入合计的{pc(fin, inc)}，较上年（"
        f"{f['prev_share']}%）"
        f"{'提高' if points > 0 else '下降'}{abs(points)}个百分点；其他收入{m(qt)}，占{pc(qt, inc)}，为{TALENT}取得的"
        "人才招聘服务收入。",
        f"本年支出合计{m(spend)}，其中：基本支出{m(basic)}，占{pc(basic, spend)}，{change(basic, PREV['basic'])}；"
        f"项目支出{m(project)}，占{pc(project, spend)}。本部门无年初、年末结转和结余。",
        "三、财政拨款收入支出决算总体情况说明",
        f"{NAME}2024年度财政拨款收入支出总计{m(fin)}，{change(fin, f['prev_fin'])}。主要原因是人才工作专项经费和公务员"
        "招录考试经费增加。",
        "四、一般公共预算财政拨款支出决算情况说明",
        "（一）一般公共预算财政拨款支出决算总体情况",
        f"一般公共预算财政拨款支出{m(gp)}，占本年支出合计的{pc(gp, spend)}。{change(gp, f['prev_fin'])}。主要原因是人才"
        "工作专项经费和公务员招录考试经费增加。",
        "（二）一般公共预算财政拨款支出决算结构情况",
        f"一般公共预算财政拨款支出{m(gp)}，主要用于以下方面："
        + "；".join(f"{make.NAMES[c]}（类）{m(u.fin(c, 'gp'))}，占{pc(u.fin(c, 'gp'), gp)}" for c in classes) + "。",
        "（三）一般公共预算财政拨款支出决算具体情况",
        f"一般公共预算财政拨款支出年初预算为{m(f['budget'])}，支出决算为{m(gp)}，完成年初预算的{pc(gp, f['budget'])}。"
        "决算数小于预算数的主要原因是人员变动及部分培训改为线上举办。分款、项情况如下：",
        *groups(u),
        "五、一般公共预算财政拨款基本支出决算情况说明",
        f"一般公共预算财政拨款基本支出{m(fb)}。其中：人员经费{m(u.p_total)}，主要包括："
        f"{'、'.join(lines_of(u, make.PERSONNEL))}；公用经费{m(u.u_total)}，主要包括："
        f"{'、'.join(lines_of(u, make.PUBLIC))}。",
        "六、财政拨款“三公”经费支出决算情况说明",
        "（一）“三公”经费财政拨款支出决算总体情况说明",
        f"“三公”经费财政拨款支出年初预算为{m(sb)}，支出决算为{m(sa)}，完成预算的{pc(sa, sb)}，其中：因公出国（境）费"
        f"决算为0万元；公务用车购置及运行维护费支出决算为{m(car_a)}，完成预算的{pc(car_a, car_b)}；公务接待费支出决算为"
        f"{m(sg['接待'][1])}，完成预算的{pc(sg['接待'][1], sg['接待'][0])}。2024年度“三公”经费支出决算数小于预算数的"
        "主要原因是严格执行中央八项规定精神，压减公务用车使用和公务接待。",
        f"2024年度“三公”经费财政拨款支出决算数{change(sa, PREV['运行'] + PREV['接待'])}，其中：公务用车购置及运行维护费"
        f"{change(car_a, PREV['运行'])}，主要原因是机要通信用车车龄较长，维修费用增加；公务接待费"
        f"{change(sg['接待'][1], PREV['接待'])}，主要原因是外省市来区交流考察减少。",
        "（二）“三公”经费财政拨款支出决算具体情况说明",
        "1、因公出国（境）费支出0万元。全年未安排因公出国（境）团组。",
        f"2、公务用车购置及运行维护费支出{m(car_a)}。其中：公务用车购置支出为0万元，本年未购置公务用车；公务用车运行维护"
        f"支出{m(sg['运行'][1])}，主要用于机要通信、离退休干部服务等工作用车的燃料费、维修费、保险费等。2024年，{NAME}"
        f"所属各预算单位开支财政拨款的公务用车保有量为{count(cars)}辆。",
        f"3、公务接待费支出{m(sg['接待'][1])}。其中：国内公务接待支出{m(sg['接待'][1])}（无外宾接待支出），主要用于接待"
        "外省市组织部门来区学习交流，共接待六批次、四十二人次。",
        "七、政府性基金预算财政拨款收入支出决算情况说明",
        f"{NAME}2024年度无政府性基金预算财政拨款收入和支出。",
        "八、国有资本经营预算财政拨款收入支出决算情况说明",
        f"{NAME}2024年度无国有资本经营预算财政拨款收入和支出。",
        "九、预算绩效管理情况",
        f"{NAME}2024年度编报绩效目标的项目4个，涉及预算金额1,140.00万元；开展绩效自评的项目4个，平均得分94.2分，其中"
        "绩效评级为“优”的项目3个、“良”的项目1个。绩效自评中发现问题2个，均已完成整改。",
        "十、其他重要事项的情况说明",
        "（一）机关运行经费支出情况",
        f"2024年度{NAME}机关运行经费支出{m(organ)}（为部机关和{TALENT}的公用经费，{CENTRE}为公益一类事业单位，不计入），"
        f"{change(organ, PREV['机关'])}。主要原因是办公设备更新及培训费增加。",
        "（二）政府采购支出情况",
        f"{NAME}2024年度政府采购金额（以合同签订为准）为{m(f['bought'])}，其中：货物采购金额{m(goods)}、工程采购金额"
        f"{m(works)}、服务采购金额{m(service)}。面向中小企业预留政府采购项目预算金额{m(SME[0])}，其中面向小微企业预留"
        f"{m(SME[1])}。",
        "（三）国有资产占有使用情况说明",
        f"截至2024年12月31日，{NAME}共有车辆{count(cars)}辆，其中："
        + "、".join(f"{k}{count(v)}辆" for k, v in CARS.items()) + "。无单价100万元（含）以上设备（不含车辆）。",
        *glossary("本部门无事业收入。"),
    ]


Unit = make.Unit  # the imported make's (its NAMES hold this district's codes), not make.py's __main__
U = Unit(FIGURES)
U.tables()
_F = facts(U)
_FIN, _INC, _TOT = U.fin_in(), U.income(), U.total()
_PTS = _F["share"] - _F["prev_share"]
_ADM = U.items["2013202"]
_ORG = _F["organ"]
_RUN = U.s("fb", "2013250")
_UP = _TOT - PREV["total"]
_WRONG_UP = Decimal("264.30")  # 246.30 with two digits swapped
assert Decimal("246.30") == _UP
SLIPS: list = [
    TableSlip("公开05", "2013250", 3, comma(Decimal("583.62")), "公开05 一般公共预算财政拨款支出决算表", "sum",
              comma(_RUN),
              f"事业运行（2013250）全部为基本支出：本行合计{comma(U.fin('2013250', 'gp'))}减项目支出"
              f"{comma(U.s('fp', '2013250'))}，基本支出应为{comma(_RUN)}（与公开03表一致）；表中录成了583.62（两位数字"
              "颠倒），本行及组织事务款的基本支出都对不上",
              calc=f"{U.fin('2013250', 'gp')} - {U.s('fp', '2013250')}", rows=("2013250",)),
    Slip(f"{'提高' if _PTS > 0 else '下降'}{abs(_PTS)}个百分点", f"{'提高' if _PTS > 0 else '下降'}{abs(_PTS)}%",
         "二、收入、支出决算情况说明", f"{abs(_PTS)}%", "unit", f"{abs(_PTS)}个百分点",
         f"两个占比之差应以“个百分点”表示：本年{_F['share']}%减上年{_F['prev_share']}%为{abs(_PTS)}个百分点；"
         f"写成“{abs(_PTS)}%”成了增长率（按增长率算应为{rate(_F['share'] - _F['prev_share'], _F['prev_share'])}%）",
         context="较上年"),
    Slip("（3）公务员事务（2013204）", "（3）公务员事务（2013202）",
         "四、（三）一般公共预算财政拨款支出决算具体情况", "2013202", "name", "2013204",
         "公务员事务（项）的科目编码是2013204（公开02、03、05表同）；2013202是一般行政管理事务（项），同一段已列",
         context="公务员事务（2013202）"),
    Slip(f"决算{m(_ADM['fp'])}，决算数为年初预算的{rate(_ADM['fp'], _ADM['budget'])}%",
         f"决算{m(_ADM['fp'])}，决算数为年初预算的{rate(_ADM['budget'], _ADM['fp'])}%",
         "四、（三）一般公共预算财政拨款支出决算具体情况", f"{rate(_ADM['budget'], _ADM['fp'])}%", "completion",
         f"{rate(_ADM['fp'], _ADM['budget'])}%",
         f"一般行政管理事务（项）决算{comma(_ADM['fp'])}万元，年初预算{comma(_ADM['budget'])}万元，决算数为年初预算的"
         f"{rate(_ADM['fp'], _ADM['budget'])}%；所写比例是预算除以决算（分子分母颠倒），与同句“决算数小于年初"
         "预算数”也不符",
         calc=f"{_ADM['fp']} / {_ADM['budget']} * 100", context="决算数为年初预算的"),
    Slip(f"（{m(PREV['total'])}）增加{m(_UP)}", f"（{m(PREV['total'])}）增加{m(_WRONG_UP)}",
         "一、收入支出决算总体情况说明", m(_WRONG_UP), "difference", m(_UP),
         f"收支总计{comma(_TOT)}万元减上年决算数{comma(PREV['total'])}万元为{comma(_UP)}万元（同句增长率"
         f"{rate(_UP, PREV['total'])}%也按此算）；所写{comma(_WRONG_UP)}万元两位数字颠倒",
         calc=f"{_TOT} - {PREV['total']}", context="增加"),
    Slip("培训费、公务接待费、专用材料费", "培训费、专用材料费",
         "五、一般公共预算财政拨款基本支出决算情况说明", "培训费、专用材料费", "list", "培训费、公务接待费、专用材料费",
         f"公开06表公务接待费（30217）决算{comma(U.eco['30217'])}万元，不为零（“三公”经费说明中也有公务接待费支出），"
         "公用经费所列项目漏了公务接待费", needs="table"),
    Slip(f"3、公务接待费支出{m(_F['sg']['接待'][1])}", "3、公务接待费支出1.21万元",
         "六、（二）“三公”经费财政拨款支出决算具体情况说明", "1.21万元", "text-table", m(_F["sg"]["接待"][1]),
         f"公务接待费决算为{comma(_F['sg']['接待'][1])}万元（公开07表及同节总体情况一致，“三公”合计"
         f"{comma(_F['sa'])}万元＝运行维护费{comma(_F['sg']['运行'][1])}＋接待费{comma(_F['sg']['接待'][1])}）；"
         "此处写成1.21万元（两位数字颠倒），同句国内公务接待支出仍是1.12万元",
         context="3、公务接待费支出"),
    Slip(f"，{change(_ORG, PREV['机关'])}。主要原因是办公设备", "，与上年决算数持平。主要原因是办公设备",
         "十、（一）机关运行经费支出情况", "持平", "flat", f"增加{m(_ORG - PREV['机关'])}",
         f"机关运行经费{comma(_ORG)}万元，上年决算数{comma(PREV['机关'])}万元，增加{comma(_ORG - PREV['机关'])}万元、"
         f"增长{pc(_ORG - PREV['机关'], PREV['机关'])}，不是持平；所说原因“办公设备更新及培训费增加”也是增加的原因",
         context="与上年决算数持平"),
]
TOLERATED = [
    Tolerated(m(_ORG), f"机关运行经费只含部机关和{TALENT}的公用经费，小于公开06表公用经费合计{comma(U.u_total)}万元"
                       f"（{CENTRE}为公益一类事业单位，文中已说明）"),
]
ERRORS: list[tuple[str, str]] = errors_of(SLIPS)
TABLE_ERRORS: list[tuple[str, str, int, str]] = table_errors_of(SLIPS)
