"""Typing habits an office has throughout a document are not slips (benchmarks/bench_review_habits.py measures them
all): a sample of the habits on one opened stand-in with no error in it, and the safety net for a habit no one has
seen — more than three 警告 of one rule and one message form on a document are said once (review.repeated)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from juesuan.core.findings import Level
from juesuan.review import review_text
from juesuan.review.base import ReviewFinding
from juesuan.review.repeated import MOST, form, one_per_habit
from tests.review_habits import with_habit


@pytest.fixture(scope="module")
def opened(tmp_path_factory):
    """An opened stand-in's clean copy as read, by id (each built once)."""
    from juesuan.review.extract import read
    from tests.test_review_adv import build_docx, clean

    folder, read_ = tmp_path_factory.mktemp("habits"), {}

    def get(doc: str):
        if doc not in read_:
            read_[doc] = read(build_docx(clean(doc), folder / f"{doc}.docx"))
        return read_[doc]
    return get


@pytest.fixture(scope="module")
def rongmeiti(opened):
    return opened("xiling-rongmeiti-2024")


@pytest.mark.parametrize("habit", ["fullwidth-digits", "nian-not-niandu", "fullwidth-percent", "cn-year", "contents"])
def test_a_habit_throughout_an_opened_document_without_errors_draws_no_alarm(rongmeiti, habit):
    """「８５，０００元」 typed wholly full width (a whole amount with its unit after it) reads as 85,000元, not as a
    figure mixing widths; a title 「2024年部门决算」 (年 for 年度 throughout) still gives the report's year, so
    「2023年收入、支出总计均为…」 is last year's; 「％」 throughout is the document's own; 「二〇二三年度…均为…」 is
    last year's too; a 目录 whose lines end in 「……3」 leaves the title's year read."""
    from juesuan.review.rules import run

    alarms = [(f.code, f.figure) for f in run(with_habit(rongmeiti, habit)) if f.level is not Level.INFO]
    assert alarms == []


@pytest.mark.parametrize(("doc", "habit"), [("qinglan-jiguanju-2024", "yuan-text"),
                                            ("songlan-wenhuaguan-2024", "part-levels"),
                                            ("xiling-rongmeiti-2024", "tongbi-zengzhang"),
                                            ("beian-shenji-2024", "shangnian-tongqi"),
                                            ("linjiang-jiaoyu-2024", "comma-lists")])
def test_a_habit_on_another_opened_document_draws_no_alarm(opened, doc, habit):
    """jiguanju's 三公 total 85.17万元 (its parts' 84.32 + 0.85 as shown, over a 元 table whose 851,612.40元 rounds
    to 85.16) typed in 元 as 851,700.00元: the 万元 text in 元 still adds its parts at 万元's grain. wenhuaguan writes
    「％」 in two sections: with its parts headed （二）（三） under 第三部分, they are still its sections. rongmeiti's
    「2023年度…均为5,612.08万元，较2023年度增加438.71万元，同比增长7.82%」 names 2023 as its base: no year is wrong.
    shenji's 「与上年同期的1,742.50万元相比」 names its base as 「与上年的1,742.50万元相比」 does. jiaoyu's 三公 items
    parted by 「，」: each 支出决算 is its own item's."""
    from juesuan.review.rules import run

    alarms = [(f.code, f.figure) for f in run(with_habit(opened(doc), habit)) if f.level is not Level.INFO]
    assert alarms == []


def _slip(k: int, code: str = "R-FORMAT-WIDTH", level: Level = Level.WARNING, expected: str = "") -> ReviewFinding:
    figure = f"{k}，400.00万元"
    message = f"数字中混用全角与半角字符：“{figure}”应写作“{k},400.00万元”。"
    return ReviewFinding(level, code, message, quote=f"支出{figure}", place=f"第{k}段",
                         expected=expected or f"{k},400.00万元", block=k, figure=figure)


def test_more_than_three_of_one_form_are_one_finding_that_lists_every_place():
    found = [_slip(k) for k in range(1, 7)]
    out = one_per_habit(found)
    assert len(out) == 1 and out[0].figure == found[0].figure and out[0].place == "第1段等6处"
    assert "全文共6处同样的写法" in out[0].message
    assert all(f"第{k}段（{k}，400.00万元）" in out[0].message for k in range(1, 7))


