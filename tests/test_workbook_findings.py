"""决算公开 findings as a workbook user reads them: each points at the exact input cell to fill (the row
left blank, not its section's first row) and names it by the sheet's own words — the sheet, the row
label, the column head — never a data-file key or TOML syntax."""

from __future__ import annotations

import re
from dataclasses import replace

import openpyxl

from juesuan.core import catalog as c
from juesuan.core.model import WORKBOOK
from juesuan.disclosure.api import disclose
from juesuan.disclosure.books import EXPORT_TO_FILL
from juesuan.load import load_unit
from juesuan.sources import layout as L
from juesuan.sources.datafile import load
from juesuan.workbook.build import build
from tests.test_workbook_public import RICH, _cell

TEXT_CODES = ("D-TEXT-BLANK", "D-TEXT-INCOMPLETE")
# data-file words: a [table] or [[array]], a key = "value", an ASCII key (performance, prior_final)
DATA_FILE_WORDS = re.compile(r"[\[\]]|=\s*\"|\b[a-z][a-z_]{2,}\b")


def _without(data, table: str, key: str):
    d = data.disclosure
    part = {k: x for k, x in getattr(d, table).items() if k != key}
    return replace(data, disclosure=replace(d, **{table: part}))


def test_each_row_left_blank_is_pointed_at_by_its_own_cell():
    """One 公开说明 row emptied at a time (every row the 情况说明 needs): a finding points at that row's
    value cell and names the row by its label."""
    data = replace(load(RICH)[0], origin=WORKBOOK)
    before = {(f.code, f.message) for f in disclose(data).findings}
    locate = L.Locator()
    checked = []
    for (table, key), (block, r, field) in L.PUBLIC_FIELDS.items():
        if key not in getattr(data.disclosure, table):
            continue
        new = [f for f in disclose(_without(data, table, key)).findings
               if f.code in TEXT_CODES and (f.code, f.message) not in before]
        if not new:  # a row the text can do without (a 名词解释 kept as the template's)
            continue
        cell = L.sheet_cell(L.PUBLIC_NOTES, *block.cell(r, "value"))
        assert cell in {locate.address(f.path) for f in new}, (table, key, [f.path for f in new])
        assert all(f"“{field.label}”" in f.message for f in new if locate.address(f.path) == cell), (table, key)
        checked.append((table, key))
    tables = {t for t, _ in checked}
    assert {"three_public", "performance", "operating_costs", "procurement", "vehicles", "other", "prior"} <= tables
    assert ("other", "equipment") in checked and ("prior", "general_spending") in checked
    assert len(checked) >= 30


def test_a_whole_part_left_blank_points_at_its_first_row_and_names_every_row():
    """A part with nothing typed (车辆 and the 设备 row below them): its first row, and every row by label —
    the 设备 row too, in the sheet's words (it is another data-file table)."""
    data = replace(load(RICH)[0], origin=WORKBOOK)
    d = data.disclosure
    bare = replace(data, disclosure=replace(d, vehicles={}, other={k: x for k, x in d.other.items()
                                                                      if k != "equipment"}),
                   people={k: x for k, x in data.people.items() if k != "vehicles"},
                   quantities={k: x for k, x in data.quantities.items() if k != "公务用车保有量"})
    found = [f for f in disclose(bare).findings if f.code == "D-TEXT-BLANK" and "国有资产" in f.message]
    assert len(found) == 1, [f.message for f in disclose(bare).findings]
    first = L.PUBLIC_FIELDS[("vehicles", L.pv.VEHICLE_CATEGORIES[0])]
    assert L.Locator().address(found[0].path) == L.sheet_cell(L.PUBLIC_NOTES, *first[0].cell(first[1], "value"))
    assert "“单价100万元（含）以上设备（不含车辆）”" in found[0].message
    assert not DATA_FILE_WORDS.search(found[0].message), found[0].message
    as_file = [f.message for f in disclose(replace(bare, origin="")).findings if "国有资产" in f.message]
    assert "[disclosure.vehicles]" in as_file[0]
    assert "[disclosure.other] 中填写：单价100万元以上设备台套数（equipment）" in as_file[0]


def _typed_blank(tmp_path):
    """The blank template with only what a first-time user types: the unit, one income, one spending, one 科目."""
    path = tmp_path / "单位.xlsm"
    path.write_bytes(build(None, None))
    wb = openpyxl.load_workbook(path, keep_vba=True)

    def put(block: L.Block, r: int, column: str, value) -> None:
        _cell(wb[block.sheet], block, r, column).value = value

    for i, value in enumerate(("某某区档案馆", 2024, "行政单位")):
        put(L.UNIT_BLOCK, i, "value", value)
    put(L.INCOME_BLOCK, 0, "final", 5000000)
    put(L.INCOME_BLOCK, 0, "prior_final", 4000000)
    put(L.INCOME_BLOCK, 0, "budget", 4500000)
    put(L.SPENDING_BLOCK, c.SPENDING_ITEMS.index("人员经费"), "final", 5000000)
    put(L.SPENDING_BLOCK, c.SPENDING_ITEMS.index("人员经费"), "fiscal_final", 5000000)
    for column, value in (("code", 2010101), ("name", "行政运行"), ("final", 5000000), ("budget", 4500000)):
        put(L.FUNCTIONS_BLOCK, 0, column, value)
    put(L.CONTROLLED_BLOCK, c.CONTROLLED_ITEMS.index("公务接待费"), "final", 20000)
    put(L.CONTROLLED_BLOCK, c.CONTROLLED_ITEMS.index("公务接待费"), "budget", 40000)
    block, r, _ = L.PUBLIC_FIELDS[("procurement", "services")]
    put(block, r, "value", 300000)
    wb.save(path)
    return path


