"""The 情况说明 (sections 一 to 十一 of disclosure.md), the 概况 and the 名词解释, from the tables.

Every figure in the text is taken from the public tables (or the unit's inputs for the parts no
table holds) and recorded as a ``Claim``; ``check_text`` compares each claim with the tables,
and every list of shares of one whole with 100%.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import Decimal

from ..core import catalog as c
from ..core import fmt
from ..core import public_vocab as v
from ..core import reason_keys as rk
from ..core.findings import Finding, Level
from ..core.runner import run_checks
from ..narrative import phrases as ph
from ..narrative.outline import HEADING_STYLES, Node, render
from ..narrative.phrases import sentence_end
from .books import ZERO, Books, parent_of
from .checks import internal_finding
from .tables import PublicTable, Tables, controlled, economic_lines

NOT_REPORTED = "未填报"  # never 没有: data not given is not data that is zero


@dataclass(frozen=True)
class Claim:
    """A figure the text states (万元 as shown) and the table cell it comes from."""

    section: str
    shown: str
    table: str
    match: tuple[str, str]  # (column, value) that finds the row; ("", "") = the first row
    column: str


@dataclass
class Section:
    """One heading of the 情况说明 and its paragraphs. ``heading`` is the title until ``numbered``
    gives it the number its place in the outline computes (一、 （一）)."""

    heading: str
    paragraphs: list[str] = field(default_factory=list)
    level: int = 1  # 1 = 一、…; 2 = （一）…


def numbered(sections: list[Section]) -> list[str]:
    """Number ``sections`` in place from their levels, by ``narrative.outline``; the new headings."""
    roots: list[tuple[int, list[int]]] = []
    for i, sec in enumerate(sections):
        if sec.level == 1 or not roots:
            roots.append((i, []))
        else:
            roots[-1][1].append(i)
    tree: tuple[Node[None], ...] = tuple(
        Node(sections[i].heading, children=tuple(Node[None](sections[k].heading) for k in kids))
        for i, kids in roots)
    headings = [p.text for p in render(tree, None) if p.style in HEADING_STYLES]
    order = [k for i, kids in roots for k in (i, *kids)]
    for k, heading in zip(order, headings, strict=True):
        sections[k].heading = heading
    return [sec.heading for sec in sections]


@dataclass
class DisclosureText:
    overview: list[Section] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    glossary: list[tuple[str, str]] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    shares: list[tuple[str, list[str]]] = field(default_factory=list)  # (section, shown percentages)
    findings: list[Finding] = field(default_factory=list)

    def plain(self) -> str:
        """The 情况说明 as plain text (the golden files)."""
        out = []
        for s in self.sections:
            out.append(s.heading)
            out.extend(s.paragraphs)
        return "\n".join(out) + "\n"


class _Writer:
    def __init__(self, b: Books, t: Tables):
        self.b, self.t = b, t
        self.name = b.data.unit.name
        self.year = b.data.unit.year
        self.who = f"{self.name}{self.year}年度"
        self.base = f"{self.year - 1}年度"  # the template: 与2023年度相比, never 与上年相比
        self.out = DisclosureText()
        self.section = ""
        self.claim_at: list[int] = []  # the section index of each claim and share list
        self.share_at: list[int] = []

    # -- figures with their source ---------------------------------------------------------------

    def fig(self, table: str, match: tuple[str, str], column: str) -> str:
        """The amount of one table cell as the text shows it (``X万元``), recorded as a claim."""
        value = self.cell(self.t[table], match, column)
        shown = ph.wan_number(value)
        self.claim(Claim(self.section, shown, table, match, column))
        return f"{shown}万元"

    def claim(self, claim: Claim) -> None:
        self.out.claims.append(claim)
        self.claim_at.append(len(self.out.sections) - 1)

    @staticmethod
    def cell(table: PublicTable, match: tuple[str, str], column: str) -> Decimal:
        row = table.rows[0] if not match[0] and table.rows else table.find(*match)
        return row.amount(column) if row is not None else ZERO

    def shares(self, parts: list[tuple[str, Decimal]], whole: Decimal) -> list[str]:
        shown = []
        out = []
        for label, amount in parts:
            sh = ph.share_of(amount, whole) or "0.00%"
            shown.append(sh)
            out.append(f"{label}，占{sh}")
        if len(parts) > 1:
            self.out.shares.append((self.section, [s.rstrip("%") for s in shown]))
            self.share_at.append(len(self.out.sections) - 1)
        return out

    def reason(self, comparison: str, *keys: str) -> str:
        for key in keys:  # resolved by the registry both ``analyze`` and ``disclose`` accept
            text = self.b.figures.reason(comparison, rk.canonical(key))
            if text:
                return sentence_end(text)
        return ""

    def change(self, current: Decimal, prior: Decimal | None, subject: str = "") -> str:
        """``与2023年度相比，X增加…`` / ``X与2023年度持平`` (the subject kept when nothing changed)."""
        text = ph.change_wan(current, prior, subject=subject, base=self.base)
        if text == f"与{self.base}持平" and subject:
            return f"{subject.removesuffix('各')}与{self.base}持平"
        return text

    def add(self, heading: str, *paragraphs: str, level: int = 1) -> None:
        self.section = heading
        self.out.sections.append(Section(heading, [p for p in paragraphs if p], level))

    def para(self, text: str) -> None:
        if text:
            self.out.sections[-1].paragraphs.append(text)

    def missing_reason(self, what: str, comparison: str, key: str) -> None:
        key = rk.canonical(key)
        self.out.findings.append(Finding(Level.WARNING, "D-REASON-MISSING",
                                         f"情况说明：{what}需要说明原因，{rk.ask(comparison, key)}。",
                                         ("reasons", comparison, key)))

    # -- sections --------------------------------------------------------------------------------

    def write(self) -> DisclosureText:
        self.overview()
        self.s1_total()
        self.s2_income()
        self.s3_spending()
        self.s4_fiscal()
        self.s5_general()
        self.s6_basic()
        self.s7_three_public()
        self.s8_fund("fund", "政府性基金预算财政拨款收入支出决算情况说明", "政府性基金预算", "公开08")
        self.s8_fund("capital", "国有资本经营预算财政拨款收入支出决算情况说明", "国有资本经营预算", "公开09")
        self.s10_performance()
        self.s11_other()
        self.glossary()
        numbered(self.out.overview)
        headings = numbered(self.out.sections)
        out = self.out
        out.claims = [replace(x, section=headings[i]) for x, i in zip(out.claims, self.claim_at, strict=True)]
        out.shares = [(headings[i], x[1]) for x, i in zip(out.shares, self.share_at, strict=True)]
        return out

    def overview(self) -> None:
        data = self.b.data
        out = self.out.overview
        out.append(Section("主要职能", [data.text.get("主要职能", "").strip() or "（未填写主要职能）"]))
        org = [data.text.get("机构情况", "").strip()]
        units = self.b.d.units
        if units:
            listed = "；".join(f"{u.name}（{u.note}）" if u.note else u.name for u in units)
            kind = "部门" if self.b.d.department else "单位"
            org.append(f"纳入{self.name}{self.year}年度{kind}决算编制范围的单位共{len(units)}个，包括：{listed}。")
        out.append(Section("机构设置及决算单位构成", [p for p in org if p] or ["（未填写机构情况）"]))

    def s1_total(self) -> None:
        self.add("收入支出决算总体情况说明")
        total = self.cell(self.t["公开01"], ("in_name", "总计"), "in_amount")
        text = f"{self.who}收入、支出总计均为{self.fig('公开01', ('in_name', '总计'), 'in_amount')}。"
        prior = self.b.d.prior.get("total")
        if prior is None and any(x.get("prior_final") is not None for x in self.b.data.income):
            prior = sum((x.get("prior_final") or ZERO for x in self.b.data.income), ZERO)
        ch = self.change(total, prior, subject="收入、支出总计各")
        if ch:
            text += ch + "。"
            if total != prior:
                r = self.reason("final_yoy", "total")
                text += f"主要原因是：{r}" if r else ""
                if not r:
                    self.missing_reason("收入支出总计与上年的变化", "final_yoy", "total")
        self.para(text)

    def s2_income(self) -> None:
        self.add("收入决算情况说明")
        whole = self.cell(self.t["公开01"], ("in_name", "本年收入合计"), "in_amount")
        text = f"{self.who}本年收入合计{self.fig('公开01', ('in_name', '本年收入合计'), 'in_amount')}"
        parts = []
        t2 = self.t["公开02"]
        for key, label in (("fiscal", "财政拨款收入"), ("superior", "上级补助收入"), ("business", "事业收入"),
                           ("operating", "经营收入"), ("affiliated", "附属单位上缴收入"), ("other", "其他收入")):
            amount = self.cell(t2, ("name", "合计"), key)
            if amount:
                parts.append((f"{label}{self.fig('公开02', ('name', '合计'), key)}", amount))
        if parts:
            text += "，其中：" + "；".join(self.shares(parts, whole)) + "。"
        else:
            text += "。"
        self.para(text)

    def s3_spending(self) -> None:
        self.add("支出决算情况说明")
        whole = self.cell(self.t["公开01"], ("out_name", "本年支出合计"), "out_amount")
        text = f"{self.who}本年支出合计{self.fig('公开01', ('out_name', '本年支出合计'), 'out_amount')}"
        parts = []
        for key, label in v.NATURE_COLUMNS.items():
            amount = self.cell(self.t["公开03"], ("name", "合计"), key)
            if amount:
                parts.append((f"{label}{self.fig('公开03', ('name', '合计'), key)}", amount))
        text += ("，其中：" + "；".join(self.shares(parts, whole)) + "。") if parts else "。"
        self.para(text)

    def s4_fiscal(self) -> None:
        """总计 against last year's 总计 (本年收入 + 年初结转和结余 both years, as section 一); where last
        year's 年初财政拨款结转和结余 is not known, 本年财政拨款收入 against last year's."""
        self.add("财政拨款收入支出决算总体情况说明")
        total = self.cell(self.t["公开04"], ("in_name", "总计"), "in_amount")
        text = f"{self.who}财政拨款收入、支出总计均为{self.fig('公开04', ('in_name', '总计'), 'in_amount')}。"
        prior = self.b.d.prior.get("fiscal_total")
        current = total
        subject = "财政拨款收入、支出总计各"
        if prior is None:
            priors = [x.get("prior_final") for x in self.b.data.income if x.key in c.FISCAL_INCOME]
            if any(p is not None for p in priors):
                prior_income = sum((p or ZERO for p in priors), ZERO)
                opening = [x.get("prior_final") for x in self.b.data.income if x.key == c.OPENING_BALANCE]
                if self.b.only_general and opening and opening[0] is not None:
                    prior = prior_income + opening[0]  # all last year's 年初结转和结余 was 财政拨款
                elif self.b.only_general and not opening:
                    prior = prior_income  # a unit that reports no 结转结余 in either year
                else:
                    current = self.cell(self.t["公开04"], ("in_name", "本年收入合计"), "in_amount")
                    prior = prior_income
                    subject = "本年财政拨款收入"
                    text += f"其中，本年财政拨款收入{self.fig('公开04', ('in_name', '本年收入合计'), 'in_amount')}，"
        ch = self.change(current, prior, subject=subject if subject != "本年财政拨款收入" else "")
        if ch:
            text += ch + "。"
            if current != prior:
                r = self.reason("final_yoy", "财政拨款", *(("total",) if self.b.only_general else ()))
                text += f"主要原因是：{r}" if r else ""
                if not r:
                    self.missing_reason("财政拨款收入支出总计与上年的变化", "final_yoy", "财政拨款")
        elif text.endswith("，"):
            text = text[:-1] + "。"
        self.para(text)

    def _general_total(self) -> Decimal:
        return self.cell(self.t["公开05"], ("name", "合计"), "total")

    def s5_general(self) -> None:
        self.add("一般公共预算财政拨款支出决算情况说明")
        general = self._general_total()
        spending = self.cell(self.t["公开01"], ("out_name", "本年支出合计"), "out_amount")
        self.add("一般公共预算财政拨款支出决算总体情况", level=2)
        t5 = self.t["公开05"]
        total_row = t5.find("name", "合计")
        if total_row is None or total_row.value("total") is None:
            self.para(f"{self.who}{NOT_REPORTED}一般公共预算财政拨款支出。")
            self.add("一般公共预算财政拨款支出决算结构情况", level=2)
            self.para(f"（{NOT_REPORTED}一般公共预算财政拨款支出按功能分类科目的明细。）")
            self.add("一般公共预算财政拨款支出决算具体情况", level=2)
            self.para(f"（{NOT_REPORTED}一般公共预算财政拨款支出按功能分类科目的明细。）")
            return
        text = f"{self.who}一般公共预算财政拨款支出{self.fig('公开05', ('name', '合计'), 'total')}"
        sh = ph.share_of(general, spending)
        text += f"，占本年支出合计的{sh}" if sh else ""
        prior = self.b.d.prior.get("general_spending")
        if prior is None and self.b.only_general:
            priors = [x.get("prior_final") for x in self.b.data.spending if x.key in c.SPENDING_CURRENT]
            if any(p is not None for p in priors):
                prior = sum((p or ZERO for p in priors), ZERO)
        ch = self.change(general, prior, subject="一般公共预算财政拨款支出")
        text += f"。{ch}" if ch else ""
        text += "。"
        if ch and general != prior:
            r = self.reason("final_yoy", "一般公共预算财政拨款", *(("total",) if self.b.only_general else ()))
            text += f"主要原因是：{r}" if r else ""
        self.para(text)

        self.add("一般公共预算财政拨款支出决算结构情况", level=2)
        classes = [(str(r.values["code"]), r) for r in t5.rows if len(str(r.values.get("code") or "")) == 3]
        if not self.b.all_known("funds"):
            self.para(f"{self.who}一般公共预算财政拨款支出{ph.wan(general)}（{NOT_REPORTED}按功能分类科目的明细）。")
            self.add("一般公共预算财政拨款支出决算具体情况", level=2)
            self.para(f"（{NOT_REPORTED}一般公共预算财政拨款支出按功能分类科目的明细。）")
            return
        parts = [(f"{r.values['name']}（类）{self.fig('公开05', ('code', code), 'total')}",
                  r.amount("total")) for code, r in classes if r.amount("total")]
        if parts:
            self.para(f"{self.who}一般公共预算财政拨款支出{ph.wan(general)}，主要用于以下方面："
                      + "；".join(self.shares(parts, general)) + "。")
        else:
            self.para(f"{self.who}没有一般公共预算财政拨款支出。")

        self.add("一般公共预算财政拨款支出决算具体情况", level=2)
        budget = sum((self.b.get(code, "general_budget") for code in self.b.lines if len(code) == 3), ZERO)
        has_budget = any("general_budget" in self.b.lines[code] for code in self.b.lines)
        if has_budget:
            head = f"{self.who}一般公共预算财政拨款支出年初预算为{ph.wan(budget)}，支出决算为{ph.wan(general)}"
            done = ph.completion(general, budget)
            head += f"，{done}" if done else ""
            head += "。"
            if general != budget:
                r = self.reason("final_vs_budget", "一般公共预算财政拨款", *(("total",) if self.b.only_general else ()))
                head += f"决算数{ph.more_less(general, budget)}年初预算数的主要原因是：{r}" if r else ""
            self.para(head + ("其中：" if self.leaves() else ""))
        for i, code in enumerate(self.leaves(), start=1):
            self.para(self.item(i, code))

    def leaves(self) -> list[str]:
        codes = [code for code in self.b.codes()
                 if (self.b.general_spending(code) or self.b.get(code, "general_budget"))]
        return [code for code in codes if not any(parent_of(x) == code for x in codes)]

    def chain(self, code: str) -> str:
        parts = []
        c_: str | None = code
        while c_ is not None:
            parts.append(c_)
            c_ = parent_of(c_)
        words = {3: "类", 5: "款", 7: "项"}
        out = ""
        for x in reversed(parts):
            name = self.b.names.get(x, x)
            out += f"{name}（{words[len(x)]}）"  # the template: 教育支出（类）普通教育（款）…
        return out

    def item(self, i: int, code: str) -> str:
        final = self.b.general_spending(code)
        budget = self.b.lines[code].get("general_budget")
        line = self.b.d.line(code)
        text = f"{i}、{self.chain(code)}。"
        if line is not None and line.purpose:
            text += ph.used_for(line.purpose)
        self.claim(Claim(self.section, ph.wan_number(final), "公开05", ("code", code), "total"))
        if budget is None:
            return text + f"支出决算为{ph.wan(final)}。"
        text += f"年初预算为{ph.wan(budget)}，支出决算为{ph.wan(final)}"
        done = ph.completion(final, budget)
        text += f"，{done}。" if done else "。"
        if final == budget:
            return text + "决算数与预算数持平。"
        r = self.reason("final_vs_budget", code)
        if r:
            return text + f"决算数{ph.more_less(final, budget)}预算数的主要原因是：{r}"
        self.missing_reason(f"科目{code}决算数与年初预算数的差异", "final_vs_budget", code)
        return text

    def s6_basic(self) -> None:
        self.add("一般公共预算财政拨款基本支出决算情况说明")
        t6 = self.t["公开06"]
        p = self.cell(t6, ("p_name", "人员经费合计"), "p_amount")
        q = self.cell(t6, ("p_name", "人员经费合计"), "c_amount")
        basic = self.cell(self.t["公开05"], ("name", "合计"), "basic")
        total6 = t6.find("p_name", "人员经费合计")
        basic_row = self.t["公开05"].find("name", "合计")
        if total6 is None or basic_row is None or None in (total6.value("p_amount"), total6.value("c_amount"),
                                                           basic_row.value("basic")):
            self.para(f"{self.who}{NOT_REPORTED}一般公共预算财政拨款基本支出的人员经费、公用经费。")
            return
        if not basic and not p and not q:
            self.para(f"{self.who}没有一般公共预算财政拨款基本支出。")
            return
        lines = economic_lines(self.b)
        text = f"{self.who}一般公共预算财政拨款基本支出{self.fig('公开05', ('name', '合计'), 'basic')}，其中："
        bits = []
        for panel, column in (("人员经费", "p_amount"), ("公用经费", "c_amount")):
            heads = v.ECONOMIC_PANELS[panel]
            names = [name for code, name, amount in lines if code[:3] in heads and len(code) == 5 and amount]
            if not names:
                names = [name for code, name, amount in lines if code[:3] in heads and amount]
            bit = f"{panel}{self.fig('公开06', ('p_name', '人员经费合计'), column)}"
            if names:
                bit += f"，主要包括：{'、'.join(names)}"
            bits.append(bit)
        self.para(text + "；".join(bits) + "。")

    def s7_three_public(self) -> None:
        self.add("财政拨款“三公”经费支出决算情况说明")
        b = self.b
        items = (("因公出国(境)费", "因公出国（境）费"), ("公务用车购置及运行维护费", "公务用车购置及运行维护费"),
                 ("公务接待费", "公务接待费"))
        total = controlled(b, "合计", "final")
        budget = controlled(b, "合计", "budget")
        has_budget = any(x.get("budget") is not None for x in b.data.controlled if x.key in c.THREE_PUBLIC)
        prior = controlled(b, "合计", "prior_final")
        has_prior = any(x.get("prior_final") is not None for x in b.data.controlled if x.key in c.THREE_PUBLIC)
        if not total and not budget and not prior:
            self.para(f"{self.who}没有“三公”经费财政拨款支出。")
            return
        self.add("“三公”经费财政拨款支出决算总体情况说明", level=2)
        f = self.fig
        text = f"{self.who}“三公”经费财政拨款支出"
        if has_budget:
            text += f"年初预算为{f('公开07', ('', ''), 'budget:合计')}，"
        text += f"支出决算为{f('公开07', ('', ''), 'final:合计')}"
        done = ph.completion(total, budget) if has_budget else ""
        text += f"，{done}" if done else ""
        text += "。其中："
        parts = []
        for item, label in items:
            a, p = controlled(b, item, "final"), controlled(b, item, "budget")
            bit = f"{label}支出"
            if has_budget:
                bit += f"年初预算为{f('公开07', ('', ''), f'budget:{item}')}，"
            bit += f"支出决算为{f('公开07', ('', ''), f'final:{item}')}"
            d = ph.completion(a, p) if has_budget else ""
            bit += f"，{d}" if d else ""
            parts.append(bit)
        text += "；".join(parts) + "。"
        if has_budget and total != budget:
            r = self._reasons("final_vs_budget")
            text += f"决算数{ph.more_less(total, budget)}年初预算数的主要原因是：{r}" if r else ""
        self.para(text)
        if has_prior:
            ch = self.change(total, prior, subject="“三公”经费支出")
            bits = []
            for item, label in items:
                parts_of = (c.CAR_PURCHASE, c.CAR_RUNNING) if item == "公务用车购置及运行维护费" else (item,)
                if not any(x.get("prior_final") is not None for x in b.data.controlled if x.key in parts_of):
                    continue  # last year's figure not reported: no comparison
                a, p_ = controlled(b, item, "final"), controlled(b, item, "prior_final")
                one = self.change(a, p_, subject=label)
                lead = f"与{self.base}相比，"
                bits.append(one.removeprefix(lead) if one.startswith(lead) else one)
            text = ch + ("，其中：" + "；".join(bits) if bits else "") + "。"
            r = self._reasons("final_yoy")
            text += f"主要原因是：{r}" if r and total != prior else ""
            self.para(text)

        self.add("“三公”经费财政拨款支出决算具体情况说明", level=2)
        by_item = [(f"{label}支出决算{f('公开07', ('', ''), f'final:{item}')}", controlled(b, item, "final"))
                   for item, label in items]
        if total:
            listed = "；".join(self.shares(by_item, total))
            self.para(f"{self.who}“三公”经费财政拨款支出决算中，{listed}。具体情况如下：")
        q = b.data.quantity
        other = b.d.other
        abroad = f"1.因公出国（境）费支出{ph.wan(controlled(b, c.ABROAD, 'final'))}"
        counts = [x for x in (f"因公出国（境）团组{q('出国团组数')}个" if q("出国团组数") is not None else "",
                              f"累计{q('出国人次')}人次" if q("出国人次") is not None else "") if x]
        self.para(abroad + ("，全年安排" + "，".join(counts) if counts else "") + "。")
        car = (f"2.公务用车购置及运行维护费支出{ph.wan(controlled(b, '公务用车购置及运行维护费', 'final'))}。"
               f"其中：公务用车购置费{ph.wan(controlled(b, c.CAR_PURCHASE, 'final'))}")
        if q("公务用车购置数") is not None:
            car += f"，购置公务用车{q('公务用车购置数')}辆"
        car += f"；公务用车运行维护费{ph.wan(controlled(b, c.CAR_RUNNING, 'final'))}"
        if controlled(b, c.CAR_RUNNING, "final"):
            car += "，主要用于公务用车燃料费、维修费、过路过桥费、保险费等支出"
        if q("公务用车保有量") is not None:
            car += f"。截至{self.year}年12月31日，公务用车保有量{q('公务用车保有量')}辆"
        self.para(car + "。")
        rec = f"3.公务接待费支出{ph.wan(controlled(b, c.RECEPTION, 'final'))}"
        counts = [x for x in (f"国内公务接待{q('接待批次')}批次" if q("接待批次") is not None else "",
                              f"{q('接待人次')}人次" if q("接待人次") is not None else "") if x]
        if counts:
            rec += "，" + "、".join(counts)
        if "foreign_batches" in other or "foreign_persons" in other:
            rec += (f"；外宾接待{other.get('foreign_batches', 0)}批次、{other.get('foreign_persons', 0)}人次"
                    + (f"，支出{ph.wan(Decimal(other['foreign_amount']))}" if "foreign_amount" in other else ""))
        self.para(rec + "。")

    def _reasons(self, comparison: str) -> str:
        texts = []
        for key in ("三公经费", *c.THREE_PUBLIC):
            r = self.b.figures.reason(comparison, rk.canonical(key))
            if r and sentence_end(r) not in texts:
                texts.append(sentence_end(r))
        return "".join(texts)

    def s8_fund(self, fund: str, heading: str, label: str, table: str) -> None:
        self.add(heading)
        t = self.t[table]
        if t.empty:
            self.para(f"{self.who}没有{label}财政拨款收入和支出。")
            return
        income = self.fig(table, ("name", "合计"), "income")
        spending = self.fig(table, ("name", "合计"), "total")
        self.para(f"{self.who}{label}财政拨款收入{income}，支出{spending}。")
        codes = [str(r.values["code"]) for r in t.rows if r.values.get("code")]
        leaves = [x for x in codes if not any(parent_of(y) == x for y in codes)]
        for i, code in enumerate(leaves, start=1):
            line = self.b.d.line(code)
            text = f"{i}、{self.chain(code)}。"
            if line is not None and line.purpose:
                text += ph.used_for(line.purpose)
            text += f"支出决算为{self.fig(table, ('code', code), 'total')}。"
            self.para(text)

    def s10_performance(self) -> None:
        self.add("预算绩效管理情况说明")
        p = self.b.d.performance
        if not p:
            self.para(f"{self.who}未填报预算绩效管理情况。")
            return
        out = []
        if p.get("systems"):
            out.append(sentence_end(str(p["systems"])))
        for n, a, what in (("target_projects", "target_amount", "设定绩效目标"),
                           ("tracked_projects", "tracked_amount", "开展绩效监控"),
                           ("evaluated_projects", "evaluated_amount", "开展绩效自评")):
            if n in p:
                text = f"{what}的项目{p[n]}个"
                if a in p:
                    text += f"，涉及预算资金{ph.wan(Decimal(p[a]))}"
                out.append(text + "。")
        if "average_score" in p:
            out.append(f"绩效自评平均分为{fmt.number(Decimal(p['average_score']))}分。")
        grades = [(k, g) for k, g in (("excellent", "优"), ("good", "良"), ("qualified", "合格"),
                                      ("unqualified", "不合格")) if k in p]
        if grades:
            out.append("评价等级为" + "，".join(f"“{g}”的{p[k]}个" for k, g in grades) + "。")
        if "problems_found" in p:
            text = f"发现问题{p['problems_found']}个"
            if "problems_fixed" in p:
                text += f"，已整改{p['problems_fixed']}个"
            out.append(text + "。")
        self.para(self.who + "".join(out) if out else "")

    def s11_other(self) -> None:
        self.add("其他重要事项的情况说明")
        b, d = self.b, self.b.d
        self.add("机关运行经费支出情况", level=2)
        oc = d.operating_costs
        if "final" in oc:
            text = f"{self.who}机关运行经费支出{ph.wan(oc['final'])}"
            ch = self.change(oc["final"], oc.get("prior_final"))
            text += f"，{ch}" if ch else ""
            self.para(text + "。")
        elif b.data.unit.kind in c.ADMIN_KINDS:
            self.para(f"{self.who}未填报机关运行经费。")
        else:
            self.para(f"{self.name}为事业单位，不涉及机关运行经费。")
        self.add("政府采购支出情况", level=2)
        pr = d.procurement
        parts = [pr.get(k, ZERO) for k in ("goods", "works", "services")]
        total = sum(parts, ZERO)
        if not any(k in pr for k in ("goods", "works", "services")):
            self.para(f"{self.who}{NOT_REPORTED}政府采购支出情况。")
        elif not total:
            self.para(f"{self.who}没有政府采购支出。")
        else:
            text = (f"{self.who}政府采购支出总额{ph.wan(total)}，其中：政府采购货物支出{ph.wan(parts[0])}、"
                    f"政府采购工程支出{ph.wan(parts[1])}、政府采购服务支出{ph.wan(parts[2])}。")
            if "sme_won" in pr:
                text += (f"授予中小企业合同金额{ph.wan(pr['sme_won'])}，"
                         f"占政府采购支出总额的{ph.share_of(pr['sme_won'], total)}")
                if "micro_won" in pr:
                    text += f"，其中：授予小微企业合同金额{ph.wan(pr['micro_won'])}，占政府采购支出总额的" \
                            f"{ph.share_of(pr['micro_won'], total)}"
                text += "。"
            if "sme_reserved" in pr:
                text += f"预留给中小企业的采购项目金额{ph.wan(pr['sme_reserved'])}。"
            self.para(text + "（政府采购支出以合同签订金额为准。）")
        self.add("国有资产占有使用情况", level=2)
        vehicles = d.vehicles
        count = sum(vehicles.values()) if vehicles else b.data.people.get("vehicles", b.data.quantity("公务用车保有量"))
        eq = d.other.get("equipment")
        held = []
        if count is not None:
            listed = [f"{k}{n}辆" for k, n in vehicles.items() if n]
            held.append(f"共有车辆{count}辆" + ("，其中：" + "、".join(listed) if listed else ""))
        if eq is not None:
            held.append(f"单价100万元（含）以上设备（不含车辆）{eq}台（套）")
        if held:
            self.para(f"截至{self.year}年12月31日，{self.name}" + "；".join(held) + "。")
        else:
            self.para(f"{self.who}未填报国有资产占有使用情况。")

    def glossary(self) -> None:
        terms = dict(v.GLOSSARY)
        terms.update(self.b.d.glossary)
        self.out.glossary = [(k, val) for k, val in terms.items() if val]


def write(b: Books, t: Tables) -> DisclosureText:
    return _Writer(b, t).write()


def _claims(subject: tuple[DisclosureText, Tables]) -> list[Finding]:
    """Every claimed figure equals its cell and stands in its section's text."""
    text, t = subject
    out: list[Finding] = []
    by_heading = {s.heading: " ".join(s.paragraphs) for s in text.sections}
    for claim in text.claims:
        value = _Writer.cell(t[claim.table], claim.match, claim.column)
        if ph.wan_number(value) != claim.shown:
            out.append(Finding(Level.ERROR, "D-TEXT-FIGURE",
                               f"情况说明“{claim.section}”中的{claim.shown}万元与{claim.table}的"
                               f"{ph.wan_number(value)}万元不一致。", ("情况说明", claim.section)))
        elif f"{claim.shown}万元" not in by_heading.get(claim.section, ""):
            out.append(Finding(Level.ERROR, "D-TEXT-FIGURE",
                               f"情况说明“{claim.section}”未写出{claim.table}的{claim.shown}万元（文字与表格不一致）。",
                               ("情况说明", claim.section)))
    return out


