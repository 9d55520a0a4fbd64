"""审阅's rules as a check list: isolated by the one runner, codes registered, modules small."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from juesuan.core.codes import CODES
from juesuan.core.findings import LEVEL_ORDER, Finding
from juesuan.review import review_path, review_text, rules
from tests.conftest import SEED, shared_file

REVIEW = Path(rules.__file__).resolve().parent.parent

TEXT = (
    "本年支出合计100.00万元，比上年80.00万元增加30.00万元，增长25.00%。"
    "其中：基本支出60.00万元，项目支出30.00万元。"
)


def test_a_failing_rule_is_one_internal_finding_and_the_rest_still_runs(monkeypatch):
    before = {f.code for f in review_text(TEXT)}
    assert {"R-DIFF", "R-SUM"} <= before

    def broken(blocks):
        raise ZeroDivisionError("boom")

    patched = [(name, broken if name == "占比" else rule) for name, rule in rules.RULES]
    patched[0] = (patched[0][0], broken)
    monkeypatch.setattr(rules, "RULES", patched)
    found = review_text(TEXT)
    internal = [f for f in found if f.code == "R-INTERNAL"]
    assert len(internal) == 2
    assert any("占比" in f.message for f in internal) and all("ZeroDivisionError" in f.message for f in internal)
    assert {f.code for f in found} - {"R-INTERNAL"} >= {"R-DIFF", "R-SUM"}  # the others still ran


def test_rules_are_a_plain_list_of_named_entries():
    assert isinstance(rules.RULES, list) and len(rules.RULES) >= 10
    names = [name for name, _ in rules.RULES]
    assert len(set(names)) == len(names) and all(callable(rule) for _, rule in rules.RULES)


def test_findings_are_core_findings_at_most_at_their_registered_level():
    found = review_path(shared_file(SEED)) + review_text(TEXT)
    assert found
    for f in found:
        assert isinstance(f, Finding)
        assert LEVEL_ORDER[f.level] >= LEVEL_ORDER[CODES[f.code].level], (f.code, f.level)
        assert set(f.as_dict()) == {"level", "code", "message", "quote", "place", "figure", "expected", "why"}


def test_every_review_code_is_registered_and_every_registered_one_is_used():
    used: set[str] = set()
    for path in REVIEW.rglob("*.py"):
        used |= set(re.findall(r"[\"'](R-[A-Z][A-Z0-9-]+)[\"']", path.read_text()))
    registered = {c for c in CODES if c.startswith("R-")}
    assert used == registered


def test_review_modules_and_functions_stay_small():
    for path in REVIEW.rglob("*.py"):
        text = path.read_text()
        assert len(text.splitlines()) <= 600, path.name
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                assert node.end_lineno - node.lineno < 100, (path.name, node.name)


def test_review_time_is_linear_in_a_paragraphs_clauses():
    """Review CPU time grows linearly with a paragraph's clauses (no sentence end): 4x clauses, not 16x time.

    Measured as this process's CPU time, as a ratio, so machine load does not decide it; speed itself is
    the benchmark's business (benchmarks/bench_review.py)."""
    import time

    def cases(n: int) -> list[str]:
        return [
            "，".join(
                f"项目{i}支出{i + 5}.00万元，比上年{i}.00万元增加5.00万元，增长{500 / (i + 1):.2f}%" for i in range(n)
            ),
            "支出决算为1.00万元，" + "，".join(f"年初预算为{i}.00万元，支出决算为{i}.50万元" for i in range(n)),
        ]

    for small, large in zip(cases(250), cases(1000), strict=True):
        took = []
        for text in (small, large):  # the least of three runs: a collection or a page fault is not the rule's time
            runs = []
            for _ in range(3):
                start = time.process_time()
                review_text(text + "。")
                runs.append(time.process_time() - start)
            took.append(min(runs))
        assert took[1] < 8 * took[0] + 0.5, took
