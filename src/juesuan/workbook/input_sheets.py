"""The input sheets described as data: titles, notes, blocks with their header and row labels,
the kind of each column, validations, widths, frozen panes and page orientation.

The builder renders these; the positions themselves come from ``layout``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..core import catalog as c
from ..core import public_vocab as v
from ..sources import layout as L

AMOUNT_RULE: dict[str, Any] = {
    "validate": "decimal", "criteria": ">=", "value": 0,
    "error_title": "金额不能为负", "error_message": "请输入不小于0的数字（元，最多两位小数）。",
    "input_title": "金额（元）", "input_message": "以元为单位，最多两位小数。",
}


@dataclass(frozen=True)
class Validation:
    """A data validation on ``column`` of a block: every row, or the row of one unit field."""

    block: L.Block
    column: str
    rule: dict[str, Any]
    field: str | None = None  # a 单位信息 field path: only its row
    to_column: str | None = None  # the last column when the rule covers several
    rows: tuple[int, int] | None = None  # only these rows of the block (first, last)

    def area(self) -> tuple[int, int, int, int]:
        j = self.block.col + self.block.columns.index(self.column)
        k = self.block.col + self.block.columns.index(self.to_column or self.column)
        if self.rows is not None:
            return self.block.row + self.rows[0], j, self.block.row + self.rows[1], k
        if self.field is not None:
            r = self.block.row + [p for p, _, _ in L.UNIT_FIELDS].index(self.field)
            return r, j, r, k
        return self.block.row, j, self.block.last_row, k


@dataclass(frozen=True)
class BlockSpec:
    block: L.Block
    corner: str | None = None  # the header left of the block (over its row labels)
    kinds: dict[str, str] = field(default_factory=dict)  # column → money | text | int (default money)
    amounts: tuple[str, ...] = ()  # columns validated as non-negative amounts
    notes: tuple[str, ...] = ()  # a note right of each row (单位信息)
    heads: tuple[tuple[str, ...], ...] = ()  # grouped headers: each column's header cells, top first
    row_kinds: tuple[str, ...] = ()  # a block of keys (公开说明): each row's kind, over ``kinds``
    wrap: bool = False  # long row labels wrapped, their rows as tall as their lines

    def header_cells(self) -> list[tuple[int, int, int, int, str]]:
        """(first row, first col, last row, last col, text) of every header cell over the block.
        A column's last header cell reaches down to the block; a group cell spans the neighbouring
        columns under the same groups (as the 公开 tables head theirs)."""
        b = self.block
        paths = self.heads or tuple((label,) for label in b.labels)
        top = b.row - b.heads
        out: list[tuple[int, int, int, int, str]] = []
        for level in range(b.heads):
            j = 0
            while j < len(paths):
                path = paths[j]
                if level >= len(path) - 1:  # the column's own label, down to the block
                    if level == len(path) - 1:
                        out.append((top + level, b.col + j, b.row - 1, b.col + j, path[-1]))
                    j += 1
                    continue
                k = j
                while k + 1 < len(paths) and len(paths[k + 1]) - 1 > level \
                        and paths[k + 1][:level + 1] == path[:level + 1]:
                    k += 1
                out.append((top + level, b.col + j, top + level, b.col + k, path[level]))
                j = k + 1
        return out


@dataclass(frozen=True)
class InputSheet:
    name: str
    title: str
    note: str
    blocks: tuple[BlockSpec, ...]
    validations: tuple[Validation, ...] = ()
    widths: tuple[tuple[int, int, float], ...] = ()  # (first column, last column, width)
    freeze: tuple[int, int] | None = None
    landscape: bool = False
    title_rows: tuple[int, int] | None = None  # rows printed on every page (default: down to the first header)
    row_breaks: tuple[int, ...] = ()  # a long sheet's pages start at these rows (a section never split)
    scale: int = 0  # a wide sheet: printed at this scale (%), a page from each of ``col_breaks``,
    col_breaks: tuple[int, ...] = ()  # with the ``title_cols`` on every page
    title_cols: tuple[int, int] | None = None


def _amounts(block: L.Block, skip: int = 0) -> tuple[str, ...]:
    return block.columns[skip:]


def _group_starts(block: L.Block, *columns: str) -> tuple[int, ...]:
    """The sheet columns where printed pages start: a page a group of columns, never half of one."""
    return tuple(block.col + block.columns.index(x) for x in columns)


# the group over 公开科目's last columns: a published table's row totals as printed (尾差), for import-tables
PRINTED_TOTALS = "公开表印出的行合计（导入公开表时写入：与各栏之和有尾差时）"


def _public_line_heads() -> tuple[tuple[str, ...], ...]:
    """公开科目's header cells, grouped as 公开02–05, 08, 09 head their columns: 收入 by source (财政拨款收入
    by fund), 支出 by nature, 财政拨款支出 by fund and 基本/项目, the funds' 结转和结余, 年初预算, 主要用于."""
    funds = {"general": "一般公共预算财政拨款", "fund": "政府性基金预算财政拨款", "capital": "国有资本经营预算财政拨款"}
    income = "本年收入（公开02）"
    heads: list[tuple[str, ...]] = [("项目", "功能分类科目编码"), ("项目", "科目名称")]
    heads += [(income, "财政拨款收入", funds[k]) if k in funds else (income, label)
              for k, label in v.INCOME_COLUMNS.items()]
    heads += [("本年支出（公开03）", label) for label in v.NATURE_COLUMNS.values()]
    heads += [("财政拨款支出（公开04、05、08、09）", funds[k.split("_")[0]], label[-4:])
              for k, label in v.FUND_SPENDING_COLUMNS.items()]
    heads += [("结转和结余（公开08、09）", funds[k.split("_")[0]], label[-7:])
              for k, label in v.FUND_BALANCE_COLUMNS.items()]
    heads += [("年初预算（情况说明）", funds[k.split("_")[0]]) for k in v.BUDGET_COLUMN]
    heads.append(("主要用于（情况说明）",))
    heads += [(PRINTED_TOTALS, label) for label in v.LINE_TOTALS.values()]
    if len(heads) != len(L.PUBLIC_LINES_BLOCK.columns) or max(map(len, heads)) != L.PUBLIC_LINES_BLOCK.heads:
        raise RuntimeError("公开科目 headers out of step with layout.PUBLIC_LINES_BLOCK")
    return tuple(heads)


