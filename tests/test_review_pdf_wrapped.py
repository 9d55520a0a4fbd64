"""Tables printed without rules whose cells wrap (a column too narrow for its figure or name), and
the tables a PDF's reading leaves unread said once each: the way office suites print a 公开 table
with its borders off — each cell's lines centred in its row, a figure broken inside its cell
("4,733.1" over "4"), beside a name broken in its own ("社会保障和就业支" over "出")."""

from __future__ import annotations

from pathlib import Path

import pdfplumber

from juesuan.review import review_blocks
from juesuan.review.extract import read
from tests import pdf_glyphs

SIZE = 9.0
LEADING = 11.0


def _wrap(cell: str, room: float) -> list[str]:
    """The cell's text broken into lines no wider than ``room`` (as a word processor breaks it)."""
    lines, line = [], ""
    for ch in cell:
        if line and pdf_glyphs.width(line + ch, SIZE) > room:
            lines.append(line)
            line = ""
        line += ch
    return [*lines, line] if line else lines


def _table(path: Path, rows: list[list[str]], xs: list[float], *, centred: bool = True,
           after: str = "注：本表反映部门本年度一般公共预算财政拨款支出情况。") -> Path:
    """A 公开05 table without rules: each cell wrapped to its column, its lines centred in the row
    (``centred``; else set from the row's top), figures right-aligned, names left-aligned."""
    p = pdf_glyphs.Page(*pdf_glyphs.A4)
    p.text("一般公共预算财政拨款支出决算表", 150, 50, 15)
    p.text("公开05表", 60, 80, SIZE)
    p.text("单位：万元", 480, 80, SIZE)
    top = 100.0
    for r, row in enumerate(rows):
        cells = [_wrap(cell, xs[c + 1] - xs[c] - 4) for c, cell in enumerate(row)]
        height = max(len(lines) for lines in cells) * LEADING + 6
        for c, lines in enumerate(cells):
            first = top + ((height - len(lines) * LEADING) / 2 if centred else 3)
            for k, line in enumerate(lines):
                room = xs[c + 1] - xs[c] - pdf_glyphs.width(line, SIZE)
                x = xs[c] + (room / 2 if r == 0 else room - 2 if c >= 2 else 2)
                p.text(line, x, first + k * LEADING, SIZE)
        top += height
    p.text(after, 60, top + 10, SIZE)
    return pdf_glyphs.write_pdf([p], path)


ROWS = [["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        ["", "合计", "4,733.14", "3,365.38", "1,367.76"],
        ["208", "社会保障和就业支出", "471.44", "471.44", "0.00"],
        ["2080505", "机关事业单位基本养老保险缴费支出", "229.67", "229.67", "0.00"],
        ["2080506", "机关事业单位职业年金缴费支出", "241.77", "241.77", "0.00"],
        ["211", "节能环保支出", "4,261.70", "2,893.94", "1,367.76"],
        ["21101", "环境保护管理事务", "4,261.70", "2,893.94", "1,367.76"]]
NARROW = [60, 110, 200, 236, 272, 308]  # the amount columns too narrow for "4,733.14": it wraps


def test_figures_wrapped_in_their_cells_beside_wrapped_names_read_as_a_table(tmp_path):
    pdf = _table(tmp_path / "wrapped.pdf", ROWS, NARROW)
    with pdfplumber.open(str(pdf)) as doc:
        assert doc.pages[0].find_tables() == []
        text = doc.pages[0].extract_text()
    assert "4,733.1" in text and "4,733.14" not in text  # the figure is broken in its cell
    blocks = read(pdf)
    tables = [b for b in blocks if b.is_table]
    assert len(tables) == 1 and tables[0].rows[-6:] == ROWS[1:]  # (the header's words wrapped too: its rows)
    assert not blocks.notes and review_blocks(blocks) == []
    wrong = [r[:] for r in ROWS]
    wrong[1][2] = "4,743.14"  # a wrapped figure's: 471.44 + 4,261.70 = 4,733.14
    found = review_blocks(read(_table(tmp_path / "wrong.pdf", wrong, NARROW)))
    assert {(f.code, f.expected) for f in found} == {("R-TABLE-SUM", "4,733.14")}


def test_figure_pieces_whose_row_cannot_be_told_leave_the_table_unread_and_said_once(tmp_path):
    """Cells set from the row's top: the tail of a wrapped figure ("4") stands as near the next
    row's line as its own; the table stays text, and the review says once (its title and its
    number both printed) that it was not checked, with its page."""
    blocks = read(_table(tmp_path / "top.pdf", ROWS, NARROW, centred=False))
    assert not any(b.is_table for b in blocks)
    unread = [f.message for f in review_blocks(blocks) if f.code == "R-UNREAD"]
    assert len(unread) == 1 and "第1页的一般公共预算财政拨款支出决算表（公开05表）未能按表格读取" in unread[0]


def test_no_unread_note_for_a_table_read_an_empty_one_or_a_contents_page(tmp_path):
    """A table read, an empty table (its title, 合计, a note: no amounts) and a 目录 naming the
    tables (each title one under another, no amounts) have no note."""
    empty = _table(tmp_path / "empty.pdf", [ROWS[0], ["", "合计", "", "", ""]], [60, 110, 200, 300, 400, 500],
                   after="说明：本单位本年度没有一般公共预算财政拨款支出，故本表无数据。")
    assert not read(empty).notes
    wide = _table(tmp_path / "wide.pdf", ROWS, [60, 110, 280, 350, 420, 490])
    assert not read(wide).notes and any(b.is_table for b in read(wide))
    p = pdf_glyphs.Page(*pdf_glyphs.A4)
    p.text("目录", 280, 60, 15)
    for k, name in enumerate(("收入支出决算总表", "收入决算表", "支出决算表", "一般公共预算财政拨款支出决算表")):
        p.text(f"{k + 1}、上海市某局2025年度{name}", 60, 100 + 20 * k, 12)
    assert not read(pdf_glyphs.write_pdf([p], tmp_path / "contents.pdf")).notes