def _shares(subject: tuple[DisclosureText, Tables]) -> list[Finding]:
    """Every list of shares of one whole adds to 100.00% within display rounding."""
    out: list[Finding] = []
    for section, shown in subject[0].shares:
        total = sum((Decimal(x.replace(",", "")) for x in shown), ZERO)
        if abs(total - 100) > Decimal("0.005") * len(shown):
            out.append(Finding(Level.ERROR, "D-SHARES",
                               f"情况说明“{section}”所列占比合计为{total}%，超出四舍五入范围（应为100.00%）。",
                               ("情况说明", section)))
    return out


def _zero_budget_rates(subject: tuple[DisclosureText, Tables]) -> list[Finding]:
    """No 完成年初预算的 X% over a 年初预算 of 0."""
    out: list[Finding] = []
    for s in subject[0].sections:
        for p in s.paragraphs:
            clauses = re.split("[；。]", p)
            if any("年初预算为0.00万元" in x and "完成年初预算的" in x for x in clauses):
                out.append(Finding(Level.ERROR, "D-RATE-ZERO",
                                   f"情况说明“{s.heading}”在年初预算为0时写了完成年初预算的百分比。",
                                   ("情况说明", s.heading)))
    return out


TEXT_CHECKS: tuple[tuple[str, Callable[[tuple[DisclosureText, Tables]], list[Finding]]], ...] = (
    ("情况说明数字与表格", _claims),
    ("情况说明占比合计", _shares),
    ("情况说明零预算完成率", _zero_budget_rates),
)


def check_text(text: DisclosureText, t: Tables) -> list[Finding]:
    """Text = tables (``TEXT_CHECKS``, each isolated by core.runner)."""
    return run_checks(TEXT_CHECKS, (text, t), internal_finding)
