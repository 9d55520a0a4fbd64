"""导出报告: the Word report (and PDF where LibreOffice is present), written safely.

Output goes next to the workbook or data file, named after the unit and year; an existing
file is never overwritten silently (a new name is chosen, or with ``overwrite`` the old file
is kept as ``.bak``). Every file is written to a temporary file and renamed.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from ..report import Report


class ExportError(Exception):
    """The report could not be written (message in Chinese)."""


@dataclass(frozen=True)
class ExportResult:
    docx: Path
    pdf: Path | None
    pdf_message: str = ""
    font_message: str = ""  # no CJK font: the charts' text would show boxes

    @property
    def messages(self) -> list[str]:
        return [m for m in (self.font_message, self.pdf_message) if m]


def report_filename(report: Report) -> str:
    u = report.data.unit
    safe = "".join(ch for ch in u.name if ch not in '\\/:*?"<>|').strip() or "单位"
    return f"{safe}{u.year}年度部门决算分析报告"


def free_path(path: Path) -> Path:
    """``path`` if free, else ``name(2).ext``, ``name(3).ext`` …"""
    if not path.exists():
        return path
    n = 2
    while True:
        candidate = path.with_name(f"{path.stem}({n}){path.suffix}")
        if not candidate.exists():
            return candidate
        n += 1


def write_atomic(path: Path, data: bytes, *, backup: bool = True) -> None:
    """Write via a temporary file in the same folder and rename; keep the old file as .bak."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=path.suffix + ".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if backup and path.exists():
            shutil.copy2(path, path.with_name(path.name + ".bak"))
        os.replace(tmp, path)
    except PermissionError:
        Path(tmp).unlink(missing_ok=True)
        raise ExportError(f"无法写入 {path}：文件可能正在 Word 或 WPS 中打开，请关闭后重试。") from None
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise ExportError(f"无法写入 {path}：{exc.strerror or exc}") from None


def export_report(report: Report, *, docx: Path | None = None, next_to: Path | None = None,
                  pdf: bool = False, overwrite: bool = False) -> ExportResult:
    """Write the .docx (and the PDF when asked and LibreOffice is present)."""
    from . import word as docx_writer

    if docx is None:
        folder = next_to.parent if next_to is not None else Path.cwd()
        docx = folder / f"{report_filename(report)}.docx"
    docx = Path(docx)
    if not overwrite:
        docx = free_path(docx)
    from .chart_images import font_message

    write_atomic(docx, docx_writer.build(report))
    result = _pdf(docx, overwrite) if pdf else ExportResult(docx, None)
    return replace(result, font_message=font_message() if report.charts else "")


def _pdf(docx: Path, overwrite: bool) -> ExportResult:
    from .office import ConversionError, convert, find_soffice

    if find_soffice() is None:
        return ExportResult(docx, None, "未找到 LibreOffice，只生成了 Word 文件（.docx）。"
                                        "可在 Word/WPS 中“另存为 PDF”。")
    target = docx.with_suffix(".pdf")
    if not overwrite:
        target = free_path(target) if target.exists() else target
    with tempfile.TemporaryDirectory(prefix="juesuan-pdf-") as tmp:
        try:
            produced = convert(docx, "pdf", Path(tmp))
        except ConversionError as exc:
            return ExportResult(docx, None, f"PDF 未生成：{exc}（Word 文件已生成）")
        write_atomic(target, produced.read_bytes())
    return ExportResult(docx, target)
