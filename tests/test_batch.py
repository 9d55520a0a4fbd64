"""Many units: the generator, the batch on Dask (local and on a LocalCluster), the cross-unit
workbook, reruns. Kept small (8 generated units): big runs are in benchmarks/bench_batch.py."""

from __future__ import annotations

import io
import os
import time
import zipfile
from pathlib import Path

import pytest

pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")

from juesuan.batch import generate as g  # noqa: E402
from juesuan.batch.run import SUMMARY_NAME, run_batch  # noqa: E402
from juesuan.batch.worker import DONE, UNREADABLE, UP_TO_DATE  # noqa: E402
from juesuan.core.parse import parse  # noqa: E402
from juesuan.report import analyze  # noqa: E402
from juesuan.sources.datafile import dumps, load, loads_document, to_document  # noqa: E402

UNITS, BROKEN = 6, 4  # the last four: unreadable, not-a-number, parent-sum, unbalanced (one each)


def test_generated_units_are_consistent_and_reproducible():
    for seed in range(40):
        data = g.unit(seed)
        assert analyze(data).errors == 0, seed
        assert dumps(data) == dumps(g.unit(seed))
    for seed in range(5):
        units = g.department(seed, 6)
        assert all(analyze(u.data).errors == 0 for u in units)
        assert [u.text for u in units] == [u.text for u in g.department(seed, 6)]


def test_broken_units_fail_their_checks():
    units = g.department(3, 8, broken=4)
    kinds = {u.broken: u for u in units if u.broken}
    assert set(kinds) == set(g.BROKEN_KINDS)
    codes = {}
    for how, u in kinds.items():
        if how == "unreadable":
            with pytest.raises(Exception, match="TOML"):
                loads_document(u.text.encode())
            continue
        report = analyze(*parse(loads_document(u.text.encode())))
        codes[how] = {f.code for f in report.findings if f.level.value == "错误"}
    assert "E-BALANCE" in codes["unbalanced"]
    assert "E-PARENT-SUM" in codes["parent-sum"]
    assert "E-NOT-NUMBER" in codes["not-a-number"]


def test_unit_code_and_parent_round_trip(tmp_path):
    from juesuan.workbook.build import build
    from juesuan.workbook.edit import read_workbook

    data = g.department(1, 2)[1].data
    assert data.unit.code and data.unit.parent
    assert parse(to_document(data))[0] == data
    book = tmp_path / "u.xlsm"
    book.write_bytes(build(data, analyze(data)))
    back, findings = read_workbook(book)
    assert findings == []
    assert (back.unit.code, back.unit.parent) == (data.unit.code, data.unit.parent)
    # a 单位代码 typed as a number in a cell reads as its digits
    doc = to_document(data)
    doc["unit"]["code"] = 150423
    assert parse(doc)[0].unit.code == "150423"


@pytest.fixture(scope="module")
def units_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("units")
    g.write(folder, g.department(11, UNITS, broken=BROKEN))
    return folder


