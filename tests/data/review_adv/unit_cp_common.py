"""The twelfth hand's (adv12) district, 上海市澄浦区: the 功能分类 names its units add to ``make.NAMES``, a ``Unit``
whose zero cells print 「-」 (as the offices' Excel exports do), the figure formatters of the offices' habits (亿元
totals, 元 for the 三公, signed changes), and ``Slip``/``TableSlip``: one error, its replacement and its record
(the correct value computed in Decimal from the figures) together."""

from __future__ import annotations

from decimal import Decimal

import make
import shared
import slips

Slip, TableSlip = slips.Slip, slips.TableSlip  # the unit modules import their records from here
errors_of, table_errors_of = slips.errors_of, slips.table_errors_of

q, pc = shared.q, shared.pc

Z = Decimal("0.00")
for _code, _name in {
    "214": "交通运输支出",
    "21401": "公路水路运输",
    "2140101": "行政运行",
    "2140102": "一般行政管理事务",
    "2140104": "公路建设",
    "2140106": "公路养护",
    "2140110": "公路和运输安全",
    "2140112": "公路运输管理",
    "2140199": "其他公路水路运输支出",
    "20816": "红十字事业",
    "2081601": "行政运行",
    "2081602": "一般行政管理事务",
    "2081699": "其他红十字事业支出",
    "20702": "文物",
    "2070204": "文物保护",
    "2070205": "博物馆",
    "2070299": "其他文物支出",
}.items():
    make.NAMES.setdefault(_code, _name)


class DashUnit(make.Unit):
    """make.Unit with every zero amount cell printed 「-」 (the Excel export's number format)."""

    def tables(self) -> dict:
        tables = super().tables()
        for t in tables.values():
            t["rows"] = [["-" if c == "0.00" else c for c in row] for row in t["rows"]]
        return tables


def wan(x: Decimal, sep: bool = True) -> str:
    """An amount in 万元 as the text writes it (without the unit)."""
    return f"{q(x):,.2f}" if sep else f"{q(x):.2f}"


def yi(x: Decimal) -> str:
    """万元 as 亿元 to two places: 16345.04 → 「1.63」."""
    return f"{q(x / 10000):.2f}"


def yuan(x: Decimal) -> str:
    """万元 written in 元 with separators: 41.28 → 「412,800.00」."""
    return f"{q(x * 10000):,.2f}"


def signed(x: Decimal, sep: bool = True) -> str:
    """A change with its sign when negative: 「-23.45」."""
    return wan(x, sep)