def test_three_stay_apart_errors_never_fold_and_other_forms_are_other_habits():
    assert len(one_per_habit([_slip(k) for k in range(1, MOST + 1)])) == MOST
    errors = [_slip(k, level=Level.ERROR) for k in range(1, 7)]
    assert one_per_habit(errors) == errors
    other = ReviewFinding(Level.WARNING, "R-FORMAT-WIDTH", "数字中混用了全角字符。", quote="x", place="第9段", block=9)
    assert len(one_per_habit([*(_slip(k) for k in range(1, 6)), other])) == 2
    two = [_slip(k, code=c) for k in range(1, 4) for c in ("R-FORMAT-WIDTH", "R-UNIT-MISSING")]
    assert len(one_per_habit(two)) == 6
    assert form("“1，400.00万元”应写作“1,400.00万元”，占12.5％") == form("“22，400.00万元”应写作“22,400.00万元”，占3％")


def test_an_unseen_habit_costs_one_alarm():
    """Thousands commas typed full width in ASCII figures on every line (a habit no stand-in has): one 警告."""
    lines = [f"{k}. 项目{k}支出{k}，{k}00.00万元。" for k in range(1, 8)]
    found = review_text("\n".join(["上海市某某局2024年度部门决算情况说明", *lines]))
    width = [f for f in found if f.code == "R-FORMAT-WIDTH"]
    assert len(width) == 1 and "全文共7处" in width[0].message, [(f.code, f.message) for f in found]


