"""The button and ``juesuan recalc`` on a typed blank template give the built workbook's look,
format by format: column widths, print areas, print titles, frozen panes, protection and the
number format of every output cell (issue 18: the Excel button is the product)."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from juesuan.excel import remote
from tests.buttons import click, look_after_actions, look_of_file, typed_template

remote.enable()  # before xlwings is imported

from juesuan import excel  # noqa: E402
from juesuan.report import analyze  # noqa: E402
from juesuan.sources import layout as L  # noqa: E402
from juesuan.workbook.build import build  # noqa: E402
from juesuan.workbook.edit import recalc  # noqa: E402

SHEET_LEVEL = ("widths", "print_area", "title_rows", "title_cols", "col_breaks", "scale", "freeze", "protected",
               "merged")


@pytest.fixture
def typed(sample, tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return typed_template(sample, tmp_path / "模板.xlsm")


@pytest.fixture
def built(sample, tmp_path) -> dict[str, dict]:
    path = tmp_path / "built.xlsm"
    path.write_bytes(build(sample, analyze(sample)))
    return look_of_file(path)


def _same(got: dict[str, dict], want: dict[str, dict], sheets, keys=(*SHEET_LEVEL, "formats")) -> None:
    for name in sheets:
        for key in keys:
            assert got[name][key] == want[name][key], (name, key, got[name][key], want[name][key])


def test_the_blank_template_prints_right_before_the_first_click(typed, built):
    """Widths, frozen panes, printed title rows and protection do not depend on the data."""
    template = look_of_file(typed)
    _same(template, built, L.SHEETS[:-2],
          ("widths", "title_rows", "title_cols", "col_breaks", "scale", "freeze", "protected", "fit"))
    _same(template, built, L.INPUT_SHEETS, ("row_breaks",))  # 公开说明: a section never split
    assert template[L.DISCLOSURE]["fit"] == (1, 1)  # each table's area on one page
    wide = {L.PUBLIC_LINES: None}  # 34 columns: a page a group of columns, 科目编码 and 科目名称 on each
    assert all(template[name]["fit"] == wide.get(name, (1, 0)) for name in (*L.INPUT_SHEETS, *L.OUTPUT_SHEETS))
    lines = template[L.PUBLIC_LINES]
    assert (lines["title_cols"], lines["scale"]) == ("$A:$B", 70)
    assert lines["col_breaks"] == [L.PUBLIC_LINES_BLOCK.columns.index(x) for x in ("basic", "general_basic",
                                                                                  "fund_opening", "income_total")]
    assert template[L.PUBLIC_LINES]["title_rows"] == f"$1:${L.PUBLIC_LINES_BLOCK.row}"  # the three header rows too
    assert all(template[name]["protected"] for name in L.OUTPUT_SHEETS)
    assert not any(template[name]["protected"] for name in L.INPUT_SHEETS)


def test_recalculate_button_on_a_typed_template_looks_like_the_built_workbook(typed, built):
    outcome, actions = click(typed, excel.recalculate)
    assert outcome.message.startswith("重新计算完成")
    clicked = look_after_actions(typed, actions)
    _same(clicked, built, L.OUTPUT_SHEETS)
    _same(clicked, built, L.INPUT_SHEETS, ("print_area",))
    assert len(built[L.ANALYSIS]["formats"]) > 150


def test_recalc_on_a_typed_template_looks_like_the_built_workbook(typed, built):
    recalc(typed)
    _same(look_of_file(typed), built, L.OUTPUT_SHEETS + L.INPUT_SHEETS)


def test_a_print_area_covers_the_content_and_never_the_signature(built):
    for name in L.OUTPUT_SHEETS:
        area = built[name]["print_area"]
        assert area and area != "A1" and not area.split(":")[1].startswith("AE"), (name, area)
    lines = L.FUNCTIONS_BLOCK.row + 30  # the sample has fewer than 30 功能分类 lines: no empty input rows print
    assert int(built[L.FUNCTIONS]["print_area"].split(":")[1].lstrip("ABCDEFG")) < lines


class _Desktop:
    """The parts of a desktop ``xw.Book`` that ``book_path`` reads."""

    def __init__(self, fullname: str):
        self.fullname = fullname
        self.name = fullname.rsplit("/", 1)[-1]

        class App:
            class engine:
                name = "excel"
        self.app = App()


@pytest.mark.parametrize("fullname", ["工作簿1", "https://d.docs.live.net/abc123/文档/单位.xlsm"])
def test_outputs_of_an_unsaved_or_web_workbook_never_land_in_the_python_folder(fullname):
    from juesuan.excel.live import book_path
    from juesuan.export.files import WriteError

    with pytest.raises(WriteError, match="本机文件夹"):
        book_path(_Desktop(fullname))


def test_a_saved_workbook_writes_beside_itself(tmp_path):
    from juesuan.excel.live import book_path

    assert book_path(_Desktop(str(tmp_path / "单位.xlsm"))) == tmp_path / "单位.xlsm"


def test_setup_puts_the_installed_xlwings_module_in_the_workbook(sample, tmp_path):
    """macOS runs ``xlwings-<version>.applescript`` of the version in the workbook's VBA: a workbook
    made with another xlwings gets the installed one's module at ``juesuan setup``."""
    import io
    import zipfile

    import olefile

    from juesuan.workbook import vba
    from juesuan.workbook.edit import setup_interpreter

    path = tmp_path / "单位.xlsm"
    path.write_bytes(build(sample, analyze(sample)))
    installed = vba.installed_xlwings_version()
    with zipfile.ZipFile(path) as z:
        assert vba.embedded_xlwings_version(z.read("xl/vbaProject.bin")) == installed
    old = vba.xlwings_template()
    older = vba.XlwingsTemplate(old.dir, old.project_id, old.protection,
                                old.xlwings_bas.replace(f'"{installed}"', '"0.33.0"'), old.dictionary_cls)
    modules = vba.workbook_project([L.CODENAMES[n] for n in L.SHEETS], [])[1]
    stale = vba.project_bin([m if m.name != "xlwings" else vba.Module("xlwings", older.xlwings_bas, "module")
                             for m in modules], older)
    assert vba.embedded_xlwings_version(stale) == "0.33.0"
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts["xl/vbaProject.bin"] = stale
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    notes: list[str] = []
    setup_interpreter(path, r"C:\Python312\pythonw.exe", notes)
    assert notes and "0.33.0" in notes[0] and installed in notes[0]
    with zipfile.ZipFile(path) as z:
        project = z.read("xl/vbaProject.bin")
    assert vba.embedded_xlwings_version(project) == installed
    assert olefile.OleFileIO(io.BytesIO(project)).exists("VBA/Juesuan")


