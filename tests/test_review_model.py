"""The document model (review/subjects.py) and the rules that stand on it (review/rules/items.py):
sections by their titles, 类/款/项 items resolved by their names against the unit's own tables, each
item's figures, and the checks of text against tables. Texts in the words of the Shanghai 2024 部门决算
template (情况说明 五、七、八), tables as the published 公开03/05/07/08."""

from __future__ import annotations

from juesuan.review import review_blocks
from juesuan.review.extract import Block
from juesuan.review.grid import model
from juesuan.review.subjects import T3, T5, T7, T8, coded_rows, items, sections

TITLE = "上海市普陀区城建局2024年度部门决算"
T5_ROWS = [["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
           ["", "合计", "1,000.00", "600.00", "400.00"],
           ["201", "一般公共服务支出", "900.00", "500.00", "400.00"],
           ["20103", "政府办公厅（室）及相关机构事务", "500.00", "500.00", ""],
           ["2010301", "行政运行", "500.00", "500.00", ""],
           ["20106", "财政事务", "400.00", "", "400.00"],
           ["2010601", "行政运行", "400.00", "", "400.00"],
           ["221", "住房保障支出", "100.00", "100.00", ""],
           ["22102", "住房改革支出", "100.00", "100.00", ""],
           ["2210201", "住房公积金", "100.00", "100.00", ""]]
T3_ROWS = [["科目编码", "科目名称", "合计", "基本支出", "项目支出"], ["", "合计", "1,030.00", "600.00", "430.00"],
           ["201", "一般公共服务支出", "900.00", "500.00", "400.00"], *T5_ROWS[3:7],
           ["212", "城乡社区支出", "30.00", "", "30.00"],
           ["21208", "国有土地使用权出让收入安排的支出", "30.00", "", "30.00"],
           ["2120804", "农村基础设施建设支出", "30.00", "", "30.00"], *T5_ROWS[7:]]
T8_ROWS = [["科目编码", "科目名称", "年初结转和结余", "本年收入", "合计", "基本支出", "项目支出", "年末结转和结余"],
           ["", "合计", "", "30.00", "30.00", "", "30.00", ""],
           ["212", "城乡社区支出", "", "30.00", "30.00", "", "30.00", ""],
           ["21208", "国有土地使用权出让收入安排的支出", "", "30.00", "30.00", "", "30.00", ""],
           ["2120804", "农村基础设施建设支出", "", "30.00", "30.00", "", "30.00", ""]]


def _table(title: str, rows: list[list[str]], n: int) -> Block:
    return Block("\n".join("\t".join(r) for r in rows), f"第{n}个表格", rows, title=title,
                 caption=f"{title} 单位：万元")


ITEM_1 = ("1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。主要用于：维持机关日常运转的"
          "人员和公用支出。年初预算为480.00万元，支出决算为{final}万元。决算数大于预算数的主要原因：人员变动。")
ITEM_2 = ("2、一般公共服务支出（类）{kuan}（款）{xiang}（项）。主要用于：{use}。年初预算为420.00万元，"
          "支出决算为400.00万元。决算数小于预算数的主要原因：厉行节约。")
ITEM_3 = ("3、住房保障支出（类）住房改革支出（款）住房公积金（项）。主要用于：缴纳在职人员住房公积金。"
          "年初预算为100.00万元，支出决算为100.00万元。决算数与预算数持平。")
FUND_ITEM = ("1、城乡社区支出（类）国有土地使用权出让收入安排的支出（款）农村基础设施建设支出（项）。"
             "主要用于：道路修缮。年初预算为0万元，支出决算为{final}万元。决算数大于预算数的主要原因：年中追加预算。")


def document(final: str = "500.00", kuan: str = "财政事务", xiang: str = "行政运行", use: str = "财政专项工作",
             structure: str = "900.00", fund_final: str = "30.00") -> list[Block]:
    texts = [
        TITLE, "五、一般公共预算财政拨款支出决算情况说明", "（二）一般公共预算财政拨款支出决算结构情况",
        f"一般公共预算财政拨款支出1,000.00万元，主要用于以下方面：一般公共服务支出（类）{structure}万元，占90.00%；"
        "住房保障支出（类）100.00万元，占10.00%。",
        "（三）一般公共预算财政拨款支出决算具体情况",
        "一般公共预算财政拨款支出年初预算为1,000.00万元，支出决算为1,000.00万元，完成年初预算的100.00%。其中：",
        ITEM_1.format(final=final), ITEM_2.format(kuan=kuan, xiang=xiang, use=use), ITEM_3,
        "八、政府性基金预算财政拨款收入支出决算情况说明",
        "政府性基金预算财政拨款收入30.00万元，支出30.00万元，支出具体情况如下：", FUND_ITEM.format(final=fund_final),
    ]
    blocks = [Block(t, f"第{n}段", index=n) for n, t in enumerate(texts, 1)]
    tables = [_table("支出决算表", T3_ROWS, 1), _table("一般公共预算财政拨款支出决算表", T5_ROWS, 2),
              _table("政府性基金预算财政拨款收入支出决算表", T8_ROWS, 3)]
    return [blocks[0], *tables, *blocks[1:]]


def _found(blocks: list[Block], code: str) -> list[tuple[str, str]]:
    return [(f.figure, f.expected) for f in review_blocks(blocks) if f.code == code]


def test_sections_by_their_titles_and_items_by_their_whole_chain() -> None:
    blocks = model(document())
    secs = sections(blocks)
    assert (secs[5].number, secs[5].sub, secs[5].fund, secs[5].table) == ("五", "二", "一般公共预算", T5)
    assert (secs[-1].number, secs[-1].fund, secs[-1].table) == ("八", "政府性基金", T8)
    assert set(coded_rows(blocks, T3)) >= {"2010301", "2010601", "2120804"}
    found = [(it.code, it.fund, it.budget.figure.raw if it.budget else "", it.final.figure.raw if it.final else "")
             for it in items(blocks)]
    # two 行政运行 (项): each the one under its own 款
    assert found == [("2010301", "一般公共预算", "480.00万元", "500.00万元"),
                     ("2010601", "一般公共预算", "420.00万元", "400.00万元"),
                     ("2210201", "一般公共预算", "100.00万元", "100.00万元"),
                     ("2120804", "政府性基金", "0万元", "30.00万元")]


def test_the_clean_document_has_no_finding() -> None:
    assert review_blocks(document()) == []


def test_an_items_final_against_its_own_row_not_a_namesakes() -> None:
    # 行政运行 of 20103 is 500.00; the other 行政运行 (20106) is 400.00: only its own row counts
    assert _found(document(final="400.00"), "R-TEXT-TABLE") == [("400.00万元", "500.00万元")]
    assert _found(document(fund_final="300.00"), "R-TEXT-TABLE") == [("300.00万元", "30.00万元")]


def test_an_item_said_to_be_basic_spending_while_its_row_is_project_spending() -> None:
    # 2010601 行政运行 has 项目支出 only; the other 行政运行 has 基本支出 only: the name alone cannot tell
    found = _found(document(use="维持机关日常运转的人员和公用支出"), "R-BASIC-PROJECT")
    assert found == [("", "")]
    assert _found(document(use="财政专项工作"), "R-BASIC-PROJECT") == []


def test_item_names_against_the_tables_codes() -> None:
    # the second 行政运行 written under the first one's 款: its 决算 400.00 is the other row's (财政事务),
    # which no other item describes — the 款 name is wrong, not the figure
    swapped = document(kuan="政府办公厅（室）及相关机构事务", xiang="行政运行")
    assert _found(swapped, "R-CODE-NAME") == [("政府办公厅（室）及相关机构事务（款）", "财政事务（款）")]
    assert _found(swapped, "R-TEXT-TABLE") == []
    assert _found(document(kuan="财政事务", xiang="行政运营"), "R-CODE-NAME") == [("行政运营（项）", "行政运行（项）")]
    assert _found(document(kuan="财务事务"), "R-CODE-NAME") == [("财务事务（款）", "财政事务（款）")]
    # the message says where the table puts the 项 (the 7-digit code's own name is the 项's, not the 款's)
    (named,) = [f for f in review_blocks(document(kuan="财务事务")) if f.code == "R-CODE-NAME"]
    assert named.message.endswith("：行政运行（2010601）在表中属于20106财政事务（款）。")
    (own,) = [f for f in review_blocks(document(kuan="财政事务", xiang="行政运营")) if f.code == "R-CODE-NAME"]
    assert own.message.endswith("：表中2010601为“行政运行（项）”。")


def test_a_class_amount_of_the_structure_against_the_general_budget_table() -> None:
    # the table settles that the part is wrong: no R-SUM blaming the (right) total
    found = [(f.code, f.figure, f.expected) for f in review_blocks(document(structure="930.00"))]
    assert found == [("R-TEXT-TABLE", "930.00万元", "900.00万元")]


SANGONG = [
    TITLE, "七、财政拨款“三公”经费支出决算情况说明", "（一）“三公”经费财政拨款支出决算总体情况说明。",
    "“三公”经费财政拨款支出年初预算为12.00万元，支出决算为{total}万元，完成预算的{rate}%，其中：因公出国（境）费决算为"
    "0万元，完成预算的0%；公务用车购置及运行维护费支出决算为8.00万元，完成预算的80.00%；公务接待费支出决算为{rec}万元，"
    "完成预算的{rec_rate}%。",
    "（二）“三公”经费财政拨款支出决算具体情况说明。",
    "2、公务用车购置及运行维护费支出8.00万元。其中：", "公务用车购置支出为0万元。", "公务用车运行维护支出8.00万元。",
]
T7_ROWS = [["合计", "", "因公出国（境）费", "", "公务用车购置及运行维护费", "", "", "", "", "", "公务接待费", ""],
           ["预算数", "决算数"] * 6,
           ["12.00", "9.00", "0", "0", "10.00", "8.00", "0", "0", "10.00", "8.00", "2.00", "1.00"]]


def _sangong(total: str = "9.00", rec: str = "1.00") -> list[Block]:
    rate = {"9.00": "75.00", "9.50": "79.17"}[total]
    rec_rate = {"1.00": "50.00", "1.50": "75.00"}[rec]
    texts = [t.format(total=total, rate=rate, rec=rec, rec_rate=rec_rate) for t in SANGONG]
    blocks = [Block(t, f"第{n}段", index=n) for n, t in enumerate(texts, 1)]
    return [blocks[0], _table("财政拨款“三公”经费支出决算表", T7_ROWS, 1), *blocks[1:]]


def test_sangong_figures_against_the_sangong_table() -> None:
    assert model(_sangong())[1].kind == T7
    assert _found(_sangong(), "R-TEXT-TABLE") == []
    assert _found(_sangong(rec="1.50"), "R-TEXT-TABLE") == [("1.50万元", "1.00万元")]


def test_general_budget_spending_stated_twice_one_against_the_table() -> None:
    # 五(一) and 五(二) both state the 一般公共预算财政拨款支出; one of them is the table's 合计
    blocks = document()
    at = next(i for i, b in enumerate(blocks) if b.text.startswith("一般公共预算财政拨款支出1,000.00万元，主要用于"))
    first = Block("一般公共预算财政拨款支出1,100.00万元，占本年支出合计的97.09%。", "第30段", index=30)
    head = Block("（一）一般公共预算财政拨款支出决算总体情况", "第29段", index=29)
    found = _found([*blocks[:at - 1], head, first, *blocks[at - 1 :]], "R-TEXT-TABLE")
    assert found == [("1,100.00万元", "1,000.00万元")]


BASIC_TEXT = ("六、一般公共预算财政拨款基本支出决算情况说明",
              "一般公共预算财政拨款基本支出{basic}万元。其中：人员经费500.00万元，主要包括：基本工资；"
              "公用经费100.00万元，主要包括：办公费。")
T6_ROWS = [["科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数"],
           ["301", "工资福利支出", "500.00", "302", "商品和服务支出", "100.00"],
           ["30101", "基本工资", "500.00", "30201", "办公费", "100.00"],
           ["人员经费合计", "", "500.00", "公用经费合计", "", "100.00"]]


def test_basic_spending_against_the_basic_table_when_the_spending_table_does_not_add_up() -> None:
    # 公开05 whose rows do not add up (a table pasted with its figures shifted): its 合计 is not used,
    # 公开06's 人员经费合计 + 公用经费合计 is the 基本支出
    broken = [r if r[1] != "合计" else ["", "合计", "1,000.00", "650.00", "350.00"] for r in T5_ROWS]

    def doc(basic: str) -> list[Block]:
        texts = [TITLE, *BASIC_TEXT]
        paras = [Block(t.format(basic=basic), f"第{n}段", index=n) for n, t in enumerate(texts, 1)]
        return [paras[0], _table("一般公共预算财政拨款支出决算表", broken, 1),
                _table("一般公共预算财政拨款基本支出决算表", T6_ROWS, 2), *paras[1:]]

    assert _found(doc("600.00"), "R-TEXT-TABLE") == []
    assert _found(doc("660.00"), "R-TEXT-TABLE") == [("660.00万元", "600.00万元")]


def test_item_rows_of_a_table_against_the_catalog() -> None:
    def t5(name: str) -> list[Block]:
        rows = [*T5_ROWS[:4], ["2010301", name, "500.00", "500.00", ""], *T5_ROWS[5:]]
        return [Block(TITLE, "第1段"), _table("一般公共预算财政拨款支出决算表", rows, 1)]

    assert _found(t5("行政运行"), "R-CODE-NAME") == []
    assert _found(t5("行政运行（政府办公厅（室）及相关机构事务所属单位）"), "R-CODE-NAME") == []  # a qualifier
    assert _found(t5("一般行政管理事务"), "R-CODE-NAME") == [("一般行政管理事务", "行政运行")]


def test_an_item_the_catalog_does_not_hold_is_not_named_by_a_near_catalog_name() -> None:
    # 事业运行 of 农业农村 is not in the catalog's short list: the catalog's 行政运行 there is no reason to
    # question it; only the unit's own table rows name 项
    text = ("1、农林水支出（类）农业农村（款）事业运行（项）。主要用于：事业单位运转。年初预算为10.00万元，"
            "支出决算为10.00万元。决算数与预算数持平。")
    assert _found([Block(TITLE, "第1段"), Block("五、一般公共预算财政拨款支出决算情况说明", "第2段"),
                   Block(text, "第3段")], "R-CODE-NAME") == []


def test_economic_lists_in_other_words_and_by_class() -> None:
    rows = [*T6_ROWS[:3], ["30102", "津贴补贴", "", "30202", "印刷费", ""], T6_ROWS[3]]

    def doc(text: str) -> list[Block]:
        return [Block(TITLE, "第1段"), _table("一般公共预算财政拨款基本支出决算表", rows, 1),
                Block("六、一般公共预算财政拨款基本支出决算情况说明", "第2段"), Block(text, "第3段")]

    head = "一般公共预算财政拨款基本支出600.00万元。其中：人员经费500.00万元，"
    assert _found(doc(head + "主要用于：基本工资；公用经费100.00万元，主要用于：办公费。"), "R-ECON-LIST") == []
    # a line of 0 named, in the words "主要用于"
    assert _found(doc(head + "主要用于：基本工资、津贴补贴；公用经费100.00万元，主要用于：办公费。"),
                  "R-ECON-LIST") == [("", "删去“津贴补贴”")]
    # a 类 named for its 款; a purpose in words is no list
    text = head + "主要包括：工资福利支出；公用经费100.00万元，主要用于保障机关日常运转。"
    assert _found(doc(text), "R-ECON-LIST") == []


PROCUREMENT = ("上海市普陀区城建局2024年度政府采购金额（以合同签订为准）为{total}万元，其中：货物采购金额8.57万元、"
               "工程采购金额0.00万元、服务采购金额{service}万元。2024年度本部门面向中小企业预留政府采购项目预算金额372.34万元，面向小微"
               "企业预留政府采购项目预算金额152.92万元。在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，"
               "采购金额{won}万元；在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额0万元。")


def test_amounts_for_small_enterprises_within_the_procurement_total() -> None:
    def found(total: str, service: str, won: str) -> list[tuple[str, str, str]]:
        blocks = [Block(TITLE, "第1段"), Block("（二）政府采购支出情况", "第2段"),
                  Block(PROCUREMENT.format(total=total, service=service, won=won), "第3段")]
        return [(f.figure, f.expected, f.level.value) for f in review_blocks(blocks) if f.code == "R-SUBSET"]

    assert found("372.34", "363.77", "372.34") == []  # the whole reserved: equal is no excess
    assert found("272.34", "263.77", "272.34") == [("372.34万元", "", "警告")]  # bounded, not decided: no 应为
    assert found("272.34", "263.77", "300.00") == [("372.34万元", "", "警告"), ("300.00万元", "", "错误")]


def test_no_fund_said_while_the_totals_table_shows_it() -> None:
    t4 = _table("财政拨款收入支出决算总表", [["项目", "金额", "项目", "合计"],
                                           ["一、一般公共预算财政拨款", "1,000.00", "一、一般公共服务支出", "1,000.00"],
                                           ["二、政府性基金预算财政拨款", "{fund}", "", ""]], 1)

    def found(fund: str) -> list[str]:
        table = Block(t4.text, t4.place, [[c.format(fund=fund) for c in r] for r in t4.rows], title=t4.title,
                      caption=t4.caption)
        blocks = [Block(TITLE, "第1段"), table, Block("八、政府性基金预算财政拨款收入支出决算情况说明", "第2段"),
                  Block("上海市普陀区城建局2024年度无政府性基金预算财政拨款收入和支出。", "第3段")]
        return [f.code for f in review_blocks(blocks) if f.code == "R-FUND-EMPTY"]

    assert found("") == []
    assert found("30.00") == ["R-FUND-EMPTY"]


def test_an_item_over_two_paragraphs() -> None:
    # a page break inside an item: its figures in one paragraph, the words on its 预算 in the next
    def doc(words: str, rate: str = "") -> list[Block]:
        texts = [TITLE, "五、一般公共预算财政拨款支出决算情况说明",
                 "1、住房保障支出（类）住房改革支出（款）住房公积金（项）。主要用于：缴纳在职人员住房公积金。"
                 "年初预算为{budget}万元，全年预算为110.00万元，支出决算为100.00万元。",
                 f"{rate}决算数{words}预算数的主要原因：人员变动。"]
        budget = "0" if rate else "90.00"
        return [Block(t.replace("{budget}", budget), f"第{n}段", index=n) for n, t in enumerate(texts, 1)]

    assert _found(doc("大于"), "R-DIRECTION") == []
    assert _found(doc("小于"), "R-DIRECTION") == [("100.00万元", "决算数大于预算数")]
    # 年初预算 0: a rate of the 年初预算 is none; the 全年预算's is 90.91%
    assert _found(doc("大于", "完成年初预算的100.00%。"), "R-RATE-ZERO") == [("100.00%", "完成全年预算的90.91%")]
    assert _found(doc("大于", "完成预算的90.91%。"), "R-RATE-ZERO") == []


def test_an_items_final_in_other_words() -> None:
    blocks = document(final="400.00")
    at = next(i for i, b in enumerate(blocks) if b.text.startswith("1、"))
    blocks[at] = Block(blocks[at].text.replace("支出决算为400.00", "实际支出400.00"), blocks[at].place)
    assert [it.final.figure.raw for it in items(model(blocks)) if it.final][:1] == ["400.00万元"]
    assert _found(blocks, "R-TEXT-TABLE") == [("400.00万元", "500.00万元")]


def test_the_sangong_total_against_its_budget_before_the_list_of_items() -> None:
    text = ("“三公”经费财政拨款支出年初预算为12.00万元，支出决算为9.00万元，完成预算的75.00%，其中："
            "因公出国（境）费决算为0万元；公务用车购置及运行维护费支出决算为8.00万元，完成预算的80.00%；公务接待费支出决算为1.00万元，完成预算的"
            "50.00%。2024年度“三公”经费支出决算数{}预算数的主要原因：厉行节约。")
    assert _found([Block(text.format("小于"), "第1段")], "R-DIRECTION") == []
    assert _found([Block(text.format("大于"), "第1段")], "R-DIRECTION") == [("9.00万元", "决算数小于预算数")]


def test_the_general_budget_spending_of_the_detail_paragraph() -> None:
    blocks = document()
    at = next(i for i, b in enumerate(blocks) if b.text.startswith("一般公共预算财政拨款支出年初预算"))
    text = "一般公共预算财政拨款支出年初预算为1,000.00万元，支出决算为1,100.00万元，完成年初预算的110.00%。其中："
    blocks[at] = Block(text, blocks[at].place)
    assert ("1,100.00万元", "1,000.00万元") in _found(blocks, "R-TEXT-TABLE")


def test_a_chain_with_one_name_of_another_row() -> None:
    # the 类 of another row; the 项 of another 款 (which of the two 行政运行: its 决算 says)
    blocks = document()
    at = next(i for i, b in enumerate(blocks) if b.text.startswith("3、"))
    blocks[at] = Block(blocks[at].text.replace("住房保障支出（类）", "一般公共服务支出（类）"), blocks[at].place)
    assert _found(blocks, "R-CODE-NAME") == [("一般公共服务支出（类）", "住房保障支出（类）")]
    blocks = document(kuan="住房改革支出")
    assert _found(blocks, "R-CODE-NAME") == [("住房改革支出（款）", "财政事务（款）")]


def test_a_table_row_misnamed_does_not_make_the_texts_name_wrong() -> None:
    # 公开05 names 221 住房保障支出 "农林水支出" (the table's slip, said there): the text's 类 is right
    blocks = document()
    t5 = next(i for i, b in enumerate(blocks) if b.is_table and "一般公共预算" in b.caption)
    rows = [r if r[0] != "221" else ["221", "农林水支出", *r[2:]] for r in blocks[t5].rows]
    blocks[t5] = _table("一般公共预算财政拨款支出决算表", rows, 2)
    found = [(f.figure, f.expected) for f in review_blocks(blocks)
             if f.code == "R-CODE-NAME" and f.level.value != "提示"]
    assert found == [("农林水支出", "住房保障支出")]


def test_the_right_half_of_the_basic_table_against_the_text() -> None:
    # 公开06 two-sided: 公用经费合计 stands right of 人员经费合计 in one row
    def doc(common: str) -> list[Block]:
        texts = [TITLE, "六、一般公共预算财政拨款基本支出决算情况说明",
                 f"一般公共预算财政拨款基本支出600.00万元。其中：人员经费500.00万元；公用经费{common}万元。"]
        paras = [Block(t, f"第{n}段", index=n) for n, t in enumerate(texts, 1)]
        return [paras[0], _table("一般公共预算财政拨款基本支出决算表", T6_ROWS, 1), *paras[1:]]

    assert _found(doc("100.00"), "R-TEXT-TABLE") == []
    assert _found(doc("110.00"), "R-TEXT-TABLE") == [("110.00万元", "100.00万元")]


def test_an_item_name_with_a_list_comma() -> None:
    text = ("1、节能环保支出（类）环境保护管理事务（款）环境保护法规、规划及标准（项），主要用于规划编制。年初预算为"
            "10.00万元，当年支出决算为9.00万元。")
    found = items(model([Block(TITLE, "第1段"), Block("五、一般公共预算财政拨款支出决算情况说明", "第2段"),
                         Block(text, "第3段")]))
    assert [(it.kuan, it.xiang, it.final.figure.raw if it.final else "") for it in found] == [
        ("环境保护管理事务", "环境保护法规、规划及标准", "9.00万元")]


def test_a_change_of_zero_is_flat() -> None:
    from juesuan.review import review_text

    def flat(text: str) -> list[str]:
        return [f.code for f in review_text(text) if f.code == "R-FLAT"]

    assert flat("“三公”经费支出预算为11.52万元，增长0%，与2019年持平。") == []
    assert flat("公务接待费支出决算增长0.00%，与上年持平。") == []
    assert flat("公务接待费支出决算减少为0.00万元，与2024年持平。") == ["R-FLAT"]  # a level it fell to
    assert flat("公务接待费支出决算减少0.40万元，与2024年持平。") == ["R-FLAT"]


def test_an_items_name_swapped_for_another_rows_name() -> None:
    # the 住房公积金 item written as 提租补贴 (a 项 of the same 款 the tables do not have): its 决算 is
    # 住房公积金's, a row no other item describes — the name is wrong, not the figure
    blocks = document()
    item = next(i for i, b in enumerate(blocks) if b.text.startswith("3、"))
    blocks[item] = Block(blocks[item].text.replace("住房公积金（项）", "提租补贴（项）"), blocks[item].place)
    assert _found(blocks, "R-CODE-NAME") == [("提租补贴（项）", "住房公积金（项）")]
    assert _found(blocks, "R-TEXT-TABLE") == []


def test_a_rate_in_its_own_sentence_after_the_list_of_parts() -> None:
    from juesuan.review import review_text

    text = ("“三公”经费财政拨款支出年初预算为2.00万元，支出决算为0.71万元，其中：因公出国（境）费决算为0.00万元；"
            "公务用车购置及运行维护费支出决算为0.71万元；公务接待费支出决算为0.00万元。完成预算的{}%。")
    assert review_text(text.format("35.50")) == []
    assert [(f.code, f.figure, f.expected) for f in review_text(text.format("21.05"))] == [
        ("R-RATE", "21.05%", "35.50%")]


def test_a_project_only_item_whose_purpose_or_reason_speaks_of_basic_spending() -> None:
    # 2010601 行政运行 (财政事务) has 项目支出 only; its purpose and its reason in the words of real texts
    def basic(use: str, reason: str = "厉行节约") -> list[tuple[str, str]]:
        blocks = document(use=use)
        at = next(i for i, b in enumerate(blocks) if b.text.startswith("2、"))
        blocks[at] = Block(blocks[at].text.replace("厉行节约", reason), blocks[at].place)
        return _found(blocks, "R-BASIC-PROJECT")

    assert basic("财政专项工作等项目支出") == []
    assert basic("财政专项工作等基本经费") == [("基本经费", "项目经费")]  # the kind's own word: the row's kind (rev27)
    assert basic("财政专项工作", "年中基本经费调减") == [("基本经费", "项目经费")]


def test_purpose_figures_and_reason_in_one_sentence() -> None:
    # "（项），主要用于…等项目支出，年初预算为…，决算数小于预算数的主要原因：年中基本经费调减。" (one sentence)
    blocks = document()
    at = next(i for i, b in enumerate(blocks) if b.text.startswith("2、"))
    one = ("2、一般公共服务支出（类）财政事务（款）行政运行（项），主要用于财政专项工作等{0}，年初预算为420.00万元，"
           "支出决算为400.00万元，决算数小于预算数的主要原因：年中{1}调减。")
    blocks[at] = Block(one.format("项目支出", "项目经费"), blocks[at].place)
    assert _found(blocks, "R-BASIC-PROJECT") == []
    blocks[at] = Block(one.format("基本支出", "项目经费"), blocks[at].place)
    # the column named itself: one 错误 with the word to paste (rules/basic_items), no 警告 beside it
    assert _found(blocks, "R-BASIC-PROJECT") == [] and _found(blocks, "R-TEXT-TABLE") == [("基本支出", "项目支出")]
    blocks[at] = Block(one.format("项目支出", "基本经费"), blocks[at].place)
    assert _found(blocks, "R-BASIC-PROJECT") == [("基本经费", "项目经费")]


def test_sangong_table_with_zeros_printed_blank() -> None:
    rows = [*T7_ROWS[:2], ["12.00", "9.00", "", "", "10.00", "8.00", "", "", "10.00", "8.00", "2.00", "1.00"]]
    blocks = _sangong(rec="1.50")
    blocks[1] = _table("财政拨款“三公”经费支出决算表", rows, 1)
    assert _found(blocks, "R-TEXT-TABLE") == [("1.50万元", "1.00万元")]


def test_the_fund_sections_income_and_spending_against_its_table() -> None:
    blocks = document()
    at = next(i for i, b in enumerate(blocks) if b.text.startswith("政府性基金预算财政拨款收入30.00万元"))
    assert _found(blocks, "R-TEXT-TABLE") == []
    blocks[at] = Block("政府性基金预算财政拨款收入30.00万元，支出35.00万元，支出具体情况如下：", blocks[at].place)
    assert _found(blocks, "R-TEXT-TABLE") == [("35.00万元", "30.00万元")]


def test_flat_after_a_change_in_yuan_with_thousands_commas() -> None:
    from juesuan.review import review_text

    found = [f.code for f in review_text("本年度决算收入比上年增加2,061,935.16元，与上年持平。") if f.code == "R-FLAT"]
    assert found == ["R-FLAT"]
