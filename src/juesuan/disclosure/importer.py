"""导入公开表: read a nine-table workbook (ours, the official form's layouts, or one laid out like them
by other software) into the data file's 决算 figures. Tables are found by their title, columns by their
header text, rows by their 科目编码 or label — never by fixed cells. Reading and checking are in
import_read (cells, units, codes) and import_sums (additions); amounts arrive in 万元 and are stored in
元. The file's own figure is kept where the table agrees with it to the table's last printed digit."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from ..core import catalog as c
from ..core import fmt
from ..core import public_vocab as v
from ..core.findings import Finding, Level
from . import import_read as r
from . import spec as s
from .import_layout import kind, printed_layout, year_region, zero_layout
from .import_read import ImportError_
from .import_sums import checked_sums, last_digit

CENT = Decimal("0.01")
CODE_RE = re.compile(r"^\d{3}(\d{2}){0,2}$")
HEADER_SCAN = 8
MAX_WAN = Decimal(10) ** 11  # 1000万亿元
ZERO = Decimal("0.00")
WAN_DIGIT = Decimal(100)  # 元: the last digit of a figure printed in 万元 (0.01万元)


def _amount(value: Any) -> Decimal | None:
    """A 万元 cell as 元 (2 decimals)."""
    if value is None or value == "" or isinstance(value, bool):
        return None
    try:
        if isinstance(value, float):
            number = Decimal(repr(value))
        elif isinstance(value, int | Decimal):
            number = Decimal(value)
        else:
            text = str(value).replace(",", "").replace("，", "").strip()
            if text in ("", "-", "—", "－"):
                return None
            number = Decimal(text)
    except (InvalidOperation, ValueError):
        return None
    if not number.is_finite() or abs(number) >= MAX_WAN:
        return None  # not an amount (the data file's reader flags what is left)
    return (number * 10000).quantize(CENT, rounding=ROUND_HALF_UP) + 0


class _Sheet:
    def __init__(self, name: str, rows: list[list[Any]], code_col: int | None = None, digit: Decimal = WAN_DIGIT,
                 first: int = 0, zeros: str | dict[str, str] | None = None, total_col: int | None = None):
        self.name = name
        self.total_col = total_col  # a coded table's row-total column (本年支出合计, 合计, …), if found
        self.zeros = zeros  # how the table prints a zero (import_zeros), None where it shows none
        self.first = first  # the worksheet row of rows[0]
        self.rows = rows
        self.code_col = code_col  # the column holding the joined 科目编码 (from the header), if found
        self.digit = digit  # 元: the last digit the table's figures carry (100 for 万元, 0.01 for exact 元)

    def header(self, labels: list[str], start: int = 0) -> tuple[int, dict[str, int]]:
        """The last header row and, for each label, its column (first match left to right)."""
        found: dict[str, int] = {}
        last = -1
        for i, row in enumerate(self.rows[:HEADER_SCAN + 4]):
            for j, cell in enumerate(row):
                text = r.norm(cell)
                if not text or j < start:
                    continue
                for label in labels:
                    if label not in found and text == r.norm(label):
                        found[label] = j
                        last = max(last, i)
        return last, found



HEADS = ("项目", "科目编码", "功能分类", "经济分类", "类", "行次", "预算数", "决算数", "收入", "支出", "合计")


def read_workbook(path: str | Path) -> tuple[dict[str, _Sheet], list[Finding]]:
    """The workbook's public tables, prepared (codes joined, amounts in 万元), and what reading found."""
    from .import_zeros import zero_layout

    sheets = r.read_workbook(path)
    findings: list[Finding] = []
    zeros = {key: zero_layout(key, sheet, sheet.zero_forms) for key, sheet in sheets.items()}  # as printed
    for key, sheet in sheets.items():
        r.checked(sheet, key, HEADS)
        findings += [*sheet.findings, *checked_sums(sheet, key, HEADS)]
    prepared = {key: _Sheet(sheet.name, sheet.rows, _code_col(sheet), last_digit(sheet, HEADS), sheet.first,
                            zeros[key], _total_col(sheet, key)) for key, sheet in sheets.items()}
    return prepared, findings


