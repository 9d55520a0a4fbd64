"""``juesuan import-tables`` (导入公开表): the public tables' 决算数 into a data file."""

from __future__ import annotations

import sys
from pathlib import Path

from .common import READ_CHECK, input_file, not_an_input, outcome, print_findings
from .exits import Unreadable


def add_parser(sub) -> None:
    i = sub.add_parser("import-tables", help="导入公开表：把九张公开表（.xlsx）的决算数写入数据文件")
    i.add_argument("tables", help="公开表工作簿（.xlsx），按表名和列标题识别")
    i.add_argument("data", help="要写入的数据文件（.toml；旧文件保留为 .bak）")
    i.set_defaults(func=run)


def run(args) -> int:
    from ..disclosure.import_write import same
    from ..disclosure.importer import ImportError_, import_tables
    from ..export.files import write_atomic
    from ..sources.datafile import parse_document, read_document
    from ..workbook.edit import check_size

    target = Path(args.data)
    check_size(input_file(args.tables, "公开表工作簿"))  # the workbook limits, before any parsing
    if target.is_dir():
        raise Unreadable(f"{target} 是一个文件夹，不是数据文件。请给出要写入的 .toml 文件。")
    not_an_input(target, args.tables)
    document = read_document(target) if target.exists() else {"schema": 1, "unit": {}}
    try:
        new, findings = import_tables(args.tables, document)
    except ImportError_ as exc:
        raise Unreadable(str(exc)) from None
    refused = [f for f in findings if f.level.value == "错误"]
    if refused:
        print_findings(findings, sys.stdout, title=READ_CHECK)
        print(f"公开表中有无法确定读出的内容，未写入 {target}。请按上面的提示修改工作簿后重新导入。")
        return outcome(findings)
    data, more = parse_document(new)
    findings = [*findings, *more]
    print_findings(findings, sys.stdout, title=READ_CHECK)  # reading and the tables' sums, not an audit
    unchanged = f"数据文件 {target} 已与公开表一致，未改动。"
    if target.exists() and same(document, new):
        print(unchanged)
        return outcome(findings)
    text = _text(target, data, document, new)
    if target.exists() and text == target.read_bytes():
        print(unchanged)
        return outcome(findings)
    backup = write_atomic(target, text)
    print(f"已写入 {target}" + (f"（原文件保留为 {backup.name}）" if backup else ""))
    return outcome(findings)


def _text(target: Path, data, document: dict, new: dict) -> bytes:
    """An existing file edited in place (comments, order and untouched keys kept byte for byte); a new
    file, or one whose layout cannot take the edit, written whole."""
    from ..disclosure.import_write import NotEditable, edited

    if target.exists():
        raw = target.read_bytes()
        bom = raw.startswith(b"\xef\xbb\xbf")
        try:
            return (b"\xef\xbb\xbf" if bom else b"") + edited(raw.decode("utf-8-sig"), document, new).encode("utf-8")
        except NotEditable:
            print(f"数据文件 {target} 的排版无法逐项修改，已整体重写（注释未能保留，原文件见 .bak）。")
    return _whole(data, document).encode("utf-8")


def _whole(data, document: dict) -> str:
    """The data file's text; a unit name or year the file did not give stays missing (never the
    parser's placeholder), so the data file's own E-UNIT-NAME/E-UNIT-YEAR keep firing."""
    import tomli_w

    from ..sources.datafile import to_document

    doc = to_document(data)
    unit = document.get("unit")
    given: dict = unit if isinstance(unit, dict) else {}
    for key in ("name", "year"):
        if key not in given:
            doc["unit"].pop(key, None)
    return tomli_w.dumps(doc, multiline_strings=True)