@pytest.fixture(scope="module")
def local_run(units_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp("out-local")
    from juesuan.export.files import STALE_SECONDS, TEMP_PREFIX

    ours = out / f"{TEMP_PREFIX}left.xlsm"  # what a run killed an hour ago left
    ours.write_bytes(b"half")
    os.utime(ours, (time.time() - STALE_SECONDS - 5,) * 2)
    (out / ".notes.tmp").write_bytes(b"the user's")  # not ours: kept
    return out, run_batch([str(units_dir)], out, workers=2, consolidate="某某县教育局")


def _expected_findings(units_dir: Path) -> list[tuple]:
    out = []
    for path in sorted(units_dir.glob("*.toml")):
        try:
            data, found = load(path)
        except Exception:
            continue
        out += [(data.unit.name, f.level.value, f.code, f.message) for f in analyze(data, found).findings]
    return out


def test_batch_writes_every_unit_and_lists_the_broken(local_run, units_dir):
    out, result = local_run
    from juesuan.export.files import TEMP_PREFIX

    assert not (out / f"{TEMP_PREFIX}left.xlsm").exists()
    assert (out / ".notes.tmp").read_bytes() == b"the user's"
    assert len(result.rows) == UNITS
    by_stem = {r["stem"]: r for r in result.rows}
    unreadable = [r for r in result.rows if r["status"] == UNREADABLE]
    assert [r["stem"] for r in unreadable] == ["unit0002"]
    assert "TOML" in unreadable[0]["reason"]
    for stem, row in by_stem.items():
        exists = (out / f"{stem}.xlsm").exists() and (out / f"{stem}.docx").exists()
        assert exists == (row["status"] == DONE), stem
    with_errors = {r["stem"] for r in result.rows if r.get("errors")}
    assert with_errors == {"unit0003", "unit0004", "unit0005"}
    good = by_stem["unit0001"]
    data, _ = load(units_dir / "unit0001.toml")
    fig = analyze(data).figures
    assert good["spending_final"] == fig.spending.total.get("final")
    assert good["income_final"] == fig.income.total.get("final")


def test_summary_workbook_lists_every_finding_sorted(local_run, units_dir):
    out, _result = local_run
    book = out / SUMMARY_NAME
    sheets = pd.read_excel(book, sheet_name=None)
    assert list(sheets) == ["单位一览", "审核汇总", "部门汇总"]
    units = sheets["单位一览"]
    assert len(units) == UNITS + 1  # and the 部门汇总 itself
    assert set(units["状态"]) == {DONE, UNREADABLE}
    assert units.loc[units["文件"] == "unit0002", "原因"].str.contains("TOML").all()
    findings = sheets["审核汇总"]
    assert list(findings.columns[:5]) == ["单位", "级别", "代码", "说明", "位置"]
    got = list(zip(findings["单位"], findings["级别"], findings["代码"], findings["说明"], strict=True))
    for expected in _expected_findings(units_dir):
        assert expected in got
    order = {"错误": 0, "警告": 1, "提示": 2}
    assert [order[x] for x in findings["级别"]] == sorted(order[x] for x in findings["级别"])
    assert ("某某县教育局", "警告", "W-UNIT-EXCLUDED") in {(u, lv, c) for u, lv, c, _ in got}
    import openpyxl

    ws = openpyxl.load_workbook(book)["审核汇总"]
    assert list(ws.tables) == ["审核汇总表"]  # an Excel table: filters on every column


def test_department_report_of_the_batch(local_run):
    out, result = local_run
    done = result.consolidation
    assert {m.name for m in done.members if not m.included} >= {
        r["unit"] for r in result.rows if r.get("errors")}
    path = out / "某某县教育局部门汇总.toml"
    data, found = load(path)
    assert found == [] and data.text == {} and data.reasons == {}
    assert (out / "某某县教育局部门汇总.docx").exists()
    assert analyze(data).errors == 0


def _contents(path: Path) -> dict[str, bytes]:
    """The members of a zip file (an Office file), but its creation time."""
    with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as z:
        return {n: z.read(n) for n in z.namelist() if n != "docProps/core.xml"}


def test_same_batch_on_a_distributed_cluster_gives_identical_outputs(local_run, units_dir, tmp_path):
    from distributed import LocalCluster

    out, result = local_run
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
        other = run_batch([str(units_dir)], tmp_path, scheduler=cluster.scheduler_address,
                          consolidate="某某县教育局")
    assert [(r["stem"], r["status"], r.get("errors")) for r in other.rows] == \
           [(r["stem"], r["status"], r.get("errors")) for r in result.rows]
    assert other.findings == result.findings
    names = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
    assert names == sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("."))
    for name in names:
        if name.endswith((".xlsm", ".xlsx", ".docx")):
            assert _contents(out / name) == _contents(tmp_path / name), name
        else:
            assert (out / name).read_bytes() == (tmp_path / name).read_bytes(), name


def test_rerun_skips_up_to_date_units(local_run, units_dir):
    out, first = local_run
    stamps = {p.name: p.stat().st_mtime_ns for p in out.glob("unit*")}
    second = run_batch([str(units_dir)], out, workers=1)
    assert [r["status"] for r in second.rows] == [UP_TO_DATE if r["status"] == DONE else r["status"]
                                                  for r in first.rows]
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("unit*")} == stamps
    assert second.findings == [f for f in first.findings if f["stem"] != "某某县教育局部门汇总"]
    time.sleep(0.01)
    os.utime(units_dir / "unit0001.toml")  # edited since
    third = run_batch([str(units_dir / "unit000[0-1].toml")], out, workers=1)
    assert [r["status"] for r in third.rows] == [UP_TO_DATE, DONE]
    assert (out / "unit0001.docx").stat().st_mtime_ns > stamps["unit0001.docx"]
    forced = run_batch([str(units_dir / "unit0000.toml")], out, workers=1, force=True)
    assert [r["status"] for r in forced.rows] == [DONE]


