"""Session 4 of the document model: a last digit two 公开 tables disagree on, the 经济分类 lists of
人员经费/公用经费 (with and without the 基本支出决算表), 五(三) totals, 机关运行经费. Texts and tables in
the words and layout of the Shanghai 2024 部门决算 template."""

from __future__ import annotations

from juesuan.review import review_blocks
from juesuan.review.extract import Block


def _table(title: str, rows: list[list[str]], n: int) -> Block:
    return Block("\n".join("\t".join(r) for r in rows), f"第{n}个表格", rows, title=title,
                 caption=f"{title} 单位：万元")


def _paragraphs(*texts: str) -> list[Block]:
    return [Block(t, f"第{n}段", index=n) for n, t in enumerate(texts, 1)]


def _found(blocks: list[Block], code: str) -> list[tuple[str, str]]:
    return [(f.figure, f.expected) for f in review_blocks(blocks) if f.code == code]


TITLE = "上海市普陀区生态环境局2024年度部门决算"


def _split_tables(t5_project: str, t3_project: str = "1,367.76", fiscal: str = "4,733.14") -> list[Block]:
    head = ["科目编码", "科目名称", "合计", "基本支出", "项目支出"]
    body = [["211", "节能环保支出", "4,733.14", "3,365.38", t3_project],
            ["21101", "环境保护管理事务", "4,733.14", "3,365.38", t3_project],
            ["2110101", "行政运行", "3,365.38", "3,365.38", ""],
            ["2110199", "其他环境保护管理事务支出", t3_project, "", t3_project]]
    t3 = [head, ["", "合计", "4,733.14", "3,365.38", t3_project], *body]
    t5 = [head, ["", "合计", "4,733.14", "3,365.38", t5_project], *body]
    t2 = [["科目编码", "科目名称", "本年收入合计", "财政拨款收入", "事业收入"], ["", "合计", "4,733.14", fiscal, ""]]
    return [*_paragraphs(TITLE), _table("收入决算表", t2, 1), _table("支出决算表", t3, 2),
            _table("一般公共预算财政拨款支出决算表", t5, 3)]


def test_a_last_digit_two_tables_disagree_on_goes_to_the_one_that_does_not_add_up() -> None:
    # 公开05's 合计 row: 3,365.38 + 1,367.75 ≠ 4,733.14; 公开03's adds up with 1,367.76 (普陀 生态环境局 2025)
    assert _found(_split_tables("1,367.75"), "R-TABLE-CROSS") == [("1,367.75", "1,367.76")]
    assert _found(_split_tables("1,367.76"), "R-TABLE-CROSS") == []
    # both rows add up to a rounded 合计 neither way: a 尾数, not an error
    assert _found(_split_tables("1,367.75", "1,367.75"), "R-TABLE-CROSS") == []
    # income not all 财政拨款 (公开02): 公开03 may hold a few 元 more than 公开05 — the two are not one money
    assert _found(_split_tables("1,367.75", fiscal="4,733.13"), "R-TABLE-CROSS") == []


PERSONNEL = ("基本工资、津贴补贴、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、"
             "住房公积金、{x}、退休费")
PUBLIC = "办公费、印刷费、水费、电费、邮电费、物业管理费、差旅费、{y}、工会经费、公务用车运行维护费、办公设备购置"
BASIC = ("（二）财政拨款支出决算结构情况", "六、一般公共预算财政拨款基本支出决算情况说明",
         "2024年度一般公共预算财政拨款基本支出3,000.00万元，其中：人员经费2,600.00万元，主要包括：{p}；"
         "公用经费400.00万元，主要包括：{q}。")


def _basic(x: str = "其他工资福利支出", y: str = "维修（护）费", tables: list[Block] | None = None) -> list[Block]:
    text = BASIC[2].format(p=PERSONNEL.format(x=x), q=PUBLIC.format(y=y))
    return [*_paragraphs(TITLE, BASIC[1], text), *(tables or [])]


