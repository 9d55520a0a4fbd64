"""Whether a public table adds up as printed, read before anything is imported: in the coded tables each
类/款 row and the 合计 row against the rows below it and each 合计 column against its parts; in 公开01/04
the 合计 and 总计 rows, in 公开06 the classes and 经费合计, in 公开07 合计 and the 公务用车 小计; and
amounts where no amount column is (a label column, an unknown header). A gap no larger
than the parts' rounding (half of the last printed digit per figure) is a 提示 naming the cells — the
way published 万元 tables are; a larger one means the table says two things (a shifted column or row,
a mistyped figure) and is refused, naming the cells."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..core.findings import Finding, Level
from ..core.rounding import slack
from . import import_read as r
from . import spec as s

CODED = ("公开02", "公开03", "公开05", "公开08", "公开09")
HALF_CENT = Decimal("0.005")  # of the printed unit (figures printed to two decimals)
TOTAL_LABELS = ("合计", "总计")
TOTAL_COLUMN = ("合计", "小计", "本年收入合计", "本年支出合计")
SHOWN = 6  # cells named in one finding at most
_FUND = ("年初结转和结余", "本年收入", "合计", "小计", "基本支出", "项目支出", "年末结转和结余")
KNOWN_COLUMNS = {  # the amount columns of each coded table the importer knows (header texts)
    "公开02": ("本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"),
    "公开03": ("本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"),
    "公开05": ("合计", "小计", "基本支出", "项目支出"),
    "公开08": _FUND,
    "公开09": _FUND,
}


def _number(x: Any) -> Decimal | None:
    if isinstance(x, bool) or x is None:
        return None
    if isinstance(x, float):
        return Decimal(repr(x))
    if isinstance(x, int | Decimal):
        return Decimal(x)
    return None


Gap = tuple[str, int, int, Decimal, Decimal, int]  # (what, row, column, printed, sum of parts, parts)


class _Gaps:
    """The additions of one sheet: each printed figure against the sum of the cells it totals."""

    def __init__(self, sheet: r.Sheet):
        self.sheet = sheet
        self.found: list[Gap] = []
        self.cells: set[tuple[int, int]] = set()

    def value(self, i: int, j: int) -> Decimal | None:
        """A cell's amount; blank is 0; None for a cell refused on its own (text, a formula without
        value, too large)."""
        x = self.sheet.cell(i, j)
        if (i, j) in self.sheet.formulas:
            return None
        n = _number(x)
        if n is not None and (not n.is_finite() or abs(n) * 10000 >= r.MAX_YUAN):
            return None
        return n if n is not None else (Decimal(0) if r.norm(x) in r.DASHES else None)

    def gap(self, what: str, i: int, j: int, parts: list[tuple[int, int]]) -> None:
        printed, got = self.value(i, j), [self.value(a, b) for a, b in parts]
        self.cells |= {(i, j), *parts}
        if printed is not None and None not in got:
            total = sum((x for x in got if x is not None), Decimal(0))
            if total != printed:
                self.found.append((what, i, j, printed, total, len(parts)))

    def findings(self, key: str) -> list[Finding]:
        unit = _half_digit([self.value(i, j) for i, j in self.cells])
        return _findings(self.sheet, key, self.found, unit)


def checked_sums(sheet: r.Sheet, key: str, heads: tuple[str, ...]) -> list[Finding]:
    """The additions of a prepared public table (codes joined, amounts in 万元)."""
    h = r.header(sheet, heads)
    if h is None:
        return []
    g = _Gaps(sheet)
    found: list[Finding] = []
    if key in CODED:
        found = _coded(g, h, key)
    elif key in ("公开01", "公开04"):
        _sides(g, h, key)
        found = _stray(sheet, key, h, AMOUNT_HEADS)
    elif key == "公开06":
        _economic(g, h)
        found = _stray(sheet, key, h, ("决算数",))
    elif key == "公开07":
        _three_public(g, h, found)
    return [*found, *g.findings(key)]


def _coded(g: _Gaps, h: r.Header, key: str) -> list[Finding]:
    """Each 类/款 row and the 合计 row against the rows below it; each 合计 column against its parts."""
    sheet = g.sheet
    cols = r.code_columns(h)
    if cols is None:
        return []
    code_j = cols[-1]
    rows: dict[str, int] = {}
    total_i = None
    uncoded: list[int] = []
    twice: list[int] = []
    for i in range(h.body, len(sheet.rows)):
        text = r.norm(sheet.cell(i, code_j))
        if r.CODE_RE.match(text):
            if text in rows and _body_of(sheet.rows[i], code_j) != _body_of(sheet.rows[rows[text]], code_j):
                twice.append(i)
            rows.setdefault(text, i)
        elif any(r.norm(sheet.cell(i, j)) in TOTAL_LABELS for j in range(code_j + 2)):
            total_i = i
        elif any(_number(x) for x in sheet.rows[i]):
            uncoded.append(i)
    body = [*rows.values(), *([total_i] if total_i is not None else [])]
    amounts = sorted({j for i in body for j, x in enumerate(sheet.rows[i]) if j > code_j and _number(x) is not None})
    unknown = [j for j in amounts if not set(h.paths.get(j, [])) & set(KNOWN_COLUMNS[key])]
    children: dict[str, list[int]] = {}
    for c, k in rows.items():
        if len(c) > 3:
            children.setdefault(c[:-2], []).append(k)
    for code, i in rows.items():
        kids = children.get(code, [])
        for j in amounts if kids else []:
            g.gap(f"{code}行", i, j, [(k, j) for k in kids])
    if total_i is not None:
        classes = [k for c, k in rows.items() if not any(c[:n] in rows for n in range(3, len(c), 2))]  # roots
        for j in amounts:
            g.gap("合计行", total_i, j, [(k, j) for k in classes])
    for t, parts in _column_parts(h, amounts).items():
        for i in body:
            g.gap("本行各栏", i, t, [(i, j) for j in parts])
    return [*([_unknown(sheet, key, h, unknown)] if unknown else []),
            *([_uncoded(sheet, key, uncoded, code_j)] if uncoded else []),
            *([_twice(sheet, key, twice, code_j)] if twice else [])]


def _unknown(sheet: r.Sheet, key: str, h: r.Header, columns: list[int]) -> Finding:
    """Amount columns under a header the table does not have: which figure they are is not known."""
    named = "、".join(f"{r.column_letter(j)}列（标题“{'/'.join(h.paths.get(j, [])) or '空白'}”）" for j in columns)
    return Finding(Level.ERROR, "D-IMPORT-CELL", f"{r.sheet_of(sheet, key)}{named}有金额，但标题不是本表的栏目"
                   f"（{'、'.join(KNOWN_COLUMNS[key])}），无法确定这些金额是哪一栏，未导入。请检查是否错列或改动了"
                   "表头。", (key,))


def _body_of(row: list[Any], code_j: int) -> list[Decimal | None]:
    return [_number(x) for x in row[code_j + 1:]]


def _twice(sheet: r.Sheet, key: str, rows: list[int], code_j: int) -> Finding:
    """A 科目编码 on two rows with different amounts: which one the table means is not known."""
    named = "、".join(f"第{sheet.row_no(i)}行（{r.norm(sheet.cell(i, code_j))}）" for i in rows[:SHOWN])
    return Finding(Level.ERROR, "D-IMPORT-CELL", f"{r.sheet_of(sheet, key)}{named}的科目编码在表中已出现过，"
                   "两行金额不同，无法确定，未导入。", (key,))


def _sides(g: _Gaps, h: r.Header, key: str) -> None:
    """公开01/04: on each side, 本年收入合计 / 本年支出合计 against the items above it (each amount
    column of the side); 公开01's 总计 against 合计 and the rows between."""
    sheet = g.sheet
    found = [(i, j) for i in range(h.body, len(sheet.rows)) for j, x in enumerate(sheet.rows[i])
             if r.norm(x) in ("本年收入合计", "本年支出合计")]
    labels = sorted({j for _, j in found})
    for t, j in found:
        stop = next((k for k in labels if k > j), len(sheet.rows[t]))
        items = [i for i in range(h.body, t) if _label(sheet.cell(i, j))]
        for a in range(j + 1, stop):
            g.gap(f"{sheet.cell(t, j)}", t, a, [(i, a) for i in items])
        end = next((i for i in range(t + 1, len(sheet.rows)) if r.norm(sheet.cell(i, j)) == "总计"), None)
        if key == "公开01" and end is not None:
            for a in range(j + 1, stop):
                g.gap("总计", end, a, [(i, a) for i in range(t, end) if _label(sheet.cell(i, j))])


