"""Session 12 (rev28): classes of qinglan-jiguanju's, qinglan-nongye's and liugang-fangguan's false alarms and
misses, each in figures of our own."""
from __future__ import annotations

from juesuan.core.findings import Level
from juesuan.review import review_blocks
from juesuan.review.extract import Block


def _para(text: str, i: int) -> Block:
    return Block(text, f"第{i}段", index=i)


_T7_ROWS = [["合计", "", "因公出国（境）费", "", "公务用车购置及运行维护费", "", "", "", "", "", "公务接待费", ""],
            ["", "", "", "", "小计", "", "公务用车购置费", "", "公务用车运行维护费", "", "", ""],
            ["预算数", "决算数"] * 6,
            ["64.00", "59.30", "0.00", "0.00", "60.00", "56.10", "25.00", "24.40", "35.00", "31.70", "4.00", "3.20"]]


def _sangong(lines: list[str]) -> list[tuple[str, str]]:
    caption = "财政拨款“三公”经费支出决算表 单位：万元"
    table = Block("\n".join("\t".join(r) for r in _T7_ROWS), "第1个表格", _T7_ROWS, index=1, title=caption,
                  caption=caption)
    blocks = [_para("上海市某局2024年度部门决算", 0), table, _para("七、财政拨款“三公”经费支出决算情况说明", 2),
              *(_para(t, 3 + i) for i, t in enumerate(lines))]
    return [(f.code, f.figure) for f in review_blocks(blocks) if f.level != Level.INFO]


# --- a small table in the text, its rows come out of a PDF as lines of glued cells ------------------------------

def test_a_row_of_figures_printed_as_a_line_names_no_column():
    said = "2024年度“三公”经费财政拨款支出预算为64.00万元，支出决算为59.30万元。具体如下表："
    rows = ["项目预算数决算数上年决算数比上年增减", "其中：公务用车购置费25.00万元24.40万元-24.40万元",
            "公务接待费4.00万元3.20万元2.90万元0.30万元"]
    assert [c for c, _ in _sangong([said, *rows]) if c == "R-TEXT-TABLE"] == []
    # a figure the words name is still compared
    slip = "其中：公务用车购置费支出决算为26.40万元。"
    assert ("R-TEXT-TABLE", "26.40万元") in _sangong([said, *rows, slip])


# --- a total in 万元 written as the sum of its parts, each rounded from a table in 元 -------------------------------

def _t7_yuan(lines: list[str]) -> list[tuple[str, str]]:
    rows = [*_T7_ROWS[:3], ["640,000.00", "593,098.00", "", "", "600,000.00", "561,049.00", "250,000.00",
                            "244,000.00", "350,000.00", "317,049.00", "40,000.00", "32,049.00"]]
    caption = "财政拨款“三公”经费支出决算表 单位：元"
    table = Block("\n".join("\t".join(r) for r in rows), "第1个表格", rows, index=1, title=caption, caption=caption)
    blocks = [_para("上海市某局2024年度部门决算", 0), table, _para("七、财政拨款“三公”经费支出决算情况说明", 2),
              *(_para(t, 3 + i) for i, t in enumerate(lines))]
    return [(f.code, f.figure) for f in review_blocks(blocks) if f.level != Level.INFO]


def test_a_total_written_as_its_rounded_parts_sum_is_no_slip():
    said = "2024年度“三公”经费财政拨款支出决算为{}万元，其中：公务用车购置及运行维护费56.10万元，公务接待费3.20万元。"
    assert _t7_yuan([said.format("59.31")]) == []  # 593,098.00元 rounded
    # 56.1049 → 56.10 and 3.2049 → 3.20: a writer who adds the parts as shown writes 59.30
    assert _t7_yuan([said.format("59.30")]) == []
    assert ("R-TEXT-TABLE", "59.40万元") in _t7_yuan([said.format("59.40")])


# --- 「支出A元，较上年增加C万元」: the base comes out negative only because the amount's unit is the slip -----------

def test_a_negative_base_from_a_unit_slip_is_no_direction_error():
    from juesuan.review import review_text

    def codes(text: str) -> list[tuple[str, str]]:
        return [(f.code, f.figure) for f in review_text(text) if f.level != Level.INFO]

    slip = "（一）机关运行经费支出情况\n2024年度本局机关运行经费支出123.45元，较2023年度增加10.00万元，增长8.81%。"
    assert "R-DIRECTION" not in [c for c, _ in codes(slip)]
    turned = "（一）机关运行经费支出情况\n2024年度本局机关运行经费支出123.45万元，较2023年度增加150.00万元。"
    assert ("R-DIRECTION", "增加150.00万元") in codes(turned)


# --- 「上年决算数（调整后）为X」 after two different totals: the words name no line of their own --------------------