ROW_TOTALS = {"公开02": "income_total", "公开03": "spending_total", "公开05": "general_total",
              "公开08": "fund_total", "公开09": "capital_total"}  # [disclosure.lines] keys of the row totals


def _total_col(sheet: r.Sheet, key: str) -> int | None:
    """The column of a coded table's row total: 本年收入合计 / 本年支出合计, the 合计 (or 小计) of 公开05 and of
    公开08/09's 本年支出."""
    h = r.header(sheet, HEADS)
    if key not in ROW_TOTALS or h is None:
        return None
    group = ("本年支出",) if key in ("公开08", "公开09") else ()
    return next((j for j in sorted(h.paths) if h.paths[j][-1] in ("本年收入合计", "本年支出合计", "合计", "小计")
                 and all(x in h.paths[j] for x in group)), None)


def _code_col(sheet: r.Sheet) -> int | None:
    h = r.header(sheet, HEADS)
    cols = r.code_columns(h) if h is not None else None
    return cols[-1] if cols else None


def _coded(sheet: _Sheet, labels: dict[str, str],
           total: str | None = None) -> tuple[dict[str, dict[str, Decimal]], dict[str, str]]:
    """Rows of a coded table: code → {column key: 元} (with the row total as ``total`` where given), and
    code → name."""
    last, cols = sheet.header(list(labels.values()))
    values: dict[str, dict[str, Decimal]] = {}
    names: dict[str, str] = {}
    for row in sheet.rows[last + 1:]:
        code_col = sheet.code_col
        if code_col is None:  # no 科目编码 header: the first code in the row's first columns
            code_col = next((j for j, x in enumerate(row[:3]) if x is not None and CODE_RE.match(str(x).strip())),
                            None)
        if code_col is None or code_col >= len(row) or not CODE_RE.match(str(row[code_col] or "").strip()):
            continue
        code = str(row[code_col]).strip()
        name, _ = _next_cell(row, code_col)
        names[code] = str(name or "").strip()
        vals = {}
        for key, label in labels.items():
            j = cols.get(label)
            if j is not None and j < len(row):
                a = _amount(row[j])
                if a is not None:
                    vals[key] = a
        j = sheet.total_col
        shown = _amount(row[j]) if total and j is not None and j < len(row) else None
        if vals or shown:  # a row with figures: its blank cells are the template's zeros
            vals = {key: vals.get(key, ZERO) for key, label in labels.items()
                    if cols.get(label) is not None and cols[label] < len(row)
                    and (key in vals or _blank(row[cols[label]]))}
            if total and j is not None and j < len(row) and (shown is not None or _blank(row[j])):
                vals[total] = shown or ZERO
        values[code] = vals
    return values, names


def _labelled(sheet: _Sheet, name_header: str = "项目") -> dict[str, list[Any]]:
    """Rows by their label text (in any text column): label → the row's cells."""
    out: dict[str, list[Any]] = {}
    for row in sheet.rows:
        for j, cell in enumerate(row):
            if isinstance(cell, str) and cell.strip():
                out.setdefault(r.norm(re.sub(r"^[一二三四五六七八九十]+、", "", cell.strip())), []).append((j, row))
    return out


def _same(old: Any, new: Decimal, digit: Decimal = WAN_DIGIT) -> bool:
    """``new`` (from a table whose last printed digit is ``digit`` 元) says what ``old`` (元, exact) says."""
    if not isinstance(old, Decimal | int | float) or isinstance(old, bool):
        return False
    old = Decimal(str(old))
    return old == new or (old / digit).quantize(Decimal(1), rounding=ROUND_HALF_UP) == \
        (new / digit).quantize(Decimal(1), rounding=ROUND_HALF_UP)


def _set(row: dict[str, Any], key: str, new: Decimal | None, digit: Decimal = WAN_DIGIT) -> None:
    """Write a figure the table determines; keep the file's own where the table agrees with it."""
    if new is None or _same(row.get(key), new, digit):
        return
    row[key] = new


def _canonical(item: str) -> str:
    return item.replace("（", "(").replace("）", ")")


