"""rev36 (meiao-yibao-2024 opened): the classes of writing its review missed or mistook, each on a text of its own."""

from __future__ import annotations

from juesuan.review import review_text


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.figure, f.expected) for f in review_text(text) if f.level.value != "提示"]


_PROCUREMENT = ("（二）政府采购支出情况\n某某局2024年度政府采购支出总额520.40万元，其中：政府采购货物支出120.40万元、"
                "政府采购服务支出400.00万元。授予中小企业合同金额{won}{share}{small}。\n")


def test_an_amount_in_yuan_whose_share_holds_only_in_wan_lacks_its_wan():
    # its own share of the whole stated before (436.20万元 ÷ 520.40万元 = 83.82%), and a part's share of it
    # (300.10万元 ÷ 436.20万元 = 68.80%): read in 万元 they hold — the 万 was left out, not 小微企业 > 中小企业
    text = _PROCUREMENT.format(won="436.20元", share="，占政府采购支出总额的83.82%",
                               small="，其中：授予小微企业合同金额300.10万元，占授予中小企业合同金额的68.80%")
    assert _found(text) == [("R-UNIT-MISSING", "436.20元", "436.20万元")]
    found = next(f for f in review_text(text) if f.code == "R-UNIT-MISSING")
    assert "占政府采购支出总额的83.82%" in found.message and found.why == "436.20万元 ÷ 520.40万元 × 100% = 83.82%"
    # the part's share alone says it too
    text = _PROCUREMENT.format(won="436.20元", share="",
                               small="，其中：授予小微企业合同金额300.10万元，占授予中小企业合同金额的68.80%")
    assert _found(text) == [("R-UNIT-MISSING", "436.20元", "436.20万元")]
    # a share that holds neither way says nothing of the unit
    assert [c for c, _, _ in _found(_PROCUREMENT.format(won="436.20元", share="，占政府采购支出总额的63.82%",
                                                         small=""))] != ["R-UNIT-MISSING"]
    # in 万元 all is well
    assert _found(_PROCUREMENT.format(won="436.20万元", share="，占政府采购支出总额的83.82%", small="")) == []


def test_a_whole_named_with_the_units_name_before_its_year_is_found_for_a_share():
    # 「某某局2024年度政府采购支出总额」 is the 「政府采购支出总额」 the share names
    text = _PROCUREMENT.format(won="436.20万元", share="，占政府采购支出总额的73.82%", small="")
    assert _found(text) == [("R-SHARE", "73.82%", "83.82%")]


_ITEM = ("（三）一般公共预算财政拨款支出决算具体情况\n1.社会保障和就业支出（类）行政事业单位养老支出（款）"
         "机关事业单位职业年金缴费支出（项）。年初预算为60.00万元，支出决算为{fin}万元，完成年初预算的{rate}%。决算数与年初预算数持平。"
         "主要原因是退休人员增多，缴费人数减少。该项支出主要用于职业年金缴费。\n")


def test_a_flat_the_figures_refute_is_quoted_with_the_reason_after_it():
    # a 持平 needs no reason: the reason sentence after it says which way the amount moved, and is quoted with it
    found = [f for f in review_text(_ITEM.format(fin="57.20", rate="95.33")) if f.code == "R-DIRECTION"]
    assert [(f.figure, f.expected) for f in found] == [("决算数与年初预算数持平", "决算数小于年初预算数")]
    assert found[0].quote.endswith("持平。主要原因是退休人员增多，缴费人数减少。")
    assert found[0].message.endswith("其后的原因说明写的也是减少。")
    # the reason that says the other way is quoted, not claimed to agree
    found = [f for f in review_text(_ITEM.format(fin="62.40", rate="104.00")) if f.code == "R-DIRECTION"]
    assert found[0].quote.endswith("缴费人数减少。") and "也是" not in found[0].message
    # no reason after it: the quote ends at the words
    text = _ITEM.format(fin="57.20", rate="95.33").replace("主要原因是退休人员增多，缴费人数减少。", "")
    found = [f for f in review_text(text) if f.code == "R-DIRECTION"]
    assert found[0].quote.endswith("决算数与年初预算数持平。")


