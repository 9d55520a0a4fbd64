"""Session 14 (rev34): the total a paragraph states against the small table it announces; a small table's finding
placed one way in every form (section, row, column; the page where the form has pages); a count of units or offices
against the names listed with it; 公务用车保有量 more than the 车辆 in all; undecided counts that say why they give
no 应为. Shapes as offices type them (内设/下设/下属…个…，分别为…; 「…单位共2个，具体如下：」 and the 单位构成 table);
figures and names of our own."""
from __future__ import annotations

import pytest

from juesuan.core.findings import Level
from juesuan.review import review_blocks
from juesuan.review.extract import Block


def _para(text: str, i: int, place: str = "") -> Block:
    return Block(text, place or f"第{i}段", index=i)


def _table(rows: list[list[str]], i: int, place: str = "") -> Block:
    return Block("\n".join("\t".join(r) for r in rows), place or f"第{i}个表格", rows, index=i)


def _found(blocks: list[Block]) -> list[tuple[str, str, str]]:
    return [(f.code, f.figure, f.expected) for f in review_blocks(blocks) if f.level != Level.INFO]


def _with_grid(lead: list[str], head: list[str], rows: list[list[str]], form: str, end: str) -> list[Block]:
    """The paragraphs ``lead``, then the small table: a Word table (docx), a ruled grid of a PDF on a page (pdf), or
    a PDF's lines of glued cells (lines); then the heading ``end``."""
    blocks = [_para("上海市某区文化馆2024年度部门决算", 0), *(_para(t, 1 + k) for k, t in enumerate(lead))]
    n = len(blocks)
    if form == "docx":
        blocks.append(_table([head, *rows], n))
    elif form == "pdf":
        blocks = [Block(b.text, "第12页", index=b.index) for b in blocks]
        blocks.append(_table([head, *rows], n, "第12页"))
    else:
        blocks = [Block(b.text, "第12页", index=b.index) for b in blocks]
        blocks += [_para(t, n + k, "第12页") for k, t in enumerate(["".join(head), *(r[0] + " ".join(r[1:])
                                                                                 for r in rows)])]
    return [*blocks, _para(end, len(blocks), blocks[-1].place)]


FORMS = ("docx", "pdf", "lines")

# --- 1. the total the paragraph states against its small table ------------------------------------------------

_PROJECTS = [["群众文化活动经费", "380.00", "412.40"], ["非遗保护经费", "0.00", "118.00"],
             ["场馆维修经费", "60.00", "52.30"]]
_P_HEAD = ["项目名称", "预算数（万元）", "决算数（万元）"]


def _projects(sentence: str, form: str, rows: list[list[str]] = _PROJECTS) -> list[Block]:
    return _with_grid(["十、其他重要事项的情况说明", "（三）项目支出决算情况", sentence], _P_HEAD, rows, form,
                      "第四部分 名词解释")


@pytest.mark.parametrize("form", FORMS)
def test_a_paragraph_total_against_the_rows_of_its_table(form):
    assert _found(_projects("本馆2024年度项目支出共计582.70万元，具体如下：", form)) == []
    found = _found(_projects("本馆2024年度项目支出共计528.70万元，具体如下：", form))
    assert found == [("R-SUM", "528.70万元", "582.70万元")]
    (f,) = [f for f in review_blocks(_projects("本馆2024年度项目支出共计528.70万元，具体如下：", form))]
    assert "412.40 + 118.00 + 52.30" in f.why.replace("万元", "")
    # the budget column too, by the words before the figure
    found = _found(_projects("本馆2024年度项目支出预算为404.00万元，支出决算为582.70万元，具体如下：", form))
    assert found == [("R-SUM", "404.00万元", "440.00万元")]
    # the total, not a part of it the sentence states after 「其中」
    assert _found(_projects("本馆2024年度项目支出582.70万元，其中专项经费52.30万元，具体如下：", form)) == []
    assert _found(_projects("本馆2024年度项目支出528.70万元，其中专项经费52.30万元，具体如下：", form)) == [
        ("R-SUM", "528.70万元", "582.70万元")]


