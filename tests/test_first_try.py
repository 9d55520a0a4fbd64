"""Issue 9: a report an accountant can hand in on the first try. Each test is an accountant's
input (the 行政单位 of tests/golden/xingzheng.toml, typed the way the official tables look, or a
variant of it) → what the report text and the 审核结果 show."""

from __future__ import annotations

import copy
from decimal import Decimal as D
from pathlib import Path

import pytest

from juesuan.core.findings import Level
from juesuan.core.parse import parse
from juesuan.report import analyze
from juesuan.sources.datafile import read_document

UNIT = Path(__file__).parent / "golden" / "xingzheng.toml"


@pytest.fixture(scope="module")
def document() -> dict:
    return read_document(UNIT)


def report_of(doc):
    data, read = parse(doc)
    assert [f for f in read if f.level is Level.ERROR] == []
    return analyze(data, read)


def codes(report, level=None):
    return [f.code for f in report.findings if level is None or f.level is level]


def typed_out(doc) -> dict:
    """The same unit with every 类 and 款 row carrying the sum of its children."""
    doc = copy.deepcopy(doc)
    rows = doc["functions"]
    for row in rows:
        kids = [r for r in rows if len(r["code"]) == 7 and r["code"].startswith(row["code"])]
        if len(row["code"]) < 7:
            for column in ("budget", "adjusted_budget", "final", "prior_final"):
                row[column] = sum((r[column] for r in kids), D(0))
    return doc


@pytest.fixture(scope="module")
def report(document):
    return report_of(document)


# -- 1. 功能分类 typed the way the official tables look --------------------------------------------

def test_name_only_parents_give_the_same_report_as_typed_out_parents(document, report):
    typed = report_of(typed_out(document))
    assert report.text() == typed.text()
    assert report.as_dict()["function_detail"] == typed.as_dict()["function_detail"]
    assert [f.as_dict() for f in report.findings] == [f.as_dict() for f in typed.findings]


def test_class_amounts_reach_the_text(report):
    text = report.text()
    assert "一般公共服务支出调整预算6,600,000.00元、决算6,350,000.00元，执行率96.21%" in text
    assert "住房保障支出比上年增加90,000.00元，同比增长14.06%" in text
    assert "其中：一般公共服务支出；" not in text
    assert "I-NO-PRIOR" not in codes(report)


def test_derived_parents_get_their_official_names(document):
    doc = copy.deepcopy(document)
    doc["functions"] = [r for r in doc["functions"] if len(r["code"]) == 7]
    r = report_of(doc)
    names = {x["key"]: x["name"] for x in r.as_dict()["function_detail"]}
    assert names["201"] == "一般公共服务支出"
    assert names["20103"] == "政府办公厅（室）及相关机构事务"
    assert names["22102"] == "住房改革支出"


def test_a_parent_that_disagrees_with_its_children_is_an_error_naming_its_cell(document):
    doc = copy.deepcopy(document)
    row = next(r for r in doc["functions"] if r["code"] == "20805")
    row["final"] = D("1000000.00")
    r = report_of(doc)
    errors = [f for f in r.findings if f.code == "E-PARENT-SUM"]
    assert len(errors) == 1
    index = doc["functions"].index(row)
    assert errors[0].path == ("functions", index, "final")
    assert "1,000,000.00元" in errors[0].message and "1,010,000.00元" in errors[0].message
    assert errors[0].level is Level.ERROR


# -- 2. reasons always land or say why -------------------------------------------------------------

def test_reasons_by_item_code_and_by_name_reach_the_class_sentence(report):
    text = report.text()
    # consecutive reasons under one 类 name it once (issue 19): 一般公共服务支出中，甲…；乙…。
    assert "；行政运行比上年增加" in text  # keyed by the 项 name 行政运行
    assert "住房保障支出中住房公积金比上年增加的主要原因是：按规定调整公积金缴存基数。" in text
    assert "一般公共服务支出中，一般行政管理事务比调整预算减少" in text  # keyed by the 项 code 2010302
    missing = [f.path for f in report.findings if f.code == "W-REASON-MISSING"]
    # given at 项 level: no warning asks for it again at 类 level
    assert ("reasons", "final_yoy", "201") not in missing
    assert ("reasons", "final_yoy", "221") not in missing
    assert ("reasons", "final_vs_budget", "201") not in missing