def _total_row(sheet: _Sheet, labels: dict[str, str]) -> dict[str, Decimal]:
    """The 合计 row of a coded table: column key → 元 (blank cells left out)."""
    last, cols = sheet.header(list(labels.values()))
    labels_end = min([*cols.values(), 4])  # the label columns: left of the first amount column (类|款|项|名称)
    for row in sheet.rows[last + 1:]:
        if any(isinstance(x, str) and r.norm(x) == "合计" for x in row[:labels_end]):
            out = {}
            for key, label in labels.items():
                j = cols.get(label)
                a = _amount(row[j]) if j is not None and j < len(row) else None
                if a is not None:
                    out[key] = a
            return out
    return {}


def _next_cell(row: list[Any], j: int) -> tuple[Any, int]:
    """The cell right of cell j and its column, past the copies a merged cell leaves (j's own value)."""
    k = j + 1
    while k < len(row) and row[k] == row[j] and row[j] not in (None, ""):
        k += 1
    return (row[k] if k < len(row) else None), k


def _blank(x: Any) -> bool:
    return x is None or (isinstance(x, str) and r.norm(x) in r.DASHES)


def _right_amount(row: list[Any], j: int) -> Decimal | None:
    """The amount right of label j, past the label's merged copies: a blank cell is 0 (the template leaves
    zeros blank) unless a number follows the blank (a spacer column)."""
    x, k = _next_cell(row, j)
    if not _blank(x):
        return _amount(x)
    after = next((y for y in row[k + 1:] if not _blank(y)), None)
    spaced = _amount(after) if after is not None else None
    return spaced if spaced is not None else ZERO


def import_tables(path: str | Path, document: dict[str, Any]) -> tuple[dict[str, Any], list[Finding]]:
    """``document`` (a data-file mapping) with the 决算 figures of the workbook's public tables."""
    problem = _shape_problem(document)
    if problem:
        raise ImportError_(f"数据文件{problem}，导入公开表无法确定写到哪里，未导入。请先改正数据文件。")
    sheets, findings = read_workbook(path)
    if not sheets:
        raise ImportError_(f"{path} 中没有找到决算公开表（按表名查找，如“收入支出决算总表”）。")
    for key in s.TABLE_KEYS:
        if key not in sheets:
            findings.append(Finding(Level.WARNING, "D-IMPORT-MISSING", f"工作簿中没有找到{key}“{s.SPECS[key].title}”，"
                                                                     "该表的数字未导入。", (key,)))
    doc = dict(document)
    income = {row["item"]: dict(row) for row in doc.get("income", [])}
    spending = {row["item"]: dict(row) for row in doc.get("spending", [])}
    disc = dict(doc.get("disclosure", {}))
    if "公开01" in sheets:
        _summary(sheets["公开01"], income, spending)
    lines, names = _line_figures(sheets)
    if lines:
        digit = min((sheets[k].digit for k in ("公开02", "公开03", "公开05", "公开08", "公开09") if k in sheets),
                    default=WAN_DIGIT)
        disc["lines"] = _merged_lines(doc, disc, lines, names, digit)
    if "公开04" in sheets:
        _fiscal_balances(sheets["公开04"], doc)
    general: dict[str, Decimal] = {}  # 公开06's 人员经费 / 公用经费 (一般公共预算财政拨款)
    if "公开06" in sheets:
        findings += _economics(sheets["公开06"], doc, disc, income, spending, general)
    if "公开03" in sheets:
        findings += _natures(sheets["公开03"], spending, general)
    if "公开07" in sheets:
        _three_public(sheets["公开07"], doc)
    zero_layout(sheets, doc, disc)
    if "department" not in disc and kind(sheets) == "部门":
        disc["department"] = True
    if income:
        doc["income"] = list(income.values())
    if spending:
        doc["spending"] = list(spending.values())
    if disc:
        doc["disclosure"] = disc
    printed_layout(sheets, doc)
    return doc, findings


