"""Small arithmetic expressions over named figures, evaluated exactly and written as Excel formulas.

One definition gives both the engine's value (``evaluate``: Decimal, ``None`` when an input is
missing or a divisor is 0) and the workbook's formula over the cells holding the same inputs
(``formula``: blank where the engine has no value), so the two cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from .compare import diff, pct_change, rate, ratio, total

Values = Mapping[str, Decimal | None]
Cells = Callable[[str], str | None]  # a figure's name -> its cell ("分析表!$C$12") or a literal, or None


class Expr:
    def evaluate(self, values: Values) -> Decimal | None:
        raise NotImplementedError

    def refs(self) -> tuple[str, ...]:
        raise NotImplementedError

    def body(self, cells: Mapping[str, str]) -> str:
        raise NotImplementedError

    def divisors(self, cells: Mapping[str, str]) -> tuple[str, ...]:
        return ()


@dataclass(frozen=True)
class Ref(Expr):
    name: str

    def evaluate(self, values: Values) -> Decimal | None:
        return values.get(self.name)

    def refs(self) -> tuple[str, ...]:
        return (self.name,)

    def body(self, cells: Mapping[str, str]) -> str:
        return cells[self.name]


@dataclass(frozen=True)
class Sum(Expr):
    terms: tuple[Expr, ...]

    def evaluate(self, values: Values) -> Decimal | None:
        """The exact sum; ``None`` when a term is missing; 0 for no terms (nothing to add)."""
        return total(t.evaluate(values) for t in self.terms) if self.terms else Decimal(0)

    def refs(self) -> tuple[str, ...]:
        return tuple(r for t in self.terms for r in t.refs())

    def body(self, cells: Mapping[str, str]) -> str:
        return "(" + "+".join(t.body(cells) for t in self.terms) + ")" if self.terms else "0"

    def divisors(self, cells: Mapping[str, str]) -> tuple[str, ...]:
        return tuple(d for t in self.terms for d in t.divisors(cells))


@dataclass(frozen=True)
class _Binary(Expr):
    a: Expr
    b: Expr

    def refs(self) -> tuple[str, ...]:
        return (*self.a.refs(), *self.b.refs())

    def divisors(self, cells: Mapping[str, str]) -> tuple[str, ...]:
        return (*self.a.divisors(cells), *self.b.divisors(cells))


class Sub(_Binary):
    """a − b."""

    def evaluate(self, values: Values) -> Decimal | None:
        return diff(self.a.evaluate(values), self.b.evaluate(values))

    def body(self, cells: Mapping[str, str]) -> str:
        return f"({self.a.body(cells)}-{self.b.body(cells)})"


class _Division(_Binary):
    def divisors(self, cells: Mapping[str, str]) -> tuple[str, ...]:
        return (*super().divisors(cells), self.b.body(cells))


class Ratio(_Division):
    """a ÷ b (元/人, ㎡/人, X:1)."""

    def evaluate(self, values: Values) -> Decimal | None:
        return ratio(self.a.evaluate(values), self.b.evaluate(values))

    def body(self, cells: Mapping[str, str]) -> str:
        return f"{self.a.body(cells)}/{self.b.body(cells)}"


class Rate(_Division):
    """a ÷ b × 100 in the engine; the plain fraction in Excel, whose cell is formatted as %."""

    def evaluate(self, values: Values) -> Decimal | None:
        return rate(self.a.evaluate(values), self.b.evaluate(values))

    def body(self, cells: Mapping[str, str]) -> str:
        return f"{self.a.body(cells)}/{self.b.body(cells)}"


class PctChange(_Division):
    """(a − b) ÷ b × 100 in the engine; the fraction in Excel."""

    def evaluate(self, values: Values) -> Decimal | None:
        return pct_change(self.a.evaluate(values), self.b.evaluate(values))

    def body(self, cells: Mapping[str, str]) -> str:
        return f"({self.a.body(cells)}-{self.b.body(cells)})/{self.b.body(cells)}"


def formula(expr: Expr, cells: Cells) -> str | None:
    """The Excel formula (without "=") of ``expr``, blank wherever the engine has no value;
    ``None`` when an input has no cell."""
    found: dict[str, str] = {}
    for name in dict.fromkeys(expr.refs()):
        cell = cells(name)
        if cell is None:
            return None
        found[name] = cell
    guards = [f"NOT(ISNUMBER({c}))" for c in found.values() if not _literal(c)]
    guards += [f"{d}=0" for d in dict.fromkeys(expr.divisors(found))]
    body = expr.body(found)
    return f'IF(OR({",".join(guards)}),"",{body})' if guards else body


def tail_share(own: str, whole: str, parts: str, position: int) -> str:
    """The Excel formula (without "=") of one row of a 占比 column, as ``compare.shares`` prints it:
    the row's share rounded once (a fraction to 4 places: 0.01%), and on the first largest of the
    ``parts`` (the range of the column's detail cells; ``position`` is the row's place in it, from 1)
    the 尾差 that makes the column add to 100.00%. Live: another row takes the 尾差 when the inputs change."""
    guard = f'IF(OR(NOT(ISNUMBER({own})),NOT(ISNUMBER({whole})),{whole}=0),"",'
    tail = f"IF(MATCH(MAX({parts}),{parts},0)={position},1-SUMPRODUCT(ROUND({parts}/{whole},4)),0)"
    return f"{guard}ROUND({own}/{whole},4)+{tail})"


def _literal(cell: str) -> bool:
    try:
        Decimal(cell)
    except ArithmeticError:
        return False
    return True


# -- derived table columns ------------------------------------------------------------------------
# A table column names its arithmetic as ``(op, column, ...)``; these are the operations, each an
# expression over the row's cells and two more names: the same column on the table's total row
# (``TOTAL`` + column) and the divisor of per-person columns (``DIVISOR``).
TOTAL = "total:"
DIVISOR = "divisor"
OPERATIONS: dict[str, Callable[..., Expr]] = {
    "sub": lambda a, b: Sub(Ref(a), Ref(b)),
    "pct_change": lambda a, b: PctChange(Ref(a), Ref(b)),
    "rate": lambda a, b: Rate(Ref(a), Ref(b)),
    "share": lambda a: Rate(Ref(a), Ref(TOTAL + a)),
    "per": lambda a: Ratio(Ref(a), Ref(DIVISOR)),
}


def column_expr(op: tuple[str, ...]) -> Expr:
    """The expression of a derived column ``op``, e.g. ``("rate", "final", "plan")``."""
    name, *args = op
    if name not in OPERATIONS:
        raise ValueError(f"unknown op {op}")
    return OPERATIONS[name](*args)
