"""审阅 of a report's own tables: the increase-rate, 执行率 and share columns against their figures."""

from __future__ import annotations

from juesuan.review import Block, review_blocks


def table(*rows: list[str]) -> Block:
    return Block(text="\n".join(" ".join(r) for r in rows), place="第1个表格", rows=[list(r) for r in rows], index=0)


def codes(block: Block) -> list[str]:
    return [f.code for f in review_blocks([block])]


HEAD = ["项目", "本年预算", "本年决算", "比预算增减", "执行率", "上年决算", "比上年增减", "增减率"]


def test_right_percentages_are_left_alone():
    t = table(HEAD, ["人员经费", "2,184,200.00", "4,049,552.76", "1,865,352.76", "185.40%",
                     "2,000,000.00", "2,049,552.76", "102.48%"])
    assert [c for c in codes(t) if c.startswith("R-TABLE")] == []


def test_a_wrong_rate_and_a_wrong_increase_rate_are_found_with_the_right_value():
    t = table(HEAD, ["人员经费", "2,184,200.00", "4,049,552.76", "1,865,352.76", "158.40%",
                     "2,000,000.00", "2,049,552.76", "1.02%"])
    found = {f.code: f for f in review_blocks([t])}
    assert found["R-TABLE-RATE"].expected == "185.40%"
    assert found["R-TABLE-PERCENT"].expected == "102.48%"
    assert "4,049,552.76" in found["R-TABLE-RATE"].why


def test_a_wrong_share_is_found():
    t = table(["项目", "本年决算", "占比"], ["人员经费", "4,049,552.76", "86.58%"],
              ["公用经费", "627,774.03", "31.42%"], ["合计", "4,677,326.79", "100.00%"])
    found = [f for f in review_blocks([t]) if f.code == "R-TABLE-SHARE"]
    assert [f.expected for f in found] == ["13.42%"]
