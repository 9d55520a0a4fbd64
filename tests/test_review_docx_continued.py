"""A .docx whose tables are cut by hand (the first rows, a page break, 「续表」, the rest with its header again
or not), on landscape sections, with 「- N -」 footers (tests/test_review_adv.py LAYOUTS): read as the whole
tables, it reviews as the same document printed plainly. On an open stand-in document."""

from __future__ import annotations

from docx import Document as Docx

from juesuan.review.extract import read
from tests.test_review_adv import LAYOUTS, Layout, build_docx, load, review


def _key(f) -> tuple[str, str, str]:
    return f.code, f.figure, f.expected


def test_tables_cut_by_hand_review_as_whole_tables(tmp_path, monkeypatch):
    doc = load("dongtan-fayuan-2024")
    assert not doc.sealed
    plain = review(build_docx(doc, tmp_path / "plain.docx"))
    monkeypatch.setitem(LAYOUTS, doc.id, Layout(("- ", " -"), landscape=("公开02", "公开03", "公开07"),
                                                continued=(("公开03", 6), ("公开05", 8), ("公开06", 12))))
    laid = review(build_docx(doc, tmp_path / "laid.docx"))
    assert sorted(map(_key, laid)) == sorted(map(_key, plain))


def test_the_rest_under_continued_joins_the_table_above(tmp_path):
    word = Docx()
    head = ["项目", "决算数"]
    for k, rows in enumerate(([head, ["一、工资福利支出", "10.00"]], [head, ["二、商品和服务支出", "5.00"]])):
        if k:
            word.add_paragraph("续表")
        else:
            word.add_paragraph("基本支出决算表")
            word.add_paragraph("单位：万元")
        table = word.add_table(rows=len(rows), cols=2)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
    word.add_paragraph("注：本表反映基本支出情况。")
    word.save(str(tmp_path / "cut.docx"))
    blocks = read(tmp_path / "cut.docx")
    assert [b.rows if b.is_table else b.text for b in blocks] == [
        "基本支出决算表", "单位：万元", [head, ["一、工资福利支出", "10.00"], ["二、商品和服务支出", "5.00"]],
        "注：本表反映基本支出情况。"]
