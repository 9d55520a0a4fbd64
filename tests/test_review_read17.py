"""Wording a reviewer reads (read17, session 17): a long 原文 quoted around the finding's figure, not cut before
it; a review with findings says what it checked (and which 公开 tables were empty), as a clean one does."""
from __future__ import annotations

from docx import Document

from juesuan.cli import main
from juesuan.review.outputs import QUOTE_WIDTH, window


def test_a_long_quote_is_a_window_around_the_figure():
    head = "本单位2024年度一般公共预算财政拨款“三公”经费支出决算中，" + "因公出国（境）费支出决算为0，" * 8
    quote = head + "公务用车运行维护费支出决算为12.00万元，完成预算的67.7%，主要原因是严格控制车辆使用。"
    quote += "其余说明。" * 10
    shown = window(quote, "67.7%")
    assert "67.7%" in shown and "公务用车运行维护费" in shown
    assert shown.startswith("…") and len(shown) <= QUOTE_WIDTH + 1
    assert window("短句，完成预算的67.7%。", "67.7%") == "短句，完成预算的67.7%。"
    assert window("甲" * 200, "67.7%") == "甲" * (QUOTE_WIDTH - 1) + "…"  # no figure in it: its head


def _docx(tmp_path, text: str, empty_table: bool):
    doc = Document()
    doc.add_paragraph("一般公共预算财政拨款支出决算表")
    doc.add_paragraph("公开05表 单位：万元")
    rows = [["功能分类科目编码", "科目名称", "合计", "基本支出", "项目支出"],
            ["", "合计", "471.44", "460.67", "10.77"],
            ["208", "社会保障和就业支出", "471.44", "460.67", "10.77"]]
    table = doc.add_table(rows=len(rows), cols=5)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    if empty_table:
        doc.add_paragraph("政府性基金预算财政拨款收入支出决算表")
        doc.add_paragraph("公开08表 单位：万元")
        blank = [["项目", "年初结转和结余", "本年收入", "本年支出", "年末结转和结余"], ["合计", "", "", "", ""]]
        table = doc.add_table(rows=len(blank), cols=5)
        for r, row in enumerate(blank):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
    doc.add_paragraph(text)
    path = tmp_path / "t.docx"
    doc.save(str(path))
    return path


def test_a_review_with_findings_says_what_it_checked_and_which_tables_were_empty(tmp_path, capsys):
    path = _docx(tmp_path, "一般公共预算财政拨款支出471.44万元，其中：基本支出460.67万元，项目支出20.77万元。", True)
    main(["review", str(path)])
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert last == "核对了正文中的3个数字，以及公开05表；公开08为空表。"


_SANGONG = ("某区某某局2024年度部门决算\n七、“三公”经费财政拨款支出决算情况说明\n"
            "2024年度“三公”经费财政拨款支出决算为4.60万元，其中：因公出国（境）费支出决算为0万元，"
            "完成全年预算0万元的0%；公务用车运行维护费支出决算为3.86万元，完成全年预算4.50万元的67.7%，"
            "比上年决算数减少0.26万元，下降6.3%；公务接待费支出决算为0.74万元，完成全年预算1.20万元的61.7%，"
            "比上年决算数增加0.16万元，增长--（基数为0，不可比）。\n")


def test_a_rate_and_a_change_name_the_line_they_are_of():
    from juesuan.review import review_text

    found = {f.code: f for f in review_text(_SANGONG)}
    assert found["R-RATE"].message.startswith("公务用车运行维护费完成全年预算的比例")  # the text's own words (rev54)
    assert found["R-PERCENT"].message.startswith("公务接待费上年决算数为0.58万元（0.74万元 − 0.16万元）")  # rev60
    assert "今年" not in found["R-PERCENT"].message


def test_an_amount_in_yuan_written_with_wan_is_an_error_read_in_yuan():
    from juesuan.core.findings import Level
    from juesuan.review import review_text

    text = ("某区某某局2024年度部门决算\n3.公务接待费支出0.74万元，其中：国内公务接待支出7400.00万元"
            "（含外宾接待支出0万元），主要用于接待交流。\n")
    f = next(f for f in review_text(text) if f.code == "R-UNIT-MISSING")
    assert f.level is Level.ERROR and f.expected == "0.74万元"
    assert f.why.endswith("元 ÷ 10,000 = 0.74万元")


def test_a_place_does_not_open_inside_a_figure_begun_on_the_line_before():
    from juesuan.review.places import opening

    assert opening("元，主要用于人员工资支出等方面。", 5) == "“主要用于人员工资支出等方面”"


