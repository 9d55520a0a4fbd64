"""Shared fixtures: the built-in sample unit and its report."""

from __future__ import annotations

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
