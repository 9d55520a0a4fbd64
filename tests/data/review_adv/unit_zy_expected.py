"""Writes ``zhuyu-*.expected.toml`` (上海市竹屿区, the twenty-sixth hand) from the unit modules' ``SLIPS``: each
error as written, its correct value computed in Decimal from the unit's figures, and why; each module's ``TOLERATED``
lists right figures a reviewer might question. Run after make.py: ``python tests/data/review_adv/unit_zy_expected.py``.
All three documents are sealed when written (``held_out``); ``OPENED`` lists those opened since."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

import unit_zy_chengyun  # noqa: E402
import unit_zy_jiedao  # noqa: E402
import unit_zy_tixiao  # noqa: E402
from expected_writer import STAND_IN, Writer  # noqa: E402

MODULES = (unit_zy_jiedao, unit_zy_chengyun, unit_zy_tixiao)
OPENED: dict[str, str] = {"zhuyu-jiedao-2024": "2026-12-07", "zhuyu-chengyun-2024": "2026-12-07"}  # rev56, rev57
KIND_OF_UNIT = {
    "zhuyu-jiedao-2024": "部门（街道机关 + 社区事务受理服务中心 + 社区党群服务中心 + 城市运行管理分中心，多个类，"
                         "城乡社区"
                         "类最大，政府性基金城市建设支出有年初/年末结转和结余，少量其他收入）",
    "zhuyu-chengyun-2024": "公益一类事业单位（一个预算单位，机构设置，一般公共服务类事业运行和城运平台运维项目，"
                           "城乡社区类"
                           "网格化巡查，其他收入和年初/年末结转和结余，无机关运行经费）",
    "zhuyu-tixiao-2024": "公益一类事业单位（一个预算单位，机构设置，体育款体育训练/体育竞赛/体育场馆，事业收入，"
                         "年初/年末"
                         "结转和结余，本年购置大客车，无机关运行经费）",
}
WRITER = Writer("zy", MODULES, OPENED, replace(
    STAND_IN,
    complete="whole document: 第一部分 概况, the nine tables (万元), 情况说明 (万元), 名词解释; {kind}"),
    ordinal="twenty-sixth", kinds=KIND_OF_UNIT)
render = WRITER.render

if __name__ == "__main__":
    WRITER.main()
