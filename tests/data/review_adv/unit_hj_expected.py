"""Writes ``haojing-*.expected.toml`` (上海市濠泾区, the thirteenth hand) from the unit modules' ``SLIPS``: each error
as written, its correct value computed in Decimal from the unit's figures, and why. Run after make.py:
``python tests/data/review_adv/unit_hj_expected.py``. All three documents are sealed when written
(``held_out``); ``OPENED`` lists those opened since."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

import unit_hj_fuliyuan  # noqa: E402
import unit_hj_jingnan  # noqa: E402
import unit_hj_xinfang  # noqa: E402
from expected_writer import STAND_IN, Writer  # noqa: E402

MODULES = (unit_hj_jingnan, unit_hj_xinfang, unit_hj_fuliyuan)
OPENED: dict[str, str] = {"haojing-jingnan-2024": "2026-12-07"}  # opened for rev32 (3 false alarms while sealed)
KIND_OF_UNIT = {
    "haojing-jingnan-2024": "部门（街道办事处机关 + 街道社区事务受理服务中心）",
    "haojing-xinfang-2024": "行政单位（一个预算单位，机构设置）",
    "haojing-fuliyuan-2024": "事业单位（事业收入、其他收入、结转结余，彩票公益金项目）",
}
WRITER = Writer("hj", MODULES, OPENED, replace(
    STAND_IN,
    complete="whole document: 第一部分 概况, the nine tables (万元), 情况说明 一至十一 (元), 名词解释; {kind}"),
    ordinal="thirteenth", kinds=KIND_OF_UNIT)
render = WRITER.render

if __name__ == "__main__":
    WRITER.main()
