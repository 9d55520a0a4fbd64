"""Benchmark: export time of the sample report, .docx alone and with the PDF (LibreOffice).

Run: ``.venv/bin/python benchmarks/bench_export.py`` (or ``make bench``). Asserts nothing.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from timing import timed

from juesuan.export.document import export_report
from juesuan.export.office import find_soffice
from juesuan.report import analyze
from juesuan.sources.datafile import load_sample


def main() -> None:
    report = analyze(*load_sample())
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "r.docx"
        docx = timed(lambda: export_report(report, docx=out, overwrite=True), 5)
        print(f"sample report, .docx (7 charts drawn): median of 5: {docx:.2f} s")
        if find_soffice():
            both = timed(lambda: export_report(report, docx=out, pdf=True, overwrite=True), 3)
            print(f"sample report, .docx + PDF (LibreOffice): median of 3: {both:.2f} s")
        else:
            print("LibreOffice not found: PDF export not measured")


if __name__ == "__main__":
    main()
