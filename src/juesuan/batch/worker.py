"""The work on one unit, a pure function of its file and the options: read → analyse → write the
recalculated workbook and the Word report → a small summary row and the findings as plain dicts.

Nothing here imports Dask or pandas: a worker process runs ``process_batch`` on a list of files
and returns only rows (and, for the 部门汇总, its partial sums). Every file is written through a
temporary file and renamed, so an interrupted run leaves no half-written output.
"""

from __future__ import annotations

import gc
import os
import shutil
import tempfile
import time
import traceback
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..load import WORKBOOK_SUFFIXES

DONE, UP_TO_DATE, UNREADABLE, FAILED = "完成", "已是最新", "无法读取", "处理失败"
PDF_PREFIX = ".juesuan-pdf-"  # the temporary folder of one LibreOffice call, in the output folder


@dataclass(frozen=True)
class Options:
    out: str
    pdf: bool = False
    force: bool = False
    consolidate: bool = False  # return the partial sums of the 部门汇总
    write: bool = True  # False: analysis only (rows and findings, no files)


def outputs(stem: str, opts: Options, source: Path | None = None) -> dict[str, Path]:
    """The unit's output files; a workbook input keeps its own kind (.xlsx stays .xlsx)."""
    out = Path(opts.out)
    suffix = source.suffix.lower() if source is not None and source.suffix.lower() in WORKBOOK_SUFFIXES else ".xlsm"
    paths = {"xlsm": out / f"{stem}{suffix}", "docx": out / f"{stem}.docx"}
    if opts.pdf:
        paths["pdf"] = out / f"{stem}.pdf"
    return paths


def up_to_date(source: Path, stem: str, opts: Options) -> bool:
    """Every output exists and is newer than the input."""
    if opts.force:
        return False
    mtime = source.stat().st_mtime
    return all(p.exists() and p.stat().st_mtime >= mtime for p in outputs(stem, opts, source).values())


def _read(source: Path):
    """(data, findings, locator or None, workbook or None) or raises ReadError."""
    from ..load import load_unit
    from ..sources.datafile import DataFileError
    from ..workbook.edit import WorkbookError

    try:
        u = load_unit(source, keep_workbook=True)
    except (DataFileError, WorkbookError) as exc:
        raise ReadError(str(exc)) from None
    return u.data, u.findings, u.locator, u.workbook


class ReadError(Exception):
    """The unit's file cannot be read at all (message in Chinese)."""


def process_unit(source: str | Path, stem: str, opts: Options) -> tuple[dict, list[dict], Any]:
    """One unit: (summary row, findings, (data, 错误 count) for the 汇总 or None)."""
    source = Path(source)
    row: dict[str, Any] = {"source": str(source), "stem": stem, "unit": "", "status": "", "reason": ""}
    try:
        data, read_findings, locator, wb = _read(source)
    except ReadError as exc:
        row.update(status=UNREADABLE, reason=str(exc))
        return row, [], None
    except Exception as exc:  # a bug must not stop the batch: the unit is listed with its reason
        row.update(status=FAILED, reason=f"{type(exc).__name__}: {exc}")
        return row, [], None
    row["unit"] = data.unit.name
    try:
        from ..report import analyze

        report = analyze(data, read_findings)
        row.update(key_figures(report))
        findings = [finding_row(data.unit.name, stem, f, locator) for f in report.findings]
        if not opts.write:
            row["status"] = DONE
        elif up_to_date(source, stem, opts):
            row["status"] = UP_TO_DATE
        else:
            _write(report, locator, wb, outputs(stem, opts, source))
            row["status"] = DONE
    except Exception as exc:
        row.update(status=FAILED, reason=f"{type(exc).__name__}: {exc}")
        row["trace"] = traceback.format_exc(limit=3)
        return row, [], (data, 1)
    return row, findings, (data, report.errors)


def _write(report, locator, wb, paths: dict[str, Path]) -> None:
    from ..export import word
    from ..export.document import write_atomic

    paths["xlsm"].parent.mkdir(parents=True, exist_ok=True)
    if wb is not None:  # the unit's own workbook, its output sheets recalculated
        from ..workbook.edit import save_recalc

        save_recalc(wb, report, paths["xlsm"])
    else:
        from ..workbook.build import build

        write_atomic(paths["xlsm"], build(report.data, report))
    write_atomic(paths["docx"], word.build(report))
    if "pdf" in paths:  # a stale PDF must not look up to date: it is redone in the batch's call
        paths["pdf"].unlink(missing_ok=True)


def key_figures(report) -> dict[str, Any]:
    """The unit's key figures for 单位一览 (Decimal, or None where not computable)."""
    from ..core.compare import rate, ratio
    from ..core.figures import PLAN

    f = report.figures
    spend = f.spending.total.get("final")
    staff = report.data.people.get("staff_average")
    return {
        "code": report.data.unit.code or "", "parent": report.data.unit.parent or "",
        "year": report.data.unit.year, "kind": report.data.unit.kind or "",
        "income_final": f.income.total.get("final"), "spending_final": spend,
        "execution_rate": rate(spend, f.spending.total.get(PLAN)),
        "three_public_final": f.three_public.total.get("final"),
        "staff_average": staff, "per_capita": ratio(spend, staff),
        "errors": report.errors, "warnings": report.warnings, "notes": report.notes,
    }


