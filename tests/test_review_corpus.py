"""Tests of the real-document corpus for 审阅 (tests/data/review_corpus; its model, loaders and matcher are in
tests/review_corpus.py):

- the corpus is well formed and its hand-established correct values recompute from the figures
  in the passage (``calc`` uses only numbers written in the passage, evaluated with ``Decimal``);
- the held-out third is chosen by a fixed rule on the id (so no one moves passages or wild documents
  between the sets to tune); the held-out items opened on 2026-12-06 carry ``opened`` (a second field: held_out
  still follows the rule) and are reported apart;
- recall and false alarms on the corpus do not regress below what the review does today.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from tests.review_corpus import (  # noqa: F401 — re-exported for tests/test_review_pdf_docs.py and the bench
    ALARM_LEVELS,
    CORPUS,
    DOC_KINDS,
    DOCS,
    DOCUMENT_BATCHES,
    KINDS,
    NO_CALC,
    OPENED_DOCUMENT_BATCHES,
    OPENED_ON,
    OPENED_PASSAGE_BATCHES,
    PASSAGE_BATCHES,
    UNMEASURED_SETS,
    Document,
    Error,
    Passage,
    Score,
    _norm,
    calc_value,
    held_out_rule,
    load_corpus,
    load_documents,
    matches,
    measure,
    measure_documents,
    measure_sets,
    numbers_in,
    parse_value,
    passage_set,
    rounded_like,
    score,
    status,
    totals_of,
)

# --- the tests -----------------------------------------------------------------------------------

PASSAGES = load_corpus()


def test_corpus_size_and_balance():
    with_errors = [p for p in PASSAGES if p.errors]
    assert len(PASSAGES) >= 40
    assert len(with_errors) >= 15
    assert len(PASSAGES) - len(with_errors) >= 25
    held = [p for p in PASSAGES if p.held_out]
    assert 0.2 <= len(held) / len(PASSAGES) <= 0.45


@pytest.mark.parametrize("p", PASSAGES, ids=lambda p: p.id)
def test_passage_schema(p: Passage):
    assert p.path.stem == p.id
    # a stored page the search tool keeps without its address is cited by its stored title
    assert (p.source.startswith("http") or p.source == f"stored page without address: {p.title}") and p.section
    assert p.doc in DOCS and 2005 <= p.year <= 2026
    assert p.held_out == held_out_rule(p.id), "held_out follows the fixed rule on the id"
    assert p.opened == (OPENED_ON if p.held_out and p.batch in OPENED_PASSAGE_BATCHES else ""), \
        "opened: the held-out passages of batches old and s3, nothing else"
    assert p.clean == (not p.errors)
    flat = p.text.replace("\n", "")
    for e in p.errors:
        assert e.kind in KINDS and e.why
        for form in e.forms():
            assert form.figure.replace("\n", "") in flat, f"{form.figure} is not in the passage"
        if e.context:
            assert e.context in flat and e.figure in e.context
    for t in p.tolerated:
        assert t in flat


@pytest.mark.parametrize("p", [p for p in PASSAGES if p.errors], ids=lambda p: p.id)
def test_correct_values_recompute_from_the_passage(p: Passage):
    written = numbers_in(p.text)
    for e in p.errors:
        for form in e.forms():
            if not form.calc:
                assert e.kind in NO_CALC, e
                continue
            value, used = calc_value(form.calc)
            assert all(n in written or n == 100 for n in used), f"{form.calc} uses a number not in the passage"
            assert rounded_like(value, form.correct) == parse_value(form.correct)[0], (form.calc, value)
            stated = parse_value(form.figure)
            if stated is not None and stated[1] == parse_value(form.correct)[1]:
                assert stated[0] != parse_value(form.correct)[0], "an error's figure differs from its correct value"


def test_matching_rules():
    @dataclass
    class F:
        figure: str
        expected: str
        quote: str = ""

    e = Error("1.14%", "rate", "x", "114.00%")
    assert matches(F("1.14%", "114.02%"), e)
    assert matches(F("1.14%", ""), e)
    assert not matches(F("1.14%", "2.00%"), e)
    assert not matches(F("2.14万元", "114.00%"), e)
    # a stated value the rounding of the figures allows: 2.4 ÷ (3.46 − 2.4) with 2.4 ∈ [2.35, 2.45]
    r = Error("0.24%", "rate", "x", "226.42%", "2.4 / (3.46 - 2.4) * 100")
    assert matches(F("0.24%", "227.27%"), r) and not matches(F("0.24%", "300.00%"), r)
    u = Error("1.58元", "unit", "x", "1.58万元")
    assert matches(F("1.58元", "1.58万元"), u) and not matches(F("1.58元", "1.58元"), u)
    blank = Error("占基本支出预算%", "blank", "x", "13.66%")
    assert matches(F("", "", "商品和服务支出预算 75800 元,占基本支出预算%,同比"), blank)
    # an error in words that holds digits ("2018度"): a finding with no figure points at it by quoting it
    year = Error("2018度", "wording", "x", "2018年度")
    assert matches(F("", "2018年度", "梧州市统计局2018度部门决算报表"), year)
    assert not matches(F("", "2018年度", "梧州市统计局2018年度部门决算报表"), year)
    assert not matches(F("2017度", "", "2017度 … 2018度"), year)
    # a missing unit: a finding with no figure that quotes the bare number in its sentence points at it
    bare = Error("18.87", "unit", "x", "18.87%", context="同比下降18.87;")
    assert matches(F("", "18.87%", "其中:因公出国(境)费43万元,同比下降18.87;公务接待费393万元"), bare)
    assert not matches(F("", "18.87%", "公务接待费393万元,同比下降9.24%"), bare)
    # an error figure written with its words (「上升2.31」): a finding on the number that quotes the whole figure
    # points at it; its 应为 is compared without the words (rev35)
    worded = Error("上升2.31", "unit", "x", "上升2.31%")
    said = "总计3,736.91万元，同比上升84.43万元，上升2.31（主要原因：服务量增加）。"
    assert matches(F("2.31", "2.31%", said), worded) and matches(F("2.31", "", said), worded)
    assert not matches(F("2.31", "2.13%", said), worded)
    assert not matches(F("2.31", "2.31%", "同比下降2.31（主要原因：服务量减少）。"), worded)
    assert not matches(F("84.43万元", "2.31%", said), worded)
    # a figure error still needs the figure itself, not a quote that merely contains it
    assert not matches(F("", "", "公务接待费支出1.14%"), e)
    # an established correction in words is not compared as a number (its 0 or 2024 is not its value)
    zero = Error("100%", "zero-base", "x", "（上年为 0，不写增长率）")
    assert matches(F("100%", "公务接待费支出决算增加0.40万元（上年无此项支出）"), zero)
    assert matches(F("100%", "2.00%"), zero)  # a figure stated against a wording: the place decides
    assert not matches(F("1.14%", "1.00%"), Error("1.14%", "rate", "x", "114.00%"))
    # a finding's figure that holds the words its 应为 changes with the error's figure (原文数字 = the span 应为
    # replaces) points at it; a different figure after words does not, nor the bare figure at words recorded with it
    turned = Error("438.71万元", "direction", "x", "增加438.71万元")
    assert matches(F("减少438.71万元", "增加438.71万元"), turned)
    assert not matches(F("减少1438.71万元", "增加1438.71万元"), turned)
    assert matches(F("完成年初预算的98.50%", ""), Error("98.50%", "zero-base", "x", "（不写完成率）"))
    assert not matches(F("0.04万元", ""), Error("减0.04万元", "direction", "x", "增0.04万元"))


def test_score_categories():
    from juesuan.core.findings import Level
    from juesuan.review import ReviewFinding

    text = "公务接待费支出2.14万元,与预算相比,增加1.14万元,增长1.14%。合计3万元,占50%。"
    p = Passage("x", "t", "http://x", 2021, "决算", "s", False, False, text,
                (Error("1.14%", "rate", "w", "114.00%", "1.14 / (2.14 - 1.14) * 100"),), ("50%",))

    def f(figure, expected, level=Level.ERROR):
        return ReviewFinding(level, "R-X", "m", quote=text, figure=figure, expected=expected)

    s = Score()
    score(p, [f("1.14%", "114.02%"), f("3万元", "2.14万元"), f("50%", "71.33%"), f("2.14万元", "", Level.INFO)], s)
    assert (s.found, s.matched, s.false_alarms, s.tolerated, s.notes, s.misvalued) == (1, 1, 1, 1, 1, 0)
    s = Score()
    score(p, [f("1.14%", "2.00%")], s)
    assert (s.found, s.false_alarms, s.misvalued, s.findings) == (0, 0, 1, 1)
    # found by a finding that states no 应为: counted found, and apart as found without its value
    s = Score()
    score(p, [f("1.14%", "")], s)
    assert (s.found, s.valueless, s.misvalued) == (1, 1, 0)
    s = Score()
    score(p, [f("1.14%", ""), f("1.14%", "114.00%")], s)
    assert (s.found, s.valueless) == (1, 0)


S3 = [p for p in PASSAGES if p.batch == "s3"]


def test_s3_passages():
    """The evening collection of 2026-12-05: passages of the sections that carry figures, none already in the corpus
    (passages or documents), none from the GovBudgetChecker material, a third held out by the fixed rule on the id, and
    enough real errors to measure recall on both sides."""
    assert {p.batch for p in PASSAGES} <= set(PASSAGE_BATCHES)
    assert len(S3) >= 30
    assert all("GovBudgetChecker" not in p.source and "zxj6827111" not in p.source for p in PASSAGES)
    older = {p.source for p in PASSAGES if p.batch != "s3"} | {d.source for d in load_documents()}
    assert not older & {p.source for p in S3}, "an s3 passage repeats a page already in the corpus"
    assert len({p.source for p in S3}) == len(S3)
    assert 0.2 <= sum(p.held_out for p in S3) / len(S3) <= 0.45
    assert sum(len(p.errors) for p in S3) >= 10


# Floors (errors found) and ceilings (false alarms at 错误/警告) per passage set, measured on 2026-12-06 03:02 with
# main a8cac68 (rev, rev2, pub, wb, corpus merged; before, at c0bfc07 with the same passages: old tuning 30 / 0,
# s3 tuning 7 / 0, s4 tuning 1 / 4, old held-out 3 / 5, s3 held-out 1 / 13, s4 held-out 0 / 9). They can only fail on
# a regression; tighten them as the review improves (benchmarks/bench_review_corpus.py prints the same rows).
# The rows "old opened" and "s3 opened" are the former "old held-out" and "s3 held-out" (the same passages), opened on
# 2026-12-06 07:44: measured on main a18fd35 at 07:55 they hold 3 / 5 and 1 / 12, as before.
PASSAGE_FLOORS = {  # set: (found at least, false alarms at most)
    "old tuning": (41, 0),  # 37 → 40 on main 7d31cec (06:02: pipe tables as table Blocks, text vs table: M15); 41 of 43
    # with 「主要原因是主要原因是」 listed (rev39, 2026-12-07: the passage's notes had it as 重复, not yet an error)
    "s3 tuning": (11, 0),  # 12 on a18fd35
    "s4 tuning": (3, 0),
    "old opened": (3, 5),
    "s3 opened": (1, 12),
    "s4 held-out": (0, 0),  # sealed
    # s5 (measured 2026-12-06 04:50 on main b455f4d): tuning 1 of 1 found (46.34% → 46.41%); held-out clean
    "s5 tuning": (1, 0),
    "s5 held-out": (0, 0),  # sealed
    # s6 (collected 2026-12-06 08:00, measured on a18fd35): tuning 1 of 1 found (198.76 → 198.09), 3 false alarms
    # (R-SAME on a 区 部门决算 summary that takes 本年支出 for the 年初结转和结余); held-out clean, 0 false alarms
    # (sealed: totals only)
    "s6 tuning": (1, 3),
    "s6 held-out": (0, 0),
    # s8 (2026-12-06 session 9, measured once on main 2ff1c91's rules): tuning 6 clean 预算执行/三公 passages, 0 found,
    # 3 false alarms (R-COVER on a report title split over two lines: 「…2021年预算执行情况」 / 「2022年预算草案的报告」
    # read as a title of the wrong year; 0 since rev11: a title's lines are joined, rules/years.titles); held-out
    # 2 clean passages, 0 false alarms (sealed: totals only)
    "s8 tuning": (0, 0),
    "s8 held-out": (0, 0),
    # s9 (2026-12-06 session 10, measured once on main 0b2af5d's rules, bench run 21:51): tuning 2 of 6 found, 2 false
    # alarms (R-PERCENT, R-SUM) and 1 other value; held-out (sealed, totals only) 0 of 1 found, 1 false alarm
    "s9 tuning": (2, 2),
    "s9 held-out": (0, 1),
    # s10 tuning (2026-12-07 session 14, measured untouched on main 350a6f0: 0 of 6 found, 3 false alarms:
    # R-DIRECTION ×2 on a bare 「收入」「支出」 read as the 其中 item ending with the word, R-REPEAT on a title
    # run into 「预算单位:」); rev39: 3 of 6 (「主要原因是主要原因」, 「比2022年或减少」, 「纳入2019年部门预算」),
    # 0 false alarms. The rest need a language model (「项目设等」, 「收放」) or are the bare template published
    # as is (told from the template itself, which must review clean, by nothing)
    "s10 tuning": (3, 0),
    # s10 held-out (sealed, totals only): untouched on 350a6f0 3 of 4 found, 0 false alarms; the same on 4210a15
    "s10 held-out": (3, 0),
    # s11 tuning (2026-12-07 session 15, measured untouched on e722d0c: 1 of 2 found, 2 false alarms: R-SUM on six
    # office names whose 、 the page lost, R-SUM on a 编制 whose 其中 lists the retired); rev42: 1 of 2, 0 false
    # alarms. rev48: 2 of 2 — the 三公 budget line written 12.5 where the decrease and its rate say 12.35 (the
    # 「本年预算A，上年预算B；对比减少C；减少率D」 shape read as a comparison, its base blamed)
    "s11 tuning": (2, 0),
    # s11 held-out (sealed, totals only): untouched on e722d0c 0 of 2 found, 0 false alarms; the same on 20f102f
    "s11 held-out": (0, 0),
    # s12 tuning (2026-12-07 session 16, measured untouched on main 17:12: 2 of 3 found, 0 false alarms); rev49: 3 of
    # 3 (「急救中心中心」: a unit's kind typed twice after its name)
    "s12 tuning": (3, 0),
    # s12 held-out (sealed, totals only): untouched 0 of 1 found, 0 false alarms; the same after rev49
    "s12 held-out": (0, 0),
    # s13 (session 17, untouched on main 20:12): tuning 1 of 5, 2 false alarms (R-SAME: 三公 lines spent read as 预算
    # from the 「预算执行比例」 between them); rev55 4 of 5, 0 (left: 「不止展览」, a dictionary's). Held-out (sealed,
    # totals only): untouched 0 of 3, 2; rev55 2 of 3, 2
    "s13 tuning": (4, 0),
    "s13 held-out": (2, 2),
    # s14 (session 18, untouched on main 23:2x): tuning no error, 0 false alarms; held-out (sealed, totals only) 1 of
    # 1 found, 1 false alarm
    "s14 tuning": (0, 0),
    "s14 held-out": (1, 1),
    # the totals: tuning counts the opened passages too (a18fd35: 61 of 74 found, 20 false alarms with s6)
    "tuning": (60, 20),
    "opened": (4, 17),
    "sealed": (6, 4),  # s4, s5, s6, s8 held-out passages: 1 error, not found, no false alarm; s9 held-out adds 1 and 1;
    # with s10–s12's 3 found, and s13 held-out (measured 2026-12-07 session 17, rev55): 5 found, 3 false alarms; s14
    # held-out (session 18): 6, 4
}


# a set collected but not yet measured (UNMEASURED_SETS) counts neither in a row nor in the totals below (the bench
# prints it like any set)
MEASURED = [p for p in PASSAGES if passage_set(p) not in UNMEASURED_SETS]


def test_review_on_corpus_does_not_regress():
    scores = measure_sets(MEASURED)
    assert set(PASSAGE_FLOORS) <= set(scores)
    assert scores["tuning"].errors >= 70 and scores["opened"].errors >= 10, "the floors must measure real errors"
    assert scores["sealed"].passages >= 8
    for name, (found, alarms) in PASSAGE_FLOORS.items():
        s = scores[name]
        sealed = "held-out" in name or name == "sealed"  # totals only: the rules must not be tuned on them
        assert s.found >= found, (name, s.found if sealed else s.missed)
        assert s.false_alarms <= alarms, (name, s.false_alarms if sealed else s.alarms)


def test_opened_items_are_tuning_material_reported_apart():
    """An opened held-out item has its own row ("<batch> opened"), counts in the "tuning" and "opened" totals and not
    in "sealed"; a held-out item not opened is sealed. On the corpus: the sealed passages are exactly the held-out
    ones of the batches after s3."""
    def item(held: bool, opened: str, batch: str = "s3") -> Passage:
        return Passage("x", "t", "http://x", 2021, "决算", "s", held, True, "文", batch=batch, opened=opened)

    assert (passage_set(item(True, OPENED_ON)), totals_of(item(True, OPENED_ON))) == ("s3 opened", ("tuning", "opened"))
    assert (passage_set(item(True, "", "s6")), totals_of(item(True, "", "s6"))) == ("s6 held-out", ("sealed",))
    assert (passage_set(item(False, "", "")), totals_of(item(False, "", ""))) == ("old tuning", ("tuning",))
    assert {p.id for p in PASSAGES if p.sealed} == {
        p.id for p in PASSAGES if p.held_out and p.batch not in OPENED_PASSAGE_BATCHES}
    assert all(not d.sealed for d in DOCUMENT_LIST if d.batch in OPENED_DOCUMENT_BATCHES)


S4 = [p for p in PASSAGES if p.batch == "s4"]


def test_s4_passages():
    """The passages of 2026-12-06 (2022–2024 三公 预算, 政府决算 and 预算执行 pages with figures, found while
    looking for whole 决算 documents): new pages only, none from the GovBudgetChecker material, held out by the
    fixed rule on the id."""
    assert len(S4) >= 5 and sum(p.held_out for p in S4) >= 2
    older = {p.source for p in PASSAGES if p.batch != "s4"} | {d.source for d in load_documents()}
    assert not older & {p.source for p in S4}
    for p in S4:
        assert p.held_out == held_out_rule(p.id) and p.year >= 2022
        assert "GovBudgetChecker" not in p.source and "zxj6827111" not in p.source


# --- whole documents (documents/): schema and the bench's matcher on them -------------------------

DOCUMENT_LIST = load_documents()


def test_documents_shape():
    assert len(DOCUMENT_LIST) >= 6 and len({d.id for d in DOCUMENT_LIST}) == len(DOCUMENT_LIST)
    assert sum(d.held_out for d in DOCUMENT_LIST) >= 2, "at least two documents kept back from tuning"
    assert sum(not d.held_out for d in DOCUMENT_LIST) >= 2


WILD = [d for d in DOCUMENT_LIST if d.batch == "wild"]


def test_wild_precision_set():
    """The wild set: at least 30 published 决算 texts no one here wrote, none already in the corpus (passages or
    older documents), none from the GovBudgetChecker material, a third held out by the fixed rule on the id."""
    assert len(WILD) >= 30
    assert {d.batch for d in DOCUMENT_LIST} <= set(DOCUMENT_BATCHES)
    for d in WILD:
        assert d.held_out == held_out_rule(d.id), f"{d.id}: held_out follows sha256(id)[0] % 3 == 0"
        assert "GovBudgetChecker" not in d.source and "zxj6827111" not in d.source
    assert 0.2 <= sum(d.held_out for d in WILD) / len(WILD) <= 0.45
    older = {p.source for p in PASSAGES} | {d.source for d in DOCUMENT_LIST if d.batch != "wild"}
    assert not older & {d.source for d in WILD}, "a wild document repeats a page already in the corpus"
    assert len({d.source for d in WILD}) == len(WILD)
    with_figures = [d for d in WILD if len(numbers_in(d.text)) >= 8]
    assert len(with_figures) >= 6, "the wild set must test figures, not only prose"


S4_DOCS = [d for d in DOCUMENT_LIST if d.batch == "s4"]


def test_s4_documents():
    """Batch s4 (2026-12-06): 2023/2024 部门决算 of the nine-table template (目录 一–十一/十四, 职责) found with
    the search tool; new pages only, none from the GovBudgetChecker material, held out by the fixed rule on the id
    (decided before the review was run on them). The stored windows hold the page head, 目录 and 职责: a precision
    set for 2023/2024 layouts."""
    assert len(S4_DOCS) >= 10
    older = {p.source for p in PASSAGES} | {d.source for d in DOCUMENT_LIST if d.batch != "s4"}
    assert not older & {d.source for d in S4_DOCS} and len({d.source for d in S4_DOCS}) == len(S4_DOCS)
    for d in S4_DOCS:
        assert d.held_out == held_out_rule(d.id) and d.year in (2023, 2024)
        assert "GovBudgetChecker" not in d.source and "zxj6827111" not in d.source
    assert sum(d.held_out for d in S4_DOCS) >= 2


S5 = [p for p in PASSAGES if p.batch == "s5"]
S5_DOCS = [d for d in DOCUMENT_LIST if d.batch == "s5"]


def test_s5_batch():
    """Batch s5 (2026-12-06, the session's fresh measure): 2023/2024 部门/单位决算 windows (区/县 departments,
    街道, 人大, 人社, 农业农村, 教育, 司法; 目录, 职责 and the first figures) and 2023/2024 passages (a 司法局 情况说明
    一–五, three 区 政府决算 reports, one with its 平衡表 one cell a line). New pages only (no address already in the
    corpus), none from the GovBudgetChecker material; held out by the fixed rule on the id, recorded before the
    review was run on any of them."""
    assert len(S5) + len(S5_DOCS) >= 20 and len(S5_DOCS) >= 15
    older = ({p.source for p in PASSAGES if p.batch != "s5"} | {d.source for d in DOCUMENT_LIST if d.batch != "s5"})
    s5_sources = [x.source for x in S5] + [d.source for d in S5_DOCS]
    assert not older & set(s5_sources) and len(set(s5_sources)) == len(s5_sources)
    for x in [*S5, *S5_DOCS]:
        assert x.held_out == held_out_rule(x.id) and x.year in (2023, 2024)
        assert "GovBudgetChecker" not in x.source and "zxj6827111" not in x.source
    assert sum(d.held_out for d in S5_DOCS) >= 5 and sum(p.held_out for p in S5) >= 1


S6 = [p for p in PASSAGES if p.batch == "s6"]
S6_DOCS = [d for d in DOCUMENT_LIST if d.batch == "s6"]


def test_s6_batch():
    """Batch s6 (2026-12-06, the sealed measure after the opening): 2019–2025 部门/单位决算 windows (镇, 街道,
    学校, 医院, 卫生院, 社区卫生服务中心; 目录, 职责 and the first figures), 上海/区 政府决算 reports, a 区 部门决算
    summary, a 绩效自评, 三公 预算 and 政府采购 pages. New pages only, none from the GovBudgetChecker material; held
    out by the fixed rule on the id, recorded before the review was run on any of them; none opened."""
    items = [*S6, *S6_DOCS]
    assert len(items) >= 25 and len(S6) >= 5 and len(S6_DOCS) >= 15
    older = {p.source for p in PASSAGES if p.batch != "s6"} | {d.source for d in DOCUMENT_LIST if d.batch != "s6"}
    sources = [x.source for x in items]
    assert not older & set(sources) and len(set(sources)) == len(sources)
    for x in items:
        assert x.held_out == held_out_rule(x.id) and not x.opened and x.sealed == x.held_out
        assert "GovBudgetChecker" not in x.source and "zxj6827111" not in x.source
    assert sum(p.held_out for p in S6) >= 2 and sum(d.held_out for d in S6_DOCS) >= 5
    assert sum(len(x.errors) for x in items) >= 5, "the batch must hold real errors"
    assert sum(len(numbers_in(x.text)) >= 8 for x in items) >= 10, "the batch must test figures, not only prose"


S7_DOCS = [d for d in DOCUMENT_LIST if d.batch == "s7"]


def test_s7_batch():
    """Batch s7 (2026-12-06, the sealed measure of sessions 7–9): 2017–2024 部门/单位决算 windows (重庆
    镇/街道/学校, 北京 区/市级 units, 湖北/湖南/广西/甘肃/宁夏/内蒙古/云南/河南 units) and 重庆 政府决算 reports, at
    addresses not yet in the corpus, none from the GovBudgetChecker material. Every item is held out by the brief
    (not by the id rule) and every item was opened on 2026-12-06 21:35 (session 10): tuning material since, in the
    row "s7 opened" and the totals "tuning" and "opened", never in "sealed"."""
    assert len(S7_DOCS) >= 40 and not [p for p in PASSAGES if p.batch == "s7"]
    older = {p.source for p in PASSAGES} | {d.source for d in DOCUMENT_LIST if d.batch != "s7"}
    sources = [d.source for d in S7_DOCS]
    assert not older & set(sources) and len(set(sources)) == len(sources)
    for d in S7_DOCS:
        assert d.held_out and d.opened == OPENED_ON and not d.sealed and status(d) == "opened"
        assert passage_set(d) == "s7 opened" and totals_of(d) == ("tuning", "opened")
        assert "GovBudgetChecker" not in d.source and "zxj6827111" not in d.source
    assert sum(len(d.errors) for d in S7_DOCS) >= 12, "the batch must hold real errors"
    assert sum(len(numbers_in(d.text)) >= 8 for d in S7_DOCS) >= 12, "the batch must test figures, not only prose"


S8 = [p for p in PASSAGES if p.batch == "s8"]
S8_DOCS = [d for d in DOCUMENT_LIST if d.batch == "s8"]


def test_s8_batch():
    """Batch s8 (2026-12-06 session 9, the sealed measure after s7): 2021–2026 部门/单位决算 windows with their first
    figures (幼儿园, 区人大 信息中心, 街道), 区/县 政府决算 reports (天津 滨海, 杭州 a district, 泉港, 蓝山, 璧山) and
    预算执行 reports (南开, 湖口, 璧山, 合川), a 三公 预算 page, at addresses not yet in the corpus, none from the
    GovBudgetChecker material. Held out by the fixed rule on the id (recorded before any review run), none opened:
    the held-out half counts in "sealed" only, the rest is tuning material."""
    items = [*S8, *S8_DOCS]
    assert len(items) >= 15 and len(S8_DOCS) >= 8
    older = {p.source for p in PASSAGES if p.batch != "s8"} | {d.source for d in DOCUMENT_LIST if d.batch != "s8"}
    sources = [x.source for x in items]
    assert not older & set(sources) and len(set(sources)) == len(sources)
    for x in items:
        assert x.held_out == held_out_rule(x.id) and not x.opened and x.sealed == x.held_out
        assert passage_set(x) == f"s8 {'held-out' if x.held_out else 'tuning'}"
        assert "GovBudgetChecker" not in x.source and "zxj6827111" not in x.source
    assert sum(x.held_out for x in items) >= 4 and sum(not x.held_out for x in items) >= 8
    assert sum(len(x.errors) for x in items) >= 8, "the batch must hold real errors"
    assert sum(len(numbers_in(x.text)) >= 8 for x in items) >= 12, "the batch must test figures, not only prose"


S9 = [p for p in PASSAGES if p.batch == "s9"]
S9_DOCS = [d for d in DOCUMENT_LIST if d.batch == "s9"]
# decided and posted in COORD.md (2026-12-06 session 10) before the review was run on any s9 item: the rule on the id
# gives exactly these; a change of ids or of the rule shows here
S9_SEALED = {
    "sh-pudong-2023-yusuan-zhixing", "sh-minhang-2024-yusuan-zhixing", "sh-huangpu-2023-yusuan-zhixing",
    "sh-jiading-2024-yusuan-zhixing", "sc-bazhou-2024-sangong-yusuan", "sc-jintang-guancang-2015-sangong",
    "cq-yunyang-jikong-2023", "bj-tongzhou-laoganbu-2024", "gs-tianshui-kexie-2023", "gx-wuzhou-touzi-tousu-2024",
    "yn-mangshi-hongshizihui-2023", "gs-lintao-2024-2yue-caizheng-shouru", "tj-2024-shangbannian-yusuan-zhixing",
}


def test_s9_batch():
    """Batch s9 (2026-12-06 session 10, the sealed measure after s7 was opened): 上海 区 预算执行 reports
    (浦东, 闵行, 杨浦, 黄浦, 嘉定), county and city 预算执行 reports (滨州, 临洮, a 5月 report), 彩票公益金 and
    三公 pages, 部门/单位决算 windows (党校, 疾控, 档案馆, 老干部局, 政法委, 红十字会, 科协, 梧州 platform PDFs,
    幼儿园, 学校). New addresses only (passages, documents and tests/data/published), none from the
    GovBudgetChecker material; held out by the fixed rule on the id, recorded before any review run; none
    opened: the held-out part counts in "sealed" only."""
    items = [*S9, *S9_DOCS]
    assert len(items) >= 25 and len(S9) >= 10 and len(S9_DOCS) >= 12
    older = {p.source for p in PASSAGES if p.batch != "s9"} | {d.source for d in DOCUMENT_LIST if d.batch != "s9"}
    published = " ".join(f.read_text(encoding="utf-8") for f in (CORPUS.parent / "published").glob("*.toml"))
    sources = [x.source for x in items]
    assert not older & set(sources) and len(set(sources)) == len(sources)
    assert not [s for s in sources if s in published]
    for x in items:
        assert x.held_out == held_out_rule(x.id) and not x.opened and x.sealed == x.held_out
        assert passage_set(x) == f"s9 {'held-out' if x.held_out else 'tuning'}"
        assert "GovBudgetChecker" not in x.source and "zxj6827111" not in x.source
    assert {x.id for x in items if x.sealed} == S9_SEALED
    assert sum(len(x.errors) for x in items) >= 10, "the batch must hold real errors"
    assert sum(len(numbers_in(x.text)) >= 8 for x in items) >= 15, "the batch must test figures, not only prose"


@pytest.mark.parametrize("d", DOCUMENT_LIST, ids=lambda d: d.id)
def test_document_schema(d: Document):
    assert d.path.stem == d.id and d.text_path.exists() and d.text.strip()
    assert d.batch in DOCUMENT_BATCHES
    assert d.opened == (OPENED_ON if d.held_out and d.batch in OPENED_DOCUMENT_BATCHES else ""), \
        "opened: every held-out document of the batches before s6, and s7, nothing else"
    assert d.tables_path is None or d.tables_path.exists()
    assert d.source.startswith("http") and d.title and d.unit and d.complete and d.checked
    assert d.doc == "决算" and 2005 <= d.year <= 2026
    assert d.no_errors_found == (not d.errors)
    flat = d.text.replace("\n", "")
    written = numbers_in(d.text)
    cells = d.table_cells()
    for e in d.errors:
        assert e.kind in DOC_KINDS and e.why and e.needs in ("", "table") and e.where in ("", "table")
        if e.where == "table":
            assert d.tables_path is not None and e.figure in cells, f"{e.figure} is not a cell of the tables"
            assert all(r in cells for r in e.rows), e.rows
            if e.calc:
                value, used = calc_value(e.calc)
                assert all(str(n) in {c.replace(",", "") for c in cells} for n in used), e.calc
                assert rounded_like(value, e.correct) == parse_value(e.correct)[0], (e.calc, value)
            continue
        assert all(form.figure in flat for form in e.forms()), f"{e.figure} is not in the document"
        squeezed = re.sub(r"\s", "", flat)
        assert e.sentence and re.sub(r"\s", "", e.sentence) in squeezed, f"no sentence, or not in the text: {e.figure}"
        assert re.sub(r"\s", "", e.context or e.figure) in re.sub(r"\s", "", e.sentence), e.sentence
        if e.context:
            assert e.context in flat and e.figure in e.context, e.context
            assert flat.count(e.context) == 1, f"context {e.context} is not unique"
        else:
            assert flat.count(e.figure) == 1 or e.kind in NO_CALC, f"{e.figure} is written twice: give a context"
        if e.calc:
            value, used = calc_value(e.calc)
            assert all(n in written or n == 100 for n in used), f"{e.calc} uses a number not in the document"
            assert rounded_like(value, e.correct) == parse_value(e.correct)[0], (e.calc, value)
        else:
            assert e.kind in NO_CALC, e
    for t in d.tolerated:
        assert t in flat



def test_document_matcher():
    """A finding counts for a document's error only in the error's own sentence (the context), with its
    correct value; the same figure elsewhere in the document is a false alarm."""
    from juesuan.core.findings import Level
    from juesuan.review import ReviewFinding

    d = next(d for d in DOCUMENT_LIST if d.id == "putuo-wenlv-2025")
    zero = next(e for e in d.errors if e.figure == "100%")
    here = "2025 年度“三公”经费…公务接待费支出决算增加 0.40 万元，增长 100%。"
    elsewhere = "财政拨款收入 2002.80 万元，占 100%。"

    def f(quote, figure="100%", expected=""):
        return ReviewFinding(Level.ERROR, "R-X", "m", quote=quote, figure=figure, expected=expected)

    assert matches(f(here), zero) and not matches(f(elsewhere), zero)
    share = next(e for e in d.errors if e.figure == "6.08%")
    assert matches(f("…1493.32 万元，占 6.08%", "6.08%", "6.09%"), share)
    assert not matches(f("…1493.32 万元，占 6.08%", "6.08%", "6.50%"), share)
    s = Score()
    score(d.as_passage(), [f(here), f(elsewhere)], s)
    assert (s.found, s.false_alarms, s.errors) == (1, 1, len(d.as_passage().errors))


def test_a_table_error_spread_over_rows_is_matched_on_any_of_them():
    from juesuan.core.findings import Level
    from juesuan.review import ReviewFinding

    d = next(d for d in DOCUMENT_LIST if d.id == "putuo-wenlv-2025")
    shifted = next(e for e in d.errors if e.where == "table")
    assert shifted not in d.as_passage().errors and shifted in d.as_passage(tables=True).errors

    def f(quote, figure):
        return ReviewFinding(Level.ERROR, "R-TABLE-PARENT", "m", quote=quote, figure=figure, expected="1.00万元")

    assert matches(f("221：住房保障支出、17,127.62、7,374.19、9,753.43", "17,127.62"), shifted)
    assert not matches(f("207：文化旅游体育与传媒支出、17,127.62、7,374.19、9,753.43", "17,127.62"), shifted)


# Floors and ceilings measured on 2026-12-06 03:02 (main a8cac68): text-only review of the whole documents — tuning
# 19 found, 0 false alarms; held-out 1 false alarm (c0bfc07 with the same documents: 17 / 0 and 3; 2026-12-05 21:22,
# ba7d025: 16 / 0 and 3; before rev's work: 11 / 8 and 6). Since 2026-12-06 07:44 every held-out document of the batches
# old, wild, s4 and s5 is opened: its rows are "<batch> opened", and the "tuning" total counts them (a18fd35, 07:55:
# 21 found, 1 false alarm — the former held-out one, in "old opened").
# They can only fail on a regression; tighten them as the review improves (bench_review_corpus.py --docs prints the
# same rows).
DOC_FLOORS = {  # set: (found at least, false alarms at most)
    # 12 since hab16 (session 16): 普陀's 「0.40 万」「0.00 万」 (「国内公务接待支出XX万（含外宾接待支出XX万元）」, the
    # official template's own words copied) are tolerated, no longer errors (issue 17: a review must not call them so)
    "old tuning": (12, 0),
    "old opened": (0, 1),
    "wild tuning": (4, 0),
    "wild opened": (0, 0),
    "s4 tuning": (3, 0),
    "s4 opened": (0, 0),
    "s5 tuning": (1, 0),
    "s5 opened": (0, 0),
    # s6 (2026-12-06 08:05, a18fd35): tuning 3 of 10 found, 0 false alarms; held-out (sealed) 0 false alarms
    "s6 tuning": (10, 0),  # real9: 10 of 10 (病编制, 万元 after a change followed by its rate ×2)
    # rev39 (2026-12-07): 2 R-WORD-SLIP alarms on the sealed side, both the heading 「部门概括」 (for 部门概况):
    # the slip batch s10 lists as an error in gs-wudu-jianchayuan-2021 (told by totals with the rule's headings
    # one at a time, then with 「部门概括」 alone: 2; the documents not read) — an error the sealed annotation
    # does not list, it seems
    "s6 held-out": (0, 2),
    # s7 (2026-12-06 session 7, all held out; measured sealed on 0de6a04's rules): 6 of 12 found, 2 false alarms;
    # 8 of 12 on rev6 (session 8, totals only); opened 2026-12-06 21:35 (main c94b63d: 8 of 12, 2 false alarms)
    "s7 opened": (12, 0),  # real9: 12 of 12, 0 false alarms
    # s8 (2026-12-06 session 9, measured once on main 2ff1c91's rules): tuning 2 of 4 found (the blank 届次 of 滨海, the
    # school's name missing 二), 0 false alarms; 4 of 4 on rev11 (「2022年度年」, 「2023    以来」); held-out (sealed,
    # totals only) 7 of 11 found, 0 false alarms
    "s8 tuning": (4, 0),
    "s8 held-out": (7, 0),
    # s9 (2026-12-06 session 10, measured once on main 0b2af5d's rules, bench run 21:51): tuning 1 of 4 found, 0 false
    # alarms; held-out (sealed, totals only) 5 documents without errors, 0 false alarms
    "s9 tuning": (1, 0),
    "s9 held-out": (0, 0),
    # s10 tuning (2026-12-07 session 14, measured untouched on main 350a6f0: 0 of 11 found, 0 false alarms);
    # rev39: 5 of 11 (「部门概括」, 「只要职责有」, 「收入总计 ,其中」 with its value, 「…委员(本级)」,
    # 「单位单位」), 0 false alarms. The rest: 「八、」 lost from a 目录 (the page markup loss that
    # bj-tongzhou-mizidian-2023 records as no error), and slips that need a language model (「属企业」,
    # 「发展得」, 「极开展」, 「考项资全」, 「接规定」)
    "s10 tuning": (5, 0),
    # s10 held-out (sealed, totals only): untouched on 350a6f0 3 of 10 found, 1 false alarm; 5 of 10, 1 on 4210a15
    "s10 held-out": (5, 1),
    # s11 tuning (2026-12-07 session 15, measured untouched on e722d0c: 1 of 9 found, 3 false alarms — R-REPEAT ×2
    # and R-TEMPLATE, right findings whose quotes missed the error's context: 「汨罗市汨罗市」 quoted without its
    # run-in heading 「（一）内设机构设置。」, the body's 「XX部门(单位)概况」 quoted alone); rev42: 8 of 9, 0 false
    # alarms (「汨罗市汨罗市」 ×2, 「常德市市委」, 「九江市青少宫」, 「县殡葬管理所概况」 against its 目录 line,
    # 「区政府(区委)组成部门(直属机构)」, 「完成预算0万元的100%」). Left: the second 「XX部门(单位)」 — the template's
    # name placeholder is said once, at the 目录, with 「共2处」 (as under a title naming the unit)
    "s11 tuning": (8, 0),
    # s11 held-out (sealed, totals only): untouched on e722d0c 2 of 5 found, 0 false alarms; 3 of 5, 0 on 20f102f
    "s11 held-out": (3, 0),
    # s12 tuning (2026-12-07 session 16, measured untouched on main 17:12: 0 of 8 found, 3 false alarms — R-UNIT-NAME
    # on 「…工作部部」 / 「…宣传部部」, a name ending in 部 read with the 部 of the 「部门决算」 after it); rev49: 4 of
    # 8, 0 false alarms (「…局2024部门决算表」 in a heading where the title writes 「…局2024年度部门决算」, 「中共」
    # twice in a unit's name, 「十、、」 ×2). Left: slips that need a dictionary or the unit's trade (「产业机构」,
    # 「合理配制」, 「调查评价共组」, a 宣传部's 「有关科技方针」)
    "s12 tuning": (4, 0),
    # s12 held-out (sealed, totals only): untouched on main 17:12 3 of 9 found, 2 false alarms; 5 of 9, 2 after rev49
    "s12 held-out": (5, 2),
    # s13 (session 17, untouched on main 20:12): tuning 2 of 9, 0 false alarms; rev55 6 of 9, 0 (left:
    # 「部门(单位)概况」, which three other tuning documents publish uncounted; 「引导设置」, 「发展得」: a
    # dictionary's). Held-out (sealed, totals only): 0 of 1, 0 before and after
    "s13 tuning": (6, 0),
    "s13 held-out": (0, 0),
    # s14 (session 18, untouched on main 23:2x): tuning 1 of 3 found, 1 false alarm — R-UNIT-NAME on
    # 「…交通运输局局本级」, the 局's own level read as the name with a 局 added; after the integrator's fixes 2 of 3,
    # 0 (「根据根据」 found; left: 「汨罗市岳阳铁山灌区汨罗市管理所」, a place put before a name that opens with
    # another). Held-out (sealed, totals only): 0 of 3, 1 false alarm, before and after
    "s14 tuning": (2, 0),
    "s14 held-out": (0, 1),
}
# b455f4d and 7d31cec both 21 (2026-12-06 06:02); a18fd35 21, 24 with s6; c94b63d 50 with s7 opened (21:35)
DOC_TUNING_FOUND_FLOOR = 57  # real9: 57 (the rest need the tables)
DOC_TUNING_FALSE_ALARM_CEILING = 0  # opened included (s7 opened at 21:35 with 2, both fixed by real9)


def test_review_on_documents_does_not_regress():
    rows: dict[str, list[Document]] = {}
    for d in DOCUMENT_LIST:
        rows.setdefault(passage_set(d), []).append(d)
    for name, (found, alarms) in DOC_FLOORS.items():
        s = measure_documents(rows[name])
        shown = (s.found, s.false_alarms) if "held-out" in name else (s.missed, s.alarms)  # sealed: totals only
        assert s.found >= found and s.false_alarms <= alarms, (name, shown)
    tuning = measure_documents([d for d in DOCUMENT_LIST if not d.sealed and passage_set(d) not in UNMEASURED_SETS])
    assert tuning.passages >= 40 and tuning.errors >= 30, "the floors must measure real errors"
    assert tuning.found >= DOC_TUNING_FOUND_FLOOR, tuning.missed
    assert tuning.false_alarms <= DOC_TUNING_FALSE_ALARM_CEILING, tuning.alarms
