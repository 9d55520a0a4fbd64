"""Issue 20: the new surfaces (disclose, import-tables, batch, consolidate, the 汇总 sheets, review)
tried by class — INJECT, SILENT, LOSS, CRASH, HANG, WEAK. Each case runs the command as a person
does (``cli.main``) and checks the contract: no traceback, the exit code, nothing lost, no text
turned into a formula. The larger, randomised suite is benchmarks/fuzz_surfaces.py."""

from __future__ import annotations

import time
from pathlib import Path

import openpyxl
import pytest

from juesuan import cli
from juesuan.sources.datafile import sample_path

EVIL = ["=1+1", "+SUM(A1)", "-2+3", "@x", '=HYPERLINK("http://x","y")']
SAMPLE = sample_path().read_text(encoding="utf-8")


def run(capsys, *args) -> tuple[int, str]:
    code = cli.main([str(a) for a in args])
    out = capsys.readouterr()
    text = out.out + out.err
    assert "Traceback" not in text, text
    return code, text


def unit(folder: Path, stem: str, name: str | None = None) -> Path:
    """A copy of the sample unit under ``folder/stem.toml``, its unit name set to ``name``."""
    folder.mkdir(parents=True, exist_ok=True)
    text = SAMPLE
    if name is not None:
        import tomllib

        old = tomllib.loads(SAMPLE)["unit"]["name"]
        text = SAMPLE.replace(f'"{old}"', _toml_string(name), 1)
    path = folder / f"{stem}.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _toml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def live_formulas(path: Path, needles) -> list[str]:
    """Formula cells of an .xlsx that carry one of ``needles`` (user text turned into code)."""
    book = openpyxl.load_workbook(path)
    return [f"{ws.title}!{c.coordinate}" for ws in book.worksheets for row in ws.iter_rows() for c in row
            if c.data_type == "f" and any(n.lstrip("=") in str(c.value) for n in needles)]


# INJECT ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", EVIL)
def test_inject_disclose_xlsx(capsys, tmp_path, name):
    src = unit(tmp_path, "u", name)
    code, text = run(capsys, "disclose", src, "--xlsx", "--force")
    assert code in (0, 1), text
    books = list(tmp_path.glob("*.xlsx"))
    assert books, text
    for book in books:
        assert live_formulas(book, [name]) == []


def test_inject_batch_summary(capsys, tmp_path):
    for i, name in enumerate(EVIL):
        unit(tmp_path / "in", f"{name[:3]}{i}", name)
    code, text = run(capsys, "batch", tmp_path / "in", "--out", tmp_path / "out", "--workers", "1")
    assert code in (0, 1), text
    summary = next((tmp_path / "out").glob("汇总*.xlsx"))
    assert live_formulas(summary, EVIL) == []


def test_inject_consolidate_name_stays_on_its_comment_line(capsys, tmp_path):
    import tomllib

    a, b = unit(tmp_path / "in", "a"), unit(tmp_path / "in", "b")
    name = '部门\n[unit]\nname = "x"\n=1+1'
    code, text = run(capsys, "consolidate", a, b, "--name", name, "--out", tmp_path / "d.toml")
    assert code in (0, 1), text
    data = tomllib.loads((tmp_path / "d.toml").read_text(encoding="utf-8"))
    assert data["unit"]["name"] != "x"


def test_inject_review_xlsx(capsys, tmp_path):
    doc = tmp_path / "r.txt"
    doc.write_text("\n".join(f"{e} 本年支出合计100万元，比上年增加10万元，增长20%。" for e in EVIL), encoding="utf-8")
    code, text = run(capsys, "review", doc, "--xlsx", tmp_path / "r.xlsx")
    assert code in (0, 1), text
    assert live_formulas(tmp_path / "r.xlsx", EVIL) == []


def _literals(formula: str) -> list[str]:
    """The string literals of ``=HYPERLINK("…","…")``; AssertionError if anything else is there."""
    rest, out = formula.removeprefix("=HYPERLINK("), []
    while True:
        assert rest.startswith('"'), rest
        i = 1
        while not (rest[i] == '"' and rest[i + 1:i + 2] != '"'):
            i += 2 if rest[i] == '"' else 1
        out.append(rest[1:i].replace('""', '"'))
        rest = rest[i + 1:]
        if rest == ")":
            return out
        assert rest.startswith(","), rest
        rest = rest[1:]


