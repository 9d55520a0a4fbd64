"""hab14: habits of other provinces' offices (session 14, tests/review_habits.py) that no rule expected, each
fixed at the rule that owns it; and the one formatter (base.show) that gives every rule's 应为 at the figure's
own grain and sign."""

from __future__ import annotations

from decimal import Decimal

from juesuan.core.findings import Level
from juesuan.review import review_text

TITLE = "上海市某区某委员会2024年度部门决算\n七、财政拨款“三公”经费支出决算情况说明\n"


def _alarms(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.figure, f.expected) for f in review_text(TITLE + text) if f.level != Level.INFO]


def test_a_list_parted_by_commas_gives_each_amount_the_subject_named_last():
    """「其中：因公出国（境）费年初预算A，支出决算0.00，…，公务用车…费年初预算C，支出决算D」 (a 「，」 where the
    template has 「；」): D is the 公务用车's 决算, not a second 因公出国（境）费 决算 beside its 0.00 (before:
    R-SAME)."""
    said = ("2024年度“三公”经费财政拨款支出年初预算为56.00万元，支出决算为38.68万元，完成预算的69.07%。其中：因公出国"
            "（境）费年初预算12.00万元，支出决算0.00万元，完成预算的0.00%，公务用车购置及运行维护费年初预算38.00万元，"
            "支出决算35.42万元，完成预算的93.21%，公务接待费年初预算6.00万元，支出决算3.26万元，完成预算的54.33%。\n"
            "2024年度“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0.00万元；公务用车购置及运行维护费支出决算"
            "35.42万元；公务接待费支出决算3.26万元。")
    assert _alarms(said) == []
    assert _alarms(said.replace("支出决算3.26万元，完成", "支出决算3.62万元，完成")) != []


def test_show_gives_an_amount_at_the_grain_of_a_figure_in_whole_wan():
    """base.show, the one formatter: 1,728.69万元 where the text writes 「1,728万元」 is 「1,729万元」 (half-up); a
    figure of two decimals keeps them; an amount the grain would show as 0 keeps its decimals."""
    from juesuan.review.base import show
    from juesuan.review.figures import find_figures

    whole, cents = find_figures("1,728万元")[0], find_figures("1,728.00万元")[0]
    assert show(Decimal("17286900"), whole) == "1,729万元"
    assert show(Decimal("17285000"), whole) == "1,729万元"
    assert show(Decimal("17286900"), cents) == "1,728.69万元"
    assert show(Decimal("3000"), whole) == "0.30万元"
    assert show(Decimal("326500"), find_figures("0万元")[0]) == "32.65万元"  # a bare 0 shows no grain


def test_a_corrected_negative_rate_types_the_documents_own_minus():
    """「增长-50.00%」 typed with a hyphen: 应为 「-58.72%」, so that pasting it keeps the text's habit (before:
    「−」)."""
    said = "2024年度机关运行经费支出14.06万元，比2023年度减少20.00万元，增长{}%。"
    assert _alarms(said.format("-50.00")) == [("R-PERCENT", "-50.00%", "-58.72%")]


def test_a_year_in_chinese_numerals_is_read_as_its_year():
    """「二〇二三年度收入、支出总计均为A」: last year's amount, as 「2023年度…」 is (before: read as this year's)."""
    from juesuan.review.blocks import normalize

    assert normalize("二〇二三年度收入、支出总计均为5,612.08万元，二零二四年") == (
        "2023年度收入、支出总计均为5,612.08万元，2024年")


def test_each_item_of_a_comma_parted_list_is_compared_on_its_own():
    """「其中：A费与上年均为0万元，B费增加32.68万元，增长69.09%，C费减少0.24万元，下降14.81%」: B's change is not
    read against A's 0万元 (before: 「比较基数为负数」, 方向应为“减少”)."""
    said = ("2024年度“三公”经费财政拨款支出决算数比2023年度增加32.44万元，增长66.31%，其中：因公出国（境）费支出决算"
            "与上年均为0万元，公务用车购置及运行维护费支出决算增加32.68万元，增长69.09%，公务接待费支出决算减少0.24万元，"
            "下降14.81%。")
    assert _alarms(said) == []


