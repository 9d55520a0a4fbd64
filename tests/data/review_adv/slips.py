"""The records every hand's unit modules put their errors in (one home for them): a ``Slip`` in the text (``old`` →
``new``, make.py's ERRORS), a ``TableSlip`` in a 公开 table's cell (make.py's TABLE_ERRORS), a ``Tolerated`` right
figure a reviewer may question either way; expected_writer.py writes each as the expected file's record.

The hands differ only in the order they pass a record's leading fields in: ``Slip``/``TableSlip`` take the figure
first (and the section last), ``SectionSlip``/``SectionTableSlip`` the section first; a class whose ``POSITIONAL``
names another order takes that (unit_yx_common). The rest are keywords."""

from __future__ import annotations

from dataclasses import MISSING, dataclass, fields
from typing import Any, ClassVar, NamedTuple


def _fill(record: Any, args: tuple, kw: dict) -> None:
    """Sets ``record``'s fields from ``args`` (in its class's ``POSITIONAL`` order) and ``kw``; the rest default."""
    names = type(record).POSITIONAL
    if len(args) > len(names):
        raise TypeError(f"{type(record).__name__} takes {len(names)} positional fields, {len(args)} given")
    given = dict(zip(names, args, strict=False))
    if twice := given.keys() & kw.keys():
        raise TypeError(f"{type(record).__name__} given {sorted(twice)} twice")
    given.update(kw)
    for f in fields(record):
        if f.name in given:
            value = given.pop(f.name)
        elif f.default is not MISSING:
            value = f.default
        else:
            raise TypeError(f"{type(record).__name__} lacks {f.name}")
        object.__setattr__(record, f.name, value)
    if given:
        raise TypeError(f"{type(record).__name__} has no field {sorted(given)}")


@dataclass(frozen=True, init=False)
class Slip:
    """One error put in the text: ``old`` (exactly once in the clean text) becomes ``new``; ``figure`` is what a
    reviewer points at as written, ``correct`` its right value (from ``calc`` where there is one). ``also``: the same
    error's other figures, (as written, correct) or (as written, correct, calc)."""

    POSITIONAL: ClassVar[tuple[str, ...]] = ("old", "new", "figure", "kind", "correct", "why", "section")
    old: str
    new: str
    section: str
    figure: str
    kind: str
    correct: str
    why: str
    calc: str = ""
    context: str = ""
    needs: str = ""
    also: tuple[tuple[str, ...], ...] = ()

    def __init__(self, *args: Any, **kw: Any) -> None:
        _fill(self, args, kw)


@dataclass(frozen=True, init=False)
class TableSlip:
    """One error put in a 公开 table: the row of ``table`` whose code or label is ``row`` gets ``value`` in column
    ``col``; ``rows`` names the rows a reviewer points at (the cell's own row where empty)."""

    POSITIONAL: ClassVar[tuple[str, ...]] = ("table", "row", "col", "value", "kind", "correct", "why", "section",
                                             "rows")
    table: str
    row: str
    col: int
    value: str
    section: str
    kind: str
    correct: str
    why: str
    calc: str = ""
    rows: tuple[str, ...] = ()

    def __init__(self, *args: Any, **kw: Any) -> None:
        _fill(self, args, kw)

    @property
    def figure(self) -> str:
        return self.value


class SectionSlip(Slip):
    """A ``Slip`` whose hand passes the section first."""

    POSITIONAL = ("old", "new", "section", "figure", "kind", "correct", "why")


class SectionTableSlip(TableSlip):
    """A ``TableSlip`` whose hand passes the section first."""

    POSITIONAL = ("table", "row", "col", "value", "section", "kind", "correct", "why")


class Tolerated(NamedTuple):
    """A right figure a reviewer may question either way (not an error; a finding on it counts neither way)."""

    figure: str
    why: str


def errors_of(slips: list) -> list[tuple[str, str]]:
    """make.py's ERRORS from a unit's slips."""
    return [(s.old, s.new) for s in slips if isinstance(s, Slip)]


def table_errors_of(slips: list) -> list[tuple[str, str, int, str]]:
    """make.py's TABLE_ERRORS from a unit's slips."""
    return [(s.table, s.row, s.col, s.value) for s in slips if isinstance(s, TableSlip)]


def split(slips: list) -> tuple[list[tuple[str, str]], list[tuple[str, str, int, str]]]:
    """make.py's ERRORS and TABLE_ERRORS from a unit's slips."""
    return errors_of(slips), table_errors_of(slips)
