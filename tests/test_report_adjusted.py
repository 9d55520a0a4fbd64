"""A 行政单位 that adjusted some budget lines only (调整预算 on some lines, 年初预算 alone on others):
the budget in force (全年预算) is checked and named line by line, the text says what each reason
compares with, and the Word export is quick and keeps every figure on one line."""

from __future__ import annotations

import copy
from decimal import Decimal as D
from io import BytesIO
from typing import Any

import pytest
from docx import Document

from juesuan.core.findings import Level
from juesuan.export import word
from juesuan.report import Report, analyze
from juesuan.sources.datafile import loads_document, parse_document

UNIT = """\
schema = 1

[unit]
name = "某县农业农村局"
year = 2024
kind = "行政单位"

[people]
authorized_posts = 72
staff_year_end = 68
staff_average = 66
retirees = 25
vehicles = 6
office_area_m2 = 1480.5

[[income]]
item = "一般公共预算财政拨款收入"
prior_budget = 9200000.00
budget = 9650000.00
adjusted_budget = 10300500.00
final = 9987654.32
prior_final = 9410220.15

[[income]]
item = "其他收入"
prior_budget = 150000.00
budget = 120000.00
final = 186430.50
prior_final = 142800.00

[[income]]
item = "年初结转和结余"
final = 512300.00
prior_final = 465600.85

[[spending]]
item = "人员经费"
prior_budget = 6500000.00
budget = 6800000.00
adjusted_budget = 7050000.00
final = 7012345.67
prior_final = 6654321.00
fiscal_budget = 6750000.00
fiscal_final = 6950000.00

[[spending]]
item = "公用经费"
prior_budget = 1300000.00
budget = 1250000.00
final = 1198765.43
prior_final = 1302000.00
fiscal_budget = 1200000.00
fiscal_final = 1112326.28

[[spending]]
item = "项目支出"
prior_budget = 1550000.00
budget = 1720000.00
adjusted_budget = 2120500.00
final = 1873000.00
prior_final = 1550000.00
fiscal_budget = 1700000.00
fiscal_final = 1835354.32

[[spending]]
item = "年末结转和结余"
final = 602273.72
prior_final = 512300.00

[[functions]]
code = "208"
name = "社会保障和就业支出"

[[functions]]
code = "20805"
name = "行政事业单位养老支出"

[[functions]]
code = "2080505"
name = "机关事业单位基本养老保险缴费支出"
budget = 700000.00
adjusted_budget = 720000.00
final = 718000.00
prior_final = 690000.00

[[functions]]
code = "2080506"
name = "机关事业单位职业年金缴费支出"
budget = 350000.00
final = 345000.00
prior_final = 330000.00

[[functions]]
code = "210"
name = "卫生健康支出"

[[functions]]
code = "21011"
name = "行政事业单位医疗"

[[functions]]
code = "2101101"
name = "行政单位医疗"
budget = 400000.00
final = 398000.00
prior_final = 380000.00

[[functions]]
code = "213"
name = "农林水支出"

[[functions]]
code = "21301"
name = "农业农村"
final = 7900000.00

[[functions]]
code = "2130101"
name = "行政运行"
budget = 5900000.00
adjusted_budget = 6050000.00
final = 6021111.10
prior_final = 5800000.00

[[functions]]
code = "2130102"
name = "一般行政管理事务"
budget = 800000.00
adjusted_budget = 1000500.00
final = 912000.00
prior_final = 750000.00

[[functions]]
code = "2130122"
name = "农业生产发展"
budget = 920000.00
adjusted_budget = 1170000.00
final = 961000.00
prior_final = 800000.00

[[functions]]
code = "221"
name = "住房保障支出"

[[functions]]
code = "22102"
name = "住房改革支出"

[[functions]]
code = "2210201"
name = "住房公积金"
budget = 700000.00
adjusted_budget = 730000.00
final = 729000.00
prior_final = 756321.00

[[controlled]]
item = "因公出国（境）费"
budget = 0.00
final = 0.00
prior_final = 45000.00

[[controlled]]
item = "公务用车购置费"
budget = 280000.00
final = 275600.00
prior_final = 0.00

[[controlled]]
item = "公务用车运行维护费"
budget = 150000.00
final = 132456.78
prior_final = 141200.00

[[controlled]]
item = "公务接待费"
budget = 40000.00
final = 28765.40
prior_final = 35420.00

[[controlled]]
item = "会议费"
budget = 60000.00
final = 48300.00
prior_final = 52100.00

[[controlled]]
item = "培训费"
budget = 80000.00
final = 91250.00
prior_final = 74000.00

[quantities]
"出国团组数" = { final = 0, prior_final = 1 }
"出国人次" = { final = 0, prior_final = 4 }
"公务用车购置数" = { final = 1, prior_final = 0 }
"公务用车保有量" = { final = 6, prior_final = 5 }
"接待批次" = { final = 32, prior_final = 41 }
"接待人次" = { final = 210, prior_final = 268 }
"会议次数" = { final = 8, prior_final = 9 }
"会议人次" = { final = 420, prior_final = 455 }
"培训次数" = { final = 5, prior_final = 4 }
"培训人次" = { final = 260, prior_final = 210 }

[[balances]]
item = "财政拨款结转结余"
opening = 512300.00
closing = 602273.72
prior_closing = 512300.00

[[assets]]
item = "货币资金"
prior_year_end = 620000.00
year_end = 735410.22

[[assets]]
item = "固定资产"
prior_year_end = 4100000.00
year_end = 3880500.00

[[assets]]
item = "资产总额"
prior_year_end = 5200000.00
year_end = 5080000.00

[[assets]]
item = "负债总额"
prior_year_end = 210000.00
year_end = 186000.00

[reasons.final_vs_budget]
"2130102" = "部分项目当年未完成，资金结转下年。"
"项目支出" = "部分项目当年未完成，资金结转下年。"
"培训费" = "增加高素质农民培训班次。"
"其他收入" = "取得存款利息和资产处置收入。"

[reasons.final_yoy]
"行政运行" = "新录用公务员4名，落实调资政策。"
"人员经费" = "新录用公务员4名，落实调资政策。"
"公务用车购置费" = "按规定更新1辆执法执勤用车。"
"因公出国(境)费" = "本年未安排出国任务。"
"2130199" = "其他农业农村支出按规定调整。"
"公用经费" = "公用经费减少。"
"total" = "人员增加和项目增加。"

[reasons.assets]
"固定资产" = "计提折旧。"

[reasons.balances]
"财政拨款结转结余" = "项目延至下年实施，资金结转。"
"""


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return loads_document(UNIT.encode("utf-8"), "nongye")


