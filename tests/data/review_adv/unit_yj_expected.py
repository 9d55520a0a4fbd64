"""Writes ``yujing-*.expected.toml`` (the twentieth set, 上海市榆泾区) from the unit modules' ``SLIPS``: each error as
written, its correct value (computed in Decimal from the unit's figures, in the module) and why. All three documents
are sealed when written (``held_out = true``; ``OPENED`` lists those opened since). Run after make.py:
``python tests/data/review_adv/unit_yj_expected.py``."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

import unit_yj_dongfang  # noqa: E402
import unit_yj_fangzhi  # noqa: E402
import unit_yj_gongan  # noqa: E402
from expected_writer import SLIPS_NOTE, Writer  # noqa: E402

MODULES = [unit_yj_gongan, unit_yj_fangzhi, unit_yj_dongfang]
# opened for rev43 (3/7 found, 4 false alarms, 1 misvalued while sealed) and rev47 (5/7 found, 3 false alarms)
OPENED: dict[str, str] = {"yujing-fangzhi-2024": "2026-12-07", "yujing-dongfang-2024": "2026-12-07"}
WRITER = Writer("yj", MODULES, OPENED, SLIPS_NOTE)
render = WRITER.render

if __name__ == "__main__":
    WRITER.main()
