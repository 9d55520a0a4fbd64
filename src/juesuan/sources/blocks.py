"""From the workbook's input blocks (2-D lists of cell values) to the data-file mapping.

The file reader (openpyxl) and the live reader (xlwings) both produce the same blocks and
hand them here; the mapping then goes through the one parser (``parse.parse``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from decimal import Decimal
from typing import Any

from ..core import catalog as c
from ..core.findings import Finding, Level
from ..core.model import WORKBOOK, UnitData
from . import layout as L

Grid = list[list[Any]]
OOXML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")  # how the file stores control characters, e.g. _x000B_
LABEL_TO_COMPARISON = {label: key for key, label in c.REASON_COMPARISONS.items()}


def blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _plain(value: Any) -> Any:
    """Rich text (openpyxl's ``CellRichText``) as its plain text; other values unchanged."""
    if value is None or isinstance(value, str | int | float | Decimal | dt.date):
        return value
    return str(value)


def cell_value(value: Any) -> Any:
    """A cell as the parser wants it: floats as exact decimals of what Excel shows, text trimmed."""
    value = _plain(value)
    if isinstance(value, bool):
        return value
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return str(value)
        return Decimal(repr(value))
    if isinstance(value, str):
        return OOXML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), value).strip()
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()[:10]
    return value


def text_value(value: Any) -> str:
    """A person's text, exactly as typed (only the file's escapes of control characters decoded)."""
    value = _plain(value)
    if isinstance(value, str):
        return OOXML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), value)
    return str(cell_value(value))


