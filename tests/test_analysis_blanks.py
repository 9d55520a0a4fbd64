"""A unit typed the way the official tables look (fresh-eyes eyes5, Part 1 A and C): rows that do not
apply and a new 项's 上年决算 left blank. One blank principle (core.blanks) keeps every analysis, the
text states nothing about items the unit does not have, and instructions go to 审核结果, never the text."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from juesuan.report import Report, analyze
from juesuan.sources.datafile import parse_document, read_document

UNIT = Path(__file__).parent / "data" / "blank_rows.toml"


def _report(edit=None) -> Report:
    doc = read_document(UNIT)
    if edit is not None:
        edit(doc)
    return analyze(*parse_document(doc))


@pytest.fixture(scope="module")
def report() -> Report:
    return _report()


def _section(text: str, start: str, end: str) -> str:
    return text[text.index(start):text.index(end)]


def test_blank_rows_that_do_not_apply_keep_the_year_on_year_analysis(report):
    """A1: 「未填写上年决算，不作上下年对比」 was printed while every row that applies had its 上年决算."""
    text = report.text()
    assert "未填写上年决算" not in text
    yoy = _section(text, "（2）收入支出与上年度对比情况及原因分析。", "3．支出按经济分类科目分析。")
    assert "2024年度决算收入、支出均为130.08万元，比2023年度119.80万元增加10.28万元" in yoy
    assert report.figures.functions.total.get("prior_final") == Decimal("1198000.00")  # the new 项 is 0


def test_budget_arrangement_states_its_totals_before_its_parts(report):
    """A2: 「（一）收入支出预算安排情况。其中：…」 had no total when 上缴上级支出 … were blank."""
    text = report.text()
    body = text.split("（一）收入支出预算安排情况。\n", 1)[1].splitlines()[0]
    assert body.startswith("本年度单位收入、支出年初预算均为123.50万元。其中："), body


def test_reasons_typed_for_the_total_are_printed(report):
    """A3: both 合计 reasons were lost with no finding."""
    text = report.text()
    assert "决算总额比预算增加的主要原因是：追加档案修复和安全检查经费。" in text
    assert "收入支出总额比上年增加的主要原因是：档案馆修复任务增加及人员经费调整。" in text
    assert not [f for f in report.findings if f.code in ("W-REASON-UNUSED", "W-REASON-ORPHAN")]


def test_blanks_read_as_zero_are_named_where_the_line_has_amounts(report):
    notes = {f.path: f.message for f in report.findings if f.code == "I-BLANK-AS-ZERO"}
    assert set(notes) == {("functions", 2, "prior_budget"), ("controlled", 2, "budget")}, notes
    assert "2012699“其他档案事务支出”的上年预算、上年决算留空，按0计算" in notes[("functions", 2, "prior_budget")]
    assert not [f for f in report.findings if f.code == "I-COLUMN-INCOMPLETE"]


def test_indicators_are_computed_and_never_ask_for_an_adjusted_budget(report):
    """A5: 「未计算（缺少调整预算数）」 for a unit that adjusted nothing."""
    text = report.text()
    assert "当年预算支出完成率＝年终执行数÷预算数×100%：105.33%" in text
    assert "支出增长率＝(本期支出总额÷上期支出总额－1)×100%：8.58%" in text

    def no_budget(doc):
        for table in ("income", "spending"):
            for row in doc[table]:
                row.pop("budget", None)
    blank = _report(no_budget).text()
    assert "未计算（缺少预算数）" in blank and "调整预算数" not in blank


def test_items_the_unit_does_not_have_are_not_listed(report):
    """A6/C3: zeros listed and 0 = 0 called 持平 (the template: 不涉及的不列)."""
    body = _section(report.text(), "二、收入支出预算执行情况分析", "（三）年末结转和结余情况。")
    for absent in ("政府性基金", "事业收入", "经营收入", "上缴上级支出", "经营支出", "对附属单位补助支出",
                   "因公出国（境）费0.00", "持平"):
        assert absent not in body, absent
    assert not re.search(r"(?<![\d.,])0\.00(万元|%)", body), re.findall(r".{20}(?<![\d.,])0\.00(?:万元|%)", body)
    assert "2024年度未发生因公出国（境）费支出。" in body  # said once, as the template says it


def test_no_budget_is_said_once(report):
    """A7/C2: 「其他收入预算0.00万元、决算3.00万元（未安排预算）」, 「比预算0.00万元增加0.88万元（未安排预算）」."""
    text = report.text()
    assert "其他收入决算3.00万元（未安排预算）" in text
    assert "公务接待费比上年0.12万元减少0.03万元，同比下降27.00%；未安排预算" in text
    assert "预算0.00万元" not in text


def test_fiscal_spending_unknown_is_a_finding_not_an_instruction_in_the_text():
    """A4/C1: 「…请在支出表“其中财政拨款”两列填写后分析。」 was printed in the report body."""
    def no_fiscal(doc):
        for row in doc["spending"]:
            row.pop("fiscal_final", None)
    r = _report(no_fiscal)
    assert "请在" not in r.text() and "填写后" not in r.text()
    (note,) = [f for f in r.findings if f.code == "I-FISCAL-SPENDING"]
    assert note.path == ("spending", 0, "fiscal_budget")
    assert "其中财政拨款预算" in note.message and "其中财政拨款决算" in note.message
    # the columns filled where they are not 0 (the rows that do not apply blank) give the analysis
    text = _report().text()
    assert "财政拨款支出决算129.78万元。其中：基本支出89.37万元" in text


def test_a_reason_for_fiscal_spending_is_not_printed_for_fiscal_income():
    """B9: a reason typed for 一般公共预算财政拨款支出 was printed as 一般公共预算财政拨款收入's
    (another figure); with no 决算公开 to print it, the unit is told it is unused."""
    def typed(doc):
        doc["reasons"]["final_vs_budget"]["一般公共预算财政拨款支出"] = "年中追加档案修复经费。"
    r = _report(typed)
    assert "年中追加档案修复经费" not in r.text()
    (unused,) = [f for f in r.findings if f.code == "W-REASON-UNUSED"]
    assert "一般公共预算财政拨款支出" in unused.message


def test_every_share_list_adds_to_one_hundred():
    """A11: 按经济分类 52.20%+44.48%+0.98%+2.35% = 100.01% (Decimal 52.198/44.479/0.978/2.346): the
    largest share takes the 尾差, as Shanghai units print it — in every share list of the text."""
    from juesuan.narrative.phrases import shares

    parts = [Decimal("6674900"), Decimal("5687900"), Decimal("125100"), Decimal("300000")]
    assert shares(parts, sum(parts)) == [Decimal("52.19"), Decimal("44.48"), Decimal("0.98"), Decimal("2.35")]

    def economics(doc):
        doc["economics"] = [{"code": code, "name": name, "final": v} for code, name, v in (
            ("30101", "基本工资", parts[0]), ("30201", "办公费", parts[1]), ("30302", "退休费", parts[2]),
            ("31002", "办公设备购置", parts[3]))]
    text = _report(economics).text()
    for paragraph in text.splitlines():
        found = [Decimal(x) for x in re.findall(r"占(?:本年\w+合计的)?(\d+\.\d\d)%", paragraph)]
        if len(found) > 1 and "其中" in paragraph:
            assert sum(found) == 100, paragraph
    assert "工资福利支出667.49万元，占52.19%" in text
    assert "（各项占比四舍五入后的尾差已计入工资福利支出。）" in text  # the reader knows which share moved


def test_a_share_is_the_same_figure_wherever_the_text_states_it():
    """After the 尾差 rule: 2(1) printed 人员经费 53.17% and 2(2) 「由上年的…上升至53.18%」 (eyes5 u2)."""
    def shares_off(doc):
        for row, (final, prior) in zip(doc["spending"], (("6800000", "6300000"), ("2167283.85", "1940000"),
                                                        ("3820567.78", "3900000")), strict=False):
            row["final"], row["prior_final"] = Decimal(final), Decimal(prior)
    text = _report(shares_off).text()
    assert "人员经费680.00万元，占本年支出合计的53.17%" in text
    assert "人员经费占比由上年的51.89%上升至53.17%" in text


def _with_code_only_rows(doc) -> None:
    """A 类 typed by code and name only over its 项 (kept: a sum), and a 项 and a 类 with no amounts."""
    doc["functions"][:0] = [{"code": "201", "name": "一般公共服务支出"}]
    doc["functions"] += [{"code": "2012602", "name": "一般行政管理事务"},
                         {"code": "213", "name": "农林水支出"}, {"code": "21301", "name": "农业农村"}]
    doc.setdefault("disclosure", {})["lines"] = [{"code": "2013101", "name": "行政运行"}]


def test_a_subject_typed_with_code_and_name_only_is_left_out():
    """A 科目 row with its code and name and no amount printed as a 0.00 row in the report's 功能科目
    table and in 公开02/03/05; the official tables list only the 科目 with figures."""
    from juesuan.disclosure.api import disclose

    report = _report(_with_code_only_rows)
    codes = {r.values.get("code") for r in report.tables["final_by_function"].rows if not r.total}
    assert {"201", "20126", "2012601", "2012604", "2012699"} <= codes
    assert not codes & {"2012602", "213", "21301"}
    # the rows left out are no finding either
    assert [(f.code, f.message) for f in report.findings] == [(f.code, f.message) for f in _report().findings]
    public = disclose(report.data, report.findings)
    for key in ("公开02", "公开03", "公开05"):
        printed = {r.values.get("code") for r in public.tables[key].rows}
        assert "2012601" in printed, key
        assert not printed & {"2012602", "213", "21301", "2013101", "20131"}, key
