"""The reader's fidelity bench (tests/pdf_bench.py, benchmarks/bench_review_fidelity.py): a few variants
here, every true figure read into its cell or sentence and none invented; the measure itself; and the
layouts the bench found the reader losing."""

from __future__ import annotations

import pytest

from juesuan.review.blocks import Block, Blocks
from juesuan.review.pdf_assemble import _assemble
from tests import pdf_bench, pdf_measure

HEAD = [["经济分类科目编码", None, "科目名称", "决算数"] * 2, ["类", "款", None, None] * 2]
RULES = [65.0, 94.0, 116.0, 241.0, 298.0, 326.0, 349.0, 473.0, 530.0]


def test_a_two_sided_total_row_alone_overleaf_keeps_its_columns():
    """公开06 broken before its last row, its header rows not repeated: overleaf one row of four cells
    (「人员经费合计」 and 「公用经费合计」 each merged over code and name). Each cell goes under the columns
    whose rules it spans, so both totals keep their amounts."""
    foot = [*HEAD, ["301", "01", "基本工资", "405.36", "302", "01", "办公费", "92.11"],
            ["", "", "", "", "310", "99", "其他资本性支出", "0.00"]]
    overleaf = [["人员经费合计", "2,949.02", "公用经费合计", "416.36"]]
    blocks = Blocks()
    _assemble([(9, 842.0, [], [(100.0, foot, RULES)], []),
               (10, 842.0, [], [(68.0, overleaf, [65.0, 241.0, 298.0, 473.0, 530.0])], [])], set(), blocks)
    assert [b.is_table for b in blocks] == [True]
    rows = {r[1]: r[2] for r in blocks[0].rows}
    assert rows["人员经费合计"] == "2,949.02" and rows["公用经费合计"] == "416.36"


def _joined(row: list[str]) -> list[str]:
    """A row as a reader gives it: a code's 类|款|项 cells one cell."""
    out: list[str] = []
    for c in row:
        if out and out[-1].isdigit() and (c.isdigit() or not c):
            out[-1] += c
        else:
            out.append(c)
    return out


def _as_read(v: pdf_bench.Variant) -> list[Block]:
    """The truth of ``v`` as a perfect reader would give it: its paragraphs, its tables' rows."""
    t = pdf_bench.truth(v)
    out = [Block(p, "") for p in t.paragraphs]
    for _, g in t.tables:
        rows = [_joined([c for k, c in enumerate(r) if k not in {c for n, c0, c1 in g.body_merges if n == i
                                                                 for c in range(c0 + 1, c1 + 1)}])
                for i, r in enumerate(g.body)]
        out.append(Block("", "", [[c or "" for c in h] for h in g.header] + rows))
    return out


def test_the_measure_counts_what_is_lost_and_invented():
    v = pdf_bench.Variant("truth", zero="-")
    perfect = pdf_measure.compare(v, _as_read(v))
    assert perfect.coverage == 1.0 and perfect.false == 0 and perfect.cells[1] > 500 and perfect.words[1] > 150
    blocks = _as_read(v)
    table = next(b for b in blocks if b.is_table and any("社会保障和就业支出" in r for r in b.rows))  # 公开02
    row = next(r for r in table.rows if "社会保障和就业支出" in r)
    assert row[2:4] == ["471.44", "471.44"]
    row[3] = "1.00"  # 财政拨款收入 misread
    text = next(b for b in blocks if "本年收入合计" in b.text and "万元" in b.text)
    text.text = text.text.replace("4733.14", "4733.1", 1) + "第3页"  # a figure cut, a footer read in
    hurt = pdf_measure.compare(v, blocks)
    assert hurt.cells[0] == perfect.cells[0] - 1  # the true 471.44 in 财政拨款收入 is read as 1.00
    assert hurt.words[0] == perfect.words[0] - 1
    assert hurt.false_cells == 1 and hurt.false_words == 2  # 1.00; 4733.1 and the footer's 3
    code = next(r for r in table.rows if r[0] == "2080501")
    code[:1] = ["20805", "01"]  # a code read in two cells: the row is not read
    assert pdf_measure.compare(v, blocks).cells[0] == hurt.cells[0] - 7  # its seven amounts (「-」 for 0)


