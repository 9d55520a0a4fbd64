"""Session 10 (rev15): one finding per real problem — a count's parts blamed (not the total other statements
confirm), 「基本支出」 said of a 项 with 项目支出 only under one code, the 项 named in every 项-paragraph finding, and
a list in a sentence cut off mid-way not summed as complete. Sentences of our own."""
from __future__ import annotations

from juesuan.review import review_blocks, review_text
from juesuan.review.extract import Block
from juesuan.review.sentences import cut_short


def _alarms(found) -> list:
    return [f for f in found if f.level.value != "提示"]


# --- counts: the parts, not the confirmed total ----------------------------------------------------------

_CARS = ("七、“三公”经费\n2024年，本中心开支财政拨款的公务用车保有量为6辆{more}。\n十一、其他重要事项\n"
         "截至2024年12月31日，本中心共有车辆6辆，其中：应急保障用车3辆、特种专业技术用车4辆、其他用车0辆。\n")


def test_a_confirmed_count_total_is_not_the_figure_its_parts_are():
    (f,) = [f for f in review_text(_CARS.format(more="")) if f.code == "R-SUM"]
    # 3 + 4 = 7 > 6, and 七 says 6 again: one of the parts is wrong, which one the text does not say
    # no part is decided: on the list's total, no 应为 (rev21: a part singled out reads as the wrong one)
    assert f.figure == "6辆" and f.expected == ""
    assert f.message.startswith("“其中”各项合计7辆（应急保障用车3辆、特种专业技术用车4辆），"
                                "多于总数“本中心共有车辆6辆”")
    assert "应是应急保障用车或特种专业技术用车的数量有误，请核对" in f.message and "保有量为6辆" in f.message
    assert f.why.startswith("3辆 + 4辆 = 7辆")  # no zero terms


def test_a_part_another_sentence_states_is_decided_with_its_value():
    # 七 says the 应急保障 car count too (3): the other part is the one to fix, 6 − 3 = 3
    (f,) = [f for f in review_text(_CARS.format(more="，其中应急保障用车3辆")) if f.code == "R-SUM"]
    assert (f.figure, f.expected) == ("4辆", "3辆")
    assert "应是特种专业技术用车有误：应为3辆" in f.message and "6辆 − 3辆 = 3辆" in f.why
    # 七 gives the wrong part's right count itself: 特种专业技术用车 2 makes 3 + 2 = 5 ≠ 6 — no decision by it
    (g,) = [f for f in review_text(_CARS.format(more="，其中特种专业技术用车2辆")) if f.code == "R-SUM"]
    assert g.expected == ""


def test_a_part_a_table_row_states_is_decided_with_its_value():
    text = "截至2024年12月31日，本中心共有车辆6辆，其中：应急保障用车3辆、特种专业技术用车4辆。公务用车保有量为6辆。"
    table = [["车辆类别", "数量（辆）"], ["应急保障用车", "2"], ["特种专业技术用车", "4"]]
    blocks = [Block("十一、其他重要事项", "第1段", index=0), Block(text, "第2段", index=1),
              Block("\n".join("\t".join(r) for r in table), "第1个表格", table, index=2)]
    (f,) = [f for f in review_blocks(blocks) if f.code == "R-SUM"]
    assert (f.figure, f.expected) == ("3辆", "2辆")


_GRADES = ("编报绩效目标的2024年度项目4个；绩效跟踪评价的2024年度项目4个；绩效自评的2024年度项目4个，平均得分92.40分"
           "（其中，绩效评级为“优”的项目3个；绩效评级为“良”的项目2个；绩效评级为“合格”的项目0个；绩效评级为“不合格”的项目0个）。")


