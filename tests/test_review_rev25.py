"""rev25: 原文数字 is the span 应为 replaces (review/spans.py); places quote the document as written."""

from __future__ import annotations

import re
import tempfile
from functools import cache
from pathlib import Path

import pytest

from juesuan.core.findings import Level
from juesuan.review.base import ReviewFinding
from juesuan.review.spans import spanned


def _f(figure: str, expected: str, quote: str) -> ReviewFinding:
    return ReviewFinding(Level.ERROR, "R-X", "m", quote=quote, figure=figure, expected=expected)


@pytest.mark.parametrize(("figure", "expected", "quote", "span", "should"), [
    # the direction word stays: 应为 is the amount alone
    ("0.65万元", "减少0.56万元", "公务用车运行维护费比上年减少0.65万元，下降5.37%。", "0.65万元", "0.56万元"),
    # a reversed direction: the word joins 原文数字, 应为 the word with its amount
    ("438.71万元", "增加438.71万元", "较2023年度减少438.71万元，增长7.82%。", "减少438.71万元", "增加438.71万元"),
    ("5.00万元", "持平", "本年10.00万元，比上年增加5.00万元。", "增加5.00万元", "持平"),
    # words that change before a rate
    ("98.50%", "完成调整预算的98.50%", "调整预算320.00万元，完成年初预算的98.50%。", "完成年初预算的98.50%",
     "完成调整预算的98.50%"),
    # 决算 against 预算: the sentence's comparison words, as it writes them (年初), not the 决算 amount
    ("412.36万元", "决算数小于预算数", "支出决算412.36万元，决算数大于年初预算数的主要原因是…", "决算数大于年初预算数",
     "决算数小于年初预算数"),
    ("1,480.00万元", "决算数小于预算数", "支出决算为1,480.00万元，决算数与预算数持平，主要原因是…",
     "决算数与预算数持平", "决算数小于预算数"),
    # already one span; an instruction names its own words
    ("12.00万元", "21.00万元", "支出12.00万元。", "12.00万元", "21.00万元"),
    ("100.00%", "删去“，完成年初预算的100.00%”", "完成年初预算的100.00%。", "100.00%", "删去“，完成年初预算的100.00%”"),
])
def test_figure_is_the_span_its_expected_replaces(figure, expected, quote, span, should):
    f = spanned(_f(figure, expected, quote))
    assert (f.figure, f.expected) == (span, should)
    assert span in quote


# --- the checked property over every opened stand-in ----------------------------------------------------------------

def _shape(text: str) -> int:
    """How many numbers a figure holds (an amount for an amount, a date for a date; a unit slip's 应为 changes only
    the unit, a direction's its words)."""
    return len(re.findall(r"\d[\d,，.]*", text))


def _replaceable(f) -> str:
    """Why ``f``'s 原文数字 and 应为 are not one span (pasting 应为 over 原文数字 in its sentence), "" when they are:
    an 应为 to paste has its 原文数字 (rev31), in its sentence, of the same kind — as many figures (a blank's 应为
    fills it: 「完成年初预算的%」 → 「完成年初预算的95.99%」), not far longer, no words beside it written twice."""
    if not f.expected or re.match(r"删去|补列|[（(]", f.expected):
        return ""
    if not f.figure:
        return f"应为 {f.expected!r} with no 原文数字"
    if f.figure.endswith("持平") and re.fullmatch(r"(?:增加|减少)\d[\d,.]*(?:万元|元)", f.expected):
        return ""  # 「与上年持平」 → 「减少0.13万元」: a 持平 the figures refute, its move pasted over it (R-FLAT)
    if f.figure not in f.quote:
        return f"{f.figure!r} not in its sentence"
    if f.anchor and f.figure in f.anchor and f.anchor in f.quote and _shape(f.anchor) == _shape(f.expected):
        return ""  # pasted over its anchor: the change and the rate beside it said the same wrong way (rev64)
    if len(f.expected) > 2 * len(f.figure) + 4:
        return f"{f.figure!r} → {f.expected!r}: 应为 far longer"
    at = f.quote.find(f.figure)
    before, after = f.quote[max(0, at - 8): at], f.quote[at + len(f.figure):]
    if any(f.expected.endswith(after[:k]) for k in range(2, min(8, len(after)) + 1)) or any(
            f.expected.startswith(before[-k:]) for k in range(2, len(before) + 1)):
        return f"{f.figure!r} → {f.expected!r}: pasted, words beside it twice"  # 「2024年度部门决算情况说明情况说明」
    if not re.search(r"\d", f.expected):  # words: for words, or a direction word for a direction and its amount
        turned = f.expected == "持平" and re.match(r"增加|减少|增长|下降", f.figure)
        return "" if turned or not re.search(r"\d", f.figure) else f"words {f.expected!r} for {f.figure!r}"
    # a blank filled, or the template's placeholder written as a number (「XX个」 → 「1个」, rev56)
    filled = re.sub(r"\d[\d,，.]*", "", f.expected) == re.sub(r"XX+|xx+|××+", "", f.figure.replace(" ", ""))
    listed, put = f.figure.split("、"), f.expected.split("、")  # a list's line put back between its neighbours (rev36)
    back = len(put) == len(listed) + 1 and any(put[:k] + put[k + 1:] == listed for k in range(len(put)))
    return "" if filled or back or _shape(f.figure) == _shape(f.expected) else f"{f.figure!r} → {f.expected!r}"


