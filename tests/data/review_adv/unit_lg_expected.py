"""Writes ``liugang-*.expected.toml`` (上海市柳港区, the eleventh hand) from the unit modules' SLIPS: each error as
written, its kind, the correct value computed in Decimal from the figures, its calc, and why. All three documents
are sealed when written (``held_out = true``; ``OPENED`` lists those opened since).

Run after make.py: ``python tests/data/review_adv/unit_lg_expected.py``."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

import unit_lg_canlian  # noqa: E402
import unit_lg_dashuju  # noqa: E402
import unit_lg_fangguan  # noqa: E402
from expected_writer import SECTION_LAST, Style, Writer  # noqa: E402

MODULES = [unit_lg_fangguan, unit_lg_canlian, unit_lg_dashuju]
# opened by rev28 (its findings read, tuning material since): 房屋管理局 5/8 with 3 false alarms while sealed
OPENED: dict[str, str] = {"liugang-fangguan-2024": "2026-12-07"}
WRITER = Writer("lg", MODULES, OPENED, Style(
    comment=("# {name} 2024年度部门决算 — the errors put in ({script} wrote this from {module}.SLIPS).",),
    title="{name}2024年度部门决算（虚构）",
    source="invented stand-in: tests/data/review_adv/make.py + {module}.py (上海市柳港区, eleventh hand)",
    complete=True,
    checked="{checked}",
    order=SECTION_LAST,
))
render = WRITER.render

if __name__ == "__main__":
    WRITER.main()
