"""Bad input, tried as a new user would: a finding naming the key path, never a traceback."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from juesuan.core.findings import Level
from juesuan.core.parse import parse
from juesuan.report import analyze
from juesuan.sources.datafile import DataFileError, loads_document

BASE = """
schema = 1
[unit]
name = "测试单位"
year = 2023
kind = "行政单位"
[[income]]
item = "一般公共预算财政拨款收入"
budget = 1000.00
final = 900.00
[[spending]]
item = "人员经费"
budget = 1000.00
final = 900.00
"""


def read(text: str):
    data, findings = parse(loads_document(text.encode()))
    return data, findings, analyze(data, findings)


def codes(findings):
    return {(f.code, f.location) for f in findings}


def test_clean_base_has_no_error():
    _, findings, report = read(BASE)
    assert findings == []
    assert report.errors == 0


def test_word_in_an_amount():
    _, findings, report = read(BASE.replace("final = 900.00\n[[spending]]", 'final = "九百"\n[[spending]]'))
    assert ("E-NOT-NUMBER", "income[1].final") in codes(findings)
    assert "九百" in findings[0].message
    assert report.text()  # the rest of the run goes on


@pytest.mark.parametrize(("value", "hint"), [('"１２３"', "全角"), ('"1.2万"', "万")])
def test_full_width_and_wan_in_amount(value, hint):
    _, findings, _ = read(BASE.replace("budget = 1000.00\nfinal = 900.00\n[[spending]]",
                                       f"budget = {value}\nfinal = 900.00\n[[spending]]"))
    assert findings[0].code == "E-NOT-NUMBER"
    assert hint in findings[0].message


def test_negative_amount():
    _, findings, _ = read(BASE.replace("item = \"人员经费\"\nbudget = 1000.00", "item = \"人员经费\"\nbudget = -5"))
    assert ("E-NEGATIVE", "spending[1].budget") in codes(findings)


def test_three_decimals():
    _, findings, _ = read(BASE.replace("final = 900.00\n", "final = 900.001\n", 1))
    assert ("E-DECIMALS", "income[1].final") in codes(findings)


def test_typo_in_item_name_suggests_the_right_one():
    _, findings, report = read(BASE.replace('item = "人员经费"', 'item = "人员经废"'))
    (f,) = [f for f in findings if f.code == "E-UNKNOWN-ITEM"]
    assert f.location == "spending[1].item"
    assert "是否应为“人员经费”" in f.message
    assert report.errors >= 1


def test_missing_year_and_name():
    _, findings, report = read(BASE.replace('name = "测试单位"\nyear = 2023\n', ""))
    assert {("E-UNIT-NAME", "unit.name"), ("E-UNIT-YEAR", "unit.year")} <= codes(findings)
    assert "None" not in report.text()


def test_unknown_key_and_duplicate_item():
    text = BASE + '\n[[spending]]\nitem = "人员经费"\nfinal = 1.00\n\n[people]\nstaff = 3\n'
    _, findings, _ = read(text)
    assert ("E-DUPLICATE", "spending[2]") in codes(findings)
    assert ("E-UNKNOWN-KEY", "people.staff") in codes(findings)


def test_wrong_schema():
    _, findings, _ = read(BASE.replace("schema = 1", "schema = 2"))
    assert findings[0].code == "E-SCHEMA"


@pytest.mark.parametrize("raw", [b"this is not toml = = =", b"\xff\xfe\x00garbage", b"[unit\nname="])
def test_file_that_is_not_toml(raw):
    with pytest.raises(DataFileError) as info:
        loads_document(raw, "x.toml")
    assert "x.toml" in str(info.value)


def test_income_spending_imbalance_is_an_error():
    _, _, report = read(BASE.replace("final = 900.00\n", "final = 950.00\n", 1))
    (f,) = [f for f in report.findings if f.code == "E-BALANCE"]
    assert f.level is Level.ERROR and "50.00元" in f.message


def test_function_parent_differs_from_children():
    text = BASE + """
[[functions]]
code = "201"
name = "一般公共服务支出"
final = 900.00
[[functions]]
code = "20101"
name = "人大事务"
final = 800.00
"""
    _, _, report = read(text)
    (f,) = [f for f in report.findings if f.code == "E-PARENT-SUM"]
    assert f.location == "functions[1].final" and "100" in f.message


def test_function_lines_roll_up_to_their_class():
    text = BASE + """
