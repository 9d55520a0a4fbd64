"""The narrative's parts: writing rules (phrases), computed heading numbers, small section bodies."""

from __future__ import annotations

import ast
from decimal import Decimal as D
from pathlib import Path

import pytest

from juesuan.narrative import phrases as ph
from juesuan.narrative.outline import Node, Paragraph, Style, chinese_number, number, render

NARRATIVE = Path(__file__).parent.parent / "src" / "juesuan" / "narrative"


@pytest.mark.parametrize(("n", "text"), [(1, "一"), (9, "九"), (10, "十"), (12, "十二"), (20, "二十"), (23, "二十三")])
def test_chinese_numbers(n, text):
    assert chinese_number(n) == text


def test_heading_labels_by_level():
    assert [number(level, 2) for level in (1, 2, 3, 4)] == ["二、", "（二）", "2．", "（2）"]


def test_heading_numbers_come_from_depth_and_position():
    def body(text):
        return lambda ctx: [Paragraph(Style.BODY, text)]

    tree = (
        Node("甲", children=(Node("子一", body("x")), Node("子二", children=(Node("孙", children=(Node("曾孙"),)),)))),
        Node("乙"),
        Node("附：指标", numbered=False, children=(Node("行政"), Node("事业")), tail=body("表")),
    )
    out = [(p.style, p.text) for p in render(tree, None)]
    assert out == [
        ("h1", "一、甲"), ("h2", "（一）子一"), ("body", "x"), ("h2", "（二）子二"), ("h3", "1．孙"),
        ("h4", "（1）曾孙"), ("h1", "二、乙"), ("h1", "附：指标"), ("h2", "一、行政"), ("h2", "二、事业"),
        ("body", "表"),
    ]


def test_paragraph_dict_is_plain_text():
    assert Paragraph(Style.CHART, ref="x").as_dict() == {"style": "chart", "text": "", "ref": "x"}


def test_direction_words_follow_the_sign():
    assert ph.delta(D(150), D(100), yoy=True) == "增加50.00元，同比增长50.00%"
    assert ph.delta(D(50), D(100), yoy=False) == "减少50.00元，下降50.00%"
    assert ph.delta(D(100), D(100), yoy=True) == "持平"
    assert ph.change(D(100), D(100), yoy=True) == "与上年持平"
    assert ph.delta(None, D(1), yoy=True) == ""


def test_no_percentage_over_a_zero_base():
    assert ph.delta(D(5), D(0), yoy=True, noun="支出") == "增加5.00元（上年无此项支出）"
    assert ph.share(D(1), D(0)) == ""


def test_no_budget_is_said_once_in_one_wording():
    """eyes5 A7/C2: 「预算0.00万元…（未安排预算）」 and 「比预算0.00万元增加0.88万元」 said it twice."""
    assert ph.vs_budget(D(5), D(0)) == "未安排预算"
    assert ph.vs_budget(D(5), D(0), show_base=True, budget_word="年初预算") == "未安排年初预算"
    assert ph.plan_and_final(D(0), D(5)) == "决算5.00元（未安排预算）"
    assert ph.plan_and_final(D(0), D(0)) == ""
    assert ph.plan_and_final(D(4), D(5)) == "预算4.00元、决算5.00元，执行率125.00%"


def test_zero_against_zero_is_no_comparison():
    """eyes5 A6/C3: 「上缴上级支出预算与上年持平」 where both years are 0 reads as if the unit had it."""
    assert ph.delta(D(0), D(0), yoy=True) == ""
    assert ph.change(D(0), D(0), yoy=True) == ""
    assert ph.delta(D(0), D(3), yoy=True) == "减少3.00元，同比下降100.00%"


def test_budget_comparison_never_says_tong_bi():
    text = ph.vs_budget(D("7138.17"), D(20000), word="完成预算", show_base=True)
    assert text == "比预算20,000.00元减少12,861.83元，完成预算的35.69%"
    assert "同比" not in text
    assert ph.vs_budget(D(10), D(10)) == "与预算持平，执行率100.00%"


