"""Issue 10: nothing lost, nothing silent, no traceback. One section per class of failure, built
from the instances found; each on every path that applies (data file, workbook file, the
buttons' live path through xlwings' remote engine)."""

from __future__ import annotations

import errno
import json
import os
import shutil
import stat
import subprocess
import sys
import time
import zipfile
from decimal import Decimal as D
from pathlib import Path

import openpyxl
import pytest

from juesuan.excel import remote

remote.enable()  # before xlwings is imported: the live path runs on xlwings' remote engine

from juesuan import cli  # noqa: E402
from juesuan.core import catalog as cat  # noqa: E402
from juesuan.core.parse import parse  # noqa: E402
from juesuan.export import files  # noqa: E402
from juesuan.report import analyze  # noqa: E402
from juesuan.sources import layout as L  # noqa: E402
from juesuan.sources.blocks import read_sheets  # noqa: E402
from juesuan.sources.datafile import load, loads_document, sample_path, to_document  # noqa: E402
from juesuan.workbook.build import build  # noqa: E402
from juesuan.workbook.edit import read_workbook, read_workbook_located, recalc  # noqa: E402
from tests.conftest import examples  # noqa: E402

SAMPLE_TEXT = sample_path().read_text(encoding="utf-8")


def run(capsys, *args) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def codes(findings) -> list[str]:
    return [f.code for f in findings]


def temp_files(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.startswith(files.TEMP_PREFIX)]


@pytest.fixture
def book(sample, tmp_path) -> Path:
    path = tmp_path / "单位.xlsm"
    path.write_bytes(build(sample, analyze(sample)))
    return path


def toml_with(tmp_path: Path, extra: str = "", replace: tuple[str, str] | None = None) -> Path:
    text = SAMPLE_TEXT if replace is None else SAMPLE_TEXT.replace(*replace, 1)
    path = tmp_path / "unit.toml"
    path.write_text(text + extra, encoding="utf-8")
    return path


def sample_doc() -> dict:
    return loads_document(SAMPLE_TEXT.encode("utf-8"))


def live_read(path: Path):
    from juesuan.excel.live import read

    return read(remote.book_from_file(path))


# == 1. tracebacks → messages, documented exit codes, no partial file ==============================

@pytest.mark.parametrize("fault", [errno.ENOSPC, errno.EROFS, errno.EACCES])
def test_a_write_fault_is_a_message_exit_3_and_the_old_file_untouched(capsys, book, monkeypatch, fault):
    before = book.read_bytes()
    real = os.replace

    def failing(src, dst):
        if str(dst) == str(book):
            raise OSError(fault, os.strerror(fault))
        return real(src, dst)

    monkeypatch.setattr(os, "replace", failing)
    code, _, err = run(capsys, "recalc", book)
    assert code == cli.EXIT_NOT_WRITTEN
    assert "无法写入" in err and "Traceback" not in err
    assert book.read_bytes() == before
    assert temp_files(book.parent) == []