def test_a_reason_matching_nothing_is_listed_with_its_key(document):
    doc = copy.deepcopy(document)
    doc["reasons"]["final_yoy"]["办公费"] = "物价上涨。"
    doc["reasons"]["assets"]["无形资产"] = "购买软件。"
    r = report_of(doc)
    orphans = {f.path for f in r.findings if f.code == "W-REASON-ORPHAN"}
    assert orphans == {("reasons", "final_yoy", "办公费"), ("reasons", "assets", "无形资产")}
    assert "物价上涨" not in r.text()


def test_a_reason_the_report_cannot_print_is_listed_as_unused(document):
    doc = copy.deepcopy(document)
    doc["reasons"]["budget_yoy"] = {"2010301": "调资。"}  # functions are not compared budget to budget
    r = report_of(doc)
    assert [f.path for f in r.findings if f.code == "W-REASON-UNUSED"] == [("reasons", "budget_yoy", "2010301")]


def test_a_reason_says_which_comparison_it_explains_where_the_paragraph_has_both(report):
    text = report.text()
    assert "公务用车运行维护费比上年减少的主要原因是" in text
    assert "因公出国（境）费比上年增加的主要原因是" in text


def test_the_same_reason_is_referred_back_to(report):
    """A reason printed in 二（二） is printed again in 二（二）1（2）, which lies inside 二（二）: a
    reference "见二（二）" there would send the reader to the section they are reading."""
    text = report.text()
    assert text.count("新录用公务员6名，落实调资政策") == 2
    assert "；行政运行比上年增加的主要原因是：新录用公务员6名，落实调资政策。" in text  # 一般公共服务支出中，…
    assert "主要原因见二（二）。" not in text


def test_a_tautology_is_a_note(document):
    doc = copy.deepcopy(document)
    doc["reasons"]["assets"]["负债总额"] = "负债总额比上年减少。"
    r = report_of(doc)
    notes = [f for f in r.findings if f.code == "I-REASON-TAUTOLOGY"]
    assert [f.path for f in notes] == [("reasons", "assets", "负债总额")]
    assert notes[0].level is Level.INFO


# -- 5. missing is not 无 --------------------------------------------------------------------------

def test_an_empty_text_section_is_a_visible_placeholder_and_a_note(report):
    text = report.text()
    assert "【待填写：信息公开情况】" in text
    assert "（二）本单位决算及绩效信息公开工作开展情况。\n无。" not in text
    notes = [f for f in report.findings if f.code == "I-TEXT-MISSING"]
    assert ("text", "信息公开情况") in [f.path for f in notes]
    assert all(f.level is Level.INFO for f in notes)


def test_a_blank_meeting_fee_is_not_reported_rather_than_none(document):
    doc = copy.deepcopy(document)
    doc["controlled"] = [r for r in doc["controlled"] if r["item"] != "会议费"]
    r = report_of(doc)
    assert "【待填写：会议费本年决算】" in r.text()
    assert "无会议费支出" not in r.text()
    assert "I-CONTROLLED-MISSING" in codes(r, Level.INFO)


def test_a_zero_meeting_fee_is_no_spending(document):
    doc = copy.deepcopy(document)
    for row in doc["controlled"]:
        if row["item"] == "会议费":
            row.update(final=D(0), prior_final=D(0), budget=D(0))
    r = report_of(doc)
    assert "2023年度及上年度均无会议费支出。" in r.text()
    assert "I-CONTROLLED-MISSING" not in codes(r)


# -- 3. one budget basis, labelled -----------------------------------------------------------------

def test_every_budget_figure_says_which_budget(report):
    text = report.text()
    assert "比调整预算8,800,000.00元减少300,000.00元，预算执行率96.59%" in text
    assert "人员经费决算6,100,000.00元，比调整预算减少100,000.00元" in text
    # the 三公 were budgeted at the start of the year only: said so, not called 调整预算
    assert "“三公”经费年初预算200,000.00元，决算153,390.50元，完成年初预算的76.70%" in text
    titles = {t.key: [col.label for col in t.columns] for t in report.tables.values()}
    assert "本年调整预算" in titles["final_by_nature"] and "比调整预算增减" in titles["final_by_nature"]
    assert "本年年初预算" in titles["controlled"]


