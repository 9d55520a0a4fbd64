"""rev46: the classes dizhou-gongshanglian-2024's misses and false alarms showed (opened 2026-12-07), each in figures
of our own."""
from __future__ import annotations

from juesuan.review import review_text

TITLE = "上海市某某区测试会2024年度部门决算\n"


def _all(text: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.figure, f.expected) for f in review_text(text) if f.level.value in ("错误", "警告")]


def _codes(text: str, code: str) -> list[tuple[str, str, str]]:
    return [(f.figure, f.expected, f.quote) for f in review_text(text) if f.code == code]


# --- last year's figure in brackets after this year's (「本年收入合计300.00万元（2023年度：280.00万元）」), last
# year named against 本年 in one sentence: no statement of last year's own --------------------------------------

_YEARS = ("第三部分 上海市某某区测试会2024年度部门决算情况说明\n"
          "二、收入决算情况说明\n"
          "本会2024年度收入合计300.00万元，全部为财政拨款收入。\n"
          "{line}\n")


def test_a_year_labelling_last_years_figure_in_brackets_is_a_comparison():
    text = TITLE + _YEARS.format(line="本年收入合计300.00万元（2023年度：280.00万元），全部为财政拨款收入，占100%。")
    assert _codes(text, "R-YEAR") == []
    # the same sentence stating last year's year as its own is still the stale year
    stale = TITLE + _YEARS.format(line="2023年度本会收入合计300.00万元，全部为财政拨款收入，占100%。")
    assert [f[:2] for f in _codes(stale, "R-YEAR")] == [("2023年度", "2024年度")]


def test_last_year_named_against_this_year_in_one_sentence_is_no_stale_year():
    text = TITLE + _YEARS.format(line="2023年度未举办培训班，本年举办培训班3次、培训120人次。")
    assert _codes(text, "R-YEAR") == []
    # 「本年收入合计」 is a line's name, not this year said against the other
    stale = TITLE + _YEARS.format(line="2023年度本年收入合计300.00万元，全部为财政拨款收入。")
    assert [f[:2] for f in _codes(stale, "R-YEAR")] == [("2023年度", "2024年度")]


# --- every 项 of 五(三) in one paragraph, one clause each, joined by 「；」: each clause read as its 项's -----------

