"""决算公开: inputs, the nine tables, their checks, the 情况说明, the files and the commands."""

from __future__ import annotations

import copy
import dataclasses
from decimal import Decimal as D
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from juesuan.cli import main
from juesuan.core import catalog
from juesuan.core import public_vocab as vocab
from juesuan.core import reason_keys as rk
from juesuan.core.checks import run as run_core_checks
from juesuan.core.figures import build as build_figures
from juesuan.disclosure.api import disclose, docx_bytes, write_files, xlsx_bytes
from juesuan.disclosure.checks import check_tables
from juesuan.disclosure.importer import import_tables
from juesuan.disclosure.text import check_text
from juesuan.export.office import find_soffice
from juesuan.sources.datafile import (
    dumps,
    load,
    load_sample,
    loads_document,
    parse_document,
    read_document,
    sample_path,
)
from tests.conftest import examples

from .disclosure_units import disclosure_documents

HERE = Path(__file__).parent
RICH = HERE / "data" / "disclosure_rich.toml"
GOLDEN = HERE / "golden"


@pytest.fixture(scope="module")
def rich():
    data, findings = load(RICH)
    assert findings == []
    return disclose(data, findings)


@pytest.fixture(scope="module")
def sample_disclosed():
    return disclose(*load_sample())


def codes(findings) -> set[str]:
    return {f.code for f in findings}


# -- inputs ------------------------------------------------------------------------------------


def _bare_sample():
    """The sample unit as a version-1 data file: no [disclosure] table (a unit that gave nothing for it)."""
    doc = read_document(sample_path())
    del doc["disclosure"]
    return parse_document(doc)


def test_version1_files_stay_valid_and_carry_no_disclosure():
    data, findings = _bare_sample()
    assert findings == [] and data.disclosure is None
    data, findings = load_sample()  # the demo's sample gives its 公开说明 inputs
    assert findings == [] and data.disclosure is not None


def test_a_unit_that_gave_nothing_reads_unreported_and_is_told_each_part():
    """The sample without its [disclosure]: every part it lacks prints 未填报 (never made up), and each
    such part is a 警告 naming what to fill; the sample with its inputs prints no 未填报 at all."""
    result = disclose(*_bare_sample())
    plain = result.text.plain()
    blank = [f for f in result.findings if f.code == "D-TEXT-BLANK"]
    assert all(f.level.value == "警告" for f in blank)
    for printed, key in (("主要用于：未填报", "purpose"), ("未填报预算绩效管理情况", "[disclosure.performance]"),
                         ("未填报政府采购支出情况", "[disclosure.procurement]")):
        assert printed in plain
        assert any(printed in f.message and key in f.message for f in blank), (printed, [f.message for f in blank])
    full = disclose(*load_sample())
    assert "未填报" not in full.text.plain()
    assert not [f for f in full.findings if f.level.value != "提示"], [f.message for f in full.findings]


def test_rich_unit_round_trips_through_the_data_file(rich):
    data = rich.data
    again, findings = parse_document(loads_document(dumps(data).encode()))
    assert findings == []
    assert again == data


def test_the_region_chooses_the_templates_class_list():
    doc = read_document(RICH)
    doc["unit"] = {**doc["unit"], "year": 2024}
    doc["disclosure"] = {**doc["disclosure"], "region": "上海"}
    data, findings = parse_document(doc)
    assert not codes(findings) & {"E-REGION"} and data.disclosure.region == "上海"
    names = [str(r.values.get("out_name")) for r in disclose(data, findings).tables["公开01"].rows]
    assert "二十三、其他支出" in names and "二十四、抗疫特别国债安排的支出" in names
    assert not any("预备费" in n or "转移性支出" in n for n in names)


@pytest.mark.parametrize("patch, code", [
    ({"lines": [{"code": "21301x"}]}, "E-CODE"),
    ({"lines": [{"code": "2130101", "basic": "12万"}]}, "E-NOT-NUMBER"),
    ({"lines": [{"code": "2130101", "basci": 1}]}, "E-UNKNOWN-KEY"),
    ({"lines": [{"code": "2130101"}, {"code": "2130101"}]}, "E-DUPLICATE"),
    ({"basic_economics": [{"code": "30701", "final": 1}]}, "E-CODE"),
    ({"vehicles": {"主要领导干部用车": -1}}, "E-NEGATIVE"),
    ({"performance": {"average_score": 120}}, "E-SCORE"),
    ({"layout": {"公开05": {"extra_items": ["会议费"]}}}, "E-LAYOUT"),
    ({"department": "是"}, "E-NOT-BOOL"),
    ({"region": "火星"}, "E-REGION"),
    ({"region": 1}, "E-REGION"),
    ({"colour": 1}, "E-UNKNOWN-KEY"),
])
def test_bad_disclosure_input_gives_a_finding(patch, code):
    doc = read_document(RICH)
    doc["disclosure"] = {**doc["disclosure"], **patch}
    _, findings = parse_document(doc)
    assert code in codes(findings)
    assert all(f.path[0] == "disclosure" for f in findings if f.code == code)


def test_catalog_of_classes_is_keyed_by_year():
    assert ("234", "抗疫特别国债安排的支出") in catalog.function_classes(2021)
    assert "234" not in dict(catalog.function_classes(2023))
    assert catalog.function_classes(2010) == catalog.function_classes(2019)
    shanghai = catalog.function_classes(2024, "上海")  # the 2024 template's 表一: 24 lines
    assert len(shanghai) == 24 and shanghai[22] == ("229", "其他支出") and shanghai[23][0] == "234"
    assert not {"227", "230", "233"} & dict(shanghai).keys()
    assert catalog.function_classes(2030, "上海") == shanghai
    assert catalog.function_classes(2024, "无此地") == catalog.function_classes(2024)


# -- the nine tables ---------------------------------------------------------------------------


def test_rich_tables_pass_every_check(rich):
    assert rich.findings == []
    t1 = rich.tables["公开01"]
    assert t1.find("in_name", "总计").values["in_amount"] == D("9428000.87")
    assert t1.find("out_name", "总计").values["out_amount"] == D("9428000.87")
    t4 = rich.tables["公开04"]
    assert t4.find("in_name", "总计").values["in_amount"] == D("9078000.87")
    general = next(r for r in t4.rows if r.level == 1)  # the template's 年初 by fund, on the 收入 side
    assert general.values["in_name"] == "一、一般公共预算财政拨款" and general.values["in_amount"] == 0
    t8 = rich.tables["公开08"]
    assert not t8.empty
    assert [r.values["code"] for r in t8.rows] == ["", "212", "21208", "2120804"]
    assert rich.tables["公开09"].empty
    t6 = rich.tables["公开06"].find("p_name", "人员经费合计")
    assert (t6.values["p_amount"], t6.values["c_amount"]) == (D("4278000.87"), D("1600000.00"))
    t3 = rich.tables["公开03"].coded()
    assert t3["213"].values["total"] == D("5850000.00")  # 款 and 类 derived from their 项


def test_sample_tables(sample_disclosed):
    t = sample_disclosed.tables
    for key, fund in (("公开08", "政府性基金预算"), ("公开09", "国有资本经营预算")):
        assert t[key].empty and len(t[key].rows) == 1  # the 合计 row keeps the format
        assert t[key].note == f"说明：奈曼旗政务服务中心本年度没有{fund}财政拨款收入和支出，故本表无数据。"
    assert not [f for f in sample_disclosed.findings if f.level.value == "错误"]
    t5 = t["公开05"].coded()
    assert t5["201"].values["basic"] == D("4051166.71") and t5["221"].values["total"] == 0
    assert t["公开06"].find("p_name", "人员经费合计").values["c_amount"] == D("627774.03")


