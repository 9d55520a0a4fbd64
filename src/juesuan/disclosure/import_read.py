"""Reading the public tables of a workbook for ``import-tables``: the table by its title, the amount
unit by its header line (单位：元 / 单位：万元), each column by the texts above it (merged multi-row
headers filled across their span), the 科目编码 joined or split into 类/款/项 columns. What cannot be
read for certain becomes a finding naming the sheet and cell — the importer then writes nothing."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from ..core.findings import Finding, Level
from . import spec as s

CENT = Decimal("0.01")
CODE_RE = re.compile(r"^\d{3}(\d{2}){0,2}$")
SPLIT_LABELS = ("类", "款", "项")
TITLE_ROWS = 6
MAX_YUAN = Decimal(10) ** 15  # 1000万亿元: no unit's figure is larger
UNITS = {"元": Decimal(1), "千元": Decimal(1000), "万元": Decimal(10000), "百万元": Decimal(10) ** 6,
         "亿元": Decimal(10) ** 8}
_UNIT_RE = re.compile(r"单位[:：]\s*(百万元|亿元|千元|万元|元)(?![\u4e00-\u9fff])(\([^)]*\))?")  # not 编制单位：元宝山…
_UNIT_WORD = re.compile(r"百万元|亿元|千元|万元|(?<![万千亿])元")
UNIT_NAME = {v: k for k, v in UNITS.items()}
DASHES = ("", "-", "—", "－", "--", "——")


class ImportError_(Exception):
    """The workbook cannot be read at all (message in Chinese)."""


def norm(text: Any) -> str:
    """Header/title text without spaces, quotes or bracket variants: ``“三公”`` ~ ``"三公"``."""
    out = str(text or "")
    for a, b in (("（", "("), ("）", ")"), ("“", ""), ("”", ""), ('"', ""), ("　", ""), (" ", ""), ("\n", ""),
                 ("\r", "")):
        out = out.replace(a, b)
    return out.strip()


def column_letter(j: int) -> str:
    out, j = "", j + 1
    while j:
        j, r = divmod(j - 1, 26)
        out = chr(65 + r) + out
    return out


def sheet_of(sheet: Sheet, key: str) -> str:
    """The worksheet holding table ``key``, as a finding names it: 工作表“公开表”（公开03）, or 工作表“公开03”
    alone where its name says which table it is."""
    return f"工作表“{sheet.name}”" + ("" if key in sheet.name else f"（{key}）")


@dataclass
class Sheet:
    """One worksheet's cells (merged ranges filled with their value) and what reading it found."""

    name: str
    rows: list[list[Any]]
    formulas: set[tuple[int, int]] = field(default_factory=set)  # formula cells without a cached value
    scale: Decimal = Decimal(10000)
    findings: list[Finding] = field(default_factory=list)
    unit_said: bool = False  # the header line names 元 or 万元
    first: int = 0  # the worksheet row (0-based) of rows[0]: several tables may share one sheet
    zero_forms: dict[tuple[int, int], str] = field(default_factory=dict)  # how each zero cell prints (import_zeros)

    def row_no(self, i: int) -> int:
        """Row i's number as Excel shows it."""
        return i + 1 + self.first

    def ref(self, i: int, j: int) -> str:
        return f"{column_letter(j)}{self.row_no(i)}"

    def where(self, i: int, j: int) -> str:
        return f"工作表“{self.name}”{self.ref(i, j)}单元格"

    def cell(self, i: int, j: int) -> Any:
        row = self.rows[i] if i < len(self.rows) else []
        return row[j] if j < len(row) else None

    def refuse(self, code: str, message: str, key: str) -> None:
        self.findings.append(Finding(Level.ERROR, code, message, (key,)))

    def amount(self, i: int, j: int, key: str) -> Decimal | None:
        """The amount in cell (i, j) in 元; None for a blank or dash; a finding for anything else."""
        value = self.cell(i, j)
        if (i, j) in self.formulas:
            self.refuse("D-IMPORT-CELL", f"{self.where(i, j)}是公式，但文件中没有保存计算结果，无法读出金额。"
                        "请在 Excel 中打开并保存该文件后再导入。", key)
            return None
        if value is None or (isinstance(value, str) and value.strip() in DASHES):
            return None
        number = as_number(value)
        if number is None or not number.is_finite():
            self.refuse("D-IMPORT-CELL", f"{self.where(i, j)}的“{value}”不是金额，未导入。", key)
            return None
        yuan = number * self.scale
        if abs(yuan) >= MAX_YUAN:
            self.refuse("D-IMPORT-CELL", f"{self.where(i, j)}的金额{value}超出任何单位的规模，未导入。", key)
            return None
        return yuan.quantize(CENT, rounding=ROUND_HALF_UP) + 0


