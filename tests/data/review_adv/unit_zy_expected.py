"""Writes ``zhuyu-*.expected.toml`` (上海市竹屿区, the twenty-sixth hand) from the unit modules' ``SLIPS``: each
error as written, its correct value computed in Decimal from the unit's figures, and why; each module's ``TOLERATED``
lists right figures a reviewer might question. Run after make.py: ``python tests/data/review_adv/unit_zy_expected.py``.
All three documents are sealed when written (``held_out``); ``OPENED`` lists those opened since."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

import unit_zy_chengyun  # noqa: E402
import unit_zy_jiedao  # noqa: E402
import unit_zy_tixiao  # noqa: E402
from make import toml_str  # noqa: E402
from unit_zy_common import TableSlip  # noqa: E402

MODULES = (unit_zy_jiedao, unit_zy_chengyun, unit_zy_tixiao)
OPENED: dict[str, str] = {"zhuyu-jiedao-2024": "2026-12-07"}  # opened for rev56
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


def render(mod) -> str:
    f = mod.FIGURES
    out = [
        f"# {f['name']} 2024年度部门决算 (stand-in, the twenty-sixth hand): the errors put in by make.py "
        "(unit_zy_*.py),",
        "# each correct value computed in Decimal from the unit's figures (unit_zy_expected.py wrote this file).",
        f"id = {toml_str(f['id'])}",
        f"title = {toml_str(f['name'] + '2024年度部门决算')}",
        f"source = {toml_str('invented stand-in: tests/data/review_adv/make.py + ' + mod.__name__ + '.py')}",
        f"unit = {toml_str(f['name'])}",
        "year = 2024",
        'doc = "决算"',
        "held_out = true",
        f"complete = {toml_str('whole document: 第一部分 概况, the nine tables (万元), 情况说明 (万元), 名词解释; ' + KIND_OF_UNIT[f['id']])}",  # noqa: E501
        "no_errors_found = false",
        f"checked = {toml_str('every figure computed from the unit figures by make.py (tables) and the text writer; the errors are the SLIPS below')}",  # noqa: E501
    ]
    if f["id"] in OPENED:
        out.append(f"opened = {toml_str(OPENED[f['id']])}")
    for s in mod.SLIPS:
        out += ["", "[[errors]]", f"section = {toml_str(s.section)}", f"figure = {toml_str(s.figure)}",
                f"kind = {toml_str(s.kind)}", f"correct = {toml_str(s.correct)}"]
        if s.calc:
            out.append(f"calc = {toml_str(s.calc)}")
        if isinstance(s, TableSlip):
            out.append('where = "table"')
            out.append("rows = [" + ", ".join(toml_str(r) for r in s.rows) + "]")
        else:
            if s.context:
                out.append(f"context = {toml_str(s.context)}")
            if s.needs:
                out.append(f"needs = {toml_str(s.needs)}")
        out.append(f"why = {toml_str(s.why)}")
    for t in getattr(mod, "TOLERATED", []):
        out += ["", "[[tolerated]]", f"figure = {toml_str(t.figure)}", f"why = {toml_str(t.why)}"]
    return "\n".join(out) + "\n"


def main() -> None:
    for mod in MODULES:
        path = HERE / f"{mod.FIGURES['id']}.expected.toml"
        path.write_text(render(mod), encoding="utf-8")
        print("wrote", path.name)


if __name__ == "__main__":
    main()
