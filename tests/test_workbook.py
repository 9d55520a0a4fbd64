"""The workbook: built from code, read back without loss, recomputed by LibreOffice, recalculated
in place without losing what a person typed."""

from __future__ import annotations

import shutil
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings

from juesuan.core.parse import parse
from juesuan.report import analyze
from juesuan.sources import layout as L
from juesuan.sources.blocks import read_blocks, read_sheets
from juesuan.workbook import outputs
from juesuan.workbook.build import build, input_rows
from juesuan.workbook.edit import WorkbookError, read_workbook, read_workbook_located, recalc, sheets_of
from tests.conftest import examples
from tests.units import documents

ROOT = Path(__file__).resolve().parents[1]
needs_office = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is installed by .ci/run")


def built(data, path: Path) -> Path:
    path.write_bytes(build(data, analyze(data)))
    return path


@pytest.fixture
def book(sample, tmp_path) -> Path:
    return built(sample, tmp_path / "单位.xlsm")


def test_extract_of_build_is_the_data(sample, book):
    data, findings = read_workbook(book)
    assert findings == []
    assert data == sample


def test_extract_of_build_is_the_data_for_a_rich_unit(tmp_path):
    from tests.rich import rich_unit

    data = rich_unit()
    again, findings = read_workbook(built(data, tmp_path / "rich.xlsm"))
    assert findings == []
    assert again == data


