"""Writes ``beian-*.expected.toml`` (上海市北岸区, fourth set, all sealed when written; ``OPENED`` since) from the
units' ``EXPECTED`` lists: every correct value there is computed in Decimal from the unit's figures, none typed by hand.

Run after make.py: ``python tests/data/review_adv/unit_ba_expected.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

import unit_ba_renshe  # noqa: E402
import unit_ba_shenji  # noqa: E402
import unit_ba_tiyu  # noqa: E402
from make import toml_str  # noqa: E402

SOURCE = "invented stand-in (上海市北岸区, fourth hand): tests/data/review_adv/"
MODULES = (unit_ba_renshe, unit_ba_tiyu, unit_ba_shenji)
# opened by the integrator (its findings read, tuning material since): 审计局, whose 2 false alarms (the bench's
# per-document count while sealed) were the most of the set; 人社局 and 体育局 stay sealed.
OPENED = {"beian-shenji-2024": "2026-12-06"}
CHECKED = (
    "Every correct value is computed by unit_ba_expected.py's modules in Decimal from the unit's figures (the same "
    "figures make.py computes the nine tables from); calc expressions evaluate to them exactly."
)


def render(mod) -> str:
    f = mod.FIGURES
    opened = OPENED.get(f["id"])
    out = [
        f"# {f['name']} 2024年度部门决算 — the errors put in on purpose (tests/data/review_adv/unit_ba_expected.py",
        "# wrote this file from the unit module; do not edit by hand). "
        + (f"OPENED {opened}: tuning material since." if opened else "SEALED: do not read to tune a rule."),
        f"id = {toml_str(f['id'])}",
        f"title = {toml_str(f['name'] + '2024年度部门决算')}",
        f"source = {toml_str(SOURCE + mod.__name__ + '.py')}",
        f"unit = {toml_str(f['name'])}",
        "year = 2024",
        'doc = "决算"',
        "held_out = true",
        *([f"opened = {toml_str(opened)}"] if opened else []),
        'complete = "whole document: 第一部分 概况, the nine tables, 第三部分 情况说明 一–十一, 第四部分 名词解释"',
        "no_errors_found = false",
        f"checked = {toml_str(CHECKED)}",
        "",
    ]
    for e in mod.EXPECTED:
        out.append("[[errors]]")
        out += [f"{k} = {toml_str(v)}" for k, v in e.items()]
        out.append("")
    return "\n".join(out)


def main() -> None:
    for mod in MODULES:
        path = HERE / f"{mod.FIGURES['id']}.expected.toml"
        path.write_text(render(mod), encoding="utf-8")
        print("wrote", path.name)


if __name__ == "__main__":
    main()