CAR_TOTAL = ("小计", "公务用车购置及运行维护费小计", "公务用车购置及运行维护费")
AMOUNT_HEADS = ("决算数", "合计", "小计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款")


def _stray(sheet: r.Sheet, key: str, h: r.Header, heads: tuple[str, ...]) -> list[Finding]:
    """Amounts in a column whose header is no amount column of the table (a label or code column)."""
    cells = [(i, j) for i in range(h.body, len(sheet.rows)) for j, x in enumerate(sheet.rows[i])
             if _number(x) is not None and not set(h.paths.get(j, [])) & set(heads)]
    if not cells:
        return []
    named = "、".join(sheet.ref(i, j) for i, j in cells[:SHOWN]) + (
        f"等{len(cells)}格" if len(cells) > SHOWN else "")
    return [Finding(Level.ERROR, "D-IMPORT-CELL", f"{r.sheet_of(sheet, key)}{named}有金额，但所在的栏不是金额栏"
                    f"（{'、'.join(heads)}），无法确定是哪个项目的数，未导入。请检查是否错列。", (key,))]


def _label(x: Any) -> bool:
    return isinstance(x, str) and bool(r.norm(x)) and _number(x) is None


def _economic(g: _Gaps, h: r.Header) -> None:
    """公开06: each class (301 …) against its items; 人员经费合计 / 公用经费合计 against the classes of
    its panel."""
    sheet = g.sheet
    codes: dict[tuple[int, str], int] = {}  # (code column, code) → row
    footers: list[tuple[int, int]] = []
    for i in range(h.body, len(sheet.rows)):
        for j, x in enumerate(sheet.rows[i]):
            text = r.norm(x)
            if r.CODE_RE.match(text) and len(text) in (3, 5):
                codes.setdefault((j, text), i)
            elif text in ("人员经费合计", "公用经费合计"):
                footers.append((i, j))
    for (j, code), i in codes.items():
        items = [k for (jj, c), k in codes.items() if jj == j and len(c) == 5 and c.startswith(code)]
        if len(code) == 3 and items:
            g.gap(f"{code}行", i, j + 2, [(k, j + 2) for k in items])
    for i, j in footers:
        classes = [k for (jj, c), k in codes.items() if jj == j - 1 and len(c) == 3]
        if classes:
            g.gap(str(sheet.cell(i, j)), i, j + 1, [(k, j + 1) for k in classes])


