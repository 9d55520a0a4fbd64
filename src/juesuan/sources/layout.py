"""Where everything lives in the workbook: the one module that knows sheets, anchors and names.

The builder, the readers (file and live Excel), the writers, the checks' cell locations and the
tests all ask this module; nothing else writes a cell address.
"""

from __future__ import annotations

from dataclasses import dataclass

from xlsxwriter.utility import xl_col_to_name, xl_rowcol_to_cell

from ..core import catalog as c
from ..core import public_vocab as pv

# -- sheets ---------------------------------------------------------------------------------------
GUIDE = "说明"
UNIT = "单位信息"
AMOUNTS = "收支预决算"
FUNCTIONS = "功能分类"
ECONOMICS = "经济分类"
CONTROLLED = "三公经费"
BALANCES = "结转结余"
ASSETS = "资产负债"
REASONS = "原因说明"
TEXT = "文字材料"
PUBLIC_LINES = "公开科目"  # [[disclosure.lines]]: one row a 项级科目, the 公开 tables' splits
PUBLIC_ECONOMICS = "公开经济分类"  # [[disclosure.basic_economics]]
PUBLIC_NOTES = "公开说明"  # the 情况说明's own figures and words: [disclosure.performance], .procurement …, .glossary
ANALYSIS = "分析表"
INDICATORS = "财务指标"
NARRATIVE = "分析报告"
FINDINGS = "审核结果"
CHARTS = "图表"
TAKEN = "取数"  # every input cell the analysis uses, checked once; the analysis formulas refer to it
DISCLOSURE = "决算公开"  # the nine public tables, filled by 生成公开
REVIEW = "审阅"  # a reviewer pastes a report here and clicks 审阅
PUBLIC_DATA = "公开数据"  # hidden: the rest of the data file's [disclosure] table as TOML text
CONF = "xlwings.conf"

INPUT_SHEETS = (UNIT, AMOUNTS, FUNCTIONS, ECONOMICS, CONTROLLED, BALANCES, ASSETS, REASONS, TEXT, PUBLIC_LINES,
                PUBLIC_ECONOMICS, PUBLIC_NOTES)
OPTIONAL_SHEETS = (PUBLIC_LINES, PUBLIC_ECONOMICS, PUBLIC_NOTES)  # a workbook made before them reads its 公开数据
OUTPUT_SHEETS = (ANALYSIS, INDICATORS, NARRATIVE, FINDINGS, CHARTS, TAKEN)
TOOL_SHEETS = (DISCLOSURE, REVIEW)  # written by their own buttons only, never by 重新计算
SHEETS = (GUIDE, *INPUT_SHEETS, *OUTPUT_SHEETS, *TOOL_SHEETS, PUBLIC_DATA, CONF)
PUBLIC_DATA_CELLS = 200  # column A from A1, each cell a piece of the text (Excel holds 32,767 a cell)
PUBLIC_DATA_CHUNK = 30000
# VBA code names of the sheets (ASCII), in sheet order
CODENAMES = {name: f"Sheet{i}" for i, name in enumerate(SHEETS, start=1)}
BUTTON_SHEETS = (GUIDE, *INPUT_SHEETS, *OUTPUT_SHEETS, DISCLOSURE)  # the main buttons; 审阅 has its own
# marker cell that says "this is a juesuan workbook", on the 说明 sheet
MARKER_CELL = (0, 8)  # I1
MARKER = "juesuan-workbook-v1"

NOT_JUESUAN = (f"不是 juesuan 工作簿（缺少“{GUIDE}”表的标记和输入表），未作任何修改。"
               "请用 juesuan template 生成的模板。")


# 审阅: the file to review (B3), or the report's text pasted one paragraph a row (column A from
# row 6); the findings go to columns C–I from row 6, under their headers in row 5.
REVIEW_PATH_CELL = (2, 1)
REVIEW_FIRST = 5
REVIEW_TEXT_COL = 0
REVIEW_TEXT_ROWS = 5000
REVIEW_OUT_COL = 2
REVIEW_COLUMNS = ("级别", "代码", "说明", "原文", "位置", "应为", "依据")
REVIEW_OUT_ROWS = 3000


