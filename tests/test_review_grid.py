"""Tables as the rules read them: 科目编码 printed in split 类 | 款 | 项 cells joined again (the rows
as pdfplumber reads the published 普陀 PDFs' 公开05 and two-sided 公开06)."""

from __future__ import annotations

from juesuan.review import review_blocks
from juesuan.review.extract import Block
from juesuan.review.grid import join_codes


def _table(caption: str, rows: list[list[str]]) -> Block:
    return Block("\n".join("\t".join(r) for r in rows), "第9页", rows, title=caption, caption=caption)


T5 = [["项目", "", "", "", "一般公共预算财政拨款支出决算数", "", ""],
      ["功能分类科目编码", "", "", "科目名称", "合计", "基本支出", "项目支出"],
      ["类", "款", "项", "", "", "", ""],
      ["207", "", "", "文化旅游体育与传媒支出", "457.86", "454.06", "3.80"],
      ["207", "01", "", "文化和旅游", "457.86", "454.06", "3.80"],
      ["207", "01", "01", "行政运行", "457.86", "454.06", "3.80"],
      ["合计", "", "", "", "457.86", "454.06", "3.80"]]

T6 = [["经济分类科目编码", "", "科目名称", "决算数", "经济分类科目编码", "", "科目名称", "决算数"],
      ["类", "款", "", "", "类", "款", "", ""],
      ["301", "", "工资福利支出", "400.00", "302", "", "商品和服务支出", "54.06"],
      ["301", "01", "基本工资", "400.00", "302", "01", "办公费", "54.06"],
      ["人员经费合计", "", "", "400.00", "公用经费合计", "", "", "54.06"]]


def test_split_codes_are_joined_and_their_columns_go() -> None:
    rows = join_codes(_table("一般公共预算财政拨款支出决算表 单位：万元", T5)).rows
    assert rows[2:] == [["207", "文化旅游体育与传媒支出", "457.86", "454.06", "3.80"],
                        ["20701", "文化和旅游", "457.86", "454.06", "3.80"],
                        ["2070101", "行政运行", "457.86", "454.06", "3.80"],
                        ["合计", "", "457.86", "454.06", "3.80"]]
    two = join_codes(_table("一般公共预算财政拨款基本支出决算表 单位：万元", T6)).rows
    assert two[-2:] == [["30101", "基本工资", "400.00", "30201", "办公费", "54.06"],
                        ["人员经费合计", "", "400.00", "公用经费合计", "", "54.06"]]
    plain = _table("支出决算表 单位：万元", [["科目编码", "科目名称", "合计"], ["207", "文化旅游体育与传媒", "1.00"]])
    assert join_codes(plain) is plain  # no split codes: untouched


def test_joined_tables_are_checked_and_never_read_codes_as_amounts() -> None:
    head = Block("上海市普陀区文化和旅游局2025年度部门决算", "第1页")
    assert review_blocks([head, _table("一般公共预算财政拨款支出决算表 单位：万元", T5),
                          _table("一般公共预算财政拨款基本支出决算表 单位：万元", T6)]) == []
    wrong = [r[:] for r in T5]
    wrong[5][4] = "457.68"  # 2070101 no longer adds up to its parent 20701
    found = review_blocks([head, _table("一般公共预算财政拨款支出决算表 单位：万元", wrong)])
    # the 项 whose own columns and parents say 457.86 is wrong; 20701, computed from it, is not blamed
    assert [(f.code, f.figure, f.expected) for f in found] == [("R-TABLE-SUM", "457.68", "457.86")], \
        [(f.code, f.message) for f in found]
    assert all(f.figure not in ("01", "207", "301") for f in found)


def test_one_code_one_name_across_the_tables() -> None:
    """上海市普陀区生态环境局 2025: 公开02 cuts 2080505's name ("…基本养老保险"), 公开03 and 公开05 give it whole."""
    def table(caption: str, name: str) -> Block:
        return _table(f"{caption} 单位：万元", [["科目编码", "科目名称", "合计"], ["2080505", name, "229.67"]])

    whole = "机关事业单位基本养老保险缴费支出"
    head = Block("上海市普陀区生态环境局2025年度部门决算", "第1页")
    found = review_blocks([head, table("收入决算表", "机关事业单位基本养老保险"), table("支出决算表", whole),
                           table("一般公共预算财政拨款支出决算表", whole)])
    assert [(f.code, f.figure, f.expected) for f in found] == [("R-CODE-NAME", "机关事业单位基本养老保险", whole)]
    assert review_blocks([head, table("收入决算表", whole), table("支出决算表", whole)]) == []
