"""Writes ``weitang-*.expected.toml`` (the fourteenth hand's 上海市苇塘区, all three sealed) from the unit modules'
``SLIPS``: each error as put in, its section, the figure as written, its correct value (computed in Decimal from the
unit's figures in the module) and why. Run after make.py: ``python tests/data/review_adv/unit_wt_expected.py``."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

import unit_wt_jianguanwei  # noqa: E402
import unit_wt_zhixiao  # noqa: E402
import unit_wt_zonggonghui  # noqa: E402
from expected_writer import Style, Writer  # noqa: E402

MODULES = [unit_wt_jianguanwei, unit_wt_zonggonghui, unit_wt_zhixiao]
OPENED: dict[str, str] = {}  # none opened: all three sealed when written
WRITER = Writer("wt", MODULES, OPENED, Style(
    comment=("# {name} 2024年度部门决算 — the errors put in ({script} wrote this from {module}.SLIPS; do not edit by "
             "hand).",),
    source="invented stand-in document (tests/data/review_adv, fourteenth set, adv14)",
    complete="whole document: 目录, 第一部分 概况, the nine tables, 第三部分 情况说明 一–十一, 第四部分 名词解释",
    checked="every correct value computed in Decimal from the unit's figures (unit_wt_*.py); the tables are make.py's, "
    "so they agree with one another except where a TableSlip puts an error in",
    opened_last=True,
))
render = WRITER.render

if __name__ == "__main__":
    WRITER.main()
