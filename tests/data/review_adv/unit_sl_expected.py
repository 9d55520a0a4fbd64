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
from expected_writer import SECTION_LAST, Style, Writer  # noqa: E402

MODULES = [unit_sl_shichang, unit_sl_shuiwu, unit_sl_wenhuaguan]
# opened by rev23 (its findings read, tuning material since): 市场监督管理局, 7/8 found with 25 false alarms while
# sealed; 水务局 and 文化馆 stay sealed.
# and by rev26: 文化馆, 6/7 found with 3 false alarms and 2 misvalued, the only sealed document then above one alarm.
OPENED: dict[str, str] = {"songlan-shichang-2024": "2026-12-07", "songlan-wenhuaguan-2024": "2026-12-07"}
WRITER = Writer("sl", MODULES, OPENED, Style(
    comment=("# {name} 2024年度部门决算 (stand-in, 上海市松岚区, eighth hand): the errors put in on purpose.",
             "# Written by {script} from the unit module's SLIPS; every correct value computed in Decimal."),
    title="{name}2024年度部门决算（虚构样本）",
    source="invented: tests/data/review_adv/{module}.py",
    complete="the whole document: 目录, 第一部分, the nine tables, 第三部分 情况说明, 第四部分 名词解释",
    checked="{checked}",
    order=SECTION_LAST,
    also_tables=True,
))
render = WRITER.render

if __name__ == "__main__":
    WRITER.main()
