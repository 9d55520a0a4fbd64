"""Writes ``linghu-*.expected.toml`` (the twenty-fifth set, 上海市菱湖区) from the unit modules' ``SLIPS``: each
error as written, its correct value (computed in Decimal from the unit's figures, in the module) and why. All three
documents are sealed when written (``held_out = true``; ``OPENED`` lists those opened since). Run after make.py:
``python tests/data/review_adv/unit_lh_expected.py``."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

import unit_lh_jijiu  # noqa: E402
import unit_lh_jinxiu  # noqa: E402
import unit_lh_jiwei  # noqa: E402
from expected_writer import SLIPS_NOTE, Writer  # noqa: E402

MODULES = [unit_lh_jiwei, unit_lh_jijiu, unit_lh_jinxiu]
# all three sealed when written (2026-12-07); none opened since
OPENED: dict[str, str] = {}
WRITER = Writer("lh", MODULES, OPENED, SLIPS_NOTE)
render = WRITER.render

if __name__ == "__main__":
    WRITER.main()
