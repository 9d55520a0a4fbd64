"""Writes ``liugang-*.expected.toml`` (上海市柳港区, the eleventh hand) from the unit modules' SLIPS: each error as
written, its kind, the correct value computed in Decimal from the figures, its calc, and why. All three documents
are sealed when written (``held_out = true``, no ``opened``).

Run after make.py: ``python tests/data/review_adv/unit_lg_expected.py``."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

import unit_lg_canlian  # noqa: E402
import unit_lg_dashuju  # noqa: E402
import unit_lg_fangguan  # noqa: E402
from make import toml_str  # noqa: E402
from unit_lg_common import Slip  # noqa: E402

MODULES = [unit_lg_fangguan, unit_lg_canlian, unit_lg_dashuju]
OPENED: dict[str, str] = {}


def render(mod) -> str:
    f = mod.FIGURES
    out = [
        f"# {f['name']} 2024年度部门决算 — the errors put in (unit_lg_expected.py wrote this from "
        f"{mod.__name__}.SLIPS).",
        f"id = {toml_str(f['id'])}",
        f"title = {toml_str(f['name'] + '2024年度部门决算（虚构）')}",
        f'source = "invented stand-in: tests/data/review_adv/make.py + {mod.__name__}.py (上海市柳港区, '
        'eleventh hand)"',
        f"unit = {toml_str(f['name'])}",
        "year = 2024",
        'doc = "决算"',
        "held_out = true",
        "complete = true",
        "no_errors_found = false",
        f"checked = {toml_str(mod.CHECKED)}",
        "",
    ]
    for s in mod.SLIPS:
        out.append("[[errors]]")
        out.append(f"figure = {toml_str(s.figure if isinstance(s, Slip) else s.value)}")
        out.append(f"kind = {toml_str(s.kind)}")
        out.append(f"correct = {toml_str(s.correct)}")
        if s.calc:
            out.append(f"calc = {toml_str(s.calc)}")
        if isinstance(s, Slip):
            if s.context:
                out.append(f"context = {toml_str(s.context)}")
        else:
            out.append('where = "table"')
            out.append("rows = [" + ", ".join(toml_str(r) for r in s.rows) + "]")
        out.append(f"section = {toml_str(s.section)}")
        out.append(f"why = {toml_str(s.why)}")
        out.append("")
    for figure, why in mod.TOLERATED:
        out += ["[[tolerated]]", f"figure = {toml_str(figure)}", f"why = {toml_str(why)}", ""]
    return "\n".join(out)


def main() -> None:
    for mod in MODULES:
        (HERE / f"{mod.FIGURES['id']}.expected.toml").write_text(render(mod), encoding="utf-8")
        print("wrote", mod.FIGURES["id"])


if __name__ == "__main__":
    main()