COUNT_RULE: dict[str, Any] = {"validate": "integer", "criteria": ">=", "value": 0, "error_message": "请输入非负整数。"}
SCORE_RULE: dict[str, Any] = {"validate": "decimal", "criteria": "between", "minimum": 0, "maximum": 100,
                              "error_message": "请输入0到100之间的分数。"}
RULES = {"int": COUNT_RULE, "money": AMOUNT_RULE, "score": SCORE_RULE}


def _field_validations() -> tuple[Validation, ...]:
    """公开说明: each run of rows of one kind (counts, amounts, the score) validated as that kind."""
    out = []
    for block, (_, _, fields) in zip(L.PUBLIC_FIELD_BLOCKS, L.PUBLIC_SECTIONS, strict=True):
        r = 0
        while r < len(fields):
            k = r
            while k + 1 < len(fields) and fields[k + 1].kind == fields[r].kind:
                k += 1
            if fields[r].kind in RULES:
                out.append(Validation(block, "value", RULES[fields[r].kind], rows=(r, k)))
            r = k + 1
    return tuple(out)


def _public_notes() -> InputSheet:
    """公开说明: the 情况说明's sections 七, 十, 十一, the 上年 totals and 第四部分 名词解释, as the 2024 Shanghai
    template orders them: a section a block of rows, its label left, the hint (unit, what to write) right."""
    blocks = tuple(BlockSpec(block, head, notes=tuple(f.note for f in fields), row_kinds=tuple(f.kind for f in fields),
                             wrap=True)
                   for block, (_, head, fields) in zip(L.PUBLIC_FIELD_BLOCKS, L.PUBLIC_SECTIONS, strict=True))
    pages = ("in_public_three", "in_public_assets")  # 单位构成 | 七–十一(二) | 十一(三), 上年, 名词解释
    terms = BlockSpec(L.PUBLIC_TERMS_BLOCK, None, {"term": "text", "text": "text"})
    units = BlockSpec(L.PUBLIC_UNITS_BLOCK, None, {"no": "int", "name": "text", "note": "text"},
                      heads=tuple((L.UNITS_HEAD, label) for label in L.PUBLIC_UNITS_BLOCK.labels))
    return InputSheet(
        L.PUBLIC_NOTES, "决算公开：部门决算单位构成、情况说明七至十一、名词解释所需的数字和文字",
        "金额单位：元；个数、辆数为整数。留空表示未填报（情况说明写“未填报”），确实没有的填0。",
        (units, *blocks, terms), _field_validations(), ((0, 0, 40), (1, 1, 56), (2, 2, 22)), (L.FIRST, 0),
        title_rows=(0, 1), row_breaks=tuple(b.row - 1 for b in L.PUBLIC_FIELD_BLOCKS if b.name in pages))


