"""Session 18 (rev60): how findings are written and where they point, after a reader's review of three opened
documents. Sentences of our own."""
from __future__ import annotations

from juesuan.review import review_text

# --- R-TEMPLATE: the amounts the paragraph gives before a change's sentence decide its word -------------------


def test_template_alternative_decided_by_last_years_amount_in_the_sentence_before():
    text = ("2024年度财政拨款收入支出总计913.40万元。上年决算数为868.50万元。本年比上年增加（减少）44.90万元，"
            "增长（下降）5.17%，主要原因是培训经费增加。")
    (f,) = [f for f in review_text(text) if f.code == "R-TEMPLATE"]
    assert f.expected == "增加44.90万元，增长5.17%"
    assert "本年913.40万元多于上年868.50万元" in f.message and "原因" not in f.message
    assert "913.40万元 − 868.50万元 = 44.90万元" in f.why


def test_the_amounts_before_overrule_the_reason():
    text = ("2024年度财政拨款收入支出总计913.40万元。上年决算数为958.30万元。本年比上年增加（减少）44.90万元，"
            "增长（下降）4.69%，主要原因是培训经费增加。")
    (f,) = [f for f in review_text(text) if f.code == "R-TEMPLATE"]
    assert f.expected == "减少44.90万元，下降4.69%"
    assert "本年913.40万元少于上年958.30万元" in f.message


# --- a place's quoted words are words Ctrl-F finds once in the document ------------------------------------------

_SEC = "五（三）一般公共预算财政拨款支出决算具体情况"


def _placed_word(texts: list[str], at: int, figure: str) -> str:
    from juesuan.core.findings import Level
    from juesuan.review.base import ReviewFinding
    from juesuan.review.extract import Block
    from juesuan.review.places import placed

    blocks = [Block(t, f"第{i + 1}段", index=i + 1, section=_SEC) for i, t in enumerate(texts)]
    f = ReviewFinding(Level.ERROR, "R-BASIC-PROJECT", "m", quote=texts[at], place=f"第{at + 1}段", block=at,
                      figure=figure)
    return placed([f], blocks)[0].place


def test_opening_words_found_many_times_run_on_until_found_once():
    texts = ["该项均为基本支出，主要用于机关日常运转。", "该项均为基本支出，主要用于卫生监督执法。"]
    assert _placed_word(texts, 1, "基本支出") == f"{_SEC}，“该项均为基本支出，主要用于卫生监督执法”"
    # found once already: the opening words as before
    assert _placed_word(texts[1:], 0, "基本支出") == f"{_SEC}，“该项均为基本支出…”"


def test_the_clause_holding_the_figure_where_the_opening_words_repeat():
    texts = ["本单位2024年度项目3个，绩效评级为“优”的项目2个；绩效评级为“良”的项目1个。",
             "本单位2024年度项目3个，涉及预算金额100.00万元。"]
    assert _placed_word(texts, 0, "项目1个") == f"{_SEC}，「绩效评级为“良”的项目1个」"


def test_words_found_many_times_whatever_the_length_say_which_place():
    texts = ["该项为项目支出。", "该项为项目支出。", "该项为项目支出。"]
    assert _placed_word(texts, 1, "项目支出") == f"{_SEC}，“该项为项目支出”（全文第2处）"


# --- a comment on a table of one data row sits on the cell of the column its place names ------------------------


def test_a_one_row_tables_comment_sits_on_the_column_its_place_names():
    from docx import Document

    from juesuan.core.findings import Level
    from juesuan.review.base import ReviewFinding
    from juesuan.review.outputs import _anchor

    table = Document().add_table(rows=3, cols=4)
    for r, texts in enumerate((("合计", "", "公务接待费", ""), ("预算数", "决算数", "预算数", "决算数"),
                               ("5.70", "4.60", "1.20", "1.20"))):
        for c, x in enumerate(texts):
            table.rows[r].cells[c].text = x
    table.rows[0].cells[2].merge(table.rows[0].cells[3])
    f = ReviewFinding(Level.ERROR, "R-TABLE-SUM", "m", quote="5.70、4.60、1.20、1.20",
                      place="公开07 财政拨款“三公”经费支出决算表，公务接待费决算数栏", figure="1.20")
    assert _anchor(table, f)._tc is table.rows[2].cells[3]._tc


