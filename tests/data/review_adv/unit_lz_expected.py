"""Writes ``luzhou-*.expected.toml`` (the thirty-fourth set, 上海市鹭洲区) from the unit modules' ``SLIPS``: each error
as written, its correct value (computed in Decimal from the unit's figures, in the module) and why, then the
``TOLERATED`` figures. All three documents are sealed when written (``held_out = true``; ``OPENED`` lists those opened
since). Run after make.py: ``python tests/data/review_adv/unit_lz_expected.py``."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

import unit_lz_fuban  # noqa: E402
import unit_lz_jingwei  # noqa: E402
import unit_lz_qiaolian  # noqa: E402
from expected_writer import SECTION_FIRST, Style, Writer  # noqa: E402

MODULES = [unit_lz_fuban, unit_lz_qiaolian, unit_lz_jingwei]
OPENED: dict[str, str] = {"luzhou-fuban-2024": "2026-12-08 by rev66", "luzhou-qiaolian-2024": "2026-12-08 by rev66"}
# the thirty-fourth hand's header words; an error's keys section first, a table error's rows named with their table
STYLE = Style(
    comment=("# {name}2024年度部门决算 — {district}, the {ordinal} hand's stand-in ({module}.py, rendered by make.py).",
             "# {script} wrote this file; every correct value is computed in Decimal in the module. {seal}"),
    seal=("OPENED {opened}: tuning material since.", "Sealed: its findings are never read by a rule's author."),
    source="invented stand-in ({district}): tests/data/review_adv/{module}.py",
    complete="whole document: 第一部分 概况, the nine 公开 tables, 第三部分 情况说明 一–十一, 第四部分 名词解释",
    checked="each correct value computed in Decimal from the figures make.py computes the nine tables from; each calc "
    "evaluates to its correct value as shown",
    order=SECTION_FIRST,
    table_in_rows=True,
)
WRITER = Writer("lz", MODULES, OPENED, STYLE, district="上海市鹭洲区", ordinal="thirty-fourth")
render = WRITER.render

if __name__ == "__main__":
    WRITER.main()
