"""One call from a unit's data to the disclosure: figures, tables, text and every finding;
and the writer of its files (Word, PDF, .xlsx) next to the input, never overwriting silently."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from ..core.findings import Finding, Level, sort_findings
from ..core.model import UnitData
from ..core.rounding import tolerance
from .books import Books, compute
from .checks import check_inputs, check_tables
from .tables import Tables, build
from .text import DisclosureText, check_text, write


@dataclass
class Disclosed:
    data: UnitData
    books: Books
    tables: Tables
    text: DisclosureText
    findings: list[Finding] = field(default_factory=list)

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.level is Level.ERROR)

    def filename(self) -> str:
        from ..export.files import output_name

        u = self.data.unit
        kind = "部门" if self.books.d.department else "单位"
        return output_name(u.name, f"{u.year}年度{kind}决算公开", limit=235)  # + ".docx"/".xlsx"


def disclose(data: UnitData, findings: list[Finding] | None = None) -> Disclosed:
    """The disclosure of ``data`` with the reader's findings and every disclosure check."""
    books = compute(data)  # on core.figures.build(data); each check list runs through core.runner
    tables = build(books)
    text = write(books, tables)
    tol = tolerance(data)  # one 0.01万元 when the figures were typed from 万元 tables
    found = [*(findings or []), *tables.findings, *check_inputs(books, tol), *check_tables(tables, tol),
             *check_text(text, tables),
             *text.findings]
    return Disclosed(data, books, tables, text, sort_findings(found))


def year_totals(d: Disclosed) -> dict[str, Decimal]:
    """The totals next year's text compares with (``Disclosure.prior``): 收入支出总计 (公开01),
    财政拨款收入支出总计 (公开04) and 一般公共预算财政拨款支出 (公开05 合计), as published."""
    out = {}
    for key, table, (column, label), amount in (
            ("total", "公开01", ("in_name", "总计"), "in_amount"),
            ("fiscal_total", "公开04", ("in_name", "总计"), "in_amount"),
            ("general_spending", "公开05", ("name", "合计"), "total")):
        row = d.tables[table].find(column, label) if table in d.tables.by_key else None
        if row is not None and (value := row.value(amount)) is not None:
            out[key] = value
    return out


def docx_bytes(d: Disclosed) -> bytes:
    from .word import build as build_docx

    u = d.data.unit
    units = tuple((x.name, x.note) for x in d.books.d.units) if d.books.d.department else ()
    return build_docx(u.name, u.year, d.books.d.department, d.tables, d.text, units)


def xlsx_bytes(d: Disclosed) -> bytes:
    from .xlsx import build as build_xlsx

    return build_xlsx(d.tables)


@dataclass(frozen=True)
class Written:
    docx: Path
    xlsx: Path | None = None
    pdf: Path | None = None
    message: str = ""


def write_files(d: Disclosed, next_to: Path, *, pdf: bool = False, xlsx: bool = False,
                overwrite: bool = False) -> Written:
    """Write the 公开 .docx (and .xlsx, .pdf) beside ``next_to``; existing files get a new name
    (or, with ``overwrite``, are kept as .bak)."""
    from ..export.files import output_path, write_atomic

    folder = next_to.parent
    stem = d.filename()

    def target(ext: str) -> Path:
        return output_path(folder / f"{stem}{ext}", overwrite=overwrite, inputs=[next_to])

    docx_path = target(".docx")
    write_atomic(docx_path, docx_bytes(d))
    xlsx_path = None
    if xlsx:
        xlsx_path = target(".xlsx")
        write_atomic(xlsx_path, xlsx_bytes(d))
    if not pdf:
        return Written(docx_path, xlsx_path)
    from ..export.document import to_pdf

    result = to_pdf(docx_path, overwrite)
    return Written(docx_path, xlsx_path, result.pdf, result.pdf_message)