# The 汇总 workbook (a 主管部门's list of unit workbooks and the cross-unit sheets).
SUMMARY_MARKER = "juesuan-summary-v1"
SUMMARY_LIST = "单位清单"
SUMMARY_UNITS = "单位一览"
SUMMARY_FINDINGS = "审核汇总"
SUMMARY_DEPARTMENT = "部门汇总"
SUMMARY_OUTPUTS = (SUMMARY_UNITS, SUMMARY_FINDINGS, SUMMARY_DEPARTMENT)
SUMMARY_SHEETS = (GUIDE, SUMMARY_LIST, *SUMMARY_OUTPUTS, CONF)
SUMMARY_CODENAMES = {name: f"Sheet{i}" for i, name in enumerate(SUMMARY_SHEETS, start=1)}
SUMMARY_NAME_CELL = (2, 1)  # B3: the 部门 name
SUMMARY_LIST_FIRST = 5  # paths in column A from row 6
SUMMARY_LIST_ROWS = 2000
SUMMARY_UNIT_COLUMNS = (  # (row key, header, kind, width): batch's 汇总.xlsx and the 汇总 workbook
    ("no", "序号", "int", 6), ("unit", "单位名称", "text", 30), ("code", "单位代码", "text", 11),
    ("parent", "上级单位", "text", 11), ("stem", "文件", "text", 16), ("status", "状态", "text", 10),
    ("income_final", "本年收入决算（元）", "money", 17), ("spending_final", "本年支出决算（元）", "money", 17),
    ("execution_rate", "预算执行率（%）", "pct", 10), ("three_public_final", "三公经费决算（元）", "money", 15),
    ("staff_average", "年平均在职人数", "int", 9), ("per_capita", "人均开支（元/人）", "money", 14),
    ("errors", "错误", "int", 6), ("warnings", "警告", "int", 6), ("notes", "提示", "int", 6),
    ("reason", "原因", "text", 50),
)
SUMMARY_FINDING_COLUMNS = (("unit", "单位", 30), ("level", "级别", 6), ("code", "代码", 22), ("message", "说明", 80),
                           ("location", "位置", 34), ("stem", "文件", 16))


def is_juesuan(sheet_names, marker_value) -> bool:
    """The one test every reader makes: the 说明 sheet's marker, or at least 3 input sheets
    (a workbook whose 说明 sheet was deleted is still read, with findings)."""
    names = set(sheet_names)
    return (GUIDE in names and marker_value == MARKER) or len(names & set(INPUT_SHEETS)) >= 3


FIRST = 3  # first data row (0-based) of every input block: rows 1-2 title and note, 3 header


@dataclass(frozen=True)
class Block:
    """A rectangular input block: ``rows`` × ``columns`` from (``row``, ``col``), 0-based."""

    name: str  # the defined name
    sheet: str
    row: int
    col: int
    rows: int
    columns: tuple[str, ...]  # field key of each column
    labels: tuple[str, ...]  # header label of each column (its lowest header cell)
    heads: int = 1  # header rows above the block (grouped headers take several)

    @property
    def last_row(self) -> int:
        return self.row + self.rows - 1

    @property
    def last_col(self) -> int:
        return self.col + len(self.columns) - 1

    def cell(self, r: int, column: str) -> tuple[int, int]:
        return self.row + r, self.col + self.columns.index(column)

    def ref(self) -> str:
        return f"'{self.sheet}'!{range_ref(self.row, self.col, self.last_row, self.last_col, absolute=True)}"


def cell_ref(row: int, col: int, absolute: bool = False) -> str:
    return xl_rowcol_to_cell(row, col, row_abs=absolute, col_abs=absolute)


def range_ref(r1: int, c1: int, r2: int, c2: int, absolute: bool = False) -> str:
    return f"{cell_ref(r1, c1, absolute)}:{cell_ref(r2, c2, absolute)}"


def sheet_cell(sheet: str, row: int, col: int) -> str:
    return f"'{sheet}'!{cell_ref(row, col)}"


SCENARIO_LABELS = tuple(c.SCENARIOS.values())
SCENARIO_KEYS = tuple(c.SCENARIOS)

