"""The 决算公开's own inputs (the ``[disclosure]`` table of the data file) as frozen values."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # core.model holds a Disclosure; the type only, to keep the import one-way
    from .model import UnitData



@dataclass(frozen=True)
class FunctionLine:
    """One 功能分类 line's public-table figures (元): its splits, its budget, its purpose."""

    code: str
    name: str
    index: int
    values: dict[str, Decimal] = field(default_factory=dict)
    purpose: str = ""

    def get(self, key: str) -> Decimal | None:
        return self.values.get(key)


@dataclass(frozen=True)
class EconomicLine:
    """一般公共预算财政拨款基本支出 of one economic class (301…/302…/303…/310…)."""

    code: str
    name: str
    index: int
    final: Decimal


@dataclass(frozen=True)
class MemberUnit:
    """部门决算单位构成: one unit of a 部门 and a note such as 预算不单列，并入本级."""

    name: str
    note: str = ""


@dataclass(frozen=True)
class Disclosure:
    """Everything the 决算公开 needs beyond the analysis inputs. Every part is optional."""

    department: bool = False
    region: str = ""  # the template's region (catalog.CLASS_LISTS); "" = national
    units: tuple[MemberUnit, ...] = ()
    lines: tuple[FunctionLine, ...] = ()
    basic_economics: tuple[EconomicLine, ...] = ()
    operating_costs: dict[str, Decimal] = field(default_factory=dict)  # final / prior_final / budget
    procurement: dict[str, Decimal] = field(default_factory=dict)
    vehicles: dict[str, int] = field(default_factory=dict)
    other: dict[str, int | Decimal] = field(default_factory=dict)
    performance: dict[str, int | Decimal | str] = field(default_factory=dict)
    prior: dict[str, Decimal] = field(default_factory=dict)  # total / fiscal_total / general_spending
    glossary: dict[str, str] = field(default_factory=dict)
    three_public: dict[str, str] = field(default_factory=dict)  # 七(二)'s 开支内容 / 主要用于 (public_vocab)
    layout: dict[str, dict[str, object]] = field(default_factory=dict)

    def line(self, code: str) -> FunctionLine | None:
        for line in self.lines:
            if line.code == code:
                return line
        return None


EMPTY = Disclosure()


def of_unit(data: UnitData) -> Disclosure | None:
    """The unit's ``[disclosure]`` table, ``None`` where the data file has none."""
    return data.disclosure
