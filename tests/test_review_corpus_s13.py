"""Batch s13 of the real-document corpus (tests/data/review_corpus; README "Batch s13"): its rules. Apart from
tests/test_review_corpus.py, which holds the schema, the recomputation of every correct value and the floors of the
measured batches. s13 (2026-12-07 session 17) was collected untouched — the collector ran no review on it and read no
finding — and measured untouched by the integrator (20:12: passages tuning 1 of 5, 2 false alarms; held-out 0 of 3, 2;
documents tuning 2 of 9, held-out 0 of 1, no false alarm); rev55 set its floors (``PASSAGE_FLOORS`` / ``DOC_FLOORS``:
tuning after rev55's fixes, held-out totals only) and took its sets out of ``UNMEASURED_SETS``."""

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
S13 = [p for p in PASSAGES if p.batch == "s13"]
S13_DOCS = [d for d in DOCUMENT_LIST if d.batch == "s13"]
# posted in COORD.md (2026-12-07 20:04, 20:06 and 20:09 UTC, three parts) before anything else; the rule on the id gives
# these; the collector ran no review on any s13 item and read no finding on them
S13_SEALED = {
    "city-kejiguan-2016-yusuan", "cq-changshou-tuanquwei-huizong-2023-yusuan", "gov-zongjiaoju-2010-sangong-news",
    "gx-waiban-2023-yusuan", "qu-wenhuating-2014-sangong", "sc-tongchuan-liangchu-2022-yusuan",
    "bj-fengtai-kejiguan-2021", "cq-zhongxian-falvyuanzhu-2021", "gs-qinan-liangchu-2023",
    "gx-wuzhou-gongzhengchu-2023", "gx-wuzhou-kaifangdaxue-2023", "gx-wuzhou-kejiguan-2024",
    "hb-jingmen-tuanshiwei-2022", "hn-yueyang-chengguan-erdadui-2023", "ln-longcheng-tuanwei-2022",
    "sc-aba-falvyuanzhu-2022", "sh-putuo-minfang-2022", "yn-luliang-zhongyiyuan-2023", "gx-wuzhou-shenjiju-2023",
}


def test_s13_batch():
    """Batch s13 (2026-12-07 session 17): Shanghai 区级 决算 and 单位预算 windows (青浦, 黄浦, 普陀, 崇明) and
    unit kinds new to the corpus (科技馆, 公证处, 法律援助, 城管执法, 粮食和物资储备, 团委, 外办, 开放大学, 医院,
    供销社, 不动产登记, 民宗委, 审计局, 街道, 镇), 三公 news of 中央 departments. New addresses only (passages,
    documents and tests/data/published), none from the GovBudgetChecker material; held out by the fixed rule on
    the id, posted before anything else; none opened; measured, with floors for both sides."""
    items = [*S13, *S13_DOCS]
    assert len(items) >= 35 and len(S13) >= 10 and len(S13_DOCS) >= 20
    assert not {"s13 tuning", "s13 held-out"} & set(UNMEASURED_SETS)
    assert {"s13 tuning", "s13 held-out"} <= set(PASSAGE_FLOORS) & set(DOC_FLOORS)
    older = {p.source for p in PASSAGES if p.batch != "s13"} | {d.source for d in DOCUMENT_LIST if d.batch != "s13"}
    published = " ".join(f.read_text(encoding="utf-8") for f in (CORPUS.parent / "published").glob("*.toml"))
    sources = [x.source for x in items]
    assert not older & set(sources) and len(set(sources)) == len(sources)
    assert not [s for s in sources if s in published]
    for x in items:
        assert x.held_out == held_out_rule(x.id) and not x.opened and x.sealed == x.held_out
        assert passage_set(x) == f"s13 {'held-out' if x.held_out else 'tuning'}"
        assert "GovBudgetChecker" not in x.source and "zxj6827111" not in x.source
    assert {x.id for x in items if x.sealed} == S13_SEALED
    assert sum(len(x.errors) for x in items) >= 15, "the batch must hold real errors"
    assert sum(len(numbers_in(x.text)) >= 8 for x in items) >= 10, "the batch must test figures, not only prose"
    assert sum("上海" in x.title for x in items) >= 5, "Shanghai first: the hidden measure is three 上海 documents"