def _three_public(g: _Gaps, h: r.Header, found: list[Finding]) -> None:
    """公开07: 合计 against its three items, the 公务用车 小计 against 购置 and 运行维护, for 预算数 and 决算数."""
    sheet = g.sheet
    data = next((i for i in range(h.body, len(sheet.rows)) if any(_number(x) is not None for x in sheet.rows[i])),
                None)
    if data is None:
        return
    known = {r.norm(x) for x in (*s.T7_LABELS.values(), "小计", "公务用车购置及运行维护费")}
    unknown = [j for j, x in enumerate(sheet.rows[data]) if _number(x) is not None
               and not ({"预算数", "决算数"} & set(h.paths.get(j, [])) and known & set(h.paths.get(j, [])))]
    if unknown:
        named = "、".join(sheet.ref(data, j) for j in unknown[:SHOWN])
        found.append(Finding(Level.ERROR, "D-IMPORT-CELL", f"{r.sheet_of(sheet, '公开07')}{named}有金额，但其上方的"
                             "标题不是“三公”经费的某一项的预算数或决算数，无法确定是哪一栏，未导入。请检查是否错列或改动了"
                             "表头。", ("公开07",)))
    for kind in ("预算数", "决算数"):
        col = {x: j for j, path in sorted(h.paths.items(), reverse=True) if kind in path for x in path}
        buy, run = col.get("公务用车购置费"), col.get("公务用车运行维护费")
        car = next((col[x] for x in CAR_TOTAL if x in col), None)
        if car is not None and buy is not None and run is not None and car not in (buy, run):
            g.gap(f"公务用车{kind}小计", data, car, [(data, buy), (data, run)])
        total, parts = col.get("合计"), [col.get(r.norm(x)) for x in ("因公出国（境）费", "公务接待费")]
        if total is not None and car is not None and None not in parts:
            g.gap(f"{kind}合计", data, total, [(data, car), *((data, j) for j in parts if j is not None)])


