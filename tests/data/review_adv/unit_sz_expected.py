"""Writes ``shazhou-*.expected.toml`` (the twenty-eighth set, 上海市沙洲区) from the unit modules' ``SLIPS``: each
error as written, its correct value (computed in Decimal from the unit's figures, in the module) and why. All three
documents are sealed when written (``held_out = true``; ``OPENED`` lists those opened since). Run after make.py:
``python tests/data/review_adv/unit_sz_expected.py``."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

import unit_sz_yafang  # noqa: E402
import unit_sz_zhen  # noqa: E402
import unit_sz_zhengfawei  # noqa: E402
from expected_writer import SLIPS_NOTE, Writer  # noqa: E402

MODULES = [unit_sz_zhengfawei, unit_sz_zhen, unit_sz_yafang]
# all three sealed when written (2026-12-07); opened since: none
OPENED: dict[str, str] = {}
WRITER = Writer("sz", MODULES, OPENED, SLIPS_NOTE)
render = WRITER.render

if __name__ == "__main__":
    WRITER.main()
