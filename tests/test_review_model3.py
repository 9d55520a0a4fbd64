"""Session 5 of the document model: a garbled 公开05 named by its first row out of line with the right
合计 from 公开04; template rows missing from 公开06; a 公开08 合计 row holding header words; text against
a table printed beside it; 机关运行经费 against 公用经费. Texts and tables in the words and layout of the
Shanghai 2024 部门决算 template."""

from __future__ import annotations

from juesuan.review import review_blocks
from juesuan.review.extract import Block
from tests.test_review_model2 import TITLE, _paragraphs, _table

HEAD = ["科目编码", "科目名称", "合计", "基本支出", "项目支出"]
# the 一般公共预算 lines of a 公开05 in order (a 文旅局), 合计 last
T5_LINES = [
    ["207", "文化旅游体育与传媒支出", "650.00", "100.00", "550.00"],
    ["20701", "文化和旅游", "600.00", "100.00", "500.00"],
    ["2070101", "行政运行", "100.00", "100.00", ""],
    ["2070199", "其他文化和旅游支出", "500.00", "", "500.00"],
    ["20799", "其他文化旅游体育与传媒支出", "50.00", "", "50.00"],
    ["2079999", "其他文化旅游体育与传媒支出", "50.00", "", "50.00"],
    ["208", "社会保障和就业支出", "90.00", "90.00", ""],
    ["20805", "行政事业单位养老支出", "90.00", "90.00", ""],
    ["2080505", "机关事业单位基本养老保险缴费支出", "60.00", "60.00", ""],
    ["2080506", "机关事业单位职业年金缴费支出", "30.00", "30.00", ""],
    ["210", "卫生健康支出", "25.00", "25.00", ""],
    ["21011", "行政事业单位医疗", "25.00", "25.00", ""],
    ["2101101", "行政单位医疗", "15.00", "15.00", ""],
    ["2101102", "事业单位医疗", "10.00", "10.00", ""],
    ["", "合计", "765.00", "215.00", "550.00"],
]
FUND_LINES = [["20709", "旅游发展基金支出", "2.80", "", "2.80"],
              ["2070904", "地方旅游开发项目补助", "2.80", "", "2.80"]]


def _garbled_t5() -> list[list[str]]:
    """公开05 as the 普陀 文旅局 published it: the 政府性基金 lines among the labels, not among the
    figures — from 20709 on each label carries a later line's figures (the last ones wrap round)."""
    labels = [r[:2] for r in T5_LINES[:4]] + [r[:2] for r in FUND_LINES] + [r[:2] for r in T5_LINES[4:]]
    figures = [r[2:] for r in T5_LINES] + [r[2:] for r in T5_LINES]
    return [HEAD, *[label + figures[i] for i, label in enumerate(labels)]]


def _t3() -> list[list[str]]:
    lines = T5_LINES[:4] + FUND_LINES + T5_LINES[4:14]
    lines = [["207", "文化旅游体育与传媒支出", "652.80", "100.00", "552.80"], *lines[1:]]
    return [HEAD, ["", "合计", "767.80", "215.00", "552.80"], *lines]


def _t4(general: str = "765.00") -> list[list[str]]:
    return [["收入", "", "支出", "", "", "", ""],
            ["项目", "决算数", "项目", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款",
             "国有资本经营预算财政拨款"],
            ["一、一般公共预算财政拨款", "765.00", "七、文化旅游体育与传媒支出", "652.80", "650.00", "2.80", ""],
            ["二、政府性基金预算财政拨款", "2.80", "八、社会保障和就业支出", "90.00", "90.00", "", ""],
            ["", "", "九、卫生健康支出", "25.00", "25.00", "", ""],
            ["本年收入合计", "767.80", "本年支出合计", "767.80", general, "2.80", ""]]


def _garbled(*others: tuple[str, list[list[str]]]) -> list:
    tables = [_table(title, rows, n) for n, (title, rows) in enumerate(others, 1)]
    blocks = [*_paragraphs(TITLE), *tables, _table("一般公共预算财政拨款支出决算表", _garbled_t5(), len(tables) + 1)]
    return [f for f in review_blocks(blocks)
            if f.code in ("R-TABLE-PARENT", "R-TABLE-SUM") and f.block == len(blocks) - 1]


