"""Ctrl-C in the newer commands (issue 20): disclose, import-tables, review and consolidate, each run
as a real process and sent SIGINT (what a terminal sends) at two moments — while it works, and while
it writes its output (the temporary file exists, the rename has not happened). Every time: the
project's Chinese message, exit 130, no traceback, no temporary file, no half-written output, and an
existing output file left as it was."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from juesuan.batch import generate as g
from juesuan.cli.exits import Exit
from juesuan.export.files import TEMP_PREFIX

HERE = Path(__file__).parent
DATA = HERE / "data"

# The child stops at a chosen point: it prints a marker and waits there to be interrupted — in short sleeps: a
# SIGINT that lands after the print but before a sleep has begun is acted on at the next bytecode, and one long
# time.sleep(120) begun after it would wait its whole 120 s (the signal's handler already ran, the sleep is not
# interrupted): the "still running 100 s after Ctrl-C" seen once under CI load.
CHILD = """
import os, sys, time, importlib
where, args = sys.argv[1], sys.argv[2:]

def pause(real):
    def paused(*a, **k):
        sys.stdout.flush()  # what the command printed before comes first
        os.write(1, b"paused\\n")  # one write: two forked workers pausing at once print two whole lines
        end = time.monotonic() + 120
        while time.monotonic() < end:
            time.sleep(0.05)
        return real(*a, **k)
    return paused

if where == "writing":  # inside export.files.write_atomic: the temporary file is written, not renamed yet
    os.fsync = pause(os.fsync)
else:  # "working": module:function the command calls before it writes anything
    module, name = where.split(":")
    mod = importlib.import_module(module)
    setattr(mod, name, pause(getattr(mod, name)))
from juesuan.cli import main
sys.exit(main(args))
"""


def _interrupt(where: str, args: list[str], cwd: Path, out: Path) -> subprocess.CompletedProcess:
    def as_from_a_terminal() -> None:  # Ctrl-C works even when the test run itself ignores SIGINT
        signal.signal(signal.SIGINT, signal.SIG_DFL)

    proc = subprocess.Popen([sys.executable, "-c", CHILD, where, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, encoding="utf-8", cwd=cwd,
                            preexec_fn=as_from_a_terminal)
    try:
        for line in proc.stdout:  # the command may print findings before it reaches the point
            if line.strip() == "paused":
                break
        else:
            out, err = proc.communicate(timeout=60)
            pytest.fail(f"the command ended before the point {where}: {proc.returncode} {err}")
        if where == "writing":  # the point is real: our temporary file is there, waiting to be renamed
            assert [p for p in out.iterdir() if p.name.startswith(TEMP_PREFIX)], sorted(out.iterdir())
        proc.send_signal(signal.SIGINT)
        try:
            out, err = proc.communicate(timeout=100)
        except subprocess.TimeoutExpired:
            pytest.fail(f"still running 100 s after Ctrl-C at {where}: {' '.join(args)}")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def _unit_file(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "单位.toml"
    target.write_bytes((DATA / "disclosure_rich.toml").read_bytes())
    return target


def _tables(folder: Path) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "公开05表"
    ws.append(["一般公共预算财政拨款支出决算表"])
    ws.append([None, None, None, None, "单位：万元"])
    ws.append(["科目编码", "科目名称", "合计", "基本支出", "项目支出"])
    ws.append(["2070101", "行政运行", 457.86, 454.06, 3.80])
    path = folder / "公开表.xlsx"
    book.save(path)
    return path


def _case(command: str, tmp: Path) -> tuple[list[str], str, Path]:
    """(arguments, the function the command works in, the output folder) for one command."""
    if command == "disclose":
        source = _unit_file(tmp / "d")
        return ["disclose", str(source), "--force"], "juesuan.disclosure.api:disclose", source.parent
    if command == "import-tables":
        return (["import-tables", str(_tables(tmp)), str(tmp / "out" / "新.toml")],
                "juesuan.disclosure.importer:import_tables", tmp / "out")
    if command == "review":
        text = tmp / "r" / "报告.txt"
        text.parent.mkdir()
        text.write_bytes((DATA / "published" / "putuo_sthj_2025.txt").read_bytes())
        return (["review", str(text), "--xlsx", str(tmp / "r" / "审阅.xlsx")], "juesuan.review.rules:run",
                text.parent)
    units = tmp / "units"
    g.write(units, g.department(2, 3))
    return (["consolidate", str(units), "--name", "某部门", "--out", str(tmp / "c" / "部门.toml")],
            "juesuan.batch.consolidate:consolidate", tmp / "c")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child process is POSIX")
@pytest.mark.parametrize("moment", ["working", "writing"])
@pytest.mark.parametrize("command", ["disclose", "import-tables", "review", "consolidate"])
def test_ctrl_c_gives_the_message_and_exit_130_and_leaves_nothing_half_written(command, moment, tmp_path):
    args, work, out = _case(command, tmp_path)
    before = {p: p.read_bytes() for p in out.iterdir()} if out.exists() else {}
    done = _interrupt(work if moment == "working" else "writing", args, tmp_path, out)
    assert done.returncode == Exit.INTERRUPTED, (done.stdout, done.stderr)
    assert "已中断" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr and "KeyboardInterrupt" not in done.stderr, done.stderr
    after = {p: p.read_bytes() for p in out.iterdir()} if out.exists() else {}
    assert not [p for p in after if p.name.startswith(TEMP_PREFIX)], sorted(after)
    assert after == before, "an interrupted run changed or added a file"


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child process is POSIX")
def test_ctrl_c_before_the_command_starts_gives_the_message_too(tmp_path):
    """Ctrl-C while the command line is still being read (the parser, its imports): the same message
    and exit code, not a silent 130."""
    done = _interrupt("juesuan.cli.main:build_parser", ["review", str(tmp_path / "x.txt")], tmp_path, tmp_path)
    assert done.returncode == Exit.INTERRUPTED, (done.stdout, done.stderr)
    assert "已中断" in done.stderr and "Traceback" not in done.stderr, done.stderr
