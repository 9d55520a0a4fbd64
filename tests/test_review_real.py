"""审阅 on the way published 决算公开 texts are written: each rule finds its problem with the
right value, and the same passage written correctly gives nothing (a false alarm is worse than
a miss)."""

from __future__ import annotations

import pytest

from juesuan.review import Block, review_blocks, review_text
from juesuan.review.blocks import Blocks
from juesuan.review.extract import read_text
from juesuan.review.rules.reading import coverage

ITEMS = """五、一般公共预算财政拨款支出决算情况说明
（三）一般公共预算财政拨款支出决算具体情况
一般公共预算财政拨款支出年初预算为300.00万元，支出决算为320.00万元，完成年初预算的106.67%。决算数大于预算数的主要原因：人员增加。其中：
1、教育支出（类）普通教育（款）初中教育（项）。主要用于：教学。年初预算为100.00万元，支出决算为110.00万元。决算数大于预算数的主要原因：人员增加。
2、教育支出（类）普通教育（款）高等教育（项）。主要用于：教学。年初预算为200.00万元，支出决算为210.00万元。决算数大于预算数的主要原因：人员增加。
"""


def _codes(text: str) -> list[tuple[str, str]]:
    return [(f.code, f.expected) for f in review_text(text)]


@pytest.mark.parametrize("layout", ["paragraphs", "one paragraph", "heading apart"])
def test_figures_of_each_item_are_tied_to_their_own_item(layout):
    """项-by-项: "年初预算为X，支出决算为Y" belongs to its 项 — never compared across 项."""
    text = ITEMS
    if layout == "one paragraph":
        text = text.replace("\n1、", "1、").replace("\n2、", "2、")
    elif layout == "heading apart":
        text = text.replace("（项）。", "（项）。\n")
    assert _codes(text) == []
    wrong = text.replace("支出决算为210.00万元。", "支出决算为210.00万元，比年初预算增加20.00万元。")
    assert _codes(wrong) == [("R-DIFF", "10.00万元")]


def test_a_change_whose_amount_is_in_the_sentence_before():
    text = "某局2024年度收入支出总计1,234.56万元。与2023年度相比，收入支出总计增加34.56万元，增长{}。"
    assert _codes(text.format("2.88%")) == []
    assert _codes(text.format("3.88%")) == [("R-PERCENT", "2.88%")]


@pytest.mark.parametrize(("said", "found"), [
    ("决算数大于预算数", []),
    ("决算数小于预算数", [("R-DIRECTION", "决算数大于预算数")]),
    ("决算数与预算数持平", [("R-DIRECTION", "决算数大于预算数")]),
    ("决算数大于（小于）预算数", [("R-TEMPLATE", "大于")]),
])
def test_final_against_budget_words(said, found):
    text = f"某局支出年初预算为300.00万元，支出决算为320.00万元。{said}的主要原因是人员增加。"
    assert _codes(text) == found


def test_rate_of_a_zero_budget():
    text = "“三公”经费支出年初预算为0万元，全年预算为20.00万元，支出决算为18.00万元，完成{}预算的90.00%。"
    assert _codes(text.format("全年")) == []
    assert _codes(text.format("年初")) == [("R-RATE-ZERO", "完成全年预算的90.00%")]


def test_part_larger_than_its_whole():
    text = "本部门面向中小企业预留政府采购项目预算金额{}万元，面向小微企业预留政府采购项目预算金额45.00万元。"
    assert _codes(text.format("50.00")) == []
    # nothing in the text decides which of the two is wrong: both said, no bound as 应为 (rev41)
    assert _codes(text.format("30.00")) == [("R-SUBSET", "")]


@pytest.mark.parametrize(("text", "found"), [
    ("机关运行经费支出120.00万元，比2023年度增加10.00万元，增长9.09%。", []),
    ("机关运行经费支出120.00万元，比2023年度增加10.00万元，增长9.09。", [("R-UNIT-MISSING", "9.09%")]),
    ("全国政府采购规模为34,993.1亿元，较上年减少1,405.9亿元，下降3.9%。", []),
    ("本年收入合计100.00万元，其中：财政拨款收入100.00万元，占100.00%。为了达到目的的要求。", []),
    ("本年收入合计100.00万元，其中：财政拨款收入100.00万元的的占比为100.00%。", [("R-REPEAT", "的")]),
])
def test_wording(text, found):
    assert _codes(text) == found