def report_of(doc: dict[str, Any]) -> Report:
    data, findings = parse_document(doc)
    assert findings == []
    return analyze(data)


@pytest.fixture(scope="module")
def report(document: dict[str, Any]) -> Report:
    return report_of(document)


def sentences(text: str) -> list[str]:
    return [s for line in text.splitlines() for s in line.split("。") if s]


# -- 1. the balance of the budget in force -------------------------------------------------------

def test_no_false_balance_error_when_only_some_lines_are_adjusted(report: Report) -> None:
    assert [f.message for f in report.findings if f.code == "E-BALANCE"] == []


def test_an_imbalance_of_the_budget_in_force_is_an_error_naming_that_basis(document: dict[str, Any]) -> None:
    doc = copy.deepcopy(document)
    doc["spending"][1]["budget"] = 1350000.00  # 公用经费 (年初预算 only): both budgets now off by 100,000
    doc["income"][0]["budget"] = 9750000.00  # … the 年初预算 rebalanced, the 全年预算 not
    errors = [f for f in report_of(doc).findings if f.code == "E-BALANCE"]
    assert len(errors) == 1 and errors[0].level is Level.ERROR
    message = errors[0].message
    assert message.startswith("全年预算（填有调整预算的项目按调整预算，其余项目按年初预算）收支不平衡")
    assert "收入总计10,420,500.00元" in message and "支出总计10,520,500.00元" in message
    assert "相差100,000.00元" in message