def test_a_garbled_table_names_its_first_row_out_of_line_and_the_right_total() -> None:
    found = _garbled(("支出决算表", _t3()), ("财政拨款收入支出决算总表", _t4()))
    assert len(found) == 1, [f.message for f in found]
    f = found[0]
    # the first row whose figures are not its own (20709 carries 20799's), the 合计 from 公开04
    assert "从“20709 旅游发展基金支出”行起" in f.message and "“20799 其他文化旅游体育与传媒支出”的数" in f.message
    assert (f.figure, f.expected) == ("600.00", "765.00") and "“合计”行" in f.place
    assert "财政拨款收入支出决算总表" in f.message and "此表" not in f.message


def test_a_garbled_table_gives_no_total_another_table_does_not_give() -> None:
    # 公开03 only: the row is named, no 合计 (never the sum of the misplaced lines)
    found = _garbled(("支出决算表", _t3()))
    assert len(found) == 1 and "从“20709 旅游发展基金支出”行起" in found[0].message and not found[0].expected
    # 公开04 whose 本年支出合计 is not the sum of its own 类 lines: no value taken from it
    found = _garbled(("支出决算表", _t3()), ("财政拨款收入支出决算总表", _t4("766.00")))
    assert len(found) == 1 and not found[0].expected
    # no other table: the table's lines in general, without a value
    found = _garbled()
    assert len(found) == 1 and "数字可能与科目错行" in found[0].message and not found[0].expected


# --- 公开06 without a row of the template's fixed list ----------------------------------------------

def _t6(drop: str = "30203", public: str = "400.00") -> list[list[str]]:
    """A 公开06 in the Shanghai 2024 template's layout: every 款 of the fixed list, used or not."""
    from juesuan.core import catalog

    amounts = {"30101": "1,000.00", "30102": "500.00", "30107": "600.00", "30108": "400.00", "30302": "100.00",
               "30201": "100.00", "30202": "30.00", "30215": "250.00", "31002": "20.00"}
    rows = catalog.BASIC_TABLE_ROWS[(2024, "上海")]
    left = [(c, n) for c, n in rows if c[:3] in ("301", "303")]
    right = [(c, n) for c, n in rows if c[:3] in ("302", "310") and c != drop]
    sums = {"301": "2,500.00", "303": "100.00", "302": f"{float(public.replace(',', '')) - 20:,.2f}", "310": "20.00"}
    body = []
    for i in range(max(len(left), len(right))):
        cells = []
        for side in (left, right):
            c, n = side[i] if i < len(side) else ("", "")
            cells += [c, n, sums.get(c, amounts.get(c, "")) if c else ""]
        body.append(cells)
    return [["科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数"], *body,
            ["人员经费合计", "", "2,600.00", "公用经费合计", "", public]]


BASIC_TEXT = ("六、一般公共预算财政拨款基本支出决算情况说明",
              "2024年度一般公共预算财政拨款基本支出3,000.00万元，其中：人员经费2,600.00万元，主要包括：基本工资、津贴补贴、"
              "绩效工资、机关事业单位基本养老保险缴费、退休费；公用经费400.00万元，主要包括：办公费、印刷费、{x}会议费、"
              "办公设备购置。")


def _basic_review(x: str = "", **t6: str) -> list:
    blocks = [*_paragraphs(TITLE, BASIC_TEXT[0], BASIC_TEXT[1].format(x=x)),
              _table("一般公共预算财政拨款基本支出决算表", _t6(**t6), 4)]
    return [f for f in review_blocks(blocks) if f.code in ("R-ECON-LIST", "R-TABLE-ROW-MISSING")]


