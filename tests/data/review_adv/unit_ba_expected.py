"""Writes ``beian-*.expected.toml`` (上海市北岸区, fourth set, all sealed when written; ``OPENED`` since) from the
units' ``EXPECTED`` lists: every correct value there is computed in Decimal from the unit's figures, none typed by hand.

Run after make.py: ``python tests/data/review_adv/unit_ba_expected.py``.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from operator import attrgetter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

import unit_ba_renshe  # noqa: E402
import unit_ba_shenji  # noqa: E402
import unit_ba_tiyu  # noqa: E402
from expected_writer import ON_PURPOSE, Writer  # noqa: E402

MODULES = (unit_ba_renshe, unit_ba_tiyu, unit_ba_shenji)
# opened by the integrator (its findings read, tuning material since): 审计局, whose 2 false alarms (the bench's
# per-document count while sealed) were the most of the set; 人社局 and 体育局 stay sealed.
OPENED = {"beian-shenji-2024": "2026-12-06"}
CHECKED = (
    "Every correct value is computed by unit_ba_expected.py's modules in Decimal from the unit's figures (the same "
    "figures make.py computes the nine tables from); calc expressions evaluate to them exactly."
)
WRITER = Writer("ba", MODULES, OPENED, replace(
    ON_PURPOSE,
    comment=("# {name} 2024年度部门决算 — the errors put in on purpose (tests/data/review_adv/{script}",
             ON_PURPOSE.comment[1]),
    seal=(ON_PURPOSE.seal[0], "SEALED: do not read to tune a rule."), checked=CHECKED,
), district="上海市北岸区", ordinal="fourth", records=attrgetter("EXPECTED"))
render = WRITER.render

if __name__ == "__main__":
    WRITER.main()