def test_money_in_wan():
    assert ph.change(D(2656000), D("1204328.55"), yoy=False, unit="万元") == "比上年增加145.17万元，增长120.54%"


def test_grouped_reasons_name_every_line_once():
    text = ph.grouped_reasons([("工作需要", "甲", D(1), ""), ("工作需要；", "乙", D(2), ""),
                               ("另有原因", "丙", D(-1), ""), ("工作需要", "甲", D(1), "")])
    assert text == "甲、乙增加的主要原因是：工作需要。丙减少的主要原因是：另有原因。"
    mixed = ph.grouped_reasons([("同一原因", "甲", D(1), ""), ("同一原因", "乙", D(-1), "")])
    assert mixed == "甲增加、乙减少的主要原因是：同一原因。"


def test_reasons_name_the_comparison_they_explain():
    both = ph.grouped_reasons([("压缩开支", "车", D(-1), "比上年"), ("压缩开支", "车", D(-2), "比预算")])
    assert both == "车比上年、比预算减少的主要原因是：压缩开支。"
    mixed = ph.grouped_reasons([("甲因", "车", D(1), "比上年"), ("甲因", "车", D(-2), "比预算")])
    assert mixed == "车比上年增加、比预算减少的主要原因是：甲因。"


def test_a_reason_printed_before_is_referred_back_to():
    said: dict[str, str] = {}
    first = ph.grouped_reasons([("招录人员", "人员经费", D(1), "")], said, "二（一）")
    again = ph.grouped_reasons([("招录人员。", "决算总额", D(1), "")], said, "二（一）")
    later = ph.grouped_reasons([("招录人员", "一般公共服务支出", D(1), "")], said, "二（二）1（2）")
    assert first == "人员经费增加的主要原因是：招录人员。"
    assert again == "决算总额增加的原因同上。"
    assert later == "一般公共服务支出增加的主要原因见二（一）。"


def test_a_reason_printed_in_an_enclosing_section_is_printed_again():
    said: dict[str, str] = {}
    ph.grouped_reasons([("招录人员", "人员经费", D(1), "比上年")], said, "二（二）")
    inner = ph.grouped_reasons([("招录人员", "行政运行", D(1), "比上年")], said, "二（二）1（2）")
    assert inner == "行政运行比上年增加的主要原因是：招录人员。"  # not "见二（二）" from inside 二（二）
    ph.grouped_reasons([("另因", "甲", D(1), "")], said, "二（二）1")
    assert ph.grouped_reasons([("另因", "乙", D(1), "")], said, "二（二）10") == "乙增加的主要原因见二（二）1。"


@pytest.mark.parametrize(("raw", "out"), [("原因", "原因。"), (" 原因； ", "原因。"), ("好！", "好！"), ("", "")])
def test_sentence_end(raw, out):
    assert ph.sentence_end(raw) == out


def test_no_function_in_the_narrative_is_long():
    long = []
    for path in NARRATIVE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and node.end_lineno - node.lineno + 1 > 80:
                long.append(f"{path.name}:{node.name}")
    assert not long


def test_no_heading_number_is_typed():
    for path in NARRATIVE.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for label in ("一、", "（一）", "1．", "（1）"):
            assert f'"{label}' not in source, (path.name, label)


# -- reasons: one registry of keys for analyze and disclose (issue 19) -------------------------------

def _unit(reasons: dict, income: list | None = None, controlled: dict | None = None):
    from juesuan.core.parse import parse
    from tests.rich import rich_document

    doc = rich_document()
    if income is not None:
        doc["income"] = income
    for row in doc["controlled"]:
        row.update((controlled or {}).get(row["item"], {}))
    for row in doc["controlled"]:  # every 三公 item with both comparisons' figures
        row.setdefault("prior_final", D(0))
        row.setdefault("budget", D(0))
    doc["reasons"] = reasons
    data, findings = parse(doc)
    assert findings == [], findings
    return data


