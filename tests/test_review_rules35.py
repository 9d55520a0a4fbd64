"""Habits of a 公益二类 unit's writer (rev35): a rate's % left out before a bracketed reason, a change mistyped beside
its right rate, 公开01's 经营收入 line against 公开02's column, two slips whose values mirror each other, and a
contract share computed of a procurement total that its own parts correct."""

from __future__ import annotations

from decimal import Decimal

from juesuan.core.findings import Level
from juesuan.review import review_blocks, review_text
from juesuan.review.arith import recomputed
from juesuan.review.extract import Block

TITLE = "上海市某区某中心2024年度部门决算\n"


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.figure, f.expected) for f in review_text(TITLE + text) if f.level != Level.INFO]


def test_a_rate_without_its_percent_before_a_bracketed_reason():
    """「下降2.58（主要原因：…）」: the bracket ends the rate as a comma would; a unit inside the bracket is no slip."""
    head = "一、收入支出决算总体情况说明\n2024年度收入支出总计1,520.60万元，比上年减少40.20万元，"
    assert _found(head + "下降2.58（主要原因：项目完成）。") == [("R-UNIT-MISSING", "2.58", "2.58%")]
    assert _found(head + "下降2.58%（主要原因：项目完成）。") == []
    assert _found(head + "下降2.58（%）。") == []


SECTION = "四、财政拨款收入支出决算总体情况说明\n2024年度财政拨款收入支出总计2,486.30万元，"


def test_a_change_one_digit_off_what_its_rate_gives_is_the_slip():
    """No last year's amount written: when the change the rate gives (A × R ÷ (100 ± R)) is the written change
    with one digit slipped, the change is wrong (R-DIFF, with that value), not the rate."""
    assert _found(SECTION + "比上年增加144.45万元，增长4.83%（主要原因：设备更新）。") == [
        ("R-DIFF", "144.45万元", "114.45万元")]
    assert _found(SECTION + "比上年增加114.45万元，增长4.83%（主要原因：设备更新）。") == []
    # a low digit of the change apart (117.45 for 114.45): the rate near the change's own, as likely the rate's slip
    assert _found(SECTION + "比上年增加117.45万元，增长4.83%（主要原因：设备更新）。") == [
        ("R-PERCENT", "4.83%", "4.96%")]
    # the rate far from any slip of the change: the rate is wrong, as before
    assert _found(SECTION + "比上年增加114.45万元，增长8.43%（主要原因：设备更新）。") == [
        ("R-PERCENT", "8.43%", "4.83%")]


def test_round_changes_are_not_told_apart_by_one_digit():
    """「减少10.00万元，下降40.00%」: round amounts are one digit apart by nature, no sign of a slip: the rate."""
    found = _found("七、“三公”经费支出情况\n本年“三公”经费支出30.00万元，比上年减少10.00万元，下降40.00%。")
    assert found == [("R-PERCENT", "40.00%", "25.00%")]


def test_a_share_of_a_total_its_parts_correct_is_no_second_error():
    """「总额A，其中：货物B；工程C；服务D。授予中小企业合同金额E，占总额的P%」 with A ≠ B + C + D and
    E = (B + C + D) × P: the total is the slip; E larger than A is its consequence (folded into the R-SUM), not a
    second error."""
    text = ("十一、其他重要事项的情况说明\n（二）政府采购支出情况\n2024年度本单位政府采购支出总额186.40万元，其中："
            "政府采购货物支出95.20万元；政府采购工程支出60.10万元；政府采购服务支出72.30万元。授予中小企业合同金额"
            "200.29万元，占政府采购支出总额的88.00%。")
    assert _found(text) == [("R-SUM", "186.40万元", "227.60万元")]


