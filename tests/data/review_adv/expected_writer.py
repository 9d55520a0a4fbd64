"""One writer of the stand-ins' ``<id>.expected.toml`` (each hand's unit_XX_expected.py keeps only its own: its modules,
``OPENED``, its header words): the corpus's document schema (tests/data/review_corpus/README.md) plus ``section``, each
error a record of slips.py (or a dict in the order it is to be written), then ``[[tolerated]]``.

A ``Style`` is a hand's header words and the order it writes an error's keys in; its strings are templates over
{name} {id} {module} {opened} {seal} {kind} {checked} {script} {prefix} {district} {ordinal} (a line that comes out
empty is left out). Several hands wrote alike: their styles are below (``ON_PURPOSE``, ``SLIPS_NOTE``, ``STAND_IN``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from make import toml_str
from slips import Slip, TableSlip

HERE = Path(__file__).resolve().parent

# the orders the hands write an error's keys in (a key a record lacks is left out)
SECTION_FIRST = ("section", "figure", "kind", "correct", "calc", "context", "needs", "also", "where", "rows", "why")
WHY_BEFORE_CONTEXT = ("section", "where", "figure", "kind", "correct", "calc", "why", "context", "needs", "rows")
SECTION_LAST = ("figure", "kind", "correct", "calc", "context", "needs", "where", "rows", "section", "why", "also")
_OPTIONAL = ("calc", "context", "needs", "also")  # written only where not empty


@dataclass(frozen=True)
class Style:
    """A hand's header words and the order it writes an error's keys in."""

    comment: tuple[str, ...]
    source: str
    complete: str | bool
    checked: str
    seal: tuple[str, str] = ("", "")  # {seal}: (where the document is opened, where it is sealed)
    title: str = "{name}2024年度部门决算"
    opened_last: bool = False  # ``opened`` after ``checked`` (else before ``complete``)
    order: tuple[str, ...] = SECTION_FIRST
    also_tables: bool = False  # ``also`` as [[errors.also]] tables after the error (else an inline array)
    table_in_rows: bool = False  # a table error's rows named with their table: 「公开02 20799」


# 北岸's hand first; the fifteenth, sixteenth, twenty-first and twenty-fourth wrote it so
ON_PURPOSE = Style(
    comment=("# {name}2024年度部门决算 — the errors put in on purpose (tests/data/review_adv/{script}",
             "# wrote this file from the unit module; do not edit by hand). {seal}"),
    seal=("OPENED {opened}: tuning material since.", "Sealed: never read by a rule's author."),
    source="invented stand-in ({district}, {ordinal} hand): tests/data/review_adv/{module}.py",
    complete="whole document: 第一部分 概况, the nine tables, 第三部分 情况说明 一–十一, 第四部分 名词解释",
    checked="Every correct value is computed by the unit module (unit_{prefix}_*.py) in Decimal from the unit's "
    "figures (the same figures make.py computes the nine tables from); calc expressions evaluate to them exactly.",
    order=WHY_BEFORE_CONTEXT,
)
# the tenth hand's, and the eighteenth, twentieth and twenty-third
SLIPS_NOTE = Style(
    comment=("# Errors put in {name} 2024年度部门决算 (an invented stand-in; {script} wrote this file",
             "# from the unit module's SLIPS, every correct value computed in Decimal from the unit's figures)."),
    source="invented stand-in: tests/data/review_adv/{module}.py (make.py renders it)",
    complete="whole document: 概况, the nine 公开 tables, 情况说明 一–十一, 名词解释",
    checked="every figure computed from the unit figures by make.py; the errors put in on purpose",
)
# the thirteenth hand's, and the seventeenth, nineteenth and twenty-second (``complete`` their own, ending in {kind})
STAND_IN = Style(
    comment=("# {name} 2024年度部门决算 (stand-in, the {ordinal} hand): the errors put in by make.py "
             "(unit_{prefix}_*.py),",
             "# each correct value computed in Decimal from the unit's figures ({script} wrote this file)."),
    source="invented stand-in: tests/data/review_adv/make.py + {module}.py",
    complete="",
    checked="every figure computed from the unit figures by make.py (tables) and the text writer; the errors are the "
    "SLIPS below",
    opened_last=True,
)


def value(v: Any) -> str:
    """A TOML value: a string, a boolean, a list of strings, or ``also``'s pairs as inline tables."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, str):
        return toml_str(v)
    return "[" + ", ".join(value(x) if isinstance(x, str) else
                           f"{{figure = {toml_str(x[0])}, correct = {toml_str(x[1])}}}" for x in v) + "]"