def _open_ids():
    from tests.test_review_adv import open_ids

    return open_ids()


@cache
def _reviewed(doc_id: str, tag: str) -> tuple[Path, tuple]:
    """A stand-in as .docx (``tag`` "err": with its errors, "clean": before them) and what the review finds in it."""
    from tests.test_review_adv import build_docx, clean, load, review

    out = Path(tempfile.mkdtemp(prefix="rev25-"))
    path = build_docx(load(doc_id) if tag == "err" else clean(doc_id), out / f"{doc_id}.{tag}.docx")
    return path, tuple(review(path))


@pytest.mark.parametrize("doc_id", _open_ids())
def test_every_expected_pastes_over_its_figure(doc_id):
    bad = [f"{tag} {f.code}: {why}" for tag in ("err", "clean") for f in _reviewed(doc_id, tag)[1]
           if (why := _replaceable(f))]
    assert not bad, bad


# the words a place quotes: its last 「…」 (words holding “”), else its last “…”, without the 「…」 that says it is cut
_QUOTED = re.compile(r"「([^「」]+?)…?」$|“([^“”]+?)…?”$")


def test_a_place_quotes_the_paragraph_as_written():
    from juesuan.review.blocks import Block
    from juesuan.review.places import opening

    raw = "2024 年度“三公”经费财政拨款支出决算中，因公出国（境）费 0.00 万元。"
    b = Block("2024年度“三公”经费财政拨款支出决算中，因公出国（境）费0.00万元。", "第1段", raw=raw)
    assert opening(b.text, 0, raw=b.raw) == "「2024 年度“三公”经费财政拨…」"
    said = "其中：财政拨款收入 7357.23 万元，占 89.4%。"
    assert opening("其中：财政拨款收入7357.23万元，占89.4%。", 5, raw=said) == "“其中：财政拨款收入 7357.23 万元…”"


@pytest.mark.parametrize("doc_id", _open_ids())
def test_every_docx_place_is_found_with_ctrl_f(doc_id):
    """The words every .docx paragraph place quotes, each paragraph finding's 原文 and 原文数字, and a table finding's
    原文数字 (a cell) are in the document's text as python-docx reads it (rev31: 原文 as written, not normalised)."""
    from docx import Document

    bad = []
    for tag in ("err", "clean"):
        path, found = _reviewed(doc_id, tag)
        doc = Document(str(path))
        paragraphs = [p.text for p in doc.paragraphs]
        cells = {c.text for t in doc.tables for r in t.rows for c in r.cells}
        text = "\n".join(paragraphs)
        for f in found:
            m = _QUOTED.search(f.place)
            table = f.place.endswith(("行", "栏", "的表格"))  # (a small table typed in a section: rev29)
            if m and not table and (m.group(1) or m.group(2)) not in text:
                bad.append(f"{tag} {f.code}: {f.place}")
            said = f.as_dict()  # 原文 and 原文数字 as printed
            if table:
                if f.figure and not any(f.figure in c for c in cells):  # (Ctrl-F finds it in its cell)
                    bad.append(f"{tag} {f.code}: 原文数字 {f.figure!r} is no cell")
            elif said["quote"] and not any(said["quote"] in p for p in paragraphs):
                bad.append(f"{tag} {f.code}: 原文 {said['quote'][:40]!r}")
            elif said["figure"] and said["figure"] not in said["quote"]:
                bad.append(f"{tag} {f.code}: 原文数字 {said['figure']!r} not in 原文")
            elif re.match(r"[.．、，,。；;]", said["quote"]):
                bad.append(f"{tag} {f.code}: 原文 starts on punctuation {said['quote'][:20]!r}")
    assert not bad, bad


