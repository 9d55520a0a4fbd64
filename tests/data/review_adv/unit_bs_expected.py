"""Writes ``baisha-*.expected.toml`` (the twenty-ninth set, 上海市白沙区) from the unit modules' ``SLIPS``: each
error as written, its correct value (computed in Decimal from the unit's figures, in the module) and why. All three
documents are sealed when written (``held_out = true``; ``OPENED`` lists those opened since). Run after make.py:
``python tests/data/review_adv/unit_bs_expected.py``."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

import unit_bs_jiuye  # noqa: E402
import unit_bs_minzong  # noqa: E402
import unit_bs_xiaoxue  # noqa: E402
from expected_writer import SECTION_LAST, Style, Writer  # noqa: E402

MODULES = [unit_bs_minzong, unit_bs_jiuye, unit_bs_xiaoxue]
# all three sealed when written (2026-12-07); opened since: 就业促进中心 and 民宗委 by rev63
OPENED: dict[str, str] = {"baisha-jiuye-2024": "2026-12-07", "baisha-minzong-2024": "2026-12-07"}  # rev63
# the twenty-ninth hand's header words; an error's keys figure first, section late (with ``also`` for a slip that
# carries a second figure)
STYLE = Style(
    comment=("# {name}2024年度部门决算 (上海市白沙区, the {ordinal} hand): errors put in on purpose by make.py from",
             "# {module}.py; {script} wrote this file, each correct value computed there in Decimal. {seal}"),
    seal=("OPENED {opened}: tuning material since.", "Sealed: no rule author reads its findings."),
    source="invented stand-in ({district}): tests/data/review_adv/{module}.py, rendered by make.py",
    complete="whole document: 概况, the nine tables, 情况说明 一–十一, 名词解释",
    checked="every correct value computed in Decimal from the unit's figures (make.py computes the nine tables from "
    "the same figures); each calc evaluates to its correct value",
    order=SECTION_LAST,
)
WRITER = Writer("bs", MODULES, OPENED, STYLE, district="上海市白沙区", ordinal="twenty-ninth")
render = WRITER.render

if __name__ == "__main__":
    WRITER.main()
