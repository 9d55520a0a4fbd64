"""Writes ``<id>.expected.toml`` for the twenty-seventh hand's units (上海市石埭区) from each unit module's
``SLIPS`` (and ``TOLERATED``): every correct value is computed there in Decimal from the unit's figures, the same
figures make.py computes the nine tables from. All three sealed when written (``held_out``, no ``opened``).

Run: ``python tests/data/review_adv/unit_sd_expected.py`` (after make.py)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

import unit_sd_jingwei  # noqa: E402
import unit_sd_touzicu  # noqa: E402
import unit_sd_zhengfuban  # noqa: E402
from make import toml_str  # noqa: E402
from unit_sd_common import Slip  # noqa: E402

MODULES = [unit_sd_zhengfuban, unit_sd_jingwei, unit_sd_touzicu]
OPENED: dict[str, str] = {}  # all three sealed when written


def render(mod) -> str:
    f = mod.FIGURES
    out = [
        f"# {f['name']}2024年度部门决算 — the errors put in on purpose (tests/data/review_adv/unit_sd_expected.py",
        "# wrote this file from the unit module; do not edit by hand). "
        + (f"OPENED {OPENED[f['id']]}: tuning material since." if f["id"] in OPENED
           else "Sealed: never read by a rule's author."),
        f"id = {toml_str(f['id'])}",
        f"title = {toml_str(f['name'] + '2024年度部门决算')}",
        "source = " + toml_str(f"invented stand-in (上海市石埭区, twenty-seventh hand): tests/data/review_adv/"
                               f"{mod.__name__}.py"),
        f"unit = {toml_str(f['name'])}",
        "year = 2024",
        'doc = "决算"',
        "held_out = true",
    ]
    if f["id"] in OPENED:
        out.append(f"opened = {toml_str(OPENED[f['id']])}")
    out += [
        'complete = "whole document: 第一部分 概况, the nine tables, 第三部分 情况说明, 第四部分 名词解释"',
        "no_errors_found = false",
        'checked = "Every correct value is computed by the unit module (unit_sd_*.py) in Decimal from the unit\'s '
        'figures (the same figures make.py computes the nine tables from); calc expressions evaluate to them exactly."',
    ]
    for s in mod.SLIPS:
        out += ["", "[[errors]]", f"section = {toml_str(s.section)}"]
        if isinstance(s, Slip):
            out.append(f"figure = {toml_str(s.figure)}")
        else:
            out += ['where = "table"', f"figure = {toml_str(s.value)}"]
        out += [f"kind = {toml_str(s.kind)}", f"correct = {toml_str(s.correct)}"]
        if s.calc:
            out.append(f"calc = {toml_str(s.calc)}")
        out.append(f"why = {toml_str(s.why)}")
        if isinstance(s, Slip):
            if s.context:
                out.append(f"context = {toml_str(s.context)}")
            if s.needs:
                out.append(f"needs = {toml_str(s.needs)}")
        else:
            out.append("rows = [" + ", ".join(toml_str(r) for r in s.rows) + "]")
    for t in getattr(mod, "TOLERATED", []):
        out += ["", "[[tolerated]]", f"figure = {toml_str(t.figure)}", f"why = {toml_str(t.why)}"]
    return "\n".join(out) + "\n"


def main() -> None:
    for mod in MODULES:
        (HERE / f"{mod.FIGURES['id']}.expected.toml").write_text(render(mod), encoding="utf-8")
        print("wrote", mod.FIGURES["id"])


if __name__ == "__main__":
    main()