def test_a_list_mark_without_its_colon_still_opens_the_first_item():
    """「其中，因公出国（境）费未安排预算，决算为0万元」 (「其中」 and a comma): the 0万元 is the 因公出国（境）费's,
    not the “三公” total's (before: R-SAME against the total 4.84万元)."""
    said = ("2024年度本馆“三公”经费财政拨款支出年初预算为5.70万元，支出决算为4.84万元，完成预算的84.91%。其中，因公出国"
            "（境）费未安排预算，决算为0万元；公务用车购置及运行维护费支出决算3.98万元；公务接待费支出决算0.86万元。\n"
            "2024年度“三公”经费财政拨款支出决算4.84万元，其中：公务用车购置及运行维护费3.98万元，占82.23%；公务接待费"
            "0.86万元，占17.77%。")
    assert _alarms(said) == []


def test_a_row_named_in_a_comma_parted_list_owns_only_its_own_clause():
    """「上表中，行政运行主要用于…，决算数大于…，审计业务主要用于…，全部为项目支出」 (the 项 parted by 「，」): the
    「全部为项目支出」 is 审计业务's, not 行政运行's (before: 应为“全部为基本支出”); said of 行政运行 itself, still
    wrong."""
    from juesuan.review import review_blocks
    from juesuan.review.extract import Block

    rows = [["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
            ["2010801", "行政运行", "1,024.56", "1,024.56", ""], ["2010804", "审计业务", "300.00", "", "300.00"],
            ["合计", "", "1,324.56", "1,024.56", "300.00"]]
    title = "一般公共预算财政拨款支出决算表 单位：万元"
    table = Block("\n".join("\t".join(r) for r in rows), "第1个表格", rows, index=1, title=title, caption=title)

    def alarms(text: str) -> list[tuple[str, str]]:
        blocks = [Block("上海市某区审计局2024年度部门决算", "第0段", index=0), table,
                  Block("五、一般公共预算财政拨款支出决算情况说明", "第2段", index=2), Block(text, "第3段", index=3)]
        return [(f.code, f.expected) for f in review_blocks(blocks) if f.level != Level.INFO]

    said = ("上表中，行政运行主要用于局机关在职人员工资福利及日常运转，决算数大于预算数的主要原因是绩效奖励调整，"
            "审计业务主要用于政府购买审计服务，全部为项目支出，决算数小于预算数。")
    assert alarms(said) == []
    assert alarms(said.replace("日常运转，", "日常运转，全部为项目支出，")) == [("R-TEXT-TABLE", "全部为基本支出")]


def test_equal_amounts_in_whole_wan_may_be_larger_or_smaller():
    """「年初预算43万元，支出决算43万元，决算数大于年初预算数」 (a text in whole 万元: 42.60 and 43.21 both show 43):
    no contradiction (before: 应为“持平”); in two decimals equal amounts are equal."""
    said = "2024年度一般公共预算财政拨款支出年初预算为{b}万元，支出决算为{f}万元，决算数大于年初预算数。"
    assert _alarms(said.format(b="43", f="43")) == []
    assert [c for c, _, _ in _alarms(said.format(b="43.00", f="43.00"))] == ["R-DIRECTION"]


def test_a_rate_before_its_change_shares_its_comparison():
    """「上年决算数（调整后）为B，同比增长R%，增加C」 (the rate first): B is last year's, as in 「同比增加C，增长R%」 —
    R is C ÷ B (before: read with B as this year's, 应为8.18%); a wrong R is still corrected."""
    head = "2024年度收入支出总计18,422.01万元。上年决算数（调整后）为17,126.38万元，同比增长{}%，增加1,295.63万元。"
    text = "上海市某区某局2024年度部门决算\n一、收入支出决算总体情况说明\n" + head
    assert [f for f in review_text(text.format("7.57")) if f.level != Level.INFO] == []
    assert [(f.code, f.expected) for f in review_text(text.format("6.57")) if f.level != Level.INFO] == [
        ("R-PERCENT", "7.57%")]
