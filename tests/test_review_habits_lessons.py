"""The phrasings opened stand-ins taught, said in a short text of the same shape (tests/review_habits.py tries each
on every opened document; benchmarks/bench_review_habits.py ``--recall`` measures what each costs in finds)."""

from __future__ import annotations

import re

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
    assert [c for c, *_ in _found(item + "年初预算为0万元，支出决算为96.30万元，完成年初预算的100.00%。")] == [
        "R-RATE-ZERO"]
    # a whole 「0万元」 said inside the rate's words is left alone, as the real s11 「完成预算0万元的100%」 is
    # (test_review_s11_tuning: the corpus records it as no error)
    assert _found(item + "支出决算为96.30万元，完成年初预算0万元的100.00%。") == []
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


def test_a_list_of_changes_parted_by_commas_keeps_each_rate_with_its_item():
    """「其中：…均为0万元，公务用车…减少0.84万元，下降5.52%，公务接待费减少0.13万元，下降23.64%」 (「，」 for 「；」):
    the rates are their items', and the items' changes add to 0.97万元, not the 1.07 said for the total."""
    said = ("2024年度“三公”经费财政拨款支出决算比2023年度减少{}万元，下降6.15%。其中：因公出国（境）费与2023年度均为"
            "0万元；公务用车购置及运行维护费减少0.84万元，下降5.52%；公务接待费减少0.13万元，下降23.64%。")
    for sep in "；，":
        assert _found(said.format("1.07").replace("；", sep)) == [("R-SUM", "1.07万元", "0.97万元")], sep
        assert _found(said.format("0.97").replace("；", sep)) == [], sep


def test_a_stale_year_end_typed_iso_is_said():
    """「截至2023-12-31，本中心共有车辆2辆」 in a 2024 决算 is 「截至2023年12月31日」 typed another way: the year-end
    not updated (the date's own way of writing kept in 应为)."""
    for date, right in (("2023年12月31日", "2024年12月31日"), ("2023-12-31", "2024-12-31"),
                        ("2023/12/31", "2024/12/31")):
        found = [(c, e) for c, _, e in _found(f"截至{date}，本中心共有车辆2辆。") if c == "R-YEAR"]
        assert found == [("R-YEAR", right)], date
    assert _found("截至2024-12-31，本中心共有车辆2辆。") == []


def test_a_list_a_paragraph_a_part_after_qizhong_is_the_lists():
    """「…其中：」 closing its paragraph, each part a paragraph of its own (「…减少0.84万元，下降5.52%；」 …, the last
    closing with 「。」): the parts are the list's — their changes add to 0.97万元 (their amounts and shares are left
    to the rules that read them with the tables)."""
    change = ("2024年度“三公”经费财政拨款支出决算比2023年度减少{}万元，下降6.15%。其中：",
              "因公出国（境）费与2023年度均为0万元；",
              "公务用车购置及运行维护费减少0.84万元，下降5.52%；", "公务接待费减少0.13万元，下降23.64%。")
    assert _found(change[0].format("1.07"), *change[1:]) == [("R-SUM", "1.07万元", "0.97万元")]
    assert _found(change[0].format("0.97"), *change[1:]) == []
    # a part that states no figure (「因公出国（境）费两年均未发生；」) is a part all the same
    unspent = (change[0].format("1.07"), "因公出国（境）费两年均未发生；", *change[2:])
    assert _found(*unspent) == [("R-SUM", "1.07万元", "0.97万元")]
    # 「决算数大于预算数」 after the parts, of the total the head states (its budget's subject: “三公”经费…支出)
    budget = ("本局2024年度“三公”经费财政拨款支出年初预算为23.50万元，支出决算为19.56万元，完成预算的83.23%，"
              "其中：",
              "因公出国（境）费决算为0万元；", "公务用车购置及运行维护费支出决算为18.64万元，完成预算的84.73%；",
              "公务接待费支出决算为0.92万元，完成预算的61.33%。",
              "“三公”经费支出决算数{}预算数的主要原因：严控一般性支出。")
    for word, found in (("大于", [("R-DIRECTION", "支出决算数大于预算数", "支出决算数小于预算数")]), ("小于", [])):
        assert _found(*budget[:-1], budget[-1].format(word)) == found, word
    # amounts a paragraph each are not summed here: which one is off (the total or a part) the tables tell, read
    # with the list in one paragraph (R-PART)
    amounts = ("本年支出合计3,276.54万元，其中：", "①基本支出2,643.32万元，占80.67%；",
               "②项目支出434.80万元，占13.27%；", "③经营支出215.60万元，占6.06%，为殡葬用品采购成本。")
    assert _found(*amounts) == []
    # shares a paragraph each, of parts that add up to the head's total, are that total's, as in one paragraph
    # (7,357.23 ÷ 8,007.78: not a share blamed from the shares' sum)
    shares = ("本年收入合计8,007.78万元。其中：", "财政拨款收入7,357.23万元，占89.47%；",
              "事业收入612.40万元，占7.65%；", "其他收入38.15万元，占0.48%。")
    assert _found(*shares) == _found("".join(shares)) == [("R-SHARE", "89.47%", "91.88%")]
    assert _found(shares[0], shares[1].replace("89.47", "91.88"), *shares[2:]) == []


