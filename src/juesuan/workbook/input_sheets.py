"""The input sheets described as data: titles, notes, blocks with their header and row labels,
the kind of each column, validations, widths, frozen panes and page orientation.

The builder renders these; the positions themselves come from ``layout``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..core import catalog as c
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

    def area(self) -> tuple[int, int, int, int]:
        j = self.block.col + self.block.columns.index(self.column)
        k = self.block.col + self.block.columns.index(self.to_column or self.column)
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


def _amounts(block: L.Block, skip: int = 0) -> tuple[str, ...]:
    return block.columns[skip:]


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
        ((0, 0, 22), (1, 1, 36), (2, 2, 44)), (L.FIRST, 0),
    ),
    InputSheet(
        L.AMOUNTS, "收入支出预决算", "单位：元。未发生的填0；没有该项数据的留空（留空表示未填报，不是0）。",
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
)
