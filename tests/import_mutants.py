"""Published-table workbooks mutated the way people really send them (issue 20, ``import-tables``):
the nine tables of a real unit in the official layout (tests/official_book.py), then one change —
another money unit, shifted or split code columns, merges lost, formulas without their values, text
numbers, blank or hidden rows, extra or hidden sheets, all tables on one sheet, a .csv/.xls instead.

Each mutant says what a correct importer must do: ``same`` — import exactly what the clean workbook
imports (or refuse, naming the sheet); ``said`` — the same, or a finding naming the sheet and cell.
``classify`` turns one run into OK / WEAK / CRASH / HANG / LOSS / SILENT / INJECT.

Used by tests/test_fuzz_import.py (a small sample) and benchmarks/fuzz_surfaces.py (many)."""

from __future__ import annotations

import contextlib
import csv
import functools
import io
import random
import re
import time
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl

from juesuan import cli

UNIT = "putuo_sthj_2025"
HANG_SECONDS = 60
CODED = ("公开02表", "公开03表", "公开05表")
ANY = tuple(f"公开0{i}表" for i in range(1, 10))


@dataclass
class Mutant:
    name: str
    expect: str  # "same" or "said"
    aim: str  # the class of issue 20 the change tries: SILENT, INJECT (cell text into the TOML), WEAK (a format)
    sheet: str  # the sheet a finding must name ("" for a whole-file change)
    cell: str  # the cell (A1) a finding must name, or ""
    path: Path


@functools.cache
def _tables() -> dict[str, tuple[str, list[list[Any]]]]:
    from tests.test_published_unit import corrected_rows, expected_of

    expected = expected_of(UNIT)
    return {k: (t["title"], corrected_rows(expected, k)) for k, t in expected["tables"].items()}


def skeleton() -> str:
    """The unit's data file with every figure the tables carry taken out."""
    from tests.test_import_published import _without_table_figures
    from tests.test_published_unit import HERE

    return _without_table_figures((HERE / f"{UNIT}.toml").read_text(encoding="utf-8"))


def book(path: Path, money: str = "万元", split: bool = True) -> Path:
    from tests.official_book import build

    return build(path, _tables(), money, split)


def run_import(tables: Path, target: Path) -> tuple[int, str, float, dict | None, bool]:
    """import-tables into a fresh skeleton: exit code, text said, seconds, the file written (None:
    unchanged), whether the file parses (False: TOML broken)."""
    target.write_text(skeleton(), encoding="utf-8")
    before = target.read_bytes()
    out = io.StringIO()
    start = time.perf_counter()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        try:
            code = cli.main(["import-tables", str(tables), str(target)])
        except SystemExit as exc:
            code = int(exc.code or 0)
        except BaseException as exc:
            import traceback

            traceback.print_exception(exc, file=out)
            code = 4
    took = time.perf_counter() - start
    after = target.read_bytes()
    if after == before:
        return code, out.getvalue(), took, None, True
    try:
        return code, out.getvalue(), took, tomllib.loads(after.decode("utf-8")), True
    except (tomllib.TOMLDecodeError, UnicodeDecodeError):
        return code, out.getvalue(), took, {}, False


# -- changes of one sheet ----------------------------------------------------------------------

def _figures(ws, nonzero: bool = False) -> list:
    return [c for row in ws.iter_rows(min_row=4) for c in row
            if isinstance(c.value, int | float) and not isinstance(c.value, bool) and (c.value or not nonzero)]


def _pick(ws, rng: random.Random, nonzero: bool = True):
    cells = _figures(ws, nonzero) or _figures(ws)
    return rng.choice(cells) if cells else None


def _text_of(fmt: Callable[[float], str], said: bool) -> Callable:
    def change(ws, rng):
        cell = _pick(ws, rng)
        if cell is None:
            return None
        cell.value = fmt(cell.value)
        return cell.coordinate
    change.said = said  # type: ignore[attr-defined]
    return change


