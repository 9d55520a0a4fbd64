"""Slips and false alarms met in the real s10 tuning texts (tests/data/review_corpus, batch s10), each checked on
sentences of our own in the same shape: a bare 「收入」「支出」 after a 其中 list is the head's, not the item that
ends with the word (R-DIRECTION); a title run into a field label is not a word typed twice, a lead-in typed twice
is (R-REPEAT); a standard heading one character off (R-WORD-SLIP); a total left blank before its parts (R-TEMPLATE);
a title's unit name one character short (R-UNIT-NAME); the 或 of 「增加或减少」 left alone (R-TEMPLATE); a 预算's
「纳入<last year>年部门预算」 (R-YEAR)."""

from __future__ import annotations

from juesuan.review import review_text


def _found(text: str, code: str) -> list[tuple[str, str]]:
    return [(f.figure, f.expected) for f in review_text(text) if f.code == code]


# --- R-DIRECTION: the subject of a change in the sentence after a 其中 list ---------------------------------------

LIST = ("(二)支出预算:2023年年初预算数520.40万元,其中:一般公共服务400.10万元,教育20.30万元,卫生健康支出15.00万元,"
        "住房保障85.00万元。")


def test_a_bare_word_after_a_list_is_the_heads_not_the_item_ending_with_it():
    # 「支出较去年增加」: the 520.40 of the head, not the 卫生健康支出 15.00 (whose base would be negative)
    assert review_text(LIST + "支出较去年增加42.60万元,主要是人员经费增加。") == []
    assert review_text(LIST.replace("支出预算", "收入预算").replace("卫生健康支出", "国有资本经营预算收入")
                       + "收入较去年增加42.60万元,主要是财政拨款增加。") == []


def test_an_item_named_whole_is_still_the_subject():
    assert [c for c, _ in _found(LIST + "卫生健康支出较去年增加42.60万元。", "R-DIRECTION")] == ["增加42.60万元"]


# --- R-REPEAT ---------------------------------------------------------------------------------------------------

def test_a_title_run_into_a_field_label_is_not_a_word_typed_twice():
    text = "某某区2023年区级单位预算 预算单位:某某区档案馆 目录 一、单位主要职能 二、单位机构设置"
    assert _found(text, "R-REPEAT") == []
    assert _found("本单位2023年度部门决算 决算单位：某某区档案馆，内设机构3个。", "R-REPEAT") == []


def test_a_lead_in_typed_twice_with_its_verb():
    said = "收支较上年减少20.00万元,下降5.0%。主要原因是主要原因较上年减少了2名教师,人员经费减少。"
    assert _found(said, "R-REPEAT") == [("主要原因是主要原因", "主要原因是")]
    # the second copy with its 是 too: the whole doubling goes, one 「主要原因是」 stays
    said = "收支较上年增加20.00万元,增长5.0%,主要原因是主要原因是财政拨款收入增加。"
    assert _found(said, "R-REPEAT") == [("主要原因是主要原因是", "主要原因是")]
    # two tables' headers side by side (no 是 between) are left alone
    assert _found("决算与预算对比 项目支出项目支出决算数包含在公用经费支出决算中，不单列。", "R-REPEAT") == []


def test_unit_typed_twice():
    text = "某某县机关幼儿园为全额预算管理拨款事业单位单位,年末在职职工28人,退休职工9人。"
    assert _found(text, "R-REPEAT") == [("单位单位", "单位")]


# --- R-WORD-SLIP: a standard heading one character off -----------------------------------------------------------

DOC = ("2022年度\n某某县人民法院部门决算\n目录\n第一部分 {0}\n一、部门职责\n二、机构设置\n第二部分 2022年度部门决算表\n"
       "第四部分 {1}\n第一部分 {0}\n一、部门职责\n1.审理刑事、民事和行政案件。\n")


def test_a_parts_heading_one_character_off():
    found = _found(DOC.format("部门概括", "名称解释"), "R-WORD-SLIP")
    assert sorted(set(found)) == [("名称解释", "名词解释"), ("部门概括", "部门概况")]
    assert _found(DOC.format("部门概况", "名词解释"), "R-WORD-SLIP") == []
    # the headings' other names are no slips
    assert _found(DOC.format("部门概述", "名词解释").replace("部门职责", "部门职能"), "R-WORD-SLIP") == []