def test_progress_shows_on_a_terminal_only():
    from juesuan.batch.run import Progress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    quiet, live = io.StringIO(), Terminal()
    for stream in (quiet, live):
        p = Progress(4, stream)
        p.update([{"status": DONE}, {"status": UNREADABLE}])
        p.close()
    assert quiet.getvalue() == ""
    assert "已处理 2/4，失败 1，预计剩余" in live.getvalue()


def test_summarize_workbooks_for_the_summary_button(tmp_path):
    """The function a 汇总 button can call: unit workbooks in, the cross-unit workbook out."""
    from juesuan.batch.run import summarize_workbooks
    from juesuan.workbook.build import build

    books = []
    for u in g.department(4, 3):
        path = tmp_path / f"{u.stem}.xlsm"
        path.write_bytes(build(u.data, analyze(u.data)))
        books.append(path)
    (tmp_path / "bad.xlsm").write_bytes(b"not a workbook")
    target = summarize_workbooks([*books, tmp_path / "bad.xlsm"], tmp_path / "汇总.xlsx", name="某某县教育局")
    sheets = pd.read_excel(target, sheet_name=None)
    assert list(sheets["单位一览"]["状态"]) == [DONE, DONE, DONE, UNREADABLE]
    assert "审核汇总" in sheets and "部门汇总" in sheets
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*(b.name for b in books), "bad.xlsm", "汇总.xlsx"])


def test_a_workbook_unit_keeps_its_workbook_recalculated(tmp_path):
    """The worker on a unit workbook (no cluster: it is a plain function of file and options)."""
    from juesuan.batch.worker import Options, process_batch
    from juesuan.workbook.build import build
    from juesuan.workbook.edit import read_workbook

    data = g.break_unit(g.unit(21), "unbalanced")
    book = tmp_path / "in" / "单位.xlsm"
    book.parent.mkdir()
    book.write_bytes(build(data, None))  # filled in, never analysed
    part = process_batch([(str(book), "单位")], Options(out=str(tmp_path / "out")))
    row = part["rows"][0]
    assert row["status"] == DONE and row["errors"] >= 1
    out = tmp_path / "out" / "单位.xlsm"
    assert read_workbook(out)[0] == read_workbook(book)[0]
    assert any(f["code"] == "E-BALANCE" and f["location"].startswith("'收支预决算'!") for f in part["findings"])
    import openpyxl

    assert openpyxl.load_workbook(out)["审核结果"].max_row > openpyxl.load_workbook(book)["审核结果"].max_row


def test_output_folder_must_differ_from_the_input_folder(units_dir):
    with pytest.raises(ValueError, match="输出目录"):
        run_batch([str(units_dir)], units_dir)


# -- hardening: names, inputs, clean-up, limits, text (no cluster: fast) --------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from tests.conftest import examples  # noqa: E402

STEMS = st.sampled_from(["a", "A", "a(2)", "a(2)(2)", "a(3)", "汇总", "某局部门汇总", "=1+1", "b"])


@settings(max_examples=examples(200), deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), STEMS), max_size=12))
def test_output_stems_never_collide(files):
    """Whatever the files' names and folders: one stem each, unique without regard to case, never the
    汇总's or the 部门汇总's; a stem that is free keeps the file's own name."""
    from juesuan.batch.run import plan

    paths = [Path(f"d{folder}") / f"{stem}.toml" for folder, stem in files]
    reserved = ["汇总", "某局部门汇总"]
    stems = [s for _, s in plan(paths, reserved)]
    assert len({s.lower() for s in stems}) == len(stems)
    assert not {s.lower() for s in stems} & set(reserved)
    assert plan([Path("d2/a.toml"), Path("d3/a(2).toml"), Path("d4/a.toml")]) == [
        ("d2/a.toml", "a"), ("d3/a(2).toml", "a(2)"), ("d4/a.toml", "a(3)")]


