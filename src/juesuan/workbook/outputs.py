"""The analysis sheets as data: every cell (value, formula, style) and every chart, once.

Three thin writers render it: the builder (xlsxwriter), ``juesuan recalc`` (openpyxl) and
the buttons (xlwings). Figures that are arithmetic on inputs are formulas over the input
cells, with the engine's value cached, so a person can click any figure and trace it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ..core import catalog as c
from ..core.charts import ChartKind
from ..core.expr import DIVISOR, TOTAL, column_expr, tail_share
from ..core.expr import formula as expr_formula
from ..core.figures import PLAN
from ..core.fmt import HUNDRED
from ..core.indicators import definitions as indicator_definitions
from ..core.indicators import values as indicator_values
from ..core.tables import Table, indicator_value, share_parts
from ..export.sheet_style import STYLES, Style
from ..report import Report
from ..sources import layout as L
from .sheet_spec import OUTPUT_LOOKS, look

if TYPE_CHECKING:
    from .taken import Taken


@dataclass(frozen=True)
class Cell:
    value: Any = None  # the engine's value: Decimal, str or None (cached for formulas)
    formula: str | None = None  # "=..." over input cells
    style: str = "text"  # text | money | pct | count | title | header | total_* | h1..h4 | body | level
    link: str | None = None  # internal link target, e.g. "'收支预决算'!E18"


@dataclass(frozen=True)
class ChartSpec:
    key: str
    title: str
    kind: str  # "column" | "pie"
    categories: tuple[int, int, int, int]  # (r1, c1, r2, c2) on the 图表 sheet
    series: tuple[tuple[str, tuple[int, int, int, int]], ...]  # (name, range)
    anchor: tuple[int, int]


@dataclass
class SheetOut:
    name: str
    cells: dict[tuple[int, int], Cell] = field(default_factory=dict)
    widths: dict[int, float] = field(default_factory=dict)
    heights: dict[int, float] = field(default_factory=dict)  # rows of wrapped text, in points
    breaks: list[int] = field(default_factory=list)  # rows that start a new printed page
    charts: list[ChartSpec] = field(default_factory=list)
    palette: dict[str, Style] | None = None  # cell styles by name; None: the unit workbook's (STYLES)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # (r1, c1, r2, c2): one cell each
    areas: list[tuple[int, int, int, int]] = field(default_factory=list)  # what prints, one area a page (else
    # the content cut at ``breaks``)

    def __post_init__(self) -> None:
        found = look(self.name)
        if found is not None and not self.widths:
            self.widths = found.widths_by_column()

    def put(self, row: int, col: int, cell: Cell) -> None:
        self.cells[(row, col)] = cell

    def style_of(self, name: str) -> Style:
        """The look of the cell style ``name`` on this sheet."""
        table = self.palette or STYLES
        return table.get(name, table["text"])

    def signature(self) -> str:
        """A hash of where the styles, the charts, the widths and the printed area are: when it is
        unchanged, a recalculation writes values only, and the charts follow their bound ranges."""
        import hashlib

        formats = sorted((r, c, cell.style) for (r, c), cell in self.cells.items()
                         if cell.style not in ("text", "note", "title") and (r, c) != L.SIGNATURE_CELL)
        text = repr((formats, [(x.kind, x.categories, x.series, x.anchor) for x in self.charts],
                     sorted(self.widths.items()), self.print_extent, self.breaks, self.areas))
        if self.palette is not None:  # another set of styles under the same names
            text += repr(sorted(self.palette.items()))
        if self.merges:
            text += repr(sorted(self.merges))
        return "版式" + hashlib.sha1(text.encode()).hexdigest()[:12]

    def signed(self) -> SheetOut:
        self.put(*L.SIGNATURE_CELL, Cell(self.signature(), style="signature"))
        return self

    @property
    def print_extent(self) -> tuple[int, int]:
        """Rows and columns of the content, the signature cell left out."""
        cells = [k for k in self.cells if k not in (L.SIGNATURE_CELL, L.HIGHLIGHT_CELL)]
        if not cells:
            return 1, 1
        return max(r for r, _ in cells) + 1, max(c for _, c in cells) + 1

    def print_areas(self) -> tuple[tuple[int, int, int, int], ...]:
        """What prints, one area a page (``sheet_spec.print_areas``)."""
        from .sheet_spec import print_areas

        if self.areas:
            return tuple(self.areas)
        rows, cols = self.print_extent
        used = [k for k in self.cells if k not in (L.SIGNATURE_CELL, L.HIGHLIGHT_CELL)]
        return print_areas(self.name, rows, cols, breaks=self.breaks, used=used)

    @property
    def extent(self) -> tuple[int, int]:
        if not self.cells:
            return 0, 0
        return max(r for r, _ in self.cells) + 1, max(col for _, col in self.cells) + 1

LINE_POINTS = 14.5


def text_height(text: str, width: float) -> float:
    """Points needed by ``text`` wrapped in a column ``width`` characters wide (CJK counts 2)."""
    import math

    units = sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)
    return LINE_POINTS * max(1, math.ceil(units / max(width - 2, 1)))


def excel_value(cell: Cell) -> Any:
    """What the cell holds in Excel: money as float 元, percentages as fractions."""
    v = cell.value
    if isinstance(v, Decimal):
        if cell.style.endswith("pct"):
            return float(v / HUNDRED)
        return float(v)
    return v


class _Tables:
    """Writes the report's tables on 分析表 and remembers where each figure went."""

    def __init__(self, report: Report, locator: L.Locator, taken: Taken):
        self.report = report
        self.loc = locator
        self.taken = taken
        self.sheet = SheetOut(L.ANALYSIS)
        self.where: dict[tuple[str, str, str], tuple[int, int]] = {}  # (table, row label, column) → cell
        self.staff = taken.count(locator.cell(("people", "staff_average")), report.data.people.get("staff_average"))

    def _amount(self, src: str, index: int, column: str) -> str | None:
        # the figures' lines: a blank the engine reads as 0 (core.blanks) is 0 on 取数 too
        line = next((x for x in getattr(self.report.figures.data, src) if x.index == index), None)
        raw = next((x for x in getattr(self.report.data, src) if x.index == index), None)
        value = None if line is None else line.get(column)
        as_zero = value == 0 and raw is not None and raw.get(column) is None
        return self.taken.amount(self.loc.cell((src, index, column)), value, blank_is_zero=as_zero)

    def input_ref(self, table: Table, row, column: str) -> str | None:
        if row.source is None:
            return None
        src, index = row.source
        if src == "fiscal":
            line = next((x for x in self.report.figures.data.spending if x.index == index), None)
            fiscal_col = {"budget": "fiscal_budget", "final": "fiscal_final"}.get(column)
            if line is not None and fiscal_col and line.get(fiscal_col) is not None:
                column = fiscal_col
            src = "spending"
        if src == "quantities":
            key = c.QUANTITY_KEYS[index]
            return self.taken.count(self.loc.cell(("quantities", key, column)), self.report.data.quantity(key, column))
        if column == "plan":  # per line: 调整预算 where the engine took one, else 年初预算
            adjusted = self._amount(src, index, "adjusted_budget")
            budget = self._amount(src, index, "budget")
            return f'IF(ISNUMBER({adjusted}),{adjusted},{budget})' if adjusted and budget else None
        return self._amount(src, index, column)

    def write(self) -> None:
        s = self.sheet
        s.put(0, 0, Cell(OUTPUT_LOOKS[L.ANALYSIS].title, style="title"))
        s.put(1, 0, Cell(f"{self.report.title}。金额单位：元；百分比为精确值四舍五入显示，"
                         "占比各项四舍五入后的尾差计入最大一项（合计100.00%，与报告文字相同）。"
                         "带公式的单元格可点击追溯到输入表。", style="note"))
        row = L.ANALYSIS_FIRST
        for table in self.report.tables.values():
            if table.key == "indicators":
                continue
            row = self.table(table, row) + 1

    def table(self, table: Table, top: int) -> int:
        s = self.sheet
        cols = list(table.columns)
        s.put(top, 0, Cell(table.title + (f"（{table.unit_note}）" if table.unit_note else ""), style="caption"))
        for j, col in enumerate(cols):
            s.put(top + 1, j, Cell(col.label, style="header"))
        first = top + 2
        positions: list[int] = []
        for i, row in enumerate(table.rows):
            r = first + i
            positions.append(r)
            for j, col in enumerate(cols):
                value = row.values.get(col.key)
                style = ("total_" if row.total else "") + (col.kind if col.kind != "text" else "text")
                if col.key == "name" and row.level and not row.total:
                    value = "　" * row.level + str(value)
                formula = None
                if col.op:
                    formula = self.op_formula(table, col, r, cols, first)
                elif col.kind in ("money", "count"):
                    formula = self.input_formula(table, i, col.key, cols, first)
                s.put(r, j, Cell(value, f"={formula}" if formula else None, style))
                self.where[(table.key, str(row.label) if not row.total else "__total__", col.key)] = (r, j)
        end = first + len(table.rows)
        if table.note:  # e.g. what 全年预算 means where the rows mix 调整预算 and 年初预算
            s.put(end, 0, Cell(table.note, style="note"))
            end += 1
        return end

    def input_formula(self, table: Table, i: int, column: str, cols, first: int) -> str | None:
        row = table.rows[i]
        j = [col.key for col in cols].index(column)
        if row.total:
            members = self._members(table, i)
            if not members:
                return None
            refs = ",".join(L.cell_ref(first + k, j) for k in members)
            return f'IF(COUNT({refs})<{len(members)},"",SUM({refs}))'
        if table.key == "final_by_function":
            kids = self._children(table, i)
            own = self.input_ref(table, row, column) if row.source is not None else None
            if kids:
                refs = ",".join(L.cell_ref(first + k, j) for k in kids)
                total = f'IF(COUNT({refs})<{len(kids)},"",SUM({refs}))'
                # a parent typed with code and name only is the sum of its children (as in the engine)
                return f"IF(ISNUMBER({own}),{own},{total})" if own else total
            return own
        return self.input_ref(table, row, column)

    @staticmethod
    def _members(table: Table, i: int) -> list[int]:
        """Rows a total adds up: the top-level detail rows since the previous total."""
        out = []
        for k in range(i - 1, -1, -1):
            r = table.rows[k]
            if r.total:
                break
            if r.level == 0:
                out.append(k)
        return sorted(out)

    @staticmethod
    def _children(table: Table, i: int) -> list[int]:
        level = table.rows[i].level
        out = []
        for k in range(i + 1, len(table.rows)):
            r = table.rows[k]
            if r.total or r.level <= level:
                break
            if r.level == level + 1:
                out.append(k)
        return out

    def op_formula(self, table: Table, col, r: int, cols, first: int) -> str:
        """The derived column's formula: the operation of ``core/expr`` over this row's cells, the
        total row's cell (shares) and the 年平均在职人数 cell (per person)."""
        keys = [x.key for x in cols]

        def cell(name: str) -> str:
            if name == DIVISOR:
                return self.staff or '""'
            if name.startswith(TOTAL):
                total_i = next(k for k in range(len(table.rows)) if table.rows[k].total)
                return L.cell_ref(first + total_i, keys.index(name.removeprefix(TOTAL)), absolute=True)
            return L.cell_ref(r, keys.index(name))

        i = r - first
        if col.op[0] == "share" and i in (at := share_parts(table.rows)):
            # the detail rows of a 占比 column: the table's rounding and 尾差 (core/tables._tail_adjust)
            assert at == list(range(at[0], at[-1] + 1)), table.key  # one range of cells
            j = keys.index(col.op[1])
            parts = L.range_ref(first + at[0], j, first + at[-1], j, absolute=True)
            return tail_share(cell(col.op[1]), cell(TOTAL + col.op[1]), parts, at.index(i) + 1)
        found = expr_formula(column_expr(col.op), cell)
        assert found is not None  # every name has a cell
        return found


