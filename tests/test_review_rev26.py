"""Session 12 (rev26): songlan-wenhuaguan's alarms and misses, and those left on the other opened documents (issue 17),
each fixed as a class. Sentences of our own figures."""
from __future__ import annotations

from juesuan.review import review_text


def _alarms(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.figure, f.expected) for f in review_text(text) if f.level.value != "提示"]


# --- 「％」 the writer's habit in whole sections, 「%」 in the others: neither is a slip ---------------------------

_WIDE = ("一、收入支出决算总体情况说明\n本单位2024年度收入支出总计500.00万元。较2023年度增加20.00万元，增幅4.17%。\n"
         "二、收入决算情况说明\n本年收入合计500.00万元，其中：财政拨款收入400.00万元，占80.00{a}；"
         "事业收入100.00万元，占20.00{b}。\n"
         "三、支出决算情况说明\n本年支出合计500.00万元，其中：基本支出300.00万元，占60.00{c}；"
         "项目支出200.00万元，占40.00%。\n"
         "四、财政拨款收入支出决算总体情况说明\n财政拨款收入支出总计400.00万元。较2023年度增加10.00万元，增幅2.56%。"
         "一般公共预算财政拨款支出400.00万元，占本年支出合计的80.00%。\n")


def _wide(**signs: str) -> list[tuple[str, str, str]]:
    return [a for a in _alarms(_WIDE.format(**{"a": "%", "b": "%", "c": "%", **signs})) if a[0] == "R-FORMAT-WIDTH"]


def test_a_section_written_with_full_width_percents_is_the_writers_habit():
    # 二 writes both its percents 「％」, the rest of the document 「%」: a section's habit, not two slips
    assert _wide(a="％", b="％") == []


def test_a_lone_full_width_percent_among_half_width_ones_is_still_a_slip():
    assert _wide(c="％") == [("R-FORMAT-WIDTH", "60.00％", "60.00%")]  # 三's other percent is 「%」
    assert _wide(b="％") == [("R-FORMAT-WIDTH", "20.00％", "20.00%")]  # 二's other percent is 「%」


# --- a count total its parts and its sibling counts both contradict: the total is the slip ------------------------

_GRADES = ("十、预算绩效管理情况\n全过程绩效管理实施情况：编报绩效目标的2024年度项目3个，涉及预算金额670.00万元；"
           "绩效跟踪评价的2024年度项目3个，涉及预算金额670.00万元；绩效自评的2024年度项目{n}个，涉及预算金额670.00万元，"
           "平均得分93.50分（其中，自评等级为“优”的项目2个；自评等级为“良”的项目1个；自评等级为“中”的项目0个；"
           "自评等级为“差”的项目0个。绩效自评中共发现问题1个，已经完成整改的1个，正在整改的0个）。\n")


def test_a_total_above_its_parts_and_its_sibling_counts_is_wrong():
    # 优2 + 良1 + 中0 + 差0 = 3, and 编报/跟踪 say 3 too: 4 is the slip (the 问题 counts after the 。 are another list)
    assert [a for a in _alarms(_GRADES.format(n=4)) if a[0] == "R-SUM"] == [("R-SUM", "4个", "3个")]
    assert _alarms(_GRADES.format(n=3)) == []


def test_a_total_above_its_parts_alone_is_not_decided():
    # no other statement says 3: the grades may leave projects not yet graded
    text = _GRADES.format(n=4).replace("项目3个", "项目4个")
    assert [a for a in _alarms(text) if a[0] == "R-SUM"] == []
