"""Writes ``xingpu-*.expected.toml`` (上海市杏浦区, the nineteenth hand) from the unit modules' ``SLIPS``: each error as
written, its correct value computed in Decimal from the unit's figures, and why; each module's ``TOLERATED`` lists right
figures a reviewer might question. Run after make.py: ``python tests/data/review_adv/unit_xp_expected.py``. All three
documents are sealed when written (``held_out``); ``OPENED`` lists those opened since."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

import unit_xp_fuyou  # noqa: E402
import unit_xp_wenlv  # noqa: E402
import unit_xp_zhengxie  # noqa: E402
from expected_writer import STAND_IN, Writer  # noqa: E402

MODULES = (unit_xp_wenlv, unit_xp_zhengxie, unit_xp_fuyou)
OPENED: dict[str, str] = {
    "xingpu-wenlv-2024": "2026-12-07",  # opened for rev44 (3/8, 4 false alarms while sealed)
    "xingpu-fuyou-2024": "2026-12-07",  # opened for rev45 (3/7, 3 false alarms while sealed)
}
KIND_OF_UNIT = {
    "xingpu-wenlv-2024": "部门（局机关 + 区文物保护管理所（公益一类）+ 区旅游公共服务中心（公益二类，事业收入），"
                         "文化旅游体育与传媒 类，一个无年初预算的项）",
    "xingpu-zhengxie-2024": "行政单位（一个预算单位，机构设置，政协事务 款，机关运行经费）",
    "xingpu-fuyou-2024": "公益二类事业单位（医疗收入为事业收入、其他收入、年初/年末结转和结余，妇幼保健机构 项，"
                         "无机关运行经费）",
}
WRITER = Writer("xp", MODULES, OPENED, replace(
    STAND_IN,
    complete="whole document: 第一部分 概况, the nine tables (万元), 情况说明 (万元), 名词解释; {kind}"),
    ordinal="nineteenth", kinds=KIND_OF_UNIT)
render = WRITER.render

if __name__ == "__main__":
    WRITER.main()