def test_layout_is_data_title_and_extra_columns(rich):
    doc = read_document(RICH)
    doc["disclosure"]["layout"] = {"公开09": {"title": "国有资本经营预算财政拨款支出决算表"},
                                   "公开07": {"extra_items": ["会议费", "培训费"]}}
    doc["controlled"].append({"item": "会议费", "budget": D("5000.00"), "final": D("4200.00")})
    result = disclose(*parse_document(doc))
    assert result.tables["公开09"].title == "国有资本经营预算财政拨款支出决算表"
    keys = [col.key for col in result.tables["公开07"].spec.columns]
    assert "final:会议费" in keys and "budget:培训费" in keys
    assert result.tables["公开07"].rows[0].values["final:会议费"] == D("4200.00")
    assert result.findings == []


# -- checks: each one broken once --------------------------------------------------------------


def tamper(tables, key, match, column, delta=D("100.00")):
    out = copy.copy(tables)
    out.by_key = dict(tables.by_key)
    t = tables[key]
    rows = list(t.rows)
    for i, row in enumerate(rows):
        if (not match[0] and i == 0) or (match[0] and row.values.get(match[0]) == match[1]):
            values = dict(row.values)
            values[column] = (values.get(column) or D(0)) + delta
            rows[i] = dataclasses.replace(row, values=values)
            break
    else:
        raise AssertionError(f"no row {match} in {key}")
    out.by_key[key] = dataclasses.replace(t, rows=tuple(rows))
    return out


@pytest.mark.parametrize("key, match, column, expected", [
    ("公开01", ("in_name", "本年收入合计"), "in_amount", {"D-T1-SUM"}),
    ("公开01", ("in_name", "总计"), "in_amount", {"D-T1-TOTAL", "D-T1-BALANCE"}),
    ("公开01", ("out_name", "结余分配"), "out_amount", {"D-T1-TOTAL"}),
    ("公开01", ("in_name", "五、事业收入"), "in_amount", {"D-T1-T2"}),
    ("公开01", ("out_code", "213"), "out_amount", {"D-T1-T3"}),
    ("公开02", ("code", "2130104"), "business", {"D-T2-ROW", "D-PARENT"}),
    ("公开02", ("code", "21301"), "total", {"D-PARENT"}),
    ("公开03", ("code", "2130106"), "project", {"D-T3-ROW", "D-PARENT"}),
    ("公开04", ("out_code", "213"), "out_general", {"D-T4-ROW", "D-T4-T5", "D-T4-SUM"}),
    ("公开04", ("in_name", "二、政府性基金预算财政拨款"), "in_amount", {"D-T4-T1", "D-T4-SUM"}),
    ("公开04", ("in_name", "总计"), "out_total", {"D-T4-TOTAL", "D-T4-BALANCE"}),
    ("公开04", ("out_name", "年末财政拨款结转和结余"), "out_fund", {"D-T4-FUND", "D-T4-SUM"}),
    ("公开04", ("out_name", "本年支出合计"), "out_fund", {"D-T4-T8", "D-T4-SUM"}),
    ("公开05", ("code", "2130101"), "basic", {"D-T5-ROW", "D-PARENT"}),
    ("公开05", ("name", "合计"), "basic", {"D-T5-T6"}),
    ("公开06", ("p_code", "301"), "p_amount", {"D-T6-SUM", "D-PARENT"}),  # 30101 alone: D-PARENT of 301
    ("公开07", ("", ""), "final:公务接待费", {"D-T7-SUM"}),
    ("公开07", ("", ""), "budget:公务用车购置费", {"D-T7-SUM"}),
    ("公开08", ("code", "2120804"), "closing", {"D-T8-BALANCE", "D-PARENT"}),
    ("公开08", ("code", "2120804"), "total", {"D-T8-ROW", "D-T8-BALANCE"}),
])
def test_each_table_check_sees_its_break(rich, key, match, column, expected):
    found = check_tables(tamper(rich.tables, key, match, column))
    assert expected <= codes(found)
    assert all(f.level.value == "错误" and f.path for f in found)


@pytest.mark.parametrize("module, name", [("checks", "TABLE_CHECKS"), ("checks", "INPUT_CHECKS"),
                                          ("text", "TEXT_CHECKS")])
def test_a_crashing_disclosure_check_is_one_internal_finding_naming_it(monkeypatch, module, name):
    import importlib

    mod = importlib.import_module(f"juesuan.disclosure.{module}")
    entries = getattr(mod, name)

    def boom(_subject):
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(mod, name, (("坏检查", boom), *entries))
    doc = read_document(RICH)
    kuan = next(x for x in doc["disclosure"]["lines"] if x["code"] == "21301")
    kuan["general_basic"] = D("4700000.01")  # a real D-PARENT, found by the entry after the crash
    found = disclose(*parse_document(doc)).findings
    internal = [f for f in found if f.code == "E-INTERNAL"]
    assert len(internal) == 1 and "坏检查" in internal[0].message and "ZeroDivisionError" in internal[0].message
    assert "D-PARENT" in codes(found)  # the other checks still ran


def test_a_gap_within_the_tolerance_is_a_rounding_note(rich):
    found = check_tables(tamper(rich.tables, "公开05", ("name", "合计"), "basic", D("50")), tolerance=D("100"))
    assert found and {f.code for f in found} == {"D-ROUNDING"} and {f.level.value for f in found} == {"提示"}


def test_given_parent_must_equal_its_children():
    doc = read_document(RICH)
    doc["functions"] = [{"code": "213", "name": "农林水支出", "final": D("5850000.01")}]
    assert "D-PARENT" in codes(disclose(*parse_document(doc)).findings)
    doc["functions"] = [{"code": "2130101", "name": "行政运行", "final": D("3200000.01")}]
    assert "D-LINE-NATURE" in codes(disclose(*parse_document(doc)).findings)
    doc = read_document(RICH)
    kuan = next(x for x in doc["disclosure"]["lines"] if x["code"] == "21301")
    kuan["general_basic"] = D("4700000.00")  # 行政运行 + 事业运行 = 4,700,000.00: agrees
    assert disclose(*parse_document(doc)).findings == []
    kuan["general_basic"] = D("4700000.01")
    found = disclose(*parse_document(doc)).findings
    assert any(f.code == "D-PARENT" and f.path[:2] == ("disclosure", "lines") for f in found)


def test_a_class_disagreeing_with_its_items_gives_one_finding():
    """[[functions]] 类 ≠ Σ项: E-PARENT-SUM from the analysis' roll-up, not also D-PARENT."""
    doc = read_document(RICH)
    doc["functions"] = [{"code": "213", "name": "农林水支出", "final": D("5850000.01")},
                        *[{"code": x["code"], "final": x.get("basic", 0) + x.get("project", 0)}
                          for x in doc["disclosure"]["lines"] if x["code"].startswith("213") and len(x["code"]) == 7]]
    doc["disclosure"]["lines"] = []
    data, findings = parse_document(doc)
    found = disclose(data, findings).findings + run_core_checks(build_figures(data))
    on_213 = [f for f in found if "213" in f.message and f.code in ("E-PARENT-SUM", "D-PARENT")]
    assert [f.code for f in on_213] == ["E-PARENT-SUM"]


