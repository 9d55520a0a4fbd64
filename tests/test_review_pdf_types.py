"""The nine 公开 tables typed as the rules read them (review/grid.py): which table each is however a
unit titles it, and the unit of its amounts however it is printed.

Published 决算 PDFs title the tables with the unit's name and year ("上海市XX局2024年度收入支出决算总表"),
under other names (中央 and many 地方 templates say "部门收支决算总表", "财政拨款收支决算总表"), number
them ("公开04表") and print the unit line above the table or, when the table comes from a spreadsheet,
in its own first row; some tables are in 元 or 千元 while the 情况说明 writes 万元. A rule comparing a
text's 万元 with a table must read the table's own unit, and a renamed table must still be found."""

from __future__ import annotations

from juesuan.review import review_blocks
from juesuan.review.blocks import Block, Blocks
from juesuan.review.grid import kind_of, model, unit_of


def _table(caption: str, rows: list[list[str]]) -> Block:
    return Block("\n".join("\t".join(r) for r in rows), "第5页", rows, title=caption, caption=caption)


T1 = [["收入", "", "支出", ""], ["项目", "决算数", "项目", "决算数"],
      ["财政拨款收入", "1,000.00", "一般公共服务支出", "1,200.00"], ["事业收入", "200.00", "", ""],
      ["本年收入合计", "1,200.00", "本年支出合计", "1,200.00"]]
SANGONG = [["合计", "", "因公出国（境）费", "", "公务用车购置及运行维护费", "", "公务接待费", ""],
           ["预算数", "决算数"] * 4, ["3.00", "2.00", "0.00", "0.00", "2.00", "1.50", "1.00", "0.50"]]


def test_tables_named_by_their_title_however_worded():
    cases = {
        "上海市某某局2024年度收入支出决算总表 单位：万元": "收入支出决算总表",
        "上海市某某局2024年度部门收支决算总表": "收入支出决算总表",
        "部门财政拨款收支决算总表 公开04表": "财政拨款收入支出决算总表",
        "上海市某某局2024年度一般公共预算财政拨款 基本支出决算表": "一般公共预算财政拨款基本支出决算表",
        "一般公共预算财政拨款“三公”经费支出决算表": "财政拨款“三公”经费支出决算表",
        # a note of the table before it, then this table's title: the last name is this table's
        "注：本单位无政府性基金预算财政拨款收入支出决算表的数据。 国有资本经营预算财政拨款收支决算表":
            "国有资本经营预算财政拨款收入支出决算表",
        "公开05表 单位：万元": "一般公共预算财政拨款支出决算表",
    }
    for caption, kind in cases.items():
        assert kind_of(_table(caption, T1)) == kind, caption


def test_untitled_tables_named_by_their_heads_among_the_nine_only():
    """A table whose title was not read, among the nine (after one of them, short lines between),
    is named by its heads; one after a 情况说明 paragraph, or titled as its own, is none of them."""
    assert kind_of(_table("", SANGONG)) == "财政拨款“三公”经费支出决算表"
    assert kind_of(_table("单位：万元", T1)) == "收入支出决算总表"
    assert kind_of(_table("表1：本单位三公经费情况", SANGONG)) == ""
    t6_name, t7_name = "一般公共预算财政拨款基本支出决算表", "财政拨款“三公”经费支出决算表"
    t6 = _table(t6_name, [["科目编码", "科目名称", "决算数"], ["30101", "基本工资", "1.00"]])
    among = model(Blocks([t6, Block("单位：万元", "第6页"), _table("", SANGONG)]))
    assert [b.kind for b in among if b.is_table] == [t6_name, t7_name]
    said = Block("“三公”经费支出决算为2.00万元，比年初预算减少1.00万元，主要原因是厉行节约。", "第20页")
    after = model(Blocks([t6, said, _table("", SANGONG)]))
    assert [b.kind for b in after if b.is_table] == [t6_name, ""]


def test_unit_read_from_caption_or_first_row_thousands_in_yuan():
    assert unit_of(_table("收入支出决算总表 单位：元", T1)) == "元"
    assert unit_of(_table("收入支出决算总表", [["单位：万元", "", "", ""], *T1])) == "万元"
    assert unit_of(_table("收入支出决算总表 金额单位: 千元", T1)) == "千元"
    assert unit_of(_table("收入支出决算总表", T1)) == "元"  # none printed: the tables' 元
    typed = model(Blocks([_table("收入支出决算总表 单位：千元", T1)]))[0]
    assert typed.unit == "元" and typed.rows[-1] == ["本年收入合计", "1,200,000.00", "本年支出合计", "1,200,000.00"]


def _document(caption: str, rows: list[list[str]], stated: str) -> Blocks:
    return Blocks([
        Block("一、收入支出决算总体情况说明", "第8页"),
        Block(f"2024年度本年收入合计{stated}万元，其中财政拨款收入1,000.00万元。", "第8页"),
        _table(caption, rows),
    ])


def _scaled(rows: list[list[str]], factor: int) -> list[list[str]]:
    def scale(cell: str) -> str:
        return f"{float(cell.replace(',', '')) * factor:,.2f}" if cell[:1].isdigit() else cell
    return [[scale(c) for c in r] for r in rows]


def test_text_in_wan_against_tables_in_yuan_or_qianyuan_or_a_unit_row():
    tables = [("收入支出决算总表 单位：元", _scaled(T1, 10000)),
              ("收入支出决算总表 单位：千元", _scaled(T1, 10)),
              ("收入支出决算总表", [["单位：万元", "", "", ""], *T1]),  # the unit in the table's first row
              ("上海市某某局2024年度部门收支决算总表 单位：万元", T1)]
    for caption, rows in tables:
        assert [f.code for f in review_blocks(_document(caption, rows, "1,200.00"))] == [], caption
        wrong = [f for f in review_blocks(_document(caption, rows, "1,300.00")) if f.code == "R-TEXT-TABLE"]
        assert [f.expected for f in wrong] == ["1,200.00万元"], caption


def test_a_reason_beside_a_code_is_no_name_of_it():
    """A workbook's reasons table (对比 | 科目编码 | 原因说明) beside the 公开 tables: the reason written
    next to code 210 is not another name of 210 (the demo workbook's PDF, page 9)."""
    t5 = _table("一般公共预算财政拨款支出决算表 单位：万元", [["科目编码", "科目名称", "合计"],
                                                          ["210", "卫生健康支出", "10.00"], ["合计", "", "10.00"]])
    t3 = _table("支出决算表 单位：万元", [["科目编码", "科目名称", "本年支出合计"],
                                         ["210", "卫生健康支出", "10.00"], ["合计", "", "10.00"]])
    reasons = _table("差异原因", [["对比", "项目（名称或科目编码）", "原因说明"],
                                  ["决算与预算对比", "210", "新增人员较多，未能及时缴纳医疗保险。"]])
    reasons = Block(reasons.text, "第9页", [r[1:] for r in reasons.rows], title="差异原因", caption="差异原因")
    assert [f.code for f in review_blocks(Blocks([t5, t3, reasons])) if f.code == "R-CODE-NAME"] == []
