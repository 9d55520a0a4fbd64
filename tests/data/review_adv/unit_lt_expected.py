"""Writes ``<id>.expected.toml`` for the fifteenth hand's units (上海市芦汀区) from each unit module's ``SLIPS``: every
correct value is computed there in Decimal from the unit's figures, the same figures make.py computes the tables from.
All three are sealed (``held_out = true``, no ``opened``).

Run: ``python tests/data/review_adv/unit_lt_expected.py``."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

import unit_lt_dangxiao  # noqa: E402
import unit_lt_guoziwei  # noqa: E402
import unit_lt_renda  # noqa: E402
from expected_writer import ON_PURPOSE, Writer  # noqa: E402

MODULES = [unit_lt_guoziwei, unit_lt_renda, unit_lt_dangxiao]
OPENED: dict[str, str] = {"luting-guoziwei-2024": "2026-12-07"}
# this hand's files say 「Sealed」 even where the document has been opened since
WRITER = Writer("lt", MODULES, OPENED, replace(ON_PURPOSE, seal=(ON_PURPOSE.seal[1], ON_PURPOSE.seal[1])),
                district="上海市芦汀区", ordinal="fifteenth")
render = WRITER.render

if __name__ == "__main__":
    WRITER.main()
