"""Writes ``yunchuan-*.expected.toml`` (the twenty-third set, 上海市蕴川区) from the unit modules' ``SLIPS``: each
error as written, its correct value (computed in Decimal from the unit's figures, in the module) and why. All three
documents are sealed when written (``held_out = true``; ``OPENED`` lists those opened since). Run after make.py:
``python tests/data/review_adv/unit_yc_expected.py``."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

import unit_yc_jianguanwei  # noqa: E402
import unit_yc_renfang  # noqa: E402
import unit_yc_tejiao  # noqa: E402
from expected_writer import SLIPS_NOTE, Writer  # noqa: E402

MODULES = [unit_yc_jianguanwei, unit_yc_renfang, unit_yc_tejiao]
# all three sealed when written (2026-12-07); opened since:
# yunchuan-renfang-2024 opened for rev50 (3/7 found, 5 false alarms while sealed), yunchuan-jianguanwei-2024 for
# rev53 (5/8 found, 2 false alarms while sealed)
OPENED: dict[str, str] = {"yunchuan-renfang-2024": "2026-12-07", "yunchuan-jianguanwei-2024": "2026-12-07"}
WRITER = Writer("yc", MODULES, OPENED, SLIPS_NOTE)
render = WRITER.render

if __name__ == "__main__":
    WRITER.main()
