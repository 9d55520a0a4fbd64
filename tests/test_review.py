"""审阅: the seed report's errors are found with their right values, juesuan's own reports
review clean (text, .docx, PDF), mutants are caught, and the outputs are written."""

from __future__ import annotations

import json
import random
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from juesuan.core.parse import parse
from juesuan.report import analyze
from juesuan.review import review_path, review_text
from juesuan.review.extract import read
from juesuan.review.figures import find_figures
from juesuan.sources.datafile import load_sample
from tests.review_mutants import mutate
from tests.units import documents

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_bc0a8bbd7780701e.txt"
if not SEED.exists():  # worktrees live beside /work/shared
    SEED = Path("/work/shared/seed/000_bc0a8bbd7780701e.txt")
needs_seed = pytest.mark.skipif(not SEED.exists(), reason="reference report not present")
needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice missing")


@st.composite
def balanced(draw):
    """A random unit whose income equals its spending in every column (no 收支不平衡 error)."""
    doc = draw(documents())
    income = doc["income"][0]
    for col in ("prior_budget", "budget", "adjusted_budget", "final", "prior_final"):
        values = [row.get(col) for row in doc["spending"]]
        income.pop(col, None)
        if all(v is not None for v in values):
            income[col] = sum(values, Decimal(0))
    income.setdefault("final", Decimal(0))
    doc["income"] = [income]
    if "functions" in doc:  # 功能分类 adds up to the same totals
        for col in ("prior_budget", "budget", "adjusted_budget", "final", "prior_final"):
            rows = doc["functions"]
            for row in rows:
                row.pop(col, None) if col not in income else None
            if col in income:
                for row in rows:
                    row.setdefault(col, Decimal(0))
                rest = sum((row[col] for row in rows[:-1]), Decimal(0))
                if rest > income[col]:
                    for row in rows[:-1]:
                        row[col] = Decimal(0)
                    rest = Decimal(0)
                rows[-1][col] = income[col] - rest
    return doc


def sample_report():
    return analyze(load_sample()[0])


# --- figures ------------------------------------------------------------------

def test_figures_read_malformed_numbers_at_their_evident_value():
    figs = find_figures("增加54,7,774.03元，减少442，400.00元，增长78.84%%，余额225,976.861元，共3个。")
    assert [(f.value, f.unit) for f in figs] == [
        (Decimal("547774.03"), "元"), (Decimal("442400.00"), "元"), (Decimal("78.84"), "%"),
        (Decimal("225976.861"), "元")]
    assert [p[0] for f in figs for p in f.problems] == [
        "R-FORMAT-GROUP", "R-FORMAT-WIDTH", "R-FORMAT-PERCENT", "R-FORMAT-DECIMALS"]