# 单位信息: one row a field; column A the label, B the value (block is column B)
UNIT_FIELDS: tuple[tuple[str, str, str], ...] = (
    # (path, label, note)
    ("unit.name", "单位名称", "必填"),
    ("unit.year", "决算年度", "必填，四位年份，如2021"),
    ("unit.kind", "单位类型", "行政单位/参照公务员法管理事业单位/事业单位"),
    ("unit.edition", "报告版本", "基层单位版"),
    ("settings.report_unit", "报告金额单位", "元 或 万元：报告文字中的金额单位（分析表、图表按元列示）"),
    ("settings.threshold_pct", "差异比例标准(%)", "变动幅度超过此比例需说明原因，默认10"),
    ("settings.threshold_amount", "差异金额标准(元)", "变动金额超过此数需说明原因，默认100000"),
    *((f"people.{k}", c.PEOPLE_LABELS[k], "人" if k in ("authorized_posts", "staff_year_end", "staff_average",
                                                         "retirees") else "")
      for k in (*c.PEOPLE_INT_KEYS, *c.PEOPLE_DECIMAL_KEYS)),
    ("unit.code", "单位代码", "可选"),
    ("unit.parent", "上级单位", "可选：上级单位的名称或单位代码（部门汇总时抵销内部往来）"),
)
UNIT_BLOCK = Block("in_unit", UNIT, FIRST, 1, len(UNIT_FIELDS), ("value",), ("内容",))

INCOME_BLOCK = Block("in_income", AMOUNTS, FIRST, 1, len(c.INCOME_ITEMS), SCENARIO_KEYS, SCENARIO_LABELS)
SPENDING_ROW = FIRST + len(c.INCOME_ITEMS) + 2  # a blank row and a header row between
SPENDING_BLOCK = Block("in_spending", AMOUNTS, SPENDING_ROW, 1, len(c.SPENDING_ITEMS),
                       (*SCENARIO_KEYS, *c.FISCAL_COLUMNS), (*SCENARIO_LABELS, *c.FISCAL_COLUMNS.values()))

FUNCTION_ROWS = 300
FUNCTIONS_BLOCK = Block("in_functions", FUNCTIONS, FIRST, 0, FUNCTION_ROWS, ("code", "name", *SCENARIO_KEYS),
                        ("科目编码", "科目名称", *SCENARIO_LABELS))
ECONOMICS_BLOCK = Block("in_economics", ECONOMICS, FIRST, 0, 150, ("code", "name", *SCENARIO_KEYS),
                        ("科目编码", "科目名称", *SCENARIO_LABELS))
CONTROLLED_BLOCK = Block("in_controlled", CONTROLLED, FIRST, 1, len(c.CONTROLLED_ITEMS), SCENARIO_KEYS,
                         SCENARIO_LABELS)
QUANTITY_ROW = FIRST + len(c.CONTROLLED_ITEMS) + 2
QUANTITY_BLOCK = Block("in_quantities", CONTROLLED, QUANTITY_ROW, 1, len(c.QUANTITY_KEYS),
                       c.QUANTITY_COLUMNS, ("本年", "上年"))
BALANCES_BLOCK = Block("in_balances", BALANCES, FIRST, 1, len(c.BALANCE_ITEMS), tuple(c.BALANCE_COLUMNS),
                       tuple(c.BALANCE_COLUMNS.values()))
ASSETS_BLOCK = Block("in_assets", ASSETS, FIRST, 0, 100, ("item", *c.ASSET_COLUMNS),
                     ("项目", *c.ASSET_COLUMNS.values()))
REASONS_BLOCK = Block("in_reasons", REASONS, FIRST, 0, 300, ("comparison", "line", "text"),
                      ("对比", "项目（名称或科目编码，合计填“合计”）", "原因说明"))
TEXT_BLOCK = Block("in_text", TEXT, FIRST, 1, len(c.TEXT_KEYS), ("text",), ("内容",))

# 公开科目: the [[disclosure.lines]] keys under three header rows (grouped as the 公开 tables head them); last,
# the row totals a published 万元 table printed (import-tables writes them where they are not the parts' sum)
PUBLIC_LINE_HEADS = 3
PUBLIC_LINES_BLOCK = Block("in_public_lines", PUBLIC_LINES, FIRST + PUBLIC_LINE_HEADS - 1, 0, 300,
                           ("code", "name", *pv.LINE_AMOUNTS, "purpose", *pv.LINE_TOTALS),
                           ("科目编码", "科目名称", *pv.LINE_AMOUNTS.values(), "主要用于", *pv.LINE_TOTALS.values()),
                           PUBLIC_LINE_HEADS)
