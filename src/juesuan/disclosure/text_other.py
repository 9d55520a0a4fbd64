"""情况说明 八 to 十一 (政府性基金 / 国有资本经营, 预算绩效管理, 机关运行经费, 政府采购, 国有资产) and the
名词解释, in the template's words; each part the data does not give is named in a finding."""

from __future__ import annotations

import re
from decimal import Decimal

from ..core import catalog as c
from ..core import fmt
from ..core import public_vocab as v
from ..core.findings import Finding, Level
from ..narrative import phrases as ph
from ..narrative.phrases import sentence_end
from .books import parent_of
from .text_spending import item, purposes_needed
from .text_writer import NOT_REPORTED, Writer, direction, unreported


def s8_fund(w: Writer, fund: str, heading: str, label: str, table: str) -> None:
    """八 / 九: the fund's 收入 and 支出, then each 项 as 五(三)'s (年初预算 where given)."""
    w.add(heading)
    t = w.t[table]
    if t.empty:
        w.para(f"{w.who}无{label}财政拨款收入和支出。")
        return
    income = w.fig(table, ("name", "合计"), "income")
    spending = w.fig(table, ("name", "合计"), "total")
    w.para(f"{label}财政拨款收入{income}，支出{spending}，支出具体情况如下：")
    codes = [str(r.values["code"]) for r in t.rows if r.values.get("code")]
    leaves = [x for x in codes if not any(parent_of(y) == x for y in codes)]
    for i, code in enumerate(leaves, start=1):
        final = w.b.fund_spending(fund, code)
        shown = w.fig(table, ("code", code), "total")
        w.para(item(w, i, code, shown, final, w.b.lines.get(code, {}).get(f"{fund}_budget")))
    without = [x for x in leaves if f"{fund}_budget" not in w.b.lines.get(x, {})]
    if without:
        w.blank(f"{label}财政拨款收入支出决算情况说明", "disclosure.lines",
                (f"科目{'、'.join(without[:6])}的"
                 + w.field("disclosure.lines", f"{fund}_budget", f"{label}财政拨款年初预算", spaced=True),),
                partly=True, at=w.line_at(without, f"{fund}_budget"))
    purposes_needed(w, f"{label}财政拨款收入支出决算情况说明", leaves)


PERFORMANCE_STEPS = (("target_projects", "target_amount", "编报绩效目标"),
                     ("tracked_projects", "tracked_amount", "绩效跟踪评价"),
                     ("evaluated_projects", "evaluated_amount", "绩效自评"))
GRADES = (("excellent", "优"), ("good", "良"), ("qualified", "合格"), ("unqualified", "不合格"))
PROBLEMS = (("problems_found", "绩效自评中共发现问题{}个"), ("problems_fixed", "已经完成整改的{}个"),
            ("problems_fixing", "正在整改的{}个"))


def s10_performance(w: Writer) -> None:
    w.add("预算绩效管理情况")
    p = w.b.d.performance
    where = "disclosure.performance"
    if not p:
        w.para(f"{w.who}{NOT_REPORTED}预算绩效管理情况。")
        w.blank("预算绩效管理情况", where, tuple(v.PERFORMANCE_LABELS))
        return
    missing = [k for k in v.PERFORMANCE_LABELS if k not in p]
    if missing:
        w.blank("预算绩效管理情况", where, tuple(missing), partly=True)
    text = f"{w.who}预算绩效管理工作开展情况如下："
    said = _systems(w, str(p.get("systems") or "").strip(), str(p.get("mechanism") or "").strip())
    text += said
    steps = []
    for n, a, what in PERFORMANCE_STEPS:
        if n in p:
            step = f"{what}的{w.year}年度项目{p[n]}个"
            step += f"，涉及预算金额{ph.wan(Decimal(p[a]))}" if a in p else ""
            steps.append(step)
    if "average_score" in p:
        score = f"平均得分{fmt.number(Decimal(p['average_score']))}分"
        steps[-1:] = [f"{steps[-1]}，{score}"] if steps else [score]
    inner = "；".join(f"绩效评级为“{g}”的项目{p[k]}个" for k, g in GRADES if k in p)
    problems = "，".join(words.format(p[k]) for k, words in PROBLEMS if k in p)
    inner = f"{inner}。{problems}" if inner and problems else inner or problems
    if inner:
        steps[-1:] = [f"{steps[-1]}（其中，{inner}）"] if steps else [f"（其中，{inner}）"]
    if steps:
        text += ("全过程绩效管理实施情况：" if said else "") + "；".join(steps) + "。"
    w.para(text.removesuffix("；") + ("。" if text.endswith("；") else ""))


TITLES = re.compile(r"(《[^》]+》[、，,和及与\s]*)+")  # 制度名称 only: 《…办法》、《…规程》


def _phrase(text: str, word: str) -> bool:
    """Whether ``text`` is a name the template's sentence leaves blank (a 机制 such as “事前评估、事后评价”)
    rather than a sentence of the unit's own: no clause break inside it and no ``word`` (机制)."""
    return bool(text) and not re.search("[。；;！？，,]", text.rstrip("。")) and word not in text


