"""What the three offices of the imaginary 上海市榆泾区 (the twentieth set, unit_yj_*.py) share: the 功能分类 names
they add to ``make.NAMES``, a ``Unit`` that prints the tables the way each office's export does (amounts with or
without thousands separators, zero cells blank, long 科目名称 cut short where the export's column is too narrow),
the formatters, Chinese numerals for counts, and the ``Slip``/``TableSlip``/``Tolerated`` records of the eighteenth
set (one error each: the replacement make.py puts in and its record, the correct value computed in Decimal from the
figures)."""

from __future__ import annotations

from decimal import ROUND_DOWN, Decimal

import make
import shared
from unit_ma_common import Slip, TableSlip, Tolerated, split

q, g, p, pc = shared.q, shared.sep_q, shared.plain_q, shared.pc
pc1 = shared.pc1

__all__ = ["NAMES", "D", "Slip", "TableSlip", "Tolerated", "Unit", "cnum", "g", "p", "pc", "pc1", "q", "split"]

D = Decimal
make.NAMES.update({
    "20126": "档案事务",
    "2012601": "行政运行",
    "2012602": "一般行政管理事务",
    "2012699": "其他档案事务支出",
    "20402": "公安",
    "2040201": "行政运行",
    "2040202": "一般行政管理事务",
    "2040219": "信息化建设",
    "2040220": "执法办案",
    "2040221": "特别业务",
    "2040299": "其他公安支出",
    "21301": "农业农村",
    "2130104": "事业运行",
    "2130108": "病虫害控制",
    "2130109": "农产品质量安全",
    "2130199": "其他农业农村支出",
})
NAMES = make.NAMES
CODED = ("公开02", "公开03", "公开05", "公开08", "公开09")


class Unit(make.Unit):
    """make.Unit's tables as the office's export prints them: ``PLAIN`` drops the thousands separators
    (「38652.40」, a spreadsheet's General format), ``ZERO`` replaces 「0.00」 (blank, 「-」), and ``CUT`` keeps only
    that many characters of a 科目名称 in the coded tables and 公开06 (a column too narrow for the export)."""

    PLAIN = False
    ZERO = "0.00"
    CUT = 0

    def tables(self) -> dict:
        tables = super().tables()
        for key, t in tables.items():
            for r in t["rows"]:
                for k, c in enumerate(r):
                    if self.PLAIN and "," in c and c.replace(",", "").replace(".", "").isdigit():
                        r[k] = c.replace(",", "")
                    if c == "0.00" and self.ZERO != "0.00":
                        r[k] = self.ZERO
                if self.CUT and key in CODED and r[0]:
                    r[1] = r[1][: self.CUT]
                if self.CUT and key == "公开06":
                    for k in (1, 4):
                        r[k] = r[k][: self.CUT] if r[k] not in ("人员经费合计", "公用经费合计") else r[k]
        return tables


def trunc1(a: Decimal, b: Decimal) -> str:
    """one decimal, cut off instead of rounded (a slip)"""
    return f"{q(a / b * 100, 1, ROUND_DOWN)}%"


_DIGITS = "零一二三四五六七八九"


def cnum(n: int) -> str:
    """Counts in Chinese numerals as the 中心 types them: 「三」「十二」「二十八」「一百八十六」."""
    if n < 10:
        return _DIGITS[n]
    if n < 20:
        return "十" + (_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _DIGITS[n // 10] + "十" + (_DIGITS[n % 10] if n % 10 else "")
    h, rest = divmod(n, 100)
    if not rest:
        return _DIGITS[h] + "百"
    return _DIGITS[h] + "百" + ("零" + _DIGITS[rest] if rest < 10 else cnum(rest) if rest >= 20 else "一" + cnum(rest))