def _shape_problem(document: dict[str, Any]) -> str | None:
    """What in the data file's tables the import edits is not shaped as the import needs, said in Chinese."""
    def rows(value: Any, where: str, ident: str) -> str | None:
        if not isinstance(value, list):
            return f"的{where}不是表格数组（[[{where}]]）"
        for n, row in enumerate(value, 1):
            value = row.get(ident) if isinstance(row, dict) else None
            if not isinstance(value, str) and not (ident == "code" and type(value) is int):
                return f"的[[{where}]]第{n}项没有{ident}（或不是文字）"
        return None

    for key in ("income", "spending", "balances", "controlled"):
        if key in document and (bad := rows(document[key], key, "item")):
            return bad
    disc = document.get("disclosure", {})
    if not isinstance(disc, dict):
        return "的disclosure不是表（[disclosure]）"
    for key in ("lines", "basic_economics"):
        if key in disc and (bad := rows(disc[key], f"disclosure.{key}", "code")):
            return bad
    return None


def _summary(sheet: _Sheet, income: dict[str, dict[str, Any]], spending: dict[str, dict[str, Any]]) -> None:
    """公开01: the income items, 使用非财政拨款结余 and 年初结转 (left), 结余分配 and 年末结转 (right)."""
    labelled = _labelled(sheet)
    for item in (*c.INCOME_CURRENT, c.USE_OF_NONFISCAL_SURPLUS, c.OPENING_BALANCE):
        for j, row in labelled.get(r.norm(item), [])[:1]:
            a = _right_amount(row, j)
            if a is not None and (a or item in income):
                _set(income.setdefault(item, {"item": item}), "final", a, sheet.digit)
    for item in (c.SURPLUS_DISTRIBUTION, c.CLOSING_BALANCE):
        for j, row in labelled.get(r.norm(item), [])[-1:]:
            a = _right_amount(row, j)
            if a is not None and (a or item in spending):
                _set(spending.setdefault(item, {"item": item}), "final", a, sheet.digit)


def _line_figures(sheets: dict[str, _Sheet]) -> tuple[dict[str, dict[str, Decimal]], dict[str, str]]:
    """Per 功能分类 line (code): the figures of 公开02/03/05/08/09, and each code's name."""
    lines: dict[str, dict[str, Decimal]] = {}
    names: dict[str, str] = {}
    wanted: list[tuple[str, dict[str, str]]] = [
        ("公开02", {k: v.INCOME_COLUMNS[k] for k in ("superior", "business", "operating", "affiliated", "other")}),
        ("公开03", dict(v.NATURE_COLUMNS)),
        ("公开05", {"general_basic": "基本支出", "general_project": "项目支出"}),
        *((key, {f"{fund}_opening": "年初结转和结余", fund: "本年收入", f"{fund}_basic": "基本支出",
                 f"{fund}_project": "项目支出", f"{fund}_closing": "年末结转和结余"})
          for key, fund in (("公开08", "fund"), ("公开09", "capital")))]
    for key, labels in wanted:
        if key in sheets:
            vals, nm = _coded(sheets[key], labels, ROW_TOTALS[key])
            names.update(nm)
            for code, row in vals.items():
                lines.setdefault(code, {}).update(row)
    if "公开02" in sheets:  # 一般公共预算 income per line: 财政拨款收入 less the other two funds
        vals, _ = _coded(sheets["公开02"], {"fiscal": "财政拨款收入"})
        for code, row in vals.items():
            if "fiscal" in row:
                line = lines.setdefault(code, {})
                line["general"] = row["fiscal"] - line.get("fund", Decimal(0)) - line.get("capital", Decimal(0))
    return lines, names