def test_the_fiscal_section_never_mixes_budgets(document):
    doc = copy.deepcopy(document)
    for row in doc["spending"]:
        if "budget" in row:
            row["fiscal_budget"] = row["budget"] - (D(200000) if row["item"] == "公用经费" else 0)
            row["fiscal_final"] = row["final"] - (D(150000) if row["item"] == "公用经费" else 0)
    r = report_of(doc)
    text = r.text()
    section = text[text.index("4．财政拨款收入、支出分析。"):text.index("5．非财政拨款收入分析。")]
    assert "调整预算" not in section
    assert "财政拨款收入年初预算8,000,000.00元" in section
    assert "财政拨款支出年初预算8,000,000.00元" in section


def test_final_far_above_the_first_budget_asks_about_the_adjusted_one(sample_report, report):
    assert "I-ADJUSTED-MISSING" in codes(sample_report, Level.INFO)
    assert "I-ADJUSTED-MISSING" not in codes(report)


# -- 4. 三公, 会议费 and 培训费 -------------------------------------------------------------------

def test_three_public_paragraph_in_disclosure_form(report):
    text = report.text()
    # 公务用车购置费 is 0: not listed (不涉及的不列), the car pair is its one item with an amount
    assert ("其中：因公出国（境）费38,600.00元，占25.16%；公务用车运行维护费96,540.50元，占62.94%；"
            "公务接待费18,250.00元，占11.90%。") in text
    assert "比上年减少241,109.50元，同比下降61.12%" in text
    assert "实物量方面：2023年度因公出国（境）团组1个（上年0个），出国3人次（上年0人次）" in text
    assert "(境)" not in text
    assert all("(境)" not in f.message for f in report.findings)


def test_shares_add_to_one_hundred_within_display_rounding():
    """Each share is rounded half-up once; where the parts make up the whole, the largest takes the
    rounding remainder (尾差调整, eyes5 A11), so the printed shares add to exactly 100.00%."""
    from juesuan.narrative.phrases import shares

    assert shares([D(1), D(1), D(1)], D(3)) == [D("33.34"), D("33.33"), D("33.33")]
    assert sum(shares([D("38600"), D("96540.50"), D("18250")], D("153390.50"))) == 100
    parts = [D("0.01"), D("0.02"), D("0.04"), D("0.06"), D("0.17")]
    assert sum(shares(parts, sum(parts))) == 100
    assert shares([D(1), D(1)], D(3)) == [D("33.33"), D("33.33")]  # not the whole: no adjustment
    assert shares([D(1)], D(0)) is None


def test_meeting_and_training_get_the_budget_comparison_and_the_reason_check(report):
    text = report.text()
    assert "2023年度会议费支出31,200.00元，比上年35,000.00元减少3,800.00元，同比下降10.86%，" \
           "比年初预算40,000.00元减少8,800.00元，完成年初预算的78.00%" in text
    assert "完成年初预算的76.33%" in text  # 培训费
    missing = [f.path for f in report.findings if f.code == "W-REASON-MISSING"]
    assert ("reasons", "final_vs_budget", "会议费") in missing
    assert ("reasons", "final_vs_budget", "培训费") in missing


# -- 6. a report with 错误 says so -----------------------------------------------------------------

def _with_error(doc):
    doc = copy.deepcopy(doc)
    next(r for r in doc["functions"] if r["code"] == "201")["final"] = D("1.00")
    return doc


def test_a_report_with_errors_carries_a_visible_mark(document, report):
    from juesuan.workbook.outputs import narrative_sheet

    bad = report_of(_with_error(document))
    assert bad.errors == 2 and bad.error_mark == "存在2项审核错误，仅供核对"  # E-PARENT-SUM, E-FUNCTION-TOTAL
    assert report.error_mark == ""
    first = narrative_sheet(bad).cells[(1, 0)]  # under the title
    assert "存在2项审核错误，仅供核对" in first.value and first.style == "error"
    assert "审核错误" not in narrative_sheet(report).cells[(1, 0)].value


def test_the_word_report_with_errors_says_so_in_the_header_and_first_page(document, report):
    from io import BytesIO

    from docx import Document

    from juesuan.export.word import build

    bad = Document(BytesIO(build(report_of(_with_error(document)))))
    assert "存在2项审核错误，仅供核对" in bad.sections[0].header.paragraphs[0].text
    assert "存在2项审核错误" in bad.paragraphs[0].text
    clean = Document(BytesIO(build(report)))
    assert "审核错误" not in clean.sections[0].header.paragraphs[0].text
    assert not any("审核错误" in p.text for p in clean.paragraphs)


# -- 8. findings in words an accountant reads, at the cell they are about -------------------------