@pytest.mark.parametrize(("habit", "text", "typed"), [
    ("yi-totals", "总计均为10644.55万元，其中：基本支出8848.99万元", "总计均为1.06亿元，其中：基本支出8848.99万元"),
    # a whole 万元 (1,729 of 17,286,900元) stays: 「17,290,000.00元」 would be a figure the table does not hold
    ("yuan-text", "支出1,234.56万元，收入1,729万元", "支出12,345,600.00元，收入1,729万元"),
    ("yi-beside", "总计均为10644.55万元。", "总计均为10644.55万元（1.06亿元）。"),
    ("jiao-shangnian", "与2023年度相比，支出增加1.00万元；决算数比2023年度决算数增加2万元",
     "较上年，支出增加1.00万元；决算数较上年增加2万元"),
    ("jiao-shangnian", "2023年度为5万元，较2023年度增加1万元", "2023年度为5万元，较2023年度增加1万元"),
    ("jiao-year", "与2023年度相比，增加1.00万元；比2023年度增加2万元",
     "较2023年，增加1.00万元；较2023年增加2万元"),
    ("shangnian-tongqi", "与2023年度相比，增加1万元；较上年增加2万元",
     "与上年同期相比，增加1万元；较上年同期增加2万元"),
    ("zengjian-bianhua", "增长4.37%。主要原因：A。决算数大于预算数的主要原因：B。",
     "增长4.37%。增减变化的主要原因：A。决算数大于预算数的主要原因：B。"),
    ("juesuan-wei-yusuan", "完成年初预算的103.36%，完成预算的93.52%",
     "决算数为年初预算数的103.36%，决算数为预算数的93.52%"),
    ("execution-rate", "完成年初预算的103.36%，完成调整预算的98.50%",
     "预算执行率为103.36%，调整预算执行率为98.50%"),
    ("approx-yue", "增长4.37%，占83.13%，下降14.85%", "增长约4.4%，约占83.1%，下降约14.9%"),
    ("approx-jin", "增加445.93万元，减少0.24万元，增加620.00万元",
     "增加近446万元，减少0.24万元，增加620.00万元"),
    ("approx-chaoguo", "增加445.93万元，减少32.44万元", "增加超过445万元，减少超过32万元"),
    ("yi-er-reasons", "主要原因：年中追加经费，缴费基数调整。其后",
     "主要原因：一是年中追加经费；二是缴费基数调整。其后"),
    ("yi-er-reasons", "主要原因是一项原因。", "主要原因是一项原因。"),
    ("part-levels", "一、收入决算情况说明", "（一）收入决算情况说明"),
    ("part-levels", "（十一）其他", "11.其他"),
    ("part-levels", "3、公共安全支出（类）", "（3）公共安全支出（类）"),
    ("tongbi-zengzhang", "增加445.93万元，增长4.37%；下降1.20%", "增加445.93万元，同比增长4.37%；同比下降1.20%"),
    ("tongbi-zengzhang", "比年初预算减少744万元，下降28.94%", "比年初预算减少744万元，下降28.94%"),
    ("growth-rate", "增长4.37%；下降1.20%", "增长率为4.37%；降幅1.20%"),
    ("negative-growth", "减少0.24万元，下降14.81%", "减少0.24万元，增长-14.81%"),
    ("qizhong-lines", "支出合计3万元，其中：基本支出1万元；项目支出2万元。其后。",
     "支出合计3万元，其中：\n基本支出1万元；\n项目支出2万元。\n其后。"),
    # session 14: seen in published texts of other provinces
    ("jiangdi", "减少58.49万元，下降3.71%；下降2万元", "减少58.49万元，降低3.71%；下降2万元"),
    ("rate-zengjian", "较上年下降0.20%，增长215.00%", "较上年减少0.20%，增加215.00%"),
    ("percent-trim", "下降31.00%，增长10.80%，占0.00%，占12.34%", "下降31%，增长10.8%，占0%，占12.34%"),
    ("wancheng-no-de", "完成年初预算的100.00%，完成预算的84.82%", "完成年初预算100.00%，完成预算84.82%"),
    ("zhanbi", "事业收入842.36万元，占14.69%", "事业收入842.36万元，占比14.69%"),
    ("zero-bare", "政府性基金0.00万元，占0.00%，费0.00元，10.00万元", "政府性基金0万元，占0%，费0元，10.00万元"),
    ("wei-before-amount", "其他收入12.48万元，公务接待费3,700元，增加5万元",
     "其他收入为12.48万元，公务接待费为3,700元，增加5万元"),
    ("spaced-figures", "较2022年度增加0.78万元，增长10.8%", "较 2022 年度增加 0.78 万元，增长 10.8 %"),
    ("sangong-plain", "“三公”经费", "三公经费"),
    ("ascii-quotes", "“三公”经费", '"三公"经费'),
    ("shangnian-juesuanshu", "比上年增加1万元，较上年度减少2万元，较上年末",
     "比上年决算数增加1万元，较上年决算数减少2万元，较上年末"),
    ("zhuyao-shi-yinwei", "增加，主要原因是A。增减变化的主要原因：B", "增加，主要是因为A。增减变化的主要原因：B"),
    ("reasons-numbered", "主要原因：年中追加经费，缴费基数调整。", "主要原因：（1）年中追加经费；（2）缴费基数调整。"),
    ("rate-before-amount", "增加445.93万元，增长4.37%。", "增长4.37%，增加445.93万元。"),
    ("qizhong-no-colon", "其中：基本支出1万元", "其中，基本支出1万元"),
    ("comma-lists", "A1万元；B2万元", "A1万元，B2万元"),
    ("wan-whole", "支出1,234.56万元，收入1234.49万元，0.50万元", "支出1,235万元，收入1234万元，1万元"),
    ("shu-words", "年初预算为300.00万元，支出决算为250.00万元", "年初预算数为300.00万元，决算数为250.00万元"),
    ("gaoyu-diyu", "决算数大于年初预算数；决算数小于预算数", "决算数高于年初预算数；决算数低于预算数"),
    ("yizhi-chiping", "决算数与年初预算数一致", "决算数与年初预算数持平"),
    ("date-iso", "截至2024年12月31日，", "截至2024-12-31，"),
    ("cn-year", "2024年度部门决算，2023年", "二〇二四年度部门决算，二〇二三年"),
    ("circled-paren", "①文化旅游体育与传媒支出（类）", "（1）文化旅游体育与传媒支出（类）"),
    ("wan-without-yuan", "公务接待费支出0.52万元，共接待4批次。支出528.65万元（2023年度：512.30万元），增加16.35万元。",
     "公务接待费支出0.52万，共接待4批次。支出528.65万（2023年度：512.30万元），增加16.35万元。"),
    # session 17: the phrasings opened stand-ins taught, tried on every other document
    ("budget-in-completion", "支出年初预算为1,402.00万元，支出决算为1,387.12万元，完成年初预算的98.94%。",
     "支出决算为1,387.12万元，完成年初预算1,402.00万元的98.94%。"),
    ("budget-in-completion",
     "出国费年初预算12.00万元，支出决算0.00万元，完成预算的0.00%；支出决算5.00万元，完成预算的50.00%",
     "出国费支出决算0.00万元，完成预算12.00万元的0.00%；支出决算5.00万元，完成预算的50.00%"),
    ("code-first-items", "（5）社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）。主要用于",
     "（5）2080501行政单位离退休：主要用于"),
    ("code-first-items", "公共卫生（款）疾病预防控制机构（项）。", "公共卫生（款）疾病预防控制机构（项）。"),
    ("code-first-items", "机构运行（项）（2060701）：主要用于；（2013801）行政运行：主要用于",
     "2060701机构运行：主要用于；2013801行政运行：主要用于"),
    ("last-year-bracketed", "总计4,877.69万元，2023年度为4,465.37万元，较2023年度增加412.32万元。支出总计958.00万元。"
     "上年决算数为902.46万元。下降3.27%（上年为1,767.83万元）",
     "总计4,877.69万元（上年：4,465.37万元），较2023年度增加412.32万元。支出总计958.00万元（上年：902.46万元）。下降3.27%（上年：1,767.83万元）"),
    ("chinese-small-counts", "共接待6批次、42人次，3辆", "共接待六批次、42人次，三辆"),
])
def test_each_habit_says_the_same_figures_its_own_way(habit, text, typed):
    """Each habit keeps the text right: the same figures (or a bound or rounding that holds: 「近446万元」 for
    445.93, 「1.06亿元」 for 10644.55万元), the same directions and bases; only the office's way of saying them."""
    from tests.review_habits import HABITS

    assert HABITS[habit](text) == typed


