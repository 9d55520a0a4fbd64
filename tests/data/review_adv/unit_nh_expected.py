"""Writes ``nanhu-*.expected.toml`` (the 上海市南湖区 stand-ins' errors) from the unit modules' ``SLIPS`` and
``TABLE_SLIPS``: every correct value there is computed in Decimal from the unit's figures, none typed by hand.
All three were sealed when written (``held_out = true``); ``OPENED`` lists those opened since.

Run after make.py: ``python tests/data/review_adv/unit_nh_expected.py``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

import unit_nh_danganguan  # noqa: E402
import unit_nh_sifaju  # noqa: E402
import unit_nh_xinqiao  # noqa: E402

MODULES = [unit_nh_sifaju, unit_nh_danganguan, unit_nh_xinqiao]
# opened by rev7 (its findings read, tuning material since): 档案馆, 4/7 found with 1 false alarm while sealed;
# 司法局 and 新桥 stay sealed.
OPENED = {"nanhu-danganguan-2024": "2026-12-06"}
CHECKED = (
    "Written by the fifth hand (tests/data/review_adv/unit_nh_*.py): the nine tables are make.py's, computed from the "
    "unit's figures; every figure of the 情况说明 is formatted from the same figures (Decimal, rounded half-up once), "
    "then the errors below were put in, one replacement each; each correct value is computed from the figures by "
    "unit_nh_expected.py's modules, not typed."
)


def q(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def render(mod) -> str:
    f = mod.FIGURES
    opened = OPENED.get(f["id"])
    out = [
        f"# {f['name']} 2024年度部门决算 — the errors put in (unit_nh_expected.py wrote this from {mod.__name__}.py)"
        + (f". OPENED {opened}: tuning material since." if opened else ""),
        f"id = {q(f['id'])}",
        f"title = {q(f['name'] + '2024年度部门决算')}",
        f"source = {q('invented stand-in (tests/data/review_adv/' + mod.__name__ + '.py), fifth hand, 2026-12-06')}",
        f"unit = {q(f['name'])}",
        "year = 2024",
        'doc = "决算"',
        "held_out = true",
        *([f"opened = {q(opened)}"] if opened else []),
        "complete = " + q("whole document: 第一部分 概况, the nine tables, 第三部分 情况说明 一–十一, "
                           "第四部分 名词解释"),
        "no_errors_found = false",
        f"checked = {q(CHECKED)}",
        "",
    ]
    for s in mod.SLIPS:
        out.append("[[errors]]")
        out.append(f"section = {q(s.section)}")
        out.append(f"figure = {q(s.figure)}")
        out.append(f"kind = {q(s.kind)}")
        out.append(f"correct = {q(s.correct)}")
        if s.calc:
            out.append(f"calc = {q(s.calc)}")
        if s.context:
            out.append(f"context = {q(s.context)}")
        if s.needs:
            out.append(f"needs = {q(s.needs)}")
        out.append(f"why = {q(s.why)}")
        out.append("")
    for t in mod.TABLE_SLIPS:
        out.append("[[errors]]")
        out.append(f"section = {q(t.section)}")
        out.append(f"figure = {q(t.value)}")
        out.append(f"kind = {q(t.kind)}")
        out.append(f"correct = {q(t.correct)}")
        if t.calc:
            out.append(f"calc = {q(t.calc)}")
        out.append('where = "table"')
        out.append("rows = [" + ", ".join(q(r) for r in t.rows) + "]")
        out.append(f"why = {q(t.why)}")
        out.append("")
    for figure, why in mod.TOLERATED:
        out.append("[[tolerated]]")
        out.append(f"figure = {q(figure)}")
        out.append(f"why = {q(why)}")
        out.append("")
    return "\n".join(out)


def main() -> None:
    for mod in MODULES:
        path = HERE / f"{mod.FIGURES['id']}.expected.toml"
        path.write_text(render(mod), encoding="utf-8")
        print("wrote", path.name)


if __name__ == "__main__":
    main()