def analysis_sheet(report: Report, locator: L.Locator, taken: Taken | None = None) -> tuple[SheetOut, dict]:
    from .taken import Taken

    t = _Tables(report, locator, taken or Taken())
    t.write()
    return t.sheet, t.where


INDICATOR_STYLES = {"%": "pct", "元/人": "money", "㎡/人": "money", ":1": "money"}


def _indicator_cells(report: Report, where: dict, locator: L.Locator, taken: Taken) -> Callable[[str], str | None]:
    """Where each figure the indicators name sits: 分析表 cells (which refer to the inputs) and
    the people cells of 单位信息; a nature the unit does not list is the literal 0."""
    def at(table: str, label: str, column: str) -> str | None:
        found = where.get((table, label, column))
        return None if found is None else L.sheet_cell(L.ANALYSIS, *found)

    env = indicator_values(report.figures)
    names = {x.key: x.name for x in report.figures.income.lines}
    fixed: dict[str, str | None] = {
        "spend": at("final_by_nature", "__total__", "final"),
        "spend_prior": at("final_by_nature", "__total__", "prior_final"),
        f"spend_{PLAN}": at("final_by_nature", "__total__", PLAN),
        "income": at("final_by_income", "__total__", "final"),
        f"income_{PLAN}": at("final_by_income", "__total__", PLAN),
    }

    def cell(name: str) -> str | None:
        if name in fixed:
            return fixed[name]
        kind, _, key = name.partition(":")
        if kind == "people":
            found, value = locator.cell(("people", key)), report.data.people.get(key)
            return taken.amount(found, value) if key in c.PEOPLE_DECIMAL_KEYS else taken.count(found, value)
        if kind == "income":
            return at("final_by_income", names.get(key, key), "final")
        if kind == "nature":
            line = report.figures.spending.line(key)
            if line is None:
                return "0" if env.get(name) == 0 else None
            return at("final_by_nature", line.name, "final")
        return None

    return cell


