"""The batch's larger fuzz/fault suite (not a test: minutes): ``juesuan batch`` as a person runs it,
on input trees made hostile at random, and Ctrl-C at random moments. Each round checks the
contract, whatever the inputs:

- no traceback and nothing of Dask's on stderr; exit 0/1/2 (130 after Ctrl-C);
- every distinct unit file exactly once in 单位一览 (a file given twice, by a link or by a
  relative and an absolute path, is one unit; an earlier run's output folder inside the input
  folder is no unit); output names unique; the outputs of every finished unit exist;
- no cell of 汇总.xlsx is a formula or a link, whatever the unit, file or department names;
- the previous 汇总.xlsx (with a sheet a person added) kept as .bak; a person's ``.*.tmp`` in
  ``--out`` untouched; none of our temporary files left behind.

    .venv/bin/python benchmarks/fuzz_batch.py --rounds 4 --units 12 --interrupts 3
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import openpyxl

from juesuan.batch import generate
from juesuan.batch.run import OUTPUT_MARKER, SUMMARY_NAME
from juesuan.export.files import TEMP_PREFIX
from juesuan.sources.datafile import dumps

EVIL_NAMES = ["=1+1", "+SUM(A1)", "@x", "-2", "=HYPERLINK(\"x\",\"y\")", "a", "A", "a(2)", "汇总",
              "名" * 70, "x y", "0012"]
GARBAGE = {"empty": b"", "binary": bytes(range(256)), "gbk": "name='某'".encode("gbk"), "inf": b"schema=1\nx=1e999"}


def hostile_tree(root: Path, rng: random.Random, n: int) -> tuple[list[str], set[Path]]:
    """An input tree and the command's input arguments; the set of distinct unit files in it."""
    units = generate.department(rng.randrange(10**6), n, broken=max(1, n // 6))
    files: set[Path] = set()
    for i, u in enumerate(units):
        folder = root / "in" / f"d{rng.randrange(3)}"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{rng.choice(EVIL_NAMES)}.toml"
        while path.exists():
            path = path.with_name(f"{path.stem}{i}.toml")
        text = u.text
        if not u.broken:  # the unit's own name hostile too
            data = replace(u.data, unit=replace(u.data.unit, name=f"{rng.choice(EVIL_NAMES)}{i}"))
            text = dumps(data)
        path.write_text(text, encoding="utf-8")
        files.add(path.resolve())
    for name, raw in GARBAGE.items():
        if rng.random() < 0.5:
            path = root / "in" / f"{name}.toml"
            path.write_bytes(raw)
            files.add(path.resolve())
    some = sorted(files)[0]
    (root / "in" / "link.toml").symlink_to(some)  # the same unit once more, through a link
    old = root / "in" / "上次输出"  # an earlier run's outputs inside the input folder
    old.mkdir()
    (old / OUTPUT_MARKER).write_text("", encoding="utf-8")
    shutil.copy(some, old / "copy.toml")
    args = [str(root / "in"), str(some), os.path.relpath(some), str(root / "in" / "*" / "*.toml")]
    return args, files


def prepare_out(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / ".notes.tmp").write_text("mine", encoding="utf-8")
    stale = out / f"{TEMP_PREFIX}old.docx"
    stale.write_bytes(b"left by a killed run")
    os.utime(stale, (time.time() - 7200,) * 2)
    book = openpyxl.Workbook()
    book.active.title = "我的批注"
    book.save(out / SUMMARY_NAME)


def command(args: list[str]) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "juesuan", "batch", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True, preexec_fn=_terminal)


def _terminal() -> None:
    """Ctrl-C as a terminal gives it, even when this script runs under ``nohup … &``."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def check_round(root: Path, rng: random.Random, n: int) -> list[str]:
    args, files = hostile_tree(root, rng, n)
    out = root / "out"
    prepare_out(out)
    department = rng.choice(["=部门", "某局\n[unit]", "教育局"])
    run = command([*args, "--out", str(out), "--workers", str(rng.choice([1, 2, 64])), "--consolidate", department])
    _, stderr = run.communicate(timeout=3600)
    problems = []
    if run.returncode not in (0, 1, 2):
        problems.append(f"exit {run.returncode}")
    if "Traceback" in stderr or "distributed." in stderr:
        problems.append(f"stderr: {stderr[-800:]}")
    book = openpyxl.load_workbook(out / SUMMARY_NAME)
    units = book["单位一览"]
    header = [c.value for c in units[1]]
    rows = [dict(zip(header, (c.value for c in r), strict=True)) for r in units.iter_rows(min_row=2)]
    rows = [r for r in rows if r["文件"] and not str(r["文件"]).endswith("部门汇总")]
    if len(rows) != len(files):
        problems.append(f"{len(rows)} units listed for {len(files)} distinct files")
    stems = [str(r["文件"]).lower() for r in rows]
    if len(set(stems)) != len(stems):
        problems.append("output names collide")
    for r in rows:
        if r["状态"] == "完成" and not (out / f"{r['文件']}.docx").exists():
            problems.append(f"no report for {r['文件']}")
    for ws in book.worksheets:
        for line in ws.iter_rows():
            for cell in line:
                if cell.data_type == "f" or cell.hyperlink is not None:
                    problems.append(f"formula or link in {ws.title}!{cell.coordinate}: {cell.value!r}")
    with open(out / f"{SUMMARY_NAME}.bak", "rb") as bak:
        if "我的批注" not in openpyxl.load_workbook(bak).sheetnames:
            problems.append("the previous 汇总.xlsx was not kept as .bak")
    if (out / ".notes.tmp").read_text(encoding="utf-8") != "mine":
        problems.append("a person's .notes.tmp was touched")
    left = [p.name for p in out.iterdir() if p.name.startswith(TEMP_PREFIX)]
    if left:
        problems.append(f"temporary files left: {left}")
    return problems


def interrupt_round(root: Path, rng: random.Random, n: int) -> list[str]:
    folder = root / "units"
    generate.write(folder, generate.department(rng.randrange(10**6), n))
    out = root / "out"
    run = command([str(folder), "--out", str(out), "--workers", "2"])
    time.sleep(rng.uniform(0.5, 20))
    os.killpg(run.pid, signal.SIGINT)  # as a terminal's Ctrl-C: the whole process group
    _, stderr = run.communicate(timeout=600)
    problems = []
    if run.returncode not in (0, 1, 2, 130):
        problems.append(f"exit {run.returncode}")
    if "Traceback" in stderr or "Error" in stderr:
        problems.append(f"stderr: {stderr[-800:]}")
    if out.exists() and [p for p in out.iterdir() if p.name.startswith(TEMP_PREFIX)]:
        problems.append("temporary files left after Ctrl-C")
    return problems


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--units", type=int, default=12)
    p.add_argument("--interrupts", type=int, default=3)
    p.add_argument("--seed", type=int, default=20)
    args = p.parse_args()
    rng = random.Random(args.seed)
    failed = 0
    for kind, count, check in (("hostile inputs", args.rounds, check_round),
                               ("Ctrl-C", args.interrupts, interrupt_round)):
        for i in range(count):
            root = Path(tempfile.mkdtemp(prefix="juesuan-fuzz-"))
            cwd = os.getcwd()
            os.chdir(root)  # the relative-path argument is relative to here
            try:
                start = time.perf_counter()
                problems = check(root, rng, args.units)
            finally:
                os.chdir(cwd)
            status = "OK" if not problems else "FAIL"
            failed += bool(problems)
            print(f"{kind} round {i + 1}: {status} ({time.perf_counter() - start:.0f} s)", flush=True)
            for problem in problems:
                print(f"    {problem}")
            if not problems:
                shutil.rmtree(root, ignore_errors=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
