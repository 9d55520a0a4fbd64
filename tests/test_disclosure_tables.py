"""The nine public tables as the 2024 上海 template prints them (issue 19), on the two real units of
tests/data/published: every cell's printed text — blank, "0.00" or "0" for a zero as the publisher
printed it (``[disclosure.layout] zeros``) —, the template's class list by year and region, 公开06's
fixed rows, the 合计 places, the headers, and a 尾数 note where rounded rows do not add."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from juesuan.core import catalog as c
from juesuan.disclosure import spec as s
from juesuan.disclosure.api import disclose
from juesuan.disclosure.grid import grid, rounding_gaps
from juesuan.sources.datafile import load, parse_document, read_document
from tests.test_published_unit import HERE, UNITS, corrected_rows, disclosed, expected_of


def _token(text: str) -> Decimal | str | None:
    """A cell as printed: blank (None), the zero forms "0.00" / "0" as such, other amounts as figures."""
    t = re.sub(r"\s+", "", text)
    if not t:
        return None
    if t in ("0.00", "0"):
        return t
    if re.fullmatch(r"-?[\d,]+\.\d{2}", t):
        return Decimal(t.replace(",", ""))
    return t


@pytest.mark.parametrize(("unit", "key"), [(u, f"公开0{i}") for u in UNITS for i in range(1, 10)])
def test_every_cell_printed_as_published(unit, key):
    want = corrected_rows(expected_of(unit), key, cell=_token)
    g = grid(disclosed(unit).tables[key])
    got = [[_token(g.text(i, j)) for j in range(len(g.kinds))] for i in range(len(g.body))]
    assert len(got) == len(want), (len(got), len(want))
    diffs = [(i, j, w[j], r[j]) for i, (w, r) in enumerate(zip(want, got, strict=True))
             for j in range(len(w)) if w[j] != r[j]]
    assert not diffs, diffs[:10]


def test_class_list_of_the_2024_shanghai_template():
    """表一/表四's 类: the 上海 2024 list (抗疫特别国债 last, 其他支出 二十三, no 预备费/转移性/债务), used from
    2024 on; a unit named 上海市… gets it without saying so; other regions fall back to the national list."""
    names = [name for _, name in c.function_classes(2025, "上海")]
    assert len(names) == 24 and names[22] == "其他支出" and names[23] == "抗疫特别国债安排的支出"
    assert not {"预备费", "转移性支出", "债务发行费用支出", "债务还本支出"} & set(names)
    national = [name for _, name in c.function_classes(2025, "")]
    assert "预备费" in national and "抗疫特别国债安排的支出" not in national
    assert c.function_classes(2025, "浙江") == c.function_classes(2025, "")  # no list kept: national
    t1 = disclosed("putuo_sthj_2025").tables["公开01"]
    labels = [r.values.get("out_name") for r in t1.rows if r.values.get("out_code")]
    assert labels[22:] == ["二十三、其他支出", "二十四、抗疫特别国债安排的支出"]


def _classes_of(tmp_path, region: str, name: str) -> list[str]:
    text = (HERE / "putuo_sthj_2025.toml").read_text(encoding="utf-8")
    src = tmp_path / "u.toml"
    src.write_text(text.replace("[disclosure]\n", f'[disclosure]\nregion = "{region}"\n', 1)
                   .replace('name = "上海市普陀区生态环境局"', f'name = "{name}"', 1), encoding="utf-8")
    t1 = disclose(*load(src)).tables["公开01"]
    return [str(r.values.get("out_name")) for r in t1.rows if r.values.get("out_code")]


def test_region_from_the_data_file_else_the_name_else_national(tmp_path):
    national = _classes_of(tmp_path, "", "某区生态环境局")
    assert "二十三、预备费" in national and "抗疫特别国债安排的支出" not in "".join(national)
    named = _classes_of(tmp_path, "上海", "某区生态环境局")
    assert named[-1] == "二十四、抗疫特别国债安排的支出"


def test_t6_prints_the_templates_fixed_rows():
    rows = disclosed("putuo_sthj_2025").tables["公开06"].rows
    left = [r.values["p_code"] for r in rows if r.values.get("p_code")]
    right = [r.values["c_code"] for r in rows if r.values.get("c_code")]
    fixed = [code for code, _ in s.t6_rows(2025, "上海")]
    assert left == [x for x in fixed if x[:3] in ("301", "303")]
    assert right == [x for x in fixed if x[:3] in ("302", "310")]
    assert "30203" in right  # the row this publisher left out
    # no list kept: the class rows over the lines typed
    assert [code for code, _ in s.t6_rows(2025, "")] == ["301", "302", "303"]
    assert [code for code, _ in s.t6_rows(2025, "", ["31002"])] == ["301", "302", "303", "310"]


def test_headers_and_total_places():
    t = disclosed("putuo_wenlv_2025").tables
    for key in ("公开02", "公开03", "公开05", "公开08"):
        g = grid(t[key])
        assert g.header[0].text == "项目" and any(m.text == "功能分类科目编码" for m in g.header), key
    assert t["公开05"].rows[-1].values["name"] == "合计"  # at the bottom, as the template
    assert t["公开03"].rows[0].values["name"] == "合计"   # at the top
    t4 = [r.values for r in t["公开04"].rows]
    assert [v.get("in_name") for v in t4[-4:-1]] == [label for label, _ in s.T4_INCOME]
    assert all(not v.get("out_name") for v in t4[-4:-1])


def test_zero_style_from_the_layout():
    sthj, wenlv = (disclosed(u).tables for u in UNITS)
    assert (sthj["公开01"].zeros, wenlv["公开01"].zeros, wenlv["公开07"].zeros) == ("0.00", "blank", "0")
    assert s.zeros_for("公开01", 2025, "") == "0.00" and s.zeros_for("公开01", 2025, "上海") == "blank"


def test_zero_style_by_column():
    """文旅 公开08 prints "0" except under 基本支出 (blank): ``zeros`` by column name, "*" for the rest;
    a name that is no column of the table is an E-LAYOUT error, never ignored."""
    t8 = disclosed("putuo_wenlv_2025").tables["公开08"]
    g = grid(t8)
    basic = [col.key for col in t8.spec.columns].index("basic")
    assert t8.zeros == "0" and g.column_zeros[basic] == "blank" and set(g.column_zeros) == {"", "blank"}
    zero_rows = [i for i in range(len(g.body)) if g.body[i][basic] == 0]
    assert zero_rows and all(g.text(i, basic) == "" for i in zero_rows)
    assert any(g.text(i, 2) == "0" for i in range(len(g.body)))  # 年初结转和结余 prints its zeros "0"
    doc = read_document(HERE / "putuo_wenlv_2025.toml")
    doc["disclosure"]["layout"]["公开08"]["zeros"] = {"*": "0", "基本": "blank"}
    found = [f for f in disclose(*parse_document(doc)).findings if f.code == "E-LAYOUT"]
    assert len(found) == 1 and "“基本”" in found[0].message
    doc["disclosure"]["layout"]["公开08"]["zeros"] = {"基本支出": "none"}
    assert [f.code for f in parse_document(doc)[1]] == ["E-LAYOUT"]


ROUNDED_TABLES = {"putuo_sthj_2025": {"公开03", "公开05", "公开06"},
                  "putuo_wenlv_2025": {"公开02", "公开03", "公开05", "公开06"}}


@pytest.mark.parametrize("unit", UNITS)
def test_rounding_note_where_printed_figures_do_not_add(unit):
    """Where a printed total is not the sum of its printed parts (the publisher's 尾数: e.g. 公开03's
    项目支出 合计 1,367.76 beside 类 rows adding to 1,367.75; 公开06's 310 14.44 beside 13.94 + 0.49), the
    table carries the 尾数 note; tables that add as printed do not."""
    noted = {t.key for t in disclosed(unit).tables if s.ROUNDING_NOTE in grid(t).notes}
    assert noted == ROUNDED_TABLES[unit]
    t3 = grid(disclosed("putuo_sthj_2025").tables["公开03"])
    gaps = dict(rounding_gaps(disclosed("putuo_sthj_2025").tables["公开03"], t3.body))
    assert gaps[(0, 4)] == Decimal("0.01")  # 合计 项目支出 1,367.76 − Σ类 1,367.75


def test_xlsx_keeps_published_totals_beside_rounded_parts():
    """The .xlsx writes a total as a formula only where its parts add to it exactly: a published total
    beside its rounded parts stays the published figure (1,367.76), not Excel's sum (1,367.75)."""
    from io import BytesIO

    from openpyxl import load_workbook

    from juesuan.disclosure.api import xlsx_bytes

    book = load_workbook(BytesIO(xlsx_bytes(disclosed("putuo_sthj_2025"))))
    ws = book["公开03"]
    row = next(r for r in ws.iter_rows() if any(c.value == "合计" for c in r))
    values = [c.value for c in row]
    assert values[4] == pytest.approx(1367.76)  # a figure, not "=SUM of the 类 rows"
    assert str(values[2]).startswith("=")  # 本年支出合计 4,733.14: its 类 rows add to it, a formula


def test_xlsx_prints_zeros_and_headers_as_the_word_tables():
    """The .xlsx shows a zero as its table (and column) does, in formula cells too — blank, "0" —, and
    breaks a narrow header label as the Word tables do (功能分类 | 科目编码)."""
    from io import BytesIO

    from openpyxl import load_workbook

    from juesuan.disclosure.api import xlsx_bytes

    book = load_workbook(BytesIO(xlsx_bytes(disclosed("putuo_wenlv_2025"))))
    ws = book["公开02"]
    assert any(c.value == "功能分类\n科目编码" for r in ws.iter_rows() for c in r)
    formats = {c.number_format for r in ws.iter_rows() for c in r if isinstance(c.value, (int, float, str))
               and str(c.value)[:1] in "=0123456789"}
    assert "#,##0.00;-#,##0.00;" in formats  # the 上海 default: a zero left blank
    ws8 = book["公开08"]
    header = next(r for r in ws8.iter_rows() if any(c.value == "基本支出" for c in r))
    t8 = disclosed("putuo_wenlv_2025").tables["公开08"]
    keys = [col.key for col in t8.spec.columns]
    body = list(ws8.iter_rows(min_row=header[0].row + 1, max_row=header[0].row + len(t8.rows)))
    assert body[0][0].value == "合计" and body[-1][0].value
    assert {r[keys.index("basic")].number_format for r in body} == {"#,##0.00;-#,##0.00;"}
    assert {r[keys.index("opening")].number_format for r in body} == {"#,##0.00;-#,##0.00;0"}


def test_t6_and_t7_headers_are_the_templates():
    t = disclosed("putuo_sthj_2025").tables
    g6 = grid(t["公开06"])
    assert g6.header_rows == 1 and [m.text for m in g6.header] == ["经济分类科目编码", "科目名称", "决算数"] * 2
    g7 = grid(t["公开07"])
    cells = {(m.row, m.col, m.last_row, m.last_col): m.text for m in g7.header}
    assert cells[(0, 0, 0, 11)] == "财政拨款“三公”经费"
    assert cells[(1, 0, 2, 1)] == "合计" and cells[(1, 4, 1, 9)] == "公务用车购置及运行维护费"
    assert [cells[(2, c, 2, c + 1)] for c in (4, 6, 8)] == ["小计", "公务用车购置费", "公务用车运行维护费"]
    assert [cells[(3, c, 3, c)] for c in range(12)] == ["预算数", "决算数"] * 6


def _document(unit: str):
    from io import BytesIO

    from docx import Document

    from juesuan.disclosure.api import docx_bytes

    return Document(BytesIO(docx_bytes(disclosed(unit))))


def test_word_has_cover_contents_and_units_table():
    doc = _document("putuo_wenlv_2025")
    texts = [p.text for p in doc.paragraphs]
    assert texts[:2] == ["上海市普陀区文化和旅游局", "2025年度部门决算"]  # the 封面, alone on page 1
    at = texts.index("目　　录")
    contents = texts[at + 1:at + 40]
    for line in ("第一部分　上海市普陀区文化和旅游局概况", "第二部分　上海市普陀区文化和旅游局2025年度部门决算表",
                 "一、收入支出决算总表", "九、国有资本经营预算财政拨款收入支出决算表",
                 "第三部分　上海市普陀区文化和旅游局2025年度部门决算情况说明", "第四部分　名词解释"):
        assert line in contents, line
    units = next(t for t in doc.tables if t.rows[0].cells[0].text == "序号")
    assert [c.text for c in units.rows[0].cells] == ["序号", "单位名称", "备注"]
    assert [r.cells[1].text for r in units.rows[1:]][:2] == ["上海市普陀区文化和旅游局（本级）",
                                                              "上海市普陀区文化和旅游局执法大队"]
    assert len(units.rows) == 6
    assert "上海市普陀区文化和旅游局2025年度部门决算表" in texts  # table 1's page heading, as the template


def test_cover_title_never_leaves_one_character_alone():
    from juesuan.disclosure.word import COVER_MIN, cover_lines

    long = "某某省某某市某某县某某乡镇人民政府农业农村综合服务中心"
    for name in ("上海市普陀区生态环境局", "上海市普陀区文化和旅游局", long):
        lines, size = cover_lines(name, 442.0)
        assert "".join(lines) == name and all(len(x) > 1 for x in lines)
        assert size * max(len(x) for x in lines) <= 442.0 and (size >= COVER_MIN or len(lines) == 2)


def test_line_under_the_title_is_the_templates():
    assert grid(disclosed("putuo_sthj_2025").tables["公开03"]).unit_line == ("", "", "单位：万元")
    assert s.unit_line_for("公开03", "某县农业农村局", 2023, "") == ("编制单位：某县农业农村局", "2023年度",
                                                                  "公开03表　单位：万元")


def test_part_headings_fit_one_line():
    from juesuan.disclosure.word import TEXT_WIDTH, part_size
    from juesuan.export.word import text_ems

    heading = "第三部分　上海市普陀区生态环境局2025年度部门决算情况说明"
    size = part_size(heading, TEXT_WIDTH.pt)
    assert 12 <= size < 15 and size * text_ems(heading) <= TEXT_WIDTH.pt
    assert part_size("第四部分　名词解释", TEXT_WIDTH.pt) == 15  # the template's 黑体 15pt


def test_total_labels_span_code_and_name():
    t = disclosed("putuo_wenlv_2025").tables
    spans5 = grid(t["公开05"]).spans
    assert [(m.col, m.last_col, m.text) for m in spans5] == [(0, 1, "合计")]
    assert spans5[0].row == len(t["公开05"].rows) - 1
    six = grid(t["公开06"]).spans
    assert [(m.col, m.last_col, m.text) for m in six] == [(0, 1, "人员经费合计"), (3, 4, "公用经费合计")]


def test_names_flush_left_in_the_shanghai_form():
    assert set(grid(disclosed("putuo_sthj_2025").tables["公开03"]).indent) == {0}
    assert s.indent_names(2025, "") and not s.indent_names(2025, "上海")


def test_word_tables_are_laid_out_as_the_template():
    """trial D6: labels flush left except 合计/总计 (centred); header cells centred vertically;
    功能分类 | 科目编码 broken where the template breaks it; 合计 one cell over 编码 + 名称; the template's
    10.5pt where the page is wide enough (公开01's four columns)."""
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc = _document("putuo_wenlv_2025")
    t1 = next(t for t in doc.tables if t.rows[0].cells[0].text == "收入")
    align = {c.text: c.paragraphs[0].alignment for r in t1.rows for c in r.cells if c.text}
    assert align["本年收入合计"] == align["总计"] == align["本年支出合计"] == WD_ALIGN_PARAGRAPH.CENTER
    assert align["年初结转和结余"] == align["年末结转和结余"] == align["结余分配"] == WD_ALIGN_PARAGRAPH.LEFT
    sizes = {run.font.size.pt for r in t1.rows for c in r.cells for p in c.paragraphs for run in p.runs}
    assert sizes == {10.5}
    t2 = next(t for t in doc.tables if "本年收入合计" in [c.text for c in t.rows[0].cells])
    head = t2.rows[1].cells[0]
    assert head.text == "功能分类\n科目编码" and head.vertical_alignment == WD_CELL_VERTICAL_ALIGNMENT.CENTER
    total = next(r for r in t2.rows if "合计" in [c.text for c in r.cells])
    assert total.cells[0]._tc is total.cells[1]._tc and total.cells[0].text == "合计"
    assert total.cells[0].paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.CENTER
    coded = next(r for r in t2.rows if r.cells[0].text.isdigit())
    assert coded.cells[1].paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.LEFT


def test_t6_fixed_class_rows_sum_the_typed_items(tmp_path):
    """公开06 typed at 款 level only (the 类 lines left out): the template's fixed 类 rows print the
    sum of their 款, not a zero, and the checks stay quiet (trial FE-1)."""
    text = (HERE / "putuo_sthj_2025.toml").read_text(encoding="utf-8")
    blocks = text.split("[[disclosure.basic_economics]]\n")
    kept = [blk for blk in blocks[1:] if not re.match(r'code = "\d{3}"\n', blk)]
    assert len(kept) < len(blocks) - 1  # some 类 lines removed
    src = tmp_path / "u.toml"
    src.write_text(blocks[0] + "".join("[[disclosure.basic_economics]]\n" + blk for blk in kept), encoding="utf-8")
    whole = disclosed("putuo_sthj_2025")
    out = disclose(*load(src))
    for side in ("p", "c"):
        want = {r.values[f"{side}_code"]: r.values[f"{side}_amount"]
                for r in whole.tables["公开06"].rows if r.values.get(f"{side}_code")}
        got = {r.values[f"{side}_code"]: r.values[f"{side}_amount"]
               for r in out.tables["公开06"].rows if r.values.get(f"{side}_code")}
        heads = [code for code in want if len(code) == 3]
        for head in heads:  # the sum of the 款 as typed (the published 类 may differ by its rounding)
            kids = sum(amount for code, amount in got.items() if len(code) == 5 and code.startswith(head))
            assert got[head] == kids and abs(got[head] - want[head]) <= 100, (head, got[head], want[head])
    assert not [f for f in out.findings if f.code in ("D-T6-SUM", "D-PARENT")]


def test_t6_of_the_national_layout_heads_each_panel_with_its_classes():
    """A region without a 公开06 template (the sample unit, 内蒙古) printed its 款 with no class rows: now
    301 and 303 head 人员经费, 302 (and 310 where a 款 of it is typed) head 公用经费, each the sum of its 款."""
    from juesuan.sources.datafile import sample_path

    out = disclose(*load(sample_path()))
    assert not s._of_template(s.T6_ROWS, out.books.data.unit.year, out.books.d.region)
    for side, heads in (("p", ["301", "303"]), ("c", ["302", "310"])):
        rows = [(r.values[f"{side}_code"], r.values[f"{side}_name"], r.values[f"{side}_amount"])
                for r in out.tables["公开06"].rows if r.values.get(f"{side}_code")]
        assert [code for code, _, _ in rows if len(code) == 3] == heads, side
        for i, (code, name, amount) in enumerate(rows):
            if len(code) == 3:
                kids = [x for x in rows if len(x[0]) == 5 and x[0][:3] == code]
                assert name == c.ECONOMIC_CLASSES[code] and amount == sum((x[2] for x in kids), Decimal(0))
                assert rows[i + 1:i + 1 + len(kids)] == kids, code  # the class over its 款
    assert not [f for f in out.findings if f.code in ("D-T6-SUM", "D-PARENT", "D-T5-T6")]


def test_t6_typed_at_class_level_only_names_the_typed_rows(tmp_path):
    """公开06 typed as 301/302/303 with their amounts and no 款: the template prints each 款 as a fixed
    row, which would show 0. One finding a 类, at its input row, saying to type the 款 — not
    「公开06：科目301不等于其下各款之和（438.17 ≠ 0.00）」 about a table the accountant never typed."""
    text = (HERE / "putuo_sthj_2025.toml").read_text(encoding="utf-8")
    blocks = text.split("[[disclosure.basic_economics]]\n")
    kept = [blk for blk in blocks[1:] if re.match(r'code = "\d{3}"\n', blk)]
    assert kept and len(kept) < len(blocks) - 1  # only the 类 lines
    src = tmp_path / "u.toml"
    src.write_text(blocks[0] + "".join("[[disclosure.basic_economics]]\n" + blk for blk in kept), encoding="utf-8")
    out = disclose(*load(src))
    codes = [r.values.get("p_code") for r in out.tables["公开06"].rows] + \
        [r.values.get("c_code") for r in out.tables["公开06"].rows]
    assert "301" in codes
    found = [f for f in out.findings if f.code == "D-PARENT"]  # the 类 rows as typed, one finding each
    assert {f.path[:2] for f in found} == {("disclosure", "basic_economics")}
    assert len(found) == len(kept)
    assert "只填了类" in found[0].message and "请按款逐行填写决算数" in found[0].message
    # a year whose template prints only the typed rows: the 类 alone is the table's row, no finding
    src.write_text(src.read_text(encoding="utf-8").replace("year = 2025", "year = 2023", 1), encoding="utf-8")
    out = disclose(*load(src))
    assert not [r for r in out.tables["公开06"].rows if len(str(r.values.get("p_code") or "")) == 5]
    assert not [f for f in out.findings if f.code == "D-PARENT"]