def _merged_lines(doc: dict[str, Any], disc: dict[str, Any], lines: dict[str, dict[str, Decimal]],
                  names: dict[str, str], digit: Decimal) -> list[dict[str, Any]]:
    """The file's [[disclosure.lines]] with the tables' figures on the 项 (leaf) lines, and on a 类/款 whose
    printed figures are not the sum of its lines as printed (尾数: typed as printed); the file's own where
    the tables agree, its lines the tables do not show kept."""
    old_lines = {str(x.get("code")): dict(x) for x in disc.get("lines", [])}
    codes = set(lines) | set(names)
    parents = {y[:n] for y in codes for n in range(3, len(y), 2)}  # codes are 3 + 2 + 2 digits
    leaves = codes - parents
    under: dict[str, list[str]] = {}
    for x in leaves:
        for n in range(3, len(x), 2):
            under.setdefault(x[:n], []).append(x)
    printed = {x for x in codes if x not in leaves and _not_summed(x, lines, under.get(x, []))}
    named = {str(x.get("code")) for x in doc.get("functions", []) if isinstance(x, dict) and x.get("name")}
    named |= {code for code in codes if len(code) == 3 and names.get(code) == c.FUNCTION_CLASSES.get(code)}
    out = []
    for code in sorted(codes):
        old = old_lines.get(code, {})
        if code not in leaves and code not in printed and not old and code in named:
            continue  # a 类/款 the file's [[functions]] (or, a 类, the catalog) already names: nothing to add
        entry: dict[str, Any] = {"code": code, **{k: x for k, x in old.items() if k != "code"}}
        if names.get(code) and not old.get("name"):
            entry["name"] = names[code]
        if code in leaves or code in printed:
            row = lines.get(code, {})
            for k, a in row.items():
                if k in v.LINE_TOTALS and k not in old and a == _parts(row, k):
                    continue  # a row total that is the sum of its parts as printed: derived, not stored
                if a or k in old:  # a zero the file does not hold: the template's blank, derived
                    _set(entry, k, a, digit)
        out.append(entry)
    return out + [dict(x) for code, x in old_lines.items() if code not in codes]


TOTAL_PARTS = {"income_total": tuple(v.INCOME_COLUMNS), "spending_total": tuple(v.NATURE_COLUMNS),
               **{f"{f}_total": (f"{f}_basic", f"{f}_project") for f in v.FISCAL_FUNDS}}


def _parts(row: dict[str, Decimal], total: str) -> Decimal:
    """The sum of the parts of a row total (``TOTAL_PARTS``) as the row prints them."""
    return sum((row.get(k, Decimal(0)) for k in TOTAL_PARTS[total]), Decimal(0))


def _not_summed(code: str, lines: dict[str, dict[str, Decimal]], leaves: list[str]) -> bool:
    """A 类/款 row printing some figure other than the sum of its 项 (``leaves``) as printed (what
    juesuan would print for it from the 项 alone)."""
    return any(a != sum((lines.get(x, {}).get(k, Decimal(0)) for x in leaves), Decimal(0))
               for k, a in lines.get(code, {}).items())


def _fiscal_balances(sheet: _Sheet, doc: dict[str, Any]) -> None:
    """公开04: 年初/年末财政拨款结转和结余."""
    labelled = _labelled(sheet)
    hits = labelled.get(r.norm("年初财政拨款结转和结余"), [])
    closes = labelled.get(r.norm("年末财政拨款结转和结余"), [])
    if hits or closes:
        bal = {row["item"]: dict(row) for row in doc.get("balances", [])}
        row = bal.setdefault("财政拨款结转结余", {"item": "财政拨款结转结余"})
        for (j, cells) in hits[:1]:
            _set(row, "opening", _right_amount(cells, j), sheet.digit)
        for (j, cells) in closes[:1]:
            _set(row, "closing", _right_amount(cells, j), sheet.digit)
        doc["balances"] = list(bal.values())


