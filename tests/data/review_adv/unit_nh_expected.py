"""Writes ``nanhu-*.expected.toml`` (the 上海市南湖区 stand-ins' errors) from the unit modules' ``SLIPS`` and
``TABLE_SLIPS``: every correct value there is computed in Decimal from the unit's figures, none typed by hand.
All three were sealed when written (``held_out = true``); ``OPENED`` lists those opened since.

Run after make.py: ``python tests/data/review_adv/unit_nh_expected.py``."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

import unit_nh_danganguan  # noqa: E402
import unit_nh_sifaju  # noqa: E402
import unit_nh_xinqiao  # noqa: E402
from expected_writer import Style, Writer  # noqa: E402

MODULES = [unit_nh_sifaju, unit_nh_danganguan, unit_nh_xinqiao]
# opened by rev7 (its findings read, tuning material since): 档案馆, 4/7 found with 1 false alarm while sealed;
# 司法局 and 新桥 stay sealed.
OPENED = {"nanhu-danganguan-2024": "2026-12-06"}
CHECKED = (
    "Written by the fifth hand (tests/data/review_adv/unit_nh_*.py): the nine tables are make.py's, computed from the "
    "unit's figures; every figure of the 情况说明 is formatted from the same figures (Decimal, rounded half-up once), "
    "then the errors below were put in, one replacement each; each correct value is computed from the figures by "
    "unit_nh_expected.py's modules, not typed."
)
WRITER = Writer("nh", MODULES, OPENED, Style(
    comment=("# {name} 2024年度部门决算 — the errors put in ({script} wrote this from {module}.py){seal}",),
    seal=(". OPENED {opened}: tuning material since.", ""),
    source="invented stand-in (tests/data/review_adv/{module}.py), fifth hand, 2026-12-06",
    complete="whole document: 第一部分 概况, the nine tables, 第三部分 情况说明 一–十一, 第四部分 名词解释",
    checked=CHECKED,
))
render = WRITER.render

if __name__ == "__main__":
    WRITER.main()
