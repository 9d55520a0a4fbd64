"""Writes ``yunxi-*.expected.toml`` (上海市云溪区, the sixth set) from the unit modules' ``SLIPS``: each error's record
and its correct value as the module computed it in Decimal from its figures. All three were sealed when written;
``OPENED`` lists those opened since. Run after make.py:
``python tests/data/review_adv/unit_yx_expected.py``; tests/test_review_adv.py checks the files are its output."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

import unit_yx_fagaiwei  # noqa: E402
import unit_yx_tongjiju  # noqa: E402
import unit_yx_yingji  # noqa: E402
from expected_writer import Style, Writer  # noqa: E402

MODULES = [unit_yx_fagaiwei, unit_yx_yingji, unit_yx_tongjiju]
# opened by rev10 (its findings read, tuning material since): 统计局, 6/7 found with 2 false alarms while sealed;
# 应急管理局 opened by rev18 (4/7 found, 0 false alarms while sealed); 发改委 stays sealed.
OPENED: dict[str, str] = {"yunxi-tongjiju-2024": "2026-12-06", "yunxi-yingji-2024": "2026-12-06"}
CHECKED = (
    "Every figure in the text and the nine tables is computed by the unit module from its figures (make.Unit); each "
    "error's correct value is computed there in Decimal from the same figures (calc over figures the document shows)."
)
WRITER = Writer("yx", MODULES, OPENED, Style(
    comment=("# {name} 2024年度部门决算: the errors put in (tests/data/review_adv/{script} wrote this file",
             "# from the unit module's SLIPS). {seal}"),
    seal=("OPENED {opened}: tuning material since.", "SEALED: do not read to change a rule."),
    source="invented stand-in: tests/data/review_adv/{module}.py",
    complete="whole document: 第一部分 概况, the nine tables (公开01–09), 情况说明 一–十一, 名词解释",
    checked=CHECKED,
    order=("figure", "kind", "section", "correct", "calc", "context", "needs", "where", "rows", "why"),
))
render = WRITER.render

if __name__ == "__main__":
    WRITER.main()
