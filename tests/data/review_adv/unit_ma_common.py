"""What the three offices of the imaginary 上海市梅岙区 (the eighteenth set, unit_ma_*.py) share: the 功能分类 names
they add to ``make.NAMES``, a ``Unit`` that prints zero cells the way an office's export does, the formatters
(「1,234.56」, 「1234.56」, one decimal, rates to one or two places, 「35.64」 kept in 元 as 「356,420.00」), and
``Slip``/``TableSlip``: one error each, the replacement make.py puts in and its record (the correct value computed in
Decimal from the figures) together."""

from __future__ import annotations

from decimal import Decimal

import make
import shared
import slips

Slip, TableSlip = slips.Slip, slips.TableSlip  # the unit modules import their records from here
Tolerated, split = slips.Tolerated, slips.split

Unit, q, g, p = shared.ZeroUnit, shared.q, shared.sep_q, shared.plain_q
pc = shared.pc

D = Decimal
CENT = D("0.01")
make.NAMES.update({
    "20129": "群众团体事务",
    "2012901": "行政运行",
    "206": "科学技术支出",
    "20607": "科学技术普及",
    "2060702": "科普活动",
    "2060703": "青少年科技活动",
    "2060704": "学术交流活动",
    "21002": "公立医院",
    "2100202": "中医（民族）医院",
    "21006": "中医药",
    "2100601": "中医（民族医）药专项",
    "21013": "医疗救助",
    "2101301": "城乡医疗救助",
    "21015": "医疗保障管理事务",
    "2101501": "行政运行",
    "2101504": "信息化建设",
    "2101506": "医疗保障经办事务",
})
NAMES = make.NAMES


def g1(x: Decimal) -> str:
    """「12,345.7」: one decimal, half-up (the 中医医院's 一–三)"""
    return f"{q(x, 1):,.1f}"

