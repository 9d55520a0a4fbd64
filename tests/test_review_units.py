"""审阅 across amount units: a 情况说明 written in 元 over tables in 万元, or the reverse (tests/review_units.py; the
whole probe over every opened stand-in and the 普陀 documents is benchmarks/bench_review_units.py). Here two stand-ins
as a test, and each mechanism on figures of our own."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from juesuan.review import review_blocks, review_text
from juesuan.review.blocks import Block
from juesuan.review.figures import in_yuan, usual_unit
from juesuan.review.rules.numbers import rule_same
from tests.review_units import cell_in_yuan, measure_variant, text_in_wan, text_in_yuan, variant
from tests.test_review_adv import load


def test_the_transform_writes_wan_amounts_in_yuan_and_the_errors_with_them():
    assert text_in_yuan("支出决算为1,234.56万元，下降4.65%") == "支出决算为12,345,600.00元，下降4.65%"
    assert text_in_yuan("支出 8002.54 万元", grouped=False) == "支出 80025400.00 元"
    assert cell_in_yuan("2010301") == "2010301" and cell_in_yuan("1,060.00") == "10,600,000.00"
    said = "支出决算为1,234.56万元，公务接待费0.32万元，下降4.65%"
    assert text_in_wan(text_in_yuan(said)) == said and text_in_wan("3,261.50元") == "0.32615万元"
    doc = variant(load("dongtan-fayuan-2024"), "yuan-text")
    first = doc.expected["errors"][0]
    assert (first["figure"], first["correct"]) == ("106,645,500.00元", "106,445,500.00元")
    assert not any(re.search(r"\d\s*万元", p) for p in doc.paragraphs)


# (document, variant): found with the value, at most these false alarms; the clean document without any.
# Before rev13: 临江教育 in 元 7/8 with 3 false alarms (R-SAME backed by a 万元 table's same digits, two R-SHARE from
# the 「3.26元」 slip), the 公用经费 list missed; 东滩民政局 with tables in 元 6/6 with a false R-TEXT-TABLE (the
# text's 1,600.00万元 against 公开08's wrong 合计 10,600,000.00 not folded into the table's own finding)
PROBE = {("linjiang-jiaoyu-2024", "yuan-text"): (8, 0), ("dongtan-minzhengju-2024", "yuan-tables"): (6, 0)}


@pytest.mark.parametrize(("doc_id", "kind"), list(PROBE))
def test_probe_on_two_documents(tmp_path, doc_id, kind):
    s, clean_alarms = measure_variant(doc_id, kind, tmp_path)
    least, most = PROBE[doc_id, kind]
    assert s.found >= least and s.misvalued == 0, s.missed
    assert s.false_alarms <= most, s.alarms
    assert not clean_alarms, [(f.code, f.figure) for f in clean_alarms]


def test_a_wan_figure_written_with_yuan_in_a_text_in_yuan():
    """「机关运行经费支出161.05元」 where the text gives 公用经费 as 1,610,500.00元: the 万 was left out; its 应为
    in the text's own unit, and the rate computed with it follows from it (no R-PERCENT 99.80%)."""
    text = ("上海市某区审计局2024年度部门决算\n一般公共预算财政拨款基本支出13,484,500.00元。其中："
            "人员经费11,874,000.00元；公用经费1,610,500.00元。\n2024年度机关运行经费支出161.05元，比上年减少78,500.00元，下降4.65%。主要原因是办公"
            "用房维修项目上年已完成。\n")
    found = [(f.code, f.figure, f.expected) for f in review_text(text) if f.level.value != "提示"]
    assert found == [("R-UNIT-MISSING", "161.05元", "1,610,500.00元")]


def _sangong(*said: str) -> list[Block]:
    rows = [["合计", "因公出国（境）费", "公务用车购置及运行维护费", "公务接待费"], ["38.68", "0.00", "35.42", "3.26"]]
    cap = "财政拨款“三公”经费支出决算表 单位：万元"
    return [Block("上海市某局2024年度部门决算", "第0段", index=0),
            Block("\n".join("\t".join(r) for r in rows), "第1个表格", rows, index=1, title=cap, caption=cap),
            *(Block(t, f"第{k}段", index=k) for k, t in enumerate(said, start=2))]


def test_a_table_backs_the_same_amount_not_the_same_digits():
    """Two statements of one amount, no majority: the one a 公开 table states is right — the amount in 元 (a 万元
    cell within its rounding: 32,612.34元 is 3.26万元), not the same digits in another unit (3.26元)."""
    for right in ("32,600.00元", "32,612.34元"):
        found = rule_same(_sangong(f"2024年度公务接待费支出决算{right}，完成预算的54.33%。",
                                   "2024年度公务接待费支出决算3.26元，占8.43%。"))
        assert [(f.code, f.figure, f.expected) for f in found] == [("R-SAME", "3.26元", right)]


