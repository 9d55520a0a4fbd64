"""Habits of a writer who never names a year (rev33): 「本年」「上年」 only, last year's amount in brackets after the
sentence's word (「与上年持平（上年为B万元）」)."""

from __future__ import annotations

from juesuan.core.findings import Level
from juesuan.review import review_text

TITLE = "上海市某区某委员会2024年度部门决算\n十一、其他重要事项的情况说明\n（一）机关运行经费支出情况\n"


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.figure, f.expected) for f in review_text(TITLE + text) if f.level != Level.INFO]


def test_flat_with_last_years_amount_in_brackets_after_it():
    """「A，与上年持平（上年为B）」 with A ≠ B is not 持平; equal amounts (or a change said) are quiet."""
    assert _found("本年度机关运行经费支出86.30万元，与上年持平（上年为82.15万元），包括办公费20.00万元、"
                  "其他商品和服务支出66.30万元。") == [("R-FLAT", "86.30万元", "增加4.15万元")]
    assert _found("本年度机关运行经费支出86.30万元，与上年度持平（上年度为90.00万元）。") == [
        ("R-FLAT", "86.30万元", "减少3.70万元")]
    assert _found("本年度机关运行经费支出86.30万元，与上年持平（上年为86.30万元）。") == []
    assert _found("本年度机关运行经费支出86.30万元，比上年增加4.15万元（上年为82.15万元）。") == []


def _econ(public: str) -> list[tuple[str, str, str]]:
    """A 基本支出 paragraph whose halves each carry their share (「公用经费A万元，占X%，主要包括：…」) over a 公开06."""
    from juesuan.review import review_blocks
    from juesuan.review.extract import Block

    rows = [["经济分类科目编码", "科目名称", "决算数", "经济分类科目编码", "科目名称", "决算数"],
            ["301", "工资福利支出", "500.00", "302", "商品和服务支出", "60.00"],
            ["30101", "基本工资", "300.00", "30201", "办公费", "40.00"],
            ["30102", "津贴补贴", "200.00", "30203", "咨询费", "0.00"],
            ["", "", "", "30211", "差旅费", "20.00"]]
    title = "一般公共预算财政拨款基本支出决算表"
    table = Block("\n".join("\t".join(r) for r in rows), "第1个表格", rows, title=title, caption=f"{title} 单位：万元")
    text = ("本年度一般公共预算财政拨款基本支出560.00万元，其中：人员经费500.00万元，占89.29%，主要包括：基本工资、"
            f"津贴补贴；公用经费60.00万元，占10.71%，主要包括：{public}。")
    paras = [Block(t, f"第{n}段", index=n) for n, t in
             enumerate(("上海市某区某委员会2024年度部门决算", "六、一般公共预算财政拨款基本支出决算情况说明", text), 1)]
    return [(f.code, f.figure, f.expected) for f in review_blocks([*paras, table]) if f.code == "R-ECON-LIST"]


def test_a_list_after_its_share_is_checked_against_the_table():
    """「占X%」 between a half's amount and its list: the list is still the half's (a line at 0 named)."""
    assert _econ("办公费、差旅费") == []
    assert [(c, e) for c, _, e in _econ("办公费、咨询费、差旅费")] == [("R-ECON-LIST", "删去“咨询费”")]


def test_the_units_name_with_a_word_left_out():
    """The unit's name typed once with a two-character word missing (「…资源管理局」 for 「…资源规划管理局」);
    「人民」 left out is the customary short form."""
    from juesuan.review import review_text

    def names(name: str, once: str) -> list[tuple[str, str]]:
        text = (f"{name}2024年度部门决算\n第一部分 {name}概况\n一、主要职能\n{name}负责全区水务工作。\n"
                f"十、预算绩效管理情况\n{once}本年度开展绩效自评的项目3个。\n（一）机关运行经费支出情况\n"
                f"本年度{name}机关运行经费支出12.00万元。")
        return [(once if f"此处为“{once}”" in f.message else f.message, f.expected) for f in review_text(text)
                if f.code == "R-UNIT-NAME"]

    full = "上海市某区水务资源规划管理局"
    assert names(full, full) == []
    assert names(full, "上海市某区水务资源管理局") == [("上海市某区水务资源管理局", full)]
    assert names("上海市某区人民政府办公室", "上海市某区政府办公室") == []


def test_a_total_in_whole_wan_is_corrected_at_its_own_grain():
    """The 总体情况 in whole 万元 over a table in two decimals: 「本年支出合计1,728万元」 for 1,728.69 is wrong (not
    rounded half-up) and the 应为 is 1,729万元, as the sentence writes its figures; rounded right, quiet."""
    from juesuan.review import review_blocks
    from juesuan.review.extract import Block

    rows = [["收入", "", "支出", ""], ["项目", "决算数", "项目", "决算数"],
            ["一、财政拨款收入", "2,345.68", "一、一般公共服务支出", "2,345.68"],
            ["本年收入合计", "2,345.68", "本年支出合计", "2,345.68"],
            ["收入总计", "2,345.68", "支出总计", "2,345.68"]]
    title = "收入支出决算总表"
    table = Block("\n".join("\t".join(r) for r in rows), "第1个表格", rows, title=title, caption=f"{title} 单位：万元")

    def found(said: str) -> list[tuple[str, str, str]]:
        text = f"本年度收入总计2,346万元，支出总计2,346万元。其中：本年收入合计2,346万元，本年支出合计{said}万元。"
        paras = [Block(t, f"第{n}段", index=n) for n, t in enumerate(
            ("上海市某区某委员会2024年度部门决算", "一、收入支出决算总体情况说明", text), 1)]
        return [(f.code, f.figure, f.expected) for f in review_blocks([table, *paras]) if f.code == "R-TEXT-TABLE"]

    assert found("2,346") == []
    assert found("2,345") == [("R-TEXT-TABLE", "2,345万元", "2,346万元")]