# -- 2. each budget figure names the budget it is -------------------------------------------------

def test_a_line_with_only_a_budget_says_nianchu_yusuan(report: Report) -> None:
    text = report.text()
    assert "公用经费决算1,198,765.43元，比年初预算减少51,234.57元，执行率95.90%" in text
    assert "人员经费决算7,012,345.67元，比调整预算减少37,654.33元" in text
    assert "其他收入年初预算120,000.00元" in text
    assert "一般公共预算财政拨款收入调整预算10,300,500.00元" in text
    assert "卫生健康支出年初预算400,000.00元" in text
    assert "住房保障支出调整预算730,000.00元" in text
    for wrong in ("公用经费决算1,198,765.43元，比调整预算", "其他收入调整预算", "卫生健康支出调整预算"):
        assert wrong not in text


def test_a_total_or_class_that_mixes_says_quannian_yusuan_defined_once(report: Report) -> None:
    text = report.text()
    assert "比全年预算10,420,500.00元减少336,388.90元，预算执行率96.77%" in text
    assert "本年支出全年预算10,420,500.00元" in text
    assert "社会保障和就业支出全年预算1,070,000.00元" in text  # one 项 adjusted, the other not
    assert text.count("（全年预算：填有调整预算的项目按调整预算，其余项目按年初预算，下同。）") == 1
    assert text.index("全年预算：") < text.index("本年支出全年预算")


def test_tables_whose_rows_mix_head_the_column_quannian_yusuan_with_a_note(report: Report) -> None:
    for key in ("final_by_nature", "final_by_income", "final_by_function"):
        table = report.tables[key]
        labels = [col.label for col in table.columns]
        assert "全年预算" in labels and "比全年预算增减" in labels, key
        assert not any("调整预算" in label for label in labels), key
        assert table.note == "注：全年预算：填有调整预算的项目按调整预算，其余项目按年初预算。"
    controlled = report.tables["controlled"]  # no 调整预算 there: the column says 年初预算, no note
    assert "本年年初预算" in [col.label for col in controlled.columns] and controlled.note == ""
    doc = Document(BytesIO(word.build(report)))
    notes = [p.text for p in doc.paragraphs if p.text.startswith("注：全年预算")]
    assert len(notes) == 3  # under each 与预算对比 part, not under the 与上年对比 parts


# -- 3. the note on a missing 调整预算 says what is computed ---------------------------------------

def test_column_incomplete_note_is_true_of_the_budget_in_force(report: Report) -> None:
    notes = [f for f in report.findings if f.code == "I-COLUMN-INCOMPLETE"]
    assert len(notes) == 3
    for f in notes:
        assert "调整预算及相关对比不计算" not in f.message
        assert "按年初预算计入全年预算" in f.message and "执行率照常计算" in f.message
    by_table = {f.path[0]: f.message for f in notes}
    assert by_table["spending"].startswith("本年支出中公用经费未填写调整预算")
    functions = by_table["functions"]
    assert "2080506“机关事业单位职业年金缴费支出”、2101101“行政单位医疗”" in functions


# -- 4. wording -----------------------------------------------------------------------------------

def test_no_reference_to_the_section_the_reader_is_in(report: Report) -> None:
    text = report.text()
    assert "见二（二）" not in text
    # issue 19: consecutive reasons under one 类 name it once
    assert ("农林水支出中，一般行政管理事务比调整预算减少的主要原因是：部分项目当年未完成，资金结转下年；"
            "行政运行比上年增加的主要原因是：新录用公务员4名，落实调资政策。") in text


