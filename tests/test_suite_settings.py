"""The suite's own settings: properties run derandomized (CI never flakes on a rare class), each with a
number of examples the nightly run (benchmarks/bench_random_units.py) can raise, which finds them all."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tests import conftest

TESTS = Path(__file__).parent
sys.path.insert(0, str(TESTS.parent / "benchmarks"))

from bench_random_units import is_property  # noqa: E402

# a property that starts LibreOffice for each example: two fixed cases, never 400
FIXED = {"test_hardening.py": 1}


def test_the_suite_draws_the_same_examples_every_run():
    assert conftest.PROFILE == "suite"
    assert settings.default.derandomize and settings.default.database is None


def test_every_property_takes_its_examples_from_one_place():
    """max_examples=examples(n): the nightly profile raises every property to 400 examples or more."""
    for path in sorted(TESTS.glob("test_*.py")):
        literal = re.findall(r"max_examples\s*=\s*(?!examples\()", path.read_text(encoding="utf-8"))
        assert len(literal) == FIXED.get(path.name, 0), path.name


def test_examples_are_raised_only_outside_the_suite(monkeypatch):
    assert conftest.examples(12) == 12
    monkeypatch.setattr(conftest, "PROFILE", "nightly")
    assert conftest.examples(12) == conftest.NIGHTLY and conftest.examples(1000) == 1000
    monkeypatch.setenv("JUESUAN_EXAMPLES", "30")
    assert conftest.examples(12) == 30


@given(st.integers())
def _a_property(x):
    assert x == x


def _a_test_running_a_property():
    @given(st.integers())
    def check(x):
        assert x == x

    check()


def _a_plain_test():
    assert True


def test_the_nightly_run_finds_properties_by_their_given():
    assert is_property(_a_property) and is_property(_a_test_running_a_property)
    assert not is_property(_a_plain_test) and not is_property(None)