def as_number(value: Any) -> Decimal | None:
    """A cell's number (text as Excel users type it: "1,234.56", full-width digits); None if it is none."""
    try:
        if isinstance(value, float):
            return Decimal(repr(value))
        if isinstance(value, int) and not isinstance(value, bool):
            return Decimal(value)
        if isinstance(value, Decimal):
            return value
        if isinstance(value, str):
            return Decimal(value.replace(",", "").replace("，", "").strip())
    except (InvalidOperation, ValueError):
        return None
    return None


def find_title(rows: list[list[Any]]) -> str | None:
    """The key of the public table whose title stands in the sheet's first rows (a cell holding the
    title, not a sentence that mentions it)."""
    head = [norm(x) for row in rows[:TITLE_ROWS] for x in row if isinstance(x, str) and not _SENTENCE.search(x)]
    best = None
    for key, spec in s.SPECS.items():
        title = norm(spec.title)
        for cell in head:
            hit = title in cell or (key in cell and len(cell) <= 8)
            if hit and (best is None or len(title) > len(norm(s.SPECS[best].title))):
                best = key
    return best


_SENTENCE = re.compile(r"[，。；,;]")
HEAD_WORDS = {"项目", "科目编码", "功能分类科目编码", "经济分类科目编码", "科目名称", "预算数", "决算数", "收入",
              "支出",
              "行次", "类"}


def tables_in(rows: list[list[Any]]) -> list[tuple[str, int, int]]:
    """(key, first row, end row) of each public table in a sheet: tables one under another, each a
    title with a header below it; else the title in the sheet's first rows (one table, even without a
    header: the importer says so). A sheet listing several titles and no header (a 目录) holds none."""
    titled = [(i, key) for i, row in enumerate(rows) if (key := find_title([row])) is not None]
    starts: list[tuple[int, str]] = []
    for n, (i, key) in enumerate(titled):
        stop = min(titled[n + 1][0] if n + 1 < len(titled) else len(rows), i + 1 + TITLE_ROWS + 6)
        if any(norm(x) in HEAD_WORDS for row in rows[i + 1:stop] for x in row) and (not starts or starts[-1][1] != key):
            starts.append((i, key))  # the same title again right below: the table goes on (a page break)
    if not starts:
        key = find_title(rows)
        return [(key, 0, len(rows))] if key is not None and len({k for i, k in titled if i < TITLE_ROWS}) <= 1 else []
    bounds = [0] + [i for i, _ in starts[1:]] + [len(rows)]
    return [(key, bounds[n], bounds[n + 1]) for n, (_, key) in enumerate(starts)]


def _scale(sheet: Sheet, key: str) -> None:
    """The money unit (元, 千元, 万元, 百万元, 亿元) from the sheet's header line; refused when it
    says two (none: see ``_mixed_units``)."""
    units = {u for row in sheet.rows[:TITLE_ROWS] for x in row if isinstance(x, str)
             for m in _UNIT_RE.finditer(norm(x).replace(":", "："))
             for u in (m.group(1), *_UNIT_WORD.findall(m.group(2) or ""))}  # 单位：元（万元） says both
    sheet.unit_said = bool(units)
    if len(units) == 1:
        sheet.scale = UNITS[units.pop()]
    elif units:
        said = "”又写了“".join(f"单位：{u}" for u in sorted(units, key=UNITS.__getitem__))
        sheet.refuse("D-IMPORT-UNIT", f"{sheet_of(sheet, key)}表头既写了“{said}”，"
                     "无法确定金额单位，未导入。", key)


