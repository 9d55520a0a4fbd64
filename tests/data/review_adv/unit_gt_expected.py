"""Writes ``guitang-*.expected.toml`` (the thirty-fifth set, 上海市桂塘区) from the unit modules' ``SLIPS``: each error
as written, its correct value (computed in Decimal from the unit's figures, in the module) and why, then the
``TOLERATED`` figures. All three documents are sealed when written (``held_out = true``, ``OPENED`` empty). Run after
make.py: ``python tests/data/review_adv/unit_gt_expected.py``."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

import unit_gt_jingwei  # noqa: E402
import unit_gt_kejiguan  # noqa: E402
import unit_gt_wangxin  # noqa: E402
from expected_writer import SECTION_FIRST, Style, Writer  # noqa: E402

MODULES = [unit_gt_jingwei, unit_gt_wangxin, unit_gt_kejiguan]
OPENED: dict[str, str] = {}  # all three sealed when written (2026-12-08)
STYLE = Style(
    comment=("# {name}2024年度部门决算 ({district}, the {ordinal} hand, invented): the errors make.py put in,",
             "# written by {script} from {module}.py's SLIPS (do not edit by hand). {seal}"),
    seal=("Opened {opened}: tuning material since.", "Sealed when written: its findings are not read."),
    source="invented stand-in ({district}): tests/data/review_adv/{module}.py, tables and text by make.py",
    complete="whole document: 第一部分 概况, 第二部分 the nine 公开 tables, 第三部分 情况说明 一–十一, "
    "第四部分 名词解释",
    checked="the nine tables computed by make.py from the unit's figures; each correct value computed in Decimal by "
    "{module}.py from the same figures (a calc, where given, evaluates to it)",
    order=SECTION_FIRST,
    table_in_rows=True,
)
WRITER = Writer("gt", MODULES, OPENED, STYLE, district="上海市桂塘区", ordinal="thirty-fifth")
render = WRITER.render

if __name__ == "__main__":
    WRITER.main()
