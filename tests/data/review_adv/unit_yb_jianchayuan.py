"""上海市雁滨区人民检察院 (one 行政单位): figures in 万元 as the tables print them, the 情况说明 in the office's words
(「本年度收入总计…万元，支出总计…万元」, 「比上年增加…万元，增幅…%」 to two places, each 项 with its 年初预算, 调整预算
and 决算 and both completion rates, a 项 with no 年初预算 「（年中追加）」 rated on its 调整预算 only), errors put in
(``SLIPS``)."""

from decimal import Decimal
from typing import ClassVar

import make
import unit_yb_common
from unit_yb_common import Slip, TableSlip, Z, errors_of, pc, plain, table_errors_of

NAME = "上海市雁滨区人民检察院"


class Unit(unit_yb_common.Unit):
    EMPTY: ClassVar[str] = "本院2024年度未发生{word}预算财政拨款收入支出，本表无数据。"


FIGURES = {
    "id": "yanbin-jianchayuan-2024",
    "name": NAME,
    "items": {  # adj: the 调整预算 (全年预算) the text also gives
        "2040401": {"fb": "4326.58", "budget": "4280.00", "adj": "4352.00"},
        "2040402": {"fp": "486.20", "budget": "520.00", "adj": "505.00"},
        "2040409": {"fp": "356.74", "budget": "380.00", "adj": "372.00"},
        "2040499": {"fp": "128.60", "budget": "0.00", "adj": "135.00"},
        "2080501": {"fb": "245.30", "budget": "248.00", "adj": "248.00"},
        "2080505": {"fb": "498.62", "budget": "502.00", "adj": "500.00"},
        "2080506": {"fb": "249.31", "budget": "251.00", "adj": "250.00"},
        "2101101": {"fb": "236.48", "budget": "240.00", "adj": "238.00"},
        "2210201": {"fb": "332.16", "budget": "335.00", "adj": "334.00"},
    },
    "economic": {
        "30101": "985.62", "30102": None, "30103": "312.40", "30107": "864.50", "30108": "498.62",
        "30109": "249.31", "30110": "236.48", "30112": "38.26", "30113": "332.16", "30199": "68.90",
        "30302": "245.30", "30305": "12.60",
        "30201": "86.45", "30202": "12.38", "30205": "8.62", "30206": "52.40", "30207": "28.36",
        "30209": "186.50", "30211": "24.80", "30213": "42.16", "30216": "16.20", "30217": "0.86",
        "30226": "128.40", "30228": "56.32", "30229": "42.18", "30231": "38.25", "30239": "112.80",
        "30299": "18.64", "31002": "36.20",
    },
    "sangong": {"出国": ("0.00", "0.00"), "购置": ("35.00", "34.68"), "运行": ("42.00", "38.25"),
                "接待": ("2.50", "0.86")},
}
# 2023年度: 收入支出总计 (all 一般公共预算财政拨款, no 结转), 三公, 机关运行经费
PREV = {"total": Decimal("6238.40"), "购置": Z, "运行": Decimal("40.12"), "接待": Decimal("0.92"),
        "机关": Decimal("906.35")}
PROCUREMENT = {"货物": Decimal("186.42"), "工程": Decimal("0.00"), "服务": Decimal("412.60")}
SME = Decimal("498.36")
USE = {
    "2040401": "保障检察院机关正常运转及在职人员工资福利",
    "2040402": "检察业务装备购置、办案用车更新、案件管理和检务公开等一般行政管理事务",
    "2040409": "刑事、民事、行政和公益诉讼检察办案，司法鉴定、翻译及案件评查等",
    "2040499": "未成年人检察司法保护观护基地建设和司法救助",
    "2080501": "本院离退休人员的离退休费及补贴",
    "2080505": "在职人员基本养老保险单位缴费",
    "2080506": "在职人员职业年金单位缴费",
    "2101101": "在职人员医疗保险单位缴费",
    "2210201": "在职人员住房公积金单位缴存",
}


def _change(now: Decimal, before: Decimal) -> str:
    """「比上年增加X万元，增幅Y%」 / 「比上年减少X万元，降幅Y%」 / 「与上年持平」."""
    diff = now - before
    if diff == 0:
        return "与上年持平"
    if diff > 0:
        return f"比上年增加{plain(diff)}万元，增幅{pc(diff, before)}%"
    return f"比上年减少{plain(-diff)}万元，降幅{pc(-diff, before)}%"


