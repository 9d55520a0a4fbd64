"""The suite's own settings: properties run derandomized (CI never flakes on a rare class), each with a
number of examples the nightly run (benchmarks/bench_random_units.py) can raise, which finds them all; under
pytest-xdist (`make test`) a costly shared fixture is made once a run."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
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



def make_test_options() -> list[str]:
    """The options the Makefile's ``test`` target gives pytest."""
    line = next(ln for ln in (TESTS.parent / "Makefile").read_text().splitlines() if "-m pytest" in ln)
    return line.split("#")[0].split("-m pytest", 1)[1].split()


_CONFTEST = """
import pytest

def made(what):
    with open(MADE, "a") as f:
        f.write(what + "\\n")
"""
_MODULES = {  # a module-scoped fixture, a module's own cache, and two modules that keep nothing
    "test_fixture": """
import pytest
from conftest import made

@pytest.fixture(scope="module")
def shared():
    made("module fixture")

@pytest.mark.parametrize("k", range(8))
def test_uses_the_module_fixture(shared, k):
    pass
""",
    "test_cache": """
from functools import cache

import pytest
from conftest import made

@cache
def computed():
    made("module cache")

@pytest.mark.parametrize("k", range(8))
def test_uses_the_cache(k):
    computed()
""",
    **{f"test_plain{n}": """
import pytest

@pytest.mark.parametrize("k", range(4))
def test_plain(k):
    pass
""" for n in (1, 2)},
}


def test_make_test_makes_a_modules_fixtures_once_on_all_cores(pytester):
    """`make test` runs pytest on every core (pytest-xdist) and hands out whole modules (--dist loadscope): a
    module-scoped fixture or a module's functools cache is made once a run, not once per worker — the suite's
    LibreOffice conversions and rendered documents live in such fixtures. (--dist loadgroup's xdist_group marks
    are lost on pytest 9.2: pytest-xdist issue #1386.)"""
    pytest.importorskip("xdist")
    options = make_test_options()
    assert "-n" in options and options[options.index("-n") + 1] == "auto"
    options[options.index("-n") + 1] = "2"  # two workers whatever the machine
    made = pytester.path / "made.txt"
    pytester.makeconftest(f"MADE = {str(made)!r}\n" + _CONFTEST)
    pytester.makepyfile(**_MODULES)
    result = pytester.runpytest_subprocess(*options, "-p", "no:cacheprovider", "-vv")  # -vv: names the workers
    result.assert_outcomes(passed=24)
    assert len(set(re.findall(r"\[(gw\d)\]", result.stdout.str()))) == 2, "both workers ran tests"
    assert sorted(made.read_text().splitlines()) == ["module cache", "module fixture"]


def test_make_test_fails_when_no_test_is_collected(pytester):
    """pytest's exit code 5 (no tests collected) stays a failure under the Makefile's options."""
    pytest.importorskip("xdist")
    pytester.makepyfile(test_none="def helper():\n    pass\n")
    result = pytester.runpytest_subprocess(*make_test_options(), "-p", "no:cacheprovider")
    assert result.ret == pytest.ExitCode.NO_TESTS_COLLECTED