def record(slip: Slip | TableSlip, style: Style) -> dict[str, Any]:
    """``slip``'s keys in ``style``'s order."""
    keys: dict[str, Any] = {"section": slip.section, "figure": slip.figure, "kind": slip.kind,
                            "correct": slip.correct, "calc": slip.calc, "why": slip.why}
    if isinstance(slip, TableSlip):
        rows = slip.rows or (slip.row,)
        keys["where"] = "table"
        keys["rows"] = [f"{slip.table} {r}" for r in rows] if style.table_in_rows else list(rows)
    else:
        keys.update(context=slip.context, needs=slip.needs, also=slip.also)
    if lost := [k for k, v in keys.items() if v and k not in style.order]:
        raise ValueError(f"{slip.figure}: the style writes no {lost}")
    return {k: keys[k] for k in style.order if k in keys and (keys[k] or k not in _OPTIONAL)}


def block(head: str, keys: Mapping[str, Any], style: Style) -> str:
    also = keys.get("also", ()) if style.also_tables else ()
    out = [head, *(f"{k} = {value(v)}" for k, v in keys.items() if not (also and k == "also"))]
    for figure, correct, calc in also:
        out += ["[[errors.also]]", f"figure = {toml_str(figure)}", f"correct = {toml_str(correct)}"]
        out += [f"calc = {toml_str(calc)}"] if calc else []
    return "\n".join(out)


def _slips(mod: ModuleType) -> list:
    return [*mod.SLIPS, *getattr(mod, "TABLE_SLIPS", ())]


@dataclass(frozen=True)
class Writer:
    """One hand's writer: ``prefix`` (unit_<prefix>_*.py), its modules, ``opened`` (id → date), its style.
    ``records`` gives a module's errors (slips, or dicts as they are to be written); ``tolerated`` (id → pairs)
    stands for the modules' own ``TOLERATED``; ``kinds`` (id → words) fills {kind}."""

    prefix: str
    modules: Sequence[ModuleType]
    opened: Mapping[str, str]
    style: Style
    district: str = ""
    ordinal: str = ""
    kinds: Mapping[str, str] = field(default_factory=dict)
    records: Callable[[ModuleType], Sequence[Any]] = _slips
    tolerated: Mapping[str, Sequence[tuple[str, str]]] | None = None

    def header(self, mod: ModuleType) -> list[str]:
        f, s = mod.FIGURES, self.style
        opened = self.opened.get(f["id"], "")
        words = {"name": f["name"], "id": f["id"], "module": mod.__name__, "opened": opened,
                 "kind": self.kinds.get(f["id"], ""), "checked": getattr(mod, "CHECKED", ""),
                 "script": f"unit_{self.prefix}_expected.py", "prefix": self.prefix, "district": self.district,
                 "ordinal": self.ordinal}
        words["seal"] = (s.seal[0] if opened else s.seal[1]).format(**words)
        out = [line for line in (c.format(**words) for c in s.comment) if line]
        complete = s.complete.format(**words) if isinstance(s.complete, str) else s.complete
        keys: list[tuple[str, Any]] = [
            ("id", f["id"]), ("title", s.title.format(**words)), ("source", s.source.format(**words)),
            ("unit", f["name"]), ("year", 2024), ("doc", "决算"), ("held_out", True),
            ("complete", complete), ("no_errors_found", False), ("checked", s.checked.format(**words)),
        ]
        if opened:
            keys.insert(len(keys) if s.opened_last else 7, ("opened", opened))
        return out + [f"{k} = {value(v)}" for k, v in keys]

    def render(self, mod: ModuleType) -> str:
        """``mod``'s expected file."""
        style = self.style
        blocks = ["\n".join(self.header(mod))]
        for r in self.records(mod):
            blocks.append(block("[[errors]]", r if isinstance(r, dict) else record(r, style), style))
        pairs = getattr(mod, "TOLERATED", ()) if self.tolerated is None else self.tolerated.get(mod.FIGURES["id"], ())
        blocks += [block("[[tolerated]]", {"figure": f, "why": w}, style) for f, w in pairs]
        return "\n\n".join(blocks) + "\n"

    def main(self) -> None:
        for mod in self.modules:
            (HERE / f"{mod.FIGURES['id']}.expected.toml").write_text(self.render(mod), encoding="utf-8")
            print("wrote", mod.FIGURES["id"])

