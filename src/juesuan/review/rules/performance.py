"""预算绩效管理: 「编报绩效目标的项目2个，涉及预算金额A」「对2个项目开展绩效自评，涉及预算金额A，决算B」 — the
预算 of the projects whose 绩效 the text reports. Where every 项 row of 项目支出 (公开03; else the fund tables) has no
基本支出 and the text gives each of those 项 its 年初预算 (by its code, or by its 项 name and 决算 where a 类/款 name
above it is a slip), an A that is their 支出决算 added up while their 年初预算 add up to another amount is the 决算
written for the 预算: a 警告 (the 预算 meant may be a 全年预算 the text does not give), 应为 the 年初预算 added up.
An A that is neither is not questioned."""

from __future__ import annotations

import re
from decimal import Decimal

from ...core.findings import Level
from ..base import ReviewFinding, amt, finding, iv, iv_sum, meets, show
from ..blocks import Block
from ..figures import Figure
from ..sentences import levels_of, text_sentences
from ..subjects import FUND_TABLE, T3, items, plain

# the amount the projects with 绩效 cover, named as their 预算: 「涉及预算金额A」「涉及项目预算资金A」
_COVERS = re.compile(r"(?:涉及|覆盖|对应)(?:项目)?预算(?:金额|资金)(?:合计|共计|总计)?(?:为|是|约)?\s*$")


def _project_items(blocks: list[Block]) -> list | None:
    """The text's 项 that are all the unit's 项目支出: every 项 row of 项目支出 in the 支出决算表 (公开03; else the
    fund tables) has no 基本支出, and one 项 of the text (by its code, or by its 项 name) with its 年初预算 and a
    决算 that is the row's; None when any is not so (a row of both kinds, a 项 without its 年初预算, a 全年预算
    beside it)."""
    from .items import _SPENT, _table_rows

    tables = _table_rows(blocks)
    kinds = [T3] if T3 in tables else [k for k in FUND_TABLE.values() if k in tables]
    project: dict[str, tuple[str, Figure]] = {}
    for kind, code, row in ((k, c, r) for k in kinds for c, r in tables[k].items() if len(c) == 7):
        at = _SPENT.get(kind, 2)  # 公开08/09 open with 年初结转和结余 and 本年收入
        basic, spent = (*row.amounts[at + 1: at + 3], None, None)[:2]
        if spent is not None and spent.value:
            if basic is not None and basic.value:
                return None  # a 项 of both kinds: its 项目支出's budget is not said apart
            project[code] = (row.name, spent)
    said = []
    for code, (name, spent) in project.items():
        # the 项 by its code, or by its 项 name and 决算 where a 类/款 name above it is a slip (R-CODE-NAME's)
        told = [it for it in items(blocks) if it.final is not None and meets(iv(it.final.figure), iv(spent))
                and (it.code == code or plain(it.xiang) == name)]
        if len(told) != 1 or told[0].budget is None or told[0].full is not None:
            return None
        said.append(told[0])
    return said or None


def rule_performance_budget(blocks: list[Block]) -> list[ReviewFinding]:
    """The 预算金额 a 绩效 sentence gives against the project 项's 年初预算 and 支出决算 (see the module's
    docstring)."""
    said = [(bi, b, s, g) for bi, b, s in text_sentences(blocks) if "绩效" in s.text
            for g in levels_of(s.figs) if _COVERS.search(s.text[: g.f.start])]
    if not said or not (projects := _project_items(blocks)):
        return []
    spent = iv_sum([iv(it.final.figure) for it in projects])
    budgets = [it.budget.figure for it in projects]
    planned = iv_sum([iv(f) for f in budgets])
    exact = sum((f.yuan() for f in budgets), Decimal(0))
    names = "、".join(it.xiang for it in projects)
    out = []
    for bi, b, s, g in said:
        if not meets(iv(g.f), spent) or meets(iv(g.f), planned):
            continue
        right = show(exact, g.f)
        out.append(finding(
            Level.WARNING, "R-SUM",  # a 全年预算 unsaid would make A right: the reviewer checks
            f"绩效涉及的预算金额{g.f.raw}恰为只有项目支出的{len(projects)}个项（{names}）的支出决算之和；正文所写"
            f"这些项的年初预算合计为{right}：可能把决算数写成了预算数（如所说的是调整后的全年预算，请写明）。",
            # (each 项 named in the arithmetic: the total is the figure shown wrong, not a sum to blame a part of)
            bi, b, s.text, g.f, right,
            " + ".join(f"{it.xiang}{amt(f)}" for it, f in zip(projects, budgets, strict=True)) + f" = {right}",
        ))
    return out