def test_every_disclosure_message_of_a_workbook_is_in_its_words(tmp_path):
    """A workbook typed with little in it: every D-* finding says what to fill in the sheet's words (no
    data-file key, no TOML) and points at a cell of the workbook."""
    unit = load_unit(_typed_blank(tmp_path))
    found = [f for f in disclose(unit.data, unit.findings).findings if f.code.startswith("D-")]
    codes = {f.code for f in found}
    assert {"D-TEXT-BLANK", "D-TEXT-INCOMPLETE", "D-REASON-MISSING"} <= codes, codes
    for f in found:
        said = f.message.replace(EXPORT_TO_FILL, "")  # a part no sheet holds: how to reach the data file
        assert not DATA_FILE_WORDS.search(said), f.message
        assert "(境)" not in said, f.message  # the row label reads 因公出国（境）费
        assert unit.where(f.path), (f.code, f.path)
    # 公务接待费 typed without its 上年决算 (因公出国（境）费 left out is 0: no row asked for)
    assert any("公务接待费的“上年决算”栏" in f.message for f in found)
    assert not any("因公出国" in f.message for f in found)
    cells = {f.message.split("：")[0]: unit.where(f.path) for f in found if f.code in TEXT_CODES}
    procurement = next(x for m, x in cells.items() if "政府采购" in m)
    block, r, _ = L.PUBLIC_FIELDS[("procurement", "goods")]
    assert procurement == L.sheet_cell(L.PUBLIC_NOTES, *block.cell(r, "value"))  # 服务 typed: 货物 is the first blank


def test_the_public_sheet_lists_each_finding_with_a_link_to_its_cell(tmp_path):
    """生成公开 / ``juesuan disclose`` on a workbook: the findings are on the 决算公开 sheet itself (a button
    user runs no command), below the tables and outside every print area, each linked to the cell its
    path names — the exact row to fill."""
    from juesuan.workbook.edit import write_disclosure

    path = _typed_blank(tmp_path)
    unit = load_unit(path)
    disclosed = disclose(unit.data, unit.findings)
    write_disclosure(path, disclosed)
    ws = openpyxl.load_workbook(path)[L.DISCLOSURE]
    listed = {}
    for row in ws.iter_rows(min_col=1, max_col=4):
        text, link = row[0].value, row[3].value
        if isinstance(text, str) and text.startswith("[") and isinstance(link, str):
            listed[text] = link
    assert len(listed) == len(disclosed.findings) > 5
    for f in disclosed.findings:
        link = listed[f"[{f.level.value}] {f.code} {f.message}"]
        assert link.startswith(f'=HYPERLINK("#{unit.where(f.path)}"'), (f.code, link)
    first = min(r for r in range(1, ws.max_row + 1) if str(ws.cell(r, 1).value or "").startswith("["))
    last_printed = max(int(part.split(":")[1].lstrip("$ABCDEFGHIJKLMNOPQRSTUVWXYZ").replace("$", ""))
                       for part in str(ws.print_area).split(","))
    assert first > last_printed  # the tables print, the list does not


def test_a_finding_about_a_public_table_links_to_that_table_on_the_sheet(tmp_path):
    """A table check's finding (公开05 ≠ 公开06) has no input cell: its 位置 is the table's title on the sheet."""
    from juesuan.core.findings import Finding, Level
    from juesuan.workbook.outputs import disclosure_sheet

    unit = load_unit(_typed_blank(tmp_path))
    disclosed = disclose(unit.data, unit.findings)
    disclosed.findings.append(Finding(Level.ERROR, "D-T5-T6", "公开05的基本支出合计…", ("公开06", "合计")))
    sheet = disclosure_sheet(disclosed)
    (row, col), _ = next((k, c) for k, c in sheet.cells.items() if c.value == "一般公共预算财政拨款基本支出决算表")
    listed = next(r for (r, j), c in sheet.cells.items() if j == 0 and str(c.value).startswith("[错误] D-T5-T6"))
    link = sheet.cells[(listed, sheet.areas[0][3])]
    assert link.link == L.sheet_cell(L.DISCLOSURE, row, col)


