"""Whether a coded public table adds up as printed, read before anything is imported: each 类/款 row and
the 合计 row against the rows below it, and each row's 合计 column against its parts. A gap no larger
than the parts' rounding (half of the last printed digit per figure) is a 提示 naming the cells — the
way published 万元 tables are; a larger one means the table says two things (a shifted column or row,
a mistyped figure) and is refused, naming the cells."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..core.findings import Finding, Level
from . import import_read as r

CODED = ("公开02", "公开03", "公开05", "公开08", "公开09")
HALF_CENT = Decimal("0.005")  # of the printed unit (figures printed to two decimals)
TOTAL_LABELS = ("合计", "总计")
TOTAL_COLUMN = ("合计", "小计", "本年收入合计", "本年支出合计")
SHOWN = 6  # cells named in one finding at most


def _number(x: Any) -> Decimal | None:
    if isinstance(x, bool) or x is None:
        return None
    if isinstance(x, float):
        return Decimal(repr(x))
    if isinstance(x, int | Decimal):
        return Decimal(x)
    return None


def checked_sums(sheet: r.Sheet, key: str, heads: tuple[str, ...]) -> list[Finding]:
    """The additions of a prepared coded table (codes joined, amounts in 万元)."""
    h = r.header(sheet, heads)
    cols = r.code_columns(h) if h is not None else None
    if key not in CODED or h is None or cols is None:
        return []
    code_j = cols[-1]
    rows: dict[str, int] = {}
    total_i = None
    uncoded: list[int] = []
    for i in range(h.body, len(sheet.rows)):
        text = r.norm(sheet.cell(i, code_j))
        if r.CODE_RE.match(text):
            rows.setdefault(text, i)
        elif any(r.norm(sheet.cell(i, j)) in TOTAL_LABELS for j in range(code_j + 2)):
            total_i = i
        elif any(_number(x) for x in sheet.rows[i]):
            uncoded.append(i)
    found = [_uncoded(sheet, key, uncoded, code_j)] if uncoded else []
    body = [*rows.values(), *([total_i] if total_i is not None else [])]
    amounts = sorted({j for i in body for j, x in enumerate(sheet.rows[i]) if j > code_j and _number(x) is not None})
    unit = _half_digit([_number(x) for i in body for x in sheet.rows[i]])
    gaps: list[tuple[str, int, int, Decimal, Decimal, int]] = []  # (what, i, j, printed, sum, parts)

    def value(i: int, j: int) -> Decimal | None:
        """A cell's amount; blank is 0; None for a cell already refused (text, a formula without value,
        too large)."""
        x = sheet.cell(i, j)
        if (i, j) in sheet.formulas:
            return None
        n = _number(x)
        if n is not None and (not n.is_finite() or abs(n) * 10000 >= r.MAX_YUAN):
            return None
        return n if n is not None else (Decimal(0) if r.norm(x) in r.DASHES else None)

    def gap(what: str, i: int, j: int, parts: list[tuple[int, int]]) -> None:
        printed, got = value(i, j), [value(a, b) for a, b in parts]
        if printed is not None and None not in got:
            gaps.append((what, i, j, printed, sum((x for x in got if x is not None), Decimal(0)), len(parts)))

    for code, i in rows.items():  # a 类/款 row against the rows one level below it
        kids = [k for c, k in rows.items() if len(c) == len(code) + 2 and c.startswith(code)]
        for j in amounts if kids else []:
            gap(f"{code}行", i, j, [(k, j) for k in kids])
    if total_i is not None:
        classes = [k for c, k in rows.items() if len(c) == 3]
        for j in amounts:
            gap("合计行", total_i, j, [(k, j) for k in classes])
    for t, parts in _column_parts(h, amounts).items():  # a row's 合计 column against its parts
        for i in body:
            gap("本行各栏", i, t, [(i, j) for j in parts])
    return [*found, *_findings(sheet, key, [g for g in gaps if g[3] != g[4]], unit)]


def _uncoded(sheet: r.Sheet, key: str, rows: list[int], code_j: int) -> Finding:
    """Rows with amounts but no 科目编码 where the codes stand: which line they belong to is not known."""
    named = "、".join(f"第{i + 1}行" for i in rows[:SHOWN]) + (f"等{len(rows)}行" if len(rows) > SHOWN else "")
    return Finding(Level.ERROR, "D-IMPORT-CELL", f"工作表“{sheet.name}”（{key}）{named}有金额，但科目编码栏"
                   f"（{r.column_letter(code_j)}列及其左侧）没有可识别的功能分类科目编码（如 2080501），无法确定"
                   "属于哪一行科目，未导入。请检查是否错列。", (key,))


def _half_digit(values: list[Decimal | None]) -> Decimal:
    """Half the last digit the table's figures use (万元): 0.005 for a 万元 table, and for a 元 table
    that was itself made from 万元 figures (every amount whole hundreds); 0.005元 for exact 元 figures."""
    decimals = max((max(0, -int(x.normalize().as_tuple().exponent)) for x in values if x), default=2)
    return HALF_CENT / Decimal(10) ** (max(decimals, 2) - 2)


def _column_parts(h: r.Header, amounts: list[int]) -> dict[int, list[int]]:
    """Each 合计 column and the columns it sums: those under the same group header, else every amount
    column to its right."""
    grouped: dict[int, list[int]] = {}
    alone: list[int] = []
    for t in amounts:
        path = h.paths.get(t, [])
        if not path or path[-1] not in TOTAL_COLUMN:
            continue
        groups = [x for x in path[:-1] if x not in ("项目", "决算数")]
        if groups:
            grouped[t] = [j for j in amounts if j != t and groups[-1] in h.paths.get(j, [])]
        else:
            alone.append(t)
    inner = {j for parts in grouped.values() for j in parts}
    out = {t: parts for t, parts in grouped.items() if parts}
    for t in alone:
        parts = [j for j in amounts if j > t and j not in inner and j not in alone]
        if parts:
            out[t] = parts
    return out


def _findings(sheet: r.Sheet, key: str, gaps: list[tuple[str, int, int, Decimal, Decimal, int]],
              unit: Decimal) -> list[Finding]:
    """One 提示 for the gaps within rounding, one 错误 for the rest; each names its first cells."""
    rounding = [g for g in gaps if abs(g[3] - g[4]) <= unit * (g[5] + 1)]
    wrong = [g for g in gaps if g not in rounding]
    out = []
    show = sheet.scale / 10000

    def cells(some: list[tuple[str, int, int, Decimal, Decimal, int]]) -> str:
        named = [f"{r.column_letter(j)}{i + 1}（{what}：{_shown(a / show)}，各项之和{_shown(b / show)}）"
                 for what, i, j, a, b, _ in some[:SHOWN]]
        more = f"等{len(some)}处" if len(some) > SHOWN else ""
        return "、".join(named) + more

    money = "万元" if sheet.scale == 10000 else "元"
    if rounding:
        out.append(Finding(Level.INFO, "D-IMPORT-ROUNDING", f"工作表“{sheet.name}”（{key}）{cells(rounding)}"
                           f"与各项之和的差额在各项四舍五入的范围内（金额单位：{money}），属尾数差异，按表中数字导入。",
                           (key,)))
    if wrong:
        out.append(Finding(Level.ERROR, "D-IMPORT-SUM", f"工作表“{sheet.name}”（{key}）{cells(wrong)}"
                           f"与各项之和不符，差额超出四舍五入（金额单位：{money}）。可能是列或行错位、数字录错，"
                           "无法确定哪个数字正确，未导入。", (key,)))
    return out


def _shown(x: Decimal) -> str:
    return f"{x.quantize(Decimal('0.01')):,}"
