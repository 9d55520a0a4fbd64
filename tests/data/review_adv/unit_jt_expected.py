"""Writes ``jintang-*.expected.toml`` (the thirtieth set, 上海市金塘区) from the unit modules' ``SLIPS``: each
error as written, its correct value (computed in Decimal from the unit's figures, in the module) and why. All three
documents are sealed when written (``held_out = true``; ``OPENED`` lists those opened since). Run after make.py:
``python tests/data/review_adv/unit_jt_expected.py``."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

import unit_jt_dongfang  # noqa: E402
import unit_jt_laoganbu  # noqa: E402
import unit_jt_renmin_yiyuan  # noqa: E402
from expected_writer import ON_PURPOSE, Writer  # noqa: E402

MODULES = [unit_jt_laoganbu, unit_jt_dongfang, unit_jt_renmin_yiyuan]
# all three sealed when written (2026-12-07); opened since: 人民医院 and 动防中心 by rev62
OPENED: dict[str, str] = {"jintang-renmin-yiyuan-2024": "2026-12-07", "jintang-dongfang-2024": "2026-12-07"}  # rev62
WRITER = Writer("jt", MODULES, OPENED, ON_PURPOSE, district="上海市金塘区", ordinal="thirtieth")
render = WRITER.render

if __name__ == "__main__":
    WRITER.main()
