"""rev63: what the opened documents of 上海市白沙区 (区民宗委, 区就业促进中心) showed, each class at the rule that owns
it; shapes of our own (names and figures not the stand-ins')."""

from __future__ import annotations

import pytest

from juesuan.core.findings import Level
from juesuan.review import review_blocks, review_text
from tests.test_review_rules34 import FORMS, _with_grid

TITLE = "上海市某区某委员会2024年度部门决算\n"


def _alarms(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.figure, f.expected) for f in review_text(TITLE + text) if f.level != Level.INFO]


@pytest.mark.parametrize("form", FORMS)
def test_a_count_of_units_beside_the_own_level_against_the_unit_table(form):
    """「由局本级和所属N家事业单位的决算组成，具体为：」 then the 单位构成 table naming the 本级 first: the table has
    one row more than the count (before: R-SUM 1家 → 2家 on a right count, none on a wrong one)."""
    rows = [["1", "上海市某区体育局（本级）", "行政单位"],
            ["2", "上海市某区体育指导中心", "公益一类事业单位"],
            ["3", "上海市某区游泳馆", "公益二类事业单位"]]

    def found(n: int, own: str = "（本级）", units: str = "{}家事业单位") -> list[tuple[str, str, str]]:
        table = [[r[0], r[1].replace("（本级）", own), r[2]] for r in rows]
        said = f"上海市某区体育局部门决算由局本级和所属{units.format(n)}的决算组成，具体为："
        blocks = _with_grid(["二、部门决算单位构成", said],
                            ["序号", "单位名称", "单位性质"], table, form, "第三部分 2024年度部门决算情况说明")
        return [(f.code, f.figure, f.expected) for f in review_blocks(blocks) if f.level != Level.INFO]

    assert found(2) == []
    assert found(3) == [("R-SUM", "3家", "2家")]
    assert found(1) == [("R-SUM", "1家", "2家")]
    assert found(2, own="") == []  # the 本级 row named without 「（本级）」: still the first of the list
    assert found(3, units="单位共{}家") == []  # 「本级和所属单位共3家」: all of them, the 本级 among them


@pytest.mark.parametrize("change", ["62.35", "48.17"])  # one swap away, and no slip at all
def test_a_change_another_comparison_of_the_same_amount_and_rate_states(change):
    """Two comparisons of one amount with one rate (收入支出总计 and 财政拨款收入支出总计 of a department all 财政拨款):
    the one whose change the rate does not fit has the change mistyped, 应为 the other's (before: R-PERCENT on the
    rate both places agree on)."""
    said = ("二、收入支出决算总体情况说明\n2024年度收入支出总计2,168.47万元。与2023年度相比，收入支出总计增加{}万元，"
            "增长2.97%。主要原因是：人员经费调整。\n"
            "四、财政拨款收入支出决算总体情况说明\n2024年度财政拨款收入支出总计2,168.47万元。与2023年度相比，"
            "财政拨款收入支出总计增加62.53万元，增长2.97%。主要原因是：与收入支出总计一致。")
    assert _alarms(said.format(change)) == [("R-DIFF", f"{change}万元", "62.53万元")]
    assert _alarms(said.format("62.53")) == []
    # another rate: the two comparisons are not one, the rate is what the change gives
    other = said.format(change).replace("增长2.97%。主要原因是：人员", "增长3.97%。主要原因是：人员")
    assert [a[0] for a in _alarms(other)] == ["R-PERCENT"]


def test_an_item_said_flat_whose_reason_says_it_fell_is_the_gap_of_the_list():
    """「“三公”经费减少C，其中：甲持平；乙减少c；丙持平。…丙减少的主要原因是…」: the changes do not add up and the
    reason says 丙 fell: 丙's 持平 is the slip, 应为 the gap (before: R-SUM on the total, which the reason confirms, and
    R-REASON-DIRECTION on the reason)."""
    said = ("七、“三公”经费财政拨款支出决算情况说明\n2024年度“三公”经费财政拨款支出决算数比2023年度减少1.35万元，"
            "下降9.12%，其中：因公出国（境）费支出决算与上年持平；公务用车购置及运行维护费支出决算减少0.95万元，"
            "下降8.02%；公务接待费支出决算与上年持平。因公出国（境）费支出与上年持平的主要原因是未安排出国团组。"
            "公务用车购置及运行维护费支出减少的主要原因是车辆维修减少。{}")
    reason = "公务接待费支出减少的主要原因是接待批次减少。"
    assert _alarms(said.format(reason)) == [("R-FLAT", "与上年持平", "减少0.40万元")]
    found = [f for f in review_text(TITLE + said.format(reason)) if f.code == "R-FLAT"]
    assert found[0].quote == "公务接待费支出决算与上年持平"
    # no reason that it moved: which figure is off is not known, the total is blamed as before
    assert [a[0] for a in _alarms(said.format(""))] == ["R-SUM"]
