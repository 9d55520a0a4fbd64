"""Rules between the text and its tables and charts: a chart's values against the text."""
from __future__ import annotations

import re
from decimal import Decimal

from ...core.findings import Level
from ...core.fmt import number, round2
from ..base import (
    LIST_MARK,
    ReviewFinding,
)
from ..extract import Block
from ..figures import find_figures
from ..sentences import (
    context_of,
    report_year,
    sentences,
)


def rule_charts(blocks: list[Block]) -> list[ReviewFinding]:
    """A chart's values (万元) against the same amounts in the text (year, 预算/决算, line)."""
    year = report_year(blocks)
    stated: dict[tuple[int | None, str, str], set[Decimal]] = {}
    for b in blocks:
        if b.is_table:
            continue
        sents = sentences(b.text)
        for k, s in enumerate(sents):
            m = LIST_MARK.search(s.text)
            ctx_text = (
                s.text[: m.start()]
                if m and find_figures(s.text[: m.start()])
                else (sents[k - 1].text if m and k else "")
            )
            for g in s.figs:
                if g.role != "level" or g.paren or not g.f.is_money:
                    continue
                label = re.split(r"[，,。；;：:、]", g.pre)[-1]
                y, kind = context_of(ctx_text + label, year)
                for name in _LINES:
                    if name in label:
                        stated.setdefault((y, kind, name), set()).add(g.f.yuan())
    out = []
    for bi, b in enumerate(blocks):
        if not (b.is_table and b.text.startswith("图：")):
            continue
        header = b.rows[0]
        for row in b.rows[1:]:
            y, kind = context_of(row[0], year)
            if not kind:
                kind = context_of(b.text, year)[1] or ("预算" if "年初" in b.text else "")
            for c, cell in enumerate(row[1:], start=1):
                line = next((n for n in _LINES if c < len(header) and header[c].startswith(n[:4])), None)
                figs = find_figures(cell, bare_money=True)
                if line is None or len(figs) != 1:
                    continue
                vals = stated.get((y, kind, line))
                if not vals or len(vals) != 1:
                    continue
                text_value = next(iter(vals))
                shown = figs[0].value
                h = Decimal(5).scaleb(-figs[0].decimals - 1)
                if abs(text_value / 10000 - shown) > h:
                    exp = round2(text_value / 10000)
                    out.append(
                        ReviewFinding(
                            Level.ERROR,
                            "R-CHART",
                            f"图中“{row[0]} {header[c]}”为{cell}万元，正文为{number(text_value)}元（{exp}万元）。",
                            quote=f"{b.text[2:]}：{row[0]} {header[c]} {cell}",
                            place=b.place,
                            expected=f"{exp}",
                            why=f"{number(text_value)} ÷ 10,000 = {exp}万元",
                            block=bi,
                            figure=cell,
                        )
                    )
    return out


_LINES = (
    "人员经费",
    "公用经费",
    "项目支出",
    "一般公共服务",
    "社会保障和就业",
    "卫生健康",
    "住房保障",
    "教育",
    "科学技术",
    "文化旅游体育与传媒",
    "节能环保",
    "城乡社区",
    "农林水",
    "交通运输",
)