def test_a_template_row_left_out_of_the_basic_table_is_a_note() -> None:
    found = _basic_review()
    assert [(f.level.value, f.code, f.expected) for f in found] == [
        ("提示", "R-TABLE-ROW-MISSING", "补列“30203 咨询费”")]
    assert "（按所属类级合计，该行为0）" in found[0].message
    assert _basic_review(drop="") == []  # every row printed
    # the text names the row the table left out: 0 by its 类 line, so naming it is the text's error too
    listed = {f.code: f for f in _basic_review("咨询费、")}
    assert listed["R-ECON-LIST"].expected == "删去“咨询费”" and "缺行" in listed["R-ECON-LIST"].message
    # the 类 line holds more than the rows shown: the row left out held the difference, naming it is right
    found = _basic_review("咨询费、", public="450.00")
    assert [f.code for f in found] == ["R-TABLE-ROW-MISSING"] and "多50.00万元" in found[0].message


def test_a_basic_table_of_the_lines_used_only_misses_no_template_row() -> None:
    # a 公开06 listing only the lines with amounts (another region's form): nothing is "missing"
    rows = [r for r in _t6(drop="") if any(x and x[0].isdigit() and "." in x for x in (r[2], r[5])) or not r[0]]
    blocks = [*_paragraphs(TITLE, BASIC_TEXT[0], BASIC_TEXT[1].format(x="")),
              _table("一般公共预算财政拨款基本支出决算表", rows, 4)]
    assert [f for f in review_blocks(blocks) if f.code == "R-TABLE-ROW-MISSING"] == []


# --- a 合计 row holding header words --------------------------------------------------------------

T8_HEAD = ["科目编码", "科目名称", "年初结转和结余", "本年收入", "合计", "基本支出", "项目支出", "年末结转和结余"]


def _t8(total: list[str], lines: bool = True) -> list:
    body = [["207", "文化旅游体育与传媒支出", "0", "2.80", "2.80", "", "2.80", "0"],
            ["20709", "旅游发展基金支出", "0", "2.80", "2.80", "", "2.80", "0"],
            ["212", "城乡社区支出", "0", "2,000.00", "2,000.00", "", "2,000.00", "0"],
            ["21219", "国有土地使用权出让收入对应专项债务收入安排的支出", "0", "2,000.00", "2,000.00", "",
             "2,000.00", "0"]]
    rows = [T8_HEAD, ["", "合计", *total], *(body if lines else [])]
    blocks = [*_paragraphs(TITLE), _table("政府性基金预算财政拨款收入支出决算表", rows, 1)]
    return [f for f in review_blocks(blocks) if f.code == "R-TABLE-HEADER-CELL"]


def test_a_total_row_holding_the_header_words_is_a_note_with_the_sums() -> None:
    # 普陀 文旅局 2025 公开08: the 本年支出 sub-headers printed on the 合计 row where its amounts belong
    found = _t8(["0", "2,002.80", "合计", "基本支出", "项目支出", "0"])
    assert [(f.level.value, f.figure, f.expected) for f in found] == [
        ("提示", "合计", "“合计”改为2,002.80；“基本支出”改为空白；“项目支出”改为2,002.80")]
    assert "政府性基金预算财政拨款收入支出决算表" in found[0].message
    assert _t8(["0", "2,002.80", "2,002.80", "", "2,002.80", "0"]) == []  # the amounts printed
    # the template itself (no lines, the words beside an empty 合计 row): nothing to fill
    assert _t8(["", "", "合计", "基本支出", "项目支出", ""], lines=False) == []


def test_a_code_named_two_ways_names_the_tables_not_this_table() -> None:
    t2 = [["科目编码", "科目名称", "本年收入合计", "财政拨款收入"],
          ["2080505", "机关事业单位基本养老保险", "60.00", "60.00"]]
    t3 = [HEAD, ["2080505", "机关事业单位基本养老保险缴费支出", "60.00", "60.00", ""]]
    blocks = [*_paragraphs(TITLE), _table("收入决算表", t2, 1), _table("支出决算表", t3, 2),
              _table("一般公共预算财政拨款支出决算表", t3, 3)]
    found = [f for f in review_blocks(blocks) if f.code == "R-CODE-NAME"]
    assert [f.expected for f in found] == ["机关事业单位基本养老保险缴费支出"]
    assert found[0].message.startswith("科目编码2080505在收入决算表（公开02表）中名为“机关事业单位基本养老保险”，"
                                       "支出决算表（公开03表）、一般公共预算财政拨款支出决算表（公开05表）中为")


