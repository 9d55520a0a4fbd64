"""A public table as a printable grid (header rows with merges, body cells, notes), shared by the
.xlsx and the Word writers so both show the same layout."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..core import fmt
from . import spec as s
from .tables import PublicTable


@dataclass(frozen=True)
class Merge:
    row: int
    col: int
    last_row: int
    last_col: int
    text: str


@dataclass(frozen=True)
class Grid:
    title: str
    unit_line: tuple[str, str, str]  # 编制单位 | 年度 | 公开0X表 单位：万元
    header: list[Merge]
    header_rows: int
    kinds: list[str]
    body: list[list[Decimal | str | None]]  # money cells in 万元, exact (display rounds)
    bold: list[bool]
    indent: list[int]
    notes: list[str]
    landscape: bool
    zeros: str = "0.00"  # how a zero amount is printed: "blank", "0.00", "0" or "-"
    empty: bool = False  # a table without data keeps its form, every cell blank (公开08/09 with 说明)
    spans: tuple[Merge, ...] = ()  # body cells merged: a total's label over code + name (合计, 人员经费合计)
    column_zeros: tuple[str, ...] = ()  # a zero style per column where the unit gives one ("" = ``zeros``)

    def align(self, i: int, j: int) -> str:
        """Body cell (i, j)'s alignment, as the template: amounts right; a 合计/总计 label centred
        (本年收入合计, 总计, 人员经费合计); every other label and code left (使用非财政拨款结余, 年初结转和结余)."""
        if self.kinds[j] == s.MONEY:
            return "right"
        value = self.body[i][j]
        return "center" if self.bold[i] and isinstance(value, str) and centred_label(value) else "left"

    def text(self, i: int, j: int) -> str:
        """Body cell (i, j) as printed: amounts with 2 decimals and separators, a zero per ``zeros``."""
        value = self.body[i][j]
        if self.kinds[j] != s.MONEY:
            return "" if value is None else str(value)
        if not isinstance(value, Decimal) or self.empty:
            return ""
        if fmt.round2(value) == 0:
            style = (self.column_zeros[j] if j < len(self.column_zeros) else "") or self.zeros
            return {"blank": "", "0": "0", "-": "-"}.get(style, "0.00")
        return fmt.number(value)


def centred_label(label: str) -> bool:
    """A 合计 or 总计 line's label (the template centres these; other lines' labels stand left)."""
    return label.strip().endswith(("合计", "总计"))


def header_lines(text: str, per_line: int) -> str:
    """A header label broken into balanced lines of at most ``per_line`` characters (功能分类 | 科目编码,
    not 功能分类科 | 目编码, as a narrow cell would wrap it); the label itself where it fits on one line."""
    if per_line < 1 or len(text) <= per_line or "\n" in text:
        return text
    n = -(-len(text) // per_line)
    k = -(-len(text) // n)
    return "\n".join(text[i:i + k] for i in range(0, len(text), k))


def grid(t: PublicTable) -> Grid:
    cols = t.spec.columns
    merges, depth = header_merges([col.path for col in cols])
    body, bold, indent = [], [], []
    for row in t.rows:
        cells: list[Decimal | str | None] = []
        for col in cols:
            value = row.values.get(col.key)
            if col.kind == s.MONEY:
                cells.append(value / fmt.TEN_THOUSAND if isinstance(value, Decimal) else None)
            else:
                cells.append("" if value is None else str(value))
        body.append(cells)
        bold.append(row.total)
        indent.append(row.level if t.indent else 0)
    notes = [n for n in (s.note_for(t.key, t.department), t.note) if n]  # 注, then 说明 (template order)
    if not t.empty and rounding_gaps(t, body):
        notes.append(s.ROUNDING_NOTE)
    return Grid(
        title=t.title,
        unit_line=t.unit_line,
        header=merges, header_rows=depth,
        kinds=[col.kind for col in cols], body=body, bold=bold, indent=indent, notes=notes,
        landscape=t.spec.landscape, zeros=t.zeros, empty=t.empty, spans=label_spans(t, body),
        column_zeros=t.column_zeros,
    )


def label_spans(t: PublicTable, body: list[list[Decimal | str | None]]) -> tuple[Merge, ...]:
    """A total row's label spans its empty code cell and the name cell (the template's 合计 rows)."""
    kinds = [col.kind for col in t.spec.columns]
    out = []
    for i, row in enumerate(t.rows):
        if not row.total:
            continue
        for j in range(len(kinds) - 1):
            if kinds[j] == s.CODE and kinds[j + 1] == s.TEXT and not body[i][j] and body[i][j + 1]:
                out.append(Merge(i, j, i, j + 1, str(body[i][j + 1])))
    return tuple(out)


def header_merges(paths: list[tuple[str, ...]]) -> tuple[list[Merge], int]:
    """Header cells from each column's path (top → label): equal neighbours merge across, a short path's
    cell above its label spans down (合计 over 预算数 beside 公务用车… over 小计 over 预算数)."""
    depth = max(len(p) for p in paths)
    grid_ = [list(p[:-1]) + [p[-2] if len(p) > 1 else p[-1]] * (depth - len(p)) + [p[-1]] for p in paths]
    if any(len(p) == 1 for p in paths):  # a single label spans every row
        grid_ = [[p[0]] * depth if len(p) == 1 else g for p, g in zip(paths, grid_, strict=True)]
    n = len(paths)
    covered: set[tuple[int, int]] = set()
    out: list[Merge] = []
    for k in range(depth):
        for j in range(n):
            if (k, j) in covered:
                continue
            text = grid_[j][k]
            last = j
            while (last + 1 < n and (k, last + 1) not in covered and grid_[last + 1][k] == text
                   and grid_[last + 1][:k] == grid_[j][:k]):
                last += 1
            bottom = k
            while bottom + 1 < depth and all(grid_[x][bottom + 1] == text for x in range(j, last + 1)):
                bottom += 1
            covered.update((r, x) for r in range(k, bottom + 1) for x in range(j, last + 1))
            out.append(Merge(k, j, bottom, last, text))
    return out, depth


def widths(g: Grid) -> list[float]:
    """Relative column widths: names wide, codes narrow, amounts even."""
    out = []
    for j, kind in enumerate(g.kinds):
        if kind == s.CODE:
            out.append(9.0)
        elif kind == s.TEXT:
            longest = max((len(str(r[j])) + 2 * lvl for r, lvl in zip(g.body, g.indent, strict=True)), default=6)
            out.append(min(max(longest * 1.9, 12.0), 36.0))
        else:
            out.append(13.0)
    return out


Cellref = tuple[int, int]  # (body row, column)


def sums(t: PublicTable) -> dict[Cellref, list[Cellref]]:
    """The table's identities as cell sums (body coordinates): each total = the sum of its parts.
    The .xlsx writes them as formulas, so a person who edits a figure sees the totals follow."""
    from .books import parent_of

    cols = {col.key: j for j, col in enumerate(t.spec.columns)}
    money = [col.key for col in t.spec.columns if col.kind == s.MONEY]
    out: dict[Cellref, list[Cellref]] = {}
    rows = t.rows

    def at(column: str, label: str) -> int | None:
        return next((i for i, r in enumerate(rows) if r.values.get(column) == label), None)

    def add(i: int | None, column: str, parts: list[tuple[int | None, str]]) -> None:
        if i is None or column not in cols:
            return
        refs = [(p, cols[c]) for p, c in parts if p is not None and c in cols]
        if any(rows[p].values.get(c, 0) is None for p, c in parts if p is not None and c in cols) \
                or rows[i].values.get(column, 0) is None:
            return  # a part not determined (left blank): the total is the unit's figure, not a sum
        if refs:
            out[(i, cols[column])] = refs

    if "code" in cols:
        index = {str(r.values["code"]): i for i, r in enumerate(rows) if r.values.get("code")}
        children: dict[str, list[int]] = {}
        for code, i in index.items():
            p = parent_of(code)
            if p in index:
                children.setdefault(p, []).append(i)
        total = at("name", "合计")
        row_parts = {"公开02": ("total", ("fiscal", "superior", "business", "operating", "affiliated", "other")),
                     "公开03": ("total", ("basic", "project", "remit", "operation", "subsidy"))}.get(
            t.key, ("total", ("basic", "project")))
        for code, i in index.items():
            if code in children:
                for key in money:
                    add(i, key, [(k, key) for k in children[code]])
            else:
                add(i, row_parts[0], [(i, key) for key in row_parts[1]])
        classes = [i for code, i in index.items() if len(code) == 3]
        if total is not None and classes:
            for key in money:
                add(total, key, [(k, key) for k in classes])
    elif t.key == "公开01":
        income = [at("in_name", label) for label, _ in s.T1_INCOME]
        add(at("in_name", "本年收入合计"), "in_amount", [(i, "in_amount") for i in income])
        add(at("out_name", "本年支出合计"), "out_amount",
            [(i, "out_amount") for i, r in enumerate(rows) if r.values.get("out_code")])
        grand = at("in_name", "总计")
        add(grand, "in_amount", [(at("in_name", x), "in_amount") for x in ("本年收入合计", "使用非财政拨款结余",
                                                                          "年初结转和结余")])
        add(grand, "out_amount", [(at("out_name", x), "out_amount") for x in ("本年支出合计", "结余分配",
                                                                            "年末结转和结余")])
    elif t.key == "公开04":
        funds = ("out_general", "out_fund", "out_capital")
        for i, r in enumerate(rows):
            if r.values.get("out_code"):
                add(i, "out_total", [(i, f) for f in funds])
        spend, closing = at("out_name", "本年支出合计"), at("out_name", "年末财政拨款结转和结余")
        add(at("in_name", "本年收入合计"), "in_amount",
            [(at("in_name", label), "in_amount") for label, _ in s.T4_INCOME])
        classes = [i for i, r in enumerate(rows) if r.values.get("out_code")]
        for key in ("out_total", *funds):
            add(spend, key, [(i, key) for i in classes])
        subrows = [i for i, r in enumerate(rows) if r.level == 1]
        add(at("in_name", "年初财政拨款结转和结余"), "in_amount", [(i, "in_amount") for i in subrows])
        add(closing, "out_total", [(closing, f) for f in funds])
        grand = at("in_name", "总计")
        add(grand, "in_amount", [(at("in_name", "本年收入合计"), "in_amount"),
                                 (at("in_name", "年初财政拨款结转和结余"), "in_amount")])
        for key in ("out_total", *funds):
            add(grand, key, [(spend, key), (closing, key)])
    elif t.key == "公开06":
        total = at("p_name", "人员经费合计")
        for side in ("p", "c"):
            coded = [(str(r.values[f"{side}_code"]), i) for i, r in enumerate(rows) if r.values.get(f"{side}_code")]
            heads = {code for code, _ in coded if len(code) == 3}
            chosen = [i for code, i in coded if len(code) == 3 or code[:3] not in heads]
            add(total, f"{side}_amount", [(i, f"{side}_amount") for i in chosen])
            for head, i in ((code, i) for code, i in coded if len(code) == 3):
                add(i, f"{side}_amount", [(k, f"{side}_amount") for code, k in coded
                                          if len(code) == 5 and code[:3] == head])
    elif t.key == "公开07" and rows:
        for scenario in ("budget", "final"):
            add(0, f"{scenario}:合计", [(0, f"{scenario}:{x}") for x in ("因公出国(境)费", "公务用车购置及运行维护费",
                                                                          "公务接待费")])
            add(0, f"{scenario}:公务用车购置及运行维护费", [(0, f"{scenario}:{x}") for x in ("公务用车购置费",
                                                                                     "公务用车运行维护费")])
    return out


def rounding_gaps(t: PublicTable, body: list[list[Decimal | str | None]]) -> list[tuple[Cellref, Decimal]]:
    """The totals whose printed (rounded) figure is not the sum of their printed parts, with the gap in
    万元: the figures are right, each rounded once; the table then carries the 尾数 note."""
    out = []
    for (i, j), parts in sums(t).items():
        total = body[i][j]
        if not isinstance(total, Decimal):
            continue
        shown = [body[a][b] for a, b in parts]
        added = sum((fmt.round2(x) for x in shown if isinstance(x, Decimal)), Decimal(0))
        if fmt.round2(total) != added:
            out.append(((i, j), fmt.round2(total) - added))
    return out
