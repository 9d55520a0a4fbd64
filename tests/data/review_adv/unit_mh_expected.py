"""Writes ``maohu-*.expected.toml`` (the thirty-sixth set, 上海市泖湖区) from the unit modules' ``SLIPS``: each
error as written, its correct value (computed in Decimal from the unit's figures, in the module) and why. All three
documents are sealed when written (``held_out = true``; ``OPENED`` lists those opened since). Run after make.py:
``python tests/data/review_adv/unit_mh_expected.py``."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

import unit_mh_gongyuan  # noqa: E402
import unit_mh_weiban  # noqa: E402
import unit_mh_wenlian  # noqa: E402
from expected_writer import SLIPS_NOTE, Writer  # noqa: E402

MODULES = [unit_mh_weiban, unit_mh_wenlian, unit_mh_gongyuan]
OPENED: dict[str, str] = {}  # all three sealed when written (2026-12-08)
WRITER = Writer("mh", MODULES, OPENED, SLIPS_NOTE, district="上海市泖湖区", ordinal="thirty-sixth")
render = WRITER.render

if __name__ == "__main__":
    WRITER.main()