def test_missing_kuan_name_is_a_warning():
    doc = read_document(RICH)
    doc["disclosure"]["lines"] = [x for x in doc["disclosure"]["lines"] if x["code"] != "21301"]
    found = disclose(*parse_document(doc)).findings
    assert "D-NAME-MISSING" in codes(found)


def test_text_checks_see_their_breaks(rich):
    assert check_text(rich.text, rich.tables) == []
    text = copy.deepcopy(rich.text)
    sec = next(s for s in text.sections if s.heading.startswith("二、"))
    sec.paragraphs[0] = sec.paragraphs[0].replace("892.80万元", "0.30万元")
    assert "D-TEXT-FIGURE" in codes(check_text(text, rich.tables))
    text = copy.deepcopy(rich.text)
    claim = text.claims[0]
    text.claims[0] = dataclasses.replace(claim, shown="0.30")
    assert "D-TEXT-FIGURE" in codes(check_text(text, rich.tables))
    text = copy.deepcopy(rich.text)
    section, shown = text.shares[0]
    text.shares[0] = (section, ["71.73", *shown[1:]])
    assert "D-SHARES" in codes(check_text(text, rich.tables))
    text = copy.deepcopy(rich.text)
    text.sections[-1].paragraphs.append("某项年初预算为0.00万元，支出决算为1.00万元，完成年初预算的100.00%。")
    assert "D-RATE-ZERO" in codes(check_text(text, rich.tables))


def test_missing_reason_is_a_warning():
    doc = read_document(RICH)
    del doc["reasons"]["final_vs_budget"]["2130106"]
    found = disclose(*parse_document(doc)).findings
    assert any(f.code == "D-REASON-MISSING" and "2130106" in f.message for f in found)


# -- the 情况说明 ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["rich", "sample"])
def test_text_golden(name, rich, sample_disclosed):
    result = rich if name == "rich" else sample_disclosed
    expected = (GOLDEN / f"disclosure_{name}.txt").read_text(encoding="utf-8")
    assert result.text.plain() == expected


def test_shares_add_up_and_sections_are_in_order(rich, sample_disclosed):
    for result in (rich, sample_disclosed):
        for _, shown in result.text.shares:
            assert abs(sum(D(x) for x in shown) - 100) <= D("0.005") * len(shown)
        tops = [s.heading.split("、")[0] for s in result.text.sections if s.level == 1]
        assert tops == ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一"]
    plain = sample_disclosed.text.plain()
    assert "无政府性基金预算财政拨款收入和支出" in plain
    assert "一般公共服务支出（类）405.12万元，占86.61%" in plain


def test_three_public_states_budget_and_each_share(rich):
    plain = rich.text.plain()
    assert "“三公”经费财政拨款支出年初预算为52.00万元，支出决算为47.00万元，完成预算的90.38%" in plain
    assert "因公出国（境）费支出决算8.00万元，占17.02%" in plain
    assert "增长113.64%" in plain  # never 增长1.14%


def test_no_completion_rate_without_budget():
    doc = read_document(RICH)
    for line in doc["disclosure"]["lines"]:
        line.pop("general_budget", None)
    result = disclose(*parse_document(doc))
    assert "完成年初预算" not in "".join(s.heading + "".join(s.paragraphs) for s in result.text.sections
                                    if s.heading.startswith("（三）一般"))


def test_sections_with_nothing_say_so_in_one_sentence():
    doc = read_document(RICH)
    doc["controlled"] = []
    doc["disclosure"].pop("performance")
    doc["disclosure"].pop("procurement")
    result = disclose(*parse_document(doc))
    by_heading = {s.heading: s.paragraphs for s in result.text.sections}
    three = by_heading["七、财政拨款“三公”经费支出决算情况说明"]
    assert three == ["某县农业农村局2023年度未填报“三公”经费财政拨款支出情况。"]  # no line typed: not 无
    assert by_heading["十、预算绩效管理情况"] == ["某县农业农村局2023年度未填报预算绩效管理情况。"]
    assert by_heading["（二）政府采购支出情况"] == ["某县农业农村局2023年度未填报政府采购支出情况。"]
    assert not [f for f in result.findings if f.level.value == "错误"]
    # every 未填报 in the text is a finding naming the keys to fill
    blanks = {f.path[:2]: f for f in result.findings if f.code == "D-TEXT-BLANK"}
    assert set(blanks) == {("disclosure", "performance"), ("disclosure", "procurement"),
                           ("controlled", catalog.THREE_PUBLIC[0])}
    three = blanks[("controlled", catalog.THREE_PUBLIC[0])]
    assert all(k in three.message for k in (*catalog.THREE_PUBLIC, "budget", "final", "prior_final"))
    assert "problems_fixing" in blanks[("disclosure", "performance")].message
    assert "micro_reserved" in blanks[("disclosure", "procurement")].message
    # each points at the first value to fill: the first key it names
    assert [blanks[k].path for k in sorted(blanks)] == [
        ("controlled", catalog.THREE_PUBLIC[0], "budget"), ("disclosure", "performance", "systems"),
        ("disclosure", "procurement", "goods")]
    assert all(f.level.value == "警告" for f in result.findings if f.code == "D-TEXT-BLANK")


def test_three_public_typed_as_zero_is_the_templates_none_sentence():
    """Zeros typed (a unit that had no 三公) give the template's 无… sentence and no finding; one zero
    typed is enough to say the unit had none."""
    doc = read_document(RICH)
    doc["controlled"] = [{"item": k, "budget": D(0), "final": D(0), "prior_final": D(0)}
                         for k in catalog.THREE_PUBLIC]
    result = disclose(*parse_document(doc))
    three = next(s.paragraphs for s in result.text.sections if s.heading.startswith("七、"))
    assert three == ["某县农业农村局2023年度无“三公”经费财政拨款支出。"]
    assert not [f for f in result.findings if f.path[:1] == ("controlled",)]
    doc["controlled"] = [{"item": "公务接待费", "final": D(0)}]
    three = next(s.paragraphs for s in disclose(*parse_document(doc)).text.sections if s.heading.startswith("七、"))
    assert three == ["某县农业农村局2023年度无“三公”经费财政拨款支出。"]


def test_every_not_reported_in_the_text_has_a_finding():
    """Whatever the data leaves out, each “未填报” the text writes is named in a D-TEXT-BLANK finding."""
    doc = read_document(RICH)
    for key in ("performance", "procurement", "operating_costs", "vehicles", "other", "basic_economics"):
        doc["disclosure"].pop(key, None)
    doc["people"].pop("vehicles", None)
    doc["quantities"].pop("公务用车保有量", None)
    result = disclose(*parse_document(doc))
    said = result.text.plain().count("未填报")
    blanks = [f for f in result.findings if f.code == "D-TEXT-BLANK"]
    assert said >= 4 and len(blanks) == said, (said, [f.message for f in blanks])
    assert {f.path[:2] for f in blanks} >= {("disclosure", "performance"), ("disclosure", "procurement"),
                                           ("disclosure", "operating_costs"), ("disclosure", "vehicles")}


def test_partial_parts_name_the_missing_keys():
    """A part written from some of its figures says which keys would complete it (提示)."""
    doc = read_document(RICH)
    doc["disclosure"]["performance"].pop("problems_fixing")
    doc["disclosure"]["procurement"].pop("micro_reserved")
    del doc["disclosure"]["vehicles"]["主要领导干部用车"]  # 1 of the unit's 8 cars: the rest add to 7
    result = disclose(*parse_document(doc))
    notes = " ".join(f.message for f in result.findings if f.code == "D-TEXT-INCOMPLETE")
    assert all(f.level.value == "提示" for f in result.findings if f.code == "D-TEXT-INCOMPLETE")
    for key in ("problems_fixing", "micro_reserved", "主要领导干部用车"):
        assert key in notes, key
    plain = result.text.plain()
    assert "正在整改" not in plain and "面向小微企业预留政府采购项目预算金额" not in plain


