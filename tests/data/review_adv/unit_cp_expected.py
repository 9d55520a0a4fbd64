"""Writes ``chengpu-*.expected.toml`` (上海市澄浦区, the twelfth hand) from the unit modules' SLIPS: each error as
written, its correct value (computed in Decimal from the unit's figures in the module), why, and where. All three
sealed when written (``held_out = true``, no ``opened``). Run after make.py:
``python tests/data/review_adv/unit_cp_expected.py``."""

from __future__ import annotations

import json
from pathlib import Path

import unit_cp_bowuguan
import unit_cp_hongshizihui
import unit_cp_jiaowei
from unit_cp_common import Slip

HERE = Path(__file__).resolve().parent
MODULES = [unit_cp_jiaowei, unit_cp_hongshizihui, unit_cp_bowuguan]
OPENED: dict[str, str] = {}


def _s(x: str) -> str:
    return json.dumps(x, ensure_ascii=False)


def render(mod) -> str:
    f = mod.FIGURES
    out = [
        f"# {f['name']} 2024年度部门决算 — the errors put in (unit_cp_expected.py wrote this from "
        f"{mod.__name__}.SLIPS)",
        f"id = {_s(f['id'])}",
        f"title = {_s(f['name'] + '2024年度部门决算')}",
        f"source = {_s(f'invented stand-in: tests/data/review_adv/{mod.__name__}.py (make.py writes the document)')}",
        f"unit = {_s(f['name'])}",
        "year = 2024",
        'doc = "决算"',
        "held_out = true",
        f"complete = {_s('the whole document: 目录, 第一部分, the nine tables, 第三部分 一–十一, 第四部分')}",
        "no_errors_found = false",
        f"checked = {_s(mod.CHECKED)}",
        "",
    ]
    for s in mod.SLIPS:
        out.append("[[errors]]")
        out.append(f"section = {_s(s.section)}")
        out.append(f"figure = {_s(s.value if not isinstance(s, Slip) else s.figure)}")
        out.append(f"kind = {_s(s.kind)}")
        out.append(f"correct = {_s(s.correct)}")
        if s.calc:
            out.append(f"calc = {_s(s.calc)}")
        if isinstance(s, Slip):
            if s.context:
                out.append(f"context = {_s(s.context)}")
            if s.needs:
                out.append(f"needs = {_s(s.needs)}")
        else:
            out.append('where = "table"')
            out.append("rows = [" + ", ".join(_s(r) for r in s.rows) + "]")
        out.append(f"why = {_s(s.why)}")
        out.append("")
    for figure, why in mod.TOLERATED:
        out += ["[[tolerated]]", f"figure = {_s(figure)}", f"why = {_s(why)}", ""]
    return "\n".join(out)


def main() -> None:
    for mod in MODULES:
        path = HERE / f"{mod.FIGURES['id']}.expected.toml"
        path.write_text(render(mod), encoding="utf-8")
        print("wrote", path.name)


if __name__ == "__main__":
    main()
