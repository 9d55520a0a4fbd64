"""Writes ``weitang-*.expected.toml`` (the fourteenth hand's 上海市苇塘区, all three sealed) from the unit modules'
``SLIPS``: each error as put in, its section, the figure as written, its correct value (computed in Decimal from the
unit's figures in the module) and why. Run after make.py: ``python tests/data/review_adv/unit_wt_expected.py``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

import unit_wt_jianguanwei  # noqa: E402
import unit_wt_zhixiao  # noqa: E402
import unit_wt_zonggonghui  # noqa: E402
from unit_wt_common import TableSlip  # noqa: E402

MODULES = [unit_wt_jianguanwei, unit_wt_zonggonghui, unit_wt_zhixiao]
OPENED: dict[str, str] = {}  # none opened: all three sealed when written


def _s(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def render(mod) -> str:
    f = mod.FIGURES
    out = [
        f"# {f['name']} 2024年度部门决算 — the errors put in (unit_wt_expected.py wrote this from "
        f"{mod.__name__}.SLIPS; do not edit by hand).",
        f"id = {_s(f['id'])}",
        f"title = {_s(f['name'] + '2024年度部门决算')}",
        'source = "invented stand-in document (tests/data/review_adv, fourteenth set, adv14)"',
        f"unit = {_s(f['name'])}",
        "year = 2024",
        'doc = "决算"',
        "held_out = true",
        'complete = "whole document: 目录, 第一部分 概况, the nine tables, 第三部分 情况说明 一–十一, '
        '第四部分 名词解释"',
        "no_errors_found = false",
        'checked = "every correct value computed in Decimal from the unit\'s figures (unit_wt_*.py); the tables are '
        'make.py\'s, so they agree with one another except where a TableSlip puts an error in"',
    ]
    if OPENED.get(f["id"]):
        out.append(f"opened = {_s(OPENED[f['id']])}")
    for s in mod.SLIPS:
        out += ["", "[[errors]]", f"section = {_s(s.section)}", f"figure = {_s(s.figure)}", f"kind = {_s(s.kind)}",
                f"correct = {_s(s.correct)}"]
        if s.calc:
            out.append(f"calc = {_s(s.calc)}")
        if isinstance(s, TableSlip):
            out.append('where = "table"')
            out.append("rows = [" + ", ".join(_s(r) for r in s.rows) + "]")
        else:
            if s.context:
                out.append(f"context = {_s(s.context)}")
            if s.needs:
                out.append(f"needs = {_s(s.needs)}")
        out.append(f"why = {_s(s.why)}")
    return "\n".join(out) + "\n"


def main() -> None:
    for mod in MODULES:
        path = HERE / f"{mod.FIGURES['id']}.expected.toml"
        path.write_text(render(mod), encoding="utf-8")
        print("wrote", path.name)


if __name__ == "__main__":
    main()
