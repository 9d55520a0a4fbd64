"""Writes ``<id>.expected.toml`` for the twenty-seventh hand's units (上海市石埭区) from each unit module's
``SLIPS`` (and ``TOLERATED``): every correct value is computed there in Decimal from the unit's figures, the same
figures make.py computes the nine tables from. All three sealed when written (``held_out``, no ``opened``).

Run: ``python tests/data/review_adv/unit_sd_expected.py`` (after make.py)."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

import unit_sd_jingwei  # noqa: E402
import unit_sd_touzicu  # noqa: E402
import unit_sd_zhengfuban  # noqa: E402
from expected_writer import ON_PURPOSE, Writer  # noqa: E402

MODULES = [unit_sd_zhengfuban, unit_sd_jingwei, unit_sd_touzicu]
OPENED: dict[str, str] = {}  # all three sealed when written
WRITER = Writer("sd", MODULES, OPENED, replace(
    ON_PURPOSE, complete="whole document: 第一部分 概况, the nine tables, 第三部分 情况说明, 第四部分 名词解释",
), district="上海市石埭区", ordinal="twenty-seventh")
render = WRITER.render

if __name__ == "__main__":
    WRITER.main()
