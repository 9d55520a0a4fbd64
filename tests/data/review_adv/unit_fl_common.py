"""上海市枫林区 (seventh set, all three sealed): what the three unit modules share — the 功能分类 names they add to
``make.NAMES``, ``Unit`` (公开05's 合计 row printed first, as some offices' software exports it), number formatters,
and ``Slip``/``TableSlip``: one error each, the replacement make.py puts in and its record (figure as written, the
correct value computed in Decimal from the unit's figures, the sum that gives it) together."""

from __future__ import annotations

from decimal import Decimal

import make
import shared
import slips

Slip, TableSlip = slips.Slip, slips.TableSlip  # the unit modules import their records from here
errors, table_errors = slips.errors_of, slips.table_errors_of

q, pct = shared.q, shared.pc

make.NAMES.update({
    "206": "科学技术支出",
    "20601": "科学技术管理事务",
    "2060101": "行政运行",
    "2060102": "一般行政管理事务",
    "20604": "技术研究与开发",
    "2060404": "科技成果转化与扩散",
    "2060499": "其他技术研究与开发支出",
    "20607": "科学技术普及",
    "2060702": "科普活动",
    "20699": "其他科学技术支出",
    "2069999": "其他科学技术支出",
    "211": "节能环保支出",
    "21101": "环境保护管理事务",
    "2110101": "行政运行",
    "2110102": "一般行政管理事务",
    "2110105": "环境保护法规、规划及标准",
    "2110150": "事业运行",
    "2110199": "其他环境保护管理事务支出",
    "21102": "环境监测与监察",
    "2110203": "建设项目环评审查与监督",
    "2110299": "其他环境监测与监察支出",
    "21103": "污染防治",
    "2110301": "大气",
    "2110302": "水体",
    "2110307": "土壤",
})
NAMES = make.NAMES
Z = Decimal("0.00")


class Unit(make.Unit):
    """make.Unit with 公开05's 合计 row first (above the 类 rows), the way the office's export prints it."""

    TOTAL_FIRST = ("公开05",)

    def tables(self) -> dict:
        tables = super().tables()
        for key in self.TOTAL_FIRST:
            rows = tables[key]["rows"]
            total = next(r for r in rows if r[1] == "合计")
            rows.remove(total)
            rows.insert(0, total)
        return tables


def comma(x: Decimal, places: int = 2) -> str:
    return f"{q(x, places):,.{places}f}"


def plain(x: Decimal, places: int = 2) -> str:
    return f"{q(x, places):.{places}f}"


def swap(s: str, i: int, j: int) -> str:
    """``s`` with its characters ``i`` and ``j`` transposed (a slip of the fingers)."""
    chars = list(s)
    chars[i], chars[j] = chars[j], chars[i]
    return "".join(chars)


def fund_names(u, code: str) -> str:
    """「节能环保支出（类）污染防治（款）大气（项）」 for a 项 code."""
    return f"{NAMES[code[:3]]}（类）{NAMES[code[:5]]}（款）{NAMES[code]}（项）"