def test_messages_use_chinese_names_and_formatted_amounts(document, sample_report):
    import re

    variants = [document, _with_error(document)]
    doc = copy.deepcopy(document)
    doc["reasons"]["final_yoy"]["办公费"] = "物价上涨。"
    del doc["text"]["主要职能"]
    variants.append(doc)
    findings = [f for v in variants for f in report_of(v).findings] + list(sample_report.findings)
    for f in findings:
        assert not re.search(r"[a-z]+_[a-z]+|unit\.name|\(item\)|（name）", f.message), f.message
        assert not re.search(r"\d{4,}\.\d\d", f.message), f.message  # amounts have separators


def test_findings_point_at_the_cell_of_their_value(document):
    from juesuan.workbook.build import input_rows

    doc = copy.deepcopy(document)
    doc["controlled"] = [r for r in doc["controlled"] if r["item"] != "会议费"]
    data, _ = parse(doc)
    r = analyze(data)
    _, locator = input_rows(data)
    by_code = {}
    for f in r.findings:
        by_code.setdefault(f.code, f)
    # a 会议费 left blank: its 本年决算 cell on the 三公 sheet, not the block's first cell
    sheet, row, col = locator.cell(by_code["I-CONTROLLED-MISSING"].path)
    from juesuan.sources import layout as L

    assert (row, col) == L.CONTROLLED_BLOCK.cell(list(L.ROW_LABELS["in_controlled"]).index("会议费"), "final")
    # a missing reason: the first free row of the 原因说明 sheet, where it will be typed
    sheet, row, _ = locator.cell(by_code["W-REASON-MISSING"].path)
    assert sheet == L.REASONS and row > L.REASONS_BLOCK.row


# -- 9. Word tables: figures never wrap, captions stay with their tables -------------------------

def test_word_tables_keep_figures_on_one_line_and_captions_with_the_table(report):
    from io import BytesIO

    from docx import Document
    from docx.oxml.ns import qn

    from juesuan.export import word

    doc = Document(BytesIO(word.build(report)))
    captions = [p for p in doc.paragraphs if p.style.name == word.TABLE_CAPTION]
    assert captions and all(p.paragraph_format.keep_with_next for p in captions)
    for table in doc.tables:
        widths = [cell.width for cell in table.rows[0].cells]
        assert sum(widths) <= word.TEXT_WIDTH
        for row in table.rows[1:]:
            for cell, width in zip(row.cells, widths, strict=True):
                text = cell.text
                if word.is_figure(text):
                    assert cell._tc.tcPr.find(qn("w:noWrap")) is not None
                    size = cell.paragraphs[0].runs[0].font.size
                    assert word.text_ems(text) * word.BOLD * size + word.CELL_PAD <= width + 635, text  # 1 twip


# -- 8/9 in the workbook: error cells highlighted, stale formats cleared, pages that print whole ----

def _workbook(tmp_path, doc) -> Path:
    from juesuan.workbook.build import build

    data, _ = parse(doc)
    path = tmp_path / "单位.xlsm"
    path.write_bytes(build(data, analyze(data)))
    return path


def _set(path: Path, sheet: str, row: int, col: int, value) -> None:
    _set_many(path, {(sheet, row, col): value})


def _set_many(path: Path, values: dict) -> None:
    """Type ``{(sheet, row, col): value}`` into the workbook, saved once."""
    import openpyxl

    wb = openpyxl.load_workbook(path, keep_vba=True)
    for (sheet, row, col), value in values.items():
        wb[sheet].cell(row + 1, col + 1).value = value
    wb.save(path)


def _fill(path: Path, sheet: str, row: int, col: int) -> str:
    import openpyxl

    return openpyxl.load_workbook(path)[sheet].cell(row + 1, col + 1).fill.fgColor.rgb[-6:]


def test_an_input_cell_with_an_error_is_highlighted_until_a_clean_recalculation(document, tmp_path):
    from juesuan.export.sheet_style import ERROR_FILL, INPUT_FILL
    from juesuan.sources import layout as L
    from juesuan.workbook.edit import recalc

    path = _workbook(tmp_path, document)
    index = next(i for i, r in enumerate(document["functions"]) if r["code"] == "20805")
    row, col = L.FUNCTIONS_BLOCK.cell(index, "final")
    assert _fill(path, L.FUNCTIONS, row, col) == INPUT_FILL
    _set(path, L.FUNCTIONS, row, col, 1000000)  # a 款 that disagrees with its 项
    report, _ = recalc(path)
    assert "E-PARENT-SUM" in codes(report, Level.ERROR)
    assert _fill(path, L.FUNCTIONS, row, col) == ERROR_FILL
    _set(path, L.FUNCTIONS, row, col, None)  # back to name only: the sum of its children
    report, _ = recalc(path)
    assert report.errors == 0
    assert _fill(path, L.FUNCTIONS, row, col) == INPUT_FILL


