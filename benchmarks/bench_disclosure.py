"""Benchmark: the 决算公开 of the rich test unit — figures + nine tables + checks + 情况说明,
the .xlsx, the .docx, and the PDF (LibreOffice).

Run: ``.venv/bin/python benchmarks/bench_disclosure.py`` (or ``make bench``). Asserts nothing.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from timing import timed

from juesuan.disclosure.api import disclose, docx_bytes, write_files, xlsx_bytes
from juesuan.export.office import find_soffice
from juesuan.sources.datafile import load

RICH = Path(__file__).resolve().parent.parent / "tests" / "data" / "disclosure_rich.toml"


def main() -> None:
    data, findings = load(RICH)
    result = disclose(data, findings)
    tables = timed(lambda: disclose(data, findings), 20)
    print(f"rich unit, tables + checks + 情况说明: median of 20: {tables * 1000:.1f} ms")
    xlsx = timed(lambda: xlsx_bytes(result), 10)
    print(f"rich unit, nine-table .xlsx: median of 10: {xlsx * 1000:.1f} ms")
    docx = timed(lambda: docx_bytes(result), 10)
    print(f"rich unit, 公开 .docx: median of 10: {docx * 1000:.1f} ms")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "unit.toml"
        src.write_bytes(RICH.read_bytes())
        if find_soffice():
            both = timed(lambda: write_files(result, src, pdf=True, xlsx=True, overwrite=True), 3)
            print(f"rich unit, .docx + .xlsx + PDF (LibreOffice): median of 3: {both:.2f} s")
        else:
            print("LibreOffice not found: PDF export not measured")


if __name__ == "__main__":
    main()