@pytest.mark.parametrize("name", ['x"&WEBSERVICE("http:\\e")&".xlsm', 'a"b.xlsm', "=1+1.xlsm", 'q",1)+("'])
def test_inject_summary_link_cannot_leave_its_string(name):
    """The 汇总 sheets' file link: a quotation mark in a file name cannot close the literal."""
    from juesuan.excel.summary_sheets import _file_link

    path = Path("/d") / name
    assert _literals(_file_link(path).formula) == [str(path), name]


# SILENT ---------------------------------------------------------------------------------------

def test_silent_batch_same_file_twice_is_one_unit(capsys, tmp_path, monkeypatch):
    src = unit(tmp_path / "in", "a")
    monkeypatch.chdir(tmp_path)
    code, text = run(capsys, "batch", src, "in/a.toml", "--out", tmp_path / "out", "--workers", "1")
    assert code in (0, 1), text
    summary = next((tmp_path / "out").glob("汇总*.xlsx"))
    sheet = openpyxl.load_workbook(summary).worksheets[0]
    stems = [c.value for row in sheet.iter_rows() for c in row if c.value == "a"]
    assert len(stems) == 1


def test_silent_review_guessed_encoding_is_named(capsys, tmp_path):
    doc = tmp_path / "big5.txt"
    doc.write_bytes("本年支出合計100萬元，比上年增加10萬元。".encode("big5") * 20)
    code, text = run(capsys, "review", doc)
    assert code == 5, text  # no 错误, the review may be incomplete (README: exit codes)
    assert "Big5" in text, text


def test_silent_review_empty_document_is_not_clean(capsys, tmp_path):
    doc = tmp_path / "empty.txt"
    doc.write_bytes(b"")
    code, text = run(capsys, "review", doc)
    assert code == 5, text  # no 错误, the review may be incomplete (README: exit codes)
    assert "未发现相互矛盾" not in text and "没有读到任何文字" in text, text


# SILENT: import-tables — each workbook below either imports exactly what the clean one does or says
# something the clean one does not (a finding naming the sheet and cell); never a different file in silence.

def _official_tables(money: str, folder: Path, split: bool = True) -> Path:
    from tests.official_book import build
    from tests.test_published_unit import corrected_rows, expected_of

    expected = expected_of("putuo_sthj_2025")
    tables = {k: (t["title"], corrected_rows(expected, k)) for k, t in expected["tables"].items()}
    return build(folder / f"公开表{money}.xlsx", tables, money, split)


def _first(ws, figure: str):
    return next(c for row in ws.iter_rows() for c in row
                if isinstance(c.value, int | float) and not isinstance(c.value, bool) and str(c.value) == figure)


def _shift(ws, figure: str) -> None:
    cell = _first(ws, figure)
    ws.cell(cell.row, cell.column + 1).value, cell.value = cell.value, None


def _shift_left(ws, figure: str) -> None:
    cell = _first(ws, figure)
    ws.cell(cell.row, cell.column - 1).value, cell.value = cell.value, None


def _set(figure: str, value):
    def change(ws) -> None:
        _first(ws, figure).value = value
    return change


def _unit_line(text):
    def change(ws) -> None:
        cell = next(c for row in ws.iter_rows(max_row=3) for c in row if "单位" in str(c.value or ""))
        cell.value = text
    return change


def _header(ref: str, text: str):
    def change(ws) -> None:
        ws[ref].value = text
    return change


def _drop_row(figure: str):
    def change(ws) -> None:
        ws.delete_rows(_first(ws, figure).row)
    return change


def _row_twice(figure: str, value: float):
    def change(ws) -> None:
        cell = _first(ws, figure)
        ws.append([x.value for x in ws[cell.row]])
        ws.cell(ws.max_row, cell.column).value = value
    return change


def _sheet_twice(ws) -> None:
    copy = ws.parent.copy_worksheet(ws)
    _first(copy, "460.67").value = 460.68


def _code_in_name_column(ws) -> None:
    cell = _first(ws, "51.98")  # 2080501 行政单位离退休
    ws.cell(cell.row, 1).value, ws.cell(cell.row, 2).value, ws.cell(cell.row, 3).value = None, None, None
    ws.cell(cell.row, 4).value = "2080501"