def test_every_reason_says_what_it_compares_with(report: Report) -> None:
    text = report.text()
    assert "项目支出比调整预算减少的主要原因是：部分项目当年未完成，资金结转下年。" in text
    assert "人员经费比上年增加的主要原因是" in text
    assert "收入支出总额比上年增加的主要原因是" in text
    assert "培训费比年初预算增加的主要原因是" in text
    for s in sentences(text):
        if "的主要原因是" in s:
            subject = s.split("的主要原因是")[0]
            assert any(w in subject for w in ("比上年", "比预算", "比年初预算", "比调整预算", "比全年预算")) \
                or subject.endswith(("结转结余增加", "固定资产减少")), s


def test_quantities_say_their_unit_last_year_too(report: Report) -> None:
    assert ("实物量方面：2024年度因公出国（境）团组0个（上年1个），出国0人次（上年4人次），"
            "购置公务用车1辆（上年0辆），年末公务用车保有量6辆（上年5辆），"
            "公务接待32批次（上年41批次），接待210人次（上年268人次）。") in report.text()


def test_each_three_public_amount_is_stated_once(report: Report) -> None:
    paragraph = next(p for p in report.text().splitlines() if p.startswith("2024年度“三公”经费"))
    for amount in ("公务用车购置费275,600.00元", "公务接待费28,765.40元"):
        assert paragraph.count(amount) == 1, amount
    assert "因公出国（境）费0.00元" not in paragraph  # 0 this year: not listed (不涉及的不列), its fall is said
    assert "因公出国（境）费比上年45,000.00元减少45,000.00元，同比下降100.00%；未安排年初预算。" in paragraph


def test_fiscal_income_budget_and_final_compared_in_one_sentence(report: Report) -> None:
    text = report.text()
    assert ("本年度财政拨款收入年初预算9,650,000.00元，决算9,987,654.32元，比年初预算增加337,654.32元，"
            "完成年初预算的103.50%。") in text
    assert "财政拨款支出决算比年初预算增加247,680.60元，完成年初预算的102.57%。" in text


# -- 5. Word export -------------------------------------------------------------------------------

def test_word_tables_fetch_each_row_once_and_resolve_styles_once(report: Report, monkeypatch) -> None:
    import docx.styles.styles
    import docx.table

    def no_cell(*_: object) -> None:
        raise AssertionError("Table.cell(i, j) rebuilds the cell list of the whole table on each call")

    looked_up: list[str] = []
    by_name = docx.styles.styles.Styles._get_style_id_from_name

    def counted(self: Any, name: str, style_type: Any) -> Any:
        looked_up.append(name)
        return by_name(self, name, style_type)

    monkeypatch.setattr(docx.table.Table, "cell", no_cell)
    monkeypatch.setattr(docx.styles.styles.Styles, "_get_style_id_from_name", counted)
    word.build(report)
    assert len(looked_up) < 20  # once per style name, not once per paragraph or cell (hundreds)


def test_amounts_of_a_large_unit_fit_their_cells(document: dict[str, Any]) -> None:
    """Amounts of 10^8 元 (and 10^9) keep one line: every table part finds a font size at which each
    figure column is as wide as its widest figure, instead of falling back to even widths."""
    from docx.shared import Pt

    for factor in (D("10.3"), D("103")):
        doc = copy.deepcopy(document)
        for table in ("income", "spending", "functions", "controlled"):
            for row in doc[table]:
                for k, v in row.items():
                    if isinstance(v, D):
                        row[k] = (v * factor).quantize(D("0.01"))
        report = report_of(doc)
        assert factor != D("10.3") or "106,095,150.00" in report.text()
        for table in report.tables.values():
            for _, cols in word._parts(table):
                shown = [c for c in cols if c.key != "code"]
                assert word._widths(table, shown, Pt(7)) is not None, (factor, table.title)
