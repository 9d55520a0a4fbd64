"""A workbook of the nine public tables in the official printed layout, built from a published unit's
expected cells (tests/data/published/*.expected.toml, the publisher's mistakes corrected): 类|款|项 in
three columns under a merged 功能分类科目编码 header, multi-row merged headers, the unit line
(单位：万元 or 单位：元), 合计 rows where the template has them, and the template's table 7 (items
above 预算数/决算数 pairs)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

CODED = {  # table → its amount-column headers: (top label, sub-labels) or a single label
    "公开02": ["本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"],
    "公开03": ["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"],
    "公开05": [("本年支出", ("合计", "基本支出", "项目支出"))],
    "公开08": ["年初结转和结余", "本年收入", ("本年支出", ("合计", "基本支出", "项目支出")), "年末结转和结余"],
    "公开09": ["年初结转和结余", "本年收入", ("本年支出", ("合计", "基本支出", "项目支出")), "年末结转和结余"],
}
T7_TOP = [("合计", 2), ("因公出国（境）费", 2), ("公务用车购置及运行维护费", 6), ("公务接待费", 2)]
T7_SUB = [(4, "小计"), (6, "公务用车购置费"), (8, "公务用车运行维护费")]


def build(path: Path, tables: dict[str, tuple[str, list[list[Any]]]], unit: str = "万元", split: bool = True) -> Path:
    """``tables``: key → (title, rows of the expected cells: Decimal 万元, str or None); ``split``: the
    科目编码 in 类|款|项 columns (the national form), else in one column (the 2024 Shanghai template)."""
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    scale = Decimal(1) if unit == "万元" else Decimal(10000)
    for key, (title, rows) in tables.items():
        ws = book.create_sheet(key + "表")
        body = [[_cell(x, scale) for x in row] for row in rows]
        if key in CODED:
            _coded(ws, title, unit, CODED[key], body, split)
        elif key == "公开07":
            _t7(ws, title, unit, body)
        else:
            _two_sided(ws, key, title, unit, body)
        _formats(ws)
    book.save(path)
    return path


class _Figure(float):
    """A number with the format it was published in: 2 decimals, or none for a zero printed "0"."""

    number_format = "#,##0.00"


class _Whole(_Figure):
    number_format = "0"


def _cell(x: Any, scale: Decimal) -> Any:
    if isinstance(x, Decimal):
        return (_Whole if x == 0 and x.as_tuple().exponent == 0 else _Figure)(x * scale)
    return x if x not in ("", None) else None


def _formats(ws: Any) -> None:
    """Each figure's cell in its published format (a workbook shows 0 as "0.00" or "0" by it)."""
    for row in ws.iter_rows():
        for c in row:
            if isinstance(c.value, _Figure):
                c.number_format = c.value.number_format


def _head(ws: Any, title: str, unit: str, width: int) -> None:
    ws.append([title] + [None] * (width - 1))
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    ws.append([None] * (width - 1) + [f"单位：{unit}"])


def _coded(ws: Any, title: str, unit: str, columns: list[Any], body: list[list[Any]], split: bool) -> None:
    if not split:
        _joined(ws, title, unit, columns, body)
        return
    flat = [sub for c in columns for sub in (c[1] if isinstance(c, tuple) else (c,))]
    width = 4 + len(flat)
    _head(ws, title, unit, width)
    top = ["项目", None, None, None]
    mid = ["功能分类科目编码", None, None, "科目名称"]
    low = ["类", "款", "项", None]
    for c in columns:
        if isinstance(c, tuple):
            top += [c[0]] + [None] * (len(c[1]) - 1)
            mid += list(c[1])
            low += [None] * len(c[1])
        else:
            top.append(c)
            mid.append(None)
            low.append(None)
    for row in (top, mid, low):
        ws.append(row)
    ws.merge_cells("A3:D3")
    ws.merge_cells("A4:C4")
    ws.merge_cells("D4:D5")
    j = 5
    for c in columns:
        if isinstance(c, tuple):
            ws.merge_cells(start_row=3, start_column=j, end_row=3, end_column=j + len(c[1]) - 1)
            for k in range(len(c[1])):
                ws.merge_cells(start_row=4, start_column=j + k, end_row=5, end_column=j + k)
            j += len(c[1])
        else:
            ws.merge_cells(start_row=3, start_column=j, end_row=5, end_column=j)
            j += 1
    for code, name, *amounts in body:
        code = str(code or "")
        parts = [code[:3] or None, code[3:5] or None, code[5:7] or None]
        ws.append([*parts, name, *amounts])


def _joined(ws: Any, title: str, unit: str, columns: list[Any], body: list[list[Any]]) -> None:
    """The 2024 Shanghai template: 项目 over 功能分类科目编码 | 科目名称, amounts headed in two rows."""
    flat = [sub for c in columns for sub in (c[1] if isinstance(c, tuple) else (c,))]
    _head(ws, title, unit, 2 + len(flat))
    top: list[Any] = ["项目", None]
    low: list[Any] = ["功能分类科目编码", "科目名称"]
    for c in columns:
        if isinstance(c, tuple):
            top += [c[0]] + [None] * (len(c[1]) - 1)
            low += list(c[1])
        else:
            top.append(c)
            low.append(None)
    ws.append(top)
    ws.append(low)
    ws.merge_cells("A3:B3")
    j = 3
    for c in columns:
        span = len(c[1]) if isinstance(c, tuple) else 1
        ws.merge_cells(start_row=3, start_column=j, end_row=3 if span > 1 else 4, end_column=j + span - 1)
        j += span
    for code, name, *amounts in body:
        ws.append([code or None, name, *amounts])


def _two_sided(ws: Any, key: str, title: str, unit: str, body: list[list[Any]]) -> None:
    width = len(body[0])
    _head(ws, title, unit, width)
    if key == "公开06":
        ws.append(["人员经费", None, None, "公用经费", None, None])
        ws.append(["经济分类科目编码", "科目名称", "决算数"] * 2)
        ws.merge_cells("A3:C3")
        ws.merge_cells("D3:F3")
    elif key == "公开04":
        ws.append(["收入", None, "支出", None, None, None, None])
        ws.append(["项目", "决算数", "项目", "决算数", None, None, None])
        ws.append([None, None, None, "小计", "一般公共预算财政拨款", "政府性基金预算财政拨款",
                   "国有资本经营预算财政拨款"])
        for ref in ("A3:B3", "C3:G3", "A4:A5", "B4:B5", "C4:C5", "D4:G4"):
            ws.merge_cells(ref)
    else:
        ws.append(["收入", None, "支出", None])
        ws.append(["项目", "决算数", "项目", "决算数"])
        ws.merge_cells("A3:B3")
        ws.merge_cells("C3:D3")
    for row in body:
        ws.append(row)


def _t7(ws: Any, title: str, unit: str, body: list[list[Any]]) -> None:
    _head(ws, title, unit, 12)
    ws.append(["财政拨款“三公”经费"] + [None] * 11)
    top: list[Any] = []
    for label, span in T7_TOP:
        top += [label] + [None] * (span - 1)
    ws.append(top)
    sub: list[Any] = [None] * 12
    for j, label in T7_SUB:
        sub[j] = label
    ws.append(sub)
    ws.append(["预算数", "决算数"] * 6)
    for row in body:
        ws.append(row)
    for ref in ("A3:L3", "A4:B5", "C4:D5", "E4:J4", "E5:F5", "G5:H5", "I5:J5", "K4:L5"):
        ws.merge_cells(ref)
