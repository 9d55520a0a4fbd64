"""What real published PDFs do that the fidelity bench's first variants did not (tests/pdf_bench.py, the
variants after 「what real exports do besides」): pages printed sideways, seals and diagonal watermarks over
the text and the tables, figures typed in full width, tables without rules read from them; and the
bench's measure of rows without figures and of pages said unread."""

from __future__ import annotations

from pathlib import Path

import pytest

from juesuan.review.extract import read
from juesuan.review.pdf_lines import group_lines
from tests import pdf_bench, pdf_docs, pdf_glyphs, pdf_measure
from tests.test_review_pdf_bench import _as_read

TEXT = "本年支出决算为1,234.56万元，比上年增加100.00万元，增长8.81%，主要用于保障单位日常运转和各项业务工作。"
NOTE = "注：本表反映部门本年度一般公共预算财政拨款实际支出情况。"


def _grid(amounts: list[tuple[str, str, str]]) -> pdf_docs.Grid:
    body = [[f"20101{k + 1:02d}", f"某某事务支出{k + 1}", *a] for k, a in enumerate(amounts)]
    return pdf_docs.Grid([["科目编码", "科目名称", "合计", "基本支出", "项目支出"]], [], body, [],
                         [2.0, 4.0, 3.0, 3.0, 3.0])


AMOUNTS = [("1,200.00", "1,000.00", "200.00"), ("300.50", "300.50", "0.00"), ("45.25", "40.00", "5.25"),
           ("2,000.00", "1,500.00", "500.00")]


def _doc(tmp_path: Path, *, landscape: bool = False, borders: bool = True, amounts=AMOUNTS, seal: bool = False,
         watermark: str = "", **options) -> Path:
    w = pdf_glyphs.Writer(borders=borders)
    if landscape:
        w.pages[-1] = pdf_glyphs.Page(pdf_glyphs.A4[1], pdf_glyphs.A4[0])
    for _ in range(3):
        w.paragraph(TEXT, 16)
    w.paragraph("某某局2024年度一般公共预算财政拨款支出决算表", 15, center=True, bold=True)
    w.paragraph("单位：万元", 9, right=True)
    w.table(_grid(amounts), 9.0, "")
    w.paragraph(NOTE, 9, indent=False)
    for page in w.pages:
        page.watermark = watermark
        if seal:  # the name's middle glyph (区) upright at the top of the arc, over the second line of text
            page.seals.append((300.0, 2.4 * pdf_glyphs.CM + 28 * 1.5 + 50, "上海市普陀区生态环境局"))
    return pdf_glyphs.write_pdf(w.pages, tmp_path / "doc.pdf", rotate=landscape, **options)


def _read(pdf: Path) -> tuple[list[str], list[list[list[str]]]]:
    blocks = read(pdf)
    return [b.text for b in blocks if not b.is_table], [b.rows for b in blocks if b.is_table]


def _body(rows: list[list[str]]) -> list[list[str]]:
    return [r for r in rows if r and r[0].startswith("201")]


@pytest.mark.parametrize("turned", ["", "270", "ctm"], ids=["rotate-90", "rotate-270", "sideways-ctm"])
def test_a_landscape_page_turned_or_printed_sideways_is_read_upright(tmp_path, turned):
    """A landscape page stored portrait and turned on display (/Rotate 90 or 270), or printed sideways (its
    content drawn turned by the page's matrix, no /Rotate: read by turning the page): text and table read."""
    text, tables = _read(_doc(tmp_path, landscape=True, turned=turned))
    assert text[:3] == [TEXT] * 3
    assert [r[2:] for r in _body(tables[0])] == [list(a) for a in AMOUNTS]


def test_a_seal_and_a_diagonal_watermark_are_neither_text_nor_cells(tmp_path):
    """A red round seal (the unit's name round a circle, each glyph turned; its middle glyph upright over a
    line of text) and 「公开」 at 45° over the text and the table: dropped, the sentences and cells as printed."""
    pdf = _doc(tmp_path, seal=True, watermark="公开")
    with pdf_glyphs_open(pdf) as chars:
        assert {"区", "公", "开"} <= {c["text"] for c in chars}
    text, tables = _read(pdf)
    assert text[:3] == [TEXT] * 3
    assert [r[2:] for r in _body(tables[0])] == [list(a) for a in AMOUNTS]
    assert not any("开" in c or "局" in c for r in tables[0] for c in r)