def indicators_sheet(report: Report, where: dict | None = None, locator: L.Locator | None = None,
                     taken: Taken | None = None) -> SheetOut:
    from .taken import Taken

    s = SheetOut(L.INDICATORS)
    s.put(0, 0, Cell(OUTPUT_LOOKS[L.INDICATORS].title, style="title"))
    s.put(1, 0, Cell("人均开支、人均基本支出以元/人计，不乘100%。缺少输入的指标注明所缺数据，不显示为0。",
                     style="note"))
    for j, label in enumerate(("指标", "类别", "计算公式", "数值", "单位")):
        s.put(2, j, Cell(label, style="header"))
    cells = _indicator_cells(report, where or {}, locator or L.Locator(), taken or Taken())
    exprs = {d.key: d.expr for d in indicator_definitions(report.figures)}
    for i, ind in enumerate(report.indicators):
        r = L.INDICATORS_FIRST + i
        s.put(r, 0, Cell(ind.name, style="wrap"))
        s.put(r, 1, Cell(ind.family))
        s.put(r, 2, Cell(ind.formula, style="wrap"))  # wrapped, so the page prints whole
        s.heights[r] = max(text_height(ind.name, s.widths[0]), text_height(ind.formula, s.widths[2]))
        if ind.value is None:
            s.put(r, 3, Cell(indicator_value(ind), style="wrap"))
            s.heights[r] = max(s.heights[r], text_height(indicator_value(ind), s.widths[3]))
            continue
        style = INDICATOR_STYLES[ind.unit]
        formula = expr_formula(exprs[ind.key], cells)
        s.put(r, 3, Cell(ind.value, f"={formula}" if formula else None, style))
        s.put(r, 4, Cell("" if ind.unit == "%" else ind.unit))
    return s