def test_a_line_finding_names_the_sheet_row_the_accountant_sees(tmp_path):
    """A bad line typed after blank rows (功能分类, 公开科目, a duplicate 原因说明): the message names the sheet
    and the row Excel shows — not the line's place among the typed lines — and the data file keeps its
    own 第N行 (its Nth entry)."""
    path = _typed_blank(tmp_path)
    wb = openpyxl.load_workbook(path, keep_vba=True)
    _cell(wb[L.FUNCTIONS], L.FUNCTIONS_BLOCK, 6, "code").value = "20101x"
    _cell(wb[L.FUNCTIONS], L.FUNCTIONS_BLOCK, 6, "final").value = 100
    lines = L.PUBLIC_LINES_BLOCK
    for r, code in ((2, 2010101), (5, 2010101)):
        _cell(wb[L.PUBLIC_LINES], lines, r, "code").value = code
        _cell(wb[L.PUBLIC_LINES], lines, r, "basic").value = 100
    for r in (3, 8):
        for column, value in (("comparison", "决算与预算对比"), ("line", "合计"), ("text", f"原因{r}")):
            _cell(wb[L.REASONS], L.REASONS_BLOCK, r, column).value = value
    wb.save(path)
    found = {f.code + f.message for f in load_unit(path).findings}
    row = L.FUNCTIONS_BLOCK.row + 6 + 1
    assert any(m.startswith(f"E-CODE“{L.FUNCTIONS}”表第{row}行的科目编码") for m in found), found
    first, second = lines.row + 2 + 1, lines.row + 5 + 1
    assert any(f"重复出现（“{L.PUBLIC_LINES}”表第{first}行和第{second}行）" in m for m in found), found
    a, b = L.REASONS_BLOCK.row + 3 + 1, L.REASONS_BLOCK.row + 8 + 1
    assert any(f"“{L.REASONS}”表第{b}行与第{a}行" in m for m in found), found
    assert not any("支出功能分类第2行" in m or "第1行和第2行" in m for m in found), found
    as_file = [f.message for f in parse_lines([{"code": "20101x", "final": 1}])]
    assert as_file == ["支出功能分类第1行的科目编码“20101x”无效：应为3/5/7位数字。"], as_file


def parse_lines(functions):
    from juesuan.core.parse import parse

    return [f for f in parse({"schema": c.SCHEMA_VERSION, "unit": {"name": "某单位", "year": 2024},
                              "functions": functions})[1] if f.code == "E-CODE"]


def test_a_finding_without_a_cell_is_placed_in_the_workbooks_words(tmp_path):
    """A missing sheet or a [disclosure] part kept in the hidden 公开数据: the 审核结果 sheet and the printed
    place name the sheet, never a data-file key (disclosure.units[1], sheet.原因说明)."""
    from juesuan.report import analyze
    from juesuan.workbook.outputs import findings_sheet

    path = _typed_blank(tmp_path)
    wb = openpyxl.load_workbook(path, keep_vba=True)
    del wb[L.REASONS]
    wb.save(path)
    unit = load_unit(path)
    missing = next(f for f in unit.findings if f.code == "E-SHEET-MISSING")
    assert unit.place(missing.path) == f"“{L.REASONS}”表"
    assert unit.place(("disclosure", "units", 0)) == f"隐藏的“{L.PUBLIC_DATA}”表（来自数据文件）"
    sheet = findings_sheet(analyze(unit.data, unit.findings), unit.locator)
    shown = [cell.value for (r, j), cell in sheet.cells.items() if j == 3 and r >= L.FINDINGS_FIRST]
    assert f"“{L.REASONS}”表" in shown, shown
    assert not [x for x in shown if DATA_FILE_WORDS.search(str(x))], shown


def test_wan_typed_into_the_yuan_cells_of_public_notes_is_a_warning(tmp_path):
    """Fresh-eyes D1: 193.73 (万元, as the published tables print it) typed into 公开说明's 元 cells of a unit
    spending millions: a 警告 naming each row by its label, at the first; 元 figures give none."""
    from juesuan.disclosure.api import disclose

    path = _typed_blank(tmp_path)
    wb = openpyxl.load_workbook(path, keep_vba=True)
    for (table, key), value in ((("operating_costs", "final"), 193.73), (("procurement", "goods"), 28.6)):
        block, r, _ = L.PUBLIC_FIELDS[(table, key)]
        _cell(wb[block.sheet], block, r, "value").value = value
    wb.save(path)
    unit = load_unit(path)
    found = [f for f in disclose(unit.data, unit.findings).findings if f.code == "D-WAN-IN-YUAN"]
    assert len(found) == 1 and found[0].level.value == "警告"
    assert "“机关运行经费本年决算”193.73元" in found[0].message and "货物采购金额" in found[0].message
    assert unit.where(found[0].path) == L.sheet_cell(L.PUBLIC_NOTES, *L.PUBLIC_FIELDS[
        ("operating_costs", "final")][0].cell(L.PUBLIC_FIELDS[("operating_costs", "final")][1], "value"))
    assert not [f for f in disclose(load(RICH)[0]).findings if f.code == "D-WAN-IN-YUAN"]