def test_what_each_unit_is_said_after_its_name_is_no_name_of_its_own():
    """「单位共3家，分别为：A（本级），行政单位，B，参照公务员法管理的事业单位，C，公益二类事业单位。」 (「，」 where
    the template has 「；」): three names, each with what it is — not six."""
    said = ("纳入上海市某某部2024年度部门决算编制范围的单位共{}家，分别为：上海市某某部（本级），行政单位，"
            "上海市某某指导中心，参照公务员法管理的事业单位，上海市某某新闻中心，公益二类事业单位。")
    assert _found(said.format(3)) == []
    assert [(c, e) for c, _, e in _found(said.format(4))] == [("R-SUM", "3家")]


def test_an_items_rate_said_before_its_change_is_its_own():
    """「…增长7.7%，增加0.65万元，其中：公务用车运行维护费8.74万元（2023年度：7.96万元），增长9.8%，增加0.78万元」: the
    9.8% is the item's (0.78 ÷ 7.96), not the total's 0.65 ÷ 8.41."""
    said = ("2024年度“三公”经费财政拨款支出决算数9.06万元（2023年度：8.41万元），增长7.7%，增加0.65万元，其中：公务用车"
            "运行维护费8.74万元（2023年度：7.96万元），增长{}%，增加0.78万元，主要原因是车辆燃料费增加。")
    assert _found(said.format("9.8")) == []
    assert _found(said.format("12.8")) == [("R-PERCENT", "12.8%", "9.8%")]