[[functions]]
code = "2080505"
name = "机关事业单位基本养老保险缴费支出"
budget = 600.00
final = 500.00
[[functions]]
code = "2080506"
name = "职业年金缴费支出"
budget = 400.00
final = 400.00
"""
    _, _, report = read(text)
    (top,) = report.figures.functions.lines
    assert (top.key, top.name, top.get("final")) == ("208", "社会保障和就业支出", D("900.00"))
    assert [x.key for x in report.figures.function_detail] == ["208", "20805", "2080505", "2080506"]
    assert report.errors == 0


def test_material_variance_without_reason_is_a_warning_and_no_reason_is_invented():
    _, _, report = read(BASE.replace("final = 900.00", "final = 500.00"))
    missing = [f for f in report.findings if f.code == "W-REASON-MISSING"]
    assert missing and all(f.level is Level.WARNING for f in missing)
    assert "原因是" not in report.text()


def test_zero_base_gives_no_percentage():
    text = BASE.replace('item = "人员经费"\nbudget = 1000.00\nfinal = 900.00',
                        'item = "人员经费"\nbudget = 1000.00\nfinal = 900.00\nprior_final = 0')
    text = text.replace('item = "一般公共预算财政拨款收入"\nbudget = 1000.00\nfinal = 900.00',
                        'item = "一般公共预算财政拨款收入"\nbudget = 1000.00\nfinal = 900.00\nprior_final = 0')
    _, _, report = read(text)
    assert "人员经费增加900.00元（上年无此项支出）" in report.text()  # issue 19: the total stated once, in 2(2)


def test_reason_for_a_line_that_does_not_exist_is_kept_and_flagged():
    _, findings, report = read(BASE + '\n[reasons.final_vs_budget]\n"项目支出" = "说明"\n')
    assert findings == []
    assert ("W-REASON-ORPHAN", "reasons.final_vs_budget.项目支出") in codes(report.findings)
    assert report.data.reasons["final_vs_budget"]["项目支出"] == "说明"


NAME_ONLY = BASE + """
[[functions]]
name = "卫生健康支出"
{parent}
[[functions]]
name = "行政事业单位医疗"
[[functions]]
code = "2101102"
name = "事业单位医疗"
budget = 1000.00
final = 900.00
"""


def test_parent_rows_typed_by_name_only_are_read_as_their_codes():
    _, findings, report = read(NAME_ONLY.format(parent=""))
    assert findings == []
    assert report.errors == 0
    assert [(x.key, x.name) for x in report.figures.function_detail] == [
        ("210", "卫生健康支出"), ("21011", "行政事业单位医疗"), ("2101102", "事业单位医疗")]
    assert "卫生健康支出" in report.text()


def test_a_name_only_parent_with_figures_is_checked_against_its_children():
    _, _, report = read(NAME_ONLY.format(parent="final = 950.00"))
    (f,) = [f for f in report.findings if f.code == "E-PARENT-SUM"]
    assert f.location == "functions[1].final" and "卫生健康支出" in f.message


@pytest.mark.parametrize(("name", "hint"), [("卫生健康", "科目目录中没有同名"), ("农林水支出", "应为213"),
                                            ("工资福利支出", "科目目录中没有同名")])
def test_a_row_without_code_whose_name_is_no_parent_says_the_code_is_missing(name, hint):
    text = NAME_ONLY.format(parent="").replace('name = "行政事业单位医疗"', f'name = "{name}"')
    _, findings, report = read(text)
    (f,) = [f for f in findings if f.code == "E-CODE-MISSING"]
    assert f.location == "functions[2].code"  # 1-based, as the data file counts
    assert "缺少科目编码" in f.message and hint in f.message and name in f.message
    assert "无效" not in f.message
    assert report.errors >= 1
    assert not [f for f in findings if f.code == "E-CODE"]


def test_economic_parent_by_name_only_and_a_blank_code():
    text = BASE + """
[[economics]]
name = "工资福利支出"
[[economics]]
code = "30101"
name = "基本工资"
final = 900.00
[[economics]]
code = ""
final = 1.00
"""
    _, findings, _ = read(text)
    (f,) = findings
    assert (f.code, f.location) == ("E-CODE-MISSING", "economics[3].code")
    assert "第3行缺少科目编码" in f.message