def _reason_codes(report):
    return [(f.code, f.message) for f in report.findings if f.code.startswith("W-REASON")]


def test_every_registered_reason_key_is_accepted_and_printed():
    """财政拨款 / “三公”经费 / 合计, typed in any registered spelling: no ORPHAN, no UNUSED, and the
    text prints the reason."""
    from juesuan.core import reason_keys as rk
    from juesuan.report import analyze

    for k in rk.SUMMARY_KEYS:
        for typed in (k.typed, *k.aliases):
            comparison = "final_yoy"
            report = analyze(_unit({comparison: {typed: f"专门说明{len(typed)}号"}}))
            codes = [x[0] for x in _reason_codes(report)]
            assert "W-REASON-ORPHAN" not in codes, typed
            if k.in_report:
                assert "W-REASON-UNUSED" not in codes, typed
                assert f"专门说明{len(typed)}号" in report.text(), typed
            else:  # read by the 决算公开 only: unused while the unit has no [disclosure] table
                assert "W-REASON-UNUSED" in codes, typed


def test_other_income_reason_is_used_where_its_change_is_printed():
    from juesuan.report import analyze

    income = [
        {"item": "一般公共预算财政拨款收入", "budget": D("2556000.00"), "final": D("4177326.79"),
         "prior_final": D("2515391.63")},
        {"item": "其他收入", "budget": D("0"), "final": D("500000.00"), "prior_final": D("100000.00")},
    ]
    bare = analyze(_unit({}, income))
    asked = [m for c, m in _reason_codes(bare) if c == "W-REASON-MISSING" and "“其他收入”" in m]
    assert any("对比“决算与上年决算对比”下为“其他收入”填写原因" in m for m in asked), asked
    given = analyze(_unit({"final_yoy": {"其他收入": "新增房租收入"}, "final_vs_budget": {"其他收入": "未编预算"}},
                          income))
    assert not [x for x in _reason_codes(given) if "其他收入" in x[1]]
    text = given.text()
    assert "其他收入比上年增加的主要原因是：新增房租收入。" in text
    # the 财政拨款 part differs from the total here: its own reason is asked for by its key
    assert any("“财政拨款”填写原因" in m for c, m in _reason_codes(bare) if c == "W-REASON-MISSING")


def test_fiscal_section_compares_with_last_year_and_prints_the_fiscal_reason():
    from juesuan.report import analyze

    report = analyze(_unit({"final_yoy": {"财政拨款": "追加人员经费"}}))
    body = report.text()
    section = body[body.index("财政拨款收入、支出分析"):body.index("非财政拨款收入分析")]
    assert "财政拨款收入决算比上年2,515,391.63元增加2,061,935.16元，同比增长81.97%。" in section
    assert "财政拨款收入比上年增加的主要原因是：追加人员经费。" in section
    assert not [x for x in _reason_codes(report) if x[0] in ("W-REASON-ORPHAN", "W-REASON-UNUSED")]


def test_disclose_names_the_key_it_asks_for_and_accepts_it():
    from juesuan.disclosure.api import disclose

    bare = disclose(_unit({}))
    asks = [f.message for f in bare.findings if f.code == "D-REASON-MISSING"]
    assert asks and all("下为“" in m and "”填写原因" in m for m in asks)
    keys = [f.path[-1] for f in bare.findings if f.code == "D-REASON-MISSING"]
    given = {"final_yoy": {}, "final_vs_budget": {}}
    for f in bare.findings:
        if f.code == "D-REASON-MISSING":
            given[f.path[1]][f.path[2]] = f"原因{f.path[2]}"
    # the exact keys asked for, typed back: disclose is satisfied and analyze accepts every one
    from juesuan.report import analyze

    data = _unit({c_: {("合计" if k == "total" else k): t for k, t in v.items()} for c_, v in given.items() if v})
    assert not [f for f in disclose(data).findings if f.code == "D-REASON-MISSING"]
    assert not [x for x in _reason_codes(analyze(data)) if x[0] in ("W-REASON-ORPHAN", "W-REASON-UNUSED")], keys