SAMPLE = ("glyphs-continued", "lo-all", "lo-unruled-center")


@pytest.mark.parametrize("name", SAMPLE)
def test_sample_variants_are_read_whole(tmp_path, name):
    from tests import pdf_docs

    v = next(v for v in pdf_bench.VARIANTS if v.name == name)
    if v.producer == "lo" and pdf_docs.soffice() is None:
        pytest.skip("LibreOffice (soffice) missing")
    # (lo-unruled-center: a row of blank zeros whose name wraps in its cell and is broken across the page, its
    # name's tail the first line overleaf: that row's, not a row of its own)
    s = pdf_measure.measure(v, pdf_bench.build([v], tmp_path)[v.name])
    assert (s.coverage, s.false) == (1.0, 0), (s.lost[:5], s.invented[:5])


def test_an_unruled_table_with_blank_zeros_and_figures_close_together(tmp_path):
    """收入决算表 printed without rules, its zeros blank, its amount columns so narrow that two figures
    right-aligned side by side stand a fraction of a character apart (「4,733.14 4,733.14」): read as a
    table, each figure in its own cell."""
    from juesuan.review.extract import read
    from tests import pdf_glyphs

    v = pdf_bench.Variant("unruled", producer="glyphs", borders=False, table_size=10.5, zero="")
    _, grid = pdf_bench.truth(v).tables[1]
    grid.body = grid.body[:8]
    w = pdf_glyphs.Writer(borders=False)
    w.paragraph("收入决算表", 15, center=True, bold=True)
    w.paragraph("单位：万元", 9, right=True)
    w.table(grid, 10.5, "")
    w.paragraph("注：本表反映部门本年度取得的各项收入情况。", 9, indent=False)
    tables = [b for b in read(pdf_glyphs.write_pdf(w.pages, tmp_path / "unruled.pdf")) if b.is_table]
    assert len(tables) == 1
    rows = tables[0].rows
    at = next(r.index("本年收入合计") for r in rows if "本年收入合计" in r)  # its amounts under their heads
    assert [r[at:at + 2] for r in rows if "合计" in r or "行政单位离退休" in r] == [
        ["4,733.14", "4,733.14"], ["51.98", "51.98"]]


def test_code_cells_under_one_header_cell_for_two_parts():
    """An unruled table's narrow code columns: 「类」 and 「款」 too close to be parted, so its header reads
    「类款」|「项」 and its rows 「20805」|「01」: the code is still one (2080501)."""
    from juesuan.review.pdf_tables import tidy

    rows = [["功能分类科目编码", None, "科目名称", "本年收入合计"], ["类款", "项", None, None],
            ["", "合计", "", "4,733.14"], ["208", "", "社会保障和就业支出", "471.44"],
            ["20805", "", "行政事业单位养老支出", "460.67"], ["20805", "01", "行政单位离退休", "51.98"]]
    assert [r[:2] for r in tidy(rows)[1:]] == [["", "合计"], ["208", "社会保障和就业支出"],
                                                ["20805", "行政事业单位养老支出"], ["2080501", "行政单位离退休"]]


def test_an_unruled_first_row_with_its_name_wrapped_above_its_figures(tmp_path):
    """一般公共预算财政拨款支出决算表 without rules, its names wrapped in a narrow cell and centred on the
    row's figures: the first row's first name line stands above its figures, below the header. It is
    the row's (「社会保障和就业支出」), not a header line or a row of its own."""
    from juesuan.review.extract import read
    from tests import pdf_glyphs

    v = pdf_bench.Variant("unruled", producer="glyphs", borders=False, name_width=1.6, table_size=10.5, zero="")
    _, grid = pdf_bench.truth(v).tables[4]
    grid.body = grid.body[:8]
    w = pdf_glyphs.Writer(borders=False)
    w.paragraph("一般公共预算财政拨款支出决算表", 15, center=True)
    w.paragraph("单位：万元", 9, right=True)
    w.table(grid, 10.5, "")
    w.paragraph("注：本表反映部门本年度一般公共预算财政拨款支出情况。", 9, indent=False)
    tables = [b for b in read(pdf_glyphs.write_pdf(w.pages, tmp_path / "wrapped.pdf")) if b.is_table]
    assert [r[:3] for r in tables[0].rows[1:3]] == [["208", "社会保障和就业支出", "471.44"],
                                                    ["20805", "行政事业单位养老支出", "460.67"]]