def narrative_sheet(report: Report) -> SheetOut:
    s = SheetOut(L.NARRATIVE)
    s.put(0, 0, Cell(OUTPUT_LOOKS[L.NARRATIVE].title, style="title"))
    note = "由程序生成，请勿在此修改；原因和文字请在“原因说明”“文字材料”表填写。"
    if report.error_mark:
        s.put(1, 0, Cell(f"【{report.error_mark}】{note}", style="error"))
    else:
        s.put(1, 0, Cell(note, style="note"))
    titles = {t.key: t.title for t in report.tables.values()}
    charts = {ch.key: ch.title for ch in report.charts}
    r = L.NARRATIVE_FIRST
    for p in report.paragraphs:
        if p.style == "table":
            s.put(r, 0, Cell(f"（表：{titles[p.ref]}，见“{L.ANALYSIS}”表）", style="note"))
        elif p.style == "chart":
            s.put(r, 0, Cell(f"（图：{charts[p.ref]}，见“{L.CHARTS}”表）", style="note"))
        else:
            s.put(r, 0, Cell(p.text, style=p.style))
            if p.style == "body":
                s.heights[r] = text_height(p.text, s.widths[0])
        r += 1
    return s


def error_cells(report: Report, locator: L.Locator) -> list[tuple[str, int, int]]:
    """The input cells (sheet, row, col) that an 错误 is about: highlighted in the workbook."""
    out: list[tuple[str, int, int]] = []
    for f in report.findings:
        if f.level.value != "错误" or len(f.path) < 2:
            continue
        if f.path[0] not in ("unit", "people", "settings") and not isinstance(f.path[1], int):
            continue  # a total or a whole table: no single input cell
        found = locator.cell(f.path)
        if found is None or found[0] not in L.INPUT_SHEETS or not _in_block(*found):
            continue
        if found not in out:
            out.append(found)
    return out