def test_a_count_list_whose_wrong_part_is_undecided_is_commented_as_a_whole():
    text = ("编报绩效目标的2024年度项目3个；绩效跟踪评价的2024年度项目3个；绩效自评的2024年度项目3个（其中，绩效评级为"
            "“优”的项目2个；绩效评级为“良”的项目2个；绩效评级为“合格”的项目0个）。")
    (f,) = [f for f in review_text(text) if f.code == "R-SUM"]
    assert "无法判断是哪一项" in f.message
    assert f.anchor.startswith("绩效评级为“优”的项目2个") and f.anchor.endswith("“合格”的项目0个")


# --- R-SHARE: every path names the part, and the base it was taken of where the text states it ----------------


def test_shares_of_an_unnamed_whole_say_the_part_and_the_stated_base():
    text = ("一、收入支出决算总体情况说明\n2024年度收入总计19,970.74万元。\n二、收入决算情况说明\n"
            "2024年度本年收入合计19,447.56万元，其中：财政拨款收入9,446.06万元，占收入合计48.57%；事业收入9,856.30万元，"
            "占收入合计49.35%；其他收入145.20万元，占收入合计0.75%。")
    (f,) = [f for f in review_text(text) if f.code == "R-SHARE"]
    assert f.message.startswith("事业收入的占比49.35%是按收入总计19,970.74万元")
    assert "占比应以本年收入合计19,447.56万元为基数" in f.message
    assert f.why == "9,856.30万元 ÷ “本年收入合计”19,447.56万元 × 100% = 50.68%"


def test_a_share_of_no_base_the_text_states_names_its_part():
    text = ("二、收入决算情况说明\n"
            "2024年度本年收入合计19,447.56万元，其中：财政拨款收入9,446.06万元，占收入合计48.57%；事业收入9,856.30万元，"
            "占收入合计49.95%；其他收入145.20万元，占收入合计0.75%。")
    (f,) = [f for f in review_text(text) if f.code == "R-SHARE"]
    assert f.message == "事业收入的占比与金额不符：应为50.68%，不是49.95%。"
    assert "同一总数" not in f.why


# --- R-TABLE-PARENT: rows by name and code, the slip by its kind, the 计算 by the rows' names -------------------


def test_slip_kinds():
    from juesuan.review.rules.digit_slips import slip_kind

    assert slip_kind("986530", "985630") == "两位数字颠倒"
    assert slip_kind("985631", "985630") == "一位数字写错"
    assert slip_kind("98530", "985630") == "漏写一位数字"
    assert slip_kind("9856300", "985630") == "多写一位数字"
    assert slip_kind("995631", "985630") == ""


def test_a_blamed_child_is_named_with_its_code_and_the_slip_said_by_its_kind(tmp_path):
    from docx import Document

    from juesuan.review import review_path

    doc = Document()
    doc.add_paragraph("一般公共预算财政拨款支出决算表")
    doc.add_paragraph("公开05表 单位：万元")
    rows = [["科目编码", "科目名称", "决算数"], ["", "合计", "300.00"], ["208", "社会保障和就业支出", "300.00"],
            ["20805", "行政事业单位养老支出", "250.00"], ["2080501", "行政单位离退休", "120.00"],
            ["2080505", "机关事业单位基本养老保险缴费支出", "103.00"], ["20899", "其他社会保障和就业支出", "50.00"],
            ["2089999", "其他社会保障和就业支出", "50.00"]]
    table = doc.add_table(rows=len(rows), cols=3)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    path = tmp_path / "t.docx"
    doc.save(str(path))
    (f,) = [f for f in review_path(path) if f.code == "R-TABLE-PARENT"]
    assert "上级科目“行政事业单位养老支出”（20805）" in f.message
    assert "下级科目“机关事业单位基本养老保险缴费支出”（2080505）的103.00应为130.00" in f.message
    assert "（两位数字颠倒）" in f.message and "一处" not in f.message
    assert f.why.startswith("“行政事业单位养老支出”（20805）250.00万元 − “行政单位离退休”（2080501）120.00万元"
                            " = 130.00")


# --- R-RATE: one 「的」, and the wrong base named where the paragraph states it ----------------------------------