_TITLE = "上海市某某局2024年度部门决算情况说明"


def _alarms(*lines: str) -> list[tuple[str, str, str]]:
    return [(f.code, f.figure, f.expected) for f in review_text("\n".join([_TITLE, *lines]))
            if f.level is not Level.INFO]


def test_a_fall_written_as_a_negative_growth_is_a_fall():
    """「减少20.00万元，增长-58.72%」 (20 ÷ 34.06): a negative growth is a fall — no contradiction; a wrong one is
    corrected in the document's own way of writing it (its own minus sign 「-」, not 下降)."""
    said = "2024年度机关运行经费支出14.06万元，比2023年度减少20.00万元，增长{}%。主要原因是压减开支。"
    assert _alarms(said.format("-58.72")) == []
    assert _alarms(said.format("-50.00")) == [("R-PERCENT", "-50.00%", "-58.72%")]


@pytest.mark.parametrize("said", [
    "2024年度机关运行经费支出1244.96万元，比2023年度增加近147万元，增长13.34%。",
    "2024年度机关运行经费支出1244.96万元，比2023年度增加超过146万元，增长13.34%。",
    "2024年度机关运行经费支出1128.46万元，比2023年度增加128.46万元，增长约12.9%。",
    "本年支出合计10000.00万元，其中：基本支出6915.40万元，约占69.2%；项目支出3084.60万元，约占30.9%。",
])
def test_a_figure_said_approximately_is_no_statement_to_check(said):
    """「近147万元」 for 146.51, 「超过146万元」, 「约12.9%」 for 12.846% (12.85% rounded again), 「约占30.9%」 for
    30.846%: bounds and roundings that hold; no rule reads them as the exact change, base or share (before: 147 was
    read as 2023年度's amount, 约12.9% as an exact 12.9%)."""
    assert _alarms(said) == []


def test_parts_headed_by_numbers_in_brackets_each_describe_their_own_table():
    """Under 「第三部分」 the parts headed （一）（二）… (no 一、 above them): each part's figures are its own table's
    — 「（二）财政拨款收入支出决算总体情况说明」 is not the 收入支出决算总表 of （一）."""
    from juesuan.review.extract import Block
    from juesuan.review.subjects import sections

    texts = ["第三部分 情况说明", "（一）收入支出决算总体情况说明", "收入、支出总计均为8,223.38万元。",
             "（二）财政拨款收入支出决算总体情况说明", "财政拨款收入支出总计7,357.23万元。"]
    got = [s.table for s in sections([Block(t, f"第{k}段") for k, t in enumerate(texts)])]
    assert got[2] == "收入支出决算总表" and got[4] == "财政拨款收入支出决算总表", got


