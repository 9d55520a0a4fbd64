"""Writes ``fenglin-*.expected.toml`` (上海市枫林区, seventh set, all sealed when written; ``OPENED`` lists those opened
since) from the unit modules' slips: each error as written, its correct value (computed in Decimal from the unit's
figures, in the same record as the replacement make.py puts in) and the sum that gives it. Run after make.py:
``python tests/data/review_adv/unit_fl_expected.py``."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

import unit_fl_erzhong  # noqa: E402
import unit_fl_kewei  # noqa: E402
import unit_fl_sthj  # noqa: E402
from expected_writer import SECTION_LAST, Style, Writer  # noqa: E402

MODULES = [unit_fl_sthj, unit_fl_kewei, unit_fl_erzhong]
# opened by rev17 (its findings read, tuning material since): 第二中学, 2/7 found with 4 false alarms while sealed;
# 生态环境局 and 科委 stay sealed.
OPENED: dict[str, str] = {"fenglin-erzhong-2024": "2026-12-06"}
WHAT = {
    "fenglin-sthj-2024": "部门（局本级行政单位 + 区环境监测站公益一类事业单位），一般公共预算财政拨款 + 其他收入",
    "fenglin-kewei-2024": "一个行政单位（机构设置），全部为一般公共预算财政拨款",
    "fenglin-erzhong-2024": "公益一类事业单位（完全中学），财政拨款 + 事业收入 + 其他收入，年初/年末结转和结余",
}
WRITER = Writer("fl", MODULES, OPENED, Style(
    comment=("# {name} 2024年度部门决算 — the errors put in ({script} wrote this from {module}.py).", "{seal}"),
    seal=("# OPENED {opened}: tuning material since.", ""),
    title="{name}2024年度部门决算（stand-in，上海市枫林区，第七组）",
    source="invented stand-in: tests/data/review_adv/make.py + {module}.py",
    complete="whole document: 概况, nine 公开 tables, 情况说明 一–十一, 名词解释; {kind}",
    checked="the tables are computed from one set of figures (make.py); every correct value below is computed in "
    "Decimal from those figures in {module}.py",
    order=SECTION_LAST,
    table_in_rows=True,
), kinds=WHAT)
render = WRITER.render

if __name__ == "__main__":
    WRITER.main()
