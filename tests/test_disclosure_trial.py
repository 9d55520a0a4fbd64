"""The tester's unit (a 行政单位 with 其他收入, ``fiscal_final`` on its spending lines, no [disclosure])
and round trips disclose → import-tables that must leave the data file's figures as they were."""

from __future__ import annotations

import re
from decimal import Decimal as D
from pathlib import Path

import pytest

from juesuan.cli import main
from juesuan.disclosure.api import disclose, xlsx_bytes
from juesuan.disclosure.grid import grid
from juesuan.disclosure.importer import import_tables
from juesuan.report import analyze
from juesuan.sources.datafile import load, parse_document, read_document, sample_path

HERE = Path(__file__).parent
NONGYE = HERE / "data" / "disclosure_nongye.toml"
RICH = HERE / "data" / "disclosure_rich.toml"


@pytest.fixture(scope="module")
def nongye():
    return disclose(*load(NONGYE))


def test_undetermined_lines_give_one_finding_not_cascading_errors(nongye):
    d_codes = [f.code for f in nongye.findings if f.code.startswith("D-") and f.level.value == "错误"]
    assert d_codes.count("D-LINES-NEEDED") == 1
    assert not [c for c in d_codes if c.startswith("D-T")]
    needed = next(f for f in nongye.findings if f.code == "D-LINES-NEEDED")
    assert "[[disclosure.lines]]" in needed.message and "general_basic" in needed.message


def test_unit_level_figures_fill_the_totals(nongye):
    t = nongye.tables
    t2 = t["公开02"].find("name", "合计")
    assert t2.values["fiscal"] == D("9987654.32") and t2.values["other"] == D("186430.50")
    assert t["公开02"].coded()["2130101"].values["fiscal"] is None  # not determined: blank, never 0
    t3 = t["公开03"].find("name", "合计")
    assert t3.values["project"] == D("1873000.00")
    t4 = t["公开04"].find("out_name", "本年支出合计")
    assert t4.values["out_general"] == D("9897680.60")
    t6 = t["公开06"].find("p_name", "人员经费合计")
    assert (t6.values["p_amount"], t6.values["c_amount"]) == (D("6950000.00"), D("1112326.28"))


def test_text_makes_no_false_statements(nongye):
    plain = nongye.text.plain()
    assert "一般公共预算财政拨款支出989.77万元" in plain
    assert "没有一般公共预算财政拨款" not in plain and "支出0.00万元，占本年支出合计" not in plain
    assert "没有政府采购支出" not in plain and "未填报政府采购支出情况" in plain
    assert "财政拨款收入998.77万元，占" in plain


def test_fiscal_total_compared_like_with_like(nongye):
    plain = nongye.text.plain()
    assert "增加108.97万元" not in plain  # 总计 (with 年初结转) against last year's income alone
    assert "其中，本年财政拨款收入998.77万元。与2023年度相比，本年财政拨款收入增加57.74万元，增长6.14%" in plain


def test_notes_name_a_unit_or_a_department(nongye):
    notes = grid(nongye.tables["公开02"]).notes
    assert any(n.startswith("注：本表反映单位本年度") for n in notes)
    rich = disclose(*load(RICH))
    doc = read_document(RICH)
    doc["disclosure"]["department"] = True
    dept = disclose(*parse_document(doc))
    assert any("本表反映部门" in n for n in grid(dept.tables["公开05"]).notes)
    assert rich.tables["公开05"].department is rich.books.d.department


def test_procurement_given_as_zero_says_none():
    doc = read_document(RICH)
    doc["disclosure"]["procurement"] = {"goods": D(0)}
    plain = disclose(*parse_document(doc)).text.plain()
    assert "无政府采购支出" in plain


def _errors(data, findings):
    return {(f.code, f.message) for f in analyze(data, findings).findings if f.level.value == "错误"}