def test_template_alternatives_left_alone_when_nothing_is_filled_in():
    assert _codes("收入支出总计XXX万元，增加（减少）XXX万元，增长（下降）XX%。") == []


def test_class_names_against_codes():
    year = "某局2024年度部门决算\n"
    assert _codes(year + "其中：教育支出（类）普通教育（款）初中教育（项）支出100.00万元。") == []
    assert _codes(year + "其中：卫生健康（类）公共卫生（款）支出100.00万元。") == []
    assert _codes(year + "其中：教育之出（类）普通教育（款）支出100.00万元。") == [("R-CODE-NAME", "教育支出")]
    table = Block("", "第1个表格", [["科目编码", "科目名称", "决算数"], ["205", "教育支出", "10.00"],
                                    ["210", "卫生建康支出", "5.00"]], title="单位：万元")
    found = review_blocks(Blocks([*read_text(year), table]))
    assert [(f.code, f.expected) for f in found] == [("R-CODE-NAME", "卫生健康支出")]


def test_lost_figures_make_the_review_incomplete_not_clean():
    lost = "\n".join(["本年收入合计万元，其中：财政拨款收入万元，占；事业收入万元，占。"] * 3
                     + ["一般公共预算财政拨款支出万元，占本年支出合计的。", "基本支出万元。", "项目支出万元。"])
    total, missing = coverage(read_text(lost))
    assert total == 6 and len(missing) == 6
    assert [f.code for f in review_text(lost)] == ["R-INCOMPLETE"]
    assert _codes("本年收入合计100.00万元。" * 6) == []


T1 = [["收入", "", "支出", ""], ["项目", "决算数", "项目", "决算数"],
      ["一、一般公共预算财政拨款收入", "100.00", "一、一般公共服务支出", "80.00"],
      ["本年收入合计", "100.00", "本年支出合计", "80.00"], ["年初结转和结余", "0.00", "年末结转和结余", "20.00"],
      ["总计", "100.00", "总计", "100.00"]]
T6 = [["经济分类科目编码", "科目名称", "决算数", "经济分类科目编码", "科目名称", "决算数"],
      ["301", "工资福利支出", "50.00", "302", "商品和服务支出", "20.00"],
      ["30101", "基本工资", "50.00", "30201", "办公费", "20.00"],
      ["人员经费合计", "", "50.00", "公用经费合计", "", "20.00"]]
EXPLAINED = """第三部分 某局2024年度部门决算情况说明
一、收入支出决算总体情况说明
某局2024年度收入支出总计{total}万元。
六、一般公共预算财政拨款基本支出决算情况说明
一般公共预算财政拨款基本支出70.00万元。其中：人员经费{personnel}万元，主要包括：基本工资；公用经费20.00万元，主要包括：办公费。"""


def _disclosure(total: str, personnel: str, order=("收入支出决算总表", "一般公共预算财政拨款基本支出决算表")):
    tables = {"收入支出决算总表": T1, "一般公共预算财政拨款基本支出决算表": T6}
    blocks = [Block("", f"第{n + 1}个表格", tables[name], title="单位：万元", caption=f"{name} 单位：万元")
              for n, name in enumerate(order)]
    return [(f.code, f.expected, f.why) for f in
            review_blocks(Blocks([*read_text(EXPLAINED.format(total=total, personnel=personnel)), *blocks]))]