def test_an_item_of_the_other_half_in_a_list_without_tables() -> None:
    assert _found(_basic(), "R-ECON-LIST") == []
    # 会议费 is 商品和服务支出 (公用经费): not a 人员经费 line
    assert _found(_basic(x="会议费"), "R-ECON-LIST") == [("会议费", "删去“会议费”（属于公用经费）")]
    assert _found(_basic(y="生活补助"), "R-ECON-LIST") == [("生活补助", "删去“生活补助”（属于人员经费）")]
    # brackets of either width, a 类 name
    assert _found(_basic(x="维修(护)费"), "R-ECON-LIST") == [("维修(护)费", "删去“维修（护）费”（属于公用经费）")]
    assert _found(_basic(y="工资福利支出"), "R-ECON-LIST") == [("工资福利支出", "删去“工资福利支出”（属于人员经费）")]
    # a word that is no 经济分类 款 name of one half only is left alone
    assert _found(_basic(x="提租补贴"), "R-ECON-LIST") == []


def test_lists_that_are_not_one_half_are_left_alone() -> None:
    joint = ("人员经费和公用经费合计3,000.00万元，主要包括：基本工资、津贴补贴、绩效工资、办公费、印刷费。",
             "人员经费比上年增加20.00万元，主要有：基本工资、绩效工资、办公费调整。",
             "人员经费2,600.00万元，主要包括：基本工资、津贴补贴，公用经费400.00万元，主要包括：办公费、印刷费、水费。",
             "人员经费2,600.00万元，主要包括：办公费、印刷费、水费、基本工资。")  # mostly the other half
    for text in joint:
        assert _found(_paragraphs(TITLE, text), "R-ECON-LIST") == [], text


def test_with_the_table_the_other_half_is_named_as_such() -> None:
    rows = [["经济分类科目编码", "科目名称", "决算数", "经济分类科目编码", "科目名称", "决算数"],
            ["301", "工资福利支出", "2,500.00", "302", "商品和服务支出", "380.00"],
            ["30101", "基本工资", "1,000.00", "30201", "办公费", "100.00"],
            ["30102", "津贴补贴", "500.00", "30202", "印刷费", "30.00"],
            ["30107", "绩效工资", "1,000.00", "30215", "会议费", "250.00"],
            ["303", "对个人和家庭的补助", "100.00", "310", "资本性支出", "20.00"],
            ["30302", "退休费", "100.00", "31002", "办公设备购置", "20.00"]]
    table = _table("一般公共预算财政拨款基本支出决算表", rows, 1)
    text = ("人员经费2,600.00万元，主要包括：基本工资、津贴补贴、绩效工资、会议费、退休费；"
            "公用经费400.00万元，主要包括：办公费、印刷费、会议费、办公设备购置。")
    found = [f for f in review_blocks([*_paragraphs(TITLE, text), table]) if f.code == "R-ECON-LIST"]
    assert len(found) == 1 and "“会议费”属于公用经费，不是人员经费" in found[0].message
    assert found[0].expected == "删去“会议费”"


T4_ROWS = [["收入", "", "支出", "", "", "", ""],
           ["项目", "金额", "项目", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款",
            "国有资本经营预算财政拨款"],
           ["一、一般公共预算财政拨款", "19,000.00", "一、一般公共服务支出", "", "", "", ""],
           ["二、政府性基金预算财政拨款", "2.80", "七、文化旅游体育与传媒支出", "17,130.42", "17,127.62", "2.80", ""],
           ["", "", "八、社会保障和就业支出", "1,872.38", "1,872.38", "", ""]]
