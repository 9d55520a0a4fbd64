"""Whole-document rule families (review/rules/documents.py and the wording/rate additions): each
with a real-shaped case that fires and a clean near-miss that does not. Wording as published in
Shanghai 部门决算 情况说明 (tests/data/published)."""

from __future__ import annotations

from juesuan.core.findings import Level
from juesuan.review import review_blocks, review_text
from juesuan.review.extract import Block


def _codes(findings, code: str) -> list[tuple[str, str, Level]]:
    return [(f.figure, f.expected, f.level) for f in findings if f.code == code]


def _para(text: str, n: int) -> Block:
    return Block(text, f"第{n}段", index=n)


def _table(caption: str, rows: list[list[str]], n: int) -> Block:
    return Block("\n".join("\t".join(r) for r in rows), f"第{n}个表格", rows, index=n, title=caption, caption=caption)


BASIC = ("一般公共预算财政拨款基本支出3365.38万元。其中：人员经费2949.02万元，主要包括：基本工资、津贴补贴；"
         "公用经费416.36万元，主要包括：办公费、印刷费。")


def test_running_cost_within_common_cost() -> None:
    clean = review_text(BASIC + "\n机关运行经费支出185.41万元，比2024年度增加4.68万元，增长2.59%。")
    assert not _codes(clean, "R-RUNNING-COST")  # an inequality: 185.41 ≤ 416.36 is fine
    wrong = review_text(BASIC + "\n机关运行经费支出485.41万元，比2024年度增加4.68万元，增长0.97%。")
    assert _codes(wrong, "R-RUNNING-COST") == [("485.41万元", "不大于公用经费416.36万元", Level.ERROR)]


_COMMON = "一般公共预算财政拨款基本支出526.40万元。其中：人员经费399.59万元；公用经费126.81万元。"


def test_running_cost_said_to_be_the_common_cost_must_equal_it() -> None:
    """「…机关运行经费支出X元，即…基本支出中的公用经费」 (under the unit's name and year) states an equality: X
    is the 公用经费 in another unit, and a rate computed with X is checked against that, not blamed itself."""
    said = ("\n上海市某区某馆2024年度机关运行经费支出{x}元，即一般公共预算财政拨款基本支出中的公用经费，"
            "比2023年度增加48,300.00元，增长3.96%。")
    assert not _codes(review_text(_COMMON + said.format(x="1,268,100.00")), "R-RUNNING-COST")
    found = review_text(_COMMON + said.format(x="1,286,100.00"))  # two digits swapped; 3.96% is 48,300 ÷ 1,219,800
    assert _codes(found, "R-RUNNING-COST") == [("1,286,100.00元", "1,268,100.00元", Level.ERROR)]
    assert not _codes(found, "R-PERCENT")
    # a part of the 公用经费, not said to be it: smaller is fine
    part = "\n上海市某区某馆2024年度机关运行经费支出1,186,100.00元，比2023年度增加48,300.00元，增长4.25%。"
    assert not _codes(review_text(_COMMON + part), "R-RUNNING-COST")


def test_running_cost_against_the_basic_table() -> None:
    table = _table("一般公共预算财政拨款基本支出决算表 单位：万元",
                   [["人员经费", "", ""], ["科目编码", "科目名称", "决算数"], ["301", "工资福利支出", "2857.05"],
                    ["人员经费合计", "", "2949.02"], ["公用经费合计", "", "16.36"]], 1)
    text = _para("机关运行经费支出185.41万元，比2024年度增加4.68万元，增长2.59%。", 2)
    assert _codes(review_blocks([_para("上海市普陀区生态环境局2025年度部门决算", 0), table, text]),
                  "R-RUNNING-COST") == [("185.41万元", "不大于公用经费16.36万元", Level.ERROR)]


