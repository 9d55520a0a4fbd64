"""Accountant trial FE on the 情况说明's reasons: a sentence on 一般公共预算财政拨款支出 takes the
unit's 财政拨款 reason where that is all its 财政拨款 (the 分析报告 reads it so), and asks for the
key of its own subject; a reason not given reads as a sentence beside a given 「主要原因是…」."""

from __future__ import annotations

import re

from juesuan.disclosure.api import disclose
from juesuan.sources.datafile import load
from tests.test_published_unit import HERE

GENERAL = '"一般公共预算财政拨款" = "'


def _with_fiscal_key(tmp_path, unit: str):
    """``unit`` with its 一般公共预算财政拨款 reasons typed under 财政拨款 instead (the 原因说明 sheet's word)."""
    text = (HERE / f"{unit}.toml").read_text(encoding="utf-8")
    head, _, tail = text.partition("[reasons.final_vs_budget]\n")
    assert GENERAL in tail
    tail = tail.replace(GENERAL, '"财政拨款" = "', 1)
    src = tmp_path / "u.toml"
    src.write_text(head + "[reasons.final_vs_budget]\n" + tail, encoding="utf-8")
    return disclose(*load(src))


def _paragraphs(result, heading: str) -> list[str]:
    return [p for s in result.text.sections if s.heading.startswith(heading) for p in s.paragraphs]


def test_general_spending_falls_back_to_the_fiscal_reason(tmp_path):
    out = _with_fiscal_key(tmp_path, "putuo_sthj_2025")  # all its 财政拨款 is 一般公共预算
    (head,) = [p for p in _paragraphs(out, "（三）一般公共预算") if p.startswith("一般公共预算财政拨款支出年初预算")]
    assert "决算数大于预算数的主要原因：因人员变动" in head, head
    assert not [f for f in out.findings if f.code == "D-REASON-MISSING"]


def test_not_with_other_fiscal_funds_and_the_key_asked_names_spending(tmp_path):
    out = _with_fiscal_key(tmp_path, "putuo_wenlv_2025")  # has 政府性基金 too: 财政拨款 is not its reason
    (head,) = [p for p in _paragraphs(out, "（三）一般公共预算") if p.startswith("一般公共预算财政拨款支出年初预算")]
    assert "决算数小于预算数的主要原因未填报。" in head, head
    (f,) = [f for f in out.findings if f.code == "D-REASON-MISSING"]
    assert "一般公共预算财政拨款支出决算数" in f.message
    assert "下为“一般公共预算财政拨款支出”填写原因" in f.message and "财政拨款收入" not in f.message


def test_a_missing_reason_reads_as_a_sentence_beside_given_ones():
    out = disclose(*load(HERE.parent / "disclosure_wenhuaguan.toml"))
    plain = out.text.plain()
    assert "原因：未填报" not in plain and "原因是未填报" not in plain
    assert re.search(r"主要原因是[^。]+。[^。]*主要原因未填报。", plain) or "主要原因未填报。" in plain


def _bold(paragraph) -> bool:
    """Whether the paragraph's text prints bold: its runs' own setting, else its style's."""
    runs = [r for r in paragraph.runs if r.text.strip()]
    return all((r.bold if r.bold is not None else bool(paragraph.style.font.bold)) for r in runs)


def test_word_weights_as_the_template():
    """Trial FE-5, against the template's pages: 一、 and （一） bold; the 部分 title centred in regular
    黑体; table titles and header cells regular."""
    from io import BytesIO

    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    from juesuan.disclosure.api import docx_bytes

    doc = Document(BytesIO(docx_bytes(disclose(*load(HERE / "putuo_sthj_2025.toml")))))
    paragraphs = doc.paragraphs
    part = next(p for p in paragraphs if p.text.startswith("第三部分") and p.style.name == "Heading 1")
    assert part.alignment == WD_ALIGN_PARAGRAPH.CENTER and not _bold(part)
    start = paragraphs.index(part)
    headings = [p for p in paragraphs[start:] if p.style.name.startswith("Heading")]
    level1 = [p for p in headings if p.text.startswith(("一、", "五、"))]
    level2 = [p for p in headings if p.text.startswith("（一）")]
    assert level1 and level2 and all(_bold(p) for p in level1 + level2)
    captions = [p for p in paragraphs if p.text == "收入支出决算总表" and p.style.name == "表格标题"]
    assert captions and not _bold(captions[0])
    header = doc.tables[0] if doc.tables[0].rows[0].cells[0].text.strip() == "收入" else \
        next(t for t in doc.tables if t.rows[0].cells[0].text.strip() == "收入")
    cells = [c for row in header.rows[:2] for c in row.cells]
    assert all(not r.bold for c in cells for p in c.paragraphs for r in p.runs if r.text.strip())
