"""rev62: the classes jintang-renmin-yiyuan-2024's and jintang-dongfang-2024's misses and false alarms showed (opened
2026-12-07), each in figures of our own: an item of a change list said 「持平」 whose reason below says it moved, where
the total's change less the other items' is its move (the item is blamed, not the total); and a bracketed list whose
total a sum beside it confirms (「事业收入中，医疗收入A（门诊收入a1、住院收入a2），科教收入B」 with 事业收入 = A + B
stated before), one part two swapped digits away from what makes it add up (that part is blamed, not the total)."""
from __future__ import annotations

from juesuan.review import review_text

TITLE = "上海市某某区测试所2024年度部门决算\n第三部分 上海市某某区测试所2024年度部门决算情况说明\n"


def _all(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.figure, f.expected) for f in review_text(TITLE + text) if f.level.value in ("错误", "警告")]


_SANGONG = ("七、财政拨款“三公”经费支出决算情况说明\n"
            "2024年度“三公”经费财政拨款支出决算数比2023年度减少{total}万元，下降5.00%，其中：因公出国（境）费支出决算"
            "与上年持平；公务用车购置及运行维护费支出决算减少1.20万元，下降4.00%；公务接待费支出决算{hosting}。"
            "因公出国（境）费支出与上年持平，本所两年均未安排因公出国（境）。公务用车购置及运行维护费支出减少的主要原因是"
            "车辆老旧报废。公务接待费支出减少的主要原因是来访交流批次减少。")


def test_an_item_said_flat_whose_reason_says_it_moved_takes_the_gap():
    """「…其中：甲持平；乙减少c；丙持平。…丙减少的主要原因是…」 with a total change of more than c: 丙's 持平 is the
    slip (its reason says 减少), its move the total's less the others' — not the total (R-SUM), not the reason."""
    assert _all(_SANGONG.format(total="1.50", hosting="减少0.30万元，下降6.00%")) == []
    found = _all(_SANGONG.format(total="1.50", hosting="与上年持平"))
    # (the item's R-FLAT as breakdowns' flat-item engine says it, rev63's, kept at the merge: its figure the 持平 words)
    assert [(c, e) for c, _, e in found] == [("R-FLAT", "减少0.30万元")] and found[0][1].endswith("持平")
    # the reason says nothing of the item: which figure is off is not known, the total's sum is said as before
    unsaid = _SANGONG.format(total="1.50", hosting="与上年持平").replace(
        "公务接待费支出减少的主要原因是来访交流批次减少。", "")
    assert [c for c, _, _ in _all(unsaid)] == ["R-SUM"]


_INCOME = ("二、收入决算情况说明\n"
           "本年收入合计9,600.00万元，其中：财政拨款收入1,200.00万元，占12.50%；事业收入8,400.00万元，占87.50%。\n"
           "事业收入中，医疗收入8,150.00万元（门诊收入{outpatient}万元、住院收入4,950.00万元），科教收入250.00万元。")


def test_a_bracketed_part_one_slip_away_under_a_total_its_sum_confirms():
    """The total of the bracket (8,150.00) and its sibling (250.00) make the 事业收入 said before (8,400.00): the total
    stands, and of the two parts only 门诊收入 is one slip (two digits swapped) from 8,150.00 − 4,950.00."""
    assert _all(_INCOME.format(outpatient="3,200.00")) == []
    assert _all(_INCOME.format(outpatient="3,020.00")) == [("R-PART", "3,020.00万元", "3,200.00万元")]
    # neither part two swapped digits away (a single digit off, 3,210.00, is too common a gap to choose by): no part
    # named, and no 应为 for the confirmed total
    for outpatient in ("3,111.00", "3,210.00"):
        assert [(c, e) for c, _, e in _all(_INCOME.format(outpatient=outpatient))] == [("R-SUM", "")]