IMPORT_SILENT = {  # case → (unit line of the built tables, sheet, change)
    "tables in 元": ("元", None, None),
    "科目编码 in one column": ("万元", None, None),
    "shifted column": ("万元", "公开03表", lambda ws: _shift(ws, "460.67")),
    "formula without its value": ("万元", "公开05表", _set("51.98", "=SUM(E1:E2)")),
    "约12万": ("万元", "公开02表", _set("51.98", "约12万")),
    "25.22万 as text": ("万元", "公开06表", _set("25.22", "25.22万")),
    "a 0.00 left blank": ("万元", "公开03表", _set("0", None)),
    "a figure left blank": ("万元", "公开03表", _set("10.77", None)),
    "1e20": ("万元", "公开06表", _set("405.36", 1e20)),
    "blank unit line": ("万元", "公开03表", _unit_line(None)),
    "blank unit line among 元 tables": ("元", "公开05表", _unit_line(None)),
    "both units in the header": ("万元", "公开03表", _unit_line("单位：元（万元）")),
    "万元 figures under 单位：元": ("万元", "公开05表", _unit_line("单位：元")),
    "code in the name column": ("万元", "公开03表", _code_in_name_column),
    "a 项 row left out": ("万元", "公开05表", _drop_row("51.98")),
    "a figure off by 0.01": ("万元", "公开03表", _set("51.98", 51.99)),
    "a figure off by 1": ("万元", "公开05表", _set("51.98", 52.98)),
    "a 项 row repeated with another figure": ("万元", "公开03表", _row_twice("51.98", 50.98)),
    "a 项 row repeated as it is": ("万元", "公开03表", _row_twice("51.98", 51.98)),
    "the same table on two sheets, different": ("万元", "公开03表", _sheet_twice),
    "三公 budget under 决算数": ("万元", "公开07表", lambda ws: _shift(ws, "20.5")),
    "公开01 income one column right": ("万元", "公开01表", lambda ws: _shift(ws, "4733.14")),
    "公开06 amount one column left": ("万元", "公开06表", lambda ws: _shift_left(ws, "405.36")),
    "三公 item renamed": ("万元", "公开07表", _header("K4", "招待费")),
    "a coded table's header renamed": ("万元", "公开05表", _header("F4", "人员支出")),
}


JOINED = {"科目编码 in one column", "shifted column, one code column", "a 项 row left out, one code column"}
IMPORT_SILENT["shifted column, one code column"] = ("万元", "公开03表", lambda ws: _shift(ws, "460.67"))
IMPORT_SILENT["a 项 row left out, one code column"] = ("万元", "公开05表", _drop_row("51.98"))


def _import_into_skeleton(book: Path, target: Path) -> tuple[int, set[str], dict | None]:
    """import-tables run as a person does: exit code, the findings said, the written file (None: unchanged)."""
    import contextlib
    import io
    import tomllib

    from tests.test_import_published import _without_table_figures
    from tests.test_published_unit import HERE

    target.write_text(_without_table_figures((HERE / "putuo_sthj_2025.toml").read_text(encoding="utf-8")),
                      encoding="utf-8")
    before = target.read_bytes()
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        code = cli.main(["import-tables", str(book), str(target)])
    text = out.getvalue()
    assert "Traceback" not in text, text
    said = {x.strip() for x in text.splitlines() if x.strip().startswith("[")}
    after = target.read_bytes()
    return code, said, None if after == before else tomllib.loads(after.decode("utf-8"))


@pytest.fixture(scope="module")
def clean_import(tmp_path_factory):
    """The unchanged official workbook's import: exit code, findings said, the written file."""
    folder = tmp_path_factory.mktemp("clean")
    return _import_into_skeleton(_official_tables("万元", folder), folder / "a.toml")


@pytest.mark.parametrize("case", sorted(IMPORT_SILENT))
def test_silent_import_tables_imports_exactly_or_says_so(tmp_path, clean_import, case):
    code, clean_said, clean = clean_import
    assert code == 0 and clean is not None
    money, sheet, change = IMPORT_SILENT[case]
    book = _official_tables(money, tmp_path, split=case not in JOINED)
    if change is not None:
        wb = openpyxl.load_workbook(book)
        change(wb[sheet])
        wb.save(book)
    code, said, got = _import_into_skeleton(book, tmp_path / "b.toml")
    assert code in (0, 1)
    assert got == clean or any(sheet in x for x in said - clean_said), case  # a change is named
    if code == 1:
        assert got is None and any(sheet in x for x in said), said


# LOSS -----------------------------------------------------------------------------------------

def test_loss_review_output_is_input(capsys, tmp_path):
    doc = tmp_path / "r.txt"
    doc.write_text("本年支出合计100万元。", encoding="utf-8")
    before = doc.read_bytes()
    code, text = run(capsys, "review", doc, "--xlsx", doc, "--force")
    assert code == 3, text
    assert doc.read_bytes() == before