def _in_block(sheet: str, row: int, col: int) -> bool:
    return any(b.sheet == sheet and b.row <= row <= b.last_row and b.col <= col <= b.last_col for b in L.BLOCKS)


def encode_cells(cells: list[tuple[str, int, int]]) -> str:
    return ";".join(f"{s}|{r}|{c}" for s, r, c in cells)


def decode_cells(text: Any) -> list[tuple[str, int, int]]:
    """The cells of ``encode_cells`` (anything unreadable is skipped)."""
    out = []
    for part in str(text or "").split(";"):
        bits = part.split("|")
        if len(bits) == 3 and bits[1].isdigit() and bits[2].isdigit():
            out.append((bits[0], int(bits[1]), int(bits[2])))
    return out


def highlight_changes(old: Any, sheets: dict) -> tuple[list[tuple[str, int, int]], list[tuple[str, int, int]]]:
    """(cells to unmark, cells to mark) when the 审核结果 sheet is rewritten."""
    findings = sheets.get(L.FINDINGS)
    if findings is None:
        return [], []
    cell = findings.cells.get(L.HIGHLIGHT_CELL)
    new = decode_cells(cell.value if cell else "")
    return [x for x in decode_cells(old) if x not in new], new


def findings_sheet(report: Report, locator: L.Locator) -> SheetOut:
    s = SheetOut(L.FINDINGS)
    s.put(0, 0, Cell(OUTPUT_LOOKS[L.FINDINGS].title, style="title"))
    s.put(1, 0, Cell(f"错误{report.errors}项，警告{report.warnings}项，提示{report.notes}项。"
                     "错误须改正；警告须核实并说明；提示为缺少的可选数据。点击“位置”跳到对应单元格。",
                     style="error" if report.errors else "note"))
    for j, label in enumerate(L.FINDINGS_COLUMNS):
        s.put(2, j, Cell(label, style="header"))
    for i, f in enumerate(report.findings):
        r = L.FINDINGS_FIRST + i
        s.put(r, 0, Cell(f.level.value, style={"错误": "error", "警告": "warning"}.get(f.level.value, "text")))
        s.put(r, 1, Cell(f.code))
        s.put(r, 2, Cell(f.message, style="wrap"))
        s.heights[r] = text_height(f.message, s.widths[2])
        address = locator.address(f.path)
        if address:
            s.put(r, 3, link_cell(address))
        elif f.path:  # no cell: the sheet in its words, never a data-file key
            s.put(r, 3, Cell(L.uncelled_place(f.path)))
    if not report.findings:
        s.put(L.FINDINGS_FIRST, 0, Cell("无"))
    marks = error_cells(report, locator)
    if marks:
        s.put(*L.HIGHLIGHT_CELL, Cell(encode_cells(marks), style="signature"))
    orphans = [(comparison, line) for comparison, lines in report.data.reasons.items() for line in lines
               if any(f.code == "W-REASON-ORPHAN" and f.path == ("reasons", comparison, line)
                      for f in report.findings)]
    if orphans:
        r = L.FINDINGS_FIRST + len(report.findings) + 2
        s.put(r, 0, Cell("未对应项目的原因说明（原文保留在“原因说明”表，未写入报告；请改正项目名称或删除）",
                         style="caption"))
        for j, label in enumerate(("对比", "项目", "原因说明", "位置")):
            s.put(r + 1, j, Cell(label, style="header"))
        for i, (comparison, line) in enumerate(orphans, start=r + 2):
            s.put(i, 0, Cell(c.REASON_COMPARISONS.get(comparison, comparison)))
            s.put(i, 1, Cell(line))
            s.put(i, 2, Cell(report.data.reasons[comparison][line]))
            address = locator.address(("reasons", comparison, line))
            if address:
                s.put(i, 3, link_cell(address))
    return s


