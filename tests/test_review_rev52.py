"""rev52 (chaotang-xuanchuan-2024 opened): a unit name ending as the next word begins (「…宣传部部门决算」); units
listed one a 「；」 clause with what each is after its comma; the 三公 table's item the text states where its 合计
agrees with the text; the budget inside the completion words (「完成年初预算B万元的X%」) read as the rate's and the
comparison's budget; 「完成预算0万元的0%」 as the 三公 system prints it; a 类 named with another 类's code; the
「决算小于（大于）预算数的主要情况」 paragraph after the one stating the amounts."""

from __future__ import annotations

import pytest

from juesuan.review import review_blocks, review_text
from juesuan.review.extract import Block

_HEAD = "上海市某区委宣传部2024年度部门决算\n第三部分 上海市某区委宣传部2024年度部门决算情况说明\n"


def _codes(text: str, code: str) -> list[tuple[str, str]]:
    return [(f.figure, f.expected) for f in review_text(_HEAD + text) if f.code == code]


def test_a_unit_name_followed_by_a_word_opening_with_its_last_character_is_the_name():
    text = ("从预算单位构成看，上海市某区委宣传部部门决算包括：部机关本级决算。上海市某区委宣传部2024年度收入支出总计"
            "100.00万元。上海市某区委宣传部2024年度无政府性基金预算财政拨款收入和支出。")
    assert _codes(text, "R-UNIT-NAME") == []
    # one character added inside the name is still the finding
    slip = text.replace("区委宣传部部门", "区委委宣传部，部门")
    assert _codes(slip, "R-UNIT-NAME") == [("上海市某区委委宣传部", "上海市某区委宣传部")]


@pytest.mark.parametrize(("n", "found"), [(3, []), (4, [("4家", "3家")])])
def test_units_listed_one_a_semicolon_clause_with_what_each_is(n, found):
    text = (f"纳入上海市某区某局2024年度部门决算编制范围的单位共{n}家，分别为：上海市某区某局（本级），行政单位；"
            "上海市某区某服务中心，公益一类事业单位；上海市某区某所，公益二类事业单位。")
    assert _codes(text, "R-SUM") == found


_SANGONG = ("七、财政拨款“三公”经费支出决算情况说明\n2024年度“三公”经费财政拨款支出决算为5.20万元，完成年初预算8万元的"
            "65%。其中：因公出国（境）费支出决算为0万元；公务用车购置及运行维护费支出决算为3.60万元；公务接待费支出决算为"
            "{said}万元。")


def _sangong(said: str, cell: str) -> list[tuple[str, str]]:
    paragraphs = [p for p in (_HEAD + _SANGONG.format(said=said)).splitlines() if p]
    blocks = [Block(p, f"第{n}段", index=n) for n, p in enumerate(paragraphs)]
    rows = [["预算数", "", "", "", "", "", "决算数"],
            ["8.00", "5.20", "0.00", "0.00", "5.00", "3.60", "0.00", "0.00", "5.00", "3.60", "3.00", cell]]
    caption = "财政拨款“三公”经费支出决算表 单位：万元"
    table = Block("\n".join("\t".join(r) for r in rows), "第7个表格", rows, index=7, title=caption, caption=caption)
    return [(f.figure, f.expected) for f in review_blocks([*blocks, table]) if f.code == "R-TABLE-SUM"]


def test_the_sangong_table_item_the_text_states_where_its_total_agrees_with_the_text():
    # 合计 5.20 as the text says; 公务接待费 1.06 where the text says 1.60 (5.20 − 0 − 3.60): that cell
    assert _sangong("1.60", "1.06") == [("1.06", "1.60")]
    # the text silent on the item's value: the 合计 as before
    assert _sangong("1.06", "1.06") == [("5.20", "4.66")]


_ITEM = ("五、一般公共预算财政拨款支出决算情况说明\n（1）一般公共服务支出（类）宣传事务（款）其他宣传事务支出（项）："
         "支出决算为{fin}万元，完成年初预算{bud}万元的{rate}。主要用于志愿服务活动。决算数{word}年初预算数的主要原因是{why}。")


def test_the_budget_inside_the_completion_words_is_the_rates_budget():
    text = _ITEM.format(fin="436.80", bud="420.00", rate="96.2%", word="大于", why="年中追加经费")
    assert _codes(text, "R-RATE") == [("96.2%", "104.0%")]
    assert _codes(_ITEM.format(fin="436.80", bud="420.00", rate="104.0%", word="大于", why="年中追加经费"),
                  "R-RATE") == []


