"""Batch s12 of the real-document corpus (tests/data/review_corpus; README "Batch s12"): its rules. Apart from
tests/test_review_corpus.py, which holds the schema, the recomputation of every correct value and the floors of the
measured batches. s12 was measured untouched by the integrator (2026-12-07 17:12); rev49 set its floors
(``PASSAGE_FLOORS`` / ``DOC_FLOORS``) and took its sets out of ``UNMEASURED_SETS``."""

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
S12 = [p for p in PASSAGES if p.batch == "s12"]
S12_DOCS = [d for d in DOCUMENT_LIST if d.batch == "s12"]
# posted in COORD.md (2026-12-07 17:00, 17:02, 17:04 and 17:06 UTC, four parts) before anything else; the rule on
# the id gives these; the collector ran no review on any s12 item and read no finding on them
S12_SEALED = {
    "cq-changshou-canlian-2024", "cq-changshou-touzipingshen-2024", "cq-chengkou-liaozixiang-2024",
    "cq-pengshui-xuanchuanbu-2023",
    "gs-lanzhou-laoganbu-2022", "gx-wuzhou-danganguan-2023-yusuan", "gz-guiyang-qixiang-2019",
    "gz-zunyi-zhujian-2024", "hb-xialu-zhufangbaozhang-2024-yusuan", "jx-xinyu-zhijiao-2024",
    "sc-deyang-zhujian-2018", "sc-xuanhan-tejiao-2024", "sx-jinzhong-jijiu-2015", "yn-cangyuan-zhengxie-2024",
}


def test_s12_batch():
    """Batch s12 (2026-12-07 session 16): 部门/单位 决算 windows and passages of unit kinds new to the
    corpus (人防, 住建, 住房保障, 水文, 水务, 气象, 统战部, 宣传部, 档案馆, 残联, 红十字会, 老干部,
    特殊教育, 职业教育, 动物卫生监督, 畜牧水产, 林场, 农业农村, 应急, 政协, 编办, 侨联, 急救中心,
    投资评审, 预算评审, 全民健身, 乡/镇) and a news page's summary of the 教育部 2024 部门决算.
    New addresses only (passages, documents and tests/data/published), none from the GovBudgetChecker
    material; held out by the fixed rule on the id, posted before anything else; none opened; measured,
    with floors for both sides."""
    items = [*S12, *S12_DOCS]
    assert len(items) >= 30 and len(S12) >= 5 and len(S12_DOCS) >= 25
    assert not {"s12 tuning", "s12 held-out"} & set(UNMEASURED_SETS)
    assert {"s12 tuning", "s12 held-out"} <= set(PASSAGE_FLOORS) & set(DOC_FLOORS)
    older = {p.source for p in PASSAGES if p.batch != "s12"} | {d.source for d in DOCUMENT_LIST if d.batch != "s12"}
    published = " ".join(f.read_text(encoding="utf-8") for f in (CORPUS.parent / "published").glob("*.toml"))
    sources = [x.source for x in items]
    assert not older & set(sources) and len(set(sources)) == len(sources)
    assert not [s for s in sources if s in published]
    for x in items:
        assert x.held_out == held_out_rule(x.id) and not x.opened and x.sealed == x.held_out
        assert passage_set(x) == f"s12 {'held-out' if x.held_out else 'tuning'}"
        assert "GovBudgetChecker" not in x.source and "zxj6827111" not in x.source
    assert {x.id for x in items if x.sealed} == S12_SEALED
    assert sum(len(x.errors) for x in items) >= 15, "the batch must hold real errors"
    assert sum(len(numbers_in(x.text)) >= 8 for x in items) >= 10, "the batch must test figures, not only prose"
