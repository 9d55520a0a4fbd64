"""Entry points of the workbook's buttons (VBA ``RunPython``): one function per button.

Kept light: importing this package imports nothing heavy; xlwings and the engine are imported
when a button runs, and matplotlib/python-docx only by 导出报告.
"""

from __future__ import annotations

import sys


def _import_xlwings():
    """xlwings imports matplotlib and pandas at import time when they are installed, for features
    the buttons never use (a third of a second at every click). Hide them while xlwings loads;
    the export imports matplotlib itself when it needs it."""
    if "xlwings" in sys.modules:
        return sys.modules["xlwings"]
    hidden = [name for name in ("matplotlib", "pandas") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # makes `import name` raise ImportError
    try:
        import xlwings
    finally:
        for name in hidden:
            sys.modules.pop(name, None)
    return xlwings


def _run(action: str, book=None):
    try:
        from .live import run

        if book is None:
            book = _import_xlwings().Book.caller()
    except Exception:  # before a book to show a message in: the message box of RunPython shows this one
        import traceback

        from ..export.files import write_log

        log = write_log(traceback.format_exc())
        raise RuntimeError(f"juesuan 无法启动（xlwings 或 juesuan 未正确安装）。错误详情已写入：{log}") from None
    return run(book, action)


def recalculate(book=None):
    """重新计算: read the inputs, check, fill the analysis sheets, the report text and the charts."""
    return _run("recalculate", book)


def check(book=None):
    """审核: run the checks and fill 审核结果 only."""
    return _run("check", book)


def export_report(book=None):
    """导出报告: the Word report (and PDF) next to the workbook."""
    return _run("export_report", book)


def roll_over(book=None):
    """结转下年: next year's workbook as a new file; this one is left untouched."""
    return _run("roll_over", book)


def disclose(book=None):
    """生成公开: the nine public tables on 决算公开, and the 公开 Word/PDF and Excel beside the workbook."""
    return _run("disclose", book)


def review(book=None):
    """审阅: proofread the report pasted on the 审阅 sheet (or the file named there)."""
    return _run("review", book)


def summarize(book=None):
    """汇总 (the 汇总 workbook): read the listed unit workbooks, fill 单位一览, 审核汇总 and 部门汇总."""
    return _run("summarize", book)