_T5 = [["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
       ["", "合计", "700.00", "400.00", "300.00"],
       ["201", "一般公共服务支出", "700.00", "400.00", "300.00"],
       ["20103", "政府办公厅（室）及相关机构事务", "700.00", "400.00", "300.00"],
       ["2010301", "行政运行", "400.00", "400.00", ""],
       ["2010302", "一般行政管理事务", "180.00", "", "180.00"],
       ["2010303", "机关服务", "120.00", "", "120.00"]]
_RUN_ON = ("一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）年初预算410.00万元，"
           "支出决算400.00万元，主要用于机关日常运转，决算数小于年初预算数，主要原因是人员减少；一般公共服务支出（类）{kuan}（款）一般行政管理"
           "事务（项）年初预算150.00万元，支出决算180.00万元，主要用于专项工作，决算数{word}年初预算数，主要原因是年中追加"
           "调研任务；一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）机关服务（项）年初预算120.00万元，支出决算"
           "120.00万元，主要用于后勤保障，决算数与年初预算数持平。")


def _run_on(kuan: str = "政府办公厅（室）及相关机构事务", word: str = "大于", more: tuple[str, ...] = (),
            run_on: str = _RUN_ON, table: list[list[str]] = _T5) -> list:
    from juesuan.review import review_blocks
    from juesuan.review.extract import Block

    texts = [TITLE.strip(), "五、一般公共预算财政拨款支出决算情况说明", "（三）一般公共预算财政拨款支出决算具体情况",
             "一般公共预算财政拨款支出年初预算为680.00万元，支出决算为700.00万元，完成年初预算的102.94%。其中：",
             run_on.format(kuan=kuan, word=word), *more]
    blocks = [Block(t, f"第{n}段", index=n) for n, t in enumerate(texts, 1)]
    for n, (title, rows) in enumerate((("支出决算表", table), ("一般公共预算财政拨款支出决算表", table)), 1):
        blocks.append(Block("\n".join("\t".join(r) for r in rows), f"第{n}个表格", rows, title=title,
                            caption=f"{title} 单位：万元"))
    return [f for f in review_blocks(blocks) if f.level.value in ("错误", "警告")]


def test_a_run_on_clause_whose_budget_word_the_figures_refute():
    """一般行政管理事务 spent 180.00 against a 年初预算 of 150.00, its clause says 「小于」 (the reason after it,
    追加, says more): the clause's own figures, though the paragraph holds three 项's."""
    assert _run_on() == []
    found = _run_on(word="小于")
    assert [(f.code, f.figure, f.expected) for f in found] == [
        ("R-DIRECTION", "决算数小于年初预算数", "决算数大于年初预算数")]
    assert found[0].quote.startswith("一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）一般行政管理事务（项）")
    assert found[0].quote.endswith("主要原因是年中追加调研任务；")
    assert "机关服务" not in found[0].quote


def test_a_run_on_clause_named_with_another_kuan_quotes_its_name():
    """The second clause names its 款 财政事务 (20106, not in the tables); its 180.00 is 2010302's, under 20103: the
    name is wrong, and the quote runs from the clause's names to its 决算."""
    found = _run_on(kuan="财政事务")
    assert [(f.code, f.figure, f.expected) for f in found] == [
        ("R-CODE-NAME", "财政事务（款）", "政府办公厅（室）及相关机构事务（款）")]
    assert found[0].quote.startswith("一般公共服务支出（类）财政事务（款）一般行政管理事务（项）年初预算150.00万元")


# --- the projects' 预算 in the 绩效 paragraph written as their 决算 ------------------------------------------------

def _performance(budget: str, final: str = "300.00") -> list[tuple[str, str, str]]:
    more = ("十、预算绩效管理情况", f"本会2024年度对2个项目开展绩效自评，涉及预算金额{budget}万元，决算{final}万元。")
    return [(f.code, f.figure, f.expected) for f in _run_on(more=more)]


def test_the_projects_budget_written_as_their_final():
    """The 项目支出 is 一般行政管理事务 180.00 and 机关服务 120.00 (no 基本支出 in either row), their 年初预算
    150.00 and 120.00 in 五(三): the projects' 决算 300.00 is all the 项目支出, their 预算 270.00 — written 300.00,
    the 决算 put for it."""
    assert _performance("300.00") == [("R-SUM", "300.00万元", "270.00万元")]
    assert _performance("270.00") == []
    # a 预算 that is neither may be the 全年预算 (not given in the text): not questioned
    assert _performance("310.00") == []
    # a 决算 that is not all the 项目支出: which projects they are is not known
    assert _performance("180.00", "180.00") == []
    # a 项 named under another 款 (R-CODE-NAME) is still its row's by its 项 name and 决算
    more = ("十、预算绩效管理情况", "本会2024年度对2个项目开展绩效自评，涉及预算金额300.00万元，决算300.00万元。")
    assert sorted((f.code, f.expected) for f in _run_on(kuan="财政事务", more=more)) == [
        ("R-CODE-NAME", "政府办公厅（室）及相关机构事务（款）"), ("R-SUM", "270.00万元")]


def test_no_projects_budget_where_a_row_mixes_kinds_or_a_full_budget_is_given():
    more = ("十、预算绩效管理情况", "本会2024年度对2个项目开展绩效自评，涉及预算金额300.00万元，决算300.00万元。")
    full = _RUN_ON.replace("机关服务（项）年初预算120.00万元，",
                           "机关服务（项）年初预算120.00万元，全年预算120.00万元，")
    assert [f for f in _run_on(more=more, run_on=full) if f.code == "R-SUM"] == []
    # 机关服务 of both kinds (20.00 基本, 100.00 项目): its 项目支出's budget is not said apart
    mixed = [[*r[:3], "420.00", "280.00"] if r[0] in ("", "201", "20103") else r for r in _T5]
    mixed = [[*r[:3], "20.00", "100.00"] if r[0] == "2010303" else r for r in mixed]
    assert [f for f in _run_on(more=more, table=mixed) if f.code == "R-SUM"] == []
