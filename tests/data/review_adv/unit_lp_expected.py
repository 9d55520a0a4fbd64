"""Writes ``liaopu-*.expected.toml`` (the thirty-eighth set, 上海市蓼浦区) from the unit modules' ``SLIPS``: each error
as written, its correct value (computed in Decimal from the unit's figures, in the module) and why, then the
``TOLERATED`` figures. All three documents are sealed when written (``held_out = true``; ``OPENED`` lists those opened
since). Run after make.py: ``python tests/data/review_adv/unit_lp_expected.py``."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

import unit_lp_bianban  # noqa: E402
import unit_lp_hezuo  # noqa: E402
import unit_lp_kaoshi  # noqa: E402
from expected_writer import SECTION_LAST, Style, Writer  # noqa: E402

MODULES = [unit_lp_hezuo, unit_lp_bianban, unit_lp_kaoshi]
OPENED: dict[str, str] = {}  # all three sealed when written (2026-12-08)
# the thirty-eighth hand's header words; an error's keys section last, a table error's rows named with their table
STYLE = Style(
    comment=("# {name}2024年度部门决算 — {district}, the {ordinal} hand's stand-in ({module}.py, rendered by make.py).",
             "# {script} wrote this file; every correct value is computed in Decimal in the module. {seal}"),
    seal=("OPENED {opened}: tuning material since.", "Sealed: its findings are never read by a rule's author."),
    source="invented stand-in ({district}): tests/data/review_adv/{module}.py",
    complete="whole document: 第一部分 概况, the nine 公开 tables, 第三部分 情况说明 一–十一, 第四部分 名词解释",
    checked="each correct value computed in Decimal from the figures make.py computes the nine tables from; each calc "
    "evaluates to its correct value as shown",
    order=SECTION_LAST,
    table_in_rows=True,
)
WRITER = Writer("lp", MODULES, OPENED, STYLE, district="上海市蓼浦区", ordinal="thirty-eighth")
render = WRITER.render

if __name__ == "__main__":
    WRITER.main()
