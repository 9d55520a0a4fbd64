"""Places in a .txt as an editor shows them: 第N行 counts line breaks only (a PDF text copy's form feeds,
one a page, are no lines), and a paragraph joined from a copy's wrapped lines is placed at the line where
the quoted sentence starts, not at the paragraph's first line. A section is named down to its sub-heading
as the document numbers it: 「五（三）…」, not only 「五、…」."""

from __future__ import annotations

from pathlib import Path

from juesuan.review import review_path
from juesuan.review.blocks import Block
from juesuan.review.extract import editor_lines
from juesuan.review.places import sections

PUBLISHED = Path(__file__).parent / "data" / "published"


def _line_of(text: str, words: str) -> int:
    return next(n for n, line in enumerate(text.split("\n"), start=1) if words in line.replace(" ", ""))


def test_form_feeds_are_no_lines():
    assert editor_lines("一\n二\f\n\f三\r\n四\n") == ["一", "二", "三", "四"]


def test_a_finding_is_placed_at_the_line_its_sentence_starts(tmp_path):
    """The published 生态环境局 text copy (pdftotext: a form feed a page, lines wrapped): each finding's
    第N行 is the line where its quoted sentence starts, counted as an editor counts."""
    source = PUBLISHED / "putuo_sthj_2025.txt"
    text = source.read_text(encoding="utf-8")
    assert text.count("\f") > 5
    found = review_path(source)
    assert found
    for f in found:
        start = _line_of(text, f.quote[:12])
        assert f.place.startswith(f"第{start}行"), (f.place, f.quote)


def test_sections_name_the_sub_heading():
    texts = ["第三部分 上海市XX局2025年度部门决算情况说明", "五、一般公共预算财政拨款支出决算情况说明",
             "（一）一般公共预算财政拨款支出决算总体情况", "一般公共预算财政拨款支出100.00万元。",
             "（三）一般公共预算财政拨款支出决算具体情况。一般公共预算财政拨款支出决算中，……", "其中：……",
             "六、一般公共预算财政拨款基本支出决算情况说明", "人员经费10.00万元。"]
    assert sections([Block(t, f"第{n}行") for n, t in enumerate(texts, start=1)])[2:] == [
        "五（一）一般公共预算财政拨款支出决算总体情况", "五（一）一般公共预算财政拨款支出决算总体情况",
        "五（三）一般公共预算财政拨款支出决算具体情况", "五（三）一般公共预算财政拨款支出决算具体情况",
        "六、一般公共预算财政拨款基本支出决算情况说明", "六、一般公共预算财政拨款基本支出决算情况说明"]
