"""Read and write the ``[disclosure]`` table of the data file (optional; version 1 files stay valid).

Bad input gives findings (codes E-…, as the main reader), never an exception. The workbook can
later hold the same fields on input sheets: ``read`` takes any mapping shaped like this table.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any, TypeVar

from . import catalog
from . import public_vocab as v
from .findings import Finding, Path
from .parse import Reader, RowPlaces, _name_only_parents, clean_text
from .public_model import Disclosure, EconomicLine, FunctionLine, MemberUnit

T = TypeVar("T")

KEYS = ("department", "region", "units", "lines", "basic_economics", "operating_costs", "procurement", "vehicles",
        "other", "performance", "prior", "glossary", "three_public", "layout")
ROOT = "disclosure"
OPERATING_KEYS = {"final": "本年决算", "prior_final": "上年决算", "budget": "年初预算"}
PRIOR_KEYS = {"total": "上年收入支出总计", "fiscal_total": "上年财政拨款收入支出总计",
              "general_spending": "上年一般公共预算财政拨款支出",
              "car": "上年公务用车购置及运行维护费"}  # where its split by 购置/运行维护 is not known
LAYOUT_KEYS = ("title", "extra_items", "zeros", "printed")
ZERO_STYLES = ("blank", "0.00", "0", "-")  # how a zero amount is printed: left blank, "0.00", "0" or a dash
ALL_TABLES = "*"  # the layout key of a setting for every table ([disclosure.layout] zeros = …)


def read(raw: Any, rows: RowPlaces | None = None) -> tuple[Disclosure, list[Finding]]:
    """The ``[disclosure]`` table as a ``Disclosure`` with the findings of its bad entries (``rows``: as for
    ``parse.parse``, keyed ``disclosure.<array>``)."""
    r = Reader(rows)
    table = r.table(raw, (ROOT,), "决算公开")
    r.unknown_keys(table, KEYS, (ROOT,))
    units = _units(r, table.get("units", []))
    department = table.get("department", _department(units))
    if not isinstance(department, bool):
        r.error("E-NOT-BOOL", "决算公开的“department”（是否部门）应为 true 或 false。", (ROOT, "department"))
        department = _department(units)
    out = Disclosure(
        department=department,
        region=_region(r, table.get("region", "")),
        units=units,
        lines=_lines(r, table.get("lines", [])),
        basic_economics=_economics(r, table.get("basic_economics", [])),
        operating_costs=_amounts(r, table.get("operating_costs", {}), "operating_costs", OPERATING_KEYS),
        procurement=_amounts(r, table.get("procurement", {}), "procurement", v.PROCUREMENT_KEYS),
        vehicles=_counts(r, table.get("vehicles", {}), "vehicles", {k: k for k in v.VEHICLE_CATEGORIES}),
        other=_other(r, table.get("other", {})),
        performance=_performance(r, table.get("performance", {})),
        prior=_amounts(r, table.get("prior", {}), "prior", PRIOR_KEYS),
        glossary=_texts(r, table.get("glossary", {}), "glossary"),
        three_public=_texts(r, table.get("three_public", {}), "three_public", v.THREE_PUBLIC_TEXTS),
        layout=_layout(r, table.get("layout", {})),
    )
    return out, r.findings


def _department(units: tuple[MemberUnit, ...]) -> bool:
    """部门 or 单位 where ``department`` is not given: a 部门 of its units when two or more are listed (as the
    workbook's 部门决算单位构成 is typed); one unit or none is a 单位 (the template's 机构设置)."""
    return len(units) >= 2


def _region(r: Reader, raw: Any) -> str:
    """The template's region (上海…); "" for the national list."""
    region = clean_text(raw).strip() if isinstance(raw, str) else None
    if region is None or (region and region not in catalog.REGIONS):
        known = "、".join(sorted(x for x in catalog.REGIONS if x))
        r.error("E-REGION", f"决算公开的“region”应为已收录模板的地区（{known}），或不填。", (ROOT, "region"))
        return ""
    return region


