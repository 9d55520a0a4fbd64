"""Classes of writing first met in 上海市蕴川区建设和管理委员会 (yunchuan-jianguanwei-2024, opened for rev53), each
on a short text of its own: a 项 row of a fund table whose 本年收入 was typed as another figure of its row (its parent
and the rows above agree, its own row no longer balances); last year's amount in a comparison copied from another line
(the change and its rate agree with each other, not with it); the 授予中小企业合同金额 against what 中小企业 won in the
reserved and the other projects, its share deciding."""

from __future__ import annotations

from juesuan.review import review_blocks, review_text
from juesuan.review.blocks import Block

TITLE = Block("某区某某局2024年度部门决算", "第1段")
FUND_HEAD = [["功能分类科目编码", "科目名称", "年初结转和结余", "本年收入", "本年支出", "", "", "年末结转和结余"],
             ["", "", "", "", "合计", "基本支出", "项目支出", ""]]


def _fund(*rows: list[str]) -> Block:
    table = [*FUND_HEAD, *rows]
    return Block("\n".join("\t".join(r) for r in table), "第1个表格", rows=table, unit="万元",
                 kind="政府性基金预算财政拨款收入支出决算表")


def _parents(*rows: list[str]) -> list[tuple[str, str, str]]:
    return [(f.figure, f.quote.split("：")[0], f.expected) for f in review_blocks([TITLE, _fund(*rows)])
            if f.code == "R-TABLE-PARENT"]


def test_a_child_row_that_no_longer_balances_is_the_wrong_cell_of_its_parent():
    # the 项's 本年收入 written as its 本年支出 (not one slip of a digit): 21308 and the rows above agree and balance
    # (300 + 4,210 − 4,380 = 130), the 项's row does not (300 + 4,380 − 4,380 ≠ 130): the 项 is blamed, with 4,210
    rows = [["", "合计", "300.00", "4,210.00", "4,380.00", "0.00", "4,380.00", "130.00"],
            ["213", "农林水支出", "300.00", "4,210.00", "4,380.00", "0.00", "4,380.00", "130.00"],
            ["21308", "普惠金融发展支出", "300.00", "4,210.00", "4,380.00", "0.00", "4,380.00", "130.00"],
            ["2130803", "农业保险保费补贴", "300.00", "4,380.00", "4,380.00", "0.00", "4,380.00", "130.00"]]
    assert _parents(*rows) == [("4,380.00", "2130803", "4,210.00")]


def test_a_parent_whose_own_row_does_not_balance_keeps_the_blame():
    # the 款's own 本年收入 mistyped: its row no longer balances, the 项's does — the 款 is what is off
    rows = [["", "合计", "300.00", "4,210.00", "4,380.00", "0.00", "4,380.00", "130.00"],
            ["213", "农林水支出", "300.00", "4,210.00", "4,380.00", "0.00", "4,380.00", "130.00"],
            ["21308", "普惠金融发展支出", "300.00", "4,120.00", "4,380.00", "0.00", "4,380.00", "130.00"],
            ["2130803", "农业保险保费补贴", "300.00", "4,210.00", "4,380.00", "0.00", "4,380.00", "130.00"]]
    assert ("4,120.00", "21308", "4,210.00") in _parents(*rows)
    assert all(code != "2130803" for _, code, _ in _parents(*rows))


def test_a_child_whose_total_column_is_off_its_parts_is_blamed_by_that_row():
    # 合计 = 基本支出 + 项目支出 on every row but one child's: its 合计 is what makes the parent add up
    rows = [["", "合计", "0.00", "500.00", "500.00", "120.00", "380.00", "0.00"],
            ["213", "农林水支出", "0.00", "500.00", "500.00", "120.00", "380.00", "0.00"],
            ["21301", "农业农村", "0.00", "500.00", "500.00", "120.00", "380.00", "0.00"],
            ["2130101", "行政运行", "0.00", "120.00", "120.00", "120.00", "0.00", "0.00"],
            ["2130199", "其他农业农村支出", "0.00", "380.00", "830.00", "0.00", "380.00", "0.00"]]
    assert ("830.00", "2130199", "380.00") in _parents(*rows)


def _diffs(sentence: str) -> list[tuple[str, str, str]]:
    text = f"某区某某局2024年度部门决算\n四、财政拨款收入支出决算总体情况说明\n{sentence}\n"
    return [(f.code, f.figure, f.expected) for f in review_text(text) if f.code in ("R-DIFF", "R-PERCENT")]


def test_a_last_years_amount_the_change_and_its_rate_both_contradict_is_the_wrong_one():
    # 1,200 − 1,350 is −150, not −100; 100 ÷ (1,200 + 100) is the 7.7% written, 150 ÷ 1,350 (11.1%) is not: the
    # change and its rate agree, last year's amount was mistyped — it is blamed, with 1,300
    said = "本部门2024年度财政拨款收入支出总计1,200.00万元，比2023年的1,350.00万元，减少100.00万元，下降7.7%。"
    assert _diffs(said) == [("R-DIFF", "1,350.00万元", "1,300.00万元")]
    said = "本部门2024年度财政拨款收入支出总计1,400.00万元，比2023年的1,250.00万元，增加100.00万元，增长7.7%。"
    assert _diffs(said) == [("R-DIFF", "1,250.00万元", "1,300.00万元")]


def test_a_change_its_rate_does_not_follow_stays_the_wrong_one():
    # the rate is (A − B) ÷ B (100 ÷ 1,300): the change is the slip
    said = "本部门2024年度财政拨款收入支出总计1,200.00万元，比2023年的1,300.00万元，减少150.00万元，下降7.7%。"
    assert _diffs(said) == [("R-DIFF", "150.00万元", "100.00万元")]


PROCUREMENT = """某区某某局2024年度部门决算
十一、其他重要事项的情况说明
（二）政府采购支出情况
本部门2024年度政府采购金额（以合同签订为准）为1,000.00万元，其中：货物采购金额200.00万元，工程采购金额600.00万元，\
服务采购金额200.00万元。
2024年度本部门面向中小企业预留政府采购项目预算金额500.00万元，面向小微企业预留政府采购项目预算金额300.00万元。在面向\
中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额500.00万元；在面向小微企业预留政府采购项目中，由小微\
企业供应商中标或成交的，采购金额300.00万元；在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额{others}万元。\
全年授予中小企业合同金额{awarded}万元，占政府采购支出总额的{share}%。
"""


def _awarded(others: str, awarded: str, share: str) -> list[tuple[str, str, str]]:
    text = PROCUREMENT.format(others=others, awarded=awarded, share=share)
    return [(f.code, f.figure, f.expected) for f in review_text(text) if f.level.value in ("错误", "警告")]


def test_the_contracts_awarded_to_small_firms_are_what_they_won_in_both_kinds_of_project():
    # 500 (reserved) + 230 (others) = 730, the 73.0% written: 703.00 is the slip
    assert _awarded("230.00", "703.00", "73.0") == [("R-SUM", "703.00万元", "730.00万元")]
    # the sum as written: nothing
    assert _awarded("230.00", "730.00", "73.0") == []
    # the 小微企业's reserved projects counted apart (500 + 300 + 30 = 830): nothing
    assert _awarded("30.00", "830.00", "83.0") == []
    # the share agrees with the amount written: a part may be the slip — not said here
    assert _awarded("230.00", "703.00", "70.3") == []