def test_a_file_reached_twice_is_one_unit_and_earlier_outputs_are_not_units(tmp_path, monkeypatch):
    from juesuan.batch.run import OUTPUT_MARKER, expand, mark_output

    monkeypatch.chdir(tmp_path)
    g.write(tmp_path / "in", g.department(5, 2))
    one = tmp_path / "in" / "unit0000.toml"
    (tmp_path / "in" / "link.toml").symlink_to(one)
    old = tmp_path / "in" / "上次输出"
    old.mkdir()
    mark_output(old)
    assert (old / OUTPUT_MARKER).exists()
    (old / "unit0000.xlsm").write_bytes(b"an earlier run's workbook")
    (old / "某局部门汇总.toml").write_text("schema = 1\n", encoding="utf-8")
    link = str(tmp_path / "in" / "link.toml")
    found = expand(["in/unit0000.toml", str(one), "in", "in/*.toml", "in/**/*.xlsm", link])
    assert [p.name for p in found] == ["unit0000.toml", "unit0001.toml"]
    assert [p.name for p in expand([str(old)])] == ["unit0000.xlsm", "某局部门汇总.toml"]  # named: read


def test_clean_up_touches_only_our_temporary_names(tmp_path):
    from juesuan.batch.run import _cleanup
    from juesuan.batch.worker import PDF_PREFIX
    from juesuan.export.files import STALE_SECONDS, TEMP_PREFIX

    old = time.time() - STALE_SECONDS - 10
    stale, fresh = tmp_path / f"{TEMP_PREFIX}x.docx", tmp_path / f"{TEMP_PREFIX}y.docx"
    pdf = tmp_path / f"{PDF_PREFIX}abc"
    pdf.mkdir()
    user = [tmp_path / ".notes.tmp", tmp_path / ".a.xlsm.tmp", tmp_path / "a.docx"]
    for p in (stale, fresh, *user):
        p.write_bytes(b"x")
    for p in (stale, pdf, *user):
        os.utime(p, (old, old))
    _cleanup(tmp_path)  # before a run: what a killed run left an hour ago
    assert not stale.exists() and not pdf.exists() and fresh.exists()
    start = time.time()
    made = tmp_path / f"{TEMP_PREFIX}z.xlsm"
    made.write_bytes(b"x")
    _cleanup(tmp_path, since=start)  # after a run: what this run left
    assert not made.exists()
    assert all(p.read_bytes() == b"x" for p in user)


def test_workers_capped_at_the_cores():
    from juesuan.batch.cluster import capped, cores

    n = cores()
    assert capped(n) == (n, "")
    workers, note = capped(64 + n)
    assert workers == n and f"--workers {64 + n}" in note and f"降为 {n}" in note
    assert capped(0)[0] == 1


def test_dask_logs_silenced_and_restored():
    import logging

    from juesuan.batch.cluster import QUIET, quiet_logs, restore_logs

    logging.getLogger("distributed.client").setLevel(logging.WARNING)
    before = quiet_logs()
    assert logging.getLogger("distributed").getEffectiveLevel() == QUIET
    assert logging.getLogger("distributed.client").level == QUIET
    assert logging.getLogger("tornado.application").getEffectiveLevel() == QUIET
    restore_logs(before)
    assert logging.getLogger("distributed.client").level == logging.WARNING


def test_a_dead_workers_units_are_listed_failed():
    from juesuan.batch.run import worker_failed
    from juesuan.batch.worker import FAILED, Options

    opts = Options(out=".", consolidate=True)
    part = worker_failed([("x/a.toml", "a"), ("x/b.toml", "b")], RuntimeError("killed"), opts)
    assert [(r["stem"], r["status"]) for r in part["rows"]] == [("a", FAILED), ("b", FAILED)]
    assert "工作进程异常退出" in part["rows"][0]["reason"]
    assert [m.included for m in part["sums"].members] == [False, False]


FAULTS = {  # a file's bytes (or a folder) → what a unit file can be on a real disk
    "empty.toml": b"", "binary.toml": bytes(range(256)) * 4, "bom.toml": b"\xef\xbb\xbfschema = 1\n",
    "gbk.toml": "[unit]\nname = '某单位'\n".encode("gbk"),
    "huge-number.toml": b"schema = 1\n[unit]\nname='x'\nyear=1e999\n",
    "not-a-zip.xlsm": b"PK\x03\x04 broken", "text.xlsx": b"hello", "folder.toml": None,
}