def test_a_percentage_in_a_product_reads_as_a_fraction():
    """「A × P% = B」 recomputed with A corrected; a share is never the operand a correction replaces."""
    fixed = (Decimal("227.60"), Decimal("227.60"))
    got = recomputed("186.40万元 × 88.00% = 164.03万元", Decimal("186.40"), fixed)
    assert got is not None and got[0] <= Decimal("200.29") <= got[1]
    assert recomputed("186.40万元 × 88.00% = 164.03万元", Decimal("88.00"), (Decimal("107.46"), Decimal("107.46"))) \
        is None
    got = recomputed("12.00 + 30.00% = 42.00", Decimal("12.00"), (Decimal("12.00"), Decimal("12.00")))
    assert got is not None and got[0] <= Decimal("42.00") <= got[1]  # a sum of points stays in points


def _table(title: str, rows: list[list[str]], n: int) -> Block:
    text = "\n".join("\t".join(r) for r in rows)
    return Block(text, f"第{n}个表格", rows, title=title, caption=f"{title} 单位：万元")


def _two_tables(jy1: str, jy2: str, total2: str = "1,080.00", text: str = "", codes: str = "R-TABLE") -> list:
    """公开01 with its 经营收入 line ``jy1``, 公开02's 合计 row with 经营收入 ``jy2`` (本年收入合计 ``total2``)."""
    t1 = _table("收入支出决算总表", [
        ["收入", "", "支出", ""], ["项目", "决算数", "项目", "决算数"],
        ["一、一般公共预算财政拨款收入", "600.00", "一、一般公共服务支出", "0.00"],
        ["二、事业收入", "350.00", "二、社会保障和就业支出", "1,070.00"],
        ["三、经营收入", jy1, "三、住房保障支出", "10.00"],
        ["四、其他收入", "10.00", "", ""],
        ["本年收入合计", "1,080.00", "本年支出合计", "1,080.00"],
        ["总计", "1,080.00", "总计", "1,080.00"]], 1)
    head = ["科目编码", "科目名称", "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入",
            "附属单位上缴收入", "其他收入"]
    t2 = _table("收入决算表", [
        head, ["", "合计", total2, "600.00", "0.00", "350.00", jy2, "0.00", "10.00"],
        ["208", "社会保障和就业支出", "1,070.00", "590.00", "0.00", "350.00", jy2, "0.00", "10.00"],
        ["221", "住房保障支出", "10.00", "10.00", "0.00", "0.00", "0.00", "0.00", "0.00"]], 2)
    paras = [Block(t, f"第{n}段", index=n) for n, t in enumerate(
        ("上海市某区某中心2024年度部门决算", *text.split("\n")), 1) if t]
    return [(f.code, f.figure, f.expected) for f in review_blocks([*paras, t1, t2])
            if f.level != Level.INFO and f.code.startswith(codes)]


def test_the_income_line_of_the_summary_table_against_the_income_table():
    """公开01's 经营收入 against 公开02's 经营收入 column, both 本年收入合计 equal: the table whose own sum holds
    only with the other's figure holds the slip (公开01's line, not its 本年收入合计; or 公开02's cell)."""
    assert _two_tables("102.00", "120.00") == [("R-TABLE-CROSS", "102.00", "120.00")]
    assert _two_tables("120.00", "102.00") == [("R-TABLE-CROSS", "102.00", "120.00")]
    assert _two_tables("120.00", "120.00") == []


def test_two_slips_whose_values_mirror_each_other_are_both_said():
    """The text's 经营支出 written as the 经营收入 figure (its own total and share say so) and 公开01's 经营收入 as the
    经营支出 figure (its own 本年收入合计 says so): each block's arithmetic holds only with its own finding's 应为 — two
    slips, not one finding blaming the other's figure."""
    text = ("三、支出决算情况说明\n2024年度本年支出合计1,080.00万元，其中：基本支出900.00万元，占83.33%；"
            "项目支出78.00万元，占7.22%；经营支出120.00万元，占9.44%。")
    assert _two_tables("102.00", "120.00", text=text, codes="R-") == [
        ("R-PART", "120.00万元", "102.00万元"), ("R-TABLE-CROSS", "102.00", "120.00")]
