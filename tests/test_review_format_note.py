"""R-FORMAT-GROUP's note on separators: the style learned per place and unit (review/style.spelled), one note per
document listing the amounts that break it, none on a figure that carries an 错误 or 警告."""

from juesuan.core.findings import Level
from juesuan.review import review_text
from juesuan.review.blocks import Block
from juesuan.review.style import majority


def _notes(text):
    return [f for f in review_text(text) if f.code == "R-FORMAT-GROUP" and f.level == Level.INFO]


# 万元 amounts written bare, 元 amounts (the 三公 figures) grouped: one house style
HOUSE = ("本年支出合计1521.94万元，比上年增加1200.00万元，上年为321.94万元。年末结转和结余2600.00万元。"
         "“三公”经费支出68,400.00元，其中公务接待费12,300.00元、公务用车运行维护费56,100.00元。"
         "因公出国（境）费支出14,500.00元，公务用车购置费23,000.00元。")


def test_a_document_consistent_within_each_unit_gets_no_note():
    assert _notes(HOUSE) == []


def test_the_style_is_learned_per_unit_and_place():
    usual = majority([Block(HOUSE, "第1段"), Block("", "表1", rows=[["合计", "1,521.94"]], unit="万元")])
    assert usual.grouped(False, "万元") is False and usual.grouped(False, "元") is True
    assert usual.grouped(True, "万元") is True


GROUPED = ("本年收入合计3,600.00万元，比上年增加1,200.00万元。本年支出合计5,521.94万元，其中基本支出5,200.00万元，"
           "项目支出321.94万元。年末结转和结余2600.00万元，比上年减少1000.00万元。事业收入1,000.00万元，"
           "其他收入1500.00万元。经营收入1,100.00万元，附属单位上缴收入1,300.00万元，上年结转2,100.00万元，"
           "用事业基金弥补收支差额1,400.00万元。")


def test_the_amounts_that_break_their_units_style_are_one_note():
    notes = _notes(GROUPED)
    assert len(notes) == 1
    assert notes[0].message == ("千位分隔符前后不一致：正文中3处万元金额未用千位分隔符（如2600.00万元、1000.00万元、"
                                "1500.00万元），其余9处用了。")
    assert (notes[0].figure, notes[0].expected) == ("2600.00万元", "2,600.00万元")


def test_no_format_note_on_a_figure_with_an_alarm():
    # 5521.49 is a transposed 5,521.94: its 错误 gives the 应为; a note 「应写作5,521.49万元」 would undo it
    text = GROUPED.replace("2600.00万元", "2,600.00万元").replace("5,521.94万元", "5521.49万元")
    found = review_text(text)
    assert any(f.level != Level.INFO and f.figure == "5521.49万元" for f in found)
    notes = _notes(text)
    assert all("5521.49" not in f.figure and "5521.49" not in f.message for f in notes)
    assert len(notes) == 1 and "正文中2处万元金额" in notes[0].message


def test_an_amount_said_again_is_shown_once_and_counted_at_each_place():
    text = GROUPED.replace("1000.00万元", "2600.00万元").replace("1500.00万元", "2600.00万元")
    notes = _notes(text)
    assert len(notes) == 1 and "正文中3处万元金额未用千位分隔符（如2600.00万元），其余9处用了" in notes[0].message


def test_a_mix_is_no_style_to_break():
    # 2 of 5 万元 amounts bare: the writer mixes, no house style a note could name
    text = ("本年收入合计3,600.00万元，比上年增加1,200.00万元。本年支出合计5,521.94万元，"
            "年末结转和结余2600.00万元，比上年减少1000.00万元。")
    assert _notes(text) == []
