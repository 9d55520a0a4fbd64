"""The report as text, in the reference report's order and headings.

Every figure is computed; every sentence follows the writing rules of the product spec:
direction words follow the sign, 同比 only year on year, no percentage over a zero base,
the unit's reasons inserted and lines sharing a reason explained together.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..core import catalog as c
from ..core import fmt
from ..core.compare import diff, pct_change, rate, ratio
from ..core.figures import PLAN, TOTAL_KEY, Figures
from ..core.indicators import Indicator
from ..core.model import Line
from ..core.tables import fiscal_spending, indicator_value, nonfiscal_income

CHINESE_NUMERALS = "一二三四五六七八九十"
Entry = tuple[str, str, Decimal | None]  # (reason key of a line, its label, its change)


@dataclass(frozen=True)
class Paragraph:
    """One paragraph: a heading, body text, or the place of a table or chart (``ref``)."""

    style: str  # title | subtitle | h1 | h2 | h3 | h4 | body | table | chart
    text: str = ""
    ref: str = ""

    def as_dict(self) -> dict:
        out = {"style": self.style, "text": self.text}
        if self.ref:
            out["ref"] = self.ref
        return out


def sentence_end(text: str) -> str:
    """A reason or text as one sentence: trimmed, ending with 。 (a trailing ； or ， becomes 。)."""
    text = text.strip()
    if not text:
        return text
    if text[-1] in "；;，,":
        text = text[:-1]
    if text[-1] not in "。！？!?…":
        text += "。"
    return text


class Writer:
    """Builds the paragraphs of one unit's report."""

    def __init__(self, fig: Figures, indicators: list[Indicator], charts: set[str], tables: set[str]):
        self.fig = fig
        self.data = fig.data
        self.unit = fig.data.settings.report_unit
        self.indicators = indicators
        self.charts = charts
        self.tables = tables
        self.out: list[Paragraph] = []
        year = fig.data.unit.year
        self.year = f"{year}年度" if year else "本年度"
        self.prior_year = f"{year - 1}年度" if year else "上年度"

    # -- primitives --------------------------------------------------------------------------

    def m(self, value: Decimal) -> str:
        return fmt.money(value, self.unit)

    def add(self, style: str, text: str = "", ref: str = "") -> None:
        self.out.append(Paragraph(style, text, ref))

    def body(self, *sentences: str) -> None:
        text = "".join(s for s in sentences if s)
        if text:
            self.add("body", text)

    def chart(self, key: str) -> None:
        if key in self.charts:
            self.add("chart", ref=key)

    def table(self, key: str) -> None:
        if key in self.tables:
            self.add("table", ref=key)

    def own_text(self, key: str, default: str = "无。") -> None:
        text = self.data.text.get(key, "").strip()
        if not text:
            self.add("body", default)
            return
        for line in text.splitlines():
            if line.strip():
                self.add("body", line.strip())

    # -- comparisons -------------------------------------------------------------------------

    @staticmethod
    def up_down(d: Decimal) -> str:
        return "增加" if d > 0 else "减少"

    def delta(self, current, base, *, yoy: bool, base_word: str = "上年", noun: str = "") -> str:
        """``增加X元，同比增长Y%`` / ``持平`` / ``增加X元（上年无此项支出）``; "" when not comparable."""
        d = diff(current, base)
        if d is None:
            return ""
        if d == 0:
            return "持平"
        text = f"{self.up_down(d)}{self.m(abs(d))}"
        p = pct_change(current, base)
        if p is None:
            return text + f"（{base_word}无此项{noun}）"
        grow = "增长" if d > 0 else "下降"
        return text + f"，{'同比' if yoy else ''}{grow}{fmt.change_percent(p)}"

    def change(self, current, base, *, yoy: bool, base_word: str = "上年", noun: str = "",
               show_base: bool = False) -> str:
        """``比上年(X元)增加Y元，同比增长Z%`` / ``与上年持平``; "" when not comparable."""
        d = self.delta(current, base, yoy=yoy, base_word=base_word, noun=noun)
        if not d:
            return ""
        if d == "持平":
            return f"与{base_word}持平"
        return f"比{base_word}{self.m(base) if show_base else ''}{d}"

    def vs_budget(self, final, plan, *, word: str = "执行率", show_base: bool = False) -> str:
        """``比预算(X元)增加Y元，执行率Z%`` (执行率 is omitted when the budget is zero)."""
        d = diff(final, plan)
        if d is None:
            return ""
        r = rate(final, plan)
        base = self.m(plan) if show_base else ""
        text = "与预算持平" if d == 0 else f"比预算{base}{self.up_down(d)}{self.m(abs(d))}"
        if r is None:
            return text + "（未安排预算）"
        if word == "完成预算":
            return text + f"，完成预算的{fmt.percent(r)}"
        return text + f"，{word}{fmt.percent(r)}"

    def listing(self, lines, column: str, *, prefix: str = "其中：") -> str:
        parts = [f"{x.name}{self.m(x.get(column))}" for x in lines if x.get(column) is not None]
        return prefix + "，".join(parts) + "。" if parts else ""

    def reasons(self, comparison: str, entries: list[Entry], *more: tuple[str, list[Entry]]) -> str:
        """One sentence per distinct reason, naming every line (label, change) that shares it.

        Further ``(comparison, entries)`` pairs may follow; a line explained by the same text
        in two comparisons is named once.
        """
        grouped: dict[str, list[tuple[str, str]]] = {}
        for comp, items in ((comparison, entries), *more):
            for key, label, d in items:
                reason = self.data.reason(comp, key)
                if reason is None or d is None:
                    continue
                word = "持平" if d == 0 else self.up_down(d)
                parts = grouped.setdefault(sentence_end(reason), [])
                if (label, word) not in parts:
                    parts.append((label, word))
        out = []
        for reason, parts in grouped.items():
            words = {w for _, w in parts}
            if len(words) == 1:
                subject = "、".join(label for label, _ in parts) + parts[0][1]
            else:
                subject = "、".join(label + w for label, w in parts)
            out.append(f"{subject}的主要原因是：{reason}")
        return "".join(out)

    @staticmethod
    def entry(key: str, label: str, d: Decimal | None) -> Entry:
        return key, label, d

    def line_entries(self, lines, current: str, base: str) -> list[Entry]:
        return [self.entry(x.key, x.name, diff(x.get(current), x.get(base))) for x in lines]

    # -- sections ----------------------------------------------------------------------------

    def write(self) -> list[Paragraph]:
        u = self.data.unit
        self.add("title", f"{u.name}{self.year}")
        self.add("title", "部门决算分析报告")
        self.add("subtitle", f"（{u.edition}）")
        self.section_unit()
        self.add("h1", "二、收入支出预算执行情况分析")
        self.section_budget()
        self.section_execution()
        self.section_vs_budget()
        self.section_structure()
        self.section_economic()
        self.section_fiscal()
        self.section_nonfiscal()
        self.section_balances()
        self.section_assets()
        self.add("h2", "（五）绩效目标完成情况。")
        self.own_text("绩效目标完成情况")
        self.add("h2", "（六）当年预算执行及绩效管理中存在问题、原因及改进措施。")
        self.own_text("问题及改进措施")
        self.add("h1", "三、本年度部门决算等财务工作开展情况")
        self.add("h2", "（一）本单位财务管理、绩效管理、决算组织、编报、审核情况。")
        self.own_text("财务工作开展情况")
        self.add("h2", "（二）本单位决算及绩效信息公开工作开展情况。")
        self.own_text("信息公开情况")
        self.add("h2", "（三）对部门决算管理工作的意见和建议。")
        self.own_text("意见和建议")
        self.section_indicators()
        return self.out

    def section_unit(self) -> None:
        self.add("h1", "一、单位情况")
        self.add("h2", "（一）基本情况。")
        self.add("h3", "1．主要职能")
        self.own_text("主要职能")
        self.add("h3", "2．机构情况")
        self.own_text("机构情况")
        self.add("h3", "3．人员情况")
        if self.data.text.get("人员情况", "").strip():
            self.own_text("人员情况")
        else:
            self.body(self.people_sentence() or "无。")
        self.add("h2", "（二）当年取得的主要事业成效。")
        self.own_text("事业成效")

    def people_sentence(self) -> str:
        p = self.data.people
        parts = [f"{label}{fmt.integer(p[key])}{unit}" for key, label, unit in (
            ("authorized_posts", "核定编制", "名"), ("staff_year_end", "年末在职人员", "人"),
            ("staff_average", "年平均在职人员", "人"), ("retirees", "离退休人员", "人"),
            ("vehicles", "年末公务用车", "辆"), ("office_area_m2", "办公用房使用面积", "平方米"),
        ) if key in p]
        return "本单位" + "，".join(parts) + "。" if parts else ""

    def totals_sentence(self, column: str, when: str, what: str) -> str:
        """``本年度单位收入、支出年初预算均为X元。`` (or each side when they differ)."""
        income, spending = self.fig.income.total.get(column), self.fig.spending.total.get(column)
        if income is not None and income == spending:
            return f"{when}单位收入、支出{what}均为{self.m(spending)}。"
        parts = []
        if income is not None:
            parts.append(f"收入{what}为{self.m(income)}")
        if spending is not None:
            parts.append(f"支出{what}为{self.m(spending)}")
        return f"{when}单位" + "，".join(parts) + "。" if parts else ""

    def section_budget(self) -> None:
        self.add("h2", "（一）收入支出预算安排情况。")
        s = self.fig.spending
        if not any(x.get("budget") is not None for x in s.lines):
            self.body("未填写本年年初预算。")
            return
        self.body(self.totals_sentence("budget", "本年度", "年初预算"), self.listing(s.lines, "budget"))
        if s.total.get("prior_budget") is not None:
            self.body(self.totals_sentence("prior_budget", self.prior_year, "年初预算"),
                      self.listing(s.lines, "prior_budget"))
            parts = []
            for x in s.lines:
                ch = self.change(x.get("budget"), x.get("prior_budget"), yoy=False, noun="预算")
                if ch:
                    parts.append(f"{x.name}预算{ch}")
            total = self.change(s.total.get("budget"), s.total.get("prior_budget"), yoy=False, noun="预算")
            self.body(f"本年预算总额{total}。" if total else "",
                      "其中：" + "；".join(parts) + "。" if parts else "")
            entries = [self.entry(TOTAL_KEY, "预算总额",
                                  diff(s.total.get("budget"), s.total.get("prior_budget")))]
            self.body(self.reasons("budget_yoy", entries + self.line_entries(s.lines, "budget", "prior_budget")))
        self.table("budget_by_nature")
        self.chart("budget_arrangement")

    def section_execution(self) -> None:
        self.add("h2", "（二）收入支出预算执行情况。")
        s = self.fig.spending
        final, plan = s.total.get("final"), s.total.get(PLAN)
        if final is None:
            self.body("未填写本年决算。")
            return
        head = self.totals_sentence("final", "本年度", "决算")
        vs = self.vs_budget(final, plan, word="预算执行率", show_base=True)
        parts = []
        for x in s.lines:
            if x.get("final") is None:
                continue
            detail = self.vs_budget(x.get("final"), x.get(PLAN))
            parts.append(f"{x.name}决算{self.m(x.get('final'))}" + (f"，{detail}" if detail else ""))
        self.body(head[:-1] + (f"，{vs}。" if vs else "。"),
                  "其中：" + "；".join(parts) + "。" if parts else "")
        entries = [self.entry(TOTAL_KEY, "决算总额", diff(final, plan))]
        self.body(self.reasons("final_vs_budget", entries + self.line_entries(s.lines, "final", PLAN)))
        prior = s.total.get("prior_final")
        if prior is not None:
            parts = []
            for x in s.lines:
                ch = self.change(x.get("final"), x.get("prior_final"), yoy=True, noun="支出")
                if ch:
                    parts.append(f"{x.name}{ch}")
            self.body(
                f"{self.prior_year}决算为{self.m(prior)}。",
                f"本年度决算{self.change(final, prior, yoy=True, noun='支出')}。",
                "其中：" + "；".join(parts) + "。" if parts else "",
            )
            self.body(self.reasons("final_yoy", self.line_entries(s.lines, "final", "prior_final")))
        self.table("final_by_nature")
        self.chart("budget_execution")
        self.chart("final_yoy")

    def section_vs_budget(self) -> None:
        self.add("h3", "1．收入支出与预算对比分析。")
        self.add("h4", "（1）预、决算差异情况。")
        f, inc = self.fig.functions, self.fig.income
        if inc.lines and inc.total.get("final") is not None:
            parts = []
            for x in inc.lines:
                if x.get(PLAN) is not None and x.get("final") is not None:
                    parts.append(f"{x.name}预算{self.m(x.get(PLAN))}、决算{self.m(x.get('final'))}"
                                 + self.rate_clause(x.get("final"), x.get(PLAN)))
            self.body("按收入来源：" + "；".join(parts) + "。" if parts else "")
            if len(inc.lines) > 1:
                self.table("final_by_income")
        if f:
            parts = []
            for x in f.lines:
                bits = []
                if x.get(PLAN) is not None:
                    bits.append(f"预算{self.m(x.get(PLAN))}")
                if x.get("final") is not None:
                    bits.append(f"决算{self.m(x.get('final'))}")
                clause = self.rate_clause(x.get("final"), x.get(PLAN))
                parts.append(f"{x.name}" + "、".join(bits) + clause)
            total = ""
            if f.total.get(PLAN) is not None and f.total.get("final") is not None:
                total = (f"按支出功能分类，本年支出预算{self.m(f.total.get(PLAN))}，"
                         f"决算{self.m(f.total.get('final'))}。")
            self.body(total, "其中：" + "；".join(parts) + "。")
            if f.total.get("prior_final") is not None:
                yoy = [f"{x.name}{self.change(x.get('final'), x.get('prior_final'), yoy=True, noun='支出')}"
                       for x in f.lines if x.get("final") is not None and x.get("prior_final") is not None]
                self.body("与上年决算相比：" + "；".join(yoy) + "。" if yoy else "")
            self.table("final_by_function")
        elif not inc.lines:
            self.body("无。")
        self.add("h4", "（2）差异原因分析。")
        entries = self.line_entries(f.lines, "final", PLAN)
        if len(inc.lines) > 1:
            entries += self.line_entries(inc.lines, "final", PLAN)
        text = self.reasons("final_vs_budget", entries,
                            ("final_yoy", self.line_entries(f.lines, "final", "prior_final")))
        self.body(text or "预、决算无需说明的重大差异。" if f or inc.lines else "无。")
        self.chart("functions")

    def rate_clause(self, final, plan) -> str:
        r = rate(final, plan)
        if r is not None:
            return f"，执行率{fmt.percent(r)}"
        return "（未安排预算）" if plan == 0 and final else ""

    def section_structure(self) -> None:
        self.add("h3", "2．收入支出结构分析。")
        self.add("h4", "（1）各项收入占本年收入合计的比重，各项支出占本年支出合计的比重。")
        inc, s = self.fig.income, self.fig.spending
        for g, whole in ((inc, "本年收入合计"), (s, "本年支出合计")):
            t = g.total.get("final")
            if t is None:
                continue
            parts = [f"{x.name}{self.m(x.get('final'))}，占{whole}的{fmt.percent(rate(x.get('final'), t))}"
                     for x in g.lines if t]
            self.body(f"{whole}{self.m(t)}。", "其中：" + "；".join(parts) + "。" if parts else "")
        self.table("structure_spending")
        self.chart("income_structure")
        self.chart("spending_structure")
        self.add("h4", "（2）收入支出与上年度对比情况及原因分析。")
        written = False
        for g, whole in ((inc, "收入"), (s, "支出")):
            now, before = g.total.get("final"), g.total.get("prior_final")
            if now is None or before is None:
                continue
            written = True
            d = self.delta(now, before, yoy=True, noun=whole)
            self.body(f"{self.year}决算{whole}为{self.m(now)}，"
                      + (f"与{self.prior_year}持平（{self.m(before)}）。" if d == "持平"
                         else f"比{self.prior_year}{self.m(before)}{d}。"))
        now, before = s.total.get("final"), s.total.get("prior_final")
        if now and before:
            moves = []
            for x in s.lines:
                a, b = rate(x.get("final"), now), rate(x.get("prior_final"), before)
                if a is None or b is None:
                    continue
                a2, b2 = fmt.round2(a), fmt.round2(b)
                if a2 == b2:
                    moves.append(f"{x.name}占比与上年持平（{fmt.percent(a2)}）")
                else:
                    word = "上升" if a2 > b2 else "下降"
                    moves.append(f"{x.name}占比由上年的{fmt.percent(b2)}{word}至{fmt.percent(a2)}")
            self.body("从支出结构看，" + "，".join(moves) + "。" if moves else "")
        if written:
            self.body(self.reasons("final_yoy", [self.entry(TOTAL_KEY, "收入支出总额", diff(now, before))]))
        else:
            self.body("未填写上年决算，不作上下年对比。")

    def section_economic(self) -> None:
        self.add("h3", "3．支出按经济分类科目分析。")
        self.add("h4", "（1）“三公”经费支出情况。")
        self.three_public()
        self.add("h4", "（2）会议费支出情况。")
        self.meeting_like(self.fig.meeting, "会议", "会议次数", "会议人次", "次")
        self.add("h4", "（3）培训费支出情况。")
        self.meeting_like(self.fig.training, "培训", "培训次数", "培训人次", "次")
        self.table("controlled")
        self.table("quantities")
        self.add("h4", "（4）其他对单位影响较大的支出情况。")
        econ = self.fig.economics
        if econ and econ.total.get("final"):
            t = econ.total.get("final")
            parts = [f"{x.name}{self.m(x.get('final'))}，占{fmt.percent(rate(x.get('final'), t))}"
                     for x in econ.lines if x.get("final") is not None]
            self.body(f"按支出经济分类，本年支出{self.m(t)}。其中：" + "；".join(parts) + "。")
            if self.data.text.get("其他重要支出", "").strip():
                self.own_text("其他重要支出")
        else:
            self.own_text("其他重要支出")
        self.add("h4", "（5）重点经济分类支出中存在的问题及改进措施。")
        self.own_text("经济分类问题及改进措施")

    def per_capita(self, amount: Decimal | None) -> str:
        staff = self.data.people.get("staff_average")
        value = ratio(amount, staff)
        return "" if value is None else f"，人均{self.m(value)}"

    def three_public(self) -> None:
        tp = self.fig.three_public
        if not tp:
            self.body("未填写“三公”经费。")
            return
        final = tp.total.get("final")
        sentences = []
        if final is not None:
            items = []
            for item, label in ((c.ABROAD, "因公出国（境）费"), (None, "公务用车购置及运行维护费"),
                                (c.RECEPTION, "公务接待费")):
                if item is None:
                    car = self.fig.car
                    if car and car.total.get("final") is not None:
                        inner = "，".join(f"{x.name}{self.m(x.get('final'))}" for x in car.lines)
                        items.append(f"{label}{self.m(car.total.get('final'))}（{inner}）"
                                     if len(car.lines) > 1 else f"{car.lines[0].name}{self.m(car.total.get('final'))}")
                    continue
                line = tp.line(item)
                if line is not None and line.get("final") is not None:
                    items.append(f"{label}{self.m(line.get('final'))}")
            head = f"{self.year}“三公”经费支出{self.m(final)}"
            ch = self.change(final, tp.total.get("prior_final"), yoy=True, noun="支出")
            vs = self.vs_budget(final, tp.total.get(PLAN), word="完成预算")
            head += "".join(f"，{x}" for x in (ch, vs) if x) + self.per_capita(final) + "。"
            sentences.append(head + ("其中：" + "；".join(items) + "。" if items else ""))
        for x in tp.lines:
            a = x.get("final")
            if not a and not x.get("prior_final") and not x.get(PLAN):
                continue
            bits = [self.change(a, x.get("prior_final"), yoy=True, noun="支出", show_base=True),
                    self.vs_budget(a, x.get(PLAN), word="完成预算", show_base=True)]
            bits = [b for b in bits if b]
            if a is not None and (bits or x.get("final")):
                sentences.append(f"{_plain(x.name)}{self.m(a)}" + ("，" + "；".join(bits) if bits else "")
                                 + self.per_capita(a) + "。")
        zero = [x.name for x in tp.lines if x.get("final") == 0 and not x.get("prior_final")]
        if zero:
            sentences.append(f"{self.year}未发生{'、'.join(_plain(n) for n in zero)}支出。")
        self.body(*sentences)
        self.body(self.quantity_sentence())
        entries = self.line_entries(tp.lines, "final", "prior_final")
        self.body(self.reasons("final_yoy", entries,
                               ("final_vs_budget", self.line_entries(tp.lines, "final", PLAN))))
        self.chart("three_public")

    QUANTITY_PHRASES = (("出国团组数", "因公出国（境）团组{}个"), ("出国人次", "出国{}人次"),
                        ("公务用车购置数", "购置公务用车{}辆"), ("公务用车保有量", "年末公务用车保有量{}辆"),
                        ("接待批次", "公务接待{}批次"), ("接待人次", "接待{}人次"))

    def quantity_sentence(self) -> str:
        """实物量 of the 三公: only the counts given, each with last year's where given."""
        parts = []
        for key, phrase in self.QUANTITY_PHRASES:
            now, before = self.data.quantity(key), self.data.quantity(key, "prior_final")
            if now is None:
                continue
            text = phrase.format(fmt.integer(now))
            if before is not None:
                text += f"（上年{fmt.integer(before)}）"
            parts.append(text)
        return f"实物量方面：{self.year}" + "，".join(parts) + "。" if parts else ""

    def meeting_like(self, line: Line | None, noun: str, times: str, people: str, unit: str) -> None:
        label = f"{noun}费"
        if line is None or line.get("final") is None:
            self.body("无。" if line is None else f"未填写{label}本年决算。")
            return
        a, prior = line.get("final"), line.get("prior_final")
        if a == 0 and not prior:
            tail = "及上年度均" if prior == 0 else ""
            self.body(f"{self.year}{tail}无{label}支出。")
            return
        bits = [self.change(a, prior, yoy=True, noun="支出", show_base=True),
                self.vs_budget(a, line.get(PLAN), word="完成预算", show_base=True)]
        text = f"{self.year}{label}支出{self.m(a)}" + "".join(f"，{b}" for b in bits if b)
        text += self.per_capita(a) + "。"
        n, p = self.data.quantity(times), self.data.quantity(people)
        if n is not None or p is not None:
            counts = []
            if n is not None:
                counts.append(f"{noun}{fmt.integer(n)}{unit}")
            if p is not None:
                counts.append(f"{fmt.integer(p)}人次")
            text += f"全年{'、'.join(counts)}"
            per = ratio(a, p)
            text += f"，每人次{self.m(per)}。" if per is not None else "。"
        self.body(text)
        self.body(self.reasons("final_yoy", self.line_entries([line], "final", "prior_final"),
                               ("final_vs_budget", self.line_entries([line], "final", PLAN))))

    def section_fiscal(self) -> None:
        self.add("h3", "4．财政拨款收入、支出分析。")
        fiscal_income = [x for x in self.fig.income.lines if x.key in c.FISCAL_INCOME]
        if not fiscal_income:
            self.body("无。")
            return
        for column, word in ((PLAN, "预算"), ("final", "决算")):
            values = [x.get(column) for x in fiscal_income]
            if any(v is None for v in values):
                continue
            t = sum(values, Decimal(0))
            inner = "，".join(f"{x.name}{self.m(x.get(column))}" for x in fiscal_income) \
                if len(fiscal_income) > 1 else ""
            self.body(f"本年度财政拨款收入{word}{self.m(t)}" + (f"（{inner}）" if inner else "") + "。")
        g = fiscal_spending(self.fig)
        if g is None:
            self.body("单位有非财政拨款收入，财政拨款支出的构成请在支出表“其中财政拨款”两列填写后分析。")
            return
        if not nonfiscal_income(self.fig):
            self.body("单位收入全部为财政拨款，财政拨款支出即本年支出。")
        for column, word in (("budget", "预算"), ("final", "决算")):
            t = g.total.get(column)
            if t is None:
                continue
            basic = [x for x in g.lines if x.key in c.BASIC_SPENDING and x.get(column) is not None]
            project = g.line(c.PROJECT)
            parts = []
            if basic:
                b = sum((x.get(column) for x in basic), Decimal(0))
                inner = "，".join(f"{x.name}{self.m(x.get(column))}" for x in basic)
                share = rate(b, t)
                parts.append(f"基本支出{self.m(b)}（{inner}）" + _share(share))
            if project is not None and project.get(column) is not None:
                share = rate(project.get(column), t)
                parts.append(f"项目支出{self.m(project.get(column))}" + _share(share))
            others = [x for x in g.lines if x.key not in (*c.BASIC_SPENDING, c.PROJECT) and x.get(column) is not None]
            parts += [f"{x.name}{self.m(x.get(column))}" for x in others]
            self.body(f"财政拨款支出{word}{self.m(t)}。" + ("其中：" + "；".join(parts) + "。" if parts else ""))
        r = rate(g.total.get("final"), g.total.get("budget"))
        if r is not None:
            self.body(f"财政拨款支出预算执行率{fmt.percent(r)}。")
        self.table("fiscal")

    def section_nonfiscal(self) -> None:
        self.add("h3", "5．非财政拨款收入分析。")
        lines = [x for x in nonfiscal_income(self.fig) if x.get("final")]
        if not lines:
            self.body("无。")
            return
        t = sum((x.get("final") for x in lines), Decimal(0))
        whole = self.fig.income.total.get("final")
        share = rate(t, whole)
        parts = []
        for x in lines:
            ch = self.change(x.get("final"), x.get("prior_final"), yoy=True, noun="收入")
            parts.append(f"{x.name}{self.m(x.get('final'))}" + (f"，{ch}" if ch else ""))
        self.body(f"本年度非财政拨款收入{self.m(t)}" + _share(share, "本年收入合计的")
                  + "。其中：" + "；".join(parts) + "。")

    def section_balances(self) -> None:
        self.add("h2", "（三）年末结转和结余情况。")
        self.add("h3", "1．结转和结余总体情况。")
        b = self.fig.balances
        opening, closing = b.total.get("opening"), b.total.get("closing")
        if opening is None:
            opening = self.fig.extra_item(c.OPENING_BALANCE)
        if closing is None:
            closing = self.fig.extra_item(c.CLOSING_BALANCE)
        if opening is None and closing is None:
            self.body("无。")
        else:
            head = []
            if opening is not None:
                head.append(f"年初结转和结余{self.m(opening)}")
            if closing is not None:
                head.append(f"年末结转和结余{self.m(closing)}")
            text = f"{self.year}" + "，".join(head)
            if opening is not None and closing is not None:
                text += "，" + self.change(closing, opening, yoy=False, base_word="年初", noun="结转结余")
            text += "。"
            parts = []
            for x in b.lines:
                bits = [f"{w}{self.m(x.get(k))}" for k, w in (("opening", "年初"), ("closing", "年末"))
                        if x.get(k) is not None]
                parts.append(x.name + "、".join(bits))
            if len(parts) > 0:
                text += "其中：" + "；".join(parts) + "。"
            if opening == 0 and closing == 0:
                text += "本年无结转和结余。"
            self.body(text)
            self.body(self.reasons("balances", [
                self.entry(x.key, x.name, diff(x.get("closing"), x.get("opening"))) for x in b.lines]))
            self.table("balances")
        self.add("h3", "2．消化结转和结余的对策。")
        self.own_text("结转结余对策")

    def section_assets(self) -> None:
        self.add("h2", "（四）与预算支出相关的其他指标分析。")
        assets = self.fig.assets
        if not assets:
            self.body("无。")
            return
        parts = []
        for x in assets:
            now, before = x.get("year_end"), x.get("prior_year_end")
            if now is None:
                continue
            text = f"{x.name}本年末{self.m(now)}"
            if before is not None:
                text += f"，上年末{self.m(before)}，" + self.change(now, before, yoy=False, base_word="上年末",
                                                                 noun="资产")
            parts.append(text)
        self.body("资产、负债与上年末对比：" + "；".join(parts) + "。" if parts else "无。")
        self.table("assets")
        self.body(self.reasons("assets", [
            self.entry(x.key, x.name, diff(x.get("year_end"), x.get("prior_year_end"))) for x in assets]))

    def section_indicators(self) -> None:
        self.add("h1", "附：财务分析指标")
        families = []
        for ind in self.indicators:
            if ind.family not in families:
                families.append(ind.family)
        for n, family in enumerate(families):
            heading = {"行政单位": "行政单位财务分析指标", "事业单位": "事业单位财务分析指标",
                       "通用": "其他财务分析指标"}[family]
            self.add("h2", f"{CHINESE_NUMERALS[n]}、{heading}")
            for i, ind in enumerate([x for x in self.indicators if x.family == family], 1):
                self.body(f"{i}．{ind.name}＝{ind.formula}：{indicator_value(ind)}。")
        self.table("indicators")


def _share(share: Decimal | None, of: str = "") -> str:
    return "" if share is None else f"，占{of}{fmt.percent(share)}"


def _plain(name: str) -> str:
    return name.replace("(境)", "（境）")


def write(fig: Figures, indicators: list[Indicator], charts: set[str], tables: set[str]) -> list[Paragraph]:
    return Writer(fig, indicators, charts, tables).write()

