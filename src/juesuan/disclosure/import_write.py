"""Writing what ``import-tables`` read back into the data file's own text: only the values that changed
are edited (tomlkit), so the file's comments, key order, number spelling and untouched tables stay
byte for byte as the person typed them. A table of tables (``[[income]]``, ``[[disclosure.lines]]``)
is matched element by element on its ``item`` / ``code``."""

from __future__ import annotations

import tomllib
from decimal import Decimal
from typing import Any

import tomlkit
from tomlkit.items import AoT, Item, Table, Whitespace

IDS = ("item", "code")


class NotEditable(Exception):
    """The file's text cannot be edited in place to say the new document (a caller rewrites it)."""


def edited(text: str, old: dict[str, Any], new: dict[str, Any]) -> str:
    """``text`` (the TOML of ``old``) edited to say ``new``; raises ``NotEditable`` when the edit
    would not read back as ``new``."""
    try:
        doc = tomlkit.parse(text)
        _merge(doc, old, new)
        out = tomlkit.dumps(doc)
        back = tomllib.loads(out, parse_float=Decimal)
    except NotEditable:
        raise
    except Exception as exc:  # tomlkit cannot place an edit in this file's layout
        raise NotEditable(str(exc)) from None
    if _canon(back) != _canon(new):
        raise NotEditable("edited text does not read back as the imported document")
    return out


def same(old: dict[str, Any], new: dict[str, Any]) -> bool:
    """The two documents say the same (tables of tables in any order, numbers by value)."""
    return bool(_canon(old) == _canon(new))


def _merge(box: Any, old: dict[str, Any], new: dict[str, Any]) -> None:
    for key in [k for k in old if k not in new]:
        del box[key]
    for key, value in new.items():
        before = old.get(key)
        if key in old and _canon(before) == _canon(value):
            continue
        if isinstance(value, dict) and isinstance(before, dict):
            _merge(box[key], before, value)
        elif isinstance(before, list) and _tables(value) and _tables(before) and isinstance(box.get(key), AoT):
            _merge_tables(box[key], before, value)
        elif key not in old and not isinstance(value, dict) and not _tables(value):
            _add(box, key, _item(value))
        else:
            box[key] = _item(value)


def _add(box: Any, key: str, item: Item) -> None:
    """A new key right after the table's last key, above the comments that introduce what follows."""
    body = box.value if isinstance(box, Table) else box
    last = None
    for i, (k, x) in enumerate(getattr(body, "body", [])):
        if isinstance(x, Table | AoT):
            last = None  # a table inside: tomlkit places the key itself
            break
        if k is not None:
            last = i
    if last is not None and last + 1 < len(body.body):
        try:
            body._insert_at(last + 1, key, item)
            return
        except (ValueError, AttributeError):  # tomlkit's layout differs: append instead
            pass
    box[key] = item


def _ident(row: dict[str, Any]) -> str | None:
    for key in IDS:
        if isinstance(row.get(key), str) or type(row.get(key)) is int:  # code = 2070101 as typed
            return f"{key}={row[key]}"
    return None


def _merge_tables(aot: AoT, old: list[dict[str, Any]], new: list[dict[str, Any]]) -> None:
    """Each element of ``new`` edits the old element with its id; old ones not in ``new`` go, new ones
    are placed after the element they follow in ``new``."""
    old_ids = [_ident(x) for x in old]
    new_ids = [_ident(x) for x in new]
    if None in old_ids or None in new_ids or len(set(old_ids)) < len(old_ids) or len(set(new_ids)) < len(new_ids):
        raise NotEditable("a table of tables without unique item/code")
    for i in reversed(range(len(old))):
        if old_ids[i] not in new_ids:
            del aot[i]
            del old_ids[i]
            old = old[:i] + old[i + 1:]
    at = 0
    for ident, row in zip(new_ids, new, strict=True):
        if ident in old_ids:
            k = old_ids.index(ident)
            _merge(aot[k], old[k], row)
            at = k + 1
            continue
        table = _item(row)
        table.add(tomlkit.nl())  # type: ignore[attr-defined]  # a blank line before the next element
        if at and not _ends_blank(aot[at - 1]):
            aot[at - 1].add(tomlkit.nl())  # and one after the element it follows
        aot.insert(at, table)  # type: ignore[arg-type]  # an AoT takes tomlkit tables
        old_ids.insert(at, ident)
        old = [*old[:at], row, *old[at:]]
        at += 1


def _ends_blank(table: Table) -> bool:
    body = table.value.body
    return bool(body) and isinstance(body[-1][1], Whitespace) and "\n" in body[-1][1].as_string()


def _tables(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(x, dict) for x in value)


def _item(value: Any) -> Item:
    """A new value in the file's spelling: amounts with their decimals (``1234.50``)."""
    if isinstance(value, Decimal):
        text = format(value, "f")
        return tomlkit.value(text if "." in text else f"{text}.00")
    if isinstance(value, dict):
        table: Table = tomlkit.table()
        for k, x in value.items():
            table[k] = _item(x)
        return table
    if _tables(value):
        aot = tomlkit.aot()
        for x in value:
            aot.append(_item(x))
        return aot
    if isinstance(value, list):
        array = tomlkit.array()
        array.extend(_item(x) for x in value)
        return array
    return tomlkit.item(value)


def _canon(value: Any) -> Any:
    """A document for comparison: tables of tables in id order (their order in the file is the person's)."""
    if isinstance(value, dict):
        return {k: _canon(x) for k, x in value.items()}
    if _tables(value):
        rows = [_canon(x) for x in value]
        if all(_ident(x) for x in value):
            return sorted(rows, key=lambda r: str(_ident(r)))
        return rows
    if isinstance(value, list):
        return [_canon(x) for x in value]
    if isinstance(value, int | float) and not isinstance(value, bool):
        return Decimal(str(value))
    return value
