"""The thirty-fourth stand-in district, 上海市鹭洲区 (tests/data/review_adv/unit_lz_*.py, all three sealed when
written; 区府办 and 区侨联 opened 2026-12-08 by rev66, 精神卫生中心 sealed): its expected files are
unit_lz_expected.py's output, its offices' habits are as tests/data/review_adv/README.md says, and its exports are as
the offices set them. The district is registered in tests/test_review_adv.py (DISTRICTS, ALL_SEALED, STYLES,
TABLE_STYLES, LAYOUTS), whose generic tests (schema, make.py's output, rendering) cover it too. The sealed document's
findings are not read here: bench_review_adv.py prints its totals only."""

from __future__ import annotations

import pytest
from docx import Document as Docx
from docx.enum.section import WD_ORIENT

from tests import test_review_adv as adv

IDS = adv.DISTRICTS["上海市鹭洲区"]
OPENED = ("luzhou-fuban-2024", "luzhou-qiaolian-2024")  # opened since by rev66 (unit_lz_expected.OPENED)


@pytest.mark.parametrize("doc_id", IDS)
def test_thirty_fourth_district_expected_files_are_computed(doc_id):
    """Each error and its correct value computed in Decimal in the same record as the replacement make.py puts in;
    all three sealed when written (held_out, no opened); 区府办 and 区侨联 opened 2026-12-08 by rev66."""
    adv.test_fourth_and_later_district_expected_files_are_computed(doc_id, "unit_lz_expected")
    assert adv.load(doc_id).sealed == (doc_id not in OPENED)


def test_thirty_fourth_district_counts():
    docs = [adv.load(i) for i in IDS]
    assert [len(d.expected["errors"]) for d in docs] == [8, 7, 7]
    tables = [e for d in docs for e in d.expected["errors"] if e.get("where") == "table"]
    assert len(tables) == 4 and {e["section"][:4] for e in tables} == {"公开01", "公开03", "公开05", "公开07"}
    assert all(r.startswith(e["section"][:4] + " ") for e in tables for r in e["rows"])
    for d in docs:  # every error's figure differs from its correct value, and the sections vary
        assert all(e["figure"] != e["correct"] for e in d.expected["errors"])
        assert len({e["section"] for e in d.expected["errors"]}) >= 6
    assert [len(d.expected.get("tolerated", [])) for d in docs] == [1, 0, 1]


def test_thirty_fourth_district_habits():
    """区府办 writes separators, 「同比」, 项 as 「（N）…（code）：决算…万元（基本支出）」 under
    「N.…（类）…（款）」 lines and its 单位构成 as a run of 「（N）…」; 区侨联 「区侨联」, rates to one place,
    「预决算持平。」 and empty 公开08/09 said so; 精神卫生中心 no separators, 「本中心」, 「比年初预算…万元增加…万元」
    and 医疗收入 in brackets."""
    fb = adv.clean("luzhou-fuban-2024")
    assert "（1）行政运行（2010301）：决算1,862.45万元（基本支出），年初预算1,810.00万元" in fb.text
    assert "1.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）" in fb.text
    assert "（2）上海市鹭洲区地方志办公室（参照公务员法管理的事业单位）" in fb.text and "同比增加" in fb.text
    assert "专项业务活动（2010305）" in fb.text and "（2010302）：决算624.80万元（项目支出）" in fb.text
    ql = adv.clean("luzhou-qiaolian-2024")
    assert "（以下简称“区侨联”）" in ql.text and "二、机构设置" in ql.text and "完成年初预算的103.5%。" in ql.text
    assert ql.text.count("预决算持平。") == 3 and "故公开08表为空表" in ql.text and "增长14.0%。主要原因是" in ql.text
    jw = adv.clean("luzhou-jingwei-2024")
    body = jw.text.split("第三部分")[1]
    assert "本中心" in body and "1,6" not in body and "（均为医疗收入，其中：门诊收入4126.58万元" in body
    assert "比年初预算1520.00万元增加85.00万元，完成年初预算的105.59%" in body
    assert "不涉及机关运行经费" in body and "支出总计21510.19万元" in body


def test_thirty_fourth_district_exports(tmp_path):
    """区府办 「第 N 页」, a running header, two landscape tables, 公开05 cut with 「续表」; 区侨联 「- N -」, the code
    whole in a 「科目编码」 column, 「单位：万元」 on each title line; 精神卫生中心 「第N页 共M页」, a dotted 目录,
    公开01/06 landscape, a 「栏次」 row."""
    doc = adv.load("luzhou-fuban-2024")
    word = Docx(str(adv.build_docx(doc, tmp_path / "fuban.docx")))
    assert word.sections[0].footer.paragraphs[0].text.startswith("第 1")
    assert word.sections[0].header.paragraphs[0].text.startswith(doc.unit)
    assert sum(s.orientation == WD_ORIENT.LANDSCAPE for s in word.sections) >= 1
    assert sum(p.text == "续表" for p in word.paragraphs) == 1
    word = Docx(str(adv.build_docx(adv.load("luzhou-qiaolian-2024"), tmp_path / "qiaolian.docx")))
    assert word.sections[0].footer.paragraphs[0].text.startswith("- 1")
    assert sum(p.text.endswith("\t单位：万元") for p in word.paragraphs) == 9
    assert any(c.text == "科目编码" for t in word.tables for r in t.rows for c in r.cells)
    word = Docx(str(adv.build_docx(adv.load("luzhou-jingwei-2024"), tmp_path / "jingwei.docx")))
    assert word.sections[0].footer.paragraphs[0].text.startswith("第1页 共")
    assert sum(s.orientation == WD_ORIENT.LANDSCAPE for s in word.sections) >= 1
    assert any(c.text == "栏次" for t in word.tables for r in t.rows for c in r.cells)
