"""Checks left open by session 14's helpers (rev41): two income lines of 公开01 written in each other's rows against
公开02's columns (rules/cross), amounts in brackets of a 经济分类 list against 公开06 (rules/econ), an R-SUBSET
that gives a figure or says which two disagree (never 「≥X」 as an 应为), and one helper for the 「上年为A ∓ C」
计算 line (review/base.last_year_line)."""

from __future__ import annotations

from juesuan.core.findings import Level
from juesuan.review import review_blocks
from juesuan.review.extract import Block

TITLE = "上海市某区某中心2024年度部门决算"


def _table(title: str, rows: list[list[str]], n: int) -> Block:
    text = "\n".join("\t".join(r) for r in rows)
    return Block(text, f"第{n}个表格", rows, title=title, caption=f"{title} 单位：万元")


def _income(sy1: str, qt1: str, sy2: str = "350.00", qt2: str = "10.00", total_row: tuple[str, str] | None = None,
            text: str = "") -> list[tuple[str, str, str, str]]:
    """公开01 with 事业收入 ``sy1`` and 其他收入 ``qt1``; 公开02 with those columns ``sy2``/``qt2`` in its 合计 row and
    its one class row (``total_row``: the 合计 row's two cells, where they differ from the class row's); ``text``:
    a 收入决算情况说明 paragraph before the tables."""
    t1 = _table("收入支出决算总表", [
        ["收入", "", "支出", ""], ["项目", "决算数", "项目", "决算数"],
        ["一、一般公共预算财政拨款收入", "600.00", "一、一般公共服务支出", "0.00"],
        ["二、事业收入", sy1, "二、社会保障和就业支出", "1,070.00"],
        ["三、经营收入", "120.00", "三、住房保障支出", "10.00"],
        ["四、其他收入", qt1, "", ""],
        ["本年收入合计", "1,080.00", "本年支出合计", "1,080.00"],
        ["总计", "1,080.00", "总计", "1,080.00"]], 1)
    head = ["科目编码", "科目名称", "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入",
            "附属单位上缴收入", "其他收入"]
    sy_t, qt_t = total_row or (sy2, qt2)
    t2 = _table("收入决算表", [
        head, ["", "合计", "1,080.00", "600.00", "0.00", sy_t, "120.00", "0.00", qt_t],
        ["208", "社会保障和就业支出", "1,070.00", "590.00", "0.00", sy2, "120.00", "0.00", qt2],
        ["221", "住房保障支出", "10.00", "10.00", "0.00", "0.00", "0.00", "0.00", "0.00"]], 2)
    paras = [Block("二、收入决算情况说明", "第2段"), Block(text, "第3段")] if text else []
    found = review_blocks([Block(TITLE, "第1段", index=1), *paras, t1, t2])
    return [(f.code, f.figure, f.expected, f.message) for f in found if f.level != Level.INFO]


def test_two_income_lines_written_in_each_others_rows_are_each_said():
    """事业收入 and 其他收入 typed in each other's rows of 公开01 (its 本年收入合计 still adds up), 公开02's columns
    right: each line, with its 应为 from 公开02 — not one folded into the other as if they blamed each other."""
    found = _income("10.00", "350.00")
    assert [x[:3] for x in found] == [("R-TABLE-CROSS", "10.00", "350.00"), ("R-TABLE-CROSS", "350.00", "10.00")]
    assert "收入支出决算总表的事业收入10.00万元与本表其他收入350.00万元两行的数写反了" in found[0][3]
    assert "收入决算表合计行的事业收入为350.00万元" in found[0][3]