def _full_width(x: float) -> str:
    return f"{x:.2f}".translate(str.maketrans("0123456789", "０１２３４５６７８９"))


def _dash_for_zero(ws, rng):
    cells = [c for c in _figures(ws) if c.value == 0]
    if not cells:
        return None
    cell = rng.choice(cells)
    cell.value = rng.choice(["-", "—", "－", "--", " ", ""])
    return cell.coordinate


def _formula(ws, rng):
    cell = _pick(ws, rng)
    if cell is None:
        return None
    cell.value = f"=SUM({cell.column_letter}{cell.row + 1}:{cell.column_letter}{cell.row + 3})"
    return cell.coordinate


def _blank_rows(ws, rng):
    first = min((c.row for c in _figures(ws)), default=None)
    if first is None or first >= ws.max_row:
        return None
    _insert_rows(ws, rng.randint(first + 1, ws.max_row), rng.randint(1, 3))
    return ""


def _blank_column(ws, rng):
    cells = _figures(ws)
    if not cells:
        return None
    _insert_col(ws, rng.randint(min(c.column for c in cells), ws.max_column + 1))
    return ""


def _unmerged(ws, rng):
    for rng_ in list(ws.merged_cells.ranges):
        ws.unmerge_cells(str(rng_))
    return ""


def _hidden_row(ws, rng):
    cell = _pick(ws, rng)
    if cell is None:
        return None
    ws.row_dimensions[cell.row].hidden = True
    return ""


def _unit_line(text: str, factor: Decimal) -> Callable:
    def change(ws, rng):
        unit = next((c for row in ws.iter_rows(max_row=3) for c in row if "单位" in str(c.value or "")), None)
        if unit is None:
            return None
        unit.value = text
        for cell in _figures(ws):
            cell.value = float(Decimal(repr(cell.value)) * factor)
        return unit.coordinate
    return change


def _name_text(text: str) -> Callable:
    def change(ws, rng):
        first = min((c.row for c in _figures(ws)), default=ws.max_row + 1)  # below the header
        names = [c for row in ws.iter_rows(min_row=first) for c in row
                 if isinstance(c.value, str) and re.search(r"[\u4e00-\u9fff]", c.value) and "计" not in c.value]
        if not names:
            return None
        cell = rng.choice(names)
        cell.value = text
        cell.data_type = "s"  # text, as Excel keeps '=… typed with its apostrophe
        return ""
    return change


def _shift_one(ws, rng):
    """One figure pasted one column right (over a blank or a zero)."""
    cells = [c for c in _figures(ws, True) if not ws.cell(c.row, c.column + 1).value]
    if not cells:
        return None
    cell = rng.choice(cells)
    ws.cell(cell.row, cell.column + 1).value, cell.value = cell.value, None
    return ""


def _shift_row(ws, rng):
    """A row's figures pasted one column right."""
    cell = _pick(ws, rng)
    if cell is None:
        return None
    row = [c for c in ws[cell.row] if isinstance(c.value, int | float) and not isinstance(c.value, bool)]
    values = [c.value for c in row]
    for c in row:
        c.value = None
    for c, v in zip(row, values, strict=True):
        ws.cell(c.row, c.column + 1).value = v
    return ""


def _drop_row(ws, rng):
    cell = _pick(ws, rng)
    if cell is None:
        return None
    ws.delete_rows(cell.row)
    return ""


def _off_by(ws, rng):
    cell = _pick(ws, rng)
    if cell is None:
        return None
    cell.value = round(cell.value + rng.choice([0.01, -0.01, 1, 10, 100]), 2)
    return ""


def _titled(ws, rng):
    """The title with the unit's name and year before it (as published), lines above it."""
    ws["A1"].value = f"上海市普陀区生态环境局2025年度{ws['A1'].value}"
    _insert_rows(ws, 1, rng.randint(1, 2))
    ws["A1"].value = rng.choice(["附件2", "附件：2025年度部门决算公开表", None])
    return ""


