"""How the imported tables print a zero — left blank, "0", "0.00" or a dash, per table or per column — so that
``disclose`` prints the unit's tables as they were published ([disclosure.layout] ``zeros``).

A zero cell's printed form is read where the table shows it: a number's format in a workbook (a format
whose zero section is empty prints nothing), the text of a CSV cell or a text cell. Only the money cells
of rows that carry figures and a label count: an empty row of the form (公开01's income side beside the
spending 类) says nothing about zeros."""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal, InvalidOperation
from typing import Any

from . import import_read as r
from . import spec as s

BLANK, WHOLE, CENTS, DASH = "blank", "0", "0.00", "-"
HEADS = ("项目", "科目编码", "功能分类", "功能分类科目编码", "经济分类", "经济分类科目编码", "科目名称", "收入", "合计",
         "预算数", "决算数")  # a table's first header row holds one of these
_ZERO_TEXT = re.compile(r"^0(\.0+)?$")


def number_form(value: Any, number_format: str | None = None) -> str | None:
    """The printed form of a cell holding zero (None when it holds no zero): a workbook number by its
    format, a CSV number or a text by its digits."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        text = value.strip().replace(",", "")
        if text and r.norm(text) in r.DASHES:
            return DASH  # 「-」「—」 typed for a zero: printed as a dash
        return (CENTS if "." in text else WHOLE) if _ZERO_TEXT.match(text) else None
    if isinstance(value, Decimal) and value == 0 and number_format is None:  # a CSV "0.00"
        return CENTS if value.as_tuple().exponent < 0 else WHOLE  # type: ignore[operator]
    if isinstance(value, int | float | Decimal) and value == 0:
        return _format_form(number_format or "General")
    return None


def _format_form(number_format: str) -> str:
    """How a zero prints in ``number_format``: its zero section where it has one (an empty one prints
    nothing, a quoted "0" that text), else its number section."""
    sections = re.split(r';(?=(?:[^"]*"[^"]*")*[^"]*$)', number_format)  # the ; outside quoted text
    shown = sections[2] if len(sections) >= 3 else sections[0]
    digits = re.sub(r'"[^"]*"', "", shown)
    if shown.strip().lower() == "general":
        return WHOLE
    if re.search(r"[0#]", digits):
        return CENTS if re.search(r"[0#]\.0", digits) else WHOLE
    literal = "".join(re.findall(r'"([^"]*)"', shown)) or re.sub(r"[_\\*\s?]", "", shown)  # "-" or \- or -
    return number_form(literal) or BLANK  # nothing, or a dash, prints no figure


def zero_layout(key: str, sheet: r.Sheet, forms: dict[tuple[int, int], str]) -> str | dict[str, str] | None:
    """The ``zeros`` of table ``key`` as ``sheet`` prints them (``forms``: the printed form of each zero
    cell, by (row, column) of the sheet): one form, or {"*": the most common, label: its own} where columns
    differ; None where no zero is printed in a row with figures."""
    h = r.header(sheet, HEADS)
    if h is None:
        return None
    money = _money_columns(s.SPECS[key], h)
    by_label: dict[str, Counter] = {}
    for i in range(h.body, len(sheet.rows)):
        if not any(_figure(sheet.cell(i, j)) for j in money):
            continue  # no figure: an empty row of the form or a note
        for j, label in money.items():
            left = [k for k in range(j) if k not in money]
            if left and not r.norm(sheet.cell(i, left[-1])):
                continue  # no label beside it: an empty half-row
            form = forms.get((i, j)) or (BLANK if sheet.cell(i, j) in (None, "") else None)
            if form is not None:
                by_label.setdefault(label, Counter())[form] += 1
    if not by_label:
        return None
    total = sum(by_label.values(), Counter())
    common = total.most_common(1)[0][0]
    own = {label: c.most_common(1)[0][0] for label, c in by_label.items()}
    if all(form == common for form in own.values()):
        return common
    return {"*": common, **{label: form for label, form in own.items() if form != common}}


def _figure(x: Any) -> bool:
    """A non-zero amount: a number, or a text amount as the tables print it (「24,306.11」)."""
    if isinstance(x, bool):
        return False
    if isinstance(x, int | float | Decimal):
        return x != 0
    if isinstance(x, str):
        try:
            return Decimal(x.strip().replace(",", "").replace("，", "")) != 0
        except InvalidOperation:
            return False
    return False


def _money_columns(spec: s.TableSpec, h: r.Header) -> dict[int, str]:
    """The sheet's money columns, each with the spec's name for it (its label, or group and label where the
    label alone names several columns, as the layout's ``zeros`` by column names them)."""
    labels = [c for c in spec.columns if c.kind == s.MONEY]
    count = Counter(n for c in labels for n in {c.label, f"{c.group}{c.label}", "".join(c.path)})

    def name(c: s.Column) -> str:
        return next(n for n in (c.label, f"{c.group}{c.label}", "".join(c.path)) if count[n] == 1) \
            if any(count[n] == 1 for n in (c.label, f"{c.group}{c.label}", "".join(c.path))) else c.label

    out: dict[int, str] = {}
    for j, path in h.paths.items():
        named = [c for c in labels if path and path[-1] == r.norm(c.label)]
        grouped = [c for c in named if not c.group or r.norm(c.group) in path]
        if grouped or len(named) == 1:  # a label alone where it names one column (a CSV's group only once)
            out[j] = name((grouped or named)[0])
    return out
