"""Levels have one source, the registry (``core.codes``): a finding's level is one its code registers, and the
README's table of codes is written from the same registry (benchmarks/readme_codes.py), so what the README
says and what the review reports never differ (eyes62 #8)."""

from __future__ import annotations

from pathlib import Path

import pytest

from juesuan.core.codes import CODES, readme_with_tables
from juesuan.core.findings import Level
from juesuan.review import review_blocks, review_text
from juesuan.review.base import ReviewFinding
from juesuan.review.extract import read
from juesuan.review.levels import CONTRADICTION, QUESTION, ROUNDING, SLIP, leveled

README = Path(__file__).resolve().parents[1] / "README.md"
REVIEW = [c for c in CODES if c.startswith("R-")]


@pytest.mark.parametrize("code", REVIEW)
def test_every_level_a_rule_or_nature_gives_is_one_its_code_registers(code):
    for level in Level:
        for nature in ("", CONTRADICTION, SLIP, ROUNDING, QUESTION):
            f = ReviewFinding(level, code, "…", nature=nature)
            assert leveled([f])[0].level in CODES[code].levels, (level, nature)


def test_the_readme_table_is_the_registry():
    text = README.read_text(encoding="utf-8")
    assert readme_with_tables(text) == text, "README stale: run benchmarks/readme_codes.py"
    row = next(line for line in text.splitlines() if line.startswith("| `R-SUM` |"))
    assert row.startswith("| `R-SUM` | 错误／警告／提示 |")


def test_a_rate_of_a_budget_of_0_is_an_error():
    # 公开07 / the text give 因公出国（境）费 a budget of 0: 「完成预算的0%」 is no rate at all (eyes62 #8)
    text = ("“三公”经费财政拨款支出年初预算为11.49万元，支出决算为3.04万元，完成预算的26.46%，其中：因公出国（境）费"
            "决算为0万元，完成预算的0%；公务用车购置及运行维护费支出决算为2.64万元，完成预算的28.15%；公务接待费支出"
            "决算为0.40万元，完成预算的18.96%。")
    found = [f for f in review_text(text) if f.code == "R-RATE-ZERO"]
    assert [(f.level, f.figure) for f in found] == [(Level.ERROR, "0%")]
    assert CODES["R-RATE-ZERO"].levels == (Level.ERROR,)


def test_one_code_named_two_ways_in_the_public_tables_is_a_note_the_readme_names(tmp_path):
    from docx import Document

    from tests.test_review_docx_comments import ROWS, T3, _table

    doc = Document()
    _table(doc, "支出决算表 公开03表 单位：万元", T3)
    _table(doc, "一般公共预算财政拨款支出决算表 公开05表 单位：万元", ROWS)
    doc.save(str(tmp_path / "t.docx"))
    found = [f for f in review_blocks(read(tmp_path / "t.docx")) if f.code == "R-CODE-NAME"]
    # the code and its amounts are right, the names differ (a 公开02 printing a shorter name): a 提示, as the
    # README's R-CODE-NAME row says (eyes62 #8: it said 警告 only)
    assert [(f.level, f.figure) for f in found] == [(Level.INFO, "机关事业单位基本养老保险")]
    row = next(line for line in README.read_text(encoding="utf-8").splitlines() if line.startswith("| `R-CODE-NAME` |"))
    assert row.startswith("| `R-CODE-NAME` | 警告／提示 |") and "名称不一" in row