def test_a_lead_in_heading_one_character_off():
    text = "本院作为国家法律监督机关,对州人大负责。只要职责有:\n1.依法履行法律监督职责。"
    assert _found(text, "R-WORD-SLIP") == [("只要职责", "主要职责")]
    assert _found(text.replace("只要", "主要"), "R-WORD-SLIP") == []
    # the same words inside a sentence are no heading: 「对本部门概括如下」 is a verb
    assert _found("现对本部门概括如下：一是职能明确。", "R-WORD-SLIP") == []


# --- R-TEMPLATE: a total left blank before its parts -------------------------------------------------------------

BLANK = ("2021年度收入、支出总计1,250.00万元。与2020年相比,收、支各增加50.00万元,增长4.2%。\n"
         "2021年度支出总计 ,其中:基本支出1000.00万元,占80.0%;项目支出250.00万元,占20.0%。")


def test_a_total_left_blank_before_its_parts():
    found = [(f.figure, f.expected) for f in review_text(BLANK) if f.code == "R-TEMPLATE"]
    assert found == [("支出总计", "支出总计1250.00万元")]
    # parts whose shares do not make up the whole (the list may leave items out): the blank without a value
    part = BLANK.replace(";项目支出250.00万元,占20.0%", "")
    assert [f.expected for f in review_text(part) if f.code == "R-TEMPLATE"] == ["在“支出总计”中填入数字"]
    assert [f for f in review_text(BLANK.replace("支出总计 ,", "支出总计1250.00万元,")) if f.code == "R-TEMPLATE"] == []


# --- R-UNIT-NAME: the title's name one character short ----------------------------------------------------------

NAME = ("中国共产主义青年团某某市某某区委员{0}(本级)2023年度部门决算公开说明\n一、单位基本情况\n(一)职能职责\n"
        "按照《共青团某某市某某区委员会机构编制方案》,共青团某某市某某区委员会主要职能职责有:\n"
        "1.领导全区共青团工作。\n")


def test_a_titles_unit_name_one_character_short():
    assert _found(NAME.format(""), "R-UNIT-NAME") == [
        ("中国共产主义青年团某某市某某区委员(本级)", "中国共产主义青年团某某市某某区委员会(本级)")]
    assert _found(NAME.format("会"), "R-UNIT-NAME") == []


# --- R-TEMPLATE: the 或 of 「增加或减少」 left ---------------------------------------------------------------

def test_the_or_of_a_template_alternative_left():
    text = ("2023年一般公共预算财政拨款支出600.00万元,比2022年减少20.00万元。"
            "其中:基本支出400.00万元,比2022年或减少9.50万元。")
    assert _found(text, "R-TEMPLATE") == [("比2022年或减少", "比2022年减少")]
    assert _found(text.replace("或减少", "减少"), "R-TEMPLATE") == []


# --- R-YEAR: a 预算's scope sentence with last year's year ------------------------------------------------------

def test_a_budgets_scope_with_last_years_year():
    text = ("某某小学2021年预算公开目录\n第一部分某某小学2021年部门预算编制说明\n第二部分某某小学2021年部门预算表\n"
            "(二)机构设置情况\n纳入{0}年部门预算编报的单位共1个,占单位总数的100%。")
    assert _found(text.format(2020), "R-YEAR") == [("纳入2020年部门预算编报", "纳入2021年部门预算编报")]
    assert _found(text.format(2021), "R-YEAR") == []


def test_a_total_named_before_a_list_of_words_is_no_blank():
    text = ("本表反映本年收入合计,其中包括财政拨款收入、事业收入等。本年收入2,000.00万元,支出1,900.00万元。"
            "上年收入1,800.00万元。")
    assert [f for f in review_text(text) if f.code == "R-TEMPLATE"] == []
    # a table's caption run into a name that ends with 单位 is no 「单位单位」
    assert _found("上海市某某区某某事业单位 单位:万元\n本年收入2,000.00万元,比上年增加200.00万元。", "R-REPEAT") == []