def _array(r: Reader, raw: Any, name: str, label: str) -> list[tuple[int, Mapping[str, Any]]]:
    if not isinstance(raw, list):
        r.error("E-NOT-TABLE", f"{label}（disclosure.{name}）应为多行表 [[disclosure.{name}]]。", (ROOT, name))
        return []
    rows = []
    for i, row in enumerate(raw):
        row = r.table(row, (ROOT, name, i), r.where(f"{ROOT}.{name}", label, i))
        if row:
            rows.append((i, row))
    return rows


def _code(r: Reader, row: Mapping[str, Any], path: Path, label: str, lengths: tuple[int, ...],
          table: str = "functions") -> str | None:
    code = row.get("code")
    if code is None or (isinstance(code, str) and not code.strip()):  # a name only: not a parent's
        r._missing_code(table, row.get("name"), (*path, "code"), label, lengths)
        return None
    if isinstance(code, int) and not isinstance(code, bool):
        code = str(code)
    if not isinstance(code, str) or not code.strip().isdigit() or len(code.strip()) not in lengths:
        shown = "" if code is None else f"“{code}”"
        r.error("E-CODE", f"{label}的科目编码{shown}无效：应为{'/'.join(map(str, lengths))}位数字。", (*path, "code"))
        return None
    return code.strip()


def _name(r: Reader, row: Mapping[str, Any], path: Path) -> str:
    name = row.get("name", "")
    if not isinstance(name, str):
        r.error("E-NOT-TEXT", "科目名称应为文字。", (*path, "name"))
        return ""
    return clean_text(name).replace("\n", " ").strip()


def _lines(r: Reader, raw: Any) -> tuple[FunctionLine, ...]:
    out: list[FunctionLine] = []
    seen: dict[str, int] = {}
    parents = _name_only_parents("functions", raw)  # a 类/款 typed by its official name, as the tables show it
    for i, row in _array(r, raw, "lines", "公开表功能分类"):
        path: Path = (ROOT, "lines", i)
        row = {**row, "code": parents[i]} if i in parents else row
        code = _code(r, row, path, r.where(f"{ROOT}.lines", "公开表功能分类", i), (3, 5, 7))
        if code is None:
            continue
        r.unknown_keys(row, ("code", "name", "purpose", *v.LINE_AMOUNTS, *v.LINE_TOTALS), path)
        if code in seen:
            r.error("E-DUPLICATE",
                    f"公开表功能分类中科目{code}重复出现（{r.rows_of(f'{ROOT}.lines', seen[code], i)}）。"
                    "请合并为一行。", path)
            continue
        seen[code] = i
        values: dict[str, Decimal] = {}
        for key, label in {**v.LINE_AMOUNTS, **v.LINE_TOTALS}.items():
            if row.get(key) is not None and row.get(key) != "":
                value = r.amount(row[key], (*path, key), f"科目{code}的{label}")
                if value is not None:
                    values[key] = value
        purpose = r.text(row["purpose"], (*path, "purpose"), f"科目{code}的主要用于") if "purpose" in row else ""
        out.append(FunctionLine(code, _name(r, row, path), i, values, (purpose or "").strip()))
    return tuple(out)


def _economics(r: Reader, raw: Any) -> tuple[EconomicLine, ...]:
    out: list[EconomicLine] = []
    seen: set[str] = set()
    parents = _name_only_parents("economics", raw)
    rows = [(i, {**row, "code": parents[i]} if i in parents else row)
            for i, row in _array(r, raw, "basic_economics", "基本支出经济分类")]
    codes = {str(row.get("code")) for _, row in rows}
    for i, row in rows:
        path: Path = (ROOT, "basic_economics", i)
        if row.get("final") in (None, "") and any(x.startswith(str(row.get("code"))) and x != str(row.get("code"))
                                                  for x in codes):
            continue  # a 类 heading as the tables show it (by name, no amount): its 款 give its figure
        code = _code(r, row, path, r.where(f"{ROOT}.basic_economics", "基本支出经济分类", i), (3, 5), "economics")
        if code is None:
            continue
        r.unknown_keys(row, ("code", "name", "final"), path)
        if code[:3] not in ("301", "302", "303", "310"):
            r.error("E-CODE", f"基本支出经济分类科目{code}不属于301/302/303/310。", (*path, "code"))
            continue
        if code in seen:
            r.error("E-DUPLICATE", f"基本支出经济分类中科目{code}重复出现。请合并为一行。", path)
            continue
        seen.add(code)
        final = r.amount(row.get("final", 0), (*path, "final"), f"经济分类{code}的决算数")
        out.append(EconomicLine(code, _name(r, row, path) or code, i, final or Decimal(0)))
    return tuple(out)