def _systems(w: Writer, systems: str, mechanism: str) -> str:
    """十's 制度 and 机制: a name typed alone in the template's words — 「本部门建立了如下预算绩效管理制度：
    《…》，建立了…的预算绩效管理工作机制；」 — a sentence of the unit's own as written."""
    parts = []
    if systems:
        parts.append((f"本{w.kind}建立了如下预算绩效管理制度：{systems.rstrip('。')}", True)
                     if TITLES.fullmatch(systems.rstrip("。")) else (systems, False))
    if mechanism:
        parts.append((f"建立了{mechanism.rstrip('。')}的预算绩效管理工作机制", True)
                     if _phrase(mechanism, "机制") else (mechanism, False))
    if len(parts) == 2 and parts[0][1] and parts[1][1]:  # both the template's: one sentence, as it reads
        return f"{parts[0][0]}，{parts[1][0]}；"
    return "".join(sentence_end(x) for x, _ in parts)


def s11_other(w: Writer) -> None:
    w.add("其他重要事项的情况说明")
    _operating_costs(w)
    _procurement(w)
    _assets(w)


def _operating_costs(w: Writer) -> None:
    w.add("机关运行经费支出情况", level=2)
    oc = w.b.d.operating_costs
    if "final" not in oc:
        if w.b.data.unit.kind in c.ADMIN_KINDS:
            w.para(f"{w.who}{NOT_REPORTED}机关运行经费支出情况。")
            w.blank("机关运行经费支出情况", "disclosure.operating_costs",
                    ("final（本年决算）", "prior_final（上年决算）"))
        else:
            w.para(f"{w.who}无机关运行经费支出。")  # a 事业单位 not 参照公务员法管理
        return
    final, prior = oc["final"], oc.get("prior_final")
    if not final and not prior:
        w.para(f"{w.who}无机关运行经费支出。")
        return
    text = f"机关运行经费支出{ph.wan(final)}"
    way = direction(final, prior)
    if prior is None:
        w.blank("机关运行经费支出情况", "disclosure.operating_costs", ("prior_final（上年决算）",), partly=True)
        text += "。"
    elif not way:
        text += f"，与{w.base}持平。"
    else:
        ch = ph.change_wan(final, prior, base=w.base).removeprefix(f"与{w.base}相比，")
        text += f"，比{w.base}{ch}。"
        text += w.explain("final_yoy", "机关运行经费与上年的变化", ("机关运行经费",), lead="主要原因是")
    w.para(text)


SME = (("sme_reserved", "面向中小企业预留政府采购项目预算金额{}"),
       ("micro_reserved", "面向小微企业预留政府采购项目预算金额{}"))
WON = (("sme_won", "在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额{}"),
       ("micro_won", "在面向小微企业预留政府采购项目中，由小微企业供应商中标或成交的，采购金额{}"),
       ("other_sme_won", "在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额{}"))


def _procurement(w: Writer) -> None:
    w.add("政府采购支出情况", level=2)
    pr = w.b.d.procurement
    where = "disclosure.procurement"
    kinds = ("goods", "works", "services")
    if not any(k in pr for k in kinds):
        w.para(f"{w.who}{NOT_REPORTED}政府采购支出情况。")
        w.blank("政府采购支出情况", where, tuple(v.PROCUREMENT_KEYS))
        return
    total = sum((pr.get(k, Decimal(0)) for k in kinds), Decimal(0))
    missing = [k for k in v.PROCUREMENT_KEYS if k not in pr]
    if not total and not any(pr.get(k) for k in v.PROCUREMENT_KEYS):
        w.para(f"{w.who}无政府采购支出。")
        return
    labels = dict(zip(kinds, ("货物采购金额", "工程采购金额", "服务采购金额"), strict=True))
    unsaid = [labels[k] for k in kinds if k not in pr]
    if missing:  # a kind left blank is printed 未填报 (a 警告); the other keys only complete the text (a 提示)
        w.blank("政府采购支出情况", where, tuple(missing), partly=True,
                shown=f"{'、'.join(unsaid)}{NOT_REPORTED}" if unsaid else "")
    by_kind = "、".join(f"{labels[k]}{ph.wan(pr[k]) if k in pr else NOT_REPORTED}" for k in kinds)
    if all(k in pr for k in kinds):
        w.para(f"{w.who}政府采购金额（以合同签订为准）为{ph.wan(total)}，其中：{by_kind}。")
    else:  # a total over the kinds given would pass a blank for 0: each kind in the template's order
        w.para(f"{w.who}政府采购金额（以合同签订为准）：{by_kind}。")
    _procurement_agrees(w, pr, total if all(k in pr for k in kinds) else None)
    reserved = "，".join(words.format(ph.wan(pr[k])) for k, words in SME if k in pr)
    won = "；".join(words.format(ph.wan(pr[k])) for k, words in WON if k in pr)
    if reserved or won:
        w.para(f"{w.year}年度本{w.kind}" + (f"{reserved}。" if reserved else "") + (f"{won}。" if won else ""))