def _economics(sheet: _Sheet, doc: dict[str, Any], disc: dict[str, Any], income: dict[str, dict[str, Any]],
               spending: dict[str, dict[str, Any]], general: dict[str, Decimal]) -> list[Finding]:
    """公开06: 基本支出 by economic class; 人员经费/公用经费 (into ``general``), the unit's when all income is
    一般公共预算财政拨款."""
    findings = []
    econ: list[dict[str, Any]] = []
    totals: dict[str, Decimal] = {}
    for i, row in enumerate(sheet.rows):
        for j, cell in enumerate(row):
            text = str(cell).strip() if cell is not None else ""
            if _economic(text):
                cell_name, (k, value) = _name_amount(row, j)
                a = _amount(value)
                if a is None and not _blank(value):
                    findings.append(Finding(Level.ERROR, "D-IMPORT-CELL", f"工作表“{sheet.name}”{r.column_letter(k)}"
                                            f"{i + 1 + sheet.first}单元格的“{value}”在经济分类{text}的决算数位置，"
                                            "但不是金额，未导入。请检查是否错列。", ("公开06",)))
                econ.append({"code": text, "name": str(cell_name or "").strip() or text, "final": a or Decimal(0)})
            elif r.norm(text) in ("人员经费合计", "公用经费合计"):
                a = _right_amount(row, j)
                if a is not None:
                    totals[r.norm(text)[:4]] = a
    seen: dict[str, dict[str, Any]] = {}
    for e in econ:  # a code shown twice (merged cells, a repeated block) must say one thing
        first = seen.setdefault(e["code"], e)
        if first["final"] != e["final"]:
            findings.append(Finding(Level.ERROR, "D-IMPORT-CELL", f"工作表“{sheet.name}”中经济分类{e['code']}"
                                    f"出现两次且金额不同（{fmt.yuan(first['final'])}、{fmt.yuan(e['final'])}），"
                                    "无法确定，未导入。", ("公开06",)))
    econ = list(seen.values())
    if econ:
        fixed = {code for code, _ in s.t6_rows(*year_region(doc, disc), (e["code"] for e in econ))}
        disc["basic_economics"] = _economic_rows(econ, disc.get("basic_economics", []), sheet.digit, fixed)
    general.update({item: totals[item] for item in c.BASIC_SPENDING if item in totals})
    if not any(income.get(i, {}).get("final") for i in c.INCOME_CURRENT if i != c.FISCAL_INCOME[0]):
        for item in c.BASIC_SPENDING:
            if item in totals and (totals[item] or item in spending):
                _set(spending.setdefault(item, {"item": item}), "final", totals[item], sheet.digit)
    return findings


def _economic_rows(econ: list[dict[str, Any]], old: list[dict[str, Any]], digit: Decimal,
                   fixed: set[str]) -> list[dict[str, Any]]:
    """公开06's rows as [disclosure.basic_economics]: the file's own row where the table says the same; not a
    row of the template's fixed rows (``fixed``) whose figure the tables print without it — 0 for an item, the
    sum of its items as printed for a class (301 …) — unless the file has it."""
    own = {str(e.get("code")): e for e in old}
    items = [e for e in econ if len(e["code"]) == 5]
    out = []
    for e in econ:
        code = e["code"]
        derived = sum((x["final"] for x in items if x["code"].startswith(code)), Decimal(0)) \
            if len(code) == 3 else Decimal(0)
        if code in own and _same(own[code].get("final"), Decimal(str(e["final"])), digit):
            out.append(own[code])
        elif code in own or code not in fixed or e["final"] != derived:
            out.append(e)
    return sorted(out, key=lambda e: str(e["code"]))


def _economic(text: str) -> bool:
    return bool(CODE_RE.match(text)) and len(text) in (3, 5) and text[:3] in ("301", "302", "303", "310")


def _name_amount(row: list[Any], j: int) -> tuple[Any, tuple[int, Any]]:
    """The name and (column, cell) of the amount right of an economic code at j: past blank spacer
    columns and merged copies, up to the next code (a blank amount: the template's zero)."""
    cells: list[tuple[int, Any]] = []
    for k in range(j + 1, len(row)):
        x = row[k]
        if _economic(str(x).strip() if x is not None else ""):
            break
        if not _blank(x) and not (cells and x == cells[-1][1] and k == cells[-1][0] + 1):
            cells.append((k, x))
    if cells and isinstance(cells[0][1], str) and _amount(cells[0][1]) is None:
        name, cells = cells[0][1], cells[1:]
    else:
        name = None
    return name, cells[0] if cells else (j + 1, None)


def _natures(sheet: _Sheet, spending: dict[str, dict[str, Any]], general: dict[str, Decimal]) -> list[Finding]:
    """公开03's 合计 row: 项目支出 and the other natures (blanks stay unknown); 基本支出 checked."""
    natures = _total_row(sheet, dict(v.NATURE_COLUMNS))
    for key, item in (("project", c.PROJECT), ("remit", "上缴上级支出"), ("operation", "经营支出"),
                      ("subsidy", "对附属单位补助支出")):
        a = natures.get(key)
        if a is not None and (a or item in spending):
            _set(spending.setdefault(item, {"item": item}), "final", a, sheet.digit)
    if "basic" in natures and not any(spending.get(i, {}).get("final") is not None for i in c.BASIC_SPENDING):
        return [_basic_absent(natures["basic"], general)] if natures["basic"] else []
    basic = sum((Decimal(str(spending.get(i, {}).get("final", 0))) for i in c.BASIC_SPENDING), Decimal(0))
    if "basic" in natures and not _same(basic, natures["basic"]):
        return [_basic_gap(natures["basic"], basic)]
    return []


