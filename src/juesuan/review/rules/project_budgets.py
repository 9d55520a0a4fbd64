"""The 预算 of the unit's projects in its 绩效 paragraph (「对全部3个项目开展绩效自评，涉及预算金额A万元，决算B万元」)
against the 年初预算 the text gives each 项 of 项目支出 in 五(三): where B is all the 项目支出 the tables show, A is
those 项's 年初预算 added up."""

from __future__ import annotations

from decimal import Decimal

from ...core.findings import Level
from ..base import ReviewFinding, finding, iv, iv_sum, meets, show
from ..blocks import Block
from ..figures import Figure
from ..sentences import text_sentences
from ..subjects import FUND_TABLE, T3, items, plain


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


def rule_project_budgets(blocks: list[Block]) -> list[ReviewFinding]:
    """「涉及预算金额A，决算B」 of the projects a 绩效 sentence names, where B is the 决算 of all the 项目支出 (its 项
    each described in 五(三) with its 年初预算): A written as B while those 年初预算 add up to another amount — the
    决算 put for the 预算. (A that is neither may be a 全年预算 the text does not give: not questioned.)"""
    from .disclosure import _pair

    said: list | None = None
    out = []
    for bi, b, s in text_sentences(blocks):
        if "绩效" not in s.text or "项目" not in s.text or (pair := _pair(s.figs, s.text)) is None:
            continue
        bud, fin = pair
        if bud.yuan() != fin.yuan():
            continue
        said = _project_items(blocks) if said is None else said
        if not said:
            return []
        if not meets(iv_sum([iv(it.final.figure) for it in said]), iv(fin)):
            continue  # not all the 项目支出: which projects they are is not known
        budgets = [it.budget.figure for it in said]
        total = sum((f.yuan() for f in budgets), Decimal(0))
        if meets(iv_sum([iv(f) for f in budgets]), iv(bud)):
            continue
        parts = "＋".join(f"{it.xiang}{it.budget.figure.raw}" for it in said)
        out.append(finding(
            Level.WARNING, "R-SUM",  # a 全年预算 unsaid would make A right: the reviewer checks
            f"项目的预算金额写成了决算数{fin.raw}：项目支出的{len(said)}个项（见一般公共预算财政拨款支出决算具体情况）"
            f"年初预算之和为{show(total, bud)}（如所说的是调整后的全年预算，请写明）。",
            bi, b, s.text, bud, show(total, bud), f"{parts}＝{show(total, bud)}",
        ))
    return out
