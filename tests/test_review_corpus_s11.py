"""Batch s11 of the real-document corpus (tests/data/review_corpus; README "Batch s11"): its rules. Apart from
tests/test_review_corpus.py, which holds the schema, the recomputation of every correct value and the floors of the
measured batches. s11's tuning side is measured (rev42, floors in ``PASSAGE_FLOORS`` / ``DOC_FLOORS``); its
held-out side too (the integrator, totals only: floors set at its measure)."""

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
S11 = [p for p in PASSAGES if p.batch == "s11"]
S11_DOCS = [d for d in DOCUMENT_LIST if d.batch == "s11"]
# posted in COORD.md (2026-12-07 13:30 … 13:55 UTC, six parts) before anything else; the rule on the id gives
# these; the collector ran no review on any s11 item
S11_SEALED = {
    "bj-yanqing-fayuan-2023-big5", "cq-dianjiang-shuiliguanlizhan-2026-yusuan", "cq-wanzhou-qingshaoniangong-2023",
    "cq-yunyang-difangzhi-2022", "fj-zhibao-zhijian-2022-docx", "hn-changde-wuling-gongan-2023",
    "hn-taojiang-xiaofang-2023", "hn-yuanjiang-yuanlin-2022-yusuan", "jx-chaisang-gongshanglian-2024",
    "jx-jiujiang-qingshaoniangong-2020", "sc-qingshen-qingshaoniangong-2023-mirror", "yn-changning-binzang-2023",
    "yn-yaoan-xianweiban-2023", "gs-qingyang-zhongyuan-2023", "nm-wuhai-gongxiaoshe-2023",
}


def test_s11_batch():
    """Batch s11 (2026-12-07 session 15): 部门/单位 决算 windows and passages of unit kinds new to the
    corpus (公安分局, 看守所, 消防救援, 森林消防, 殡仪馆, 殡葬服务中心, 光荣院, 政协, 法院, 文联, 社科联,
    工商联, 供销社, 地方志, 园林, 公园, 青少年宫, 融媒体中心, 植保植检, 县委办, 血站, 公积金) and five 部门预算
    pages (水利管理站, 社科联, 园林中心, three 三公 pages) and two 三公 决算 pages. New addresses only
    (passages, documents and tests/data/published), none from the GovBudgetChecker material; held out by the fixed
    rule on the id, posted before anything else; none opened; both sides measured (floors)."""
    items = [*S11, *S11_DOCS]
    assert len(items) >= 42 and len(S11) >= 11 and len(S11_DOCS) >= 31
    assert not {"s11 held-out", "s11 tuning"} & set(UNMEASURED_SETS)
    assert {"s11 tuning", "s11 held-out"} <= set(PASSAGE_FLOORS) & set(DOC_FLOORS)
    older = {p.source for p in PASSAGES if p.batch != "s11"} | {d.source for d in DOCUMENT_LIST if d.batch != "s11"}
    published = " ".join(f.read_text(encoding="utf-8") for f in (CORPUS.parent / "published").glob("*.toml"))
    sources = [x.source for x in items]
    assert not older & set(sources) and len(set(sources)) == len(sources)
    assert not [s for s in sources if s in published]
    for x in items:
        assert x.held_out == held_out_rule(x.id) and not x.opened and x.sealed == x.held_out
        assert passage_set(x) == f"s11 {'held-out' if x.held_out else 'tuning'}"
        assert "GovBudgetChecker" not in x.source and "zxj6827111" not in x.source
    assert {x.id for x in items if x.sealed} == S11_SEALED
    assert sum(len(x.errors) for x in items) >= 18, "the batch must hold real errors"
    assert sum(len(numbers_in(x.text)) >= 8 for x in items) >= 10, "the batch must test figures, not only prose"