def test_the_edit_writes_names_with_the_documents_own_brackets() -> None:
    def edit(x: str) -> str:
        return next(f.expected for f in _basic_review(x, drop="") if f.code == "R-ECON-LIST")

    assert edit("维修(护)费、") == "删去“维修(护)费”"  # the document's half-width brackets
    assert edit("维修（护）费、") == "删去“维修（护）费”"


# --- the text against a 预算数 | 决算数 table printed beside it ---------------------------------------

SANGONG_ROWS = [["项目", "预算数", "决算数"], ["合计", "49.9", "7.69"], ["因公出国(境)费", "20", ""],
                ["公务接待费", "14.9", "5.21"], ["公务用车购置及运行维护费", "15", "2.48"],
                ["其中:公务用车运行维护费", "15", "2.48"]]


def _beside(*texts: str) -> list[tuple[str, str, str]]:
    title = "2021年度一般公共预算财政拨款“三公”经费支出决算表"
    blocks = [*_paragraphs("某区政府办2021年度部门决算"), _table(title, SANGONG_ROWS, 1),
              *[Block(t, f"第{n}段", index=n) for n, t in enumerate(texts, 3)]]
    found = review_blocks(blocks)
    # one finding for a figure: the table's (not also R-PERCENT's guess from the text alone)
    assert len({(f.block, f.figure) for f in found}) == len(found), [(f.code, f.figure) for f in found]
    return [(f.figure, f.expected, f.level.value) for f in found if f.code == "R-TEXT-TABLE"]


def test_an_items_comparison_with_its_budget_is_checked_against_the_table_beside_it() -> None:
    # ah-duji-zhengfuban-2021-sangong (a 三公 table one cell a line above its 说明)
    assert _beside("2.公务接待费支出5.21万元,与2021年度预算相比,减少0.1万元,下降0.006%,下降的原因是厉行节约。") == [
        ("0.1万元", "9.69万元", "错误"), ("0.006%", "65.03%", "错误")]
    assert _beside("3.公务用车购置及运行维护费支出2.48万元,与2021年度预算相比无变化。") == [
        ("与2021年度预算相比无变化", "与预算相比减少12.52万元", "错误")]
    assert _beside("1.因公出国(境)费支出0万元,与2021年度预算相比无增减。") == [
        ("与2021年度预算相比无增减", "与预算相比减少20.00万元", "错误")]
    # the same sentences written right: nothing
    assert _beside("2.公务接待费支出5.21万元，与2021年度预算相比，减少9.69万元，下降65.03%。",
                   "3.公务用车购置及运行维护费支出2.48万元，比预算减少12.52万元。",
                   "1.因公出国（境）费支出0万元，未安排预算外支出。") == []
    # an item's 决算 in the text that is not the table's
    assert _beside("公务接待费支出5.12万元。") == [("5.12万元", "5.21万元", "错误")]
    # last year's figure of the item, or another year's: not this table's
    assert _beside("公务接待费上年支出6.00万元。", "2020年公务接待费支出决算6.00万元。") == []



def test_a_figure_of_one_fund_is_not_held_against_a_table_of_all_money() -> None:
    """Our own 分析报告 (fresh-eyes unit): 「财政拨款支出…（人员经费680.00万元，公用经费213.73万元）」 under a
    按支出性质 table of all funds (公用经费 216.73) — the sentence is on 财政拨款 only: not that table's row."""
    rows = [["项目", "预算数", "决算数"], ["人员经费", "640.00", "680.00"], ["公用经费", "175.00", "216.73"]]

    def found(text: str) -> list[tuple[str, str]]:
        table = _table("收入支出预算执行情况（按支出性质）——与预算对比", rows, 1)
        blocks = [*_paragraphs("某区档案局2024年度部门决算"), table, Block(text, "第3段", index=3)]
        return [(f.figure, f.expected) for f in review_blocks(blocks) if f.code == "R-TEXT-TABLE"]

    assert found("财政拨款支出决算1,275.79万元，其中：基本支出893.73万元"
                 "（人员经费680.00万元，公用经费213.73万元）。") == []
    # the same words on all the unit's money: the table's row holds
    said = "本年支出决算1,278.79万元，其中：人员经费680.00万元，公用经费213.73万元。"
    assert found(said) == [("213.73万元", "216.73万元")]