def test_glossary_has_standard_terms_the_unit_may_edit():
    doc = read_document(RICH)
    doc["disclosure"]["glossary"] = {"机关运行经费": "本部门的解释。", "专项业务费": "新增的条目。"}
    glossary = dict(disclose(*parse_document(doc)).text.glossary)
    assert glossary["机关运行经费"] == "本部门的解释。" and glossary["专项业务费"] == "新增的条目。"
    assert set(vocab.GLOSSARY) <= set(glossary)


def test_glossary_lists_what_an_income_the_unit_has_is_made_of():
    """trial D7: the template's 事业收入/经营收入/其他收入 go on 「主要是：XXXXXXXX收入等」 for a unit with
    that income — given as ``主要是：…``, it completes the standard entry; not given, the entry says
    主要是：未填报 and a 警告 names the key; a unit without the income keeps the bare definition."""
    assert dict(disclose(*load(RICH)).text.glossary)["事业收入"] == (
        vocab.GLOSSARY["事业收入"] + "主要是：农产品质量检测收入等。")
    doc = read_document(RICH)
    del doc["disclosure"]["glossary"]
    result = disclose(*parse_document(doc))
    glossary = dict(result.text.glossary)
    assert glossary["事业收入"] == vocab.GLOSSARY["事业收入"] + "主要是：未填报。"
    assert glossary["其他收入"].endswith("主要是：未填报。") and glossary["经营收入"] == vocab.GLOSSARY["经营收入"]
    note = next(f for f in result.findings if f.path == ("disclosure", "glossary", "事业收入"))  # its cell
    assert note.code == "D-TEXT-BLANK" and note.level.value == "警告"  # published as printed: as every 未填报
    assert '"事业收入" = "主要是：' in note.message
    assert "经营收入" not in note.message


# -- files and round trip ----------------------------------------------------------------------


def test_word_document_parts_in_order(rich):
    from io import BytesIO

    import docx

    doc = docx.Document(BytesIO(docx_bytes(rich)))
    heads = [p.text for p in doc.paragraphs if p.text.startswith("第") and "部分" in p.text[:4]]
    # the 目录 names the four parts; the body heads parts 一, 三, 四 (part 二 is headed 决算表, as the template)
    assert [h[:4] for h in heads] == ["第一部分", "第二部分", "第三部分", "第四部分", "第一部分", "第三部分",
                                      "第四部分"]
    assert any(p.text.endswith("年度部门决算表") and p.style.name == "Heading 1" for p in doc.paragraphs)
    units = 1 if rich.books.d.department and rich.books.d.units else 0  # the 决算单位构成 table
    assert len(doc.tables) == 9 + units
    assert any("“三公”经费" in p.text and "使用本级财政拨款安排" in p.text for p in doc.paragraphs)


def test_xlsx_layout(rich):
    from io import BytesIO

    import openpyxl

    book = openpyxl.load_workbook(BytesIO(xlsx_bytes(rich)))
    assert book.sheetnames == list(vocab_keys())
    ws = book["公开01"]
    assert ws["A1"].value == "收入支出决算总表" and "单位：万元" in str(ws["D2"].value)
    assert ws.page_setup.fitToWidth in (None, 1) and ws.sheet_properties.pageSetUpPr.fitToPage
    amounts = [c for row in ws.iter_rows() for c in row if isinstance(c.value, float)]
    assert amounts and all(c.number_format == "#,##0.00" for c in amounts)


def vocab_keys():
    from juesuan.disclosure.spec import TABLE_KEYS

    return TABLE_KEYS


def _strip(doc: dict) -> dict:
    """A unit's file without the figures the public tables carry (what import-tables fills)."""
    doc = copy.deepcopy(doc)
    for row in doc.get("income", []):
        row.pop("final", None)
    for row in doc.get("spending", []):
        if row["item"] not in ("人员经费", "公用经费"):
            row.pop("final", None)
    for row in doc.get("controlled", []):
        row.pop("final", None)
        row.pop("budget", None)
    doc.pop("balances", None)
    disc = doc.get("disclosure", {})
    disc.pop("basic_economics", None)
    disc["lines"] = [{k: x[k] for k in ("code", "name", "general_budget", "fund_budget",
                                                    "capital_budget", "purpose") if k in x}
                     for x in disc.get("lines", [])]
    return doc


def _round_trip(doc: dict, tmp: Path) -> None:
    data, findings = parse_document(doc)
    assert findings == []
    assert parse_document(loads_document(dumps(data).encode())) == (data, [])
    result = disclose(data, findings)
    assert [f for f in result.findings if f.level.value == "错误"] == []
    book = tmp / "tables.xlsx"
    book.write_bytes(xlsx_bytes(result))
    new, _ = import_tables(book, _strip(doc))
    again = disclose(*parse_document(new))
    for a, b in zip(result.tables, again.tables, strict=True):
        assert a.rows == b.rows, a.key
    assert again.text.plain() == result.text.plain()


def test_round_trip_rich(tmp_path):
    _round_trip(read_document(RICH), tmp_path)


@settings(max_examples=examples(5), deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                               HealthCheck.function_scoped_fixture])
@given(doc=disclosure_documents())
def test_round_trip_random_units(doc, tmp_path):
    _round_trip(doc, tmp_path)


def test_import_finds_tables_by_title_and_columns_by_header(tmp_path):
    """A workbook laid out by other software: other sheet names and order, extra columns, 行次."""
    import openpyxl

    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Sheet3"
    ws.append([None, "一般公共预算财政拨款支出决算表"])
    ws.append(["公开05表"])
    ws.append(["行次", "科目编码", "科目名称", "项目支出", "基本支出", "合计"])
    ws.append([1, "213", "农林水支出", 80, 470, 550])
    ws.append([2, "21301", "农业农村", 80, 470, 550])
    ws.append([3, "2130101", "行政运行", 0, "320.00", 320])
    ws.append([4, "2130104", "事业运行", None, 150, 150])
    ws.append([5, "2130106", "科技转化与推广服务", 80, None, 80])
    ws2 = book.create_sheet("x")
    ws2.append(["收入支出决算总表"])
    ws2.append(["项目", "决算数", "项目", "决算数"])
    ws2.append(["一、一般公共预算财政拨款收入", 550, "一、农林水支出", 550])
    ws2.append(["年初结转和结余", 0, "年末结转和结余", 1.5])
    path = tmp_path / "other.xlsx"
    book.save(path)
    doc, findings = import_tables(path, {"schema": 1, "unit": {"name": "某单位", "year": 2023}})
    lines = {x["code"]: x for x in doc["disclosure"]["lines"]}
    assert lines["2130101"]["general_basic"] == D("3200000.00")
    assert lines["2130106"]["general_project"] == D("800000.00")
    assert "general_basic" not in lines.get("213", {})  # parents are derived, not stored
    income = {x["item"]: x for x in doc["income"]}
    assert income["一般公共预算财政拨款收入"]["final"] == D("5500000.00")
    assert {x["item"]: x["final"] for x in doc["spending"]}["年末结转和结余"] == D("15000.00")
    assert "D-IMPORT-MISSING" in codes(findings)