def _unruled(tmp_path, key: int, rows: int, v: pdf_bench.Variant, note: str):
    """Table ``key`` of ``v``'s truth (its first ``rows`` body rows) printed alone without rules, as read."""
    from juesuan.review.extract import read
    from tests import pdf_glyphs

    _, grid = pdf_bench.truth(v).tables[key]
    grid.body = grid.body[:rows]
    w = pdf_glyphs.Writer(borders=False, valign=v.valign or "center", short_first=v.short_first)
    w.paragraph("表", 15, center=True)
    w.paragraph("单位：万元", 9, right=True)
    w.table(grid, v.table_size, "")
    w.paragraph(note, 9, indent=False)
    return [b for b in read(pdf_glyphs.write_pdf(w.pages, tmp_path / "t.pdf")) if b.is_table]


def test_an_unruled_two_sided_table_whose_left_labels_are_all_wrapped(tmp_path):
    """财政拨款收入支出决算总表 without rules: every 收入 label is wrapped in its cell (its first line the
    short one), so no row's line holds a glyph of the 收入 项目 column. Its column is still one of its own
    (the labels' pieces part it from the 决算数 beside it), the header's 「项目」 and 「决算数」 two cells."""
    v = pdf_bench.Variant("unruled", producer="glyphs", borders=False, table_size=10.5, short_first=True)
    tables = _unruled(tmp_path, 3, 6, v, "注：本表反映部门本年度财政拨款总收支情况。")
    assert len(tables) == 1
    rows = tables[0].rows
    assert ["一、一般公共预算财政拨款", "4,733.14", "一、一般公共服务支出", "0.00", "0.00", "0.00", "0.00"] in rows
    assert ["三、国有资本经营预算财政拨款", "0.00", "三、国防支出", "0.00", "0.00", "0.00", "0.00"] in rows


@pytest.mark.parametrize("short_first", [False, True])
def test_unruled_names_wrapped_in_middle_rows_go_with_their_own_rows(tmp_path, short_first):
    """基本支出决算表 without rules, its names wrapped in narrow cells (two to four lines, either line the
    short one) and centred on their rows' figures: a four-line name's first line stands nearer the row
    above than its own. Each piece goes to the row whose cell it is, the first row's first line too."""
    v = pdf_bench.Variant("unruled", producer="glyphs", borders=False, name_width=1.6, table_size=10.5, zero="",
                          short_first=short_first)
    tables = _unruled(tmp_path, 5, 12, v, "注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。")
    assert len(tables) == 1
    rows = [r[:3] for r in tables[0].rows]
    for row in (["301", "工资福利支出", "2,857.05"], ["30107", "绩效工资", "655.52"],
                ["30108", "机关事业单位基本养老保险缴费", "229.67"], ["30110", "职工基本医疗保险缴费", "109.34"],
                ["302", "商品和服务支出", "401.93"], ["30209", "物业管理费", "94.72"]):
        assert row in rows


