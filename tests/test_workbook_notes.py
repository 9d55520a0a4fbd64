"""公开说明: the 情况说明's own figures and words typed in the workbook (七(二)'s texts and 外宾, 十 预算绩效, 十一
机关运行经费 / 政府采购 / 车辆和设备, the 上年 totals, 名词解释) — built, read by every reader, the sheet the source,
findings at its cells; and 公开科目 / 公开经济分类 rows typed by a parent's name only, as the official tables
show them."""

from __future__ import annotations

from decimal import Decimal

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from juesuan import excel
from juesuan.core import public_vocab as v
from juesuan.disclosure.api import disclose
from juesuan.load import load_unit
from juesuan.sources import layout as L
from juesuan.sources.blocks import public_data_cells
from juesuan.sources.datafile import dumps, load, parse_document, to_document
from juesuan.workbook.build import build
from juesuan.workbook.edit import read_workbook, read_workbook_located, write_disclosure
from juesuan.workbook.input_sheets import INPUT_SHEETS
from tests.buttons import click, look_after_actions, look_of_file
from tests.conftest import examples
from tests.test_workbook_public import LINES, RICH, _built, _typed

TERMS = L.PUBLIC_TERMS_BLOCK


def _field(ws, table: str, key: str):
    block, r, _ = L.PUBLIC_FIELDS[(table, key)]
    row, col = block.cell(r, "value")
    return ws.cell(row + 1, col + 1)


def _hidden(wb) -> str:
    return "".join(str(row[0].value or "") for row in wb[L.PUBLIC_DATA].iter_rows(max_col=1))


def test_build_puts_every_part_on_its_row(tmp_path):
    data, _ = load(RICH)
    d = data.disclosure
    wb = openpyxl.load_workbook(_built(data, tmp_path / "部门.xlsm"))
    ws = wb[L.PUBLIC_NOTES]
    for table, key in L.PUBLIC_FIELDS:
        want = getattr(d, table).get(key)
        got = _field(ws, table, key).value
        if want is None or isinstance(want, str):
            assert got == want, (table, key)
        else:
            assert Decimal(str(got)) == want, (table, key)
    assert _field(ws, "performance", "average_score").value == 92.5
    assert _field(ws, "glossary", "事业收入").value == "主要是：农产品质量检测收入等"
    hidden = _hidden(wb)
    assert all(key not in hidden for key in L.PUBLIC_SHEETS)  # 部门决算单位构成 too: typed on this sheet
    units = L.PUBLIC_UNITS_BLOCK
    assert [ws.cell(units.row + r + 1, 2).value for r in range(len(d.units))] == [u.name for u in d.units]


def test_the_labels_follow_the_template(tmp_path):
    """Sections 七, 十, 十一 and 第四部分 in the template's order, each row labelled in its words."""
    wb = openpyxl.load_workbook(_built(load(RICH)[0], tmp_path / "部门.xlsm"))
    ws = wb[L.PUBLIC_NOTES]
    heads = [ws.cell(b.row, 1).value for b in L.PUBLIC_FIELD_BLOCKS]
    assert [h[:2] for h in heads] == ["七、", "十、", "十一", "十一", "十一", "上年", "第四"]
    labels = {ws.cell(row + 1, 1).value for b in L.PUBLIC_FIELD_BLOCKS for row in range(b.row, b.last_row + 1)}
    assert {*v.VEHICLE_CATEGORIES, *v.PERFORMANCE_LABELS.values(), *v.PROCUREMENT_KEYS.values(),
            *v.GLOSSARY} <= labels
    assert "单价100万元（含）以上设备（不含车辆）" in labels  # the template's words (100万元, not 50)
    notes = ws.cell(_field(ws, "performance", "target_projects").row, 3).value
    assert notes == "个"


money = st.integers(min_value=0, max_value=10**9).map(lambda n: Decimal(n).scaleb(-2))
count = st.integers(min_value=0, max_value=999)
text = st.text(st.characters(codec="utf-8", categories=("Lo", "Nd")), min_size=1, max_size=30)


@st.composite
def public_notes(draw) -> dict:
    """A [disclosure] table with a random subset of every 公开说明 key, and terms beyond the template's."""
    out: dict = {}
    for (table, key), (_, _, field) in L.PUBLIC_FIELDS.items():
        if not draw(st.booleans()):
            continue
        value = {"text": text, "int": count, "money": money,
                 "score": st.integers(0, 10000).map(lambda n: Decimal(n).scaleb(-2))}[field.kind]
        out.setdefault(table, {})[key] = draw(value)
    extra = draw(st.lists(st.tuples(text.map(lambda t: "词" + t), text), max_size=4, unique_by=lambda x: x[0]))
    if extra:
        out.setdefault("glossary", {}).update(dict(extra))
    return out


