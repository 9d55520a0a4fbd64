"""``juesuan review X.docx --comments``: a table finding's comment is anchored on its row — the amount cell
the finding names, else the row's name cell — never on the table's header (eyes62 #10)."""

from __future__ import annotations

from docx import Document

from juesuan.review import review_blocks
from juesuan.review.extract import read
from juesuan.review.outputs import commented_docx

ROWS = [["功能分类科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        ["", "合计", "471.44", "460.67", "10.77"],
        ["208", "社会保障和就业支出", "481.44", "460.67", "10.77"],  # 460.67 + 10.77 = 471.44
        ["20805", "行政事业单位养老支出", "460.67", "460.67", "0.00"],
        ["2080505", "机关事业单位基本养老保险", "460.67", "460.67", "0.00"],
        ["20808", "抚恤", "10.77", "0.00", "10.77"]]
# 2080505's name in 公开03: the same code named two ways (R-CODE-NAME on the 公开05 row's name)
T3 = [["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
      ["", "合计", "471.44", "460.67", "10.77"],
      ["2080505", "机关事业单位基本养老保险缴费支出", "460.67", "460.67", ""],
      ["2080505", "机关事业单位基本养老保险缴费支出", "460.67", "460.67", ""]]


def _table(doc, title: str, rows: list[list[str]]) -> None:
    doc.add_paragraph(title)
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value


def _anchored(path) -> list[tuple[int, int, str]]:
    """(table, row, cell text) of each comment anchored in a table cell."""
    doc = Document(str(path))
    out = []
    for t, table in enumerate(doc.tables):
        for r, row in enumerate(table.rows):
            for cell in row.cells:
                if "commentRangeStart" in cell._tc.xml:
                    out.append((t, r, cell.text))
    return out


def test_table_comments_sit_on_the_row_and_cell_they_name(tmp_path):
    doc = Document()
    _table(doc, "支出决算表 公开03表 单位：万元", T3)
    _table(doc, "一般公共预算财政拨款支出决算表 公开05表 单位：万元", ROWS)
    source = tmp_path / "t.docx"
    doc.save(str(source))
    blocks = read(source)
    found = [f for f in review_blocks(blocks) if blocks[f.block].is_table]
    assert found, "the table's errors are found"
    out = tmp_path / "t-审阅.docx"
    out.write_bytes(commented_docx(source, blocks, found))
    anchored = _anchored(out)
    assert len(anchored) == len({(f.block, f.place, f.figure) for f in found})
    assert all(r > 0 for _, r, _ in anchored)  # no comment on a header row
    texts = {text for _, _, text in anchored}
    assert "481.44" in texts  # the 208 row's 合计 cell (R-TABLE-PARENT / R-TABLE-SUM on it)
    figures = {f.figure for f in found} | {row[1] for row in ROWS + T3}
    assert texts <= figures, texts


def _commented_text(path) -> list[str]:
    """The text each paragraph comment is anchored on (between its range start and end)."""
    import re

    doc = Document(str(path))
    out = []
    for p in doc.paragraphs:
        xml = p._p.xml
        for m in re.finditer(r"<w:commentRangeStart[^>]*/>(.*?)<w:commentRangeEnd", xml, re.S):
            out.append("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", m.group(1))))
    return out


def test_a_paragraph_comment_is_anchored_on_the_figure_not_the_whole_paragraph(tmp_path):
    doc = Document()
    p = doc.add_paragraph("本年支出合计")
    p.add_run("1,000.00万元，其中：基本支出700.00")  # the figure starts in one run and ends in the next
    p.add_run("万元，项目支出200.00万元。")
    source = tmp_path / "p.docx"
    doc.save(str(source))
    blocks = read(source)
    found = [f for f in review_blocks(blocks) if f.code == "R-SUM"]
    assert found and found[0].figure == "1,000.00万元"
    out = tmp_path / "p-审阅.docx"
    out.write_bytes(commented_docx(source, blocks, found))
    assert _commented_text(out) == ["1,000.00万元"]
    whole = "本年支出合计1,000.00万元，其中：基本支出700.00万元，项目支出200.00万元。"
    assert Document(str(out)).paragraphs[0].text == whole
