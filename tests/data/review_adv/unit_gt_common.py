"""What the three offices of the imaginary 上海市桂塘区 (the thirty-fifth set, unit_gt_*.py) share: the 2024 功能分类
names they add to ``make.NAMES`` (资源勘探工业信息等支出 类 with 工业和信息产业监管 and 支持中小企业发展和管理支出 款,
商业服务业等支出 类 with 商业流通事务 款, 网信事务 款, 科学技术普及 款), the figure formatters their habits need
and the records (``Slip``/``TableSlip``/``Tolerated`` of slips.py: one error each, the replacement make.py puts in,
its correct value computed in Decimal from the figures).

Real texts the offices took their habits from (search tool, "pages"): 中共重庆市璧山区委网络安全和信息化委员会
2020年度部门决算情况说明 (bishan.gov.cn: 「收支较上年决算数减少…，下降…%，主要原因是…」, 机构设置 in prose, the
unit a single budget unit), 重庆解放碑中央商务区管理委员会 2023年度部门决算 (cqyz.gov.cn: 「1.总体情况。」 headings,
rates to one decimal),
梧州市科学技术馆 2024年度单位决算 (「公益一类全额拨款事业单位，内设4个部门」), 银川市兴庆区委网信办 2021年部门决算
(the 机构设置 and its one unit), 衢江区经信局(商务局) 2023年度部门决算 (a 经信 office's 目录 and tables)."""

from __future__ import annotations

from decimal import Decimal

import make
import shared
from slips import Slip, TableSlip, Tolerated, split

__all__ = [
    "NAMES",
    "D",
    "Slip",
    "TableSlip",
    "Tolerated",
    "Unit",
    "budget_of",
    "chain",
    "lines_of",
    "one",
    "plain",
    "q",
    "r1",
    "r2",
    "sep",
    "split",
    "turn",
    "yuan",
]

D = Decimal
make.NAMES.update({
    "20137": "网信事务",
    "2013701": "行政运行",
    "2013702": "一般行政管理事务",
    "2013704": "安全管理",
    "2013799": "其他网信事务支出",
    "206": "科学技术支出",
    "20607": "科学技术普及",
    "2060701": "机构运行",
    "2060702": "科普活动",
    "2060703": "青少年科技活动",
    "2060705": "科技馆站",
    "215": "资源勘探工业信息等支出",
    "21505": "工业和信息产业监管",
    "2150501": "行政运行",
    "2150502": "一般行政管理事务",
    "2150517": "产业发展",
    "2150599": "其他工业和信息产业监管支出",
    "21508": "支持中小企业发展和管理支出",
    "2150805": "中小企业发展专项",
    "2150850": "事业运行",
    "216": "商业服务业等支出",
    "21602": "商业流通事务",
    "2160217": "市场监测及信息管理",
    "2160299": "其他商业流通事务支出",
})
NAMES = make.NAMES
q = shared.q
budget_of = shared.budget_of
lines_of = shared.lines_of
yuan = shared.yuan
chain = shared.subject


class Unit(shared.Unit):
    """make.Unit as the module ``make`` defines it (whose NAMES hold the names above)."""


def sep(x: Decimal) -> str:
    """「12,345.67」"""
    return shared.sep_q(x)


def plain(x: Decimal) -> str:
    """「12345.67」"""
    return shared.plain_q(x)


def r1(a: Decimal, b: Decimal) -> str:
    """「12.3%」: one decimal (经委)."""
    return shared.pc(a, b, 1)


def r2(a: Decimal, b: Decimal) -> str:
    """「12.34%」"""
    return shared.pc(a, b, 2)


def one(a: Decimal, b: Decimal) -> str:
    """the one-decimal rate without its 「%」."""
    return str(shared.rate(a, b, 1))


def turn(now: Decimal, before: Decimal) -> tuple[str, Decimal, str]:
    """(「增加」/「减少」, the amount, 「增长」/「下降」)."""
    dd = now - before
    return ("增加", dd, "增长") if dd >= 0 else ("减少", -dd, "下降")