def pdf_glyphs_open(pdf: Path):
    import contextlib

    import pdfplumber

    @contextlib.contextmanager
    def chars():
        with pdfplumber.open(str(pdf)) as doc:
            yield [c for p in doc.pages for c in p.chars]

    return chars()


WIDE = str.maketrans({chr(0x30 + k): chr(0xFF10 + k) for k in range(10)} | {".": "．", ",": "，"})


def test_full_width_figures_in_an_unruled_table(tmp_path):
    """A table without rules whose figures are typed in full width (「３００．５０」) or with a full-width
    thousands separator (「1，200.00」): read as a table, the full-width figures as ASCII, 「1，200.00」 as
    typed (the rules read its amount and report its width)."""
    typed = [tuple(x.translate(WIDE) if k % 2 else x.replace(",", "，") for x in row) for k, row in enumerate(AMOUNTS)]
    _, tables = _read(_doc(tmp_path, borders=False, amounts=typed))
    assert len(tables) == 1
    assert [r[2:] for r in _body(tables[0])] == [[x if k % 2 else x.replace(",", "，") for x in row]
                                                 for k, row in enumerate(AMOUNTS)]


def test_a_line_reads_a_figure_typed_wholly_in_full_width_as_ascii():
    """Glyph by glyph: 「１，２３４．５６」 becomes 1,234.56 (as ``normalize`` reads text); 「1，234.56」 (widths
    mixed) and a numbered item's 「１．」 stay as they are."""
    def line(text: str) -> str:
        chars = [{"text": ch, "x0": 10.0 * k, "x1": 10.0 * k + 9, "top": 0.0, "bottom": 10.0}
                 for k, ch in enumerate(text)]
        return group_lines(chars)[0].text

    assert line("支出１，２３４．５６万元") == "支出1,234.56万元"
    assert line("支出1，234.56万元") == "支出1，234.56万元"
    assert line("１．收入") == "1．收入"


def test_the_measure_counts_the_label_of_a_row_without_figures():
    """A row whose zeros are blank has no figure: its label still counts (read as a row of its own); run
    into the row before it, it is lost."""
    v = pdf_bench.Variant("truth", zero="")
    perfect = pdf_measure.compare(v, _as_read(v))
    assert perfect.coverage == 1.0 and perfect.false == 0
    blocks = _as_read(v)
    table, k = next((b, i) for b in blocks if b.is_table for i, r in enumerate(b.rows)
                    if r[0].startswith("三、国有资本"))
    assert not any(c[:1].isdigit() for c in table.rows[k - 1] + table.rows[k])  # 公开01: two rows of blank zeros
    for c in (0, 2):  # the second one's labels run into the first one's, its own row lost
        table.rows[k - 1][c] += table.rows[k][c]
    del table.rows[k]
    s = pdf_measure.compare(v, blocks)
    assert s.coverage < 1.0 and sum("label not read" in x for x in s.lost) == 2


def test_the_pages_said_unread_are_parsed_from_the_findings():
    class F:
        def __init__(self, message: str) -> None:
            self.message = message

    found = [F("审阅可能不完整：第3、9-11页的文字无法解码"), F("审阅可能不完整：第2页有无法解码的字符"),
             F("合计不等于各项之和：第5页")]
    assert pdf_measure.said(found) == [2, 3, 9, 10, 11]


def _char(text: str, x: float, top: float, degrees: float, colour=(0,)) -> dict:
    import math

    a, b = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    return {"text": text, "x0": x, "x1": x + 10, "top": top, "bottom": top + 10,
            "matrix": (10 * a, 10 * b, 0, 0, x, top), "non_stroking_color": colour}


def test_a_seal_goes_whole_a_cells_vertical_text_stays():
    """Marks (pdf_marks): a seal's glyphs (askew, a quarter turned at its sides, upright red at its top) all
    go; text turned a quarter alone (a header cell's vertical 「序号」) and the page's black text stay."""
    from juesuan.review.pdf_marks import marks

    red = (1.0, 0.0, 0.0)
    seal = [_char("上", 100, 130, 90, red), _char("海", 105, 112, 60, red), _char("市", 115, 104, 30, red),
            _char("区", 128, 100, 0, red), _char("局", 141, 104, -30, red), _char("章", 151, 112, -60, red)]
    vertical = [_char("序", 400, 300, 90), _char("号", 400, 312, 90)]
    text = [_char(ch, 60 + 12 * k, 130, 0) for k, ch in enumerate("本年支出决算")]
    dropped = marks(seal + vertical + text)
    assert dropped == {id(c) for c in seal}