def test_check_button_on_a_typed_template_writes_the_built_findings_sheet(typed, built):
    _, actions = click(typed, excel.check)
    _same(look_after_actions(typed, actions), built, (L.FINDINGS,))


def test_disclose_button_and_command_give_the_same_public_sheet(typed, tmp_path):
    """生成公开 (the button) and ``juesuan disclose`` (WPS/LibreOffice users) on the same typed
    template: the 决算公开 sheet's widths, print area and number formats are the same."""
    import shutil

    from juesuan.cli import main

    other = tmp_path / "命令" / typed.name
    other.parent.mkdir()
    shutil.copy(typed, other)
    _, actions = click(typed, excel.disclose)
    button = look_after_actions(typed, actions)
    assert main(["disclose", str(other)]) == 0
    _same(look_of_file(other), button, (L.DISCLOSURE,),
          ("widths", "print_area", "formats", "title_rows", "freeze", "merged"))
    assert len(button[L.DISCLOSURE]["merged"]) > 20  # the tables' merged headers
    assert len(button[L.DISCLOSURE]["formats"]) > 100


def test_a_workbook_written_again_declares_its_vba_project_once(sample, tmp_path):
    import zipfile

    from juesuan.workbook.edit import setup_interpreter

    path = tmp_path / "单位.xlsm"
    path.write_bytes(build(sample, analyze(sample)))
    setup_interpreter(path, "/usr/bin/python3")
    recalc(path)
    with zipfile.ZipFile(path) as z:
        types = z.read("[Content_Types].xml").decode()
        declared = types.count('PartName="/xl/vbaProject.bin"') + types.count(
            'Extension="bin" ContentType="application/vnd.ms-office.vbaProject"')
        assert declared == 1, types
        assert "vbaProject.bin" in z.read("xl/_rels/workbook.xml.rels").decode()


