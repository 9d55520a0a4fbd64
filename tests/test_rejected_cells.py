"""One rejected input cell is one problem: its own finding names the cell, and nothing else is
reported because of it (not a blank read as 0 that unbalances every total it is in, not a total
"未填写", not a reason "缺少本年决算"). The accountant corrects the cell and clicks again."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from juesuan.core.findings import Level
from juesuan.core.parse import parse
from juesuan.report import analyze
from juesuan.sources.datafile import read_document

UNIT = Path(__file__).parent / "golden" / "xingzheng.toml"


@pytest.fixture(scope="module")
def document() -> dict:
    return read_document(UNIT)


def findings_of(doc):
    data, read = parse(doc)
    return analyze(data, read).findings


def _places(findings):
    return {(f.code, f.path) for f in findings}


def _row(doc, table: str, **key):
    return next(r for r in doc[table] if all(r.get(k) == v for k, v in key.items()))


CELLS = [  # (table, row key, column): cells a person types as text with thousands separators
    ("income", {"item": "一般公共预算财政拨款收入"}, "final"),
    ("spending", {"item": "人员经费"}, "final"),
    ("functions", {"code": "2010301"}, "final"),
    ("functions", {"code": "2010302"}, "adjusted_budget"),
    ("controlled", {"item": "公务接待费"}, "final"),
]


@pytest.mark.parametrize(("table", "key", "column"), CELLS)
def test_a_cell_typed_as_text_is_one_finding_naming_it(document, table, key, column):
    clean = findings_of(document)
    assert [f for f in clean if f.level is Level.ERROR] == []
    doc = copy.deepcopy(document)
    row = _row(doc, table, **key)
    row[column] = f"{row[column]:,.2f}"  # 「8,450,000.00」: a number stored as text
    found = findings_of(doc)
    errors = [f for f in found if f.level is Level.ERROR]
    assert [f.code for f in errors] == ["E-NOT-NUMBER"]
    assert errors[0].path == (table, doc[table].index(row), column)
    # nothing new besides it: the comparisons the cell is in are left out until it is corrected
    assert _places(found) - _places(clean) == {("E-NOT-NUMBER", errors[0].path)}


def test_a_negative_cell_leaves_its_total_uncomputed_not_zero(document):
    doc = copy.deepcopy(document)
    _row(doc, "income", item="其他收入")["final"] = -150000
    data, read = parse(doc)
    report = analyze(data, read)
    assert [f.code for f in report.findings if f.level is Level.ERROR] == ["E-NEGATIVE"]
    assert report.figures.income.total.get("final") is None
    text = report.text()
    assert "决算0.00元" not in text and "其他收入0.00元" not in text
    assert "非财政拨款收入的本年决算未填写完整（见审核结果），不作分析。" in text


def test_a_rejected_spending_total_is_said_as_such_not_as_never_filled(document):
    doc = copy.deepcopy(document)
    _row(doc, "spending", item="人员经费")["final"] = "6,100,000.00"
    data, read = parse(doc)
    text = analyze(data, read).text()
    assert "本年决算未填写完整（见审核结果），本年支出合计及相关分析不计算。" in text
    assert "未填写上年决算" not in text and "未填写本年决算" not in text
    assert "\n其中：" not in text  # no 「其中：」 list without the sentence it belongs to


# -- names an accountant types for parents (the walk of 云溪区农业农村委员会, a 政府性基金 unit) --------------

def test_fund_and_enterprise_parents_typed_by_name_are_known(document):
    doc = copy.deepcopy(document)
    doc["functions"] += [{"name": "城乡社区支出"}, {"name": "国有土地使用权出让收入安排的支出"},
                         {"code": "2120804", "name": "农村基础设施建设支出", "final": 0}]
    doc["economics"] = [{"name": "对企业补助"}, {"code": "31204", "name": "费用补贴", "final": 1000}]
    data, read = parse(doc)
    assert [f for f in read if f.code == "E-CODE-MISSING"] == []
    report = analyze(data, read)
    names = {x["key"]: x["name"] for x in report.as_dict()["groups"]["economics"]["lines"]}
    assert names["312"] == "对企业补助"  # a derived 类 has its name, not 「3121,000.00元」 in the text
    assert "对企业补助1,000.00元" in report.text()


def test_income_lines_say_completion_rate_spending_lines_execution_rate(document):
    report = findings_of.__globals__["analyze"](*parse(document))
    text = report.text()
    assert "一般公共预算财政拨款收入调整预算8,600,000.00元、决算8,450,000.00元，完成率98.26%" in text
    assert "一般公共服务支出调整预算6,600,000.00元、决算6,350,000.00元，执行率96.21%" in text
    labels = {k: [col.label for col in t.columns] for k, t in report.tables.items()}
    assert "完成率" in labels["final_by_income"] and "执行率" not in labels["final_by_income"]
    assert "执行率" in labels["final_by_nature"] and "执行率" in labels["final_by_function"]