def test_a_rate_taken_of_another_budget_of_its_paragraph_names_it():
    text = ("2024年度“三公”经费财政拨款支出决算为4.60万元，完成全年预算5.70万元的80.7%；"
            "公务用车运行维护费支出决算为3.86万元，完成全年预算4.50万元的67.7%。")
    (f,) = [f for f in review_text(text) if f.code == "R-RATE"]
    assert f.message == ("公务用车运行维护费完成全年预算的比例与金额不符，应为85.8%，不是67.7%"
                         "（67.7%是除以“三公”经费财政拨款的全年预算5.70万元）。")


# --- a text figure against its table: said plainly, and what the text's own figures say of the table's value ------


def test_the_tables_value_backed_by_the_texts_own_list():
    from juesuan.review import review_blocks
    from juesuan.review.extract import Block

    rows = [["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出", "经营支出"],
            ["", "合计", "1227.18", "768.08", "459.10", "0.00"]]
    blocks = [Block("三、支出决算情况说明", "第1段", index=1),
              Block("本年支出合计1227.18万元，其中：基本支出651.47万元，占62.6%；项目支出459.10万元，占37.4%；"
                    "经营支出0万元，占0%。", "第2段", index=2),
              Block("\n".join("\t".join(r) for r in rows), "第1个表格", rows, index=0, title="支出决算表",
                    caption="支出决算表 单位：万元")]
    (f,) = [f for f in review_blocks(blocks) if f.level.value == "错误"]
    assert f.code == "R-TEXT-TABLE"
    assert f.message.startswith("正文基本支出651.47万元与公开03支出决算表的768.08万元不符：应为768.08万元；"
                                "以768.08万元计算，")
    assert "62.6%" in f.message.split("以768.08万元计算")[1]
    assert "768.08万元 ÷ 1227.18万元 × 100%" in f.why


# --- R-REASON-DIRECTION: the line read past the unit's name and year that open its clause --------------------------


def test_a_reason_heading_after_the_units_name_and_year_is_checked():
    said = ("上海市某某区人民防空办公室2024年度机关运行经费支出116.61万元，比上年决算数减少4.47万元，下降3.7%。"
            "机关运行经费{}的主要情况：物业管理费用上调。")
    found = [f for f in review_text(said.format("增加")) if f.code == "R-REASON-DIRECTION"]
    assert [f.expected for f in found] == ["机关运行经费减少"]
    assert not [f for f in review_text(said.format("减少")) if f.code == "R-REASON-DIRECTION"]


# --- which 公开 table: by its number and name ----------------------------------------------------------------------


def test_tables_are_named_with_their_number():
    from juesuan.review.places import numbered
    from juesuan.review.rules.items import _table_of

    assert numbered("一般公共预算财政拨款支出决算表", "") == "公开05一般公共预算财政拨款支出决算表"
    assert numbered("某某明细表") == "某某明细表"
    tables = {"支出决算表": {"2030603": 1}, "一般公共预算财政拨款支出决算表": {"2030603": 1}}
    assert _table_of("2030603", "一般公共预算", tables) == "公开05一般公共预算财政拨款支出决算表"
    assert _table_of("2030603", "", {"支出决算表": {"2030603": 1}}) == "公开03支出决算表"
    assert _table_of("2030607", "一般公共预算", tables) == "公开表"


# --- a table's bare 应为 (typed into its cell) said with its unit where the message goes on with it --------------


def test_a_tables_bare_correction_is_said_with_its_unit():
    from juesuan.core.findings import Level
    from juesuan.review.arbiter import _follows_from_fix
    from juesuan.review.base import ReviewFinding
    from juesuan.review.extract import Block

    rows = [["项目", "决算数"], ["本年收入合计", "931.80"], ["其他收入", "15.60"]]
    table = Block("x", "第1个表格", rows, index=0, caption="收入支出决算总表 单位：万元", unit="万元")
    cell = ReviewFinding(Level.ERROR, "R-TABLE-CROSS", "其他收入应为18.40万元。", block=0, figure="15.60",
                         expected="18.40", why="收入决算表：其他收入 18.40万元")
    total = ReviewFinding(Level.ERROR, "R-TABLE-SUM", "合计不符。", block=0, figure="931.80", expected="928.00",
                          why="913.40 + 15.60 = 929.00")
    (f,) = _follows_from_fix([cell, total], [table])
    assert "；以18.40万元计算，" in f.message and f.expected == "18.40"


