"""Writes ``<id>.expected.toml`` for the twenty-fourth hand's units (上海市漕湾区) from each unit module's
``SLIPS`` (and ``TOLERATED``): every correct value is computed there in Decimal from the unit's figures, the same
figures make.py computes the nine tables from. All three sealed when written (``held_out``, no ``opened``).

Run: ``python tests/data/review_adv/unit_cw_expected.py`` (after make.py)."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

import unit_cw_keji  # noqa: E402
import unit_cw_tongzhan  # noqa: E402
import unit_cw_zhongcaiyuan  # noqa: E402
from expected_writer import ON_PURPOSE, Writer  # noqa: E402

MODULES = [unit_cw_tongzhan, unit_cw_zhongcaiyuan, unit_cw_keji]
OPENED: dict[str, str] = {"caowan-keji-2024": "2026-12-07"}  # all three sealed when written; opened since
WRITER = Writer("cw", MODULES, OPENED, replace(
    ON_PURPOSE, complete="whole document: 第一部分 概况, the nine tables, 第三部分 情况说明, 第四部分 名词解释",
), district="上海市漕湾区", ordinal="twenty-fourth")
render = WRITER.render

if __name__ == "__main__":
    WRITER.main()
