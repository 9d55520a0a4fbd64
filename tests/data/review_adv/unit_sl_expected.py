"""Writes ``songlan-*.expected.toml`` (上海市松岚区, the eighth set, all sealed when written; ``OPENED`` lists those
opened since) from the unit modules' ``SLIPS``: each error with its correct value computed in Decimal from the unit's
figures. Run after make.py:
``python tests/data/review_adv/unit_sl_expected.py``; tests/test_review_adv.py checks the files are its output."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

import unit_sl_shichang  # noqa: E402
import unit_sl_shuiwu  # noqa: E402
import unit_sl_wenhuaguan  # noqa: E402
from unit_sl_common import render as _render  # noqa: E402

MODULES = [unit_sl_shichang, unit_sl_shuiwu, unit_sl_wenhuaguan]
# opened by rev23 (its findings read, tuning material since): 市场监督管理局, 7/8 found with 25 false alarms while
# sealed; 水务局 and 文化馆 stay sealed.
# and by rev26: 文化馆, 6/7 found with 3 false alarms and 2 misvalued, the only sealed document then above one alarm.
OPENED: dict[str, str] = {"songlan-shichang-2024": "2026-12-07", "songlan-wenhuaguan-2024": "2026-12-07"}


def render(mod) -> str:
    return _render(mod, OPENED.get(mod.FIGURES["id"], ""))


def main() -> None:
    for mod in MODULES:
        (HERE / f"{mod.FIGURES['id']}.expected.toml").write_text(render(mod), encoding="utf-8")
        print("wrote", mod.FIGURES["id"], "expected")


if __name__ == "__main__":
    main()