@pytest.mark.parametrize("path", [NONGYE, RICH, sample_path()], ids=["nongye", "rich", "sample"])
def test_round_trip_on_the_full_file_changes_no_figure(path, tmp_path):
    doc = read_document(path)
    data, findings = parse_document(doc)
    book = tmp_path / "t.xlsx"
    book.write_bytes(xlsx_bytes(disclose(data, findings)))
    new, found = import_tables(book, doc)
    again, more = parse_document(new)
    assert _errors(again, more) <= _errors(data, findings)
    for part in ("income", "spending", "controlled", "balances", "functions"):
        assert getattr(again, part) == getattr(data, part), part
    assert not [f for f in found if f.code == "D-IMPORT-BASIC"]


def test_import_command_leaves_an_agreeing_file_untouched(tmp_path):
    src = tmp_path / "nongye.toml"
    src.write_bytes(NONGYE.read_bytes())
    book = tmp_path / "t.xlsx"
    book.write_bytes(xlsx_bytes(disclose(*load(src))))
    main(["import-tables", str(book), str(src)])
    assert src.read_bytes() == NONGYE.read_bytes()  # comments and layout kept


WENLV = HERE / "data" / "published" / "putuo_wenlv_2025.toml"


def _five_three(result) -> str:
    return next(" ".join(s.paragraphs) for s in result.text.sections if s.heading.startswith("（三）一般"))


def test_fund_line_typed_with_a_zero_general_budget_keeps_the_other_budgets():
    """issue 19: a 政府性基金 line typed ``general_budget = 0.00`` (it has no 一般公共预算 budget) made every
    other line's [[functions]] budget disappear from 五(三), whose 年初预算 then read 0.00 and whose
    reason (for a fall) was attached to a rise. A line whose spending is all one fund takes its
    [[functions]] budget as that fund's; a 五(三) budget over part of the 项 is never stated."""
    doc = read_document(WENLV)
    for line in doc["disclosure"]["lines"]:
        if line["code"] in ("2070904", "2121999"):
            line["general_budget"] = D("0.00")
        elif len(line["code"]) == 7:  # a 项 (the 类/款 rows typed as printed carry no budget)
            line.pop("general_budget", None)  # the [[functions]] budget stands for it
    five = _five_three(disclose(*parse_document(doc)))
    assert "一般公共预算财政拨款支出年初预算为27780.13万元" in five and "决算数小于预算数的主要原因：" in five
    assert five == _five_three(disclose(*load(WENLV)))
    eight = next(" ".join(s.paragraphs) for s in disclose(*load(WENLV)).text.sections if s.heading.startswith("八、"))
    assert "年初预算为0.00万元，支出决算为2.80万元。决算数大于预算数的主要原因：" in eight


def test_a_budget_left_blank_on_one_line_is_zero_and_named():
    """One blank principle (core.blanks): the official tables leave 0 blank, so a 项 blank in a budget
    column its siblings fill is 0 — stated as 年初预算为0.00万元 (the writer's one wording) —
    and 审核 names the cell to fill if it is not 0."""
    doc = read_document(WENLV)
    line = next(x for x in doc["disclosure"]["lines"] if x["code"] == "2070101")
    line.pop("general_budget")
    function = next(x for x in doc["functions"] if x["code"] == "2070101")
    function.pop("budget")
    result = disclose(*parse_document(doc))
    five = _five_three(result)
    assert five.startswith("一般公共预算财政拨款支出年初预算为")
    assert ("行政运行（项）。主要用于：维持局本部日常运转发生的人员和公用支出。"
            "年初预算为0.00万元，支出决算为457.86万元。") in five
    note = [f for f in analyze(*parse_document(doc)).findings if f.code == "I-BLANK-AS-ZERO"]
    assert any("2070101" in f.message and "本年预算留空，按0计算" in f.message for f in note), note