def test_a_item_named_by_its_name_alone_after_its_kuan_is_that_item():
    """「…（类）教育管理事务（款）学前教育。主要用于…」 (the 项 without 「（项）」, as some offices write every 项): the
    model reads it as the 项 the tables name so — its 款 against the table's (学前教育 is under 普通教育), its
    purpose against its row (项目支出 only, said to be 基本支出), its purpose against its name (住房公积金 said to be
    医疗保险缴费) — as it does with 「（项）」."""
    from juesuan.review import review_blocks
    from juesuan.review.extract import Block

    rows = [["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
            ["205", "教育支出", "90.00", "90.00", "0.00"], ["20502", "普通教育", "90.00", "90.00", "0.00"],
            ["2050201", "学前教育", "90.00", "90.00", "0.00"],
            ["212", "城乡社区支出", "80.00", "0.00", "80.00"], ["21205", "城乡社区环境卫生", "80.00", "0.00", "80.00"],
            ["2120501", "城乡社区环境卫生", "80.00", "0.00", "80.00"],
            ["221", "住房保障支出", "20.00", "20.00", "0.00"], ["22102", "住房改革支出", "20.00", "20.00", "0.00"],
            ["2210201", "住房公积金", "20.00", "20.00", "0.00"], ["", "合计", "190.00", "110.00", "80.00"]]
    table = Block("\n".join("\t".join(r) for r in rows), "第1个表格", rows,
                  title="一般公共预算财政拨款支出决算表", caption="一般公共预算财政拨款支出决算表 单位：万元")
    said = ["1.教育支出（类）教育管理事务（款）学前教育（项）。主要用于区属幼儿园人员经费和公用经费。年初预算为"
            "100.00万元，支出决算为90.00万元，完成年初预算的90.00%。",
            "2.城乡社区支出（类）城乡社区环境卫生（款）城乡社区环境卫生（项）。主要用于道路保洁及公共厕所运营管理等"
            "基本支出。年初预算为80.00万元，支出决算为80.00万元，完成年初预算的100.00%。",
            "3.住房保障支出（类）住房改革支出（款）住房公积金（项）。主要用于：在编人员基本医疗保险单位缴费。年初预算"
            "为20.00万元，支出决算为20.00万元，完成年初预算的100.00%。"]
    found = {}
    for mark in ("（项）", ""):
        blocks = [Block(t.replace("（项）", mark), f"第{n}段", index=n)
                  for n, t in enumerate([_TITLE, _PART, *said], 1)]
        found[mark] = sorted((f.code, f.figure, f.expected) for f in review_blocks([*blocks, table])
                             if f.level is not Level.INFO)
    assert found[""] == found["（项）"]
    assert [c for c, *_ in found[""]] == ["R-CODE-NAME", "R-PURPOSE", "R-TEXT-TABLE"]


def test_a_change_said_after_its_rate_is_read_as_one_said_before_it():
    """「增长6.86%，增加191.45万元」 (the rate first, as some offices write every change): the change against its two
    amounts and the rate against the change, blamed on the same figure as in 「增加…，增长…」 — the base said before
    (「与上年的B相比」) or this year's amount in the sentence before (「…总计均为A。比2023年度增长R%，增加C」)."""
    cases = (("上海市某某局2024年度收入支出总计1,861.95万元。与上年的1,742.50万元相比，收入支出总计{}。",
              "增加{c}万元，增长{r}%", ("191.45", "6.86"), ("R-DIFF", "191.45万元", "119.45万元")),
             ("上海市某某局2024年度财政拨款收入支出总计1,861.95万元。与上年相比，财政拨款收入支出总计{}。",
              "增加{c}万元，增长{r}%", ("119.45", "6.42"), ("R-PERCENT", "6.42%", "6.86%")),
             ("上海市某某中学2024年度收入、支出总计均为5,619.19万元。比2023年度{}。",
              "增加{c}万元，增长{r}%", ("220.57", "3.9"), ("R-PERCENT", "3.9%", "4.1%")))
    for said, change, (c, r), found in cases:
        rate_first = re.sub(r"(增加\{c\}万元)，(增长\{r\}%)", r"\2，\1", change)
        for order in (change, rate_first):
            assert _found(said.format(order.format(c=c, r=r))) == [found], order
    right = cases[2][0].format("增长4.1%，增加220.57万元")
    assert _found(right) == []
    # the blame as in the change-first order: the base the change and its rate both deny (R-DIFF on 1,856.40), the
    # change's words where its rate and the reason after both say the other way (R-DIRECTION on 减少28.56万元)
    blamed = (("某中心2024年度财政拨款收入支出总计1,921.17万元（2023年度：1,856.40万元），{}。",
               "增加108.61万元，增长6.0%", ("R-DIFF", "1,856.40万元", "1,812.56万元")),
              ("区某委2024年度财政拨款收入支出总计24,247.87万元，比2023年的25,862.14万元，{}。",
               "减少1,542.65万元，下降6.0%", ("R-DIFF", "25,862.14万元", "25,790.52万元")),
              ("2024年度一般公共预算财政拨款支出1,720.00万元。与2023年度相比，一般公共预算财政拨款支出{}，主要原因是在编"
               "教职工增加。", "减少28.56万元，下降1.69%", ("R-DIRECTION", "减少28.56万元", "增加28.56万元")))
    for said, change, found in blamed:
        rate_first = "，".join(reversed(change.split("，")))
        # a change said the wrong way: its 应为 turns the rate beside it too, in the order written (rev64)
        code, figure, right = found
        turned = ((code, figure, "增加28.56万元，增长1.69%"), (code, figure, "增长1.69%，增加28.56万元"))
        both = turned if code == "R-DIRECTION" else (found, found)
        assert (_found(said.format(change)), _found(said.format(rate_first))) == ([both[0]], [both[1]]), change
    # a rate after 「其中：」 is its item's, said before the item's own change — not the total's rate
    items = ("2024年度“三公”经费财政拨款支出决算为19.56万元。2024年度“三公”经费财政拨款支出决算数比2023年度减少"
             "1.83万元，下降8.56%，其中：公务用车购置及运行维护费支出决算减少1.71万元，下降8.40%。")
    assert _found(items) == _found(items.replace("减少1.71万元，下降8.40%", "下降8.40%，减少1.71万元")) == []
    both = items.replace("减少1.71万元，下降8.40%", "下降8.40%，减少1.71万元").replace("减少1.83万元，下降8.56%",
                                                                                     "下降8.56%，减少1.83万元")
    assert _found(both.replace("决算为19.56万元", "年初预算为23.50万元，支出决算为19.56万元")) == []


def test_the_reports_year_said_bennian_still_opens_what_the_unit_says_of_itself():
    """「本年度」 for the report's year throughout (the title keeps its year): 「上海市某某区档案局本年度预算绩效
    管理…」 is still where the document names itself (another unit's name there, R-UNIT-NAME), and 「…档案馆本年度
    机关运行经费支出A」 is this year's 机关运行经费 (A against the 公用经费 it is said to be, not the rate blamed)."""
    from juesuan.review import review_text

    unit = "上海市某某区档案馆"
    named = [f"{unit}2024年度部门决算", f"第一部分 {unit}概况", "一、主要职能",
             f"{unit}负责全区档案的收集、保管和利用。", f"第三部分 {unit}2024年度部门决算情况说明",
             "一、收入支出决算总体情况说明", f"{unit}2024年度收入、支出总计均为1,000.00万元。",
             "十一、其他重要事项的情况说明", "上海市某某区档案局2024年度预算绩效管理工作开展情况如下：建立了制度。"]
    running = [f"{unit}2024年度部门决算", "六、一般公共预算财政拨款基本支出决算情况说明",
               f"{unit}2024年度一般公共预算财政拨款基本支出500.00万元，其中：人员经费355.48万元，主要包括"
               "基本工资；公用经费144.52万元，主要包括办公费。", "十一、其他重要事项的情况说明",
               "（一）机关运行经费支出情况说明",
               f"{unit}2024年度机关运行经费支出1,454,200.00元，即一般公共预算财政拨款基本支出中的公用经费，"
               "比2023年度增加36,600.00元，增长2.60%。"]
    for lines, found in ((named, ("R-UNIT-NAME", "上海市某某区档案局", unit)),
                         (running, ("R-RUNNING-COST", "1,454,200.00元", "1,445,200.00元"))):
        # (「…档案局本年度…」 is not read as where the unit names itself: 「本年度」 there would make a short form
        # 「…区政府办公室本年度…」 a second name — test_review_rules33)
        for year in ("2024年度", "本年度") if found[0] != "R-UNIT-NAME" else ("2024年度",):
            text = "\n".join(t if "部门决算" in t else t.replace("2024年度", year).replace("2023年度", "上年度")
                             for t in lines)
            assert [(f.code, f.figure, f.expected) for f in review_text(text) if f.level is not Level.INFO] == [found]
