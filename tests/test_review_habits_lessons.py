"""The phrasings opened stand-ins taught, said in a short text of the same shape (tests/review_habits.py tries each
on every opened document; benchmarks/bench_review_habits.py ``--recall`` measures what each costs in finds)."""

from __future__ import annotations

from juesuan.core.findings import Level
from juesuan.review import review_text

_TITLE = "上海市某某局2024年度部门决算情况说明"
_PART = "五、一般公共预算财政拨款支出决算情况说明"


def _found(*lines: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.figure, f.expected) for f in review_text("\n".join([_TITLE, _PART, *lines]))
            if f.level is not Level.INFO]


def test_a_item_named_by_its_bare_code_first_is_an_item_of_its_own():
    """「2080505机关事业单位基本养老保险缴费支出：…」 (the code unbracketed, after 「第3项：」 or after the 「；」
    that ends the 项 before it): its own figures and purpose, not the 项 before it's."""
    chained = ("一般公共服务支出（类）民主党派及工商联事务（款）参政议政（项）年初预算30.00万元，支出决算36.25万元，"
               "主要用于参政议政调研，决算数大于年初预算数；")
    coded = ("2080505机关事业单位基本养老保险缴费支出：年初预算39.00万元，支出决算38.64万元，主要用于在职人员"
             "机关事业单位基本养老保险单位缴费，决算数{}年初预算数。")
    assert _found(chained + coded.format("小于")) == []
    assert _found("第1项：" + chained[:-1] + "。", "第2项：" + coded.format("小于")) == []
    assert [c for c, *_ in _found(chained + coded.format("大于"))] == ["R-DIRECTION"]


def test_a_completion_rate_without_de_and_one_naming_its_zero_budget_are_read():
    """「完成年初预算40.00%」 (的 left out) is a completion rate (决算 ÷ 年初预算); 「完成年初预算0.00万元的100.00%」
    of a 决算 of 96.30万元: no rate of a budget under 50元 is 100%."""
    item = "4.其他法院支出（项）。主要用于诉讼服务中心改造。"
    assert _found(item + "年初预算为300.00万元，支出决算为96.30万元，完成年初预算40.00%。") == [
        ("R-RATE", "40.00%", "32.10%")]
    assert [c for c, *_ in _found(item + "年初预算为0.00万元，支出决算为96.30万元，完成年初预算100.00%。")] == [
        "R-RATE-ZERO"]
    assert [c for c, *_ in _found(item + "支出决算为96.30万元，完成年初预算0.00万元的100.00%。")] == ["R-RATE-ZERO"]
    assert _found(item + "支出决算为0.00万元，完成年初预算0.00万元的0.00%。") == []


def test_a_rate_against_a_named_year_before_its_change_is_checked():
    """「较2023年度增长12.00%，增加100.00万元」 (the rate said first, its base named by the year): 100 ÷ 900."""
    said = "2024年度收入、支出总计均为1,000.00万元，较2023年度增长{}%，增加100.00万元。"
    assert _found(said.format("12.00")) == [("R-PERCENT", "12.00%", "11.11%")]
    assert _found(said.format("11.11")) == []


def test_the_two_basic_lists_parted_by_a_comma_or_in_wan_are_each_read():
    """「…津贴补贴，公用经费8.00万元，主要包括…」 (「，」 where the template has 「；」) and
    「公用经费8.00万，主要包括」 (万 without 元, as the template writes it): the 公用经费 list is read as its own (its
    会议费 against the table's 0)."""
    from juesuan.review import review_blocks
    from juesuan.review.extract import Block

    rows = [["科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数"],
            ["301", "工资福利支出", "12.00", "302", "商品和服务支出", "8.00"],
            ["30101", "基本工资", "7.00", "30201", "办公费", "5.00"],
            ["30102", "津贴补贴", "5.00", "30211", "差旅费", "3.00"],
            ["", "", "", "30215", "会议费", "0.00"]]
    table = Block("\n".join("\t".join(r) for r in rows), "第1个表格", rows,
                  title="一般公共预算财政拨款基本支出决算表", caption="一般公共预算财政拨款基本支出决算表 单位：万元")
    head = "2024年度一般公共预算财政拨款基本支出20.00万元，其中：人员经费12.00万元，主要包括基本工资、津贴补贴"
    tail = "公用经费8.00万元，主要包括办公费、会议费、差旅费。"
    for said in (f"{head}；{tail}", f"{head}，{tail}", f"{head}；{tail}".replace("万元，主要", "万，主要")):
        blocks = [Block(t, f"第{n}段", index=n) for n, t in enumerate(
            [_TITLE, "六、一般公共预算财政拨款基本支出决算情况说明", said], 1)] + [table]
        listed = [f.message for f in review_blocks(blocks) if f.code == "R-ECON-LIST"]
        assert len(listed) == 1 and "会议费" in listed[0], (said, listed)
