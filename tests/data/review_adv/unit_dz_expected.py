"""Writes ``<id>.expected.toml`` for the twenty-first hand's units (上海市荻洲区) from each unit module's ``SLIPS`` (and
``TOLERATED``): every correct value is computed there in Decimal from the unit's figures, the same figures make.py
computes the nine tables from. All three sealed when written (``held_out``, no ``opened``).

Run: ``python tests/data/review_adv/unit_dz_expected.py`` (after make.py)."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

import unit_dz_gongshanglian  # noqa: E402
import unit_dz_huanwei  # noqa: E402
import unit_dz_zuzhibu  # noqa: E402
from expected_writer import ON_PURPOSE, Writer  # noqa: E402

MODULES = [unit_dz_zuzhibu, unit_dz_gongshanglian, unit_dz_huanwei]
# opened for rev46 (4/7, 4 false alarms while sealed)
OPENED: dict[str, str] = {"dizhou-gongshanglian-2024": "2026-12-07"}
WRITER = Writer("dz", MODULES, OPENED, replace(
    ON_PURPOSE, complete="whole document: 第一部分 概况, the nine tables, 第三部分 情况说明, 第四部分 名词解释",
), district="上海市荻洲区", ordinal="twenty-first")
render = WRITER.render

if __name__ == "__main__":
    WRITER.main()
