"""The peer's rules (GovBudgetChecker's public list, issue 17), each put into tests/peer_doc.py's document two
different ways: (rule, our code, slip name, slip, the finding's figure and 应为, whether the rule reads tables)."""

from __future__ import annotations

from dataclasses import dataclass

from tests.peer_doc import Doc, Slip


@dataclass(frozen=True)
class Case:
    rule: str  # the peer's rule, as issue 17 lists it
    code: str  # our finding's code
    name: str
    slip: Slip
    figure: str  # the finding's figure (as the document writes it)
    expected: str  # its 应为
    tables: bool = False  # the rule reads the tables: checked on the glyph PDF too
    no_budget: str = ""  # the document with this 项's 年初预算 0


def _drop(key: str) -> Slip:
    def slip(doc: Doc) -> None:
        doc.order = [k for k in doc.tables if k != key]

    return slip


def _swap(a: str, b: str) -> Slip:
    def slip(doc: Doc) -> None:
        keys = list(doc.tables)
        i, j = keys.index(a), keys.index(b)
        keys[i], keys[j] = keys[j], keys[i]
        doc.order = keys

    return slip


def _text(old: str, new: str) -> Slip:
    return lambda doc: doc.replace(old, new)


def _cell(key: str, row: str, col: int, value: str) -> Slip:
    return lambda doc: doc.cell(key, row, col, value)


def _cover(unit: str, year: str) -> Slip:
    def slip(doc: Doc) -> None:
        doc.cover = (unit, f"{year}年度部门决算")

    return slip


def _both(*slips: Slip) -> Slip:
    def slip(doc: Doc) -> None:
        for s in slips:
            s(doc)

    return slip


_ORDER = ("收入支出决算总表、收入决算表、支出决算表、财政拨款收入支出决算总表、一般公共预算财政拨款支出决算表、"
          "一般公共预算财政拨款基本支出决算表、财政拨款“三公”经费支出决算表、政府性基金预算财政拨款收入支出决算表、"
          "国有资本经营预算财政拨款收入支出决算表")
NINE = "nine tables present and in order"
COVER = "cover year / unit"
TEXT = "table vs text, sections 一–七"
SANGONG = "三公 sums"
EMPTY = "empty 政府性基金 / 国资 table statements"
ZERO = "年初预算 = 0 wording"
CODES = "code ↔ name dictionary"
MAGNITUDE = "元 vs 万元 magnitude"
REPEAT = "repeated words"
RUNNING = "机关运行经费 = 公用经费"
PROJECTS = "project list vs table"

