"""The 汇总 workbook: its template, and the 汇总 button through xlwings' remote engine."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from juesuan.excel import remote

remote.enable()  # before xlwings is imported

import xlwings as xw  # noqa: E402

from juesuan import excel  # noqa: E402
from juesuan.batch import generate as g  # noqa: E402
from juesuan.report import analyze  # noqa: E402
from juesuan.sources import layout as L  # noqa: E402
from juesuan.workbook.build import build  # noqa: E402
from juesuan.workbook.summary_book import build_summary_template  # noqa: E402

TEMPLATE = Path(__file__).resolve().parents[1] / "workbook" / "juesuan-summary.xlsm"


def test_committed_summary_template_is_the_built_one():
    assert TEMPLATE.read_bytes() == build_summary_template()


def test_summary_template_has_its_sheets_marker_and_button():
    wb = openpyxl.load_workbook(TEMPLATE, keep_vba=True)
    assert wb.sheetnames == list(L.SUMMARY_SHEETS)
    assert wb[L.GUIDE].cell(L.MARKER_CELL[0] + 1, L.MARKER_CELL[1] + 1).value == L.SUMMARY_MARKER
    import zipfile

    with zipfile.ZipFile(TEMPLATE) as z:
        vml = "".join(z.read(n).decode() for n in z.namelist() if n.startswith("xl/drawings/vmlDrawing"))
    assert vml.count("JuesuanSummarize") == len(L.SUMMARY_SHEETS) - 1  # every sheet but xlwings.conf


@pytest.fixture
def folder(tmp_path, monkeypatch) -> Path:
    """A 部门 of three units as juesuan workbooks, one broken file, and the 汇总 workbook."""
    monkeypatch.chdir(tmp_path)
    for gen in g.department(7, 3, name="某某县卫健委"):
        (tmp_path / f"{gen.stem}.xlsm").write_bytes(build(gen.data, analyze(gen.data)))
    (tmp_path / "坏文件.xlsm").write_bytes(b"not a workbook")
    (tmp_path / "汇总.xlsm").write_bytes(build_summary_template())
    return tmp_path


def click(path: Path, edit=None):
    if edit is not None:
        wb = openpyxl.load_workbook(path, keep_vba=True)
        edit(wb)
        wb.save(path)
    book = remote.book_from_file(path)
    xw.Book.set_mock_caller(book)
    outcome = excel.summarize()
    return outcome, book.json()["actions"]


def grids(actions) -> dict[str, list[list]]:
    return {L.SUMMARY_SHEETS[a["sheet_position"]]: a["values"] for a in actions if a["func"] == "setValues"}


def test_summarize_fills_the_three_sheets_from_the_folder(folder):
    before = {p.name: p.read_bytes() for p in folder.glob("unit*.xlsm")}

    def name_it(wb):
        r, c = L.SUMMARY_NAME_CELL
        wb[L.SUMMARY_LIST].cell(r + 1, c + 1).value = "某某县卫健委"

    outcome, actions = click(folder / "汇总.xlsm", name_it)
    assert outcome.message.startswith("汇总完成：4个单位，其中1个无法读取"), outcome.message
    written = grids(actions)
    assert set(written) == set(L.SUMMARY_OUTPUTS)  # 单位清单 and the unit workbooks are not written
    units = written[L.SUMMARY_UNITS]
    assert units[0][0] == "单位一览" and units[1][:2] == ["序号", "单位名称"]  # title row (the button), header
    assert units[0][1] in (None, "") and units[0][2].startswith("每行一个单位")  # the note right of the button
    rows = [r for r in units[2:] if any(v not in (None, "") for v in r[:30])]
    assert len(rows) == 4  # the 4 files
    statuses = [row[5] for row in rows]
    assert statuses.count("无法读取") == 1
    links = [row[4] for row in rows if str(row[4]).startswith("=HYPERLINK(")]
    assert len(links) == 4 and all(".xlsm" in x and "#" not in x for x in links)  # the file, not "行政单位#0"
    assert written[L.SUMMARY_FINDINGS][1][:3] == ["单位", "级别", "代码"]
    department = written[L.SUMMARY_DEPARTMENT]
    assert department[1][0].startswith("某某县卫健委") and any(r[0] == "部门决算单位构成" for r in department)
    formats = {(L.SUMMARY_SHEETS[a["sheet_position"]], a["args"][0]) for a in actions if a["func"] == "setNumberFormat"}
    assert {(L.SUMMARY_UNITS, "#,##0.00"), (L.SUMMARY_UNITS, "0.00"), (L.SUMMARY_DEPARTMENT, "#,##0.00")} <= formats
    widths = [a for a in actions if a["func"] == "setColumnWidth" and L.SUMMARY_SHEETS[a["sheet_position"]]
              == L.SUMMARY_UNITS]
    assert len(widths) >= 5
    assert {p.name: p.read_bytes() for p in folder.glob("unit*.xlsm")} == before


def test_summarize_the_listed_workbooks_only(folder):
    def list_two(wb):
        ws = wb[L.SUMMARY_LIST]
        ws.cell(L.SUMMARY_LIST_FIRST + 1, 1).value = "unit0001.xlsm"
        ws.cell(L.SUMMARY_LIST_FIRST + 2, 1).value = str(folder / "unit0002.xlsm")

    outcome, _ = click(folder / "汇总.xlsm", list_two)
    assert outcome.message.startswith("汇总完成：2个单位，其中0个"), outcome.message
    assert "未填部门名称" in outcome.message


def test_the_summary_button_in_a_unit_workbook_says_so(sample, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "单位.xlsm"
    path.write_bytes(build(sample, analyze(sample)))
    book = remote.book_from_file(path)
    xw.Book.set_mock_caller(book)
    outcome = excel.summarize()
    assert "不是 juesuan 汇总工作簿" in outcome.message
    assert not [a for a in book.json()["actions"] if a["func"] == "setValues"]


def test_summary_button_looks_like_batch_summary_xlsx(folder):
    """The 汇总 button's three sheets and ``juesuan batch``'s 汇总.xlsx, format by format: widths,
    header style, each column's number format, font, borders and wrapping, the frozen panes, the
    filter; the 文件 column a link in the workbook (the workbook's lists start one row lower: row 1
    holds the button)."""
    from juesuan.batch.run import summarize_workbooks
    from tests.buttons import apply_actions, table_look

    def name_it(wb):
        r, c = L.SUMMARY_NAME_CELL
        wb[L.SUMMARY_LIST].cell(r + 1, c + 1).value = "某某县卫健委"

    book = folder / "汇总.xlsm"
    _, actions = click(book, name_it)
    clicked = apply_actions(book, actions, folder / "clicked.xlsm")
    units = sorted(p for p in folder.glob("*.xlsm") if p.name not in ("汇总.xlsm", "clicked.xlsm"))
    batch = summarize_workbooks(units, folder / "batch" / "汇总.xlsx", "某某县卫健委")
    for sheet in L.SUMMARY_OUTPUTS:
        want, got = table_look(batch, sheet, 0), table_look(clicked, sheet, 1)
        for key in want:
            if key == "freeze" and sheet == L.SUMMARY_DEPARTMENT:
                continue  # the workbook keeps its title row (the button) in view
            if key == "links":
                continue  # batch's 汇总.xlsx holds no formula at all (hardening): its 文件 is text
            assert got[key] == want[key], (sheet, key, got[key], want[key])
    looks = {sheet: table_look(clicked, sheet, 1) for sheet in L.SUMMARY_OUTPUTS}
    stem = [key for key, *_ in L.SUMMARY_UNIT_COLUMNS].index("stem")
    assert looks[L.SUMMARY_UNITS]["links"][stem] == ["0563C1"] * 4  # every unit, the unreadable one too
    assert {fmt for fmt, *_ in looks[L.SUMMARY_UNITS]["body"][6]} == {"#,##0.00"}  # 本年收入决算
    assert looks[L.SUMMARY_UNITS]["filter"] == (0, 0, len(L.SUMMARY_UNIT_COLUMNS) - 1)
    assert looks[L.SUMMARY_UNITS]["freeze"] == (1, 2)
    failed = {look[-1] for look in looks[L.SUMMARY_UNITS]["body"][0]}
    assert "F4B084" in failed and None in failed  # the unreadable unit's row marked, the others not