def link_cell(address: str) -> Cell:
    """A link to a cell, as a HYPERLINK formula (the same in every writer and every host)."""
    shown = address.replace("'", "")
    return Cell(shown, f'=HYPERLINK("#{address}","{shown}")', "link", address)


def charts_sheet(report: Report, where: dict) -> SheetOut:
    """Chart data (万元, formulas over 分析表) and the native charts bound to it."""
    s = SheetOut(L.CHARTS)
    s.put(0, 0, Cell(OUTPUT_LOOKS[L.CHARTS].title, style="title"))
    s.put(1, 0, Cell("数据单位：万元，由分析表四舍五入到两位小数。", style="note"))
    r = 2
    sources = {"budget_arrangement": "budget_by_nature", "budget_execution": "final_by_nature",
               "final_yoy": "final_by_nature", "functions": "final_by_function",
               "income_structure": "final_by_income", "spending_structure": "structure_spending",
               "three_public": "controlled"}
    for k, chart in enumerate(report.charts):
        top = r
        if k and k % L.CHARTS_PER_PAGE == 0:  # a chart never split across two pages; the blank row
            s.breaks.append(top - 1)  # above it starts the page, so no edge of it prints on the last
        s.put(r, 0, Cell(chart.title, style="header"))
        pie = chart.kind is ChartKind.PIE
        first = 2 if pie else 1  # a pie's 占比 column stands first: the series its wedges and labels show
        if pie:
            s.put(r, 1, Cell("占比", style="header"))
        for j, series in enumerate(chart.series, start=first):
            s.put(r, j, Cell(series.name, style="header"))
        for i, category in enumerate(chart.categories):
            s.put(r + 1 + i, 0, Cell(category))
            if pie:
                s.put(r + 1 + i, 1, Cell(chart.shares[i], _share_formula(report, where, sources[chart.key], category),
                                         "pct"))
            for j, series in enumerate(chart.series, start=first):
                at = where.get((sources[chart.key], category, series.column))
                formula = None
                if at is not None:
                    ref = L.sheet_cell(L.ANALYSIS, *at)
                    formula = f'=IF(ISNUMBER({ref}),ROUND({ref}/10000,2),"")'
                s.put(r + 1 + i, j, Cell(series.values[i], formula, "wan"))
        n = len(chart.categories)
        bound = (("占比", (top + 1, 1, top + n, 1)),) if pie else \
            tuple((series.name, (top + 1, j, top + n, j)) for j, series in enumerate(chart.series, start=1))
        s.charts.append(ChartSpec(
            chart.key, chart.title, "pie" if pie else "column", (top + 1, 0, top + n, 0), bound, (top, L.CHART_COL),
        ))
        r = max(top + n + 2, top + L.CHART_ROWS)
    return s


