"""``juesuan review FOLDER`` (or several files): what a 财政局 reviewer runs on what dozens of units send in —
every report reviewed on its own (a broken file is one row, the run goes on), one line a document worst first,
an .xlsx with 汇总 and 明细, commented copies beside the .docx files, the worst document's exit code."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import time
from pathlib import Path

import openpyxl
import pytest
from docx import Document

from juesuan.cli import main
from juesuan.review import many, outputs
from tests.test_review import public_docx
from tests.test_review_text_copies import copied


@pytest.fixture(scope="module")
def own_docx(tmp_path_factory) -> Path:
    """juesuan's own 决算公开 of the sample unit (the demo's path): a real-sized document that reviews clean."""
    from juesuan.disclosure.api import disclose, docx_bytes
    from juesuan.sources.datafile import load_sample

    path = tmp_path_factory.mktemp("own") / "clean.docx"
    path.write_bytes(docx_bytes(disclose(*load_sample())))
    return path


@pytest.fixture
def folder(tmp_path, own_docx) -> Path:
    """Three documents as units send them — one clean, one with a slip (a share 75.33% for 73.33%), one broken —
    and what lies beside them in a real folder: an Office lock file, a backup, an earlier run's commented copy."""
    d = tmp_path / "报送"
    d.mkdir()
    shutil.copy(own_docx, d / "clean.docx")
    public_docx(d / "slip.docx", text_share="75.33%")
    (d / "broken.docx").write_bytes(b"not a zip")
    (d / "~$clean.docx").write_bytes(b"lock")
    (d / "clean.docx.bak").write_bytes(b"old")
    (d / "slip-审阅.docx").write_bytes(b"an earlier run's copy")
    return d


