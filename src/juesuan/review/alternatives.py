"""What a template leftover hides: a sentence read as the writer meant it.

「比2024年度减少（增加）19.66万元，…其中：…减少20.06万元；…增加0.04万元」 is one problem the template
rule reports (the alternative left in) and possibly another the rules cannot see while the sentence offers
two directions (the parts do not add up to the total). The sentence is read once with each of the two
words; what both readings find in it, whichever word the writer keeps, is a problem of its own and is
reported beside the leftover."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from .base import ReviewFinding
from .blocks import Block
from .sentences import sentences

# opposite words a template offers together: "增加（减少）", "下降（增长）", "大于（小于）"
PAIRS = {frozenset(p) for p in (("增加", "减少"), ("增长", "下降"), ("上升", "下降"), ("提高", "降低"),
                                ("大于", "小于"), ("高于", "低于"), ("多于", "少于"))}
WORDS = "|".join(sorted({w for p in PAIRS for w in p}))
ALTERNATIVE = re.compile(rf"({WORDS})\s*[（(]\s*({WORDS})\s*[）)]")


def _read(text: str, k: int) -> str:
    """``text`` with each alternative "A（B）" read as its word ``k`` (1: A, 2: B)."""
    return ALTERNATIVE.sub(lambda m: m.group(k) if frozenset(m.group(1, 2)) in PAIRS else m.group(0), text)


def hidden(found: list[ReviewFinding], blocks: list[Block],
           rerun: Callable[[list[Block]], list[ReviewFinding]]) -> list[ReviewFinding]:
    """The findings both readings of the sentences with a template alternative give, that the text as
    written does not: quoted and placed as written."""
    changed = {bi for bi, b in enumerate(blocks) if not b.is_table and _read(b.text, 1) != b.text}
    if not changed:
        return []
    said = {(f.code, f.block, f.figure, f.expected) for f in found}
    both = None
    for k in (1, 2):
        reading = [replace(b, text=_read(b.text, k)) if bi in changed else b for bi, b in enumerate(blocks)]
        new = {}
        for f in rerun(reading):
            if f.block in changed and (f.code, f.block, f.figure, f.expected) not in said:
                quote = next((s.text.strip() for s in sentences(blocks[f.block].text)
                              if _read(s.text, k).strip() == f.quote), None)
                if quote is not None and ALTERNATIVE.search(quote):
                    new[(f.code, f.block, f.figure, f.expected)] = replace(f, quote=quote)
        both = new if both is None else {key: f for key, f in both.items() if key in new}
    return list((both or {}).values())
