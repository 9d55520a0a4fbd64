"""A column left blank on some 功能分类 lines (trial FE-2/3): the note names the 科目 to fill, a 类
typed below what its filled children add to is E-PARENT-SUM, and E-FUNCTION-TOTAL names the column
it compares."""

from __future__ import annotations

from decimal import Decimal

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


def test_a_blank_in_a_filled_column_is_zero_and_named_with_its_cell():
    """The official tables leave 0 blank: a 项 blank in a column its siblings fill counts as 0 (the
    totals and the 上下年对比 stay), and a 提示 names the 项's own cell, not its 类's."""
    found = findings()
    assert not [f for f in found if f.code == "I-COLUMN-INCOMPLETE"]
    (note,) = [f for f in found if f.code == "I-BLANK-AS-ZERO"]
    assert "2130135“农业资源保护修复与利用”的上年决算留空，按0计算" in note.message, note.message
    assert "农林水支出" not in note.message
    assert note.path == ("functions", 2, "prior_final")  # the 项's row, not the 类's
    data, read = parse(loads_document(BASE.format(parent="").encode()))
    report = analyze(data, read)
    assert report.figures.functions.total.get("prior_final") == Decimal("1000.00")
    assert "农林水支出比上年增加100.00元" in report.text()


def test_a_column_blank_on_every_line_is_not_filled_in():
    doc = BASE.format(parent="").replace("prior_final = 900.00\n", "").replace("prior_final = 100.00\n", "")
    data, read = parse(loads_document(doc.encode()))
    report = analyze(data, read)
    assert report.figures.functions.total.get("prior_final") is None
    assert not [f for f in report.findings if f.code == "I-BLANK-AS-ZERO"]


def test_a_class_typed_below_its_filled_children_is_a_parent_sum_error():
    errors = [f for f in findings("prior_final = 0.00") if f.code == "E-PARENT-SUM"]
    assert len(errors) == 1 and errors[0].level is Level.ERROR
    assert errors[0].path == ("functions", 0, "prior_final")
    assert "合计为900.00元" in errors[0].message, errors[0].message  # the blank 项 counts as 0
    assert not [f for f in findings("prior_final = 900.00") if f.code == "E-PARENT-SUM"]  # may be right


def test_function_total_names_the_column_compared():
    (f,) = [f for f in findings("prior_final = 1100.00") if f.code == "E-FUNCTION-TOTAL"]
    assert "与按性质分的上年决算合计1,000.00元不等" in f.message, f.message
    assert "本年支出合计" not in f.message
