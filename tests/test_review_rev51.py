"""rev51: the classes caowan-keji-2024's misses and false alarms showed (opened 2026-12-07), each in figures of our
own."""
from __future__ import annotations

from juesuan.review import review_text

TITLE = "上海市某某区测试站2024年度部门决算\n第三部分 上海市某某区测试站2024年度部门决算情况说明\n"


def _alarms(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.figure, f.expected) for f in review_text(TITLE + text) if f.level.value in ("错误", "警告")]


# --- last year's figure in a sentence of its own (「上年决算数为B。」) between this year's amount and its 其中 list or
# its change: a remark on the amount before, not the list's head nor the amount the change ends at -----------------

def test_last_years_sentence_is_not_the_head_of_the_list_after_it():
    text = ("二、收入决算情况说明\n本站2024年度本年收入合计600.00万元。上年决算数为570.00万元。其中：财政拨款收入"
            "540.00万元，占90.00%；其他收入60.00万元，占10.00%。\n"
            "六、一般公共预算财政拨款基本支出决算情况说明\n一般公共预算财政拨款基本支出400.00万元。上年决算数为380.00万元，"
            "增加20.00万元，增长5.26%。其中：人员经费330.00万元，主要包括：基本工资；公用经费70.00万元，主要包括：办公费。\n")
    assert _alarms(text) == []
    # the list is still read against the amount before the remark
    wrong = text.replace("公用经费70.00万元", "公用经费75.00万元")
    assert [a[0] for a in _alarms(wrong)] == ["R-SUM"]


def test_a_change_after_last_years_figure_is_from_it():
    para = ("五、一般公共预算财政拨款支出决算情况说明\n一般公共预算财政拨款支出560.00万元。上年决算数为525.00万元，"
            "增加35.00万元，增长{r}。\n")
    assert _alarms(para.format(r="6.67%")) == []
    # the rate taken of this year's amount is still the slip, said against last year's as its base
    assert _alarms(para.format(r="6.25%")) == [("R-PERCENT", "6.25%", "6.67%")]


# --- a 项 named by its code before its name (「（1）2060701机构运行：年初预算…。该项为项目支出，…」): the word
# against its row, and its amounts its own (two 项 in that form are not one 「支出」 said twice) -------------------

_T = [["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
      ["", "合计", "300.00", "200.00", "100.00"],
      ["206", "科学技术支出", "300.00", "200.00", "100.00"],
      ["20607", "科学技术普及", "300.00", "200.00", "100.00"],
      ["2060701", "机构运行", "200.00", "200.00", "0.00"],
      ["2060702", "科普活动", "100.00", "0.00", "100.00"]]


def _coded(kind: str) -> list:
    from juesuan.review import review_blocks
    from juesuan.review.extract import Block

    texts = ["上海市某某区测试站2024年度部门决算", "五、一般公共预算财政拨款支出决算情况说明",
             "（三）一般公共预算财政拨款支出决算具体情况",
             "1.科学技术普及（款）支出300.00万元，下设2个项级科目，分别为：2060701机构运行200.00万元、2060702科普活动"
             "100.00万元。",
             f"（1）2060701机构运行：年初预算205.00万元，支出决算200.00万元，完成年初预算的97.56%。该项为{kind}，"
             "主要用于人员工资和日常运转。",
             "（2）2060702科普活动：年初预算110.00万元，支出决算100.00万元，完成年初预算的90.91%。该项为项目支出，"
             "主要用于科普讲座。"]
    blocks = [Block(t, f"第{n}段", index=n) for n, t in enumerate(texts, 1)]
    for n, title in enumerate(("支出决算表", "一般公共预算财政拨款支出决算表"), 1):
        blocks.append(Block("\n".join("\t".join(r) for r in _T), f"第{n}个表格", _T, title=title,
                            caption=f"{title} 单位：万元"))
    return [(f.code, f.figure, f.expected) for f in review_blocks(blocks) if f.level.value in ("错误", "警告")]


def test_a_coded_item_called_the_other_kind_of_spending():
    assert _coded("基本支出") == []
    assert _coded("项目支出") == [("R-TEXT-TABLE", "该项为项目支出", "该项为基本支出")]


# --- an average after the values it is of (「得分分别为：甲a分、乙b分、丙c分，平均得分X分」) ----------------

def test_an_average_against_the_values_listed():
    para = ("十、预算绩效管理情况\n本站对3个项目开展绩效自评，自评得分分别为：甲项目96.0分、乙项目90.5分、"
            "丙项目87.0分，平均得分{x}。\n")
    assert _alarms(para.format(x="91.17分")) == []
    assert _alarms(para.format(x="91.2分")) == []  # rounded to the decimals shown
    assert _alarms(para.format(x="93.25分")) == [("R-SUM", "93.25分", "91.17分")]
    # a list left open is examples, not the whole
    assert _alarms(para.format(x="93.25分").replace("丙项目87.0分", "丙项目87.0分等")) == []