PUBLIC_ECONOMICS_BLOCK = Block("in_public_economics", PUBLIC_ECONOMICS, FIRST, 0, 150, ("code", "name", "final"),
                               ("经济分类科目编码", "科目名称", "决算数"))
# the [disclosure] arrays typed on a sheet: (key under [disclosure], block)
PUBLIC_TABLES = (("lines", PUBLIC_LINES_BLOCK), ("basic_economics", PUBLIC_ECONOMICS_BLOCK))


@dataclass(frozen=True)
class Field:
    """One row of a 公开说明 section: ``[disclosure.<table>] <key>``, its label and kind (text, int, money,
    score) and the hint right of it (its unit, or what to write)."""

    table: str
    key: str
    label: str
    kind: str
    note: str = ""


_PERFORMANCE_KINDS = {"systems": "text", "mechanism": "text", "average_score": "score",
                      **{k: "int" for k in pv.PERFORMANCE_COUNTS}, **{k: "money" for k in pv.PERFORMANCE_AMOUNTS}}
_NOTES = {"text": "文字", "int": "个", "money": "元", "score": "分（0–100）",
          "systems": "制度名称，如《预算绩效管理办法》；或写成句子",
          "mechanism": "机制名称，如“事前评估、事后评价”；或写成句子"}
_LISTED = ("事业收入", "经营收入", "其他收入")  # the template's 主要是：XXXXXXXX收入等
# 公开说明: the 情况说明's sections 七 (the words the unit writes), 十, 十一, the 上年 totals and the 名词解释, in
# the template's order, a block of fixed rows each: (defined name, the section's header, its rows)
PUBLIC_SECTIONS: tuple[tuple[str, str, tuple[Field, ...]], ...] = (
    ("in_public_three", "七、“三公”经费支出决算具体情况说明", (
        Field("three_public", "abroad", "因公出国（境）费开支内容包括", "text", "如：国际旅费、住宿费……"),
        Field("three_public", "car_purchase", "公务用车购置支出主要用于", "text", "列明公务用车购置数量"),
        Field("three_public", "car_running", "公务用车运行维护支出主要用于", "text", "文字"),
        Field("three_public", "reception", "公务接待费主要用于", "text", "文字"),
        Field("other", "foreign_amount", "其中：外宾接待支出", "money", "元"),
        Field("other", "foreign_batches", "接待外宾批次", "int", "批次"),
        Field("other", "foreign_persons", "接待外宾人次", "int", "人次"))),
    ("in_public_performance", "十、预算绩效管理情况", tuple(
        Field("performance", k, label, _PERFORMANCE_KINDS[k], _NOTES.get(k, _NOTES[_PERFORMANCE_KINDS[k]]))
        for k, label in pv.PERFORMANCE_LABELS.items())),
    ("in_public_operating", "十一、（一）机关运行经费支出情况", (
        Field("operating_costs", "final", "机关运行经费本年决算", "money", "元；事业单位（不参公）不填"),
        Field("operating_costs", "prior_final", "机关运行经费上年决算", "money", "元"),
        Field("operating_costs", "budget", "机关运行经费年初预算", "money", "元"))),
    ("in_public_procurement", "十一、（二）政府采购支出情况（以合同签订为准）", tuple(
        Field("procurement", k, label, "money", "元；政府采购金额为货物、工程、服务之和" if k == "goods" else "元")
        for k, label in pv.PROCUREMENT_KEYS.items())),
    ("in_public_assets", "十一、（三）国有资产占有使用情况（截至12月31日）", (
        *(Field("vehicles", k, k, "int", "辆") for k in pv.VEHICLE_CATEGORIES),
        Field("other", "equipment", "单价100万元（含）以上设备（不含车辆）", "int", "台（套）"))),
    ("in_public_prior", "上年决算数（情况说明一、二、四的比较）", (
        Field("prior", "total", "上年收入支出总计", "money", "元；不填则由上年决算推算"),
        Field("prior", "fiscal_total", "上年财政拨款收入支出总计", "money", "元"),
        Field("prior", "general_spending", "上年一般公共预算财政拨款支出", "money", "元"))),
    ("in_public_glossary", "第四部分  名词解释（留空按模板）", tuple(
        Field("glossary", term, term, "text",
              "有此收入的填“主要是：……收入等”" if term in _LISTED else "填写则替换模板的解释")
        for term in pv.GLOSSARY)),
)
# 公开说明's first section: 概况 二、部门决算单位构成, a unit a row (序号 as typed; the 公开 numbers them in row
# order). Two or more units make the 部门 form (core.public_inputs); one or none keeps 机构设置.
UNITS_HEAD = "二、部门决算单位构成（有下属单位的部门填写，含本级；只有一个单位的不填）"
PUBLIC_UNITS_BLOCK = Block("in_public_units", PUBLIC_NOTES, FIRST + 1, 0, 40, ("no", "name", "note"),
                           ("序号", "单位名称", "备注"), 2)