def _filled(ws: Any) -> list[list[Any]]:
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    for rng in ws.merged_cells.ranges:
        value = ws.cell(rng.min_row, rng.min_col).value
        for i in range(rng.min_row - 1, min(rng.max_row, len(rows))):
            row = rows[i]
            row.extend([None] * (rng.max_col - len(row)))
            for j in range(rng.min_col - 1, rng.max_col):
                row[j] = value
    return rows


def read_workbook(path: str | Path) -> dict[str, Sheet]:
    """The workbook's public tables by key, one sheet each or several to a sheet (the first of each
    title wins; another copy must say the same)."""
    out: dict[str, Sheet] = {}
    for name, rows, formulas, zeros in _worksheets(Path(path)):
        for key, first, end in tables_in(rows):
            sheet = Sheet(name, rows[first:end], {(i - first, j) for i, j in formulas if first <= i < end},
                          first=first,
                          zero_forms={(i - first, j): f for (i, j), f in zeros.items() if first <= i < end})
            if key in out:  # the same table twice: one reading only if both say the same
                if _body(sheet.rows) != _body(out[key].rows):
                    title = s.SPECS[key].title
                    out[key].refuse("D-IMPORT-TWICE", f"{_place(out[key])}和{_place(sheet)}都是{key}“{title}”，"
                                    "内容不同，无法确定以哪张为准，未导入。请删去多余的一张。", key)
                continue
            _scale(sheet, key)
            out[key] = sheet
    _mixed_units(out)
    return out


def _place(sheet: Sheet) -> str:
    return f"工作表“{sheet.name}”" + (f"第{sheet.first + 1}行起" if sheet.first else "")


MAX_FILE_BYTES = 50_000_000  # nine public tables are well under 1 MB, in any format
MAX_SHEET_BYTES = 20_000_000  # one worksheet's XML: some 200,000 rows of a public table
OLE = b"\xd0\xcf\x11\xe0"  # .xls, .et, .doc: the Office 97–2003 container


def _worksheets(path: Path) -> list[tuple[str, list[list[Any]], set[tuple[int, int]], dict[tuple[int, int], str]]]:
    """Each sheet's name, cells (merged ranges filled), formula cells without a saved value and how its
    zero cells print; a .csv is one sheet. Any other format is refused with what to do."""
    import openpyxl

    from .import_zeros import number_form

    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportError_(f"{path.name} 有{size // 1_000_000}MB，超过公开表文件的上限"
                               f"{MAX_FILE_BYTES // 1_000_000}MB（九张公开表通常不到1MB），未读入。请确认选对了文件。")
        data = path.read_bytes()
    except OSError as exc:
        raise ImportError_(f"无法读取文件 {path}：{exc.strerror or exc}") from None
    if data.startswith(OLE):
        raise ImportError_(f"{path.name} 是旧版 Excel 97–2003（.xls）或 WPS（.et）格式，无法直接读取。请在 Excel 或 "
                           "WPS 中打开，另存为“Excel 工作簿（.xlsx）”后再导入。")
    if not data.startswith(b"PK"):
        if path.suffix.lower() in (".csv", ".txt"):
            rows = _csv_rows(data, path)
            forms = {(i, j): f for i, row in enumerate(rows) for j, x in enumerate(row)
                     if (f := number_form(x)) is not None}
            return [(path.stem, rows, set(), forms)]
        raise ImportError_(f"无法读取工作簿 {path.name}：它不是 Excel 工作簿（.xlsx/.xlsm），也不是 CSV 文件。请在 "
                           "Excel 或 WPS 中另存为 .xlsx 后再导入。")
    _sheet_sizes(data, path)
    try:  # by content: an .xlsx renamed .xls is read as what it is
        book = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
        raw = openpyxl.load_workbook(io.BytesIO(data), data_only=False, read_only=True)  # the formulas
    except Exception as exc:  # any unreadable workbook
        raise ImportError_(f"无法读取工作簿 {path.name}：文件已损坏，或不是 Excel 工作簿（.xlsx/.xlsm），如 .ods"
                           f"（{type(exc).__name__}）。请在 Excel 或 WPS 中打开并另存为 .xlsx 后再导入。") from None
    out = []
    for ws in book.worksheets:
        rows = _filled(ws)
        formulas = {(i, j) for i, row in enumerate(raw[ws.title].iter_rows()) for j, c in enumerate(row)
                    if c.data_type == "f" and (rows[i][j] if i < len(rows) and j < len(rows[i]) else None) is None}
        zeros = {(c.row - 1, c.column - 1): f for row in ws.iter_rows() for c in row
                 if c.value is not None and (f := number_form(c.value, c.number_format)) is not None}
        out.append((ws.title, rows, formulas, zeros))
    return out