def finding_row(unit: str, stem: str, f, locator=None) -> dict[str, str]:
    place = (locator.address(f.path) if locator is not None else "") or f.location
    return {"unit": unit, "stem": stem, "level": f.level.value, "code": f.code, "message": f.message,
            "location": place}


_PROFILE: Path | None = None


def _profile() -> Path:
    """This process's LibreOffice profile, made once and reused by every call of the process."""
    global _PROFILE
    if _PROFILE is None:
        import atexit

        _PROFILE = Path(tempfile.mkdtemp(prefix=f"juesuan-lo-{os.getpid()}-"))
        atexit.register(shutil.rmtree, _PROFILE, True)
    return _PROFILE


PDF_START_SECONDS, PDF_SECONDS_EACH = 60, 20


def _made(pdf: Path) -> Path | None:
    return pdf if pdf.is_file() else None


def pdf_timeout(documents: int) -> int:
    """Seconds one LibreOffice call may take for ``documents``: about 1.5 s a document on a quiet
    machine, 6 s seen on a busy one (nice 19, load 15), so a fixed limit cut every chunk of 100."""
    return PDF_START_SECONDS + PDF_SECONDS_EACH * documents


def convert_pdfs(docx: list[Path], opts: Options) -> dict[Path, str]:
    """PDFs of ``docx`` in ONE LibreOffice call with this process's profile; docx → error ("" = ok)."""
    from ..export import pdf_fonts
    from ..export.document import write_atomic
    from ..export.office import ConversionError, convert_many, find_soffice

    if not docx:
        return {}
    if find_soffice() is None:
        return {d: "未找到 LibreOffice，未生成 PDF" for d in docx}
    out = Path(opts.out)
    with tempfile.TemporaryDirectory(prefix=PDF_PREFIX, dir=out) as tmp:
        missing = "LibreOffice 未能生成 PDF"
        try:
            made = convert_many(docx, "pdf", Path(tmp), profile=_profile(), profile_xcu=pdf_fonts.profile_xcu(),
                                timeout=pdf_timeout(len(docx)))
        except ConversionError as exc:  # a timeout: the documents converted before it are kept
            made = {d: _made(Path(tmp) / f"{d.stem}.pdf") for d in docx}
            missing = str(exc)
        result = {}
        for d, pdf in made.items():
            if pdf is None:
                result[d] = missing
                continue
            write_atomic(d.with_suffix(".pdf"), pdf.read_bytes())
            result[d] = ""
        return result


_FROZEN = False


def collect_garbage() -> None:
    """The last unit's garbage freed now. A Word document is a reference cycle (package and parts)
    holding its whole XML tree, freed only when Python's collector runs, which counts objects, not
    bytes: left to it, several documents pile up and a worker's memory grows. After the first unit
    the long-lived objects (modules, fonts, the chart figures) are frozen out of the collector, so
    that collecting after every unit costs about 1% of a unit instead of 5%."""
    global _FROZEN
    gc.collect()
    if not _FROZEN:
        gc.freeze()
        _FROZEN = True


def process_batch(items: list[tuple[str, str]], opts: Options) -> dict[str, Any]:
    """Several units in one worker call: rows, findings, PDFs in one LibreOffice run, partial sums,
    and this call's CPU and wall seconds with the worker's process id (for the benchmark)."""
    cpu, wall = _cpu_seconds(), time.perf_counter()
    rows, findings = [], []
    acc = None
    if opts.consolidate:
        from .consolidate import Accumulator

        acc = Accumulator()
    for source, stem in items:
        row, found, unit = process_unit(source, stem, opts)
        collect_garbage()
        rows.append(row)
        findings.extend(found)
        if acc is not None:
            if unit is None:
                acc.add(None, source=Path(source).name, reason=row["reason"] or row["status"])
            else:
                acc.add(unit[0], unit[1], source=str(source))
    if opts.pdf and opts.write:
        pending = {Path(opts.out) / f"{r['stem']}.docx": r for r in rows if r["status"] in (DONE, UP_TO_DATE)}
        pending = {d: r for d, r in pending.items() if not d.with_suffix(".pdf").exists()}
        for d, error in convert_pdfs(list(pending), opts).items():
            if error:
                pending[d]["reason"] = error
    return {"rows": rows, "findings": findings, "sums": acc,
            "work": {"pid": os.getpid(), "cpu": _cpu_seconds() - cpu, "wall": time.perf_counter() - wall}}


def _cpu_seconds() -> float:
    """CPU seconds of this process and of its ended children (LibreOffice)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def as_number(value: Any) -> float | int | None:
    """A figure as Excel stores it (display boundary only)."""
    if isinstance(value, Decimal):
        return float(value)
    return value
