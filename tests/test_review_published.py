"""审阅 on whole published documents of one district (tests/data/published/*.txt: the PDF's text,
line-broken as extracted): the publishers' own errors found with their correct values, and
nothing else (docs/published-comparison.md lists the errors, checked by hand)."""

from __future__ import annotations

from pathlib import Path

from juesuan.review import review_path
from juesuan.review.extract import read_text

HERE = Path(__file__).parent / "data" / "published"


def _found(name: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.figure, f.expected.split("（")[0]) for f in review_path(HERE / f"{name}.txt")]


def test_pdf_lines_are_joined_into_paragraphs() -> None:
    """A figure on the line after its 项 belongs to that 项's paragraph; headings stay alone."""
    text = (HERE / "putuo_wenlv_2025.txt").read_text(encoding="utf-8")
    blocks = read_text(text)
    item = next(b for b in blocks if b.text.startswith("8、"))
    assert "807.09万元，支出决算为841.30万元" in item.text
    assert any(b.text == "（一）一般公共预算财政拨款支出决算总体情况" for b in blocks)
    assert any(b.text == "第三部分上海市普陀区文化和旅游局2025年度部门决算情况说明" for b in blocks)


def test_sthj_rate_of_change() -> None:
    found = _found("putuo_sthj_2025")
    assert ("R-PERCENT", "2.60%", "2.59%") in found


def test_wenlv_share_and_no_cross_item_same() -> None:
    found = _found("putuo_wenlv_2025")
    assert ("R-SHARE", "6.08%", "6.09%") in found
    assert not [f for f in found if f[0] == "R-SAME"]
