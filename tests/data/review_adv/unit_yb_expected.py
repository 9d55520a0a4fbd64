"""Writes ``yanbin-*.expected.toml`` (上海市雁滨区, the seventeenth hand) from the unit modules' ``SLIPS``: each error
as written, its correct value computed in Decimal from the unit's figures, and why; ``TOLERATED`` lists right figures a
reviewer might question. Run after make.py: ``python tests/data/review_adv/unit_yb_expected.py``. All three documents
are sealed when written (``held_out``); ``OPENED`` lists those opened since."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

import unit_yb_binzang  # noqa: E402
import unit_yb_caizheng  # noqa: E402
import unit_yb_jianchayuan  # noqa: E402
from expected_writer import STAND_IN, Writer  # noqa: E402
from unit_yb_common import Z, pc  # noqa: E402

MODULES = (unit_yb_caizheng, unit_yb_jianchayuan, unit_yb_binzang)
OPENED: dict[str, str] = {"yanbin-binzang-2024": "2026-12-07"}  # opened for rev35 (4/7, 3 false alarms while sealed)
KIND_OF_UNIT = {
    "yanbin-caizheng-2024": "部门（局机关 + 区财政投资评审中心（公益一类）+ 区会计服务中心（参公），财政事务 项，"
                            "信息化项目）",
    "yanbin-jianchayuan-2024": "行政单位（一个预算单位，检察 款，机关运行经费，一个无年初预算的项）",
    "yanbin-binzang-2024": "公益二类事业单位（事业收入、经营收入和经营支出、其他收入、结转结余，殡葬 项）",
}
_BZ = unit_yb_binzang.U
_BZ_GP, _BZ_BUDGET = _BZ.fin(fund="gp"), sum((it["budget"] for it in _BZ.items.values()), Z)
TOLERATED: dict[str, list[tuple[str, str]]] = {
    "yanbin-binzang-2024": [
        (f"完成年初预算的{pc(_BZ_GP, _BZ_BUDGET)}%",
         f"一般公共预算财政拨款支出决算{_BZ_GP}万元对年初预算{_BZ_BUDGET}万元（各项年初预算之和），不含事业收入、"
         "经营收入安排的支出，是正确的"),
    ],
}
WRITER = Writer("yb", MODULES, OPENED, replace(
    STAND_IN,
    complete="whole document: 第一部分 概况, the nine tables (万元), 情况说明 一至十一 (万元), 名词解释; {kind}"),
    ordinal="seventeenth", kinds=KIND_OF_UNIT, tolerated=TOLERATED)
render = WRITER.render

if __name__ == "__main__":
    WRITER.main()