def _share_formula(report: Report, where: dict, source: str, category: str) -> str | None:
    """A pie slice's share as the text and the 占比 columns print it (``compare.shares``: rounded once,
    the 尾差 on the largest part): the 分析表's 占比 cell where the source table has one, else the same
    rounding (``expr.tail_share``) over the source table's 本年决算 cells. Zero lines, which a pie
    leaves out, add nothing to the parts."""
    if (at := where.get((source, category, "s_final"))) is not None:
        ref = L.sheet_cell(L.ANALYSIS, *at)
        return f'=IF(ISNUMBER({ref}),{ref},"")'
    rows = report.tables[source].rows
    own, whole = where.get((source, category, "final")), where.get((source, "__total__", "final"))
    parts = [where.get((source, str(rows[i].label), "final")) for i in share_parts(rows)]
    places = [p for p in parts if p is not None]
    if own is None or whole is None or len(places) < len(parts) or own not in places:
        return None
    lines = [r for r, _ in places]
    if lines != list(range(lines[0], lines[0] + len(lines))) or len({c for _, c in places}) != 1:
        return None  # not one range of cells: the cached share stands
    sheet = f"'{L.ANALYSIS}'!"
    span = sheet + L.range_ref(lines[0], places[0][1], lines[-1], places[0][1], absolute=True)
    formula = tail_share(L.sheet_cell(L.ANALYSIS, *own), sheet + L.cell_ref(whole[0], whole[1], absolute=True), span,
                         places.index(own) + 1)
    return f"={formula}"


def all_sheets(report: Report, locator: L.Locator) -> dict[str, SheetOut]:
    from .taken import Taken

    taken = Taken()
    analysis, where = analysis_sheet(report, locator, taken)
    sheets = {
        L.ANALYSIS: analysis,
        L.INDICATORS: indicators_sheet(report, where, locator, taken),
        L.NARRATIVE: narrative_sheet(report),
        L.FINDINGS: findings_sheet(report, locator),
        L.CHARTS: charts_sheet(report, where),
        L.TAKEN: taken.sheet,
    }
    return {name: fit_notes(sheet).signed() for name, sheet in sheets.items()}


def fit_notes(sheet: SheetOut) -> SheetOut:
    """A note alone on its row that is wider than the printed columns wraps across them (one merged
    cell, its row as tall as its lines), so it is never cut at the print area's edge."""
    cols = sheet.print_extent[1]
    span = sum(sheet.widths.get(j, 8.43) for j in range(cols))
    in_row: dict[int, set[int]] = {}  # the columns used on each row (signature and highlight aside)
    for row, j in sheet.cells:
        if (row, j) not in (L.SIGNATURE_CELL, L.HIGHLIGHT_CELL):
            in_row.setdefault(row, set()).add(j)
    for (r, col), cell in list(sheet.cells.items()):
        alone = not (in_row.get(r, set()) - {col})
        if col == 0 and cols > 1 and cell.style == "note" and alone and cell.value \
                and text_height(str(cell.value), span) > LINE_POINTS:
            sheet.put(r, col, Cell(cell.value, cell.formula, "note_wrap", cell.link))
            sheet.merges.append((r, 0, r, cols - 1))
            sheet.heights[r] = text_height(str(cell.value), span)
    return sheet


def disclosure_sheet(disclosed: Any, locator: L.Locator | None = None) -> SheetOut:
    """The 决算公开 sheet the 生成公开 button fills (``public_sheet``: the nine tables side by side, and the
    findings with links to the workbook's cells, ``locator``)."""
    from .public_sheet import public_sheet

    return public_sheet(disclosed, locator)