# --- the unit's own name written two ways ------------------------------------------------------------

def _unit_names(text: str) -> list[tuple[str, str]]:
    from juesuan.review import review_text

    return [(f.quote[:12], f.expected) for f in review_text(text) if f.code == "R-UNIT-NAME"]


def test_the_units_name_is_taken_from_wherever_the_document_names_its_unit() -> None:
    body = ("第一部分 昆明市东川区自然资源局概况\n一、主要职能\n昆明市东川区自然资源局贯彻落实党中央决策部署。\n"
            "第三部分 {x}2024年度部门决算情况说明\n一、收入支出决算总体情况说明\n2024年度收入总计100.00万元。")
    # the year before the name ("2024年度<name>部门决算"), a 概况 heading, a 发布机构 line: each names the unit
    for title in ("2024年度昆明市东川区自然资源局部门决算", "发布机构 昆明市东川区自然资源局\n", ""):
        text = title + "\n" + body
        assert _unit_names(text.format(x="昆明市东川区自然资源局")) == [], title
        found = _unit_names(text.format(x="昆明市东川区自然源局"))
        assert [e for _, e in found] == ["昆明市东川区自然资源局"], (title, found)


def test_a_title_typed_wrong_is_outvoted_by_the_body() -> None:
    text = ("元阳县南沙镇生院2024年度部门决算\n第一部分 元阳县南沙镇卫生院概况\n"
            "元阳县南沙镇卫生院是一所乡镇卫生院。")
    assert _unit_names(text) == [("元阳县南沙镇生院2024", "元阳县南沙镇卫生院")]
    # once each: the longer spelling is taken as the name (a name is cut short more often than lengthened)
    text = "云南日报报业团(本级)2024年度部门决算\n云南日报报业集团(本级)2024年度收入总计100.00万元。"
    assert [e for _, e in _unit_names(text)] == ["云南日报报业集团"]


# --- 机关运行经费 -----------------------------------------------------------------------------------

def _running(sentence: str, admin_basic: str = "454.06", common: str = "400.00") -> list[str]:
    t5 = [HEAD, ["201", "一般公共服务支出", "500.00", "500.00", ""],
          ["20101", "人大事务", "500.00", "500.00", ""],
          ["2010101", "行政运行", "500.00", admin_basic, "" if admin_basic else "500.00"],
          ["", "合计", "500.00", admin_basic or "0.00", "" if admin_basic else "500.00"]]
    t6 = [["科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数"],
          ["301", "工资福利支出", "100.00", "302", "商品和服务支出", common],
          ["人员经费合计", "", "100.00", "公用经费合计", "", common]]
    blocks = [*_paragraphs(TITLE, "十一、其他重要事项的情况说明", "（一）机关运行经费支出情况", sentence),
              _table("一般公共预算财政拨款支出决算表", t5, 5), _table("一般公共预算财政拨款基本支出决算表", t6, 6)]
    return [f.code for f in review_blocks(blocks) if f.code.startswith("R-RUNNING")]


def test_no_running_cost_said_while_an_administrative_line_has_basic_spending() -> None:
    # the template: 机关运行经费 = the 日常公用经费 of 行政单位 and 参公 units (名词解释 十一)
    assert _running("上海市普陀区某局2024年度无机关运行经费支出。") == ["R-RUNNING-NONE"]
    assert _running("机关运行经费支出185.41万元，比2023年度增加4.68万元，增长2.59%。") == []
    # 行政运行 with 项目支出 only, or no 公用经费 at all: nothing says there was any
    assert _running("上海市普陀区某局2024年度无机关运行经费支出。", admin_basic="") == []
    assert _running("上海市普陀区某局2024年度无机关运行经费支出。", common="0.00") == []
    # more than the 公用经费: the existing ≤ check
    assert _running("机关运行经费支出450.00万元，比2023年度增加4.68万元，增长1.05%。") == ["R-RUNNING-COST"]