@pytest.mark.skipif(find_soffice() is None, reason="LibreOffice not installed")
def test_pdf_has_the_four_parts_and_nine_tables(tmp_path, rich):
    import subprocess

    src = tmp_path / "unit.toml"
    src.write_bytes(RICH.read_bytes())
    written = write_files(rich, src, pdf=True)
    assert written.pdf is not None and written.pdf.exists()
    text = subprocess.run(["pdftotext", "-layout", str(written.pdf), "-"], capture_output=True, text=True).stdout
    positions = [text.index(part) for part in ("第一部分", "第二部分", "第三部分", "第四部分")]
    assert positions == sorted(positions)
    for t in rich.tables:
        assert t.title in text.replace(" ", "")
    assert "942.80" in text and "5,878,000.87" not in text  # 万元, two decimals


@pytest.mark.skipif(find_soffice() is None, reason="LibreOffice not installed")
def test_libreoffice_recomputes_the_table_formulas_to_the_cent(tmp_path, rich):
    import openpyxl

    from juesuan.export.office import recalculated_copy

    src = tmp_path / "tables.xlsx"
    src.write_bytes(xlsx_bytes(rich))
    recalculated = openpyxl.load_workbook(recalculated_copy(src, tmp_path / "out"), data_only=True)
    cached = openpyxl.load_workbook(src, data_only=True)
    formulas = openpyxl.load_workbook(src)
    count = 0
    for ws in formulas.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    count += 1
                    ours = D(repr(cached[ws.title][cell.coordinate].value)) * 10000
                    theirs = D(repr(recalculated[ws.title][cell.coordinate].value or 0.0)) * 10000
                    assert ours.quantize(D("0.01")) == theirs.quantize(D("0.01")), (ws.title, cell.coordinate)
    assert count > 200  # totals, parents, 总计 of every table are formulas


def test_import_of_unreadable_workbook(tmp_path, capsys):
    bad = tmp_path / "x.xlsx"
    bad.write_text("not a workbook")
    assert main(["import-tables", str(bad), str(tmp_path / "u.toml")]) == 2
    assert "无法读取工作簿" in capsys.readouterr().err
    assert main(["import-tables", str(tmp_path / "none.xlsx"), str(tmp_path / "u.toml")]) == 2


# -- commands ----------------------------------------------------------------------------------


def test_disclose_command_writes_next_to_input_never_overwriting(tmp_path, capsys):
    src = tmp_path / "unit.toml"
    src.write_bytes(RICH.read_bytes())
    assert main(["disclose", str(src), "--xlsx"]) == 0
    assert main(["disclose", str(src), "--xlsx"]) == 0
    names = sorted(p.name for p in tmp_path.iterdir())
    assert "某县农业农村局2023年度部门决算公开.docx" in names
    assert "某县农业农村局2023年度部门决算公开(2).docx" in names
    assert "某县农业农村局2023年度部门决算公开(2).xlsx" in names
    assert "审核结果：错误0项" in capsys.readouterr().out


def test_disclose_refuses_on_errors(tmp_path, capsys):
    doc = read_document(RICH)
    doc["income"][0]["final"] = D("1.00")
    src = tmp_path / "bad.toml"
    from juesuan.sources.datafile import to_document

    data, _ = parse_document(doc)
    src.write_text(dumps(data), encoding="utf-8")
    assert to_document(data)["disclosure"]
    assert main(["disclose", str(src)]) == 1
    assert not list(tmp_path.glob("*.docx"))
    assert "D-T1-BALANCE" in capsys.readouterr().out


def test_import_tables_command(tmp_path, rich):
    book = tmp_path / "t.xlsx"
    book.write_bytes(xlsx_bytes(rich))
    target = tmp_path / "unit.toml"
    target.write_text('schema = 1\n[unit]\nname = "某县农业农村局"\nyear = 2023\n', encoding="utf-8")
    assert main(["import-tables", str(book), str(target)]) == 0
    data, findings = load(target)
    assert not [f for f in findings if f.level.value == "错误"]
    assert data.disclosure.line("2130101").values["general_basic"] == D("3200000.00")
    assert (tmp_path / "unit.toml.bak").exists()


# -- bad input never crashes -------------------------------------------------------------------

from hypothesis import strategies as st  # noqa: E402

from juesuan.core.public_inputs import KEYS  # noqa: E402

_scalar = st.one_of(st.none(), st.booleans(), st.integers(-10**16, 10**16), st.text(max_size=6),
                    st.decimals(allow_nan=True, allow_infinity=True, places=3))
_line_keys = st.sampled_from(["code", "name", "purpose", "general", "basic", "fund_opening", "general_budget",
                              "final", "note", "title", "extra_items", "x"])
_junk = st.recursive(_scalar, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                      st.dictionaries(_line_keys, inner, max_size=4)),
                     max_leaves=12)


@settings(max_examples=examples(40), deadline=None)
@given(part=st.dictionaries(st.sampled_from(KEYS), _junk, max_size=4),
       codes=st.lists(st.sampled_from(["201", "20101", "2010101", "212", "2120804", "99", "abc", 201]), max_size=4))
def test_any_disclosure_table_gives_findings_never_an_exception(part, codes):
    part = dict(part)
    part.setdefault("lines", [{"code": c, "basic": 1} for c in codes])
    doc = read_document(RICH)
    doc["disclosure"] = part
    data, findings = parse_document(doc)
    result = disclose(data, findings)
    assert isinstance(result.findings, list)
    assert result.text.plain()


_cell = st.one_of(st.none(), st.integers(-10**6, 10**6), st.floats(allow_nan=False, allow_infinity=False, width=32),
                  st.sampled_from(["合计", "201", "2010101", "基本支出", "预算数", "决算数", "小计", "公务接待费",
                                   "人员经费合计", "30101", "年初结转和结余", "总计", "1,234.50", "—", "abc"]))


@settings(max_examples=examples(30), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(_cell, max_size=8), max_size=8))
def test_import_of_odd_tables_gives_findings_never_an_exception(rows, tmp_path):
    import openpyxl

    from juesuan.disclosure.spec import SPECS

    book = openpyxl.Workbook()
    book.remove(book.active)
    for spec in SPECS.values():
        ws = book.create_sheet(spec.key)
        ws.append([spec.title])
        for row in rows:
            ws.append(row)
    path = tmp_path / "odd.xlsx"
    book.save(path)
    doc, _ = import_tables(path, read_document(RICH))
    disclose(*parse_document(doc))


PURE = ("spec", "books", "tables", "checks", "text", "grid", "api")  # model, inputs, vocab: core.public_*


