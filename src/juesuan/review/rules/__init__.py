"""The checks: what the text itself asserts, recomputed with exact decimals.

Each rule is a pure function of the blocks (paragraphs and tables) and returns
``ReviewFinding`` s. A figure is only questioned when it is tied to other figures that
contradict it beyond display rounding; what cannot be tied is left alone.

``RULES`` is a plain list of ``(name, rule)`` entries run through the one isolating runner
(``core.runner.run_checks``): a rule that raises gives one R-INTERNAL finding naming it and
the other rules still run. A new rule is one function in the module of its family and one
entry here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ...core.findings import Level
from ...core.runner import describe, run_checks
from ..base import ReviewFinding
from ..extract import Block
from .directions import rule_comparisons, rule_reasons
from .names import rule_format, rule_typos, rule_verify
from .numbers import rule_parts, rule_same
from .reading import rule_reading
from .shares import rule_shares
from .tables import rule_tables
from .text_table import rule_charts

__all__ = ["RULES", "ReviewFinding", "run"]

Rule = Callable[[list[Block]], Iterable[ReviewFinding]]

RULES: list[tuple[str, Rule]] = [
    ("同一数字前后一致", rule_same),
    ("原因说明的方向", rule_reasons),
    ("数字格式", rule_format),
    ("笔误", rule_typos),
    ("增减额、增减率、执行率", rule_comparisons),
    ("总数与各项之和", rule_parts),
    ("占比", rule_shares),
    ("表格", rule_tables),
    ("图表与正文", rule_charts),
    ("需核实的事项", rule_verify),
    ("读取完整性", rule_reading),
]


def internal(name: str, exc: BaseException) -> ReviewFinding:
    """A rule that failed: named, so the reviewer knows which checks did not run."""
    return ReviewFinding(
        Level.ERROR,
        "R-INTERNAL",
        f"审阅规则“{name}”内部出错，该项未完成，其余照常（{describe(exc)}）；请把文件发给技术支持。",
        quote=f"审阅规则：{name}",
        place="全文",
    )


def run(blocks: list[Block]) -> list[ReviewFinding]:
    """All rules, in the order of the document; one finding per (code, place, figure)."""
    found = run_checks(RULES, blocks, internal)
    seen, out = set(), []
    for f in sorted(found, key=lambda x: (x.block, x.quote.find(x.figure) if x.figure else 0)):
        key = (f.code, f.block, f.quote, f.figure, f.expected)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out