def test_a_full_disk_while_writing_leaves_no_partial_file(capsys, tmp_path, monkeypatch):
    real = Path.write_bytes

    def full(self, data):
        real(self, data[: len(data) // 2])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", full)
    code, _, err = run(capsys, "template", tmp_path / "t.xlsm")
    assert code == cli.EXIT_NOT_WRITTEN and "磁盘空间不足" in err
    assert list(tmp_path.iterdir()) == []


def test_a_parent_that_is_a_file_is_a_message(capsys, tmp_path):
    (tmp_path / "f").write_text("x")
    code, _, err = run(capsys, "template", tmp_path / "f" / "t.xlsm")
    assert code == cli.EXIT_NOT_WRITTEN and "不是文件夹" in err


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder_is_a_message(capsys, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        code, _, err = run(capsys, "template", folder / "t.xlsm")
    finally:
        folder.chmod(0o755)
    assert code == cli.EXIT_NOT_WRITTEN and "没有写入权限" in err


def test_a_10000_character_unit_name_gives_a_finding_and_a_short_file_name(capsys, tmp_path):
    path = toml_with(tmp_path, replace=('name = "奈曼旗政务服务中心"', f'name = "{"很长的单位" * 2000}"'))
    code, out, _ = run(capsys, "export", path)
    assert code == cli.EXIT_ERRORS and "E-NAME-TOO-LONG" in out
    (docx,) = tmp_path.glob("*.docx")
    assert len(docx.name.encode("utf-8")) <= 255


@pytest.mark.parametrize("value", ["inf", "-inf", "1e99999999", "nan"])
@pytest.mark.parametrize("where", ["year", "staff_average", "vehicles"])
def test_infinite_or_huge_numbers_are_findings_at_once(tmp_path, value, where):
    doc = sample_doc()
    number = D(value)
    if where == "year":
        doc["unit"]["year"] = number
    else:
        doc["people"][where] = number
    start = time.monotonic()
    _, findings = parse(doc)
    assert time.monotonic() - start < 1
    assert {"E-UNIT-YEAR", "E-NOT-INTEGER", "E-TOO-LARGE", "E-NEGATIVE"} & set(codes(findings))
    # the same in the data file (TOML has inf) and on the quantities
    path = toml_with(tmp_path, f'\n[quantities."会议次数"]\nfinal = {value}\n')
    start = time.monotonic()
    _, findings = load(path)
    assert time.monotonic() - start < 1
    assert [f for f in findings if f.path[:2] == ("quantities", "会议次数")]


def test_deeply_nested_toml_is_unreadable_not_a_crash(capsys, tmp_path):
    path = tmp_path / "deep.toml"
    path.write_text("schema = 1\nx = " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    code, _, err = run(capsys, "analyze", path)
    assert code == cli.EXIT_UNREADABLE and "嵌套过深" in err


@pytest.mark.parametrize("table,count", [("functions", 301), ("assets", 101), ("reasons", 301)])
def test_build_refuses_more_lines_than_a_block_holds(capsys, tmp_path, table, count):
    if table == "functions":
        extra = "".join(f'\n[[functions]]\ncode = "2130{i:03d}"\nname = "项{i}"\nfinal = 1\n' for i in range(count))
    elif table == "assets":
        extra = "".join(f'\n[[assets]]\nitem = "资产{i}"\nyear_end = 1\n' for i in range(count))
    else:
        extra = "\n[reasons.balances]\n" + "".join(f'"项{i}" = "原因"\n' for i in range(count))
    path = toml_with(tmp_path, extra)
    code, _, err = run(capsys, "build", path, tmp_path / "out.xlsm")
    assert code == cli.EXIT_NOT_WRITTEN, err
    assert "E-TOO-MANY-LINES" in err and "最多" in err
    assert not (tmp_path / "out.xlsm").exists()


def test_merged_cells_on_an_output_sheet_do_not_stop_recalc(book):
    wb = openpyxl.load_workbook(book, keep_vba=True)
    wb[L.ANALYSIS].merge_cells("A3:C5")
    wb[L.FINDINGS].merge_cells("B2:D2")
    wb.save(book)
    report, _ = recalc(book)
    assert report.errors == 0
    # the merge a person made is gone; what is merged is the layout's own: a long note wrapped across the printed
    # columns on its row (outputs.fit_notes)
    ranges = openpyxl.load_workbook(book)[L.ANALYSIS].merged_cells.ranges
    assert all(r.min_row == r.max_row and r.min_col == 1 for r in ranges), ranges


def test_ctrl_c_is_exit_130_with_no_temp_file(capsys, book, monkeypatch):
    before = book.read_bytes()

    def interrupted(self, filename):
        Path(filename).write_bytes(b"partial")
        raise KeyboardInterrupt

    monkeypatch.setattr(openpyxl.Workbook, "save", interrupted)
    code, _, err = run(capsys, "recalc", book)
    assert code == cli.EXIT_INTERRUPTED and "已中断" in err and "Traceback" not in err
    assert book.read_bytes() == before
    assert temp_files(book.parent) == []


def test_stale_temp_files_of_ours_are_cleaned_on_the_next_run(tmp_path):
    old = tmp_path / f"{files.TEMP_PREFIX}abc.xlsm"
    fresh = tmp_path / f"{files.TEMP_PREFIX}def.xlsm"  # maybe another run writing right now
    theirs = tmp_path / ".~lock.x#"
    for p in (old, fresh, theirs):
        p.write_bytes(b"x")
    os.utime(old, (time.time() - 2 * files.STALE_SECONDS,) * 2)
    os.utime(theirs, (time.time() - 2 * files.STALE_SECONDS,) * 2)
    files.write_atomic(tmp_path / "out.toml", b"schema = 1\n")
    assert not old.exists() and fresh.exists() and theirs.exists()


def test_an_unexpected_error_is_exit_4_with_a_log(capsys, tmp_path, monkeypatch):
    import juesuan.report

    def boom(*_a, **_k):
        raise RuntimeError("simulated")

    monkeypatch.setattr(juesuan.report, "analyze", boom)
    code, _, err = run(capsys, "analyze", sample_path())
    assert code == cli.EXIT_INTERNAL and "juesuan 运行出错" in err and "Traceback" not in err
    log = Path(err.split("错误详情已写入：")[1].splitlines()[0])
    assert "RuntimeError: simulated" in log.read_text(encoding="utf-8")


def test_a_write_fault_in_a_button_is_a_message_not_an_internal_error(book, monkeypatch):
    import xlwings as xw

    from juesuan import excel

    real = os.replace

    def full(src, dst):
        if str(dst).endswith(".xlsm") and "2022" in str(dst):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(src, dst)

    monkeypatch.setattr(os, "replace", full)
    monkeypatch.chdir(book.parent)
    xw.Book.set_mock_caller(remote.book_from_file(book))
    outcome = excel.roll_over()
    assert "磁盘空间不足" in outcome.message and "运行出错" not in outcome.message
    assert temp_files(book.parent) == []


# == 2. silent disagreement and misreads ===========================================================

PARTIAL = """
[[functions]]
code = "2010101"
name = "行政运行"
budget = 2000000
adjusted_budget = 1900000
final = 1800000
[[functions]]
code = "2010102"
name = "一般行政管理事务"
budget = 1000000
final = 1000000
"""


def test_a_parent_of_lines_with_partial_adjusted_budgets_plans_line_by_line():
    doc = sample_doc()
    doc["functions"] = loads_document(PARTIAL.encode())["functions"]
    data, _ = parse(doc)
    report = analyze(data)
    (top,) = [x for x in report.figures.function_detail if x.key == "201"]
    assert top.get("plan") == D("2900000.00")  # 1,900,000 (adjusted) + 1,000,000 (年初)


def test_a_deleted_row_in_a_fixed_block_is_a_finding_not_a_misread(book):
    wb = openpyxl.load_workbook(book, keep_vba=True)
    first = L.CONTROLLED_BLOCK.row + 1  # 1-based row of the first 三公经费 line
    wb[L.CONTROLLED].delete_rows(first + 2)  # a row in the middle of the block
    wb.save(book)
    for data, findings, locator in (read_workbook_located(book), live_read(book)):
        # the 三公经费 rows from the deleted one on, and the 实物量 block below (moved up a row)
        first_bad = [locator.address(f.path) for f in findings if f.code == "E-ROW-LABEL"]
        assert first_bad == [f"'{L.CONTROLLED}'!A{first + 2}", f"'{L.CONTROLLED}'!A{L.QUANTITY_BLOCK.row + 1}"]
        for line in data.controlled:  # every line read is under its own label
            assert cat.CONTROLLED_ITEMS.index(line.key) < 2


def test_an_inserted_row_in_a_fixed_block_is_a_finding(book):
    wb = openpyxl.load_workbook(book, keep_vba=True)
    wb[L.AMOUNTS].insert_rows(L.INCOME_BLOCK.row + 2)
    wb.save(book)
    _, findings, locator = read_workbook_located(book)
    first_bad = [locator.address(f.path) for f in findings if f.code == "E-ROW-LABEL"]
    assert first_bad[0] == f"'{L.AMOUNTS}'!A{L.INCOME_BLOCK.row + 2}"


@pytest.mark.parametrize("block,column", [(L.ASSETS_BLOCK, 1), (L.REASONS_BLOCK, 2), (L.FUNCTIONS_BLOCK, 5)])
def test_a_value_below_a_block_is_a_finding_naming_its_cell(book, block, column):
    wb = openpyxl.load_workbook(book, keep_vba=True)
    wb[block.sheet].cell(block.last_row + 2, column + 1).value = 123
    wb.save(book)
    for _, findings, locator in (read_workbook_located(book), live_read(book)):
        (f,) = [f for f in findings if f.code == "E-OUTSIDE-BLOCK"]
        assert locator.address(f.path) == f"'{block.sheet}'!{L.cell_ref(block.last_row + 1, column)}"
        assert f"最多{block.rows}行" in f.message


def test_two_reasons_for_the_same_line_are_a_finding(book):
    wb = openpyxl.load_workbook(book, keep_vba=True)
    ws = wb[L.REASONS]
    for k, text in ((50, "第一段"), (51, "第二段")):
        ws.cell(L.REASONS_BLOCK.row + k + 1, 1).value = "决算与上年决算对比"
        ws.cell(L.REASONS_BLOCK.row + k + 1, 2).value = "基本支出"
        ws.cell(L.REASONS_BLOCK.row + k + 1, 3).value = text
    wb.save(book)
    for data, findings, locator in (read_workbook_located(book), live_read(book)):
        (f,) = [f for f in findings if f.code == "E-DUPLICATE" and "原因说明" in f.message]
        assert locator.address(f.path) == f"'{L.REASONS}'!C{L.REASONS_BLOCK.row + 52}"
        assert data.reasons["final_yoy"]["基本支出"] == "第一段"


# == 3. silent loss ================================================================================

def test_amounts_beyond_15_significant_digits_are_refused(capsys, tmp_path):
    doc = sample_doc()
    doc["income"][0]["final"] = D("12345678901234.56")
    _, findings = parse(doc)
    assert "E-TOO-PRECISE" in codes(findings)
    path = toml_with(tmp_path, replace=("final = 4677326.79", "final = 12345678901234.56"))
    code, _, err = run(capsys, "build", path, tmp_path / "out.xlsm")
    assert code == cli.EXIT_NOT_WRITTEN and "E-TOO-PRECISE" in err
    assert not (tmp_path / "out.xlsm").exists()


def test_text_over_the_cell_limit_is_refused_not_cut(capsys, tmp_path):
    path = toml_with(tmp_path, replace=('"意见和建议" = "无。"', f'"意见和建议" = "{"长" * 40000}"'))
    code, _, err = run(capsys, "build", path, tmp_path / "out.xlsm")
    assert code == cli.EXIT_NOT_WRITTEN and "E-TEXT-TOO-LONG" in err
    assert not (tmp_path / "out.xlsm").exists()


def test_rich_text_in_a_reason_survives_recalc(book):
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont

    wb = openpyxl.load_workbook(book, keep_vba=True, rich_text=True)
    cell = wb[L.REASONS].cell(L.REASONS_BLOCK.row + 1, 3)
    cell.value = CellRichText(["主要是", TextBlock(InlineFont(b=True, color="FF0000"), "人员增加"), "所致。"])
    wb.save(book)
    recalc(book)
    again = openpyxl.load_workbook(book, rich_text=True)[L.REASONS].cell(L.REASONS_BLOCK.row + 1, 3).value
    assert isinstance(again, CellRichText) and any(getattr(b, "font", None) and b.font.b for b in again)
    data, _ = read_workbook(book)
    assert "主要是人员增加所致。" in data.reasons["final_yoy"].values() or \
        "主要是人员增加所致。" in [t for v in data.reasons.values() for t in v.values()]


def _add_text_box(path: Path, sheet: str) -> None:
    """A text box drawn on ``sheet`` (what Excel writes: a drawing part with an ``xdr:sp``)."""
    wb = openpyxl.load_workbook(path)
    index = wb.sheetnames.index(sheet) + 1
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as out:
        rels = f"xl/worksheets/_rels/sheet{index}.xml.rels"
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == rels:
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdTB" Type="http://schemas.openxml'
                                    b'formats.org/officeDocument/2006/relationships/drawing" '
                                    b'Target="../drawings/drawing99.xml"/></Relationships>')
            out.writestr(item, data)
        if rels not in src.namelist():
            out.writestr(rels, '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                         'package/2006/relationships"><Relationship Id="rIdTB" Type="http://schemas.openxml'
                         'formats.org/officeDocument/2006/relationships/drawing" '
                         'Target="../drawings/drawing99.xml"/></Relationships>')
        out.writestr("xl/drawings/drawing99.xml", '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/'
                     'drawingml/2006/spreadsheetDrawing"><xdr:twoCellAnchor><xdr:sp><xdr:txBody>备注'
                     '</xdr:txBody></xdr:sp></xdr:twoCellAnchor></xdr:wsDr>')
    tmp.replace(path)


def test_a_text_box_on_an_input_sheet_is_not_lost_by_recalc(capsys, book):
    _add_text_box(book, L.REASONS)
    before = book.read_bytes()
    code, _, err = run(capsys, "recalc", book)
    assert code == cli.EXIT_NOT_WRITTEN and L.REASONS in err and "文本框" in err
    assert book.read_bytes() == before and not book.with_name(book.name + ".bak").exists()


def test_permissions_are_kept_and_new_files_get_the_umask_default(book, tmp_path):
    book.chmod(0o664)
    recalc(book)
    assert stat.S_IMODE(book.stat().st_mode) == 0o664
    mask = os.umask(0o022)
    try:
        files.write_atomic(tmp_path / "new.toml", b"x")
    finally:
        os.umask(mask)
    assert stat.S_IMODE((tmp_path / "new.toml").stat().st_mode) == 0o644


def test_recalc_through_a_symlink_writes_the_target_and_keeps_the_link(book, tmp_path):
    link = tmp_path / "link.xlsm"
    link.symlink_to(book)
    before = book.read_bytes()
    recalc(link)
    assert link.is_symlink() and link.resolve() == book.resolve()
    assert book.read_bytes() != before
    assert book.with_name(book.name + ".bak").read_bytes() == before


@pytest.mark.parametrize("out", ["same", "xlsm"])
def test_extract_never_writes_toml_over_a_workbook(capsys, book, out):
    target = book if out == "same" else book.with_name("other.xlsm")
    if out == "xlsm":
        shutil.copy(book, target)
    before = target.read_bytes()
    code, _, err = run(capsys, "extract", book, target, "--force")
    assert code == cli.EXIT_NOT_WRITTEN and "未写入" in err
    assert target.read_bytes() == before


def test_an_existing_output_is_refused_with_exit_3_not_2(capsys, book, tmp_path):
    (tmp_path / "x.toml").write_text("old")
    code, _, err = run(capsys, "extract", book, tmp_path / "x.toml")
    assert code == cli.EXIT_NOT_WRITTEN and "--force" in err
    assert (tmp_path / "x.toml").read_text() == "old"


# == 4. one rule per input, on every path ==========================================================

def _spending_budget(book: Path, value) -> None:
    wb = openpyxl.load_workbook(book, keep_vba=True)
    row, col = L.SPENDING_BLOCK.cell(0, "budget")
    wb[L.AMOUNTS].cell(row + 1, col + 1).value = value
    wb.save(book)


@pytest.mark.parametrize("code,expected", [("２０１", "全角"), ("999", "不存在"), ("99901", "不存在")])
def test_bad_codes_are_errors_on_every_path(book, code, expected):
    doc = sample_doc()
    doc["functions"][0]["code"] = code
    _, findings = parse(doc)
    assert any(f.code == "E-CODE" and expected in f.message for f in findings)
    wb = openpyxl.load_workbook(book, keep_vba=True)
    wb[L.FUNCTIONS].cell(L.FUNCTIONS_BLOCK.row + 1, 1).value = code
    wb.save(book)
    for _, findings, _ in (read_workbook_located(book), live_read(book)):
        assert any(f.code == "E-CODE" and expected in f.message for f in findings)


def test_a_staff_count_of_1e30_is_an_error_on_every_path(book):
    doc = sample_doc()
    doc["people"]["staff_average"] = D("1e30")
    assert "E-TOO-LARGE" in codes(parse(doc)[1])
    wb = openpyxl.load_workbook(book, keep_vba=True)
    i = [p for p, _, _ in L.UNIT_FIELDS].index("people.staff_average")
    wb[L.UNIT].cell(L.UNIT_BLOCK.row + i + 1, L.UNIT_BLOCK.col + 1).value = 1e30
    wb.save(book)
    for _, findings, _ in (read_workbook_located(book), live_read(book)):
        assert "E-TOO-LARGE" in codes(findings)


def _patch_part(book: Path, sheet: str, old: bytes, new: bytes) -> None:
    part = f"xl/worksheets/sheet{L.SHEETS.index(sheet) + 1}.xml"
    with zipfile.ZipFile(book) as z:
        names = {n: z.read(n) for n in z.namelist()}
    assert old in names[part]
    names[part] = names[part].replace(old, new, 1)
    with zipfile.ZipFile(book, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in names.items():
            z.writestr(n, data)


def test_pasted_binary_noise_is_taken_at_the_cent_with_a_note(book):
    doc = sample_doc()
    doc["spending"][0]["budget"] = D("25000.100000000002")
    data, findings = parse(doc)
    assert data.spending[0].get("budget") == D("25000.10")
    assert [f.level.value for f in findings if f.code == "I-ROUNDED"] == ["提示"]
    _spending_budget(book, 25000.1)
    _patch_part(book, L.AMOUNTS, b"<v>25000.1</v>", b"<v>25000.100000000002</v>")  # openpyxl writes 15 digits
    for data, findings, _ in (read_workbook_located(book), live_read(book)):
        assert data.spending[0].get("budget") == D("25000.10") and "I-ROUNDED" in codes(findings)
    doc["spending"][0]["budget"] = D("25000.101")  # a real third decimal stays an error
    assert "E-DECIMALS" in codes(parse(doc)[1])


def test_a_formula_in_an_amount_cell_is_read_as_its_value_when_computed(book, tmp_path):
    _spending_budget(book, "=1000+234.5")
    _, findings = read_workbook(book)  # never computed (written by openpyxl): no value to read
    assert "E-NOT-NUMBER" in codes(findings)
    # as Excel saves it: the formula with its computed value
    with zipfile.ZipFile(book) as z:
        names = {n: z.read(n) for n in z.namelist()}
    sheet = f"xl/worksheets/sheet{L.SHEETS.index(L.AMOUNTS) + 1}.xml"
    names[sheet] = names[sheet].replace(b"<f>1000+234.5</f><v></v>", b"<f>1000+234.5</f><v>1234.5</v>")
    if b"<v>1234.5</v>" not in names[sheet]:
        names[sheet] = names[sheet].replace(b"<f>1000+234.5</f>", b"<f>1000+234.5</f><v>1234.5</v>")
    with zipfile.ZipFile(book, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in names.items():
            z.writestr(n, data)
    for data, findings, _ in (read_workbook_located(book), live_read(book)):
        assert data.spending[0].get("budget") == D("1234.50")
        assert "E-NOT-NUMBER" not in codes(findings)


def test_json_amounts_do_not_depend_on_how_the_source_wrote_them(capsys, tmp_path, book):
    texts = []
    for written in ("4677326.79", "4677326.790", "4677326.7900"):
        path = toml_with(tmp_path, replace=("final = 4677326.79", f"final = {written}"))
        _, out, _ = run(capsys, "analyze", path, "--json")
        texts.append(json.loads(out)["groups"])
    _, out, _ = run(capsys, "analyze", book, "--json")
    texts.append(json.loads(out)["groups"])
    assert all(t == texts[0] for t in texts)
    doc = sample_doc()
    doc["income"][0]["final"] = 600000
    a = parse(doc)[0].income[0].get("final")
    doc["income"][0]["final"] = D("600000.0")
    b = parse(doc)[0].income[0].get("final")
    assert str(a) == str(b) == "600000.00"


# == 5. pathological inputs ========================================================================

def test_millions_of_shared_strings_are_refused_before_parsing(capsys, book):
    with zipfile.ZipFile(book) as z:
        names = {n: z.read(n) for n in z.namelist()}
    sst = names["xl/sharedStrings.xml"]
    names["xl/sharedStrings.xml"] = sst.replace(b'uniqueCount="', b'uniqueCount="5000000', 1).replace(
        b'count="', b'count="5000000', 1)
    with zipfile.ZipFile(book, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in names.items():
            z.writestr(n, data)
    start = time.monotonic()
    code, _, err = run(capsys, "analyze", book)
    assert code == cli.EXIT_UNREADABLE and "文字串" in err
    assert time.monotonic() - start < 5


def test_a_30000_character_function_name_is_bounded_early():
    doc = sample_doc()
    doc["functions"][0]["name"] = "名" * 30000
    start = time.monotonic()
    data, findings = parse(doc)
    report = analyze(data, findings)
    assert "E-NAME-TOO-LONG" in codes(findings)
    assert max(len(x.name) for x in data.functions) <= 201
    assert report.text() and time.monotonic() - start < 3


# == fuzz: file-system faults ======================================================================

def test_any_write_fault_leaves_the_old_file_and_no_temp_file(tmp_path):
    from hypothesis import given, settings
    from hypothesis import strategies as st

    target = tmp_path / "t.xlsm"
    steps = ("mkstemp", "write", "fsync", "chmod", "copy2", "replace")
    faults = (errno.ENOSPC, errno.EROFS, errno.EACCES, errno.EDQUOT, errno.EIO)

    @settings(max_examples=examples(40), deadline=None)
    @given(step=st.sampled_from(steps), fault=st.sampled_from(faults), exists=st.booleans())
    def check(step, fault, exists):
        target.unlink(missing_ok=True)
        if exists:
            target.write_bytes(b"old")
        import unittest.mock as mock

        error = OSError(fault, os.strerror(fault))
        patches = {"mkstemp": mock.patch("tempfile.mkstemp", side_effect=error),
                   "write": mock.patch.object(Path, "write_bytes", side_effect=error),
                   "fsync": mock.patch("os.fsync", side_effect=error),
                   "chmod": mock.patch("os.chmod", side_effect=error),
                   "copy2": mock.patch("shutil.copy2", side_effect=error),
                   "replace": mock.patch("os.replace", side_effect=error)}
        with patches[step]:
            try:
                files.write_atomic(target, b"new")
                wrote = True
            except files.WriteError as exc:
                wrote = False
                assert "无法写入" in str(exc)
        if step == "copy2" and not exists:
            assert wrote  # no old file: no backup to make
        elif not wrote:
            assert target.read_bytes() == b"old" if exists else not target.exists()
        assert temp_files(tmp_path) == []

    check()


def test_any_cells_on_the_input_sheets_give_findings_not_exceptions():
    """The readers' whole-sheet ranges (labels, rows below, margins): findings, never a crash."""
    import datetime as dt

    from hypothesis import given, settings
    from hypothesis import strategies as st

    cell = st.one_of(st.none(), st.booleans(), st.integers(-10**20, 10**20), st.floats(allow_nan=True),
                     st.text(max_size=6), st.just(dt.datetime(2021, 5, 1)),
                     st.sampled_from(["１２３", "25000.100000000002", "=SUM(A1)", "合计", "999", " "]))

    def grid(sheet):
        _, cols = L.sheet_extent(sheet)
        return st.one_of(st.none(), st.lists(st.lists(cell, min_size=cols, max_size=cols), max_size=9))

    @settings(max_examples=examples(60), deadline=None)
    @given(st.fixed_dictionaries({sheet: grid(sheet) for sheet in L.INPUT_SHEETS}))
    def check(sheets):
        data, findings, locator = read_sheets(sheets, list(L.SHEETS))
        report = analyze(data, findings)
        assert report.text()
        for f in findings:
            locator.address(f.path)

    check()


def test_a_value_typed_beside_a_fixed_block_is_a_warning_naming_its_cell(book):
    wb = openpyxl.load_workbook(book, keep_vba=True)
    wb[L.AMOUNTS]["G5"] = 1000  # right of the income block (which ends at column F)
    wb[L.TEXT]["D20"] = "备注"
    wb.save(book)
    for _, findings, locator in (read_workbook_located(book), live_read(book)):
        found = sorted(locator.address(f.path) for f in findings if f.code == "W-OUTSIDE-BLOCK")
        assert found == [f"'{L.AMOUNTS}'!G5", f"'{L.TEXT}'!D20"]


def test_the_data_file_round_trip_still_holds(sample):
    from juesuan.sources.datafile import parse_document  # the reader of a whole data file, [disclosure] too

    again, findings = parse_document(to_document(sample))
    assert findings == [] and again == sample


# == the formulas and the engine: one rule for partial 调整预算 and rejected cells ==================

ITEMS = (("2010101", "行政运行"), ("2010102", "一般行政管理事务"), ("2010350", "事业运行"),
         ("2080505", "机关事业单位基本养老保险缴费支出"), ("2080506", "机关事业单位职业年金缴费支出"),
         ("2100101", "行政运行"), ("2130101", "行政运行"))


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is installed by .ci/run")
def test_libreoffice_formulas_equal_the_engine_with_partial_columns_and_rejected_cells(tmp_path):
    from hypothesis import HealthCheck, Phase, example, given, settings
    from hypothesis import strategies as st

    from juesuan.export.office import recalculated_copy
    from juesuan.workbook import outputs
    from juesuan.workbook.build import input_rows
    from tests.units import amount, documents

    @st.composite
    def units(draw):
        doc = draw(documents(canonical=True))
        chosen = draw(st.lists(st.sampled_from(ITEMS), min_size=2, max_size=len(ITEMS), unique=True))
        lines = []
        for code, name in sorted(chosen):
            line = {"code": code, "name": name, "budget": draw(amount), "final": draw(amount)}
            if draw(st.booleans()):  # 调整预算 on some lines only
                line["adjusted_budget"] = draw(amount)
            lines.append(line)
        doc["functions"] = lines
        edits = draw(st.lists(st.tuples(st.sampled_from(["income", "spending", "functions"]), st.integers(0, 6),
                                        st.sampled_from(["budget", "adjusted_budget", "final"]),
                                        st.sampled_from([-5.0, 1.234, "abc", 0.001])), min_size=1, max_size=3))
        return doc, edits

    fixed = sample_doc()
    fixed["functions"] = [{"code": "2010101", "name": "行政运行", "budget": D(2000000), "adjusted_budget": D(1900000),
                           "final": D(1800000)},
                          {"code": "2010102", "name": "一般行政管理事务", "budget": D(1000000), "final": D(1000000)},
                          {"code": "2080505", "name": "养老保险缴费", "budget": D(1000), "final": D(900)}]
    fixed_edits = [("spending", 0, "budget", -5.0), ("functions", 1, "final", "abc"), ("income", 0, "final", 1.234)]

    @settings(max_examples=2, deadline=None, derandomize=True, phases=[Phase.explicit, Phase.generate],
              suppress_health_check=list(HealthCheck))
    @example((fixed, fixed_edits))
    @given(units())
    def check(case):
        doc, edits = case
        data, findings = parse(doc)
        assert findings == []
        path = tmp_path / "u.xlsm"
        path.unlink(missing_ok=True)
        path.write_bytes(build(data, analyze(data)))
        _, locator = input_rows(data)
        wb = openpyxl.load_workbook(path, keep_vba=True)
        for table, k, column, value in edits:
            lines = getattr(data, table)
            where = locator.cell((table, lines[k % len(lines)].index, column))
            wb[where[0]].cell(where[1] + 1, where[2] + 1).value = value
        wb.save(path)
        recalc(path)
        again, findings, located = read_workbook_located(path)
        if edits:
            assert {"E-NEGATIVE", "E-DECIMALS", "E-NOT-NUMBER"} & set(codes(findings))
        engine = outputs.all_sheets(analyze(again, findings), located)
        out = tmp_path / "lo"
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir()
        computed = openpyxl.load_workbook(recalculated_copy(path, out), data_only=True)
        checked = 0
        for name, sheet in engine.items():
            for (r, c), cell in sheet.cells.items():
                if not cell.formula or cell.style == "link":
                    continue
                want, got = outputs.excel_value(cell), computed[name].cell(r + 1, c + 1).value
                tolerance = 0.00005 if cell.style.endswith("pct") else 0.005
                if want is None or want == "":
                    assert got in (None, ""), (name, r, c, cell.formula, got)
                elif isinstance(want, float):
                    assert isinstance(got, int | float) and abs(got - want) < tolerance, (name, r, c, want, got)
                checked += 1
        assert checked > 50

    check()


def test_temp_files_of_earlier_versions_are_cleaned_too(tmp_path):
    old = tmp_path / ".单位.ab12cd34.xlsm"  # what a killed recalc of 单位.xlsm left before this version
    other = tmp_path / ".其他.ab12cd34.xlsm"
    for p in (old, other):
        p.write_bytes(b"x")
        os.utime(p, (time.time() - 2 * files.STALE_SECONDS,) * 2)
    files.write_atomic(tmp_path / "单位.xlsm", b"new")
    assert not old.exists() and other.exists()


def test_a_terminated_recalc_leaves_no_temp_file_and_the_workbook_intact(book):
    import signal
    import subprocess
    import sys

    before = book.read_bytes()
    slow = ("import time, openpyxl, sys\n"
            "real = openpyxl.Workbook.save\n"
            "def save(self, f):\n"
            "    real(self, f); print('saving', flush=True); time.sleep(30)\n"
            "openpyxl.Workbook.save = save\n"
            "from juesuan.cli import main\n"
            f"sys.exit(main(['recalc', {str(book)!r}]))\n")
    proc = subprocess.Popen([sys.executable, "-c", slow], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, encoding="utf-8")
    assert proc.stdout.readline().strip() == "saving"
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == cli.EXIT_INTERRUPTED and "已中断" in err and "Traceback" not in err
    assert book.read_bytes() == before
    assert temp_files(book.parent) == []


def test_a_button_that_cannot_start_says_so_with_a_log(monkeypatch):
    import sys

    from juesuan import excel

    monkeypatch.setitem(sys.modules, "juesuan.excel.live", None)  # as if the install were broken
    with pytest.raises(RuntimeError, match=r"juesuan 无法启动.*错误详情已写入"):
        excel.recalculate(object())


# == the command line's own guards (issue 20): no traceback, output ≠ input, folders ≠ files ========

def test_a_full_disk_during_recalc_is_exit_3_without_any_traceback(book):
    """A real write failure inside openpyxl's zip/XML writer (a file-size limit stands in for a full
    disk): the message and exit 3, no "Exception ignored … Traceback" from abandoned objects."""
    resource = pytest.importorskip("resource")
    if not hasattr(resource, "RLIMIT_FSIZE"):
        pytest.skip("no file-size limit on this system")
    before = book.read_bytes()
    script = ("import resource, signal, sys\n"
              "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
              f"resource.setrlimit(resource.RLIMIT_FSIZE, ({len(before) // 2}, {len(before) // 2}))\n"
              "from juesuan.cli import main\n"
              "sys.exit(main(['recalc', sys.argv[1]]))\n")
    proc = subprocess.run([sys.executable, "-c", script, str(book)], capture_output=True, text=True,
                          encoding="utf-8", timeout=300)
    assert proc.returncode == cli.EXIT_NOT_WRITTEN, proc.stderr
    assert "无法写入" in proc.stderr and "文件超过了允许的大小" in proc.stderr
    assert "Traceback" not in proc.stderr and "Exception ignored" not in proc.stderr
    assert book.read_bytes() == before and temp_files(book.parent) == []


def test_review_never_writes_over_the_document_under_review(capsys, tmp_path):
    from docx import Document

    doc = Document()
    doc.add_paragraph("本年收入合计100万元，其中财政拨款收入80万元、其他收入30万元。")
    source = tmp_path / "报告.docx"
    doc.save(str(source))
    before = source.read_bytes()
    for option in ("--comments", "--xlsx"):
        for extra in ([], ["--force"]):
            code, _, err = run(capsys, "review", source, option, source, *extra)
            assert code == cli.EXIT_NOT_WRITTEN and "就是输入文件" in err, (option, extra, err)
            assert source.read_bytes() == before
    link = tmp_path / "link.docx"
    link.symlink_to(source)
    code, _, err = run(capsys, "review", source, "--comments", link, "--force")
    assert code == cli.EXIT_NOT_WRITTEN and source.read_bytes() == before
    code, _, _ = run(capsys, "review", source, "--comments")  # the default name: beside it
    assert code in (0, 1) and (tmp_path / "报告-审阅.docx").exists() and source.read_bytes() == before


@pytest.mark.parametrize("command", [["analyze"], ["export"], ["disclose"], ["build", "{tmp}/o.xlsm"],
                                     ["extract", "{tmp}/o.toml"], ["recalc"], ["setup"], ["review"],
                                     ["import-tables", "{tmp}/o.toml"]])
def test_a_folder_is_called_a_folder_and_a_missing_file_missing(capsys, tmp_path, command):
    name, *rest = command
    rest = [r.format(tmp=tmp_path) for r in rest]
    for suffix in (".toml", ".xlsm", ".docx"):
        folder = tmp_path / f"unit{suffix}"
        folder.mkdir(exist_ok=True)
        code, _, err = run(capsys, name, folder, *rest)
        assert code == cli.EXIT_UNREADABLE and "是一个文件夹" in err and "Traceback" not in err, (suffix, err)
        code, _, err = run(capsys, name, tmp_path / f"missing{suffix}", *rest)
        assert code == cli.EXIT_UNREADABLE and "找不到" in err and "文件夹" not in err, (suffix, err)


def test_an_output_that_is_a_folder_or_an_output_folder_that_is_a_file_is_named_so(capsys, tmp_path, book):
    folder = tmp_path / "out.toml"
    folder.mkdir()
    for argv in (["extract", book, folder, "--force"], ["template", tmp_path / "t.xlsm"]):
        if argv[0] == "template":
            (tmp_path / "t.xlsm").mkdir()
        code, _, err = run(capsys, *argv)
        assert code == cli.EXIT_NOT_WRITTEN and "是一个文件夹" in err, err
    a_file = tmp_path / "out"
    a_file.write_text("mine")
    code, _, err = run(capsys, "demo", "--out", a_file)
    assert code == cli.EXIT_NOT_WRITTEN and "不是文件夹" in err and a_file.read_text() == "mine"


def test_a_missing_batch_or_consolidate_input_is_refused_not_skipped(capsys, tmp_path):
    (tmp_path / "units").mkdir()
    toml_with(tmp_path / "units")
    gone = tmp_path / "typo"
    code, _, err = run(capsys, "consolidate", tmp_path / "units", gone, "--name", "某局", "--out", tmp_path / "d.toml")
    assert code == cli.EXIT_UNREADABLE and "找不到输入" in err and str(gone) in err
    assert not (tmp_path / "d.toml").exists()
    code, _, err = run(capsys, "batch", tmp_path / "units", gone, "--out", tmp_path / "out")
    assert code == cli.EXIT_UNREADABLE and str(gone) in err and not (tmp_path / "out").exists()


def test_every_overwrite_keeps_a_bak(tmp_path):
    path = tmp_path / "a.txt"
    assert files.write_atomic(path, b"one") is None
    bak = files.write_atomic(path, b"two")
    assert bak is not None and bak.read_bytes() == b"one" and path.read_bytes() == b"two"
    import inspect

    assert "backup" not in inspect.signature(files.write_atomic).parameters  # no way to skip it


def test_batch_output_names_never_collide():
    from juesuan.batch.run import plan

    paths = [Path("d1/a.toml"), Path("d2/a.toml"), Path("d3/a(2).toml"), Path("d4/A.toml"), Path("d5/a(3).xlsm")]
    stems = [stem for _, stem in plan(paths)]
    assert len({s.lower() for s in stems}) == len(stems), stems


def test_import_tables_refuses_a_zip_bomb_before_parsing(capsys, tmp_path):
    bomb = tmp_path / "公开表.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            chunk = b"\0" * 1_000_000
            for _ in range(files_limit() // 1_000_000 + 1):
                part.write(chunk)
    code, _, err = run(capsys, "import-tables", bomb, tmp_path / "u.toml")
    assert code == cli.EXIT_UNREADABLE and "超过上限" in err and not (tmp_path / "u.toml").exists()


def files_limit() -> int:
    from juesuan.workbook.edit import MAX_PART_BYTES

    return MAX_PART_BYTES


@pytest.mark.parametrize("text", ["356,800.00", " 4,753,226.45 ", "8640"])
def test_a_number_stored_as_text_is_named_so_with_how_to_convert_it(book, text):
    """A figure pasted from another system lands in Excel as text (Excel's own SUM skips it): the
    finding says it is a number stored as text and how to convert it, not only 「应为数字」
    (trial acct2: 「现为“356,800.00”」 left the accountant puzzled). A data file's quoted figure: the
    TOML way."""
    _spending_budget(book, text)
    for _, findings, _ in (read_workbook_located(book), live_read(book)):
        found = [f.message for f in findings if f.code == "E-NOT-NUMBER"]
        assert len(found) == 1 and "以文本形式存储的数字" in found[0] and "转换为数字" in found[0], found
    doc = sample_doc()
    doc["spending"][0]["budget"] = text
    found = [f.message for f in parse(doc)[1] if f.code == "E-NOT-NUMBER"]
    assert len(found) == 1 and "不带引号、不带千分位逗号的数字" in found[0], found
    doc["spending"][0]["budget"] = "十万"  # no number: no such hint
    assert "文本形式" not in str([f.message for f in parse(doc)[1]])