@pytest.mark.parametrize("size", [10.5, 12.0])
def test_an_unruled_two_sided_table_with_blank_zeros_going_on_overleaf(tmp_path, size):
    """财政拨款收入支出决算总表 without rules, its zeros blank (most lines hold no figure, so it is read from
    its header: two 「项目」), its labels wrapped: it reaches the page's foot and goes on overleaf under its
    header again. Read with its rows overleaf as one table; the rows overleaf are rows of their own, not
    pieces of the last wrapped label above them. In 12 pt its heads wrap over six lines and its figures
    in their cells (「3,742.4」 | 「7」), and the rows overleaf open with labels alone: the header printed
    again is dropped all the same, each wrapped label stays in its row."""
    from juesuan.review.extract import read
    from tests import pdf_glyphs

    v = pdf_bench.Variant("unruled", producer="glyphs", borders=False, table_size=size, zero="")
    _, grid = pdf_bench.truth(v).tables[3]
    w = pdf_glyphs.Writer(borders=False)
    w.paragraph("财政拨款收入支出决算总表", 15, center=True)
    w.paragraph("单位：万元", 9, right=True)
    w.table(grid, size, "", repeat=True)
    w.paragraph("注：本表反映部门本年度财政拨款总收支和结转结余情况。", 9, indent=False)
    assert len(w.pages) == 2
    tables = [b for b in read(pdf_glyphs.write_pdf(w.pages, tmp_path / "t.pdf")) if b.is_table]
    assert len(tables) == 1
    rows = tables[0].rows
    assert ["八、社会保障和就业支出", "471.44", "471.44"] in [[x for x in r if x] for r in rows]
    assert ["十、节能环保支出", "3,742.47", "3,742.47"] in [[x for x in r if x] for r in rows]
    assert ["十四、资源勘探工业信息等支出"] in [[x for x in r if x] for r in rows]
    assert ["二十一、国有资本经营预算支出"] in [[x for x in r if x] for r in rows]
    assert ["十九、住房保障支出", "409.89", "409.89"] in [[x for x in r if x] for r in rows]
    assert ["本年收入合计", "4,733.14", "本年支出合计", "4,733.14", "4,733.14"] in [[x for x in r if x] for r in rows]


def test_an_unruled_two_sided_table_with_its_cells_at_the_top_of_their_rows(tmp_path):
    """收入支出决算总表 without rules, each cell's lines at the top of its row (Word's default): a wrapped
    label's first line (the short one) stands beside the row's figures, its second below them. The row
    is the line with the figures, not the middle of the row's lines."""
    v = pdf_bench.Variant("unruled", producer="glyphs", borders=False, table_size=10.5, valign="top",
                          short_first=True)
    tables = _unruled(tmp_path, 0, 40, v, "注：本表反映部门本年度的总收支和年末结转结余情况。")
    assert len(tables) == 1
    rows = tables[0].rows
    assert ["三、国有资本经营预算财政拨款收入", "0.00", "三、国防支出", "0.00"] in rows
    assert ["八、其他收入", "0.00", "八、社会保障和就业支出", "471.44"] in rows



@pytest.mark.parametrize("size", [8.0, 10.5, 12.0])
def test_an_unruled_one_row_table_with_blank_cells_takes_its_columns_from_its_header(tmp_path, size):
    """财政拨款“三公”经费支出决算表 without rules, its one row's zeros blank: the body's figures leave whole
    预算数 | 决算数 pairs without a glyph, so the header's last line parts those columns (its heads less than
    a character apart in larger type, a fifth of one in 12 pt: 「预算数决算数…」); each figure stays under its
    own head (公务接待费's 0.50 is a 预算数, not the table's last 决算数)."""
    v = pdf_bench.Variant("unruled", producer="glyphs", borders=False, zero="", table_size=size)
    tables = _unruled(tmp_path, 6, 1, v, "注：本表反映部门本年度“三公”经费支出预决算情况。")
    assert len(tables) == 1
    assert tables[0].rows[-2] == ["预算数", "决算数"] * 6
    assert tables[0].rows[-1] == ["21.00", "16.95", "", "", "20.50", "16.95", "", "", "20.50", "16.95", "0.50", ""]


@pytest.mark.parametrize("shift", [5.0, -4.0])
def test_an_unruled_table_going_on_overleaf_with_its_columns_a_few_points_off(tmp_path, shift):
    """收入决算表 without rules, going on overleaf where its rest was laid out again by hand: every column
    a few points off. The rows overleaf are read under the columns above (their figures' right edges
    matched), as one table."""
    from juesuan.review.extract import read
    from tests import pdf_glyphs

    v = pdf_bench.Variant("unruled", producer="glyphs", borders=False, table_size=10.5, zero="")
    _, grid = pdf_bench.truth(v).tables[1]
    w = pdf_glyphs.Writer(borders=False, shift=shift)
    w.paragraph("收入决算表", 15, center=True)
    w.paragraph("单位：万元", 9, right=True)
    w.table(grid, 10.5, "", repeat=True)
    w.paragraph("注：本表反映部门本年度取得的各项收入情况。", 9, indent=False)
    assert len(w.pages) == 2
    tables = [b for b in read(pdf_glyphs.write_pdf(w.pages, tmp_path / "t.pdf")) if b.is_table]
    assert len(tables) == 1
    rows = {r[0]: r[1:4] for r in tables[0].rows}
    assert rows["2210203"] == ["购房补贴", "202.20", "202.20"]
    assert rows["221"] == ["住房保障支出", "409.89", "409.89"]