# -- words (issue 19) ----------------------------------------------------------------------------

def test_a_parent_is_named_once_in_a_subject():
    p = ph.within("社会保障和就业支出", "机关事业单位基本养老保险缴费支出")
    q = ph.within("社会保障和就业支出", "机关事业单位职业年金缴费支出")
    text = ph.grouped_reasons([("缴费基数调整", p, D(1), ""), ("缴费基数调整", q, D(2), "")])
    assert text == ("社会保障和就业支出中机关事业单位基本养老保险缴费支出、机关事业单位职业年金缴费支出增加"
                    "的主要原因是：缴费基数调整。")
    mixed = ph.grouped_reasons([("同因", p, D(1), ""), ("同因", q, D(-1), ""), ("同因", "卫生健康支出", D(-1), "")])
    assert mixed.count("社会保障和就业支出") == 1
    assert mixed.startswith("社会保障和就业支出中机关事业单位基本养老保险缴费支出增加、"
                            "机关事业单位职业年金缴费支出减少、卫生健康支出减少")


def test_used_for_is_said_once():
    assert ph.used_for("用于机关日常运转") == "主要用于：机关日常运转。"
    assert ph.used_for("主要用于：人员工资") == "主要用于：人员工资。"
    assert ph.used_for("保障运行") == "主要用于：保障运行。"


def test_spending_classes_and_income_sources_are_not_one_subject():
    from juesuan.report import analyze

    same = "年中追加经费"
    report = analyze(_unit({"final_vs_budget": {"201": same, "一般公共预算财政拨款收入": same}}))
    text = report.text()
    assert "一般公共服务支出比预算增加的主要原因是：年中追加经费。" in text
    assert "一般公共服务支出、一般公共预算财政拨款收入" not in text
    assert "一般公共预算财政拨款收入比预算增加的原因同上。" in text


def test_indicator_formula_names_the_budget_entered(sample_report):
    formulas = [i.formula for i in sample_report.indicators if "预算数" in i.formula]
    assert formulas and all("调整预算数" not in f and "÷预算数" in f for f in formulas)
    assert "调整预算数" not in sample_report.text()


def test_each_change_is_stated_once(sample_report):
    text = sample_report.text()
    # 二(二), 2(2) 收入 and 2(2) 支出 each stated it before; now 2(2) once and 4 财政拨款 once
    assert text.count("增加2,061,935.16元") == 2
    assert "2020年度2,615,391.63元增加2,061,935.16元" in text and "财政拨款收入决算比上年2,615,391.63元增加" in text
    assert text.count("增加2,021,326.79元") == 2  # 二(二) total, 4 财政拨款收入 (not its 支出 again)


def test_consecutive_sentences_about_one_parent_name_it_once():
    a, b = ph.within("住房保障支出", "住房公积金"), ph.within("住房保障支出", "购房补贴")
    text = ph.grouped_reasons([("调标", a, D(1), "比预算"), ("职级变动", b, D(-1), "比预算"),
                               ("另因", "卫生健康支出", D(1), "比预算")])
    assert text == ("住房保障支出中，住房公积金比预算增加的主要原因是：调标；购房补贴比预算减少的主要原因是：职级变动。"
                    "卫生健康支出比预算增加的主要原因是：另因。")
    alone = ph.grouped_reasons([("调标", a, D(1), "")])
    assert alone == "住房保障支出中住房公积金增加的主要原因是：调标。"