def _page_break(ws, rng):
    """The table goes on below a repeated title and header (a PDF converted to Excel, page by page)."""
    first = min((c.row for c in _figures(ws)), default=None)
    if first is None or first + 2 >= ws.max_row:
        return None
    head = [[c.value for c in row] for row in ws.iter_rows(max_row=first - 1)]
    at = rng.randint(first + 2, ws.max_row)
    _insert_rows(ws, at, len(head))
    for i, row in enumerate(head):
        for j, value in enumerate(row):
            ws.cell(at + i, j + 1).value = value
    return ""


SHEET_CHANGES: dict[str, tuple[str, tuple[str, ...], Callable]] = {  # name → (expect, sheets, change)
    "thousands separators": ("same", ANY, _text_of(lambda x: f"{x:,.2f}", False)),
    "figure as text": ("same", ANY, _text_of(lambda x: f" {x:.2f} ", False)),
    "full-width digits": ("same", ANY, _text_of(_full_width, False)),
    "dash for a zero": ("same", ANY, _dash_for_zero),
    "约12万": ("said", ANY, _text_of(lambda x: f"约{x:.0f}万", True)),
    "（12.5） negative": ("said", ANY, _text_of(lambda x: f"（{x:.2f}）", True)),
    "1e20": ("said", ANY, _text_of(lambda x: 1e20, True)),  # type: ignore[arg-type, return-value]
    "figure with 万元": ("said", ANY, _text_of(lambda x: f"{x:.2f}万元", True)),
    "formula without its value": ("said", ANY, _formula),
    "blank rows inside": ("same", ANY, _blank_rows),
    "blank column inserted": ("same", ANY, _blank_column),
    "merges lost": ("same", ANY, _unmerged),
    "hidden row": ("same", ANY, _hidden_row),
    "单位：元 with 元 figures": ("same", ANY, _unit_line("单位：元", Decimal(10000))),
    "单位：千元 with 千元 figures": ("same", ANY, _unit_line("单位：千元", Decimal(10))),
    "单位：万元 unchanged wording": ("same", ANY, _unit_line("金额单位：万元", Decimal(1))),
    "单位：亿元 with 亿元 figures": ("same", ("公开01表",), _unit_line("单位：亿元", Decimal("0.0001"))),
    "a figure one column right": ("said", ANY, _shift_one),
    "a row one column right": ("said", ANY, _shift_row),
    "a row left out": ("said", ANY, _drop_row),
    "a figure mistyped": ("said", ANY, _off_by),
    "title with unit, year and a line above": ("same", ANY, _titled),
    "title and header repeated at a page break": ("same", ANY, _page_break),
    "name with TOML": ("same", CODED, _name_text('名"\n[unit]\nname = "x"\n#')),
    "name as formula": ("same", CODED, _name_text('=HYPERLINK("http://x","y")')),
}


# -- whole-workbook changes ----------------------------------------------------------------------

def _insert_rows(ws, at: int, count: int) -> None:
    """Rows inserted with the merged ranges moved (openpyxl's insert_rows leaves them)."""
    merged = [r.bounds for r in ws.merged_cells.ranges]
    for r in list(ws.merged_cells.ranges):
        ws.unmerge_cells(str(r))
    ws.insert_rows(at, count)
    for c1, r1, c2, r2 in merged:
        shift = count if r1 >= at else 0
        ws.merge_cells(start_row=r1 + shift, start_column=c1, end_row=r2 + shift, end_column=c2)


def _insert_col(ws, at: int) -> None:
    merged = [r.bounds for r in ws.merged_cells.ranges]
    for r in list(ws.merged_cells.ranges):
        ws.unmerge_cells(str(r))
    ws.insert_cols(at)
    for c1, r1, c2, r2 in merged:
        ws.merge_cells(start_row=r1, start_column=c1 + (c1 >= at), end_row=r2, end_column=c2 + (c2 >= at))