def test_faulty_unit_files_are_listed_never_raised(tmp_path):
    """The fault suite of one worker: every bad file a row with its reason, the rest still written."""
    from juesuan.batch.worker import FAILED, Options, process_batch

    good = tmp_path / "good.toml"
    good.write_text(dumps(g.unit(3)), encoding="utf-8")
    items = [(str(good), "good")]
    for name, raw in FAULTS.items():
        path = tmp_path / name
        if raw is None:
            path.mkdir()
        else:
            path.write_bytes(raw)
        items.append((str(path), path.stem))
    part = process_batch(items, Options(out=str(tmp_path / "out")))
    rows = {r["stem"]: r for r in part["rows"]}
    assert rows["good"]["status"] == DONE
    for name in FAULTS:
        row = rows[Path(name).stem]
        assert row["status"] in (UNREADABLE, FAILED) or row.get("errors"), name
        assert row["status"] == DONE or row["reason"], name
        assert "Traceback" not in row["reason"]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(
        f"{r['stem']}{s}" for r in part["rows"] if r["status"] == DONE for s in (".xlsm", ".docx"))


def test_summary_text_never_becomes_a_formula_and_a_rerun_keeps_a_bak(tmp_path):
    import openpyxl

    from juesuan.batch.run import BatchResult
    from juesuan.batch.summary import write_summary

    evil = ["=1+1", '=HYPERLINK("http://x","y")', "+SUM(A1)", "@cmd", "http://example.com", "0012"]
    rows = [{"source": f"{t}.toml", "stem": t, "unit": t, "status": DONE, "reason": t, "code": t, "parent": t}
            for t in evil]
    findings = [{"unit": t, "stem": t, "level": "错误", "code": "E-X", "message": t, "location": t} for t in evil]
    target = tmp_path / "汇总.xlsx"
    write_summary(BatchResult(rows, findings), target)
    book = openpyxl.load_workbook(target)
    book.create_sheet("我的批注")  # a person's own sheet, then a rerun
    book.save(target)
    write_summary(BatchResult(rows, findings), target)
    with open(tmp_path / "汇总.xlsx.bak", "rb") as bak:
        assert "我的批注" in openpyxl.load_workbook(bak).sheetnames
    book = openpyxl.load_workbook(target)
    texts = []
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                assert cell.hyperlink is None
                if isinstance(cell.value, str):
                    texts.append(cell.value)
    for t in evil:
        assert t in texts