def test_a_rate_left_out_of_a_base_not_zero_says_whose_base():
    text = "公务接待费支出决算为0.74万元，比上年决算数增加0.16万元，增长--（基数为0，不可比）。"
    (f,) = [f for f in review_text(text) if f.code == "R-PERCENT"]
    assert f.message.startswith("公务接待费上年决算数为0.58万元（0.74万元 − 0.16万元），并非0")
    assert f.expected == "增长27.59%"


# --- the 三公 table's one data row quoted by the cells the finding is about, each with its column ---------------


def test_a_sangong_table_finding_quotes_its_cells_by_column():
    from juesuan.review import review_blocks
    from juesuan.review.extract import Block

    rows = [["合计", "", "因公出国（境）费", "", "公务用车购置及运行维护费", "", "", "", "", "", "公务接待费", ""],
            ["", "", "", "", "小计", "", "公务用车购置费", "", "公务用车运行维护费", "", "", ""],
            ["预算数", "决算数"] * 6,
            ["21.00", "7.34", "0.00", "0.00", "20.50", "6.84", "0.00", "0.00", "20.50", "6.48", "0.50", "0.50"]]
    caption = "财政拨款“三公”经费支出决算表 单位：万元"
    table = Block("\n".join("\t".join(r) for r in rows), "第1个表格", rows, index=1, title=caption, caption=caption)
    (f,) = [f for f in review_blocks([table]) if f.code == "R-TABLE-SUM"]
    assert f.quote == ("公务用车购置及运行维护费：预算数20.50、决算数6.84；公务用车购置费：预算数0.00、决算数0.00；"
                       "公务用车运行维护费：预算数20.50、决算数6.48")


# --- the .xlsx names each check in Chinese, its code after it ----------------------------------------------------


def test_every_review_check_has_a_chinese_name_in_the_xlsx():
    from io import BytesIO

    from openpyxl import load_workbook

    from juesuan.core.codes import CODES, check_name
    from juesuan.review.outputs import xlsx

    assert all(check_name(c) != c for c in CODES if c.startswith("R-"))
    assert check_name("R-SHARE") == "占比（R-SHARE）"
    text = "本年支出合计100.00万元，其中：基本支出60.00万元，占70.00%；项目支出40.00万元，占40.00%。"
    found = [f for f in review_text(text) if f.code == "R-SHARE"]
    rows = list(load_workbook(BytesIO(xlsx(found))).active.iter_rows(values_only=True))
    at = rows[1].index("检查项")
    assert rows[2][at] == "占比（R-SHARE）"


def test_a_texts_change_and_rate_that_fit_the_tables_level_back_it():
    from juesuan.review import review_blocks
    from juesuan.review.extract import Block

    rows = [["合计", "", "因公出国（境）费", "", "公务用车购置及运行维护费", "", "", "", "", "", "公务接待费", ""],
            ["", "", "", "", "小计", "", "公务用车购置费", "", "公务用车运行维护费", "", "", ""],
            ["预算数", "决算数"] * 6,
            ["21.00", "7.34", "0.00", "0.00", "20.50", "6.84", "0.00", "0.00", "20.50", "6.84", "0.50", "0.50"]]
    caption = "财政拨款“三公”经费支出决算表 单位：万元"
    table = Block("\n".join("\t".join(r) for r in rows), "第1个表格", rows, index=1, title=caption, caption=caption)
    text = "2024年度“三公”经费财政拨款支出预算为21.00万元，支出决算为3.34万元，较上年决算数增加4.00万元，增长119.76%。"
    blocks = [Block("上海市某局2024年度部门决算", "第0段", index=0), table,
              Block("七、财政拨款“三公”经费支出决算情况说明", "第2段", index=2), Block(text, "第3段", index=3)]
    (f,) = [f for f in review_blocks(blocks) if f.level.value == "错误"]
    assert f.code == "R-TEXT-TABLE" and f.expected == "7.34万元"
    assert f.message.endswith("以7.34万元计算，所写的“增加4.00万元”“增长119.76%”也相符（见计算）。")
    assert f.why.endswith("7.34万元 − 4.00万元 = 3.34万元（上年）；4.00万元 ÷ 3.34万元 × 100% = 119.76%")