def _basic_absent(basic: Decimal, general: dict[str, Decimal]) -> Finding:
    """No 人员经费 / 公用经费 in the data file (absent, not 0): what the tables give and where to type the rest."""
    shown = "、".join(f"{item}{_wan(a)}" for item, a in general.items())
    given = f"公开06只列一般公共预算财政拨款的{shown}，" if shown else ""
    return Finding(Level.WARNING, "D-IMPORT-BASIC",
                   f"数据文件中没有人员经费、公用经费的决算数（没有填写，不是0）。公开03的基本支出合计为{_wan(basic)}，"
                   f"决算公开按此列示；{given}九张表没有单位全部资金的人员经费、公用经费。分析报告需要时，请在数据文件"
                   "[[spending]]中填写 item = \"人员经费\" 和 item = \"公用经费\" 的 final"
                   "（两者之和应为基本支出合计）。",
                   ("spending",))


def _wan(a: Decimal) -> str:
    return f"{fmt.number(a / 10000)}万元"


def _basic_gap(table: Decimal, typed: Decimal) -> Finding:
    """公开03's 基本支出 against the file's 人员经费 + 公用经费: within the three figures' 万元 rounding a
    提示, else a 警告 (the file's own figures are kept either way)."""
    said = f"公开03的基本支出合计为{fmt.yuan(table)}，数据文件中人员经费与公用经费之和为{fmt.yuan(typed)}"
    if abs(table - typed) <= ROUNDING_PER_FIGURE * 3:
        return Finding(Level.INFO, "D-IMPORT-ROUNDING", f"{said}，差额在万元四舍五入的范围内（尾数差异），"
                       "保留数据文件原数。", ("spending",))
    return Finding(Level.WARNING, "D-IMPORT-BASIC", f"{said}，两者不等。已保留数据文件原数：公开表只分列一般公共预算"
                   "财政拨款的人员经费和公用经费，请在[[spending]]中核对全部资金的人员经费、公用经费决算数。",
                   ("spending",))


ROUNDING_PER_FIGURE = Decimal(50)  # 元: half of 0.01万元


def _three_public(sheet: _Sheet, doc: dict[str, Any]) -> None:
    """Table 7: each 预算数/决算数 column's item is the item label in the same column of the header
    block (merged cells are filled across their span), above it (the template) or below (ours)."""
    top = min((i for i, row in enumerate(sheet.rows[:HEADER_SCAN + 4]) for x in row
               if r.norm(x) in ("预算数", "决算数")), default=None)
    if top is None:
        return
    labels = {r.norm(s.T7_LABELS[item]): item for item in c.CONTROLLED_ITEMS}  # 三公, and 会议费/培训费 if shown
    data_i = next((i for i in range(top + 1, len(sheet.rows))
                   if any(_amount(x) is not None for x in sheet.rows[i])), None)
    if data_i is None:
        return
    controlled = {_canonical(row["item"]): dict(row) for row in doc.get("controlled", [])}
    for j, cell in enumerate(sheet.rows[data_i]):
        texts = [r.norm(row[j]) for row in sheet.rows[max(0, top - 4):data_i] if j < len(row)]
        column = next(({"预算数": "budget", "决算数": "final"}[x] for x in texts if x in ("预算数", "决算数")), None)
        items = [labels[x] for x in texts if x in labels]  # 合计 and 小计 are derived, not stored
        if column is None or not items:
            continue
        item = items[-1]
        a = ZERO if _blank(cell) else _amount(cell)  # the data row's blanks are the template's zeros
        if a is not None and (a or column in controlled.get(_canonical(item), {})):
            _set(controlled.setdefault(_canonical(item), {"item": c.display_name(item)}), column, a, sheet.digit)
    order = {_canonical(item): k for k, item in enumerate(c.CONTROLLED_ITEMS)}
    doc["controlled"] = sorted(controlled.values(), key=lambda r: order.get(_canonical(r["item"]), 99))
