"""Writes ``chaotang-*.expected.toml`` (上海市潮塘区, the twenty-second hand) from the unit modules' ``SLIPS``: each
error as written, its correct value computed in Decimal from the unit's figures, and why; each module's ``TOLERATED``
lists right figures a reviewer might question. Run after make.py: ``python tests/data/review_adv/unit_ct_expected.py``.
All three documents are sealed when written (``held_out``); ``OPENED`` lists those opened since."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

import unit_ct_qixiang  # noqa: E402
import unit_ct_shequweisheng  # noqa: E402
import unit_ct_xuanchuan  # noqa: E402
from expected_writer import STAND_IN, Writer  # noqa: E402

MODULES = (unit_ct_xuanchuan, unit_ct_qixiang, unit_ct_shequweisheng)
OPENED: dict[str, str] = {"chaotang-xuanchuan-2024": "2026-12-07"}  # opened for rev52
KIND_OF_UNIT = {
    "chaotang-xuanchuan-2024": "部门（部机关 + 区精神文明建设指导中心（参公）+ 区新闻中心（公益二类，事业收入），"
                               "宣传事务 款"
                               "与文化旅游体育与传媒 类，年初/年末结转和结余）",
    "chaotang-qixiang-2024": "行政单位（一个预算单位，双重管理，仅地方财政部分，气象事务 款，一个无年初预算的项）",
    "chaotang-shequweisheng-2024": "公益二类事业单位（医疗收入为事业收入、其他收入、年初/年末结转和结余，"
                                   "城市社区卫生机构"
                                   " 项，无机关运行经费）",
}
WRITER = Writer("ct", MODULES, OPENED, replace(
    STAND_IN,
    complete="whole document: 第一部分 概况, the nine tables (万元), 情况说明 (万元), 名词解释; {kind}"),
    ordinal="twenty-second", kinds=KIND_OF_UNIT)
render = WRITER.render

if __name__ == "__main__":
    WRITER.main()
