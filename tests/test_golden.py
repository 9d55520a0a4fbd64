"""The sample unit's report pinned to the correct figures of seed-errors.md, and to none of
the reference report's errors."""

from __future__ import annotations

import os
from decimal import Decimal as D
from pathlib import Path

import pytest

from juesuan.core.findings import Level

GOLDEN = Path(__file__).parent / "golden" / "sample_report.txt"

CORRECT = [
    # 1, 2: budget total and its increase
    "本年度单位收入、支出年初预算均为2,656,000.00元",
    "本年预算总额比上年增加1,451,671.45元，增长120.54%",
    "人员经费预算比上年增加1,502,271.45元，增长220.30%",
    "公用经费预算比上年减少442,400.00元，下降84.69%",
    "项目支出预算比上年增加391,800.00元（上年无此项预算）",
    # 3: separator; 决算 vs 预算
    "比预算2,656,000.00元增加2,021,326.79元，预算执行率176.10%",
    "人员经费决算4,049,552.76元，比预算增加1,865,352.76元，执行率185.40%",
    "公用经费决算627,774.03元，比预算增加547,774.03元，执行率784.72%",
    # 5: year on year
    "决算收入、支出均为4,677,326.79元，比2020年度2,615,391.63元增加2,061,935.16元，同比增长78.84%",
    "2020年度支出决算为2,615,391.63元。本年与2020年度相比，人员经费增加2,321,355.04元，同比增长134.32%",
    "公用经费减少259,419.88元，同比下降29.24%",
    # 9: shares with the right base
    "人员经费4,049,552.76元，占本年支出合计的86.58%",
    "公用经费627,774.03元，占本年支出合计的13.42%",
    # functions 执行率
    "一般公共服务支出预算2,007,100.00元、决算4,051,166.71元，执行率201.84%",
    "执行率137.24%", "执行率81.80%", "住房保障支出预算134,600.00元、决算0.00元，执行率0.00%",
    # 7: 公务用车运行维护费
    "公务用车运行维护费7,138.17元，占100.00%",  # the amount once, in the 三公 total's sentence
    "公务用车运行维护费比上年17,290.00元减少10,151.83元，同比下降58.72%",
    "比预算20,000.00元减少12,861.83元，完成预算的35.69%",
    # 6: 货币资金
    "货币资金本年末225,976.86元，上年末13,806.72元，比上年末增加212,170.14元，增长1,536.72%",
    # 10
    "2021年度无会议费支出", "2021年度无培训费支出",
    # reasons shared by two lines explained together
    "公用经费比预算增加、项目支出比预算减少的主要原因是：项目支出决算数包含在公用经费支出决算中。",
    # the same reason text as 二（一）: referred back to, not printed again
    "一般公共服务支出、社会保障和就业支出比预算增加的主要原因见二（一）。",
]

WRONG = [
    "2,264,200.00元。其中", "1,059,871.45", "54,7,774.03", "%%", "442，400", "4,677，326",
    "259419.88", "225,976.861", "同比减少64.31%", "2021度", "占总收入", "54.21", "平均在职人员数×100%",
    "人均支出0", "nan", "inf", "None", "-0.00",
]


@pytest.mark.parametrize("phrase", CORRECT)
def test_narrative_states_the_correct_figure(sample_report, phrase):
    assert phrase in sample_report.text()


@pytest.mark.parametrize("phrase", WRONG)
def test_narrative_repeats_none_of_the_reference_errors(sample_report, phrase):
    assert phrase not in sample_report.text()


def test_per_capita_formula_is_yuan_per_person_not_a_percentage(sample_report):
    formulas = {i.name: (i.formula, i.unit) for i in sample_report.indicators}
    assert formulas["人均基本支出"][1] == "元/人"
    assert "×100%" not in formulas["人均基本支出"][0]


def test_findings_on_the_sample(sample_report):
    codes = {(f.level, f.code) for f in sample_report.findings}
    assert sample_report.errors == 0
    assert (Level.WARNING, "W-PROJECT-ZERO") in codes
    assert (Level.WARNING, "W-CASH-UP-NO-BALANCE") in codes
    assert (Level.INFO, "I-STAFF-AVERAGE-MISSING") in codes
    assert {code for level, code in codes if level is Level.WARNING} == {
        "W-PROJECT-ZERO", "W-CASH-UP-NO-BALANCE"}


def test_chart_values_in_wan(sample_report):
    charts = {c.key: c for c in sample_report.charts}
    arrangement = charts["budget_arrangement"]
    assert arrangement.categories == ("人员经费", "公用经费", "项目支出")
    assert [s.values for s in arrangement.series] == [
        (D("68.19"), D("52.24"), D("0.00")), (D("218.42"), D("8.00"), D("39.18"))]
    assert charts["budget_execution"].series[1].values == (D("404.96"), D("62.78"), D("0.00"))
    assert charts["final_yoy"].series[0].values == (D("172.82"), D("88.72"), D("0.00"))
    assert charts["functions"].categories == ("一般公共服务支出", "社会保障和就业支出", "卫生健康支出", "住房保障支出")
    assert charts["functions"].series[1].values == (D("405.12"), D("50.86"), D("11.75"), D("0.00"))
    # pies show only the slices present
    assert charts["spending_structure"].categories == ("人员经费", "公用经费")


def test_indicators_on_the_sample(sample_report):
    values = {i.key: i.value for i in sample_report.indicators}
    from juesuan.core import fmt

    assert fmt.percent(values["budget_spending_completion_inst"]) == "176.10%"
    assert fmt.percent(values["personnel_ratio_inst"]) == "86.58%"
    assert fmt.percent(values["fiscal_dependency"]) == "100.00%"
    assert values["basic_spending_per_capita"] is None


def test_report_in_wan(sample):
    from dataclasses import replace

    from juesuan.report import analyze

    text = analyze(replace(sample, settings=replace(sample.settings, report_unit="万元"))).text()
    assert "本年度单位收入、支出年初预算均为265.60万元" in text
    assert "比上年增加145.17万元，增长120.54%" in text


def test_whole_narrative_matches_the_reviewed_golden_file(sample_report):
    """The reviewed text; after a deliberate change, rerun with JUESUAN_UPDATE_GOLDEN=1."""
    text = sample_report.text() + "\n"
    if os.environ.get("JUESUAN_UPDATE_GOLDEN"):
        GOLDEN.write_text(text, encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8")