# (part, whole, words): the part cannot exceed the whole it belongs to
PROCUREMENT_BOUNDS = (
    ("sme_won", "sme_reserved", "面向中小企业预留项目中由中小企业中标或成交的采购金额{}大于其预留预算金额{}"),
    ("micro_won", "micro_reserved", "面向小微企业预留项目中由小微企业中标或成交的采购金额{}大于其预留预算金额{}"),
    ("micro_reserved", "sme_reserved",
     "面向小微企业预留的预算金额{}大于面向中小企业预留的预算金额{}（小微企业预留是中小企业预留的一部分）"))


def _procurement_agrees(w: Writer, pr: dict[str, Decimal], total: Decimal | None) -> None:
    """A 警告 for each figure of 十一(二) larger than the whole it is part of (a figure typed in the
    wrong key or unit), at that figure's cell: the text states them side by side."""
    said = [(words.format(ph.wan(pr[a]), ph.wan(pr[b])), a) for a, b, words in PROCUREMENT_BOUNDS
            if a in pr and b in pr and pr[a] > pr[b]]
    sme = pr.get("sme_won", Decimal(0)) + pr.get("other_sme_won", Decimal(0))
    if total is not None and sme > total:
        said.append((f"由中小企业中标或成交的采购金额合计{ph.wan(sme)}大于政府采购金额{ph.wan(total)}",
                     max(("sme_won", "other_sme_won"), key=lambda k: pr.get(k, Decimal(0)))))
    from .books import workbook_place

    at = (workbook_place(w.b.data, "disclosure.procurement") or ("数据文件 [disclosure.procurement] ", ""))[0]
    for text, key in said:
        w.out.findings.append(Finding(Level.WARNING, "D-PROCUREMENT", f"情况说明“政府采购支出情况”：{text}，请核对"
                                      f"{at}中的金额。", ("disclosure", "procurement", key)))


def _assets(w: Writer) -> None:
    w.add("国有资产占有使用情况说明", level=2)
    b, vehicles = w.b, w.b.d.vehicles
    count = sum(vehicles.values()) if vehicles else b.data.people.get("vehicles", b.data.quantity("公务用车保有量"))
    eq = b.d.other.get("equipment")
    if count is None and eq is None:
        w.para(f"{w.who}{NOT_REPORTED}国有资产占有使用情况。")
        w.blank("国有资产占有使用情况", "disclosure.vehicles",
                (*v.VEHICLE_CATEGORIES, ("disclosure.other", "equipment（单价100万元以上设备台套数）")))
        return
    text = f"截至{w.year}年12月31日，{w.name}"
    missing = [k for k in v.VEHICLE_CATEGORIES if k not in vehicles]
    if count is not None:
        text += f"共有车辆{count}辆"
        if vehicles:
            text += "，其中：" + "、".join(f"{k}{vehicles[k]}辆" for k in v.VEHICLE_CATEGORIES if k in vehicles)
        text += "。"
    if missing:
        w.blank("国有资产占有使用情况说明", "disclosure.vehicles", tuple(missing), partly=True)
    if eq is not None:
        text += f"单价100万元（含）以上设备（不含车辆）{eq}台（套）。"
    else:
        w.blank("国有资产占有使用情况说明", "disclosure.other", ("equipment（单价100万元以上设备台套数）",),
                partly=True)
    w.para(text)


LISTED = ("事业收入", "经营收入", "其他收入")  # the template: 主要是：XXXXXXXX收入等, for a unit that has it


def glossary(w: Writer) -> None:
    """The template's 名词解释; a unit's [disclosure.glossary] entry replaces one, or — written
    ``主要是：…收入等`` — completes 事业收入/经营收入/其他收入, whose list a unit with that income owes
    (without it: ``主要是：未填报。`` and a 警告, as every 未填报 the text prints)."""
    terms = dict(v.GLOSSARY)
    unsaid = []
    for term, given in w.b.d.glossary.items():
        if term in LISTED and given.startswith("主要是"):
            terms[term] += sentence_end(given)
        else:
            terms[term] = given
    for term in LISTED:
        if w.b.income(term) and term not in w.b.d.glossary:
            terms[term] += unreported("主要是：")
            unsaid.append(term)
    if unsaid:
        from .books import workbook_place

        at, how = workbook_place(w.b.data, "disclosure.glossary") or ("", "")  # a workbook: where to fill it
        sheet = at and not how
        w.out.findings.append(Finding(
            Level.WARNING, "D-TEXT-BLANK",
            f"名词解释“{'”“'.join(unsaid)}”：单位有此收入，模板要求列举主要内容（主要是：……收入等），"
            f"现写“主要是：{NOT_REPORTED}”。请在{at if sheet else '数据文件 [disclosure.glossary] '}中填写："
            + "、".join(f"“{t}”一行填“主要是：……收入等”" if sheet else f'"{t}" = "主要是：……收入等"' for t in unsaid)
            + "。" + how, ("disclosure", "glossary", unsaid[0])))
    w.out.glossary = [(k, val) for k, val in terms.items() if val]