def test_a_total_written_as_this_years_income_names_the_line_it_left_out():
    from decimal import Decimal

    from juesuan.review.base import iv, iv_neg, iv_sum
    from juesuan.review.figures import Figure
    from juesuan.review.rules.text_table import _table_gap
    from juesuan.review.sentences import Fig

    def wan(x: str) -> Figure:
        return Figure(Decimal(x.replace(",", "")), "万元", x, 0, len(x), 2)

    values = {"本年收入合计": [wan("23,093.47")], "年初结转和结余": [wan("1,200.00")], "收入总计": [wan("24,293.47")]}
    said, cell = Fig(wan("23,093.47"), "level"), values["收入总计"][0]
    gap = iv_sum([iv(cell), iv_neg(iv(said.f))])
    assert _table_gap(said, cell, gap, values) == "正文所写为本年收入合计，未含年初结转和结余1,200.00万元，"


def test_a_template_alternative_is_settled_by_the_figures_not_the_reason_before_saying_so():
    from juesuan.review import review_text

    text = ("某区某某局2024年度部门决算\n本年比上年增加（减少）44.90万元，增长（下降）5.17%，"
            "主要原因是科创教育课程经费增加。\n")
    f = next(f for f in review_text(text) if f.code == "R-TEMPLATE")
    assert "本句写“增加”" not in f.message and "原因" in f.message


def test_an_average_is_computed_with_half_width_brackets_as_every_other_calculation():
    from juesuan.review import review_text

    text = "某区某某局2024年度部门决算\n自评得分分别为94.5分、91.0分、88.5分，平均得分92.75分。\n"
    f = next(f for f in review_text(text) if f.code == "R-SUM")
    assert f.why.startswith("(94.5 + 91.0 + 88.5) ÷ 3")


def test_a_share_taken_of_a_larger_total_names_that_base():
    from juesuan.review import review_text

    text = ("某区某某局2024年度部门决算\n本年支出合计23,343.47万元。\n"
            "2024年度政府采购金额（以合同签订为准）为8,962.40万元，其中：货物采购金额612.30万元，占6.8%；"
            "工程采购金额6,825.50万元，占29.2%；服务采购金额1,524.60万元，占17.0%。\n")
    f = next(f for f in review_text(text) if f.code == "R-SHARE" and f.figure == "29.2%")
    assert f.message.startswith("工程采购金额的占比29.2%是按本年支出合计23,343.47万元计算的；"
                                "占比应以政府采购金额8,962.40万元为基数")


def test_a_reason_heading_against_the_direction_of_the_figures_is_found():
    from juesuan.review import review_text

    said = "2024年度机关运行经费支出100.00万元，比上年减少4.47万元，下降4.3%。机关运行经费{}的主要情况：办公费减少。"
    found = [f for f in review_text("某区某某局2024年度部门决算\n" + said.format("增加") + "\n")
             if f.code == "R-REASON-DIRECTION"]
    assert [f.expected for f in found] == ["机关运行经费减少"]
    assert not [f for f in review_text("某区某某局2024年度部门决算\n" + said.format("减少") + "\n")
                if f.code == "R-REASON-DIRECTION"]


def test_a_child_off_its_own_row_balance_shows_that_balance_as_its_calculation(tmp_path):
    from juesuan.review import review_path

    doc = Document()
    doc.add_paragraph("政府性基金预算财政拨款收入支出决算表")
    doc.add_paragraph("公开08表 单位：万元")
    rows = [["功能分类科目编码", "科目名称", "年初结转和结余", "本年收入", "本年支出", "年末结转和结余"],
            ["", "合计", "1,200.00", "6,570.00", "6,820.00", "950.00"],
            ["212", "城乡社区支出", "1,200.00", "6,570.00", "6,820.00", "950.00"],
            ["21208", "国有土地使用权出让收入安排的支出", "1,200.00", "6,570.00", "6,820.00", "950.00"],
            ["2120803", "城市建设支出", "1,200.00", "6,820.00", "6,820.00", "950.00"]]
    table = doc.add_table(rows=len(rows), cols=6)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    path = tmp_path / "t.docx"
    doc.save(str(path))
    found = [f for f in review_path(path) if f.code == "R-TABLE-PARENT"]
    assert found and found[0].expected.startswith("6,570.00")
    assert "2120803行" in found[0].why and "其余下级科目之和" not in found[0].why
