"""What several hands' unit_XX_common.py wrote alike (one home for it; each common names these its own way, e.g.
``comma = shared.sep_q``): the figure formatters, a 项's 「类（类）款（款）项（项）」 chain, the 经济分类 lines a list
names, the 年初预算 total, and two ``make.Unit``s. Every amount rounds half-up, once."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import make

Z = Decimal("0.00")


def q(x: Decimal, places: int = 2, rounding: str = ROUND_HALF_UP) -> Decimal:
    """``x`` rounded to ``places`` decimals (half-up unless told)."""
    return x.quantize(Decimal(1).scaleb(-places), rounding)


def sep(x: Decimal) -> str:
    """「12,345.67」 as given."""
    return f"{x:,.2f}"


def plain(x: Decimal) -> str:
    """「12345.67」 as given."""
    return f"{x:.2f}"


def sep_q(x: Decimal) -> str:
    """「12,345.67」, rounded half-up first."""
    return f"{q(x):,.2f}"


def plain_q(x: Decimal) -> str:
    """「12345.67」, rounded half-up first."""
    return f"{q(x):.2f}"


def wan(x: Decimal, sep: bool = True) -> str:
    """「12,345.67」, or 「12345.67」 without ``sep``."""
    return f"{x:,.2f}" if sep else f"{x:.2f}"


def yuan(x: Decimal) -> str:
    """a 万元 amount written in 元: 「11,268,400.00」."""
    return sep_q(x * 10000)


def rate(a: Decimal, b: Decimal, places: int = 2) -> Decimal:
    """``a`` as a percentage of ``b``."""
    return q(a / b * 100, places)


def rate1(a: Decimal, b: Decimal) -> Decimal:
    """``a`` as a percentage of ``b`` to one decimal (「97.1」)."""
    return rate(a, b, 1)


def rate_str(a: Decimal, b: Decimal, places: int = 2) -> str:
    """「12.34」: the rate without its 「%」."""
    return str(rate(a, b, places))


def pc(a: Decimal, b: Decimal, places: int = 2, sep: str = "") -> str:
    """「12.34%」 (``sep`` between the figure and 「%」 where an office types one)."""
    return f"{rate(a, b, places)}{sep}%"


def pc1(a: Decimal, b: Decimal) -> str:
    """「12.3%」: one decimal."""
    return pc(a, b, 1)


def subject(code: str) -> str:
    """「一般公共服务支出（类）人大事务（款）行政运行（项）」."""
    n = make.NAMES
    return f"{n[code[:3]]}（类）{n[code[:5]]}（款）{n[code]}（项）"


def lines_of(u: make.Unit, table: list[tuple[str, str]]) -> list[str]:
    """The names of the 款-level 经济分类 lines of ``table`` (make.PERSONNEL / PUBLIC) that are not zero."""
    return [n for c, n in table if len(c) == 5 and u.eco.get(c, Z) != Z]


def budget_of(u: make.Unit) -> Decimal:
    """The unit's 年初预算: the sum of its 项's."""
    return sum((it["budget"] for it in u.items.values()), Z)


class Unit(make.Unit):
    """make.Unit as the imported module ``make`` defines it (its NAMES hold the codes the commons add), for make.py
    run as a script, which takes a module's ``Unit``: its own would look the codes up in ``__main__.NAMES``."""


class ZeroUnit(Unit):
    """make.Unit's tables with zero amount cells printed as ``ZERO`` (「-」, or blank): set per unit module."""

    ZERO = "0.00"

    def tables(self) -> dict:
        tables = super().tables()
        if self.ZERO != "0.00":
            for t in tables.values():
                for r in t["rows"]:
                    for k, c in enumerate(r):
                        if c == "0.00":
                            r[k] = self.ZERO
        return tables
