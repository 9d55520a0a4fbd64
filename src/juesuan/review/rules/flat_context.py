"""持平 with no figures of its own: "X支出决算为A万元，比上年决算数持平" where last year's amount of X
is stated elsewhere in the document (one amount, under the same line and kind)."""
from __future__ import annotations

import re

from ...core.findings import Level
from ...core.fmt import number
from ..base import ReviewFinding, amt, finding, iv, meets, show
from ..extract import Block
from ..sentences import report_year, sentences
from .statements import _statements

# 持平 against last year, the base not written: "比上年决算数持平", "与上年持平", "较上年度持平"
_FLAT_LAST = re.compile(r"(?:比|较|与)(?:上年|去年|上年度)(?:同期)?(?P<kind>决算|预算)?数?(?:基本)?持平")


def rule_flat_context(blocks: list[Block]) -> list[ReviewFinding]:
    """The amount a 持平 is said of against last year's amount of the same line stated elsewhere."""
    year = report_year(blocks)
    if year is None:
        return []
    keys: dict[int, tuple] = {}  # each stated amount's (year, 预算/决算, scope, line)
    values: dict[tuple, dict] = {}
    for key, f, _, _, _ in _statements(blocks, year):
        keys[id(f)] = key
        values.setdefault(key, {})[f.yuan()] = f
    out: list[ReviewFinding] = []
    for bi, b in enumerate(blocks):
        if b.is_table or "持平" not in b.text:
            continue
        for s in sentences(b.text):
            for m in _FLAT_LAST.finditer(s.text):
                clause_start = max(s.text.rfind(c, 0, m.start()) for c in "；;。") + 1
                mine = [g for g in s.figs if clause_start <= g.f.start < m.start() and g.f.is_money and not g.paren
                        and g.role != "budget"]  # "完成全年预算B万元的X%": the rate's base, not a line's amount
                if len(mine) != 1 or mine[0].role != "level" or "基本" in m.group(0):
                    continue  # the base is in the clause (flat.flat_said), or which amount is meant is unclear
                a = mine[0]
                own = keys.get(id(a.f))
                if own is None or own[0] != year or (m.group("kind") and m.group("kind") != own[1]):
                    continue
                line = own[3]
                before = values.get((year - 1, *own[1:]), {})
                if len(before) != 1:
                    continue
                prior = next(iter(before.values()))
                if meets(iv(a.f), iv(prior)):
                    continue
                d = a.f.yuan() - prior.yuan()
                word = "增加" if d > 0 else "减少"
                out.append(finding(
                    Level.ERROR, "R-FLAT",
                    f"“持平”与上年数不符：上年{line}为{prior.raw}，本年{a.f.raw}，应为“{word}{show(abs(d), a.f)}”。",
                    bi, b, s.text, a.f, f"{word}{show(abs(d), a.f)}",
                    f"{amt(a.f)} − {amt(prior)} = {number(d)}",
                ))
    return out
