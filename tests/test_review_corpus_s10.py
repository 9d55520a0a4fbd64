"""Batch s10 of the real-document corpus (tests/data/review_corpus; README "Batch s10"): its rules. Apart from
tests/test_review_corpus.py, which holds the schema, the recomputation of every correct value and the floors of the
measured batches (s10's tuning side since rev39, its held-out side since the integrator's measure the same day)."""

from __future__ import annotations

from tests.review_corpus import (
    CORPUS,
    UNMEASURED_SETS,
    held_out_rule,
    load_corpus,
    load_documents,
    numbers_in,
    passage_set,
)
from tests.test_review_corpus import DOC_FLOORS, PASSAGE_FLOORS

PASSAGES = load_corpus()
DOCUMENT_LIST = load_documents()
S10 = [p for p in PASSAGES if p.batch == "s10"]
S10_DOCS = [d for d in DOCUMENT_LIST if d.batch == "s10"]
# posted in COORD.md (2026-12-07 10:32, 10:38, 10:39, 10:41, 10:43 UTC: five parts; the non-部门 items of parts 1–2
# dropped at 10:41 on the integrator's word, before any review run) before anything else; the rule on the id gives these
S10_SEALED = {
    "bj-fangshan-renda-2022", "bj-shuiwuju-youeryuan-2020-mirror", "cq-changshou-zhaoshang-2024",
    "cq-wulong-fulian-2022", "gs-wushan-renying-2022-yusuan", "gs-zhangjiachuan-jianchayuan-2021",
    "hb-suixian-linye-2019", "js-lianyungang-shuzichengguan-2015", "jx-anyi-changjun-xuexiao-2020",
    "jx-fengxin-fuliyuan-2022", "jx-ganzhou-shahe-xiaoxue-2022", "sc-qingchuan-tushuguan-2023",
    "xz-linzhi-tushuguan-2022", "yn-diqing-2023-tiyu-caipiao", "bj-huanwei-zhongxin-2021-mirror",
}
# the few items that are not a unit's or department's 决算/预算 disclosure, kept as clean extras (the integrator, 10:39)
S10_EXTRAS = {"ah-lieshan-2023-sangong-yusuan", "yn-diqing-2023-tiyu-caipiao", "gov-2017-quanguo-caigou"}


def test_s10_batch():
    """Batch s10 (2026-12-07 session 14): 部门/单位 决算 windows and passages (检察院, 图书馆, 林业局,
    数字城管, 财政局, 小学, 卫生院, 福利院, 幼儿园, 团区委, 妇联, 科协, 总工会, 人大, 公安局, 城管委,
    乡政府, 环卫中心, 研究所, a 2024 unit accounted separately for the first time) and 部门预算 pages
    (武山 人影, 中方 信访, 长寿 团区委/妇联, 昭通 幼儿园, 岳阳/普陀 科协, a 预算编制说明 template published as
    is), plus three clean extras that are not a unit's disclosure. New addresses only (passages, documents
    and tests/data/published), none from the GovBudgetChecker material; held out by the fixed rule on the id,
    posted before anything else; none opened. Both sides are measured (floors in test_review_corpus.py, the
    held-out side's totals only)."""
    items = [*S10, *S10_DOCS]
    assert len(items) >= 40 and len(S10) >= 12 and len(S10_DOCS) >= 25
    assert len(items) - len(S10_EXTRAS) >= 30 and {p.id for p in S10 if p.clean} >= S10_EXTRAS
    assert not {"s10 tuning", "s10 held-out"} & set(UNMEASURED_SETS)
    assert "s10 held-out" in PASSAGE_FLOORS and "s10 held-out" in DOC_FLOORS
    older = {p.source for p in PASSAGES if p.batch != "s10"} | {d.source for d in DOCUMENT_LIST if d.batch != "s10"}
    published = " ".join(f.read_text(encoding="utf-8") for f in (CORPUS.parent / "published").glob("*.toml"))
    sources = [x.source for x in items]
    assert not older & set(sources) and len(set(sources)) == len(sources)
    assert not [s for s in sources if s in published]
    for x in items:
        assert x.held_out == held_out_rule(x.id) and not x.opened and x.sealed == x.held_out
        assert passage_set(x) == f"s10 {'held-out' if x.held_out else 'tuning'}"
        assert "GovBudgetChecker" not in x.source and "zxj6827111" not in x.source
    assert {x.id for x in items if x.sealed} == S10_SEALED
    assert sum(len(x.errors) for x in items) >= 20, "the batch must hold real errors"
    assert sum(len(numbers_in(x.text)) >= 8 for x in items) >= 15, "the batch must test figures, not only prose"
