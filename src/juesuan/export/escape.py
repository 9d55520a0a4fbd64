"""Text juesuan writes stays the text it is, in every writer: a unit's name, a file name or a
title never becomes a formula in a workbook, a hyperlink, a number, or a new line of TOML.

- xlsxwriter: every workbook is made by ``xlsx_workbook`` (strings are never formulas, URLs
  or numbers; formulas only through ``write_formula``).
- openpyxl: ``set_text`` stores the string as a string (``data_type 's'``), whatever it starts with.
- a person's Excel (xlwings: the value is taken as if typed): ``typed`` adds Excel's leading
  apostrophe to a text Excel would read as a formula; the apostrophe is not part of the text.
- TOML comments: ``comment_text`` keeps a text on its line (line breaks and control characters
  escaped as ``\\n``, ``\\u0001``).
- a text inside a formula's string literal (a link's target, its shown name): ``formula_string``
  doubles the quotation marks, so the text cannot close the literal and add formula code.
- file names: ``files.output_name``.
"""

from __future__ import annotations

from typing import Any

TEXT_LEADERS = ("=", "+", "-", "@")  # what makes Excel read a typed text as a formula
XLSX_OPTIONS = {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False,
                "strings_to_numbers": False}
_BREAKS = {"\r\n": "\\n", "\n": "\\n", "\r": "\\n", "\u2028": "\\n", "\u2029": "\\n", "\x85": "\\n"}


def xlsx_workbook(target: Any):
    """A new xlsxwriter workbook on ``target`` (a path or a BytesIO) whose strings stay strings."""
    import xlsxwriter

    return xlsxwriter.Workbook(target, dict(XLSX_OPTIONS))


def set_text(cell: Any, value: Any) -> None:
    """An openpyxl cell holding ``value`` as text, never a formula."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    cell.value = None if value is None else ILLEGAL_CHARACTERS_RE.sub("", str(value))
    if value is not None:
        cell.data_type = "s"


def typed(value: Any) -> Any:
    """``value`` as a person's Excel must receive it (xlwings): a formula-like text gets the apostrophe."""
    if isinstance(value, str) and value.startswith(TEXT_LEADERS):
        return "'" + value
    return value


def comment_text(text: Any) -> str:
    """``text`` on one line of a TOML comment: breaks and control characters escaped."""
    out = str(text)
    for brk, esc in _BREAKS.items():
        out = out.replace(brk, esc)
    return "".join(ch if ch == "\t" or (ch >= " " and ch != "\x7f") else f"\\u{ord(ch):04x}" for ch in out)


def formula_string(text: Any) -> str:
    """``text`` as an Excel string literal (quotes included): ``"`` doubled, breaks removed."""
    clean = "".join(ch for ch in str(text) if ch >= " " and ch != "\x7f")
    return '"' + clean.replace('"', '""') + '"'
