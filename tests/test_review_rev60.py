"""Session 18 (rev60): how findings are written and where they point, after a reader's review of three opened
documents. Sentences of our own."""
from __future__ import annotations

from juesuan.review import review_text

# --- R-TEMPLATE: the amounts the paragraph gives before a change's sentence decide its word -------------------


def test_template_alternative_decided_by_last_years_amount_in_the_sentence_before():
    text = ("2024年度财政拨款收入支出总计913.40万元。上年决算数为868.50万元。本年比上年增加（减少）44.90万元，"
            "增长（下降）5.17%，主要原因是培训经费增加。")
    (f,) = [f for f in review_text(text) if f.code == "R-TEMPLATE"]
    assert f.expected == "增加44.90万元，增长5.17%"
    assert "本年913.40万元多于上年868.50万元" in f.message and "原因" not in f.message
    assert "913.40万元 − 868.50万元 = 44.90万元" in f.why


def test_the_amounts_before_overrule_the_reason():
    text = ("2024年度财政拨款收入支出总计913.40万元。上年决算数为958.30万元。本年比上年增加（减少）44.90万元，"
            "增长（下降）4.69%，主要原因是培训经费增加。")
    (f,) = [f for f in review_text(text) if f.code == "R-TEMPLATE"]
    assert f.expected == "减少44.90万元，下降4.69%"
    assert "本年913.40万元少于上年958.30万元" in f.message