def test_empty_fund_statement_against_the_text_and_the_table() -> None:
    says_none = ("八、政府性基金预算财政拨款收入支出决算情况说明\n"
                 "上海市普陀区生态环境局2025年度无政府性基金预算财政拨款收入和支出。")
    assert not _codes(review_text(says_none), "R-FUND-EMPTY")
    both = says_none + "\n政府性基金预算财政拨款收入2002.80万元，支出2002.80万元。"
    assert len(_codes(review_text(both), "R-FUND-EMPTY")) == 1
    table = _table("政府性基金预算财政拨款收入支出决算表 单位：万元",
                   [["项目", "年初结转和结余", "本年收入", "本年支出"], ["合计", "0.00", "2002.80", "2002.80"]], 1)
    found = review_blocks([_para("上海市XX局2025年度部门决算", 0), table,
                           _para("上海市XX局2025年度无政府性基金预算财政拨款收入和支出。", 2)])
    assert len(_codes(found, "R-FUND-EMPTY")) == 1
    empty = _table("政府性基金预算财政拨款收入支出决算表 单位：万元",
                   [["项目", "年初结转和结余", "本年收入", "本年支出"], ["合计", "", "", ""]], 1)
    assert not _codes(review_blocks([_para("上海市XX局2025年度部门决算", 0), empty,
                                     _para("上海市XX局2025年度无政府性基金预算财政拨款收入和支出。", 2)]),
                      "R-FUND-EMPTY")


def _t1(income: str) -> Block:
    return _table("收入支出决算总表 单位：万元",
                  [["收入", "", "支出", ""], ["一、一般公共预算财政拨款收入", "4733.14", "十、节能环保支出", "3742.47"],
                   ["本年收入合计", income, "本年支出合计", "4733.14"]], 1)


def _t2(total: str) -> Block:
    return _table("收入决算表 单位：万元",
                  [["功能分类科目编码", "科目名称", "本年收入合计", "财政拨款收入"], ["合计", "", total, total]], 2)


def test_cross_tables_same_total() -> None:
    head = _para("上海市普陀区生态环境局2025年度部门决算", 0)
    assert not _codes(review_blocks([head, _t1("4733.14"), _t2("4733.14")]), "R-TABLE-CROSS")
    found = _codes(review_blocks([head, _t1("4733.14"), _t2("4733.13")]), "R-TABLE-CROSS")
    assert found == [("4733.13", "4733.14", Level.ERROR)]


