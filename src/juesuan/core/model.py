"""The unit's inputs as frozen values holding exact Decimals (the output of the reader)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from . import catalog
from .public_model import Disclosure

Amount = Decimal | None
WORKBOOK = "workbook"  # UnitData.origin of a unit read from a juesuan workbook


@dataclass(frozen=True)
class Line:
    """One amount row: an item (or a code with its name) and its scenario columns."""

    key: str
    name: str
    index: int  # position in its array table of the data file (0-based)
    values: dict[str, Decimal] = field(default_factory=dict)
    # columns the reader rejected (text, negative, …): 未填, never a blank read as 0 (core.blanks)
    rejected: frozenset[str] = field(default=frozenset(), compare=False, repr=False)

    def get(self, column: str) -> Amount:
        return self.values.get(column)


@dataclass(frozen=True)
class Unit:
    name: str
    year: int
    kind: str | None = None
    edition: str = "基层单位版"
    code: str | None = None  # 单位代码
    parent: str | None = None  # 上级单位 (its name or 单位代码), for the 部门 汇总


@dataclass(frozen=True)
class Settings:
    report_unit: str = "元"
    threshold_pct: Decimal = Decimal(catalog.DEFAULT_THRESHOLD_PCT)
    threshold_amount: Decimal = Decimal(catalog.DEFAULT_THRESHOLD_AMOUNT)


@dataclass(frozen=True)
class UnitData:
    """Everything one data file (or one workbook's input sheets) says about a unit."""

    unit: Unit
    people: dict[str, int | Decimal] = field(default_factory=dict)
    settings: Settings = Settings()
    income: tuple[Line, ...] = ()
    spending: tuple[Line, ...] = ()
    functions: tuple[Line, ...] = ()
    economics: tuple[Line, ...] = ()
    controlled: tuple[Line, ...] = ()
    quantities: dict[str, dict[str, int]] = field(default_factory=dict)
    balances: tuple[Line, ...] = ()
    assets: tuple[Line, ...] = ()
    reasons: dict[str, dict[str, str]] = field(default_factory=dict)
    text: dict[str, str] = field(default_factory=dict)
    disclosure: Disclosure | None = None  # the [disclosure] table (core.public_model)
    # where it was typed: "" a data file, WORKBOOK a juesuan workbook (a finding's wording says where to fill)
    origin: str = field(default="", compare=False)

    def reason(self, comparison: str, key: str) -> str | None:
        text = self.reasons.get(comparison, {}).get(key, "").strip()
        return text or None

    def quantity(self, key: str, column: str = "final") -> int | None:
        return self.quantities.get(key, {}).get(column)