PUBLIC_FIELD_BLOCKS: list[Block] = []
_row = PUBLIC_UNITS_BLOCK.last_row + 3  # a blank row and the first section's header
for _name, _head, _rows in PUBLIC_SECTIONS:
    PUBLIC_FIELD_BLOCKS.append(Block(_name, PUBLIC_NOTES, _row, 1, len(_rows), ("value",), ("内容",)))
    _row += len(_rows) + 2  # a blank row and the next section's header
# 名词解释 beyond the template's: a term and its words a row, under the last section
PUBLIC_TERMS_BLOCK = Block("in_public_terms", PUBLIC_NOTES, _row, 0, 20, ("term", "text"),
                           ("其他名词（模板以外的条目）", "解释"))
PUBLIC_FIELDS: dict[tuple[str, str], tuple[Block, int, Field]] = {
    (f.table, f.key): (block, r, f)
    for block, (_, _, rows) in zip(PUBLIC_FIELD_BLOCKS, PUBLIC_SECTIONS, strict=True) for r, f in enumerate(rows)}
PUBLIC_FIELD_TABLES = tuple(dict.fromkeys(f.table for _, _, f in PUBLIC_FIELDS.values()))


def field_label(where: str, key: str) -> str:
    """``“编报绩效目标的项目个数”`` for ``disclosure.performance`` ``target_projects``: a key as 公开说明
    labels its row; any other key as given."""
    head, _, table = where.partition(".")
    found = PUBLIC_FIELDS.get((table, key.split("（", 1)[0].strip())) if head == "disclosure" else None
    return f"“{found[2].label}”" if found else key  # "prior_final（上年决算）" too


# every [disclosure] part typed on an input sheet → that sheet (the hidden 公开数据 keeps the rest)
PUBLIC_SHEETS: dict[str, str] = {**{key: block.sheet for key, block in PUBLIC_TABLES},
                                 **{table: PUBLIC_NOTES for table in PUBLIC_FIELD_TABLES}, "units": PUBLIC_NOTES}

BLOCKS = (UNIT_BLOCK, INCOME_BLOCK, SPENDING_BLOCK, FUNCTIONS_BLOCK, ECONOMICS_BLOCK, CONTROLLED_BLOCK,
          QUANTITY_BLOCK, BALANCES_BLOCK, ASSETS_BLOCK, REASONS_BLOCK, TEXT_BLOCK, PUBLIC_LINES_BLOCK,
          PUBLIC_ECONOMICS_BLOCK, PUBLIC_UNITS_BLOCK, *PUBLIC_FIELD_BLOCKS, PUBLIC_TERMS_BLOCK)
# the block each table's lines are typed in (a key of ``Locator.rows``)
LINE_BLOCKS: dict[str, Block] = {
    "income": INCOME_BLOCK, "spending": SPENDING_BLOCK, "functions": FUNCTIONS_BLOCK, "economics": ECONOMICS_BLOCK,
    "controlled": CONTROLLED_BLOCK, "balances": BALANCES_BLOCK, "assets": ASSETS_BLOCK,
    **{f"disclosure.{key}": block for key, block in PUBLIC_TABLES}, "disclosure.units": PUBLIC_UNITS_BLOCK}
