"""审阅 R-SHARE: the right base named as the text names it where another line prints the same amount (a 支出 share
is of a 支出 total, not of the 收入 line that happens to print the same figure: zhuyu-jiedao, session 17)."""

from __future__ import annotations

from juesuan.review import review_text

TEXT = ("二、收入决算情况说明\n2024年度本年收入合计1000.00万元，其中：财政拨款收入800.00万元，占80.00%；"
        "其他收入200.00万元，占20.00%。\n"
        "三、支出决算情况说明\n2024年度本年支出合计1000.00万元，其中：基本支出600.00万元，占60.00%；"
        "项目支出400.00万元，占40.00%。\n"
        "五、一般公共预算财政拨款支出决算情况说明\n（二）结构情况\n2024年度一般公共预算财政拨款支出800.00万元，"
        "主要用于以下方面：一般公共服务（类）支出400.00万元，占50.00%；城乡社区（类）支出300.00万元，占30.00%；"
        "住房保障（类）支出100.00万元，占12.50%。\n")


def test_a_wrong_share_names_the_right_base_as_a_spending_total():
    (f,) = [f for f in review_text(TEXT) if f.code == "R-SHARE"]
    assert f.expected == "37.50%"
    assert "占比应以一般公共预算财政拨款支出800.00万元为基数" in f.message, f.message
