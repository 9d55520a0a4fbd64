"""The nine public tables' layout as data: keys, titles, columns (with header groups), footers.

A region that renames a table or adds 会议费/培训费 columns to 公开07 changes data — these
specs, or the ``[disclosure.layout]`` table of the data file — not code.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TypeVar

from ..core import catalog
from ..core import public_vocab as v

MONEY, TEXT, CODE = "money", "text", "code"
T = TypeVar("T")


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    group: str = ""  # upper header cell spanning the columns that share it
    kind: str = MONEY
    heads: tuple[str, ...] = ()  # the header cells above the label, top first, where more than ``group``

    @property
    def path(self) -> tuple[str, ...]:
        """The column's header cells from the top row down to its label."""
        return (*(self.heads or ((self.group,) if self.group else ())), self.label)


@dataclass(frozen=True)
class TableSpec:
    key: str  # 公开01 … 公开09
    title: str
    columns: tuple[Column, ...]
    empty_note: str = ""  # {unit} is the unit's name
    landscape: bool = False
    total_last: bool = False  # the 合计 row at the bottom (公开05), else at the top


def _coded(*amounts: tuple[str, str] | tuple[str, str, str]) -> tuple[Column, ...]:
    cols = [Column("code", "功能分类科目编码", "项目", CODE), Column("name", "科目名称", "项目", TEXT)]
    for a in amounts:
        cols.append(Column(a[0], a[1], a[2] if len(a) > 2 else ""))
    return tuple(cols)


_FUND = (("opening", "年初结转和结余"), ("income", "本年收入"), ("total", "合计", "本年支出"),
         ("basic", "基本支出", "本年支出"), ("project", "项目支出", "本年支出"), ("closing", "年末结转和结余"))
NO_FUND = "说明：{unit}本年度没有{fund}财政拨款收入和支出，故本表无数据。"

THREE_PUBLIC_ITEMS = ("合计", "因公出国(境)费", "公务用车购置及运行维护费", "公务用车购置费",
                      "公务用车运行维护费", "公务接待费")
T7_LABELS = {"合计": "合计", "因公出国(境)费": "因公出国（境）费",
             "公务用车购置及运行维护费": "公务用车购置及运行维护费小计",
             "公务用车购置费": "公务用车购置费", "公务用车运行维护费": "公务用车运行维护费",
             "公务接待费": "公务接待费", "会议费": "会议费", "培训费": "培训费"}


T7_TOP = "财政拨款“三公”经费"
T7_CAR = "公务用车购置及运行维护费"
T7_HEADS = {"公务用车购置及运行维护费": (T7_TOP, T7_CAR, "小计"), "公务用车购置费": (T7_TOP, T7_CAR, "公务用车购置费"),
            "公务用车运行维护费": (T7_TOP, T7_CAR, "公务用车运行维护费")}


def _t7_columns(items: tuple[str, ...]) -> tuple[Column, ...]:
    """The template's layout: 财政拨款“三公”经费 over every item, 公务用车购置及运行维护费 over 小计 | 购置 |
    运行维护, and 预算数/决算数 paired under each item."""
    return tuple(Column(f"{scenario}:{item}", label, T7_LABELS[item],
                        heads=T7_HEADS.get(item, (T7_TOP, T7_LABELS[item])))
                 for item in items for scenario, label in (("budget", "预算数"), ("final", "决算数")))


