"""预算绩效管理: 「编报绩效目标的项目2个，涉及预算金额A」 — the 预算 of the projects whose 绩效目标 are
reported. Where every 项 with 项目支出 in the 支出决算表 is a project 项 (no 基本支出) and the text gives each its
年初预算, an A that is their 支出决算 added up to the cent while their 年初预算 add up to another amount is the
决算 written for the 预算: a 警告 (the 预算 meant may be a 全年预算 the text does not give), 应为 the 年初预算 added
up."""

from __future__ import annotations

import re
from decimal import Decimal

from ...core.findings import Level
from ..base import ReviewFinding, amt, finding, iv, iv_sum, meets, show
from ..blocks import Block
from ..figures import Figure
from ..sentences import levels_of, text_sentences
from ..subjects import items
from .basic_items import _basic_project

# the amount the projects with 绩效目标 cover, named as their 预算: 「涉及预算金额A」「涉及项目预算资金A」
_COVERS = re.compile(r"(?:涉及|覆盖|对应)(?:项目)?预算(?:金额|资金)(?:合计|共计|总计)?(?:为|是|约)?\s*$")


def rule_performance_budget(blocks: list[Block]) -> list[ReviewFinding]:
    """The 预算金额 the 绩效 sentence gives against the project 项's 年初预算 and 支出决算 (see the module's
    docstring)."""
    said = [(bi, b, s, g) for bi, b, s in text_sentences(blocks) if "绩效" in s.text
            for g in levels_of(s.figs) if _COVERS.search(s.text[: g.f.start])]
    if not said:
        return []
    rows = _basic_project(blocks)
    projects = {code: pairs[0] for code, pairs in rows.items() if code.isdigit() and pairs[0][1] is not None
                and pairs[0][1].value}
    if not projects or any(basic is None or basic.value for basic, _ in projects.values()):
        return []  # a 项 with 基本支出 too: its 年初预算 is not the projects' alone
    budgets: dict[str, Figure] = {}
    names: dict[str, str] = {}
    for it in items(blocks):
        if it.code in projects and it.budget is not None and it.full is None:
            budgets.setdefault(it.code, it.budget.figure)
            names.setdefault(it.code, it.name)
    if set(budgets) != set(projects):
        return []
    spent = iv_sum([iv(p) for _, p in projects.values() if p is not None])
    planned = iv_sum([iv(f) for f in budgets.values()])
    exact = sum((f.yuan() for f in budgets.values()), Decimal(0))
    out = []
    for bi, b, s, g in said:
        if not meets(iv(g.f), spent) or meets(iv(g.f), planned):
            continue
        right = show(exact, g.f)
        out.append(finding(
            Level.WARNING, "R-SUM",
            f"绩效目标涉及的预算金额{g.f.raw}恰为只有项目支出的{len(projects)}个项（{'、'.join(names.values())}）的"
            f"支出决算之和；正文所写这些项的年初预算合计为{right}：可能把决算数写成了预算数，请核对。",
            # (each 项 named in the arithmetic: the total is the figure shown wrong, not a sum to blame a part of)
            bi, b, s.text, g.f, right, " + ".join(f"{names[c]}{amt(f)}" for c, f in budgets.items()) + f" = {right}",
        ))
    return out
