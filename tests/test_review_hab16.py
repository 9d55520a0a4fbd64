"""hab16: false alarms from real offices' typing habits (issue 17, benchmarks/bench_review_habits.py) on documents
with no error, each fixed at the rule that owns it; and 「X万」 without 元 as the official template writes it."""

from __future__ import annotations

from decimal import Decimal

from juesuan.core.findings import Level
from juesuan.review import review_text

TITLE = "上海市某区某委员会2024年度部门决算\n"


def _alarms(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.figure, f.expected) for f in review_text(TITLE + text) if f.level != Level.INFO]


def test_a_count_of_units_under_the_department_does_not_count_its_own_level_listed_first():
    """「包括局本级和所属1家事业单位，具体为：局（本级，行政单位），中心（…）」: the 本级 is named beside the one
    事业单位, not one of them (parted by 「，」 as well as by 「；」; before: R-SUM 1家 → 2家)."""
    said = ("一、部门主要职能\n本部门2024年度部门决算包括局本级和所属1家事业单位，具体为："
            "上海市某区某局（本级，行政单位）{}上海市某区某服务中心（公益一类事业单位）。")
    assert _alarms(said.format("，")) == []
    assert _alarms(said.format("；")) == []
    assert _alarms(said.replace("所属1家", "所属3家").format("，")) != []


def test_amounts_said_respectively_in_yi_yuan_are_rounded_to_their_last_digit():
    """「本年收、支合计各为1.91亿元、1.88亿元，…各增加2553.96万元、2510.85万元，各增长15.47%、15.44%」: 1.91亿元
    stands for 1.905–1.915亿元, so the rates hold (before: R-PERCENT, the 亿元 read as exact)."""
    said = ("二、收入支出决算总体情况说明\n2024年度收入支出总计2.19亿元，与上年相比增加2800.20万元，增长14.64%。"
            "其中，本年收、支合计各为1.91亿元、1.88亿元，与上年相比各增加2553.96万元、2510.85万元，各增长{}%、15.44%。")
    assert _alarms(said.format("15.47")) == []
    assert [a[0] for a in _alarms(said.format("17.47"))] == ["R-PERCENT"]


def test_a_list_of_lines_ends_at_the_part_closing_with_a_full_stop():
    """「采购支出总额379.17万元，其中：」 then 「①货物168.35万元；」「②工程86.20万元；」「③服务124.62万元。」: the
    paragraph after the 「。」 (「授予中小企业合同金额312.48万元」) is no part (before: R-SUM 应为691.65万元)."""
    said = ("2024年度本单位政府采购支出总额379.17万元，其中：\n①政府采购货物支出168.35万元，主要为火化设备配件；\n"
            "②政府采购工程支出86.20万元，为告别厅维修改造；\n③政府采购服务支出{}万元。\n"
            "授予中小企业合同金额312.48万元，占政府采购支出总额的82.41%。")
    assert _alarms(said.format("124.62")) == []
    assert [a[:2] for a in _alarms(said.format("134.62"))] == [("R-SUM", "379.17万元")]


_PERFORMANCE = ("全过程绩效管理实施情况：编报绩效目标的2024年度项目{three}，涉及预算金额92.00万元{sep}"
                "绩效跟踪评价的2024年度项目{one}，涉及预算金额48.00万元{sep}绩效自评的2024年度项目{three}，涉及预算金额92.00万元，平均得分91.50分（其中，"
                "绩效评级为“优”的项目2个{sep}绩效评级为“良”的项目1个{sep}绩效评级为“合格”的项目0个。绩效自评中共发现问题1个，已经"
                "完成整改的1个，正在整改的0个）。")


def test_counted_projects_keep_what_they_are_when_commas_part_them_or_the_count_is_in_words():
    """「编报绩效目标的项目3个，涉及预算金额92.00万元，绩效跟踪评价的项目1个，涉及预算金额48.00万元，…」: each
    涉及预算金额 is of its own projects, parted by 「，」 as by 「；」, counted 「三个」 as 「3个」 (before: R-SAME
    48.00 against 92.00); the graded projects in brackets are the parts of the count just before them, 3个, not
    of 1个 (before: R-SUM)."""
    for sep in "；，":
        assert _alarms(_PERFORMANCE.format(sep=sep, three="3个", one="1个")) == [], sep
        assert _alarms(_PERFORMANCE.format(sep=sep, three="三个", one="一个")) == [], sep
    assert [a[0] for a in _alarms(_PERFORMANCE.format(sep="，", three="3个", one="1个").replace(
        "“良”的项目1个", "“良”的项目2个"))] == ["R-SUM"]


def test_last_years_amount_in_brackets_labelled_with_its_year_is_the_comparisons_base():
    """「一般公共预算财政拨款支出528.65万元（2023年度：512.30万元），增加16.35万元，同比增长3.19%」: the 2023 in
    brackets labels the base, not the sentence's own year (before: R-YEAR 应为2024年度)."""
    said = ("本会2024年度收入总计528.65万元，较上年增加16.35万元。\n"
            "一般公共预算财政拨款支出528.65万元（2023年度：512.30万元），增加16.35万元，同比增长3.19%。")
    assert _alarms(said) == []
    assert [a[0] for a in _alarms(said.replace("财政拨款支出528.65", "2023年度财政拨款支出528.65"))] == ["R-YEAR"]