def _values(r: Reader, raw: Any, name: str, labels: Mapping[str, str],
            read: Callable[[Any, Path, str], T | None]) -> dict[str, T]:
    """The keys of ``[disclosure.<name>]`` read by ``read`` (an amount or a count); blanks are absent."""
    table = r.table(raw, (ROOT, name), name)
    r.unknown_keys(table, tuple(labels), (ROOT, name))
    out: dict[str, T] = {}
    for key, label in labels.items():
        if table.get(key) is not None and table.get(key) != "":
            value = read(table[key], (ROOT, name, key), label)
            if value is not None:
                out[key] = value
    return out


def _amounts(r: Reader, raw: Any, name: str, labels: Mapping[str, str]) -> dict[str, Decimal]:
    return _values(r, raw, name, labels, r.amount)


def _counts(r: Reader, raw: Any, name: str, labels: Mapping[str, str]) -> dict[str, int]:
    return _values(r, raw, name, labels, r.count)


def _other(r: Reader, raw: Any) -> dict[str, int | Decimal]:
    table = r.table(raw, (ROOT, "other"), "其他")
    out: dict[str, int | Decimal] = dict(_counts(r, {k: val for k, val in table.items() if k != "foreign_amount"},
                                                 "other", {k: v.OTHER_LABELS[k] for k in v.OTHER_COUNTS}))
    out.update(_amounts(r, {k: val for k, val in table.items() if k == "foreign_amount"}, "other",
                        {"foreign_amount": v.OTHER_LABELS["foreign_amount"]}))
    return out


def _performance(r: Reader, raw: Any) -> dict[str, int | Decimal | str]:
    table = r.table(raw, (ROOT, "performance"), "预算绩效")
    r.unknown_keys(table, tuple(v.PERFORMANCE_LABELS), (ROOT, "performance"))
    out: dict[str, int | Decimal | str] = {}
    for key, label in v.PERFORMANCE_LABELS.items():
        if table.get(key) is None or table.get(key) == "":
            continue
        path = (ROOT, "performance", key)
        if key in ("systems", "mechanism"):
            value: Any = r.text(table[key], path, label)
            value = value.strip() if value else None
        elif key in v.PERFORMANCE_COUNTS:
            value = r.count(table[key], path, label)
        elif key == "average_score":
            value = r.amount(table[key], path, label)
            if value is not None and value > 100:
                r.error("E-SCORE", f"{label}为{value}，应在0到100之间。", path)
                value = None
        else:
            value = r.amount(table[key], path, label)
        if value is not None and value != "":
            out[key] = value
    return out


def _texts(r: Reader, raw: Any, name: str, labels: Mapping[str, str] | None = None) -> dict[str, str]:
    """Texts by key: any key (the 名词解释), or only ``labels``' keys."""
    table = r.table(raw, (ROOT, name), "名词解释" if labels is None else "“三公”经费说明")
    if labels is not None:
        r.unknown_keys(table, tuple(labels), (ROOT, name))
        table = {k: val for k, val in table.items() if k in labels}
    out = {}
    for key, value in table.items():
        label = f"名词解释“{key}”" if labels is None else labels[key]
        text = r.text(value, (ROOT, name, key), label)
        if text is not None:
            out[str(key)] = text.strip()
    return out


def _units(r: Reader, raw: Any) -> tuple[MemberUnit, ...]:
    out = []
    for i, row in _array(r, raw, "units", "部门决算单位构成"):
        path: Path = (ROOT, "units", i)
        r.unknown_keys(row, ("name", "note"), path)
        name = _name(r, row, path)
        if not name:
            at = r.where(f"{ROOT}.units", "部门决算单位构成", i)
            r.error("E-ITEM-MISSING", f"{at}缺少单位名称（name）。", (*path, "name"))
            continue
        note = r.text(row["note"], (*path, "note"), "说明") if "note" in row else ""
        out.append(MemberUnit(name, (note or "").strip()))
    return tuple(out)