def item_line(u: Unit, k: int, c: str) -> str:
    it = u.items[c]
    a, b, adj = it["fb"] + it["fp"], it["budget"], it["adj"]
    name = f"{k}.{make.NAMES[c[:3]]}（类）{make.NAMES[c[:5]]}（款）{make.NAMES[c]}（项）："
    if b == 0:
        return (name + f"年初预算0万元（年中追加），调整预算{plain(adj)}万元，决算{plain(a)}万元，完成调整预算的"
                f"{pc(a, adj)}%。主要用于{USE[c]}。")
    return (name + f"年初预算{plain(b)}万元，调整预算{plain(adj)}万元，决算{plain(a)}万元，完成年初预算的{pc(a, b)}%，"
            f"完成调整预算的{pc(a, adj)}%。主要用于{USE[c]}。")


def text(u: Unit) -> list[str]:
    total, inc, spend, fin = u.total(), u.income(), u.spend(), u.fin_in()
    gp, basic, project = u.fin(fund="gp"), u.basic(), u.project()
    budget = sum((it["budget"] for it in u.items.values()), Z)
    adj = sum((it["adj"] for it in u.items.values()), Z)
    pers = [nm for code, nm in make.PERSONNEL if len(code) == 5 and u.eco[code] != 0]
    pub = [nm for code, nm in make.PUBLIC if len(code) == 5 and u.eco[code] != 0]
    sg = {k: (Decimal(b), Decimal(a)) for k, (b, a) in FIGURES["sangong"].items()}
    sb, sa = sum((b for b, _ in sg.values()), Z), sum((a for _, a in sg.values()), Z)
    car_b, car = sg["购置"][0] + sg["运行"][0], sg["购置"][1] + sg["运行"][1]
    prev3 = PREV["购置"] + PREV["运行"] + PREV["接待"]
    buy = sum(PROCUREMENT.values(), Z)
    out = [
        f"第一部分 {NAME}概况",
        "一、主要职能",
        f"{NAME}是国家法律监督机关，依法履行法律监督职能。主要职责是：对刑事案件依法审查批准或者决定是否逮捕犯罪嫌疑人；"
        "对刑事案件依法审查，决定是否提起公诉，出庭支持公诉；对刑事、民事、行政诉讼活动实行法律监督；依照法律规定提起"
        "公益诉讼；对判决、裁定等生效法律文书的执行工作实行法律监督；对看守所的执法活动实行法律监督；受理控告申诉，"
        "开展司法救助；承办区委和上级人民检察院交办的其他事项。",
        "二、机构设置",
        "本院内设办公室、政治部、第一检察部、第二检察部、第三检察部、第四检察部、第五检察部、第六检察部、检务保障部、"
        "案件管理部共10个部门。本院为一级预算单位，无下属预算单位，纳入2024年度部门决算编制范围的仅为本院本级。",
        f"第三部分 {NAME}2024年度部门决算情况说明",
        "一、收入支出决算总体情况说明",
        f"本年度收入总计{plain(total)}万元，支出总计{plain(total)}万元。收入、支出总计均{_change(total, PREV['total'])}"
        "。主要原因是：本年度更新执法执勤用车1辆，并年中追加未成年人检察司法保护观护基地建设经费。",
        "二、收入决算情况说明",
        f"本年收入合计{plain(inc)}万元，全部为财政拨款收入，占100.00%，无事业收入、经营收入和其他收入。",
        "三、支出决算情况说明",
        f"本年支出合计{plain(spend)}万元，其中：基本支出{plain(basic)}万元，占{pc(basic, spend)}%，主要用于保障机关正常"
        f"运转和人员工资福利；项目支出{plain(project)}万元，占{pc(project, spend)}%，主要用于检察办案、检察业务装备和"
        "司法救助等。",
        "四、财政拨款收入支出决算总体情况说明",
        f"本年度财政拨款收入总计{plain(fin)}万元，支出总计{plain(fin)}万元，均为一般公共预算财政拨款，"
        f"{_change(fin, PREV['total'])}。主要原因同上。",
        "五、一般公共预算财政拨款支出决算情况说明",
        "（一）一般公共预算财政拨款支出决算总体情况",
        f"本年度一般公共预算财政拨款支出{plain(gp)}万元，占本年支出合计的{pc(gp, spend)}%，"
        f"{_change(gp, PREV['total'])}。",
        "（二）一般公共预算财政拨款支出决算结构情况",
    ]
    classes = sorted({c[:3] for c in u.items})
    parts = [f"{make.NAMES[c]}{plain(u.fin(c, 'gp'))}万元，占{pc(u.fin(c, 'gp'), gp)}%" for c in classes]
    out.append("本年度一般公共预算财政拨款支出按功能分类：" + "；".join(parts) + "。")
    out += [
        "（三）一般公共预算财政拨款支出决算具体情况",
        f"本年度一般公共预算财政拨款支出年初预算{plain(budget)}万元，调整预算{plain(adj)}万元，决算{plain(gp)}万元，"
        f"完成年初预算的{pc(gp, budget)}%，完成调整预算的{pc(gp, adj)}%。决算数与年初预算数存在差异的主要原因是：年中"
        "追加未成年人检察司法保护观护基地建设和人员经费调整。具体如下：",
    ]
    out += [item_line(u, k, c) for k, c in enumerate(sorted(u.items), start=1)]
    out += [
        "六、一般公共预算财政拨款基本支出决算情况说明",
        f"本年度一般公共预算财政拨款基本支出{plain(u.s('fb'))}万元。其中：人员经费{plain(u.p_total)}万元，包括："
        f"{'、'.join(pers)}；公用经费{plain(u.u_total)}万元，包括：{'、'.join(pub)}。",
        "七、财政拨款“三公”经费支出决算情况说明",
        "（一）“三公”经费财政拨款支出决算总体情况说明",
        f"本年度“三公”经费财政拨款支出年初预算{plain(sb)}万元，支出决算{plain(sa)}万元，完成预算的{pc(sa, sb)}%，"
        f"{_change(sa, prev3)}。增加的主要原因是按车辆更新计划购置执法执勤用车1辆。",
        "（二）“三公”经费财政拨款支出决算具体情况说明",
        "1.因公出国（境）费：年初预算0万元，决算0万元。本年度无因公出国（境）团组。",
        f"2.公务用车购置及运行费：年初预算{plain(car_b)}万元，决算{plain(car)}万元，完成预算的{pc(car, car_b)}%。其中："
        f"公务用车购置费决算{plain(sg['购置'][1])}万元，更新执法执勤用车1辆（纯电动），上年未发生；公务用车运行维护费"
        f"决算{plain(sg['运行'][1])}万元，{_change(sg['运行'][1], PREV['运行'])}，主要用于提押犯罪嫌疑人、出庭支持"
        "公诉、公益诉讼现场取证等执法执勤用车的燃料、维修、保险等支出。年末公务用车保有量9辆。",
        f"3.公务接待费：年初预算{plain(sg['接待'][0])}万元，决算{plain(sg['接待'][1])}万元，"
        f"{_change(sg['接待'][1], PREV['接待'])}。全部为国内公务接待，共接待上级检察机关业务指导和兄弟单位交流5批次、"
        "31人次；无外事接待。",
        "八、政府性基金预算财政拨款收入支出决算情况说明",
        "本院2024年度未发生政府性基金预算财政拨款收入支出，公开08表无数据。",
        "九、国有资本经营预算财政拨款收入支出决算情况说明",
        "本院2024年度未发生国有资本经营预算财政拨款收入支出，公开09表无数据。",
        "十、预算绩效管理情况说明",
        f"本院对2024年度3个项目开展了绩效自评，涉及项目支出{plain(u.s('fp'))}万元，自评结果为“优”的2个、“良”的1个；"
        "对检察业务装备项目开展了部门评价，评价结果为“良”。",
        "十一、其他重要事项的情况说明",
        "（一）机关运行经费支出情况",
        f"本年度机关运行经费支出{plain(u.u_total)}万元，{_change(u.u_total, PREV['机关'])}。主要原因是压减会议、培训和"
        "印刷等一般性支出。",
        "（二）政府采购支出情况",
        f"本年度政府采购支出总额{plain(buy)}万元，其中：政府采购货物支出{plain(PROCUREMENT['货物'])}万元，政府采购工程"
        f"支出0万元，政府采购服务支出{plain(PROCUREMENT['服务'])}万元。授予中小企业合同金额{plain(SME)}万元，占政府采购"
        f"支出总额的{pc(SME, buy)}%。",
        "（三）国有资产占有使用情况",
        "截至2024年12月31日，本院共有车辆9辆，其中：执法执勤用车7辆、特种专业技术用车1辆（检察技术勘验车）、其他用车"
        "1辆；单位价值100万元（含）以上设备（不含车辆）0台（套）。",
        "第四部分 名词解释",
        "一、财政拨款收入：指单位从同级财政部门取得的财政预算资金。",
        "二、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。",
        "三、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
        "四、“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。",
        "五、机关运行经费：指为保障行政单位运行用于购买货物和服务的各项资金，包括办公及印刷费、邮电费、差旅费、会议费、"
        "福利费、日常维修费、专用材料及一般设备购置费、办公用房水电费、办公用房取暖费、办公用房物业管理费、公务用车"
        "运行维护费以及其他费用。",
    ]
    return out


