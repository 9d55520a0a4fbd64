"""上海市北岸区 (fourth set, a fourth hand): the 功能分类 names its units add to ``make.NAMES``, the way its
finance office lays out 公开02/03/05 (合计 row at the bottom), and its number formatters."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import make
import shared

w, plain = shared.sep, shared.plain

make.NAMES.update({
    "20108": "审计事务",
    "2010801": "行政运行",
    "2010802": "一般行政管理事务",
    "2010804": "审计业务",
    "2010806": "信息化建设",
    "20703": "体育",
    "2070301": "行政运行",
    "2070304": "运动项目管理",
    "2070305": "体育竞赛",
    "2070306": "体育训练",
    "2070307": "体育场馆",
    "2070308": "群众体育",
    "20801": "人力资源和社会保障管理事务",
    "2080101": "行政运行",
    "2080105": "劳动保障监察",
    "2080111": "公共就业服务和职业技能鉴定机构",
    "2080112": "劳动人事争议调解仲裁",
    "2080116": "引进人才费用",
    "2080150": "事业运行",
    "20807": "就业补助",
    "2080701": "就业创业服务补贴",
    "2080702": "职业培训补贴",
    "2080705": "公益性岗位补贴",
    "2101103": "公务员医疗补助",
    "2296003": "用于体育事业的彩票公益金",
})
NAMES = make.NAMES
Z = Decimal("0.00")


class Unit(make.Unit):
    """北岸区's tables: the 合计 row of 公开02 and 公开03 printed last, under the 科目 rows (as 公开05 already is)."""

    def tables(self) -> dict:
        tables = super().tables()
        for key in ("公开02", "公开03"):
            rows = tables[key]["rows"]
            tables[key]["rows"] = [*rows[1:], rows[0]]
        return tables


def p(a: Decimal, b: Decimal, places: int = 2) -> str:
    q = Decimal(1).scaleb(-places)
    return str((a / b * 100).quantize(q, ROUND_HALF_UP)) + "%"


def budget(u, prefix: str = "", fund: str = "gp") -> Decimal:
    return sum((it["budget"] for c, it in u.items.items() if c.startswith(prefix) and it["fund"] == fund), Z)


def chain(code: str) -> str:
    """「类（类）款（款）项（项）」 as the template names a 项."""
    return f"{NAMES[code[:3]]}（类）{NAMES[code[:5]]}（款）{NAMES[code]}（项）"


def err(section: str, figure: str, kind: str, correct: str, why: str, calc: str = "", context: str = "") -> dict:
    """One expected error as the .expected.toml lists it (unit_ba_expected.py writes the files)."""
    out = {"section": section, "figure": figure, "kind": kind, "correct": correct}
    if calc:
        out["calc"] = calc
    if context:
        out["context"] = context
    out["why"] = why
    return out

