"""One call from a unit's data to the whole report: figures, checks, indicators, tables,
charts and narrative. Pure: no file, no Excel, no clock."""

from __future__ import annotations

from dataclasses import dataclass

from . import narrative
from .core import charts as charts_mod
from .core import checks, figures, indicators, tables
from .core.findings import Finding, Level, count, sort_findings
from .core.model import UnitData


@dataclass(frozen=True)
class Report:
    data: UnitData
    figures: figures.Figures
    findings: tuple[Finding, ...]
    indicators: tuple[indicators.Indicator, ...]
    tables: dict[str, tables.Table]
    charts: tuple[charts_mod.Chart, ...]
    paragraphs: tuple[narrative.Paragraph, ...]

    @property
    def errors(self) -> int:
        return count(list(self.findings), Level.ERROR)

    @property
    def warnings(self) -> int:
        return count(list(self.findings), Level.WARNING)

    @property
    def notes(self) -> int:
        return count(list(self.findings), Level.INFO)

    @property
    def error_mark(self) -> str:
        """The mark a report carries while 审核 has 错误-level findings ("" when it has none)."""
        return f"存在{self.errors}项审核错误，仅供核对" if self.errors else ""

    @property
    def title(self) -> str:
        u = self.data.unit
        return f"{u.name}{u.year}年度部门决算分析报告（{u.edition}）"

    def text(self) -> str:
        """The narrative as plain text, one paragraph a line (tables and charts left out)."""
        return "\n".join(p.text for p in self.paragraphs if p.text)

    def as_dict(self) -> dict:
        """Every computed figure and finding, with stable keys (documented in the README)."""
        f = self.figures

        def line(x) -> dict:
            return {"key": x.key, "name": x.name, **{k: str(v) for k, v in x.values.items()}}

        def grp(g) -> dict:
            return {"lines": [line(x) for x in g.lines], "total": line(g.total)}

        return {
            "unit": {"name": self.data.unit.name, "year": self.data.unit.year,
                     "kind": self.data.unit.kind, "report_unit": self.data.settings.report_unit},
            "summary": {"errors": self.errors, "warnings": self.warnings, "notes": self.notes},
            "groups": {
                "income": grp(f.income), "spending": grp(f.spending), "functions": grp(f.functions),
                "economics": grp(f.economics), "three_public": grp(f.three_public),
                "balances": grp(f.balances),
            },
            "function_detail": [line(x) for x in f.function_detail],
            "tables": {k: t.as_dict() for k, t in self.tables.items()},
            "indicators": [i.as_dict() for i in self.indicators],
            "charts": [ch.as_dict() for ch in self.charts],
            "findings": [x.as_dict() for x in self.findings],
            "narrative": [p.as_dict() for p in self.paragraphs],
        }


def analyze(data: UnitData, read_findings: list[Finding] | tuple[Finding, ...] = ()) -> Report:
    """Analyse one unit; ``read_findings`` are the reader's, reported first."""
    fig = figures.build(data)
    found = sort_findings([*read_findings, *checks.run(fig)])
    inds = indicators.compute(fig)
    tbls = tables.build(fig, inds)
    chs = charts_mod.build(fig)
    paras = narrative.write(fig, inds, {ch.key for ch in chs}, set(tbls))
    return Report(data, fig, tuple(found), tuple(inds), tbls, tuple(chs), tuple(paras))