def test_a_class_named_as_before_2019_is_given_its_name_now():
    text = ("（二）一般公共预算财政拨款支出决算结构情况\n某某局2024年度一般公共预算财政拨款支出1,200.00万元，"
            "主要用于以下方面：社会保障和就业支出（类）支出200.00万元，占16.67%；{name}（类）支出900.00万元，占75.00%；"
            "住房保障支出（类）支出100.00万元，占8.33%。\n")
    old = "医疗卫生与计划生育支出"
    assert _found(text.format(name=old)) == [("R-CODE-NAME", old, "卫生健康支出")]
    old = "文化体育与传媒支出"
    assert _found(text.format(name=old)) == [("R-CODE-NAME", old, "文化旅游体育与传媒支出")]
    assert _found(text.format(name="卫生健康支出")) == []
    # in a 2018 决算 the name was right
    assert _found(text.format(name="医疗卫生与计划生育支出").replace("2024年度", "2018年度")) == []


def _blocks_with_basic_table(text: str) -> list:
    from juesuan.review.extract import Block

    rows = [["科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数"],
            ["301", "工资福利支出", "1,260.00", "302", "商品和服务支出", "100.00"],
            ["30101", "基本工资", "500.00", "30201", "办公费", "100.00"],
            ["30108", "机关事业单位基本养老保险缴费", "400.00", "30202", "印刷费", ""],
            ["30109", "职业年金缴费", "60.00", "30205", "水费", ""],
            ["30110", "职工基本医疗保险缴费", "300.00", "30206", "电费", ""],
            ["人员经费合计", "", "1,260.00", "公用经费合计", "", "100.00"]]
    title = "一般公共预算财政拨款基本支出决算表"
    table = Block("\n".join("\t".join(r) for r in rows), "第1个表格", rows, title=title, caption=f"{title} 单位：万元")
    paras = ["上海市某某区某某局2024年度部门决算", "六、一般公共预算财政拨款基本支出决算情况说明", text]
    return [Block(paras[0], "第1段"), table, *(Block(t, f"第{n}段") for n, t in enumerate(paras[1:], 2))]


def test_a_list_giving_each_line_its_amount_in_brackets_is_read_by_its_names():
    from juesuan.review import review_blocks

    def found(listed: str) -> list[tuple[str, str]]:
        text = (f"某某局2024年度一般公共预算财政拨款基本支出1,360.00万元，其中：人员经费1,260.00万元，主要包括："
                f"{listed}；公用经费100.00万元，主要包括：办公费（100.00万元）。")
        blocks = _blocks_with_basic_table(text)
        return [(f.figure, f.expected) for f in review_blocks(blocks) if f.code == "R-ECON-LIST"]

    every = ("基本工资（500.00万元）、机关事业单位基本养老保险缴费（400.00万元）、职业年金缴费（60.00万元）、"
             "职工基本医疗保险缴费（300.00万元）")
    assert found(every) == []
    # one line left out: put back in its place, written as its neighbours are
    assert found(every.replace("、职业年金缴费（60.00万元）", "")) == [(
        "机关事业单位基本养老保险缴费（400.00万元）、职工基本医疗保险缴费（300.00万元）",
        "机关事业单位基本养老保险缴费（400.00万元）、职业年金缴费（60.00万元）、职工基本医疗保险缴费（300.00万元）")]
    # the last one left out; names without amounts
    assert found("基本工资、机关事业单位基本养老保险缴费、职业年金缴费") == [
        ("职业年金缴费", "职业年金缴费、职工基本医疗保险缴费")]
    # a line of 0 named (印刷费 under 人员经费 is the other half): the instruction, not a span
    assert found(every + "、印刷费（0.00万元）")[0][0] == ""


def test_a_share_of_a_whole_named_with_the_units_name_says_the_base_it_was_taken_of():
    text = ("一、收入支出决算总体情况说明\n某某局2024年度收入、支出决算总计1,000.00万元。\n三、支出决算情况说明\n"
            "某某局2024年度本年支出合计1,000.00万元，其中：基本支出300.00万元，占本年支出合计的31.58%；项目支出700.00万元，"
            "占本年支出合计的70.00%。\n四、财政拨款收入支出决算总体情况说明\n某某局2024年度财政拨款收入支出决算总计950.00万元。\n")
    found = [f for f in review_text(text) if f.code == "R-SHARE"]
    assert [(f.figure, f.expected) for f in found] == [("31.58%", "30.00%")]
    # the base the sentence names (its own 本年支出合计), not the first statement of the same amount
    assert found[0].message == ("基本支出的占比31.58%是按财政拨款收入支出决算总计950.00万元计算的；"
                                "占比应以本年支出合计1,000.00万元为基数：应为30.00%。")
