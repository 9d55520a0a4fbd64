"""Fixed words of the 部门决算 template typed with one character wrong (R-WORD-SLIP): 「内室机构」 for 内设机构,
「病编制」 for 病床编制.

The words are the template's own names for what a unit reports on its organisation and staff. A written string is
one of them with an inner character changed or left out — never the first or the last, which make other words
(「下设机构」, 「内设机关」) — and is not itself a word of the trade (``_WORDS``)."""

from __future__ import annotations

import re
from dataclasses import replace

from ...core.codes import CODES
from ..base import ReviewFinding, finding
from ..extract import Block
from ..sentences import sentence_at

# the template's words, each with the strings one edit away that are words of their own
_TERMS: dict[str, tuple[str, ...]] = {
    "内设机构": ("内部机构", "内设科室"),
    "病床编制": ("病床编号",),
    "二级预算单位": ("一级预算单位", "三级预算单位", "二级预算部门"),
}
_HAN = "[\u4e00-\u9fff]"


def _variants(term: str) -> re.Pattern[str]:
    """The term with one inner character changed or left out (as a pattern)."""
    inner = range(1, len(term) - 1)
    changed = [f"{re.escape(term[:i])}(?!{re.escape(term[i])}){_HAN}{re.escape(term[i + 1:])}" for i in inner]
    dropped = [re.escape(term[:i] + term[i + 1:]) for i in inner]
    return re.compile("|".join(changed + dropped))


_PATTERNS = [(term, _variants(term), words) for term, words in _TERMS.items()]


def rule_template_terms(blocks: list[Block]) -> list[ReviewFinding]:
    """A template word typed with one inner character wrong or missing."""
    out = []
    for bi, b in enumerate(blocks):
        if b.is_table:
            continue
        for term, pattern, words in _PATTERNS:
            for m in pattern.finditer(b.text):
                written = m.group(0)
                if written in words or term in b.text[max(0, m.start() - 1): m.end() + 1]:
                    continue
                out.append(replace(finding(
                    CODES["R-WORD-SLIP"].level, "R-WORD-SLIP", f"“{written}”疑为“{term}”：写错或漏了一个字。",
                    bi, b, sentence_at(b.text, m.start()), expected=term), figure=written))
    return out
