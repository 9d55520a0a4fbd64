"""Issue 9: a report an accountant can hand in on the first try. Each test is an accountant's
input (the 行政单位 of tests/units/xingzheng.toml, typed the way the official tables look, or a
variant of it) → what the report text and the 审核结果 show."""

from __future__ import annotations

import copy
from decimal import Decimal as D
from pathlib import Path

import pytest

from juesuan.core.findings import Level
from juesuan.core.parse import parse
from juesuan.report import analyze
from juesuan.sources.datafile import read_document

UNIT = Path(__file__).parent / "units" / "xingzheng.toml"


@pytest.fixture(scope="module")
def document() -> dict:
    return read_document(UNIT)


def report_of(doc):
    data, read = parse(doc)
    assert [f for f in read if f.level is Level.ERROR] == []
    return analyze(data, read)


def codes(report, level=None):
    return [f.code for f in report.findings if level is None or f.level is level]


def typed_out(doc) -> dict:
    """The same unit with every 类 and 款 row carrying the sum of its children."""
    doc = copy.deepcopy(doc)
    rows = doc["functions"]
    for row in rows:
        kids = [r for r in rows if len(r["code"]) == 7 and r["code"].startswith(row["code"])]
        if len(row["code"]) < 7:
            for column in ("budget", "adjusted_budget", "final", "prior_final"):
                row[column] = sum((r[column] for r in kids), D(0))
    return doc


@pytest.fixture(scope="module")
def report(document):
    return report_of(document)


# -- 1. 功能分类 typed the way the official tables look --------------------------------------------

def test_name_only_parents_give_the_same_report_as_typed_out_parents(document, report):
    typed = report_of(typed_out(document))
    assert report.text() == typed.text()
    assert report.as_dict()["function_detail"] == typed.as_dict()["function_detail"]
    assert [f.as_dict() for f in report.findings] == [f.as_dict() for f in typed.findings]


def test_class_amounts_reach_the_text(report):
    text = report.text()
    assert "一般公共服务支出预算6,600,000.00元、决算6,350,000.00元，执行率96.21%" in text
    assert "住房保障支出比上年增加90,000.00元，同比增长14.06%" in text
    assert "其中：一般公共服务支出；" not in text
    assert "I-NO-PRIOR" not in codes(report)


def test_derived_parents_get_their_official_names(document):
    doc = copy.deepcopy(document)
    doc["functions"] = [r for r in doc["functions"] if len(r["code"]) == 7]
    r = report_of(doc)
    names = {x["key"]: x["name"] for x in r.as_dict()["function_detail"]}
    assert names["201"] == "一般公共服务支出"
    assert names["20103"] == "政府办公厅（室）及相关机构事务"
    assert names["22102"] == "住房改革支出"


def test_a_parent_that_disagrees_with_its_children_is_an_error_naming_its_cell(document):
    doc = copy.deepcopy(document)
    row = next(r for r in doc["functions"] if r["code"] == "20805")
    row["final"] = D("1000000.00")
    r = report_of(doc)
    errors = [f for f in r.findings if f.code == "E-PARENT-SUM"]
    assert len(errors) == 1
    index = doc["functions"].index(row)
    assert errors[0].path == ("functions", index, "final")
    assert "1,000,000.00元" in errors[0].message and "1,010,000.00元" in errors[0].message
    assert errors[0].level is Level.ERROR


# -- 2. reasons always land or say why -------------------------------------------------------------

def test_reasons_by_item_code_and_by_name_reach_the_class_sentence(report):
    text = report.text()
    assert "一般公共服务支出中行政运行比上年增加" in text  # keyed by the 项 name 行政运行
    assert "住房保障支出中住房公积金比上年增加的主要原因是：按规定调整公积金缴存基数。" in text
    assert "一般公共服务支出中一般行政管理事务比调整预算减少" in text  # keyed by the 项 code 2010302
    missing = [f.path for f in report.findings if f.code == "W-REASON-MISSING"]
    # given at 项 level: no warning asks for it again at 类 level
    assert ("reasons", "final_yoy", "201") not in missing
    assert ("reasons", "final_yoy", "221") not in missing
    assert ("reasons", "final_vs_budget", "201") not in missing


def test_a_reason_matching_nothing_is_listed_with_its_key(document):
    doc = copy.deepcopy(document)
    doc["reasons"]["final_yoy"]["办公费"] = "物价上涨。"
    doc["reasons"]["assets"]["无形资产"] = "购买软件。"
    r = report_of(doc)
    orphans = {f.path for f in r.findings if f.code == "W-REASON-ORPHAN"}
    assert orphans == {("reasons", "final_yoy", "办公费"), ("reasons", "assets", "无形资产")}
    assert "物价上涨" not in r.text()


def test_a_reason_the_report_cannot_print_is_listed_as_unused(document):
    doc = copy.deepcopy(document)
    doc["reasons"]["budget_yoy"] = {"2010301": "调资。"}  # functions are not compared budget to budget
    r = report_of(doc)
    assert [f.path for f in r.findings if f.code == "W-REASON-UNUSED"] == [("reasons", "budget_yoy", "2010301")]


def test_a_reason_says_which_comparison_it_explains_where_the_paragraph_has_both(report):
    text = report.text()
    assert "公务用车运行维护费比上年减少的主要原因是" in text
    assert "因公出国（境）费比上年增加的主要原因是" in text


def test_the_same_reason_is_referred_back_to(report):
    text = report.text()
    assert text.count("新录用公务员6名，落实调资政策") == 1
    assert "一般公共服务支出中行政运行比上年增加的主要原因见二（二）。" in text


def test_a_tautology_is_a_note(document):
    doc = copy.deepcopy(document)
    doc["reasons"]["assets"]["负债总额"] = "负债总额比上年减少。"
    r = report_of(doc)
    notes = [f for f in r.findings if f.code == "I-REASON-TAUTOLOGY"]
    assert [f.path for f in notes] == [("reasons", "assets", "负债总额")]
    assert notes[0].level is Level.INFO


# -- 5. missing is not 无 --------------------------------------------------------------------------

def test_an_empty_text_section_is_a_visible_placeholder_and_a_note(report):
    text = report.text()
    assert "【待填写：信息公开情况】" in text
    assert "（二）本单位决算及绩效信息公开工作开展情况。\n无。" not in text
    notes = [f for f in report.findings if f.code == "I-TEXT-MISSING"]
    assert ("text", "信息公开情况") in [f.path for f in notes]
    assert all(f.level is Level.INFO for f in notes)


def test_a_blank_meeting_fee_is_not_reported_rather_than_none(document):
    doc = copy.deepcopy(document)
    doc["controlled"] = [r for r in doc["controlled"] if r["item"] != "会议费"]
    r = report_of(doc)
    assert "【待填写：会议费本年决算】" in r.text()
    assert "无会议费支出" not in r.text()
    assert "I-CONTROLLED-MISSING" in codes(r, Level.INFO)


def test_a_zero_meeting_fee_is_no_spending(document):
    doc = copy.deepcopy(document)
    for row in doc["controlled"]:
        if row["item"] == "会议费":
            row.update(final=D(0), prior_final=D(0), budget=D(0))
    r = report_of(doc)
    assert "2023年度及上年度均无会议费支出。" in r.text()
    assert "I-CONTROLLED-MISSING" not in codes(r)
