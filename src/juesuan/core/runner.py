"""One isolating runner for every list of checks: core 审核, 决算公开 checks and 审阅 rules.

A check list is a plain sequence of ``(name, check)`` entries. Each check runs guarded: an
exception inside one becomes one internal finding naming it (made by the caller's
``internal`` function, so each family keeps its own code and finding type), and the other
checks still run — in a batch of many units, or on a document someone else wrote, one bug
must never cost the rest of the results.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

S = TypeVar("S")  # what the checks look at: Figures, Tables, a document
F = TypeVar("F")  # the finding type they produce

Entry = tuple[str, Callable[[S], Iterable[F]]]


def run_checks(entries: Sequence[tuple[str, Callable[[S], Iterable[F]]]], subject: S,
               internal: Callable[[str, BaseException], F]) -> list[F]:
    """Every entry over ``subject``, in order; a failing entry gives ``internal(name, exc)``."""
    out: list[F] = []
    for name, check in entries:
        try:
            out.extend(list(check(subject)))
        except Exception as exc:  # isolation boundary: reported as a finding
            out.append(internal(name, exc))
    return out


def describe(exc: BaseException) -> str:
    """An exception as the internal finding quotes it: ``ZeroDivisionError: boom``."""
    return f"{type(exc).__name__}: {exc}"