CASES = [
    Case(NINE, "R-TABLES", "table_missing", _drop("公开08"), "", "政府性基金预算财政拨款收入支出决算表",
         tables=True),
    Case(NINE, "R-TABLES", "tables_swapped", _swap("公开05", "公开06"), "", _ORDER, tables=True),
    Case(COVER, "R-COVER", "cover_year_old", _cover("上海市白沙区民政局", "2023"), "2023年度部门决算",
         "2024年度部门决算"),
    Case(COVER, "R-UNIT-NAME", "cover_other_unit", _cover("上海市白沙区卫生健康委员会", "2024"),
         "上海市白沙区卫生健康委员会", "上海市白沙区民政局"),
    Case(TEXT, "R-TEXT-TABLE", "total_in_text", _text("收入支出总计8,582.36万元", "收入支出总计8,528.36万元"),
         "8,528.36万元", "8,582.36万元", tables=True),
    Case(TEXT, "R-TEXT-TABLE", "personnel_in_text", _text("人员经费1,460.03万元", "人员经费1,406.03万元"),
         "1,406.03万元", "1,460.03万元", tables=True),
    Case(SANGONG, "R-TEXT-TABLE", "sangong_total_text", _text("支出决算为12.08万元，完成预算的85.07%",
                                                       "支出决算为12.80万元，完成预算的85.07%"),
         "12.80万元", "12.08万元", tables=True),
    Case(SANGONG, "R-TABLE-SUM", "sangong_total_table", _cell("公开07", "14.20", 1, "12.18"),
         "12.18", "12.08", tables=True),
    Case(EMPTY, "R-FUND-EMPTY", "fund_said_none", _text(
        "2024年度政府性基金预算财政拨款年初结转和结余185.60万元", "本部门2024年度无政府性基金预算财政拨款收入和支出。"
        "2024年度政府性基金预算财政拨款年初结转和结余185.60万元"), "",
        "按政府性基金预算财政拨款收入支出决算表说明政府性基金预算财政拨款收支", tables=True),
    Case(EMPTY, "R-FUND-EMPTY", "state_capital_table_has_figures", _both(
        _cell("公开09", "合计", 4, "35.00")), "",
         "按国有资本经营预算财政拨款收入支出决算表说明国有资本经营预算财政拨款收支", tables=True),
    Case(ZERO, "R-RATE-ZERO", "zero_budget_item_rate", _text(
        "年初预算为0.00万元，支出决算为156.30万元。",
        "年初预算为0.00万元，支出决算为156.30万元，完成年初预算的100.00%。"),
         "100.00%", "删去“，完成年初预算的100.00%”", no_budget="2080501"),
    Case(ZERO, "R-RATE-ZERO", "zero_budget_sangong_rate", _text(
        "因公出国（境）费支出决算为0万元；", "因公出国（境）费支出决算为0万元，完成预算的100.00%；"),
         "100.00%", "删去“，完成预算的100.00%”", tables=True),
    Case(CODES, "R-CODE-NAME", "code_named_as_another", _cell("公开05", "2080505", 1, "机关事业单位职业年金缴费支出"),
         "机关事业单位职业年金缴费支出", "机关事业单位基本养老保险缴费支出", tables=True),
    Case(CODES, "R-CODE-NAME", "class_named_as_another", _cell("公开03", "221", 1, "社会保障和就业支出"),
         "社会保障和就业支出", "住房保障支出", tables=True),
    Case(MAGNITUDE, "R-TEXT-TABLE", "yuan_written_as_wan", _text("公务接待费支出0.82万元",
                                                                     "公务接待费支出8,200.00万元"),
         "8,200.00万元", "0.82万元"),
    Case(MAGNITUDE, "R-UNIT-MISSING", "wan_left_out", _text("机关运行经费支出242.48万元", "机关运行经费支出242.48元"),
         "242.48元", "242.48万元"),
    Case(REPEAT, "R-REPEAT", "de_de", _text("主要用于局机关人员工资", "主要用于局机关人员的的工资"), "的的", "的"),
    Case(REPEAT, "R-REPEAT", "zhichu_zhichu", _text("3.公务接待费支出0.82万元", "3.公务接待费支出支出0.82万元"),
         "支出支出", "支出"),
    Case(RUNNING, "R-RUNNING-COST", "running_above_public", _text(
        "机关运行经费支出242.48万元，比2023年度减少39.12万元，下降13.89%",
        "机关运行经费支出260.18万元，比2023年度减少21.42万元，下降7.61%"), "260.18万元", "不大于公用经费242.48万元",
        tables=True),
    Case(RUNNING, "R-RUNNING-COST", "running_digits_swapped", _text(
        "机关运行经费支出242.48万元", "机关运行经费支出242.84万元"),
         "242.84万元", "不大于公用经费242.48万元", tables=True),
    Case(PROJECTS, "R-CODE-NAME", "item_not_in_tables", _text(
        "7.社会保障和就业支出（类）社会福利（款）殡葬（项）", "7.社会保障和就业支出（类）社会福利（款）儿童福利（项）"),
         "儿童福利（项）", "殡葬（项）", tables=True),
    Case(PROJECTS, "R-PROJECT-BASIC", "basic_item_called_project", _text(
        "主要用于机关工作人员医疗保险单位缴费。", "主要用于机关工作人员医疗保险单位缴费项目支出。"),
         "项目支出", "基本支出", tables=True),  # the kind's word, the row's kind in its place (rev27)
]
# a real reduplication (not a slip) put into the clean document
CLEAN = ("无外宾接待。", "无外宾接待，接待事项件件有据、笔笔可查。")
