"""Session 13 (rev29): a small table typed inside the 情况说明 (a Word table; in a PDF lines of glued figures) read as
rows tied to their 项 / 三公 item, which the item, 三公 and 决算-vs-预算 rules read as they read a sentence; and a year
left from last year's file in a sentence of this year's figures. Figures and wording of our own."""
from __future__ import annotations

import pytest

from juesuan.core.findings import Level
from juesuan.review import review_blocks
from juesuan.review.extract import Block
from juesuan.review.text_grids import grid_rows


def _para(text: str, i: int) -> Block:
    return Block(text, f"第{i}段", index=i)


def _table(rows: list[list[str]], caption: str, i: int) -> Block:
    return Block("\n".join("\t".join(r) for r in rows), f"第{i}个表格", rows, index=i, title=caption, caption=caption)


_T5 = [["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
       ["", "合计", "1,230.40", "700.00", "530.40"],
       ["208", "社会保障和就业支出", "300.00", "300.00", ""],
       ["20805", "行政事业单位养老支出", "300.00", "300.00", ""],
       ["2080505", "机关事业单位基本养老保险缴费支出", "300.00", "300.00", ""],
       ["207", "文化旅游体育与传媒支出", "930.40", "400.00", "530.40"],
       ["20701", "文化和旅游", "930.40", "400.00", "530.40"],
       ["2070101", "行政运行", "400.00", "400.00", ""],
       ["2070108", "文化活动", "412.40", "", "412.40"],
       ["2070199", "其他文化和旅游支出", "118.00", "", "118.00"]]

_HEAD = ["项目名称", "年初预算（万元）", "支出决算（万元）", "完成率", "原因"]
_ROWS = [
    ["社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）", "296.50", "300.00",
     "101.18%", "决算数大于年初预算数，主要是缴费基数调整"],
    ["文化旅游体育与传媒支出（类）文化和旅游（款）行政运行（项）", "420.00", "400.00", "95.24%",
     "决算数小于年初预算数，主要是人员减少"],
    ["文化旅游体育与传媒支出（类）文化和旅游（款）文化活动（项）", "380.00", "412.40", "108.53%",
     "决算数大于年初预算数，主要是年中追加群众文化活动经费"],
    ["文化旅游体育与传媒支出（类）文化和旅游（款）其他文化和旅游支出（项）", "0.00", "118.00", "-",
     "年初未安排预算，年中追加非遗保护经费"],
]


def _glued(cells: list[str]) -> str:
    """A row as a Word/WPS PDF prints a table without rules: the cells' texts on one line, the figures glued where
    the cells touch (amounts wide enough to fill their column), a space where they do not."""
    label, *figures, words = cells
    line = label
    for k, f in enumerate(figures):
        line += f if k == 0 or (len(figures[k - 1]) >= 6 and len(f) >= 6) else " " + f
    return line + words


def _blocks(rows: list[list[str]], form: str, head: list[str] = _HEAD) -> list[Block]:
    blocks = [_para("上海市某区文化馆2024年度部门决算", 0),
              _table(_T5, "一般公共预算财政拨款支出决算表 单位：万元", 1),
              _para("五、一般公共预算财政拨款支出决算情况说明", 2),
              _para("（三）一般公共预算财政拨款支出决算具体情况", 3),
              _para("本馆2024年度一般公共预算财政拨款支出决算1,230.40万元，各项支出决算情况见下表：", 4)]
    if form == "docx":
        return [*blocks, _table([head, *rows], "", 5), _para("六、一般公共预算财政拨款基本支出决算情况说明", 6)]
    lines = ["".join(head), *(_glued(r) for r in rows)]
    return [*blocks, *(_para(t, 5 + k) for k, t in enumerate(lines)),
            _para("六、一般公共预算财政拨款基本支出决算情况说明", 5 + len(lines))]


def _found(blocks: list[Block]) -> list[tuple[str, str, str]]:
    return [(f.code, f.figure, f.expected) for f in review_blocks(blocks) if f.level != Level.INFO]


def _with(k: int, col: int, value: str) -> list[list[str]]:
    rows = [list(r) for r in _ROWS]
    rows[k][col] = value
    return rows


FORMS = ("docx", "lines")


@pytest.mark.parametrize("form", FORMS)
def test_the_rows_of_a_small_table_are_read_alike_in_every_form(form):
    rows = grid_rows(_blocks(_ROWS, form))
    assert [r.label for r in rows] == [r[0] for r in _ROWS]
    assert [(r.cells["budget"].raw, r.cells["final"].raw, r.cells.get("rate") and r.cells["rate"].raw)
            for r in rows] == [(a, b, c if c != "-" else None) for _, a, b, c, _ in _ROWS]
    assert all(r.cells["final"].unit == "万元" for r in rows) and rows[3].dash == ("rate",)
    assert _found(_blocks(_ROWS, form)) == []


def test_glued_figures_are_parted_by_the_decimals_the_others_show():
    line = "文化旅游体育与传媒支出（类）文化和旅游（款）文化活动（项）1,380.001,412.40102.34%决算数大于年初预算数"
    blocks = [_para("五、一般公共预算财政拨款支出决算情况说明", 0), _para("".join(_HEAD), 1), _para(line, 2),
              _para("六、一般公共预算财政拨款基本支出决算情况说明", 3)]
    (row,) = grid_rows(blocks)
    assert [row.cells[k].raw for k in ("budget", "final", "rate")] == ["1,380.00", "1,412.40", "102.34%"]
    assert row.words == "决算数大于年初预算数"
    (row,) = grid_rows([*blocks[:2], _para(line.replace("102.34%", "102.3%"), 2), blocks[3]])
    assert [row.cells[k].raw for k in ("budget", "final", "rate")] == ["1,380.00", "1,412.40", "102.3%"]


def test_a_row_broken_over_two_lines_is_one_row():
    blocks = [_para("五、一般公共预算财政拨款支出决算情况说明", 0), _para("".join(_HEAD), 1),
              _para("文化旅游体育与传媒支出（类）文化和旅游（款）文化活动（项）380.00", 2),
              _para("412.40 108.53%决算数大于年初预算数，主要是", 3), _para("年中追加群众文化活动经费", 4),
              _para("六、一般公共预算财政拨款基本支出决算情况说明", 5)]
    (row,) = grid_rows(blocks)
    assert row.cells["final"].raw == "412.40" and row.words.endswith("追加群众文化活动经费") and row.blocks == (2, 3, 4)


@pytest.mark.parametrize("form", FORMS)
def test_a_rate_on_a_zero_budget_in_a_row(form):
    found = _found(_blocks(_with(3, 3, "100.00%"), form))
    assert [(c, f) for c, f, _ in found] == [("R-RATE-ZERO", "100.00%")]
    assert found[0][2] == "删去“100.00%”，改填“-”（不计算完成率）"


@pytest.mark.parametrize("form", FORMS)
def test_the_words_of_a_rows_reason_against_its_figures(form):
    found = _found(_blocks(_with(2, 4, "决算数小于年初预算数，主要是年中追加群众文化活动经费"), form))
    assert [(c, e) for c, _, e in found] == [("R-DIRECTION", "决算数大于年初预算数")]


@pytest.mark.parametrize("form", FORMS)
def test_a_rows_rate_against_its_figures(form):
    assert [(c, f, e) for c, f, e in _found(_blocks(_with(1, 3, "92.54%"), form))] == [
        ("R-TABLE-RATE", "92.54%", "95.24%")]


@pytest.mark.parametrize("form", FORMS)
def test_a_rows_final_against_the_public_table(form):
    found = _found(_blocks(_with(2, 2, "421.40"), form))
    assert ("R-TEXT-TABLE", "421.40", "412.40") in [(c, f.replace("万元", ""), e.replace("万元", ""))
                                                    for c, f, e in found]


@pytest.mark.parametrize("form", FORMS)
def test_a_rows_name_against_the_public_tables_codes(form):
    rows = _with(2, 0, "文化旅游体育与传媒支出（类）文化和旅游（款）群众文化（项）")
    (f,) = [f for f in review_blocks(_blocks(rows, form)) if f.level != Level.INFO]
    assert (f.code, f.figure, f.expected) == ("R-CODE-NAME", "群众文化（项）", "文化活动（项）")
    assert f.quote.startswith("文化旅游体育与传媒支出（类）文化和旅游（款）群众文化（项）") and "412.40" in f.quote


# --- a small 三公 table typed in the 三公 section -----------------------------------------------------------------

_T7_ROWS = [["合计", "", "因公出国（境）费", "", "公务用车购置及运行维护费", "", "", "", "", "", "公务接待费", ""],
            ["", "", "", "", "小计", "", "公务用车购置费", "", "公务用车运行维护费", "", "", ""],
            ["预算数", "决算数"] * 6,
            ["30.00", "27.45", "0.00", "0.00", "26.00", "24.25", "0.00", "0.00", "26.00", "24.25", "4.00", "3.20"]]


def _sangong(rows: list[list[str]], form: str) -> list[Block]:
    head = ["项目", "预算数", "决算数", "完成率"]
    blocks = [_para("上海市某区文化馆2024年度部门决算", 0),
              _table(_T7_ROWS, "财政拨款“三公”经费支出决算表 单位：万元", 1),
              _para("七、财政拨款“三公”经费支出决算情况说明", 2),
              _para("本馆2024年度“三公”经费财政拨款支出预算为30.00万元，支出决算为27.45万元，情况如下：", 3)]
    if form == "docx":
        return [*blocks, _table([head, *rows], "", 4), _para("八、政府性基金预算财政拨款收入支出决算情况说明", 5)]
    lines = ["".join(head), *(r[0] + " ".join(r[1:]) for r in rows)]
    return [*blocks, *(_para(t, 4 + k) for k, t in enumerate(lines)),
            _para("八、政府性基金预算财政拨款收入支出决算情况说明", 4 + len(lines))]


_SG = [["合计", "30.00", "27.45", "91.50%"], ["因公出国（境）费", "0.00", "0.00", "-"],
       ["公务用车购置及运行维护费", "26.00", "24.25", "93.27%"], ["公务接待费", "4.00", "3.20", "80.00%"]]


@pytest.mark.parametrize("form", FORMS)
def test_a_small_sangong_table_against_the_sangong_table(form):
    assert _found(_sangong(_SG, form)) == []
    rows = [list(r) for r in _SG]
    rows[3][2], rows[3][3] = "3.02", "75.50%"
    assert ("R-TEXT-TABLE", "3.02", "3.20") in [(c, f.replace("万元", ""), e.replace("万元", ""))
                                                for c, f, e in _found(_sangong(rows, form))]
    rows = [list(r) for r in _SG]
    rows[3][3] = "75.00%"
    assert [(c, e) for c, _, e in _found(_sangong(rows, form))] == [("R-TABLE-RATE", "80.00%")]


# --- a year left from last year's file ------------------------------------------------------------------------

def _year(sentence: str) -> list[tuple[str, str, str]]:
    blocks = [_para("上海市某区文化馆2024年度部门决算", 0), _para("七、财政拨款“三公”经费支出决算情况说明", 1),
              _para("（二）“三公”经费财政拨款支出决算具体情况说明", 2),
              _para("1.因公出国（境）费支出0.00万元。本馆2024年度未安排因公出国（境）团组。", 3),
              _para(f"2.公务接待费支出3.20万元，主要用于接待兄弟区文化馆业务交流。{sentence}", 4)]
    return [(f.code, f.figure, f.expected) for f in review_blocks(blocks) if f.code == "R-YEAR"]


def test_a_sentence_of_this_years_figures_with_last_years_year():
    assert _year("2023年度国内公务接待5批次、38人次。") == [("R-YEAR", "2023年度", "2024年度")]
    assert _year("2023年国内公务接待5批次、38人次。") == [("R-YEAR", "2023年", "2024年")]


@pytest.mark.parametrize("sentence", [
    "2023年度国内公务接待4批次、30人次，2024年度国内公务接待5批次、38人次。",  # two years: a comparison
    "较2023年度增加1批次。",  # the base year of a comparison
    "2023年决算数为2.90万元。",  # last year's figure named as such
    "国内公务接待5批次、38人次，比上年增加1批次，2023年度为4批次。",  # a comparison in the sentence
    "2023年末已完成接待制度修订。",  # a point of time before the year, no figure of this year
    "对2023年度项目开展重点绩效评价2个。",  # last year's projects, evaluated this year
])
def test_a_year_that_is_a_comparisons_or_last_years_figures_is_left(sentence):
    assert _year(sentence) == []


@pytest.mark.parametrize("form", FORMS)
def test_a_total_row_of_a_small_table_in_its_unit(form):
    rows = [*_ROWS, ["合计", "1,096.50", "1,230.40", "112.21%", ""]]
    assert _found(_blocks(rows, form)) == []
    rows[-1][2] = "1,320.40"
    found = [(c, f.replace("万元", ""), e.replace("万元", "")) for c, f, e in _found(_blocks(rows, form))]
    assert ("1,320.40", "1,230.40") in [(f, e) for _, f, e in found]
