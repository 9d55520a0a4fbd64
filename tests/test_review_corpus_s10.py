"""Batch s10 of the real-document corpus (tests/data/review_corpus; README "Batch s10"): its rules. Apart from
tests/test_review_corpus.py, which holds the schema, the recomputation of every correct value and the floors of the
measured batches (s10 has none yet: UNMEASURED_BATCHES)."""

from __future__ import annotations

from tests.review_corpus import (
    CORPUS,
    UNMEASURED_BATCHES,
    held_out_rule,
    load_corpus,
    load_documents,
    numbers_in,
    passage_set,
)

PASSAGES = load_corpus()
DOCUMENT_LIST = load_documents()
S10 = [p for p in PASSAGES if p.batch == "s10"]
S10_DOCS = [d for d in DOCUMENT_LIST if d.batch == "s10"]
# posted in COORD.md (2026-12-07, 10:32 and 10:38 UTC, two parts) before anything else: the rule on the id gives these
S10_SEALED = {
    "gs-wushan-renying-2022-yusuan", "gov-2014-quanguo-caigou", "gov-2017-guoyou-zichan",
    "jx-nankang-2021-caizheng-shouzhi", "zj-keqiao-2021-yusuan-zhixing", "tj-heping-2021-caizheng-shouzhi",
    "ln-2021-1-3yue-xianqu-shouzhi", "xz-linzhi-tushuguan-2022", "sc-qingchuan-tushuguan-2023",
    "gs-zhangjiachuan-jianchayuan-2021", "hb-suixian-linye-2019", "js-lianyungang-shuzichengguan-2015",
    "jx-ganzhou-shahe-xiaoxue-2022", "cq-changshou-zhaoshang-2024", "jx-fengxin-fuliyuan-2022",
    "gs-gaotai-2023-tiyu-caipiao", "yn-diqing-2023-tiyu-caipiao", "gov-2013-shebao-jijin-juesuan",
    "city-2022-zhengfu-zhaiwu",
}


def test_s10_batch():
    """Batch s10 (2026-12-07 session 14): 财政收支 / 预算执行 reports and news (南康, 柯桥, 和平, 辽宁, 巴南, 安庆,
    丽水), 彩票公益金 notices (新疆, 福建, 上海, 泸西, 高台, 迪庆, 长安), 社保基金决算 and 地方债务 figures, 三公 and
    部门预算 pages (烈山, 武山 人影, 中方 信访, a 预算编制说明 template published as is), national 政府采购 /
    国有资产 / 中央决算 / 公车 news, and 部门/单位决算 windows (检察院, 图书馆, 林业局, 数字城管, 财政局, 小学,
    卫生院, 福利院, a 2024 unit accounted separately for the first time). New addresses only (passages,
    documents and tests/data/published), none from the GovBudgetChecker material; held out by the fixed rule on
    the id, posted before anything else; none opened. Not measured yet: no floors (UNMEASURED_BATCHES)."""
    items = [*S10, *S10_DOCS]
    assert len(items) >= 45 and len(S10) >= 30 and len(S10_DOCS) >= 12
    assert "s10" in UNMEASURED_BATCHES, "set s10's floors (PASSAGE_FLOORS, DOC_FLOORS) when it leaves the tuple"
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
    assert sum(len(x.errors) for x in items) >= 15, "the batch must hold real errors"
    assert sum(len(numbers_in(x.text)) >= 8 for x in items) >= 15, "the batch must test figures, not only prose"