# The second published unit's sentences in the template's words (tests/data/published/putuo_wenlv_2025.txt),
# where the publisher followed the template and its figures are not recomputed from rounded table parts.
WENLV_PHRASES = (
    "上海市普陀区文化和旅游局2025年度收入支出总计26591.08万元。与2024年度相比，收入支出总计增加8487.88万元，"
    "增长46.89%。主要原因：项目经费收入支出增加。",
    "上海市普陀区文化和旅游局2025年度财政拨款收入支出总计26538.47万元。与2024年度相比，财政拨款收入支出总计增加"
    "8487.88万元，增长47.02%。主要原因：项目经费收入支出增加。",
    "“三公”经费财政拨款支出年初预算为11.49万元，支出决算为3.04万元，完成预算的26.46%，其中：",
    "公务接待费支出决算为0.40万元，完成预算的18.96%。2025年度“三公”经费支出决算数小于预算数的主要原因：进一步落实"
    "厉行节约有关规定，严控经费支出。",
    "1、文化旅游体育与传媒支出（类）旅游发展基金支出（款）地方旅游开发项目补助（项）。主要用于：旅游厕所质量提升工程。",
    "编报绩效目标的2025年度项目43个，涉及预算金额12339.45万元；绩效跟踪评价的2025年度项目43个，涉及预算金额12339.45"
    "万元；绩效自评的2025年度项目43个，涉及预算金额12339.45万元，平均得分99.38分（其中，绩效评级为“优”的项目43个；"
    "绩效评级为“良”的项目0个；绩效评级为“合格”的项目0个；绩效评级为“不合格”的项目0个。绩效自评中共发现问题0个，"
    "已经完成整改的0个，正在整改的0个）。",
    "机关运行经费支出166.45万元，比2024年度减少22.50万元，下降11.91%。主要原因是厉行节约，严格控制成本。",
    "上海市普陀区文化和旅游局2025年度政府采购金额（以合同签订为准）为7571.90万元，其中：货物采购金额410.53万元、"
    "工程采购金额4276.20万元、服务采购金额2885.17万元。",
    "2025年度本部门面向中小企业预留政府采购项目预算金额3602.16万元，面向小微企业预留政府采购项目预算金额1646.91万元。"
    "在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额1913.49万元；在面向小微企业预留政府"
    "采购项目中，由小微企业供应商中标或成交的，采购金额1622.80万元；",
    "公务用车运行维护支出2.64万元。主要用于安排市内因公出差、公务文件交换、日常工作开展等所需公务用车燃料费、维修费、"
    "过路过桥费、保险费等支出。2025年，上海市普陀区文化和旅游局所属各预算单位开支财政拨款的公务用车保有量为4辆。",
    "主要用于公务接待伙食费支出，公务接待2批次、24人次，其中：接待外宾0批次、0人次。",
    "共有车辆4辆，其中：部级领导干部用车0辆、主要领导干部用车0辆、机要通信用车0辆、应急保障用车0辆、执法执勤用车0辆、"
    "特种专业技术用车0辆、离退休干部用车0辆、其他用车4辆。",
)


@pytest.mark.parametrize("phrase", WENLV_PHRASES, ids=range(len(WENLV_PHRASES)))
def test_second_published_unit_in_the_templates_words(phrase):
    import re

    def squeeze(text: str) -> str:
        return re.sub(r"\s+", "", text)

    published = squeeze((WENLV.with_suffix(".txt")).read_text(encoding="utf-8"))
    assert squeeze(phrase) in squeeze(disclose(*load(WENLV)).text.plain())
    assert squeeze(phrase) in published


def test_indicator_not_computed_names_the_input_to_fill():
    """issue 19: 人均基本支出 “未计算（缺少离退休人员支出）” with no finding asking for it."""
    data, findings = load(sample_path())
    report = analyze(data, findings)
    asked = {f.path: f for f in report.findings if f.code == "I-INDICATOR-INPUT"}
    assert ("people", "retiree_expense") in asked
    assert "人均基本支出" in asked[("people", "retiree_expense")].message
    assert asked[("people", "retiree_expense")].level.value == "提示"
    doc = read_document(sample_path())
    doc.setdefault("people", {})["retiree_expense"] = D("0.00")
    again = analyze(*parse_document(doc))
    assert ("people", "retiree_expense") not in {f.path for f in again.findings if f.code == "I-INDICATOR-INPUT"}