SPECS: dict[str, TableSpec] = {s.key: s for s in (
    TableSpec("公开01", "收入支出决算总表", (
        Column("in_name", "项目", "收入", TEXT), Column("in_amount", "决算数", "收入"),
        Column("out_name", "项目", "支出", TEXT), Column("out_amount", "决算数", "支出"))),
    TableSpec("公开02", "收入决算表", _coded(
        ("total", "本年收入合计"), ("fiscal", "财政拨款收入"), ("superior", "上级补助收入"),
        ("business", "事业收入"), ("operating", "经营收入"), ("affiliated", "附属单位上缴收入"),
        ("other", "其他收入")), landscape=True),
    TableSpec("公开03", "支出决算表", _coded(
        ("total", "本年支出合计"), ("basic", "基本支出"), ("project", "项目支出"), ("remit", "上缴上级支出"),
        ("operation", "经营支出"), ("subsidy", "对附属单位补助支出")), landscape=True),
    TableSpec("公开04", "财政拨款收入支出决算总表", (
        Column("in_name", "项目", "收入", TEXT), Column("in_amount", "决算数", "收入"),
        Column("out_name", "项目", "支出", TEXT), Column("out_total", "合计", "支出"),
        Column("out_general", "一般公共预算财政拨款", "支出"), Column("out_fund", "政府性基金预算财政拨款", "支出"),
        Column("out_capital", "国有资本经营预算财政拨款", "支出")), landscape=True),
    TableSpec("公开05", "一般公共预算财政拨款支出决算表", _coded(
        ("total", "合计"), ("basic", "基本支出"), ("project", "项目支出")), total_last=True),
    TableSpec("公开06", "一般公共预算财政拨款基本支出决算表", (
        Column("p_code", "经济分类科目编码", "", CODE), Column("p_name", "科目名称", "", TEXT),
        Column("p_amount", "决算数"),
        Column("c_code", "经济分类科目编码", "", CODE), Column("c_name", "科目名称", "", TEXT),
        Column("c_amount", "决算数"))),
    TableSpec("公开07", "财政拨款“三公”经费支出决算表", _t7_columns(THREE_PUBLIC_ITEMS), landscape=True),
    TableSpec("公开08", "政府性基金预算财政拨款收入支出决算表", _coded(*_FUND),
              NO_FUND.replace("{fund}", "政府性基金预算"), landscape=True),
    TableSpec("公开09", "国有资本经营预算财政拨款收入支出决算表", _coded(*_FUND),
              NO_FUND.replace("{fund}", "国有资本经营预算"), landscape=True),
)}
TABLE_KEYS = v.TABLE_KEYS
if tuple(SPECS) != TABLE_KEYS:  # the data file's [disclosure.layout] keys and the specs must agree
    raise RuntimeError("public table specs out of step with public_vocab.TABLE_KEYS")

# Table 1's and table 4's fixed rows, as data.
T1_INCOME = (
    ("一、一般公共预算财政拨款收入", "一般公共预算财政拨款收入"),
    ("二、政府性基金预算财政拨款收入", "政府性基金预算财政拨款收入"),
    ("三、国有资本经营预算财政拨款收入", "国有资本经营预算财政拨款收入"),
    ("四、上级补助收入", "上级补助收入"), ("五、事业收入", "事业收入"), ("六、经营收入", "经营收入"),
    ("七、附属单位上缴收入", "附属单位上缴收入"), ("八、其他收入", "其他收入"),
)
T1_FOOTER = (("本年收入合计", "本年支出合计"), ("使用非财政拨款结余", "结余分配"),
             ("年初结转和结余", "年末结转和结余"), ("总计", "总计"))
T4_INCOME = (("一、一般公共预算财政拨款", "general"), ("二、政府性基金预算财政拨款", "fund"),
             ("三、国有资本经营预算财政拨款", "capital"))
FUND_SUBROWS = (("一般公共预算财政拨款", "general"), ("政府性基金预算财政拨款", "fund"),
                ("国有资本经营预算财政拨款", "capital"))


# How a zero amount is printed, per (first year, region) of the template: "blank" (the cell left empty,
# as the 上海 form and most of its publications show it), "0.00" or "0". A unit's [disclosure.layout]
# ``zeros`` (for all tables, or per table) overrides it; regions without an entry print "0.00".
ZEROS: dict[tuple[int, str], str] = {(2024, "上海"): "blank"}


def _of_template(table: dict[tuple[int, str], T], year: int, region: str) -> T | None:
    """The newest entry of ``region`` not after ``year`` (None where the region has none)."""
    years = [y for y, r in table if r == region and y <= year]
    return table[(max(years), region)] if years else None


# The line under a table's title: {unit}, {year}, {key} filled in; empty parts are not printed. The 上海
# form prints 单位：万元 alone; elsewhere 编制单位 | 年度 | 表号 单位.
UNIT_LINES: dict[tuple[int, str], tuple[str, str, str]] = {(2024, "上海"): ("", "", "单位：万元")}
UNIT_LINE = ("编制单位：{unit}", "{year}年度", "{key}表　单位：万元")


# Whether a 款/项 name is indented under its 类 (by level); the 上海 form prints every name flush left.
INDENT_NAMES: dict[tuple[int, str], bool] = {(2024, "上海"): False}


def indent_names(year: int, region: str) -> bool:
    found = _of_template(INDENT_NAMES, year, region)
    return True if found is None else found


def unit_line_for(key: str, unit: str, year: int, region: str) -> tuple[str, str, str]:
    form = _of_template(UNIT_LINES, year, region) or UNIT_LINE
    a, b, c = (x.format(unit=unit, year=year, key=key) for x in form)
    return a, b, c