@pytest.mark.parametrize("sentence", [
    "本馆2024年度项目支出共计528.70万元，其中主要项目如下：",  # not all of them
    "本馆2024年度项目支出共计600.00万元，比上年增加17.30万元，具体如下：",  # the change is no column's total
])
def test_a_table_that_need_not_add_up_to_the_paragraph(sentence):
    found = _found(_projects(sentence, "docx"))
    assert not [f for f in found if f[0] == "R-SUM" and f[1] != "600.00万元"], found
    if "主要" in sentence:
        assert found == []


_SANGONG = [["“三公”经费合计", "30.00", "27.45"], ["因公出国（境）费", "0.00", "0.00"],
            ["公务用车购置及运行维护费", "26.00", "24.25"], ["公务接待费", "4.00", "3.20"]]


@pytest.mark.parametrize("form", FORMS)
def test_a_paragraph_total_against_the_total_row_of_its_table(form):
    def blocks(said: str, rows: list[list[str]] = _SANGONG) -> list[Block]:
        return _with_grid(["七、财政拨款“三公”经费支出决算情况说明",
                           f"2024年度“三公”经费财政拨款支出预算为30.00万元，支出决算为{said}万元，具体如下表："],
                          ["项目", "预算数", "决算数"], rows, form, "八、政府性基金预算财政拨款收入支出决算情况说明")

    assert _found(blocks("27.45")) == []
    assert ("R-SUM", "24.75万元", "27.45万元") in _found(blocks("24.75"))


def test_a_paragraph_total_the_document_states_elsewhere_blames_the_table():
    lead = ["十、其他重要事项的情况说明", "本馆2024年度项目支出528.70万元。", "（三）项目支出决算情况",
            "本馆2024年度项目支出共计528.70万元，具体如下："]
    found = [f for f in review_blocks(_with_grid(lead, _P_HEAD, _PROJECTS, "docx", "第四部分 名词解释"))
             if f.code == "R-SUM"]
    assert [(f.level, f.expected) for f in found] == [(Level.WARNING, "")]
    assert "未给出应为值" in found[0].message and "582.70" in found[0].message


# --- 2. a small table's finding: one place in every form ---------------------------------------------------------

@pytest.mark.parametrize("form", FORMS)
def test_a_small_tables_finding_is_placed_by_section_row_and_column_in_every_form(form):
    rows = [list(r) for r in _PROJECTS]
    rows[1][1:] = ["0.00", "118.00"]
    head = ["项目名称", "年初预算（万元）", "支出决算（万元）", "完成率"]
    rows = [[*r, "-" if r[1] == "0.00" else "100.00%"] for r in rows]
    rows[1][3] = "100.00%"  # a 完成率 on a budget of 0
    rows[0][3], rows[2][3] = "108.53%", "87.17%"
    blocks = _with_grid(["五、一般公共预算财政拨款支出决算情况说明", "（三）一般公共预算财政拨款支出决算具体情况",
                         "本馆2024年度项目支出决算582.70万元，各项支出情况见下表："], head, rows, form,
                        "六、一般公共预算财政拨款基本支出决算情况说明")
    (f,) = [f for f in review_blocks(blocks) if f.code == "R-RATE-ZERO"]
    where = "五（三）一般公共预算财政拨款支出决算具体情况的表格，“非遗保护经费”行，“完成率”栏"
    assert f.place == (where if form == "docx" else f"第12页（{where.replace('的表格，', '的表格），', 1)}")


# --- 3. undecided counts say why ----------------------------------------------------------------------------------

def _cars(keep: int, fleet: int, kinds: str = "执法执勤用车2辆、特种专业技术用车1辆、其他用车1辆") -> list[Block]:
    return [_para("上海市某区某局2024年度部门决算", 0), _para("七、财政拨款“三公”经费支出决算情况说明", 1),
            _para("3.公务用车运行维护费支出5.86万元，主要用于执法检查用车的燃料费、维修费等。截至2024年12月31日，"
                  f"开支财政拨款的公务用车保有量为{keep}辆。", 2),
            _para("十、其他重要事项的情况说明", 3),
            _para(f"截至2024年12月31日，本局共有车辆{fleet}辆，其中：{kinds}。", 4),
            _para("本局2024年度收入包括财政拨款收入和事业收入。", 5)]