def test_an_indicator_input_has_one_name_the_workbook_label():
    """人均基本支出 said 「缺少…实际在编人数」 and asked to 「填写实际在编人数」 while the cell it pointed at is
    labelled 年末在职人数: the formula, the report's 未计算 and the finding use the 单位信息 label."""
    from juesuan.core.indicators import definitions
    from juesuan.sources.layout import UNIT_FIELDS

    labels = {path: label for path, label, _ in UNIT_FIELDS}
    data, findings = load(sample_path())
    report = analyze(data, findings)
    asked = {f.path: f.message for f in report.findings if f.code == "I-INDICATOR-INPUT"}
    assert ("people", "staff_year_end") in asked
    for path, message in asked.items():
        assert f"请在单位信息中填写{labels['.'.join(path)]}；" in message
    basic = next(i for i in report.indicators if i.key == "basic_spending_per_capita")
    assert basic.missing == (labels["people.retiree_expense"], labels["people.staff_year_end"])
    assert basic.formula.endswith(f"÷{labels['people.staff_year_end']}（元/人）")
    for d in definitions(report.figures):
        for label, e in d.inputs:
            if getattr(e, "name", "").startswith("people:"):
                assert label == labels[e.name.replace(":", ".")], d.key


def _nongye_without_prior_opening(**prior):
    """The trial's shape: 年初结转和结余 this year, last year's not given."""
    doc = read_document(NONGYE)
    opening = next(x for x in doc["income"] if x["item"] == "年初结转和结余")
    del opening["prior_final"]
    if prior:
        doc.setdefault("disclosure", {})["prior"] = prior
    return disclose(*parse_document(doc))


def _section(result, number: str) -> str:
    return next(" ".join(s.paragraphs) for s in result.text.sections if s.heading.startswith(number))


def _incomplete(result, key: str) -> list[str]:
    """The D-TEXT-INCOMPLETE messages that ask for [disclosure.prior] ``key`` (「…总计（total）」)."""
    return [f.message for f in result.findings if f.code == "D-TEXT-INCOMPLETE"
            and re.search(rf"\[disclosure\.prior\] 中填写：[^（]+（{key}）", f.message)]


def test_total_compared_only_like_for_like(nongye):
    """Trial D2: this year's 收入支出总计 (with 年初结转和结余) was compared with last year's 本年收入 alone
    (1068.64 − 955.30 = 113.34万元 overstated). Without last year's 年初结转和结余 there is no comparison,
    and the finding names [disclosure.prior] total; 四 compares 本年财政拨款收入 and names fiscal_total."""
    result = _nongye_without_prior_opening()
    one = _section(result, "一、")
    assert one == "某县农业农村局2024年度收入支出总计1068.64万元。"
    assert _incomplete(result, "total")
    four = _section(result, "四、")
    assert "与2023年度相比，本年财政拨款收入增加57.74万元，增长6.14%" in four
    assert "财政拨款收入支出总计增加" not in four and _incomplete(result, "fiscal_total")
    # derivable: 9,410,220.15 + 142,800.00 + 465,600.85 = 10,018,621.00 against 10,686,384.82
    assert "与2023年度相比，收入支出总计增加66.78万元，增长6.67%" in _section(nongye, "一、")
    assert not _incomplete(nongye, "total")


def test_typed_prior_totals_are_compared():
    result = _nongye_without_prior_opening(total=D("10000000.00"), fiscal_total=D("10000000.00"))
    assert "与2023年度相比，收入支出总计增加68.64万元，增长6.86%" in _section(result, "一、")
    assert "与2023年度相比，财政拨款收入支出总计增加50.00万元，增长5.00%" in _section(result, "四、")
    assert not _incomplete(result, "total") and not _incomplete(result, "fiscal_total")


WENHUAGUAN = HERE / "data" / "disclosure_wenhuaguan.toml"


@pytest.fixture(scope="module")
def wenhuaguan():
    return disclose(*load(WENHUAGUAN))


def _section(result, start: str) -> str:
    """The paragraphs of the 情况说明 part headed ``start`` (一、…) and its （一）… sub-parts."""
    out, inside = [], False
    for s in result.text.sections:
        if s.level == 1:
            inside = s.heading.startswith(start)
        if inside:
            out.extend(s.paragraphs)
    return "\n".join(out)