def _t5(basic: str) -> Block:
    return _table("一般公共预算财政拨款支出决算表 单位：万元",
                  [["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
                   ["211", "节能环保支出", "4733.14", basic, "1367.76"], ["合计", "", "4733.14", basic, "1367.76"]], 3)


def _t6(common: str) -> Block:
    return _table("一般公共预算财政拨款基本支出决算表 单位：万元",
                  [["科目编码", "科目名称", "决算数"], ["人员经费合计", "", "2949.02"],
                   ["公用经费合计", "", common]], 4)


def test_cross_tables_sum_is_rounding_aware() -> None:
    head = _para("上海市普陀区生态环境局2025年度部门决算", 0)
    assert not _codes(review_blocks([head, _t5("3365.38"), _t6("416.36")]), "R-TABLE-CROSS")
    tail = _codes(review_blocks([head, _t5("3365.38"), _t6("416.37")]), "R-TABLE-CROSS")
    assert tail == []  # 0.01: the rounding of two parts (尾数), not a finding
    wrong = _codes(review_blocks([head, _t5("3365.38"), _t6("426.36")]), "R-TABLE-CROSS")
    assert wrong == [("3365.38", "3375.38", Level.ERROR)]


def test_cover_year_against_the_body() -> None:
    body = ("\n一、收入支出决算总体情况说明\n上海市XX局2024年度收入支出总计100.00万元。"
            "\n上海市XX局2024年度财政拨款收入支出总计100.00万元。\n上海市XX局2024年度无政府性基金预算财政拨款收入和支出。")
    assert not _codes(review_text("上海市XX局2024年度部门决算" + body), "R-COVER")
    stale = review_text("上海市XX局2023年度部门决算" + body)
    assert _codes(stale, "R-COVER") == [("2023年度", "2024年度", Level.ERROR)]
    typo = review_text("上海市XX局2024年度部门决算\n第三部分 上海市XX局202年度部门决算情况说明" + body)
    assert ("202年度", "2024年度", Level.WARNING) in _codes(typo, "R-TYPO-YEAR")


def test_flat_said_of_a_change() -> None:
    assert _codes(review_text("其中：公务接待费支出决算减少为0.00万元，与2024年持平。"), "R-FLAT")
    clean = ("因公出国（境）费支出决算与2024年持平；公务用车购置及运行维护费支出决算减少20.06万元，下降88.37%。"
             "因公出国（境）费支出持平的主要原因是2025年未发生因公出国（境）。")
    assert not _codes(review_text(clean), "R-FLAT")


def test_purpose_naming_another_items_matter() -> None:
    item = "23、住房保障支出（类）住房改革支出（款）住房公积金（项）。主要用于：缴纳在职人员{}。年初预算为459.72万元。"
    wrong = item.format("基本医疗保险")
    assert _codes(review_text(wrong), "R-PURPOSE")
    right = item.format("住房公积金")
    assert not _codes(review_text(right), "R-PURPOSE")


def test_rate_sentences_after_its_figures() -> None:
    """Seen in a real 2021 单位决算: the rate two sentences after the 决算 it is of."""
    text = ("2021年度一般公共预算财政拨款支出年初预算为1000.00万元，支出决算为1057.60万元。"
            "决算数大于预算数的主要原因是年中追加项目经费。完成年初预算的{}%。")
    assert _codes(review_text(text.format("27.22")), "R-RATE") == [("27.22%", "105.76%", Level.ERROR)]
    assert not _codes(review_text(text.format("105.76")), "R-RATE")
    # the head's items between, with no budget of their own: the rate is still the head's
    items = "年初预算为1000.00万元，支出决算为1057.60万元。其中：甲项目100.00万元。完成年初预算的90.00%。"
    assert _codes(review_text(items), "R-RATE") == [("90.00%", "105.76%", Level.ERROR)]
    # items with budgets of their own between: whose rate it is, is not known
    other = ("年初预算为1000.00万元，支出决算为1057.60万元。其中：甲项目年初预算为100.00万元，支出决算为90.00万元。"
             "完成年初预算的90.00%。")
    assert not _codes(review_text(other), "R-RATE")


def test_wan_without_yuan() -> None:
    assert _codes(review_text("国内公务接待支出0.40万（含外宾接待支出0万元）。"), "R-UNIT-MISSING") == [
        ("0.40万", "0.40万元", Level.WARNING)]  # a typo, like a missing 年: 警告 (review.levels)
    assert not _codes(review_text("国内公务接待支出0.40万元（含外宾接待支出0万元），接待2万人次。"), "R-UNIT-MISSING")


def test_unit_name_with_a_character_left_out() -> None:
    title = "上海市普陀区文化和旅游局2024年度部门决算\n"
    assert _codes(review_text(title + "上海市普陀区文化旅游局2024年度收入支出总计26591.08万元。"), "R-UNIT-NAME")
    assert not _codes(review_text(title + "上海市普陀区文化和旅游局部门共有车辆4辆。"), "R-UNIT-NAME")


def test_unit_name_with_another_kind_of_unit_at_its_end() -> None:
    """The last character changed (「…档案局」 for 「…档案馆」): no shared last character to anchor on."""
    head = ("上海市某区档案馆2024年度部门决算\n第一部分 上海市某区档案馆概况\n"
            "上海市某区档案馆2024年度收入支出总计10.00万元。\n")
    found = review_text(head + "上海市某区档案局2024年度预算绩效管理工作开展情况如下。")
    assert _codes(found, "R-UNIT-NAME") == [("上海市某区档案局", "上海市某区档案馆", Level.WARNING)]
    # the name, then its work: 「档案工作」 is no unit
    assert not _codes(review_text(head + "上海市某区档案工作2024年度继续推进。"), "R-UNIT-NAME")
    # not where the document names itself: as likely another unit of the trade (a 体育局's 体育馆)
    assert not _codes(review_text(head + "本馆与上海市某区档案局共同举办展览。"), "R-UNIT-NAME")


def test_template_alternatives_run_together_or_offered_with_or() -> None:
    text = "“三公”经费支出预算为49.9万元,支出决算为7.69万元,完成预算的15.41%,决算数{}预算数的主要原因是疫情影响。"
    assert _codes(review_text(text.format("大小于")), "R-TEMPLATE")
    assert _codes(review_text(text.format("小于预算数（或与预算数持平）。").replace("预算数的主要", "")), "R-TEMPLATE")
    assert not _codes(review_text(text.format("小于")), "R-TEMPLATE")


def test_flat_with_a_reason_that_moves() -> None:
    wrong = "机关运行经费支出166.45万元，与2024年度持平。主要原因是厉行节约，经费减少。"
    assert _codes(review_text(wrong), "R-REASON-DIRECTION") == [  # on the words said (rev43), 应为 an instruction
        ("与2024年度持平", "（按数字写“减少”，或说明持平的原因）", Level.WARNING)]
    clean = "因公出国（境）费支出持平的主要原因是2025年未发生因公出国（境）。"
    assert not _codes(review_text(clean), "R-REASON-DIRECTION")


def _t5_items(basic: str) -> Block:
    return _table("一般公共预算财政拨款支出决算表 单位：万元",
                  [["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
                   ["2070105", "文化展示及纪念机构", "1,700.57", basic, "1,700.57"],
                   ["合计", "", "1,700.57", basic, "1,700.57"]], 1)


def test_item_called_basic_while_the_table_shows_project_spending_only() -> None:
    item = _para("3、文化旅游体育与传媒支出（类）文化和旅游（款）文化展示及纪念机构（项）。主要用于：维持所属事业单位"
                 "日常运转发生的人员和公用支出。年初预算为6832.84万元，支出决算为1700.57万元。", 2)
    head = _para("上海市普陀区文化和旅游局2025年度部门决算", 0)
    assert _codes(review_blocks([head, _t5_items(""), item]), "R-BASIC-PROJECT")
    project = _para(item.text.replace("日常运转发生的人员和公用支出", "项目支出"), 2)
    assert not _codes(review_blocks([head, _t5_items(""), project]), "R-BASIC-PROJECT")


def test_basic_spending_of_the_text_against_the_general_budget_table() -> None:
    head = _para("上海市普陀区生态环境局2025年度部门决算", 0)
    text = "一般公共预算财政拨款基本支出{}万元。其中：人员经费2949.02万元；公用经费416.36万元。"
    assert not _codes(review_blocks([head, _t5("3365.38"), _para(text.format("3365.38"), 5)]), "R-TEXT-TABLE")
    wrong = _codes(review_blocks([head, _t5("3365.38"), _para(text.format("3365.83"), 5)]), "R-TEXT-TABLE")
    assert wrong == [("3365.83万元", "3365.38万元", Level.ERROR)]


def test_general_budget_table_against_the_spending_table_when_totals_agree() -> None:
    """公开03 and 公开05 with the same 合计: the 基本/项目 split agrees too (beyond 尾数)."""
    def t3(total: str) -> Block:
        return _table("支出决算表 单位：万元",
                      [["功能分类科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"],
                       ["", "合计", total, "3,365.38", "1,367.76"]], 2)

    def t5(project: str) -> Block:
        return _table("一般公共预算财政拨款支出决算表 单位：万元",
                      [["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
                       ["", "合计", "4,733.14", f"{4733.14 - float(project.replace(',', '')):,.2f}", project]], 3)

    head = _para("上海市普陀区生态环境局2025年度部门决算", 0)
    assert not _codes(review_blocks([head, t3("4,733.14"), t5("1,367.76")]), "R-TABLE-CROSS")
    assert _codes(review_blocks([head, t3("4,733.14"), t5("1,357.76")]), "R-TABLE-CROSS") == [
        ("3,375.38", "3,365.38", Level.ERROR), ("1,357.76", "1,367.76", Level.ERROR)]
    # 0.01: one table's 合计 summed from rounded lines (尾数) — the publisher's own 1,367.75 — not reported
    assert not _codes(review_blocks([head, t3("4,733.14"), t5("1,367.75")]), "R-TABLE-CROSS")
    # 公开03 with other funds too (a larger 合计): the columns need not agree
    assert not _codes(review_blocks([head, t3("5,733.14"), t5("1,357.76")]), "R-TABLE-CROSS")


def test_template_notes_to_the_writer_left_in_a_filled_text() -> None:
    """上海市普陀区生态环境局 2025 printed the template's instruction after its heading."""
    heading = "二、部门决算单位构成（仅有一个单位的部门，本部分内容为“机构设置”）\n"
    filled = "上海市普陀区生态环境局2025年度收入支出总计4733.14万元，其中：基本支出3365.38万元，项目支出1367.76万元。"
    assert _codes(review_text(heading + filled), "R-TEMPLATE") == [
        ("", "删去“（仅有一个单位的部门，本部分内容为“机构设置”）”", Level.WARNING)]
    assert _codes(review_text(filled.replace("生态环境", "XX")), "R-TEMPLATE")
    assert not _codes(review_text(heading + "上海市XX局2024年度收入支出总计XX万元。"), "R-TEMPLATE")  # the template
    assert not _codes(review_text("二、部门决算单位构成\n" + filled + "政府采购金额（以合同签订为准）为372.34万元。"),
                      "R-TEMPLATE")


def test_shares_of_listed_parts_with_no_whole_named() -> None:
    text = ("“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0万元，占0%；公务用车购置及运行维护费支出决算"
            "2.64万元，占{}%；公务接待费支出决算0.40万元，占{}%。")
    assert not _codes(review_text(text.format("86.84", "13.16")), "R-SHARE")
    assert _codes(review_text(text.format("13.16", "86.84")), "R-SHARE") == [
        ("13.16%", "86.84%", Level.ERROR), ("86.84%", "13.16%", Level.ERROR)]  # the two shares swapped
    assert not _codes(review_text(text.format("60.00", "13.16")), "R-SHARE")  # not adding to 100%: no whole


def test_growth_rate_of_a_zero_base() -> None:
    """上海市普陀区文化和旅游局 2025, 七: 公务接待费 0.40 this year, "增加0.40万元，增长100%"."""
    first = "“三公”经费财政拨款支出决算中，公务接待费支出决算为0.40万元，完成预算的18.96%。\n"
    second = "其中：公务用车购置及运行维护费支出决算减少20.06万元，下降88.37%；公务接待费支出决算增加{}万元，增长{}。"
    assert _codes(review_text(first + second.format("0.40", "100%")), "R-PERCENT") == [
        # the span to delete, as R-RATE-ZERO's; a convention: 警告
        ("100%", "删去“，增长100%”", Level.WARNING)]
    assert not _codes(review_text(first + second.format("0.20", "100.00%")), "R-PERCENT")  # 0.20 → 0.40: +100%


SANGONG = ("“三公”经费财政拨款支出年初预算为11.49万元，支出决算为3.04万元，完成预算的26.46%，其中：因公出国（境）费"
           "决算为0万元，完成预算的0%；公务用车购置及运行维护费支出决算为2.64万元，完成预算的28.15%；公务接待费支出决算为"
           "0.40万元，完成预算的{}%。")


def test_sangong_rate_of_a_zero_budget_from_the_text() -> None:
    """上海市普陀区文化和旅游局 2025: 11.49 − 2.64 ÷ 28.15% − 0.40 ÷ 18.96% = 0: 因公出国 had no budget."""
    assert _codes(review_text(SANGONG.format("18.96")), "R-RATE-ZERO") == [
        ("0%", "删去“，完成预算的0%”", Level.ERROR)]  # no rate of nothing: 错误
    # (the budget follows from the rates to within their rounding, as a 0.00 printed in 公开07 is 0 to the 分)
    # 接待 budget 1.00 (0.40 ÷ 40%): 1.11 left for 出国, whose 0% is then a rate of a real budget
    assert not _codes(review_text(SANGONG.format("40.00")), "R-RATE-ZERO")


def test_sangong_rate_of_a_zero_budget_from_the_table() -> None:
    """上海市普陀区生态环境局 2025: 公开07 预算 21.00 = 出国 0.00 + 公务用车 20.50 + 接待 0.50."""
    table = _table("财政拨款“三公”经费支出决算表 单位：万元",
                   [["合计", "", "因公出国（境）费", "", "公务用车购置及运行维护费", "", "", "", "", "", "公务接待费",
                     ""],
                    ["21.00", "16.95", "0.00", "0.00", "20.50", "16.95", "0.00", "0.00", "20.50", "16.95", "0.50",
                     "0.00"]], 1)
    text = _para("“三公”经费财政拨款支出年初预算为21.00万元，支出决算为16.95万元，完成预算的80.71%，其中："
                 "因公出国（境）费决算为0.00万元，完成预算的0.00%；公务用车购置及运行维护费支出决算为16.95万元，完成预算的82.68%；"
                 "公务接待费支出决算为0.00万元，完成预算的0.00%。", 2)
    found = _codes(review_blocks([_para("上海市普陀区生态环境局2025年度部门决算", 0), table, text]), "R-RATE-ZERO")
    # 出国 only: 接待 had 0.50
    assert found == [("0.00%", "删去“，完成预算的0.00%”", Level.ERROR)]
