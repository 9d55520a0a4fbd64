"""Writes ``hewan-*.expected.toml`` (上海市鹤湾区, ninth set, all sealed) from the unit modules' ``SLIPS``: each
error with the figure as written, its correct value (computed in Decimal from the unit's figures) and why.
Run after make.py: ``python tests/data/review_adv/unit_hw_expected.py``; tests/test_review_adv.py checks the
committed files are this script's output."""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

import unit_hw_guihua  # noqa: E402
import unit_hw_jiaoyi  # noqa: E402
import unit_hw_shangwu  # noqa: E402
from unit_hw_common import TableSlip  # noqa: E402

MODULES = [unit_hw_guihua, unit_hw_shangwu, unit_hw_jiaoyi]
OPENED: dict[str, str] = {}  # none: all three sealed when written (2026-12-07)


def _s(x: str) -> str:
    return json.dumps(x, ensure_ascii=False)


def render(mod) -> str:
    fig = mod.FIGURES
    out = [
        f"id = {_s(fig['id'])}",
        f"title = {_s(fig['name'] + '2024年度部门决算')}",
        f'source = "invented stand-in: tests/data/review_adv/make.py with {mod.__name__}.py (上海市鹤湾区, ninth set)"',
        f"unit = {_s(fig['name'])}",
        "year = 2024",
        'doc = "决算"',
        "held_out = true",
    ]
    if fig["id"] in OPENED:
        out.append(f"opened = {_s(OPENED[fig['id']])}")
    out += [
        'complete = "the whole document: 概况, the nine tables, 情况说明 一–十一, 名词解释"',
        "no_errors_found = false",
        'checked = "every correct value computed in Decimal from the unit\'s figures (' + mod.__name__ + '.SLIPS)"',
        "",
    ]
    for slip in mod.SLIPS:
        out.append("[[errors]]")
        out.append(f"figure = {_s(slip.figure)}")
        out.append(f"kind = {_s(slip.kind)}")
        out.append(f"correct = {_s(slip.correct)}")
        if slip.calc:
            out.append(f"calc = {_s(slip.calc)}")
        if isinstance(slip, TableSlip):
            out.append('where = "table"')
            out.append("rows = [" + ", ".join(_s(r) for r in slip.rows) + "]")
        else:
            if slip.context:
                out.append(f"context = {_s(slip.context)}")
            if slip.needs:
                out.append(f"needs = {_s(slip.needs)}")
        out.append(f"section = {_s(slip.section)}")
        out.append(f"why = {_s(slip.why)}")
        out.append("")
    for figure, why in getattr(mod, "TOLERATED", []):
        out += ["[[tolerated]]", f"figure = {_s(figure)}", f"why = {_s(why)}", ""]
    return "\n".join(out)


def main() -> None:
    for mod in MODULES:
        path = HERE / f"{mod.FIGURES['id']}.expected.toml"
        path.write_text(render(mod), encoding="utf-8")
        print("wrote", path.name)


if __name__ == "__main__":
    main()