def test_grades_of_a_confirmed_count_are_named_shortly():
    (f,) = _alarms(review_text(_GRADES))
    # on the list's total — the third 「4个」 of the sentence, named with its words — not on 优 3个 (rev21)
    assert f.figure == "绩效自评的2024年度项目4个" and f.expected == ""
    assert f.message.startswith("“其中”各项合计5个（优3个、良2个），多于总数“绩效自评的2024年度项目4个”；"
                                "总数与本句所说一致")
    assert "应是优或良的个数有误，请核对" in f.message
    assert f.why == "3个 + 2个 = 5个"  # arithmetic only: the confirming statements are in the message
    assert "（编报绩效目标的2024年度项目4个；绩效跟踪评价的2024年度项目4个）" in f.message  # no 「同句：」 tags


def test_fewer_parts_than_a_confirmed_count_only_where_another_statement_says_which():
    grades = _GRADES.replace("“优”的项目3个", "“优”的项目1个")  # 1 + 2 < 4: projects may be left ungraded
    assert _alarms(review_text(grades)) == []
    cars = _CARS.replace("、其他用车0辆", "").replace("特种专业技术用车4辆", "特种专业技术用车2辆")  # 3 + 2 < 6
    assert [f for f in review_text(cars.format(more="")) if f.code == "R-SUM"] == []  # a list may leave some out
    (g,) = [f for f in review_text(cars.format(more="，其中特种专业技术用车3辆")) if f.code == "R-SUM"]
    assert (g.figure, g.expected) == ("2辆", "3辆") and "少于总数“本中心共有车辆6辆”" in g.message


# --- 「基本支出」 of a 项 with 项目支出 only: one code, one level, a pasteable 应为 ---------------------------

def _t5(rows: list[list[str]]) -> Block:
    rows = [["科目编码", "科目名称", "合计", "基本支出", "项目支出"], *rows]
    return Block("\n".join("\t".join(r) for r in rows), "第1个表格", rows, index=1,
                 title="一般公共预算财政拨款支出决算表 单位：万元", caption="一般公共预算财政拨款支出决算表 单位：万元")


_T5 = _t5([["2012601", "行政运行", "640.12", "640.12", ""], ["2012602", "一般行政管理事务", "120.00", "120.00", ""],
           ["2012699", "其他档案事务支出", "286.45", "", "286.45"], ["合计", "", "1,046.57", "760.12", "286.45"]])
_ITEM = ("（3）一般公共服务支出（类）档案事务（款）其他档案事务支出（项）：年初预算为300.00万元，支出决算为286.45万元，"
         "完成年初预算的95.48%，主要用于：{use}。")


def _review(text: str):
    blocks = [Block("上海市南湖区档案馆2024年度部门决算", "第0段", index=0), _T5,
              Block("五、一般公共预算财政拨款支出决算情况说明", "第2段", index=2), Block(text, "第3段", index=3)]
    return review_blocks(blocks)


def test_basic_spending_said_of_a_project_only_item_is_one_error_with_its_value():
    found = _alarms(_review(_ITEM.format(use="本馆基本支出，包括档案数字化加工和档案征集")))
    assert [(f.code, f.level.value, f.figure, f.expected) for f in found] == [
        ("R-TEXT-TABLE", "错误", "基本支出", "项目支出")]
    assert "“其他档案事务支出（项）”在表中只有项目支出286.45万元" in found[0].message
    # the same words as a clause of its own (「…，全部为基本支出」): the same code, level and kind of 应为
    said = _ITEM.format(use="档案数字化加工和档案征集").replace("。", "，全部为基本支出。")
    assert [(f.code, f.expected) for f in _alarms(_review(said))] == [("R-TEXT-TABLE", "全部为项目支出")]


def test_a_purpose_that_only_reads_as_basic_spending_stays_a_warning_without_value():
    found = _alarms(_review(_ITEM.format(use="维持本馆日常运转的人员和公用支出")))
    assert [(f.code, f.level.value, f.expected) for f in found] == [("R-BASIC-PROJECT", "警告", "")]
    assert _alarms(_review(_ITEM.format(use="本馆项目支出，包括档案数字化加工"))) == []


# --- every 项-paragraph finding names its 项 ----------------------------------------------------------