def test_an_unruled_first_row_set_at_its_foot_keeps_its_name_from_the_header(tmp_path):
    """基本支出决算表 without rules, each cell's lines at the foot of its row (a spreadsheet's default): the
    first row's names (工资福利|支出, 商品和服|务支出) have their first lines above the row's figures, right
    under the header. Those lines are the row's, each where a cell of the row's line starts."""
    v = pdf_bench.Variant("unruled", producer="glyphs", borders=False, name_width=1.6, table_size=10.5, zero="",
                          valign="bottom")
    tables = _unruled(tmp_path, 5, 12, v, "注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。")
    assert len(tables) == 1
    rows = [r[:3] for r in tables[0].rows]
    assert ["301", "工资福利支出", "2,857.05"] in rows and ["302", "商品和服务支出", "401.93"] in rows
    assert ["30108", "机关事业单位基本养老保险缴费", "229.67"] in rows


def test_an_unruled_table_under_a_band_whose_last_head_is_wrapped_below_the_heads(tmp_path):
    """支出决算表 without rules, its zeros blank, the amounts' heads under a band 「本年支出」 merged over two
    header rows (小计 | 基本支出 | … in the row of 类 | 款 | 项): the last head is wrapped in its cell, its
    tail 「助支出」 the header's last line. Blank columns are parted by the line of the heads, not that tail."""
    v = pdf_bench.Variant("unruled", producer="glyphs", borders=False, zero="", band=True)
    tables = _unruled(tmp_path, 2, 10, v, "注：本表反映部门本年度各项支出情况。")
    assert len(tables) == 1
    rows = tables[0].rows
    assert next(r for r in rows if "小计" in r)[-6:-1] == \
        ["小计", "基本支出", "项目支出", "上缴上级支出", "经营支出"]
    assert next(r for r in rows if "行政单位离退休" in r)[-6:] == ["51.98", "51.98", "", "", "", ""]


def test_an_unruled_total_row_with_figures_wrapped_above_a_first_row_with_its_name_wrapped(tmp_path):
    """收入决算表 without rules in 12 pt type in cells made for 8 pt: the 合计 row's figures are wrapped in
    their narrow cells (「4,733.1」 above its label, 「4」 below) and the first coded row's name is wrapped
    around its line (「社会保障和就业」 above 「208 471.44 471.44」). The 合计 row is read over that name's
    first line, its figures whole."""
    v = pdf_bench.Variant("unruled", producer="glyphs", borders=False, zero="", table_size=12.0)
    tables = _unruled(tmp_path, 1, 6, v, "注：本表反映部门本年度取得的各项收入情况。")
    assert len(tables) == 1
    rows = [[c for c in r if c] for r in tables[0].rows]
    assert ["合计", "4,733.14", "4,733.14"] in rows
    assert ["208", "社会保障和就业支出", "471.44", "471.44"] in rows


