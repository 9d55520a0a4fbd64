"""Writes ``chengpu-*.expected.toml`` (上海市澄浦区, the twelfth hand) from the unit modules' SLIPS: each error as
written, its correct value (computed in Decimal from the unit's figures in the module), why, and where. All three
sealed when written (``held_out = true``, no ``opened``). Run after make.py:
``python tests/data/review_adv/unit_cp_expected.py``."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

import unit_cp_bowuguan  # noqa: E402
import unit_cp_hongshizihui  # noqa: E402
import unit_cp_jiaowei  # noqa: E402
from expected_writer import Style, Writer  # noqa: E402

MODULES = [unit_cp_jiaowei, unit_cp_hongshizihui, unit_cp_bowuguan]
OPENED: dict[str, str] = {}
WRITER = Writer("cp", MODULES, OPENED, Style(
    comment=("# {name} 2024年度部门决算 — the errors put in ({script} wrote this from {module}.SLIPS)",),
    source="invented stand-in: tests/data/review_adv/{module}.py (make.py writes the document)",
    complete="the whole document: 目录, 第一部分, the nine tables, 第三部分 一–十一, 第四部分",
    checked="{checked}",
))
render = WRITER.render

if __name__ == "__main__":
    WRITER.main()