def test_the_budget_inside_the_completion_words_is_what_the_comparison_word_is_against():
    text = _ITEM.format(fin="268.50", bud="300.00", rate="89.5%", word="大于", why="活动改为线上，支出减少")
    assert _codes(text, "R-DIRECTION") == [("决算数大于年初预算数", "决算数小于年初预算数")]
    assert _codes(text.replace("数大于", "数小于"), "R-DIRECTION") == []


def test_zero_of_a_budget_said_zero_printed_zero_percent_is_the_sangong_systems_print():
    text = "七、“三公”经费\n其中：因公出国（境）费支出决算为0万元，完成年初预算0万元的{r}，比上年决算数增加0万元。"
    assert _codes(text.format(r="0%"), "R-RATE-ZERO") == []
    assert [f for f, _ in _codes(text.format(r="100%"), "R-RATE-ZERO")] == ["100%"]


def test_a_class_named_with_another_class_code():
    text = ("（二）一般公共预算财政拨款支出决算结构情况\n2024年度一般公共预算财政拨款支出主要用于："
            "一般公共服务支出（201类）60.00万元，占60.0%；文化旅游体育与传媒支出（{c}类）40.00万元，占40.0%。")
    assert _codes(text.format(c="207"), "R-CODE-NAME") == []
    assert _codes(text.format(c="208"), "R-CODE-NAME") == [("208类", "207类")]


_OVERALL = ("七、财政拨款“三公”经费支出决算情况说明\n2024年度“三公”经费财政拨款支出决算为5.20万元，"
            "完成年初预算8万元的65%，比上年决算数减少0.73万元，下降12.3%。其中：因公出国（境）费支出决算为0万元，完成年初预算0万元的0%；"
            "公务用车购置及运行维护费支出决算为3.6万元，完成年初预算5万元的72%；公务接待费支出决算为1.6万元，完成年初预算"
            "3万元的53.3%。\n2024年度“三公”经费支出决算{w}预算数的主要情况：从严控制“三公”经费开支。")


def test_the_comparison_word_in_its_own_paragraph_after_the_amounts():
    assert _codes(_OVERALL.format(w="大于"), "R-DIRECTION") == [("支出决算大于预算数", "支出决算小于预算数")]
    assert _codes(_OVERALL.format(w="小于"), "R-DIRECTION") == []
    # another line's words: not the amounts' paragraph's line
    assert _codes(_OVERALL.format(w="大于").replace("“三公”经费支出决算大于", "公用经费支出决算大于"),
                  "R-DIRECTION") == []


def test_a_template_alternative_in_its_own_paragraph_takes_the_word_the_amounts_before_say():
    assert _codes(_OVERALL.format(w="小于（大于）"), "R-TEMPLATE") == [("小于（大于）", "小于")]


def test_zero_of_a_budget_said_zero_beside_the_sangong_table_of_zero_budgets():
    text = _OVERALL.format(w="小于")
    paragraphs = [p for p in (_HEAD + text).splitlines() if p]
    blocks = [Block(p, f"第{n}段", index=n) for n, p in enumerate(paragraphs)]
    rows = [["预算数", "", "", "", "", "", "决算数"],
            ["8.00", "5.20", "0.00", "0.00", "5.00", "3.60", "0.00", "0.00", "5.00", "3.60", "3.00", "1.60"]]
    caption = "财政拨款“三公”经费支出决算表 单位：万元"
    table = Block("\n".join("\t".join(r) for r in rows), "第7个表格", rows, index=7, title=caption, caption=caption)
    assert [f.figure for f in review_blocks([*blocks, table]) if f.code == "R-RATE-ZERO"] == []
    said = [p.replace("完成年初预算0万元的0%", "完成年初预算的0%") for p in paragraphs]
    blocks = [Block(p, f"第{n}段", index=n) for n, p in enumerate(said)]
    assert [f.figure for f in review_blocks([*blocks, table]) if f.code == "R-RATE-ZERO"] == ["0%"]


def test_a_unit_name_with_its_last_character_doubled_before_no_word_is_still_the_finding():
    text = ("上海市某区委宣传部2024年度收入支出总计100.00万元。上海市某区委宣传部2024年度无政府性基金预算财政拨款收入和"
            "支出。2024年上海市某区委宣传部部国内公务接待共5批次。")
    assert _codes(text, "R-UNIT-NAME") == [("上海市某区委宣传部部", "上海市某区委宣传部")]
