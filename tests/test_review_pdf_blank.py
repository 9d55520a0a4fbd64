"""What the review says it could not check, on two PDFs that hide it: figures set a few points below the Chinese (the
ONLYOFFICE habit: read whole, nothing to say) and tables printed as their rules only, every cell's text missing (a
scan whose picture is left out, a text layer lost): each such table named with its pages, never a clean review."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from juesuan.review import review_path
from juesuan.review.extract import read
from tests import pdf_docs, pdf_glyphs


def _unread(pdf: Path) -> list[str]:
    return [f.message for f in review_path(pdf) if f.code in ("R-UNREAD", "R-INCOMPLETE")]


@pytest.mark.parametrize("lowered", [5.0])
def test_figures_a_few_points_lower_are_read_and_nothing_is_said(tmp_path, lowered):
    pdf = pdf_glyphs.build(pdf_docs.load("putuo_sthj_2025"), tmp_path / "low.pdf", lowered=lowered)
    blocks = read(pdf)
    assert all(seen == got for seen, got in blocks.coverage.values()), blocks.coverage
    assert _unread(pdf) == []


def test_figures_lowered_onto_the_next_line_are_said_with_their_pages(tmp_path):
    """(9 pt below 16 pt text: each figure on a line of its own; the sentences' 万元 without their digits)"""
    pdf = pdf_glyphs.build(pdf_docs.load("putuo_sthj_2025"), tmp_path / "low.pdf", lowered=9.0)
    said = [m for m in _unread(pdf) if "万元" in m and "读出了旁边的数字" in m]
    assert len(said) == 1 and re.search(r"未读出的在第\d+-\d+页", said[0]), _unread(pdf)


def _rules_only(monkeypatch, tmp_path) -> Path:
    """The 普陀 document with each table's glyphs left out (its rules, title, 公开NN表 and notes printed)."""
    write = pdf_glyphs.write_pdf

    def without_cells(pages, path, **kw):
        for p in pages:
            if p.rules:
                xs = [x for r in p.rules for x in (r[0], r[2])]
                tops = [t for r in p.rules for t in (r[1], r[3])]
                p.glyphs = [g for g in p.glyphs
                            if not (min(xs) <= g[1] <= max(xs) and min(tops) <= g[2] <= max(tops))]
        return write(pages, path, **kw)

    monkeypatch.setattr(pdf_glyphs, "write_pdf", without_cells)
    return pdf_glyphs.build(pdf_docs.load("putuo_sthj_2025"), tmp_path / "rules.pdf")


def test_tables_printed_as_their_rules_only_are_said_each_with_its_pages(monkeypatch, tmp_path):
    said = [m for m in _unread(_rules_only(monkeypatch, tmp_path)) if "没有可读的文字" in m]
    assert len(said) == 1, said
    for part in ("第3页的收入支出决算总表", "第4-5页的收入决算表", "第9-10页的一般公共预算财政拨款基本支出决算表",
                 "第13页的国有资本经营预算财政拨款收入支出决算表"):
        assert part in said[0], said[0]
