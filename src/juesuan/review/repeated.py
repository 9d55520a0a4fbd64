"""One habit, one alarm: a slip a rule finds again and again in one document, worded the same each time, is the
office's way of typing (「％」 for %, 「１，２３４．５６」 throughout), not so many slips — it is said once.

The last step of the review runner, after the levels are set and the places named: the 警告 and 提示 of one rule
whose messages read the same once their figures and quoted words are taken out (``form``) fold, where there are
more than ``MOST`` of them on one document, into the first of them; its message says how many there are and lists
every place with its figure, its 位置 says 「等N处」; it keeps the others (``ReviewFinding.others``), and the Word copy
bears its comment at each of them too (outputs.commented_docx). An 错误 never folds: two
contradictions are two problems, each with its own 应为 (one cause said once is the arbiter's: ``_one_cause``).

``MOST`` = 3: an office's slips of one kind come singly or in twos (the hands that wrote the stand-ins put at most
two of one form in a document, and a real document three at most); a habit runs through a document and gives ten
or more (25 for one office's 「％」).

What a finding says is missing or left from the template (``EACH``: 「未填报」, 「增加（减少）」) is not a way of typing
but a gap in the content, one at each place: those never fold, however many."""

from __future__ import annotations

import re
from dataclasses import replace

from ..core.findings import Level
from .base import ReviewFinding

MOST = 3
EACH = frozenset({"R-TEMPLATE"})

_QUOTED = re.compile(r"“[^”]*”|「[^」]*」|‘[^’]*’")
_FIGURE = re.compile(r"[−+\-]?[0-9０-９][0-9０-９,.，．]*\s*(?:亿元|万元|元|%|％)?")


def form(message: str) -> str:
    """``message`` with its figures and quoted words out: what the findings of one habit share."""
    return _FIGURE.sub("#", _QUOTED.sub("“”", message))


def one_per_habit(found: list[ReviewFinding]) -> list[ReviewFinding]:
    """``found`` with each run of more than ``MOST`` 警告 or 提示 of one rule and one message form folded into its
    first (see the module's text); the rest as they are, in their order."""
    groups: dict[tuple, list[ReviewFinding]] = {}
    for f in found:
        if f.level in (Level.WARNING, Level.INFO) and f.code not in EACH:
            groups.setdefault((f.code, f.level, form(f.message)), []).append(f)
    folded = {id(g[0]): g for g in groups.values() if len(g) > MOST}
    gone = {id(f) for g in folded.values() for f in g[1:]}
    return [_said_once(folded[id(f)]) if id(f) in folded else f for f in found if id(f) not in gone]


def _said_once(group: list[ReviewFinding]) -> ReviewFinding:
    first = group[0]
    places = "；".join(dict.fromkeys(f"{f.place}（{f.written_figure or f.figure}）" if f.figure else f.place
                                     for f in group))
    message = (f"{first.message.rstrip('。')}。全文共{len(group)}处同样的写法，可能是本文件的书写习惯，"
               f"合为一条，请逐处核对：{places}。")
    return replace(first, message=message, place=f"{first.place}等{len(group)}处", others=tuple(group[1:]))
