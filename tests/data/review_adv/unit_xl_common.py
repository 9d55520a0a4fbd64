"""What the three 上海市西岭区 stand-ins (unit_xl_*.py, the third hand) share: the 功能分类 names make.py lacks,
a Unit whose 公开02/公开03 print their 合计 row at the bottom (as some offices' templates do), and the small
number formatters each office's 情况说明 uses."""

from __future__ import annotations

from decimal import Decimal

import make
import shared

sep, plain, rate = shared.sep, shared.plain, shared.rate

# 2024 政府收支分类科目 names of the codes the 西岭区 units use (added to make.NAMES, which the tables read)
make.NAMES.update(
    {
        "2080801": "死亡抚恤",
        "2080802": "伤残抚恤",
        "2080803": "在乡复员、退伍军人生活补助",
        "2080805": "义务兵优待",
        "2080899": "其他优抚支出",
        "20808": "抚恤",
        "20809": "退役安置",
        "2080901": "退役士兵安置",
        "2080904": "退役士兵管理教育",
        "20828": "退役军人管理事务",
        "2082801": "行政运行",
        "2082804": "拥军优属",
        "2082850": "事业运行",
        "20708": "广播电视",
        "2070808": "广播电视事务",
        "20799": "其他文化旅游体育与传媒支出",
        "2079902": "宣传文化发展专项支出",
        "2079999": "其他文化旅游体育与传媒支出",
    }
)

Z = Decimal("0.00")
CENT = Decimal("0.01")


# the Unit of the imported module ``make`` (which reads the names added above), also when make.py runs as __main__
Unit = make.Unit


class BottomTotals(make.Unit):
    """公开02 and 公开03 with their 合计 row printed last, under the 项 rows."""

    def tables(self) -> dict:
        tables = super().tables()
        for key in ("公开02", "公开03"):
            rows = tables[key]["rows"]
            rows.append(rows.pop(0))
        return tables
