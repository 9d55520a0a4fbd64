"""How grave a review finding is: one principle for every rule, applied once after the rules ran.

- 错误 — figures that contradict each other: a sum, a rate, a share, a change, the text against a
  table; a rate written of a budget of 0 while the 决算 is not 0.
- 警告 — a slip of writing or a broken convention, where no figure contradicts another: a missing
  元/万元/% or 年, a doubled %, a misplaced thousands comma, a template word or placeholder left in,
  「完成预算的0%」 where the budget and the 决算 are both 0, 「增长100%」 where last year was 0.
- 提示 — what the rounding of the shown figures can explain, and what the text alone cannot settle.

A rule says what it found (the finding's ``nature``: ``CONTRADICTION``, ``SLIP``, ``ROUNDING``) when
one code covers cases of more than one nature (``QUESTION``: what may be a house style, such as a
headline's 「2024北京」); codes whose every finding is a slip are listed here
(``SLIPS``) and registered at 警告 in ``core.codes``. A finding with no nature keeps the level its
rule gave (a contradiction, or a rule's own 提示 for rounding)."""

from __future__ import annotations

from dataclasses import replace

from ..core.findings import Level
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
        out.append(replace(f, level=level) if level is not f.level else f)
    return out
