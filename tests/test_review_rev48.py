"""rev48: checks session 15's helpers left open (issue 17), each in figures of our own."""
from __future__ import annotations

from juesuan.review import review_blocks, review_text
from juesuan.review.extract import Block

TITLE = "上海市某某区测试会2024年度部门决算"
_PART3 = "第三部分 上海市某某区测试会2024年度部门决算情况说明"


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.figure, f.expected) for f in review_text(text) if f.level.value in ("错误", "警告")]


def _blocks(texts: list[str], tables: list[tuple[str, list[list[str]]]]) -> list:
    blocks = [Block(t, f"第{n}段", index=n) for n, t in enumerate(texts, 1)]
    for n, (title, rows) in enumerate(tables, 1):
        blocks.append(Block("\n".join("\t".join(r) for r in rows), f"第{n}个表格", rows, title=title,
                            caption=f"{title} 单位：万元"))
    return [f for f in review_blocks(blocks) if f.level.value in ("错误", "警告")]


# --- 1. a one-item 其中 larger than its total: a table decides which, else both are named --------------------------

_T3 = [["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
       ["", "合计", "500.00", "300.00", "200.00"],
       ["201", "一般公共服务支出", "500.00", "300.00", "200.00"]]


def _one_part(line: str) -> list:
    return _blocks([TITLE, _PART3, "三、支出决算情况说明", line], [("支出决算表", _T3)])


def test_a_part_above_its_total_names_both_where_nothing_decides():
    found = review_text(f"{TITLE}\n{_PART3}\n三、支出决算情况说明\n本会2024年度本年支出合计500.00万元，其中：基本支出"
                        "700.00万元。\n")
    assert [(f.code, f.figure, f.expected) for f in found] == [("R-SUM", "500.00万元", "")]
    assert "总数500.00万元与此项700.00万元必有一处有误" in found[0].message and "不小于" not in found[0].message


def test_a_part_above_its_total_the_table_decides():
    # the table's 基本支出 is 300.00: the part slipped (3000.00), its finding the table's, no R-SUM beside it
    assert [(f.code, f.figure, f.expected) for f in _one_part(
        "本会2024年度本年支出合计500.00万元，其中：基本支出3000.00万元。")] == [
        ("R-TEXT-TABLE", "3000.00万元", "300.00万元")]
    # the table's 本年支出合计 is 500.00: the total slipped (50.00)
    assert [(f.code, f.figure, f.expected) for f in _one_part(
        "本会2024年度本年支出合计50.00万元，其中：基本支出300.00万元。")] == [
        ("R-TEXT-TABLE", "50.00万元", "500.00万元")]


# --- 3. procurement: the amount named as the text names it -------------------------------------------------------

def test_a_procurement_amount_is_named_as_the_text_names_it():
    def said(line: str) -> str:
        found = [f for f in review_text("2024年度政府采购支出总额642.18万元，" + line) if f.code == "R-SUBSET"]
        assert len(found) == 1
        return found[0].message

    assert said("授予小微企业合同金额724.18万元。").startswith("授予小微企业的合同金额724.18万元")
    assert said("授予中小企业合同金额724.18万元。").startswith("授予中小企业的合同金额724.18万元")
    assert said("其中小微企业中标或成交的采购金额724.18万元。").startswith("小微企业中标或成交的采购金额")
    assert said("面向小微企业预留政府采购项目预算金额724.18万元。").startswith("预留给小微企业的采购项目预算")
    assert said("面向中小企业预留政府采购项目预算金额600.00万元，在面向中小企业预留的政府采购项目中，由小微企业"
                "供应商中标或成交的，采购金额724.18万元。").startswith(
        "在面向中小企业预留的项目中由小微企业中标或成交的采购金额724.18万元")


# --- 2. two columns of 公开02's own 合计 row written in each other's place: one finding, both 应为 -------------------

def test_two_columns_of_a_total_row_swapped_are_one_finding_with_both_values():
    from tests.test_review_rules41 import _income

    found = _income("350.00", "10.00", total_row=("10.00", "350.00"))
    assert [x[:3] for x in found] == [("R-TABLE-SUM", "10.00", "350.00")]
    assert found[0][3] == ("“合计”行的“事业收入”10.00万元与“其他收入”350.00万元两列的数写反了：按下方各类级科目之和，"
                           "“事业收入”应为350.00万元，“其他收入”应为10.00万元。")
    # one column wrong alone is its own finding, as before
    assert [x[:3] for x in _income("350.00", "10.00", total_row=("350.00", "30.00"))] == [
        ("R-TABLE-CROSS", "30.00", "10.00")]


# --- 4. 持平 of a line whose last-year amount the text does not state beside it ------------------------------------

_FLAT = ("{intro}" + _PART3 + "\n十一、其他重要事项的情况说明\n（一）机关运行经费支出情况\n"
         "机关运行经费支出62.10万元，与2023年度持平。{after}\n")


def _flat(intro: str = "", after: str = "") -> list[tuple[str, str, str]]:
    return _found(f"{TITLE}\n" + _FLAT.format(intro=intro, after=after))


def test_a_flat_line_against_last_years_amount_stated_in_another_section():
    said = "一、部门概况\n2023年度本单位机关运行经费支出{}万元。\n"
    assert _flat(said.format("61.84")) == [("R-FLAT", "62.10万元", "增加0.26万元")]
    assert _flat(said.format("62.10")) == []
    # the reason after it says the same move: one finding, the amount its 应为
    reason = _flat(said.format("61.84"), "主要是开放时间延长，电费相应增加。")
    assert reason == [("R-FLAT", "62.10万元", "增加0.26万元")]
    # last year's amount not stated anywhere: the reason's move, no amount
    assert _flat(after="主要是开放时间延长，电费相应增加。") == [
        ("R-REASON-DIRECTION", "与2023年度持平", "（按数字写“增加”，或说明持平的原因）")]


def test_a_flat_total_whose_listed_items_moved_gives_an_amount_only_when_they_are_all_of_it():
    items = "其中：办公费20.00万元，比上年增加5.00万元；印刷费{}万元，与上年持平。"
    assert _flat(after=items.format("42.10")) == [("R-FLAT", "62.10万元", "增加5.00万元")]
    assert _flat(after=items.format("30.00")) == [("R-FLAT", "62.10万元", "与上年相比应有变化")]


# --- 5. points of a share whose last-year share the text does not state: from last year's part and whole ----------

_POINTS = ("二、收入决算情况说明\n本年收入合计5,179.89万元，增收828.49万元，增长19.04%。其中：财政拨款收入"
           "4,781.99万元，占92.32%，比上年提高{p}个百分点；事业收入385.60万元，占7.44%；其他收入12.30万元，占0.24%。\n"
           "四、财政拨款收入支出决算总体情况说明\n本会2024年度财政拨款收入支出总计4,781.99万元，{fiscal}。\n")


def _points(p: str, fiscal: str = "增加833.44万元，增长21.11%") -> list[tuple[str, str, str]]:
    return _found(f"{TITLE}\n{_PART3}\n" + _POINTS.format(p=p, fiscal=fiscal))


def test_points_of_a_share_against_last_years_share_from_the_changes():
    """Last year 4,351.40 (5,179.89 − 828.49) and 3,948.55 (4,781.99 − 833.44): 90.74%, 92.32% − 90.74% = 1.58."""
    assert _points("1.74") == [("R-DIFF", "1.74个百分点", "1.58个百分点")]
    assert _points("1.58") == []
    # last year's 财政拨款 not read from the text: no base, nothing said
    assert _points("1.74", fiscal="增长21.11%") == []


# --- 6. 「本年预算A，上年预算B；对比减少C；减少率D」: a comparison with its base, the base perhaps the slip ----------

_VERSUS = ("某局2016年“三公经费”预算对比增减说明\n其中:1、公务接待费2016年预算8万元,2015年预算{b}万元;对比减少{c}万元;"
           "减少率{d}%,原因执行八项规定厉行节约。")


def _versus(b: str = "12.35", c: str = "4.35", d: str = "35.22") -> list[tuple[str, str, str]]:
    return _found(_VERSUS.format(b=b, c=c, d=d))


def test_a_budget_comparison_in_clauses_of_its_own():
    assert _versus() == []
    # the base written 12.5: 8 + 4.35 = 12.35, and 35.22% is 4.35 ÷ 12.35 — the base is the one figure off
    assert _versus(b="12.5") == [("R-DIFF", "12.5万元", "12.35万元")]
    # the change off: A − B and the rate both say 4.35
    assert _versus(c="4.53") == [("R-DIFF", "4.53万元", "4.35万元")]
    # the rate off
    assert _versus(d="36.22") == [("R-PERCENT", "36.22%", "35.22%")]
    # one clause, commas only: read the same way
    assert _found(_VERSUS.format(b="12.5", c="4.35", d="35.22").replace(";", ",")) == [
        ("R-DIFF", "12.5万元", "12.35万元")]


# --- 7. the 绩效 预算金额: a 项 row of both kinds is no project's, even where the text gives its 项目支出 alone -------

def test_a_row_of_both_kinds_stops_the_projects_budget_even_where_its_project_part_is_said():
    """机关服务 of both kinds (20.00 基本, 100.00 项目) whose clause gives 100.00 for both its 年初预算 and its 决算
    (its 项目支出 alone, as the table's 项目支出 column): the 项's 年初预算 is not known to be its projects' alone —
    without the guard the projects' 决算 would be 280.00, their 预算 250.00, and 280.00 questioned."""
    from tests.test_review_rev46 import _RUN_ON, _T5, _run_on

    more = ("十、预算绩效管理情况", "本会2024年度对2个项目开展绩效自评，涉及预算金额{}万元，决算280.00万元。")
    mixed = [[*r[:3], "420.00", "280.00"] if r[0] in ("", "201", "20103") else r for r in _T5]
    mixed = [[*r[:3], "20.00", "100.00"] if r[0] == "2010303" else r for r in mixed]
    said = _RUN_ON.replace("机关服务（项）年初预算120.00万元，支出决算120.00万元",
                           "机关服务（项）年初预算100.00万元，支出决算100.00万元")
    assert said != _RUN_ON
    for budget in ("280.00", "250.00"):
        found = _run_on(more=(more[0], more[1].format(budget)), table=mixed, run_on=said)
        assert [f for f in found if f.code == "R-SUM" and "绩效" in f.message] == []