def _cli(*args: str, **kw):
    import signal
    import subprocess
    import sys

    def as_from_a_terminal() -> None:  # Ctrl-C as a terminal gives it, even under `nohup … &` (SIGINT ignored)
        signal.signal(signal.SIGINT, signal.SIG_DFL)

    return subprocess.Popen([sys.executable, "-m", "juesuan", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, start_new_session=True, preexec_fn=as_from_a_terminal, **kw)


def test_batch_command_prints_no_traceback_even_on_ctrl_c(units_dir, tmp_path):
    """A plain batch with too many workers: capped with a message, nothing of Dask's on stderr. Then
    Ctrl-C (SIGINT to the whole process group, as a terminal sends it) in the middle of a run: the
    message, exit 130, no traceback from this process or a worker, no temporary file left."""
    import signal

    from juesuan.export.files import TEMP_PREFIX

    plain = _cli("batch", str(units_dir), "--out", str(tmp_path / "a"), "--workers", "64")
    out, err = plain.communicate(timeout=600)
    assert plain.returncode == 2, err  # one unit of the six is unreadable
    assert "已降为" in err and "Traceback" not in err and "distributed" not in err, err
    assert "共6个单位" in out
    many = tmp_path / "many"
    g.write(many, g.department(12, 40))
    run = _cli("batch", str(many), "--out", str(tmp_path / "b"), "--workers", "2", "--force")
    deadline = time.monotonic() + 600
    while not list((tmp_path / "b").glob("*.docx")) and time.monotonic() < deadline:
        time.sleep(0.2)
    os.killpg(run.pid, signal.SIGINT)
    out, err = run.communicate(timeout=300)
    assert run.returncode == 130, (out, err)
    assert "已中断" in err and "Traceback" not in err and "Error" not in err, err
    assert not [p for p in (tmp_path / "b").iterdir() if p.name.startswith(TEMP_PREFIX)]


def test_word_tables_made_from_prepared_cells_keep_each_cells_format(sample_report):
    """The Word tables copy one prepared cell per format (the batch's throughput): every cell
    still has its own text and the format its row and value call for."""
    from docx import Document
    from docx.oxml.ns import qn

    from juesuan.export import word

    doc = Document(io.BytesIO(word.build(sample_report)))
    assert doc.tables
    seen = set()
    for table in doc.tables:
        rows = table.rows
        assert rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
        for i, row in enumerate(rows):
            assert row._tr.trPr.find(qn("w:cantSplit")) is not None  # no row breaks over a page
            cells = row.cells
            total = cells[0].text.strip().startswith(("合计", "总计"))
            for cell in cells:
                runs = cell.paragraphs[0].runs
                assert len(cell.paragraphs) == 1 and len(runs) == 1
                text, tcpr = runs[0].text, cell._tc.tcPr
                seen.add(text)
                assert (tcpr.find(qn("w:shd")) is not None) == (i == 0)
                kept = i < len(rows) - 1 and (i <= 1 or len(rows) - 1 <= word.SMALL_TABLE)  # small: whole
                assert cell.paragraphs[0].paragraph_format.keep_with_next is (True if kept else None)
                if word.is_figure(text):
                    assert tcpr.find(qn("w:noWrap")) is not None, text
            bold = {bool(c.paragraphs[0].runs[0].bold) for c in cells}
            assert bold == {True} if i == 0 or total else len(bold) == 1  # bold is a row's
    assert len(seen) > 50  # copies, each with its own text


def test_pdfs_made_before_a_timeout_are_kept_and_the_limit_grows_with_the_documents(tmp_path, monkeypatch):
    """A LibreOffice call that runs out of time has converted some documents: those are kept, the
    others are told the timeout; the limit of one call grows with its documents."""
    from juesuan.batch import worker
    from juesuan.export import office

    docs = [tmp_path / f"u{i}.docx" for i in range(3)]
    for d in docs:
        d.write_bytes(b"docx")
    seen = {}

    def two_then_timeout(sources, ext, outdir, *, profile=None, profile_xcu=None, timeout=600):
        seen["timeout"] = timeout
        for s in sources[:2]:
            (outdir / f"{s.stem}.pdf").write_bytes(b"%PDF")
        raise office.ConversionError(f"LibreOffice 转换超时（{timeout}秒）。")

    monkeypatch.setattr(office, "find_soffice", lambda: "soffice")
    monkeypatch.setattr(office, "convert_many", two_then_timeout)
    result = worker.convert_pdfs(docs, worker.Options(out=str(tmp_path), pdf=True))
    assert [result[d] for d in docs[:2]] == ["", ""]
    assert "超时" in result[docs[2]]
    assert [d.with_suffix(".pdf").exists() for d in docs] == [True, True, False]
    assert seen["timeout"] == worker.pdf_timeout(3) < worker.pdf_timeout(100)
    assert worker.pdf_timeout(100) >= 100 * 6  # 6 s a document seen on a busy machine
    assert not list(tmp_path.glob(worker.PDF_PREFIX + "*"))  # its temporary folder gone


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="process groups are POSIX")
def test_a_timed_out_libreoffice_is_ended_with_the_processes_it_started(tmp_path, monkeypatch):
    from juesuan.export import office

    script = tmp_path / "soffice"
    pids = tmp_path / "pids"
    # a launcher that starts the real work as a child and waits for it, as soffice does
    script.write_text(f"#!/bin/sh\nsleep 60 &\necho $! > {pids}\nwait\n")
    script.chmod(0o755)
    monkeypatch.setenv("JUESUAN_SOFFICE", str(script))
    source = tmp_path / "a.docx"
    source.write_bytes(b"docx")
    with pytest.raises(office.ConversionError, match="超时"):
        office.convert_many([source], "pdf", tmp_path / "out", timeout=1)
    child = int(pids.read_text())
    time.sleep(0.2)
    stat = Path(f"/proc/{child}/stat")
    if stat.exists():  # killed but not yet reaped by its new parent: a zombie ("Z"), not running
        assert stat.read_text().rsplit(")", 1)[1].split()[0] == "Z"