def test_loss_consolidate_out_is_input(capsys, tmp_path):
    a, b = unit(tmp_path, "a"), unit(tmp_path, "b")
    before = a.read_bytes()
    code, text = run(capsys, "consolidate", a, b, "--name", "部门", "--out", a, "--force")
    assert code == 3, text
    assert a.read_bytes() == before


def test_loss_batch_rerun_keeps_bak_and_foreign_tmp(capsys, tmp_path):
    unit(tmp_path / "in", "a")
    out = tmp_path / "out"
    assert run(capsys, "batch", tmp_path / "in", "--out", out, "--workers", "1")[0] in (0, 1)
    mine = out / ".notes.tmp"
    mine.write_text("mine", encoding="utf-8")
    code, text = run(capsys, "batch", tmp_path / "in", "--out", out, "--workers", "1", "--force")
    assert code in (0, 1), text
    assert mine.read_text(encoding="utf-8") == "mine"
    assert list(out.glob("汇总*.xlsx.bak")), sorted(p.name for p in out.iterdir())


def test_loss_import_tables_data_is_tables(capsys, tmp_path):
    src = unit(tmp_path, "u")
    run(capsys, "disclose", src, "--xlsx", "--force")
    book = next(tmp_path.glob("*.xlsx"))
    before = book.read_bytes()
    code, text = run(capsys, "import-tables", book, book)
    assert code in (2, 3), text
    assert book.read_bytes() == before


# CRASH ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", ["9" * 400 + "万元", "1e999999万元", "增长" + "9" * 50 + "%", "\x00\x01\ufeff"])
def test_crash_review_hostile_numbers(capsys, tmp_path, body):
    doc = tmp_path / "r.txt"
    doc.write_text(f"本年支出合计{body}，比上年增加{body}。", encoding="utf-8")
    code, _ = run(capsys, "review", doc)
    assert code in (0, 1, 2, 5)


@pytest.mark.parametrize("payload", [b"", b"\xff\xfe\x00garbage", b"PK\x03\x04broken zip"])
@pytest.mark.parametrize("suffix", [".toml", ".xlsm", ".docx", ".pdf", ".xlsx"])
def test_crash_garbage_inputs(capsys, tmp_path, payload, suffix):
    bad = tmp_path / f"bad{suffix}"
    bad.write_bytes(payload)
    command = {".toml": ["disclose", bad], ".xlsm": ["disclose", bad], ".docx": ["review", bad],
               ".pdf": ["review", bad], ".xlsx": ["import-tables", bad, tmp_path / "d.toml"]}[suffix]
    code, text = run(capsys, *command)
    assert code in (0, 1, 2, 3), text


def test_crash_disk_full_while_writing(capsys, tmp_path, monkeypatch):
    import errno
    import os

    from juesuan.export import files

    def full(*_a, **_k):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files, "_produce", full)
    src = unit(tmp_path, "u")
    code, text = run(capsys, "disclose", src, "--force")
    assert code == 3, text
    assert "磁盘空间不足" in text
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(files.TEMP_PREFIX)]


# HANG -----------------------------------------------------------------------------------------

def test_hang_workers_capped_at_cores(capsys, tmp_path):
    from juesuan.batch.cluster import cores

    unit(tmp_path / "in", "a")
    code, text = run(capsys, "batch", tmp_path / "in", "--out", tmp_path / "out", "--workers", "64")
    assert code in (0, 1), text
    if cores() < 64:
        assert "已降为" in text


def test_hang_review_long_paragraph_is_linear(capsys, tmp_path):
    doc = tmp_path / "long.txt"
    doc.write_text("，".join(f"第{i}项支出{i}.5万元" for i in range(1500)) + "。", encoding="utf-8")
    start = time.perf_counter()
    code, _ = run(capsys, "review", doc)
    assert code in (0, 1)
    assert time.perf_counter() - start < 10


def test_hang_review_many_paragraphs_has_a_limit(capsys, tmp_path):
    from juesuan.review.extract import MAX_BLOCKS

    doc = tmp_path / "many.txt"
    doc.write_text("\n".join("本年支出1万元。" for _ in range(MAX_BLOCKS + 50)), encoding="utf-8")
    start = time.perf_counter()
    code, text = run(capsys, "review", doc)
    # a hang guard, not a speed budget: ~10 s on a quiet core, 22 s seen under CI load
    assert time.perf_counter() - start < 60
    assert code == 5, text[-500:]  # read in part: an incomplete review
    assert f"{MAX_BLOCKS:,}" in text, text[-500:]