INPUT_SHEETS: tuple[InputSheet, ...] = (
    InputSheet(
        L.UNIT, "单位信息", "浅黄色单元格为输入项。人数为整数。",
        (BlockSpec(L.UNIT_BLOCK, "项目", {"value": "text"}, notes=tuple(n for _, _, n in L.UNIT_FIELDS)),),
        (
            Validation(L.UNIT_BLOCK, "value", {"validate": "list", "source": list(c.UNIT_KINDS)}, "unit.kind"),
            Validation(L.UNIT_BLOCK, "value", {"validate": "list", "source": list(c.EDITIONS)}, "unit.edition"),
            Validation(L.UNIT_BLOCK, "value", {"validate": "list", "source": list(c.REPORT_UNITS)},
                       "settings.report_unit"),
            Validation(L.UNIT_BLOCK, "value", {"validate": "integer", "criteria": "between", "minimum": 1950,
                                               "maximum": 2199, "error_message": "请填写四位年份。"}, "unit.year"),
        ),
        ((0, 0, 20), (1, 1, 30), (2, 2, 30)), (L.FIRST, 0),
    ),
    InputSheet(
        L.AMOUNTS, "收入支出预决算",
        "单位：元。像官方决算表那样，未发生的可留空：某列在本表其他行已填时留空按0计算，整列都未填才是未填报；调整预算留空表示未调整。",
        (BlockSpec(L.INCOME_BLOCK, "收入项目", amounts=_amounts(L.INCOME_BLOCK)),
         BlockSpec(L.SPENDING_BLOCK, "支出项目", amounts=_amounts(L.SPENDING_BLOCK))),
        (), ((0, 0, 28), (1, 8, 16)), (L.FIRST, 1), landscape=True,
    ),
    *(
        InputSheet(
            sheet, title, f"单位：元。科目编码为{lengths}数字；上级科目可只填下级，程序自动汇总。",
            (BlockSpec(block, None, {"code": "text", "name": "text"}, _amounts(block, 2)),),
            (), ((0, 0, 12), (1, 1, 30), (2, 6, 16)), (L.FIRST, 2), landscape=True,
        )
        for sheet, block, title, lengths in (
            (L.FUNCTIONS, L.FUNCTIONS_BLOCK, "支出功能分类", "3位（类）、5位（款）或7位（项）"),
            (L.ECONOMICS, L.ECONOMICS_BLOCK, "支出经济分类", "3位（类）或5位（款）"),
        )
    ),
    InputSheet(
        L.CONTROLLED, "“三公”经费、会议费、培训费",
        "单位：元。“三公”经费合计和公务用车购置及运行维护费由程序计算，不需填写。",
        (BlockSpec(L.CONTROLLED_BLOCK, "项目", amounts=_amounts(L.CONTROLLED_BLOCK)),
         BlockSpec(L.QUANTITY_BLOCK, "实物量", {"final": "int", "prior_final": "int"})),
        (Validation(L.QUANTITY_BLOCK, "final", {"validate": "integer", "criteria": ">=", "value": 0,
                                                "error_message": "请输入非负整数。"}, to_column="prior_final"),),
        ((0, 0, 24), (1, 5, 16)), (L.FIRST, 1),
    ),
    InputSheet(
        L.BALANCES, "年末结转和结余", "单位：元。年初数应等于上年年末数。",
        (BlockSpec(L.BALANCES_BLOCK, "项目", amounts=_amounts(L.BALANCES_BLOCK)),),
        (), ((0, 0, 24), (1, 3, 16)),
    ),
    InputSheet(
        L.ASSETS, "资产负债", "单位：元。项目名称自行填写，如货币资金、固定资产、资产总额、负债总额。",
        (BlockSpec(L.ASSETS_BLOCK, None, {"item": "text"}, _amounts(L.ASSETS_BLOCK, 1)),),
        (), ((0, 0, 24), (1, 2, 16)), (L.FIRST, 1),
    ),
    InputSheet(
        L.REASONS, "原因说明",
        "每行一条：选择对比，填写项目名称（如人员经费）或科目编码（如210），合计填“合计”。相同的原因文字会合并说明。",
        (BlockSpec(L.REASONS_BLOCK, None, {"comparison": "text", "line": "text", "text": "text"}),),
        (Validation(L.REASONS_BLOCK, "comparison", {"validate": "list",
                                                    "source": list(c.REASON_COMPARISONS.values())}),),
        ((0, 0, 22), (1, 1, 26), (2, 2, 90)), (L.FIRST, 0), landscape=True,
    ),
    InputSheet(
        L.TEXT, "文字材料", "报告中由单位自行撰写的部分。一个单元格可写多段（Alt+Enter 换行）。",
        (BlockSpec(L.TEXT_BLOCK, "部分", {"text": "text"}),),
        (), ((0, 0, 20), (1, 1, 100)),
    ),
    InputSheet(
        L.PUBLIC_LINES, "决算公开：按功能分类科目分列的数字",
        "单位：元。每个项级科目（7位编码）填一行，类、款由程序汇总，也可像公开表那样只填类、款的名称；不涉及的留空。多种资金来源或多种支出性质的单位须填写"
        "（生成公开会列出需填写的科目）。",
        (BlockSpec(L.PUBLIC_LINES_BLOCK, None, {"code": "text", "name": "text", "purpose": "text"},
                   tuple(x for x in _amounts(L.PUBLIC_LINES_BLOCK, 2) if x != "purpose"),
                   heads=_public_line_heads()),),
        (), ((0, 0, 9), (1, 1, 20), (2, 27, 12), (28, 28, 30), (29, 33, 14)), (L.PUBLIC_LINES_BLOCK.row, 2),
        landscape=True, scale=70,
        col_breaks=_group_starts(L.PUBLIC_LINES_BLOCK, "basic", "general_basic", "fund_opening", "income_total"),
        title_cols=(0, 1),
    ),
    InputSheet(
        L.PUBLIC_ECONOMICS, "决算公开：一般公共预算财政拨款基本支出（公开06）",
        "单位：元。类（3位）或款（5位）：301、303为人员经费，302、310为公用经费。类可只填名称，不填金额时按其下各款合计。",
        (BlockSpec(L.PUBLIC_ECONOMICS_BLOCK, None, {"code": "text", "name": "text"},
                   _amounts(L.PUBLIC_ECONOMICS_BLOCK, 2)),),
        (), ((0, 0, 16), (1, 1, 36), (2, 2, 18)), (L.FIRST, 2),
    ),
    _public_notes(),
)
