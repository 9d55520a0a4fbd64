"""Writes ``maipu-*.expected.toml`` (the thirty-first set, 上海市麦浦区) from the unit modules' ``SLIPS``: each error as
written, its correct value (computed in Decimal from the unit's figures, in the module) and why, then the
``TOLERATED`` figures. All three documents are sealed when written (``held_out = true``; ``OPENED`` lists those
opened since). Run after make.py: ``python tests/data/review_adv/unit_mp_expected.py``."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

import unit_mp_jiuzhu  # noqa: E402
import unit_mp_liangchu  # noqa: E402
import unit_mp_tuanqu  # noqa: E402
from expected_writer import SECTION_LAST, Style, Writer  # noqa: E402

MODULES = [unit_mp_liangchu, unit_mp_tuanqu, unit_mp_jiuzhu]
# all three sealed when written (2026-12-07); opened since: tuanqu and jiuzhu by rev61
OPENED: dict[str, str] = {"maipu-tuanqu-2024": "2026-12-07", "maipu-jiuzhu-2024": "2026-12-07"}  # rev61
STYLE = Style(
    comment=("# {name}2024年度部门决算 ({district}, the {ordinal} hand; an invented stand-in):",
             "# the errors make.py put in, written by {script} from {module}.py (do not edit by hand). {seal}"),
    seal=("Opened {opened}: tuning material since.", "Sealed when written: no rule author reads its findings."),
    source="invented stand-in ({district}): tests/data/review_adv/{module}.py, rendered by make.py",
    complete="whole document: 第一部分 概况, 第二部分 the nine 公开 tables, 第三部分 情况说明 一–十一, "
    "第四部分 名词解释",
    checked="every table cell computed from the unit's figures by make.py; each correct value computed in Decimal "
    "by {module}.py from the same figures, its calc evaluating to it",
    order=SECTION_LAST,
)
WRITER = Writer("mp", MODULES, OPENED, STYLE, district="上海市麦浦区", ordinal="thirty-first")
render = WRITER.render

if __name__ == "__main__":
    WRITER.main()
