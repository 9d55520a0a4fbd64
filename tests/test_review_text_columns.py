"""Tables a PDF's text copy sets in whitespace columns (``pdftotext -layout``) are read as tables
(review/text_columns.py): 普陀 生态环境局 2025's 公开03 and 公开01 as pdftotext lays them out."""

from __future__ import annotations

from juesuan.review import review_text
from juesuan.review.extract import read_text

# 公开03 of 普陀 生态环境局 2025 as ``pdftotext -layout`` prints it (its first rows; names wrapped in their cells)
T03 = """                                  支出决算表
公开 03 表
                                                                                单位：万元
             项目            本年支出合         基本支出       项目支出      上缴上级支     经营支出     对附属单位
功能分类科目            科目名称       计                                出                  补助支出
  编码
类 款 项
            合计               471.44     460.67      10.77    0.00     0.00      0.00
 208       社会保障和就业支出          471.44     460.67     10.77    0.00     0.00      0.00
 208 05    行政事业单位养老支出         460.67    460.67      0.00    0.00     0.00      0.00
 208 05 01 行政单位离退休            51.98     51.98      0.00    0.00     0.00      0.00
 208 05 02 事业单位离退休            61.16     61.16      0.00    0.00     0.00      0.00
 208 05 05 机关事业单位基本养老保         229.67    229.67      0.00    0.00     0.00      0.00
           险缴费支出
 208 05 06 机关事业单位职业年金缴         116.59    116.59      0.00    0.00     0.00      0.00
           费支出
 208 05 99 其他行政事业单位养老支           1.27      1.27      0.00    0.00     0.00      0.00
           出
 208 08    抚恤                 10.77      0.00     10.77    0.00     0.00      0.00
 208 08 01 死亡抚恤               10.77      0.00     10.77    0.00     0.00      0.00
注：本表反映部门本年度各项支出情况。
"""

# 公开01: two halves, the 支出 side longer (its rows alone set right)
T01 = """                        收入支出决算总表
公开 01 表
                                                         单位：万元
                收入                                  支出
         项目               决算数                项目          决算数
一、一般公共预算财政拨款收入             4,733.14 一、一般公共服务支出               0.00
二、政府性基金预算财政拨款收入                0.00 二、外交支出                   0.00
八、其他收入                         0.00 八、社会保障和就业支出            471.44
                                    九、卫生健康支出               109.34
                                 十、节能环保支出                 3,742.47
                                 十九、住房保障支出                 409.89
       本年收入合计              4,733.14 本年支出合计                4,733.14
总计                         4,733.14 总计                    4,733.14
注：本表反映部门本年度的总收支和年末结转结余情况。
"""


def _tables(text: str):
    return [b for b in read_text(text) if b.is_table]


def test_a_table_in_whitespace_columns_is_read_with_its_header_codes_and_wrapped_names():
    [t] = _tables(T03)
    assert t.rows[0] == ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出",
                         "对附属单位补助支出"]
    assert t.rows[1] == ["", "合计", "471.44", "460.67", "10.77", "0.00", "0.00", "0.00"]
    assert t.rows[6][:3] == ["2080505", "机关事业单位基本养老保险缴费支出", "229.67"]
    assert [r[0] for r in t.rows[2:]] == ["208", "20805", "2080501", "2080502", "2080505", "2080506", "2080599",
                                          "20808", "2080801"]
    assert "支出决算表" in t.caption and not any(not b.is_table and "460.67" in b.text for b in read_text(T03))


def test_its_sums_are_checked_as_a_tables():
    row = " 208 05    行政事业单位养老支出         460.67"
    wrong = T03.replace(row, row.replace("460.67", "466.67"))
    found = [f for f in review_text(wrong) if f.code in ("R-TABLE-PARENT", "R-TABLE-SUM")]
    assert found and all("“20805 行政事业单位养老支出”行" in f.place or "“208 社会保障和就业支出”行" in f.place
                     for f in found), [f.place for f in found]
    assert [f for f in review_text(T03) if f.level.value == "错误"] == []


def test_a_two_sided_table_keeps_each_half_in_its_columns():
    [t] = _tables(T01)
    assert t.rows[0] == ["收入项目", "决算数", "支出项目", "决算数"]
    assert ["", "", "九、卫生健康支出", "109.34"] in t.rows  # a row of the 支出 side alone
    assert ["本年收入合计", "4,733.14", "本年支出合计", "4,733.14"] in t.rows


def test_what_is_no_whole_table_stays_text():
    # reaching the page's foot (it goes on overleaf): read alone it would miss rows
    cut = T03.split("注：")[0] + "\n\n                                       —5—\n"
    assert _tables(cut) == []
    # prose with figures (one space around them), however aligned
    prose = ("2025年度支出决算 4,733.14 万元，比上年增加 104.97 万元。\n"
             "其中：基本支出 3,365.38 万元，项目支出 1,367.76 万元。\n"
             "人员经费 2,963.45 万元，公用经费 401.93 万元。\n")
    assert _tables(prose) == []


def test_a_title_after_a_page_break_starts_its_own_paragraph_in_a_wrapped_copy():
    """pdftotext wraps lines; a full line ending its sentence goes on into the next line unless empty lines
    (a page's foot) come between: the next page's table title is no part of the sentence."""
    full = "本单位本年度没有政府性基金预算财政拨款收入和支出，故本表无数据，特此说明如下情况。"
    title = "国有资本经营预算财政拨款收入支出决算表"
    lines = ([full[:-1] + "，"] * 3 + ["以上各项均已核实。"]) * 3 + [full, "", "", title, "公开 09 表"]
    texts = [b.text for b in read_text("\n".join(lines))]
    assert title in texts, texts
