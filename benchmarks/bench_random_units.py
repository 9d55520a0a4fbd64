"""The nightly run of the suite's properties (hypothesis): random seeds and many examples.

The suite runs every property derandomized with a few examples (tests/conftest.py, profile ``suite``):
the same examples each run, so CI never flakes on a rare class. This runs the same tests under the
``nightly`` profile: a fresh random seed, at least 400 examples each (``tests.conftest.examples``),
and prints the seed and every falsifying example hypothesis reports, so a failure can be replayed:

    .venv/bin/python benchmarks/bench_random_units.py [--examples N] [--seed S] [-k EXPR] [tests/...]

A property is a test decorated with ``@given`` or one whose body runs an ``@given`` check (found by
its source, not a list); nothing else is run. Exit status: pytest's (0 when every property held).
"""

from __future__ import annotations

import argparse
import inspect
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "src")]


def is_property(function) -> bool:
    """A hypothesis test, or a test whose body defines and runs a ``@given`` check."""
    from hypothesis import is_hypothesis_test

    if is_hypothesis_test(function):
        return True
    try:
        return "@given(" in inspect.getsource(function)
    except (OSError, TypeError):
        return False


class Properties:
    """pytest plugin: keeps the properties only; collects the falsifying examples of failures."""

    def __init__(self) -> None:
        self.failures: list[tuple[str, list[str]]] = []
        self.kept = 0

    def pytest_collection_modifyitems(self, config, items) -> None:
        keep = [i for i in items if is_property(getattr(i, "function", None))]
        config.hook.pytest_deselected(items=[i for i in items if i not in keep])
        items[:] = keep
        self.kept = len(keep)

    def pytest_runtest_logreport(self, report) -> None:
        if report.failed:
            text = report.longreprtext.splitlines()
            lines = [x for x in text if "Falsifying" in x or x.startswith(("E ", "  ", "@reproduce_failure"))]
            self.failures.append((report.nodeid, [x for x in lines if x.strip()][-40:]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", default=[str(ROOT / "tests")])
    ap.add_argument("--examples", type=int, default=400, help="at least this many examples a property")
    ap.add_argument("--seed", type=int, help="hypothesis seed (default: a random one, printed)")
    ap.add_argument("-k", dest="keyword", help="pytest -k expression")
    args = ap.parse_args(argv)
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2**32)
    os.environ["JUESUAN_HYPOTHESIS"] = "nightly"
    os.environ["JUESUAN_EXAMPLES"] = str(args.examples)

    import pytest

    plugin = Properties()
    options = ["-q", "-p", "no:cacheprovider", "--tb=short", f"--hypothesis-seed={seed}",
               "-o", "addopts=", *(["-k", args.keyword] if args.keyword else []), *args.paths]
    print(f"properties with >= {args.examples} examples, hypothesis seed {seed}", flush=True)
    start = time.perf_counter()
    code = pytest.main(options, plugins=[plugin])
    print(f"\n{plugin.kept} properties, {len(plugin.failures)} failed, {time.perf_counter() - start:.0f} s, "
          f"seed {seed} (replay: --seed {seed} --examples {args.examples})")
    for nodeid, lines in plugin.failures:
        print(f"\nFAILED {nodeid}")
        print("\n".join(lines))
    return int(code)


if __name__ == "__main__":
    sys.exit(main())
