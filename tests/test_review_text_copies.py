"""A report's text copied out of a PDF (pdftotext, plain): its tables became lines of text, one cell a line,
column after column. The titles of the 公开 tables are there but no table is read: each is named as not
checked (R-UNREAD), as the PDF reader names its unread tables, and the review does not say 「未发现…」."""

from __future__ import annotations

import tomllib
from pathlib import Path

from juesuan.review import review_path
from juesuan.review.grid import PUBLIC_TABLES

PUBLISHED = Path(__file__).parent / "data" / "published"


def copied(stem: str) -> str:
    """The published document as pdftotext gives a PDF of it: each table's title, number and unit, then its
    cells column by column, one a line; then the 情况说明 text."""
    data = tomllib.loads((PUBLISHED / f"{stem}.expected.toml").read_text(encoding="utf-8"))
    out = [f"第二部分 {data['unit']}{data['year']}年度部门决算表"]
    for key, table in data["tables"].items():
        out += [table["title"], f"{key[:2]} {key[2:]} 表", f"部门：{data['unit']}", "", "单位：万元", ""]
        width = max(len(r) for r in table["rows"])
        for c in range(width):
            out += [r[c] for r in table["rows"] if c < len(r) and r[c]] + [""]
        out += table.get("notes", [])
    text = (PUBLISHED / f"{stem}.txt").read_text(encoding="utf-8")
    return "\n".join(out) + "\n\f" + text[text.find("第三部分"):]


def test_the_tables_of_a_text_copy_are_named_as_not_checked(tmp_path):
    path = tmp_path / "copy.txt"
    path.write_text(copied("putuo_wenlv_2025"), encoding="utf-8")
    unread = [f.message for f in review_path(path) if f.code == "R-UNREAD"]
    named = [k for k in PUBLIC_TABLES if any(f"的{k}（公开" in m for m in unread)]
    # 公开09 is printed empty (no amounts under its title): nothing left unchecked there
    assert named == list(PUBLIC_TABLES[:8])
    assert all("文字版" in m for m in unread)


def test_the_published_text_without_tables_is_not_flagged():
    assert not [f for f in review_path(PUBLISHED / "putuo_wenlv_2025.txt") if f.code == "R-UNREAD"]