def test_last_years_adjusted_amount_of_two_totals_is_not_one_line():
    from juesuan.review import review_text

    text = ("一、收入支出决算总体情况说明\n本局2024年度收入支出总计1,200.00万元。上年决算数（调整后）为1,000.00万元，"
            "同比增加200.00万元，增长20.00%。\n四、财政拨款收入支出决算总体情况说明\n本局2024年度财政拨款收入支出总计"
            "1,100.00万元。上年决算数（调整后）为950.00万元，同比增加150.00万元，增长15.79%。")
    assert [(f.code, f.figure) for f in review_text(text) if f.code == "R-SAME"] == []


# --- a 项 named wrong, told apart from its 款's other rows by its 决算: the quote shows that 决算 ---------------------

def _item_named(name: str) -> list:
    rows = [["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
            ["221", "住房保障支出", "1,042.00", "", "1,042.00"],
            ["22101", "保障性安居工程支出", "1,042.00", "", "1,042.00"],
            ["2210103", "公共租赁住房", "400.00", "", "400.00"], ["2210108", "老旧小区改造", "642.00", "", "642.00"]]
    caption = "一般公共预算财政拨款支出决算表 单位：万元"
    table = Block("\n".join("\t".join(r) for r in rows), "第1个表格", rows, index=1, title=caption, caption=caption)
    text = (f"1.住房保障支出（类）保障性安居工程支出（款）{name}（项），主要用于成套改造工程。年初预算为580.00万元，"
            "支出决算为642.00万元，完成年初预算的110.69%。")
    blocks = [_para("上海市某区房屋管理局2024年度部门决算", 0), table,
              _para("五、一般公共预算财政拨款支出决算情况说明", 2),
              _para("（三）一般公共预算财政拨款支出决算具体情况", 3),
              _para(text, 4)]
    return [f for f in review_blocks(blocks) if f.code == "R-CODE-NAME"]


def test_a_name_told_by_its_final_amount_is_quoted_with_that_amount():
    (f,) = _item_named("棚户区改造")
    assert f.figure == "棚户区改造（项）" and f.expected == "老旧小区改造（项）"
    assert "棚户区改造（项）" in f.quote and "642.00万元" in f.quote
    assert _item_named("老旧小区改造") == []


# --- 「…支出决算为A，完成年初预算的R%。决算数大于预算数的主要原因：…」: the words a sentence after the figures -------

def test_direction_words_after_the_figures_quote_the_figures_too():
    from juesuan.review import review_text

    text = ("（三）一般公共预算财政拨款支出决算具体情况\n1.住房保障支出（类）保障性安居工程支出（款）"
            "公共租赁住房（项），主要用于房源筹措。年初预算为400.00万元，支出决算为380.00万元，完成年初预算的95.00%。决算数大于预算数的"
            "主要原因：部分房源交付推迟。")
    (f,) = [f for f in review_text(text) if f.code == "R-DIRECTION"]
    assert f.figure == "决算数大于预算数" and f.figure in f.quote and "380.00万元" in f.quote  # the span 应为 replaces
    assert f.expected == "决算数小于预算数"


# --- 「…总计A。上年决算数（调整后）为B，同比增加C，增长R%」: B is the base, not this year's amount ---

def test_last_years_amount_compared_with_last_year_is_the_base():
    from juesuan.review import review_text

    text = ("一、收入支出决算总体情况说明\n本局2024年度收入支出总计1,100.00万元。上年决算数（调整后）为1,000.00万元，"
            "同比增加100.00万元，增长{}%。")
    assert [f.code for f in review_text(text.format("10.00")) if f.level != Level.INFO] == []
    assert [(f.code, f.expected) for f in review_text(text.format("9.09")) if f.level != Level.INFO] == [
        ("R-PERCENT", "10.00%")]  # taken of the amount after the change


# --- a unit that writes its short form most (「区农业农村委」): another name of its place is still questioned ---

def test_another_units_name_is_found_where_the_short_form_is_written_most():
    from juesuan.review import review_text

    full, short = "上海市东江区农业农村委员会", "区农业农村委"
    body = [f"{full}2024年度部门决算", f"第一部分 {full}概况", f"{short}（{full}）主要职能。"]
    body += [f"{short}2024年度第{i}项工作顺利完成。" for i in range(9)]
    body += [f"{full}2024年度收入总计100.00万元。", "上海市东江区农业委员会2024年度财政拨款收入支出决算总计90.00万元。"]
    found = [(f.code, f.figure, f.expected) for f in review_text("\n".join(body)) if f.code == "R-UNIT-NAME"]
    assert found == [("R-UNIT-NAME", "上海市东江区农业委员会", full)]


# --- 「占比X%，比上年增长Y个百分点（上年为Z%）」: Y is X − Z ---

def test_a_change_in_points_is_the_two_shares_difference():
    from juesuan.review import review_text

    text = ("三、支出决算情况说明\n本年支出合计1,000.00万元，其中：基本支出303.60万元，占比30.36%，比上年{}{}个百分点"
            "（上年为29.49%）；项目支出696.40万元，占比69.64%。")
    assert [f for f in review_text(text.format("增长", "0.87")) if f.level != Level.INFO] == []
    assert [f for f in review_text(text.format("增长", "0.9")) if f.level != Level.INFO] == []  # rounded
    found = [(f.code, f.figure, f.expected) for f in review_text(text.format("增长", "2.95")) if f.code == "R-DIFF"]
    assert found == [("R-DIFF", "2.95个百分点", "0.87个百分点")]
    later = "三、支出决算情况说明\n基本支出占比30.36%，上年为29.49%，比上年增长2.95个百分点。"
    assert [(f.code, f.expected) for f in review_text(later) if f.code == "R-DIFF"] == [("R-DIFF", "0.87个百分点")]


def test_points_written_to_fewer_places_round_half_up():
    """30.35% − 29.50% = 0.85 points: written to one place it is 0.9 (half-up), not 0.8 (half-even)."""
    from juesuan.review import review_text

    text = ("三、支出决算情况说明\n本年支出合计100.00万元，其中：基本支出30.00万元，占比30.35%，比上年增长{}个百分点"
            "（上年为29.50%）；项目支出70.00万元，占比69.65%。")
    assert [(f.figure, f.expected) for f in review_text(text.format("0.3")) if f.code == "R-DIFF"] == [
        ("0.3个百分点", "0.9个百分点")]
    assert [f for f in review_text(text.format("0.9")) if f.code == "R-DIFF"] == []


def test_a_finding_names_its_item_with_a_bracket_in_the_name():
    """The 项 a finding names keeps a short bracket of its name (「…办公厅（室）…」), not cut after it."""
    from juesuan.review import review_text

    text = ("五、一般公共预算财政拨款支出决算情况说明\n（三）一般公共预算财政拨款支出决算具体情况\n"
            "2.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）其他政府办公厅（室）及相关机构事务支出（项）："
            "年初预算为0.00万元，支出决算为52.30万元，完成年初预算的100.00%，主要用于专项工作。")
    (f,) = [f for f in review_text(text) if f.code == "R-RATE-ZERO"]
    assert f.message.startswith("其他政府办公厅（室）及相关机构事务支出（项）：年初预算为0.00万元"), f.message


def test_an_amount_in_yi_yuan_rounds_half_up():
    """An amount shown in 亿元 at the text's precision rounds half-up once (1.25亿元 to one place is 1.3, not 1.2)."""
    from decimal import Decimal

    from juesuan.review.base import show
    from juesuan.review.figures import find_figures

    (like,) = [f for f in find_figures("收入总计1.4亿元。") if f.unit == "亿元"]
    assert show(Decimal("125000000"), like) == "1.3亿元"
    assert show(Decimal("135000000"), like) == "1.4亿元"


def test_a_kuan_named_wrong_in_a_paragraph_of_items_names_its_own_item():
    """In a paragraph of 项 joined by 「；」, a finding on a 款 name names the 项 its chain goes on to, not the one
    of the clause before."""
    rows = [["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
            ["201", "一般公共服务支出", "130.00", "80.00", "50.00"],
            ["20128", "民主党派及工商联事务", "130.00", "80.00", "50.00"],
            ["2012801", "行政运行", "80.00", "80.00", ""], ["2012802", "一般行政管理事务", "50.00", "", "50.00"]]
    caption = "一般公共预算财政拨款支出决算表 单位：万元"
    table = Block("\n".join("\t".join(r) for r in rows), "第1个表格", rows, index=1, title=caption, caption=caption)
    text = ("一般公共服务支出（类）民主党派及工商联事务（款）行政运行（项）年初预算82.00万元，支出决算80.00万元，"
            "主要用于机关运转；一般公共服务支出（类）群众团体事务（款）一般行政管理事务（项）年初预算52.00万元，"
            "支出决算50.00万元，主要用于会员服务。")
    blocks = [_para("上海市某区工商业联合会2024年度部门决算", 0), table,
              _para("五、一般公共预算财政拨款支出决算情况说明", 2),
              _para("（三）一般公共预算财政拨款支出决算具体情况", 3),
              _para(text, 4)]
    (f,) = [f for f in review_blocks(blocks) if f.code == "R-CODE-NAME"]
    assert f.figure == "群众团体事务（款）" and f.expected == "民主党派及工商联事务（款）"
    assert "行政运行（项）" not in f.message and "一般行政管理事务" in f.message  # (was 「行政运行（项）：…」)