def zeros_for(key: str, year: int, region: str, layout: dict[str, dict[str, object]] | None = None) -> str:
    """How table ``key`` prints a zero: the unit's layout (this table — its "*" where given by column —,
    then all tables), else the template's."""
    own = layout or {}
    for place in (key, "*"):
        style = own.get(place, {}).get("zeros")
        if isinstance(style, dict):
            style = style.get("*")
        if isinstance(style, str):
            return style
    return _of_template(ZEROS, year, region) or "0.00"


def column_zeros(spec: TableSpec, layout: dict[str, dict[str, object]] | None = None
                 ) -> tuple[tuple[str, ...], list[str]]:
    """The zero style of each column of ``spec`` given by column in the unit's layout ("" where the
    table's own applies): a column is named by its header label (基本支出) or group and label (本年支出合计);
    and the names that match no column."""
    by_name = (layout or {}).get(spec.key, {}).get("zeros")
    if not isinstance(by_name, dict):
        return (), []
    styles = []
    for col in spec.columns:
        names = (col.label, f"{col.group}{col.label}", "".join(col.path))
        styles.append(next((str(by_name[n]) for n in names if n in by_name), ""))
    known = {n for col in spec.columns for n in (col.label, f"{col.group}{col.label}", "".join(col.path))}
    return tuple(styles), [n for n in by_name if n != "*" and n not in known]


def spec_for(key: str, layout: dict[str, dict[str, object]] | None = None) -> TableSpec:
    """The spec of table ``key`` with the unit's layout overrides (title, 公开07's extra items)."""
    spec = SPECS[key]
    own = (layout or {}).get(key, {})
    if "title" in own:
        spec = replace(spec, title=str(own["title"]))
    extra = own.get("extra_items")
    if key == "公开07" and isinstance(extra, list) and extra:
        spec = replace(spec, columns=_t7_columns((*THREE_PUBLIC_ITEMS, *extra)))
    return spec


# Notes printed under each table, in the 2024 上海 template's words (an empty table's 说明 follows).
NOTES: dict[str, str] = {
    "公开01": "注：本表反映部门本年度的总收支和年末结转结余情况。",
    "公开02": "注：本表反映部门本年度取得的各项收入情况。",
    "公开03": "注：本表反映部门本年度各项支出情况。",
    "公开04": "注：本表反映部门本年度财政拨款总收支和结转结余情况。",
    "公开05": "注：本表反映部门本年度一般公共预算财政拨款支出情况。",
    "公开06": "注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。",
    "公开07": "注：本表反映部门本年度“三公”经费支出预决算情况。",
    "公开08": "注：本表反映部门本年度政府性基金预算财政拨款收入支出及结转和结余情况。",
    "公开09": "注：本表反映部门本年度国有资本经营预算财政拨款收入支出及结转和结余情况。",
}


# Under a table whose printed totals and parts differ by their rounding (the figures are exact; each is
# rounded once to 0.01万元), as published tables word it.
ROUNDING_NOTE = "注：本表数据因四舍五入，合计与分项之和可能存在尾差。"


def note_for(key: str, department: bool) -> str:
    """The note under table ``key``: 本表反映部门… for a 部门决算, 本表反映单位… for a 单位决算."""
    note = NOTES.get(key, "")
    return note if department else note.replace("本表反映部门", "本表反映单位")


# 公开06's fixed rows per (first year, region): core.catalog.BASIC_TABLE_ROWS (one list, read by review too).
T6_ROWS = catalog.BASIC_TABLE_ROWS


# The classes that head 公开06's panels in every layout (the 上海 form's fixed rows hold them too): 301 and 303
# over 人员经费's 款, 302 over 公用经费's; any other class (310) heads the 款 typed under it.
T6_HEADS = ("301", "302", "303")


def t6_rows(year: int, region: str, typed: Iterable[str] = ()) -> tuple[tuple[str, str], ...]:
    """公开06's fixed (code, name) rows of ``year``'s template in ``region``; where the region keeps none,
    the class rows (``T6_HEADS`` and the class of each ``typed`` code)."""
    found = _of_template(T6_ROWS, year, region)
    if found is not None:
        return found
    heads = sorted({*T6_HEADS, *(code[:3] for code in typed)} & set(catalog.ECONOMIC_CLASSES))
    return tuple((code, catalog.ECONOMIC_CLASSES[code]) for code in heads)
