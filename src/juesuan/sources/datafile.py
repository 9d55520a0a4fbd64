"""The unit data file (TOML, version 1): read with exact decimals, written back without loss."""

from __future__ import annotations

import tomllib
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

from ..core import catalog as c
from ..core.findings import Finding
from ..core.model import Line, UnitData
from ..core.parse import RowPlaces, parse

MAX_BYTES = 20_000_000  # a unit's data file is a few kB; anything this large is not one


class DataFileError(Exception):
    """The file cannot be read at all (missing, unreadable, not TOML). Message in Chinese."""


def read_document(path: str | Path) -> dict[str, Any]:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DataFileError(f"找不到文件：{path}") from None
    except IsADirectoryError:
        raise DataFileError(f"这是一个文件夹，不是数据文件：{path}") from None
    except OSError as exc:
        raise DataFileError(f"无法读取文件 {path}：{exc.strerror or exc}") from None
    return loads_document(raw, str(path))


def loads_document(raw: bytes, name: str = "数据文件") -> dict[str, Any]:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DataFileError(f"{name} 不是 UTF-8 编码的文本文件（数据文件应为 TOML 文本）。") from None
    if len(raw) > MAX_BYTES:
        raise DataFileError(
            f"{name} 有{len(raw) // 1_000_000}MB，超过数据文件的上限{MAX_BYTES // 1_000_000}MB，未读入。")
    try:
        return tomllib.loads(text, parse_float=Decimal)
    except tomllib.TOMLDecodeError as exc:
        raise DataFileError(f"{name} 不是有效的 TOML 数据文件：{exc}") from None
    except RecursionError:
        raise DataFileError(f"{name} 的数组或表嵌套过深，不是 juesuan 数据文件。") from None


def load(path: str | Path) -> tuple[UnitData, list[Finding]]:
    """Read and parse a data file. Raises ``DataFileError`` only when it cannot be read at all."""
    return parse_document(read_document(path))


def parse_document(document: dict[str, Any], rows: RowPlaces | None = None) -> tuple[UnitData, list[Finding]]:
    """``core.parse.parse`` plus the optional ``[disclosure]`` table (决算公开 inputs); ``rows``: the sheet
    row of each line (a workbook reader's ``Locator.line_row``)."""
    data, findings = parse(document, rows)
    if "disclosure" in document:
        from dataclasses import replace

        from ..core.public_inputs import read

        disclosure, more = read(document["disclosure"], rows)
        data = replace(data, disclosure=disclosure)
        findings = [*findings, *more]
    return data, findings


def load_sample() -> tuple[UnitData, list[Finding]]:
    """The built-in sample unit (the reference report's unit, 奈曼旗政务服务中心 2021)."""
    raw = resources.files("juesuan").joinpath("data/sample.toml").read_bytes()
    return parse_document(loads_document(raw, "示例数据"))


def sample_path() -> Path:
    return Path(str(resources.files("juesuan").joinpath("data/sample.toml")))


def to_document(data: UnitData) -> dict[str, Any]:
    """The data-file mapping of ``data``: ``parse(to_document(d))`` gives ``d`` back."""
    unit: dict[str, Any] = {"name": data.unit.name, "year": data.unit.year}
    if data.unit.kind:
        unit["kind"] = data.unit.kind
    unit["edition"] = data.unit.edition
    for key in ("code", "parent"):
        if getattr(data.unit, key):
            unit[key] = getattr(data.unit, key)
    doc: dict[str, Any] = {"schema": c.SCHEMA_VERSION, "unit": unit}
    if data.people:
        doc["people"] = {k: data.people[k] for k in (*c.PEOPLE_INT_KEYS, *c.PEOPLE_DECIMAL_KEYS)
                         if k in data.people}
    s = data.settings
    doc["settings"] = {
        "report_unit": s.report_unit,
        "threshold_pct": s.threshold_pct,
        "threshold_amount": s.threshold_amount,
    }
    for name in ("income", "spending", "functions", "economics", "controlled"):
        rows = getattr(data, name)
        if rows:
            doc[name] = [_row(name, line) for line in rows]
    if data.quantities:
        doc["quantities"] = {k: dict(v) for k, v in data.quantities.items()}
    for name in ("balances", "assets"):
        rows = getattr(data, name)
        if rows:
            doc[name] = [_row(name, line) for line in rows]
    if data.reasons:
        doc["reasons"] = {k: dict(v) for k, v in data.reasons.items()}
    if data.text:
        doc["text"] = dict(data.text)
    if data.disclosure is not None:
        from ..core.public_inputs import to_document as disclosure_document
        from ..core.public_model import of_unit

        disclosure = of_unit(data)
        if disclosure is not None:
            doc["disclosure"] = disclosure_document(disclosure)
    return doc


def _row(name: str, line: Line) -> dict[str, Any]:
    if name in ("functions", "economics"):
        row: dict[str, Any] = {"code": line.key, "name": line.name}
    else:
        row = {"item": line.key}
    row.update(line.values)
    return row


def dumps(data: UnitData) -> str:
    import tomli_w

    return tomli_w.dumps(to_document(data), multiline_strings=True)
