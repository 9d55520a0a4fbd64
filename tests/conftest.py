"""Shared fixtures: the built-in sample unit and its report."""

from __future__ import annotations

from pathlib import Path

import pytest

from juesuan.report import analyze
from juesuan.sources.datafile import load_sample


@pytest.fixture(scope="session")
def sample():
    data, findings = load_sample()
    assert findings == []
    return data


@pytest.fixture(scope="session")
def sample_report(sample):
    return analyze(sample)


# The reference material lives beside the repository (``../shared``), on every developer's machine
# and in CI. A missing seed is a broken checkout, so tests that need it fail rather than skip.
REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed" / "000_bc0a8bbd7780701e.txt"
TEMPLATE_PDF = SHARED / "anchors" / "shanghai-2024-department-final-template.pdf"


def shared_file(path: Path) -> Path:
    """``path`` under ../shared, or a failing test that says where it was looked for."""
    if not path.exists():
        pytest.fail(f"reference file missing: {path} (the repository expects ../shared beside it)")
    return path