def test_two_income_lines_swapped_in_the_text_are_each_said():
    """The text's 事业收入 and 其他收入 written swapped (their shares with them) against both tables: each against its
    own column of 公开02 — two figures of one paragraph that never compared the one with the other."""
    text = ("2024年度本年收入合计1,080.00万元，其中：财政拨款收入600.00万元，占55.56%；事业收入{a}万元，占{p}%；"
            "经营收入120.00万元，占11.11%；其他收入{b}万元，占{q}%。")
    assert _income("350.00", "10.00", text=text.format(a="350.00", p="32.41", b="10.00", q="0.93")) == []
    found = _income("350.00", "10.00", text=text.format(a="10.00", p="0.93", b="350.00", q="32.41"))
    assert [x[:3] for x in found] == [("R-TEXT-TABLE", "10.00万元", "350.00万元"),
                                      ("R-TEXT-TABLE", "350.00万元", "10.00万元")]
    assert "本段写" not in found[0][3] + found[1][3]


def test_both_tables_agreeing_say_nothing():
    assert _income("350.00", "10.00") == []


def test_a_swap_in_the_income_tables_total_row_alone_is_said_there():
    """公开02's 合计 row with the two cells swapped (its class row right): its columns do not add up — said there
    (R-TABLE-SUM); 公开01, right, is not blamed by a table that does not add up in itself."""
    found = _income("350.00", "10.00", total_row=("10.00", "350.00"))
    assert found and {code for code, *_ in found} == {"R-TABLE-SUM"}


# --- amounts in brackets in a 经济分类 list, against 公开06 ----------------------------------------------------


def _basic(text: str) -> list[tuple[str, str, str]]:
    rows = [["科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数"],
            ["301", "工资福利支出", "1,260.00", "302", "商品和服务支出", "100.00"],
            ["30101", "基本工资", "500.00", "30201", "办公费", "60.00"],
            ["30108", "机关事业单位基本养老保险缴费", "400.00", "30209", "物业管理费", "28.50"],
            ["30109", "职业年金缴费", "60.00", "30213", "维修（护）费", "11.50"],
            ["30110", "职工基本医疗保险缴费", "300.00", "", "", ""],
            ["人员经费合计", "", "1,260.00", "公用经费合计", "", "100.00"]]
    table = _table("一般公共预算财政拨款基本支出决算表", rows, 1)
    paras = [TITLE, "六、一般公共预算财政拨款基本支出决算情况说明", text]
    blocks = [Block(paras[0], "第1段"), table, *(Block(t, f"第{n}段") for n, t in enumerate(paras[1:], 2))]
    return [(f.code, f.figure, f.expected) for f in review_blocks(blocks) if f.level != Level.INFO]


_PERSONNEL = ("某某局2024年度一般公共预算财政拨款基本支出1,360.00万元，其中：人员经费{p}万元，主要包括："
              "基本工资（500.00万元）、机关事业单位基本养老保险缴费（400.00万元）、职业年金缴费（{n}万元）、职工基本医疗保险缴费（300.00万元）；"
              "公用经费100.00万元，主要包括：办公费（60.00万元）、物业管理费（28.50万元）、维修（护）费（{w}万元）。")


def test_an_amount_in_brackets_is_the_table_lines():
    assert _basic(_PERSONNEL.format(p="1,260.00", n="60.00", w="11.50")) == []
    found = _basic(_PERSONNEL.format(p="1,260.00", n="66.00", w="11.50"))
    assert found == [("R-TEXT-TABLE", "66.00万元", "60.00万元")]
    # a name with its own brackets (维修（护）费), and the last item of the list
    assert _basic(_PERSONNEL.format(p="1,260.00", n="60.00", w="15.10")) == [("R-TEXT-TABLE", "15.10万元", "11.50万元")]


def test_the_classes_listed_with_their_amounts():
    text = ("某某局2024年度一般公共预算财政拨款基本支出1,360.00万元，主要包括：工资福利支出（{a}万元）、"
            "商品和服务支出（100.00万元）。")
    assert _basic(text.format(a="1,260.00")) == []
    assert ("R-TEXT-TABLE", "1,206.00万元", "1,260.00万元") in _basic(text.format(a="1,206.00"))