def _one_sheet(wb, rng) -> None:
    """All nine tables on one sheet, one under another (a blank row or two between)."""
    target = wb.create_sheet("公开表", 0)
    top = 0
    for ws in list(wb.worksheets[1:]):
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    target.cell(top + c.row, c.column).value = c.value
        for c1, r1, c2, r2 in (r.bounds for r in ws.merged_cells.ranges):
            target.merge_cells(start_row=r1 + top, start_column=c1, end_row=r2 + top, end_column=c2)
        top += ws.max_row + rng.randint(1, 2)
        wb.remove(ws)


def _renamed_sheets(wb, rng) -> None:
    order = list(wb.worksheets)
    rng.shuffle(order)
    wb._sheets = order
    for i, ws in enumerate(order):
        ws.title = f"Sheet{i + 1}"


def _contents_sheet(wb, rng) -> None:
    """A 目录 sheet first, listing every table's title."""
    ws = wb.create_sheet("目录", 0)
    ws.append(["目录"])
    for i, sheet in enumerate(wb.worksheets[1:], 1):
        ws.append([i, sheet.title, sheet["A1"].value])


def _notes_sheet(wb, rng) -> None:
    ws = wb.create_sheet(rng.choice(["说明", "Sheet1", "填表说明"]))
    ws.append(["注：本表金额单位为万元，收入决算表反映单位本年度取得的各项收入情况。"])
    ws.append(["2025年", 4733.14, "合计"])


def _hidden_old_copy(wb, rng) -> tuple[str, str]:
    """Last year's 公开03 kept in a hidden sheet (its figures differ)."""
    ws = wb.copy_worksheet(wb["公开03表"])
    ws.title = "公开03表(上年)"
    ws.sheet_state = "hidden"
    cell = _pick(ws, rng)
    cell.value = round(cell.value * 0.9, 2)
    return ws.title, ""


BOOK_CHANGES: dict[str, tuple[str, Callable]] = {
    "nine tables on one sheet": ("same", _one_sheet),
    "sheets renamed and shuffled": ("same", _renamed_sheets),
    "a 目录 sheet": ("same", _contents_sheet),
    "an extra notes sheet": ("same", _notes_sheet),
    "an old copy in a hidden sheet": ("said", _hidden_old_copy),
}
FORMATS = ("csv", "csv one sheet", "xls", "xlsx renamed .xls", "xlsm", "ods")


def _as_csv(src: Path, path: Path, one: bool) -> Path:
    """The first table (or all, stacked) as a CSV file, figures printed as in Excel."""
    wb = openpyxl.load_workbook(src)
    if one:
        _one_sheet(wb, random.Random(0))
    rows = [["" if v is None else (f"{v:.2f}" if isinstance(v, float) else v) for v in row]
            for row in wb.worksheets[0].iter_rows(values_only=True)]
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


def make(folder: Path, rng: random.Random, name: str | None = None) -> Mutant:
    """One mutant workbook (``name`` from SHEET_CHANGES, BOOK_CHANGES or FORMATS; random when None)."""
    name = name or rng.choice([*SHEET_CHANGES, *BOOK_CHANGES, *FORMATS])
    split = rng.random() < 0.5
    path = book(folder / "公开表.xlsx", "万元", split)
    if name in FORMATS:
        if name.startswith("csv"):
            one = name == "csv one sheet"  # else only the first table: the others said missing
            return Mutant(name, "same" if one else "said", "SILENT", "", "",
                          _as_csv(path, folder / "公开表.csv", one))
        if name == "xls":
            target = folder / "公开表.xls"
            target.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + rng.randbytes(2000))
            return Mutant(name, "same", "WEAK", "", "", target)
        target = folder / ("公开表.xls" if name == "xlsx renamed .xls" else f"公开表.{name}")
        target.write_bytes(path.read_bytes())
        return Mutant(name, "same", "WEAK", "", "", target)
    wb = openpyxl.load_workbook(path)
    if name in BOOK_CHANGES:
        expect, change = BOOK_CHANGES[name]
        where = change(wb, rng)
        wb.save(path)
        sheet, cell = where if isinstance(where, tuple) else ("", "")
        return Mutant(name, expect, "SILENT", sheet, cell, path)
    expect, sheets, change = SHEET_CHANGES[name]
    for _ in range(10):
        sheet = rng.choice(sheets)
        where = change(wb[sheet], rng)
        if where is not None:
            break
    wb.save(path)
    aim = "INJECT" if name.startswith("name ") else "SILENT"
    return Mutant(f"{name} ({sheet}{' ' + where if where else ''})", expect, aim, sheet, where or "", path)


