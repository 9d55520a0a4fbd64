"""What every section body reads (the figures, the unit's words, which tables and charts exist),
and a small builder for the paragraphs of one body."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from ..core.compare import diff
from ..core.figures import Figures
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

    def reasons(self, comparison: str, entries: Iterable[Entry], *more: tuple[str, Iterable[Entry]]) -> str:
        """The unit's reasons for the entries of one or more comparisons, grouped by text."""
        explained: list[ph.Explained] = []
        for comp, items in ((comparison, entries), *more):
            for key, label, d in items:
                reason = self.data.reason(comp, key)
                if reason is not None and d is not None:
                    explained.append((reason, label, d))
        return ph.grouped_reasons(explained)


def entries(lines: Iterable[Line], current: str, base: str) -> list[Entry]:
    return [(x.key, x.name, diff(x.get(current), x.get(base))) for x in lines]


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

    def own_text(self, key: str, default: str = "无。") -> None:
        """The unit's own text, one paragraph a line; ``default`` when it is empty."""
        text = self.ctx.text(key)
        if not text:
            self.out.append(Paragraph(Style.BODY, default))
            return
        for line in text.splitlines():
            if line.strip():
                self.out.append(Paragraph(Style.BODY, line.strip()))


def own(key: str, default: str = "无。") -> Callable[[Context], list[Paragraph]]:
    """A section body that is the unit's own text under ``key``."""

    def body(ctx: Context) -> list[Paragraph]:
        b = Block(ctx)
        b.own_text(key, default)
        return b.out

    return body