def test_a_list_of_other_money_is_not_the_tables():
    """人员经费 of 1,500.00万元 (the unit's 事业收入 pays some): not the table's 1,260.00 — its items are other sums
    (the head itself against the table is another check's)."""
    text = ("某某局2024年度基本支出1,600.00万元，其中：人员经费1,500.00万元，主要包括：基本工资（560.00万元）、"
            "机关事业单位基本养老保险缴费（420.00万元）、职业年金缴费（70.00万元）、职工基本医疗保险缴费（450.00万元）。")
    assert [x for x in _basic(text) if x[1] != "1,500.00万元"] == []


# --- R-SUBSET: a figure where something decides, else which two disagree — never 「≥X」 --------------------------


def test_a_part_larger_than_its_whole_undecided_names_both_figures_and_gives_no_bound():
    from juesuan.review import review_text

    text = (TITLE + "\n（二）政府采购支出情况\n本部门面向中小企业预留政府采购项目预算金额30.00万元，"
            "面向小微企业预留政府采购项目预算金额45.00万元。\n")
    (f,) = [f for f in review_text(text) if f.code == "R-SUBSET"]
    assert f.expected == "" and f.figure == "45.00万元"
    assert "本段小微企业的45.00万元不能大于中小企业的30.00万元" in f.message and "未给出应为值" in f.message


def _three(car: str) -> list[tuple[str, str, str]]:
    rows = [["项目", "预算数", "决算数"], ["合计", "40.00", "{t}"], ["1.因公出国(境)费用", "0", "0"],
            ["2.公务接待费", "1.70", "1.70"], ["3.公务用车费", "38.30", car],
            ["其中:(1)公务用车运行维护费", "32.65", "32.65"], ["(2)公务用车购置", "5.65", "5.65"]]
    total = {"38.30": "40.00", "30.00": "31.70"}[car]
    table = _table("“三公”经费情况统计表", [[c.format(t=total) for c in r] for r in rows], 1)
    found = review_blocks([Block(TITLE, "第1段"), Block("2024年某局部门“三公”经费情况统计表", "第2段"), table])
    return [(f.code, f.figure, f.expected, f.message) for f in found if f.code == "R-SUBSET"]


def test_a_table_row_smaller_than_its_parts():
    """公务用车费 30.00 below its parts' 38.30: the 合计 (31.70 = 1.70 + 30.00) adds up with the row as written, so
    the table does not say whether the row or a part is wrong — both figures said, no 「≥38.30」 as 应为."""
    assert _three("38.30") == []
    ((code, figure, expected, message),) = _three("30.00")
    assert (code, figure, expected) == ("R-SUBSET", "30.00", "")
    assert "本行的30.00万元与其中各项之和38.30万元必有一处有误" in message and "≥" not in message


# --- one helper for the 「上年为A ∓ C = B；」 line (base.last_year_line): the 计算 of three rules, pinned ---------