def test_a_budget_sentence_is_checked_against_the_budget_column_and_changes_are_left_alone() -> None:
    # juesuan's own 分析报告 shape: the figures of a "其中" list are the 预算 its sentence before names
    assert _beside("本年度“三公”经费年初预算为49.90万元。其中：公务接待费14.90万元，因公出国(境)费20.00万元。") == []
    assert _beside("本年度“三公”经费年初预算为49.90万元。其中：公务接待费14.00万元。") == [
        ("14.00万元", "14.90万元", "错误")]
    # the parts of a change are no 决算
    assert _beside("“三公”经费比上年增加3.00万元，其中：公务接待费1.00万元。") == []
    # the figures of a 决算 whose sentence also remarks on the budget in brackets
    assert _beside("2021年度“三公”经费预算49.90万元，决算7.69万元（未完成预算）。其中：公务接待费5.21万元。") == []
    # a "其中" paragraph whose total another paragraph states: not known which figures
    assert _beside("其中：公务接待费1.00万元。") == []


def test_a_purpose_said_later_in_the_items_paragraph_is_read() -> None:
    from juesuan.review import review_text

    text = ("五、一般公共预算财政拨款支出决算情况说明\n"
            "住房保障支出（类）住房改革支出（款）住房公积金（项）。年初预算为100.00万元，支出决算为90.00万元，"
            "完成年初预算的90.00%。决算数小于年初预算数的主要原因是人员减少。该项支出主要用于{x}。")
    found = [f.code for f in review_text(text.format(x="单位职工医疗保险缴费"))]
    assert "R-PURPOSE" in found
    assert "R-PURPOSE" not in [f.code for f in review_text(text.format(x="单位职工住房公积金缴费"))]


def test_a_row_smaller_than_its_qizhong_rows() -> None:
    # gx-guilin-sifa 2015 (a 三公 table): 公务用车费 0 over its 运行维护费 32.65
    rows = [["项目", "本年预算数", "其中:公共预算财政拨款"], ["合计", "34.35", "34.35"],
            ["1.因公出国(境)费用", "0", "0"], ["2.公务接待费", "1.70", "1.70"], ["3.公务用车费", "{x}", "{x}"],
            ["其中:(1)公务用车运行维护费", "32.65", "32.65"], ["(2)公务用车购置", "0", "0"]]

    def found(x: str) -> list[tuple[str, str]]:
        table = [[c.format(x=x) for c in r] for r in rows]
        blocks = [*_paragraphs("2015年某局部门“三公”经费情况统计表"), _table("“三公”经费情况统计表", table, 1)]
        return [(f.figure, f.expected) for f in review_blocks(blocks) if f.code in ("R-SUBSET", "R-TABLE-SUM")]

    # the 合计 adds up only with 32.65 in its place: the row is wrong, by that value (one finding for the row)
    assert found("0") == [("0", "32.65")]
    assert found("32.65") == []
    assert found("40.00") == []  # a whole larger than its listed parts: a 其中 need not list every part


def test_a_total_printed_above_its_lines_is_the_sum_of_the_classes() -> None:
    # the template's 公开02/03/05/08 print 合计 first; a blank cell of a 类 line is 0
    def t3(total: list[str]) -> list[tuple[str, str]]:
        rows = [HEAD, ["", "合计", *total], ["211", "节能环保支出", "4,733.14", "3,365.38", "1,367.76"],
                ["21101", "环境保护管理事务", "4,733.14", "3,365.38", "1,367.76"],
                ["2110101", "行政运行", "3,365.38", "3,365.38", ""],
                ["2110199", "其他环境保护管理事务支出", "1,367.76", "", "1,367.76"],
                ["212", "城乡社区支出", "10.00", "", "10.00"], ["21201", "城乡社区管理事务", "10.00", "", "10.00"]]
        blocks = [*_paragraphs(TITLE), _table("支出决算表", rows, 1)]
        return [(f.figure, f.expected) for f in review_blocks(blocks) if f.code == "R-TABLE-SUM"]

    assert t3(["4,743.14", "3,365.38", "1,377.76"]) == []
    assert t3(["4,809.90", "3,432.14", "1,377.76"]) == [("4,809.90", "4,743.14"), ("3,432.14", "3,365.38")]