def test_a_missing_reason_is_seen_in_the_public_text(wenhuaguan):
    """trial D3: a 项 whose reason is not given keeps the template's sentence with 未填报 (as D-TEXT-BLANK's
    parts), not a silent stop — so do its 主要用于 and 年初预算; a 项 with 年初预算 0 says it was not
    budgeted at year start."""
    five = _section(wenhuaguan, "五、")
    assert "1、文化旅游体育与传媒支出（类）文化和旅游（款）群众文化（项）。主要用于：未填报。年初预算未填报，" in five
    assert ("2、文化旅游体育与传媒支出（类）文化和旅游（款）其他文化和旅游支出（项）。主要用于：未填报。"
            "年初预算为0.00万元，支出决算为85.00万元。决算数大于预算数的主要原因未填报。") in five
    assert "年初预算为40.00万元，支出决算为39.00万元。决算数小于预算数的主要原因未填报。" in five
    assert "年初预算为52.00万元，支出决算为52.00万元。决算数与预算数持平。\n" in five  # equal: no reason asked
    missing = {f.path[-1] for f in wenhuaguan.findings if f.code == "D-REASON-MISSING"}
    assert {"2070199", "2101102", "2210201"} <= missing
    seven = _section(wenhuaguan, "七、")
    assert "公务接待费支出减少的主要原因未填报。" in seven and "预算数的主要原因未填报。" in seven
    four = _section(wenhuaguan, "四、")
    assert four.endswith("增长3.84%。主要原因未填报。")


def test_a_single_units_text_is_a_units(wenhuaguan):
    """trial D4/D5/D8: no 主要用于 the unit did not write; 「所属各预算单位」 only for a 部门; 二、机构设置."""
    seven = _section(wenhuaguan, "七、")
    assert ("公务用车运行维护支出2.88万元。主要用于：未填报。"
            "2024年，上海市浦江区文化馆开支财政拨款的公务用车保有量为1辆。") in seven
    plain = wenhuaguan.text.plain()
    assert "所属" not in plain and "燃料费" not in plain
    assert [s.heading for s in wenhuaguan.text.overview] == ["一、主要职能", "二、机构设置"]
    note = next(f for f in wenhuaguan.findings
                if f.code == "D-TEXT-BLANK" and f.path[:2] == ("disclosure", "three_public"))
    assert "car_running" in note.message


def test_report_states_income_and_spending_each_against_its_own_budget():
    """trial A2: 收入 and 支出 differ, so each has its own 决算 and comparison with the budget (收入
    完成预算的…, 支出 预算执行率…), and last year's figure says whose it is."""
    text = analyze(load(WENHUAGUAN)[0]).text()
    assert ("本年度单位收入决算为6,992,766.17元，比预算7,000,000.00元减少7,233.83元，完成预算的99.90%；"
            "支出决算为6,962,766.17元，比预算7,000,000.00元减少37,233.83元，预算执行率99.47%。") in text
    assert "2023年度支出决算为6,752,300.00元。" in text and "2023年度决算为" not in text


def test_a_purpose_typed_with_its_own_lead_says_the_lead_once(tmp_path):
    """The 公开说明 cell labelled 「公务用车运行维护支出主要用于」 typed as 「主要用于公务用车燃料费……」 (an
    accountant writes the sentence whole): 七 prints 主要用于 once (trial acct2: 「主要用于主要用于」)."""
    text = WENHUAGUAN.read_text(encoding="utf-8")
    words = {"car_running": "主要用于公务用车燃料费、维修费、保险费等。", "reception": "用于接待上级业务指导。"}
    extra = "".join(f'{k} = "{v}"\n' for k, v in words.items())
    assert "[disclosure.three_public]" not in text
    src = tmp_path / "u.toml"
    src.write_text(text + "\n[disclosure.three_public]\n" + extra, encoding="utf-8")
    seven = _section(disclose(*load(src)), "七、")
    assert "主要用于公务用车燃料费、维修费、保险费等。" in seven and "主要用于主要用于" not in seven
    assert "主要用于接待上级业务指导" in seven and "主要用于用于" not in seven