@settings(max_examples=examples(10), deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(notes=public_notes())
def test_build_then_extract_gives_the_data_file_back(notes, tmp_path):
    doc = to_document(load(RICH)[0])
    doc["disclosure"] = {k: val for k, val in doc["disclosure"].items() if k not in L.PUBLIC_SHEETS or k in (
        "lines", "basic_economics")} | notes
    data, findings = parse_document(doc)
    assert not [f for f in findings if f.level.value == "错误"]
    path = tmp_path / "r.xlsm"
    path.write_bytes(build(data, None))
    again, _ = read_workbook(path)
    assert again.disclosure == data.disclosure
    assert to_document(again) == to_document(data)  # what extract writes


def test_the_sheet_is_the_source_and_an_emptied_row_is_blank(tmp_path):
    data, _ = load(RICH)
    path = _built(data, tmp_path / "部门.xlsm")
    wb = openpyxl.load_workbook(path, keep_vba=True)
    from juesuan.core.public_inputs import to_document as disclosure_document

    stale = disclosure_document(data.disclosure)  # an older workbook's hidden copy
    stale["procurement"]["goods"] = Decimal(1)
    for r, value in enumerate(public_data_cells(stale)):
        wb[L.PUBLIC_DATA].cell(r + 1, 1).value = value
    _field(wb[L.PUBLIC_NOTES], "procurement", "goods").value = 700000
    _field(wb[L.PUBLIC_NOTES], "prior", "total").value = None
    wb.save(path)
    again, _ = read_workbook(path)
    assert again.disclosure.procurement["goods"] == Decimal(700000)
    assert "total" not in again.disclosure.prior and again.disclosure.prior == {
        k: val for k, val in data.disclosure.prior.items() if k != "total"}
    assert "goods = 700000" in dumps(again)


def test_a_workbook_made_before_the_sheet_reads_its_hidden_data(tmp_path):
    data, _ = load(RICH)
    path = _built(data, tmp_path / "部门.xlsm")
    wb = openpyxl.load_workbook(path, keep_vba=True)
    from juesuan.core.public_inputs import to_document as disclosure_document

    for r, value in enumerate(public_data_cells(disclosure_document(data.disclosure))):
        wb[L.PUBLIC_DATA].cell(r + 1, 1).value = value
    del wb[L.PUBLIC_NOTES]
    wb.save(path)
    again, findings = read_workbook(path)
    assert again.disclosure == data.disclosure and not [f for f in findings if f.code == "E-SHEET-MISSING"]


def test_bad_cells_are_named(tmp_path):
    path = _typed(tmp_path, lines=True)
    wb = openpyxl.load_workbook(path, keep_vba=True)
    ws = wb[L.PUBLIC_NOTES]
    _field(ws, "performance", "target_projects").value = "十个"
    _field(ws, "performance", "average_score").value = 120
    _field(ws, "vehicles", "其他用车").value = 1.5
    ws.cell(TERMS.row + 1, TERMS.col + 2).value = "没有名词的解释"
    ws.cell(TERMS.row + 2, TERMS.col + 1).value = "专项业务费"
    ws.cell(TERMS.row + 2, TERMS.col + 2).value = "指……"
    label = L.PUBLIC_FIELDS[("procurement", "works")]
    ws.cell(label[0].row + label[1] + 1, 1).value = "工程"
    wb.save(path)
    data, findings, locator = read_workbook_located(path)
    at = {(f.code, locator.address(f.path)) for f in findings}

    def cell(table: str, key: str) -> str:
        block, r, _ = L.PUBLIC_FIELDS[(table, key)]
        return L.sheet_cell(L.PUBLIC_NOTES, *block.cell(r, "value"))

    assert ("E-NOT-INTEGER", cell("performance", "target_projects")) in at
    assert ("E-SCORE", cell("performance", "average_score")) in at
    assert ("E-NOT-INTEGER", cell("vehicles", "其他用车")) in at
    assert ("E-ITEM-MISSING", L.sheet_cell(L.PUBLIC_NOTES, TERMS.row, 0)) in at
    assert ("E-ROW-LABEL", L.sheet_cell(L.PUBLIC_NOTES, label[0].row + label[1], 0)) in at
    assert data.disclosure.glossary == {"专项业务费": "指……"}
    assert "works" not in data.disclosure.procurement  # a row whose label was changed is not read
    assert locator.address(("disclosure", "glossary", "专项业务费")) == L.sheet_cell(L.PUBLIC_NOTES, TERMS.row + 1, 1)


def test_an_accountant_fills_the_sheet_and_the_text_says_it(tmp_path, monkeypatch):
    """Typed into the blank template: 情况说明十、十一 and the 名词解释 from the sheet, no 未填报 left there."""
    path = _typed(tmp_path, lines=True)
    wb = openpyxl.load_workbook(path, keep_vba=True)
    ws = wb[L.PUBLIC_NOTES]
    typed = {("performance", k): 3 for k in v.PERFORMANCE_COUNTS} | {
        ("performance", k): 120000 for k in v.PERFORMANCE_AMOUNTS} | {
        ("performance", "systems"): "制定了《预算绩效管理办法》", ("performance", "mechanism"): "建立了事前评估机制",
        ("performance", "average_score"): 91.5, ("other", "equipment"): 0,
        **{("procurement", k): 10000 for k in v.PROCUREMENT_KEYS}, ("procurement", "goods"): 80000,
        **{("vehicles", k): 0 for k in v.VEHICLE_CATEGORIES}, ("vehicles", "其他用车"): 2,
        ("glossary", "事业收入"): "主要是：演出收入等", ("prior", "total"): 900000}
    for (table, key), value in typed.items():
        _field(ws, table, key).value = value
    wb.save(path)
    unit = load_unit(path)
    found = disclose(unit.data, unit.findings)
    text = found.text.plain()
    assert "编报绩效目标的2024年度项目3个，涉及预算金额12.00万元" in text and "平均得分91.50分" in text
    assert "货物采购金额8.00万元" in text and "其他用车2辆" in text
    assert "主要是：演出收入等" in dict(found.text.glossary)["事业收入"]
    blanks = [f for f in found.findings if f.code in ("D-TEXT-BLANK", "D-TEXT-INCOMPLETE")
              and f.path[:2] in {("disclosure", t) for t in L.PUBLIC_FIELD_TABLES}]
    assert all(f"“{L.PUBLIC_NOTES}”表" in f.message for f in blanks)
    monkeypatch.chdir(tmp_path)
    outcome, actions = click(path, excel.disclose)  # the button reads the same sheet
    assert "编报绩效目标的2024年度项目3个" in outcome.report.text.plain()
    printed = look_after_actions(path, actions)[L.PUBLIC_NOTES]["print_area"]
    assert printed == f"A1:C{L.PUBLIC_FIELD_BLOCKS[-1].last_row + 1}"  # no term typed: to the 名词解释
    ws.cell(TERMS.row + 1, 1).value, ws.cell(TERMS.row + 1, 2).value = "公益文化活动", "指免费开展的演出。"
    wb.save(path)
    unit = load_unit(path)
    write_disclosure(path, disclose(unit.data, unit.findings))  # juesuan disclose: printed down to the term
    assert openpyxl.load_workbook(path)[L.PUBLIC_NOTES].print_area == f"'{L.PUBLIC_NOTES}'!$A$1:$C${TERMS.row + 1}"


def test_the_template_prints_each_section_whole(tmp_path):
    blank = tmp_path / "blank.xlsm"
    blank.write_bytes(build(None, None))
    look = look_of_file(blank)[L.PUBLIC_NOTES]
    spec = next(s for s in INPUT_SHEETS if s.name == L.PUBLIC_NOTES)
    assert look["title_rows"] == "$1:$2" and look["row_breaks"] == list(spec.row_breaks)
    assert look["print_area"] == f"A1:C{L.PUBLIC_FIELD_BLOCKS[-1].last_row + 1}"  # the hints column too
    wb = openpyxl.load_workbook(blank)
    assert not wb[L.PUBLIC_NOTES].protection.sheet
    kinds = {field.kind: _field(wb[L.PUBLIC_NOTES], field.table, field.key).number_format
             for _, _, field in L.PUBLIC_FIELDS.values()}
    assert kinds["money"] != kinds["int"] and "0.00" in kinds["money"]


# -- 公开科目 typed as the official tables look: a 类/款 by its name only ---------------------------------------

def test_name_only_parents_are_resolved_on_the_public_sheets(tmp_path):
    path = _typed(tmp_path, lines=True)
    wb = openpyxl.load_workbook(path, keep_vba=True)
    ws = wb[L.PUBLIC_LINES]

    def put(r: int, column: str, value) -> None:
        row, col = LINES.cell(r, column)
        ws.cell(row + 1, col + 1).value = value

    put(2, "name", "文化旅游体育与传媒支出")  # 207, by name, below its 项 as a person might type it
    put(3, "name", "  文化和旅游 ")  # 20701
    put(4, "name", "社会保障和就业支出")
    put(5, "name", "教育支出")  # no 205 line on the sheet: cannot be resolved
    put(5, "basic", 1)
    econ = L.PUBLIC_ECONOMICS_BLOCK
    row, col = econ.cell(4, "name")
    wb[econ.sheet].cell(row + 1, col + 1).value = "对个人和家庭的补助"  # no 303 child: unresolved
    row, col = econ.cell(5, "name")
    wb[econ.sheet].cell(row + 1, col + 1).value = "商品和服务支出"  # 302 as a heading: no amount, its 款 give it
    wb.save(path)
    data, findings, locator = read_workbook_located(path)
    codes = [x.code for x in data.disclosure.lines]
    assert codes == ["2070109", "2080505", "207", "20701", "208"]
    missing = [f for f in findings if f.code == "E-CODE-MISSING"]
    assert {locator.address(f.path) for f in missing} == {
        L.sheet_cell(L.PUBLIC_LINES, *LINES.cell(5, "code")), L.sheet_cell(econ.sheet, *econ.cell(4, "code"))}
    assert "教育支出" in next(f.message for f in missing if f.path[1] == "lines")
    assert not [f for f in findings if f.code in ("E-CODE", "E-DUPLICATE")]
    assert [(e.code, e.final) for e in data.disclosure.basic_economics if e.code == "302"] == [("302", 150000)]
    found = disclose(data, findings)
    t3 = {r.values.get("code"): r.values for r in found.tables["公开03"].rows}
    assert t3["207"]["basic"] == Decimal(500000)
