"""Session 12 (rev27): a correct value for every error a rule finds where the document gives it, and the
messages a reviewer reads (eyes11 §4, §7, §8, §9). Sentences of our own."""
from __future__ import annotations

from juesuan.review import review_text

# --- a count total confirmed in its own sentence is not confirmed 「他处」 (eyes11 §4) -------------------

_GRADES = ("编报绩效目标的2024年度项目5个；绩效跟踪评价的2024年度项目5个；绩效自评的2024年度项目5个"
           "（其中，绩效评级为“优”的项目4个；绩效评级为“良”的项目3个；绩效评级为“合格”的项目0个）。")


def test_a_count_confirmed_in_its_own_sentence_says_so():
    (f,) = [f for f in review_text(_GRADES) if f.code == "R-SUM"]
    assert "总数与本句所说一致（编报绩效目标的2024年度项目5个；绩效跟踪评价的2024年度项目5个）" in f.message
    assert "他处" not in f.message and f.expected == ""


def test_a_count_confirmed_elsewhere_still_says_elsewhere():
    text = ("七、“三公”经费\n2024年，本所开支财政拨款的公务用车保有量为7辆。\n十一、其他重要事项\n"
            "截至2024年12月31日，本所共有车辆7辆，其中：应急保障用车3辆、特种专业技术用车5辆、其他用车0辆。\n")
    (f,) = [f for f in review_text(text) if f.code == "R-SUM"]
    assert "总数与他处所说一致（" in f.message and "本句" not in f.message