def _areas(text: str) -> list[tuple[int, int]]:
    from openpyxl.utils import range_boundaries

    return [(range_boundaries(part)[1] - 1, range_boundaries(part)[3] - 1) for part in text.split(",")]


def _right(text: str) -> list[int]:
    from openpyxl.utils import range_boundaries

    return [range_boundaries(part)[2] - 1 for part in text.split(",")]


def test_every_button_prints_a_chart_or_a_public_table_whole_on_a_page(sample, typed, built):
    """Page breaks are data: the print area is cut at them, one area a page, so every host prints
    each chart and each 公开 table whole (the remote engines and macOS have no page breaks)."""
    from juesuan.excel.live import ROW_POINTS
    from juesuan.export.sheet_style import CHART
    from juesuan.workbook.outputs import all_sheets

    _, actions = click(typed, excel.recalculate)
    charts = look_after_actions(typed, actions)[L.CHARTS]["print_area"]
    assert charts == built[L.CHARTS]["print_area"]
    areas = _areas(charts)
    sheet = all_sheets(analyze(sample), L.Locator())[L.CHARTS]
    assert len(sheet.charts) > L.CHARTS_PER_PAGE and len(areas) == -(-len(sheet.charts) // L.CHARTS_PER_PAGE)
    for spec in sheet.charts:  # the chart's rows and its data table's within one area
        top, bottom = spec.anchor[0], spec.anchor[0] + int(CHART.height_pt // ROW_POINTS)
        assert any(first <= top and bottom <= last for first, last in areas), (spec.title, areas)
    _, actions = click(typed, excel.disclose)
    text = look_after_actions(typed, actions)[L.DISCLOSURE]["print_area"]
    assert len(_areas(text)) == 9  # one 公开 table a page
    assert _right(text)[0] == 3 and len(set(_right(text))) > 3  # each as wide as its table: printed large


def test_review_button_keeps_the_sheet_look_and_lists_beside_each_paragraph(typed, tmp_path):
    """审阅 on a typed template: the file cell (B3) wide enough for a path, the sheet's widths and
    wrapped columns kept, each result on its paragraph's sheet row with a link to it, and the
    print area down to the last pasted row."""
    import openpyxl

    from tests.buttons import apply_actions, table_look
    from tests.conftest import SEED, shared_file

    wb = openpyxl.load_workbook(typed, keep_vba=True)
    lines = [x for x in shared_file(SEED).read_text(encoding="utf-8").splitlines() if x.strip()]
    for i, line in enumerate(lines):
        wb[L.REVIEW].cell(L.REVIEW_FIRST + 1 + i, L.REVIEW_TEXT_COL + 1).value = line
    wb.save(typed)
    before = look_of_file(typed)[L.REVIEW]
    _, actions = click(typed, excel.review)
    on_sheet = [a for a in actions if a.get("sheet_position") == L.SHEETS.index(L.REVIEW)]
    wrapped = [a for a in on_sheet if a["func"] == "setWrapText" and a["start_column"] == L.REVIEW_TEXT_COL]
    assert [(a["start_row"], a["row_count"]) for a in wrapped] == [(L.REVIEW_FIRST, len(lines))]  # Word's paste
    assert on_sheet[-2]["func"] == "setSheetAutofit"  # rows fitted, then the print area
    after = look_after_actions(typed, actions)[L.REVIEW]
    assert after["widths"] == before["widths"]
    r, c = L.REVIEW_PATH_CELL
    file_cell = L.range_ref(r, c, r, L.REVIEW_OUT_COL + len(L.REVIEW_COLUMNS) - 1)
    assert after["merged"] == before["merged"] == [file_cell]  # room for a path, beside its label
    assert sum(after["widths"][j] for j in range(c, L.REVIEW_OUT_COL + len(L.REVIEW_COLUMNS))) >= 60
    assert (after["freeze"], after["title_rows"]) == (before["freeze"], before["title_rows"])
    last = L.REVIEW_OUT_COL + len(L.REVIEW_COLUMNS) - 1
    assert after["print_area"] == L.range_ref(0, 0, L.REVIEW_FIRST + len(lines) - 1, last)
    clicked = table_look(apply_actions(typed, actions, tmp_path / "审阅.xlsm"), L.REVIEW, L.REVIEW_FIRST - 1)
    for col in (L.REVIEW_TEXT_COL, *range(L.REVIEW_OUT_COL, last + 1)):  # wrapped: long texts show whole
        assert clicked["body"][col] and all(look[4] for look in clicked["body"][col]), col
    where = L.REVIEW_OUT_COL + L.REVIEW_COLUMNS.index("位置")
    ws = openpyxl.load_workbook(tmp_path / "审阅.xlsm")[L.REVIEW]
    links = {row: ws.cell(row, where + 1).value for row in range(L.REVIEW_FIRST + 1, ws.max_row + 1)
             if ws.cell(row, where + 1).value}
    assert len(links) >= 10 and set(clicked["links"][where]) == {"0563C1"}
    for row, value in links.items():  # the sheet row of the paragraph, a link to its cell in column A
        assert value == f'=HYPERLINK("#\'{L.REVIEW}\'!A{row}","第{row}行")', (row, value)


def test_no_note_is_cut_at_the_print_area_edge(sample):
    """A note wider than the printed columns (取数's) wraps across them in one merged cell, its row
    as tall as its lines; in the built workbook, after the button and after ``recalc`` alike (the
    merged cells are compared by the look tests above)."""
    from juesuan.workbook.outputs import LINE_POINTS, all_sheets, text_height

    sheets = all_sheets(analyze(sample), L.Locator())
    assert sheets[L.TAKEN].merges  # the sample's 取数 note is one
    for name, sheet in sheets.items():
        cols = sheet.print_extent[1]
        span = sum(sheet.widths.get(j, 8.43) for j in range(cols))
        merged = {r: (c1, c2) for r, c1, _, c2 in sheet.merges}
        for (r, col), cell in sheet.cells.items():
            alone = not any(row == r and j for row, j in sheet.cells if (row, j) != L.SIGNATURE_CELL)
            if cell.style.startswith("note") and col == 0 and alone and \
                    text_height(str(cell.value or ""), span) > LINE_POINTS:
                assert merged.get(r) == (0, cols - 1) and cell.style == "note_wrap", (name, r)
                assert sheet.heights[r] >= text_height(str(cell.value), span)


@pytest.mark.skipif(__import__("shutil").which("soffice") is None, reason="LibreOffice is installed by .ci/run")
def test_what_the_button_writes_prints_whole(sample, typed, tmp_path):
    """The typed template after 重新计算 (the button's actions replayed, charts too), printed by
    LibreOffice: no ###, every chart on the page of its data table, three charts a page, an input
    sheet only as long as what was typed."""
    import pdfplumber

    from juesuan.export.office import convert
    from juesuan.workbook.outputs import all_sheets
    from tests.buttons import apply_actions

    _, actions = click(typed, excel.recalculate)
    pdf = convert(apply_actions(typed, actions, tmp_path / "clicked.xlsm"), "pdf", tmp_path / "pdf")
    with pdfplumber.open(pdf) as doc:
        pages = [page.extract_text() or "" for page in doc.pages]
    assert not [i for i, text in enumerate(pages) if "###" in text]
    charts = all_sheets(analyze(sample), L.Locator())[L.CHARTS].charts
    first = next(i for i, text in enumerate(pages) if text.startswith(L.CHARTS))
    last = next(i for i, text in enumerate(pages) if text.startswith(L.TAKEN))  # the next sheet
    assert last - first == -(-len(charts) // L.CHARTS_PER_PAGE)  # three charts a page, none cut in two
    for i, spec in enumerate(charts):  # each chart's data table (its title first) on the chart's page
        page = pages[first + i // L.CHARTS_PER_PAGE].split("\n")
        assert any(line.startswith(spec.title) for line in page), (spec.title, first + i // L.CHARTS_PER_PAGE)
    functions = [text for text in pages if text.startswith("支出功能分类")]
    assert len(functions) == 1  # the typed lines, not 300 empty input rows


def _table_columns(print_area: str) -> list[tuple[int, int]]:
    from openpyxl.utils import range_boundaries

    return [(range_boundaries(part)[0] - 1, range_boundaries(part)[2] - 1) for part in print_area.split(",")]


def test_each_public_table_has_columns_of_its_own_at_the_template_widths(typed, tmp_path):
    """生成公开 and ``juesuan disclose``: each of the nine tables in columns of its own, at least the template's
    widths (export/sheet_style.PUBLIC_TABLE_CM; wider only where its content needs), one print area over
    exactly them — never one set of widths for all nine (公开02's amounts as wide as 公开01's item names).
    The command's file holds each column once: a run of columns stored as one (the builder's B:M) would hide
    a width set after it from LibreOffice and Excel."""
    import shutil

    import openpyxl

    from juesuan.cli import main
    from juesuan.export.sheet_style import PUBLIC_TABLE_CM, cm_chars

    _, actions = click(typed, excel.disclose)
    button = look_after_actions(typed, actions)[L.DISCLOSURE]
    columns = _table_columns(button["print_area"])
    assert len(columns) == len(PUBLIC_TABLE_CM)
    assert all(a[1] < b[0] for a, b in itertools.pairwise(columns))  # side by side, never shared
    for (key, cm), (first, last) in zip(PUBLIC_TABLE_CM.items(), columns, strict=True):
        assert last - first + 1 == len(cm), key
        got = [button["widths"][j] for j in range(first, last + 1)]
        assert all(g >= cm_chars(x) - 0.2 for g, x in zip(got, cm, strict=True)), (key, got)  # 0.2: via points
        assert sum(got) <= 1.5 * sum(cm_chars(x) for x in cm), (key, got)  # the template's, not the widest's
    other = tmp_path / "命令" / typed.name
    other.parent.mkdir()
    shutil.copy(typed, other)
    assert main(["disclose", str(other)]) == 0
    ws = openpyxl.load_workbook(other)[L.DISCLOSURE]
    spans = sorted((d.min, d.max) for d in ws.column_dimensions.values() if d.min and d.width)
    assert all(a[1] < b[0] for a, b in itertools.pairwise(spans)), spans  # every column once
    assert look_of_file(other)[L.DISCLOSURE]["widths"] == button["widths"]


@pytest.mark.skipif(__import__("shutil").which("soffice") is None, reason="LibreOffice is installed by .ci/run")
def test_every_public_table_prints_large_on_its_page(typed, tmp_path):
    """The 决算公开 sheet after 生成公开, printed by LibreOffice: nine pages, one table each, its text at
    three quarters of the template's 五号 or more (one set of widths for all nine printed 公开02 at 6 pt and
    公开07 at 5 pt) — and no ###."""
    import statistics

    import openpyxl
    import pdfplumber

    from juesuan.export.office import convert
    from juesuan.export.sheet_style import PUBLIC_TABLE_SIZE
    from tests.buttons import apply_actions

    _, actions = click(typed, excel.disclose)
    wb = openpyxl.load_workbook(apply_actions(typed, actions, tmp_path / "clicked.xlsm"))
    for ws in [ws for ws in wb.worksheets if ws.title != L.DISCLOSURE]:
        wb.remove(ws)
    wb.save(tmp_path / "公开.xlsx")
    pdf = convert(tmp_path / "公开.xlsx", "pdf", tmp_path / "pdf")
    with pdfplumber.open(pdf) as doc:
        pages = [([c["size"] for c in page.chars if c["text"].strip()], page.extract_text() or "")
                 for page in doc.pages]
    assert len(pages) == 9 and not [text for _, text in pages if "###" in text]
    sizes = {text.split("\n")[0]: statistics.median(size) for size, text in pages}
    assert min(sizes.values()) >= 0.75 * PUBLIC_TABLE_SIZE, sizes
