"""Writes ``xiling-*.expected.toml``: the errors put in the three 上海市西岭区 documents (unit_xl_*.py ERRORS and
TABLE_ERRORS), each correct value computed here in Decimal from the unit's own figures (the tables make.py prints
and the module's constants), never typed by hand. All three documents are sealed (``held_out = true``).

Run: ``python tests/data/review_adv/unit_xl_expected.py`` (after make.py).
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import unit_xl_chengguan as cg  # noqa: E402
import unit_xl_rongmeiti as rm  # noqa: E402
import unit_xl_tuijun as tj  # noqa: E402
from expected_writer import Style, Writer  # noqa: E402
from unit_xl_common import Z, plain, rate, sep  # noqa: E402


def _unit(mod):
    u = mod.Unit(mod.FIGURES)
    u.tables()  # sets the 公开06 lines (u.eco) and the 人员/公用 totals
    return u


def _sangong(mod) -> tuple[Decimal, Decimal]:
    """(this year's 三公 决算, last year's)."""
    sa = sum((Decimal(a) for _, a in mod.FIGURES["sangong"].values()), Z)
    return sa, sum((v for k, v in mod.PREV.items() if k in ("购置", "运行", "接待")), Z)


def chengguan() -> list[dict]:
    u = _unit(cg)
    sa, sp = _sangong(cg)
    c = cg.CAIGOU
    it = u.items["2120104"]
    assert it["fp"] < it["budget"] and u.items["2120199"]["budget"] == 0 and u.eco["30214"] == 0
    return [
        {
            "section": "四、财政拨款收入支出决算总体情况说明",
            "figure": "9,252.14万元",
            "kind": "text-table",
            "correct": f"{sep(u.fin_in())}万元",
            "needs": "table",
            "why": "财政拨款收入支出总计 is 公开04's 总计 (and 公开01's: the unit has only 财政拨款); two digits "
            "swapped in the text",
        },
        {
            "section": "五（三）（7）其他城乡社区管理事务支出（项）",
            "figure": "93.30%",
            "kind": "zero-base",
            "correct": "（年初预算为0，不写完成年初预算的比率）",
            "context": "年初预算为0.00万元，支出决算为214.60万元，完成年初预算的93.30%",
            "why": "年初预算 is 0.00: no completion rate of it exists (93.30% is 214.60 against the 全年预算 after the "
            "mid-year addition, not written anywhere)",
        },
        {
            "section": "五（三）（6）城管执法（项）",
            "figure": "决算数大于年初预算数",
            "kind": "compare",
            "correct": "决算数小于年初预算数",
            "context": "执法装备政府采购价格下降",
            "why": f"决算 {sep(it['fp'])} < 年初预算 {sep(it['budget'])} (the paragraph's own rate "
            f"{rate(it['fp'], it['budget'])}% and reasons say less)",
        },
        {
            "section": "六、一般公共预算财政拨款基本支出决算情况说明",
            "figure": "租赁费",
            "kind": "list",
            "correct": "（公开06 30214 租赁费 0.00：不应列入公用经费）",
            "needs": "table",
            "why": "the 公用经费 list names 租赁费, a line that is 0.00 in 公开06",
        },
        {
            "section": "九、国有资本经营预算财政拨款收入支出决算情况说明",
            "figure": "上海市西岭区城市管理综合执法局",
            "kind": "name",
            "correct": u.name,
            "why": "the unit's own name written another way (综合执法局 for 行政执法局); cover, 目录 and "
            "section 八 say 行政执法局",
        },
        {
            "section": "七（一）“三公”经费总体情况",
            "figure": "52.58%",
            "kind": "rate",
            "correct": f"{rate(sa - sp, sp)}%",
            "calc": f"{sa - sp} / ({sa} - {sa - sp}) * 100",
            "context": "较上年增加56.81万元，增长52.58%",
            "why": f"the increase {sa - sp} taken against this year's {sa} instead of last year's {sp} "
            f"({sa} − {sa - sp})",
        },
        {
            "section": "十一（二）政府采购支出情况",
            "figure": "1,298.81万元",
            "kind": "sum",
            "correct": f"{sep(c['货物'] + c['工程'] + c['服务'])}万元",
            "calc": f"{c['货物']} + {c['工程']} + {c['服务']}",
            "why": "货物 + 工程 + 服务 do not add to the stated total (工程 left out); the shares 76.08% / 45.66% in "
            "the same paragraph are of the right total",
        },
        {
            "section": "十一（一）机关运行经费支出情况",
            "figure": "1,149.17元",
            "kind": "unit",
            "correct": f"{sep(u.u_total)}万元",
            "why": "元 written for 万元: 机关运行经费 is 公开06's 公用经费合计 (万元), and the comparison after "
            "it is in 万元",
        },
    ]


def tuijun() -> list[dict]:
    u = _unit(tj)
    sa, sp = _sangong(tj)
    total, prev = u.total(), tj.PREV["total"]
    ev = u.items["2082850"]
    parts = [u.fin(c) for c in sorted({c[:3] for c in u.items})]
    assert (
        ev["fb"] != ev["budget"]
        and u.items["2080802"]["fb"] == 0
        and tj.CAIGOU["中小"] < sum((v for k, v in tj.CAIGOU.items() if k != "中小"), Z)
    )
    ct = tj.CAIGOU["货物"] + tj.CAIGOU["工程"] + tj.CAIGOU["服务"]
    return [
        {
            "section": "五（三）7.事业运行（项）",
            "figure": "决算数与年初预算数持平",
            "kind": "flat",
            "correct": "决算数小于年初预算数",
            "context": "支出决算412.88万元",
            "why": f"年初预算 {plain(ev['budget'])}, 决算 {plain(ev['fb'])} (完成 {rate(ev['fb'], ev['budget'])}%): "
            "not equal, and the reasons given (人员调出, 压减公用经费) are for a decrease",
        },
        {
            "section": "七（一）“三公”经费总体情况",
            "figure": "下降（增长）",
            "kind": "template",
            "correct": "下降",
            "why": f"the template's alternative left in: 三公 went from {plain(sp)} to {plain(sa)}, a decrease",
        },
        {
            "section": "一、收入支出决算总体情况说明",
            "figure": "7.33",
            "kind": "unit",
            "correct": f"{rate(total - prev, prev)}%",
            "calc": f"{total - prev} / ({total} - {total - prev}) * 100",
            "context": "同比增长7.33，主要原因",
            "why": "a rate without its %",
        },
        {
            "section": "五（二）一般公共预算财政拨款支出决算结构情况",
            "figure": "8092.54万元",
            "kind": "same",
            "correct": f"{plain(u.fin())}万元",
            "calc": " + ".join(str(p) for p in parts),
            "why": f"the same 一般公共预算财政拨款支出 is {plain(u.fin())} in 四, 五（一）, 五（三） and "
            "公开05; its 类 parts in this sentence add to that too",
        },
        {
            "section": "五（三）2.伤残抚恤（项）",
            "figure": "基本支出",
            "kind": "text-table",
            "correct": "项目支出",
            "context": "伤残抚恤（项），属于",
            "needs": "table",
            "why": "公开03/公开05 show 2080802 伤残抚恤 wholly as 项目支出 (基本支出 0.00)",
        },
        {
            "section": "公开05 一般公共预算财政拨款支出决算表",
            "figure": "义务兵优待",
            "kind": "name",
            "correct": "在乡复员、退伍军人生活补助",
            "where": "table",
            "rows": ["2080803"],
            "why": "2080803 is 在乡复员、退伍军人生活补助 (公开02/03 and the text); 义务兵优待 is 2080805",
        },
        {
            "section": "十一（二）政府采购支出情况",
            "figure": "724.18万元",
            "kind": "compare",
            "correct": f"（不超过政府采购支出总额{plain(ct)}万元；据占比66.52%应为{plain(tj.CAIGOU['中小'])}万元）",
            "why": f"授予中小企业 contracts larger than the whole 政府采购 {plain(ct)}; the share written after it "
            f"({rate(tj.CAIGOU['中小'], ct)}%) is of {plain(tj.CAIGOU['中小'])}",
        },
    ]


def rongmeiti() -> list[dict]:
    u = _unit(rm)
    fin = u.fin()
    budget = sum((it["budget"] for it in u.items.values()), Z)
    total, prev = u.total(), rm.PREV["total"]
    assert total > prev and u.eco["30102"] != 0
    k1, k2 = (u.income(c) for c in ("2079902", "2079999"))
    run = Decimal(rm.FIGURES["sangong"]["运行"][1])
    return [
        {
            "section": "十一（三）国有资产占有使用情况",
            "figure": "2023年12月31日",
            "kind": "wording",
            "correct": "2024年12月31日",
            "why": "a year not updated: the 2024 决算 reports assets at the end of 2024",
        },
        {
            "section": "五（三）⑧住房公积金（项）",
            "figure": "基本医疗保险单位缴费",
            "kind": "name",
            "correct": "住房公积金单位缴存",
            "context": "住房公积金（项）：主要用于中心在职职工基本医疗保险单位缴费",
            "why": "2210201 住房公积金 described as 医疗 (the 事业单位医疗 项 ⑦ says the same words)",
        },
        {
            "section": "五（三）一般公共预算财政拨款支出决算具体情况",
            "figure": "100.35%",
            "kind": "completion",
            "correct": f"{rate(fin, budget)}%",
            "calc": f"{fin} / {budget} * 100",
            "why": f"决算 {sep(fin)} ÷ 年初预算 {sep(budget)}; 100.35% is the ratio turned over",
        },
        {
            "section": "一、收入支出决算总体情况说明",
            "figure": "438.71万元",
            "kind": "direction",
            "correct": f"增加{sep(total - prev)}万元",
            "context": "较2023年度减少438.71万元",
            "why": f"2023 {sep(prev)} → 2024 {sep(total)}: an increase (the rate after it says 增长)",
        },
        {
            "section": "公开02 收入决算表",
            "figure": "3,273.49",
            "kind": "sum",
            "correct": sep(k1 + k2),
            "calc": f"{k1} + {k2}",
            "where": "table",
            "rows": ["20799"],
            "why": "款 20799's 本年收入合计 leaves out its 项 2079902 (468.00); 类 207 is printed right",
        },
        {
            "section": "六、一般公共预算财政拨款基本支出决算情况说明",
            "figure": "基本工资、绩效工资",
            "kind": "list",
            "correct": "基本工资、津贴补贴、绩效工资",
            "needs": "table",
            "why": f"the 人员经费 list omits 津贴补贴, {sep(u.eco['30102'])} in 公开06",
        },
        {
            "section": "七（二）2.公务用车购置及运行维护费",
            "figure": "64,800元",
            "kind": "text-table",
            "correct": f"{run * 10000:,.0f}元",
            "needs": "table",
            "why": f"公务用车运行维护费 is {run} 万元 in 公开07 (and the 小计 just before says {run * 10000:,.0f}元); "
            "digits swapped",
        },
    ]


# figures a reviewer may question either way: they are right, but read against an erroneous figure beside them
TOLERATED = {
    "xiling-chengguan-2024": [
        ("352.09万元", "the change of section 四 is right against the true 9,225.14, not the written 9,252.14"),
        ("76.08%", "the 中小企业 share is of the true 政府采购 total 1,347.01, not the written 1,298.81"),
        ("45.66%", "the 小微企业 share is of the true 政府采购 total 1,347.01, not the written 1,298.81"),
    ],
    "xiling-tuijun-2024": [
        ("97.56%", "a 类 share of the true 8002.54, not the written 8092.54"),
        ("0.96%", "a 类 share of the true 8002.54, not the written 8092.54"),
        ("1.48%", "a 类 share of the true 8002.54, not the written 8092.54"),
        ("66.52%", "the 中小企业 share is of the true 427.18, not the written 724.18"),
    ],
    "xiling-rongmeiti-2024": [
        ("7.82%", "增长 is right; the word 减少 before it is the error"),
        ("68,400元", "the 小计 is right; the 运行维护费 part under it is the error"),
    ],
}

WHOLE = "whole document: 目录, 第一部分, the nine tables, 情况说明 一–十一, 名词解释; "
HEAD = {
    "xiling-chengguan-2024": (cg, chengguan, "行政单位 (局本级 with 12 派驻街镇中队, 执法大队), all 财政拨款"),
    "xiling-tuijun-2024": (tj, tuijun, "行政单位 with one 事业 unit (区退役军人服务中心), 其他收入"),
    "xiling-rongmeiti-2024": (rm, rongmeiti, "公益二类 事业单位, 事业收入 + 其他收入, 结转结余"),
}


# opened by the integrator (its findings read, tuning material since): first the one the corpus's held-out rule
# picks (first byte of sha256(id) divisible by 3), which drew no false alarm; then 融媒体, whose 9 false alarms (its
# per-document count the bench prints) are the unseen-habit class #17 fails on. 城管 stays sealed.
OPENED = {"xiling-tuijun-2024": "2026-12-06", "xiling-rongmeiti-2024": "2026-12-06"}



def _errors(mod) -> list[dict]:
    errs = HEAD[mod.FIGURES["id"]][1]()
    assert len(errs) == len(mod.ERRORS) + len(getattr(mod, "TABLE_ERRORS", []))
    return errs


MODULES = tuple(mod for mod, _, _ in HEAD.values())
WRITER = Writer("xl", MODULES, OPENED, Style(
    comment=("# {name} 2024年度部门决算 — the errors put in ({script} wrote this file from {module}.py). {seal}",),
    seal=("OPENED {opened}: tuning material since.", "SEALED: not to be read nor used to change a rule."),
    source="invented stand-in (tests/data/review_adv/{module}.py, make.py)",
    complete=WHOLE + "{kind}",
    checked="the tables are computed by make.py from the unit's figures (they agree); every correct value below is "
    "computed in Decimal by unit_xl_expected.py from those figures; each error is one ERRORS or TABLE_ERRORS "
    "replacement in the module, hitting exactly one place",
), kinds={doc_id: what for doc_id, (_, _, what) in HEAD.items()}, records=_errors, tolerated=TOLERATED)
render = WRITER.render

if __name__ == "__main__":
    WRITER.main()
