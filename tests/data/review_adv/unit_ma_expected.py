"""Writes ``meiao-*.expected.toml`` (the eighteenth set, 上海市梅岙区) from the unit modules' ``SLIPS``: each error as
written, its correct value (computed in Decimal from the unit's figures, in the module) and why. All three documents
are sealed when written (``held_out = true``; ``OPENED`` lists those opened since). Run after make.py:
``python tests/data/review_adv/unit_ma_expected.py``."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

import unit_ma_kexie  # noqa: E402
import unit_ma_yibao  # noqa: E402
import unit_ma_zhongyiyuan  # noqa: E402
from expected_writer import SLIPS_NOTE, Writer  # noqa: E402

MODULES = [unit_ma_yibao, unit_ma_kexie, unit_ma_zhongyiyuan]
OPENED: dict[str, str] = {"meiao-yibao-2024": "2026-12-07"}  # opened for rev36 (4/8, 2 false alarms while sealed)
WRITER = Writer("ma", MODULES, OPENED, SLIPS_NOTE)
render = WRITER.render

if __name__ == "__main__":
    WRITER.main()
