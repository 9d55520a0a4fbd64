"""Writes ``<id>.expected.toml`` for the sixteenth hand's units (上海市桐溪区) from each unit module's ``SLIPS`` (and
``TOLERATED``): every correct value is computed there in Decimal from the unit's figures, the same figures make.py
OPENED: dict[str, str] = {
    "tongxi-weijian-2024": "2026-12-07",  # opened for rev37 (5/8, 4 false alarms while sealed)
    "tongxi-youeryuan-2024": "2026-12-07",  # opened for rev38 (4/7, 2 false alarms while sealed)
    "tongxi-fulian-2024": "2026-12-07",  # opened for rev40 (4/7, 3 false alarms while sealed)
}

Run: ``python tests/data/review_adv/unit_tx_expected.py``."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

import unit_tx_fulian  # noqa: E402
import unit_tx_weijian  # noqa: E402
import unit_tx_youeryuan  # noqa: E402
from expected_writer import ON_PURPOSE, Writer  # noqa: E402

MODULES = [unit_tx_weijian, unit_tx_fulian, unit_tx_youeryuan]
OPENED: dict[str, str] = {
    "tongxi-weijian-2024": "2026-12-07",  # opened for rev37 (5/8, 4 false alarms while sealed)
    "tongxi-youeryuan-2024": "2026-12-07",  # opened for rev38 (4/7, 2 false alarms while sealed)
    "tongxi-fulian-2024": "2026-12-07",  # opened for rev40 (4/7, 3 false alarms while sealed)
}
WRITER = Writer("tx", MODULES, OPENED, ON_PURPOSE, district="上海市桐溪区", ordinal="sixteenth")
render = WRITER.render

if __name__ == "__main__":
    WRITER.main()