# 公开05 misaligned (its 合计 is not the sum of its 类 rows): its rows are not to be trusted
T5_BROKEN = [["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
             ["", "合计", "19,000.00", "10,000.00", "9,000.00"],
             ["207", "文化旅游体育与传媒支出", "1,872.38", "1,000.00", "872.38"],
             ["208", "社会保障和就业支出", "1,700.57", "1,000.00", "700.57"]]


def _structure(amount: str, t5: list[list[str]] = T5_BROKEN) -> list[Block]:
    text = (f"2024年度一般公共预算财政拨款支出19,000.00万元，主要用于以下方面："
            f"文化旅游体育与传媒支出（类）{amount}万元，占90.15%；社会保障和就业支出（类）1,872.38万元，占9.85%。")
    heads = ("五、一般公共预算财政拨款支出决算情况说明", "（二）一般公共预算财政拨款支出决算结构情况")
    return [*_paragraphs(TITLE, *heads, text),
            _table("财政拨款收入支出决算总表", T4_ROWS, 1), _table("一般公共预算财政拨款支出决算表", t5, 2)]


def test_class_amounts_against_the_general_column_of_t4_when_t5_does_not_add_up() -> None:
    assert _found(_structure("17,127.62"), "R-TEXT-TABLE") == []
    # the 合计 of all funds (17,130.42) where the 一般公共预算 column says 17,127.62
    assert _found(_structure("17,130.42"), "R-TEXT-TABLE") == [("17,130.42万元", "17,127.62万元")]


def test_an_item_said_to_be_project_spending_while_its_row_has_basic_spending_only() -> None:
    from tests.test_review_model import document

    # 2010601 财政事务 行政运行: 项目支出 only in 公开05 — a 专项 purpose is right
    assert _found(document(use="财政专项资金的管理"), "R-PROJECT-BASIC") == []
    # 2010301 政府办公厅 行政运行: 基本支出 only — "专项资金" is another 项's purpose
    found = _found(document(kuan="政府办公厅（室）及相关机构事务", use="信息化建设专项资金"), "R-PROJECT-BASIC")
    assert found == [("", "")]
    assert _found(document(kuan="政府办公厅（室）及相关机构事务", use="机关日常运转"), "R-PROJECT-BASIC") == []


UNRULED_T6 = ("上海市普陀区生态环境局2024年度一般公共预算财政拨款基本支", "出决算表", "公开06表",
              "单位：万元经济分类经济分类",
              "科目编码科目名称决算数科目编码科目名称决算数类款类款",
              "301工资福利支出2,500.00 302商品和服务支出380.00",
              "301 01基本工资1,000.00 302 01办公费100.00",
              "301 02津贴补贴500.00 302 02印刷费30.00",
              "301 03奖金302 03咨询费",  # zeros printed blank
              "机关事业单位基本养老保",  # a name wrapped around its line
              "301 08 400.00 302 15会议费250.00",
              "险缴费",
              "301 07绩效工资600.00303对个人和家庭的补助100.00",
              "303 02退休费100.00 310资本性支出20.00",
              "310 02办公设备购置20.00",
              "注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。")


def test_an_unruled_basic_spending_table_read_from_its_lines() -> None:
    good = ("人员经费2,600.00万元，主要包括：基本工资、津贴补贴、机关事业单位基本养老保险缴费、绩效工资、退休费；"
            "公用经费400.00万元，主要包括：办公费、印刷费、会议费、办公设备购置。")
    assert _found(_paragraphs(TITLE, good, *UNRULED_T6), "R-ECON-LIST") == []
    bad = good.replace("基本工资、津贴补贴", "基本工资、奖金").replace("印刷费", "咨询费")
    found = {f.expected for f in review_blocks(_paragraphs(TITLE, bad, *UNRULED_T6)) if f.code == "R-ECON-LIST"}
    assert found == {"删去“奖金”；补列“津贴补贴”",  # 奖金 0, 津贴补贴 left out
                     "删去“咨询费”；补列“印刷费”"}  # 咨询费 blank (0), 印刷费 left out


def test_a_garbled_table_is_one_finding_without_a_summed_value() -> None:
    # 公开05 whose figures slipped one row against their labels (普陀 文旅局 2025): every parent is off
    rows = [["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
            ["207", "文化旅游体育与传媒支出", "600.00", "100.00", "500.00"],
            ["20701", "文化和旅游", "1,000.00", "600.00", "400.00"],
            ["2070101", "行政运行", "400.00", "100.00", "300.00"],
            ["2070199", "其他文化和旅游支出", "500.00", "500.00", ""],
            ["208", "社会保障和就业支出", "90.00", "90.00", ""],
            ["20805", "行政事业单位养老支出", "300.00", "300.00", ""],
            ["2080505", "机关事业单位基本养老保险缴费支出", "60.00", "60.00", ""],
            ["2080506", "机关事业单位职业年金缴费支出", "80.00", "80.00", ""],
            ["", "合计", "120.00", "120.00", ""]]
    found = [f for f in review_blocks([*_paragraphs(TITLE), _table("一般公共预算财政拨款支出决算表", rows, 1)])
             if f.code in ("R-TABLE-PARENT", "R-TABLE-SUM")]
    assert len(found) == 1 and "数字可能与科目错行" in found[0].message, [f.message for f in found]
    assert "应为" not in found[0].message and not found[0].expected


def test_the_general_total_against_t4_when_t5_does_not_add_up() -> None:
    t4 = [*T4_ROWS, ["本年收入合计", "19,002.80", "本年支出合计", "19,002.80", "19,000.00", "2.80", ""]]

    def text_table(first: str) -> list[tuple[str, str]]:
        texts = (TITLE, "五、一般公共预算财政拨款支出决算情况说明", "（一）一般公共预算财政拨款支出决算总体情况",
                 f"一般公共预算财政拨款支出{first}万元，占本年支出合计的99.99%。",
                 "（二）一般公共预算财政拨款支出决算结构情况",
                 "一般公共预算财政拨款支出19,000.00万元，主要用于以下方面：文化旅游体育与传媒支出（类）17,127.62万元，"
                 "占90.15%；社会保障和就业支出（类）1,872.38万元，占9.85%。")
        blocks = [*_paragraphs(*texts), _table("财政拨款收入支出决算总表", t4, 1),
                  _table("一般公共预算财政拨款支出决算表", T5_BROKEN, 2)]
        return [x for x in _found(blocks, "R-TEXT-TABLE") if x[0].startswith(first)]

    assert text_table("19,000.00") == []
    # one statement differs from the other and from 公开04 (公开05 broken): that statement is the finding
    assert text_table("19,200.00") == [("19,200.00万元", "19,000.00万元")]


def test_cash_up_while_the_year_end_balance_is_said_to_be_none() -> None:
    def doc(cash: str, none: str = "无。", advice: str = "1．根据报表项目分析年末结转结余总体情况。") -> list[Block]:
        table = Block("", "第1个表格", [["", "办公设备购置", "公务用车", "货币资金"],
                                       ["2023年度", "0", "219,800.00", "13,806.72"],
                                       ["2024年度", "112,980.00", "219,800.00", cash]], title="单位：元")
        return [*_paragraphs(TITLE, "（三）年末结转和结余情况。", advice, none, "2．消化结转和结余的对策。", "无。",
                             "（四）与预算支出相关的其他指标分析。"), table]

    assert _found(doc("225,976.86"), "R-CASH-BALANCE") == [("", "核实年末结转和结余")]
    assert _found(doc("14,000.00"), "R-CASH-BALANCE") == []  # up by 193.28元 (1.4%): nothing to verify
    assert _found(doc("225,976.86", none="年末结转和结余50,000.00元。"), "R-CASH-BALANCE") == []
    # the "无" under 消化结转和结余的对策 says there are no measures, not that there is no balance
    assert _found(doc("225,976.86", none="年末结转和结余50,000.00元。", advice="年末结转和结余情况如下。"),
                  "R-CASH-BALANCE") == []


def test_a_rate_of_a_zero_budget_stated_plainly_with_nothing_spent() -> None:
    from juesuan.review import review_text

    def rate_zero(sentence: str) -> list[tuple[str, str]]:
        return [(f.figure, f.expected) for f in review_text(f"{TITLE}\n{sentence}") if f.code == "R-RATE-ZERO"]

    # 0 of 0 is no rate (as where the zero budget is derived from the other items)
    assert rate_zero("1.因公出国（境）费年初预算为0.00万元，支出决算为0.00万元，完成预算的0.00%。") == [
        ("0.00%", "删去“，完成预算的0.00%”")]
    assert rate_zero("公务接待费年初预算为5.00万元，支出决算为0万元，完成年初预算的0%。") == []
    # a budget shown as 0 may be a few 元: a rate of a non-zero 决算 is left alone when it can be its own
    assert rate_zero("公务接待费年初预算为0万元，支出决算为0.1万元，完成年初预算的150.00%。") == []