def test_more_cars_paid_from_fiscal_funds_than_cars_in_all():
    assert _found(_cars(4, 4)) == [] and _found(_cars(3, 4)) == []
    (f,) = review_blocks(_cars(6, 4))
    assert (f.code, f.level, f.figure, f.expected) == ("R-SUBSET", Level.ERROR, "6辆", "")
    assert "不多于4辆" in f.message and "无法确定应为值" in f.message
    blocks = _cars(6, 4)
    blocks[4] = _para("截至2024年12月31日，本局共有车辆4辆。", 4)  # no kinds listed: nothing decides, a 警告
    (f,) = review_blocks(blocks)
    assert (f.code, f.level, f.expected) == ("R-SUBSET", Level.WARNING, "") and "未给出应为值" in f.message


def test_an_undecided_total_of_a_list_says_why_it_gives_no_value():
    blocks = [_para("上海市某区某局2024年度部门决算", 0),
              _para("2024年彩票公益金安排支出100.00万元。2024年彩票公益金用途包括3个项目，用于甲30.00万元、"
                    "用于乙30.00万元、用于丙30.00万元。", 1)]
    (f,) = [f for f in review_blocks(blocks) if f.code == "R-SUM"]
    assert f.expected == "" and "未给出应为值" in f.message


# --- 4. a count of units or offices against the names listed -------------------------------------------------------

def _said(text: str) -> list[tuple[str, str, str]]:
    return _found([_para("上海市某区某局2024年度部门决算", 0), _para("二、机构设置", 1), _para(text, 2)])


@pytest.mark.parametrize(("text", "figure", "right"), [
    ("本局内设6个科室，分别为办公室、综合科、财务科、执法一科、执法二科。", "6个", "5个"),
    ("本馆内设六个部室：办公室、安全运营部、剧场管理部、创作部、辅导培训部。", "六个", "5个"),
    ("本局有内设机构4个，即：办公室、综合科、财务科、执法科、法制科。", "4个", "5个"),
    ("街道办事处下设2个事业单位：某区某街道社区事务受理服务中心（挂某区某街道退役军人服务站牌子）、"
     "某区某街道城市运行管理中心、某区某街道网格化综合管理中心。", "2个", "3个"),
    ("本单位设有办公室、后勤科、教研科、教务科、学员科和统战理论研究室共计5个科室。", "5个", "6个"),
    ("本馆设办公室、采编部、借阅部、少儿部、数字资源部6个部门。", "6个", "5个"),
    ("本中心共设置6个科室（组织人事科、安全科、计划财务科、养护管理科、建设管理科）、1个办公室。", "6个", "5个"),
    ("纳入本局2024年度部门决算编制范围的单位共3家，包括：上海市某区绿化和市容管理局（本级）、"
     "上海市某区绿化管理所。", "3家", "2家"),
])
def test_a_count_against_the_names_listed(text, figure, right):
    assert _said(text) == [("R-SUM", figure, right)]


@pytest.mark.parametrize("text", [
    "本局内设5个科室，分别为办公室、综合科、财务科、执法一科、执法二科。",
    "本局内设5个科室，分别为办公室、综合科、财务科、执法一科和执法二科。",
    "纳入本局2024年度部门决算编制范围的单位共2家：上海市某区绿化和市容管理局（本级）、上海市某区绿化管理所。",
    "下属2个二级预算单位，分别是某区人民政府办公室（本级）和某区政务信息中心。",
    "区军休中心设综合科财务科、服务管理科3个科室。",  # a 、 lost between two names: no miscount
    "内设有骨科、内科等26个科室，12个医技科室。",  # 「等」: not all named
    "本单位内设十二个处室，分别是书记室一个，校长室一个，副校长室三个，办公室，财务室。",  # counts in the list
    "街道综合设置6个内设机构，下设3个事业单位。",  # no names
])
def test_a_count_and_its_names_that_agree_or_are_no_list(text):
    assert _said(text) == []