def test_text_against_the_table_its_section_explains():
    assert _disclosure("100.00", "50.00") == []
    # the 计算 names the table (a reviewer opens it to check)
    assert _disclosure("120.00", "55.00") == [
        ("R-TEXT-TABLE", "100.00万元", "收入支出决算总表中为100.00万元"),
        # the sentence's own sum (55.00 + 20.00 ≠ 70.00) is folded in: its arithmetic restated with the 应为
        ("R-TEXT-TABLE", "50.00万元",
         "一般公共预算财政拨款基本支出决算表中为50.00万元；50.00万元 + 20.00万元 = 70.00万元")]
    (found,) = _disclosure("1,000,000.00", "50.00")
    assert found[:2] == ("R-TEXT-TABLE", "100.00万元") and "元”与“万元" in found[2]


def test_nine_tables_present_and_in_order():
    from juesuan.review.rules.text_table import PUBLIC_TABLES

    def blocks(names):
        return Blocks([Block("", f"第{n + 1}个表格", [["项目", "决算数"], ["合计", ""]], title="单位：万元",
                             caption=name) for n, name in enumerate(names)])

    assert review_blocks(blocks(PUBLIC_TABLES)) == []
    missing = review_blocks(blocks([n for n in PUBLIC_TABLES if n != "收入决算表"]))
    assert [(f.code, f.expected) for f in missing] == [("R-TABLES", "收入决算表")]
    swapped = list(PUBLIC_TABLES)
    swapped[1], swapped[2] = swapped[2], swapped[1]
    assert [f.code for f in review_blocks(blocks(swapped))] == ["R-TABLES"]
    assert review_blocks(blocks(PUBLIC_TABLES[:3])) == []  # not a 决算公开: no claim on its tables


def test_a_published_disclosure_with_its_nine_tables():
    """上海市普陀区生态环境局 2025年度部门决算 (tests/data/published): the text as copied out of the
    PDF (lines wrapped) and the nine tables as printed. Its established errors in the 情况说明 are
    found with their right values, and nothing else is raised."""
    import tomllib
    from pathlib import Path

    from juesuan.review.extract import read

    here = Path(__file__).parent / "data" / "published"
    tables = tomllib.loads((here / "putuo_sthj_2025.expected.toml").read_text(encoding="utf-8"))["tables"]
    blocks = read(here / "putuo_sthj_2025.txt")
    for key, table in tables.items():
        rows = [list(r) for r in ([table["header"]] if "header" in table else []) + table["rows"]]
        blocks.append(Block("", key, rows, title="单位：万元", caption=f"{table['title']} 单位：万元"))
    found = {(f.code, f.expected) for f in review_blocks(blocks) if f.level.value != "提示"}
    assert found == {
        ("R-PERCENT", "2.59%"),  # 十一(一) 机关运行经费: 4.68 ÷ 180.73
        ("R-ECON-LIST", "删去“其他对个人和家庭的补助”；补列“其他工资福利支出”"),  # 六: 人员经费 lists a line of 0
        # 六: 公用经费 lists 咨询费 (no row in 公开06) and four lines of 0
        ("R-ECON-LIST", "删去“咨询费”、“手续费”、“专用材料费”、“劳务费”、“委托业务费”"),
        # 七(一): 公务接待费 "减少为0.00万元，与2024年持平"
        ("R-FLAT", "删去“减少”"),  # +5.07 = 出国 0 + 公务用车 +5.07: 接待 0
        # (七(二) 3: "国内公务接待支出0.00万（含…" is the template's own wording: no finding since hab16)
        # 七(一) 因公出国（境）费 "完成预算的0.00%", 公开07 预算 0.00
        ("R-RATE-ZERO", "删去“，完成预算的0.00%”"),
        ("R-TABLE-CROSS", "1,367.76"),  # 公开05 合计 项目支出 1,367.75: its row does not add up, 公开03's does
    }, found


def test_unit_name_written_two_ways():
    head = "某县农业农村局2023年度部门决算\n"
    assert _codes(head + "某县农业农村局2023年度收入支出总计100.00万元。") == []
    assert _codes(head + "某县农业农林局2023年度收入支出总计100.00万元。") == [("R-UNIT-NAME", "某县农业农村局")]
    assert _codes(head + "某县林业草原局2023年度收入支出总计100.00万元。") == []  # another unit
