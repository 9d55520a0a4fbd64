"""Shared by the seventeenth hand's 上海市雁滨区 (unit_yb_*): the 功能分类 names the units add to ``make.NAMES``, the
figure formatters of the district's texts (amounts in 万元 as the tables print them; percentages rounded half-up
once, to one place in the 财政局's text and two in the others'), the empty-table notes each office types, and
``Slip`` / ``TableSlip`` (the thirteenth hand's records: one error put in, with its correct value computed in
Decimal from the figures)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import ClassVar

import make
import shared
from unit_hj_common import Slip, TableSlip, errors_of, table_errors_of

grouped, plain = shared.sep, shared.plain

__all__ = ["Slip", "TableSlip", "Unit", "Z", "errors_of", "grouped", "pc", "plain", "table_errors_of"]

Z = Decimal("0.00")

make.NAMES.update({
    "20106": "财政事务",
    "2010601": "行政运行",
    "2010602": "一般行政管理事务",
    "2010604": "预算改革业务",
    "2010605": "财政国库业务",
    "2010607": "信息化建设",
    "2010608": "财政委托业务支出",
    "2010650": "事业运行",
    "20404": "检察",
    "2040401": "行政运行",
    "2040402": "一般行政管理事务",
    "2040409": "检察监督",
    "2040499": "其他检察支出",
})


def pc(a: Decimal, b: Decimal, places: int = 2) -> str:
    """a as a percentage of b, rounded half-up once, without the sign."""
    return str((a / b * 100).quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP))


class Unit(make.Unit):
    """make.Unit whose empty 公开08/09 carry the office's own note (``EMPTY``, formatted with the unit's name and
    the fund's word) in place of the template's 说明."""

    EMPTY: ClassVar[str] = ""

    def tables(self) -> dict:
        tables = super().tables()
        if self.EMPTY:
            for key, word in (("公开08", "政府性基金"), ("公开09", "国有资本经营")):
                notes = tables[key]["notes"]
                if len(notes) == 2:
                    notes[1] = self.EMPTY.format(name=self.name, word=word)
        return tables