U = Unit(FIGURES)
U.tables()
_T = U.total()
_ZERO = U.items["2040499"]
_SG = [Decimal(a) for _, a in FIGURES["sangong"].values()]
_SA = sum(_SG, Z)
_P301 = [U.eco[c] for c, _ in make.PERSONNEL if len(c) == 5 and c.startswith("301") and U.eco[c] != 0]
_W301 = U.eco["301"]
SLIPS: list = [
    Slip(f"本年度收入总计{plain(_T)}万元", f"本年度收入总计{plain(PREV['total'])}万元", "一、收入支出决算总体情况说明",
         f"{plain(PREV['total'])}万元", "text-table", f"{plain(_T)}万元",
         f"收入总计照抄了上年数{plain(PREV['total'])}万元；公开01表收入总计为{plain(_T)}万元，与同句支出总计相同",
         calc=str(_T), context="本年度收入总计"),
    Slip(f"决算{plain(_ZERO['fp'])}万元，完成调整预算的{pc(_ZERO['fp'], _ZERO['adj'])}%",
         f"决算{plain(_ZERO['fp'])}万元，完成年初预算的{pc(_ZERO['fp'], _ZERO['adj'])}%",
         "五、（三）一般公共预算财政拨款支出决算具体情况", f"{pc(_ZERO['fp'], _ZERO['adj'])}%", "zero-base",
         f"完成调整预算的{pc(_ZERO['fp'], _ZERO['adj'])}%",
         "其他检察支出（项）年初预算为0（年中追加），不能计算“完成年初预算”的比例；"
         f"{pc(_ZERO['fp'], _ZERO['adj'])}%是决算{plain(_ZERO['fp'])}万元对调整预算{plain(_ZERO['adj'])}万元的完成率",
         context="其他检察支出（项）"),
    Slip(f"决算{plain(_SG[3])}万元，{_change(_SG[3], PREV['接待'])}", f"决算{plain(_SG[3])}万元，与上年持平",
         "七、（二）“三公”经费财政拨款支出决算具体情况说明", "与上年持平", "flat", _change(_SG[3], PREV["接待"]),
         f"公务接待费本年决算{plain(_SG[3])}万元，上年{plain(PREV['接待'])}万元，并非持平"),
    Slip(f"机关运行经费支出{plain(U.u_total)}万元，{_change(U.u_total, PREV['机关'])}",
         f"机关运行经费支出{plain(U.u_total)}万元，{_change(U.u_total, PREV['机关']).replace('减少', '增加')}",
         "十一、（一）机关运行经费支出情况", "比上年增加", "compare", "比上年减少",
         f"机关运行经费本年{plain(U.u_total)}万元，上年{plain(PREV['机关'])}万元，是减少而非增加（后文原因亦为压减支出）",
         context="机关运行经费支出"),
    Slip(f"支出决算{plain(_SA)}万元，完成预算的", f"支出决算{plain(_SA - Decimal('1.00'))}万元，完成预算的",
         "七、（一）“三公”经费财政拨款支出决算总体情况说明", f"{plain(_SA - Decimal('1.00'))}万元", "sum",
         f"{plain(_SA)}万元",
         f"“三公”经费支出决算应为因公出国（境）费0万元、公务用车购置及运行费{plain(_SG[1] + _SG[2])}万元与公务接待费"
         f"{plain(_SG[3])}万元之和（公开07表合计同）",
         calc=" + ".join(str(x) for x in _SG), context="“三公”经费财政拨款支出年初预算"),
    Slip("检察（款）一般行政管理事务（项）", "检察（款）机关服务（项）",
         "五、（三）一般公共预算财政拨款支出决算具体情况", "机关服务（项）", "name", "一般行政管理事务（项）",
         f"该项决算{plain(U.items['2040402']['fp'])}万元，公开03、公开05表为2040402一般行政管理事务；本院无机关服务"
         "（2040403）支出"),
    TableSlip("公开06", "301", 2, "4,793.03", "公开06 一般公共预算财政拨款基本支出决算表", "sum", make.cell(_W301),
              "工资福利支出（301）应为其下各款之和（" + "+".join(plain(x) for x in _P301) + "），表中4,793.03为"
              "数字位置颠倒",
              calc=" + ".join(str(x) for x in _P301), rows=("301",)),
]
ERRORS: list[tuple[str, str]] = errors_of(SLIPS)
TABLE_ERRORS: list[tuple[str, str, int, str]] = table_errors_of(SLIPS)
