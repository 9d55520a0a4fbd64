"""A finding on a table's row gives where the row is printed: the page of a PDF table running over pages (not
the page the table starts on), the line of a text copy's table (not its first line)."""

from __future__ import annotations

import re

import pdfplumber

from juesuan.review import review_blocks, review_path
from juesuan.review.extract import read
from tests.test_review_pdf_split_rows import build


def test_a_row_overleaf_is_placed_on_its_page(tmp_path):
    # the 支出决算表 (公开03) starting low on a page: its last rows overleaf, 2210203's 合计 made wrong there
    path, _ = build(tmp_path / "t.pdf", 20, {"2210203": "212.20"})
    with pdfplumber.open(path) as pdf:
        texts = [re.sub(r"\s", "", p.extract_text() or "") for p in pdf.pages]
    printed = next(n for n, t in enumerate(texts, 1) if "212.20" in t)
    starts = next(n for n, t in enumerate(texts, 1) if "公开03表" in t)
    assert printed > starts  # the row stands overleaf
    found = [f for f in review_blocks(read(path)) if f.figure == "212.20"]
    assert found and all(f.place.startswith(f"第{printed}页") for f in found), [f.place for f in found]


def test_a_text_tables_row_is_placed_on_its_line(tmp_path):
    rows = [("208", "社会保障和就业支出", "471.44", "460.67", "10.77"),
            ("20805", "行政事业单位养老支出", "460.67", "460.67", "0.00"),
            ("20808", "抚恤", "10.77", "0.00", "10.77"), ("221", "住房保障支出", "409.89", "409.89", "0.00"),
            ("22102", "住房改革支出", "409.89", "409.89", "0.00"),
            ("", "合计", "891.33", "870.56", "10.77")]  # 881.33
    head = "科目编码    科目名称              本年支出合计      基本支出      项目支出"
    lines = ["支出决算表", "公开03表", "单位：万元", head,
             *(f"{c:<10}{n:<20}{a:>12}{b:>14}{p:>14}" for c, n, a, b, p in rows)]  # (pdftotext -layout)
    path = tmp_path / "t.txt"
    path.write_text("\n".join(lines) + "\n注：本表反映部门本年度各项支出情况。\n", encoding="utf-8")
    found = [f for f in review_path(path) if f.figure == "891.33"]
    assert found and all(f.place.startswith("第10行") for f in found), [f.place for f in found]
