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
    assert code in (0, 1), text
    assert "Big5" in text, text


def test_silent_review_empty_document_is_not_clean(capsys, tmp_path):
    doc = tmp_path / "empty.txt"
    doc.write_bytes(b"")
    code, text = run(capsys, "review", doc)
    assert code in (0, 1), text
    assert "未发现相互矛盾" not in text and "没有读到任何文字" in text, text


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
    assert code in (0, 1, 2)


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
    assert time.perf_counter() - start < 20
    assert code in (0, 1), text[-500:]
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