# fixed row labels (column A) of the blocks whose rows are a fixed list
ROW_LABELS: dict[str, tuple[str, ...]] = {
    "in_unit": tuple(label for _, label, _ in UNIT_FIELDS),
    "in_income": c.INCOME_ITEMS,
    "in_spending": c.SPENDING_ITEMS,
    "in_controlled": tuple(c.display_name(x) for x in c.CONTROLLED_ITEMS),  # 因公出国（境）费
    "in_quantities": c.QUANTITY_KEYS,
    "in_balances": c.BALANCE_ITEMS,
    "in_text": c.TEXT_KEYS,
    **{name: tuple(f.label for f in rows) for name, _, rows in PUBLIC_SECTIONS},
}
# blocks without fixed row labels whose own column labels stand on the row above them (公开科目's grouped heads
# do not): a reader finds them where the layout says by those labels, else does not read them (an older layout)
HEADED = tuple(b.name for b in BLOCKS if b.name not in ROW_LABELS and b is not PUBLIC_LINES_BLOCK)
# the [disclosure] parts typed in one block: where its block is not read, the hidden 公开数据 keeps the part
PUBLIC_KEY_BLOCKS: dict[str, Block] = {**dict(PUBLIC_TABLES), "units": PUBLIC_UNITS_BLOCK}
NOTED = ("in_unit", *(name for name, _, _ in PUBLIC_SECTIONS))  # a hint right of each row
TOTAL_LABEL = "合计"
# blocks whose rows a person fills from the top: rows below them are read too, to find what was
# typed past the last row
GROWING = ("in_functions", "in_economics", "in_assets", "in_reasons", "in_public_lines", "in_public_economics",
           "in_public_terms")
BELOW_ROWS = 200


OUTSIDE_ROWS, OUTSIDE_COLS = 20, 3  # margin a reader also fetches below and right of an input sheet's blocks


def sheet_extent(sheet: str) -> tuple[int, int]:
    """(rows, cols) a reader fetches from A1 of an input sheet, in one range read: every block's
    read range and a margin, so that what is typed outside the blocks is seen."""
    ranges = [read_range(b) for b in BLOCKS if b.sheet == sheet]
    rows = max(r2 for _, _, r2, _ in ranges) + 1
    cols = max(c2 for _, _, _, c2 in ranges) + 1 + OUTSIDE_COLS
    growing = any(b.name in GROWING for b in BLOCKS if b.sheet == sheet)
    return rows + (0 if growing else OUTSIDE_ROWS), cols


def expected_outside(sheet: str, row: int, col: int) -> bool:
    """Whether a non-blank cell outside the blocks' read ranges is the template's own text:
    title, note and header rows, the header row of each block, the notes beside 单位信息."""
    if row < FIRST:
        return True
    blocks = [b for b in BLOCKS if b.sheet == sheet]
    if any(b.row - b.heads <= row < b.row for b in blocks):
        return True
    return any(b.name in NOTED and col == b.last_col + 1 and b.row <= row <= b.last_row for b in blocks)


def read_range(block: Block) -> tuple[int, int, int, int]:
    """(first row, first col, last row, last col), 0-based, that a reader fetches for ``block``:
    the block, its label column (blocks with fixed row labels) and ``BELOW_ROWS`` rows below
    (growing blocks). One range read per block on every path."""
    col = block.col - 1 if block.name in ROW_LABELS else block.col
    last = block.last_row + (BELOW_ROWS if block.name in GROWING else 0)
    return block.row, col, last, block.last_col

# -- outputs --------------------------------------------------------------------------------------
ANALYSIS_FIRST = 2  # first row of the first table on 分析表
NARRATIVE_FIRST = 2
FINDINGS_FIRST = 3
FINDINGS_COLUMNS = ("级别", "代码", "说明", "位置")
INDICATORS_FIRST = 3
CHART_COL = 4
CHART_ROWS = 18  # rows a chart takes on 图表 (its data table starts the next block)
CHART_COLS = 9  # default-width columns a chart takes (560 px)
CHARTS_PER_PAGE = 3  # a printed page of 图表 holds this many charts, never half of one
SIGNATURE_CELL = (0, 30)  # AE1 of every output sheet: a hash of its formats and charts
HIGHLIGHT_CELL = (1, 30)  # AE2 of 审核结果: the input cells highlighted for an 错误 (unmarked next time)
CONF_ROWS = (("Interpreter_Win", ""), ("Interpreter_Mac", ""), ("PYTHONPATH", ""), ("Show Console", "False"))


