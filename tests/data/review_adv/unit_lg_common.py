"""上海市柳港区 (the eleventh hand): the 功能分类 names its three units add to ``make.NAMES``, its ``Unit`` (the
科目名称 of 款 and 项 rows indented by full-width spaces, as the offices' finance software exports them), number
formatters, and ``Slip``/``TableSlip`` (one error: the replacement make.py puts in and its record together)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import make
import shared
import slips

Slip, TableSlip = slips.Slip, slips.TableSlip  # the unit modules import their records from here
errors_of, table_errors_of = slips.errors_of, slips.table_errors_of

wan = shared.wan

make.NAMES.update({
    "20103": "政府办公厅（室）及相关机构事务",
    "2010306": "政务公开审批",
    "20811": "残疾人事业",
    "2081101": "行政运行",
    "2081102": "一般行政管理事务",
    "2081104": "残疾人康复",
    "2081105": "残疾人就业",
    "2081106": "残疾人体育",
    "2081107": "残疾人生活和护理补贴",
    "2081199": "其他残疾人事业支出",
    "2120102": "一般行政管理事务",
    "2120109": "住宅建设与房地产市场监管",
    "22101": "保障性安居工程支出",
    "2210106": "公共租赁住房",
    "2210108": "老旧小区改造",
    "2210199": "其他保障性安居工程支出",
    "22103": "城乡社区住宅",
    "2210399": "其他城乡社区住宅支出",
    "2296006": "用于残疾人事业的彩票公益金",
})
Z = Decimal("0.00")
INDENT = "　"  # one full-width space a level: 款 one, 项 two
CODED = ("公开02", "公开03", "公开05", "公开08", "公开09")


class Unit(make.Unit):
    """make.Unit whose coded tables print 款 and 项 names indented (「　　行政运行」)."""

    def tables(self) -> dict:
        tables = super().tables()
        for key in CODED:
            for row in tables[key]["rows"]:
                code = row[0]
                if code.isdigit() and len(code) in (5, 7):
                    row[1] = INDENT * ((len(code) - 3) // 2) + row[1]
        return tables


def pct(a: Decimal, b: Decimal) -> Decimal:
    return (a / b * 100).quantize(Decimal("0.01"), ROUND_HALF_UP)


def pc(a: Decimal, b: Decimal) -> str:
    return f"{pct(a, b)}%"


def q(x: Decimal) -> Decimal:
    return x.quantize(Decimal("0.01"), ROUND_HALF_UP)

