"""Writes ``hewan-*.expected.toml`` (上海市鹤湾区, ninth set, all sealed) from the unit modules' ``SLIPS``: each
error with the figure as written, its correct value (computed in Decimal from the unit's figures) and why.
Run after make.py: ``python tests/data/review_adv/unit_hw_expected.py``; tests/test_review_adv.py checks the
committed files are this script's output."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

import unit_hw_guihua  # noqa: E402
import unit_hw_jiaoyi  # noqa: E402
import unit_hw_shangwu  # noqa: E402
from expected_writer import SECTION_LAST, Style, Writer  # noqa: E402

MODULES = [unit_hw_guihua, unit_hw_shangwu, unit_hw_jiaoyi]
OPENED: dict[str, str] = {}  # none: all three sealed when written (2026-12-07)
WRITER = Writer("hw", MODULES, OPENED, Style(
    comment=(),
    source="invented stand-in: tests/data/review_adv/make.py with {module}.py (上海市鹤湾区, ninth set)",
    complete="the whole document: 概况, the nine tables, 情况说明 一–十一, 名词解释",
    checked="every correct value computed in Decimal from the unit's figures ({module}.SLIPS)",
    order=SECTION_LAST,
))
render = WRITER.render

if __name__ == "__main__":
    WRITER.main()