def test_recalculation_clears_formatting_left_where_rows_shifted(document, tmp_path):
    import openpyxl

    from juesuan.sources import layout as L
    from juesuan.workbook.edit import recalc

    path = _workbook(tmp_path, document)
    cells = _reason_cells(document)
    _set_many(path, dict.fromkeys(cells))  # the reasons deleted: many more warnings, the 审核结果 grows
    long, _ = recalc(path)
    _set_many(path, cells)  # typed back: fewer findings
    short, _ = recalc(path)
    assert len(short.findings) < len(long.findings)
    ws = openpyxl.load_workbook(path)[L.FINDINGS]
    for r in range(L.FINDINGS_FIRST + len(short.findings) + 6, L.FINDINGS_FIRST + len(long.findings)):
        for c in range(4):
            cell = ws.cell(r + 1, c + 1)
            assert cell.value is None and not cell.font.bold and cell.fill.fill_type is None, (r, c)
            assert not cell.border.left.style, (r, c)


def _reason_cells(doc) -> dict:
    from juesuan.core.catalog import REASON_COMPARISONS
    from juesuan.sources import layout as L

    out, i = {}, 0
    for comparison, lines in doc["reasons"].items():
        for key, text in lines.items():
            for column, value in (("comparison", REASON_COMPARISONS[comparison]), ("line", key), ("text", text)):
                out[(L.REASONS, *L.REASONS_BLOCK.cell(i, column))] = value
            i += 1
    return out


def test_guide_and_indicators_print_whole_and_the_conf_sheet_does_not_print(report, tmp_path, document):
    import openpyxl

    from juesuan.sources import layout as L

    path = _workbook(tmp_path, document)
    wb = openpyxl.load_workbook(path)
    assert wb[L.CONF].sheet_state == "hidden"
    guide = wb[L.GUIDE]
    for r in range(3, 9):
        assert guide.cell(r, 1).alignment.wrap_text
    ind = wb[L.INDICATORS]
    formulas = [ind.cell(r, 3) for r in range(L.INDICATORS_FIRST + 1, ind.max_row + 1) if ind.cell(r, 3).value]
    assert formulas and all(c.alignment.wrap_text for c in formulas)
    assert all(ind.row_dimensions[c.row].height for c in formulas)


def test_every_reason_reaches_the_text_or_is_listed(document, sample_report):
    from juesuan.narrative.phrases import sentence_end

    doc = copy.deepcopy(document)
    doc["reasons"]["budget_yoy"] = {"一般公共预算财政拨款收入": "追加人员经费。", "total": "调资。"}
    doc["reasons"]["final_yoy"]["其他收入"] = "存款利率下调。"
    for r in (report_of(doc), sample_report):
        listed = {f.path for f in r.findings if f.code in ("W-REASON-UNUSED", "W-REASON-ORPHAN")}
        for comparison, lines in r.data.reasons.items():
            for key, text in lines.items():
                assert sentence_end(text) in r.text() or ("reasons", comparison, key) in listed, (comparison, key)


def test_a_three_public_row_left_out_as_the_official_table_leaves_it_is_not_asked_for(document):
    """The accountant types the 三公 table the way 公开07 looks: an item the unit did not have is left blank
    (no row at all). With 本年决算 filled on the other items it is 0 (core/blanks), not 未填报: no 提示 asks
    for it — a 会议费 left out is still asked for (it is no part of the 三公 table)."""
    doc = copy.deepcopy(document)
    typed = {r["item"] for r in doc["controlled"]}
    assert {"因公出国(境)费", "公务接待费"} <= typed
    doc["controlled"] = [r for r in doc["controlled"] if r["item"] not in ("因公出国(境)费", "会议费")]
    r = report_of(doc)
    asked = [f for f in r.findings if f.code == "I-CONTROLLED-MISSING"]
    assert [f.path for f in asked] == [("controlled", "会议费", "final")], [f.message for f in asked]
    assert "【待填写：因公出国" not in r.text()