@settings(max_examples=examples(15), deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(doc=documents(canonical=True))
def test_extract_of_build_is_the_data_for_random_units(doc, tmp_path):
    data, findings = parse(doc)
    assert findings == []
    path = tmp_path / "r.xlsm"
    path.write_bytes(build(data, analyze(data)))
    again, findings = read_workbook(path)
    assert findings == []
    assert again == data


def test_committed_template_is_a_fresh_build():
    committed = (ROOT / "workbook" / "juesuan.xlsm").read_bytes()
    assert committed == build(None, None), "workbook/juesuan.xlsm is stale: run `make workbook`"


def test_build_is_reproducible(sample):
    assert build(sample, analyze(sample)) == build(sample, analyze(sample))


def test_workbook_has_names_buttons_and_conf(book):
    wb = openpyxl.load_workbook(book, keep_vba=True)
    assert wb.sheetnames == list(L.SHEETS)
    names = set(wb.defined_names.keys()) if hasattr(wb.defined_names, "keys") else {n.name for n in wb.defined_names}
    assert {b.name for b in L.BLOCKS} <= names
    assert wb[L.CONF]["A1"].value == "Interpreter_Win"
    with zipfile.ZipFile(book) as z:
        assert "xl/vbaProject.bin" in z.namelist()
        vml = [z.read(n).decode() for n in z.namelist() if n.startswith("xl/drawings/vmlDrawing")]
    assert sum(v.count("<x:FmlaMacro>") for v in vml) == 5 * len(L.BUTTON_SHEETS) + 1  # + 审阅 on its sheet


def test_buttons_are_top_left_on_every_sheet_in_a_frozen_row_and_never_print(book):
    """Every sheet but the hidden ones has its buttons in row 1 right of its title, within a
    1366-pixel laptop screen, in the frozen rows (always in view), and left out of the printout."""
    import re

    from juesuan.workbook.sheet_spec import look

    wb = openpyxl.load_workbook(book, keep_vba=True)
    with zipfile.ZipFile(book) as z:
        for i, name in enumerate(L.SHEETS[:-2], start=1):  # 公开数据 and xlwings.conf are hidden
            rels = z.read(f"xl/worksheets/_rels/sheet{i}.xml.rels").decode()
            vml = z.read("xl/drawings/" + re.search(r'Target="../drawings/(vmlDrawing\d+\.vml)"', rels)[1]).decode()
            buttons = re.findall(r"<x:ClientData ObjectType=\"Button\">(.*?)</x:ClientData>", vml, re.S)
            assert len(buttons) == len(look(name).buttons) >= 1, name
            widths = look(name).widths_by_column()
            for button in buttons:
                col, dx, row, _, _, _, last_row, _ = (int(x) for x in re.search(
                    r"<x:Anchor>(.*?)</x:Anchor>", button)[1].split(","))
                left = sum(int(widths.get(j, 8.43) * 7 + 0.5) + 5 for j in range(col)) + dx
                assert row == last_row == 0 and left + 72 < 1366 - 200, (name, col, dx)  # 200: Excel's frame
                assert "<x:PrintObject>False</x:PrintObject>" in button
            assert wb[name].freeze_panes and int(re.sub(r"\D", "", wb[name].freeze_panes)) >= 2, name


def test_formulas_trace_to_inputs(book):
    """分析表 → 取数 (the input cell taken once, checked as the engine takes it) → the input."""
    wb = openpyxl.load_workbook(book)

    def formulas(name: str) -> list[str]:
        return [c.value for row in wb[name].iter_rows() for c in row if isinstance(c.value, str)
                and c.value.startswith("=")]

    analysis, taken = formulas(L.ANALYSIS), formulas(L.TAKEN)
    assert len(analysis) > 100 and any(f"'{L.TAKEN}'!" in f for f in analysis)
    assert any(f"'{L.AMOUNTS}'!" in f for f in taken) and any(f"'{L.FUNCTIONS}'!" in f for f in taken)
    assert not any(f"'{L.AMOUNTS}'!" in f for f in analysis)


def test_trace_formulas_are_short_enough_to_read(book):
    wb = openpyxl.load_workbook(book)
    lengths = [len(c.value) for name in (L.ANALYSIS, L.INDICATORS, L.CHARTS) for row in wb[name].iter_rows()
               for c in row if isinstance(c.value, str) and c.value.startswith("=")]
    assert lengths and max(lengths) <= 200, max(lengths)


def _engine_cells(data):
    report = analyze(data)
    _, locator = input_rows(data)
    return outputs.all_sheets(report, locator)


def _agree(want, got, pct: bool) -> bool:
    if want is None or want == "":
        return got in (None, "")
    if isinstance(want, float):
        return isinstance(got, int | float) and abs(got - want) < (0.00005 if pct else 0.005)
    return got == want


@needs_office
@pytest.mark.parametrize("unit", ["sample", "rich", "xingzheng", "thirds", "tail"])
def test_libreoffice_recomputes_every_formula_to_the_cent(sample, tmp_path, unit):
    from juesuan.export.office import recalculated_copy
    from juesuan.sources.datafile import load
    from tests.rich import rich_unit
    from tests.test_chart_shares import tail_unit
    from tests.test_narrative import thirds

    # xingzheng: 类/款 typed with code and name only, so their formulas sum their children;
    # thirds: shares of 33.33% each, the 占比 formulas put the 尾差 on the first (33.34%); tail: the income
    # pie's 占比 column (图表) takes its 尾差 from 分析表's 本年决算 cells (97.65% + 2.35%)

    data = {"sample": sample, "rich": None, "xingzheng": None, "thirds": thirds(sample),
            "tail": tail_unit()}[unit] or (
        rich_unit() if unit == "rich" else load(ROOT / "tests" / "golden" / "xingzheng.toml")[0])
    book = built(data, tmp_path / f"{unit}.xlsm")
    copy = recalculated_copy(book, tmp_path)
    wb = openpyxl.load_workbook(copy, data_only=True)
    checked = 0
    for name, sheet in _engine_cells(data).items():
        for (r, c), cell in sheet.cells.items():
            if not cell.formula:
                continue
            got = wb[name].cell(r + 1, c + 1).value
            assert _agree(outputs.excel_value(cell), got, cell.style.endswith("pct")), (name, r, c, cell.formula)
            checked += 1
    assert checked > 150


@needs_office
def test_libreoffice_sees_the_modules_and_the_buttons(book, tmp_path):
    from juesuan.export.office import convert

    ods = convert(book, "ods", tmp_path)
    with zipfile.ZipFile(ods) as z:
        modules = {Path(n).stem for n in z.namelist() if n.startswith("Basic/VBAProject/") and n.endswith(".xml")}
        content = z.read("content.xml").decode()
    assert {"Juesuan", "xlwings", "Dictionary"} <= modules
    for macro in ("JuesuanRecalculate", "JuesuanCheck", "JuesuanExportReport", "JuesuanRollOver"):
        assert content.count(f"VBAProject.Juesuan.{macro}?") == len(L.BUTTON_SHEETS)


def _edit(path: Path) -> None:
    """What a person does between two clicks of 重新计算."""
    from openpyxl.comments import Comment

    wb = openpyxl.load_workbook(path, keep_vba=True)
    spending = wb[L.AMOUNTS]
    row, col = L.SPENDING_BLOCK.cell(1, "final")  # 公用经费 决算
    spending.cell(row + 1, col + 1).value = 527774.03  # 100,000 less
    f = wb[L.FUNCTIONS]
    r = L.FUNCTIONS_BLOCK.row + 4
    f.cell(r + 1, 1).value, f.cell(r + 1, 2).value = "213", "农林水支出"
    f.cell(r + 1, 4).value = 0
    f.cell(r + 1, 6).value = 0
    # 201 决算 down by the same 100,000 so that the totals still agree
    f.cell(L.FUNCTIONS_BLOCK.row + 1, 6).value = 3951166.71
    income = wb[L.AMOUNTS]
    row, col = L.INCOME_BLOCK.cell(0, "final")
    income.cell(row + 1, col + 1).value = 4577326.79
    reasons = wb[L.REASONS]
    rr = L.REASONS_BLOCK.row + 30
    reasons.cell(rr + 1, 1).value = "决算与上年决算对比"
    reasons.cell(rr + 1, 2).value = "213"
    reasons.cell(rr + 1, 3).value = "=新增科目，说明以等号开头"
    reasons.cell(rr + 1, 3).data_type = "s"
    own = wb.create_sheet("我的测算")
    own["A1"] = "自己的表"
    own["B2"] = 42
    spending.cell(1, 1).comment = Comment("请主任审核", "会计")
    wb[L.ASSETS].column_dimensions["A"].width = 41
    wb.save(path)


def test_recalc_keeps_what_a_person_did(book):
    _edit(book)
    before = {n: [[c.value for c in row] for row in openpyxl.load_workbook(book)[n].iter_rows()]
              for n in L.INPUT_SHEETS}
    report, backup = recalc(book)
    assert backup.exists()
    assert not list(book.parent.glob(".*.xlsm"))  # no temporary file left
    wb = openpyxl.load_workbook(book, keep_vba=True)
    for n in L.INPUT_SHEETS:  # no input cell changed
        assert [[c.value for c in row] for row in wb[n].iter_rows()] == before[n]
    assert wb["我的测算"]["B2"].value == 42
    assert wb[L.AMOUNTS].cell(1, 1).comment.text == "请主任审核"
    assert wb[L.ASSETS].column_dimensions["A"].width == 41
    rr = L.REASONS_BLOCK.row + 30
    assert wb[L.REASONS].cell(rr + 1, 3).value == "=新增科目，说明以等号开头"
    assert wb[L.REASONS].cell(rr + 1, 3).data_type == "s"
    with zipfile.ZipFile(book) as z:
        assert "xl/vbaProject.bin" in z.namelist()
    # the analysis follows the edit
    assert report.figures.spending.line("公用经费").get("final") == Decimal("527774.03")
    assert "农林水支出" in [x.name for x in report.figures.functions.lines]
    values = [c.value for row in wb[L.ANALYSIS].iter_rows() for c in row]
    assert "农林水支出" in values
    assert report.errors == 0


def test_recalc_writes_the_same_values_as_a_fresh_build(sample, book):
    recalc(book)
    wb = openpyxl.load_workbook(book)
    for name, sheet in _engine_cells(sample).items():
        for (r, c), cell in sheet.cells.items():
            got = wb[name].cell(r + 1, c + 1).value
            assert got == (cell.formula or outputs.excel_value(cell)) or (got is None and cell.value in (None, ""))


def test_not_a_juesuan_workbook_is_left_untouched(tmp_path):
    other = tmp_path / "工资表.xlsm"
    wb = openpyxl.Workbook()
    wb.active["A1"] = "工资"
    wb.save(other)
    raw = other.read_bytes()
    with pytest.raises(WorkbookError, match="不是 juesuan 工作簿"):
        recalc(other)
    assert other.read_bytes() == raw
    assert not (tmp_path / "工资表.xlsm.bak").exists()


def test_locked_workbook_is_left_untouched(book):
    lock = book.with_name("~$" + book.name)
    lock.write_bytes(b"x")
    raw = book.read_bytes()
    with pytest.raises(WorkbookError, match="正在被其他程序打开"):
        recalc(book)
    assert book.read_bytes() == raw


@pytest.mark.parametrize(("value", "code"), [("abc", "E-NOT-NUMBER"), ("１２３", "E-NOT-NUMBER"),
                                             ("1.2万", "E-NOT-NUMBER"), (-5, "E-NEGATIVE")])
def test_bad_cells_give_findings_naming_the_cell(book, value, code):
    wb = openpyxl.load_workbook(book, keep_vba=True)
    row, col = L.SPENDING_BLOCK.cell(0, "budget")
    wb[L.AMOUNTS].cell(row + 1, col + 1).value = value
    wb.save(book)
    _data, findings, locator = read_workbook_located(book)
    (f,) = [f for f in findings if f.code == code]
    assert locator.address(f.path) == f"'{L.AMOUNTS}'!{L.cell_ref(row, col)}"
    report, _ = recalc(book)  # and the run goes on
    assert report.errors >= 1


@pytest.mark.parametrize("change", ["delete", "rename"])
def test_missing_input_sheet_is_a_finding(book, change):
    wb = openpyxl.load_workbook(book, keep_vba=True)
    if change == "delete":
        del wb[L.FUNCTIONS]
    else:
        wb[L.FUNCTIONS].title = "功能分类（改）"
    _, findings, _ = read_sheets(sheets_of(wb), wb.sheetnames)
    (f,) = [f for f in findings if f.code == "E-SHEET-MISSING"]
    assert L.FUNCTIONS in f.message
    if change == "rename":
        assert "功能分类（改）" in f.message


def test_findings_sheet_links_to_cells(book):
    recalc(book)
    ws = openpyxl.load_workbook(book)[L.FINDINGS]
    links = [c.value for row in ws.iter_rows() for c in row if str(c.value).startswith("=HYPERLINK(")]
    target = f"'{L.AMOUNTS}'!{L.cell_ref(*L.SPENDING_BLOCK.cell(2, 'final'))}"  # 项目支出 决算
    assert any(f'"#{target}"' in link for link in links)


def test_olevba_reads_our_macros_from_the_built_file(book):
    from oletools.olevba import VBA_Parser

    from juesuan.workbook.build import macros_dir
    from juesuan.workbook.vba import macro_modules

    parser = VBA_Parser(str(book))
    modules = {stream.split("/")[-1] for _, stream, _, _ in parser.extract_macros()}
    ours = {m.name for m in macro_modules(macros_dir())}
    assert modules == {"ThisWorkbook", *L.CODENAMES.values(), *ours, "xlwings", "Dictionary"}


@pytest.mark.parametrize("text", ["=1+1 是文字", "+86 电话", "-（一）减少", "@所有人"])
def test_typed_text_starting_like_a_formula_stays_text(sample, tmp_path, text):
    from dataclasses import replace

    data = replace(sample, reasons={**sample.reasons, "assets": {**sample.reasons["assets"], "货币资金": text}},
                   text={**sample.text, "意见和建议": text})
    path = built(data, tmp_path / "t.xlsm")
    recalc(path)
    wb = openpyxl.load_workbook(path)
    cells = [c for row in wb[L.REASONS].iter_rows() for c in row if c.value == text]
    cells += [c for row in wb[L.TEXT].iter_rows() for c in row if c.value == text]
    assert len(cells) == 2 and all(c.data_type == "s" for c in cells)
    narrative = [c for row in wb[L.NARRATIVE].iter_rows() for c in row if c.value == text]
    assert narrative and all(c.data_type == "s" for c in narrative)
    again, _findings = read_workbook(path)
    assert again.text["意见和建议"] == text and again.reasons["assets"]["货币资金"] == text


def test_any_cells_give_findings_not_exceptions():
    """Whatever a person types into the input blocks (as Excel hands it over): findings, no crash."""
    import datetime as dt

    from hypothesis import given
    from hypothesis import settings as hsettings
    from hypothesis import strategies as st

    cell = st.one_of(st.none(), st.booleans(), st.integers(-10**9, 10**9), st.floats(allow_nan=True),
                     st.text(max_size=6), st.just(dt.datetime(2021, 5, 1)),
                     st.sampled_from(["１２３", "1.2万", "=SUM(A1)", "合计", "决算与预算对比", "201", " "]))

    @hsettings(max_examples=examples(80), deadline=None)
    @given(st.fixed_dictionaries({b.name: st.lists(st.lists(cell, min_size=len(b.columns), max_size=len(b.columns)),
                                                   max_size=4) for b in L.BLOCKS}))
    def check(grids):
        data, findings, locator = read_blocks(grids, list(L.SHEETS))
        report = analyze(data, findings)
        assert report.text()
        for f in findings:
            locator.address(f.path)

    check()


def test_line_breaks_pasted_from_word_are_read_as_newlines(book):
    wb = openpyxl.load_workbook(book, keep_vba=True)
    row, col = L.TEXT_BLOCK.cell(len(L.ROW_LABELS["in_text"]) - 4, "text")
    wb[L.TEXT].cell(row + 1, col + 1).value = "第一条_x000B_第二条"  # as Excel stores Word's manual line break
    wb.save(book)
    data, _ = read_workbook(book)
    key = L.ROW_LABELS["in_text"][-4]
    assert data.text[key] == "第一条\n第二条"
    recalc(book)  # and the file still saves


def test_the_analysis_sheet_explains_the_budget_basis_where_lines_mix():
    """A table whose lines mix 调整预算 and 年初预算 carries the same note as in the Word report."""
    from juesuan.sources.datafile import load

    data, _ = load(Path(__file__).parent / "data" / "disclosure_nongye.toml")
    report = analyze(data)
    notes = {t.note for t in report.tables.values() if t.note}
    assert notes
    sheet = outputs.all_sheets(report, L.Locator())[L.ANALYSIS]
    texts = {c.value for c in sheet.cells.values() if c.style == "note"}
    assert notes <= texts


def test_sources_never_import_the_workbook_writers():
    """The layout lives under ``sources``: readers never depend on the writers (issue 16)."""
    import ast

    root = Path(__file__).resolve().parent.parent / "src" / "juesuan" / "sources"
    for path in root.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level:
                assert not (node.module or "").startswith(("workbook", "excel", "batch")), (path.name, node.module)


@needs_office
def test_a_workbook_saved_by_libreoffice_recalculates_without_loss(sample, tmp_path):
    """LibreOffice saves the buttons as shapes beside their VML (and may drop the VBA project):
    recalc keeps the buttons, puts the macros back and loses no input."""
    from oletools.olevba import VBA_Parser

    from juesuan.export.office import convert
    from juesuan.workbook.build import macros_dir
    from juesuan.workbook.vba import macro_modules

    book = built(sample, tmp_path / "单位.xlsm")
    (tmp_path / "lo").mkdir()
    saved = convert(book, "xlsm", tmp_path / "lo")
    before, _ = read_workbook(saved)
    report, _ = recalc(saved)
    after, findings = read_workbook(saved)
    assert after == before == sample and report.errors == 0 and not findings
    with zipfile.ZipFile(saved) as z:
        vml = [z.read(n).decode() for n in z.namelist() if n.endswith(".vml")]
    assert sum(v.count("</x:FmlaMacro>") for v in vml) == 5 * len(L.BUTTON_SHEETS) + 1
    modules = {s.split("/")[-1] for _, s, _, _ in VBA_Parser(str(saved)).extract_macros()}
    assert {m.name for m in macro_modules(macros_dir())} | {"xlwings"} <= modules
    wb = openpyxl.load_workbook(saved)
    assert wb[L.ANALYSIS].print_area and wb[L.FINDINGS].cell(L.FINDINGS_FIRST + 1, 1).value


def _type_functions(book: Path, rows: list[tuple]) -> None:
    """Type ``rows`` (code, name, budget, final) into the 功能分类 sheet from its first row, as a person
    would: codes as numbers, a parent by its name only with the 编码 cell left empty."""
    wb = openpyxl.load_workbook(book, keep_vba=True)
    sheet = wb[L.FUNCTIONS]
    for r in range(L.FUNCTIONS_BLOCK.rows):
        for col in L.FUNCTIONS_BLOCK.columns:
            row, c = L.FUNCTIONS_BLOCK.cell(r, col)
            sheet.cell(row + 1, c + 1).value = None
    for r, values in enumerate(rows):
        for col, value in zip(("code", "name", "budget", "final"), values, strict=True):
            row, c = L.FUNCTIONS_BLOCK.cell(r, col)
            sheet.cell(row + 1, c + 1).value = value
    wb.save(book)


def test_parent_rows_typed_by_name_only_are_read_as_their_parents(sample, book):
    _type_functions(book, [
        (201, "一般公共服务支出", 2007100, 4051166.71), (208, "社会保障和就业支出", 370600, 508612.28),
        (None, "卫生健康支出", None, None), (None, "行政事业单位医疗", None, None),
        (2101102, "事业单位医疗", 143700, 117547.80), (221, "住房保障支出", 134600, 0)])
    data, findings, _ = read_workbook_located(book)
    assert findings == []
    report = analyze(data, findings)
    assert report.errors == 0
    assert [(x.key, x.name) for x in report.figures.function_detail if x.key.startswith("210")] == [
        ("210", "卫生健康支出"), ("21011", "行政事业单位医疗"), ("2101102", "事业单位医疗")]
    assert "卫生健康支出预算143,700.00元" in report.text()


def test_a_row_without_code_whose_name_is_no_parent_names_its_cell(book):
    _type_functions(book, [
        (201, "一般公共服务支出", 2007100, 4051166.71), (208, "社会保障和就业支出", 370600, 508612.28),
        (None, "卫生健康", None, None), (2101102, "事业单位医疗", 143700, 117547.80),
        (221, "住房保障支出", 134600, 0)])
    _data, findings, locator = read_workbook_located(book)
    (f,) = findings
    assert f.code == "E-CODE-MISSING" and "“卫生健康”缺少科目编码" in f.message and "无效" not in f.message
    row, col = L.FUNCTIONS_BLOCK.cell(2, "code")
    assert locator.address(f.path) == f"'{L.FUNCTIONS}'!{L.cell_ref(row, col)}"
