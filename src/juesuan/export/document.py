"""导出报告: the Word report (and PDF where LibreOffice is present), written safely.

Output goes next to the workbook or data file, named after the unit and year; an existing
file is never overwritten silently (a new name is chosen, or with ``overwrite`` the old file
is kept as ``.bak``). Every file is written to a temporary file and renamed.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from ..report import Report
from .files import WriteError as ExportError  # noqa: F401  (the name callers catch)
from .files import output_name, output_path, write_atomic


@dataclass(frozen=True)
class ExportResult:
    docx: Path
    pdf: Path | None
    pdf_message: str = ""
    font_message: str = ""  # no CJK font for the charts, or 公文 faces replaced in the PDF

    @property
    def messages(self) -> list[str]:
        return [m for m in (self.font_message, self.pdf_message) if m]


def report_filename(report: Report) -> str:
    u = report.data.unit
    return output_name(u.name, f"{u.year}年度部门决算分析报告", limit=235)  # + ".docx"


def export_report(report: Report, *, docx: Path | None = None, next_to: Path | None = None,
                  pdf: bool = False, overwrite: bool = False) -> ExportResult:
    """Write the .docx (and the PDF when asked and LibreOffice is present)."""
    from . import word as docx_writer

    if docx is None:
        folder = next_to.parent if next_to is not None else Path.cwd()
        docx = folder / f"{report_filename(report)}.docx"
    docx = output_path(docx, overwrite=overwrite, inputs=[next_to] if next_to is not None else [])
    from .chart_images import font_message

    write_atomic(docx, docx_writer.build(report))
    result = to_pdf(docx, overwrite) if pdf else ExportResult(docx, None)
    said = [font_message() if report.charts else "", result.font_message]
    return replace(result, font_message="\n".join(m for m in said if m))


def to_pdf(docx: Path, overwrite: bool) -> ExportResult:
    """The PDF beside ``docx`` (LibreOffice), never overwriting silently unless ``overwrite``; a
    missing 公文 face is replaced by the closest installed one and named in ``font_message``."""
    from . import pdf_fonts
    from .office import ConversionError, convert, find_soffice

    if find_soffice() is None:
        return ExportResult(docx, None, "未找到 LibreOffice，只生成了 Word 文件（.docx）。"
                                        "可在 Word/WPS 中“另存为 PDF”。")
    target = output_path(docx.with_suffix(".pdf"), overwrite=overwrite)
    with tempfile.TemporaryDirectory(prefix="juesuan-pdf-") as tmp:
        try:
            produced = convert(docx, "pdf", Path(tmp), profile_xcu=pdf_fonts.profile_xcu())
        except ConversionError as exc:
            return ExportResult(docx, None, f"PDF 未生成：{exc}（Word 文件已生成）")
        write_atomic(target, produced.read_bytes())
    return ExportResult(docx, target, font_message=pdf_fonts.message())
