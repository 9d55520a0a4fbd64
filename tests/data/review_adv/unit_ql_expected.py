"""Writes ``qinglan-*.expected.toml`` (the tenth set, 上海市青澜区) from the unit modules' ``SLIPS``: each error as
written, its correct value (computed in Decimal from the unit's figures, in the module) and why. All three documents
are sealed when written (``held_out = true``; ``OPENED`` lists those opened since). Run after make.py:
``python tests/data/review_adv/unit_ql_expected.py``."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

import unit_ql_jiguanju  # noqa: E402
import unit_ql_nongye  # noqa: E402
import unit_ql_qingshaonian  # noqa: E402
from expected_writer import SLIPS_NOTE, Writer  # noqa: E402

MODULES = [unit_ql_nongye, unit_ql_jiguanju, unit_ql_qingshaonian]
# opened by rev28 (its findings read, tuning material since): 机关事务管理局 5/7 with 6 false alarms on the glyph
# PDF while sealed, 农业农村委 4/8 (docx) and 5/8 (glyphs) with none
OPENED: dict[str, str] = {"qinglan-jiguanju-2024": "2026-12-07", "qinglan-nongye-2024": "2026-12-07"}
WRITER = Writer("ql", MODULES, OPENED, SLIPS_NOTE)
render = WRITER.render

if __name__ == "__main__":
    WRITER.main()