def test_a_direction_finding_names_the_item_its_sentence_opens_with():
    text = ("7.社会保障和就业支出（类）退役军人管理事务（款）事业运行（项），年初预算420.00万元，支出决算412.88万元，"
            "完成年初预算的98.30%，主要用于服务中心日常运转，决算数大于年初预算数，主要原因是严控一般性支出。")
    (f,) = _alarms(review_text(text))
    assert f.code == "R-DIRECTION" and f.message.startswith("事业运行（项）：决算412.88万元小于")
    # without the paragraph's numbering 「2.」
    (g,) = _alarms(review_text(text.replace("7.社会保障和就业支出（类）退役军人管理事务（款）", "2.")))
    assert g.message.startswith("事业运行（项）：决算412.88万元小于")


# --- a sentence cut off mid-way ------------------------------------------------------------------------

_CUT = "2023年全县一般公共预算支出总计10855万元，其中：一般公共预算支出6796万元，体制及专项上解1782万元{end}"


def test_a_list_cut_off_mid_sentence_is_not_summed_as_complete():
    assert [f.code for f in review_text(_CUT.format(end="。"))] == ["R-SUM"]  # a whole sentence: a 提示
    for end in ("，", ",为调整预算的", "，为"):
        found = review_text(_CUT.format(end=end))
        assert [f for f in found if f.code == "R-SUM"] == []
        assert all(not f.quote.endswith("。") for f in found)  # 原文 verbatim: no 「。」 the writer did not put
    # 「其中：」 closing a paragraph is no cut: its list follows in the next paragraphs
    said = "六、基本支出\n2023年基本支出911.7万元，其中：\n人员经费489.18万元。\n公用经费46.89万元。"
    assert [(f.code, f.expected) for f in _alarms(review_text(said))] == [("R-SUM", "536.07万元")]
    # the parts adding to MORE than the total are wrong however the sentence goes on
    assert [f.code for f in _alarms(review_text(_CUT.format(end="，").replace("10855", "8000")))] == ["R-SUM"]


def test_cut_short_is_the_last_sentence_ending_mid_way():
    text = "支出总计10万元。其中：甲5万元，乙3万元，"
    assert cut_short(text, "其中：甲5万元，乙3万元，。") and cut_short(text, "其中：甲5万元，乙3万元，")
    assert not cut_short(text, "支出总计10万元。")
    assert not cut_short("其中：甲5万元，乙3万元。", "其中：甲5万元，乙3万元。")


def test_an_item_list_cut_off_with_its_paragraph_is_not_short_of_lines():
    from tests.test_review_model2 import TITLE, UNRULED_T6, _found, _paragraphs

    said = ("人员经费2,600.00万元，主要包括：基本工资、津贴补贴、机关事业单位基本养老保险缴费、绩效工资、退休费；"
            "公用经费400.00万元，主要包括：办公费、印刷费{end}")
    assert [e for _, e in _found(_paragraphs(TITLE, said.format(end="。"), *UNRULED_T6), "R-ECON-LIST")] == [
        "补列“会议费”、“办公设备购置”"]
    assert _found(_paragraphs(TITLE, said.format(end="、"), *UNRULED_T6), "R-ECON-LIST") == []


def test_a_count_confirmed_in_another_section_names_that_section_not_a_paragraph_number():
    """In a .docx a paragraph's place is 「第116段」: the statement that confirms the total is named by its section
    (places.named), as every other backing is."""
    seven = "七、“三公”经费财政拨款支出决算情况说明"
    texts = [seven, "2024年，本中心开支财政拨款的公务用车保有量为6辆。", "十一、其他重要事项",
             "截至2024年12月31日，本中心共有车辆6辆，其中：应急保障用车3辆、特种专业技术用车4辆、其他用车0辆。"]
    blocks = [Block(t, f"第{115 + i}段", index=i) for i, t in enumerate(texts)]
    (f,) = [f for f in review_blocks(blocks) if f.code == "R-SUM"]
    assert f"{seven}：" in f.message and "第116段" not in f.message + f.why
