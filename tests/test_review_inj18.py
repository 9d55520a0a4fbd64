"""Injection-bench classes (session 18): a list's item whose share names the list's total, a 「包括」 list, ..."""

from juesuan.review import review_text


def _codes(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.figure, f.expected) for f in review_text(text) if f.code.startswith("R-")]


def test_wrong_item_of_a_list_whose_shares_name_the_total():
    # every share names the total (「占支出合计的」), the zeros agree with any sum: the one item off its share is
    # wrong, not the total (the first item's share confirms it) nor the shares
    text = ("本年支出合计800.00万元，包括：基本支出600.00万元，占支出合计的75.00%；项目支出0万元，占支出合计的0%；"
            "经营支出0万元，占支出合计的0%；其他支出530.00万元，占支出合计的25.00%。")
    found = _codes(text)
    assert ("R-PART", "530.00万元", "200.00万元") in found
    assert not [f for f in found if f[0] == "R-SHARE"]


def test_wrong_item_of_a_qizhong_list_whose_shares_name_the_total():
    # 「占收入合计25.00%」 (no 的): the share names 收入合计, the 计 is its name's own
    text = ("本年收入合计1,200.00万元，其中：财政拨款收入900.00万元，占收入合计75.00%；事业收入0万元，"
            "占收入合计0%；其他收入390.00万元，占收入合计25.00%。")
    found = _codes(text)
    assert ("R-PART", "390.00万元", "300.00万元") in found
    assert not [f for f in found if f[0] in ("R-SHARE", "R-SUM")]


def test_a_share_names_its_whole_with_its_ji():
    from juesuan.review.sentences import classify

    assert [g.share_of for g in classify("其他收入18.95万元，占收入合计3.65%") if g.role == "share"] == ["收入合计"]
    assert [g.share_of for g in classify("基本支出5.00万元，占支出总计的50.00%") if g.role == "share"] == ["支出总计"]


def test_bracketed_part_larger_than_an_amount_its_list_confirms():
    # 12 + 30 + 8 = 50: the 30 is confirmed, so the bracketed 45 that exceeds it is the slip (30 − 10 = 20)
    text = ("2024年“三公”经费支出50.00万元，其中：因公出国（境）费12.00万元，公务用车购置及运行维护费30.00万元"
            "（公务用车购置费45.00万元，公务用车运行维护费10.00万元），公务接待费8.00万元。")
    found = _codes(text)
    assert ("R-SUM", "45.00万元", "20.00万元") in found
    assert not [f for f in found if f[1] == "30.00万元"]


def test_bracketed_parts_off_an_amount_its_list_confirms_name_no_value_for_it():
    text = ("2024年“三公”经费支出50.00万元，其中：因公出国（境）费12.00万元，公务用车购置及运行维护费30.00万元"
            "（公务用车购置费15.00万元，公务用车运行维护费10.00万元），公务接待费8.00万元。")
    found = [f for f in _codes(text) if f[0] == "R-SUM"]
    assert found == [("R-SUM", "30.00万元", "")]


def test_a_list_read_item_by_amount_reads_its_zeros_as_the_sentence_writes_amounts():
    # 「0万元」 beside amounts to the 分 is 0.00万元 in either reading of the list (by 「；」 items or by amounts)
    text = ("2024年度“三公”经费支出3.10万元;其中:因公出国(境)支出0万元;公务用车购置支出0万元;"
            "公务用车运行维护费支出0万元;公务接待费支出4.20万元,占“三公”经费的100%。")
    assert ("R-SUM", "3.10万元", "4.20万元") in _codes(text)


def test_a_list_hangs_from_the_amount_of_its_own_clause():
    # three 「；」 clauses each with its amount before 「其中」: the list is the third one's (60 = 25 + 35 → 50 wrong)
    text = ("分项情况：因公出国（境）费决算12万元，比上年增长5.0%；公务接待费决算30万元，比上年下降2.0%；"
            "公务用车购置及运行维护费决算60万元，比上年下降1.0%，其中：公务用车购置费决算25万元，比上年增长3.0%；"
            "公务用车运行维护费决算50万元，比上年下降4.0%。")
    found = [f for f in _codes(text) if f[0] == "R-SUM"]
    assert found and all(f[1] == "60万元" for f in found)