# -- the verdict ----------------------------------------------------------------------------------

def _findings(text: str) -> set[str]:
    return {x.strip() for x in text.splitlines() if x.strip().startswith("[")}


def classify(m: Mutant, clean: tuple[int, set[str], dict | None], run: tuple) -> tuple[str, str]:
    """(class, why): OK, or the class of the first broken promise."""
    code, text, took, got, parses = run
    if "Traceback" in text or code not in (0, 1, 2, 3):
        return "CRASH", f"exit {code}: {text[-300:]}"
    if took > HANG_SECONDS:
        return "HANG", f"{took:.0f} s"
    if not parses or (got and (got.get("unit", {}).get("name") == "x" or set(got) - set(clean[2] or {}))):
        return "INJECT", "the data file's TOML was changed by a cell's text"
    if code != 0 and got is not None:
        return "LOSS", f"exit {code} but the data file was rewritten"
    said = _findings(text) - clean[1]
    if code == 2:  # refused as a whole: why and what to do, in Chinese, naming the file
        good = m.path.name in text and not re.search(r"[A-Za-z]{3,} [A-Za-z]{2,} [A-Za-z]{2,}", text)
        return ("OK", "refused: " + text.strip()[-120:]) if good else ("WEAK", text.strip()[-200:])
    if got is not None and got == clean[2]:
        return "OK", ""
    named = [x for x in said if (not m.sheet or m.sheet in x) and (not m.cell or _names_cell(x, m.cell))]
    sheet_only = [x for x in said if m.sheet and m.sheet in x]
    if got is None and code == 1:  # refused: each reason must name its place
        if named if m.sheet else any(_CELL.search(x) for x in said if x.startswith("[错误]")):
            return "OK", "refused: " + sorted(named or said)[0][:120]
        return "WEAK", "refused without naming the place: " + "; ".join(sorted(said))[:200]
    if got is None:
        return "SILENT", "nothing written, nothing said"
    if m.expect == "same":
        if named or sheet_only:
            return "WEAK", "imported differently, said: " + sorted(named or sheet_only)[0][:150]
        return "SILENT", "imported differently without a word: " + _diff(clean[2], got)
    if named:
        return "OK", sorted(named)[0][:120]
    if sheet_only:
        return "WEAK", "the cell is not named: " + sorted(sheet_only)[0][:150]
    return "SILENT", "imported differently without a word: " + _diff(clean[2], got)


_CELL = re.compile(r"工作表“[^”]+”.*([A-Z]{1,3}\d+|第\d+行)")


def _names_cell(text: str, cell: str) -> bool:
    row = re.sub(r"\D", "", cell)
    return cell in text or f"第{row}行" in text


def _diff(a: Any, b: Any, path: str = "") -> str:
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b)):
            if a.get(k) != b.get(k):
                return _diff(a.get(k), b.get(k), f"{path}.{k}")
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            if x != y:
                return _diff(x, y, f"{path}[{i}]")
    return f"{path}: {str(a)[:60]} → {str(b)[:60]}"