@pytest.mark.parametrize("form", FORMS)
def test_a_count_against_the_unit_table_it_announces(form):
    rows = [["1", "上海市某区农业农村委员会（本级）", "行政单位"],
            ["2", "上海市某区农业技术推广中心", "公益一类事业单位"]]

    def blocks(n: int) -> list[Block]:
        return _with_grid(["二、部门决算单位构成", f"纳入本部门2024年度部门决算编制范围的单位共{n}个，具体如下："],
                          ["序号", "单位名称", "单位性质"], rows, form, "第三部分 2024年度部门决算情况说明")

    assert _found(blocks(2)) == []
    assert _found(blocks(3)) == [("R-SUM", "3个", "2个")]


# --- a small table printed as lines: cells with their unit, empty cells -------------------------------------------

def test_lines_with_units_in_their_cells_and_empty_cells():
    from juesuan.review.text_grids import grid_rows

    lines = ["项目预算数决算数上年决算数比上年增减", "“三公”经费合计91.20万元85.17万元52.17万元33.00万元",
             "因公出国（境）费----", "公务用车购置及运行维护费90.00万元84.32万元51.25万元33.07万元",
             "其中：公务用车购置费38.00万元35.68万元-35.68万元", "公务接待费1.20万元0.85万元0.92万元-0.07万元"]
    blocks = [_para("七、财政拨款“三公”经费支出决算情况说明", 0),
              *(_para(t, 1 + k) for k, t in enumerate(lines)),
              _para("八、政府性基金预算财政拨款收入支出决算情况说明", 7)]
    rows = grid_rows(blocks)
    assert [r.label for r in rows] == ["“三公”经费合计", "因公出国（境）费", "公务用车购置及运行维护费",
                                       "其中：公务用车购置费", "公务接待费"]
    assert rows[1].cells == {} and rows[1].dash == ("budget", "final", "prior", "change")
    assert [(k, f.raw) for k, f in rows[3].cells.items()] == [("budget", "38.00万元"), ("final", "35.68万元"),
                                                            ("change", "35.68万元")]
    assert rows[4].cells["change"].raw == "-0.07万元"


def test_a_check_a_last_digit_off_a_public_tables_value_is_one_cause_with_it():
    from juesuan.review.base import ReviewFinding
    from juesuan.review.one_cause import one_cause as _one_cause

    table = ReviewFinding(Level.ERROR, "R-TEXT-TABLE", "与公开07不符", block=3, figure="58.17万元",
                          expected="85.16万元")
    grid = ReviewFinding(Level.ERROR, "R-SUM", "与下表合计不符", block=3, figure="58.17万元", expected="85.17万元",
                         why="下表合计 85.17万元")
    (f,) = _one_cause([grid, table])
    assert (f.code, f.expected) == ("R-TEXT-TABLE", "85.16万元")
    other = ReviewFinding(Level.ERROR, "R-SUM", "x", block=3, figure="58.17万元", expected="85.27万元")
    assert len(_one_cause([other, table])) == 2  # more than a last digit apart: two findings


def test_a_count_stated_twice_that_nothing_decides_says_so():
    blocks = [_para("上海市某区某局2024年度部门决算", 0), _para("三、人员构成情况", 1),
              _para("本局行政编制10人，实有人数9人。", 2), _para("十、其他重要事项的情况说明", 3),
              _para("截至2024年12月31日，本局行政编制12人。", 4)]
    (f,) = [f for f in review_blocks(blocks) if f.code == "R-SAME"]
    assert (f.level, f.expected, f.figure) == (Level.WARNING, "", "12人")
    assert "10人" in f.message and "未给出应为值" in f.message


@pytest.mark.parametrize("total", [None, "4"])
def test_a_count_against_the_table_of_its_kinds(total):
    rows = [["车辆类型", "数量（辆）"], ["执法执勤用车", "2"], ["特种专业技术用车", "1"], ["其他用车", "1"]]
    rows += [["合计", total]] if total else []

    def blocks(n: int) -> list[Block]:
        return [_para("上海市某区某局2024年度部门决算", 0), _para("十、其他重要事项的情况说明", 1),
                _para(f"截至2024年12月31日，本局共有车辆{n}辆，具体如下：", 2), _table(rows, 3),
                _para("第四部分 名词解释", 4)]

    assert _found(blocks(4)) == []
    assert _found(blocks(5)) == [("R-SUM", "5辆", "4辆")]