def test_a_total_reason_covers_the_parts_that_move_its_way():
    """“三公经费” given against the budget: each item that fell with the total needs no reason of
    its own; an item that rose while the total fell still does."""
    from juesuan.report import analyze

    def asked(report):
        return {f.path[2] for f in report.findings if f.code == "W-REASON-MISSING" and f.path[1] == "final_vs_budget"}

    bare = analyze(_unit({}))
    given = analyze(_unit({"final_vs_budget": {"三公经费": "压减公务用车支出"}}))
    items = {"因公出国(境)费", "公务用车购置费", "公务用车运行维护费", "公务接待费"}
    assert asked(bare) & items and not asked(given) & items
    assert "“三公”经费比预算减少的主要原因是：压减公务用车支出。" in given.text()
    against = analyze(_unit({"final_vs_budget": {"三公经费": "压减公务用车支出"}},
                            controlled={"公务接待费": {"budget": D("1000.00"), "final": D("5000.00")}}))
    assert "公务接待费" in asked(against) and "公务用车运行维护费" not in asked(against)


def test_every_finding_that_asks_for_a_reason_names_its_comparison_and_key(sample):
    """Over the sample, the rich unit and the published units, in analyze and disclose: a finding
    asking for a reason says ``对比“…”下为“key”填写原因``; typing those keys back clears every such
    finding, and neither command calls the typed reason orphaned or unused."""
    import dataclasses
    import re
    from pathlib import Path

    from juesuan.core import catalog as c
    from juesuan.disclosure.api import disclose
    from juesuan.report import analyze
    from juesuan.sources.datafile import load

    units = [sample, _unit({})]
    for path in sorted((Path(__file__).parent / "data" / "published").glob("*[0-9].toml")):
        units.append(load(path)[0])
    ask = re.compile(r"对比“([^”]+)”下为“([^”]+)”填写原因")
    comparisons = {label: key for key, label in c.REASON_COMPARISONS.items()}

    def asks(data) -> list:
        found = [*analyze(data).findings, *disclose(data).findings]
        return [f for f in found if "原因" in f.message and "请在" in f.message
                and f.code not in ("W-REASON-ORPHAN", "W-REASON-UNUSED", "I-REASON-TAUTOLOGY")]

    seen = 0
    for data in units:
        reasons = {k: dict(v) for k, v in data.reasons.items()}
        for f in asks(data):
            m = ask.search(f.message)
            assert m, (f.code, f.message)
            seen += 1
            reasons.setdefault(comparisons[m.group(1)], {})[m.group(2)] = f"测试原因{seen}"
        typed = dataclasses.replace(data, reasons=reasons)
        assert [f.message for f in asks(typed) if f.code.endswith("REASON-MISSING")] == []
        assert ph.WITHIN not in analyze(typed).text()  # the parent mark never reaches the text
        bad = [f.message for f in analyze(typed).findings if f.code in ("W-REASON-ORPHAN", "W-REASON-UNUSED")
               and "测试原因" in str(reasons.get(f.path[1], {}).get(f.path[2], ""))]
        assert bad == []
    assert seen


def thirds(data):
    """``data`` with three equal natures of spending: each share rounds to 33.33%, together 99.99%."""
    from dataclasses import replace

    spending = tuple(replace(x, values={**x.values, "final": D("1000000.00"), "prior_final": D("2000000.00")})
                     for x in data.spending)
    assert len(spending) == 3
    return replace(data, spending=spending)


def test_the_share_table_and_the_text_print_one_figure(sample):
    """The 占比 column takes the 尾差 as the sentence does (33.34+33.33+33.33), the pie's legend too."""
    from juesuan.report import analyze

    report = analyze(thirds(sample))
    rows = [r for r in report.tables["structure_spending"].rows if not r.total]
    assert [r.values["s_final"] for r in rows] == [D("33.34"), D("33.33"), D("33.33")]
    assert [r.values["s_prior"] for r in rows] == [D("33.34"), D("33.33"), D("33.33")]
    assert report.tables["structure_spending"].note == "注：各项占比四舍五入后的尾差已计入人员经费。"
    text = report.text()
    assert "人员经费1,000,000.00元，占本年支出合计的33.34%；公用经费1,000,000.00元，占本年支出合计的33.33%" in text
    assert "（各项占比四舍五入后的尾差已计入人员经费。）" in text
    pie = next(c for c in report.charts if c.key == "spending_structure")
    assert pie.shares == (D("33.34"), D("33.33"), D("33.33"))
