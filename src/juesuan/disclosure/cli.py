"""``juesuan disclose`` (生成公开) and ``juesuan import-tables`` (导入公开表)."""

from __future__ import annotations

import sys
from pathlib import Path

EXIT_OK, EXIT_ERRORS, EXIT_UNREADABLE = 0, 1, 2


def add_parser(sub) -> None:
    d = sub.add_parser("disclose", help="生成决算公开：九张公开表、情况说明、名词解释（Word，可选 PDF/Excel）")
    d.add_argument("source", help="工作簿（.xlsm）或数据文件（.toml）")
    d.add_argument("--pdf", action="store_true", help="同时生成 PDF（需要 LibreOffice）")
    d.add_argument("--xlsx", action="store_true", help="同时生成九张公开表的 Excel 文件")
    d.add_argument("--text", action="store_true", help="在屏幕上输出情况说明")
    d.add_argument("--force", action="store_true", help="覆盖已有文件（旧文件保留为 .bak）；审核有错误时仍生成")
    d.set_defaults(func=run)
    i = sub.add_parser("import-tables", help="导入公开表：把九张公开表（.xlsx）的决算数写入数据文件")
    i.add_argument("tables", help="公开表工作簿（.xlsx），按表名和列标题识别")
    i.add_argument("data", help="要写入的数据文件（.toml；旧文件保留为 .bak）")
    i.set_defaults(func=run_import)


def _print(findings, out) -> None:
    from ..core.findings import Level, count

    print(f"审核结果：错误{count(findings, Level.ERROR)}项，警告{count(findings, Level.WARNING)}项，"
          f"提示{count(findings, Level.INFO)}项", file=out)
    for f in findings:
        print(f"  [{f.level.value}] {f.code} {f.message}" + (f"（{f.location}）" if f.location else ""), file=out)


def run(args) -> int:
    from ..cli import _load
    from ..export.document import ExportError
    from .api import disclose, write_files

    loaded = _load(args.source)
    if loaded is None:
        return EXIT_UNREADABLE
    data, findings, _ = loaded
    result = disclose(data, findings)
    if args.text:
        print(result.text.plain())
    _print(result.findings, sys.stdout)
    if result.errors and not args.force:
        print("审核有错误，未生成公开文件。请改正后重试（或用 --force 仍然生成）。", file=sys.stderr)
        return EXIT_ERRORS
    try:
        written = write_files(result, Path(args.source), pdf=args.pdf, xlsx=args.xlsx, overwrite=args.force)
    except ExportError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    print(f"Word 公开文件：{written.docx}")
    if Path(args.source).suffix.lower() in (".xlsm", ".xlsx"):  # the workbook's 决算公开 sheet, as the button
        from ..workbook.edit import WorkbookError, write_disclosure

        try:
            write_disclosure(args.source, result)
            print(f"九张表已填在工作簿的“决算公开”表：{args.source}")
        except WorkbookError as exc:
            print(f"未能填写工作簿的“决算公开”表：{exc}", file=sys.stderr)
    if written.xlsx:
        print(f"Excel 公开表：{written.xlsx}")
    if args.pdf:
        print(f"PDF 公开文件：{written.pdf}" if written.pdf else f"PDF：{written.message}")
    return EXIT_ERRORS if result.errors else EXIT_OK


def run_import(args) -> int:
    from ..export.document import ExportError, write_atomic
    from ..sources.datafile import DataFileError, dumps, parse_document, read_document
    from .importer import ImportError_, import_tables

    target = Path(args.data)
    try:
        document = read_document(target) if target.exists() else {"schema": 1, "unit": {}}
        new, findings = import_tables(args.tables, document)
    except (DataFileError, ImportError_) as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    data, more = parse_document(new)
    findings = [*findings, *more]
    _print(findings, sys.stdout)
    if target.exists() and parse_document(document)[0] == data:
        print(f"数据文件 {target} 已与公开表一致，未改动。")
        return EXIT_ERRORS if any(f.level.value == "错误" for f in findings) else EXIT_OK
    try:
        write_atomic(target, dumps(data).encode("utf-8"))
    except ExportError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    print(f"已写入 {target}" + (f"（原文件保留为 {target.name}.bak）" if target.with_name(target.name + ".bak").exists()
                               else ""))
    return EXIT_ERRORS if any(f.level.value == "错误" for f in findings) else EXIT_OK