def _code(value: Any) -> Any:
    value = _plain(value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e9:
        return str(int(value))
    if isinstance(value, Decimal) and value.is_finite() and abs(value) < 10**9 and value == value.to_integral_value():
        return str(int(value))
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return cell_value(value)


def _pad(grid: Grid | None, block: L.Block) -> Grid:
    grid = grid or []
    width = len(block.columns)
    rows = [list(row)[:width] + [None] * (width - len(row)) for row in grid[: block.rows]]
    return rows + [[None] * width for _ in range(block.rows - len(rows))]


def split(block: L.Block, grid: Grid | None) -> tuple[Grid | None, list[Any] | None, Grid | None]:
    """A grid read over ``L.read_range(block)`` as (the block, its row labels, the rows below)."""
    if grid is None:
        return None, None, None
    _, c1, _, _ = L.read_range(block)
    skip = block.col - c1
    rows = [list(row) if isinstance(row, list | tuple) else [row] for row in grid]
    body = [row[skip:] for row in rows[: block.rows]]
    labels = [row[0] if row else None for row in rows[: block.rows]] if skip else None
    below = [row[skip:] for row in rows[block.rows:]] if block.name in L.GROWING else None
    return body, labels, below


def _outside(block: L.Block, below: Grid | None, findings: list[Finding]) -> None:
    """Anything typed below a growing block: a finding naming the first such cell."""
    cells = [(r, j) for r, row in enumerate(below or []) for j, v in enumerate(row[: len(block.columns)])
             if not blank(v)]
    if not cells:
        return
    r, j = cells[0]
    rows = len({r for r, _ in cells})
    findings.append(Finding(
        Level.ERROR, "E-OUTSIDE-BLOCK",
        f"{L.sheet_cell(block.sheet, block.last_row + 1 + r, block.col + j)}在输入区域之外"
        f"（“{block.sheet}”表最多{block.rows}行，到第{block.last_row + 1}行），共{rows}行未读入。"
        "请把这些内容移到输入区域内，或合并行。",
        ("cell", block.sheet, block.last_row + 1 + r, block.col + j)))


def _label_mismatches(block: L.Block, labels: list[Any] | None, findings: list[Finding]) -> set[int]:
    """Rows whose label (column left of the block) is not the layout's: they are not read."""
    if labels is None:
        return set()
    expected = L.ROW_LABELS[block.name]
    bad = [r for r, want in enumerate(expected)
           if str(cell_value(labels[r]) if r < len(labels) and labels[r] is not None else "") != want]
    if bad:
        r = bad[0]
        got = cell_value(labels[r]) if r < len(labels) else None
        findings.append(Finding(
            Level.ERROR, "E-ROW-LABEL",
            f"{L.sheet_cell(block.sheet, block.row + r, block.col - 1)}的标签应为“{expected[r]}”，"
            f"现为“{'' if blank(got) else str(got)[:30]}”：该表的行可能被删除、插入或移动。"
            f"标签不符的{len(bad)}行未读入，请从模板恢复这些行。",
            ("cell", block.sheet, block.row + r, block.col - 1)))
    return set(bad)


def to_document(grids: dict[str, Grid | None], findings: list[Finding] | None = None,
                labels: dict[str, list[Any] | None] | None = None,
                below: dict[str, Grid | None] | None = None) -> tuple[dict[str, Any], L.Locator]:
    """The data-file mapping of the blocks (by defined name), and where each line came from.

    With ``labels`` (each fixed block's row labels) a row whose label is not the layout's is not
    read; with ``below`` (rows under the growing blocks) anything typed there is a finding.
    """
    findings = [] if findings is None else findings
    skipped = {block.name: _label_mismatches(block, (labels or {}).get(block.name), findings)
               for block in L.BLOCKS if block.name in L.ROW_LABELS}
    for block in L.BLOCKS:
        if block.name in L.GROWING:
            _outside(block, (below or {}).get(block.name), findings)
    doc: dict[str, Any] = {"schema": c.SCHEMA_VERSION, "unit": {}}
    rows: dict[str, dict[int, int]] = {}
    reasons_at: dict[tuple[str, str], int] = {}

    for i, (path, _, _) in enumerate(L.UNIT_FIELDS):
        if i in skipped["in_unit"]:
            continue
        value = _pad(grids.get("in_unit"), L.UNIT_BLOCK)[i][0]
        if blank(value):
            continue
        head, key = path.split(".")
        doc.setdefault(head, {})[key] = cell_value(value)

    fixed = (("income", L.INCOME_BLOCK, c.INCOME_ITEMS), ("spending", L.SPENDING_BLOCK, c.SPENDING_ITEMS),
             ("controlled", L.CONTROLLED_BLOCK, c.CONTROLLED_ITEMS),
             ("balances", L.BALANCES_BLOCK, c.BALANCE_ITEMS))
    for table, block, items in fixed:
        lines: list[dict[str, Any]] = []
        for r, row in enumerate(_pad(grids.get(block.name), block)):
            values = {col: cell_value(v) for col, v in zip(block.columns, row, strict=True) if not blank(v)}
            if values and r not in skipped[block.name]:
                rows.setdefault(table, {})[len(lines)] = r
                lines.append({"item": items[r], **values})
        if lines:
            doc[table] = lines

    for table, block in (("functions", L.FUNCTIONS_BLOCK), ("economics", L.ECONOMICS_BLOCK),
                         ("assets", L.ASSETS_BLOCK)):
        lines = []
        for r, row in enumerate(_pad(grids.get(block.name), block)):
            if all(blank(v) for v in row):
                continue
            line = {}
            for col, v in zip(block.columns, row, strict=True):
                if blank(v):
                    continue
                line[col] = _code(v) if col == "code" else cell_value(v)
            rows.setdefault(table, {})[len(lines)] = r
            lines.append(line)
        if lines:
            doc[table] = lines

    quantities = {}
    for r, row in enumerate(_pad(grids.get("in_quantities"), L.QUANTITY_BLOCK)):
        values = {col: cell_value(v) for col, v in zip(L.QUANTITY_BLOCK.columns, row, strict=True) if not blank(v)}
        if values and r not in skipped["in_quantities"]:
            quantities[c.QUANTITY_KEYS[r]] = values
    if quantities:
        doc["quantities"] = quantities

    reasons: dict[str, dict[str, Any]] = {}
    for r, (comparison, line, text) in enumerate(_pad(grids.get("in_reasons"), L.REASONS_BLOCK)):
        if blank(text) and blank(line):
            continue
        key = LABEL_TO_COMPARISON.get(str(comparison).strip(), str(comparison).strip()) \
            if not blank(comparison) else ""
        line_key = _code(line) if not blank(line) else ""
        line_key = c.TOTAL if line_key in (L.TOTAL_LABEL, c.TOTAL) else str(line_key)
        if blank(text):
            continue
        if line_key in reasons.get(key, {}):
            first = reasons_at[(key, line_key)]
            findings.append(Finding(
                Level.ERROR, "E-DUPLICATE",
                f"“{L.REASONS}”表第{L.REASONS_BLOCK.row + r + 1}行与第{L.REASONS_BLOCK.row + first + 1}行是同一项目"
                f"“{line_key}”的同一对比，第{L.REASONS_BLOCK.row + r + 1}行未读入。"
                "请把两段说明合并到一行。",
                ("cell", L.REASONS, *L.REASONS_BLOCK.cell(r, "text"))))
            continue
        reasons.setdefault(key, {})[line_key] = text_value(text)
        reasons_at[(key, line_key)] = r
    if reasons:
        doc["reasons"] = reasons

    texts = {}
    for r, (value,) in enumerate(_pad(grids.get("in_text"), L.TEXT_BLOCK)):
        if not blank(value) and r not in skipped["in_text"]:
            texts[c.TEXT_KEYS[r]] = text_value(value)
    if texts:
        doc["text"] = texts
    typed = _public_tables(grids, rows)
    units = _public_units(grids.get(L.PUBLIC_UNITS_BLOCK.name), rows, findings)
    if units:
        typed["units"] = units
    fields, terms = _public_fields(grids, skipped, findings)
    typed.update(fields)
    if typed:
        doc["disclosure"] = typed
    return doc, L.Locator(rows, reasons_at, terms)


def _public_fields(grids: dict[str, Grid | None], skipped: dict[str, set[int]],
                   findings: list[Finding]) -> tuple[dict[str, Any], dict[str, int]]:
    """The [disclosure] tables typed on 公开说明 (a key a row; texts as typed), with the 名词解释 beyond the
    template's, and the row of each of those terms. A term's words without the term are a finding."""
    out: dict[str, dict[str, Any]] = {}
    for block, (_, _, fields) in zip(L.PUBLIC_FIELD_BLOCKS, L.PUBLIC_SECTIONS, strict=True):
        for (value,), field in zip(_pad(grids.get(block.name), block), fields, strict=True):
            if blank(value) or fields.index(field) in skipped[block.name]:
                continue
            out.setdefault(field.table, {})[field.key] = text_value(value) if field.kind == "text" \
                else cell_value(value)
    terms: dict[str, int] = {}
    block = L.PUBLIC_TERMS_BLOCK
    for r, (term, text) in enumerate(_pad(grids.get(block.name), block)):
        if blank(term) and blank(text):
            continue
        cell = ("cell", block.sheet, *block.cell(r, "term"))
        name = str(cell_value(term)) if not blank(term) else ""
        if not name or blank(text):
            findings.append(Finding(
                Level.ERROR, "E-ITEM-MISSING",
                f"{L.sheet_cell(*cell[1:])}所在行的名词解释缺少{'名词' if not name else '解释'}，该行未读入。"
                "请填写名词和解释（两栏都填）。", cell))
            continue
        if name in terms or name in out.get("glossary", {}):
            findings.append(Finding(Level.ERROR, "E-DUPLICATE", f"{L.sheet_cell(*cell[1:])}：名词“{name}”已填写过一次，"
                                    "该行未读入。请合并为一行。", cell))
            continue
        terms[name] = r
        out.setdefault("glossary", {})[name] = text_value(text)
    return out, terms


def _public_tables(grids: dict[str, Grid | None], rows: dict[str, dict[int, int]]) -> dict[str, Any]:
    """The [disclosure] arrays typed on their sheets (公开科目, 公开经济分类): a line a non-blank row,
    keyed as in the data file; ``rows`` gets each line's row (``disclosure.<key>``)."""
    out: dict[str, Any] = {}
    for key, block in L.PUBLIC_TABLES:
        lines: list[dict[str, Any]] = []
        for r, row in enumerate(_pad(grids.get(block.name), block)):
            if all(blank(v) for v in row):
                continue
            line: dict[str, Any] = {}
            for col, v in zip(block.columns, row, strict=True):
                if not blank(v):
                    line[col] = _code(v) if col == "code" else text_value(v) if col == "purpose" else cell_value(v)
            rows.setdefault(f"disclosure.{key}", {})[len(lines)] = r
            lines.append(line)
        if lines:
            out[key] = lines
    return out


def _public_units(grid: Grid | None, rows: dict[str, dict[int, int]],
                  findings: list[Finding]) -> list[dict[str, Any]]:
    """公开说明's 部门决算单位构成: a unit a row with a name or a note (a 序号 alone is a numbered empty row),
    as [[disclosure.units]]; ``rows`` gets each unit's row. The 公开 numbers them in row order: a typed 序号
    that does not follow the one before (``_sequence``) is a finding at its cell."""
    block = L.PUBLIC_UNITS_BLOCK
    out: list[dict[str, Any]] = []
    seen: list[int] = []
    for r, (no, name, note) in enumerate(_pad(grid, block)):
        if blank(name) and blank(note):
            continue
        rows.setdefault("disclosure.units", {})[len(out)] = r
        out.append({**({"name": text_value(name)} if not blank(name) else {}),
                    **({"note": text_value(note)} if not blank(note) else {})})
        if (found := _sequence(no, seen)) is not None:
            cell = ("cell", block.sheet, *block.cell(r, "no"))
            findings.append(Finding(
                Level.WARNING, "W-SEQUENCE",
                f"{L.sheet_cell(*cell[1:])}：部门决算单位构成的序号{found}。决算公开按行序编号，"
                f"此行的单位印为第{len(out)}个。请核对是否漏填、多填了单位或次序有误，并改正序号。", cell))
    return out


def _sequence(no: Any, seen: list[int]) -> str | None:
    """What is wrong with the 序号 ``no`` typed on a unit's row after the numbers ``seen``
    (each row's typed or, where blank, its place), or None: it is the highest before plus one."""
    want = max(seen, default=0) + 1
    value = cell_value(no)
    if blank(no):
        seen.append(want)
        return None
    number = int(value) if isinstance(value, str) and value.isdecimal() else \
        int(value) if isinstance(value, int | Decimal) and not isinstance(value, bool) and value == int(value) else None
    if number is None:
        seen.append(want)
        return f"“{value}”不是数字"
    skipped = str(want) if number == want + 1 else f"{want}至{number - 1}"
    wrong = None if number == want else f"{number}重复（前面已有{number}）" if number in seen else \
        f"为{number}，跳过了{skipped}" if number > want else \
        f"为{number}，排在序号{seen[-1]}之后" if seen else f"为{number}，应从1开始"
    seen.append(number)
    return wrong


def read_sheets(sheets: dict[str, Grid | None], sheet_names: list[str]) -> tuple[UnitData, list[Finding], L.Locator]:
    """What every reader calls: each input sheet read once from A1 over ``L.sheet_extent``.
    The blocks (with labels and rows below) are cut out of it; anything else typed on the sheet
    is a finding naming its cell."""
    ranges: dict[str, Grid | None] = {}
    for block in L.BLOCKS:
        grid = sheets.get(block.sheet)
        if grid is None:
            ranges[block.name] = None
            continue
        r1, c1, r2, c2 = L.read_range(block)
        rows = [_row(grid, r) for r in range(r1, r2 + 1)]
        ranges[block.name] = [(row + [None] * (c2 + 1))[c1:c2 + 1] for row in rows]
    moved = {b.name: f for b in L.BLOCKS if b.name in L.HEADED and (f := _moved(b, sheets.get(b.sheet)))}
    ranges.update(dict.fromkeys(moved))  # not where the layout says: not read (公开数据 keeps its part)
    outside = list(moved.values())
    for sheet, grid in sheets.items():
        if grid is not None and sheet in L.INPUT_SHEETS:
            outside += _outside_sheet(sheet, grid)
    return read_ranges(ranges, sheet_names, outside, sheets.get(L.PUBLIC_DATA))


def _moved(block: L.Block, grid: Grid | None) -> Finding | None:
    """A block whose column labels are not on the row above it (rows inserted or deleted, or a workbook of an
    older layout): one finding at the first wrong label."""
    if grid is None:
        return None
    row = _row(grid, block.row - 1)
    got = [cell_value(row[block.col + j]) if block.col + j < len(row) else None for j in range(len(block.columns))]
    bad = [j for j, want in enumerate(block.labels) if str("" if blank(got[j]) else got[j]) != want]
    if not bad:
        return None
    j = bad[0]
    cell = ("cell", block.sheet, block.row - 1, block.col + j)
    return Finding(
        Level.ERROR, "E-ROW-LABEL",
        f"{L.sheet_cell(*cell[1:])}的表头应为“{block.labels[j]}”，现为“{'' if blank(got[j]) else str(got[j])[:30]}”："
        "该表的行可能被删除、插入或移动，或工作簿由旧版本生成。表头下的区域未读入，请从模板恢复这些行"
        "（或用 juesuan extract 导出数据文件后重新生成工作簿）。", cell)


def _row(grid: Grid, r: int) -> list[Any]:
    if r >= len(grid):
        return []
    row = grid[r]
    return list(row) if isinstance(row, list | tuple) else [row]


def _outside_sheet(sheet: str, grid: Grid) -> list[Finding]:
    """Cells typed on an input sheet outside its blocks (below a growing block is reported by
    ``_outside``): one 警告 naming the first, with the count."""
    inside = [L.read_range(b) for b in L.BLOCKS if b.sheet == sheet]
    cells = []
    for r in range(len(grid)):
        for col, value in enumerate(_row(grid, r)):
            if blank(value) or L.expected_outside(sheet, r, col):
                continue
            if any(r1 <= r <= r2 and c1 <= col <= c2 for r1, c1, r2, c2 in inside):
                continue
            cells.append((r, col))
    if not cells:
        return []
    r, col = cells[0]
    return [Finding(
        Level.WARNING, "W-OUTSIDE-BLOCK",
        f"{L.sheet_cell(sheet, r, col)}在输入区域之外，"
        + (f"连同其他{len(cells) - 1}个单元格" if len(cells) > 1 else "") + "未读入。"
        "如是要分析的数据，请填入浅黄色的输入区域；如是自己的备注，可忽略本提示或移到新的工作表。",
        ("cell", sheet, r, col))]


def read_ranges(ranges: dict[str, Grid | None], sheet_names: list[str],
                findings: list[Finding] | None = None,
                public: Grid | None = None) -> tuple[UnitData, list[Finding], L.Locator]:
    """Grids read over ``L.read_range(block)`` (labels and rows below included) → unit data,
    findings and locator."""
    grids, labels, below = {}, {}, {}
    for block in L.BLOCKS:
        grids[block.name], labels[block.name], below[block.name] = split(block, ranges.get(block.name))
    return read_blocks(grids, sheet_names, labels, below, findings, public)


def public_data_cells(disclosure: Any) -> list[str]:
    """The data file's ``[disclosure]`` table as TOML text in pieces, one a cell of 公开数据."""
    import tomli_w

    text = tomli_w.dumps({"disclosure": disclosure}) if disclosure else ""
    step = L.PUBLIC_DATA_CHUNK
    return [text[i:i + step] for i in range(0, len(text), step)]


def _public_data(grid: Grid | None, findings: list[Finding]) -> Any:
    """The ``[disclosure]`` table kept on 公开数据 (None where the sheet is empty or missing)."""
    import tomllib

    cells = [_row(grid or [], r)[:1] for r in range(L.PUBLIC_DATA_CELLS)]
    text = "".join(str(row[0]) for row in cells if row and isinstance(row[0], str))
    if not text.strip():
        return None
    try:
        return tomllib.loads(text, parse_float=Decimal).get("disclosure")
    except (tomllib.TOMLDecodeError, RecursionError) as exc:
        findings.append(Finding(Level.ERROR, "E-NOT-TABLE",
                                f"隐藏的“{L.PUBLIC_DATA}”表中的决算公开补充数据无法读取（{exc}），决算公开只用推算的数字。"
                                "请勿手工修改该表；可用数据文件重新生成工作簿。", ("disclosure",)))
        return None


def read_blocks(grids: dict[str, Grid | None], sheet_names: list[str],
                labels: dict[str, list[Any] | None] | None = None,
                below: dict[str, Grid | None] | None = None,
                extra: list[Finding] | None = None,
                public: Grid | None = None) -> tuple[UnitData, list[Finding], L.Locator]:
    """Blocks → unit data and findings; a missing input sheet is a finding, the rest goes on."""
    findings: list[Finding] = list(extra or [])
    present = set(sheet_names)
    unknown = [name for name in sheet_names if name not in L.SHEETS]
    for sheet in L.INPUT_SHEETS:
        if sheet in present or sheet in L.OPTIONAL_SHEETS:
            continue
        guess = next((u for u in unknown if sheet in u or u in sheet), None)
        hint = f"工作簿中有工作表“{guess}”，如是改名所致，请改回“{sheet}”。" if guess else "请从模板恢复该表。"
        findings.append(Finding(Level.ERROR, "E-SHEET-MISSING",
                                f"找不到输入表“{sheet}”（可能被删除或改名），该表的数据未读入。{hint}",
                                ("sheet", sheet)))
    doc, locator = to_document(grids, findings, labels, below)
    disclosure = _public_data(public, findings)
    typed = doc.pop("disclosure", {})
    if isinstance(disclosure, dict):  # a sheet is the source of its part, typed or left empty; only a
        disclosure = {k: v for k, v in disclosure.items()  # workbook made before it keeps it in 公开数据
                      if L.PUBLIC_SHEETS.get(k) not in present
                      or (k in L.PUBLIC_KEY_BLOCKS and grids.get(L.PUBLIC_KEY_BLOCKS[k].name) is None)}
    if typed:
        disclosure = {**disclosure, **typed} if isinstance(disclosure, dict) else typed
    if disclosure:
        doc["disclosure"] = disclosure
    from .datafile import parse_document  # the [disclosure] table too

    data, parse_findings = parse_document(doc, locator.line_row)
    return replace(data, origin=WORKBOOK), findings + parse_findings, locator