def test_an_unruled_row_set_at_its_foot_broken_across_pages_keeps_its_rest_overleaf(tmp_path):
    """收入决算表 without rules, each cell's lines at the foot of its row, a row broken across the pages (the
    default): the broken row prints top-aligned, its name's rest 「法规、规 / 划及标准」 at the top overleaf
    above the next row's first lines (「生态环境 / 保护行政」, set at that row's foot). The rest is the broken
    row's: the next row keeps only the lines a lead apart from its own."""
    from juesuan.review.extract import read
    from tests import pdf_glyphs

    v = pdf_bench.Variant("unruled", producer="glyphs", borders=False, name_width=1.6, table_size=10.5, zero="",
                          valign="bottom")
    _, grid = pdf_bench.truth(v).tables[1]
    w = pdf_glyphs.Writer(borders=False, split_rows=True, valign="bottom")
    w.paragraph("收入决算表", 15, center=True)
    w.paragraph("单位：万元", 9, right=True)
    w.table(grid, 10.5, "", repeat=False)
    w.paragraph("注：本表反映部门本年度取得的各项收入情况。", 9, indent=False)
    assert [r[:3] for r, _ in w.splits] == [["211", "01", "05"]]  # (the row broken across the pages)
    tables = [b for b in read(pdf_glyphs.write_pdf(w.pages, tmp_path / "t.pdf")) if b.is_table]
    assert len(tables) == 1
    rows = [[c for c in r if c] for r in tables[0].rows]
    assert ["2110105", "环境保护法规、规划及标准", "7.50", "7.50"] in rows
    assert ["2110107", "生态环境保护行政许可", "30.50", "30.50"] in rows


def test_an_unruled_first_row_set_at_its_foot_with_two_lines_of_its_name_above(tmp_path):
    """一般公共预算财政拨款支出决算表 without rules, cells set at the foot of their rows: the first row's name
    has two lines above its figures (「社会保障 / 和就业支」, 「出」 beside them), one lead apart, further
    below the header. They are the row's, not header lines."""
    v = pdf_bench.Variant("unruled", producer="glyphs", borders=False, name_width=1.6, table_size=10.5, zero="",
                          valign="bottom")
    tables = _unruled(tmp_path, 4, 6, v, "注：本表反映部门本年度一般公共预算财政拨款支出情况。")
    assert len(tables) == 1
    rows = [[c for c in r if c] for r in tables[0].rows]
    assert ["208", "社会保障和就业支出", "471.44", "460.67", "10.77"] in rows


def test_an_unruled_two_sided_table_with_figures_left_aligned_close_after_their_labels(tmp_path):
    """财政拨款收入支出决算总表 without rules, zeros blank, figures at their cells' left, cells at the top of
    their rows: a label filling its cell has its figure less than a character after it on its line
    (「一、一般公共预算财4,733.14」). Still a row of the table (read from its header), label and figure
    parted by the columns."""
    from juesuan.review.extract import read
    from tests import pdf_glyphs

    v = pdf_bench.Variant("unruled", producer="glyphs", borders=False, zero="", ragged="left")
    _, grid = pdf_bench.truth(v).tables[3]
    grid.body = grid.body[:12]
    w = pdf_glyphs.Writer(borders=False, valign="top", ragged="left")
    w.paragraph("财政拨款收入支出决算总表", 15, center=True)
    w.paragraph("单位：万元", 9, right=True)
    w.table(grid, 10.5, "")
    w.paragraph("注：本表反映部门本年度财政拨款总收支和结转结余情况。", 9, indent=False)
    tables = [b for b in read(pdf_glyphs.write_pdf(w.pages, tmp_path / "t.pdf")) if b.is_table]
    assert len(tables) == 1
    rows = [[c for c in r if c] for r in tables[0].rows]
    assert ["一、一般公共预算财政拨款", "4,733.14", "一、一般公共服务支出"] in rows
    assert ["十、节能环保支出", "3,742.47", "3,742.47"] in rows


def test_an_unruled_two_sided_table_with_blank_zeros_and_cells_at_the_top_keeps_each_label_in_its_row(tmp_path):
    """收入支出决算总表 without rules, zeros blank (read from its header), each cell's lines at the top of its
    row, labels wrapped with their first line the short one: the lines of one row's labels stay that row's
    (the row's lines found together are its cells' pieces), not a piece of the row below or above."""
    v = pdf_bench.Variant("unruled", producer="glyphs", borders=False, table_size=10.5, valign="top", zero="",
                          short_first=True)
    tables = _unruled(tmp_path, 0, 12, v, "注：本表反映部门本年度的总收支和年末结转结余情况。")
    assert len(tables) == 1
    rows = [[c for c in r if c] for r in tables[0].rows]
    assert ["二、政府性基金预算财政拨款收入", "二、外交支出"] in rows
    assert ["三、国有资本经营预算财政拨款收入", "三、国防支出"] in rows