def test_amounts_in_yuan_and_the_texts_unit():
    assert in_yuan("1,600.00万元") == Decimal("16000000.00")
    assert in_yuan("16,000,000.00", "元") == Decimal("16000000.00")
    assert in_yuan("1,600.00", "万元") == Decimal("16000000.00") and in_yuan("减少0.97万元") == Decimal("9700.00")
    assert in_yuan("4.65%") == Decimal("4.65") and in_yuan("无") is None
    assert usual_unit(["支出12,345,600.00元，其中人员经费100.00元", "合计1.00万元"]) == "元"
    assert usual_unit(["支出1,234.56万元，公务接待费3.26元"]) == "万元"


def test_a_table_total_against_a_text_in_yuan_keeps_the_tables_unit():
    """普陀文旅 with its text in 元: 公开05's 合计 1,700.57 (rows shifted) is questioned once, its 应为 in the table's
    unit (24,535.67, the text's 245,356,700.00元), as on the document in 万元 — not a second finding whose 应为 is the
    text's 元 digits for a 万元 cell."""
    from tests.review_units import published_alarms

    for kind in ("original", "yuan-text"):
        on = [(f.code, f.expected) for f in published_alarms("putuo_wenlv_2025", kind) if f.figure == "1,700.57"]
        assert on == [("R-TABLE-PARENT", "24,535.67")], kind


@pytest.mark.parametrize(("sentence", "found"), [
    ("本年支出合计12,345,600.00元，其中：基本支出1,000.00万元，占81.00%；项目支出234.56万元，占19.00%。", []),
    ("本年支出合计12,345,600.00元，其中：基本支出1,000.00万元，占81.00%；项目支出234.56万元，占18.00%。",
     [("R-SHARE", "18.00%", "19.00%")]),
    ("本年支出合计1,234.56万元，其中：基本支出10,000,000.00元；项目支出2,445,600.00元。",
     [("R-SUM", "1,234.56万元", "1,244.56万元")]),
    # a 元 figure within half a 万元 cent of the 万元 one is the same amount
    ("本年支出合计1,234.56万元，其中：基本支出10,000,012.34元；项目支出2,345,587.66元。", []),
    ("本年支出合计12,345,678.91元，其中：基本支出1,000.00万元；项目支出234.57万元。", []),
    ("本年支出合计1,234.57万元，比上年增加1,234,567.89元，增长11.11%。", []),
    ("本年支出合计1,234.57万元，比上年增加1,234,567.89元，增长12.11%。", [("R-PERCENT", "12.11%", "11.11%")]),
])
def test_sums_shares_and_rates_with_mixed_units(sentence, found):
    got = review_text("上海市某局2024年度部门决算\n" + sentence)
    assert [(f.code, f.figure, f.expected) for f in got if f.level.value != "提示"] == found


def _total_table(said: str) -> list[tuple[str, str, str]]:
    rows = [["收入", "", "支出", ""], ["项目", "决算数", "项目", "决算数"],
            ["本年收入合计", "1,234.57", "本年支出合计", "1,234.57"], ["总计", "1,234.57", "总计", "1,234.57"]]
    cap = "收入支出决算总表 单位：万元"
    blocks = [Block("上海市某局2024年度部门决算", "第0段", index=0),
              Block("\n".join("\t".join(r) for r in rows), "第1个表格", rows, index=1, title=cap, caption=cap),
              Block("一、收入支出决算总体情况说明", "第2段", index=2),
              Block(f"2024年度收入、支出总计均为{said}。其中：基本支出10,000,000.00元，占81.00%。", "第3段", index=3)]
    return [(f.code, f.figure, f.expected) for f in review_blocks(blocks) if f.level.value != "提示"]


def test_a_text_in_yuan_against_a_table_in_wan():
    """The text in 元, 公开01 in 万元: equal within half a 万元 cent; else the 应为 in the text's unit; a 万元 number
    written with 元 in a text in 元 is the 万 left out, its 应为 in 元 (not 「1,234.57万元」)."""
    assert _total_table("12,345,678.91元") == []
    assert _total_table("12,345,000.00元") == [("R-TEXT-TABLE", "12,345,000.00元", "12,345,700.00元")]
    assert _total_table("1,234.57元") == [("R-UNIT-MISSING", "1,234.57元", "12,345,700.00元")]