def print_area(sheet: str, rows: int, cols: int) -> tuple[int, int]:
    """Rows and columns to print of an output sheet whose content takes ``rows`` × ``cols``."""
    if sheet == CHARTS:  # the charts stand to the right of their data and below its last row
        return rows + CHART_ROWS, max(cols, CHART_COL + CHART_COLS)
    return rows, cols


class Locator:
    """Turns key paths into cells for one workbook, using the rows its reader found (or its
    builder wrote)."""

    def __init__(self, rows: dict[str, dict[int, int]] | None = None,
                 reasons: dict[tuple[str, str], int] | None = None, terms: dict[str, int] | None = None):
        self.rows = rows or {}  # table → {index of the parsed line: block row offset}
        self.reasons = reasons or {}  # (comparison, line) → block row offset
        self.terms = terms or {}  # a 名词解释 beyond the template's → its row offset on PUBLIC_TERMS_BLOCK

    def line_row(self, table: str, i: int) -> tuple[str, int] | None:
        """Where line ``i`` of a table (``functions``, ``disclosure.lines`` …) was typed: the sheet, named as
        a person says it, and the row number Excel shows; None for a line no sheet holds (公开数据)."""
        block = LINE_BLOCKS.get(table)
        row = self.rows.get(table, {}).get(i)
        if block is None or row is None:
            return None
        return f"“{block.sheet}”表", block.row + row + 1

    def cell(self, path: tuple) -> tuple[str, int, int] | None:
        if not path:
            return None
        head = path[0]
        if head in ("unit", "settings", "people") and len(path) >= 2:
            key = f"{head}.{path[1]}"
            for i, (field_path, _, _) in enumerate(UNIT_FIELDS):
                if field_path == key:
                    r, col = UNIT_BLOCK.cell(i, "value")
                    return UNIT, r, col
            return UNIT, UNIT_BLOCK.row, UNIT_BLOCK.col
        block = {**LINE_BLOCKS, "three_public": CONTROLLED_BLOCK}.get(head) if isinstance(head, str) else None
        if block is not None:
            column = str(path[2]) if len(path) >= 3 and path[2] in block.columns else None
            labels = ROW_LABELS.get(block.name, ())
            if len(path) >= 2 and isinstance(path[1], str) and c.display_name(path[1]) in labels:
                # a fixed row named by its item (e.g. a 会议费 the unit left blank)
                row, col = block.cell(labels.index(c.display_name(path[1])), column or block.columns[0])
                return block.sheet, row, col
            if len(path) >= 2 and path[1] == "total" and column is not None:
                # a total is not an input: point at the column's first input cell
                row, col = block.cell(0, column)
                return block.sheet, row, col
            if len(path) >= 2 and isinstance(path[1], int):
                r = self.rows.get(head, {}).get(path[1], path[1])
                if column is None:
                    # about the row itself (its name, a duplicate): the row's label, not its first amount
                    if block.col > 0:
                        return block.sheet, block.row + r, block.col - 1
                    column = block.columns[0]
                row, col = block.cell(r, column)
                return block.sheet, row, col
            return block.sheet, block.row, block.col
        if head in ("quantities", "text") and len(path) == 1:  # the table itself: its block
            block = QUANTITY_BLOCK if head == "quantities" else TEXT_BLOCK
            return block.sheet, block.row, block.col
        if head == "quantities" and len(path) >= 2 and path[1] in c.QUANTITY_KEYS:
            column = path[2] if len(path) >= 3 and path[2] in c.QUANTITY_COLUMNS else "final"
            row, col = QUANTITY_BLOCK.cell(c.QUANTITY_KEYS.index(path[1]), column)
            return CONTROLLED, row, col
        if head == "reasons":
            if len(path) >= 3 and (path[1], path[2]) in self.reasons:
                row, col = REASONS_BLOCK.cell(self.reasons[(path[1], path[2])], "text")
                return REASONS, row, col
            if len(path) >= 3:  # a reason to add: the first free row, where it will be typed
                free = max(self.reasons.values(), default=-1) + 1
                row, col = REASONS_BLOCK.cell(min(free, REASONS_BLOCK.rows - 1), "line")
                return REASONS, row, col
            return REASONS, REASONS_BLOCK.row, REASONS_BLOCK.col
        if head == "disclosure" and len(path) >= 2:
            return self._public(path)
        if head == "cell" and len(path) == 4:  # ("cell", sheet, row, col): a cell outside the data
            return path[1], path[2], path[3]
        if head == "text" and len(path) >= 2 and path[1] in c.TEXT_KEYS:
            row, col = TEXT_BLOCK.cell(c.TEXT_KEYS.index(path[1]), "text")
            return TEXT, row, col
        return None

    def _public(self, path: tuple) -> tuple[str, int, int] | None:
        """A [disclosure] array typed on its sheet: the line's cell (its code where no column is
        named); the array itself: the first free row, where the next line is typed. A line that
        came from the hidden 公开数据 (an older workbook) has no cell."""
        if path[1] in PUBLIC_FIELD_TABLES:
            return self._field(path)
        block = {**dict(PUBLIC_TABLES), "units": PUBLIC_UNITS_BLOCK}.get(str(path[1]))
        if block is None:
            return None
        rows = self.rows.get(f"disclosure.{path[1]}", {})
        first = "code" if "code" in block.columns else "name"  # the column naming the line
        if len(path) >= 3 and isinstance(path[2], int):
            if path[2] not in rows:
                return None
            column = str(path[3]) if len(path) >= 4 and path[3] in block.columns else first
            return (block.sheet, *block.cell(rows[path[2]], column))
        free = min(max(rows.values(), default=-1) + 1, block.rows - 1)
        return (block.sheet, *block.cell(free, first))

    def _field(self, path: tuple) -> tuple[str, int, int]:
        """A 公开说明 row: the key's cell; the table itself: its first row."""
        table = str(path[1])
        key = str(path[2]) if len(path) >= 3 else ""
        if table == "glossary" and key in self.terms:
            return (PUBLIC_NOTES, *PUBLIC_TERMS_BLOCK.cell(self.terms[key], "text"))
        found = PUBLIC_FIELDS.get((table, key)) or next(x for (t, _), x in PUBLIC_FIELDS.items() if t == table)
        block, r, _ = found
        return (PUBLIC_NOTES, *block.cell(r, "value"))

    def address(self, path: tuple) -> str:
        """``'收支预决算'!E18`` for a path, or "" when it has no cell."""
        found = self.cell(path)
        return "" if found is None else sheet_cell(*found)

    def place(self, path: tuple) -> str:
        """A finding's place as a workbook user reads it: ``“收支预决算”表E18（项目支出，本年决算）`` — the
        sheet, the cell, and the row label and column head the sheet prints there; "" without a cell."""
        found = self.cell(path)
        if found is None:
            return ""
        sheet, row, col = found
        return f"“{sheet}”表{column_letter(col)}{row + 1}" + (f"（{words}）" if (words := cell_words(*found)) else "")


def uncelled_place(path: tuple) -> str:
    """Where a finding without a cell is, for a workbook user: a sheet (one missing or renamed), the hidden
    公开数据 (a [disclosure] part a data file gave), else the whole workbook."""
    if len(path) >= 2 and path[0] == "sheet":
        return f"“{path[1]}”表"
    if path and path[0] == "disclosure":
        return f"隐藏的“{PUBLIC_DATA}”表（来自数据文件）"
    return "整个工作簿"


def cell_words(sheet: str, row: int, col: int) -> str:
    """The row label and the column head an input block prints for one of its cells (``项目支出，本年决算``);
    a single column's head (内容) is left out, and a block without fixed rows gives its column only."""
    for block in BLOCKS:
        if block.sheet != sheet or not (block.row <= row <= block.last_row and block.col <= col <= block.last_col):
            continue
        labels = ROW_LABELS.get(block.name, ())
        words = [labels[row - block.row]] if row - block.row < len(labels) else []
        if len(block.columns) > 1:
            words.append(block.labels[col - block.col])
        return "，".join(w for w in words if w)
    return ""


def column_letter(col: int) -> str:
    return xl_col_to_name(col)