def test_a_list_of_economic_lines_ends_where_a_comma_opens_the_next_numbered_item():
    """「①人员经费60.00万元，主要包括基本工资、津贴补贴，②公用经费40.00万元，主要包括办公费」 (a 「，」 where the
    template has 「；」): 「②」 is the next item's mark, not a line the 人员经费 list names (before: R-ECON-LIST)."""
    from juesuan.review import review_blocks
    from juesuan.review.extract import Block

    rows = [["科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数"],
            ["301", "工资福利支出", "60.00", "302", "商品和服务支出", "40.00"],
            ["30101", "基本工资", "50.00", "30201", "办公费", "40.00"],
            ["30102", "津贴补贴", "10.00", "", "", ""]]
    table = Block("\n".join("\t".join(r) for r in rows), "第1个表格", rows,
                  title="一般公共预算财政拨款基本支出决算表", caption="一般公共预算财政拨款基本支出决算表 单位：万元")
    text = ("2024年度一般公共预算财政拨款基本支出100.00万元，其中：①人员经费60.00万元，主要包括基本工资、津贴补贴{}"
            "②公用经费40.00万元，主要包括办公费。")
    for sep in "；，":
        blocks = [Block(t, f"第{n}段", index=n) for n, t in enumerate(
            [TITLE.strip(), "六、一般公共预算财政拨款基本支出决算情况说明", text.format(sep)], 1)] + [table]
        assert [f.code for f in review_blocks(blocks) if f.code == "R-ECON-LIST"] == [], sep
    blocks[2] = Block(text.format("，").replace("津贴补贴", "津贴补贴、奖金"), "第3段", index=3)
    assert [f.code for f in review_blocks(blocks) if f.code == "R-ECON-LIST"] == ["R-ECON-LIST"]


_RECEPTION = ("一、收入支出决算总体情况说明\n本会2024年度收入、支出总计均为528.65万元。\n"
              "3、公务接待费支出0.52万元。其中：国内公务接待支出{}（含外宾接待支出0万元），主要用于接待外省市工商联来区考察"
              "交流，共接待4批次、26人次。")


def test_wan_without_yuan_as_the_template_writes_it_is_no_finding_where_it_is_a_wan_yuan_amount_beyond_doubt():
    """The official 2024 template writes 「国内公务接待支出XX万（含外宾接待支出XX万元）」 and real documents copy it:
    「0.52万」 beside 万元 amounts of its magnitude is 0.52万元, nothing to report (before: R-UNIT-MISSING); a 元
    amount given 万 (「5,200.00万」 beside 0.52万元: 10,000 times too large) is still found, 应为 in 万元."""
    assert _alarms(_RECEPTION.format("0.52万")) == []
    assert _alarms(_RECEPTION.format("0.52万元")) == []
    slip = [a for a in _alarms(_RECEPTION.format("5,200.00万")) if a[0] == "R-UNIT-MISSING"]
    assert slip == [("R-UNIT-MISSING", "5,200.00万", "0.52万元")]
    # a total in 万 larger than its parts in 万元 is of their magnitude still (before: 应为 in 元)
    total = "2022年“三公”经费决算数合计为1000.86万，其中：公务用车购置费399.25万元、公务用车运行维护费601.61万元。"
    assert [a for a in _alarms(total) if a[0] == "R-UNIT-MISSING"] == []
    # a sentence whose other amounts are in 元: which unit the 万 stands for is not known
    mixed = _RECEPTION.format("0.52万").replace("0万元", "0.00元")
    assert [a[0] for a in _alarms(mixed)] == ["R-UNIT-MISSING"]


def test_an_amount_in_wan_without_yuan_is_read_as_the_wan_yuan_amount_every_rule_checks():
    """「公务用车购置及运行维护费支出决算为9.86万，完成预算的82.17%」: 9.86万 is 9.86万元, the rate's own 决算 (before:
    unread, the rate was checked against the 三公 total's, R-RATE 应为80.77%); a wrong rate is still found."""
    from juesuan.review.figures import find_figures

    assert [(f.value, f.unit) for f in find_figures("支出0.52万（含外宾接待支出0万元），9.86万，达5万。")] == [
        (Decimal("0.52"), "万元"), (Decimal("0"), "万元"), (Decimal("9.86"), "万元")]
    said = ("三、“三公”经费财政拨款支出决算情况说明\n“三公”经费财政拨款支出年初预算为13.00万元，支出决算为10.50万元，"
            "完成预算的80.77%。其中：因公出国（境）费支出决算为0万元；公务用车购置及运行维护费年初预算为12.00万元，支出决算"
            "为9.86万，完成预算的{}%；公务接待费年初预算为1.00万元，支出决算为0.64万，完成预算的64.00%。")
    assert _alarms(said.format("82.17")) == []
    assert [a[:2] for a in _alarms(said.format("72.17"))] == [("R-RATE", "72.17%")]