def _uncoded(sheet: r.Sheet, key: str, rows: list[int], code_j: int) -> Finding:
    """Rows with amounts but no 科目编码 where the codes stand: which line they belong to is not known."""
    more = f"等{len(rows)}行" if len(rows) > SHOWN else ""
    named = "、".join(f"第{sheet.row_no(i)}行" for i in rows[:SHOWN]) + more
    return Finding(Level.ERROR, "D-IMPORT-CELL", f"{r.sheet_of(sheet, key)}{named}有金额，但科目编码栏"
                   f"（{r.column_letter(code_j)}列及其左侧）没有可识别的功能分类科目编码（如 2080501），无法确定"
                   "属于哪一行科目，未导入。请检查是否错列。", (key,))


def last_digit(sheet: r.Sheet, heads: tuple[str, ...]) -> Decimal:
    """The last digit (元) the figures below a prepared table's header carry: 100 for 万元 figures."""
    h = r.header(sheet, heads)
    start = h.body if h is not None else r.TITLE_ROWS
    values = [_number(x) for row in sheet.rows[start:] for x in row]
    digit = 2 * _half_digit([x for x in values if x is not None and x.is_finite()]) * 10000
    return max(digit, Decimal("0.01"))  # no finer than the data file's cents


def _half_digit(values: list[Decimal | None]) -> Decimal:
    """Half the last digit the table's figures use (万元): 0.005 for a 万元 table, and for a 元 table
    that was itself made from 万元 figures (every amount whole hundreds); 0.005元 for exact 元 figures."""
    decimals = max((max(0, -int(x.normalize().as_tuple().exponent)) for x in values if x and x.is_finite()),
                   default=2)
    return HALF_CENT / Decimal(10) ** (min(max(decimals, 2), 6) - 2)  # between 0.01万元 and 0.01元


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


def _findings(sheet: r.Sheet, key: str, gaps: list[Gap], unit: Decimal) -> list[Finding]:
    """One 提示 for the gaps within rounding, one 错误 for the rest; each names its first cells."""
    rounding = [g for g in gaps if abs(g[3] - g[4]) <= slack(2 * unit, g[5])]  # half a last digit per figure
    wrong = [g for g in gaps if g not in rounding]
    out = []
    show = sheet.scale / 10000

    def cells(some: list[Gap]) -> str:
        named = [f"{sheet.ref(i, j)}（{what}：{_shown(a / show)}，各项之和{_shown(b / show)}）"
                 for what, i, j, a, b, _ in some[:SHOWN]]
        more = f"等{len(some)}处" if len(some) > SHOWN else ""
        return "、".join(named) + more

    money = r.UNIT_NAME.get(sheet.scale, "万元")
    if rounding:
        out.append(Finding(Level.INFO, "D-IMPORT-ROUNDING", f"{r.sheet_of(sheet, key)}{cells(rounding)}"
                           f"与各项之和的差额在各项四舍五入的范围内（金额单位：{money}），属尾数差异，按表中数字导入。",
                           (key,)))
    if wrong:
        out.append(Finding(Level.ERROR, "D-IMPORT-SUM", f"{r.sheet_of(sheet, key)}{cells(wrong)}"
                           f"与各项之和不符，差额超出四舍五入（金额单位：{money}）。可能是列或行错位、数字录错，"
                           "无法确定哪个数字正确，未导入。", (key,)))
    return out


def _shown(x: Decimal) -> str:
    return f"{x.quantize(Decimal('0.01')):,}"
