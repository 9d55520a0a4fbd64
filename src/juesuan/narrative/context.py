"""What every section body reads (the figures, the unit's words, which tables and charts exist),
and a small builder for the paragraphs of one body."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from ..core.compare import diff
from ..core.figures import Figures, has_adjusted, plan_label, with_plan
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
        """The name of the budget these lines are compared with: 预算, 年初预算 or 调整预算."""
        return plan_label(self.data, list(lines))

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
                    out.append((d.key, f"{ph.plain(x.name)}中{d.name}", diff(d.get(current), d.get(base))))
        return out

    def reasons(self, comparison: str, entries: Iterable[Entry], *more: tuple[str, Iterable[Entry]],
                plan: str = "预算") -> str:
        """The unit's reasons for the entries of one or more comparisons, grouped by text.

        Where the paragraph compares both ways (with the budget and with last year), each reason
        says which comparison it explains; a text already printed earlier is referred back to.
        """
        pairs = [(comparison, list(entries)), *((c, list(e)) for c, e in more)]
        compared = [comp for comp, items in pairs if any(d is not None for _, _, d in items)]
        explained: list[ph.Explained] = []
        for comp, items in pairs:
            basis = BASIS.get(comp, "").format(plan=plan) if len(compared) > 1 else ""
            for key, label, d in items:
                reason = self.fig.reason(comp, key)
                if reason is not None and d is not None:
                    explained.append((reason, label, d, basis))
        return ph.grouped_reasons(explained, self.ledger.said, self.ledger.here)


# how a paragraph that compares both ways names each comparison
BASIS = {"final_vs_budget": "比{plan}", "final_yoy": "比上年", "budget_yoy": "比上年预算"}


@dataclass
class Ledger:
    """What the text has said so far: each reason text and the heading it was printed under."""

    said: dict[str, str] = field(default_factory=dict)
    here: str = ""

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
