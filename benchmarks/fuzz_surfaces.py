"""The larger fuzz/fault suite of issue 20 (not a test: a minute or more): the new surfaces —
disclose, import-tables, batch, consolidate, the 汇总 sheets, review — on hostile inputs drawn at
random, each case run as a person runs it (``juesuan.cli.main``) and classified:

INJECT (user text became a formula), SILENT (input skipped without a finding), LOSS (an input or an
old output gone), CRASH (a traceback or exit 4), HANG (over the time budget), WEAK (a message that
does not say what is wrong). import-tables is tried with published-table workbooks changed as people
send them (tests/import_mutants.py), each classified by what happened. A case still running after
CAP_SECONDS is a HANG. Prints one line per case and the table surface × class → cases → OK/failed.

    .venv/bin/python benchmarks/fuzz_surfaces.py --rounds 3 --seed 1
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import io
import random
import signal
import sys
import tempfile
import time
import tomllib
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import openpyxl

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT)]

from juesuan.excel import remote  # noqa: E402

remote.enable()  # the 汇总 button's engine: before xlwings is first imported

from juesuan import cli  # noqa: E402
from juesuan.review.extract import MAX_BLOCKS  # noqa: E402
from juesuan.sources.datafile import sample_path  # noqa: E402
from tests import import_mutants  # noqa: E402

SAMPLE = sample_path().read_text(encoding="utf-8")
LEADERS = "=+-@"
PIECES = ["1+1", 'HYPERLINK("http://x","y")', "SUM(A1:A9)", "cmd|' /c calc'!A0", "\n[unit]\nname=\"x\"", "\r\n",
          '"', "\\", "\x00", "\u202e", "名" * 150, "CON", ".hidden", " "]


def evil(rng: random.Random) -> str:
    return rng.choice(LEADERS) + "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 3)))


def run(*args) -> tuple[int, str, float]:
    out, err = io.StringIO(), io.StringIO()
    start = time.perf_counter()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli.main([str(a) for a in args])
        except SystemExit as exc:  # argparse
            code = int(exc.code or 0)
    return code, out.getvalue() + err.getvalue(), time.perf_counter() - start


def unit(folder: Path, stem: str, name: str | None = None, extra: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    text = SAMPLE
    if name is not None:
        old = tomllib.loads(SAMPLE)["unit"]["name"]
        escaped = name.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
        escaped = "".join(ch if ch >= " " else f"\\u{ord(ch):04x}" for ch in escaped)
        text = SAMPLE.replace(f'"{old}"', f'"{escaped}"', 1)
    path = folder / f"{stem}.toml"
    path.write_text(text + extra, encoding="utf-8")
    return path


def formulas_with(path: Path, needles) -> list[str]:
    book = openpyxl.load_workbook(path)
    keys = [n.lstrip(LEADERS)[:12] for n in needles if n.lstrip(LEADERS)[:12]]
    return [f"{ws.title}!{c.coordinate}" for ws in book.worksheets for row in ws.iter_rows() for c in row
            if c.data_type == "f" and any(k in str(c.value) for k in keys)]


Case = Callable[[Path, random.Random], str | tuple[str, str]]  # '' when the contract holds, else why not;
# a (class, why) pair when the case finds its class itself


def inject_disclose(tmp: Path, rng: random.Random) -> str:
    name = evil(rng)
    code, text, _ = run("disclose", unit(tmp, "u", name), "--xlsx", "--force")
    if code not in (0, 1):
        return f"exit {code}: {text[-200:]}"
    bad = [c for book in tmp.glob("*.xlsx") for c in formulas_with(book, [name])]
    return f"formulas {bad}" if bad else ""


def inject_batch(tmp: Path, rng: random.Random) -> str:
    names = [evil(rng) for _ in range(4)]
    for i, name in enumerate(names):
        unit(tmp / "in", f"u{i}", name)
    code, text, _ = run("batch", tmp / "in", "--out", tmp / "out", "--workers", "1",
                        f"--consolidate={evil(rng)}")
    if code not in (0, 1):
        return f"exit {code}: {text[-200:]}"
    bad = [c for book in (tmp / "out").glob("汇总*.xlsx") for c in formulas_with(book, names)]
    return f"formulas {bad}" if bad else ""


def inject_consolidate(tmp: Path, rng: random.Random) -> str:
    name = evil(rng)
    code, text, _ = run("consolidate", unit(tmp, "a"), unit(tmp, "b"), f"--name={name}", "--out", tmp / "d.toml")
    if code not in (0, 1):
        return f"exit {code}: {text[-200:]}"
    data = tomllib.loads((tmp / "d.toml").read_text(encoding="utf-8"))
    return "" if data["unit"]["name"] != "x" else "TOML lines escaped the comment"


def inject_review(tmp: Path, rng: random.Random) -> str:
    lines = [f"{evil(rng)}本年支出合计{rng.randint(1, 999)}万元，比上年增加{rng.randint(1, 99)}万元。"
             for _ in range(8)]
    doc = tmp / "r.txt"
    doc.write_text("\n".join(lines), encoding="utf-8")
    code, text, _ = run("review", doc, "--xlsx", tmp / "r.xlsx")
    if code not in (0, 1):
        return f"exit {code}: {text[-200:]}"
    bad = formulas_with(tmp / "r.xlsx", lines)
    return f"formulas {bad}" if bad else ""


def silent_review_encoding(tmp: Path, rng: random.Random) -> str:
    enc = rng.choice(["big5", "gb18030", "utf-16"])
    doc = tmp / "r.txt"
    doc.write_bytes("本年支出合計100萬元，比上年增加10萬元。\n".encode(enc) * 30)
    code, text, _ = run("review", doc)
    return "" if code in (0, 1) and "编码" in text else f"exit {code}, encoding not named: {text[-200:]}"


def silent_review_empty(tmp: Path, rng: random.Random) -> str:
    doc = tmp / "r.txt"
    doc.write_bytes(rng.choice([b"", b"\n\n\n", "　\n \t\n".encode()]))
    code, text, _ = run("review", doc)
    return "" if code in (0, 1) and "未发现相互矛盾" not in text else "empty document reported clean"


def silent_batch_duplicates(tmp: Path, rng: random.Random) -> str:
    src = unit(tmp / "in", "a")
    unit(tmp / "in", "b")
    (tmp / "in" / "old-out").mkdir()
    code, text, _ = run("batch", tmp / "in", src, tmp / "in" / "." / "a.toml", "--out", tmp / "out", "--workers", "1")
    if code not in (0, 1):
        return f"exit {code}: {text[-200:]}"
    rows = openpyxl.load_workbook(next((tmp / "out").glob("汇总*.xlsx"))).worksheets[0].iter_rows(values_only=True)
    count = sum(1 for row in rows for v in row if v == "a")
    return "" if count == 1 else f"unit a counted {count} times"


def loss_outputs_are_inputs(tmp: Path, rng: random.Random) -> str:
    a, b = unit(tmp, "a"), unit(tmp, "b")
    doc = tmp / "r.txt"
    doc.write_text("本年支出合计100万元。", encoding="utf-8")
    before = {p: p.read_bytes() for p in (a, b, doc)}
    for args in (["consolidate", a, b, "--name", "部门", "--out", a, "--force"],
                 ["review", doc, "--xlsx", doc, "--force"],
                 ["import-tables", a, a]):
        code, text, _ = run(*args)
        if code not in (2, 3):
            return f"{args[0]} exit {code}: {text[-200:]}"
    changed = [p.name for p, data in before.items() if p.read_bytes() != data]
    return f"changed {changed}" if changed else ""


def loss_batch_rerun(tmp: Path, rng: random.Random) -> str:
    unit(tmp / "in", "a")
    out = tmp / "out"
    run("batch", tmp / "in", "--out", out, "--workers", "1")
    mine = out / rng.choice([".x.tmp", ".汇总.xlsx.tmp", "~$汇总.xlsx", ".juesuan-notes"])
    mine.write_text("mine", encoding="utf-8")
    code, text, _ = run("batch", tmp / "in", "--out", out, "--workers", "1", "--force")
    if code not in (0, 1):
        return f"exit {code}: {text[-200:]}"
    if not mine.exists():
        return f"{mine.name} removed"
    return "" if list(out.glob("汇总*.xlsx.bak")) else "汇总.xlsx replaced without .bak"


def crash_garbage(tmp: Path, rng: random.Random) -> str:
    suffix = rng.choice([".toml", ".xlsm", ".xlsx", ".docx", ".pdf", ".txt"])
    bad = tmp / f"bad{suffix}"
    bad.write_bytes(rng.choice([b"", rng.randbytes(rng.randint(1, 5000)), b"PK\x03\x04" + rng.randbytes(300),
                                b"%PDF-1.4\n" + rng.randbytes(300)]))
    command = {".toml": ["disclose", bad], ".xlsm": ["disclose", bad], ".xlsx": ["import-tables", bad, tmp / "d.toml"],
               ".docx": ["review", bad], ".pdf": ["review", bad], ".txt": ["review", bad]}[suffix]
    code, text, _ = run(*command)
    return "" if code in (0, 1, 2, 3) and "Traceback" not in text else f"exit {code}: {text[-300:]}"


def crash_numbers(tmp: Path, rng: random.Random) -> str:
    body = "".join(rng.choice(["9" * rng.randint(14, 400), "1e999", "万元", "%", "，", "增长", "."]) for _ in range(40))
    doc = tmp / "r.txt"
    doc.write_text(body, encoding="utf-8")
    code, text, _ = run("review", doc)
    return "" if code in (0, 1) else f"exit {code}: {text[-300:]}"


def hang_disclose_lines(tmp: Path, rng: random.Random) -> str:
    lines = "".join(f'\n[[functions]]\ncode = "201{i // 100:02d}{i % 100:02d}"\nname = "项{i}"\nfinal = {i}.00\n'
                    for i in range(5000))
    code, text, took = run("disclose", unit(tmp, "u", extra=lines), "--force")
    if took > 120:
        return f"{took:.0f} s"
    return "" if code in (0, 1, 2, 3) else f"exit {code}: {text[-300:]}"


def hang_review_clauses(tmp: Path, rng: random.Random) -> str:
    doc = tmp / "r.txt"
    doc.write_text("，".join(f"第{i}项{i}.5万元" for i in range(4000)) + "。", encoding="utf-8")
    code, _, took = run("review", doc)
    return "" if code in (0, 1) and took < 30 else f"exit {code}, {took:.1f} s"


def hang_review_paragraphs(tmp: Path, rng: random.Random) -> str:
    doc = tmp / "r.txt"
    doc.write_text("本年支出1万元。\n" * (MAX_BLOCKS * 3), encoding="utf-8")
    code, text, took = run("review", doc)
    return "" if code in (0, 1) and took < 60 and f"{MAX_BLOCKS:,}" in text else f"{took:.1f} s, limit not named"


def weak_paths(tmp: Path, rng: random.Random) -> str:
    folder = tmp / rng.choice(["目录.toml", "目录.xlsx", "目录.docx"])
    folder.mkdir()
    missing = tmp / "无此文件.toml"
    problems = []
    for args, word in ((["disclose", folder], "文件夹"), (["review", folder], "文件夹"),
                       (["import-tables", folder, tmp / "d.toml"], "文件夹"),
                       (["disclose", missing], "找不到"), (["review", missing], "找不到"),
                       (["batch", missing, "--out", tmp / "o"], "找不到"),
                       (["consolidate", missing, "--name", "部", "--out", tmp / "d.toml"], "找不到")):
        code, text, _ = run(*args)
        if code != 2 or word not in text:
            problems.append(f"{args[0]} {Path(args[1]).name}: exit {code} {text[:80]!r}")
    return "; ".join(problems)


def click_summary(tmp: Path, listed: list[str]) -> tuple[str, list]:
    """The 汇总 button (xlwings' remote engine, a mock caller) on a new 汇总 workbook in ``tmp``
    listing ``listed``: its message and its actions."""
    import xlwings as xw

    from juesuan import excel
    from juesuan.sources import layout as L
    from juesuan.workbook.summary_book import build_summary_template

    path = tmp / "汇总.xlsm"
    path.write_bytes(build_summary_template())
    wb = openpyxl.load_workbook(path, keep_vba=True)
    for i, text in enumerate(listed):
        wb[L.SUMMARY_LIST].cell(L.SUMMARY_LIST_FIRST + 1 + i, 1).value = text
    wb[L.SUMMARY_LIST].cell(L.SUMMARY_NAME_CELL[0] + 1, L.SUMMARY_NAME_CELL[1] + 1).value = "部门"
    wb.save(path)
    book = remote.book_from_file(path)
    xw.Book.set_mock_caller(book)
    with contextlib.chdir(tmp):
        outcome = excel.summarize()
    return outcome.message, book.json()["actions"]


def unit_book(folder: Path, stem: str, name: str | None = None) -> Path:
    """A unit workbook (.xlsm) built from the sample unit named ``name``."""
    from juesuan.load import load_unit
    from juesuan.report import analyze
    from juesuan.workbook.build import build

    data = load_unit(unit(folder / "src", stem, name)).data
    path = folder / f"{stem}.xlsm"
    path.write_bytes(build(data, analyze(data)))
    return path


def inject_summary_button(tmp: Path, rng: random.Random) -> str:
    """Units named (and files named) like formulas: every text the button writes stays text."""
    from juesuan.export.escape import TEXT_LEADERS

    names = [evil(rng).replace("\x00", "") for _ in range(2)]
    files = [unit_book(tmp, f"{rng.choice(LEADERS)}1+{i}", name) for i, name in enumerate(names)]
    _, actions = click_summary(tmp, [p.name for p in files])
    live = [v for a in actions if a["func"] == "setValues" for row in a["values"] for v in row
            if isinstance(v, str) and v.startswith(TEXT_LEADERS) and not v.startswith("=HYPERLINK(")]
    return f"formulas {live[:3]}" if live else ""


def silent_summary_listed_twice(tmp: Path, rng: random.Random) -> str:
    """One workbook listed twice (by name and by full path): one unit, or said."""
    path = unit_book(tmp, "a")
    message, _ = click_summary(tmp, [path.name, str(path), rng.choice(["./a.xlsm", "a.xlsm "])])
    return "" if message.startswith("汇总完成：1个单位") or "重复" in message else f"counted thrice: {message[:80]}"


def silent_summary_missing(tmp: Path, rng: random.Random) -> str:
    """A listed workbook that is not there: counted as not read, never skipped."""
    path = unit_book(tmp, "a")
    message, _ = click_summary(tmp, [path.name, "无此单位.xlsm"])
    return "" if "其中1个无法读取" in message else f"not said: {message[:100]}"


@functools.cache
def clean_import() -> tuple[int, set[str], dict | None]:
    """The unchanged published tables' import (what every mutant is held to)."""
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        code, text, _, got, _ = import_mutants.run_import(import_mutants.book(tmp / "t.xlsx"), tmp / "t.toml")
    assert code == 0 and got, text
    return code, import_mutants._findings(text), got


def import_tables_mutant(tmp: Path, rng: random.Random) -> tuple[str, str]:
    """A published-table workbook changed as people send them (tests/import_mutants.py): a correct
    import, or a finding naming the sheet and cell — never a silent difference, a traceback, a hang."""
    m = import_mutants.make(tmp, rng)
    result = import_mutants.run_import(m.path, tmp / "t.toml")
    cls, why = import_mutants.classify(m, clean_import(), result)
    if cls == "OK" and result[3] is not None and not (tmp / "t.toml.bak").exists():
        cls, why = "LOSS", "the data file rewritten without .bak"
    if cls == "OK" and m.expect == "same" and result[3] is None:
        REFUSED[("import-tables", m.aim)] += 1  # held, but not read as meant
    return m.aim, "" if cls == "OK" else f"{cls} {m.name}: {why}"


REFUSED: Counter = Counter()  # (surface, class) → OK cases that were refused (a finding naming the cell) though
# the workbook means exactly what the clean one does


def hang_import_rows(tmp: Path, rng: random.Random) -> str:
    """公开03 with 60,000 more rows: read within the budget, or refused with the limit named."""
    path = import_mutants.book(tmp / "t.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["公开03表"]
    for i in range(60_000):
        ws.append(["299", f"{i // 100:02d}", f"{i % 100:02d}", f"项{i}", 1.0, 1.0, 0.0, 0.0, 0.0, 0.0])
    wb.save(path)
    code, text, took, _, _ = import_mutants.run_import(path, tmp / "t.toml")
    if took > 60:
        return f"{took:.0f} s"
    return "" if code in (0, 1, 2, 3) and "Traceback" not in text else f"exit {code}: {text[-300:]}"


def hang_import_sheet_xml(tmp: Path, rng: random.Random) -> str:
    """A workbook whose 公开03 sheet holds 500,000 rows: refused by its size, not parsed for minutes."""
    import zipfile

    path = import_mutants.book(tmp / "t.xlsx")
    big = tmp / "大表.xlsx"
    rows = "".join(f'<row r="{i}"><c r="A{i}"><v>{i}</v></c><c r="E{i}"><v>1.5</v></c></row>'
                   for i in range(40, 500_040))
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(big, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/worksheets/sheet3.xml":
                data = data.replace(b"</sheetData>", rows.encode() + b"</sheetData>")
            out.writestr(info, data)
    code, text, took, _, _ = import_mutants.run_import(big, tmp / "t.toml")
    return "" if took < 30 and code in (2, 3) and "上限" in text else f"exit {code}, {took:.0f} s: {text[-200:]}"


def hang_import_csv(tmp: Path, rng: random.Random) -> str:
    """A 300 MB .csv given as the tables: refused by its size, not read for minutes."""
    path = tmp / "公开表.csv"
    with path.open("wb") as f:
        line = ("208,05,01,行政单位离退休," + ",".join(["51.98"] * 6) + "\n").encode()
        f.write(line * (300_000_000 // len(line)))
    code, text, took, _, _ = import_mutants.run_import(path, tmp / "t.toml")
    return "" if took < 30 and code in (2, 3) and "上限" in text else f"exit {code}, {took:.0f} s: {text[-200:]}"


CASES: dict[str, list[Case]] = {
    "INJECT": [inject_disclose, inject_batch, inject_consolidate, inject_review, inject_summary_button],
    "SILENT": [silent_review_encoding, silent_review_empty, silent_batch_duplicates, silent_summary_listed_twice,
               silent_summary_missing],
    "LOSS": [loss_outputs_are_inputs, loss_batch_rerun],
    "CRASH": [crash_garbage, crash_numbers],
    "HANG": [hang_disclose_lines, hang_review_clauses, hang_review_paragraphs, hang_import_rows, hang_import_sheet_xml,
             hang_import_csv],
    "WEAK": [weak_paths],
    "import-tables mutants": [import_tables_mutant] * 20,  # each case says its own class
}
ONCE = {hang_disclose_lines, hang_review_clauses, hang_review_paragraphs, hang_import_rows, hang_import_sheet_xml,
        hang_import_csv}
SURFACE = {  # the case's surface; the rest are review's
    inject_disclose: "disclose", hang_disclose_lines: "disclose",
    inject_batch: "batch", loss_batch_rerun: "batch", silent_batch_duplicates: "batch",
    inject_consolidate: "consolidate",
    import_tables_mutant: "import-tables", hang_import_rows: "import-tables", hang_import_csv: "import-tables",
    hang_import_sheet_xml: "import-tables",
    inject_summary_button: "汇总 button", silent_summary_listed_twice: "汇总 button",
    silent_summary_missing: "汇总 button",
    loss_outputs_are_inputs: "several", crash_garbage: "several", weak_paths: "several",
}


CAP_SECONDS = 300  # a case still running then is a HANG (and the run goes on)


class CaseTimeout(BaseException):
    """Raised by the alarm in a case over CAP_SECONDS (not an Exception: nothing inside may catch it)."""


def _alarm(signum, frame):
    raise CaseTimeout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    tally: dict[tuple[str, str], Counter] = {}
    for round_ in range(args.rounds):
        for cls, cases in CASES.items():
            for case in cases:
                if round_ and case in ONCE:
                    continue
                with tempfile.TemporaryDirectory() as folder:
                    signal.signal(signal.SIGALRM, _alarm)
                    signal.alarm(CAP_SECONDS)
                    try:
                        why = case(Path(folder), rng)
                    except CaseTimeout:
                        why = f"HANG: still running after {CAP_SECONDS} s"
                    except Exception as exc:  # the harness's own check failed: a finding too
                        why = f"{type(exc).__name__}: {exc}"
                    finally:
                        signal.alarm(0)
                aim = cls
                if isinstance(why, tuple):
                    aim, why = why
                surface = SURFACE.get(case, "review")
                tally.setdefault((surface, aim), Counter())["failed" if why else "OK"] += 1
                print(f"{aim:6} {surface:13} {case.__name__:22} {'OK' if not why else 'FAIL ' + why[:200]}", flush=True)
    print("\n| surface | class | cases | OK | of which refused | failed |\n|---|---|---|---|---|---|")
    for (surface, cls), count in sorted(tally.items()):
        print(f"| {surface} | {cls} | {sum(count.values())} | {count['OK']} | {REFUSED[(surface, cls)]} | "
              f"{count['failed']} |")
    return 1 if any(c["failed"] for c in tally.values()) else 0


if __name__ == "__main__":
    raise SystemExit(main())