def _layout(r: Reader, raw: Any) -> dict[str, dict[str, object]]:
    table = r.table(raw, (ROOT, "layout"), "公开表样式")
    r.unknown_keys(table, (*v.TABLE_KEYS, "zeros"), (ROOT, "layout"))
    out: dict[str, dict[str, object]] = {}
    if "zeros" in table and _zeros(r, table["zeros"], (ROOT, "layout", "zeros")):
        out[ALL_TABLES] = {"zeros": table["zeros"]}
    for key in v.TABLE_KEYS:
        if key not in table:
            continue
        path = (ROOT, "layout", key)
        spec = r.table(table[key], path, f"{key}的样式")
        r.unknown_keys(spec, LAYOUT_KEYS, path)
        kept: dict[str, object] = {}
        if isinstance(spec.get("title"), str) and spec["title"].strip():
            kept["title"] = clean_text(spec["title"]).strip()
        if "extra_items" in spec:
            items = spec["extra_items"]
            if key != "公开07" or not isinstance(items, list) or any(i not in ("会议费", "培训费") for i in items):
                r.error("E-LAYOUT", "只有公开07可增加列，且只能为“会议费”“培训费”。", (*path, "extra_items"))
            else:
                kept["extra_items"] = list(items)
        if "zeros" in spec and _zeros(r, spec["zeros"], (*path, "zeros"), by_column=True):
            kept["zeros"] = spec["zeros"]
        if "printed" in spec and (printed := _printed(r, spec["printed"], (*path, "printed"))):
            kept["printed"] = printed
        if kept:
            out[key] = kept
    return out


def _printed(r: Reader, raw: Any, path: tuple[str | int, ...]) -> dict[str, dict[str, Decimal]]:
    """A table's totals as published where they differ from the sum of their printed parts by 尾差:
    { "总计" = { in_amount = 243932500.00 } } — row label → column key → 元 (written by import-tables)."""
    out: dict[str, dict[str, Decimal]] = {}
    for label, cells in r.table(raw, path, "公开表印出的合计数").items():
        row = r.table(cells, (*path, label), f"“{label}”行印出的数")
        for column, value in row.items():
            amount = r.amount(value, (*path, label, column), f"“{label}”行{column}印出的数")
            if amount is not None:
                out.setdefault(label, {})[column] = amount
    return out


def _zeros(r: Reader, value: Any, path: tuple[str | int, ...], by_column: bool = False) -> bool:
    """A zero style; for one table also a style per column: { "*" = "0", "基本支出" = "blank" }."""
    if value in ZERO_STYLES:
        return True
    if by_column and isinstance(value, dict) and value and all(x in ZERO_STYLES for x in value.values()):
        return True
    r.error("E-LAYOUT", "公开表零值的列示方式（zeros）应为“blank”（留空）、“0.00”、“0”或“-”"
            + ("，或按列填写，如 { \"*\" = \"0\", \"基本支出\" = \"blank\" }" if by_column else "") + "。", path)
    return False


def to_document(d: Disclosure) -> dict[str, Any]:
    """The ``[disclosure]`` table of ``d``: ``read(to_document(d))`` gives ``d`` back."""
    doc: dict[str, Any] = {}
    if d.department != _department(d.units):  # only where the units do not say it
        doc["department"] = d.department
    if d.region:
        doc["region"] = d.region
    if d.units:
        doc["units"] = [{"name": u.name, **({"note": u.note} if u.note else {})} for u in d.units]
    if d.lines:
        doc["lines"] = [{"code": x.code, **({"name": x.name} if x.name else {}), **x.values,
                         **({"purpose": x.purpose} if x.purpose else {})} for x in d.lines]
    if d.basic_economics:
        doc["basic_economics"] = [{"code": e.code, "name": e.name, "final": e.final} for e in d.basic_economics]
    for name in ("operating_costs", "procurement", "vehicles", "other", "performance", "prior", "glossary",
                 "three_public"):
        value = getattr(d, name)
        if value:
            doc[name] = dict(value)
    if d.layout:
        doc["layout"] = {k: dict(val) for k, val in d.layout.items() if k != ALL_TABLES}
        doc["layout"].update(d.layout.get(ALL_TABLES, {}))
    return doc
