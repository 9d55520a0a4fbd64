"""Writes ``fenglin-*.expected.toml`` (上海市枫林区, seventh set, all sealed when written; ``OPENED`` lists those opened
since) from the unit modules' slips: each error as written, its correct value (computed in Decimal from the unit's
figures, in the same record as the replacement make.py puts in) and the sum that gives it. Run after make.py:
``python tests/data/review_adv/unit_fl_expected.py``."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

import unit_fl_erzhong  # noqa: E402
import unit_fl_kewei  # noqa: E402
import unit_fl_sthj  # noqa: E402
from make import toml_str  # noqa: E402
from unit_fl_common import TableSlip  # noqa: E402

MODULES = [unit_fl_sthj, unit_fl_kewei, unit_fl_erzhong]
# opened by rev17 (its findings read, tuning material since): 第二中学, 2/7 found with 4 false alarms while sealed;
# 生态环境局 and 科委 stay sealed.
OPENED: dict[str, str] = {"fenglin-erzhong-2024": "2026-12-06"}
WHAT = {
    "fenglin-sthj-2024": "部门（局本级行政单位 + 区环境监测站公益一类事业单位），一般公共预算财政拨款 + 其他收入",
    "fenglin-kewei-2024": "一个行政单位（机构设置），全部为一般公共预算财政拨款",
    "fenglin-erzhong-2024": "公益一类事业单位（完全中学），财政拨款 + 事业收入 + 其他收入，年初/年末结转和结余",
}


def render(mod) -> str:
    f = mod.FIGURES
    out = [
        f"# {f['name']} 2024年度部门决算 — the errors put in (unit_fl_expected.py wrote this from {mod.__name__}.py).",
        *([f"# OPENED {OPENED[f['id']]}: tuning material since."] if f["id"] in OPENED else []),
        f"id = {toml_str(f['id'])}",
        f"title = {toml_str(f['name'] + '2024年度部门决算（stand-in，上海市枫林区，第七组）')}",
        f"source = {toml_str('invented stand-in: tests/data/review_adv/make.py + ' + mod.__name__ + '.py')}",
        f"unit = {toml_str(f['name'])}",
        "year = 2024",
        'doc = "决算"',
        "held_out = true",
    ]
    if f["id"] in OPENED:
        out.append(f"opened = {toml_str(OPENED[f['id']])}")
    out += [
        "complete = " + toml_str("whole document: 概况, nine 公开 tables, 情况说明 一–十一, 名词解释; "
                                 + WHAT[f["id"]]),
        "no_errors_found = false",
        "checked = " + toml_str("the tables are computed from one set of figures (make.py); every correct value below "
                                "is computed in Decimal from those figures in " + mod.__name__ + ".py"),
        "",
    ]
    for s in mod.SLIPS:
        out.append("[[errors]]")
        out.append(f"figure = {toml_str(s.figure)}")
        out.append(f"kind = {toml_str(s.kind)}")
        out.append(f"correct = {toml_str(s.correct)}")
        if s.calc:
            out.append(f"calc = {toml_str(s.calc)}")
        if isinstance(s, TableSlip):
            out.append('where = "table"')
            out.append("rows = [" + ", ".join(toml_str(f"{s.table} {r}") for r in s.rows) + "]")
        else:
            if s.context:
                out.append(f"context = {toml_str(s.context)}")
            if s.needs:
                out.append(f"needs = {toml_str(s.needs)}")
        out.append(f"section = {toml_str(s.section)}")
        out.append(f"why = {toml_str(s.why)}")
        out.append("")
    return "\n".join(out)


def main() -> None:
    for mod in MODULES:
        (HERE / f"{mod.FIGURES['id']}.expected.toml").write_text(render(mod), encoding="utf-8")
        print("wrote", mod.FIGURES["id"])


if __name__ == "__main__":
    main()
