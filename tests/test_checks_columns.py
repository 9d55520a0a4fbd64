"""A column left blank on some 功能分类 lines (trial FE-2/3): the note names the 科目 to fill, a 类
typed below what its filled children add to is E-PARENT-SUM, and E-FUNCTION-TOTAL names the column
it compares."""

from __future__ import annotations

from juesuan.core.findings import Level
from juesuan.core.parse import parse
from juesuan.report import analyze
from juesuan.sources.datafile import loads_document

BASE = """
schema = 1
[unit]
name = "测试单位"
year = 2024
kind = "事业单位"
[[income]]
item = "一般公共预算财政拨款收入"
budget = 1100.00
final = 1100.00
prior_final = 1000.00
[[spending]]
item = "人员经费"
budget = 1100.00
final = 1100.00
prior_final = 1000.00
[[functions]]
code = "213"
name = "农林水支出"
{parent}
[[functions]]
code = "2130104"
name = "事业运行"
budget = 700.00
final = 600.00
prior_final = 900.00
[[functions]]
code = "2130135"
name = "农业资源保护修复与利用"
budget = 300.00
final = 400.00
[[functions]]
code = "2080505"
name = "机关事业单位基本养老保险缴费支出"
budget = 100.00
final = 100.00
prior_final = 100.00
"""


def findings(parent: str = ""):
    data, found = parse(loads_document(BASE.format(parent=parent).encode()))
    return analyze(data, found).findings


def test_a_blank_column_names_the_lowest_line_and_its_cell():
    (note,) = [f for f in findings() if f.code == "I-COLUMN-INCOMPLETE"]
    assert "2130135“农业资源保护修复与利用”未填写上年决算" in note.message, note.message
    assert "农林水支出未填写" not in note.message
    assert note.path == ("functions", 2, "prior_final")  # the 项's row, not the 类's


def test_a_class_typed_below_its_filled_children_is_a_parent_sum_error():
    errors = [f for f in findings("prior_final = 0.00") if f.code == "E-PARENT-SUM"]
    assert len(errors) == 1 and errors[0].level is Level.ERROR
    assert errors[0].path == ("functions", 0, "prior_final")
    assert "900.00" in errors[0].message and "2130135“农业资源保护修复与利用”未填写" in errors[0].message
    assert not [f for f in findings("prior_final = 900.00") if f.code == "E-PARENT-SUM"]  # may be right


def test_function_total_names_the_column_compared():
    (f,) = [f for f in findings("prior_final = 1100.00") if f.code == "E-FUNCTION-TOTAL"]
    assert "与按性质分的上年决算合计1,000.00元不等" in f.message, f.message
    assert "本年支出合计" not in f.message
