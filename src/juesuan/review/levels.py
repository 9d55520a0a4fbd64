"""How grave a review finding is: one principle for every rule, applied once after the rules ran.

- 错误 — figures that contradict each other: a sum, a rate, a share, a change, the text against a
  table; a rate written of a budget of 0 (「完成预算的0%」 too, where the 决算 is 0 as well: there is no
  rate of nothing, and the 0 budget is printed in 公开07 or follows from the text).
- 警告 — a slip of writing or a broken convention, where no figure contradicts another: a missing
  元/万元/% or 年 (a 「万」 left out or doubled puts the amount ten thousand times off: an 错误),
  a doubled %, a misplaced thousands comma, a template word or placeholder left in,
  「增长100%」 where last year was 0.
- 提示 — what the rounding of the shown figures can explain, and what the text alone cannot settle.

A rule says what it found (the finding's ``nature``: ``CONTRADICTION``, ``SLIP``, ``ROUNDING``) when
one code covers cases of more than one nature (``QUESTION``: what may be a house style, such as a
headline's 「2024北京」); codes whose every finding is a slip are listed here
(``SLIPS``) and registered at 警告 in ``core.codes``. A finding with no nature keeps the level its
rule gave (a contradiction, or a rule's own 提示 for rounding).

The registry (``core.codes``: a code's level and the lower levels of the cases its meaning names, the
README's table) has the last word: a level its code does not register becomes the nearest registered
level above it (none above: the code's own), so the README and what the review reports never differ."""

from __future__ import annotations

from dataclasses import replace

from ..core.codes import CODES
from ..core.findings import LEVEL_ORDER, Level
from .base import ReviewFinding

CONTRADICTION, SLIP, ROUNDING, QUESTION = "contradiction", "slip", "rounding", "question"
LEVELS = {CONTRADICTION: Level.ERROR, SLIP: Level.WARNING, ROUNDING: Level.INFO, QUESTION: Level.INFO}

# codes that only ever report a slip of writing or a convention
SLIPS = frozenset({
    "R-UNIT-MISSING", "R-FORMAT-GROUP", "R-FORMAT-WIDTH", "R-FORMAT-PERCENT", "R-FORMAT-DECIMALS",
    "R-TYPO-YEAR", "R-REPEAT", "R-TEMPLATE", "R-FORMULA-UNIT",
})


def nature_of(f: ReviewFinding) -> str:
    return f.nature or (SLIP if f.code in SLIPS else "")


def leveled(found: list[ReviewFinding]) -> list[ReviewFinding]:
    """Each finding at the level its nature has. A slip a rule already calls a 提示 (a thousands
    separator missing where the rest of the text has one) stays a 提示: a slip is never an 错误."""
    out = []
    for f in found:
        nature = nature_of(f)
        level = LEVELS.get(nature, f.level)
        if nature == SLIP and f.level is Level.INFO:
            level = Level.INFO
        level = registered(f.code, level)
        out.append(replace(f, level=level) if level is not f.level else f)
    return out


def registered(code: str, level: Level) -> Level:
    """``level`` as the registry allows it for ``code``: itself when registered, else the nearest registered
    level above it, else (above every one) the code's own level."""
    entry = CODES.get(code)
    if entry is None or level in entry.levels:
        return level
    above = [x for x in entry.levels if LEVEL_ORDER[x] < LEVEL_ORDER[level]]
    return max(above, key=lambda x: LEVEL_ORDER[x]) if above else entry.level
