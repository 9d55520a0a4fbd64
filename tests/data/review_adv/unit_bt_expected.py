"""Writes ``biting-*.expected.toml`` (the thirty-seventh set, 上海市碧汀区) from the unit modules' ``SLIPS``: each error
as written, its correct value (computed in Decimal from the unit's figures, in the module), its calc and why, then the
module's ``TOLERATED``. All three documents are sealed when written (``held_out = true``; ``OPENED`` lists those opened
since). Run after make.py: ``python tests/data/review_adv/unit_bt_expected.py``."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

import unit_bt_gongxiaoshe  # noqa: E402
import unit_bt_wenhuagong  # noqa: E402
import unit_bt_xuezhan  # noqa: E402
from expected_writer import SECTION_FIRST, Style, Writer  # noqa: E402

MODULES = [unit_bt_gongxiaoshe, unit_bt_xuezhan, unit_bt_wenhuagong]
# all three sealed when written (2026-12-08); opened since: none
OPENED: dict[str, str] = {}
STYLE = Style(
    comment=("# {name} 2024年度部门决算 — the {ordinal} hand's stand-in ({district}): errors put in on purpose by",
             "# {module}.py, each correct value computed there in Decimal; {script} wrote this file. {seal}"),
    seal=("Opened {opened}: tuning material since.", "Sealed: never read its findings."),
    source="invented stand-in ({district}): tests/data/review_adv/{module}.py, rendered by make.py",
    complete="whole document: 第一部分 概况, 第二部分 the nine 公开 tables, 第三部分 情况说明 一–十一, "
    "第四部分 名词解释",
    checked="each correct value and calc computed in Decimal by {module}.py from the figures make.py computes the "
    "nine tables from; every figure and context is in the document as make.py writes it",
    order=SECTION_FIRST,
    table_in_rows=True,
)
WRITER = Writer("bt", MODULES, OPENED, STYLE, district="上海市碧汀区", ordinal="thirty-seventh")
render = WRITER.render

if __name__ == "__main__":
    WRITER.main()