def _bytes(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def test_a_folder_of_three_gives_three_rows_worst_first_and_an_xlsx(folder, tmp_path, capsys):
    before = _bytes(folder)
    out = tmp_path / "汇总.xlsx"
    assert main(["review", str(folder), "--xlsx", str(out)]) == 1  # the worst: a document with 错误
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 4, lines  # one a document, then the totals
    assert lines[0].startswith("[有错误] slip.docx") and "错误1条" in lines[0]
    assert lines[1].startswith("[无法读取] broken.docx：无法读取：") and "损坏" in lines[1]
    assert lines[2].startswith("[未发现错误] clean.docx（奈曼旗政务服务中心，2021年度）")
    assert lines[3].startswith("共审阅3份文件：有错误1份，无法读取1份，未发现错误1份。共有错误1条，警告0条，提示0条。")
    assert "--verbose" not in lines[3]  # the findings are in the .xlsx: no hint where to see them
    assert _bytes(folder) == before  # nothing written over (or beside) an input

    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["汇总", "明细"]
    rows = list(book["汇总"].iter_rows(values_only=True))
    assert rows[0] == ("文件", "单位", "年度", "错误数", "警告数", "提示数", "审阅是否完整", "页数", "说明")
    by = {r[0]: r for r in rows[1:]}
    assert [r[0] for r in rows[1:]] == ["slip.docx", "broken.docx", "clean.docx", "合计（3份）"]
    assert by["slip.docx"][2:8] == (2023, 1, 0, 0, "是", 1)
    assert by["slip.docx"][8].startswith("首条错误：") and "73.33%" in by["slip.docx"][8]  # eyes11 §11: not empty
    assert by["clean.docx"][7] is None  # python-docx's stale 「1 page」 in a document with 3 page breaks
    assert by["clean.docx"][1:7] == ("奈曼旗政务服务中心", 2021, 0, 0, 0, "是")
    assert by["broken.docx"][3:7] == (None, None, None, "否") and by["broken.docx"][8].startswith("无法读取：")
    total = by["合计（3份）"]  # the findings of the rows the filter shows, outside the filtered list
    assert total[3:6] == ("=SUBTOTAL(109,D2:D4)", "=SUBTOTAL(109,E2:E4)", "=SUBTOTAL(109,F2:F4)")
    assert total[8] == "有错误1份，无法读取1份，未发现错误1份"
    assert book["汇总"].auto_filter.ref == "A1:I4"
    values = openpyxl.load_workbook(out, data_only=True)["汇总"]  # the totals' values, for a reader that shows them
    assert [values.cell(5, c).value for c in (4, 5, 6)] == [1, 0, 0]
    detail = list(book["明细"].iter_rows(values_only=True))  # the one-file list's columns, after 文件 and 单位
    assert detail[0] == ("文件", "单位", *(label for _, label, _ in outputs.COLUMNS))
    assert "计算／依据" in detail[0] and "原文" in detail[0]
    assert len(detail) == 2  # the slip's one finding
    row = dict(zip(detail[0], detail[1], strict=True))
    assert (row["文件"], row["级别"], row["原文数字"], row["应为"]) == ("slip.docx", "错误", "75.33%", "73.33%")
    assert "75.33%" in row["原文"] and row["说明"] and row["检查项"] == "占比（R-SHARE）"
    assert book["明细"]["I2"].alignment.vertical == "top"  # a long 原文 beside a short 级别: read from the top

    first = out.read_bytes()  # the output-name rule of every writer: a free name, or --force with the old as .bak
    assert main(["review", str(folder), "--xlsx", str(out)]) == 1
    assert (tmp_path / "汇总(2).xlsx").exists() and out.read_bytes() == first
    assert main(["review", str(folder), "--xlsx", str(out), "--force"]) == 1
    assert (tmp_path / "汇总.xlsx.bak").read_bytes() == first
    assert _bytes(folder) == before


def test_json_is_a_list_with_a_document_each(folder, capsys):
    assert main(["review", str(folder), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert [(d["file"], d["state"]) for d in data] == [("slip.docx", "errors"), ("broken.docx", "unreadable"),
                                                       ("clean.docx", "clean")]
    assert data[0]["summary"]["errors"] == 1 and data[0]["findings"][0]["expected"] == "73.33%"
    assert data[1]["problem"].startswith("无法读取：") and data[1]["findings"] == []
    assert data[2]["unit"] == "奈曼旗政务服务中心" and data[2]["year"] == 2021
    assert data[2]["summary"]["checked"]["public_tables"]  # what was checked, as for one file


def test_comments_are_written_beside_each_docx_with_findings(folder, capsys):
    before = {p: p.read_bytes() for p in folder.iterdir()}
    assert main(["review", str(folder), "--comments"]) == 1
    # the name the earlier run's copy holds is kept: the new copy takes the next free name, never an input
    copy = folder / "slip-审阅(2).docx"
    assert len(list(Document(str(copy)).comments)) == 1
    assert {p: p.read_bytes() for p in before} == before
    assert not (folder / "clean-审阅.docx").exists()  # nothing to comment on
    capsys.readouterr()
    assert main(["review", str(folder), "--json"]) == 1  # the copies are not reviewed as documents
    assert [d["file"] for d in json.loads(capsys.readouterr().out)] == ["slip.docx", "broken.docx", "clean.docx"]


def test_the_exit_code_is_the_worst_documents(tmp_path, own_docx, capsys):
    d = tmp_path / "d"
    d.mkdir()
    shutil.copy(own_docx, d / "a.docx")
    assert main(["review", str(d)]) == 0
    # no 错误, part not read (its one 错误 taken out: test_review_unread_tables)
    text = copied("putuo_wenlv_2025").replace("决算为 0 万元，完成预算的 0%", "决算为 0 万元")
    (d / "b.txt").write_text(text, encoding="utf-8")
    assert main(["review", str(d)]) == 5
    out = capsys.readouterr().out
    assert "[审阅不完整] b.txt" in out  # the findings listed nowhere: the totals and where to see them (eyes11 §12)
    assert "共有错误0条，警告" in out
    assert out.rstrip().endswith("逐条结果：加 --verbose 在此列出，或加 --xlsx 写入 Excel 清单（“明细”表）。")
    assert main(["review", str(d), "--verbose"]) == 5 and "逐条结果" not in capsys.readouterr().out
    (d / "c.pdf").write_bytes(b"%PDF-1.4 cut short")
    assert main(["review", str(d)]) == 2
    out, err = capsys.readouterr()
    assert "1份文件无法读取或审阅出错（见上），其余2份已审阅。" in err
    assert out.index("[无法读取] c.pdf") < out.index("[审阅不完整] b.txt") < out.index("[未发现错误] a.docx")


def test_several_files_and_a_folder_are_reviewed_together(folder, tmp_path, capsys):
    other = tmp_path / "另一单位.txt"
    other.write_text("本年决算500.00元，比上年400.00元增加100.00元，增长20.00%。", encoding="utf-8")
    assert main(["review", str(other), str(folder / "clean.docx"), "--json"]) == 1
    assert [d["file"] for d in json.loads(capsys.readouterr().out)] == [str(other), str(folder / "clean.docx")]
    assert main(["review", str(folder), str(folder / "slip.docx"), "--json"]) == 1  # given twice: once
    assert [d["file"] for d in json.loads(capsys.readouterr().out)].count("slip.docx") == 1


def test_a_missing_input_stops_the_run_before_any_review(folder, tmp_path, capsys):
    assert main(["review", str(folder), str(tmp_path / "无此文件.pdf")]) == 2
    captured = capsys.readouterr()
    assert "找不到" in captured.err and captured.out == ""


def test_comments_with_a_path_is_refused_for_many(folder, tmp_path, capsys):
    assert main(["review", str(folder), "--comments", str(tmp_path / "x.docx")]) == 3
    assert "原文件旁" in capsys.readouterr().err


def test_which_files_of_a_folder_are_documents(tmp_path):
    for name in ("a.pdf", "b.DOCX", "c.txt", "old.doc", "sub/d.pdf", ".hidden/e.pdf", "~$a.docx", "a.docx.bak",
                 "a-审阅.docx", "a-审阅(3).docx", ".juesuan-tmp-x.docx", "汇总.xlsx", "notes.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    assert [name for _, name in many.documents([tmp_path])] == ["a.pdf", "b.DOCX", "c.txt", "old.doc", "sub/d.pdf"]
    old = many.review_one(tmp_path / "old.doc", "old.doc")
    assert old.state == "unreadable" and ".doc" in old.problem and "另存为 .docx" in old.problem


def _dies_on(name: str):
    from juesuan.review import extract

    real = extract.read

    def read(path):
        if Path(path).name == name:
            os._exit(1)  # as when the system ends a worker for its memory
        return real(path)

    return read


@pytest.mark.skipif(os.name != "posix", reason="the patched reader reaches the workers by fork")
def test_a_document_that_kills_its_worker_is_one_row_and_the_others_are_reviewed(folder, monkeypatch, capsys):
    import multiprocessing

    if multiprocessing.get_start_method() != "fork":
        pytest.skip("needs the fork start method")
    from juesuan.review import extract

    monkeypatch.setattr(extract, "read", _dies_on("slip.docx"))
    assert main(["review", str(folder), "--json", "--workers", "2"]) == 2  # 审阅出错, the worst here: not reviewed
    data = {d["file"]: d for d in json.loads(capsys.readouterr().out)}
    assert data["slip.docx"]["state"] == "failed" and "审阅出错" in data["slip.docx"]["problem"]
    assert data["clean.docx"]["state"] == "clean" and data["broken.docx"]["state"] == "unreadable"


def test_a_fault_on_one_document_is_its_row(folder, monkeypatch, capsys):
    from juesuan.review import extract

    real = extract.read

    def read(path):
        if Path(path).name == "clean.docx":
            raise RuntimeError("boom")
        return real(path)

    monkeypatch.setattr(extract, "read", read)
    assert main(["review", str(folder), "--workers", "1"]) == 1
    out = capsys.readouterr().out
    assert "[审阅出错] clean.docx：审阅出错：RuntimeError（详情已写入" in out and "[有错误] slip.docx" in out


@pytest.mark.skipif(os.name != "posix", reason="SIGINT to a child process is POSIX")
def test_ctrl_c_ends_the_workers_at_once_and_writes_nothing(folder, tmp_path):
    """Ctrl-C while the workers review (each paused inside the rules): the message, exit 130 well before the
    paused workers would end, no summary, nothing beside the documents."""
    import multiprocessing

    from juesuan.cli.exits import Exit
    from tests.test_interrupt import _interrupt

    if multiprocessing.get_start_method() != "fork":
        pytest.skip("the paused rules reach the workers by fork")
    before = _bytes(folder)
    start = time.perf_counter()
    done = _interrupt("juesuan.review.rules:run", ["review", str(folder), "--xlsx", str(tmp_path / "汇总.xlsx"),
                                                   "--comments", "--workers", "2"], tmp_path, folder)
    assert done.returncode == Exit.INTERRUPTED, (done.stdout, done.stderr)
    assert time.perf_counter() - start < 60  # the paused workers (120 s) were ended, not waited for
    assert "已中断" in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert _bytes(folder) == before and not (tmp_path / "汇总.xlsx").exists()


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL and fork")
def test_workers_end_when_the_command_is_killed(folder):
    """The command killed outright (the system ending it for its memory): its workers do not live on."""
    import multiprocessing
    import signal
    import subprocess
    import sys

    import psutil

    from tests.test_interrupt import CHILD

    if multiprocessing.get_start_method() != "fork":
        pytest.skip("the paused rules reach the workers by fork")
    proc = subprocess.Popen([sys.executable, "-c", CHILD, "juesuan.review.rules:run", "review", str(folder),
                             "--workers", "2"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    workers: list = []
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "paused"
        workers = psutil.Process(proc.pid).children()
        assert workers
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        _, alive = psutil.wait_procs(workers, timeout=20)
        assert alive == []
    finally:
        for p in [*workers, proc]:
            with contextlib.suppress(psutil.NoSuchProcess, ProcessLookupError):
                p.kill()


def test_a_docx_gives_the_pages_its_last_save_recorded(tmp_path):
    """页数 of a .docx: as Word/WPS recorded it at the last save (docProps/app.xml), unless it cannot hold."""
    import zipfile

    from docx.enum.text import WD_BREAK

    doc = Document()
    for k in range(3):
        para = doc.add_paragraph(f"第{k + 1}页：本年决算500.00元，比上年400.00元增加100.00元，增长25.00%。")
        para.add_run().add_break(WD_BREAK.PAGE)
    made = tmp_path / "made.docx"
    doc.save(str(made))
    assert many.review_one(made, "made.docx").pages is None  # the template's 「1」 under 3 page breaks
    saved = tmp_path / "saved.docx"
    with zipfile.ZipFile(made) as src, zipfile.ZipFile(saved, "w") as out:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "docProps/app.xml":
                data = data.replace(b"<Pages>1</Pages>", b"<Pages>4</Pages>")
            out.writestr(item, data)
    assert many.review_one(saved, "saved.docx").pages == 4


def test_the_pool_is_gone_when_the_review_returns(tmp_path):
    """The worker pool's manager thread has ended when ``review_many`` returns: a thread still tearing the pool
    down at the interpreter's exit races the exit's wake-up of it, and the reviewer saw 「Exception ignored …
    OSError: [Errno 9] Bad file descriptor」 after a complete ``review DIR --json`` (eyes11 §12)."""
    import threading
    from concurrent.futures.process import _ExecutorManagerThread

    for k in range(3):
        (tmp_path / f"{k}.txt").write_text(f"2024年度收入总计{100 + k}.00万元，比上年增加1.00万元，增长10%。",
                                           encoding="utf-8")
    results = many.review_many(many.documents([tmp_path]), workers=2)
    assert len(results) == 3 and all(r.state == "errors" for r in results), [r.as_dict() for r in results]
    assert not [t for t in threading.enumerate() if isinstance(t, _ExecutorManagerThread)]


def test_xlsx_without_a_path_is_named_by_the_one_rule(folder, tmp_path, capsys):
    """``--xlsx`` without a path, as ``--comments``: 「<文件夹名>-审阅.xlsx」 beside the folder, 「<原名>-审阅.xlsx」
    beside one document (outputs.beside: export.files.output_name, then a free name)."""
    before = _bytes(folder)
    assert main(["review", str(folder), "--xlsx", "--workers", "1"]) == 1
    assert (tmp_path / "报送-审阅.xlsx").is_file() and _bytes(folder) == before
    assert main(["review", str(folder), "--xlsx", "--workers", "1"]) == 1
    assert (tmp_path / "报送-审阅(2).xlsx").is_file()
    assert main(["review", str(folder / "slip.docx"), "--xlsx"]) == 1
    assert "审阅清单：" in capsys.readouterr().err and (folder / "slip-审阅.xlsx").is_file()