# --- 应为 in the document's own unit and words --------------------------------------------------------------------


def test_a_yuan_texts_stray_wan_is_corrected_in_yuan():
    from juesuan.review.blocks import Block
    from juesuan.review.style import Majority, majority, restyled_value

    said = "公务用车运行维护费25,200.00元，公务接待费12,600.00元，办公费3,000.00元，印刷费800.00元，差旅费1,500.00元。"
    assert majority([Block(said, "第1段")]).in_yuan
    assert not majority([Block(said.replace("00元", "00万元"), "第1段")]).in_yuan
    in_yuan = Majority(in_yuan=True)
    assert restyled_value("1.26万元", "12,600.00万元", "R-TEXT-TABLE", in_yuan, False) == "12,600.00元"
    assert restyled_value("1.26万元", "12,600.00万元", "R-TEXT-TABLE", Majority(), False) == "1.26万元"
    assert restyled_value("1.26万元", "1.30万元", "R-TEXT-TABLE", in_yuan, True) == "1.26万元"  # a table's own unit


@pytest.mark.parametrize(("rate", "expected", "says"), [
    ("98.50%", "完成调整预算的98.50%", "98.50%是按调整预算320.00万元算的：“完成年初预算的”应为“完成调整预算的”"),
    ("90.00%", "完成调整预算的98.50%", "“完成年初预算的90.00%”应按调整预算320.00万元计算"),
])
def test_a_rate_of_a_zero_budget_names_the_full_budget_as_the_document_does(rate, expected, says):
    from juesuan.review import review_text

    text = f"应急救援（项）年初预算为0.00万元，调整预算为320.00万元，支出决算为315.20万元，完成年初预算的{rate}。"
    found = [f for f in review_text(text) if f.code == "R-RATE-ZERO"]
    assert [(f.figure, f.expected) for f in found] == [(f"完成年初预算的{rate}", expected)]
    assert says in found[0].message and "全年预算" not in found[0].message


def test_yingji_says_its_other_sources_apart_from_its_own_sentence():
    """yunxi-yingji (a 元 document): the stray 万 corrected in 元; each 「也是」 source named apart from the finding's
    own place (another paragraph of its section, another sentence of its paragraph by its opening words)."""
    # (R-UNIT-MISSING since rev32: a figure one scale off from the parts said beside it is a unit slip)
    found = [f for f in _reviewed("yunxi-yingji-2024", "err")[1] if f.code in ("R-TEXT-TABLE", "R-UNIT-MISSING")]
    assert [(f.figure, f.expected) for f in found] == [("12,600.00万元", "12,600.00元")]
    sources = re.findall(r"；([^；]+?)也是12,600.00元", found[0].message)
    own = found[0].place.split("，")[0]
    assert len(sources) == 3 and own not in sources and "本段" not in sources, sources


@pytest.mark.parametrize("grouped", [False, True])
def test_a_message_writes_amounts_as_the_document_does(grouped):
    """The amounts a message names in the document's writing: 「1244.96万元」 as the text writes it, the computed base
    in the same style — not restyled with separators the document does not use (or without those it does)."""
    from juesuan.review import review_text

    this, before = ("1,244.96", "1,098.45") if grouped else ("1244.96", "1098.45")
    found = review_text(f"机关运行经费支出{this}万元，比上年增加146.51万元，增长11.77%。")
    assert [f.code for f in found] == ["R-PERCENT"]
    assert f"按增减后的{this}万元计算的，增减幅度应以增减前的{before}万元为基数" in found[0].message


@pytest.mark.parametrize("doc_id", ["dongtan-fayuan-2024", "xiling-rongmeiti-2024", "dongtan-minzhengju-2024"])
def test_the_word_comment_sits_on_the_span_expected_replaces(doc_id):
    """The Word comment of a paragraph finding is anchored on its 原文数字, the span 应为 replaces (the comparison words
    「决算数大于预算数」, the direction with its amount 「减少438.71万元」)."""
    from docx import Document

    from juesuan.review.extract import read
    from juesuan.review.outputs import _figure_runs

    path, found = _reviewed(doc_id, "err")
    blocks, paragraphs = read(path), Document(str(path)).paragraphs
    on = {}
    for f in found:
        b = blocks[f.block]
        if f.figure and not b.is_table and 0 <= b.index < len(paragraphs):
            on[f.figure] = "".join(r.text for r in _figure_runs(paragraphs[b.index], f)).replace(" ", "")
    assert on and all(v == k.replace(" ", "") for k, v in on.items()), on
    assert any(re.search(r"决算数|减少|增加", k) for k in on), on
