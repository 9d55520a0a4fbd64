"""Writes ``lanqiao-*.expected.toml`` (the thirty-second set, 上海市岚桥区) from the unit modules' ``SLIPS``: each error
as written, its correct value (computed in Decimal from the unit's figures, in the module), its calc and why, then the
module's ``TOLERATED``. All three documents are sealed when written (``held_out = true``; ``OPENED`` lists those opened
since). Run after make.py: ``python tests/data/review_adv/unit_lq_expected.py``."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

import unit_lq_falv  # noqa: E402
import unit_lq_tiyu  # noqa: E402
import unit_lq_waiban  # noqa: E402
from expected_writer import SECTION_LAST, Style, Writer  # noqa: E402

MODULES = [unit_lq_tiyu, unit_lq_waiban, unit_lq_falv]
# all three sealed when written (2026-12-07); opened since: none
OPENED: dict[str, str] = {}
STYLE = Style(
    comment=("# {name} 2024年度部门决算 — stand-in of the {ordinal} hand ({district}). The errors below were put in",
             "# on purpose by {module}.py; {script} wrote this file (do not edit by hand). {seal}"),
    seal=("Opened {opened}: tuning material since.", "Sealed: its findings are not to be read."),
    source="invented stand-in ({district}): tests/data/review_adv/{module}.py, rendered by make.py",
    complete="whole document: 第一部分 概况, 第二部分 the nine 公开 tables, 第三部分 情况说明 一–十一, "
    "第四部分 名词解释",
    checked="each correct value and calc computed in Decimal by {module}.py from the figures make.py computes the "
    "nine tables from; every figure and context is in the document as make.py writes it",
    order=SECTION_LAST,
    table_in_rows=True,
)
WRITER = Writer("lq", MODULES, OPENED, STYLE, district="上海市岚桥区", ordinal="thirty-second")
render = WRITER.render

if __name__ == "__main__":
    WRITER.main()