@pytest.mark.parametrize("name", PURE)
def test_pure_modules_import_only_the_standard_library_and_juesuan(name):
    """model, tables, checks and text stay standard-library only (they may import juesuan.core);
    third-party packages are imported lazily by the writers (xlsx, word, importer)."""
    import ast
    import sys

    source = (Path(__file__).parent.parent / "src" / "juesuan" / "disclosure" / f"{name}.py").read_text("utf-8")
    tree = ast.parse(source)
    for node in tree.body:  # module level only: function-level imports are lazy
        if isinstance(node, ast.Import):
            roots = [a.name.split(".")[0] for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            roots = [node.module.split(".")[0]]
        else:
            continue
        for root in roots:
            assert root in sys.stdlib_module_names or root == "juesuan", (name, root)


def test_the_explanations_headings_are_numbered_by_the_outline_not_typed():
    import re

    from juesuan.disclosure.text import Section, numbered

    secs = [Section("甲"), Section("乙", level=2), Section("丙", level=2), Section("丁"), Section("戊", level=2)]
    assert numbered(secs) == ["一、甲", "（一）乙", "（二）丙", "二、丁", "（一）戊"]
    source = (Path(__file__).parent.parent / "src" / "juesuan" / "disclosure" / "text.py").read_text("utf-8")
    assert not re.search(r'(add|Section)\("(（?[一二三四五六七八九十]+[、）])', source)


def test_parents_typed_as_code_and_name_are_sums_not_undetermined_lines():
    """[[functions]] 类/款 typed with code and name only, 项 split in [disclosure.lines]: every
    split is determined (the parents are the sums of their 项), so no D-LINES-NEEDED."""
    doc = read_document(RICH)
    lines = doc["disclosure"]["lines"]
    doc["functions"] = [{"code": "213", "name": "农林水支出"}, {"code": "21301", "name": "农业农村"},
                        *[{"code": x["code"], "final": x.get("basic", 0) + x.get("project", 0)}
                          for x in lines if x["code"].startswith("213") and len(x["code"]) == 7]]
    found = disclose(*parse_document(doc)).findings
    assert "D-LINES-NEEDED" not in codes(found), found


def test_figures_typed_from_wan_tables_get_a_rounding_tolerance_from_the_data():
    """Every amount a multiple of 100 元 (typed from 万元 tables, as the published unit): a 0.01万元
    gap is a D-ROUNDING 提示; the same data with one amount in 元 and 分 keeps it an 错误."""
    from juesuan.core.rounding import tolerance

    doc = read_document(HERE / "data" / "published" / "putuo_sthj_2025.toml")
    data, findings = parse_document(doc)
    assert tolerance(data) == D("100")
    found = disclose(data, findings).findings
    assert not [f for f in found if f.level.value == "错误"]
    note = [f for f in found if f.code == "D-ROUNDING" and f.path == ("公开06", "310")]
    assert note and note[0].level.value == "提示" and "100.00元" in note[0].message
    line = next(x for x in doc["income"] if x.get("final"))
    line["final"] += D("0.01")  # now the figures are in 元 and 分: no rounding to explain a gap
    data, findings = parse_document(doc)
    assert tolerance(data) == 0
    assert "D-PARENT" in codes(disclose(data, findings).findings)


def test_analyze_accepts_a_class_rounded_from_wan_and_refuses_it_in_yuan():
    """[[functions]] 类 0.01万元 off its 项, every amount typed from 万元: I-ROUNDING 提示, not E-PARENT-SUM."""
    doc = read_document(HERE / "data" / "published" / "putuo_sthj_2025.toml")
    kids = [x for x in doc["functions"] if x["code"].startswith("20805") and len(x["code"]) == 7]
    parent = next(x for x in doc["functions"] if x["code"] == "20805")
    parent["final"] = sum(x["final"] for x in kids) + D("100")
    data, _ = parse_document(doc)
    found = run_core_checks(build_figures(data))
    assert "E-PARENT-SUM" not in codes(found) and "I-ROUNDING" in codes(found)
    parent["final"] += D("100")  # 0.02万元: more than the rounding of one figure
    found = run_core_checks(build_figures(parse_document(doc)[0]))
    assert "E-PARENT-SUM" in codes(found)


def test_explanations_compare_with_the_named_prior_year_and_keep_their_subject():
    """“与2022年度相比” (year computed), never “上年”; an unchanged 三公 total keeps its subject."""
    doc = read_document(RICH)
    for line in doc["controlled"]:
        if "prior_final" in line and "final" in line:
            line["prior_final"] = line["final"]
    plain = disclose(*parse_document(doc)).text.plain()
    assert "与上年" not in plain and "与2022年度相比" not in plain.split("七、")[1].split("八、")[0]
    seven = plain.split("七、")[1].split("八、")[0]
    assert "“三公”经费财政拨款支出决算数与2022年度持平" in seven and "\n与2022年度持平" not in seven
    assert "与2022年度相比，一般公共预算财政拨款支出增加" in disclose(*load(RICH)).text.plain()


# -- reasons matched by direction (issue 19) ----------------------------------------------------------


def _seven(doc: dict):
    result = disclose(*parse_document(doc))
    plain = result.text.plain()
    return result, plain.split("七、")[1].split("八、")[0]


def test_three_public_reasons_follow_the_direction_of_their_sentence():
    """三公 up while 公务接待费 went down: the 公务接待费 reason explains only its own fall, and a reason
    for a part that fell (运行维护费) never explains the 公务用车 item that rose."""
    doc = read_document(RICH)
    doc["reasons"]["final_yoy"] = {"公务接待费": "接待批次减少。", "公务用车运行维护费": "车辆维修减少。"}
    result, seven = _seven(doc)
    assert "比2022年度增加25.00万元" in seven  # the total rose
    assert "公务接待费支出减少的主要原因是接待批次减少。" in seven
    assert seven.count("接待批次减少") == 1 and "车辆维修减少" not in seven
    assert "“三公”经费支出增加的主要原因" not in seven
    missing = {f.path for f in result.findings if f.code == "D-REASON-MISSING"}
    # the 公务用车 item rose through its 购置费: that is the key to fill; 因公出国（境）费 rose too
    assert ("reasons", "final_yoy", "公务用车购置费") in missing
    assert ("reasons", "final_yoy", "因公出国(境)费") in missing
    assert ("reasons", "final_yoy", "公务用车运行维护费") not in missing


def test_three_public_total_reason_only_when_it_moves_that_way():
    doc = read_document(RICH)
    doc["reasons"]["final_yoy"]["三公经费"] = "执法执勤用车更新。"
    _, seven = _seven(doc)
    assert "“三公”经费支出增加的主要原因是执法执勤用车更新。" in seven


def test_operating_costs_reason_is_written_or_asked_for():
    result = disclose(*load(RICH))
    assert "机关运行经费支出150.00万元，比2022年度增加5.00万元，增长3.45%。主要原因是年中增人" in result.text.plain()
    doc = read_document(RICH)
    del doc["reasons"]["final_yoy"]["机关运行经费"]
    result = disclose(*parse_document(doc))
    asked = [f for f in result.findings if f.code == "D-REASON-MISSING" and f.path[-1] == "机关运行经费"]
    assert len(asked) == 1 and "[reasons.final_yoy] \"机关运行经费\"" in asked[0].message


def test_every_reason_asked_for_names_its_key():
    doc = read_document(RICH)
    doc.pop("reasons")
    result = disclose(*parse_document(doc))
    asked = [f for f in result.findings if f.code == "D-REASON-MISSING"]
    assert {f.path[-1] for f in asked} >= {"total", "财政拨款", "一般公共预算财政拨款支出", "三公经费", "机关运行经费",
                                          "2130101"}
    for f in asked:
        assert f.path[:2] in (("reasons", "final_yoy"), ("reasons", "final_vs_budget"))
        # the key as the one registry tells a unit to type it (合计 for the total; a short form of an
        # income item as written: 一般公共预算财政拨款支出 for a sentence on 支出, trial FE-4)
        assert f"\"{rk.to_type_as(f.path[-1])}\"" in f.message


def test_three_public_spent_nothing_gives_the_templates_one_sentence():
    """A budget but no 三公 spending: 七(一) compares, 七(二) is the template's one sentence, not a list of zeros."""
    doc = read_document(RICH)
    for line in doc["controlled"]:
        line["final"] = D("0.00")
    result = disclose(*parse_document(doc))
    by_heading = {s.heading: s.paragraphs for s in result.text.sections}
    two = by_heading["（二）“三公”经费财政拨款支出决算具体情况说明"]
    assert two == ["某县农业农村局2023年度无“三公”经费财政拨款支出。"]
    assert "年初预算为52.00万元，支出决算为0.00万元" in by_heading["（一）“三公”经费财政拨款支出决算总体情况说明"][0]


def test_a_blank_is_never_printed_as_zero():
    """Only the procurement kinds given are stated (no total over part of them, no 0.00 for a blank: 未填报,
    a 警告)."""
    doc = read_document(RICH)
    doc["disclosure"]["procurement"] = {"goods": D("100000.00")}
    doc["disclosure"]["performance"] = {"target_projects": 5, "target_amount": D("1000000.00")}
    result = disclose(*parse_document(doc))
    by_heading = {s.heading: s.paragraphs for s in result.text.sections}
    assert by_heading["（二）政府采购支出情况"] == [
        "某县农业农村局2023年度政府采购金额（以合同签订为准）：货物采购金额10.00万元、工程采购金额未填报、服务采购金额未填报。"]
    assert by_heading["十、预算绩效管理情况"] == [
        "某县农业农村局2023年度预算绩效管理工作开展情况如下：编报绩效目标的2023年度项目5个，涉及预算金额100.00万元。"]
    notes = {f.path[:2]: f.message for f in result.findings if f.code in ("D-TEXT-INCOMPLETE", "D-TEXT-BLANK")}
    assert "works" in notes[("disclosure", "procurement")] and "systems" in notes[("disclosure", "performance")]


def test_three_public_texts_fill_the_templates_blanks():
    plain = disclose(*load(RICH)).text.plain()
    assert "1、因公出国（境）费支出8.00万元。全年安排因公出国（境）团组2个、累计6人次。开支内容包括：赴境外" in plain
    assert "公务用车购置支出为24.00万元。主要用于按规定更新1辆超过使用年限的执法执勤用车，购置公务用车1辆。" in plain
    assert ("国内公务接待支出3.00万元（含外宾接待支出0.50万元）。主要用于接待上级部门和兄弟单位农业工作检查调研，"
            "公务接待20批次、150人次，其中：接待外宾1批次、5人次。") in plain
    doc = read_document(RICH)
    doc["disclosure"]["three_public"] = {"abroad": "x", "purpose": "y"}
    data, findings = parse_document(doc)
    assert [f.code for f in findings] == ["E-UNKNOWN-KEY"]
    result = disclose(data, findings)
    note = next(f for f in result.findings
                if f.code == "D-TEXT-BLANK" and f.path[:2] == ("disclosure", "three_public"))
    # trial D4: never the program's words; each key by the words of its row on 公开说明, then the key to type
    assert ("“公务用车购置支出主要用于”（car_purchase）、“公务用车运行维护支出主要用于”（car_running）、"
            "“公务接待费主要用于”（reception）") in note.message
    assert note.path[2] == "car_purchase"  # the first row to fill
    plain = result.text.plain()
    assert "公务用车运行维护支出12.00万元。主要用于：未填报。2023年，某县农业农村局所属各预算单位开支" in plain
    assert "公务用车购置支出为24.00万元。购置公务用车1辆。主要用于：未填报。" in plain
    assert ("国内公务接待支出3.00万元（含外宾接待支出0.50万元）。公务接待20批次、150人次，其中：接待外宾1批次、5人次。"
            "主要用于：未填报。") in plain


def test_overview_part_two_is_the_templates_for_a_department_or_a_single_unit():
    """二、部门决算单位构成 for a 部门 (the template's sentence; the table lists the units, the text does
    not); 二、机构设置 for a single unit (or a 部门 of one unit); a 部门 with no units listed is asked."""
    dept = disclose(*load(RICH)).text
    numbered = [s.heading for s in dept.overview]
    assert numbered == ["一、主要职能", "二、部门决算单位构成"]
    body = "".join(dept.overview[1].paragraphs)
    assert "从预算单位构成看，某县农业农村局部门决算包括：某县农业农村局本级决算、下属行政事业单位决算。" in body
    assert body.endswith("纳入某县农业农村局2023年度部门决算编制范围的单位包括：")
    assert "某县农业技术推广中心" not in body and "独立核算" not in body  # the table's, not said twice
    doc = read_document(RICH)
    doc["disclosure"]["department"] = False
    doc["disclosure"].pop("units")
    unit = disclose(*parse_document(doc)).text
    assert [(s.heading, s.paragraphs) for s in unit.overview][1] == (
        "二、机构设置", ["本部门内设办公室、计划财务股、农业技术推广股等6个股室。"])
    doc["disclosure"]["department"] = True
    none = disclose(*parse_document(doc))
    assert none.text.overview[1].heading == "二、部门决算单位构成"
    asked = [f for f in none.findings if f.code == "D-TEXT-BLANK" and f.path == ("disclosure", "units")]
    assert len(asked) == 1 and "name" in asked[0].message


def test_the_word_document_draws_the_units_table_after_the_sentence(rich):
    from io import BytesIO

    import docx
    from docx.text.paragraph import Paragraph

    doc = docx.Document(BytesIO(docx_bytes(rich)))
    body = list(doc.element.body.iterchildren())
    table = doc.tables[0]._tbl
    before = Paragraph(body[body.index(table) - 1], doc)
    assert before.text == "纳入某县农业农村局2023年度部门决算编制范围的单位包括："
    names = [row.cells[1].text for row in doc.tables[0].rows[1:]]
    assert names == ["某县农业农村局（本级）", "某县农业技术推广中心"]


def test_a_share_list_whose_parts_are_not_the_whole_is_an_error_naming_the_gap():
    """公开02's 其他收入 (its lines) 10.00万元 short of the unit's: 二's parts are not 本年收入合计 —
    one D-SHARES naming the gap, not a list of shares a reader cannot add to 100%."""
    doc = read_document(RICH)
    for x in doc["income"]:
        if x["item"] == "其他收入":
            x["final"] += D(100000)
    result = disclose(*parse_document(doc))
    shares = [f for f in result.findings if f.code == "D-SHARES"]
    assert len(shares) == 1 and "相差10.00万元" in shares[0].message and "本年收入合计902.80万元" in shares[0].message
    assert shares[0].level.value == "错误"
    same = disclose(*load(RICH))
    assert not [f for f in same.findings if f.code == "D-SHARES"] and len(same.text.shares) == 4


def test_car_purchase_count_joins_its_purpose_in_one_sentence():
    """七(二): the template's “主要用于XXXX，列明公务用车购置数量” — one sentence, the count after a comma;
    no count of 0 beside a purchase of 0."""
    plain = disclose(*load(RICH)).text.plain()
    assert "主要用于按规定更新1辆超过使用年限的执法执勤用车，购置公务用车1辆。" in plain
    doc = read_document(RICH)
    doc["controlled"] = [x for x in doc["controlled"] if x["item"] != "公务用车购置费"]
    doc["disclosure"]["three_public"].pop("car_purchase", None)
    doc["quantities"]["公务用车购置数"] = 0
    plain = disclose(*parse_document(doc)).text.plain()
    assert "公务用车购置支出为0.00万元。\n" in plain and "购置公务用车0辆" not in plain


def test_basic_spending_without_its_economic_lines_asks_for_them():
    """Trial D1: 基本支出 without any 按经济分类 line — 公开06 has only its two 合计, 六 no 主要包括 — is one
    警告 naming [[disclosure.basic_economics]]; lines for one of 人员/公用经费 only: a 提示 for the other."""
    asked = [f for f in disclose(*_bare_sample()).findings if f.path == ("disclosure", "basic_economics")]
    assert [f.code for f in asked] == ["D-ECONOMICS-MISSING"] and asked[0].level.value == "警告"
    assert "[[disclosure.basic_economics]]" in asked[0].message and "公开06" in asked[0].message
    assert not [f for f in disclose(*load(RICH)).findings if f.path == ("disclosure", "basic_economics")]
    doc = read_document(sample_path())
    personnel = next(x for x in doc["spending"] if x["item"] == "人员经费")["final"]
    doc["disclosure"] = {"basic_economics": [{"code": "30101", "name": "基本工资", "final": personnel}]}
    partly = [f for f in disclose(*parse_document(doc)).findings if f.path == ("disclosure", "basic_economics")]
    assert [f.code for f in partly] == ["D-TEXT-INCOMPLETE"] and "公用经费按经济分类" in partly[0].message


@pytest.mark.parametrize("patch, said", [
    ({"sme_won": D(1800000)}, "采购金额180.00万元大于其预留预算金额90.00万元"),
    ({"micro_won": D(600000)}, "采购金额60.00万元大于其预留预算金额50.00万元"),
    ({"micro_reserved": D(1000000), "micro_won": D(0)}, "预算金额100.00万元大于面向中小企业预留的预算金额90.00万元"),
    ({"other_sme_won": D(2000000)}, "采购金额合计285.00万元大于政府采购金额240.00万元"),
])
def test_procurement_figures_larger_than_their_whole_are_a_warning(patch, said):
    doc = read_document(RICH)
    doc["disclosure"]["procurement"].update(patch)
    found = [f for f in disclose(*parse_document(doc)).findings if f.code == "D-PROCUREMENT"]
    assert len(found) == 1 and said in found[0].message and found[0].level.value == "警告"
    assert found[0].path == ("disclosure", "procurement", next(iter(patch)))  # the figure's own row
    assert not [f for f in disclose(*load(RICH)).findings if f.code == "D-PROCUREMENT"]


@pytest.mark.parametrize(("systems", "mechanism", "said"), [
    ("《预算绩效管理实施办法》、《项目支出绩效评价办法》", "“事前评估、事中监控、事后评价”",
     "本部门建立了如下预算绩效管理制度：《预算绩效管理实施办法》、《项目支出绩效评价办法》，"
     "建立了“事前评估、事中监控、事后评价”的预算绩效管理工作机制；全过程绩效管理实施情况："),
    ("《预算绩效管理实施办法》", None, "本部门建立了如下预算绩效管理制度：《预算绩效管理实施办法》。全过程"),
    ("制定了《预算绩效管理暂行办法》，全面实施预算绩效管理。", "“自评、复核”",
     "制定了《预算绩效管理暂行办法》，全面实施预算绩效管理。建立了“自评、复核”的预算绩效管理工作机制。全过程"),
])
def test_performance_names_typed_alone_read_as_the_templates_sentence(systems, mechanism, said):
    """trial (wb, session 4): the 公开说明 rows 预算绩效管理制度/工作机制建设情况 typed as a 制度名称 or a
    机制's name — as the template's blanks ask — go into the template's sentence around them, not after
    「如下：」 bare; a sentence of the unit's own stays as written."""
    doc = read_document(RICH)
    performance = doc["disclosure"]["performance"]
    performance.pop("mechanism")
    performance["systems"] = systems
    if mechanism:
        performance["mechanism"] = mechanism
    text = disclose(*parse_document(doc)).text.plain()
    assert f"某县农业农村局2023年度预算绩效管理工作开展情况如下：{said}" in text


def test_a_parent_typed_from_wan_tables_keeps_the_rounding_of_all_its_parts():
    """Fresh-eyes E1: a 款 typed from published 万元 tables whose 基本支出 and 项目支出 each carry one 0.01万元
    of 尾差 against its 项: the row totals (基本＋项目, each rounded) differ by 0.02万元 — within the rounding
    of the parent and its parts, a 提示, never an 错误 that stops the 决算公开; a real gap stays an 错误."""
    from pathlib import Path

    path = Path(__file__).parent / "data" / "published" / "putuo_wenlv_2025.toml"
    for step, refused in ((D(100), False), (D(10000), True)):
        doc = read_document(path)
        line = next(x for x in doc["disclosure"]["lines"] if x["code"] == "20701")
        for key in ("basic", "project", "general_basic", "general_project"):
            line[key] += step
        line["general"] += 2 * step
        found = disclose(*parse_document(doc)).findings
        parents = [f for f in found if f.code == "D-PARENT"]
        assert bool(parents) is refused, [f.message for f in parents]
        if not refused:
            assert any(f.code == "D-ROUNDING" and "20701" in f.message for f in found)


def test_a_missing_reason_names_the_subject_by_code_and_name():
    """Fresh-eyes B8: 「科目210“卫生健康支出”决算数与年初预算数的差异」, not the code alone."""
    doc = read_document(sample_path())
    del doc["reasons"]["final_vs_budget"]["210"]
    asked = [f.message for f in disclose(*parse_document(doc)).findings if f.code == "D-REASON-MISSING"]
    assert any("科目210“卫生健康支出”决算数与年初预算数的差异" in m for m in asked), asked


def test_a_procurement_kind_left_blank_reads_unreported_in_the_templates_order():
    """Fresh-eyes B2: 工程 left blank (as the published tables leave a zero): 「政府采购金额（以合同签订为准）：货物…、
    工程采购金额未填报、服务…」 — never 「政府采购金额…中，货物…」 — and a 警告 naming it."""
    doc = read_document(sample_path())
    del doc["disclosure"]["procurement"]["works"]
    result = disclose(*parse_document(doc))
    assert ("政府采购金额（以合同签订为准）：货物采购金额11.30万元、工程采购金额未填报、服务采购金额23.60万元。"
            in result.text.plain())
    warned = [f for f in result.findings if f.code == "D-TEXT-BLANK" and "工程采购金额未填报" in f.message]
    assert warned and warned[0].level.value == "警告" and "works" in warned[0].message


def test_a_three_public_item_left_out_is_not_asked_for():
    """An item the unit did not have, left out of the 三公 table as 公开07 leaves it blank, is 0 (core/blanks):
    七 compares it as 0.00万元 and no D-TEXT-INCOMPLETE asks for its 上年决算 (it asked for 因公出国(境)费's)."""
    doc = read_document(RICH)
    doc["controlled"] = [x for x in doc["controlled"] if x["item"] != "因公出国(境)费"]
    result = disclose(*parse_document(doc))
    assert not [f.message for f in result.findings if "因公出国" in f.message]
    seven = " ".join(p for s in result.text.sections if "三公" in s.heading for p in s.paragraphs)
    assert "因公出国（境）费支出决算为0.00万元，与2022年度持平" in seven


def test_vehicle_categories_left_blank_as_the_published_list_leaves_its_zeros():
    """十一(三) lists the eight categories 0 by 0; an accountant types the ones the unit has. Where those add
    up to the unit's cars the blank ones are 0 (core/blanks.listed_as_zero): listed, not asked for."""
    doc = read_document(RICH)
    doc["people"]["vehicles"] = 1
    doc["disclosure"]["vehicles"] = {"其他用车": 1}
    result = disclose(*parse_document(doc))
    assert not [f.message for f in result.findings if "用车" in f.message]
    assert ("共有车辆1辆，其中：部级领导干部用车0辆、主要领导干部用车0辆、机要通信用车0辆、应急保障用车0辆、"
            "执法执勤用车0辆、特种专业技术用车0辆、离退休干部用车0辆、其他用车1辆。") in result.text.plain()