def _sheet_sizes(data: bytes, path: Path) -> None:
    """Refuse, before parsing, a worksheet far larger than nine public tables ever are."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            big = [i for i in z.infolist() if i.filename.startswith("xl/worksheets/") and i.file_size > MAX_SHEET_BYTES]
    except zipfile.BadZipFile:
        return  # openpyxl says so below
    if big:
        raise ImportError_(f"{path.name} 的工作表部件 {big[0].filename} 解压后有{big[0].file_size // 1_000_000}MB，超过"
                           f"公开表的上限{MAX_SHEET_BYTES // 1_000_000}MB（九张公开表合计通常不到1MB），未读入。"
                           "请只保留公开表所在的工作表后再导入。")


def _csv_rows(data: bytes, path: Path) -> list[list[Any]]:
    """A CSV's cells: UTF-8 (with or without BOM), UTF-16 (Excel's “Unicode 文本”, tab-separated) or
    GB18030 (Excel's CSV on Chinese Windows); plain numbers as numbers, the rest as text."""
    import csv

    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = data.decode("gb18030")
            except UnicodeDecodeError:
                raise ImportError_(f"{path.name} 的编码无法识别（不是 UTF-8 或 GB18030），无法读取。") from None
    first = text.split("\n", 1)[0]
    delimiter = "\t" if "\t" in first and "," not in first else ","
    return [[_csv_cell(x) for x in row] for row in csv.reader(io.StringIO(text), delimiter=delimiter)]


_PLAIN = re.compile(r"^-?\d+(\.\d+)?$")


def _csv_cell(text: str) -> Any:
    text = text.strip()
    if not text:
        return None
    if _PLAIN.match(text):
        return int(text) if "." not in text else Decimal(text)
    return text


def _body(rows: list[list[Any]]) -> list[list[Any]]:
    """A sheet's cells without trailing blanks (two copies of one table compare equal)."""
    out = [list(row) for row in rows]
    for row in out:
        while row and row[-1] in (None, ""):
            row.pop()
    while out and not out[-1]:
        out.pop()
    return out


def _mixed_units(sheets: dict[str, Sheet]) -> None:
    """One set of tables, one unit: a table headed otherwise than most (a 万元 table headed 单位：元, or
    the reverse) is read as its header says, with a warning; a table without a unit line takes the
    others' unit (万元 when none says one), with a warning."""
    said = [s for s in sheets.values() if s.unit_said and not s.findings]
    scales = [s.scale for s in said]
    most = max(set(scales), key=scales.count) if scales else Decimal(10000)
    name = UNIT_NAME
    for key, sheet in sheets.items():
        if sheet in said and sheet.scale != most:
            sheet.findings.append(Finding(Level.WARNING, "D-IMPORT-UNIT-MIXED", f"{sheet_of(sheet, key)}表头写"
                                  f"“单位：{name[sheet.scale]}”，其他表都是“单位：{name[most]}”。已按本表表头读入，"
                                  "请核对该表的金额单位是否写对。", (key,)))
        elif not sheet.unit_said:
            sheet.scale = most
            why = f"按其他表的“单位：{name[most]}”读入" if scales else "按万元读入"
            sheet.findings.append(Finding(Level.WARNING, "D-IMPORT-UNIT-ASSUMED", f"{sheet_of(sheet, key)}表头"
                                  f"（第{sheet.row_no(0)}–{sheet.row_no(TITLE_ROWS - 1)}行）没有写金额单位"
                                  f"（“单位：万元”或“单位：元”），{why}，请核对。",
                                  (key,)))


@dataclass
class Header:
    """The header block of a table: the row after it and each column's texts, top to bottom."""

    body: int
    paths: dict[int, list[str]]
    top: int = 0

    def column(self, *labels: str, start: int = 0, stop: int | None = None) -> int | None:
        """The first column (in [start, stop)) whose header texts include all ``labels``."""
        want = [norm(x) for x in labels]
        for j in sorted(self.paths):
            if j >= start and (stop is None or j < stop) and all(w in self.paths[j] for w in want):
                return j
        return None


def header(sheet: Sheet, first_labels: tuple[str, ...]) -> Header | None:
    """The header block: from the first row holding one of ``first_labels`` to the last header row
    (a row of only header texts); columns' texts read down through merged cells."""
    marks = {norm(x) for x in first_labels}
    top = next((i for i, row in enumerate(sheet.rows[:TITLE_ROWS + 6]) if any(norm(x) in marks for x in row)), None)
    if top is None:
        return None
    body = top + 1
    while body < len(sheet.rows) and body - top < 5:
        row = sheet.rows[body]
        if any(_is_data(x) for x in row) or not any(norm(x) for x in row):
            break
        body += 1
    paths: dict[int, list[str]] = {}
    for i in range(top, body):
        for j, x in enumerate(sheet.rows[i]):
            text = norm(x)
            if text and text not in paths.setdefault(j, []):
                paths[j].append(text)
    return Header(body, paths, top)


_NUMBERED = re.compile(r"^[一二三四五六七八九十]+、")  # the template's numbered items (一、一般公共预算财政拨款收入)


def _is_data(x: Any) -> bool:
    """A cell no header holds: a number, a text amount as the tables print it ("4,733.14"), a 科目编码 or
    a numbered item — the first row with one is the table's first row (its amounts may all be text or
    blank: a .csv, zeros printed blank)."""
    if isinstance(x, int | float | Decimal) and not isinstance(x, bool):
        return True
    text = norm(x)
    return bool(CODE_RE.match(text) or _NUMBERED.match(text)) or (
        isinstance(x, str) and bool(re.search(r"\d", text)) and as_number(x) is not None)


def code_columns(h: Header) -> list[int] | None:
    """The column(s) holding the 科目编码: one joined column, or 类/款/项."""
    split = [h.column(x) for x in SPLIT_LABELS]
    if all(j is not None for j in split):
        return [j for j in split if j is not None]
    j = next((j for j in sorted(h.paths) if any(x.endswith("科目编码") for x in h.paths[j])), None)
    return None if j is None else [j]  # 科目编码, 功能分类科目编码


def row_code(sheet: Sheet, i: int, cols: list[int]) -> str | None:
    """The 科目编码 of row i: the joined cell, or 类 + 款 + 项 (each part may repeat its parent's)."""
    parts = []
    for j in cols:
        x = sheet.cell(i, j)
        if isinstance(x, float) and x.is_integer():
            x = int(x)
        text = norm(x)
        if text:
            parts.append(text)
    if not parts:
        return None
    code = parts[0]
    for part in parts[1:]:
        code = part if part.startswith(code) else code + part.zfill(2)
    return code if CODE_RE.match(code) else None


def _joined_codes(sheet: Sheet, h: Header) -> None:
    """Split 类/款/项 columns rewritten as one code in the 项 column (the name column follows it)."""
    cols = code_columns(h)
    if cols is None:
        return
    for i in range(h.body, len(sheet.rows)):
        code = row_code(sheet, i, cols)
        row = sheet.rows[i]
        if code is None:
            continue
        for j in cols:
            row[j] = None
        row[cols[-1]] = code


def _rescaled(sheet: Sheet) -> None:
    """Amounts of a table in 元 as 万元 (exact: Decimal ÷ 10000), the unit the importer reads."""
    if sheet.scale == 10000:
        return
    for row in sheet.rows:
        for j, x in enumerate(row):
            if isinstance(x, int | float | Decimal) and not isinstance(x, bool):
                row[j] = Decimal(repr(x) if isinstance(x, float) else x) * sheet.scale / 10000


_LABEL_TEXT = re.compile(r"^(\d{3}(\d{2}){0,2}(?![\d.,，万元])\D|\d{3}(\d{2}){0,2}$|\(?\d{1,2}[)、.](?!\d))")
LABEL_HEADS = {"项目", "科目名称", "科目编码", "功能分类科目编码", "经济分类科目编码", "类", "款", "项"}


def _label_columns(h: Header) -> set[int]:
    """Columns headed only by label words (项目, 科目名称, 科目编码 …): names, not amounts."""
    return {j for j, path in h.paths.items() if path and set(path) <= LABEL_HEADS | {"收入", "支出"}
            and set(path) & LABEL_HEADS}


def _code_number(x: Any) -> str | None:
    if isinstance(x, int | float | Decimal) and not isinstance(x, bool) and x == int(x) and CODE_RE.match(str(int(x))):
        return str(int(x))
    return None


def _spans_filled(sheet: Sheet, h: Header) -> bool:
    """A header whose merged cells were lost (pasted as values, a .csv): a label stands over the
    first column of its span only. Filled rightwards over blank cells that have labels below, within
    the span of the label above; True if anything was filled."""
    rows = sheet.rows
    filled = False
    for i in range(h.top, h.body - 1):
        row = rows[i]
        for j in range(1, max(len(r) for r in rows[i:h.body])):
            if j >= len(row):
                row.extend([None] * (j + 1 - len(row)))
            below = any(norm(rows[k][j] if j < len(rows[k]) else None) for k in range(i + 1, h.body))
            parent = i == h.top or _at(rows, i - 1, j) == _at(rows, i - 1, j - 1)
            if not norm(row[j]) and norm(row[j - 1]) and below and parent:
                row[j] = row[j - 1]
                filled = True
    return filled


def _has_figures(rows: list[list[Any]]) -> bool:
    return any(isinstance(x, int | float | Decimal) and not isinstance(x, bool) for row in rows for x in row)


def _at(rows: list[list[Any]], i: int, j: int) -> Any:
    return rows[i][j] if j < len(rows[i]) else None


def checked(sheet: Sheet, key: str, first_labels: tuple[str, ...]) -> Sheet:
    """The sheet prepared for the importer; every cell below the header that is not read for certain
    (a formula without its value, a text amount such as “约12万”, a number too large) a finding."""
    h = header(sheet, first_labels)
    if h is not None and _spans_filled(sheet, h):
        h = header(sheet, first_labels)
    if h is not None:
        _joined_codes(sheet, h)
    else:
        sheet.findings.append(Finding(Level.WARNING, "D-IMPORT-MISSING", f"工作表“{sheet.name}”是{key}，但前"
                              f"{TITLE_ROWS + 6}行中没有找到表头（如“项目”“决算数”），该表的数字未导入。", (key,)))
    start = h.body if h is not None else TITLE_ROWS
    labels = _label_columns(h) if h is not None else set()
    for i in range(start, len(sheet.rows)):
        for j, x in enumerate(sheet.rows[i]):
            if (i, j) in sheet.formulas:
                sheet.amount(i, j, key)
            elif isinstance(x, str) and j in labels:
                continue  # a name or label column: its text is read as text ("…（含2项）")
            elif j in labels and (code := _code_number(x)) is not None:
                sheet.rows[i][j] = code  # a 科目编码 typed as a number (or from a .csv)
            elif isinstance(x, str) and re.search(r"\d", x) and not norm(x).startswith(("注", "说明")):
                if h is None and _LABEL_TEXT.match(norm(x)):
                    continue  # no header to tell the columns apart: a code, a code with its name, a numbered label
                if sheet.amount(i, j, key) is not None:
                    sheet.rows[i][j] = as_number(x)  # a text amount read as the number it shows
            elif x is not None and not isinstance(x, str):  # a number; a date or TRUE is no amount either
                sheet.amount(i, j, key)
    if h is not None and not s.SPECS[key].empty_note and not sheet.formulas and not _has_figures(sheet.rows[h.body:]):
        sheet.findings.append(Finding(Level.WARNING, "D-IMPORT-MISSING", f"{_place(sheet)}是{key}，但表头下"
                              f"（第{sheet.row_no(h.body)}行起）没有任何金额，该表的数字未导入（该表各项均为零、按模板留空"
                              "时可忽略本提示）。", (key,)))
    _rescaled(sheet)
    return sheet
