"""The seventeenth district (上海市雁滨区, tests/data/review_adv/unit_yb_*.py): its exports as the offices set them, and
make.py's 经营收入/经营支出 (the 殡葬管理所's, an optional item field, zero for every earlier unit)."""

from __future__ import annotations

import sys
from decimal import Decimal

from docx import Document as Docx
from docx.enum.section import WD_ORIENT

from tests.test_review_adv import DATA, DISTRICTS, _made, build_docx, load


def test_business_income_and_spending_reach_the_tables():
    """The 殡葬管理所's 经营收入 is printed in 公开01 and 公开02, its 经营支出 in 公开03 and in the 本年支出合计; the
    收入/支出 totals still close with the 结转结余 (make.Unit's own check)."""
    mod, _, tables = _made("yanbin-binzang-2024")
    item = mod.FIGURES["items"]["2081004"]
    jy, oj = Decimal(item["jy"]), Decimal(item["oj"])
    assert jy and oj
    left = {r[0]: r[1] for r in tables["公开01"]["rows"]}
    assert left["六、经营收入"] == f"{jy:,.2f}" and left["四、上级补助收入"] == "0.00"
    income, spend = tables["公开02"]["rows"][0], tables["公开03"]["rows"][0]
    assert income[6] == f"{jy:,.2f}" and spend[6] == f"{oj:,.2f}"
    total = Decimal(spend[2].replace(",", ""))
    assert total == sum(Decimal(c.replace(",", "")) for c in spend[3:])
    assert left["本年收入合计"] == income[2] and next(r[3] for r in tables["公开01"]["rows"]
                                                  if r[2] == "本年支出合计") == spend[2]


def test_no_business_income_elsewhere():
    """Every unit written before this one keeps 经营收入/经营支出 at zero (their documents byte-identical:
    test_documents_are_what_make_writes); of the later hands, only those that say so use the fields."""
    path = list(sys.path)
    sys.path[:0] = [str(DATA)]
    try:
        import units
    finally:
        sys.path[:] = path
    # 荻洲 环卫所 (twenty-first set), 沙洲's 镇 (twenty-eighth set) and 碧汀 工人文化宫 (adv37) use the fields too
    using = {"yanbin-binzang-2024", "dizhou-huanwei-2024", "shazhou-zhen-2024",
             "biting-wenhuagong-2024"}
    for mod in units.ALL:
        if mod.FIGURES["id"] not in using:
            assert not any(k in it for it in mod.FIGURES["items"].values() for k in ("sj", "jy", "fs", "oj"))


def test_seventeenth_district_exports(tmp_path):
    """区财政局 「第 N 页」, a 目录 with dotted leaders, its 单位构成 a Word table, headers repeated;
    区人民检察院 a page header with the document's title, 「- N -」, 公开01/06 on landscape pages in 8 pt, headers
    printed once; 殡葬管理所 「第N页 共M页」, 公开02/03 on one landscape section, 公开06 cut by hand with 「续表」;
    all three written sealed (殡葬管理所 opened 2026-12-07 by rev35), each office's own note under its empty
    公开08/09."""
    doc = load("yanbin-caizheng-2024")
    word = Docx(str(build_docx(doc, tmp_path / "caizheng.docx")))
    footer = word.sections[0].footer.paragraphs[0]
    assert footer.text.startswith("第") and "NUMPAGES" not in footer._p.xml
    assert [c.text for c in word.tables[0].rows[0].cells] == ["序号", "单位名称", "单位性质"] and len(word.tables) == 10
    assert any("\t" in p.text and p.text.rstrip().split("\t")[-1].isdigit() for p in word.paragraphs[:40])
    doc = load("yanbin-jianchayuan-2024")
    word = Docx(str(build_docx(doc, tmp_path / "jianchayuan.docx")))
    assert "".join(p.text for p in word.sections[0].header.paragraphs) == f"{doc.unit}2024年度部门决算"
    assert sum(s.orientation == WD_ORIENT.LANDSCAPE for s in word.sections) == 2
    assert not any(t._tbl.xpath(".//w:tblHeader") for t in word.tables)
    word = Docx(str(build_docx(load("yanbin-binzang-2024"), tmp_path / "binzang.docx")))
    assert sum(s.orientation == WD_ORIENT.LANDSCAPE for s in word.sections) == 1
    assert sum(p.text == "续表" for p in word.paragraphs) == 1
    notes = set()
    for doc_id in DISTRICTS["上海市雁滨区"]:
        d = load(doc_id)
        assert (d.sealed or doc_id == "yanbin-binzang-2024") and len(d.expected["errors"]) in (7, 8)
        assert d.tables["公开08"]["rows"][0][2:] == [""] * 6 and len(d.tables["公开09"]["notes"]) == 2
        notes.add(d.tables["公开09"]["notes"][1])
    assert len(notes) == 3  # each office words its empty tables its own way
    assert sum(len(load(i).expected["errors"]) for i in DISTRICTS["上海市雁滨区"]) == 22
