"""What every section body reads (the figures, the unit's words, which tables and charts exist),
and a small builder for the paragraphs of one body."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from ..core import reason_keys as rk
from ..core.compare import diff
from ..core.figures import TOTAL_KEY, WHOLE_YEAR, WHOLE_YEAR_NOTE, Figures, has_adjusted, plan_label, with_plan
from ..core.indicators import Indicator
from ..core.model import Line, UnitData
from . import phrases as ph
from .outline import Paragraph, Style

# (reason key of a line, its label, its change)
Entry = tuple[str, str, Decimal | None]


@dataclass(frozen=True)
class Context:
    fig: Figures
    indicators: tuple[Indicator, ...]
    charts: frozenset[str]
    tables: frozenset[str]
    ledger: Ledger = field(default_factory=lambda: Ledger())

    @property
    def data(self) -> UnitData:
        return self.fig.data

    @property
    def unit(self) -> str:
        """The report's money unit."""
        return self.fig.data.settings.report_unit

    @property
    def year(self) -> str:
        y = self.fig.data.unit.year
        return f"{y}年度" if y else "本年度"

    @property
    def prior_year(self) -> str:
        y = self.fig.data.unit.year
        return f"{y - 1}年度" if y else "上年度"

    def m(self, value: Decimal) -> str:
        return ph.money(value, self.unit)

    def text(self, key: str) -> str:
        return self.fig.data.text.get(key, "").strip()

    def plan_word(self, lines: Iterable[Line]) -> str:
        """The name of the budget these lines (or their total) are compared with, true of each:
        预算, 年初预算, 调整预算, or 全年预算 where they mix (see ``define``)."""
        return plan_label(self.data, list(lines))

    def define(self, *words: str) -> str:
        """``（全年预算：…）`` the first time the report uses 全年预算, else ""."""
        if WHOLE_YEAR not in words or WHOLE_YEAR in self.ledger.defined:
            return ""
        self.ledger.defined.add(WHOLE_YEAR)
        return f"（{WHOLE_YEAR_NOTE.rstrip('。')}，下同。）"

    def plan_word_of(self, key: str) -> str:
        """The budget word of the line a reason entry names (a function 科目, an item, the total)."""
        f = self.fig
        if key == TOTAL_KEY:
            return self.plan_word([f.spending.total])
        if key == rk.THREE_PUBLIC:
            return self.plan_word(f.three_public.lines)
        for lines in (f.spending.lines, f.income.lines, f.function_detail, f.three_public.lines,
                      [x for x in (f.meeting, f.training) if x is not None]):
            for x in lines:
                if x.key == key:
                    return self.plan_word([x])
        return self.plan_word([])

    @property
    def budget_word(self) -> str:
        """The name of the 年初 budget column: 预算, or 年初预算 where the unit also has 调整预算."""
        return "年初预算" if has_adjusted(self.data) else "预算"

    def entries(self, lines: Iterable[Line], current: str, base: str) -> list[Entry]:
        """(key, label, change) of each line; a function 类 also brings its 款 and 项, so that a
        reason the unit gave at a lower level reaches the sentence of the 类."""
        classes = {x.key for x in self.fig.functions.lines}
        out: list[Entry] = []
        for x in lines:
            out.append((x.key, ph.plain(x.name), diff(x.get(current), x.get(base))))
            if x.key in classes:
                for d in self.fig.function_descendants(x.key):
                    d = with_plan(d)
                    out.append((d.key, ph.within(ph.plain(x.name), d.name), diff(d.get(current), d.get(base))))
        return out

    def reasons(self, comparison: str, entries: Iterable[Entry], *more: tuple[str, Iterable[Entry]]) -> str:
        """The unit's reasons for the entries of one or more comparisons, grouped by text.

        Each reason says which comparison it explains (比上年, 比调整预算, 比年初预算 … by the line's
        own budget); a text already printed earlier is referred back to.
        """
        pairs = [(comparison, list(entries)), *((c, list(e)) for c, e in more)]
        explained: list[ph.Explained] = []
        for comp, items in pairs:
            for key, label, d in items:
                reason = self.fig.reason(comp, key)
                if reason is not None and d is not None:
                    basis = BASIS.get(comp, "").format(plan=self.plan_word_of(key))
                    explained.append((reason, label, d, basis))
        return ph.grouped_reasons(explained, self.ledger.said, self.ledger.here)


# how a paragraph that compares both ways names each comparison
BASIS = {"final_vs_budget": "比{plan}", "final_yoy": "比上年", "budget_yoy": "比上年预算"}


@dataclass
class Ledger:
    """What the text has said so far: each reason text and the heading it was printed under."""

    said: dict[str, str] = field(default_factory=dict)
    here: str = ""
    defined: set[str] = field(default_factory=set)  # terms defined in the text so far (全年预算)

    def enter(self, heading: str) -> None:
        self.here = heading


@dataclass
class Block:
    """The paragraphs of one section body, in order."""

    ctx: Context
    out: list[Paragraph] = field(default_factory=list)

    def body(self, *sentences: str) -> None:
        text = "".join(s for s in sentences if s)
        if text:
            self.out.append(Paragraph(Style.BODY, text))

    def chart(self, key: str) -> None:
        if key in self.ctx.charts:
            self.out.append(Paragraph(Style.CHART, ref=key))

    def table(self, key: str) -> None:
        if key in self.ctx.tables:
            self.out.append(Paragraph(Style.TABLE, ref=key))

    def own_text(self, key: str, default: str = "") -> None:
        """The unit's own text, one paragraph a line; when it is empty, ``default`` or a visible
        placeholder (an empty section is unfinished, not a statement that there is nothing)."""
        text = self.ctx.text(key)
        if not text:
            self.out.append(Paragraph(Style.BODY, default or ph.placeholder(key)))
            return
        for line in text.splitlines():
            if line.strip():
                self.out.append(Paragraph(Style.BODY, line.strip()))


def own(key: str, default: str = "") -> Callable[[Context], list[Paragraph]]:
    """A section body that is the unit's own text under ``key``."""

    def body(ctx: Context) -> list[Paragraph]:
        b = Block(ctx)
        b.own_text(key, default)
        return b.out

    return body