# WEAK -----------------------------------------------------------------------------------------

COMMANDS = {
    "disclose": lambda p, t: ["disclose", p],
    "import-tables": lambda p, t: ["import-tables", p, t / "d.toml"],
    "batch": lambda p, t: ["batch", p, "--out", t / "o"],
    "consolidate": lambda p, t: ["consolidate", p, "--name", "部门", "--out", t / "d.toml"],
    "review": lambda p, t: ["review", p],
}


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_weak_missing_input_says_so(capsys, tmp_path, command):
    code, text = run(capsys, *COMMANDS[command](tmp_path / "无此文件.toml", tmp_path))
    assert code == 2, text
    assert "找不到" in text, text


@pytest.mark.parametrize("command", ["disclose", "import-tables", "review"])
def test_weak_folder_where_a_file_is_expected(capsys, tmp_path, command):
    folder = tmp_path / "目录.toml"
    folder.mkdir()
    code, text = run(capsys, *COMMANDS[command](folder, tmp_path))
    assert code == 2, text
    assert "文件夹" in text, text


def test_weak_import_tables_data_path_is_folder(capsys, tmp_path):
    src = unit(tmp_path, "u")
    run(capsys, "disclose", src, "--xlsx", "--force")
    book = next(tmp_path.glob("*.xlsx"))
    (tmp_path / "d.toml").mkdir()
    code, text = run(capsys, "import-tables", book, tmp_path / "d.toml")
    assert code in (2, 3), text
    assert "文件夹" in text, text


def test_silent_summary_button_refuses_a_list_over_its_limit(tmp_path):
    """The 汇总 button reads at most SUMMARY_LIST_ROWS units: one more listed is refused, not dropped."""
    from juesuan.excel import remote

    remote.enable()
    import xlwings as xw

    from juesuan import excel
    from juesuan.sources import layout as L
    from juesuan.workbook.summary_book import build_summary_template

    path = tmp_path / "汇总.xlsm"
    path.write_bytes(build_summary_template())
    wb = openpyxl.load_workbook(path, keep_vba=True)
    wb[L.SUMMARY_LIST].cell(L.SUMMARY_LIST_FIRST + 1 + L.SUMMARY_LIST_ROWS, 1).value = "第2001个.xlsm"
    wb.save(path)
    before = path.read_bytes()
    book = remote.book_from_file(path)
    xw.Book.set_mock_caller(book)
    outcome = excel.summarize()
    assert f"最多列{L.SUMMARY_LIST_ROWS:,}个单位" in outcome.message, outcome.message
    assert not [a for a in book.json()["actions"] if a["func"] == "setValues"]
    assert path.read_bytes() == before


@pytest.mark.parametrize("args", [["consolidate", "a.toml", "--name", "-某部门", "--out", "d.toml"],
                                  ["batch", "x", "--workers", "two", "--out", "o"], ["disclose"], ["nosuch"]])
def test_weak_command_line_mistakes_in_chinese(capsys, args):
    with pytest.raises(SystemExit) as ended:
        cli.main(args)
    text = capsys.readouterr().err
    assert ended.value.code == 2
    assert "错误：" in text and "--help" in text, text
    if "-某部门" in args:
        assert "--name=-某部门" in text


def test_silent_summary_button_counts_a_workbook_listed_twice_once(sample, tmp_path, monkeypatch):
    """The 汇总 button: one workbook listed by name, by full path and as ./name is one unit (said)."""
    from juesuan.excel import remote

    remote.enable()
    import xlwings as xw

    from juesuan import excel
    from juesuan.sources import layout as L
    from juesuan.workbook.summary_book import build_summary_template
    from tests.buttons import sample_book

    unit_path = sample_book(sample, tmp_path, monkeypatch)
    path = tmp_path / "汇总.xlsm"
    path.write_bytes(build_summary_template())
    wb = openpyxl.load_workbook(path, keep_vba=True)
    for i, text in enumerate([unit_path.name, str(unit_path), f"./{unit_path.name}"]):
        wb[L.SUMMARY_LIST].cell(L.SUMMARY_LIST_FIRST + 1 + i, 1).value = text
    wb.save(path)
    book = remote.book_from_file(path)
    xw.Book.set_mock_caller(book)
    outcome = excel.summarize()
    assert outcome.message.startswith("汇总完成：1个单位"), outcome.message
    assert "有2行与前面列出的是同一个工作簿" in outcome.message, outcome.message
