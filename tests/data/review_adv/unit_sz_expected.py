"""Writes ``shazhou-*.expected.toml`` (the twenty-eighth set, 上海市沙洲区) from the unit modules' ``SLIPS``: each
error as written, its correct value (computed in Decimal from the unit's figures, in the module) and why. All three
documents are sealed when written (``held_out = true``; ``OPENED`` lists those opened since). Run after make.py:
``python tests/data/review_adv/unit_sz_expected.py``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

import unit_sz_yafang  # noqa: E402
import unit_sz_zhen  # noqa: E402
import unit_sz_zhengfawei  # noqa: E402
from unit_sz_common import TableSlip  # noqa: E402

MODULES = [unit_sz_zhengfawei, unit_sz_zhen, unit_sz_yafang]
# all three sealed when written (2026-12-07); opened since: none
OPENED: dict[str, str] = {}


def _s(x: str) -> str:
    return json.dumps(x, ensure_ascii=False)


def render(mod) -> str:
    f = mod.FIGURES
    out = [
        f"# Errors put in {f['name']} 2024年度部门决算 (an invented stand-in; unit_sz_expected.py wrote this file",
        "# from the unit module's SLIPS, every correct value computed in Decimal from the unit's figures).",
        f"id = {_s(f['id'])}",
        f"title = {_s(f['name'] + '2024年度部门决算')}",
        f"source = {_s('invented stand-in: tests/data/review_adv/' + mod.__name__ + '.py (make.py renders it)')}",
        f"unit = {_s(f['name'])}",
        "year = 2024",
        'doc = "决算"',
        "held_out = true",
        *([f"opened = {_s(OPENED[f['id']])}"] if f["id"] in OPENED else []),
        f"complete = {_s('whole document: 概况, the nine 公开 tables, 情况说明 一–十一, 名词解释')}",
        "no_errors_found = false",
        f"checked = {_s('every figure computed from the unit figures by make.py; the errors put in on purpose')}",
        "",
    ]
    for s in mod.SLIPS:
        out.append("[[errors]]")
        out.append(f"section = {_s(s.section)}")
        if isinstance(s, TableSlip):
            out.append(f"figure = {_s(s.value)}")
        else:
            out.append(f"figure = {_s(s.figure)}")
        out.append(f"kind = {_s(s.kind)}")
        out.append(f"correct = {_s(s.correct)}")
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
            if s.also:
                out.append("also = [" + ", ".join(f"{{figure = {_s(f)}, correct = {_s(c)}}}" for f, c in s.also) + "]")
        out.append(f"why = {_s(s.why)}")
        out.append("")
    for t in getattr(mod, "TOLERATED", []):
        out += ["[[tolerated]]", f"figure = {_s(t.figure)}", f"why = {_s(t.why)}", ""]
    return "\n".join(out)


def main() -> None:
    for mod in MODULES:
        (HERE / f"{mod.FIGURES['id']}.expected.toml").write_text(render(mod), encoding="utf-8")
        print("wrote", mod.FIGURES["id"])


if __name__ == "__main__":
    main()