_CHANGE = "上海市某区某局2024年度部门决算\n一、收入支出决算总体情况说明\n{}\n"
_PINNED = [
    # shares: a rate checked of last year's amount derived from A and C (its label as the sentence names the year)
    ("2024年度支出合计100.00万元，比上年增加10.00万元，增长20.00%。",
     ("R-PERCENT", "上年为100.00万元 − 10.00万元 = 90.00万元；10.00万元 ÷ 90.00万元 × 100% = 11.11%")),
    ("2024年度支出合计100.00万元，比2023年度减少10.00万元，下降20.00%。",
     ("R-PERCENT", "2023年度为100.00万元 + 10.00万元 = 110.00万元；10.00万元 ÷ 110.00万元 × 100% = 9.09%")),
    # shares._said_both: the two words disagree, the rate tells which
    ("2024年度支出合计100.00万元，比上年减少10.00万元，增长11.11%。",
     ("R-DIRECTION", "按增加：上年为100.00万元 − 10.00万元 = 90.00万元；10.00万元 ÷ 90.00万元 × 100% = 11.11%")),
    ("2024年度支出合计100.00万元，比2023年增加10.00万元，下降9.09%。",
     ("R-DIRECTION", "按减少：2023年为100.00万元 + 10.00万元 = 110.00万元；10.00万元 ÷ 110.00万元 × 100% = 9.09%")),
    # turned_rates: both words the same way, the rate of the other
    ("2024年度支出合计100.00万元，比2023年度增加10.00万元，增长9.09%（主要原因：人员减少）。",
     ("R-DIRECTION", "按减少：2023年度为100.00万元 + 10.00万元 = 110.00万元；10.00万元 ÷ 110.00万元 × 100% = 9.09%")),
    ("2024年度支出合计100.00万元，比上年减少10.00万元，下降11.11%（主要原因：人员增加）。",
     ("R-DIRECTION", "按增加：上年为100.00万元 − 10.00万元 = 90.00万元；10.00万元 ÷ 90.00万元 × 100% = 11.11%")),
    # change_slips: the change one digit off what the rate gives
    ("2024年度收入支出总计2,486.30万元，比上年增加144.45万元，增长4.83%（主要原因：设备更新）。",
     ("R-DIFF", "上年为2,486.30万元 − 114.45万元 = 2,371.85万元；"
                "114.45万元 ÷ 2,371.85万元 × 100% = 4.83%，与4.83%相符")),
    ("2024年度收入支出总计2,486.30万元，比上年减少171.70万元，下降4.52%（主要原因：设备减少）。",
     ("R-DIFF", "上年为2,486.30万元 + 117.70万元 = 2,604.00万元；"
                "117.70万元 ÷ 2,604.00万元 × 100% = 4.52%，与4.52%相符")),
]


def test_the_last_year_line_of_each_rule_is_as_before():
    from juesuan.review import review_text

    for text, pinned in _PINNED:
        assert [(f.code, f.why) for f in review_text(_CHANGE.format(text))] == [pinned], text


def test_the_last_year_line():
    from juesuan.review.base import last_year_line

    assert last_year_line("", "100.00", 1, "10.00", "90.00万元") == "上年为100.00 − 10.00 = 90.00万元；"
    assert last_year_line("2023年度", "100.00", -1, "10.00", "110.00万元", by=-1) == (
        "按减少：2023年度为100.00 + 10.00 = 110.00万元；")
    assert last_year_line("预算", "100.00", 1, "10.00", "90.00万元") == "上年为100.00 − 10.00 = 90.00万元；"


_RESERVED = ("本部门面向中小企业预留政府采购项目预算金额{w}万元，其中：面向小微企业预留政府采购项目预算金额{p}万元，"
             "占面向中小企业预留政府采购项目预算金额的68.80%。")


def test_the_parts_share_of_its_whole_decides_which_is_wrong():
    """小微 above 中小 with its share of it stated: the figure the share gives with one digit slipped is the wrong one
    (900.10 for 436.20 × 68.80% = 300.10; 136.20 for 300.10 ÷ 68.80% = 436.20) — found with that value, in the
    share's rounding (436.20 × 68.80% is 300.11 exactly). A decimal point moved (3,001.00) is a slip of either
    figure by the share (300.10, or 中小 4,362.00): undecided, both said, no bound."""
    from juesuan.review import review_text

    def found(w: str, p: str) -> list[tuple[str, str]]:
        text = TITLE + "\n（二）政府采购支出情况\n" + _RESERVED.format(w=w, p=p) + "\n"
        return [(f.figure, f.expected) for f in review_text(text) if f.level != Level.INFO]

    assert found("436.20", "300.10") == []
    assert found("436.20", "900.10") == [("900.10万元", "300.10万元")]
    assert found("136.20", "300.10") == [("136.20万元", "436.20万元")]
    assert ("3,001.00万元", "") in found("436.20", "3,001.00")
    assert not any(e.startswith(("≤", "≥", "不大于")) for _, e in found("436.20", "3,001.00"))