# how a habit may change a figure and keep the text right: (old, new) in 万元 or %, each as written
_HOLDS = {
    "percent-one-decimal": lambda a, b: abs(a - b) <= Decimal("0.05"),
    "approx-yue": lambda a, b: abs(a - b) <= Decimal("0.05"),
    "yi-totals": lambda a, b: abs(a - b) <= 50,  # 1.06亿元 for 10644.55万元: half of 0.01亿元
    "approx-jin": lambda a, b: 0 < b - a < 1,  # 近446 for 445.93
    "approx-chaoguo": lambda a, b: 0 < a - b < 1,  # 超过445 for 445.93
    "negative-growth": lambda a, b: b == -a,  # 增长-14.81% for 下降14.81%
    "wan-whole": lambda a, b: abs(a - b) <= Decimal("0.5"),  # 1,235万元 for 1,234.56万元
}
# habits that say the same figures in another order (「增长4.37%，增加445.93万元」)
_REORDERS = {"rate-before-amount", "budget-in-completion"}


def _figures(text: str) -> list[Decimal]:
    from juesuan.review.blocks import normalize
    from juesuan.review.figures import MONEY_UNITS, find_figures

    # 「（1.06亿元）」 said beside the 万元 it rounds (yi-beside) is not another figure (an 亿元 figure alone in its
    # brackets: not 「（门诊收入3.32亿元、住院收入5.27亿元）」)
    text = normalize(text)
    return [f.yuan() / MONEY_UNITS["万元"] if f.is_money else f.value for f in find_figures(text)
            if f.unit and not (f.unit == "亿元" and text[f.end:].startswith("）") and text[:f.start].endswith("（"))]


def test_every_habit_keeps_the_clean_copies_figures_or_a_rounding_or_bound_that_holds():
    """Over every opened stand-in's clean text: a habit says each figure as it was (「1,234.56万元」 in 元 is the
    same amount), or rounded or bounded in a way that holds — a habit that changed a figure would be an error
    injected, and the bench would count a true alarm as false."""
    from tests.review_habits import HABITS
    from tests.test_review_adv import clean, open_ids

    wrong = []
    for doc in open_ids():
        for text in clean(doc).paragraphs:
            before = _figures(text)
            for name, habit in HABITS.items():
                typed = habit(text).replace("\n", "")
                said, after = (sorted(before), sorted(_figures(typed))) if name in _REORDERS else (
                    before, _figures(typed))
                holds = _HOLDS.get(name, lambda a, b: False)
                if len(after) != len(said) or not all(a == b or holds(a, b) for a, b in zip(said, after, strict=True)):
                    wrong.append((doc, name, text[:40], typed[:40]))
    assert wrong == []


def test_the_recall_half_says_each_error_the_habits_way():
    """benchmarks/bench_review_habits.py ``--recall``: an error's figure as the habit types it (「438.71万元」 in 元),
    its context too (「较2023年度减少」 → 「较上年减少」); one whose wrong figure the habit rounds (近439) is n/a,
    kept on the figure the habit put there."""
    from tests.review_corpus import Error, Passage
    from tests.review_habits import HABITS
    from tests.review_habits_recall import typed_passage

    error = Error("438.71万元", "direction", "", "增加438.71万元", context="较2023年度减少438.71万元")
    passage = Passage("x", "", "", 2024, "决算", "", False, False,
                      "支出总计6,050.79万元，较2023年度减少438.71万元，增长7.82%。", (error,))
    typed = {name: typed_passage(passage, HABITS[name])[1][0] for name in ("yuan-text", "jiao-shangnian", "approx-jin")}
    assert (typed["yuan-text"].error.figure, typed["yuan-text"].applicable) == ("4,387,100.00元", True)
    assert typed["jiao-shangnian"].error.context == "较上年减少438.71万元"
    assert (typed["approx-jin"].error.figure, typed["approx-jin"].applicable) == ("439万元", False)
